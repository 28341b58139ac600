"""Running the report notebook in a Jupyter kernel (papermill), and what a run must not show."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .._version import __version__
from ..errors import ReportError
from . import trace as _tracing

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def _check_kernel(kernel_name: str) -> list[str]:
    """Fail early when the kernel would not run this interpreter (it could not import this package)."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    fix = f"{sys.executable} -m ipykernel install --sys-prefix --name {kernel_name}"
    try:
        spec = KernelSpecManager().get_kernel_spec(kernel_name)
    except NoSuchKernel:
        raise ReportError(f"no Jupyter kernel named {kernel_name!r}; install one for this Python with: {fix}") from None
    argv = list(spec.argv)
    exe = argv[0] if argv else ""
    short = {"python", f"python{sys.version_info[0]}", "python{}.{}".format(*sys.version_info[:2])}
    if exe in short:  # jupyter_client substitutes sys.executable for a bare "python"
        return [sys.executable, *argv[1:]]
    same_env = Path(exe).absolute().parent.parent == Path(sys.executable).absolute().parent.parent
    if not same_env:
        raise ReportError(
            f"Jupyter kernel {kernel_name!r} runs {exe}, not this Python ({sys.executable}), so it may not see "
            f"media-coverage {__version__}. Install a kernel for this environment with: {fix}"
        )
    return argv


#: Environment the kernel gets on top of ours: fixed hash seed, no GUI backend, no debugger noise.
_KERNEL_ENV = {"PYTHONHASHSEED": "0", "MPLBACKEND": "Agg", "PYDEVD_DISABLE_FILE_VALIDATION": "1"}


def _kernel_manager_class(log_path: Path):
    """A kernel manager that adds :data:`_KERNEL_ENV` and sends the kernel's own stdout/stderr
    (start-up warnings, shutdown messages) to ``log_path`` instead of the terminal (cron stays quiet)."""
    from jupyter_client import AsyncKernelManager

    class ReportKernelManager(AsyncKernelManager):
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            kw["env"] = {**(kw.get("env") or os.environ), **_KERNEL_ENV}
            with open(log_path, "ab") as fh:  # the child keeps its own copy of the descriptor
                kw["stdout"] = fh
                kw["stderr"] = fh
                await super()._async_launch_kernel(kernel_cmd, **kw)
            _tracing.trace("kernel-started")

    return ReportKernelManager




def _normalise_notebook(nb, canonical: Mapping[str, Any]):
    """Strip everything that changes between identical runs (timings, random ids, paths)."""
    from papermill.translators import PythonTranslator

    nb.metadata.pop("widgets", None)
    nb.metadata["papermill"] = {"parameters": dict(canonical)}
    for i, cell in enumerate(nb.cells):
        tags = list(cell.metadata.get("tags", []))
        if "injected-parameters" in tags:
            lines = ["# Parameters (as passed by coverage.report.render; output_dir is the report folder)"]
            lines += [f"{k} = {PythonTranslator.translate(v)}" for k, v in canonical.items()]
            cell.source = "\n".join(lines)
        cell.id = f"cell-{i:02d}"
        cell.metadata = {"tags": tags} if tags else {}
        if cell.cell_type == "code":
            for out in cell.get("outputs", []):
                if "metadata" in out:
                    out["metadata"] = {}
                out.pop("transient", None)
    return nb


def _failure_message(exc, notebook: Path) -> str:
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = _ANSI.sub("", str(getattr(exc, "evalue", exc)))
    source = str(getattr(exc, "source", "") or "")
    tb = _ANSI.sub("", "\n".join(getattr(exc, "traceback", []) or []))
    line = ""
    m = re.search(r"Cell In\[\d+\], line (\d+)", tb)
    if m and source:
        src_lines = source.splitlines()
        n = int(m.group(1))
        if 1 <= n <= len(src_lines):
            line = f" at line {n}: {src_lines[n - 1].strip()}"
    if not line:
        m = re.search(r"^-+>\s*(\d+)\s+(.*)$", tb, re.MULTILINE)
        if m:
            line = f" at line {m.group(1)}: {m.group(2).strip()}"
    cell = getattr(exc, "exec_count", None)
    where = f"cell In [{cell}]" if cell is not None else "a cell"
    return f"report notebook {notebook.name} failed in {where}{line}: {ename}: {evalue}"




