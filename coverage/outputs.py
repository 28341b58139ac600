"""Output folders this package owns, and writes that never leave a half-written file.

The rule: **media-coverage deletes or replaces only what it provably created.**

* A folder the tool creates (a report, an ``analyze --out`` folder, a staging folder) carries
  an ownership marker, the file :data:`MARKER_NAME`, holding the tool's id
  (:data:`OWNER_ID`), the kind of folder and the SHA-256 of every file the tool wrote there.
* A folder is replaced (a report re-rendered into it) only if it carries the marker *and*
  holds nothing else than the files the marker lists, with the recorded contents. A folder
  without the marker is never replaced or emptied, whatever it contains (a ``manifest.json``
  or a ``report.html`` of the user's proves nothing); the error names the folder and suggests
  a new or empty one.
* A file is overwritten only if the marker of its folder records it with its current
  contents (so an input or a user's own ``outlets.csv`` is never overwritten).
* Every write to a final path goes to a temporary name in the same folder first and is
  renamed into place (:func:`atomic_write`), so a full disk or a kill leaves either the old
  file or the new one. A full disk is a :class:`WriteError` naming the file, not a traceback.
* Temporary folders have names no user would pick (``.<name>.media-coverage-staging-...``),
  carry the marker from their first instant, and clean-up touches only marked folders.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp()) / "tables"
>>> claim_folder(folder, kind="tables").name
'tables'
>>> atomic_write(folder / "a.csv", b"x,y\\n1,2\\n", owner=folder)
>>> (folder / "a.csv").read_text()
'x,y\\n1,2\\n'
>>> sorted(read_marker(folder)["files"])
['a.csv']
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import secrets
import shutil
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .errors import CoverageError

__all__ = [
    "MARKER_NAME",
    "OWNER_ID",
    "OutputError",
    "WriteError",
    "read_marker",
    "claim_folder",
    "unowned_files",
    "check_replaceable",
    "atomic_write",
    "temp_sibling",
    "is_temp_sibling",
    "remove_owned",
    "owns_file",
    "file_sha256",
]

#: File name of the ownership marker inside every folder this package creates.
MARKER_NAME = ".media-coverage-owned.json"
#: The id written into every marker. A folder is this tool's only if its marker holds it.
OWNER_ID = "media-coverage:owned-folder:v1:9c1b7f52-3e8a-4d6b-a0f4-5b2e8d71c3a9"
_DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG, errno.EIO}


class OutputError(CoverageError, ValueError):
    """The output location is refused (it holds files this tool did not write); exit status 2."""


class WriteError(CoverageError, OSError):
    """An output could not be written (disk full, read-only, ...); nothing half-written is left. Exit status 3."""

    exit_code = 3


def file_sha256(path: str | os.PathLike[str]) -> str:
    """Hex SHA-256 of a file's bytes, read in 1 MiB blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _is_plain_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def read_marker(folder: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The ownership marker of ``folder``, or None if it has none (or one not written by this tool).

    The marker must be a regular file (not a link) holding JSON with ``owner == OWNER_ID``.
    """
    path = Path(folder) / MARKER_NAME
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_size > 16 << 20:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("owner") != OWNER_ID or not isinstance(data.get("files"), dict):
        return None
    return data


def _write_marker(folder: Path, kind: str, files: dict[str, list[str]]) -> None:
    body = {"owner": OWNER_ID, "kind": kind,
            "note": "written by media-coverage: the files below are the tool's; any other file blocks replacing "
                    "or deleting this folder",
            "files": {k: sorted(set(v)) for k, v in sorted(files.items())}}
    atomic_write(folder / MARKER_NAME, (json.dumps(body, indent=1, sort_keys=True) + "\n").encode("utf-8"))


def _marker_files(marker: dict[str, Any] | None) -> dict[str, list[str]]:
    if not marker:
        return {}
    out: dict[str, list[str]] = {}
    for k, v in marker["files"].items():
        hashes = [v] if isinstance(v, str) else [h for h in v if isinstance(h, str)] if isinstance(v, list) else []
        out[str(k)] = hashes
    return out


def claim_folder(folder: str | os.PathLike[str], *, kind: str, option: str = "--out") -> Path:
    """Make ``folder`` an output folder of this tool, or refuse.

    A missing folder is created (with its parents) and marked; an empty folder is marked;
    a folder with this tool's marker is accepted. Anything else raises :class:`OutputError`
    naming the folder: its files are the user's, and nothing is written there.
    """
    path = Path(folder)
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        what = "a link" if path.is_symlink() else "a file"
        raise OutputError(f"{option} {path}: is {what}, not a folder this tool created; choose a new or empty folder")
    if path.is_dir():
        marker = read_marker(path)
        if marker is not None:
            return path
        try:
            empty = not any(path.iterdir())
        except OSError as exc:
            raise OutputError(f"{option} {path}: cannot read the folder ({exc.strerror or exc})") from None
        if not empty:
            raise OutputError(
                f"{option} {path}: the folder exists and was not created by media-coverage (it has no "
                f"{MARKER_NAME} marker), so its files could be overwritten; choose a new or empty folder, "
                f"e.g. {option} {path / 'media-coverage'}")
    else:
        try:
            path.mkdir(parents=True)
        except OSError as exc:
            raise OutputError(f"{option} {path}: cannot create the folder ({exc.strerror or exc}); "
                              "choose another folder") from None
    _write_marker(path, kind, {})
    return path


def owns_file(folder: Path, name: str, marker: dict[str, Any] | None = None) -> bool:
    """True if ``folder/name`` does not exist, or is recorded in the folder's marker with its current contents."""
    path = folder / name
    if not os.path.lexists(path):
        return True
    marker = read_marker(folder) if marker is None else marker
    hashes = _marker_files(marker).get(name)
    if not hashes:
        return False
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return False
        return file_sha256(path) in hashes
    except OSError:
        return False


