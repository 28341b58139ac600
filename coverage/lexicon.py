"""Versioned framing lexicons: loading, validation and a compiled phrase matcher.

A lexicon is a YAML data file (never code) that maps *frames* (``solidarity``,
``violence`` or any custom name such as ``economy``) to *groups* of terms. Each
group carries the reasoning for its terms, a default weight and a
``negated_as`` setting that says what a negated hit counts toward
("we are *not afraid*" -> ``solidarity``). The schema is documented in
``coverage/data/lexicons/README.md``; the built-in file is
``coverage/data/lexicons/framing.yaml``.

Files are read with safe loading only (:class:`yaml.SafeLoader`), after a check
that their aliases do not expand past :data:`MAX_YAML_VALUES` values and their
nesting stays within :data:`MAX_YAML_DEPTH` levels. Anything else that is wrong
(unsafe tags, bad structure, bad terms) raises :class:`coverage.errors.LexiconError`
naming the file, the key or entry at fault and the fix.

Terms are compiled into a :class:`PhraseMatcher`: a dict keyed by the first
token (exact words) plus a dict of wildcard prefixes probed for the handful of
prefix lengths that occur, so the work per token is a few dict look-ups no
matter how many entries the lexicon has. Overlapping matches are resolved
longest-first ("hatred for none" beats "hatred").

Examples
--------
>>> from coverage.lexicon import Lexicon
>>> lex = Lexicon.default()
>>> lex.frames
('solidarity', 'violence')
>>> custom = Lexicon.from_yaml('''
... version: "1"
... frames:
...   economy:
...     groups:
...       markets:
...         reasoning: Coverage of economic consequences.
...         terms: [stock market, econom*]
... ''')
>>> lex.merge(custom).frames
('solidarity', 'violence', 'economy')
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from itertools import compress, count, filterfalse, repeat
from pathlib import Path
from typing import Any

import pandas as pd
import yaml
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .errors import LexiconError, ParameterError
from .text import Token, token_norm, tokenize

__all__ = [
    "Lexicon",
    "Entry",
    "Pattern",
    "PhraseMatcher",
    "NegationSettings",
    "match_key",
    "compile_term",
    "compile_glob",
    "load_yaml_source",
    "BUILTIN_FRAMES",
    "RESERVED_FRAME_NAMES",
    "MAX_YAML_VALUES",
    "MAX_YAML_DEPTH",
    "check_frame_names",
    "clear_key_memo",
    "parse_provenance",
    "parse_exclusion_terms",
    "drops_rule",
    "SEED_PROVENANCE",
]

#: Frames shipped in ``framing.yaml``.
BUILTIN_FRAMES = ("solidarity", "violence")

#: Names a custom frame may not take: they are columns of the result tables already.
#: (Clashes with the columns of other metric families are checked when the families are put
#: together, see :func:`coverage.families.check_families`.)
RESERVED_FRAME_NAMES = frozenset(
    {
        "article_id", "outlet", "sentence", "start", "end", "text", "paragraph", "in_quote", "n_tokens",
        "n_sentences", "n_articles", "metric", "term", "category", "weight", "rule", "frame", "negated",
        "matched", "counted_as", "ci_basis", "source", "encoding",
    }
)
#: Endings the result tables add to frame and metric names (``<frame>_rate``, ``<metric>_low``, ...).
_DERIVED_SUFFIXES = ("_rate", "_low", "_high")

_FRAME_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_TOP_KEYS = {"schema", "name", "version", "description", "settings", "exclusions", "frames", "named_perpetrator"}
_SETTING_KEYS = {
    "negation_window", "negators", "pseudo_negation", "scope_breakers", "clause_boundaries",
    "transparent", "contrast_words", "contrast_factor",
}
_FRAME_KEYS = {"description", "groups"}
_GROUP_KEYS = {"reasoning", "weight", "negated_as", "terms", "from"}
_ENTRY_KEYS = {"term", "weight", "case", "note", "from"}
#: Provenance of a rule without ``from``: it was written from the seed articles (version 1.x).
SEED_PROVENANCE = ("seeds",)
#: (since framing 1.28.0 also ``news-<ABP id>``, an ordinary-news article of ``events.NEWS_EVENTS``, whose id keeps its capitals)
_PROVENANCE_RE = re.compile(r"^(?:[a-z0-9][a-z0-9_-]{0,63}|news-[A-Za-z0-9]{1,59})$")
_CASES = ("any", "lower", "exact")

#: Negation / contrast settings used when a lexicon file gives none.
_DEFAULT_SETTINGS: dict[str, Any] = {
    "negation_window": 3,
    "negators": [
        "not", "never", "no", "nothing", "nobody", "no-one", "none", "neither", "nor",
        "without", "cannot", "nothing to do with",
    ],
    "pseudo_negation": [
        "only", "just", "merely", "simply", "least", "doubt", "wonder", "matter", "sooner",
        "less", "mention", "surprise", "exception", "stranger",
    ],
    "scope_breakers": [
        "have", "has", "had", "do", "does", "did", "say", "says", "know", "think", "believe",
        "confirm", "announce", "recognize", "recognise", "prevent", "take", "see", "find",
        "want", "stop", "report", "call", "consider", "expect", "make", "give", "show", "tell",
        "use", "include", "mean", "describe", "blame", "cause", "deny", "support", "allow",
    ],
    "clause_boundaries": [",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "–", "—", "-", "…"],
    "transparent": ['"', "'", "“", "”", "‘", "’", "«", "»"],
    "contrast_words": ["but", "however", "yet"],
    "contrast_factor": 0.5,
}


# ---------------------------------------------------------------------------
# token keys and term compilation


def match_key(norm: str) -> str:
    """Key a token norm is matched under: possessive ``'s`` / trailing ``'`` removed.

    Examples
    --------
    >>> match_key("minute's"), match_key("islam's"), match_key("won't"), match_key("victims'")
    ('minute', 'islam', "won't", 'victims')
    """
    if len(norm) > 2 and norm.endswith("'s"):
        return norm[:-2]
    if len(norm) > 1 and norm.endswith("'"):
        return norm[:-1]
    return norm


# Words a pattern is a poor anchor on (they are in most sentences): English stopwords and a few words
# that are everywhere in news. Only speed depends on this list; any required part is a correct anchor.
_COMMON_WORDS = frozenset(ENGLISH_STOP_WORDS) | frozenset(
    "a an the of in on at to for from by with and or but not no is are was were be been being it its this that "
    "these those as into onto our we they he she you i my your his her their them us will would can could "
    "said says people support help good act show time year years new just like make made government state "
    "president country world leaders leader group groups".split()
)


def _anchor_of(pattern: Pattern) -> tuple[str, str, str]:
    """``(kind, value, surface)`` of the part a sentence must contain for ``pattern`` to match."""
    parts = [(k, v, s) for (k, v), s in zip(pattern.parts, pattern.surface, strict=True) if k != "any"]
    return max(parts, key=lambda p: (p[1] not in _COMMON_WORDS, p[0] == "exact", len(p[1])))


def _case_fits(kind: str, case: str, surface: str, text: str) -> bool:
    """The case rule of :meth:`PhraseMatcher._case_ok` for one token."""
    if case == "lower":
        return text == text.lower()
    if case == "exact":
        return text == surface or (kind == "prefix" and text.startswith(surface))
    return True


def compile_glob(pattern: str) -> Callable[[str], bool]:
    """A whole-string matcher of ``pattern`` where ``*`` stands for any run of characters (also none).

    Every other character matches itself. No regular expression is involved: the
    pattern is split on ``*`` (runs of ``*`` collapse), the first and last pieces must
    be the string's prefix and suffix, and the pieces between are found left to right
    with :meth:`str.find`, each after the previous one (the leftmost place is always
    the best for a ``*``-only pattern). So a match takes one pass over the string,
    however many ``*`` the pattern has. Used by :meth:`coverage.Analysis.kwic`.

    Examples
    --------
    >>> m = compile_glob("stand*")
    >>> m("stand"), m("standing"), m("upstanding")
    (True, True, False)
    >>> m = compile_glob("*t*ck**")
    >>> m("attack"), m("tick"), m("act")
    (True, True, False)
    >>> compile_glob("***")("")
    True
    """
    head, *rest = pattern.split("*")
    if not rest:
        return lambda text: text == pattern
    tail = rest.pop()
    middle = [p for p in rest if p]
    shortest = len(head) + len(tail) + sum(map(len, middle))

    def match(text: str) -> bool:
        if len(text) < shortest or not text.startswith(head) or not text.endswith(tail):
            return False
        pos, end = len(head), len(text) - len(tail)
        for piece in middle:
            found = text.find(piece, pos, end)
            if found < 0:
                return False
            pos = found + len(piece)
        return True

    return match


class _KeyMemo(dict):
    def __missing__(self, norm: str) -> str:
        if len(self) > 500_000:
            self.clear()
        value = self[norm] = match_key(norm)
        return value


_KEYS = _KeyMemo()


def clear_key_memo() -> None:
    """Drop the norm -> match key memo (it grows with the vocabulary; the engine clears it after each chunk)."""
    _KEYS.clear()


def match_keys(norms: Sequence[str]) -> list[str]:
    """:func:`match_key` of every norm (memoised)."""
    return list(map(_KEYS.__getitem__, norms))


@dataclass(frozen=True)
class Entry:
    """One lexicon entry (a term of a group) with its resolved settings."""

    frame: str
    category: str
    term: str
    weight: float
    negated_as: str
    case: str = "any"
    note: str = ""
    #: free-form extra attributes (used by the religion rules)
    extra: Mapping[str, Any] = field(default_factory=dict)
    #: where the entry comes from: labelled events (slugs), ``seeds``, ``basil``, ``scheme``, ``issue18``,
    #: ``vocabulary`` (general vocabulary of a scheme category, written from no labelled text)
    #: (YAML key ``from``; entries without it were written from the seeds)
    provenance: tuple[str, ...] = SEED_PROVENANCE


@dataclass(frozen=True)
class Pattern:
    """A compiled term: one ``(kind, value)`` per token; kind is exact, prefix or any."""

    parts: tuple[tuple[str, str], ...]
    surface: tuple[str, ...]  # token texts of the term (for case="exact")
    case: str

    @property
    def specificity(self) -> tuple[int, int, int]:
        """Sort key among patterns matching the same span: longer and more exact wins."""
        n_exact = sum(1 for k, _ in self.parts if k == "exact")
        prefix_len = sum(len(v) for k, v in self.parts if k != "any")
        return (len(self.parts), n_exact, prefix_len)


def compile_term(term: str, *, case: str = "any", where: str = "term") -> Pattern:
    """Compile a term string into a :class:`Pattern`.

    Words are separated by spaces and tokenized like article text. ``word*`` is a
    prefix wildcard (at least 3 letters before the ``*``); a lone ``*`` matches
    any one word but may not start a term.

    Raises
    ------
    LexiconError
        With ``where`` naming the entry, when the term is empty or a wildcard is misplaced.

    Examples
    --------
    >>> compile_term("solidar*").parts
    (('prefix', 'solidar'),)
    >>> compile_term("tear * apart").parts
    (('exact', 'tear'), ('any', ''), ('exact', 'apart'))
    """
    if not isinstance(term, str) or not term.strip():
        raise LexiconError(f"{where}: empty term; write a word or phrase, e.g. 'stand together'")
    parts: list[tuple[str, str]] = []
    surface: list[str] = []
    for piece in term.split():
        if piece == "*":
            if not parts:
                raise LexiconError(
                    f"{where}: term {term!r} starts with a lone '*'; a term must start "
                    "with a word (a lone '*' matches any one word inside a phrase)"
                )
            parts.append(("any", ""))
            surface.append("*")
            continue
        wildcard = piece.endswith("*")
        body = piece[:-1] if wildcard else piece
        if "*" in body:
            raise LexiconError(
                f"{where}: term {term!r} has '*' inside a word; '*' may only end a word "
                "(prefix wildcard, e.g. 'solidar*') or stand alone (any one word)"
            )
        toks = tokenize(body)
        if not toks:
            raise LexiconError(f"{where}: term {term!r} contains no word; remove the entry")
        if wildcard:
            if len(toks) != 1 or len(match_key(toks[0].norm)) < 3 or not toks[0].norm[0].isalnum():
                raise LexiconError(
                    f"{where}: wildcard {piece!r} in {term!r} must be one word of at least "
                    "3 letters followed by '*', e.g. 'terror*'"
                )
            parts.append(("prefix", toks[0].norm))
            surface.append(toks[0].text)
        else:
            for t in toks:
                parts.append(("exact", match_key(t.norm)))
                surface.append(t.text)
    if parts[-1][0] == "any":
        raise LexiconError(f"{where}: term {term!r} ends with a lone '*'; end it with a word")
    return Pattern(tuple(parts), tuple(surface), case)


class _Candidates(tuple):
    """The ``(pattern, payload)`` candidates of one first word (a tuple), grouped by the next key.

    ``by_next`` maps each exact second word some candidate needs to the candidates that can match
    with that word as the next key: those needing it, and ``rest``, in their order. ``rest`` are the
    candidates whose second part is no exact word (or that have one part), the only ones left for
    any other next key (none when every candidate needs an exact second word: no further look).
    """

    by_next: dict[str, tuple[tuple[Pattern, Any], ...]]
    rest: tuple[tuple[Pattern, Any], ...]

    def __new__(cls, items: Iterable[tuple[Pattern, Any]]) -> _Candidates:
        self = super().__new__(cls, items)
        seconds = [pattern.parts[1] if len(pattern.parts) > 1 else ("", "") for pattern, _ in self]
        self.rest = tuple(c for c, (k, _) in zip(self, seconds, strict=True) if k != "exact")
        words = dict.fromkeys(v for k, v in seconds if k == "exact")
        self.by_next = {w: tuple(c for c, (k, v) in zip(self, seconds, strict=True) if k != "exact" or v == w)
                        for w in words}
        return self


class PhraseMatcher:
    """Longest-match phrase matcher over token norms.

    Parameters
    ----------
    items : iterable of (Pattern, payload)
        ``payload`` is returned with each match; ``None`` marks an *exclusion*
        (a phrase that takes part in longest-match resolution and blocks
        shorter entries inside it, but yields no match itself).

    Notes
    -----
    Look-up per token: one dict probe for exact first words, plus one probe per
    distinct wildcard prefix length (typically < 10). Only candidates whose first
    word matches are checked further.
    """

    def __init__(self, items: Iterable[tuple[Pattern, Any]]):
        self._exact: dict[str, list[tuple[Pattern, Any]]] = {}
        self._prefix: dict[str, list[tuple[Pattern, Any]]] = {}
        lengths: set[int] = set()
        for pattern, payload in items:
            kind, value = pattern.parts[0]
            if kind == "exact":
                self._exact.setdefault(value, []).append((pattern, payload))
            else:
                self._prefix.setdefault(value, []).append((pattern, payload))
                lengths.add(len(value))
        self._lengths = tuple(sorted(lengths))
        # anchors: one required part per pattern (the rarest-looking one), for a sentence pre-check,
        # with the exact words the pattern needs (the finer pre-check of `needs_met`)
        self._anchor_exact: dict[str, list[tuple[str, str, str, frozenset[str]]]] = {}
        self._anchor_prefix: dict[str, list[tuple[str, str, str, frozenset[str]]]] = {}
        for plist in (*self._exact.values(), *self._prefix.values()):
            for pattern, payload in plist:
                if payload is None:  # an exclusion yields no match: a sentence with only exclusions has none
                    continue
                kind, value, surface = _anchor_of(pattern)
                target = self._anchor_exact if kind == "exact" else self._anchor_prefix
                needs = frozenset(v for k, v in pattern.parts if k == "exact")
                target.setdefault(value, []).append((kind, pattern.case, surface, needs))
        self._anchor_lengths = tuple(sorted({len(v) for v in self._anchor_prefix}))

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_memo"] = {}  # rebuilt on use; keeps pickles (process pools, Dask) small
        state["_anchor_memo"] = {}
        return state

    def anchors_of(self, norm: str) -> tuple[tuple[str, str, str, frozenset[str]], ...]:
        """Anchor parts ``(kind, case, surface, needs)`` that a token with this norm fits, case rules aside.

        ``needs`` are the exact words of the anchor's pattern (see :meth:`needs_met`).

        Empty for almost every word, so a sentence whose tokens' norms all give ``()``
        needs no further look (see :meth:`may_match_at`).
        """
        key = match_key(norm)
        found = tuple(self._anchor_exact.get(key, ()))
        for n in self._anchor_lengths:
            if n > len(key):
                break
            found += tuple(self._anchor_prefix.get(key[:n], ()))
        return found

    def anchored_many(self, keys: Any) -> Any:
        """``bool(anchors_of(norm))`` for many norms at once, given their :func:`match_key` as an Arrow string array.

        One Arrow membership test for the exact anchors and one per prefix length,
        instead of a dictionary walk per word. Returns a NumPy bool array.

        Examples
        --------
        >>> import pyarrow as pa
        >>> m = Lexicon.default().matcher
        >>> m.anchored_many(pa.array(["vigil", "table", "solidarity"])).tolist()
        [True, False, True]
        """
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        found = pc.is_in(keys, value_set=pa.array(list(self._anchor_exact), type=keys.type))
        for n in self._anchor_lengths:  # (a key shorter than n is its own slice, which no n-character prefix equals)
            prefixes = pa.array([p for p in self._anchor_prefix if len(p) == n], type=keys.type)
            found = pc.or_(found, pc.is_in(pc.utf8_slice_codeunits(keys, 0, n), value_set=prefixes))
        return np.asarray(pc.fill_null(found, False), dtype=bool)

    def needs_met(self, norm: str, keys: set[str] | frozenset[str]) -> bool:
        """Whether a pattern anchored on a token with this norm has all its exact words in ``keys``.

        ``keys`` are the :func:`match_key` of every token of the sentence. A pattern can
        match only where every one of its exact words is a key of the sentence, so a
        sentence whose anchors all fail this test has no match either (the second,
        finer pre-check after :meth:`may_match_at`; prefix and wildcard parts and case
        rules are left to :meth:`find`).
        """
        return any(needs <= keys for needs in self.anchor_needs(norm))

    def anchor_needs(self, norm: str) -> tuple[frozenset[str], ...]:
        """The distinct ``needs`` of :meth:`anchors_of` (``needs_met`` is: one of them is a subset of the keys)."""
        return tuple(dict.fromkeys(needs for *_, needs in self.anchors_of(norm)))

    def may_match_at(self, text: str) -> bool:
        """Whether a token with surface ``text`` is the anchor of some pattern (memoised).

        Every pattern has one *anchor* part (its longest word that is not a common
        function word); a sentence in which no token passes this test cannot contain
        any match, so :meth:`find` can be skipped. The test is exact: it applies the
        part's kind (exact word or prefix) and the pattern's case rule; the case rule
        looks at the folded surface (:func:`coverage.text.fold_text`: "IS\\u00adIS" and
        "ＩＳＩＳ" are upper case "ISIS").
        """
        memo = self.__dict__.setdefault("_anchor_memo", {})
        hit = memo.get(text)
        if hit is None:
            from .text import fold_text

            if len(memo) > 500_000:
                memo.clear()
            folded = fold_text(text)
            hit = any(_case_fits(kind, case, surface, folded) for kind, case, surface, _ in self.anchors_of(token_norm(folded)))
            memo[text] = hit
        return hit

    def _candidates(self, key: str) -> tuple[tuple[Pattern, Any], ...]:
        """Patterns whose first part matches ``key`` (memoised per key): ``()`` or a :class:`_Candidates`."""
        memo = self.__dict__.setdefault("_memo", {})
        found = memo.get(key)
        if found is None:
            if len(memo) > 500_000:  # bounded: a corpus-sized vocabulary is a few 100k keys
                memo.clear()
            found = self._compute_candidates(key)
            found = memo[key] = _Candidates(found) if found else ()
        return found

    def _compute_candidates(self, key: str) -> list[tuple[Pattern, Any]]:
        found = self._exact.get(key)
        out = list(found) if found else []
        for n in self._lengths:
            if n > len(key):
                break
            more = self._prefix.get(key[:n])
            if more:
                out.extend(more)
        return out

    @staticmethod
    def _case_ok(pattern: Pattern, toks: Sequence[Token]) -> bool:
        """The pattern's case rule on the tokens' folded surfaces (:func:`coverage.text.fold_text`)."""
        from .text import fold_text

        if pattern.case == "lower":
            return all(t.text == t.text.lower() for t in toks)
        if pattern.case == "exact":
            texts = [fold_text(t.text) for t in toks]
            return all(
                kind == "any" or t == s or (kind == "prefix" and t.startswith(s))
                for (kind, _), s, t in zip(pattern.parts, pattern.surface, texts, strict=True)
            )
        return True

    def find_all(self, tokens: Sequence[Token], keys: Sequence[str]) -> list[tuple[int, int, list[Any]]]:
        """Every match ``(first_token, end_token, [payload])``, overlapping ones included, in token order
        (the religion rules' cues, which never block each other; :meth:`find` resolves overlaps).

        Exact and prefix parts are checked, and the pattern's case rule; a wildcard part takes any token.
        """
        out = []
        n = len(tokens)
        memo = self.__dict__.setdefault("_memo", {})  # _candidates' memo, read first as find() does
        for i in range(n):
            cands = memo.get(keys[i])
            if cands is None:
                cands = self._candidates(keys[i])
            if not cands:
                continue
            # only the candidates whose exact second word (if any) is the next key: the others cannot match
            for pattern, payload in (cands.by_next.get(keys[i + 1], cands.rest) if i + 1 < n else cands.rest):
                end = i + len(pattern.parts)
                if end > n:
                    continue
                ok = True
                for j in range(1, len(pattern.parts)):
                    kind, value = pattern.parts[j]
                    k = keys[i + j]
                    if (kind == "exact" and k != value) or (kind == "prefix" and not k.startswith(value)):
                        ok = False
                        break
                if ok and pattern.case != "any" and not self._case_ok(pattern, tokens[i:end]):
                    ok = False
                if ok:
                    out.append((i, end, [payload]))
        return out

    def find(
        self, tokens: Sequence[Token], keys: Sequence[str] | None = None
    ) -> list[tuple[int, int, list[Any]]]:
        """Return non-overlapping matches ``(first_token, end_token, payloads)``.

        Overlaps are resolved longest-first (in tokens), then leftmost; among
        patterns matching exactly the same span the most specific wins
        (more exact words, longer prefixes); patterns that tie all match.
        Spans won by an exclusion are dropped. Sorted by position.
        """
        if keys is None:
            keys = match_keys([t.norm for t in tokens])
        n = len(tokens)
        spans: dict[tuple[int, int], tuple[tuple[int, int, int], list[Any]]] = {}
        memo = self.__dict__.setdefault("_memo", {})
        for key in filterfalse(memo.__contains__, keys):  # the keys new to the memo (the test in C)
            self._candidates(key)
        # then only the tokens with candidates are visited, picked in C (a key the memo lost meanwhile, when it
        # was cleared at its bound, is visited too and looked up again)
        for i in compress(count(), map(memo.get, keys, repeat(True))):
            key = keys[i]
            cands = memo.get(key)
            if cands is None:
                cands = self._candidates(key)
            if not cands:
                continue
            # only the candidates whose exact second word (if any) is the next key (none when every candidate
            # needs a second word and none fits the next token): the others cannot match
            for pattern, payload in (cands.by_next.get(keys[i + 1], cands.rest) if i + 1 < n else cands.rest):
                parts = pattern.parts
                end = i + len(parts)
                if end > n:
                    continue
                ok = True
                for j in range(1, len(parts)):
                    kind, value = parts[j]
                    k = keys[i + j]
                    if kind == "exact":
                        if k != value:
                            ok = False
                            break
                    elif kind == "prefix":
                        if not k.startswith(value):
                            ok = False
                            break
                    elif not any(ch.isalnum() for ch in k):
                        ok = False
                        break
                if not ok or (pattern.case != "any" and not self._case_ok(pattern, tokens[i:end])):
                    continue
                spec = pattern.specificity
                cur = spans.get((i, end))
                if cur is None or spec > cur[0]:
                    spans[(i, end)] = (spec, [payload])
                elif spec == cur[0]:
                    cur[1].append(payload)
        if not spans:
            return []
        order = sorted(spans, key=lambda se: (-(se[1] - se[0]), se[0]))
        taken = [False] * n
        out = []
        for s, e in order:
            if any(taken[s:e]):
                continue
            for k in range(s, e):
                taken[k] = True
            payloads = [p for p in spans[(s, e)][1] if p is not None]
            if payloads:
                out.append((s, e, payloads))
        out.sort(key=lambda x: x[0])
        return out


# ---------------------------------------------------------------------------
# YAML loading


#: Most values a lexicon document may hold once YAML aliases are expanded (beyond the values written
#: out in the file itself): a real lexicon has a few thousand; nested anchors ("billion laughs") have billions.
MAX_YAML_VALUES = 100_000
#: Deepest nesting of lists and mappings a lexicon document may have (a real one has about 7 levels).
MAX_YAML_DEPTH = 100


class _YAMLLimit(ValueError):
    """A lexicon document over :data:`MAX_YAML_VALUES` or :data:`MAX_YAML_DEPTH` (message without the source)."""


class _LimitedSafeLoader(yaml.SafeLoader):
    """:class:`yaml.SafeLoader` that composes the node graph within size and depth limits.

    While composing, every node's *expanded* size (values after alias expansion) and
    depth are computed once from its children's (aliases reuse the memoised figures of
    the node they refer to), so the check is linear in the file. A document whose
    expansion exceeds :data:`MAX_YAML_VALUES` and the number of values written in the
    file, that nests deeper than :data:`MAX_YAML_DEPTH` (also through aliases), or
    whose alias refers to the collection it is in, raises :class:`_YAMLLimit` before
    anything is constructed. Construction is PyYAML's safe constructor, unchanged.
    """

    def __init__(self, stream: str):
        super().__init__(stream)
        self._expanded: dict[yaml.Node, tuple[int, int]] = {}  # node -> (values after expansion, depth)
        self._depth = 0
        self._n_written = 0
        self._last_alias = ""

    def compose_node(self, parent: Any, index: Any) -> yaml.Node:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            node = super().compose_node(parent, index)  # the node the alias refers to
            where = f"line {event.start_mark.line + 1}: alias '*{event.anchor}'"
            if node not in self._expanded:
                raise _YAMLLimit(
                    f"YAML alias refers to the list or mapping it is in ({where}); a lexicon cannot be "
                    "recursive: write the values out"
                )
            self._last_alias = where
            return node
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                mark = self.peek_event().start_mark
                raise _YAMLLimit(
                    f"lists/mappings nested more than {MAX_YAML_DEPTH} levels deep (line {mark.line + 1}); "
                    "a lexicon needs about 7: flatten the structure"
                )
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        self._n_written += 1
        if isinstance(node, yaml.SequenceNode):
            children = node.value
        elif isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        else:
            children = []
        size, depth = 1, 1
        for child in children:
            s, d = self._expanded[child]
            size += s
            depth = max(depth, d + 1)
        self._expanded[node] = (size, depth)
        if size > MAX_YAML_VALUES and size > self._n_written:
            raise _YAMLLimit(
                f"YAML aliases expand to more than {MAX_YAML_VALUES:,} values ({self._last_alias}); "
                "write the lists out instead of nesting anchors"
            )
        if depth > MAX_YAML_DEPTH:
            raise _YAMLLimit(
                f"YAML aliases nest lists/mappings more than {MAX_YAML_DEPTH} levels deep "
                f"({self._last_alias}); write the values out instead of nesting anchors"
            )
        return node


def bounded_safe_load(text: str) -> Any:
    """``yaml.safe_load(text)`` within :data:`MAX_YAML_VALUES` and :data:`MAX_YAML_DEPTH`.

    Raises the ``yaml`` errors of ``safe_load``, or a ``ValueError`` subclass (before
    anything is built) for a document whose aliases expand too far or that nests too deep.

    Examples
    --------
    >>> bounded_safe_load("[Sky News, BBC]")
    ['Sky News', 'BBC']
    """
    loader = _LimitedSafeLoader(text)
    try:
        return loader.get_single_data()  # what yaml.safe_load does, with the limits checked while composing
    finally:
        loader.dispose()


def load_packaged_yaml(name: str) -> tuple[dict, str]:
    """``(data, sha256)`` of a YAML file shipped in ``coverage/data/lexicons/`` (read as :func:`load_yaml_source` reads).

    >>> data, digest = load_packaged_yaml("sources.yaml")
    >>> "types" in data and len(digest)
    64
    """
    ref = resources.files("coverage").joinpath(f"data/lexicons/{name}")
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is None:  # PyYAML without libyaml: the bounded pure-Python loader
        with resources.as_file(ref) as path:
            data, _, digest = load_yaml_source(Path(path))
        return data, digest
    # the package's own files (their size and nesting are fixed, and tests check they parse as the bounded loader
    # parses them): libyaml's safe loader, about 10 times faster; every analysis loads three of them
    raw = ref.read_bytes()
    return yaml.load(raw.decode("utf-8-sig"), Loader=fast), hashlib.sha256(raw).hexdigest()  # noqa: S506


def load_yaml_source(path_or_str: str | os.PathLike | Mapping) -> tuple[dict, str, str]:
    """Read a lexicon source safely; return ``(data, source_name, sha256)``.

    ``path_or_str`` may be a path (``str`` or :class:`os.PathLike`), YAML text
    (a ``str`` containing a newline or a ``:``), or an already parsed mapping.
    Only safe loading is used (:class:`yaml.SafeLoader`): tags that construct objects
    are refused. The node graph is composed first and refused, before anything is
    built, when its aliases expand to more than :data:`MAX_YAML_VALUES` values
    ("billion laughs") or it nests deeper than :data:`MAX_YAML_DEPTH` levels, so any
    file loads in memory proportional to its size or fails with a :class:`LexiconError`.
    """
    if isinstance(path_or_str, Mapping):
        raw = json.dumps(path_or_str, sort_keys=True, default=str).encode("utf-8")
        return dict(path_or_str), "<dict>", hashlib.sha256(raw).hexdigest()
    if isinstance(path_or_str, os.PathLike) or (
        isinstance(path_or_str, str) and "\n" not in path_or_str and (
            path_or_str.lower().endswith((".yaml", ".yml")) or os.path.exists(path_or_str)
        )
    ):
        path = Path(path_or_str)
        source = str(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise LexiconError(
                f"{source}: cannot read lexicon file ({exc.strerror or exc}); "
                "check the path or pass the YAML text itself"
            ) from None
    elif isinstance(path_or_str, str):
        source = "<string>"
        raw = path_or_str.encode("utf-8")
    else:
        raise LexiconError(
            f"lexicon source must be a path, YAML text or a dict, got {type(path_or_str).__name__}"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{source}: not UTF-8 ({exc.reason} at byte {exc.start}); save the file as UTF-8") from None
    try:
        data = bounded_safe_load(text)
    except _YAMLLimit as exc:
        raise LexiconError(f"{source}: {exc}") from None
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise LexiconError(
            f"{source}: refused YAML tag{where}: {exc.problem}. Lexicons are loaded with "
            "yaml.safe_load only; remove the '!!python/...' or custom tag and write plain "
            "strings, numbers, lists and mappings"
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise LexiconError(
            f"{source}: invalid YAML{where}: {problem}; fix the indentation/quoting there"
        ) from None
    if not isinstance(data, dict):
        raise LexiconError(
            f"{source}: top level must be a mapping with keys 'version' and 'frames', "
            f"got {type(data).__name__}"
        )
    return data, source, hashlib.sha256(raw).hexdigest()


# ---------------------------------------------------------------------------
# validation


@dataclass(frozen=True)
class NegationSettings:
    """Negation and contrast settings of a lexicon (see README for the rules)."""

    window: int
    negators: frozenset[str]
    negator_phrases: tuple[tuple[str, ...], ...]
    pseudo_negation: frozenset[str]
    scope_breakers: frozenset[str]
    clause_boundaries: frozenset[str]
    transparent: frozenset[str]
    contrast_words: frozenset[str]
    contrast_factor: float


def _is_number(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


def _str_list(value: Any, where: str, source: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{source}: {where} must be a list of non-empty strings")
    return value


def _check_keys(obj: Mapping, allowed: set[str], where: str, source: str) -> None:
    unknown = sorted(set(map(str, obj)) - allowed)
    if unknown:
        raise LexiconError(
            f"{source}: {where}: unknown key(s) {unknown}; allowed keys are {sorted(allowed)}"
        )


def _parse_settings(raw: Any, source: str) -> NegationSettings:
    merged = dict(_DEFAULT_SETTINGS)
    if raw is not None:
        if not isinstance(raw, dict):
            raise LexiconError(f"{source}: 'settings' must be a mapping, got {type(raw).__name__}")
        _check_keys(raw, _SETTING_KEYS, "settings", source)
        merged.update(raw)
    window = merged["negation_window"]
    if not isinstance(window, int) or isinstance(window, bool) or not 0 <= window <= 10:
        raise LexiconError(f"{source}: settings.negation_window must be an integer 0..10, got {window!r}")
    factor = merged["contrast_factor"]
    if not _is_number(factor) or not 0 <= factor <= 1:
        raise LexiconError(f"{source}: settings.contrast_factor must be a number in [0, 1], got {factor!r}")
    negs = _str_list(merged["negators"], "settings.negators", source)
    singles = frozenset(n.lower() for n in negs if len(n.split()) == 1)
    phrases = tuple(
        tuple(match_key(t.norm) for t in tokenize(n.lower())) for n in negs if len(n.split()) > 1
    )
    return NegationSettings(
        window=window,
        negators=singles,
        negator_phrases=phrases,
        pseudo_negation=frozenset(
            w.lower() for w in _str_list(merged["pseudo_negation"], "settings.pseudo_negation", source)
        ),
        scope_breakers=frozenset(
            w.lower() for w in _str_list(merged["scope_breakers"], "settings.scope_breakers", source)
        ),
        clause_boundaries=frozenset(
            _str_list(merged["clause_boundaries"], "settings.clause_boundaries", source)
        ),
        transparent=frozenset(_str_list(merged["transparent"], "settings.transparent", source)),
        contrast_words=frozenset(
            w.lower() for w in _str_list(merged["contrast_words"], "settings.contrast_words", source)
        ),
        contrast_factor=float(factor),
    )


def parse_provenance(raw: Any, where: str, source: str, default: tuple[str, ...] = SEED_PROVENANCE) -> tuple[str, ...]:
    """The ``from`` field of a rule: a non-empty list of provenance tags (``default`` when absent).

    A tag is a lower-case slug: an event of the labelled sets (``christchurch-2019``),
    ``seeds`` (the five seed articles), ``basil`` (BASIL political news on other stories),
    ``scheme`` (an idiom named in the coding scheme, ``seeds/LABELS.md``), ``issue18``
    (named in the issue) or ``vocabulary`` (general vocabulary of a scheme category, written
    from no labelled text); since framing 1.28.0 also ``news-<ABP id>``, an ordinary-news article
    (its slug keeps the capitals of the ABP id). Returned sorted and without repeats.

    Examples
    --------
    >>> parse_provenance(["pittsburgh-2018", "christchurch-2019"], "x", "<s>")
    ('christchurch-2019', 'pittsburgh-2018')
    >>> parse_provenance(None, "x", "<s>")
    ('seeds',)
    >>> parse_provenance(["news-2PGFfULQMQrs06vi"], "x", "<s>")
    ('news-2PGFfULQMQrs06vi',)
    >>> parse_provenance("Christchurch 2019", "terms[3]", "f.yaml")
    Traceback (most recent call last):
    ...
    coverage.errors.LexiconError: f.yaml: terms[3].from must be a non-empty list of lower-case slugs (letters, digits, '-', '_'), e.g. [christchurch-2019, seeds], or news-<ABP id>, got 'Christchurch 2019'
    """
    if raw is None:
        return default
    if isinstance(raw, str) and _PROVENANCE_RE.match(raw):
        raw = [raw]
    if (not isinstance(raw, list) or not raw
            or not all(isinstance(v, str) and _PROVENANCE_RE.match(v) for v in raw)):
        raise LexiconError(
            f"{source}: {where}.from must be a non-empty list of lower-case slugs (letters, digits, '-', '_'), "
            f"e.g. [christchurch-2019, seeds], or news-<ABP id>, got {raw!r}"
        )
    return tuple(sorted(set(raw)))


def drops_rule(provenance: Iterable[str], exclude_events: Iterable[str] | None, *, strict: bool = False) -> bool:
    """Whether a rule of this provenance is left out when ``exclude_events`` are held out.

    A rule is dropped when *every* tag it was written from is excluded, so a rule also
    motivated by another event stays (the leave-one-event-out definition of
    ``benchmarks/validate_frames.py``). With ``strict=True`` a rule is dropped as soon as
    *any* of its tags is excluded. Nothing is dropped when ``exclude_events`` is empty.

    Examples
    --------
    >>> drops_rule(("christchurch-2019",), {"christchurch-2019"})
    True
    >>> drops_rule(("christchurch-2019", "pittsburgh-2018"), {"christchurch-2019"})
    False
    >>> drops_rule(("christchurch-2019", "pittsburgh-2018"), {"christchurch-2019"}, strict=True)
    True
    >>> drops_rule(("seeds",), set())
    False
    """
    excluded = frozenset(exclude_events or ())
    if not excluded:
        return False
    return bool(excluded & set(provenance)) if strict else set(provenance) <= excluded


class HeldOutRules:
    """What rule sets with ``from`` provenance share (:class:`Lexicon`, ``ReligionRules``): the events held out.

    A subclass's constructor takes ``spec, source, sha256, exclude_events, strict_exclusion`` and
    calls :meth:`_hold_out`; :meth:`_without` gives the same rules with more events held out.
    """

    exclude_events: frozenset[str]
    strict_exclusion: bool
    _base_sha256: Any

    def _hold_out(self, exclude_events: Any, strict_exclusion: bool, sha256: Any, base: str | None = None) -> Any:
        """Set the held-out events; return the rule set's hash (``sha256``, or one of it and the events)."""
        if isinstance(exclude_events, str):
            raise ParameterError(f"exclude_events must be a collection of event slugs, not the string {exclude_events!r}")
        #: events whose own rules were left out (:meth:`without_events`)
        self.exclude_events = frozenset(exclude_events or ())
        #: whether a rule is left out as soon as one of its events is excluded (else: when all are)
        self.strict_exclusion = bool(strict_exclusion) and bool(self.exclude_events)
        self._base_sha256 = sha256
        if not self.exclude_events:
            return sha256
        # another rule set, another hash (caches and report provenance)
        how = "strict" if self.strict_exclusion else "only"
        return hashlib.sha256(f"{base or sha256}\nexclude_events={sorted(self.exclude_events)}/{how}".encode()).hexdigest()

    def _drops(self, provenance: Iterable[str]) -> bool:
        return drops_rule(provenance, self.exclude_events, strict=self.strict_exclusion)

    def _without(self, events: Any, strict: bool) -> Any:
        if isinstance(events, str):
            raise ParameterError(f"events must be a collection of event slugs, not the string {events!r}")
        both = self.exclude_events | frozenset(events)
        if both == self.exclude_events and bool(strict) == self.strict_exclusion:
            return self
        return type(self)(spec=self.spec, source=self.source, sha256=self._base_sha256,  # type: ignore[attr-defined]
                          exclude_events=both, strict_exclusion=strict)


