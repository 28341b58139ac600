"""Speed-up of coverage.analyze(engine="dask") with 2 workers over 1 (issue 6; target >= 1.6x).

Runs the full analysis on N articles of the ABP corpus on a distributed.LocalCluster
with 1 worker process and on one with 2 (one thread each), after a warm-up run on each
cluster so that imports and lexicon compilation on the workers are not timed. The two
clusters run ``--repeat`` times in turn (the machine is shared and its speed drifts, so
interleaving keeps the comparison fair); the best time of each is reported. It also
checks that every run gives tables identical to the in-process engine.

Usage::

    python benchmarks/dask_scaling.py            # 2,000 articles
    python benchmarks/dask_scaling.py --n 5000 --chunk-size 250

Prints a table and the speed-up; exits 0 either way (a report, not a test).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import time
from pathlib import Path

import pandas as pd
from pandas.testing import assert_frame_equal

import coverage

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "article_bias_prediction" / "abp_articles.csv.gz"


def load(n: int) -> pd.DataFrame:
    df = pd.read_csv(DATA, nrows=n + 200, usecols=["ID", "source", "content_original"])
    df = df[df["content_original"].fillna("").str.strip() != ""].head(n)
    return pd.DataFrame({"id": df["ID"].astype(str), "outlet": df["source"], "text": df["content_original"]})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    ap.add_argument("--chunk-size", type=int, default=100, help="articles per Dask task (default 100)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per cluster, interleaved; best reported (default 3)")
    args = ap.parse_args()

    from distributed import Client, LocalCluster

    df = load(args.n)
    corpus = coverage.load_corpus(df)
    mb = sum(len(t.encode("utf-8")) for t in corpus.df["text"]) / 1e6
    print(f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, media-coverage "
          f"{coverage.__version__}")
    print(f"corpus: {len(corpus)} articles, {mb:.2f} MB of text, chunk_size {args.chunk_size}\n")

    t0 = time.perf_counter()
    ref = coverage.analyze(corpus)
    local_s = time.perf_counter() - t0
    times: dict[int, list[float]] = {1: [], 2: []}
    with contextlib.ExitStack() as stack:
        clients = {}
        for workers in times:
            cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                       dashboard_address=":0", silence_logs=40))
            clients[workers] = stack.enter_context(Client(cluster, set_as_default=False))
            coverage.analyze(corpus.df.head(50), engine="dask", client=clients[workers], chunk_size=5)  # warm-up
        for _ in range(max(1, args.repeat)):
            for workers, client in clients.items():
                t0 = time.perf_counter()
                a = coverage.analyze(corpus, engine="dask", client=client, chunk_size=args.chunk_size)
                times[workers].append(time.perf_counter() - t0)
                for name in ("sentences", "articles", "outlets", "hits"):
                    assert_frame_equal(getattr(a, name), getattr(ref, name), check_exact=True)
    rows = [("local (in-process)", 1, local_s)] + [(f"dask, {w} worker(s)", w, min(t)) for w, t in times.items()]

    print(f"{'engine':<22}{'workers':>8}{'seconds':>10}{'MB/s':>8}{'articles/s':>12}")
    for name, w, secs in rows:
        print(f"{name:<22}{w:>8}{secs:>10.2f}{mb / secs:>8.2f}{len(corpus) / secs:>12.1f}")
    for w, t in times.items():
        print(f"  dask, {w} worker(s), every run: {', '.join(f'{s:.2f}' for s in t)} s")
    speedup = rows[1][2] / rows[2][2]
    print(f"\nspeed-up of 2 workers over 1: {speedup:.2f}x (target >= 1.6x: {'PASS' if speedup >= 1.6 else 'FAIL'})")
    print("tables of every Dask run are identical to the in-process engine's")


if __name__ == "__main__":
    main()