def unowned_files(folder: str | os.PathLike[str]) -> list[str]:
    """Paths (relative, POSIX) under ``folder`` that its marker does not vouch for.

    A file is vouched for when the marker records it with its current SHA-256. Links,
    devices, unrecorded files and changed files are all unowned; with no marker every
    entry is. Folders are not listed themselves (their files are).
    """
    root = Path(folder)
    files = _marker_files(read_marker(root))
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(dirpath)
        for d in list(dirnames):
            if not _is_plain_dir(base / d):  # a link to a folder: never followed, never owned
                out.append((base / d).relative_to(root).as_posix())
                dirnames.remove(d)
        for f in filenames:
            p = base / f
            rel = p.relative_to(root).as_posix()
            if rel == MARKER_NAME:
                continue
            try:
                regular = stat.S_ISREG(os.lstat(p).st_mode)
            except OSError:
                continue
            if not regular or rel not in files or file_sha256(p) not in files[rel]:
                out.append(rel)
    return sorted(out)


def check_replaceable(folder: Path, *, option: str = "--out", shown: str | os.PathLike[str] | None = None) -> None:
    """Raise :class:`OutputError` unless ``folder`` is empty, or this tool's and holding only the files it wrote.

    ``shown`` is how the user wrote the folder (for messages; default ``folder``).
    """
    name = Path(shown) if shown is not None else folder
    if folder.is_symlink():
        raise OutputError(f"{option} {name}: is a link; give the folder itself")
    if not folder.is_dir():
        raise OutputError(f"{option} {name}: exists and is not a folder; choose a new or empty folder")
    if read_marker(folder) is None:
        try:
            empty = not any(folder.iterdir())
        except OSError:
            empty = False
        if empty:
            return
        raise OutputError(
            f"{option} {name}: the folder exists and was not created by media-coverage (it has no {MARKER_NAME} "
            "marker), so replacing it would delete its files; choose a new or empty folder, "
            f"e.g. {option} {name.parent / (name.name + '-report')}")
    extra = unowned_files(folder)
    if extra:
        listed_ = ", ".join(extra[:5]) + (f" and {len(extra) - 5} more" if len(extra) > 5 else "")
        raise OutputError(
            f"{option} {name}: the previous report there holds files media-coverage did not write or that were "
            f"changed since ({listed_}); replacing the folder would delete them. Move them out, or choose another "
            "folder")


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.media-coverage-part-{os.getpid()}-{secrets.token_hex(4)}")


