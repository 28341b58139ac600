"""``render``: corpus in, report folder out (checks, lock, kernel, HTML, manifest, swap)."""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import subprocess
import sys
import time
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._version import __version__
from ..corpus import check_columns, load_options
from ..errors import CoverageWarning, ParameterError, ReportError
from ..outputs import file_sha256
from . import trace as _tracing
from .folder import (
    _absolute_out,
    _check_out,
    _recover_interrupted_swap,
    _resolve_out,
    _swap_into_place,
)
from .kernel import _check_kernel, _check_outputs, _execute, _remove_failed
from .page import check_page, report_title, to_html
from .params import check_parameters, check_values, default_notebook, defaults, notebook_parameters

__all__ = ["render", "ReportResult", "PROVENANCE_FILE"]

_PACKAGE_DIR = Path(__file__).resolve().parents[1]
#: Distributions whose versions are recorded in ``manifest.json``.
_DEPENDENCIES = (
    "pandas", "numpy", "scipy", "matplotlib", "scikit-learn", "nltk", "vaderSentiment", "PyYAML",
    "pyarrow", "papermill", "nbformat", "nbconvert", "nbclient", "ipykernel", "jupyter_client",
    "filelock", "Pillow",
)
_METRIC_TABLES = ("articles", "sentences", "outlets", "hits")


@dataclass(frozen=True)
class ReportResult:
    """Paths of a rendered report (all inside ``folder``)."""

    folder: Path
    html: Path
    notebook: Path
    manifest: Path
    metrics: Path
    parameters: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return str(self.html)




def _lexicons(lexicon: Path | None) -> list[dict[str, Any]]:
    from ..lexicon import Lexicon

    out = []
    default = Lexicon.default()
    out.append({"role": "built-in", "name": default.name, "version": default.version, "sha256": default.sha256,
                "source": Path(str(getattr(default, "source", ""))).name})
    if lexicon is not None:
        user = Lexicon.from_yaml(lexicon)
        out.append({"role": "parameter", "name": user.name, "version": user.version, "sha256": user.sha256,
                    "source": lexicon.name, "file_sha256": user.sha256})
    return out


def _versions() -> dict[str, str]:
    from importlib import metadata

    out = {}
    for name in _DEPENDENCIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return out


def _git(root: Path) -> dict[str, Any] | None:
    if not (root / ".git").exists():  # an installed package: no repository to describe
        return None
    try:
        commit = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True,
                                timeout=10, check=True).stdout.strip()
        status = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                                capture_output=True, text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return {"commit": commit, "dirty": bool(status.strip())} if commit else None


