"""The rendered report in a real browser: headless Chromium driven over the DevTools protocol.

Opens ``reports/seeds/report.html`` (or a fresh render when it is missing), records console
messages, exceptions and network requests, takes a full-page screenshot and checks that the
title, the summary table and every figure are visible and not blank.

Needs ``chromium`` (Debian: ``apt-get install -y chromium``). Without it the test is skipped,
except in CI (``CI`` set), where it fails. Set ``REPORT_SCREENSHOT=/path/shot.png`` to keep the
screenshot.
"""

from __future__ import annotations

import base64
import io
import os
import time
from pathlib import Path

import numpy as np
import pytest
from _browser import CDP, launch

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "reports" / "seeds" / "report.html"
OUTLETS = ["Evening Standard", "Sky News", "Unknown", "Unknown (Oxford local paper)", "getwestlondon"]


@pytest.fixture(scope="module")
def report_html(tmp_path_factory) -> Path:
    if COMMITTED.is_file():
        return COMMITTED
    from coverage.report import render

    out = tmp_path_factory.mktemp("browser") / "seeds"
    return render(ROOT / "seeds", out=out, progress=False).html


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with launch(tmp_path_factory.mktemp("chromium-profile")) as ws_url:
        yield ws_url


@pytest.fixture(scope="module")
def loaded(browser, report_html, tmp_path_factory):
    cdp = CDP(browser)
    try:
        url = report_html.resolve().as_uri()
        cdp.open(url, settle=0.3)  # let late console messages arrive
        info = cdp.send("Runtime.evaluate", returnByValue=True, expression="""(() => {
            const vis = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                return {x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height,
                        shown: s.display !== 'none' && s.visibility !== 'hidden' && s.opacity !== '0'}; };
            const summary = document.querySelector('#outlets table.mc-sortable');
            return {
              title: document.title,
              h1: document.querySelector('h1') ? document.querySelector('h1').innerText : null,
              h1box: document.querySelector('h1') ? vis(document.querySelector('h1')) : null,
              summary: summary ? vis(summary) : null,
              summaryRows: summary ? summary.querySelectorAll('tbody tr').length : 0,
              summaryText: summary ? summary.innerText : '',
              figures: [...document.querySelectorAll('figure.mc-figure')].map(f => {
                  const img = f.querySelector('img'); const cap = f.querySelector('figcaption');
                  return {img: vis(img), complete: img.complete, nw: img.naturalWidth, nh: img.naturalHeight,
                          caption: cap ? cap.innerText : '', capBelow: cap ? vis(cap).y >= vis(img).y + vis(img).h - 1 : false};
              }),
              width: document.documentElement.scrollWidth,
              height: document.documentElement.scrollHeight,
              scripts: document.scripts.length,
            };
        })()""")["result"]["value"]
        cdp.send("Emulation.setDeviceMetricsOverride", width=1280, height=min(int(info["height"]), 30000),
                 deviceScaleFactor=1, mobile=False)
        time.sleep(0.2)
        shot = cdp.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        png = base64.b64decode(shot["data"])
        events = list(cdp.events)
    finally:
        cdp.close()
    keep = os.environ.get("REPORT_SCREENSHOT")
    path = Path(keep) if keep else tmp_path_factory.mktemp("shot") / "report.png"
    path.write_bytes(png)
    return {"url": url, "info": info, "png": png, "events": events, "screenshot": path}


def test_no_console_errors_or_exceptions(loaded):
    problems = []
    for e in loaded["events"]:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.exceptionThrown":
            problems.append(p["exceptionDetails"].get("text"))
        elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
            problems.append([a.get("value") for a in p.get("args", [])])
        elif m == "Log.entryAdded" and p["entry"].get("level") in ("error", "warning"):
            problems.append(p["entry"].get("text"))
        elif m == "Network.loadingFailed":
            problems.append(p.get("errorText"))
    assert problems == []


def test_no_network_requests_but_the_file(loaded):
    urls = [e["params"]["request"]["url"] for e in loaded["events"] if e.get("method") == "Network.requestWillBeSent"]
    assert loaded["url"] in urls
    others = [u for u in urls if u != loaded["url"] and not u.startswith("data:")]
    assert others == [], f"the report made requests: {others[:5]}"
    assert loaded["info"]["scripts"] == 1  # the package's own inline script (sorting, filtering, search)


def test_title_and_summary_table_visible(loaded):
    info = loaded["info"]
    assert info["title"].startswith("How 5 outlets covered")
    assert info["h1"] == info["title"] and info["h1box"]["shown"] and info["h1box"]["h"] > 20
    s = info["summary"]
    assert s and s["shown"] and s["w"] > 600 and s["h"] > 150
    assert info["summaryRows"] == len(OUTLETS)
    for outlet in OUTLETS:
        assert outlet in info["summaryText"]
    assert info["width"] <= 1280, "the page scrolls horizontally"


def _region(img: np.ndarray, box: dict) -> np.ndarray:
    x0, y0 = int(box["x"]), int(box["y"])
    return img[y0:y0 + int(box["h"]), x0:x0 + int(box["w"])]


def test_every_figure_visible_and_not_blank(loaded):
    from PIL import Image

    img = np.asarray(Image.open(io.BytesIO(loaded["png"])).convert("L"), dtype=float)
    figures = loaded["info"]["figures"]
    assert len(figures) >= 2  # the ranked dot plots and the family figures
    for i, f in enumerate(figures):
        assert f["complete"] and f["nw"] > 200 and f["nh"] > 150, f"figure {i} did not load"
        assert f["img"]["shown"] and f["img"]["w"] > 200 and f["img"]["h"] > 150, f"figure {i} not visible"
        assert f["caption"] and f["capBelow"], f"figure {i} has no caption under it"
        region = _region(img, f["img"])
        assert region.size > 0 and region.shape[0] >= int(f["img"]["h"]) - 1, f"figure {i} is off the screenshot"
        assert region.std() > 20, f"figure {i} looks blank (pixel std {region.std():.1f})"
        assert (region < 200).mean() > 0.01, f"figure {i} has almost no ink"


def test_screenshot_written(loaded):
    png = loaded["screenshot"].read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 50_000