def _parse_entry(raw: Any, where: str, source: str) -> tuple[str, float | None, str, str]:
    """Return ``(term, weight or None, case, note)`` of one entry."""
    if isinstance(raw, str):
        return raw, None, "any", ""
    if isinstance(raw, dict):
        _check_keys(raw, _ENTRY_KEYS, where, source)
        if "term" not in raw:
            raise LexiconError(
                f"{source}: {where}: entry mapping needs a 'term' key, e.g. {{term: united, weight: 0.5}}"
            )
        w = raw.get("weight")
        if w is not None and (not _is_number(w) or w <= 0):
            raise LexiconError(f"{source}: {where}: weight must be a positive number, got {w!r}")
        case = raw.get("case", "any")
        if case not in _CASES:
            raise LexiconError(f"{source}: {where}: case must be one of {list(_CASES)}, got {case!r}")
        return str(raw["term"]), (float(w) if w is not None else None), case, str(raw.get("note", ""))
    raise LexiconError(
        f"{source}: {where}: an entry must be a string or a mapping with 'term', "
        f"got {type(raw).__name__} {raw!r}"
    )


def check_frame_names(frames: Iterable[str], taken: Iterable[str] | Mapping[str, str], *, source: str) -> None:
    """Refuse a frame whose columns would clash with a column the results already have.

    Parameters
    ----------
    frames : iterable of str
        Frame names (of a lexicon).
    taken : iterable of str, or mapping of column -> where it comes from
        Columns other than the frames' own (the framing family passes every other family's
        columns and metrics, the base tables' and the corpus' metadata columns).
    source : str
        Lexicon file (or label) named in the error.

    Raises
    ------
    LexiconError
        Naming the frame, the column it clashes with and the fix, when a frame ``f`` or
        one of its derived columns (``f_rate``, ``f_rate_low``, ``f_rate_high``) is in ``taken``.

    Examples
    --------
    >>> taken = {"headline": "corpus metadata", "religion_target": "a column of family 'religion'"}
    >>> check_frame_names(["economy"], taken, source="econ.yaml")
    >>> check_frame_names(["headline"], taken, source="econ.yaml")
    Traceback (most recent call last):
    ...
    coverage.errors.LexiconError: econ.yaml: frames.headline: frame 'headline' clashes with the column 'headline' (corpus metadata); rename the frame, e.g. to 'headline_frame'
    """
    where = taken if isinstance(taken, Mapping) else dict.fromkeys(taken, "")
    for f in frames:
        for col in (f, f"{f}_rate", f"{f}_rate_low", f"{f}_rate_high"):
            if col in where:
                what = f"frame '{f}'" if col == f else f"the column '{col}' of frame '{f}'"
                origin = f" ({where[col]})" if where[col] else ""
                raise LexiconError(
                    f"{source}: frames.{f}: {what} clashes with the column '{col}'{origin}; "
                    f"rename the frame, e.g. to '{f}_frame'"
                )