def _outputs(folder: Path) -> dict[str, str]:
    from ..outputs import MARKER_NAME

    return {
        p.relative_to(folder).as_posix(): file_sha256(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in ("manifest.json", MARKER_NAME, PROVENANCE_FILE)
    }


#: File the report notebook writes into its output folder: what it read (hashed at load) and how;
#: :func:`render` moves its content into ``manifest.json`` and deletes it.
PROVENANCE_FILE = "_provenance.json"


def _provenance(folder: Path) -> dict[str, Any]:
    path = folder / PROVENANCE_FILE
    if not path.is_file():
        raise ReportError(f"the notebook did not write {PROVENANCE_FILE} (the files it read, hashed at load); "
                          "this is a bug in the report notebook")
    data = json.loads(path.read_text(encoding="utf-8"))
    path.unlink()
    return data




def _load_checked(corpus_path: Path, columns: Mapping[str, str], shown: str):
    """Load the corpus once in this process to check it before a kernel starts.

    Loading warnings are left to the report (it lists them); an unusable corpus raises
    the error ``media-coverage analyze`` gives.
    """
    import warnings

    from ..corpus import load_corpus, require_articles

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(corpus_path, **load_options(columns))
    require_articles(corpus, shown)
    return corpus




def _relative(p: Path, base: Path) -> str:
    """``p`` relative to ``base`` (POSIX), or absolute when it is elsewhere: the path the kernel is given."""
    try:
        return p.relative_to(base).as_posix()
    except ValueError:
        return str(p)


def render(
    corpus: str | os.PathLike,
    *,
    out: str | os.PathLike | None = None,
    parameters: Mapping[str, Any] | None = None,
    columns: Mapping[str, str] | None = None,
    notebook: str | os.PathLike | None = None,
    progress: bool = True,
    timeout: int = 600,
    kernel_name: str = "python3",
    lock_timeout: float = 600,
) -> ReportResult:
    """Render the comparison report of a corpus into one output folder.

    Parameters
    ----------
    corpus : path
        Corpus folder (with ``manifest.csv`` or one sub-folder per outlet) or a
        ``.csv``/``.jsonl``/``.parquet`` file.
    out : path, optional
        Output folder, default ``reports/<corpus name>``. ``{date}`` is replaced by the run
        date (``YYYY-MM-DD``), e.g. ``reports/vigils-{date}`` for cron jobs. The folder must
        be new, empty, or a report this tool wrote (it carries the tool's ownership marker
        and nothing but the files the tool wrote): anything else is refused before any work
        starts (:class:`~coverage.outputs.OutputError`), so no file of yours is ever deleted.
        An existing report is replaced only when the new one rendered completely.
    parameters : dict, optional
        Notebook parameters (``papermill --help-notebook notebooks/comparison_report.ipynb``):
        ``outlets, lexicon, keyness_reference, title, seed, n_boot, cache, n_jobs``. Names,
        types and values (outlet names exist, ``n_boot >= 1``, ``seed >= 0``, the lexicon
        loads) are checked before anything runs.
    columns : dict, optional
        Input column names by role, e.g. ``{"id": "ID", "outlet": "source", "text": "content",
        "title": "headline", "date": "published"}`` (CLI: ``--id --outlet --text --title --date``).
    notebook : path, optional
        Notebook to execute (default: :func:`default_notebook`).
    progress : bool, default True
        papermill progress bar on stderr (set False for cron).
    timeout : int, default 600
        Per-cell execution timeout in seconds.
    kernel_name : str, default "python3"
        Jupyter kernel; it must run this Python environment.
    lock_timeout : float, default 600
        Seconds to wait for another run writing to the same ``out`` before failing (0: fail at
        once; negative: wait as long as it takes). The lock is an OS lock on a hidden file next
        to ``out`` (``.<name>.media-coverage-lock``, removed when the run ends), so a run that
        was killed never holds it.

    Returns
    -------
    ReportResult

    Raises
    ------
    ParameterError, CorpusError, LexiconError, OutputError
        Unknown parameter, wrong type or value, a corpus with no usable article, a lexicon that
        does not load, an output folder that is not this tool's (exit status 2). Nothing has run.
    ReportError
        The notebook failed (message: failing cell, line, exception), the kernel is missing or
        another run holds the lock (exit status 3). The previous report is left untouched.

    Examples
    --------
    >>> from coverage.report import render
    >>> result = render("seeds/", out="reports/seeds", progress=False)   # doctest: +SKIP
    >>> result.html                                                      # doctest: +SKIP
    PosixPath('reports/seeds/report.html')
    """
    import nbformat

    from .. import outputs

    started = time.time()
    if not isinstance(corpus, (str, os.PathLike)):
        raise ParameterError(f"corpus must be a path to a folder or file, not {type(corpus).__name__}")
    if not isinstance(timeout, int) or isinstance(timeout, bool) or timeout <= 0:
        raise ParameterError(f"timeout must be a positive number of seconds (int), not {timeout!r}")
    corpus_path = Path(corpus).expanduser()
    if not corpus_path.exists():
        raise ParameterError(
            f"corpus {os.fspath(corpus)!r} does not exist (from {Path.cwd()}); pass a corpus folder with "
            "manifest.csv or a .csv/.jsonl/.parquet file"
        )
    corpus_path = corpus_path.resolve()
    nb_path = Path(notebook).expanduser().resolve() if notebook is not None else default_notebook()
    declared = notebook_parameters(nb_path)
    params = check_parameters(parameters, declared)
    cols = check_columns(columns)
    check_values(params)
    paths: dict[str, Path] = {}
    for name in ("lexicon", "labels", "sources"):  # files the kernel reads: they must exist (exit 2 otherwise)
        if params.get(name) is not None:
            p = Path(params[name]).expanduser()
            if not p.is_file():
                raise ParameterError(f"report parameter {name!r}: file {params[name]!r} does not exist")
            paths[name] = p.resolve()
    lexicon_path = paths.get("lexicon")
    if lexicon_path is not None:
        from ..lexicon import Lexicon

        Lexicon.from_yaml(lexicon_path)  # malformed or unsafe YAML: LexiconError (exit 2) before any kernel starts
    if "sources" in paths:
        from ..sources import SourceTypes

        SourceTypes.extended(paths["sources"])  # the same for the source types
    models: list[Path] = []
    for m in params.get("models") or []:  # learned models: they must exist and load (exit 2 otherwise)
        p = Path(m).expanduser()
        if not p.is_file():
            raise ParameterError(f"report parameter 'models': file {m!r} does not exist; save a model with "
                                 "LearnedModel.to_json or LearnedFrameModel.to_json")
        models.append(p.resolve())
    loaded = _load_checked(corpus_path, cols, os.fspath(corpus))
    check_values(params, outlets=loaded.outlets)
    # the metric families the kernel will compute, loaded and checked here first (a missing family file,
    # a frame or column named like a metadata column of this corpus: exit 2 before any kernel starts)
    from ..families import check_families, default_families, load_family, model_family

    extra = [load_family(f, base=corpus_path.parent) for f in params.get("families") or []]
    with warnings.catch_warnings():  # a model trained on other lexicon data: the report lists it in its notes
        warnings.simplefilter("ignore", CoverageWarning)
        extra += [model_family(m, frame_mode=params.get("frame_mode") or "neutral") for m in models]
    check_families(default_families(lexicon=str(lexicon_path) if lexicon_path else None, sources=paths.get("sources")) + extra,
                   taken=loaded.metadata_columns)
    del loaded, extra

    # The kernel runs in the corpus folder's parent; paths are passed relative to it so the
    # executed notebook never records machine-specific paths.
    base = corpus_path.parent
    corpus_arg = corpus_path.name
    for name, p in paths.items():
        params[name] = _relative(p, base)
    if models:
        params["models"] = [_relative(m, base) for m in models]
    if cols and "columns" in declared:
        params["columns"] = cols
    elif cols:
        raise ParameterError(f"the notebook {nb_path.name} has no 'columns' parameter, so columns= cannot be used")
    canonical = {**defaults(declared), **params, "corpus": corpus_arg, "output_dir": "."}
    out_path = _resolve_out(out, corpus_path)
    out_abs = _absolute_out(out_path)
    _check_out(out_abs, out_path, corpus_path)
    failed_nb = out_abs.with_name(out_abs.name + ".failed.ipynb")
    kernel_argv = _check_kernel(kernel_name)
    _tracing.trace("params-validated")

    try:
        out_abs.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise outputs.OutputError(f"--out {out_path}: cannot create its parent folder ({exc.strerror or exc}); "
                                  "choose another folder") from None

    def waiting() -> None:
        _tracing.trace("lock-waiting")
        if progress and lock_timeout != 0:
            print(f"waiting for another media-coverage report run to finish (lock file {lock.path})",
                  file=sys.stderr, flush=True)

    lock = outputs.FolderLock(outputs.lock_path(out_abs), timeout=lock_timeout, on_wait=waiting)
    try:
        lock.acquire()
    except outputs.LockTimeout as exc:
        raise ReportError(str(exc)) from None
    _tracing.trace("lock-acquired")
    try:
        # Holding the lock, every marked staging or previous sibling belongs to a run that was killed:
        # first put back a report whose swap was interrupted between its two renames, then delete the rest.
        if _recover_interrupted_swap(out_abs):
            _tracing.trace("swap-recovered")
        for stale in outputs.siblings(out_abs):
            outputs.remove_owned(stale, staging=True)
        _tracing.trace("stale-cleaned")
        if os.path.lexists(out_abs):  # again, under the lock: another run may have written it meanwhile
            _check_out(out_abs, out_path, corpus_path)
        tmp = outputs.temp_sibling(out_abs, "staging")
        _tracing.trace("staging-created")
        # the previous report in --out (the tool's own, checked above): "Since the last report" compares with it
        run_params = {**params, "corpus": corpus_arg, "output_dir": str(tmp)}
        previous = out_abs / "metrics"
        if "previous" in declared and (previous / "outlets.parquet").is_file() and outputs.read_marker(out_abs):
            run_params["previous"] = str(previous)
        try:
            nb = _execute(nb_path, tmp, base, run_params, canonical, kernel_name, timeout, progress, failed_nb)
            _tracing.trace("notebook-executed")
            _check_outputs(nb, nb_path, tmp, failed_nb, canonical)
            (tmp / "report.ipynb").write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
            _tracing.trace("notebook-written")
            page = to_html(nb, report_title(nb))
            check_page(page, tmp)
            (tmp / "report.html").write_text(page, encoding="utf-8", newline="\n")
            _tracing.trace("html-written")
            missing = [t for t in _METRIC_TABLES if not (tmp / "metrics" / f"{t}.csv").is_file()]
            if missing:
                raise ReportError(f"the notebook did not write metrics/{missing[0]}.csv; check output_dir handling in {nb_path}")
            prov = _provenance(tmp)
            manifest = {
                "manifest_version": 2,
                "package": {"name": "media-coverage", "version": __version__},
                "dependencies": _versions(),
                "python": {"version": platform.python_version(), "implementation": platform.python_implementation()},
                "platform": {"system": platform.system(), "machine": platform.machine()},
                "kernel": {"name": kernel_name},
                "notebook": {"name": nb_path.name, "sha256": file_sha256(nb_path)},
                "parameters": canonical,
                "corpus": {"name": corpus_arg, "files": prov.get("inputs", []),
                           "note": "sha256 of the bytes the analysis read, hashed once when they were loaded"},
                "cache": prov.get("cache"),
                "labels": prov.get("labels"),
                "lexicons": _lexicons(lexicon_path),
                "git": _git(_PACKAGE_DIR.parent),
                "outputs": _outputs(tmp),
                "run": {
                    "note": "not part of the reproducible output: differs on every run",
                    "started_utc": _utc(started),
                    "finished_utc": _utc(time.time()),
                    "duration_seconds": round(time.time() - started, 3),
                    "corpus_path": str(corpus_path),
                    "out": str(out_abs),
                    "notebook_path": str(nb_path),
                    "kernel_argv": kernel_argv,
                    "platform": platform.platform(),
                    "python_executable": sys.executable,
                },
            }
            (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
            _tracing.trace("manifest-written")
            outputs.mark_tree(tmp, "report")
            if os.path.lexists(out_abs):
                _check_out(out_abs, out_path, corpus_path)
            _swap_into_place(tmp, out_abs)
        except BaseException as exc:
            _tracing.trace("failed")
            outputs.remove_owned(tmp, staging=True)
            if isinstance(exc, OSError) and not isinstance(exc, outputs.CoverageError):
                raise outputs._write_error(Path(getattr(exc, "filename", None) or tmp), exc) from None
            raise
        _remove_failed(failed_nb)  # a successful run supersedes an earlier failure
    finally:
        lock.release()
        _tracing.trace("lock-released")
    return ReportResult(
        folder=out_path,
        html=out_path / "report.html",
        notebook=out_path / "report.ipynb",
        manifest=out_path / "manifest.json",
        metrics=out_path / "metrics",
        parameters=canonical,
    )


def _utc(ts: float) -> str:
    return _dt.datetime.fromtimestamp(ts, _dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
