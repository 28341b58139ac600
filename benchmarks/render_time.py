"""Render time and size of the report on 400 real articles from 75-80 outlets, two checkouts side by side.

The corpus: Article-Bias-Prediction articles about mass shootings and attacks (topics
``terrorism``, ``gun_control_and_gun_rights``, ``violence_in_america``, ``mass_shootings`` with one
of "mass shooting", "gunman", "terror attack", "bombing" in the text; the reserved articles left
out): the first article of every outlet (by ID), then the next ones by ID up to 400. Each run
is ``media-coverage report`` in a fresh process with the package (and the kernel's package)
taken from the given checkout via ``PYTHONPATH``; runs of the two checkouts alternate.

    git worktree add ../before <commit>
    python benchmarks/render_time.py --before ../before [--repeat 3]

Prints each run's wall time, the report's size, and the best time of each checkout; then opens
the later checkout's report in headless Chromium (``--no-browser`` to skip) and prints its height
as first shown at 1280 px, any element that sticks out of the page at 1280 and 390 px, requests
other than the file, and console errors (the issue-17 budgets: at most 5 MB, 30,000 px).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ABP = ROOT.parent / "shared" / "data" / "article_bias_prediction"
TOPICS = {"terrorism", "gun_control_and_gun_rights", "violence_in_america", "mass_shootings"}


def corpus(path: Path, n: int = 400) -> tuple[int, int]:
    import pandas as pd

    df = pd.read_csv(ABP / "abp_articles.csv.gz", dtype=str)
    reserved = set((ABP / "RESERVED.txt").read_text(encoding="utf-8").split())
    df = df[~df["ID"].isin(reserved)]
    kw = df["content_original"].fillna("").str.contains(r"mass shooting|gunman|terror attack|bombing", case=False)
    sub = df[kw & df["topic"].isin(TOPICS)].sort_values("ID")
    first = sub.groupby("source").head(1)
    rest = sub[~sub["ID"].isin(first["ID"])].head(n - len(first))
    out = pd.concat([first, rest])[["ID", "source", "date", "title", "content_original"]]
    out.to_csv(path, index=False)
    return len(out), out["source"].nunique()


def render(checkout: Path, corpus_path: Path, out: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    cmd = [sys.executable, "-c", "import sys; from coverage.cli import main; sys.exit(main(sys.argv[1:]))",
           "report", str(corpus_path), "--out", str(out), "--quiet", "--id", "ID", "--outlet", "source",
           "--text", "content_original"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=out.parent)  # not a checkout
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{checkout}: exit {proc.returncode}\n{proc.stderr[-2000:]}")
    return seconds


def browse(html: Path, profile: Path) -> None:
    """Height, overflow, requests and console errors of ``html`` at 1280 and 390 px (tests/_browser.py)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from _browser import CDP, OVERFLOW_JS, launch

    for width, mobile in ((1280, False), (390, True)):
        with launch(profile / str(width), window=f"{width},900") as ws:
            cdp = CDP(ws)
            try:
                cdp.send("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1,
                         mobile=mobile)
                cdp.open(html.resolve().as_uri(), settle=0.5)
                got = cdp.evaluate(OVERFLOW_JS)
                errors = [e for e in cdp.events if e.get("method") == "Runtime.exceptionThrown"
                          or (e.get("method") == "Log.entryAdded" and e["params"]["entry"].get("level") == "error")]
                others = [u for u in cdp.requests() if not u.startswith(("file:", "data:"))]
            finally:
                cdp.close()
        print(f"  at {width:4} px: height {got['height']:,} px, page width {got['scrollWidth']} of {got['inner']}, "
              f"{got['n_overflow']} element(s) sticking out, {len(others)} request(s), {len(errors)} console error(s)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, required=True, help="checkout of the earlier commit")
    ap.add_argument("--after", type=Path, default=ROOT, help="checkout of the later commit (default: this one)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-browser", action="store_true", help="skip the Chromium measurements")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "attacks.csv"
        n, outlets = corpus(path)
        print(f"corpus: {n} ABP articles from {outlets} outlets (mass shootings and attacks)")
        best: dict[str, float] = {}
        for k in range(args.repeat):
            for name, checkout in (("before", args.before), ("after", args.after)):
                out = Path(tmp) / f"{name}-{k}"
                s = render(checkout.resolve(), path, out)
                size = (out / "report.html").stat().st_size
                best[name] = min(best.get(name, s), s)
                print(f"  {name:6} run {k + 1}: {s:6.1f} s, report.html {size / 1e6:.2f} MB")
        print(f"best: before {best['before']:.1f} s, after {best['after']:.1f} s "
              f"({best['after'] / best['before'] - 1:+.0%})")
        if not args.no_browser:
            print("the later checkout's report in headless Chromium:")
            browse(Path(tmp) / "after-0" / "report.html", Path(tmp) / "chromium")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
