"""The one-pass engine: every per-article computation of :func:`coverage.analyze`.

:func:`process_chunk` takes a batch of articles (``article_id, outlet, text``)
and reads each one once: segment, flag boilerplate, tokenize every sentence
(:func:`coverage.text.split_tokens`: one C-level regex split per sentence), match the framing lexicon and the
religion rules (only on sentences that contain a lexicon word, found with one
dictionary probe per distinct word), and score sentiment and tone with the
exact vectorised VADER in one batch per chunk. It returns a :class:`ChunkResult`:
tidy sentence and hit tables plus the article's tokens as integer ids into a
chunk vocabulary (a compact token stream from which term counts, n-grams and
keyness are built as sparse matrices, see :func:`coverage.terms.stream_term_matrix`).

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
from .lexicon import Lexicon, match_keys
from .religion import RELIGION_FRAMES, ReligionRules, _default_rules, match_religion
from .text import Token, is_word, segment, split_tokens, token_starts, tokens_from_parts
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
    tokens' surface text (:meth:`PhraseMatcher.may_match_at`, exact). A sentence without
    any anchor cannot match, so its tokens are never turned into objects and the
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

    def confirmed(self, toks: list[str], norms: list[str]) -> int:
        """The mask of a sentence: bit set if some anchor passes its case rule and its pattern's other words are there.

        Both tests are necessary conditions for a match (:meth:`PhraseMatcher.may_match_at`,
        :meth:`PhraseMatcher.needs_met`), so a cleared bit means the matcher would find nothing.
        """
        mask = 0
        keys: set[str] | None = None
        for tok, norm in zip(toks, norms, strict=True):
            bits = self[norm]
            if bits & 1 and not mask & 1 and self._frames.may_match_at(tok):
                keys = set(match_keys(norms)) if keys is None else keys
                if self._frames.needs_met(norm, keys):
                    mask |= 1
            if bits & 2 and not mask & 2 and self._religion.may_match_at(tok):
                keys = set(match_keys(norms)) if keys is None else keys
                if self._religion.needs_met(norm, keys):
                    mask |= 2
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
    candidates = _CandidateMemo(lexicon, rules)
    vocab = _Vocab()
    cols: dict[str, list[Any]] = {c: [] for c in SENTENCE_COLUMNS(frames) if c not in ("sentiment", "tone")}
    frame_cols = [cols[f] for f in frames]
    rel_cols = [cols[c] for c in RELIGION_COLUMNS]
    hits: dict[str, list[Any]] = {c: [] for c in HIT_COLUMNS}
    token_ids: list[int] = []  # every sentence's tokens, -1 after each; the uncounted are dropped at the end
    counted: list[bool] = []
    n_sentences = [0]
    tone_texts: list[str] = []
    tone_rows: list[int] = []
    row = 0
    for aid, outlet, text in zip(article_ids, outlets, texts, strict=True):
        sentences = segment(text)
        reasons = boilerplate_reasons(text, sentences)
        prev: tuple[list[str], list[str], list[str], int] | None = None
        prev_objs: list[Token] | None = None
        if sentences:  # the per-sentence columns an article at a time (columns of the Sentence tuples)
            for name, values in zip(_SEGMENT_FIELDS, zip(*sentences, strict=True), strict=True):
                cols[name].extend(values)
            cols["article_id"].extend([aid] * len(sentences))
            cols["outlet"].extend([outlet] * len(sentences))
            cols["boilerplate_reason"].extend(reasons)
            cols["boilerplate"].extend(map(bool, reasons))
            counted.extend([not (r and exclude_boilerplate) for r in reasons])
        for s, reason in zip(sentences, reasons, strict=True):
            pieces, toks, norms = split_tokens(s.text)  # offsets only for the few sentences that need objects
            is_bp = bool(reason)
            token_ids.extend(map(vocab.__getitem__, norms))
            token_ids.append(-1)
            flags = candidates.confirmed(toks, norms) if any(map(candidates.__getitem__, norms)) else 0
            objs: list[Token] | None = None
            if not flags:  # most sentences: no frame or religion term can be in them
                for c in frame_cols:
                    c.append(0.0)
                cols["religion"].append(0)
                for c in rel_cols:
                    c.append(0)
                prev, prev_objs = (pieces, toks, norms, s.start), None
                row += 1
                continue
            frame_sums = dict.fromkeys(frames, 0.0)
            rel_counts = dict.fromkeys(RELIGION_FRAMES, 0)
            if flags & 1:
                objs = tokens_from_parts(toks, norms, token_starts(pieces, s.start))
                mask: list[tuple[int, int]] = []
                for h in match_frames(objs, lexicon):
                    if h.counted_as:
                        frame_sums[h.counted_as] = frame_sums.get(h.counted_as, 0.0) + float(h.weight)
                    if h.metric == "violence" or h.category == "defiance":
                        mask.append((h.start - s.start, h.end - s.start))
                    _add_hit(hits, aid, outlet, s.index, h.metric, h.term, h.matched, h.category, "",
                             float(h.weight) if h.counted_as else 0.0, bool(h.negated), h.counted_as or "",
                             h.rule, h.start, h.end, is_bp)
                if mask:
                    tone_rows.append(row)
                    tone_texts.append(_sent.mask_spans(s.text, mask))
            if flags & 2:
                if objs is None:
                    objs = tokens_from_parts(toks, norms, token_starts(pieces, s.start))
                if prev is not None and prev_objs is None:
                    p_pieces, p_toks, p_norms, p_start = prev
                    prev_objs = tokens_from_parts(p_toks, p_norms, token_starts(p_pieces, p_start))
                for h in match_religion(objs, s.text, sentence_start=s.start, context_tokens=prev_objs or []):
                    rel_counts[h.frame] += 1
                    _add_hit(hits, aid, outlet, s.index, "religion", h.term, h.matched, h.category, h.frame,
                             1.0, False, "religion", h.rule, h.start, h.end, is_bp)
            for c, f in zip(frame_cols, frames, strict=True):
                c.append(frame_sums[f])
            cols["religion"].append(sum(rel_counts.values()))
            for c, f in zip(rel_cols, RELIGION_FRAMES, strict=True):
                c.append(rel_counts[f])
            prev, prev_objs = (pieces, toks, norms, s.start), objs
            row += 1
        n_sentences.append(row)

    texts_col = cols["text"]
    scores = _vader().compound_many(texts_col + tone_texts) if texts_col else np.zeros(0)
    n = len(texts_col)
    sentiment = scores[:n]
    tone = sentiment.copy()
    if tone_rows:
        tone[np.asarray(tone_rows)] = scores[n:]
    ids, n_tokens, indptr = _token_stream(token_ids, counted, n_sentences, vocab)
    del token_ids
    cols["n_tokens"] = n_tokens
    sent = pd.DataFrame(cols)
    sent.insert(sent.columns.get_loc("n_tokens") + 1, "sentiment", sentiment.astype("float64"))
    sent.insert(sent.columns.get_loc("sentiment") + 1, "tone", tone.astype("float64"))
    sent = _typed(sent, frames)
    hit_df = pd.DataFrame(hits, columns=HIT_COLUMNS).astype(_HIT_TYPES)
    result = ChunkResult(
        sentences=sent[SENTENCE_COLUMNS(frames)],
        hits=hit_df,
        vocab=_compact(list(vocab)),
        token_ids=ids,
        token_indptr=indptr,
        article_ids=[str(a) for a in article_ids],
    )
    if release:
        release_memos(lexicon, rules)
    return result


def _token_stream(token_ids: list[int], counted: list[bool], n_sentences: list[int], vocab: _Vocab
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Word counts per sentence, and the stream of the counted sentences with article offsets.

    ``token_ids`` holds every sentence's ids followed by -1; ``n_sentences[i]`` is the
    number of sentences before article ``i``.
    """
    ids = np.asarray(token_ids, dtype=np.int32)
    word = np.fromiter(map(is_word, vocab), dtype=bool, count=len(vocab))
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


