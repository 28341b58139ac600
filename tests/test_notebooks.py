"""The JupyterLab notebooks: committed clean, documented parameters, executed through papermill.

Each notebook is executed as a user would run it (kernel ``python3``, working directory
``notebooks/``, seeds corpus by default) and every output is scanned: an error, a traceback,
anything on stderr or a ``CoverageWarning`` fails the test. A second run points the notebooks
at a small hostile corpus (HTML in texts and outlet names) to check that everything the
notebooks render is escaped.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
EXPLORE = "explore.ipynb"
LESSON = "media_literacy_lesson.ipynb"
NAMES = [EXPLORE, LESSON]
PARAMETERS = {
    EXPLORE: {"corpus", "seed", "n_boot", "outlet", "term", "compare_a", "compare_b", "compare_metric",
              "n_resamples", "labels"},
    LESSON: {"corpus", "seed", "words", "class_corpus"},
}
LESSON_MINUTES = 45

HOSTILE_TEXTS = [
    ("h-1", "Daily <b>Bold</b>",
     "We stand together tonight. <script>alert('x')</script> The attack killed two people.\n\n"
     "\"We are not afraid,\" said a woman at the vigil. Muslims laid flowers & candles."),
    ("h-2", "Daily <b>Bold</b>",
     "Crowds came together in solidarity. The terror attack left many injured.\n\n"
     "<img src=x onerror=alert(1)> A minute's silence was held for the victims."),
    ("h-3", "The <i>Italic</i> Post",
     "The attacker stabbed an officer in a rampage. Police said the attack was an atrocity.\n\n"
     "Londoners held a vigil and said they will not be divided. <a href='javascript:x'>link</a>"),
    ("h-4", "The <i>Italic</i> Post",
     "Fear spread after the attack, which killed three. Hundreds gathered at a vigil.\n\n"
     "\"This is an atrocity,\" an imam told the crowd, \"it has nothing to do with Islam.\""),
]


def _read(name: str) -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOKS / name, as_version=4)


def _problems(nb: nbformat.NotebookNode) -> list[str]:
    """Every error, traceback, stderr stream or CoverageWarning in the outputs."""
    found = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                found.append(f"cell {i}: error {out.ename}: {out.evalue}")
            if out.output_type == "stream" and out.name == "stderr":
                found.append(f"cell {i}: stderr: {out.text[:500]}")
            blob = json.dumps(out)
            for needle in ("CoverageWarning", "Traceback"):
                if needle in blob:
                    found.append(f"cell {i}: {needle} in output: {blob[:500]}")
    return found


def _rendered(nb: nbformat.NotebookNode) -> str:
    """All HTML and Markdown the executed notebook displays."""
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            for mime in ("text/html", "text/markdown"):
                if mime in data:
                    value = data[mime]
                    parts.append("".join(value) if isinstance(value, list) else value)
    return "\n".join(parts)


_RUNS: dict[tuple, tuple[nbformat.NotebookNode, float]] = {}


def _execute(name: str, tmp_dir: Path, **parameters) -> tuple[nbformat.NotebookNode, float]:
    key = (name, tuple(sorted(parameters.items())))
    if key not in _RUNS:
        out = tmp_dir / f"{len(_RUNS)}-{name}"
        start = time.perf_counter()
        papermill.execute_notebook(
            str(NOTEBOOKS / name), str(out), parameters=parameters, kernel_name="python3",
            cwd=str(NOTEBOOKS), progress_bar=False,
        )
        _RUNS[key] = (nbformat.read(out, as_version=4), time.perf_counter() - start)
    return _RUNS[key]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("notebooks")


@pytest.fixture(scope="module")
def hostile_corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile.csv"
    pd.DataFrame(HOSTILE_TEXTS, columns=["id", "outlet", "text"]).to_csv(path, index=False)
    return path


# ---------------------------------------------------------------- committed state


@pytest.mark.parametrize("name", NAMES)
def test_committed_without_outputs_and_with_stable_metadata(name):
    nb = _read(name)
    nbformat.validate(nb)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{name} cell {i} has outputs: clear them before committing"
            assert cell.execution_count is None, f"{name} cell {i} has an execution count"
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert set(nb.metadata) <= {"kernelspec", "language_info", "title"}, sorted(nb.metadata)
    assert set(nb.metadata["language_info"]) == {"name"}
    assert all("widgets" not in c.metadata and "execution" not in c.metadata for c in nb.cells)


@pytest.mark.parametrize("name", NAMES)
def test_parameters_cell_is_tagged_typed_and_documented(name):
    nb = _read(name)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, f"{name}: exactly one cell must be tagged 'parameters'"
    for line in tagged[0].source.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            assert re.match(r"^\w+: [\w\[\], ]+ = .+  # \S", line), f"{name}: untyped or undocumented: {line!r}"
            # papermill cannot parse a line with a second "=" (e.g. in the comment): it drops the parameter
            assert line.count("=") == 1, f"{name}: papermill cannot parse {line!r}"
    params = papermill.inspect_notebook(str(NOTEBOOKS / name))
    assert set(params) == PARAMETERS[name]
    for p in params.values():
        assert p["inferred_type_name"] not in ("", "None"), p
        assert p["help"].strip(), p


def test_lesson_timings_add_up_to_45_minutes():
    nb = _read(LESSON)
    heads = [re.search(r"^## (\d+)\..*\((\d+) min", c.source, re.M) for c in nb.cells if c.cell_type == "markdown"]
    heads = [h for h in heads if h]
    assert [int(h.group(1)) for h in heads] == list(range(1, len(heads) + 1))
    assert sum(int(h.group(2)) for h in heads) == LESSON_MINUTES
    notes = next(c.source for c in nb.cells if c.source.startswith("## Teacher's notes"))
    table = [int(m) for m in re.findall(r"^\| \d+\. [^|]+\| (\d+) \|", notes, re.M)]
    assert table == [int(h.group(2)) for h in heads], "teacher's timing table and section headings disagree"


def test_lesson_answers_are_tagged_and_collapsible():
    nb = _read(LESSON)
    answers = [c for c in nb.cells if "answer" in c.metadata.get("tags", [])]
    assert len(answers) >= 6
    for c in answers:
        assert c.cell_type == "code" and c.metadata.get("jupyter", {}).get("source_hidden") is True
        assert "answer(" in c.source or "display(corp)" in c.source


# ---------------------------------------------------------------- execution


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_clean_on_seeds(name, run_dir):
    nb, _ = _execute(name, run_dir)  # no time limit here: speed goals live in benchmarks/, not in unit tests
    assert _problems(nb) == []
    html = _rendered(nb)
    assert "<mark" in html  # the evidence is highlighted
    assert all(c.cell_type != "code" or c.execution_count for c in nb.cells)


def test_explore_output_reads_well(run_dir):
    nb, _ = _execute(EXPLORE, run_dir)
    html = _rendered(nb)
    assert "mc-corpus" in html and "mc-analysis" in html and "mc-evidence" in html
    assert "emergency_rate" in html  # the custom frame reaches the outlet table
    assert "precision" in html and "religion_frame" in html  # validation ran against seeds/labels.csv
    pngs = sum("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))
    assert pngs == 7


def test_lesson_is_blinded_before_the_reveal(run_dir):
    nb, _ = _execute(LESSON, run_dir)
    reveal = next(i for i, c in enumerate(nb.cells) if c.source.startswith("## 4. Reveal"))
    before = _rendered(nbformat.from_dict({**nb, "cells": nb.cells[:reveal]}))
    for outlet in ["Sky News", "Evening Standard", "getwestlondon", "Standard", "Oxford"]:
        assert outlet not in before, f"{outlet!r} visible before the reveal"
    assert "Sky News" in _rendered(nbformat.from_dict({**nb, "cells": nb.cells[reveal:]}))


def test_notebooks_escape_a_hostile_corpus(run_dir, hostile_corpus):
    explore, _ = _execute(EXPLORE, run_dir, corpus=str(hostile_corpus), n_boot=200, n_resamples=500)
    lesson, _ = _execute(LESSON, run_dir, class_corpus=str(hostile_corpus))
    for nb in (explore, lesson):
        assert _problems(nb) == []
        html = _rendered(nb).lower()
        for raw in ("<script", "<img", "<b>bold", "<i>italic", "<a href"):
            assert raw not in html, f"unescaped {raw!r} in the rendered output"
    assert "&lt;a href=&#x27;javascript:x&#x27;&gt;" in _rendered(explore)  # article text in the evidence
    assert "&lt;b&gt;Bold&lt;/b&gt;" in _rendered(explore)  # outlet names in tables and prose
    assert "&lt;b&gt;Bold&lt;/b&gt;" in _rendered(lesson)


def test_student_copy_without_answers_still_runs(tmp_path):
    """The teacher's notes strip the cells tagged ``answer``; what is left must run on its own."""
    nb = _read(LESSON)
    nb.cells = [c for c in nb.cells if "answer" not in c.metadata.get("tags", [])]
    student = tmp_path / "student_lesson.ipynb"
    nbformat.write(nb, student)
    out = tmp_path / "student_out.ipynb"
    papermill.execute_notebook(str(student), str(out), kernel_name="python3", cwd=str(NOTEBOOKS),
                               progress_bar=False)
    executed = nbformat.read(out, as_version=4)
    assert _problems(executed) == []
    assert "▸ Answer" not in _rendered(executed)
