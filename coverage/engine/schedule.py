"""Scheduling the engine: chunks of articles in this process, forked workers, loky, Dask; the cache.

:func:`run` processes every article of a corpus (reading back the cached ones), in chunks of
articles, and merges the chunks in corpus order. Chunks run in the calling process, in
``n_jobs`` forked worker processes (Linux) or joblib's loky processes (elsewhere), or on a
Dask cluster; :func:`coverage.engine.chunk.process_chunk` is pure, so the result is the same
whichever way they ran. :func:`fork_map` is the parallel map the outlet table's bootstrap uses too.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import Any

import numpy as np

from .._memory import release_memory
from ..corpus import Corpus
from ..families.base import Plan
from .chunk import ChunkResult, merge_chunks, process_chunk

__all__ = ["run", "fork_map", "can_fork", "workers_for", "guided_chunks", "progress_bar"]


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(total: int, progress: bool) -> Any:
    """tqdm.auto's bar (a widget in Jupyter, text in a terminal) when asked for; a no-op otherwise."""
    if not progress:
        return _NoBar()
    import warnings

    from tqdm import TqdmWarning

    with warnings.catch_warnings():  # Jupyter without ipywidgets: tqdm.auto falls back to text, fine
        warnings.simplefilter("ignore", TqdmWarning)
        from tqdm.auto import tqdm

        return tqdm(total=total, unit="article", desc="analyze")


def _chunks(n: int, size: int) -> list[tuple[int, int]]:
    return [(i, min(i + size, n)) for i in range(0, n, size)]


def workers_for(n_jobs: int) -> int:
    return (os.cpu_count() or 1) if n_jobs == -1 else int(n_jobs)


def guided_chunks(lengths: np.ndarray, workers: int, size: int) -> list[tuple[int, int]]:
    """Spans for ``workers`` processes that shrink towards the end (guided scheduling).

    Each chunk takes about ``1 / (2 * workers)`` of the text still to do (in
    characters), at most ``size`` articles and at least ``1 / (16 * workers)`` of all
    the text. Workers take the next chunk as they finish one, so the small last
    chunks even out the workers' different speeds: with equal chunks a worker can
    sit idle for most of a chunk's time at the end.

    Examples
    --------
    >>> guided_chunks(np.full(100, 10), 2, 500)
    [(0, 25), (25, 44), (44, 58), (58, 69), (69, 77), (77, 83), (83, 88), (88, 92), (92, 96), (96, 100)]
    """
    n = len(lengths)
    cum = np.cumsum(lengths, dtype=np.float64)
    total = float(cum[-1]) if n else 0.0
    if total <= 0:
        return _chunks(n, size)
    floor = total / (16 * workers)
    spans = []
    lo = 0
    while lo < n:
        done = float(cum[lo - 1]) if lo else 0.0
        target = done + max((total - done) / (2 * workers), floor)
        hi = int(np.searchsorted(cum, target, side="left")) + 1  # up to the article that reaches the target
        if total - float(cum[min(hi, n) - 1]) < floor / 2:  # a sliver left: take it now
            hi = n
        hi = min(max(hi, lo + 1), lo + size, n)
        spans.append((lo, hi))
        lo = hi
    return spans