class _quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return exc[0] is not None and issubclass(exc[0], OSError)


def _write_error(path: Path, exc: OSError) -> CoverageError:
    if exc.errno in _DISK_ERRORS:
        why = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is exceeded",
               errno.EROFS: "the file system is read-only", errno.EFBIG: "the file is too large",
               errno.EIO: "an input/output error"}[exc.errno]
        return WriteError(f"cannot write {path}: {why} ({exc.strerror}); nothing was left half-written. "
                          "Free some space or choose another output folder")
    return WriteError(f"cannot write {path}: {exc.strerror or exc}; check the folder's permissions or choose "
                      "another output folder")


def _write_temp(tmp: Path, data: bytes | Callable[[str], None]) -> None:
    """Write ``data`` to the new file ``tmp`` and flush it to disk."""
    if callable(data):
        data(str(tmp))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        return
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: str | os.PathLike[str], data: bytes | Callable[[str], None], *,
                 owner: str | os.PathLike[str] | None = None) -> None:
    """Write ``data`` (bytes, or a function that writes a given file name) to ``path`` atomically.

    The content goes to a temporary file next to ``path``, is flushed, and renamed over
    ``path``. With ``owner`` (the folder whose marker vouches for ``path``; usually its
    parent) an existing ``path`` is replaced only if the marker records its current
    contents, and the marker is updated to the new contents: first recording both the
    old and the new hash, so a kill between the rename and the update never leaves a file
    the tool no longer recognises.

    Raises
    ------
    OutputError
        ``path`` exists and is not provably this tool's.
    WriteError
        The write failed (disk full, ...); ``path`` is unchanged.
    """
    path = Path(path)
    owner_dir = Path(owner) if owner is not None else None
    marker = read_marker(owner_dir) if owner_dir is not None else None
    rel = path.relative_to(owner_dir).as_posix() if owner_dir is not None else None
    if owner_dir is not None:
        if marker is None:
            raise OutputError(f"{owner_dir}: not a folder created by media-coverage; refusing to write {path.name}")
        if not owns_file(owner_dir, rel, marker):
            raise OutputError(
                f"{path}: exists and was not written by media-coverage (or was changed since), so it is not "
                "overwritten; move it or choose another output folder")
    tmp = _temp_name(path)
    try:
        _write_temp(tmp, data)
        if owner_dir is not None:
            files = _marker_files(marker)
            new_hash = file_sha256(tmp)
            old = files.get(rel, [])
            files[rel] = [*old, new_hash]
            _write_marker(owner_dir, marker["kind"], files)
            os.replace(tmp, path)
            files[rel] = [new_hash]
            _write_marker(owner_dir, marker["kind"], files)
        else:
            os.replace(tmp, path)
    except OSError as exc:
        with _quiet():
            os.unlink(tmp)
        raise _write_error(path, exc) from None
    except BaseException:
        with _quiet():
            os.unlink(tmp)
        raise


def mark_tree(folder: Path, kind: str) -> None:
    """Record every file now under ``folder`` (written by this tool) in its marker."""
    files: dict[str, list[str]] = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if rel != MARKER_NAME and p.is_file() and not p.is_symlink():
            files[rel] = [file_sha256(p)]
    _write_marker(folder, kind, files)


# ---------------------------------------------------------------------------
# temporary siblings of an output folder

_SIBLING = re.compile(r"\.(?P<name>.+)\.media-coverage-(?P<role>staging|previous)-(?P<pid>\d+)-[0-9a-f]{8}")


def temp_sibling(out: Path, role: str) -> Path:
    """A new, marked folder next to ``out`` for ``role`` "staging" (or the name for "previous")."""
    path = out.with_name(f".{out.name}.media-coverage-{role}-{os.getpid()}-{secrets.token_hex(4)}")
    if role == "staging":
        path.mkdir()
        _write_marker(path, "staging", {})
    return path


