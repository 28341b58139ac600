"""Every table of two checkouts side by side: which numbers changed, and by how much.

Runs ``coverage.analyze`` (``n_boot=500``) on the seeds and on the first ``--n`` ABP articles
with the package of each checkout (a fresh subprocess each: ``sys.path`` points at the
checkout) and compares the sentence, article, outlet, hit and term tables: the columns each
has, then every value (exactly), reporting per table "identical" or the columns that differ
with the largest difference. Used to show what a refactoring changed (issue 16: only the CIs,
from the single bootstrap, and the last bits of some outlet estimates).

    git worktree add ../before <commit>
    python benchmarks/compare_tables.py --before ../before --after . [--n 2000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ABP = ROOT.parent / "shared" / "data" / "article_bias_prediction" / "abp_articles.csv.gz"
TABLES = ("sentences", "articles", "outlets", "hits", "terms")

CHILD = """
import sys, warnings
sys.path.insert(0, sys.argv[1])
import pandas as pd
import coverage
src, out, n = sys.argv[2], sys.argv[3], int(sys.argv[4])
warnings.simplefilter("ignore")
if src == "seeds":
    corpus = coverage.load_corpus(sys.argv[1] + "/seeds")
else:
    df = pd.read_csv(src, dtype=str, nrows=n)
    df = df[df["content_original"].fillna("").str.strip() != ""]
    corpus = coverage.load_corpus(df, id="ID", outlet="source", text="content_original")
a = coverage.analyze(corpus, n_boot=500)
for t in ["sentences", "articles", "outlets", "hits"]:
    getattr(a, t).to_parquet(f"{out}_{t}.parquet")
a.terms(top=None).to_parquet(f"{out}_terms.parquet")
"""


def dump(checkout: Path, source: str, out: Path, n: int) -> None:
    subprocess.run([sys.executable, "-c", CHILD, str(checkout), source, str(out), str(n)], check=True)


def compare(before: Path, after: Path) -> list[str]:
    import numpy as np
    import pandas as pd

    lines = []
    for t in TABLES:
        b = pd.read_parquet(f"{before}_{t}.parquet")
        a = pd.read_parquet(f"{after}_{t}.parquet")
        only_b, only_a = sorted(set(b.columns) - set(a.columns)), sorted(set(a.columns) - set(b.columns))
        note = ""
        if only_b or only_a:
            note = f" (columns only before: {only_b}, only after: {only_a})"
        if list(a.columns) != list(b.columns) and not (only_a or only_b):
            note = " (same columns, another order)"
        common = [c for c in b.columns if c in a.columns]
        if len(a) != len(b):
            lines.append(f"  {t}: {len(b)} rows before, {len(a)} after{note}")
            continue
        diffs = []
        for c in common:
            x, y = b[c], a[c]
            if x.equals(y) or (x.isna() & y.isna() | (x == y)).all():
                continue
            if pd.api.types.is_numeric_dtype(x) and pd.api.types.is_numeric_dtype(y):
                d = np.nanmax(np.abs(x.to_numpy(dtype=float) - y.to_numpy(dtype=float)))
                n = int(((x != y) & ~(x.isna() & y.isna())).sum())
                diffs.append(f"{c} ({n} rows, max |diff| {d:.3g})")
            else:
                diffs.append(f"{c} ({int((x != y).sum())} rows)")
        lines.append(f"  {t}: " + ("identical" if not diffs else "differs in " + "; ".join(diffs)) + note)
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, required=True, help="checkout of the earlier commit")
    ap.add_argument("--after", type=Path, default=ROOT, help="checkout of the later commit (default: this one)")
    ap.add_argument("--n", type=int, default=2000, help="ABP articles (first non-empty rows)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name, source, n in (("seeds", "seeds", 0), (f"{args.n} ABP articles", str(ABP), args.n)):
            if source != "seeds" and not ABP.is_file():
                print(f"{name}: skipped ({ABP} not found)")
                continue
            b, a = Path(tmp) / f"b_{n}", Path(tmp) / f"a_{n}"
            dump(args.before.resolve(), source, b, n)
            dump(args.after.resolve(), source, a, n)
            print(f"{name}:")
            print("\n".join(compare(b, a)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