def run(corpus: Corpus, plan: Plan, *, exclude_boilerplate: bool, engine: str, n_jobs: int,
        chunk_size: int, cache: Any, progress: bool, client: Any) -> tuple[ChunkResult, dict[str, Any] | None]:
    """Process every article (cached ones are read back) and merge the chunks in corpus order.

    Returns the merged result and, when a cache is used, :meth:`ArticleCache.summary`
    (``{"key", "from_cache", "computed", "ignored_parts"}``; None without a cache).
    """
    from . import cache as _cache

    df = corpus.df
    ids = df["article_id"].astype(str).tolist()
    outlets = df["outlet"].astype(str).tolist()
    text_col = df["text"]  # Python strings are made one chunk at a time (a corpus of them is 2x its UTF-8 size)
    store = _cache.ArticleCache(cache, plan=plan, exclude_boilerplate=exclude_boilerplate) if cache else None
    hashes = None
    if store is not None:
        hashes = [h for lo, hi in _chunks(len(ids), 2000) for h in _cache.text_hashes(text_col.iloc[lo:hi].tolist())]
    cached: ChunkResult | None = None
    todo = list(range(len(ids)))
    if store is not None:
        cached, found = store.load(hashes, ids, outlets)
        todo = [i for i in todo if not found[i]]
    size = int(chunk_size)
    workers = min(workers_for(n_jobs), -(-len(todo) // size) or 1)
    if engine == "local" and workers > 1:
        lengths = text_col.take(todo).str.len().to_numpy(dtype=np.int64) if todo else np.zeros(0, np.int64)
        spans = guided_chunks(lengths, workers, size)
    else:
        spans = _chunks(len(todo), size)
    kw = {"families": plan, "exclude_boilerplate": exclude_boilerplate}

    def args(span: tuple[int, int]) -> tuple[list[str], list[str], list[str]]:
        sel = todo[span[0]:span[1]]
        return [ids[i] for i in sel], [outlets[i] for i in sel], text_col.take(sel).tolist()

    bar = progress_bar(len(ids), progress)
    bar.update(len(ids) - len(todo))
    results: list[ChunkResult] = []
    try:
        if engine == "dask":
            from .dask_chunks import run_chunks

            results = run_chunks([args(sp) for sp in spans], kw, client=client, progress=bar)
        elif workers > 1 and len(spans) > 1:
            for res, sp in zip(_parallel_chunks(args, spans, kw, workers), spans, strict=True):
                results.append(res)
                bar.update(sp[1] - sp[0])
        else:
            for sp in spans:
                results.append(process_chunk(*args(sp), **kw))
                if len(spans) > 1:
                    release_memory()
                bar.update(sp[1] - sp[0])
    finally:
        bar.close()
    new = merge_chunks(results, plan)  # consumes the chunks' tables
    del results
    if store is not None and len(new.article_ids):
        store.save(new, [hashes[i] for i in todo])
    merged = merge_chunks([cached, new], plan) if cached is not None else new
    reorder = cached is not None and len(cached.article_ids) > 0 and len(todo) > 0
    del new, cached
    release_memory()
    info = store.summary() if store is not None else None
    return (_reorder(merged, ids) if reorder else merged), info


# In a forked worker: the function of the parallel map that started it (set by the pool's initializer).
_FORK_FN: Any = None


def _set_fork_fn(fn: Any) -> None:
    global _FORK_FN
    _FORK_FN = fn


def _forked_call(item: Any) -> Any:
    return _FORK_FN(item)


def can_fork() -> bool:
    import multiprocessing as mp

    return sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods()


def fork_map(fn: Any, items: list[Any], workers: int, meanwhile: Any = None) -> Iterator[Any]:
    """Yield ``fn(item)`` for every item, in order, from ``workers`` forked processes.

    The workers start in milliseconds with the imported modules and every object
    ``fn`` refers to already in memory (copy-on-write): ``fn`` may be a closure over
    the corpus, and only the items and the results are pickled. Linux only (see
    :func:`can_fork`); forking a process with threads is unsafe on macOS.
    ``meanwhile`` (no arguments) runs in the caller once every item is submitted,
    while the workers compute.
    """
    import multiprocessing as mp
    import warnings
    from concurrent.futures import ProcessPoolExecutor

    with warnings.catch_warnings():
        # Python 3.12+ warns about forking with threads (BLAS, Arrow's idle pools); the
        # children run only Python and NumPy code on their own data and never join those threads
        warnings.filterwarnings("ignore", message=".*use of fork\\(\\) may lead to deadlocks",
                                category=DeprecationWarning)
        pool = ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"),
                                   initializer=_set_fork_fn, initargs=(fn,))
        futures = [pool.submit(_forked_call, items[0])] if items else []
    # a worker that dies (say, killed for memory) raises BrokenProcessPool here instead of hanging
    with pool:
        futures += [pool.submit(_forked_call, item) for item in items[1:]]
        try:
            if meanwhile is not None:
                meanwhile()
            for f in futures:
                yield f.result()
        finally:
            for f in futures:
                f.cancel()


def _parallel_chunks(args: Any, spans: list[tuple[int, int]], kw: dict[str, Any], workers: int,
                     method: str | None = None) -> Iterator[ChunkResult]:
    """Yield ``process_chunk`` of every span, in order, from ``workers`` processes.

    On Linux the workers are forked (:func:`fork_map`): they start with the compiled
    lexicon and the corpus already in memory and receive only a span's bounds.
    Elsewhere (macOS, Windows, where forking a process with threads is unsafe)
    joblib's loky processes are used; they import the package once per worker and
    need no ``if __name__ == "__main__"`` guard. Results are identical either way
    (``process_chunk`` is pure). ``method`` ("fork" or "loky") overrides the choice
    (the tests run both).
    """
    if method is None:
        method = "fork" if can_fork() else "loky"
    if method == "fork":
        yield from fork_map(lambda sp: process_chunk(*args(sp), **kw), spans, workers)
        return
    from joblib import Parallel, delayed

    pool = Parallel(n_jobs=workers, backend="loky", return_as="generator")
    yield from pool(delayed(process_chunk)(*args(sp), **kw) for sp in spans)


def _reorder(res: ChunkResult, order: list[str]) -> ChunkResult:
    """Put a merged result back in corpus order (cached articles come first after a merge)."""
    pos = {a: i for i, a in enumerate(order)}
    art_pos = np.fromiter((pos[a] for a in res.article_ids), dtype=np.int64, count=len(res.article_ids))
    perm = np.argsort(art_pos, kind="stable")  # merged article k -> goes to place
    s_key = res.sentences["article_id"].map(pos).to_numpy(dtype=np.int64)
    sentences = res.sentences.iloc[np.argsort(s_key, kind="stable")].reset_index(drop=True)
    h_key = res.hits["article_id"].map(pos).to_numpy(dtype=np.int64)
    hits = res.hits.iloc[np.argsort(h_key, kind="stable")].reset_index(drop=True)
    place = np.empty(len(perm), dtype=np.int32)  # merged article k is article place[k] after the reorder
    place[perm] = np.arange(len(perm), dtype=np.int32)
    tables = {}
    for name, t in res.tables.items():  # a family's own rows: in article order, each article's in its order
        t = t.assign(article=place[t["article"].to_numpy()])
        tables[name] = t.iloc[np.argsort(t["article"].to_numpy(), kind="stable")].reset_index(drop=True)
    lengths = np.diff(res.token_indptr)[perm]
    starts = res.token_indptr[:-1][perm]
    idx = np.concatenate([np.arange(s, s + n) for s, n in zip(starts, lengths, strict=True)]) if len(perm) else []
    return ChunkResult(
        sentences=sentences, hits=hits, vocab=res.vocab,
        token_ids=res.token_ids[np.asarray(idx, dtype=np.int64)],
        token_indptr=np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64),
        article_ids=[res.article_ids[k] for k in perm],
        tables=tables,
    )
