"""The media-literacy lesson as one self-contained HTML page: the student handout (or the teacher's copy).

:func:`export` executes ``notebooks/media_literacy_lesson.ipynb`` with papermill (kernel
``python3``, working directory the notebook's folder, as ``tests/test_notebooks.py`` runs it),
drops the cells students must not see and writes one HTML page: outputs and text only, the
report's inline CSS, no scripts, figures embedded, nothing loaded from the network.

* **Student handout** (default): every cell tagged ``answer`` (the answers) or ``teacher`` (the
  teacher's notes) is removed, and every table has at most :data:`MAX_ROWS` rows (the lesson
  notebook caps its tables itself; the page is checked).
* **Teacher's copy** (``student=False``, CLI ``--teacher``): the answers (collapsed) and the notes stay.

The page carries ``<meta name="generator" content="media-coverage <version> lesson">``. Following
:mod:`coverage.outputs`, it is written to a temporary name next to ``out`` and renamed into
place, and an existing ``out`` is replaced only if it carries that tag (a page this command
wrote); any other file is refused with :class:`~coverage.outputs.OutputError` and left as it was.

CLI: ``media-coverage lesson --out student_lesson.html [--teacher] [--class-corpus PATH] [--quiet]``.
"""

from __future__ import annotations

import copy
import html
import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .._version import __version__
from ..errors import ParameterError, ReportError
from ..outputs import OutputError, atomic_write
from .page import _CSS, _strip_external, check_page, external_references

__all__ = ["export", "default_lesson", "table_rows", "is_lesson_page", "MAX_ROWS", "LESSON_NAME"]

_PACKAGE_DIR = Path(__file__).resolve().parents[1]
LESSON_NAME = "media_literacy_lesson.ipynb"
#: Most rows a table of the student handout may have (the lesson notebook's ``MAX_ROWS``).
MAX_ROWS = 12
#: Cells left out of every export, and of the student handout only.
_ALWAYS_DROPPED = {"notebook-only", "injected-parameters", "parameters"}
_STUDENT_DROPPED = {"answer", "teacher"}
_GENERATOR = f"media-coverage {__version__} lesson"
#: The tag that marks a page this command wrote (any version): only such a file is ever replaced.
_MARKER = re.compile(r'<meta name="generator" content="media-coverage [^"<>\s]+ lesson">')

_EXTRA_CSS = """
table.dataframe { border-collapse: collapse; margin: .6em 0 1em; font-size: .92em; }
table.dataframe th { text-align: left; font-weight: 600; border-bottom: 2px solid var(--ink); padding: 5px 8px;
  vertical-align: bottom; }
table.dataframe td { border-bottom: 1px solid var(--rule); padding: 5px 8px; vertical-align: top; }
table.dataframe tbody tr:nth-child(even) td { background: #fafafb; }
.jp-OutputArea-output pre, .output_text pre { white-space: pre-wrap; font-size: .85em; }
details { margin: .6em 0; } summary { cursor: pointer; }
a.anchor-link { display: none; }
"""


def default_lesson() -> Path:
    """The lesson notebook: the copy built into the package, else ``notebooks/`` of a source checkout.

    Like :func:`coverage.report.params.default_notebook`. A wheel carries
    ``coverage/data/notebooks/media_literacy_lesson.ipynb`` when ``setup.py`` found the lesson
    next to the report notebook at build time.
    """
    candidates = [
        _PACKAGE_DIR / "data" / "notebooks" / LESSON_NAME,  # normal install (wheel)
        _PACKAGE_DIR.parent / "notebooks" / LESSON_NAME,  # source checkout / editable install
    ]
    for cand in candidates:
        if cand.is_file():
            return cand
    raise ReportError(f"cannot find the lesson notebook {LESSON_NAME} (looked in "
                      + ", ".join(str(c) for c in candidates) + "); run media-coverage from a source checkout")


