"""The one-pass engine: every per-article computation of :func:`coverage.analyze`.

:func:`process_chunk` takes a batch of articles (``article_id, outlet, text``)
and reads each one once: segment, flag boilerplate, tokenize every sentence of the
chunk in one batch (:func:`coverage.text.split_tokens_many`: Arrow's RE2, with Python
for the few sentences where the two regex engines could differ), map the tokens to a
chunk vocabulary with NumPy, match the framing lexicon and the religion rules (only on
sentences with a lexicon word that passes the anchors' case and word tests, found once
per distinct word), and score sentiment and tone with the exact vectorised VADER in one
batch per chunk. It returns a :class:`ChunkResult`: tidy sentence and hit tables plus
the article's tokens as integer ids into a chunk vocabulary (a compact token stream
from which term counts, n-grams and keyness are built as sparse matrices, see
:func:`coverage.terms.stream_term_matrix`).

Matching and counting use the tokens' folded norms and VADER scores the folded
sentence text (:func:`coverage.text.fold_text`: soft hyphens and zero-width joiners
removed, fullwidth letters NFKC, look-alike Cyrillic/Greek letters of Latin words
made Latin), while every offset, ``matched`` text and sentence text is the original.

The function is pure (same chunk and configuration, same result), so chunks
can run in any order, in other processes (``n_jobs``), on a Dask cluster
(``engine="dask"``) or come from the article cache (:mod:`coverage.cache`),
and :func:`merge_chunks` gives byte-identical tables whichever way they ran.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from . import sentiment as _sent
from ._memory import release_memory
from .boilerplate import boilerplate_reasons
from .frames import match_frames
from .lexicon import Lexicon, match_key
from .religion import RELIGION_FRAMES, ReligionRules, _default_rules, match_religion
from .text import (
    Token,
    _has_fold_chars,
    fold_text,
    is_word_many,
    segment,
    token_batch,
    token_norms,
    tokens_from_parts,
)
from .vader import FastVader

__all__ = ["ChunkResult", "process_chunk", "merge_chunks", "release_memos", "SENTENCE_COLUMNS", "HIT_COLUMNS"]

RELIGION_COLUMNS = [f"religion_{f}" for f in RELIGION_FRAMES]
HIT_COLUMNS = [
    "article_id", "outlet", "sentence", "metric", "term", "matched", "category", "frame", "weight",
    "negated", "counted_as", "rule", "start", "end", "boilerplate",
]
_HIT_TYPES = {"article_id": "str", "outlet": "str", "sentence": "int64", "metric": "str", "term": "str",
              "matched": "str", "category": "str", "frame": "str", "weight": "float64", "negated": bool,
              "counted_as": "str", "rule": "str", "start": "int64", "end": "int64", "boilerplate": bool}


def SENTENCE_COLUMNS(frames: Sequence[str]) -> list[str]:  # noqa: N802  (a column list per lexicon)
    """Columns of the sentence table for a lexicon with ``frames``."""
    return [
        "article_id", "outlet", "sentence", "start", "end", "paragraph", "in_quote", "text",
        "boilerplate", "boilerplate_reason", "n_tokens", "sentiment", "tone", *frames, "religion",
        *RELIGION_COLUMNS,
    ]


# Sentence fields, in order, and the sentence-table columns they fill
_SEGMENT_FIELDS = ("sentence", "start", "end", "paragraph", "in_quote", "text")
_INT_COLUMNS = ["sentence", "start", "end", "paragraph", "n_tokens", "religion", *RELIGION_COLUMNS]


@lru_cache(maxsize=1)
def _vader() -> FastVader:
    # no per-sentence result cache: a corpus-sized cache would grow without bound
    return FastVader(cache=False)


class _CandidateMemo(dict):
    """token norm -> bit mask: 1 if it may anchor a framing-lexicon entry, 2 a religion term.

    Keyed by norm, so case rules are left out: a non-zero mask is confirmed on the
    tokens' surface text (:meth:`PhraseMatcher.may_match_at`, exact) and on the
    sentence's other words (:meth:`PhraseMatcher.needs_met`). A sentence without any
    anchor cannot match, so its tokens are never turned into objects and the
    matchers never run on it. Almost every norm maps to 0.
    """

    def __init__(self, lexicon: Lexicon, rules: ReligionRules):
        super().__init__()
        self._frames = lexicon.matcher
        self._religion = rules.term_matcher

    def __missing__(self, norm: str) -> int:
        value = (1 if self._frames.anchors_of(norm) else 0) | (2 if self._religion.anchors_of(norm) else 0)
        self[norm] = value
        return value

    def _bits(self, keys_of: np.ndarray, vocab: list[str]) -> np.ndarray:
        """The mask of every norm of ``vocab`` (``keys_of``: their match keys), by Arrow where it can hold them."""
        import pyarrow as pa

        try:
            keys = pa.array(keys_of, type=pa.large_string())
        except (UnicodeEncodeError, pa.ArrowException):  # a lone surrogate: word by word
            return np.fromiter(map(self.__getitem__, vocab), dtype=np.int8, count=len(vocab))
        frames, religion = self._frames.anchored_many(keys), self._religion.anchored_many(keys)
        return frames.astype(np.int8) | (religion.astype(np.int8) << 1)

    def confirmed_many(self, surfaces: list[str], codes: np.ndarray, vocab: list[str], tok_vocab: np.ndarray,
                       tstart: np.ndarray) -> np.ndarray:
        """The mask of every sentence: bit set if some anchor passes its case rule and its pattern's other words are there.

        ``codes`` / ``tok_vocab`` give each token's surface (index into ``surfaces``) and
        norm (index into ``vocab``); sentence ``i``'s tokens are ``tstart[i]:tstart[i + 1]``.
        Both tests are necessary conditions for a match (:meth:`PhraseMatcher.may_match_at`,
        :meth:`PhraseMatcher.needs_met`), so a cleared bit means the matcher would find nothing.
        """
        mask = np.zeros(len(tstart) - 1, dtype=np.int8)
        keys_of = np.array(vocab, dtype=object)  # match_key(norm): the norm itself unless it ends in ' or 's
        for k in [k for k, norm in enumerate(vocab) if norm.endswith(("'", "'s"))]:
            keys_of[k] = match_key(vocab[k])
        bits = self._bits(keys_of, vocab)
        pos = np.flatnonzero(bits[tok_vocab]) if len(vocab) else np.zeros(0, np.intp)
        if not pos.size:
            return mask
        tok_bits = bits[tok_vocab[pos]]
        distinct, inverse = np.unique(codes[pos], return_inverse=True)
        # the case rule, once per distinct surface of an anchor token
        fits = np.zeros((len(distinct), 2), dtype=bool)
        any_bits = np.zeros(len(distinct), dtype=np.int8)
        np.bitwise_or.at(any_bits, inverse.ravel(), tok_bits)
        for k, (code, b) in enumerate(zip(distinct.tolist(), any_bits.tolist(), strict=True)):
            text = surfaces[code]
            fits[k, 0] = bool(b & 1) and self._frames.may_match_at(text)
            fits[k, 1] = bool(b & 2) and self._religion.may_match_at(text)
        inverse = inverse.ravel()
        want = np.where((tok_bits & 1).astype(bool) & fits[inverse, 0], 1, 0) | np.where(
            (tok_bits & 2).astype(bool) & fits[inverse, 1], 2, 0)
        keep = np.flatnonzero(want)
        if not keep.size:
            return mask
        sentence = np.searchsorted(tstart, pos[keep], side="right") - 1
        # an anchor with a pattern that needs no word but its own passes needs_met in any sentence
        # (its key is there): once per distinct word, and no sentence keys for it
        words, word_of = np.unique(tok_vocab[pos[keep]], return_inverse=True)
        alone = np.zeros((len(words), 2), dtype=bool)
        for k, v in enumerate(words.tolist()):
            own = {keys_of[v]}
            alone[k, 0] = self._frames.needs_met(vocab[v], own)
            alone[k, 1] = self._religion.needs_met(vocab[v], own)
        word_of = word_of.ravel()
        want = want[keep]
        sure = np.where((want & 1).astype(bool) & alone[word_of, 0], 1, 0) | np.where(
            (want & 2).astype(bool) & alone[word_of, 1], 2, 0)
        cur, m = -1, 0
        keys: set[str] | None = None
        for p, s, w, e in zip(pos[keep].tolist(), sentence.tolist(), want.tolist(), sure.tolist(), strict=True):
            if s != cur:
                if cur >= 0:
                    mask[cur] = m
                cur, keys, m = s, None, 0
            m |= e
            if not (w & ~m):
                continue
            if keys is None:
                keys = set(keys_of[tok_vocab[tstart[s]:tstart[s + 1]]].tolist())
            norm = vocab[tok_vocab[p]]
            if w & 1 and not m & 1 and self._frames.needs_met(norm, keys):
                m |= 1
            if w & 2 and not m & 2 and self._religion.needs_met(norm, keys):
                m |= 2
        mask[cur] = m
        return mask


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
        Columns :func:`SENTENCE_COLUMNS` (see :mod:`coverage.analysis`).
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
    """

    sentences: pd.DataFrame
    hits: pd.DataFrame
    vocab: list[str]
    token_ids: np.ndarray
    token_indptr: np.ndarray
    article_ids: list[str]


