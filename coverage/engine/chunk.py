"""The one-pass engine: every per-article computation of :func:`coverage.analyze`.

:func:`process_chunk` takes a batch of articles (``article_id, outlet, text``) and a list of
metric families (:mod:`coverage.families`) and reads each article once: segment it, run the
families' article hooks (boilerplate flags), tokenize every sentence of the chunk in one batch
(:func:`coverage.text.token_batch`: Arrow's RE2, with Python for the few sentences where the two
regex engines could differ), map the tokens to a chunk vocabulary with NumPy, run the families'
sentence hooks (only on sentences with one of a family's anchor words, found once per distinct
word by :mod:`coverage.engine.prefilter`; each sentence's Token objects are built once for all
families), then their chunk hooks (VADER scores the whole chunk at once). It returns a
:class:`ChunkResult`: tidy sentence and hit tables plus the articles' tokens as integer ids into
a chunk vocabulary (a compact token stream from which term counts, n-grams and keyness are built
as sparse matrices, see :func:`coverage.terms.stream_term_matrix`).

Matching and counting use the tokens' folded norms (:func:`coverage.text.fold_text`), while
every offset, ``matched`` text and sentence text is the original.

The function is pure (same chunk and families, same result), so chunks can run in any order,
in other processes (``n_jobs``), on a Dask cluster (``engine="dask"``) or come from the article
cache (:mod:`coverage.engine.cache`), and :func:`merge_chunks` gives byte-identical tables
whichever way they ran.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

import numpy as np
import pandas as pd

from .._memory import release_memory
from ..families.base import (
    ArticleResult,
    ChunkView,
    Family,
    Hit,
    Plan,
    SentenceResult,
    SentenceView,
    check_families,
)
from ..lexicon import clear_key_memo
from ..text import is_word_many, segment, token_batch, token_norms, tokens_from_parts
from .prefilter import candidate_masks

__all__ = ["ChunkResult", "process_chunk", "merge_chunks", "sentence_columns", "sentence_types", "HIT_COLUMNS"]

HIT_COLUMNS = [
    "article_id", "outlet", "sentence", "metric", "term", "matched", "category", "frame", "weight",
    "negated", "counted_as", "rule", "start", "end", "boilerplate",
]
_HIT_TYPES = {"article_id": "str", "outlet": "str", "sentence": "int64", "metric": "str", "term": "str",
              "matched": "str", "category": "str", "frame": "str", "weight": "float64", "negated": bool,
              "counted_as": "str", "rule": "str", "start": "int64", "end": "int64", "boilerplate": bool}
# Sentence fields, in order (the columns of coverage.text.Sentence)
_SEGMENT_FIELDS = ("sentence", "start", "end", "paragraph", "in_quote", "text")
_BASE_TYPES = {"article_id": "str", "outlet": "str", "sentence": "int64", "start": "int64", "end": "int64",
               "paragraph": "int64", "in_quote": "bool", "text": "str", "n_tokens": "int64"}


def sentence_columns(plan: Plan) -> list[str]:
    """Columns of the sentence table: the segment's, the article-hook families', ``n_tokens``, the others'."""
    early = [c for f in plan.article_hooks for c in f.columns()]
    late = [c for c in plan.columns if c not in early]
    return ["article_id", "outlet", *_SEGMENT_FIELDS, *early, "n_tokens", *late]


def sentence_types(plan: Plan) -> dict[str, str]:
    """dtype of every sentence-table column."""
    return {**_BASE_TYPES, **plan.columns}


class _Vocab(dict):
    """norm -> integer id, in order of first appearance."""

    def __missing__(self, norm: str) -> int:
        value = len(self)
        self[norm] = value
        return value


@dataclass
class ChunkResult:
    """Per-article results of one chunk of articles.

    Attributes
    ----------
    sentences : DataFrame
        Columns :func:`sentence_columns` (see :mod:`coverage.analysis`).
    hits : DataFrame
        Columns :data:`HIT_COLUMNS`.
    vocab : list of str, or pyarrow string array
        Token norms; ``token_ids`` index into it. :func:`process_chunk` returns an
        Arrow array (one buffer instead of tens of thousands of Python strings held
        until the chunks are merged); :func:`merge_chunks` returns a list.
    token_ids : ndarray of int32
        The counted sentences' tokens of every article, in text order, as ids into
        ``vocab`` (punctuation included); ``-1`` ends each sentence.
    token_indptr : ndarray of int64, shape (n_articles + 1,)
        Article ``i``'s tokens are ``token_ids[token_indptr[i]:token_indptr[i + 1]]``.
    article_ids : list of str
        The chunk's articles, in input order.
    tables : dict of str to DataFrame
        Each family's own table (:meth:`Family.table_columns`), by family name: ``article``
        (int32, the position in ``article_ids``) and the family's columns, rows in article order.
    """

    sentences: pd.DataFrame
    hits: pd.DataFrame
    vocab: list[str]
    token_ids: np.ndarray
    token_indptr: np.ndarray
    article_ids: list[str]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)


