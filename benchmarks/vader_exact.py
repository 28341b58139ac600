"""FastVader vs NLTK's VADER: exactness and throughput on real news text.

Reads ``../shared/data/vader_groundtruth/nytEditorialSnippets_GroundTruth.txt``
(every snippet, and every sentence of the snippets as segmented by
:func:`coverage.text.segment`) and at least ``--sentences`` sentences of
``../shared/data/article_bias_prediction/abp_articles.csv.gz`` (articles in file
order, ``segment(normalize_text(content_original))``), scores every text with
NLTK's analyzer (:class:`coverage.families.sentiment.VaderAnalyzer`, the reference) and
with :class:`coverage.families.vader.FastVader`, and prints, per data set, the largest
absolute difference of each score, the number of texts where any score differs
by more than 1e-9, and MB, seconds and MB/s of both engines (single process;
FastVader timed from a cold cache, all texts in one ``polarity_scores_many``
call; again with its token table warm; and the per-sentence Python path alone).

Run: ``/tmp/venv/bin/python benchmarks/vader_exact.py [--sentences 100000]``
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
import time
from pathlib import Path

import numpy as np

from coverage.families.sentiment import VaderAnalyzer
from coverage.families.vader import COLUMNS, FastVader
from coverage.text import normalize_text, segment

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
NYT = DATA / "vader_groundtruth" / "nytEditorialSnippets_GroundTruth.txt"
ABP = DATA / "article_bias_prediction" / "abp_articles.csv.gz"


def nyt_snippets() -> list[str]:
    """Snippet texts (third tab-separated field) of the NYT ground-truth file."""
    out = []
    with NYT.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t", 2)
            if len(parts) == 3:
                out.append(parts[2])
    return out


def abp_sentences(n_min: int) -> list[str]:
    """Sentences of the first articles of the ABP corpus, at least ``n_min`` of them."""
    csv.field_size_limit(sys.maxsize)
    out: list[str] = []
    with gzip.open(ABP, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = row.get("content_original") or ""
            out.extend(s.text for s in segment(normalize_text(text)))
            if len(out) >= n_min:
                break
    return out


def nltk_scores(texts: list[str]) -> tuple[np.ndarray, float]:
    ref = VaderAnalyzer()
    t0 = time.perf_counter()
    rows = []
    for t in texts:
        d = ref.polarity_scores(t)
        rows.append([d[c] for c in COLUMNS])
    return np.array(rows, dtype=np.float64).reshape(-1, 4), time.perf_counter() - t0


def fast_scores(texts: list[str], **kw) -> tuple[np.ndarray, float, dict, float]:
    """Scores from a new FastVader; seconds cold, routing stats, seconds warm.

    "Warm" re-scores the same texts after ``clear_cache()``: no cached results,
    but the token table (raw token -> features) is already built, as it is after
    the first chunks of a large corpus.
    """
    fv = FastVader(**kw)
    t0 = time.perf_counter()
    arr = fv.polarity_scores_many(texts)
    t_cold = time.perf_counter() - t0
    stats = dict(fv.stats)
    fv.clear_cache()
    t0 = time.perf_counter()
    again = fv.polarity_scores_many(texts)
    t_warm = time.perf_counter() - t0
    assert np.array_equal(arr, again)
    return arr, t_cold, stats, t_warm


def report(name: str, texts: list[str]) -> bool:
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    n_distinct = len(set(texts))
    print(f"\n== {name}: {len(texts):,} texts ({n_distinct:,} distinct), {mb:.2f} MB")
    ref, t_ref = nltk_scores(texts)
    fast, t_fast, stats, t_warm = fast_scores(texts)
    py, t_py, _, _ = fast_scores(texts, python_below=sys.maxsize)
    ok = True
    for label, arr in (("FastVader", fast), ("python path", py)):
        diff = np.abs(arr - ref)
        maxd = diff.max(axis=0) if len(texts) else np.zeros(4)
        bad = int((diff > 1e-9).any(axis=1).sum())
        ok &= bad == 0
        cols = ", ".join(f"{c} {d:.3g}" for c, d in zip(COLUMNS, maxd, strict=True))
        print(f"   {label:<12} max |diff|: {cols}; texts with a diff > 1e-9: {bad}")
    share = stats["python"] / max(1, stats["python"] + stats["numpy"])
    print(
        f"   FastVader routing: {stats['numpy']:,} numpy, {stats['python']:,} python "
        f"({share:.1%} of distinct), {stats['cached']:,} cache hits"
    )
    timings = (
        ("NLTK", t_ref),
        ("FastVader", t_fast),
        ("FastVader, warm token table", t_warm),
        ("python path only", t_py),
    )
    for label, t in timings:
        print(f"   {label:<28} {t:7.2f} s  {mb / t:7.2f} MB/s  ({t_ref / t:5.1f}x NLTK)")
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=100_000)
    args = ap.parse_args(argv)
    snippets = nyt_snippets()
    ok = report("NYT editorial snippets", snippets)
    nyt_sents = [s.text for snip in snippets for s in segment(normalize_text(snip))]
    ok &= report("NYT snippet sentences", nyt_sents)
    t0 = time.perf_counter()
    sents = abp_sentences(args.sentences)
    print(
        f"\n(segmented ABP articles into {len(sents):,} sentences in "
        f"{time.perf_counter() - t0:.1f} s)"
    )
    ok &= report("ABP article sentences", sents)
    print("\nALL EXACT" if ok else "\nMISMATCHES FOUND")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