def _parse_frames(data: Mapping, source: str, known_frames: Iterable[str] = (),
                  exclude_events: Iterable[str] = (), strict: bool = False) -> list[tuple[Entry, Pattern]]:
    frames = data.get("frames")
    if not isinstance(frames, dict) or not frames:
        raise LexiconError(
            f"{source}: key 'frames' is missing or empty; add e.g. "
            "frames: {economy: {groups: {markets: {terms: [stock market]}}}}"
        )
    names = set(frames) | set(known_frames) | set(BUILTIN_FRAMES)
    out: list[tuple[Entry, Pattern]] = []
    seen: dict[tuple, str] = {}
    for fname, fspec in frames.items():
        fw = f"frames.{fname}"
        if not isinstance(fname, str) or not _FRAME_NAME_RE.match(fname):
            raise LexiconError(
                f"{source}: {fw}: frame names must be lower-case identifiers "
                "(letters, digits, '_', starting with a letter), e.g. 'economy'"
            )
        if fname in RESERVED_FRAME_NAMES:
            raise LexiconError(
                f"{source}: {fw}: '{fname}' is a reserved column name: frame '{fname}' would clash with the "
                f"column '{fname}' of the result tables; rename the frame, e.g. to '{fname}_frame'"
            )
        if fname.endswith(_DERIVED_SUFFIXES):
            stem = fname.rsplit("_", 1)[0]
            raise LexiconError(
                f"{source}: {fw}: frame '{fname}' clashes with the column '{fname}' the results derive from "
                f"'{stem}' (they add '_rate', '_low' and '_high' to frame and metric names, so a frame name "
                "may not end in one); rename the frame"
            )
        check_frame_names([fname], RESERVED_FRAME_NAMES, source=source)
        if not isinstance(fspec, dict):
            raise LexiconError(f"{source}: {fw} must be a mapping with key 'groups'")
        _check_keys(fspec, _FRAME_KEYS, fw, source)
        groups = fspec.get("groups")
        if not isinstance(groups, dict) or not groups:
            raise LexiconError(f"{source}: {fw}.groups is missing or empty; add at least one group with 'terms'")
        for gname, gspec in groups.items():
            gw = f"{fw}.groups.{gname}"
            if not isinstance(gspec, dict):
                raise LexiconError(f"{source}: {gw} must be a mapping with key 'terms'")
            _check_keys(gspec, _GROUP_KEYS, gw, source)
            weight = gspec.get("weight", 1.0)
            if not _is_number(weight) or weight <= 0:
                raise LexiconError(f"{source}: {gw}.weight must be a positive number, got {weight!r}")
            neg = gspec.get("negated_as", "")
            neg = "" if neg is None else neg
            if not isinstance(neg, str) or (neg and neg not in names):
                raise LexiconError(
                    f"{source}: {gw}.negated_as must be '' (negated hits are not counted) or a "
                    f"frame name out of {sorted(names)}, got {neg!r}"
                )
            terms = gspec.get("terms")
            if not isinstance(terms, list) or not terms:
                raise LexiconError(f"{source}: {gw}.terms must be a non-empty list of terms")
            group_from = parse_provenance(gspec.get("from"), gw, source)
            for k, raw in enumerate(terms):
                ew = f"{gw}.terms[{k}]"
                term, w, case, note = _parse_entry(raw, ew, source)
                prov = parse_provenance(raw.get("from"), ew, source, group_from) if isinstance(raw, dict) else group_from
                try:
                    pattern = compile_term(term, case=case, where=f"{source}: {ew}")
                except LexiconError:
                    raise
                key = (pattern.parts, case, pattern.surface if case == "exact" else ())  # ISIS and Isis differ
                if key in seen:
                    raise LexiconError(
                        f"{source}: {ew}: term {term!r} duplicates {seen[key]}; keep one of them"
                    )
                seen[key] = f"{gw} ({term!r})"
                entry = Entry(
                    frame=fname, category=str(gname), term=term,
                    weight=float(w if w is not None else weight), negated_as=neg, case=case, note=note,
                    provenance=prov,
                )
                if not drops_rule(prov, exclude_events, strict=strict):
                    out.append((entry, pattern))
    return out


