"""The analysis pipeline: corpus -> sentences and tokens -> metrics -> outlet comparison.

:func:`analyze` reads each article once: it segments it, flags boilerplate,
tokenizes every sentence, matches the framing lexicon and the religion detector
on those tokens, scores sentiment and tone, and keeps every match as evidence.
Article and outlet tables are aggregated from the sentence table, so every
number can be traced back with :meth:`Analysis.explain`.

Column reference
----------------
``Analysis.sentences`` (one row per sentence)
    ``article_id, outlet, sentence`` (index in the article, from 0), ``start, end``
    (character offsets into the article text), ``paragraph, in_quote, text,
    boilerplate, boilerplate_reason, n_tokens`` (word tokens), ``sentiment``
    (VADER compound), ``tone`` (compound with event words masked),
    ``solidarity, violence`` (and any custom frame: weighted hit sums),
    ``religion`` (references), ``religion_<frame>`` counts, then corpus metadata.
``Analysis.articles`` (one row per article)
    ``article_id, outlet, n_sentences, n_tokens, n_boilerplate, sentiment, tone``
    (means over counted sentences), frame sums, ``<frame>_rate`` (per 1,000
    tokens), ``balance`` = (S - V) / (S + V) (NaN when S + V = 0), religion counts,
    then corpus metadata. Sentences flagged as boilerplate are excluded unless
    ``exclude_boilerplate=False``.
``Analysis.outlets`` (one row per outlet)
    ``outlet, n_articles, n_sentences, n_tokens, ci_basis`` and, for every metric
    ``m`` in :data:`OUTLET_METRICS` (plus custom frame rates), ``m, m_low, m_high``:
    the mean over the outlet's articles with a 95% percentile bootstrap CI
    resampling articles; an outlet with one article is resampled over its
    sentences instead (``ci_basis == "sentences"``), which measures within-article
    variation only. Religion frame columns are totals.
``Analysis.hits`` (one row per match; the evidence trail)
    ``article_id, outlet, sentence, metric, term, matched, category, frame, weight,
    negated, counted_as, rule, start, end, boilerplate``.
"""

from __future__ import annotations

import html
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._memory import release_memory
from .corpus import Corpus, load_corpus
from .engine import HIT_COLUMNS, ChunkResult, merge_chunks, process_chunk
from .errors import ParameterError
from .evidence import Evidence, highlight  # noqa: F401  (re-exported)
from .lexicon import Lexicon
from .religion import RELIGION_FRAMES
from .text import token_norm, tokenize

__all__ = ["analyze", "Analysis", "Evidence", "OUTLET_METRICS"]

#: Metrics summarised per outlet with bootstrap CIs (custom frames add ``<frame>_rate``).
OUTLET_METRICS = ["sentiment", "tone", "balance", "solidarity_rate", "violence_rate", "religion_rate"]
RELIGION_COLUMNS = [f"religion_{f}" for f in RELIGION_FRAMES]
_HIT_COLUMNS = HIT_COLUMNS


def _resolve_lexicon(lexicon: Lexicon | str | dict | None) -> Lexicon:
    if lexicon is None:
        return Lexicon.default()
    if isinstance(lexicon, Lexicon):
        lex = lexicon
    elif isinstance(lexicon, (str, dict)) or hasattr(lexicon, "__fspath__"):
        lex = Lexicon.from_yaml(lexicon)
    else:
        raise ParameterError(
            f"lexicon must be None, a Lexicon, a YAML path/string or a dict, not {type(lexicon).__name__}"
        )
    if not {"solidarity", "violence"} <= set(lex.frames):
        lex = Lexicon.default().merge(lex)
    return lex


