"""The anchor pre-filter: which sentences of a chunk can a family's phrase matcher match at all?

A family with :meth:`~coverage.families.Family.anchors` (a :class:`~coverage.lexicon.PhraseMatcher`)
is passed only the sentences that contain one of its anchor words, with the anchor's case rule
met on the token's surface text (:meth:`PhraseMatcher.may_match_at`) and every other word its
pattern needs present in the sentence (:meth:`PhraseMatcher.needs_met`). Each test is a
necessary condition for a match, so a sentence that fails them would give nothing: its tokens
are never turned into objects and the family never runs on it. Almost every sentence of a news
article fails every test.

The work is per distinct word, not per token: the chunk vocabulary's anchor masks come from one
Arrow membership test per matcher (:meth:`PhraseMatcher.anchored_many`), the case rule is
checked once per distinct surface text, and a pattern that needs no word but its anchor is
decided once per distinct word.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from typing import Any

import numpy as np

from ..lexicon import match_key

__all__ = ["candidate_masks"]


def _anchor_bits(matchers: Sequence[Any], keys_of: np.ndarray, vocab: list[str]) -> np.ndarray:
    """Per vocabulary entry, bit ``k`` set if matcher ``k`` has an anchor for it (by Arrow where it can)."""
    import pyarrow as pa

    bits = np.zeros(len(vocab), dtype=np.int64)
    try:
        keys = pa.array(keys_of, type=pa.large_string())
    except (UnicodeEncodeError, pa.ArrowException):  # a lone surrogate: word by word
        for k, mt in enumerate(matchers):
            bits |= np.fromiter((bool(mt.anchors_of(w)) for w in vocab), dtype=bool, count=len(vocab)).astype(
                np.int64) << k
        return bits
    for k, mt in enumerate(matchers):
        bits |= np.asarray(mt.anchored_many(keys), dtype=np.int64) << k
    return bits


def candidate_masks(matchers: Sequence[Any], surfaces: list[str], codes: np.ndarray, vocab: list[str],
                    tok_vocab: np.ndarray, tstart: np.ndarray) -> np.ndarray:
    """``(len(matchers), n_sentences)`` booleans: may matcher ``k`` match in sentence ``i``?

    ``codes`` / ``tok_vocab`` give each token's surface (index into ``surfaces``) and norm
    (index into ``vocab``); sentence ``i``'s tokens are ``tstart[i]:tstart[i + 1]``. A False
    means the matcher would certainly find nothing there.

    Examples
    --------
    >>> from coverage.families.framing import FramingFamily
    >>> from coverage.text import token_batch, token_norms
    >>> b = token_batch(["We stand together.", "It rained."])
    >>> vocab = token_norms(b.surfaces)
    >>> ids = np.arange(len(vocab))[b.codes]
    >>> tstart = np.concatenate([[0], np.cumsum(b.counts)])
    >>> candidate_masks([FramingFamily().lexicon.matcher], b.surfaces, b.codes, vocab, ids, tstart).tolist()
    [[True, False]]
    """
    n_matchers, m = len(matchers), len(tstart) - 1
    out = np.zeros((n_matchers, m), dtype=bool)
    if not n_matchers or not m or not len(vocab):
        return out
    if n_matchers > 62:
        raise ValueError("at most 62 families may have anchors")
    keys_of = np.array(vocab, dtype=object)  # match_key(norm): the norm itself unless it ends in ' or 's
    possessive = np.fromiter(map(str.endswith, vocab, repeat(("'", "'s"))), dtype=bool, count=len(vocab))  # (in C)
    for k in np.flatnonzero(possessive).tolist():
        keys_of[k] = match_key(vocab[k])
    bits = _anchor_bits(matchers, keys_of, vocab)
    pos = np.flatnonzero(bits[tok_vocab])
    if not pos.size:
        return out
    tok_bits = bits[tok_vocab[pos]]
    distinct, inverse = np.unique(codes[pos], return_inverse=True)
    inverse = inverse.ravel()
    # the case rule, once per distinct surface of an anchor token
    any_bits = np.zeros(len(distinct), dtype=np.int64)
    np.bitwise_or.at(any_bits, inverse, tok_bits)
    fits = np.zeros(len(distinct), dtype=np.int64)
    for d, (code, b) in enumerate(zip(distinct.tolist(), any_bits.tolist(), strict=True)):
        text = surfaces[code]
        f = 0
        for k in range(n_matchers):
            if b >> k & 1 and matchers[k].may_match_at(text):
                f |= 1 << k
        fits[d] = f
    want = tok_bits & fits[inverse]
    keep = np.flatnonzero(want)
    if not keep.size:
        return out
    sentence = np.searchsorted(tstart, pos[keep], side="right") - 1
    # each matcher's needs of each anchor word (PhraseMatcher.needs_met), looked up once per word in this call
    needs: dict[tuple[int, int], tuple[frozenset[str], ...]] = {}

    def needs_met(k: int, v: int, keys: set[str]) -> bool:
        found = needs.get((k, v))
        if found is None:
            found = needs[k, v] = matchers[k].anchor_needs(vocab[v])
        for n in found:  # (a loop: any() over a generator costs more for these few sets)
            if n <= keys:
                return True
        return False

    # an anchor with a pattern that needs no word but its own passes needs_met in any sentence
    # (its key is there): once per distinct word, and no sentence keys for it
    words, word_of = np.unique(tok_vocab[pos[keep]], return_inverse=True)
    word_of = word_of.ravel()
    alone = np.zeros(len(words), dtype=np.int64)
    for w_i, v in enumerate(words.tolist()):
        own = {keys_of[v]}
        b = int(bits[v])
        a = 0
        for k in range(n_matchers):
            if b >> k & 1 and needs_met(k, v, own):
                a |= 1 << k
        alone[w_i] = a
    want = want[keep]
    # each sentence's sure bits at once; its words are looked at only for the matchers still undecided
    mask = np.zeros(m, dtype=np.int64)
    np.bitwise_or.at(mask, sentence, want & alone[word_of])
    rest = want & ~mask[sentence]
    todo = np.flatnonzero(rest)
    # every token's key at once (a sentence's keys are then a slice), the bounds and bits as Python ints
    tok_keys = keys_of[tok_vocab] if todo.size else keys_of[:0]
    bounds = tstart.tolist()
    got_of = mask.tolist()
    cur, got = -1, 0
    keys: set[str] | None = None
    for v, s, r in zip(tok_vocab[pos[keep[todo]]].tolist(), sentence[todo].tolist(), rest[todo].tolist(),
                       strict=True):
        if s != cur:
            if cur >= 0:
                got_of[cur] = got
            cur, keys, got = s, None, got_of[s]
        r &= ~got
        if not r:
            continue
        if keys is None:
            keys = set(tok_keys[bounds[s]:bounds[s + 1]].tolist())
        for k in range(n_matchers):
            if r >> k & 1 and needs_met(k, v, keys):
                got |= 1 << k
    if cur >= 0:
        got_of[cur] = got
    mask = np.array(got_of, dtype=np.int64)
    for k in range(n_matchers):
        out[k] = (mask >> k & 1).astype(bool)
    return out