def parse_exclusion_terms(raw: Any, source: str, where: str = "exclusions") -> list[tuple[str, tuple[str, ...]]]:
    """``(term, provenance)`` of an ``exclusions`` block: a list, or a mapping with ``reasoning`` and ``terms``.

    A term is a string (written from the seeds) or a mapping ``{term: ..., from: [...], note: ...}``.

    Examples
    --------
    >>> parse_exclusion_terms({"terms": ["heart attack", {"term": "attack line", "from": ["basil"]}]}, "<s>")
    [('heart attack', ('seeds',)), ('attack line', ('basil',))]
    """
    if raw is None:
        return []
    if isinstance(raw, dict):
        _check_keys(raw, {"reasoning", "terms"}, where, source)
        raw = raw.get("terms", [])
    if not raw:
        return []
    if not isinstance(raw, list):
        raise LexiconError(f"{source}: {where}.terms must be a list of terms")
    out = []
    for k, t in enumerate(raw):
        ew = f"{where}.terms[{k}]"
        if isinstance(t, dict):
            _check_keys(t, {"term", "from", "note"}, ew, source)
            term, prov = t.get("term"), parse_provenance(t.get("from"), ew, source)
        else:
            term, prov = t, SEED_PROVENANCE
        if not isinstance(term, str) or not term.strip():
            raise LexiconError(f"{source}: {where}.terms must be a list of non-empty strings or {{term: ..., from: [...]}}")
        out.append((term, prov))
    return out