def analyze(
    corpus: Corpus | pd.DataFrame | str,
    *,
    lexicon: Lexicon | str | dict | None = None,
    exclude_boilerplate: bool = True,
    seed: int = 0,
    n_boot: int = 2000,
    confidence: float = 0.95,
    engine: str = "local",
    n_jobs: int = 1,
    chunk_size: int = 500,
    cache: str | os.PathLike[str] | None = None,
    progress: bool = False,
    client: Any = None,
) -> Analysis:
    """Compute every framing metric for a corpus.

    Parameters
    ----------
    corpus : Corpus, DataFrame or path
        Anything :func:`coverage.load_corpus` accepts.
    lexicon : Lexicon, path, YAML string or dict, optional
        Framing lexicon. ``None`` uses the built-in one. A lexicon that defines only
        new frames (say ``economy``) is added to the built-in frames; one that
        defines ``solidarity`` and ``violence`` replaces them.
    exclude_boilerplate : bool, default True
        Leave bylines, captions, teasers etc. out of the article and outlet metrics
        (they stay in ``sentences`` and ``hits`` with ``boilerplate=True``).
    seed : int, default 0
        Seed of the bootstrap; results are identical for identical seeds.
    n_boot : int, default 2000
        Bootstrap resamples for the outlet CIs.
    confidence : float, default 0.95
    engine : {"local", "dask"}, default "local"
        Where the per-article work runs. "local" runs it in this process (or in
        ``n_jobs`` worker processes); "dask" sends chunks of articles to a Dask
        scheduler: the ``client`` given, else the current ``distributed`` client
        (``distributed.Client("tcp://scheduler:8786")`` connects to an existing
        cluster), else Dask's default scheduler. Results are identical whichever
        engine runs them.
    n_jobs : int, default 1
        Worker processes for ``engine="local"``; -1 uses every CPU. On Linux the
        workers also share the outlet table's bootstrap CIs (identical numbers).
    chunk_size : int, default 500
        Articles per chunk: the unit of streaming, parallel work, progress and caching.
        Intermediate objects live for one chunk, so memory stays bounded. With ``n_jobs``
        workers, chunks shrink towards the end of the corpus (each takes about
        ``1 / (2 * n_jobs)`` of the text still to do, at most ``chunk_size`` articles), so
        no worker is left waiting long for another's last chunk.
    cache : path, optional
        Folder for the article-level cache (Parquet). Articles whose text, analyzer
        configuration (lexicon, religion rules, ``exclude_boilerplate``) and package
        version match a cached entry are not processed again; see :mod:`coverage.cache`.
    progress : bool, default False
        Show a tqdm progress bar (the CLI turns it on; reports leave it off).
    client : distributed.Client, optional
        The Dask client for ``engine="dask"``.

    Returns
    -------
    Analysis

    Examples
    --------
    >>> import pandas as pd, coverage
    >>> df = pd.DataFrame({"id": ["a1", "b1"], "outlet": ["A", "B"],
    ...     "text": ["We will stand together. We are not afraid.",
    ...              "The attacker killed three people in a rampage."]})
    >>> a = coverage.analyze(df)
    >>> a.articles[["article_id", "solidarity", "violence", "balance"]]
      article_id  solidarity  violence  balance
    0         a1         2.0       0.0      1.0
    1         b1         0.0       3.0     -1.0
    """
    if not isinstance(exclude_boilerplate, bool):
        raise ParameterError(f"exclude_boilerplate must be True or False, not {exclude_boilerplate!r}")
    if not isinstance(seed, (int, np.integer)) or isinstance(seed, bool):
        raise ParameterError(f"seed must be an integer, not {seed!r}")
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise ParameterError(f"n_boot must be a positive integer, not {n_boot!r}")
    if not 0 < confidence < 1:
        raise ParameterError(f"confidence must be between 0 and 1, not {confidence!r}")
    if engine not in ("local", "dask"):
        raise ParameterError(f"engine must be 'local' or 'dask', not {engine!r}")
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, (int, np.integer)) or n_jobs == 0 or n_jobs < -1:
        raise ParameterError(f"n_jobs must be a positive integer or -1 (every CPU), not {n_jobs!r}")
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, (int, np.integer)) or chunk_size < 1:
        raise ParameterError(f"chunk_size must be a positive integer, not {chunk_size!r}")
    if not isinstance(progress, bool):
        raise ParameterError(f"progress must be True or False, not {progress!r}")
    corpus = load_corpus(corpus)
    lex = _resolve_lexicon(lexicon)
    lex.check_columns(corpus.metadata_columns)  # a frame named like a result or metadata column: LexiconError
    frames = list(lex.frames)
    merged, cache_info = _run_engine(corpus, lex, exclude_boilerplate=exclude_boilerplate, engine=engine,
                                     n_jobs=n_jobs, chunk_size=chunk_size, cache=cache, progress=progress,
                                     client=client)
    sentences, hits = merged.sentences, merged.hits
    meta_cols = corpus.metadata_columns
    meta = corpus.df[["article_id", *meta_cols]]
    articles = _article_table(corpus, sentences, frames, exclude_boilerplate)
    tokens = TokenStream(merged.token_ids, merged.token_indptr, merged.vocab)
    term_cache: dict[str, Any] = {}
    # while forked workers draw the bootstrap CIs, the caller counts the outlet x term table that
    # terms() uses by default (it would otherwise wait): the same function, inputs and result
    outlets = _outlet_table(articles, sentences, frames, exclude_boilerplate, seed, n_boot, confidence,
                            workers=_workers(n_jobs) if engine == "local" else 1,
                            meanwhile=lambda: term_cache.update(_outlet_unigrams(articles, tokens)))
    release_memory()
    return Analysis(
        corpus=corpus,
        lexicon=lex,
        sentences=sentences.merge(meta, on="article_id", how="left") if meta_cols else sentences,
        articles=articles.merge(meta, on="article_id", how="left") if meta_cols else articles,
        outlets=outlets,
        hits=hits,
        params={"exclude_boilerplate": exclude_boilerplate, "seed": int(seed), "n_boot": int(n_boot),
                "confidence": float(confidence), "lexicon_version": lex.version, "cache": cache_info},
        _tokens=tokens,
        _term_cache=term_cache,
    )


def _outlet_unigrams(articles: pd.DataFrame, tokens: TokenStream) -> dict[str, Any]:
    """The default term table's counts (unigrams, default stopwords, one row per outlet), with what they came from."""
    from . import terms as _terms

    codes, labels = pd.factorize(articles["outlet"].astype(str), sort=True)
    matrix, vocab = _terms.stream_term_matrix(tokens.ids, tokens.indptr, tokens.vocab, stopwords=_terms.STOPWORDS,
                                              rows=codes, n_rows=len(labels))
    return {"outlet_unigrams": (tokens, codes, matrix, vocab)}



@dataclass(frozen=True)
class TokenStream:
    """The counted tokens of every article as ids into ``vocab`` (see :func:`coverage.terms.stream_term_matrix`)."""

    ids: np.ndarray
    indptr: np.ndarray
    vocab: list[str]


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, progress: bool) -> Any:
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


def _workers(n_jobs: int) -> int:
    return (os.cpu_count() or 1) if n_jobs == -1 else int(n_jobs)


