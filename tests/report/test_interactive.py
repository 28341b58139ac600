"""The interactive report in headless Chromium, on a generated corpus of 65 outlets with dates (issue 17).

Click a term and its evidence appears; click an outlet and its evidence opens; sort a column;
filter and search; no console errors and no requests; nothing sticks out of the page at 1280
and 390 px; the page is at most 30,000 px tall as first shown; two renders are byte-identical.
"""

from __future__ import annotations

import random
from pathlib import Path

import pandas as pd
import pytest
from _browser import CDP, OVERFLOW_JS, launch

from coverage.report import render

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
N_OUTLETS = 65


def _corpus(path: Path) -> None:
    rng = random.Random(17)
    paras = [p for f in sorted(SEEDS.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n")
             if len(p.split()) > 6]
    rows = [{"id": f"x{i:03d}", "outlet": f"Outlet {i % N_OUTLETS:02d}", "title": f"Story {i}",
             "date": f"2017-03-{22 + i % 7:02d}", "text": "\n\n".join(rng.sample(paras, 4))} for i in range(200)]
    pd.DataFrame(rows).to_csv(path, index=False)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    base = tmp_path_factory.mktemp("interactive")
    _corpus(base / "many.csv")
    a = render(base / "many.csv", out=base / "a", progress=False, parameters={"n_boot": 200})
    b = render(base / "many.csv", out=base / "b", progress=False, parameters={"n_boot": 200})
    return a, b


def test_two_renders_are_byte_identical(rendered):
    """Nothing that changes between runs (warnings with a process id, temporary paths) reaches the page."""
    from test_report_corpora import check_clean

    a, b = rendered
    assert a.html.read_bytes() == b.html.read_bytes()
    assert a.notebook.read_bytes() == b.notebook.read_bytes()
    check_clean(a.html.read_text(encoding="utf-8"), a.html.parent.parent)


def test_size_budget(rendered):
    assert rendered[0].html.stat().st_size < 5_000_000


@pytest.fixture(scope="module")
def page(rendered, tmp_path_factory):
    with launch(tmp_path_factory.mktemp("chromium"), window="1280,900") as ws:
        cdp = CDP(ws)
        try:
            cdp.open(rendered[0].html.resolve().as_uri(), settle=0.5)
            yield cdp
        finally:
            cdp.close()


def _problems(cdp: CDP) -> list:
    return [e for e in cdp.events if e.get("method") == "Runtime.exceptionThrown"
            or (e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "warning", "assert"))
            or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] in ("error", "warning"))]


def test_loads_without_errors_or_requests_and_fits_at_1280(page):
    assert _problems(page) == []
    assert [u for u in page.requests() if not u.startswith(("file:", "data:"))] == []
    got = page.evaluate(OVERFLOW_JS)
    assert got["overflow"] == [] and got["scrollWidth"] <= got["inner"]
    assert got["height"] <= 30_000
    rows = page.evaluate("document.querySelectorAll('#outlet-table tbody tr').length")
    assert rows == N_OUTLETS
    assert page.evaluate("getComputedStyle(document.querySelector('#outlet-table thead th')).position") == "sticky"


def test_click_a_term_and_its_evidence_appears(page):
    href = page.evaluate("document.querySelector('table.mc-keyterms a[href^=\"#outlet-\"][href*=\"-term-\"]')"
                         ".getAttribute('href')")
    target = href[1:]
    assert page.evaluate(f"document.getElementById('{target}').open") is False
    page.evaluate(f"document.querySelector('table.mc-keyterms a[href=\"{href}\"]').click(), 1")
    page.drain(0.2)
    got = page.evaluate(f"""(() => {{ const d = document.getElementById('{target}'); const r = d.getBoundingClientRect();
        return {{open: d.open, visible: r.top < innerHeight && r.bottom > 0,
                 sentences: d.querySelectorAll('li blockquote').length,
                 marks: d.querySelectorAll('mark').length}}; }})()""")
    assert got["open"] and got["visible"] and got["sentences"] >= 1 and got["marks"] >= 1
    assert _problems(page) == []


def test_click_an_outlet_and_its_evidence_opens(page):
    page.evaluate("document.querySelector('#outlet-table a.mc-outlet').click(), 1")
    page.drain(0.2)
    got = page.evaluate("""(() => { const id = document.querySelector('#outlet-table a.mc-outlet').getAttribute('href')
        .slice(1); const d = document.getElementById(id); return {open: d.open, text: d.textContent.length}; })()""")
    assert got["open"] and got["text"] > 100


def test_sort_a_column_and_filter(page):
    order = """[...document.querySelectorAll('#outlet-table tbody tr')].filter(r => !r.hidden)
               .map(r => parseFloat(r.cells[1].getAttribute('data-sort')))"""
    page.evaluate("document.querySelectorAll('#outlet-table thead th button.mc-sort')[1].click(), 1")
    first = page.evaluate(order)
    assert first == sorted(first, reverse=True) and first != sorted(first)  # numbers sort high to low first
    page.evaluate("document.querySelectorAll('#outlet-table thead th button.mc-sort')[1].click(), 1")
    assert page.evaluate(order) == sorted(first)
    page.evaluate("""(() => { const i = document.querySelector('input.mc-filter'); i.value = 'Outlet 07';
        i.dispatchEvent(new Event('input')); })()""")
    assert page.evaluate("[...document.querySelectorAll('#outlet-table tbody tr')].filter(r => !r.hidden).length") == 1
    page.evaluate("""(() => { const i = document.querySelector('input.mc-filter'); i.value = '';
        i.dispatchEvent(new Event('input')); })()""")
    page.evaluate("""(() => { const i = document.getElementById('mc-search'); i.value = 'outlet 12';
        i.dispatchEvent(new Event('input')); })()""")
    assert "match" in page.evaluate("document.querySelector('.mc-search-count').textContent")
    assert _problems(page) == []


def test_no_horizontal_scrolling_on_a_phone(rendered, tmp_path):
    with launch(tmp_path / "phone", window="390,800") as ws:
        cdp = CDP(ws)
        try:
            cdp.send("Emulation.setDeviceMetricsOverride", width=390, height=800, deviceScaleFactor=1, mobile=True)
            cdp.open(rendered[0].html.resolve().as_uri(), settle=0.5)
            got = cdp.evaluate(OVERFLOW_JS)
            assert got["inner"] == 390
            assert got["overflow"] == [] and got["scrollWidth"] <= 390
            assert _problems(cdp) == []
        finally:
            cdp.close()


def test_readable_without_javascript(rendered, tmp_path):
    """Every table row, evidence sentence and section is in the HTML; the script only adds controls."""
    with launch(tmp_path / "nojs", window="1280,900") as ws:
        cdp = CDP(ws)
        try:
            cdp.send("Emulation.setScriptExecutionDisabled", value=True)
            cdp.open(rendered[0].html.resolve().as_uri(), settle=0.3)
            got = cdp.evaluate("""(() => ({rows: document.querySelectorAll('#outlet-table tbody tr').length,
                panels: document.querySelectorAll('details.mc-panel').length,
                sorted: document.querySelectorAll('button.mc-sort').length,
                tools: document.querySelector('.mc-tools').hidden}))()""")
        finally:
            cdp.close()
    assert got["rows"] == N_OUTLETS and got["panels"] > N_OUTLETS
    assert got["sorted"] == 0 and got["tools"] is True  # no dead controls without the script