def process_chunk(
    article_ids: Sequence[str],
    outlets: Sequence[str],
    texts: Sequence[str],
    *,
    families: Sequence[Family] | Plan,
    exclude_boilerplate: bool = True,
    release: bool = True,
) -> ChunkResult:
    """Run the per-article pipeline of ``families`` over a batch of articles.

    Parameters
    ----------
    article_ids, outlets, texts : sequences of str, same length
        Normalised article texts (as :func:`coverage.load_corpus` stores them).
    families : list of Family (or their checked Plan)
        E.g. :func:`coverage.default_families`.
    exclude_boilerplate : bool, default True
        Leave the sentences a family excludes (boilerplate) out of the token stream (term counts).
    release : bool, default True
        Let the families drop their per-word memo tables afterwards (:meth:`Family.release`).

    Returns
    -------
    ChunkResult

    Examples
    --------
    >>> from coverage.families import default_families
    >>> r = process_chunk(["a"], ["A"], ["We stand together. They were not afraid."], families=default_families())
    >>> r.sentences[["sentence", "n_tokens", "solidarity"]].to_dict("list")
    {'sentence': [0, 1], 'n_tokens': [3, 4], 'solidarity': [1.0, 1.0]}
    """
    # the pass allocates millions of small objects that live until the chunk's tables are built and hold no
    # reference cycles: the cyclic garbage collector, which would walk them again and again, is paused meanwhile
    # (about 5% of analyze's time on news articles; benchmarks/speed.py)
    paused = gc.isenabled()
    gc.disable()
    try:
        return _process_chunk(article_ids, outlets, texts, families=families, exclude_boilerplate=exclude_boilerplate,
                              release=release)
    finally:
        if paused:
            gc.enable()