def process_chunk(
    article_ids: Sequence[str],
    outlets: Sequence[str],
    texts: Sequence[str],
    *,
    lexicon: Lexicon,
    exclude_boilerplate: bool = True,
    rules: ReligionRules | None = None,
    release: bool = True,
) -> ChunkResult:
    """Run the per-article pipeline over a batch of articles.

    Parameters
    ----------
    article_ids, outlets, texts : sequences of str, same length
        Normalised article texts (as :func:`coverage.load_corpus` stores them).
    lexicon : Lexicon
        Framing lexicon (with ``solidarity`` and ``violence``).
    exclude_boilerplate : bool, default True
        Leave boilerplate sentences out of the token stream (term counts).
    rules : ReligionRules, optional
        Defaults to the built-in religion rules.
    release : bool, default True
        Drop the per-word memo tables afterwards (see :func:`release_memos`).

    Returns
    -------
    ChunkResult

    Examples
    --------
    >>> from coverage.lexicon import Lexicon
    >>> r = process_chunk(["a"], ["A"], ["We stand together. They were not afraid."], lexicon=Lexicon.default())
    >>> r.sentences[["sentence", "n_tokens", "solidarity"]].to_dict("list")
    {'sentence': [0, 1], 'n_tokens': [3, 4], 'solidarity': [1.0, 1.0]}
    """
    rules = _default_rules() if rules is None else rules
    frames = list(lexicon.frames)
    cols: dict[str, Any] = {c: [] for c in ("article_id", "outlet", *_SEGMENT_FIELDS, "boilerplate", "boilerplate_reason")}
    counted: list[bool] = []
    n_sentences = [0]
    for aid, outlet, text in zip(article_ids, outlets, texts, strict=True):
        sentences = segment(text)
        reasons = boilerplate_reasons(text, sentences)
        if sentences:  # the per-sentence columns an article at a time (columns of the Sentence tuples)
            for name, values in zip(_SEGMENT_FIELDS, zip(*sentences, strict=True), strict=True):
                cols[name].extend(values)
            cols["article_id"].extend([aid] * len(sentences))
            cols["outlet"].extend([outlet] * len(sentences))
            cols["boilerplate_reason"].extend(reasons)
            cols["boilerplate"].extend(map(bool, reasons))
            counted.extend([not (r and exclude_boilerplate) for r in reasons])
        n_sentences.append(len(cols["text"]))
    texts_col: list[str] = cols["text"]
    m = len(texts_col)

    # every sentence's tokens in one batch, as ids into the chunk vocabulary (norms in order of first appearance)
    batch = token_batch(texts_col)
    surfaces, codes, counts = batch.surfaces, batch.codes, batch.counts
    vocab = _Vocab()
    surface_norms = token_norms(surfaces)
    surface_vocab = np.fromiter(map(vocab.__getitem__, surface_norms), dtype=np.int32, count=len(surfaces))
    tok_vocab = surface_vocab[codes] if len(codes) else np.zeros(0, dtype=np.int32)
    tstart = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(counts)])
    vocab_list = list(vocab)
    flags = _CandidateMemo(lexicon, rules).confirmed_many(surfaces, codes, vocab_list, tok_vocab, tstart)

    # the few sentences that may contain a frame or religion term: tokens with offsets, the matchers
    frame_vals = {f: np.zeros(m, dtype=np.float64) for f in frames}
    rel_vals = {f: np.zeros(m, dtype=np.int64) for f in RELIGION_FRAMES}
    hits: dict[str, list[Any]] = {c: [] for c in HIT_COLUMNS}
    tone_texts: list[str] = []
    tone_rows: list[int] = []
    starts, indices = cols["start"], cols["sentence"]
    last_row, last_objs = -2, None

    def token_objects(row: int) -> list[Token]:
        """Sentence ``row``'s Token objects, from the batch."""
        a, b = int(tstart[row]), int(tstart[row + 1])
        sc = batch.codes[a:b].tolist()
        return tokens_from_parts([surfaces[c] for c in sc], [surface_norms[c] for c in sc],
                                 (batch.starts[a:b] + starts[row]).tolist())

    for row in np.flatnonzero(flags).tolist():
        bits = int(flags[row])
        text, start, index = texts_col[row], starts[row], indices[row]
        aid, outlet = cols["article_id"][row], cols["outlet"][row]
        is_bp = bool(cols["boilerplate_reason"][row])
        objs = token_objects(row)
        if bits & 1:
            mask: list[tuple[int, int]] = []
            for h in match_frames(objs, lexicon):
                if h.counted_as in frame_vals:
                    frame_vals[h.counted_as][row] += float(h.weight)
                if h.metric == "violence" or h.category == "defiance":
                    mask.append((h.start - start, h.end - start))
                _add_hit(hits, aid, outlet, index, h.metric, h.term, h.matched, h.category, "",
                         float(h.weight) if h.counted_as else 0.0, bool(h.negated), h.counted_as or "",
                         h.rule, h.start, h.end, is_bp)
            if mask:
                tone_rows.append(row)
                tone_texts.append(_sent.mask_spans(text, mask))
        if bits & 2:
            prev_objs: list[Token] = []
            if index > 0:  # the sentence before, in the same article
                prev_objs = last_objs if last_row == row - 1 else token_objects(row - 1)
            for h in match_religion(objs, text, sentence_start=start, context_tokens=prev_objs):
                rel_vals[h.frame][row] += 1
                _add_hit(hits, aid, outlet, index, "religion", h.term, h.matched, h.category, h.frame,
                         1.0, False, "religion", h.rule, h.start, h.end, is_bp)
        last_row, last_objs = row, objs
    for f in frames:
        cols[f] = frame_vals[f]
    cols["religion"] = sum(rel_vals.values(), np.zeros(m, dtype=np.int64))
    for c, f in zip(RELIGION_COLUMNS, RELIGION_FRAMES, strict=True):
        cols[c] = rel_vals[f]
    token_ids = np.full(len(tok_vocab) + m, -1, dtype=np.int32)  # every sentence's tokens, -1 after each
    token_ids[np.arange(len(tok_vocab)) + np.repeat(np.arange(m), counts)] = tok_vocab
    del tok_vocab, codes

    scores = _vader().compound_many(_folded(texts_col + tone_texts)) if texts_col else np.zeros(0)
    n = len(texts_col)
    sentiment = scores[:n]
    tone = sentiment.copy()
    if tone_rows:
        tone[np.asarray(tone_rows)] = scores[n:]
    ids, n_tokens, indptr = _token_stream(token_ids, counted, n_sentences, vocab_list)
    del token_ids
    cols["n_tokens"] = n_tokens
    cols["sentiment"], cols["tone"] = sentiment, tone
    types = _sentence_types(frames)
    sent = pd.DataFrame({c: _column(cols[c], types[c]) for c in SENTENCE_COLUMNS(frames)})
    hit_df = pd.DataFrame({c: _column(hits[c], _HIT_TYPES[c]) for c in HIT_COLUMNS})
    result = ChunkResult(
        sentences=sent,
        hits=hit_df,
        vocab=_compact(vocab_list),
        token_ids=ids,
        token_indptr=indptr,
        article_ids=[str(a) for a in article_ids],
    )
    if release:
        release_memos(lexicon, rules)
    return result


