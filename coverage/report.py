"""Render the comparison report: one call turns a corpus into a folder that opens in any browser.

:func:`render` executes ``notebooks/comparison_report.ipynb`` with papermill, converts it to a
self-contained HTML page (no code, no external requests: figures are embedded PNGs, the CSS is
inline, no scripts, no web fonts) and writes one output folder::

    reports/seeds/
        report.html        the report (open it in any browser, attach it to an e-mail)
        report.ipynb       the executed notebook (same content, for Jupyter)
        metrics/           articles, sentences, outlets, hits as .csv and .parquet
        manifest.json      versions, parameters, sha256 of every input and output file

Guarantees
----------
* **Reproducible**: the same inputs and parameters give byte-identical ``report.html``,
  ``report.ipynb`` and ``metrics/*`` (papermill's timings and random cell ids are normalised,
  figures are PNGs without timestamps, Parquet files carry fixed metadata). Only the
  ``"run"`` part of ``manifest.json`` (timestamps, absolute paths) changes between runs.
* **Atomic, also when killed**: the report is rendered into a staging folder ``<out>.tmp-<pid>``
  next to ``out``, flushed to disk, and swapped into place in one step, so at every instant
  ``out`` holds either the complete previous report or the complete new one, never a mixture
  and never a half-written file, even when the run is killed (SIGKILL, out of memory). On Linux
  the swap is one ``renameat2(RENAME_EXCHANGE)`` system call. Where that is unavailable (other
  systems, some network filesystems) it is two renames, ``out -> <out>.old-<pid>`` then staging
  ``-> out``; a run killed between the two leaves no ``out`` but a complete ``<out>.old-<pid>``,
  which the next run to the same folder puts back before doing anything else. The next run also
  deletes the left-overs of killed runs (``<out>.tmp-<pid>``, ``<out>.old-<pid>``). A failed run
  leaves the previous report untouched, keeps the failed notebook as ``<out>.failed.ipynb``
  (written atomically too) and raises :class:`~coverage.errors.ReportError` with the failing
  cell's error.
* **One writer per folder**: ``<out>.lock`` is an OS file lock (``flock``), which the operating
  system releases when the holder exits or is killed, so a crashed run never blocks the next one.
  The file itself is left in place on purpose (removing a lock file that another run may be
  waiting on would let two runs in at once). A second concurrent run waits ``lock_timeout``
  seconds (CLI: ``--lock-timeout``; 0 fails at once) and then fails with a one-line message
  naming the lock file.
* **Checked parameters**: names and types are checked against the annotations of the
  notebook's ``parameters`` cell before anything runs (:class:`~coverage.errors.ParameterError`).

The notebook kernel runs with the corpus folder's parent as working directory; the corpus is
passed by name relative to it, so the report never contains machine-specific paths.

Debugging: when the environment variable ``MEDIA_COVERAGE_TRACE`` names a file, :func:`render`
appends one line ``<stage> <pid> <unix time>`` to it at every stage (``params-validated``,
``lock-waiting``, ``lock-acquired``, ``swap-recovered``, ``stale-cleaned``, ``staging-created``,
``kernel-started``, ``cell-executed:<index>``, ``notebook-executed``, ``notebook-written``,
``html-written``, ``manifest-written``, ``staging-synced``, [``previous-moved``,] ``swapped``,
``previous-removed``, ``lock-released``; ``failed`` when a run fails), to see which stage is slow
or where a killed run stopped. It never changes what is written.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ._version import __version__
from .errors import ParameterError, ReportError
from .outputs import file_sha256

__all__ = [
    "render",
    "ReportResult",
    "default_notebook",
    "notebook_parameters",
    "check_parameters",
    "external_references",
]

_PACKAGE_DIR = Path(__file__).resolve().parent
#: Parameters that :func:`render` sets itself (from its ``corpus`` and ``out`` arguments).
RESERVED_PARAMETERS = ("corpus", "output_dir")
#: Distributions whose versions are recorded in ``manifest.json``.
_DEPENDENCIES = (
    "pandas", "numpy", "scipy", "matplotlib", "scikit-learn", "nltk", "vaderSentiment", "PyYAML",
    "pyarrow", "papermill", "nbformat", "nbconvert", "nbclient", "ipykernel", "jupyter_client",
    "filelock", "Pillow",
)
_METRIC_TABLES = ("articles", "sentences", "outlets", "hits")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
#: Environment variable naming a file that receives one line per stage of :func:`render` (debug aid).
TRACE_ENV = "MEDIA_COVERAGE_TRACE"


def _trace(stage: str) -> None:
    """Append ``"<stage> <pid> <unix time>"`` to the file named by ``$MEDIA_COVERAGE_TRACE``, if set.

    One ``write`` on an ``O_APPEND`` descriptor, so lines of concurrent runs never interleave.
    Errors are ignored: tracing must never make a run fail.
    """
    path = os.environ.get(TRACE_ENV)
    if not path:
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            os.write(fd, f"{stage} {os.getpid()} {time.time():.3f}\n".encode())
        finally:
            os.close(fd)
    except OSError:
        pass


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


# ---------------------------------------------------------------------------
# notebook and parameters


def default_notebook() -> Path:
    """The comparison-report notebook: the copy built into the package, else ``notebooks/`` of a source checkout.

    A wheel carries ``coverage/data/notebooks/comparison_report.ipynb`` (copied from
    ``notebooks/`` when the package is built, see ``setup.py``); an editable install or a
    source checkout uses ``notebooks/comparison_report.ipynb`` itself.
    """
    candidates = [
        _PACKAGE_DIR / "data" / "notebooks" / "comparison_report.ipynb",  # normal install (wheel)
        _PACKAGE_DIR.parent / "notebooks" / "comparison_report.ipynb",  # source checkout / editable install
    ]
    for cand in candidates:
        if cand.is_file():
            return cand
    raise ReportError(
        "cannot find the report notebook comparison_report.ipynb (looked in "
        + ", ".join(str(c) for c in candidates)
        + "); pass notebook='path/to/comparison_report.ipynb' (CLI: --notebook)"
    )


def notebook_parameters(notebook: str | os.PathLike) -> dict[str, dict[str, Any]]:
    """Parameters declared in a notebook's ``parameters`` cell.

    Returns ``{name: {"type": annotation string, "default": source text, "help": comment}}``
    in declaration order (read with :func:`papermill.inspect_notebook`).
    """
    import papermill as pm

    path = Path(notebook)
    if not path.is_file():
        raise ParameterError(f"notebook {str(path)!r} does not exist; pass an existing .ipynb file")
    try:
        raw = pm.inspect_notebook(str(path))
    except Exception as exc:  # malformed notebook JSON etc.
        raise ReportError(f"cannot read the parameters of {path}: {exc}") from exc
    if not raw:
        raise ReportError(
            f"{path} has no parameters cell (a code cell tagged 'parameters' with lines like "
            "'seed: int = 0  # help'); add one"
        )
    return {
        name: {"type": p.get("inferred_type_name") or "None", "default": p.get("default"), "help": p.get("help", "")}
        for name, p in raw.items()
    }


def _split_top(text: str, sep: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    for ch in text:
        depth += ch == "["
        depth -= ch == "]"
        if ch == sep and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts]


def _type_ok(value: Any, ann: str) -> bool:
    """Does ``value`` match the annotation string ``ann`` (str, int, float, bool, list[...], Optional[...])?"""
    ann = ann.strip().strip("'\"")
    if ann in ("", "None", "Any", "object"):  # papermill says "None" when there is no annotation
        return True
    if "|" in ann and len(_split_top(ann, "|")) > 1:
        return any(_type_ok(value, a) for a in _split_top(ann, "|"))
    m = re.fullmatch(r"(?:typing\.)?Optional\[(.*)\]", ann)
    if m:
        return value is None or _type_ok(value, m.group(1))
    m = re.fullmatch(r"(?:typing\.)?Union\[(.*)\]", ann)
    if m:
        return any(_type_ok(value, a) for a in _split_top(m.group(1), ","))
    m = re.fullmatch(r"(?:list|List|typing\.List)\[(.*)\]", ann)
    if m:
        return isinstance(value, list) and all(_type_ok(v, m.group(1)) for v in value)
    simple: dict[str, Any] = {
        "str": str, "int": int, "float": (int, float), "bool": bool, "list": list, "dict": dict,
        "NoneType": type(None),
    }
    if ann in ("int", "float") and isinstance(value, bool):
        return False
    if ann in simple:
        return isinstance(value, simple[ann])
    return True  # an annotation this checker does not know: let the notebook decide


#: How to write the report's parameters, for error messages (CLI syntax; in Python pass the value itself).
_FRIENDLY = {
    "outlets": "a list of outlet names, e.g. -p outlets '[Sky News, BBC]'",
    "seed": "a whole number of at least 0, e.g. -p seed 0",
    "n_boot": "a whole number of at least 1 (bootstrap resamples), e.g. -p n_boot 2000",
    "n_jobs": "a positive whole number or -1 (every CPU), e.g. -p n_jobs 2",
    "title": "text, e.g. -p title 'Vigil coverage'",
    "lexicon": "the path of a lexicon YAML file, e.g. -p lexicon frames.yaml",
    "keyness_reference": "one outlet name, e.g. -p keyness_reference 'Sky News'",
    "cache": "a folder path, e.g. -p cache .mc-cache",
    "columns": "a mapping of roles to column names, e.g. -p columns '{text: body}' (or --text body)",
}


def check_parameters(
    parameters: Mapping[str, Any] | None, declared: Mapping[str, Mapping[str, Any]], *, reserved=RESERVED_PARAMETERS
) -> dict[str, Any]:
    """Check names and types of report parameters against the notebook's declarations.

    Path-like values become ``str`` and tuples become lists (as papermill would pass them).
    Raises :class:`~coverage.errors.ParameterError` naming the parameter, the expected type
    and the value given.

    Examples
    --------
    >>> decl = {"seed": {"type": "int"}, "outlets": {"type": "Optional[list[str]]"}}
    >>> check_parameters({"seed": 3, "outlets": ("A", "B")}, decl, reserved=())
    {'seed': 3, 'outlets': ['A', 'B']}
    >>> check_parameters({"seed": "3"}, decl, reserved=())
    Traceback (most recent call last):
    ...
    coverage.errors.ParameterError: seed must be a whole number of at least 0, e.g. -p seed 0; got '3' (str)
    >>> check_parameters({"nboot": 5}, {"n_boot": {"type": "int"}}, reserved=())
    Traceback (most recent call last):
    ...
    coverage.errors.ParameterError: unknown parameter nboot; did you mean n_boot? The report accepts: n_boot
    """
    if parameters is None:
        return {}
    if not isinstance(parameters, Mapping):
        raise ParameterError(f"parameters must be a dict of name -> value, not {type(parameters).__name__}")
    out: dict[str, Any] = {}
    for name, value in parameters.items():
        if name in reserved:
            how = "the corpus argument (CLI: CORPUS)" if name == "corpus" else "out= (CLI: --out)"
            raise ParameterError(f"report parameter {name!r} is set by render(); use {how} instead")
        if name not in declared:
            names = [n for n in declared if n not in reserved]
            import difflib

            close = difflib.get_close_matches(str(name), names, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]}?" if close else "."
            raise ParameterError(f"unknown parameter {name}{hint} The report accepts: {', '.join(names)}")
        if isinstance(value, os.PathLike):
            value = os.fspath(value)
        if isinstance(value, tuple):
            value = list(value)
        ann = str(declared[name].get("type") or "None")
        if not _type_ok(value, ann):
            what = _FRIENDLY.get(str(name)) or f"of type {ann}"
            raise ParameterError(f"{name} must be {what}; got {value!r} ({type(value).__name__})")
        out[name] = value
    return out


def _defaults(declared: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    import ast

    values = {}
    for name, p in declared.items():
        try:
            values[name] = ast.literal_eval(str(p.get("default")))
        except (ValueError, SyntaxError):
            values[name] = p.get("default")
    return values


# ---------------------------------------------------------------------------
# kernel


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
            _trace("kernel-started")

    return ReportKernelManager


# ---------------------------------------------------------------------------
# notebook normalisation and HTML


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


class _ExternalRefFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action", "poster", "data", "formaction") and value:
                v = value.strip().lower()
                if v.startswith(("http:", "https:", "//", "ftp:", "ws:", "wss:")):
                    self.found.append((tag, name, value))
            if name == "style" and value and re.search(r"url\(\s*['\"]?\s*(https?:|//)", value, re.I):
                self.found.append((tag, name, value))

    handle_startendtag = handle_starttag


def external_references(markup: str) -> list[tuple[str, str, str]]:
    """``(tag, attribute, value)`` of every attribute in ``markup`` that would fetch from the network.

    Examples
    --------
    >>> external_references("<img src='data:image/png;base64,AA=='><a href='#x'>x</a>")
    []
    >>> external_references("<script src='https://cdn.example/x.js'></script>")
    [('script', 'src', 'https://cdn.example/x.js')]
    """
    finder = _ExternalRefFinder()
    finder.feed(markup)
    finder.close()
    found = finder.found
    # CSS @import / url() inside <style> blocks
    for m in re.finditer(r"<style[^>]*>(.*?)</style>", markup, re.S | re.I):
        for u in re.finditer(r"(@import|url\()\s*['\"]?\s*((?:https?:)?//[^'\")\s]+)", m.group(1), re.I):
            found.append(("style", u.group(1), u.group(2)))
    return found


def _strip_external(markup: str) -> str:
    """Remove script/link tags that load remote resources (defence in depth; the template adds none)."""
    markup = re.sub(r"<script\b[^>]*\bsrc\s*=[^>]*>\s*</script>", "", markup, flags=re.I | re.S)
    markup = re.sub(r"<link\b[^>]*\bhref\s*=\s*['\"]?(?:https?:)?//[^>]*>", "", markup, flags=re.I)
    return markup


_CSS = """
:root { --ink:#1d1d1f; --muted:#5f6368; --rule:#d9d9de; --accent:#0072B2; --paper:#ffffff; --band:#f6f6f8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin:0; background:var(--band); color:var(--ink);
  font: 16px/1.55 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main.report { max-width: 1040px; margin: 0 auto; background: var(--paper); padding: 40px 56px 56px;
  box-shadow: 0 0 0 1px var(--rule); }
h1, h2, h3 { font-family: Georgia, "Times New Roman", serif; line-height: 1.2; color: #111; }
h1 { font-size: 2.1em; margin: .1em 0 .4em; }
h2 { font-size: 1.45em; margin: 1.8em 0 .6em; padding-top: .6em; border-top: 2px solid var(--ink); }
h3 { font-size: 1.12em; margin: 1.2em 0 .4em; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .78em; color: var(--accent);
  font-weight: 700; margin: 0; }
.summary { font-size: 1.08em; max-width: 48em; }
p, li { max-width: 52em; }
.note, .meta, figcaption, .legend { color: var(--muted); font-size: .9em; }
code { font-family: "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .85em;
  word-break: break-all; }
table.mc-table { border-collapse: collapse; margin: .6em 0 1em; font-size: .92em; width: 100%; }
table.mc-table th { text-align: left; font-weight: 600; border-bottom: 2px solid var(--ink); padding: 6px 8px;
  vertical-align: bottom; }
table.mc-table td { border-bottom: 1px solid var(--rule); padding: 6px 8px; vertical-align: top; }
table.mc-table tbody tr:nth-child(even) td { background: #fafafb; }
table.mc-table .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.mc-summary td.num .ci { display: block; }
.ci { color: var(--muted); font-size: .85em; }
table.mc-compact { width: auto; min-width: 60%; }
table.mc-hashes td:last-child { font-size: .85em; }
figure.mc-figure { margin: 1.4em 0 2em; }
figure.mc-figure img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figure.mc-figure figcaption { margin-top: .5em; padding-top: .4em; border-top: 1px solid var(--rule); }
.mc-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 8px 28px; }
.mc-card { border: 1px solid var(--rule); border-radius: 6px; padding: 4px 16px 10px; margin: 12px 0;
  background: #fff; }
ol.mc-evidence { padding-left: 1.4em; }
ol.mc-evidence li { margin: .6em 0; }
blockquote { margin: 0; padding: 2px 0 2px 12px; border-left: 3px solid var(--rule); font-family: Georgia, serif; }
mark { padding: 0 2px; border-radius: 2px; color: inherit; }
footer.mc-footer { margin-top: 3em; color: var(--muted); font-size: .85em; border-top: 1px solid var(--rule);
  padding-top: .8em; }
.output_area, .output_subarea { overflow-x: auto; }
@media (max-width: 760px) { main.report { padding: 20px 16px; } .mc-grid { grid-template-columns: 1fr; } }
@media print { body { background: #fff; } main.report { box-shadow: none; padding: 0; } h2 { break-after: avoid; }
  figure { break-inside: avoid; } }
"""


def _to_html(nb, title: str) -> str:
    """Self-contained HTML: outputs only, inline CSS, no scripts, no external resources."""
    import copy

    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor
    from traitlets.config import Config

    nb = copy.deepcopy(nb)
    nb.cells = [c for c in nb.cells if not (c.cell_type == "code" and not c.get("outputs"))]
    cfg = Config()
    cfg.TagRemovePreprocessor.remove_cell_tags = {"notebook-only"}
    cfg.TagRemovePreprocessor.enabled = True
    exporter = HTMLExporter(config=cfg, template_name="basic")
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.embed_images = True
    exporter.register_preprocessor(TagRemovePreprocessor(config=cfg), enabled=True)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    body = _strip_external(body)
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<meta name=\"generator\" content=\"media-coverage {html.escape(__version__)}\">\n"
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main class=\"report\">\n"
        f"{body}\n<footer class=\"mc-footer\">Generated by media-coverage {html.escape(__version__)}. "
        "Self-contained page: no scripts, no external resources.</footer>\n</main>\n</body>\n</html>\n"
    )
    bad = external_references(page)
    if bad:
        raise ReportError(f"the rendered HTML would load external resources {bad[:3]}; this is a bug, please report it")
    return page


def _report_title(nb) -> str:
    """The <h1> of the executed report (escaped text), used as the HTML <title>."""
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            markup = out.get("data", {}).get("text/html", "")
            if isinstance(markup, list):
                markup = "".join(markup)
            m = re.search(r"<h1[^>]*>(.*?)</h1>", markup, re.S)
            if m:
                return html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip()
    return "Media coverage report"


# ---------------------------------------------------------------------------
# provenance


def _lexicons(lexicon: Path | None) -> list[dict[str, Any]]:
    from .lexicon import Lexicon

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
    from .outputs import MARKER_NAME

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


# ---------------------------------------------------------------------------
# files


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
    from .outputs import OutputError

    path = Path(os.path.abspath(os.path.expanduser(out)))
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path.parent == path or not path.name:
        raise OutputError(f"--out {out}: is the root folder; choose a new or empty folder for the report")
    return path


def _check_out(out_abs: Path, shown: Path, corpus: Path) -> None:
    """Refuse an output folder this tool may not replace (before any work is done)."""
    from .outputs import OutputError, check_replaceable

    if out_abs == corpus or out_abs in corpus.parents:
        raise OutputError(f"--out {shown}: replacing it would replace the corpus {corpus.name}; choose a folder "
                          "outside the corpus")
    if os.path.lexists(out_abs):
        check_replaceable(out_abs, shown=shown)


# ---------------------------------------------------------------------------
# parameters that need the corpus


def _did_you_mean(name: str, known: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_values(values: Mapping[str, Any], outlets: list[str] | None = None) -> None:
    """Check the values of report parameters (ranges, and outlet names when ``outlets`` is given).

    Used by :func:`render` before a kernel starts and by the report notebook itself (when
    it is run with papermill directly). Raises :class:`~coverage.errors.ParameterError`.

    Examples
    --------
    >>> check_values({"n_boot": 0})
    Traceback (most recent call last):
    ...
    coverage.errors.ParameterError: n_boot must be a whole number of at least 1 (bootstrap resamples), e.g. -p n_boot 2000; got 0
    >>> check_values({"outlets": ["Sky Nws"]}, outlets=["BBC", "Sky News"])
    Traceback (most recent call last):
    ...
    coverage.errors.ParameterError: outlets: no outlet named 'Sky Nws' in the corpus (did you mean 'Sky News'?). Outlets are: BBC, Sky News
    """
    def whole(name: str, low: int, what: str, example: str) -> None:
        v = values.get(name)
        if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < low):
            raise ParameterError(f"{name} must be a whole number of at least {low} ({what}), e.g. -p {name} {example}; "
                                 f"got {v!r}")

    whole("n_boot", 1, "bootstrap resamples", "2000")
    whole("seed", 0, "the random seed", "0")
    n_jobs = values.get("n_jobs")
    if n_jobs is not None and (isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0 or n_jobs < -1):
        raise ParameterError(f"n_jobs must be a positive whole number or -1 (every CPU), e.g. -p n_jobs 2; got {n_jobs!r}")
    sel = values.get("outlets")
    if sel is not None and (not isinstance(sel, list) or not all(isinstance(o, str) for o in sel)):
        raise ParameterError("outlets must be a list of outlet names, e.g. -p outlets '[Sky News, BBC]'; "
                             f"got {sel!r}")
    if sel is not None and not sel:
        raise ParameterError("outlets is an empty list; leave it out to compare every outlet, or name some, "
                             "e.g. -p outlets '[Sky News, BBC]'")
    if outlets is None:
        return
    shown = ", ".join(outlets[:20]) + (f" and {len(outlets) - 20} more" if len(outlets) > 20 else "")
    for o in sel or []:
        if o not in outlets:
            raise ParameterError(f"outlets: no outlet named {o!r} in the corpus{_did_you_mean(o, outlets)}. "
                                 f"Outlets are: {shown}")
    ref = values.get("keyness_reference")
    chosen = sel or outlets
    if ref is not None and ref not in chosen:
        raise ParameterError(f"keyness_reference: no outlet named {ref!r} among the outlets compared"
                             f"{_did_you_mean(ref, chosen)}. Outlets are: {shown}")


#: The input columns ``render(columns=...)`` (CLI: ``--id --outlet --text --title --date``) can map.
COLUMN_ROLES = ("id", "outlet", "text", "title", "date")


def check_columns(columns: Mapping[str, str] | None) -> dict[str, str]:
    """Check a ``{role: input column}`` mapping (roles: :data:`COLUMN_ROLES`).

    Examples
    --------
    >>> check_columns({"text": "body", "outlet": "source"})
    {'outlet': 'source', 'text': 'body'}
    """
    if columns is None:
        return {}
    if not isinstance(columns, Mapping):
        raise ParameterError(f"columns must map roles to column names, e.g. {{'text': 'body'}}, not {columns!r}")
    out = {}
    for role, col in columns.items():
        if role not in COLUMN_ROLES:
            raise ParameterError(f"columns: unknown role {role!r}{_did_you_mean(str(role), list(COLUMN_ROLES))}; "
                                 f"roles are {', '.join(COLUMN_ROLES)}")
        if not isinstance(col, str) or not col.strip():
            raise ParameterError(f"columns: the {role} column must be a column name (str), not {col!r}")
        if col != role:
            out[role] = col
    return dict(sorted(out.items(), key=lambda kv: COLUMN_ROLES.index(kv[0])))


def load_options(columns: Mapping[str, str] | None) -> dict[str, Any]:
    """Keyword arguments of :func:`coverage.load_corpus` for a ``{role: column}`` mapping.

    Examples
    --------
    >>> load_options({"text": "body", "title": "headline"})
    {'id': 'id', 'outlet': 'outlet', 'text': 'body', 'columns': {'headline': 'title'}}
    """
    columns = dict(columns or {})
    renames = {columns[r]: r for r in ("title", "date") if r in columns}
    opts: dict[str, Any] = {r: columns.get(r, r) for r in ("id", "outlet", "text")}
    if renames:
        opts["columns"] = renames
    return opts


def _load_checked(corpus_path: Path, columns: Mapping[str, str], shown: str):
    """Load the corpus once in this process to check it before a kernel starts.

    Loading warnings are left to the report (it lists them); an unusable corpus raises
    the error ``media-coverage analyze`` gives.
    """
    import warnings

    from .corpus import load_corpus, require_articles

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(corpus_path, **load_options(columns))
    require_articles(corpus, shown)
    return corpus


# ---------------------------------------------------------------------------
# render


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

    from . import outputs

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
    lexicon_path = None
    if params.get("lexicon") is not None:
        lexicon_path = Path(params["lexicon"]).expanduser()
        if not lexicon_path.is_file():
            raise ParameterError(f"report parameter 'lexicon': file {params['lexicon']!r} does not exist")
        lexicon_path = lexicon_path.resolve()
        from .lexicon import Lexicon

        Lexicon.from_yaml(lexicon_path)  # malformed or unsafe YAML: LexiconError (exit 2) before any kernel starts
    loaded = _load_checked(corpus_path, cols, os.fspath(corpus))
    check_values(params, outlets=loaded.outlets)
    if lexicon_path is not None:  # a frame named like a metadata column of this corpus: refused before a kernel
        from .families import check_families, default_families

        check_families(default_families(lexicon=str(lexicon_path)), taken=loaded.metadata_columns)
    del loaded

    # The kernel runs in the corpus folder's parent; paths are passed relative to it so the
    # executed notebook never records machine-specific paths.
    base = corpus_path.parent
    corpus_arg = corpus_path.name
    if lexicon_path is not None:
        try:
            params["lexicon"] = lexicon_path.relative_to(base).as_posix()
        except ValueError:
            params["lexicon"] = str(lexicon_path)
    if cols and "columns" in declared:
        params["columns"] = cols
    elif cols:
        raise ParameterError(f"the notebook {nb_path.name} has no 'columns' parameter, so columns= cannot be used")
    canonical = {**_defaults(declared), **params, "corpus": corpus_arg, "output_dir": "."}
    out_path = _resolve_out(out, corpus_path)
    out_abs = _absolute_out(out_path)
    _check_out(out_abs, out_path, corpus_path)
    failed_nb = out_abs.with_name(out_abs.name + ".failed.ipynb")
    kernel_argv = _check_kernel(kernel_name)
    _trace("params-validated")

    try:
        out_abs.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise outputs.OutputError(f"--out {out_path}: cannot create its parent folder ({exc.strerror or exc}); "
                                  "choose another folder") from None

    def waiting() -> None:
        _trace("lock-waiting")
        if progress and lock_timeout != 0:
            print(f"waiting for another media-coverage report run to finish (lock file {lock.path})",
                  file=sys.stderr, flush=True)

    lock = outputs.FolderLock(outputs.lock_path(out_abs), timeout=lock_timeout, on_wait=waiting)
    try:
        lock.acquire()
    except outputs.LockTimeout as exc:
        raise ReportError(str(exc)) from None
    _trace("lock-acquired")
    try:
        # Holding the lock, every marked staging or previous sibling belongs to a run that was killed:
        # first put back a report whose swap was interrupted between its two renames, then delete the rest.
        if _recover_interrupted_swap(out_abs):
            _trace("swap-recovered")
        for stale in outputs.siblings(out_abs):
            outputs.remove_owned(stale, staging=True)
        _trace("stale-cleaned")
        if os.path.lexists(out_abs):  # again, under the lock: another run may have written it meanwhile
            _check_out(out_abs, out_path, corpus_path)
        tmp = outputs.temp_sibling(out_abs, "staging")
        _trace("staging-created")
        try:
            nb = _execute(nb_path, tmp, base, {**params, "corpus": corpus_arg, "output_dir": str(tmp)},
                          canonical, kernel_name, timeout, progress, failed_nb)
            _trace("notebook-executed")
            _check_outputs(nb, nb_path, tmp, failed_nb, canonical)
            (tmp / "report.ipynb").write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
            _trace("notebook-written")
            page = _to_html(nb, _report_title(nb))
            _check_page(page, tmp)
            (tmp / "report.html").write_text(page, encoding="utf-8", newline="\n")
            _trace("html-written")
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
            _trace("manifest-written")
            outputs.mark_tree(tmp, "report")
            if os.path.lexists(out_abs):
                _check_out(out_abs, out_path, corpus_path)
            _swap_into_place(tmp, out_abs)
        except BaseException as exc:
            _trace("failed")
            outputs.remove_owned(tmp, staging=True)
            if isinstance(exc, OSError) and not isinstance(exc, outputs.CoverageError):
                raise outputs._write_error(Path(getattr(exc, "filename", None) or tmp), exc) from None
            raise
        _remove_failed(failed_nb)  # a successful run supersedes an earlier failure
    finally:
        lock.release()
        _trace("lock-released")
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


def _check_outputs(nb, nb_path: Path, tmp: Path, failed_nb: Path, canonical) -> None:
    """A report shows no warning and no error: any stderr output or error output fails the run."""
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
                tags = ",".join(cell.get("metadata", {}).get("tags", [])) or f"#{i}"
                raise ReportError(
                    f"report notebook {nb_path.name}: cell {tags} printed to stderr (a warning or error would reach "
                    f"the report): {first[:300]}. This is a bug; please report it")


def _check_page(page: str, tmp: Path) -> None:
    """The HTML never shows a temporary path, a traceback or a swallowed error."""
    for needle, what in ((str(tmp), "a temporary path"), (tmp.name, "a temporary folder name"),
                         ("Traceback (most recent call last)", "a traceback")):
        if needle in page:
            raise ReportError(f"the rendered HTML contains {what}; this is a bug, please report it")


def _cell_executed(cell=None, cell_index=None, **_kw) -> None:
    """nbclient hook: trace each executed cell (index in the executed notebook)."""
    _trace(f"cell-executed:{cell_index}")


def _is_our_failed(path: Path) -> bool:
    """Is ``path`` a failed notebook this tool wrote (it carries the tool's id in its metadata)?"""
    from .outputs import OWNER_ID

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

    from .outputs import OWNER_ID, atomic_write

    if os.path.lexists(failed_nb) and not _is_our_failed(failed_nb):
        return f"the failed notebook was not kept: {failed_nb} exists and was not written by media-coverage"
    try:
        nb = _normalise_notebook(nbformat.read(str(running), as_version=4), canonical)
    except Exception:  # noqa: BLE001 - no notebook, or a half-written one: nothing worth keeping
        return "the kernel stopped before the notebook could be saved, so there is no failed notebook to inspect"
    nb.metadata["media_coverage"] = {"owner": OWNER_ID, "failed_run": True}
    atomic_write(failed_nb, (nbformat.writes(nb) + "\n").encode("utf-8"))
    return f"the failed notebook is {failed_nb}"


# ---------------------------------------------------------------------------
# atomic replacement of the output folder

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
    from .outputs import remove_owned

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
    from .outputs import temp_sibling

    _fsync_tree(tmp)
    _trace("staging-synced")
    if out.is_dir() and not out.is_symlink() and _rename_exchange(tmp, out):
        _fsync(out.parent)
        _trace("swapped")  # tmp now holds the previous report
        _discard_previous(tmp)
        _trace("previous-removed")
        return
    old = temp_sibling(out, "previous")
    had_old = os.path.lexists(out)
    if had_old:
        os.replace(out, old)
        _trace("previous-moved")
    try:
        os.replace(tmp, out)
    except BaseException:
        if had_old and not os.path.lexists(out):
            os.replace(old, out)
        raise
    _fsync(out.parent)
    _trace("swapped")
    if had_old:
        _discard_previous(old)
        _trace("previous-removed")


def _recover_interrupted_swap(out: Path) -> bool:
    """Put back the previous report if a run was killed between the two renames of the fallback swap.

    Then ``out`` is missing and a marked "previous" sibling holds the complete previous report
    (it is renamed there in one step). Call with the lock held. Returns True when a report was restored.
    """
    from .outputs import read_marker, siblings

    if os.path.lexists(out):
        return False
    olds = [p for p in siblings(out, "previous") if (read_marker(p) or {}).get("kind") == "report"]
    if not olds:
        return False
    os.replace(max(olds, key=lambda p: p.stat().st_mtime_ns), out)
    return True
