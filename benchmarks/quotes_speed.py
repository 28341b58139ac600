"""Time of the quotes tables after ``analyze``: ``a.quotes``, ``a.sources`` and ``a.speakers``.

The report's "Who gets to speak" section and ``explain(metric="quotes")`` read these tables; on a
corpus of thousands of articles they used to cost more than ``analyze`` itself (the quotes were
extracted a second time, and source types, full names and top speakers were found one quote or one
speaker at a time). This script measures them, for this checkout and optionally an earlier one
(``--baseline PATH``, a checkout or worktree of this repository), side by side in one run.

Articles: the first ``--n`` rows (default 2,000) of the Article-Bias-Prediction corpus
(``../shared/data/article_bias_prediction/abp_articles.csv.gz``; id = ``ID``, outlet = ``source``,
text = ``content_original``), as ``benchmarks/speed.py`` selects them. Each measurement runs in a
fresh ``python`` process with ``PYTHONPATH`` set to the checkout: ``coverage.analyze(df)`` (not
timed here; ``speed.py`` times it), then ``a.quotes``, ``a.sources`` and ``a.speakers`` in that
order, each timed as CPU time (``time.process_time``, user + system of the process; less sensitive
to other jobs on the machine than wall time) and wall time. With ``--repeat R`` the checkouts run
R times, interleaved; the best of each is printed, and the ratio this / baseline.

Run from the repository root::

    python benchmarks/quotes_speed.py [--n 2000] [--repeat 3] [--baseline ../before]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from checkouts import checkouts as checkouts_of  # noqa: E402
from checkouts import run_child, total_line  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
STEPS = ("quotes", "sources", "speakers")

_CHILD = r"""
import json, sys, time
import pandas as pd
import coverage
df = pd.read_parquet(sys.argv[1])
a = coverage.analyze(df)
out = {"package": str(coverage.__file__)}
for step in ("quotes", "sources", "speakers"):
    c, w = time.process_time(), time.perf_counter()
    table = getattr(a, step)
    out[step] = {"cpu": time.process_time() - c, "wall": time.perf_counter() - w, "rows": len(table)}
print(json.dumps(out))
"""


def measure(checkout: Path, parquet: Path) -> dict:
    """One fresh process of ``checkout``: the steps' CPU and wall seconds and row counts."""
    return run_child(checkout, _CHILD, [str(parquet)], cwd=parquet.parent)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="articles (first rows of ABP with text)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per checkout (best is printed)")
    ap.add_argument("--baseline", type=Path, help="an earlier checkout to compare with")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from speed import ABP, prepare  # the same selection of articles as the speed benchmark

    checkouts = checkouts_of(args.baseline)
    with tempfile.TemporaryDirectory(prefix="mc-quotes-speed-") as tmp:
        parquet = Path(tmp) / "articles.parquet"
        prepare(args.data / ABP, args.n, parquet, Path(tmp) / "prepare.json")
        runs: dict[str, list[dict]] = {k: [] for k in checkouts}
        for _ in range(args.repeat):
            for name, path in checkouts.items():
                runs[name].append(measure(path, parquet))
    print(f"{args.n} ABP articles, best of {args.repeat} fresh processes per checkout (CPU s / wall s)")
    for name, v in runs.items():
        print(f"{name}: {Path(v[0]['package']).parent}")
    print("step\t" + "\t".join(f"{k} cpu\t{k} wall\t{k} rows" for k in checkouts) + ("\tcpu ratio" if len(checkouts) > 1 else ""))
    for step in STEPS:
        best = {k: (min(r[step]["cpu"] for r in v), min(r[step]["wall"] for r in v), v[0][step]["rows"])
                for k, v in runs.items()}
        cells = "\t".join(f"{c:.2f}\t{w:.2f}\t{n}" for c, w, n in best.values())
        ratio = f"\t{best['this'][0] / best['baseline'][0]:.3f}" if "baseline" in best else ""
        print(f"{step}\t{cells}{ratio}")
    print(total_line(runs, STEPS))


if __name__ == "__main__":
    main()