def _parse_exclusions(raw: Any, source: str, exclude_events: Iterable[str] = (), strict: bool = False) -> list[Pattern]:
    return [compile_term(t, where=f"{source}: exclusions.terms[{k}]")
            for k, (t, prov) in enumerate(parse_exclusion_terms(raw, source))
            if not drops_rule(prov, exclude_events, strict=strict)]


# ---------------------------------------------------------------------------
# Lexicon


_NAMED_PERPETRATOR_KEYS = {"reasoning", "from", "frame", "group", "weight", "nouns", "not_names", "before_name",
                           "after_name", "after_lead"}


@dataclass(frozen=True)
class NamedPerpetrator:
    """The article-level rule of a framing lexicon (YAML key ``named_perpetrator``, since framing 1.9.0).

    A sentence that names the perpetrator with a perpetrator noun next to a full name ("the gunman,
    Omar Mateen", "Nasim Aghdam, the 39-year-old shooter", "identified the suspect as ...") makes the
    surname a perpetrator term for the rest of the article: a later sentence with the surname and no
    violence word (the perpetrator's background) gets one hit of ``group`` counted as ``frame``.
    """

    frame: str
    group: str
    weight: float
    nouns: frozenset[str]
    not_names: frozenset[str]
    provenance: tuple[str, ...]
    #: (1.14.0) phrases (tuples of token norms) that put the perpetrator's full name right after them ("arrested
    #: 46-year-old First Last", "identified the man as First Last"), each with its own provenance
    before_name: tuple[tuple[str, ...], ...] = ()
    #: (1.14.0) phrases right after a full name (or after "First Last, 46,") that make its bearer the perpetrator
    #: ("First Last shot", "First Last is accused"), each with its own provenance
    after_name: tuple[tuple[str, ...], ...] = ()
    #: (1.14.0) a sentence that opens with a full name and an age ("First Last, 46, ...") right after one that opens with
    #: "the" and a perpetrator noun ("The accused gunman ...") names the perpetrator (YAML ``after_lead: {from: [...]}``)
    after_lead: bool = False


