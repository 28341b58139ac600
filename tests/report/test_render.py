"""Tests for coverage.report: rendering, reproducibility, HTML safety, atomic writes, locking.

Renders run the real notebook in a Jupyter kernel (papermill); the seeds report is rendered
once per module (twice, to compare bytes) and reused.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from coverage.cli import main
from coverage.errors import ParameterError, ReportError
from coverage.report import (
    check_parameters,
    default_notebook,
    external_references,
    notebook_parameters,
    render,
)
from coverage.report.folder import _resolve_out

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
NOTEBOOK = ROOT / "notebooks" / "comparison_report.ipynb"
COMMITTED = ROOT / "reports" / "seeds"
OUTLETS = ["Evening Standard", "Sky News", "Unknown", "Unknown (Oxford local paper)", "getwestlondon"]
HOSTILE = "<script>alert(1)</script>"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _siblings(folder: Path, marker: str) -> list[Path]:
    return [p for p in folder.parent.iterdir() if marker in p.name]


class _Attrs(HTMLParser):
    """Every (tag, attribute, value) of a page, parsed independently of coverage.report."""

    def __init__(self):
        super().__init__()
        self.attrs: list[tuple[str, str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, k, v or "") for k, v in attrs]


def _parse(markup: str) -> _Attrs:
    p = _Attrs()
    p.feed(markup)
    return p


@pytest.fixture(scope="module")
def seeds_reports(tmp_path_factory):
    base = tmp_path_factory.mktemp("reports")
    first = render(SEEDS, out=base / "a" / "seeds", progress=False)
    second = render(SEEDS, out=base / "b" / "seeds", progress=False)
    return first, second


@pytest.fixture(scope="module")
def seeds_html(seeds_reports) -> str:
    return seeds_reports[0].html.read_text(encoding="utf-8")


# -- reproducibility ------------------------------------------------------------------------------


def test_two_renders_are_byte_identical(seeds_reports):
    a, b = seeds_reports
    fa, fb = _files(a.folder), _files(b.folder)
    assert sorted(fa) == sorted(fb)
    for name in fa:
        if name in ("manifest.json", ".media-coverage-owned.json"):  # run metadata, and the marker that hashes it
            continue
        assert fa[name] == fb[name], f"{name} differs between two renders of the same input"
    ma, mb = (json.loads(fa["manifest.json"]), json.loads(fb["manifest.json"]))
    assert ma.pop("run")["out"] != mb.pop("run")["out"]  # the only part allowed to differ
    assert ma == mb


def test_output_layout_and_manifest(seeds_reports):
    r = seeds_reports[0]
    assert r.html == r.folder / "report.html" and r.notebook == r.folder / "report.ipynb"
    for table in ("articles", "sentences", "outlets", "hits"):
        csv, parquet = r.metrics / f"{table}.csv", r.metrics / f"{table}.parquet"
        assert csv.is_file() and parquet.is_file()
        assert len(pd.read_csv(csv)) == len(pd.read_parquet(parquet)) > 0
    assert sorted(pd.read_csv(r.metrics / "outlets.csv")["outlet"]) == sorted(OUTLETS)
    m = json.loads(r.manifest.read_text(encoding="utf-8"))
    assert m["package"]["name"] == "media-coverage"
    assert {"pandas", "numpy", "matplotlib", "papermill", "nbconvert"} <= set(m["dependencies"])
    assert m["python"]["version"].count(".") == 2
    assert m["parameters"]["corpus"] == "seeds" and m["parameters"]["output_dir"] == "."
    assert m["parameters"]["seed"] == 0 and m["parameters"]["n_boot"] == 2000
    files = {f["path"]: f for f in m["corpus"]["files"]}
    import hashlib

    for p in [SEEDS / "manifest.csv", *sorted(SEEDS.glob("*.txt"))]:
        assert files[p.name]["sha256"] == hashlib.sha256(p.read_bytes()).hexdigest()
    assert m["lexicons"][0]["role"] == "built-in" and len(m["lexicons"][0]["sha256"]) == 64
    # output hashes cover every file except the manifest itself
    on_disk = {k: hashlib.sha256(v).hexdigest() for k, v in _files(r.folder).items()
               if k != "manifest.json" and not k.endswith(".media-coverage-owned.json")}
    assert m["outputs"] == on_disk
    # the ownership marker vouches for every file the tool wrote, the manifest included
    from coverage.outputs import unowned_files

    assert unowned_files(r.folder) == []
    assert {"started_utc", "finished_utc", "duration_seconds"} <= set(m["run"])
    # no stray files next to the report
    assert not _siblings(r.folder, "media-coverage-") and not _siblings(r.folder, ".failed")


def test_executed_notebook_is_normalised(seeds_reports):
    nb = nbformat.read(seeds_reports[0].notebook, as_version=4)
    assert [c.id for c in nb.cells] == [f"cell-{i:02d}" for i in range(len(nb.cells))]
    for cell in nb.cells:
        assert set(cell.metadata) <= {"tags"}, cell.metadata  # no papermill/execution timings
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and 'output_dir = "."' in injected[0].source
    assert str(ROOT) not in json.dumps(nb)  # no machine-specific paths
    assert set(nb.metadata["papermill"]) == {"parameters"}


# -- HTML --------------------------------------------------------------------------------------------


def test_html_has_no_external_references(seeds_html):
    assert external_references(seeds_html) == []
    parsed = _parse(seeds_html)
    for tag, name, value in parsed.attrs:
        if name in ("src", "href", "srcset", "action"):
            v = value.strip().lower()
            assert not v.startswith(("http:", "https:", "//")), (tag, name, value)
            assert v.startswith(("data:", "#")), (tag, name, value[:60])
    assert "link" not in parsed.tags and "iframe" not in parsed.tags
    # one script, the package's own (sorting, filtering, search), inline; nothing from the data
    from coverage.report.page import SCRIPT

    assert parsed.tags.count("script") == 1
    assert re.findall(r"<script\b[^>]*>(.*?)</script>", seeds_html, re.S | re.I) == [SCRIPT]
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", seeds_html)


def test_html_reads_without_code(seeds_html):
    assert "<title>How 5 outlets covered the Trafalgar Square vigil and the Westminster Bridge vigil</title>" in seeds_html
    assert "<h1>How 5 outlets covered" in seeds_html
    table = seeds_html[seeds_html.index('id="outlets"'):seeds_html.index('id="evidence"')]
    summary = re.search(r"<table class=[\"']mc-table mc-sortable[\"'][^>]*>.*?</table>", table, re.S)
    assert summary, "outlet table missing"
    assert len(re.findall(r"<tr\b", summary.group(0))) == 1 + len(OUTLETS)
    for k, outlet in enumerate(OUTLETS):  # each outlet links to its evidence panel
        assert f'href="#outlet-{k}">{outlet}</a>' in summary.group(0)
    for section in ("Findings", "Outlets at a glance", "Evidence by outlet", "Key terms", "Figures",
                    "Methods and limitations", "Provenance"):
        assert f"<h2>{section}</h2>" in seeds_html
    # one ranked dot plot per metric (small multiples) and the family figures: every figure has a caption
    n_figures = len(re.findall(r"<figure class=[\"']mc-figure[\"']>", seeds_html))
    assert n_figures >= 2
    assert seeds_html.count("<figcaption>") == n_figures
    assert len(re.findall(r"src=[\"']data:image/png;base64,", seeds_html)) == n_figures
    # no code, prompts, tracebacks or warnings
    for noise in ("import ", "def esc", "In&nbsp;[", "Out[", "Traceback", "Warning", "<pre>"):
        assert noise not in seeds_html, noise
    # provenance: every input file with its sha256
    import hashlib

    for p in sorted(SEEDS.glob("*.txt")):
        assert p.name in seeds_html and hashlib.sha256(p.read_bytes()).hexdigest() in seeds_html
    # the findings end with one plain line per outlet (a list inside the findings list, not an empty bullet)
    found = seeds_html[seeds_html.index('id="findings"'):seeds_html.index('id="outlets"')]
    assert "<li><li>" not in seeds_html and "<b>Outlet by outlet</b>:<ul" in found
    profiles = found[found.index("<b>Outlet by outlet</b>"):]
    assert len(re.findall(r'<li><a class="mc-outlet" href="#outlet-\d+">', profiles)) == len(OUTLETS)
    assert 'href="#outlet-1">Sky News</a>: lowest sentiment; lowest tone' in profiles
    # with one article per outlet the report says what its intervals can and cannot show
    assert "Every outlet has fewer than 2 articles" in seeds_html
    assert "Detector scores against the sentence-level human labels" in seeds_html
    # the detectors' shares corrected for their measured errors, next to the human share (seeds/labels.csv:
    # 20 of Sky News' 33 counted sentences are violence, the detector flags 16 = 48%; every sentence is labelled,
    # so the composite estimate is the coders' share, 20/33 = 61%, with an interval of no width)
    assert "Shares corrected for the detectors&#x27; errors" in seeds_html or \
        "Shares corrected for the detectors' errors" in seeds_html
    assert re.search(r"<td class=\"txt\">Sky News</td><td class=\"txt\">violence</td><td class=\"num\">48%</td>"
                     r"<td class=\"num\">61% <span class=\"ci\">61% to 61%</span></td><td class=\"num\">61%</td>"
                     r"<td class=\"txt\">every sentence of this outlet is labelled: the estimate is the coders(?:'|&#x27;) "
                     r"share</td>", seeds_html)


def test_corpus_text_is_escaped_and_replace_is_atomic(tmp_path, seeds_reports, capsys):
    corpus = tmp_path / "hostile.csv"
    pd.DataFrame({
        "id": ["h1", "h2", "h3"],
        "outlet": [f"Daily {HOSTILE}", "Plain Post", "Plain Post"],
        "text": [
            f"Thousands stood together in solidarity at the vigil. {HOSTILE} The attacker killed three people. "
            "<img src=x onerror=alert(2)> We will not be divided.",
            "The police said the attack was an act of terror. Crowds gathered to show unity and love.",
            "Faith leaders from the mosque and the church prayed together for the victims.",
        ],
        "headline": [f"Headline {HOSTILE}", "Plain", "Plain"],
    }).to_csv(corpus, index=False)
    out = tmp_path / "reports" / "hostile"
    shutil.copytree(seeds_reports[0].folder, out)  # an older report that must be replaced atomically
    code = main(["report", str(corpus), "--out", str(out), "--quiet", "-p", "title", f"Title {HOSTILE}"])
    assert code == 0, capsys.readouterr().err
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.lower().count("<script") == 1 and "<img src=x" not in page  # the package's one script
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 4  # title, outlet, headline, text
    assert f"<title>Title {HOSTILE.replace('<', '&lt;').replace('>', '&gt;')}</title>" in page
    # the old report is gone, not merged: its outlets appear only where the new one lists what changed
    since = re.search(r'<section class="mc-section" id="since-last">.*?</section>', page, re.S)
    assert since and "Evening Standard" in since.group(0)
    assert "Evening Standard" not in page.replace(since.group(0), "")
    assert not _siblings(out, ".tmp-") and not _siblings(out, ".old-")
    assert external_references(page) == []


# -- failures ------------------------------------------------------------------------------------------


@pytest.fixture()
def previous(tmp_path, seeds_reports):
    """An existing report folder (a copy of the seeds report) and its bytes."""
    out = tmp_path / "reports" / "seeds"
    shutil.copytree(seeds_reports[0].folder, out)
    return out, _files(out)


def _failing_notebook(tmp_path: Path) -> Path:
    """The report notebook with a cell that fails after the analysis (a bug in a section)."""
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    nb.cells.insert(5, nbformat.v4.new_code_cell("x = 1\nraise ValueError(f'section failed for {n_outlets} outlets')"))
    path = tmp_path / "failing.ipynb"
    nbformat.write(nb, str(path))
    return path


def test_failing_cell_keeps_previous_report(previous, tmp_path):
    out, before = previous
    with pytest.raises(ReportError) as err:
        render(SEEDS, out=out, notebook=_failing_notebook(tmp_path), progress=False)
    msg = str(err.value)
    assert "ValueError" in msg and "section failed for 5 outlets" in msg
    assert "raise ValueError" in msg  # the failing source line
    assert _files(out) == before
    failed = out.with_name("seeds.failed.ipynb")
    assert failed.is_file() and str(failed) in msg
    assert any(o.get("output_type") == "error" for c in nbformat.read(failed, as_version=4).cells
               for o in c.get("outputs", []))
    assert not _siblings(out, "media-coverage-")


def test_cli_failure_exit_codes(previous, capsys, tmp_path):
    out, before = previous
    assert main(["report", str(SEEDS), "--out", str(out), "--quiet", "-p", "outlets", "[Nope]"]) == 2
    assert "no outlet named 'Nope'" in capsys.readouterr().err
    assert main(["report", str(SEEDS), "--out", str(out), "--quiet", "--notebook",
                 str(_failing_notebook(tmp_path))]) == 3
    assert "section failed" in capsys.readouterr().err
    assert main(["report", str(SEEDS / "missing"), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and err.startswith("media-coverage: error:")
    assert _files(out) == before


@pytest.mark.parametrize(
    ("parameters", "words"),
    [
        ({"seed": "zero"}, ["seed must be a whole number", "'zero'", "str"]),
        ({"n_boot": 2.5}, ["n_boot must be a whole number of at least 1", "2.5"]),
        ({"seed": True}, ["seed must be", "True"]),
        ({"seed": -1}, ["seed must be a whole number of at least 0", "-1"]),
        ({"n_boot": 0}, ["n_boot must be a whole number of at least 1", "got 0"]),
        ({"outlets": "Sky News"}, ["outlets must be a list of outlet names, e.g. -p outlets '[Sky News, BBC]'",
                                   "'Sky News'"]),
        ({"outlets": ["Sky News", 3]}, ["outlets must be a list of outlet names"]),
        ({"outlets": ["Sky Nws"]}, ["no outlet named 'Sky Nws'", "did you mean 'Sky News'?"]),
        ({"keyness_reference": "BBC"}, ["keyness_reference", "'BBC'", "Sky News"]),
        ({"title": 2024}, ["title must be text", "2024"]),
        ({"colour": "red"}, ["unknown parameter colour", "n_boot"]),
        ({"nboot": 5}, ["unknown parameter nboot; did you mean n_boot?"]),
        ({"corpus": "seeds"}, ["'corpus' is set by render()"]),
        ({"output_dir": "x"}, ["'output_dir' is set by render()"]),
        ({"lexicon": "no/such/lexicon.yaml"}, ["'lexicon'", "does not exist"]),
    ],
)
def test_wrong_parameters_fail_before_running(previous, parameters, words):
    out, before = previous
    with pytest.raises(ParameterError) as err:  # checked before any kernel starts: nothing is written
        render(SEEDS, out=out, parameters=parameters, progress=False)
    for w in words:
        assert w in str(err.value)
    assert _files(out) == before and not out.with_name("seeds.failed.ipynb").exists()


def test_missing_corpus_keeps_previous_report(previous, tmp_path):
    out, before = previous
    with pytest.raises(ParameterError, match="does not exist"):
        render(tmp_path / "no-such-corpus", out=out, progress=False)
    assert _files(out) == before


def test_refuses_to_replace_a_folder_that_is_not_a_report(tmp_path):
    from coverage.outputs import OutputError

    out = tmp_path / "precious"
    out.mkdir()
    (out / "thesis.docx").write_text("years of work")
    with pytest.raises(OutputError, match="not created by media-coverage"):
        render(SEEDS, out=out, progress=False)
    assert (out / "thesis.docx").read_text() == "years of work"


def test_lock_contention_fails_fast(previous):
    out, before = previous
    from _runs import hold_lock

    lock = out.with_name(".seeds.media-coverage-lock")
    holder = hold_lock(lock)
    try:
        t0 = time.perf_counter()
        with pytest.raises(ReportError) as err:
            render(SEEDS, out=out, progress=False, lock_timeout=0.5)
        assert time.perf_counter() - t0 < 10
        assert "another media-coverage run is writing to the same output folder" in str(err.value)
        assert f"(lock file {lock} is held)" in str(err.value)
    finally:
        holder.kill()
        holder.wait()
    assert _files(out) == before


# -- parameters, notebook ---------------------------------------------------------------------------


def test_notebook_declares_typed_parameters():
    declared = notebook_parameters(NOTEBOOK)
    assert list(declared) == ["corpus", "outlets", "query", "lexicon", "keyness_reference", "title",
                              "min_articles", "min_hits", "top_outlets", "seed", "n_boot", "output_dir", "cache",
                              "n_jobs", "families", "labels", "sources", "models", "religion_frame", "frame_mode", "columns", "previous"]
    assert declared["seed"]["type"] == "int" and declared["seed"]["default"] == "0"
    assert declared["outlets"]["type"] == "Optional[list[str]]"
    assert all(p["help"] for p in declared.values())
    assert default_notebook() == NOTEBOOK
    assert check_parameters({"seed": 1, "outlets": ("A",), "lexicon": None}, declared) == {
        "seed": 1, "outlets": ["A"], "lexicon": None}


def test_papermill_help_lists_types_and_help():
    res = subprocess.run([sys.executable, "-m", "papermill", "--help-notebook", str(NOTEBOOK)],
                         capture_output=True, text=True, timeout=60, check=True)
    assert "n_boot: int (default 2000)" in res.stdout
    assert "outlets: Optional[list[str]] (default None)" in res.stdout
    assert "bootstrap seed" in res.stdout


def test_committed_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1


def test_notebook_runs_directly_with_papermill(tmp_path):
    import papermill as pm

    out_nb = tmp_path / "direct.ipynb"
    nb = pm.execute_notebook(str(NOTEBOOK), str(out_nb), parameters={"output_dir": str(tmp_path), "n_boot": 200},
                             kernel_name="python3", cwd=str(ROOT), progress_bar=False, log_output=False)
    html_out = "".join(
        "".join(o["data"]["text/html"]) for c in nb.cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})
    )
    assert "<h1>How 5 outlets covered" in html_out
    assert not any(o.get("output_type") in ("error", "stream") for c in nb.cells for o in c.get("outputs", []))
    assert (tmp_path / "metrics" / "hits.parquet").is_file()


def test_out_date_placeholder():
    import datetime as dt

    today = dt.date.today().isoformat()
    assert _resolve_out("reports/vigil-{date}", SEEDS) == Path(f"reports/vigil-{today}")
    assert _resolve_out(None, SEEDS) == Path("reports/seeds")
    assert _resolve_out(None, SEEDS / "manifest.csv") == Path("reports/manifest")


# -- committed example ------------------------------------------------------------------------------


def test_committed_seeds_report_is_current(seeds_reports):
    fresh = seeds_reports[0].folder
    hint = "reports/seeds/ is out of date: run `make report` and commit the result"
    assert (COMMITTED / "report.html").is_file(), f"reports/seeds/report.html is missing; {hint}"
    assert (COMMITTED / "report.html").read_bytes() == (fresh / "report.html").read_bytes(), \
        f"report.html differs from a fresh render; {hint}"
    committed_metrics = _files(COMMITTED / "metrics")
    fresh_metrics = _files(fresh / "metrics")
    assert sorted(committed_metrics) == sorted(fresh_metrics), hint
    for name, data in fresh_metrics.items():
        assert committed_metrics[name] == data, f"metrics/{name} differs from a fresh render; {hint}"