def _process_chunk(article_ids: Sequence[str], outlets: Sequence[str], texts: Sequence[str], *,
                   families: Sequence[Family] | Plan, exclude_boilerplate: bool, release: bool) -> ChunkResult:
    plan = families if isinstance(families, Plan) else check_families(families)
    cols: dict[str, list[Any]] = {c: [] for c in ("article_id", "outlet", *_SEGMENT_FIELDS)}
    early: dict[str, list[Any]] = {c: [] for f in plan.article_hooks for c in f.columns()}
    n_sentences = [0]
    article_hits: list[tuple[int, str, str, int, Hit]] = []  # (row, article, outlet, sentence, hit)
    # the families' own tables (Family.table_columns): (article's position in the chunk, *row) per record
    table_rows: dict[str, list[tuple]] = {f.name: [] for f in plan.table_families}
    for pos, (aid, outlet, text) in enumerate(zip(article_ids, outlets, texts, strict=True)):
        sentences = segment(text)
        if sentences:  # the per-sentence columns an article at a time (columns of the Sentence tuples)
            for name, values in zip(_SEGMENT_FIELDS, zip(*sentences, strict=True), strict=True):
                cols[name].extend(values)
            cols["article_id"].extend([aid] * len(sentences))
            cols["outlet"].extend([outlet] * len(sentences))
            for fam in plan.article_hooks:
                got = fam.article(text, sentences) or {}
                if isinstance(got, ArticleResult):
                    if got.hits:
                        base = len(cols["text"]) - len(sentences)
                        starts_ = [x.start for x in sentences]
                        for h in got.hits:
                            k = max(0, bisect_right(starts_, h.start) - 1)
                            article_hits.append((base + k, aid, outlet, sentences[k].index, h))
                    if got.rows:
                        table_rows[fam.name].extend((pos, *r) for r in got.rows)
                    got = got.values
                for c in fam.columns():
                    values = got.get(c)
                    if values is None or len(values) != len(sentences):
                        raise ValueError(f"family {fam.name!r}: article() must return {len(sentences)} values for "
                                         f"column {c!r} (one per sentence)")
                    early[c].extend(values)
        n_sentences.append(len(cols["text"]))
    texts_col: list[str] = cols["text"]
    m = len(texts_col)
    excluded = np.zeros(m, dtype=bool)  # sentences a family excludes (boilerplate), whether or not they are left out
    for c in plan.excludes:
        excluded |= np.asarray(early[c], dtype=bool) if c in early else False
    counted = ~excluded if exclude_boilerplate else np.ones(m, dtype=bool)

    # every sentence's tokens in one batch, as ids into the chunk vocabulary (norms in order of first appearance)
    batch = token_batch(texts_col)
    surfaces, codes, counts = batch.surfaces, batch.codes, batch.counts
    vocab = _Vocab()
    surface_norms = token_norms(surfaces)
    surface_vocab = np.fromiter(map(vocab.__getitem__, surface_norms), dtype=np.int32, count=len(surfaces))
    tok_vocab = surface_vocab[codes] if len(codes) else np.zeros(0, dtype=np.int32)
    tstart = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(counts)])
    vocab_list = list(vocab)
    starts = cols["start"]
    last: dict[int, list[Any]] = {}

    def token_objects(row: int) -> list[Any]:
        """Sentence ``row``'s Token objects, from the batch (the last two are kept)."""
        got = last.get(row)
        if got is not None:
            return got
        a, b = int(tstart[row]), int(tstart[row + 1])
        sc = batch.codes[a:b].tolist()
        objs = tokens_from_parts([surfaces[c] for c in sc], [surface_norms[c] for c in sc],
                                 (batch.starts[a:b] + starts[row]).tolist())
        if len(last) >= 2:
            del last[min(last)]
        last[row] = objs
        return objs

    def rows_with(norms: Iterable[str], tok_vocab: np.ndarray = tok_vocab) -> np.ndarray:
        """True for the sentences with a token whose norm is one of ``norms`` (one vectorised pass)."""
        ids = [i for i in map(dict.get, repeat(vocab), norms) if i is not None]
        out = np.zeros(m, dtype=bool)
        if ids and len(tok_vocab):
            out[np.repeat(np.arange(m), counts)[np.isin(tok_vocab, ids)]] = True
        return out

    def may_match(matcher: Any, codes: np.ndarray = codes, tok_vocab: np.ndarray = tok_vocab) -> np.ndarray:
        """The anchor pre-filter of one matcher over the chunk's sentences (as the families' own)."""
        return candidate_masks([matcher], surfaces, codes, vocab_list, tok_vocab, tstart)[0]

    view = ChunkView(texts=texts_col, starts=starts, ends=cols["end"], indices=cols["sentence"],
                     paragraphs=cols["paragraph"], in_quote=cols["in_quote"], article_ids=cols["article_id"],
                     outlets=cols["outlet"], excluded=excluded, tokens=token_objects, rows_with=rows_with,
                     may_match=may_match, token_ids=lambda v=vocab_list, t=tok_vocab, b=tstart: (v, t, b))
    for c, values in early.items():
        view.columns[c] = values
    values = {c: _zeros(plan.columns[c], m) for c in plan.columns if c not in early}
    hits: dict[str, list[Any]] = {c: [] for c in HIT_COLUMNS}
    hit_rows: list[int] = []  # the sentence row of each hit: article-hook hits are put in sentence order below
    if article_hits:
        add = [hits[c].append for c in HIT_COLUMNS]
        a_aid, a_outlet, a_sentence, *a_fields, a_bp = add
        for row, aid, outlet, index, h in article_hits:
            a_aid(aid)
            a_outlet(outlet)
            a_sentence(index)
            for append, v in zip(a_fields, h, strict=True):
                append(v)
            a_bp(bool(excluded[row]))
            hit_rows.append(row)
    if plan.sentence_hooks:
        _run_sentence_hooks(plan.sentence_hooks, view, values, hits, surfaces, codes, vocab_list, tok_vocab, tstart,
                            hit_rows)
    last.clear()
    view._rows_with = None  # (ChunkView.rows_with then reads the tokens: the ids below are freed as they are used)
    view._may_match = None  # (and may_match says True everywhere)
    view._token_ids = None  # (and token_ids reads the tokens)
    view._may_match_memo.clear()
    token_ids = np.full(len(tok_vocab) + m, -1, dtype=np.int32)  # every sentence's tokens, -1 after each
    token_ids[np.arange(len(tok_vocab)) + np.repeat(np.arange(m), counts)] = tok_vocab
    del tok_vocab, codes
    for fam in plan.chunk_hooks:
        view.columns.update(values)
        got = fam.chunk(view) or {}
        for c in fam.columns():
            if c in got:
                arr = np.asarray(got[c]) if plan.columns[c] != "str" else got[c]
                if len(arr) != m:
                    raise ValueError(f"family {fam.name!r}: chunk() must return {m} values for column {c!r}")
                values[c] = arr
    ids, n_tokens, indptr = _token_stream(token_ids, counted.tolist(), n_sentences, vocab_list)
    del token_ids
    cols["n_tokens"] = n_tokens
    cols.update(early)
    cols.update(values)
    types = sentence_types(plan)
    sent = pd.DataFrame({c: _column(cols[c], types[c]) for c in sentence_columns(plan)})
    hit_df = pd.DataFrame({c: _column(hits[c], _HIT_TYPES[c]) for c in HIT_COLUMNS})
    if article_hits and len(hit_df):  # one order whatever the chunking: by sentence, article hooks' hits first
        hit_df = hit_df.iloc[np.argsort(np.asarray(hit_rows), kind="stable")].reset_index(drop=True)
    result = ChunkResult(
        sentences=sent,
        hits=hit_df,
        vocab=_compact(vocab_list),
        token_ids=ids,
        token_indptr=indptr,
        article_ids=[str(a) for a in article_ids],
        tables={f.name: family_table(f, table_rows[f.name]) for f in plan.table_families},
    )
    if release:
        clear_key_memo()
        for fam in plan.families:
            fam.release()
    return result