def _folded(texts: list[str]) -> list[str]:
    """The texts VADER scores: each one folded (:func:`coverage.text.fold_text`), the list itself when none changes.

    VADER needs no offsets, so it reads "kil\\u00adled" as "killed" and "ＧＯＯＤ" as
    "GOOD". One test over the whole chunk first: ordinary text is scored as it is.
    """
    if not _has_fold_chars("\n".join(texts)):
        return texts
    return [fold_text(t) for t in texts]


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


# VADER's token table is kept across chunks up to this many distinct raw tokens (about 30 MB):
# building it is a third of VADER's time on a new chunk
_VADER_KEEP = 150_000


def _compact(words: list[str]) -> Any:
    """Strings as one Arrow array (a few bytes each rather than a Python object each)."""
    import pyarrow as pa

    return pa.array(words, type=pa.large_string())


def _as_list(words: Any) -> list[str]:
    return words if isinstance(words, list) else words.to_pylist()


def release_memos(lexicon: Lexicon, rules: ReligionRules | None = None) -> None:
    """Drop the per-word memo tables the matchers and the engine's VADER build while reading.

    They make one chunk fast (one entry per distinct word), but kept for a whole
    corpus they pin memory: a few long-lived entries in every allocator arena keep
    the freed per-sentence objects' arenas from being returned. Dropping them after
    each chunk bounds memory by the chunk size (about 10% more time). VADER's token
    table is the exception: it is kept until it holds ``_VADER_KEEP`` raw tokens.
    """
    from . import lexicon as _lexicon

    rules = _default_rules() if rules is None else rules
    _lexicon._KEYS.clear()
    for m in (lexicon.matcher, rules.term_matcher, rules.cue_matcher, rules.proximity_matcher):
        m.__dict__.pop("_memo", None)
        m.__dict__.pop("_anchor_memo", None)
    if len(_vader()._raw2id) > _VADER_KEEP:
        _vader.cache_clear()