def _parse_named_perpetrator(raw: Any, source: str, frames: Mapping, drops: Callable[[Any], bool]
                             ) -> NamedPerpetrator | None:
    if raw is None:
        return None
    where = "named_perpetrator"
    if not isinstance(raw, Mapping):
        raise LexiconError(f"{source}: {where}: must be a mapping with keys {sorted(_NAMED_PERPETRATOR_KEYS)}")
    _check_keys(raw, _NAMED_PERPETRATOR_KEYS, where, source)
    for key in ("frame", "group", "nouns", "from"):
        if key not in raw:
            raise LexiconError(f"{source}: {where}: missing key {key!r}")
    frame, group = str(raw["frame"]), str(raw["group"])
    if frame not in frames or group not in ((frames[frame] or {}).get("groups") or {}):
        raise LexiconError(f"{source}: {where}: frame {frame!r} / group {group!r} must name a group of this lexicon")
    w = raw.get("weight", 1.0)
    if not _is_number(w) or w <= 0:
        raise LexiconError(f"{source}: {where}: weight must be a positive number, got {w!r}")
    prov = parse_provenance(raw.get("from"), where, source)
    if drops(prov):
        return None
    nouns = frozenset(token_norm(x) for x in _str_list(raw["nouns"], f"{where}.nouns", source))
    not_names = frozenset(_str_list(raw.get("not_names") or [], f"{where}.not_names", source))
    phrases = {}
    for key in ("before_name", "after_name"):
        kept = []
        for term, tprov in parse_exclusion_terms(raw.get(key) or [], source, f"{where}.{key}"):
            if not drops(tprov):
                kept.append(tuple(t.norm for t in tokenize(term)))
        phrases[key] = tuple(kept)
    lead = raw.get("after_lead")
    if lead is not None:
        if not isinstance(lead, Mapping):
            raise LexiconError(f"{source}: {where}.after_lead: must be a mapping with keys ['from', 'reasoning']")
        _check_keys(lead, {"from", "reasoning"}, f"{where}.after_lead", source)
        if "from" not in lead:
            raise LexiconError(f"{source}: {where}.after_lead: missing key 'from'")
        lead = not drops(parse_provenance(lead["from"], f"{where}.after_lead", source))
    return NamedPerpetrator(frame, group, float(w), nouns, not_names, prov, **phrases, after_lead=bool(lead))