class _TableRows(HTMLParser):
    """Body rows of every ``<table>``: ``<tr>`` inside ``<tbody>``, or rows with a ``<td>`` when there is none."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[int] = []
        self._stack: list[dict[str, Any]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._stack.append({"tbody": 0, "in_tbody": False, "tr": 0, "td_rows": 0, "row_has_td": False})
        elif self._stack:
            t = self._stack[-1]
            if tag == "tbody":
                t["in_tbody"] = True
                t["tbody"] += 1
            elif tag == "tr":
                t["row_has_td"] = False
                t["tr"] += t["in_tbody"]
            elif tag == "td" and not t["row_has_td"]:
                t["row_has_td"] = True
                t["td_rows"] += 1

    def handle_endtag(self, tag):
        if not self._stack:
            return
        if tag == "tbody":
            self._stack[-1]["in_tbody"] = False
        elif tag == "table":
            t = self._stack.pop()
            self.rows.append(t["tr"] if t["tbody"] else t["td_rows"])


def table_rows(markup: str) -> list[int]:
    """The number of body rows of each ``<table>`` in ``markup``, in order.

    Examples
    --------
    >>> table_rows("<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr><tr><td>2</td></tr>"
    ...            "</tbody></table><table><tr><th>x</th></tr><tr><td>y</td></tr></table>")
    [2, 1]
    """
    parser = _TableRows()
    parser.feed(markup)
    parser.close()
    return parser.rows


def is_lesson_page(path: str | os.PathLike[str]) -> bool:
    """Was ``path`` written by :func:`export`? (a regular file whose head carries the generator tag)"""
    p = Path(path)
    try:
        if p.is_symlink() or not p.is_file():
            return False
        with open(p, "rb") as fh:
            head = fh.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return False
    return head.startswith("<!DOCTYPE html>") and _MARKER.search(head) is not None


def _suggest(out: Path) -> Path:
    for i in range(2, 1000):
        cand = out.with_name(f"{out.stem}-{i}{out.suffix}")
        if not os.path.lexists(cand):
            return cand
    return out.with_name(f"{out.stem}-new{out.suffix}")


def _check_out(out: Path, shown: Path) -> None:
    """Refuse an ``out`` that exists and is not a page this command wrote."""
    if not os.path.lexists(out):
        return
    if out.is_dir() and not out.is_symlink():
        raise OutputError(f"--out {shown}: is a folder; give the name of the HTML file to write, "
                          f"e.g. --out {shown / 'student_lesson.html'}")
    if not is_lesson_page(out):
        what = "is a link" if out.is_symlink() else "exists and was not written by media-coverage lesson"
        raise OutputError(f"--out {shown}: {what} (it has no <meta name=\"generator\" content=\"media-coverage ... "
                          f"lesson\"> tag), so it is not overwritten; choose another name, e.g. --out "
                          f"{_suggest(shown)}")


def _resolve_corpus(value: str, base: Path, name: str) -> None:
    path = Path(value)
    if not path.is_absolute():
        path = base / path
    if not path.exists():
        raise ParameterError(f"{name} {value!r} does not exist (paths in parameters are relative to {base}); give a "
                             "folder with manifest.csv or a .csv/.jsonl/.parquet file")


def _check_cells(nb, nb_path: Path) -> None:
    """The lesson shows no warning and no error: any stderr or error output fails the export."""
    from .kernel import first_stderr

    problem = first_stderr(nb)
    if problem is not None:
        where, first = problem
        raise ReportError(f"lesson notebook {nb_path.name}: cell {where} printed to stderr (a warning or "
                          f"error would reach the page): {first[:300]}. This is a bug; please report it")


def _run(nb_path: Path, tmp: Path, params: Mapping[str, Any], timeout: int, progress: bool):
    import nbformat
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    from .kernel import _ANSI, _check_kernel, _failure_message, _kernel_manager_class

    _check_kernel("python3")
    running = tmp / "lesson.ipynb"
    kernel_log = tmp / "kernel.log"
    try:
        pm.execute_notebook(
            str(nb_path), str(running), parameters=dict(params), kernel_name="python3", cwd=str(nb_path.parent),
            execution_timeout=timeout, progress_bar=progress, log_output=False, start_timeout=120,
            request_save_on_cell_execute=False, kernel_manager_class=_kernel_manager_class(kernel_log),
        )
    except PapermillExecutionError as exc:
        msg = _failure_message(exc, nb_path).replace("report notebook", "lesson notebook", 1)
        raise ReportError(f"{msg}; nothing was written") from None
    except Exception as exc:  # kernel died, timeout, cannot start
        hint = f" (a cell ran longer than timeout={timeout}s)" if "timeout" in f"{type(exc).__name__} {exc}".lower() \
            else ""
        raise ReportError(f"lesson notebook {nb_path.name} could not run{hint}: {type(exc).__name__}: "
                          f"{_ANSI.sub('', str(exc))}; nothing was written") from exc
    return nbformat.read(str(running), as_version=4)


def _title(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"^# (.+)$", cell.source, re.M)
            if m:
                return m.group(1).strip()
    return str(nb.metadata.get("title") or "Media-literacy lesson")


def _page(nb, *, student: bool) -> str:
    """Self-contained HTML of the executed lesson: text and outputs, no code, no scripts, no external resources."""
    from nbconvert import HTMLExporter

    nb = copy.deepcopy(nb)
    drop = _ALWAYS_DROPPED | (_STUDENT_DROPPED if student else set())
    nb.cells = [c for c in nb.cells
                if not set(c.get("metadata", {}).get("tags", [])) & drop
                and not (c.cell_type == "code" and not c.get("outputs"))]
    exporter = HTMLExporter(template_name="basic")
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.embed_images = True
    title = _title(nb)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    body = _strip_external(body)
    kind = "student handout" if student else "teacher's copy, with answers"
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<meta name=\"generator\" content=\"{html.escape(_GENERATOR)}\">\n"
        f"<title>{html.escape(f'{title} ({kind})')}</title>\n<style>{_CSS}{_EXTRA_CSS}</style>\n</head>\n<body>\n"
        f"<main class=\"report\">\n<p class=\"kicker\">{html.escape(kind)}</p>\n{body}\n"
        f"<footer class=\"mc-footer\">Generated by media-coverage {html.escape(__version__)}. "
        "Self-contained page: no scripts, no external resources.</footer>\n</main>\n</body>\n</html>\n"
    )


def export(
    out: str | os.PathLike[str],
    *,
    student: bool = True,
    class_corpus: str | os.PathLike[str] | None = None,
    parameters: Mapping[str, Any] | None = None,
    progress: bool = False,
    timeout: int = 600,
) -> Path:
    """Run the media-literacy lesson and write it as one self-contained HTML page.

    Parameters
    ----------
    out : path
        The HTML file to write. An existing file is replaced only if this function wrote it
        (it carries ``<meta name="generator" content="media-coverage ... lesson">``).
    student : bool, default True
        True: the student handout (no answer cells, no teacher's notes, tables of at most
        :data:`MAX_ROWS` rows). False: the teacher's copy, with the answers (collapsed) and notes.
    class_corpus : path, optional
        The class's own articles (section 9 of the lesson): a folder with ``manifest.csv`` or a
        table file, relative to the current directory.
    parameters : dict, optional
        Other parameters of the lesson's ``parameters`` cell (``corpus``, ``seed``, ``words``);
        paths in them are relative to the notebook's folder, as with papermill.
    progress : bool, default False
        Show papermill's progress bar (on stderr).
    timeout : int, default 600
        Per-cell execution timeout in seconds.

    Returns
    -------
    Path
        ``out``.

    Raises
    ------
    OutputError
        ``out`` exists and was not written by this function (it is left unchanged).
    ParameterError
        An unknown parameter, a value of the wrong type, or a corpus that does not exist.
    ReportError
        The notebook failed, or the page would show an error, a warning or a too-long table.
    """
    from .params import check_parameters, defaults, notebook_parameters

    nb_path = default_lesson()
    base = nb_path.parent
    declared = notebook_parameters(nb_path)
    params = check_parameters(parameters, declared, reserved=())
    if class_corpus is not None and str(class_corpus) != "":
        if "class_corpus" in params:
            raise ParameterError("class_corpus is given twice (as class_corpus= and in parameters); give it once")
        path = Path(class_corpus).expanduser()
        if not path.exists():
            raise ParameterError(f"class corpus {str(class_corpus)!r} does not exist; give a folder with "
                                 "manifest.csv or a .csv/.jsonl/.parquet file (CLI: --class-corpus)")
        params["class_corpus"] = str(path.resolve())
    values = {**defaults(declared), **params}
    for name in ("corpus", "class_corpus"):
        if isinstance(values.get(name), str) and values[name]:
            _resolve_corpus(values[name], base, name)

    shown = Path(out)
    out_abs = Path(os.path.abspath(shown))
    _check_out(out_abs, shown)  # before the kernel starts: a refused --out fails at once
    try:
        out_abs.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"--out {shown}: cannot create its folder ({exc.strerror or exc}); choose another "
                          "place") from None

    tmp = Path(tempfile.mkdtemp(prefix="media-coverage-lesson-"))
    try:
        nb = _run(nb_path, tmp, params, timeout, progress)
        _check_cells(nb, nb_path)
        page = _page(nb, student=student)
        check_page(page, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for needle in ("Traceback", "<script"):
        if needle in page:
            raise ReportError(f"the lesson page would contain {needle!r}; this is a bug, please report it")
    bad = external_references(page)
    if bad:
        raise ReportError(f"the lesson page would load external resources {bad[:3]}; this is a bug, please report it")
    if student:
        long = [n for n in table_rows(page) if n > MAX_ROWS]
        if long:
            raise ReportError(f"a table of the student handout has {long[0]} rows (at most {MAX_ROWS} are "
                              "shown to students); this is a bug, please report it")
    _check_out(out_abs, shown)  # again: the file may have appeared while the notebook ran
    atomic_write(out_abs, page.encode("utf-8"))
    return shown