def _add_hit(hits: dict[str, list[Any]], *values: Any) -> None:
    for c, v in zip(HIT_COLUMNS, values, strict=True):
        hits[c].append(v)


def _sentence_types(frames: Sequence[str]) -> dict[str, Any]:
    types: dict[str, Any] = {c: "int64" for c in _INT_COLUMNS}
    types.update({c: "float64" for c in ["sentiment", "tone", *frames]})
    types.update({"in_quote": bool, "boilerplate": bool})
    types.update({c: "str" for c in ("article_id", "outlet", "text", "boilerplate_reason")})
    return types


def _typed(df: pd.DataFrame, frames: Sequence[str]) -> pd.DataFrame:
    return df.astype(_sentence_types(frames))


def _column(values: Any, dtype: Any) -> Any:
    """A table column of ``dtype`` (NumPy for numbers and booleans, pandas' "str" for text) without a frame-wide astype."""
    if dtype == "str":
        return pd.Series(values, dtype=object).astype("str").array
    return np.asarray(values, dtype=dtype)


def merge_chunks(chunks: Iterable[ChunkResult], frames: Sequence[str]) -> ChunkResult:
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
    cols = SENTENCE_COLUMNS(frames)
    sentences = _concat_consumed(chunks, "sentences",
                                 lambda: _typed(pd.DataFrame({c: [] for c in cols}), frames)[cols])
    hits = _concat_consumed(chunks, "hits", lambda: pd.DataFrame({c: [] for c in HIT_COLUMNS}).astype(_HIT_TYPES))
    return ChunkResult(
        sentences=sentences,
        hits=hits,
        vocab=vocab,
        token_ids=token_ids,
        token_indptr=np.concatenate(indptr),
        article_ids=ids,
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