def is_temp_sibling(path: Path, out: Path, role: str | None = None) -> bool:
    """Is ``path`` a temporary sibling of ``out`` (by name) of ``role`` (any role if None)?"""
    m = _SIBLING.fullmatch(path.name)
    return bool(m and m.group("name") == out.name and (role is None or m.group("role") == role))


def siblings(out: Path, role: str | None = None) -> list[Path]:
    """Temporary siblings of ``out`` that carry this tool's marker (others are never touched)."""
    try:
        entries = list(out.parent.iterdir())
    except OSError:
        return []
    return sorted(p for p in entries if is_temp_sibling(p, out, role) and _is_plain_dir(p) and read_marker(p))


def remove_owned(folder: Path, *, staging: bool = False) -> bool:
    """Delete ``folder`` if it is this tool's; return whether it was deleted.

    A staging folder (marker kind "staging") is the tool's throughout. Any other folder is
    deleted only if every file in it is vouched for by its marker; otherwise it is left alone.
    """
    marker = read_marker(folder)
    if marker is None or not _is_plain_dir(folder):
        return False
    if not (staging and marker.get("kind") == "staging") and unowned_files(folder):
        return False
    shutil.rmtree(folder, ignore_errors=True)
    return not os.path.lexists(folder)


def listed(folder: Path) -> Iterable[str]:
    """Files the marker of ``folder`` vouches for (relative POSIX paths)."""
    return sorted(_marker_files(read_marker(folder)))


# ---------------------------------------------------------------------------
# tables

#: Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"), plus tab and CR.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell that no spreadsheet will run: a leading ``= + - @``, tab or CR gets a ``'`` in front.

    NUL characters are removed. Non-text values are returned unchanged (numbers keep their sign).

    Examples
    --------
    >>> spreadsheet_safe('=HYPERLINK("http://x","click")'), spreadsheet_safe("-5 degrees"), spreadsheet_safe(-5)
    ('\\'=HYPERLINK("http://x","click")', "'-5 degrees", -5)
    >>> spreadsheet_safe("a\\x00b")
    'ab'
    """
    if not isinstance(value, str):
        return value
    if "\x00" in value:
        value = value.replace("\x00", "")
    return "'" + value if value.startswith(FORMULA_START) else value


def _text_columns(df: Any) -> list[str]:
    import pandas as pd

    return [c for c in df.columns if pd.api.types.is_object_dtype(df[c]) or pd.api.types.is_string_dtype(df[c])]


def without_nul(df: Any) -> Any:
    """``df`` with NUL characters removed from every text cell and column name (a copy only if needed)."""
    cols = _text_columns(df)
    fix = [c for c in cols if df[c].map(lambda v: isinstance(v, str) and "\x00" in v).any()]
    renamed = {c: str(c).replace("\x00", "") for c in df.columns if "\x00" in str(c)}
    if not fix and not renamed:
        return df
    df = df.copy()
    for c in fix:
        df[c] = df[c].map(lambda v: v.replace("\x00", "") if isinstance(v, str) else v)
    return df.rename(columns=renamed)


def csv_bytes(df: Any) -> bytes:
    """``df`` as UTF-8 CSV (LF line ends, no index) with every text cell made :func:`spreadsheet_safe`."""
    df = without_nul(df)
    cols = _text_columns(df)
    if cols:
        df = df.copy()
        for c in cols:
            df[c] = df[c].map(spreadsheet_safe)
    df = df.rename(columns={c: spreadsheet_safe(str(c)) for c in df.columns})
    return df.to_csv(index=False, lineterminator="\n").encode("utf-8")


def parquet_bytes(df: Any, *, name: str, producer: str) -> bytes:
    """``df`` as Parquet with fixed metadata (same bytes for the same data) and NULs removed from text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(without_nul(df), preserve_index=False)
    table = table.replace_schema_metadata({"producer": producer, "table": name})
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="snappy", use_dictionary=True, write_statistics=True)
    return sink.getvalue().to_pybytes()