def _guided_chunks(lengths: np.ndarray, workers: int, size: int) -> list[tuple[int, int]]:
    """Spans for ``workers`` processes that shrink towards the end (guided scheduling).

    Each chunk takes about ``1 / (2 * workers)`` of the text still to do (in
    characters), at most ``size`` articles and at least ``1 / (16 * workers)`` of all
    the text. Workers take the next chunk as they finish one, so the small last
    chunks even out the workers' different speeds: with equal chunks a worker can
    sit idle for most of a chunk's time at the end.

    Examples
    --------
    >>> _guided_chunks(np.full(100, 10), 2, 500)
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


def _run_engine(corpus: Corpus, lex: Lexicon, *, exclude_boilerplate: bool, engine: str, n_jobs: int,
                chunk_size: int, cache: Any, progress: bool, client: Any
                ) -> tuple[ChunkResult, dict[str, Any] | None]:
    """Process every article (cached ones are read back) and merge the chunks in corpus order.

    Returns the merged result and, when a cache is used, :meth:`ArticleCache.summary`
    (``{"key", "from_cache", "computed", "ignored_parts"}``; None without a cache).
    """
    from . import cache as _cache

    df = corpus.df
    ids = df["article_id"].astype(str).tolist()
    outlets = df["outlet"].astype(str).tolist()
    text_col = df["text"]  # Python strings are made one chunk at a time (a corpus of them is 2x its UTF-8 size)
    frames = list(lex.frames)
    store = _cache.ArticleCache(cache, lexicon=lex, exclude_boilerplate=exclude_boilerplate) if cache else None
    hashes = None
    if store is not None:
        hashes = [h for lo, hi in _chunks(len(ids), 2000) for h in _cache.text_hashes(text_col.iloc[lo:hi].tolist())]
    cached: ChunkResult | None = None
    todo = list(range(len(ids)))
    if store is not None:
        cached, found = store.load(hashes, ids, outlets, frames)
        todo = [i for i in todo if not found[i]]
    size = int(chunk_size)
    workers = min(_workers(n_jobs), -(-len(todo) // size) or 1)
    if engine == "local" and workers > 1:
        lengths = text_col.take(todo).str.len().to_numpy(dtype=np.int64) if todo else np.zeros(0, np.int64)
        spans = _guided_chunks(lengths, workers, size)
    else:
        spans = _chunks(len(todo), size)
    kw = {"lexicon": lex, "exclude_boilerplate": exclude_boilerplate}

    def args(span: tuple[int, int]) -> tuple[list[str], list[str], list[str]]:
        sel = todo[span[0]:span[1]]
        return [ids[i] for i in sel], [outlets[i] for i in sel], text_col.take(sel).tolist()

    bar = _progress_bar(len(ids), progress)
    bar.update(len(ids) - len(todo))
    results: list[ChunkResult] = []
    try:
        if engine == "dask":
            from .dask import run_chunks

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
    new = merge_chunks(results, frames)  # consumes the chunks' tables
    del results
    if store is not None and len(new.article_ids):
        store.save(new, [hashes[i] for i in todo])
    merged = merge_chunks([cached, new], frames) if cached is not None else new
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


def _can_fork() -> bool:
    import multiprocessing as mp

    return sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods()


def _fork_map(fn: Any, items: list[Any], workers: int, meanwhile: Any = None) -> Iterator[Any]:
    """Yield ``fn(item)`` for every item, in order, from ``workers`` forked processes.

    The workers start in milliseconds with the imported modules and every object
    ``fn`` refers to already in memory (copy-on-write): ``fn`` may be a closure over
    the corpus, and only the items and the results are pickled. Linux only (see
    :func:`_can_fork`); forking a process with threads is unsafe on macOS.
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

    On Linux the workers are forked (:func:`_fork_map`): they start with the compiled
    lexicon and the corpus already in memory and receive only a span's bounds.
    Elsewhere (macOS, Windows, where forking a process with threads is unsafe)
    joblib's loky processes are used; they import the package once per worker and
    need no ``if __name__ == "__main__"`` guard. Results are identical either way
    (``process_chunk`` is pure). ``method`` ("fork" or "loky") overrides the choice
    (the tests run both).
    """
    if method is None:
        method = "fork" if _can_fork() else "loky"
    if method == "fork":
        yield from _fork_map(lambda sp: process_chunk(*args(sp), **kw), spans, workers)
        return
    from joblib import Parallel, delayed

    run = Parallel(n_jobs=workers, backend="loky", return_as="generator")
    yield from run(delayed(process_chunk)(*args(sp), **kw) for sp in spans)


def _reorder(res: ChunkResult, order: list[str]) -> ChunkResult:
    """Put a merged result back in corpus order (cached articles come first after a merge)."""
    pos = {a: i for i, a in enumerate(order)}
    art_pos = np.fromiter((pos[a] for a in res.article_ids), dtype=np.int64, count=len(res.article_ids))
    perm = np.argsort(art_pos, kind="stable")  # merged article k -> goes to place
    s_key = res.sentences["article_id"].map(pos).to_numpy(dtype=np.int64)
    sentences = res.sentences.iloc[np.argsort(s_key, kind="stable")].reset_index(drop=True)
    h_key = res.hits["article_id"].map(pos).to_numpy(dtype=np.int64)
    hits = res.hits.iloc[np.argsort(h_key, kind="stable")].reset_index(drop=True)
    lengths = np.diff(res.token_indptr)[perm]
    starts = res.token_indptr[:-1][perm]
    idx = np.concatenate([np.arange(s, s + n) for s, n in zip(starts, lengths, strict=True)]) if len(perm) else []
    return ChunkResult(
        sentences=sentences, hits=hits, vocab=res.vocab,
        token_ids=res.token_ids[np.asarray(idx, dtype=np.int64)],
        token_indptr=np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64),
        article_ids=[res.article_ids[k] for k in perm],
    )

def _article_table(corpus: Corpus, sentences: pd.DataFrame, frames: list[str], exclude_bp: bool) -> pd.DataFrame:
    ids = corpus.df[["article_id", "outlet"]].copy()
    # one column at a time (on the whole ABP corpus a copy of every counted sentence's numbers is 200 MB),
    # grouped by integer codes of article_id (factorised once); same groups and order as by the ids
    mask = (~sentences["boilerplate"]).to_numpy() if exclude_bp else None

    def used(c: str) -> pd.Series:
        col = sentences[c]
        return col[mask] if mask is not None else col

    codes, uniques = pd.factorize(used("article_id"), sort=False)

    def grouped(c: str) -> Any:
        return used(c).groupby(codes, sort=False)

    agg = pd.DataFrame({
        "n_sentences": pd.Series(codes).groupby(codes, sort=False).size(),
        "n_tokens": grouped("n_tokens").sum(),
        "sentiment": grouped("sentiment").mean(),
        "tone": grouped("tone").mean(),
    })
    for f in [*frames, "religion", *RELIGION_COLUMNS]:
        agg[f] = grouped(f).sum()
    agg.index = pd.Index(np.asarray(uniques, dtype=object)[agg.index.to_numpy()], name="article_id")
    n_bp = sentences.groupby("article_id", sort=False)["boilerplate"].sum().rename("n_boilerplate")
    art = ids.merge(agg, left_on="article_id", right_index=True, how="left")
    art = art.merge(n_bp, left_on="article_id", right_index=True, how="left")
    for c in ["n_sentences", "n_tokens", "n_boilerplate", "religion", *RELIGION_COLUMNS]:
        art[c] = art[c].fillna(0).astype("int64")
    for f in frames:
        art[f] = art[f].fillna(0.0).astype("float64")
    tokens = art["n_tokens"].astype("float64").where(art["n_tokens"] > 0)
    for f in [*frames, "religion"]:
        art[f"{f}_rate"] = art[f] / tokens * 1000.0
    s, v = art["solidarity"], art["violence"]
    total = s + v
    art["balance"] = ((s - v) / total).where(total > 0)
    cols = ["article_id", "outlet", "n_sentences", "n_tokens", "n_boilerplate", "sentiment", "tone",
            *frames, "religion", *[f"{f}_rate" for f in frames], "religion_rate", "balance", *RELIGION_COLUMNS]
    return art[cols]


def _rng_for(seed: int, key: str) -> np.random.Generator:
    return np.random.default_rng([int(seed), zlib.crc32(key.encode("utf-8"))])


def _percentile(dist: np.ndarray, confidence: float) -> tuple[float, float]:
    dist = dist[np.isfinite(dist)]
    if dist.size == 0:
        return float("nan"), float("nan")
    alpha = (1 - confidence) / 2
    lo, hi = np.quantile(dist, [alpha, 1 - alpha])
    return float(lo), float(hi)


_BOOT_CELLS = 1 << 20  # resampled values held at once: the bootstrap runs in batches of resamples


def _resampled(n: int, rng: np.random.Generator, n_boot: int, stat: Any) -> np.ndarray:
    """``stat(idx)`` for ``n_boot`` resamples of ``n`` units, in batches of about 1M indices.

    The batches draw the same numbers as one ``rng.integers(0, n, size=(n_boot, n))``
    (rows are consecutive in the stream), so results do not depend on the batch size,
    while memory stays bounded for an outlet of thousands of articles or sentences.
    """
    step = max(1, _BOOT_CELLS // max(n, 1))
    parts = []
    for lo in range(0, n_boot, step):
        idx = rng.integers(0, n, size=(min(step, n_boot - lo), n))
        parts.append(stat(idx))
    return np.concatenate(parts)


def _boot_mean(values: np.ndarray, rng: np.random.Generator, n_boot: int, confidence: float):
    values = values[np.isfinite(values)]
    if values.size == 0:
        return float("nan"), float("nan"), float("nan")
    est = float(values.mean())
    if values.size == 1:
        return est, float("nan"), float("nan")
    dist = _resampled(values.size, rng, n_boot, lambda idx: values[idx].mean(axis=1))
    return (est, *_percentile(dist, confidence))


def _boot_ratio(num: np.ndarray, den: np.ndarray, rng, n_boot, confidence, scale=1.0):
    """Bootstrap of sum(num)/sum(den) resampling units (sentences)."""
    n = num.size
    total = den.sum()
    est = float(num.sum() / total * scale) if total > 0 else float("nan")
    if n < 2:
        return est, float("nan"), float("nan")

    def ratio(idx: np.ndarray) -> np.ndarray:
        d = den[idx].sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(d > 0, num[idx].sum(axis=1) / d * scale, np.nan)

    return (est, *_percentile(_resampled(n, rng, n_boot, ratio), confidence))


def _boot_balance(s: np.ndarray, v: np.ndarray, rng, n_boot, confidence):
    tot = s.sum() + v.sum()
    est = float((s.sum() - v.sum()) / tot) if tot > 0 else float("nan")
    if s.size < 2:
        return est, float("nan"), float("nan")

    def balance(idx: np.ndarray) -> np.ndarray:
        ss, vv = s[idx].sum(axis=1), v[idx].sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(ss + vv > 0, (ss - vv) / (ss + vv), np.nan)

    return (est, *_percentile(_resampled(s.size, rng, n_boot, balance), confidence))


def _outlet_row(outlet: str, arts: dict[str, np.ndarray], by_article: dict[str, pd.DataFrame],
                no_sentences: pd.DataFrame, metrics: list[str], seed: int, n_boot: int, confidence: float
                ) -> dict[str, Any]:
    """The outlet table's row of one outlet (estimates and bootstrap CIs of every metric).

    ``arts`` holds the outlet's article-table columns as arrays (float64 for the metrics).
    """
    row: dict[str, Any] = {
        "outlet": outlet,
        "n_articles": len(arts["article_id"]),
        "n_sentences": int(arts["n_sentences"].sum()),
        "n_tokens": int(arts["n_tokens"].sum()),
    }
    if len(arts["article_id"]) >= 2:
        row["ci_basis"] = "articles"
        for m in metrics:
            est, lo, hi = _boot_mean(arts[m], _rng_for(seed, f"{outlet}\0{m}"), n_boot, confidence)
            row[m], row[f"{m}_low"], row[f"{m}_high"] = est, lo, hi
    else:
        row["ci_basis"] = "sentences"
        sl = by_article.get(arts["article_id"][0], no_sentences)
        tok = sl["n_tokens"].to_numpy(dtype="float64")
        for m in metrics:
            rng = _rng_for(seed, f"{outlet}\0{m}")
            if m in ("sentiment", "tone"):
                res = _boot_mean(sl[m].to_numpy(dtype="float64"), rng, n_boot, confidence)
            elif m == "balance":
                res = _boot_balance(sl["solidarity"].to_numpy(dtype="float64"),
                                    sl["violence"].to_numpy(dtype="float64"), rng, n_boot, confidence)
            else:
                col = m[: -len("_rate")]
                res = _boot_ratio(sl[col].to_numpy(dtype="float64"), tok, rng, n_boot, confidence, 1000.0)
            row[m], row[f"{m}_low"], row[f"{m}_high"] = res
    for c in RELIGION_COLUMNS:
        row[c] = int(arts[c].sum())
    return row


def _outlet_table(articles, sentences, frames, exclude_bp, seed, n_boot, confidence, workers=1,
                  meanwhile=None) -> pd.DataFrame:
    """One row per outlet, with bootstrap CIs; ``workers`` > 1 splits the outlets over forked processes.

    Every outlet and metric has its own random stream (seeded by ``seed``, the outlet
    and the metric), so the rows do not depend on which process computes them.
    ``meanwhile`` runs in the caller while forked workers compute (not at all otherwise).
    """
    metrics = ["sentiment", "tone", "balance", *[f"{f}_rate" for f in frames], "religion_rate"]
    metrics = list(dict.fromkeys(OUTLET_METRICS + metrics))
    num = ["article_id", "n_tokens", "sentiment", "tone", *frames, "religion"]
    # the article table's columns as arrays, rows grouped by outlet (sorted; articles in table order)
    codes, names = pd.factorize(articles["outlet"], sort=True)
    # articles of an outlet in article-id order: the resamples (and so the CIs) do not depend on the input's row order
    id_rank = pd.factorize(articles["article_id"].astype(str), sort=True)[0]
    order = np.lexsort((id_rank, codes))
    bounds = np.searchsorted(codes[order], np.arange(len(names) + 1))
    columns = {"article_id": articles["article_id"].to_numpy(dtype=object)[order]}
    for c in ["n_sentences", "n_tokens", *RELIGION_COLUMNS]:
        columns[c] = articles[c].to_numpy()[order]
    for m in metrics:
        columns[m] = articles[m].to_numpy(dtype="float64")[order]
    groups = [(str(name), {c: v[bounds[k]:bounds[k + 1]] for c, v in columns.items()}) for k, name in enumerate(names)]
    single = {g["article_id"][0] for _, g in groups if len(g["article_id"]) == 1}
    sel = sentences["article_id"].isin(single)
    if exclude_bp:
        sel &= ~sentences["boilerplate"]
    by_article = {a: g for a, g in sentences.loc[sel, num].groupby("article_id", sort=False)}
    no_sentences = sentences.loc[[], num]

    def rows_for(span: tuple[int, int]) -> list[dict[str, Any]]:
        rows = []
        for k in range(*span):
            if k and k % 8 == 0:
                # the resamples' arrays are freed between small long-lived row objects, so the C heap creeps
                # up (about 350 MB over the 491 outlets of the ABP corpus); hand the freed pages back now and then
                release_memory()
            outlet, arts = groups[k]
            rows.append(_outlet_row(outlet, arts, by_article, no_sentences, metrics, seed, n_boot, confidence))
        return rows

    if workers > 1 and len(groups) >= 2 * workers and _can_fork():  # a few outlets are not worth a fork
        # the cost of an outlet is about its resampled units (articles, or one article's sentences)
        units = np.array([len(a["article_id"]) if len(a["article_id"]) > 1
                          else len(by_article.get(a["article_id"][0], ())) for _, a in groups])
        spans = _guided_chunks(units + 20, workers, len(groups))
        rows = [r for part in _fork_map(rows_for, spans, workers, meanwhile) for r in part]
    else:
        rows = rows_for((0, len(groups)))
    cols = ["outlet", "n_articles", "n_sentences", "n_tokens", "ci_basis"]
    for m in metrics:
        cols += [m, f"{m}_low", f"{m}_high"]
    cols += RELIGION_COLUMNS
    return pd.DataFrame(rows, columns=cols)


# ---------------------------------------------------------------------------


@dataclass
class Analysis:
    """Results of :func:`analyze`: tidy tables plus methods to compare and explain them."""

    corpus: Corpus
    lexicon: Lexicon
    sentences: pd.DataFrame
    articles: pd.DataFrame
    outlets: pd.DataFrame
    hits: pd.DataFrame
    params: dict[str, Any] = field(default_factory=dict)
    _tokens: TokenStream | None = field(default=None, repr=False)
    _term_cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    # -- metadata -------------------------------------------------------------
    @property
    def frames(self) -> list[str]:
        """Frame names of the lexicon used (``solidarity``, ``violence``, custom ones)."""
        return list(self.lexicon.frames)

    @property
    def rejected(self) -> pd.DataFrame:
        """Articles of the input that are not in the results, with the reason."""
        return self.corpus.rejected

    #: Tables written by :meth:`save`, in order.
    TABLES = ("articles", "sentences", "outlets", "hits", "rejected")

    def save(self, path: str | os.PathLike[str], *, formats: Sequence[str] = ("csv", "parquet")) -> list[Path]:
        """Write every table (:attr:`TABLES`) into the folder ``path``, as CSV and/or Parquet.

        This is the one writer of the metrics tables (the CLI's ``analyze --out`` and the
        report's ``metrics/`` use it). Rules:

        * ``path`` must be new, empty, or a folder written by this method before (it carries
          media-coverage's ownership marker, see :mod:`coverage.outputs`); a file is replaced
          only if the marker records it unchanged, so an input file or a user's own
          ``outlets.csv`` is never overwritten (:class:`~coverage.outputs.OutputError`).
        * Each file is written to a temporary name and renamed into place; a full disk raises
          :class:`~coverage.outputs.WriteError` and leaves the previous file.
        * Rows are in a canonical order (outlet, article id, sentence, offsets), so the files
          are byte-identical whatever the order of the input rows.
        * CSV text cells that start with ``= + - @`` (or a tab or CR) get a leading ``'`` so a
          spreadsheet shows them instead of running them; NUL characters are removed from
          every file. Parquet keeps the text as it is (without NULs).

        Returns the paths written.

        Examples
        --------
        >>> import tempfile, pathlib, pandas as pd, coverage
        >>> a = coverage.analyze(pd.DataFrame({"id": ["1"], "outlet": ["=cmd()"], "text": ["We stand together."]}))
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "metrics"
        >>> [p.name for p in a.save(out, formats=["csv"])]
        ['articles.csv', 'sentences.csv', 'outlets.csv', 'hits.csv', 'rejected.csv']
        >>> (out / "outlets.csv").read_text().splitlines()[1][:9]
        "'=cmd(),1"
        """
        from . import outputs

        if isinstance(formats, str):
            formats = [formats]
        bad = [f for f in formats if f not in ("csv", "parquet")]
        if bad or not formats:
            raise ParameterError(f"formats must be a list of 'csv' and/or 'parquet', not {list(formats)!r}")
        from ._version import __version__

        folder = outputs.claim_folder(Path(path), kind="tables", option="output folder")
        producer = f"media-coverage {__version__}"
        marker = outputs.read_marker(folder)
        for name in self.TABLES:  # every target is checked before the first is written
            for fmt in formats:
                if not outputs.owns_file(folder, f"{name}.{fmt}", marker):
                    raise outputs.OutputError(
                        f"{folder / f'{name}.{fmt}'}: exists and was not written by media-coverage (or was changed "
                        "since), so it is not overwritten; move it, or choose a new or empty output folder")
        written = []
        for name in self.TABLES:
            df = self.sorted_table(name)
            for fmt in formats:
                target = folder / f"{name}.{fmt}"
                data = outputs.csv_bytes(df) if fmt == "csv" else outputs.parquet_bytes(df, name=name, producer=producer)
                outputs.atomic_write(target, data, owner=folder)
                written.append(target)
        return written

    def sorted_table(self, name: str) -> pd.DataFrame:
        """Table ``name`` in a canonical row order (independent of the input's row order).

        articles: outlet, article id; sentences: outlet, article id, sentence; hits: outlet,
        article id, sentence, start, end, metric, rule; outlets: outlet; rejected: as read.
        """
        if name not in self.TABLES:
            raise ParameterError(f"unknown table {name!r}; choose one of {list(self.TABLES)}")
        df = getattr(self, name)
        keys = {"articles": ["outlet", "article_id"], "sentences": ["outlet", "article_id", "sentence"],
                "hits": ["outlet", "article_id", "sentence", "start", "end", "metric", "rule", "term"],
                "outlets": ["outlet"]}.get(name)
        if not keys or df.empty:
            return df.reset_index(drop=True)
        keys = [k for k in keys if k in df.columns]
        return df.sort_values(keys, kind="stable").reset_index(drop=True)

    @property
    def metrics(self) -> list[str]:
        """Names accepted by :meth:`compare` and :meth:`explain`."""
        return ["sentiment", "tone", "balance", *self.frames, "religion",
                *[f"{f}_rate" for f in self.frames], "religion_rate", *RELIGION_COLUMNS]

    def _check_outlets(self, names: Iterable[str]) -> None:
        known = set(self.articles["outlet"])
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ParameterError(f"unknown outlet(s) {unknown}; outlets are {sorted(known)}")

    def _check_metric(self, metric: str) -> None:
        if metric not in self.metrics:
            raise ParameterError(f"unknown metric {metric!r}; choose one of {self.metrics}")

    # -- terms -----------------------------------------------------------------
    def _term_matrix(self, **kw: Any):
        from . import terms as _terms

        t = self._tokens
        if t is None:
            raise ParameterError("this Analysis has no token stream; create it with coverage.analyze")
        return _terms.stream_term_matrix(t.ids, t.indptr, t.vocab, **kw)

    def _doc_groups(self) -> np.ndarray:
        return self.articles["outlet"].to_numpy(dtype=object)

    def terms(
        self,
        *,
        by: str = "outlet",
        ngram_range: tuple[int, int] = (1, 1),
        stopwords: Iterable[str] | None | bool = True,
        stem: bool = False,
        top: int | None = 20,
        min_count: int = 1,
    ) -> pd.DataFrame:
        """Term frequencies per group: counts, rates per 10,000 tokens, TF-IDF.

        Parameters
        ----------
        by : str, default "outlet"
            Article column to group by ("outlet", "article_id", or a metadata column).
        ngram_range : (int, int), default (1, 1)
            Smallest and largest n-gram size (up to 3).
        stopwords : True, None/False or iterable of str
            True uses :data:`coverage.terms.STOPWORDS`; None/False keeps every word.
        stem : bool, default False
            Snowball (Porter2) stemming.
        top : int or None, default 20
            Keep the top terms per group by count.
        """
        from . import terms as _terms

        if by not in self.articles.columns:
            raise ParameterError(f"cannot group terms by {by!r}: not an article column ({list(self.articles.columns)})")
        sw = _terms.STOPWORDS if stopwords is True else (None if stopwords in (None, False) else frozenset(stopwords))
        groups = self.articles[by].astype(str)
        codes, labels = pd.factorize(groups, sort=True)
        cached = self._term_cache.get("outlet_unigrams")
        default = (by == "outlet" and stopwords is True and stem is False and type(min_count) is int and min_count == 1
                   and isinstance(ngram_range, tuple | list) and tuple(ngram_range) == (1, 1))
        if (default and cached is not None and cached[0] is self._tokens
                and np.array_equal(cached[1], codes)):  # counted by analyze() from this very stream and grouping
            matrix, vocab = cached[2], cached[3]
        else:  # counted straight into one row per group (no article-level matrix)
            matrix, vocab = self._term_matrix(ngram_range=ngram_range, stopwords=sw, stem=stem, min_count=min_count,
                                              rows=codes, n_rows=len(labels))
        totals = self.articles.groupby(groups)["n_tokens"].sum().to_dict()
        return _terms.term_table(matrix, vocab, np.asarray(labels, dtype=object), group_token_totals=totals, top=top)

    def keyness(
        self,
        target: str | Sequence[str],
        reference: str | Sequence[str] | None = None,
        *,
        ngram_range: tuple[int, int] = (1, 1),
        stopwords: Iterable[str] | None | bool = True,
        stem: bool = False,
        min_count: int = 1,
    ) -> pd.DataFrame:
        """Keyness of terms in ``target`` outlet(s) against ``reference`` (default: all others).

        Returns ``term, n_target, n_reference, g2, chi2, p_value, p_adjusted, log_ratio``
        (see :func:`coverage.stats.keyness` for the definitions, which follow
        quanteda's ``textstat_keyness``), sorted by chi2 descending.

        Examples
        --------
        >>> analysis.keyness("Sky News").head()      # doctest: +SKIP
        """
        from . import stats as _stats
        from . import terms as _terms

        tgt = [target] if isinstance(target, str) else list(target)
        self._check_outlets(tgt)
        if reference is None:
            ref = [o for o in sorted(set(self.articles["outlet"])) if o not in tgt]
        else:
            ref = [reference] if isinstance(reference, str) else list(reference)
            self._check_outlets(ref)
            overlap = set(tgt) & set(ref)
            if overlap:
                raise ParameterError(f"outlet(s) {sorted(overlap)} are in both target and reference")
        if not ref:
            raise ParameterError("keyness needs a reference: the corpus has no other outlet")
        sw = _terms.STOPWORDS if stopwords is True else (None if stopwords in (None, False) else frozenset(stopwords))
        outlets = self._doc_groups()
        # one row each for target, reference and the rest (which still counts towards min_count)
        rows = np.where(np.isin(outlets, tgt), 0, np.where(np.isin(outlets, ref), 1, 2))
        matrix, vocab = self._term_matrix(ngram_range=ngram_range, stopwords=sw, stem=stem, min_count=min_count,
                                          rows=rows, n_rows=3)
        t_counts = matrix[0].toarray().ravel()
        r_counts = matrix[1].toarray().ravel()
        keep = (t_counts + r_counts) > 0
        return _stats.keyness(t_counts[keep], r_counts[keep], vocab[keep])

    def kwic(self, pattern: str, *, window: int = 5, regex: bool = False, exclude_boilerplate: bool | None = None
             ) -> pd.DataFrame:
        """Keyword in context: every match of ``pattern`` with ``window`` tokens either side.

        ``pattern`` is matched against whole tokens (case-insensitive); ``*`` is a
        wildcard for any run of characters ("attack*", "*ism") and a space separates
        tokens of a phrase ("stand together"). Wildcards are matched without regular
        expressions (:func:`coverage.lexicon.compile_glob`), in one pass over each token.
        With ``regex=True`` ``pattern`` is a Python regular expression, used as given
        (searched in each token's lower-case form, case-insensitive; no phrase splitting):
        its speed is that of :mod:`re`, so a pattern that backtracks heavily is slow.

        Returns ``article_id, outlet, sentence, start, end, left, keyword, right``.
        """
        if not isinstance(pattern, str) or not pattern.strip():
            raise ParameterError("kwic needs a non-empty pattern string")
        if not isinstance(window, int) or window < 0:
            raise ParameterError(f"window must be a non-negative integer, not {window!r}")
        if exclude_boilerplate is None:
            exclude_boilerplate = self.params.get("exclude_boilerplate", True)
        from .lexicon import compile_glob

        if regex:
            parts = [re.compile(pattern, re.IGNORECASE).search]
        else:  # one pass per token however many '*' (a regex '^.*.*...q$' backtracks exponentially)
            parts = [compile_glob(token_norm(p)) for p in pattern.split()]  # folded like the tokens' norms
        rows = []
        texts = dict(zip(self.corpus.df["article_id"], self.corpus.df["text"], strict=True))
        sents = self.sentences
        if exclude_boilerplate:
            sents = sents[~sents["boilerplate"]]
        for r in sents[["article_id", "outlet", "sentence", "start", "text"]].itertuples(index=False):
            toks = tokenize(r.text, offset=r.start)
            norms = [t.norm for t in toks]
            n = len(parts)
            for i in range(len(toks) - n + 1):
                if all(parts[j](norms[i + j]) for j in range(n)):
                    s, e = toks[i].start, toks[i + n - 1].end
                    text = texts[r.article_id]
                    left = " ".join(t.text for t in toks[max(0, i - window):i])
                    right = " ".join(t.text for t in toks[i + n:i + n + window])
                    rows.append({"article_id": r.article_id, "outlet": r.outlet, "sentence": r.sentence,
                                 "start": s, "end": e, "left": left, "keyword": text[s:e], "right": right})
        return pd.DataFrame(rows, columns=["article_id", "outlet", "sentence", "start", "end", "left", "keyword",
                                           "right"])

    # -- evidence ---------------------------------------------------------------
    def explain(self, article_id: str | None = None, metric: str | None = None) -> Evidence:
        """The evidence behind a number: every match, with its sentence and rule.

        Parameters
        ----------
        article_id : str, optional
            Restrict to one article (default: all).
        metric : str, optional
            "solidarity", "violence", a custom frame, "balance" (solidarity and
            violence), "religion" or a ``religion_<frame>`` column, "sentiment" or
            "tone" (every sentence with its score), or None for all matches.

        Returns
        -------
        Evidence
            ``.table`` has the hits (or sentences for sentiment/tone) with
            ``sentence_text``; ``_repr_html_`` highlights them in the article text.
        """
        hits = self.hits
        if article_id is not None:
            if article_id not in set(self.articles["article_id"]):
                raise ParameterError(f"unknown article_id {article_id!r}; see analysis.articles['article_id']")
            hits = hits[hits["article_id"] == article_id]
        if metric is not None:
            self._check_metric(metric)
            if metric in ("sentiment", "tone"):
                s = self.sentences
                if article_id is not None:
                    s = s[s["article_id"] == article_id]
                table = s[["article_id", "outlet", "sentence", "start", "end", "boilerplate", metric, "text"]]
                table = table.rename(columns={"text": "sentence_text"}).reset_index(drop=True)
                ids = [article_id] if article_id else list(dict.fromkeys(table["article_id"]))
                return Evidence(table=table, texts=self._texts(ids), metric=metric)
            base = metric[: -len("_rate")] if metric.endswith("_rate") else metric
            if base == "balance":
                hits = hits[hits["counted_as"].isin(["solidarity", "violence"]) |
                            hits["metric"].isin(["solidarity", "violence"])]
            elif base.startswith("religion_"):
                hits = hits[(hits["metric"] == "religion") & (hits["frame"] == base[len("religion_"):])]
            elif base == "religion":
                hits = hits[hits["metric"] == "religion"]
            else:
                hits = hits[(hits["metric"] == base) | (hits["counted_as"] == base)]
        sent_text = self.sentences.set_index(["article_id", "sentence"])["text"]
        table = hits.copy()
        keys = list(zip(table["article_id"], table["sentence"], strict=True))
        table["sentence_text"] = [sent_text.get(k, "") for k in keys]
        table = table.reset_index(drop=True)
        ids = [article_id] if article_id else list(dict.fromkeys(table["article_id"]))
        return Evidence(table=table, texts=self._texts(ids), metric=metric)

    def _texts(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        df = self.corpus.df.set_index("article_id")
        return {i: (df.at[i, "outlet"], df.at[i, "text"]) for i in ids if i in df.index}

    # -- comparison -------------------------------------------------------------
    def compare(self, outlet_a: str, outlet_b: str, metric: str, *, n_resamples: int = 10000,
                seed: int | None = None) -> pd.Series:
        """Difference ``a - b`` in a metric, with a permutation-test p-value and bootstrap CI.

        Units are articles; when either outlet has a single article, sentences are
        the units (sentence-level metrics only: sentiment, tone, frame counts) and
        ``basis`` says so. Returns a Series with ``outlet_a, outlet_b, metric, basis,
        mean_a, mean_b, diff, ci_low, ci_high, p_value, n_a, n_b``.
        """
        from . import stats as _stats

        self._check_outlets([outlet_a, outlet_b])
        self._check_metric(metric)
        if outlet_a == outlet_b:
            raise ParameterError("compare needs two different outlets")
        seed = self.params.get("seed", 0) if seed is None else seed
        arts = self.sorted_table("articles")  # canonical order: the p-value does not depend on the input's row order
        a = arts.loc[arts["outlet"] == outlet_a, metric]
        b = arts.loc[arts["outlet"] == outlet_b, metric]
        basis = "articles"
        if min(len(a), len(b)) < 2:
            sent_metric = metric[: -len("_rate")] if metric.endswith("_rate") else metric
            if sent_metric not in self.sentences.columns or sent_metric == "balance":
                raise ParameterError(
                    f"{metric!r} is an article-level ratio and {outlet_a!r} or {outlet_b!r} has a single article: "
                    "there is nothing to resample. Compare sentence-level metrics (sentiment, tone, solidarity, "
                    "violence, religion) or add articles."
                )
            s = self.sorted_table("sentences")
            if self.params.get("exclude_boilerplate", True):
                s = s[~s["boilerplate"]]
            a = s.loc[s["outlet"] == outlet_a, sent_metric]
            b = s.loc[s["outlet"] == outlet_b, sent_metric]
            basis = "sentences"
        res = _stats.permutation_test(a.to_numpy(dtype="float64"), b.to_numpy(dtype="float64"),
                                      n_resamples=n_resamples, seed=seed)
        return pd.Series({
            "outlet_a": outlet_a, "outlet_b": outlet_b, "metric": metric, "basis": basis,
            "mean_a": float(np.nanmean(a)) if len(a) else float("nan"),
            "mean_b": float(np.nanmean(b)) if len(b) else float("nan"),
            "diff": res["diff"], "ci_low": res["ci_low"], "ci_high": res["ci_high"],
            "p_value": res["p_value"], "n_a": res["n_a"], "n_b": res["n_b"],
        })

    # -- display ----------------------------------------------------------------
    def __repr__(self) -> str:
        o = self.outlets
        head = (f"Analysis: {len(self.articles)} articles, {len(o)} outlets, {len(self.sentences)} sentences, "
                f"{len(self.hits)} matches, {len(self.rejected)} rejected (lexicon {self.lexicon.version})")
        cols = ["outlet", "n_articles", "balance", "sentiment", "tone", "religion_rate", "ci_basis"]
        return head + "\n" + o[cols].to_string(index=False, float_format=lambda x: f"{x:.3f}")

    def _repr_html_(self) -> str:
        o = self.outlets
        cols = ["outlet", "n_articles", "n_tokens", "balance", "balance_low", "balance_high", "sentiment", "tone",
                "religion_rate", "ci_basis"]
        table = o[cols].to_html(index=False, escape=True, float_format=lambda x: f"{x:.3f}", na_rep="–")
        note = ""
        if (o["ci_basis"] == "sentences").any():
            note = ("<p><small>CI over sentences for outlets with a single article: it shows variation "
                    "within that article, not between the outlet's articles.</small></p>")
        return (f"<div class='mc-analysis'><p><b>Analysis</b>: {len(self.articles)} articles, {len(o)} outlets, "
                f"{len(self.hits)} matches, {len(self.rejected)} rejected (lexicon "
                f"{html.escape(str(self.lexicon.version))})</p>{table}{note}</div>")
