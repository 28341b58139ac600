"""The report's output folder: where it goes, whether it may be replaced, and the atomic swap."""

from __future__ import annotations

import datetime as _dt
import os
import sys
from pathlib import Path

from ..errors import ParameterError
from . import trace as _tracing


def _resolve_out(out: str | os.PathLike | None, corpus: Path) -> Path:
    if out is None:
        name = corpus.name if corpus.is_dir() else corpus.stem
        return Path("reports") / name
    text = os.fspath(out)
    if not isinstance(text, str) or not text.strip():
        raise ParameterError(f"out must be a folder path, not {out!r}")
    return Path(text.replace("{date}", _dt.date.today().isoformat()))


def _absolute_out(out: Path) -> Path:
    """``out`` as an absolute path with ``..`` collapsed and a link in its last part followed."""
    from ..outputs import OutputError

    path = Path(os.path.abspath(os.path.expanduser(out)))
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path.parent == path or not path.name:
        raise OutputError(f"--out {out}: is the root folder; choose a new or empty folder for the report")
    return path


def _check_out(out_abs: Path, shown: Path, corpus: Path) -> None:
    """Refuse an output folder this tool may not replace (before any work is done)."""
    from ..outputs import OutputError, check_replaceable

    if out_abs == corpus or out_abs in corpus.parents:
        raise OutputError(f"--out {shown}: replacing it would replace the corpus {corpus.name}; choose a folder "
                          "outside the corpus")
    if os.path.lexists(out_abs):
        check_replaceable(out_abs, shown=shown)




_RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100


def _rename_exchange(a: Path, b: Path) -> bool:
    """Atomically swap two existing paths with Linux ``renameat2(RENAME_EXCHANGE)``.

    Returns False (nothing changed) where the call is unavailable: not Linux, a C library
    without ``renameat2`` (glibc < 2.28), or a filesystem that does not support it.
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import errno

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a), None, str(b))


def _fsync_tree(folder: Path) -> None:
    """Flush every file and folder under ``folder`` (and its parent's entry) to disk.

    Renames are atomic for other processes; this makes the swapped-in report also survive a
    power cut without zero-length files (best effort where the OS cannot fsync a folder).
    """
    for p in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True) + [folder, folder.parent]:
        _fsync(p)


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _discard_previous(old: Path) -> None:
    """Delete the replaced report (it was checked to be the tool's), or an empty folder that was replaced."""
    from ..outputs import remove_owned

    if not remove_owned(old):
        try:
            old.rmdir()  # an empty folder the report replaced: rmdir removes nothing else
        except OSError:
            pass


def _swap_into_place(tmp: Path, out: Path) -> None:
    """Make the complete staging folder ``tmp`` the report ``out``; the previous report, if any, is deleted.

    Linux: one ``renameat2(RENAME_EXCHANGE)``, so a reader or a kill sees either the old or the
    new folder at ``out``, never none and never a mix. Elsewhere: ``out`` is renamed to a marked
    "previous" sibling, then ``tmp -> out`` (each rename atomic); a failure in between is rolled
    back here, and a kill in between is repaired by the next run (:func:`_recover_interrupted_swap`).
    """
    from ..outputs import temp_sibling

    _fsync_tree(tmp)
    _tracing.trace("staging-synced")
    if out.is_dir() and not out.is_symlink() and _rename_exchange(tmp, out):
        _fsync(out.parent)
        _tracing.trace("swapped")  # tmp now holds the previous report
        _discard_previous(tmp)
        _tracing.trace("previous-removed")
        return
    old = temp_sibling(out, "previous")
    had_old = os.path.lexists(out)
    if had_old:
        os.replace(out, old)
        _tracing.trace("previous-moved")
    try:
        os.replace(tmp, out)
    except BaseException:
        if had_old and not os.path.lexists(out):
            os.replace(old, out)
        raise
    _fsync(out.parent)
    _tracing.trace("swapped")
    if had_old:
        _discard_previous(old)
        _tracing.trace("previous-removed")


def _recover_interrupted_swap(out: Path) -> bool:
    """Put back the previous report if a run was killed between the two renames of the fallback swap.

    Then ``out`` is missing and a marked "previous" sibling holds the complete previous report
    (it is renamed there in one step). Call with the lock held. Returns True when a report was restored.
    """
    from ..outputs import read_marker, siblings

    if os.path.lexists(out):
        return False
    olds = [p for p in siblings(out, "previous") if (read_marker(p) or {}).get("kind") == "report"]
    if not olds:
        return False
    os.replace(max(olds, key=lambda p: p.stat().st_mtime_ns), out)
    return True