def family_table(fam: Family, rows: Sequence[tuple]) -> pd.DataFrame:
    """A family's own table from ``(article, *values)`` rows: ``article`` (int32, the article's position in the
    result's ``article_ids``) and the columns of :meth:`Family.table_columns`. Ids and outlets are not stored
    per row (a corpus can have hundreds of thousands of quotes); :meth:`coverage.Analysis.family_table` adds them."""
    types = {"article": "int32", **fam.table_columns()}
    if any(len(r) != len(types) for r in rows):
        raise ValueError(f"family {fam.name!r}: each row of ArticleResult.rows must hold {len(types) - 1} values "
                         f"(table_columns() {list(types)[1:]})")
    cols = list(zip(*rows, strict=True)) if rows else [[] for _ in types]
    return pd.DataFrame({c: _column(list(v), t) for (c, t), v in zip(types.items(), cols, strict=True)})


def _zeros(dtype: str, m: int) -> Any:
    if dtype == "str":
        return [""] * m
    return np.zeros(m, dtype=dtype)


def _run_sentence_hooks(families: Sequence[Family], view: ChunkView, values: dict[str, Any],
                        hits: dict[str, list[Any]], surfaces: list[str], codes: np.ndarray, vocab: list[str],
                        tok_vocab: np.ndarray, tstart: np.ndarray, hit_rows: list[int]) -> None:
    """Call each family's sentence hook on its candidate sentences, building every sentence's tokens once.

    A family with anchors gets only the sentences that pass its pre-filter; one without gets
    every sentence. Values are added into ``values``, evidence appended to ``hits`` (with the
    article, outlet, sentence index and boilerplate flag of the sentence), tone masks put in
    ``view.masks``.
    """
    matchers = [f.anchors() for f in families]
    anchored = [k for k, mt in enumerate(matchers) if mt is not None]
    masks = candidate_masks([matchers[k] for k in anchored], surfaces, codes, vocab, tok_vocab, tstart)
    for j, k in enumerate(anchored):  # ChunkView.may_match (the religion family's gate asks for the lexicon's) reuses them
        view._may_match_memo.setdefault(id(matchers[k]), (matchers[k], masks[j]))
    m = len(view)
    wanted = np.zeros((len(families), m), dtype=bool)
    for j, k in enumerate(anchored):
        wanted[k] = masks[j]
        extra = families[k].candidates(view)
        if extra is not None:
            extra = np.asarray(extra, dtype=bool)
            if extra.shape != (m,):
                raise ValueError(f"family {families[k].name!r}: candidates() must return {m} booleans (one per "
                                 f"sentence of the chunk), got shape {extra.shape}")
            wanted[k] |= extra
    for k, mt in enumerate(matchers):
        if mt is None:
            wanted[k] = True
    rows = np.flatnonzero(wanted.any(axis=0)).tolist()
    if not rows:
        return
    add = [hits[c].append for c in HIT_COLUMNS]
    a_aid, a_outlet, a_sentence, *a_fields, a_bp = add
    flags = wanted.T  # row -> which families
    for row in rows:
        s = SentenceView(view, row, view.tokens(row))
        want = flags[row]
        for k, fam in enumerate(families):
            if not want[k]:
                continue
            out = fam.sentence(s)
            if out is None:
                continue
            if isinstance(out, SentenceResult):
                found, add_values, masks_ = out.hits, out.values, out.masks
            else:
                found, add_values, masks_ = list(out), None, ()
            if add_values is None:
                for h in found:
                    if h.counted_as and h.counted_as in values:
                        values[h.counted_as][row] += h.weight
            else:
                for c, v in add_values.items():
                    values[c][row] += v
            if masks_:
                view.masks.setdefault(row, []).extend(masks_)
            if found:
                aid, outlet, index, bp = s.article_id, s.outlet, s.index, bool(s.boilerplate)
                hit_rows.extend([row] * len(found))
                for h in found:
                    a_aid(aid)
                    a_outlet(outlet)
                    a_sentence(index)
                    for append, v in zip(a_fields, h, strict=True):
                        append(v)
                    a_bp(bp)