# ---------------------------------------------------------------------------
# one writer per output folder


def lock_path(out: Path) -> Path:
    """The lock file of output folder ``out``: a hidden sibling no user would name."""
    return out.with_name(f".{out.name}.media-coverage-lock")


class LockTimeout(CoverageError, TimeoutError):
    """Another run holds the lock of the output folder; exit status 3."""

    exit_code = 3


class FolderLock:
    """An OS lock (``flock``) on the lock file of an output folder, removed again on release.

    The lock file is opened without following links (a link planted at its name is refused,
    never written through) and never truncated. The run that holds the lock deletes the file
    when it releases it (only if the file carries this tool's id, so a user's file of that
    name is never deleted); a run that was waiting on the old file notices that the name
    now points elsewhere and locks again, so two runs never hold the lock at once. The OS
    releases the lock when the holder dies, so a killed run never blocks the next one.

    Parameters
    ----------
    path : path
        Lock file (see :func:`lock_path`).
    timeout : float
        Seconds to wait; 0 fails at once, a negative value waits for ever.
    """

    def __init__(self, path: Path, *, timeout: float, on_wait: Callable[[], None] | None = None):
        self.path = Path(path)
        self.timeout = timeout
        self.on_wait = on_wait
        self._fd: int | None = None
        self._fallback: Any = None

    def _open(self) -> int:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(self.path, flags, 0o644)
        except OSError as exc:
            if exc.errno == errno.ELOOP or self.path.is_symlink():
                raise OutputError(f"lock file {self.path} is a symbolic link; media-coverage does not write through "
                                  "links. Remove it (rm) and run again") from None
            raise OutputError(f"cannot create the lock file {self.path} ({exc.strerror or exc}); check that its "
                              "folder is writable") from None
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            raise OutputError(f"lock file {self.path} is not a regular file; remove it and run again")
        return fd

    def acquire(self) -> FolderLock:
        import time

        try:
            import fcntl
        except ImportError:  # Windows: the filelock package's msvcrt lock
            import filelock

            self._fallback = filelock.FileLock(str(self.path), timeout=self.timeout)
            try:
                self._fallback.acquire()
            except filelock.Timeout:
                raise LockTimeout(self._busy()) from None
            return self
        deadline = None if self.timeout < 0 else time.monotonic() + self.timeout
        waited = False
        while True:
            fd = self._open()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                if not waited and self.on_wait is not None:
                    self.on_wait()
                waited = True
                if deadline is not None and time.monotonic() >= deadline:
                    raise LockTimeout(self._busy()) from None
                time.sleep(0.05)
                continue
            st = os.fstat(fd)
            try:
                now = os.lstat(self.path)
            except FileNotFoundError:
                now = None
            if now is None or (now.st_dev, now.st_ino) != (st.st_dev, st.st_ino):
                os.close(fd)  # the previous holder removed the file while we waited: lock the new one
                continue
            if st.st_size == 0:
                os.write(fd, (OWNER_ID + "\n").encode("ascii"))
            self._fd = fd
            return self

    def _busy(self) -> str:
        return (f"another media-coverage run is writing to the same output folder (lock file {self.path} is held); "
                f"waited {max(self.timeout, 0):g}s. Wait for it to finish, or use a different --out")

    def release(self) -> None:
        if self._fallback is not None:
            self._fallback.release()
            self._fallback = None
            return
        if self._fd is None:
            return
        import fcntl

        fd, self._fd = self._fd, None
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            ours = os.read(fd, len(OWNER_ID) + 1).decode("ascii", "replace").strip() == OWNER_ID
            st = os.fstat(fd)
            now = os.lstat(self.path)
            if ours and (now.st_dev, now.st_ino) == (st.st_dev, st.st_ino):
                os.unlink(self.path)  # still holding the lock: a waiter re-checks the name after it gets in
        except OSError:
            pass
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(self, *exc: Any) -> None:
        self.release()