def _typed(df: pd.DataFrame, frames: Sequence[str]) -> pd.DataFrame:
    types: dict[str, Any] = {c: "int64" for c in _INT_COLUMNS}
    types.update({c: "float64" for c in ["sentiment", "tone", *frames]})
    types.update({"in_quote": bool, "boilerplate": bool})
    types.update({c: "str" for c in ("article_id", "outlet", "text", "boilerplate_reason")})
    return df.astype(types)


def merge_chunks(chunks: Iterable[ChunkResult], frames: Sequence[str]) -> ChunkResult:
    """Concatenate chunk results in order, re-indexing tokens into one vocabulary.

    The merged vocabulary lists norms in order of first appearance over the
    chunks, so the result does not depend on how the articles were chunked.
    The chunks are consumed (their tables are released as they are merged, so a
    corpus-sized merge needs little more memory than its result).
    """
    chunks = list(chunks)
    vocab = _Vocab()
    ids: list[str] = []
    indptr = [np.zeros(1, dtype=np.int64)]
    token_ids = np.empty(sum(len(c.token_ids) for c in chunks), dtype=np.int32)
    offset = 0
    for c in chunks:  # each chunk's ids are re-mapped into place and released
        words = _as_list(c.vocab)
        remap = np.fromiter(map(vocab.__getitem__, words), dtype=np.int32, count=len(words))
        del words
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
        vocab=list(vocab),
        token_ids=token_ids,
        token_indptr=np.concatenate(indptr),
        article_ids=ids,
    )


def _concat_consumed(chunks: list[ChunkResult], name: str, empty: Any) -> pd.DataFrame:
    """``pd.concat`` of one table of every chunk, releasing each chunk's table as it goes.

    Through Arrow: each frame becomes an Arrow table (strings zero-copy) and is
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