class Lexicon(HeldOutRules):
    """A validated, compiled framing lexicon.

    Parameters
    ----------
    spec : mapping
        Parsed YAML content (see ``coverage/data/lexicons/README.md``): keys
        ``version`` (required), ``frames`` (required), and optional ``name``,
        ``description``, ``schema``, ``settings``, ``exclusions``.
    source : str, default "<dict>"
        File name or label used in error messages and provenance.
    sha256 : str, optional
        Hash of the source bytes; computed from ``spec`` when omitted.

    Raises
    ------
    LexiconError
        When ``spec`` is malformed; the message names ``source``, the key at fault and the fix.

    Examples
    --------
    >>> lex = Lexicon(spec={"version": "1", "frames": {"economy": {"groups": {
    ...     "markets": {"terms": ["stock market", "econom*"]}}}}})
    >>> lex.frames, lex.version
    (('economy',), '1')
    >>> lex.terms_for("economy")[["term", "weight", "wildcard"]].values.tolist()
    [['stock market', 1.0, False], ['econom*', 1.0, True]]
    """

    def __init__(self, *, spec: Mapping, source: str = "<dict>", sha256: str | None = None,
                 exclude_events: Iterable[str] = (), strict_exclusion: bool = False):
        if not isinstance(spec, Mapping):
            raise LexiconError(f"{source}: lexicon spec must be a mapping, got {type(spec).__name__}")
        self.spec = dict(spec)
        self.source = source
        if sha256 is None:
            raw = json.dumps(self.spec, sort_keys=True, default=str).encode("utf-8")
            sha256 = hashlib.sha256(raw).hexdigest()
        self._sha256 = self._hold_out(exclude_events, strict_exclusion, sha256)
        _check_keys(self.spec, _TOP_KEYS, "top level", source)
        version = self.spec.get("version")
        if not isinstance(version, str | int | float) or isinstance(version, bool) or str(version).strip() == "":
            raise LexiconError(
                f"{source}: key 'version' is missing or empty; add e.g. version: \"1.0\" "
                "(it is recorded in every report for provenance)"
            )
        self._version = str(version)
        self._name = str(self.spec.get("name") or Path(source).stem or "lexicon")
        self.settings = _parse_settings(self.spec.get("settings"), source)
        self._entries = _parse_frames(self.spec, source, exclude_events=self.exclude_events,
                                      strict=self.strict_exclusion)
        self._exclusions = _parse_exclusions(self.spec.get("exclusions"), source, self.exclude_events,
                                             self.strict_exclusion)
        self._frames = tuple(str(f) for f in self.spec["frames"])  # file order, also a frame emptied by exclusion
        #: the article-level perpetrator-name rule (:class:`NamedPerpetrator`), or None
        self.named_perpetrator = _parse_named_perpetrator(self.spec.get("named_perpetrator"), source,
                                                          self.spec["frames"], self._drops)

    # -- construction -------------------------------------------------------

    @classmethod
    def from_yaml(cls, path_or_str: str | os.PathLike | Mapping) -> Lexicon:
        """Load a lexicon from a YAML file path, YAML text or a parsed mapping.

        Examples
        --------
        >>> Lexicon.from_yaml('version: "2"\\nframes: {economy: {groups: {m: {terms: [jobs]}}}}').version
        '2'
        """
        data, source, digest = load_yaml_source(path_or_str)
        return cls(spec=data, source=source, sha256=digest)

    @classmethod
    def default(cls, *, exclude_events: Iterable[str] = (), strict: bool = False) -> Lexicon:
        """The built-in ``framing.yaml`` lexicon (solidarity vs violence).

        ``exclude_events`` leaves out the rules written only from those events (:meth:`without_events`).
        """
        lex = _default_lexicon()
        return lex.without_events(exclude_events, strict=strict) if exclude_events else lex

    def without_events(self, events: Iterable[str], *, strict: bool = False) -> Lexicon:
        """This lexicon without the rules written only from ``events`` (for held-out scoring).

        An entry or exclusion is left out when every tag of its ``from`` is in ``events``
        (entries without ``from`` count as ``seeds``); one also written from another event
        stays. ``strict=True`` leaves out every rule with any tag in ``events``. The result
        has its own ``sha256``: the hash of this one and the left-out events.

        Examples
        --------
        >>> lex = Lexicon(spec={"version": "1", "frames": {"solidarity": {"groups": {"unity": {"terms": [
        ...     "stand together", {"term": "stands with", "from": ["sri-lanka-2019", "finsbury-park-2017"]},
        ...     {"term": "ready to help", "from": ["sri-lanka-2019"]}]}}}}})
        >>> [e.term for e in lex.without_events({"sri-lanka-2019"}).entries]
        ['stand together', 'stands with']
        >>> [e.term for e in lex.without_events({"sri-lanka-2019", "finsbury-park-2017"}).entries]
        ['stand together']
        >>> [e.term for e in lex.without_events({"sri-lanka-2019"}, strict=True).entries]
        ['stand together']
        >>> lex.entries[1].provenance, lex.without_events({"seeds"}).frames
        (('finsbury-park-2017', 'sri-lanka-2019'), ('solidarity',))
        """
        return self._without(events, strict)

    # -- properties ----------------------------------------------------------

    @property
    def frames(self) -> tuple[str, ...]:
        """Frame names in file order."""
        return self._frames

    @property
    def version(self) -> str:
        return self._version

    @property
    def name(self) -> str:
        return self._name

    @property
    def sha256(self) -> str:
        """SHA-256 of the source file bytes (of the canonical JSON for dicts; combined for merges)."""
        return self._sha256

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(e for e, _ in self._entries)

    @cached_property
    def matcher(self) -> PhraseMatcher:
        """The compiled :class:`PhraseMatcher` (payloads are :class:`Entry`, exclusions ``None``)."""
        items: list[tuple[Pattern, Any]] = [(p, e) for e, p in self._entries]
        items += [(p, None) for p in self._exclusions]
        return PhraseMatcher(items)

    def __repr__(self) -> str:
        return (
            f"Lexicon(name={self.name!r}, version={self.version!r}, frames={self.frames!r}, "
            f"n_entries={len(self._entries)}, source={self.source!r})"
        )

    # -- operations ----------------------------------------------------------

    def merge(self, other: Lexicon) -> Lexicon:
        """Return a new lexicon with ``other``'s frames (and groups) added.

        Settings (negators, contrast words) come from ``self``; exclusions are
        united. A group that exists in both under the same frame is an error.
        ``version`` becomes ``"<self>+<other.name>@<other.version>"`` and
        ``sha256`` the hash of both hashes.
        """
        if not isinstance(other, Lexicon):
            raise ParameterError(f"Lexicon.merge expects a Lexicon, got {type(other).__name__}; use Lexicon.from_yaml(...)")
        frames: dict[str, dict] = {}
        for lex in (self, other):
            for fname, fspec in lex.spec["frames"].items():
                target = frames.setdefault(fname, {"groups": {}})
                if "description" in fspec and "description" not in target:
                    target["description"] = fspec["description"]
                for gname, gspec in fspec["groups"].items():
                    if gname in target["groups"]:
                        raise LexiconError(
                            f"{other.source}: frames.{fname}.groups.{gname} already exists in "
                            f"{self.source}; rename the group in your lexicon"
                        )
                    target["groups"][gname] = gspec
        excl: dict[str, tuple[str, ...]] = {}
        for lex in (self, other):
            for term, prov in parse_exclusion_terms(lex.spec.get("exclusions"), lex.source):
                excl[term] = tuple(sorted(set(excl.get(term, ())) | set(prov)))
        spec = {
            "name": self.name,
            "version": f"{self.version}+{other.name}@{other.version}",
            "frames": frames,
            "exclusions": [t if p == SEED_PROVENANCE else {"term": t, "from": list(p)} for t, p in sorted(excl.items())],
        }
        if "settings" in self.spec:
            spec["settings"] = self.spec["settings"]
        if "named_perpetrator" in self.spec:
            spec["named_perpetrator"] = self.spec["named_perpetrator"]
        digest = hashlib.sha256(f"{self.sha256}\n{other.sha256}".encode()).hexdigest()
        return Lexicon(spec=spec, source=f"{self.source} + {other.source}", sha256=digest,
                       exclude_events=self.exclude_events | other.exclude_events,
                       strict_exclusion=self.strict_exclusion or other.strict_exclusion)

    def terms_for(self, frame: str) -> pd.DataFrame:
        """List the entries of one frame.

        Returns
        -------
        DataFrame
            Columns ``frame, category, term, weight, negated_as, wildcard, n_words, case, from,
            reasoning`` in file order (``from``: the entry's provenance tags, comma-separated).
        """
        if frame not in self._frames:
            raise ParameterError(f"unknown frame {frame!r}; this lexicon has frames {list(self._frames)}")
        rows = []
        for e, p in self._entries:
            if e.frame != frame:
                continue
            reasoning = self.spec["frames"][frame]["groups"][e.category].get("reasoning", "")
            rows.append(
                {
                    "frame": e.frame,
                    "category": e.category,
                    "term": e.term,
                    "weight": e.weight,
                    "negated_as": e.negated_as,
                    "wildcard": any(k != "exact" for k, _ in p.parts),
                    "n_words": len(p.parts),
                    "case": e.case,
                    "from": ", ".join(e.provenance),
                    "reasoning": " ".join(str(reasoning).split()),
                }
            )
        return pd.DataFrame(rows)


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    data, digest = load_packaged_yaml("framing.yaml")
    return Lexicon(spec=data, source="framing.yaml", sha256=digest)