def _token_stream(token_ids: np.ndarray, counted: list[bool], n_sentences: list[int], vocab: list[str]
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Word counts per sentence, and the stream of the counted sentences with article offsets.

    ``token_ids`` holds every sentence's ids followed by -1; ``n_sentences[i]`` is the
    number of sentences before article ``i``.
    """
    ids = np.asarray(token_ids, dtype=np.int32)
    word = is_word_many(vocab)
    ends = np.flatnonzero(ids < 0)  # one per sentence
    words_before = np.cumsum(np.where(ids >= 0, word[np.maximum(ids, 0)] if len(word) else False, False))
    n_tokens = np.diff(np.concatenate([[0], words_before[ends]])).astype(np.int64) if len(ends) else np.zeros(0, np.int64)
    keep_sentence = np.asarray(counted, dtype=bool)
    lengths = np.diff(np.concatenate([[-1], ends]))  # tokens of each sentence, its -1 included
    keep = np.repeat(keep_sentence, lengths)
    kept_len = np.where(keep_sentence, lengths, 0)
    per_sentence_end = np.concatenate([[0], np.cumsum(kept_len)])
    indptr = per_sentence_end[np.asarray(n_sentences, dtype=np.int64)].astype(np.int64)
    return ids[keep], n_tokens, indptr


def _compact(words: list[str]) -> Any:
    """Strings as one Arrow array (a few bytes each rather than a Python object each)."""
    import pyarrow as pa

    return pa.array(words, type=pa.large_string())


def _as_list(words: Any) -> list[str]:
    return words if isinstance(words, list) else words.to_pylist()


def _column(values: Any, dtype: Any) -> Any:
    """A table column of ``dtype`` (NumPy for numbers and booleans, pandas' "str" for text) without a frame-wide astype."""
    if dtype == "str":
        return pd.Series(values, dtype=object).astype("str").array
    return np.asarray(values, dtype=dtype)


def merge_chunks(chunks: Iterable[ChunkResult], plan: Plan) -> ChunkResult:
    """Concatenate chunk results in order, re-indexing tokens into one vocabulary.

    The merged vocabulary lists norms in order of first appearance over the
    chunks, so the result does not depend on how the articles were chunked.
    The chunks are consumed (their tables are released as they are merged, so a
    corpus-sized merge needs little more memory than its result).
    """
    chunks = list(chunks)
    vocab, remaps = _merged_vocab([c.vocab for c in chunks])
    ids: list[str] = []
    indptr = [np.zeros(1, dtype=np.int64)]
    token_ids = np.empty(sum(len(c.token_ids) for c in chunks), dtype=np.int32)
    offset = 0
    for c, remap in zip(chunks, remaps, strict=True):  # each chunk's ids are re-mapped into place and released
        local = c.token_ids
        end = offset + len(local)
        token_ids[offset:end] = np.where(local >= 0, remap[np.maximum(local, 0)] if remap.size else -1, -1)
        indptr.append(c.token_indptr[1:] + offset)
        offset = end
        ids.extend(c.article_ids)
        c.token_ids = np.zeros(0, dtype=np.int32)
        c.vocab = []
        del local
    release_memory()
    cols = sentence_columns(plan)
    types = sentence_types(plan)
    sentences = _concat_consumed(chunks, "sentences",
                                 lambda: pd.DataFrame({c: _column([], types[c]) for c in cols}))
    hits = _concat_consumed(chunks, "hits", lambda: pd.DataFrame({c: [] for c in HIT_COLUMNS}).astype(_HIT_TYPES))
    tables = {}
    firsts = np.cumsum([0, *(len(c.article_ids) for c in chunks)])  # each chunk's first article in the merge
    for f in plan.table_families:
        frames = []
        for c, first in zip(chunks, firsts, strict=False):
            t = c.tables.pop(f.name, None)
            if t is not None and len(t):
                frames.append(t.assign(article=(t["article"].to_numpy() + first).astype(np.int32)))
        tables[f.name] = (pd.concat(frames, ignore_index=True) if len(frames) > 1
                          else frames[0].reset_index(drop=True) if frames else family_table(f, []))
    return ChunkResult(
        sentences=sentences,
        hits=hits,
        vocab=vocab,
        token_ids=token_ids,
        token_indptr=np.concatenate(indptr),
        article_ids=ids,
        tables=tables,
    )


def _merged_vocab(vocabs: list[Any]) -> tuple[list[str], list[np.ndarray]]:
    """The chunks' vocabularies merged in order of first appearance, and each chunk's ids in it.

    One Arrow dictionary encoding of the concatenated vocabularies (it numbers values
    in order of first appearance, as :class:`_Vocab` does); word by word in Python
    when Arrow cannot hold them (a lone surrogate).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        arrays = [v if isinstance(v, pa.Array) else pa.array(v, type=pa.large_string()) for v in vocabs]
        arrays = [a.cast(pa.large_string()) for a in arrays]
    except (UnicodeEncodeError, pa.ArrowException):
        vocab = _Vocab()
        remaps = [np.fromiter(map(vocab.__getitem__, w), dtype=np.int32, count=len(w)) for w in map(_as_list, vocabs)]
        return list(vocab), remaps
    if not arrays or not sum(map(len, arrays)):
        return [], [np.zeros(0, dtype=np.int32) for _ in vocabs]
    enc = pc.dictionary_encode(pa.concat_arrays(arrays))
    codes = np.asarray(enc.indices, dtype=np.int32)
    bounds = np.cumsum([0, *map(len, arrays)])
    return enc.dictionary.to_pylist(), [codes[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


# rows up to which chunk tables are merged by one pd.concat rather than column by column through Arrow
_SMALL_MERGE = 250_000


def _concat_consumed(chunks: list[ChunkResult], name: str, empty: Any) -> pd.DataFrame:
    """``pd.concat`` of one table of every chunk, releasing each chunk's table as it goes.

    Up to ``_SMALL_MERGE`` rows in all, by ``pd.concat`` itself. Larger ones go through Arrow: each frame becomes an Arrow table (strings zero-copy) and is
    dropped; the concatenated table converts back column by column, freeing each
    Arrow column once converted. Peak memory is about the result plus one column,
    not twice the result as with ``pd.concat``.
    """
    import pyarrow as pa

    frames = [getattr(c, name) for c in chunks]
    frames = [f for f in frames if f is not None and len(f)]
    if not frames:
        return empty()
    if len(frames) == 1:
        return frames[0].reset_index(drop=True)
    if sum(map(len, frames)) <= _SMALL_MERGE:  # small: one concat is quicker, and its copy costs little memory
        for c in chunks:
            setattr(c, name, None)
        return pd.concat(frames, ignore_index=True)
    dtypes = frames[0].dtypes
    tables = []
    for c in chunks:
        f = getattr(c, name)
        if f is not None and len(f):
            tables.append(pa.Table.from_pandas(f, preserve_index=False))
        setattr(c, name, None)
    del frames, f
    table = pa.concat_tables(tables)
    del tables
    strings = pd.StringDtype("pyarrow", na_value=np.nan)  # pandas' default "str" dtype
    mapper = {pa.string(): strings, pa.large_string(): strings}.get
    parts = []
    for column in list(table.column_names):  # column by column, returning each column's chunks as it goes
        one = table.select([column])
        table = table.drop_columns([column])
        parts.append(one.to_pandas(self_destruct=True, split_blocks=True, types_mapper=mapper))
        del one
        release_memory()
    del table
    out = pd.concat(parts, axis=1)  # no copy: the columns' blocks are taken over
    del parts
    return out.astype(dtypes.to_dict())