def _execute(nb_path, tmp, base, params, canonical, kernel_name, timeout, progress, failed_nb):
    import nbformat
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    running = tmp / "_running.ipynb"
    kernel_log = tmp / "_kernel.log"
    try:
        pm.execute_notebook(
            str(nb_path), str(running), parameters=params, kernel_name=kernel_name, cwd=str(base),
            execution_timeout=timeout, progress_bar=progress, log_output=False, start_timeout=120,
            request_save_on_cell_execute=False, kernel_manager_class=_kernel_manager_class(kernel_log),
            on_cell_executed=_cell_executed,
        )
    except PapermillExecutionError as exc:
        msg = _failure_message(exc, nb_path)
        kept = _keep_failed(running, failed_nb, canonical)
        raise ReportError(f"{msg}\nThe previous report (if any) is unchanged; {kept}") from None
    except Exception as exc:  # kernel died, timeout, cannot start
        kept = _keep_failed(running, failed_nb, canonical)
        name = type(exc).__name__
        hint = f" (a cell ran longer than timeout={timeout}s)" if "timeout" in name.lower() or "Timeout" in str(exc) else ""
        log = ""
        if kernel_log.is_file():
            tail = kernel_log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-8:]
            log = ("\nkernel output:\n  " + "\n  ".join(tail)) if tail else ""
        raise ReportError(f"report notebook {nb_path.name} could not run{hint}: {name}: {_ANSI.sub('', str(exc))}"
                          f"{log}\n{kept}") from exc
    nb = nbformat.read(str(running), as_version=4)
    running.unlink()
    kernel_log.unlink(missing_ok=True)
    return _normalise_notebook(nb, canonical)


def first_stderr(nb) -> tuple[str, str] | None:
    """The first output on stderr or error output of an executed notebook, or None when there is none.

    Returns the cell (its tags, or ``#index``) and the first line of the output, ANSI colour codes removed.
    """
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            text = ""
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                text = out.get("text", "")
            elif out.get("output_type") == "error":
                text = f"{out.get('ename')}: {out.get('evalue')}"
            if text:
                text = _ANSI.sub("", "".join(text) if isinstance(text, list) else text).strip()
                first = text.splitlines()[0] if text else ""
                return ",".join(cell.get("metadata", {}).get("tags", [])) or f"#{i}", first
    return None


def _check_outputs(nb, nb_path: Path, tmp: Path, failed_nb: Path, canonical) -> None:
    """A report shows no warning and no error: any stderr output or error output fails the run."""
    problem = first_stderr(nb)
    if problem is not None:
        tags, first = problem
        raise ReportError(
            f"report notebook {nb_path.name}: cell {tags} printed to stderr (a warning or error would reach "
            f"the report): {first[:300]}. This is a bug; please report it")


def _cell_executed(cell=None, cell_index=None, **_kw) -> None:
    """nbclient hook: trace each executed cell (index in the executed notebook)."""
    _tracing.trace(f"cell-executed:{cell_index}")


def _is_our_failed(path: Path) -> bool:
    """Is ``path`` a failed notebook this tool wrote (it carries the tool's id in its metadata)?"""
    from ..outputs import OWNER_ID

    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > 256 << 20:
            return False
        meta = json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError, AttributeError):
        return False
    return isinstance(meta, dict) and (meta.get("media_coverage") or {}).get("owner") == OWNER_ID


def _remove_failed(failed_nb: Path) -> None:
    if _is_our_failed(failed_nb):
        failed_nb.unlink()


def _keep_failed(running: Path, failed_nb: Path, canonical) -> str:
    """Keep the failed notebook as ``failed_nb`` (atomically) if there is one to keep; say what happened."""
    import nbformat

    from ..outputs import OWNER_ID, atomic_write

    if os.path.lexists(failed_nb) and not _is_our_failed(failed_nb):
        return f"the failed notebook was not kept: {failed_nb} exists and was not written by media-coverage"
    try:
        nb = _normalise_notebook(nbformat.read(str(running), as_version=4), canonical)
    except Exception:  # noqa: BLE001 - no notebook, or a half-written one: nothing worth keeping
        return "the kernel stopped before the notebook could be saved, so there is no failed notebook to inspect"
    nb.metadata["media_coverage"] = {"owner": OWNER_ID, "failed_run": True}
    atomic_write(failed_nb, (nbformat.writes(nb) + "\n").encode("utf-8"))
    return f"the failed notebook is {failed_nb}"
