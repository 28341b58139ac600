"""Solidarity-vs-violence frame matching for one sentence, negation- and contrast-aware.

:func:`match_frames` runs a :class:`coverage.lexicon.Lexicon` over the tokens of
ONE sentence and returns every hit, counted or not, with a human-readable
``rule`` for the evidence trail. The rules (also in
``coverage/data/lexicons/README.md``):

1. **Longest match wins.** Overlapping entries are resolved longest-first, so
   "hatred for none" (solidarity/values) wins over "hatred" (violence/division).
2. **Negation.** A hit is negated when a negator (not, never, no, n't forms such
   as won't/can't/isn't, nothing, nobody, none, neither, nor, without, cannot,
   the phrase "nothing to do with") ends within the ``negation_window`` (3) word
   tokens before it. The window does not cross clause punctuation (, ; : . ! ?
   brackets, dashes), a contrast word, or an earlier hit (a negator applies only
   to the first hit after it), nor a lexical verb ("could not *confirm* the
   deaths": the negation belongs to the verb; listed ``scope_breakers`` and words
   in -ing/-ed). Quotation marks are transparent. "not only", "no doubt",
   "no matter", "no stranger to" ... are not negations (``pseudo_negation``).
   A negated hit counts toward its group's ``negated_as`` frame ("we are not
   afraid": fear -> solidarity, *defiance*); ``negated_as: ""`` means the
   negated hit is not counted ("not united").
3. **Contrast** (after VADER's but-rule). The sentence is cut into clauses at
   contrast words ("but", "however", and "yet" when it follows punctuation or
   starts the sentence; not "all but", "nothing but", "but also"). Counted hits
   in a clause get ``contrast_factor`` (0.5) times their weight when the clause
   right after the contrast word has a counted hit toward a *different* metric:
   "They might have scared us but they won't beat us" -> 'scared' counts 0.5
   toward violence, "won't beat us" 1.0 toward solidarity.

Examples
--------
>>> from coverage.families.framing import match_frames
>>> from coverage.lexicon import Lexicon
>>> from coverage.text import tokenize
>>> hits = match_frames(tokenize("We are not afraid."), Lexicon.default())
>>> [(h.term, h.metric, h.counted_as, h.weight, h.negated) for h in hits]
[('afraid', 'violence', 'solidarity', 1.0, True)]
>>> hits[0].rule
"'afraid' (violence/fear) negated by 'not' -> counted as solidarity (defiance) (weight 1)"
"""

from __future__ import annotations

import math
import re
import warnings
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
import pandas as pd

from .. import _plotting as pl
from ..errors import CoverageWarning, ParameterError
from ..lexicon import Entry, Lexicon, NamedPerpetrator, NegationSettings, match_keys
from ..palette import OKABE_ITO
from ..text import Token
from .base import ChunkView, Family, Hit, Metric, ReportFigure, SentenceResult, SentenceView

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = ["FramingFamily", "FrameHit", "match_frames", "perpetrator_names", "surface_text", "resolve_lexicon"]


class FrameHit(NamedTuple):
    """One lexicon hit in a sentence (also hits that were not counted).

    Attributes
    ----------
    metric : str
        Frame of the lexicon entry ("solidarity", "violence" or a custom frame).
    term : str
        The lexicon entry as written in the YAML file.
    matched : str
        Surface text that matched.
    category : str
        Lexicon group of the entry (e.g. "fear").
    weight : float
        Contribution actually counted toward ``counted_as`` (0.0 when not counted).
    negated : bool
        Whether a negator scoped over the hit.
    rule : str
        Human-readable explanation of how the hit was counted.
    start, end : int
        Character offsets (taken from the tokens, i.e. into the article text).
    counted_as : str
        Metric the hit was counted toward; "" when not counted.
    """

    metric: str
    term: str
    matched: str
    category: str
    weight: float
    negated: bool
    rule: str
    start: int
    end: int
    counted_as: str


_NOT_CONTRAST_BEFORE_BUT = frozenset({"all", "nothing", "anything", "last", "everything"})


def surface_text(tokens: Sequence[Token]) -> str:
    """Rebuild the surface text of consecutive tokens (one space where there was a gap)."""
    parts = []
    prev_end = None
    for t in tokens:
        if prev_end is not None and t.start > prev_end:
            parts.append(" ")
        parts.append(t.text)
        prev_end = t.end
    return "".join(parts)


def _is_negator(keys: Sequence[str], norms: Sequence[str], j: int, s: NegationSettings) -> tuple[bool, str]:
    """Whether the token at ``j`` ends a negator; return (flag, negator text)."""
    n = norms[j]
    for phrase in s.negator_phrases:
        m = len(phrase)
        if j + 1 >= m and tuple(keys[j - m + 1 : j + 1]) == phrase:
            return True, " ".join(phrase)
    if n in s.negators or (n.endswith("n't") and len(n) > 3) or n.endswith("n’t"):
        nxt = keys[j + 1] if j + 1 < len(keys) else ""
        if nxt in s.pseudo_negation:
            return False, ""
        return True, n
    return False, ""


_NOT_VERB_ING = frozenset({"being", "nothing", "anything", "something", "everything", "during", "morning", "evening", "thing", "things", "king", "string", "spring"})
_NOT_VERB_ED = frozenset({"indeed", "need", "needed", "feed", "speed", "seed", "bed", "red", "united", "hundred", "armed", "alleged", "so-called"})
_AUX_NEXT = frozenset({"been", "got", "gotten"})


def _breaks_scope(norms: Sequence[str], j: int, s: NegationSettings) -> bool:
    """Whether the word at ``j`` (between negator and hit) is a lexical verb that takes the negation.

    "could not *confirm* the deaths": the negation belongs to 'confirm', so 'deaths'
    is not negated. Auxiliaries (be, been, will, have + been) do not break the scope.
    """
    n = norms[j]
    if n in s.scope_breakers:
        nxt = norms[j + 1] if j + 1 < len(norms) else ""
        return not (n in {"have", "has", "had"} and nxt in _AUX_NEXT)
    if len(n) > 5 and n.endswith("ing") and n not in _NOT_VERB_ING:
        return True
    return len(n) > 4 and n.endswith("ed") and n not in _NOT_VERB_ED and "-" not in n


def _contrast_positions(norms: Sequence[str], s: NegationSettings) -> list[int]:
    if s.contrast_words.isdisjoint(norms):  # most sentences: no word to look at
        return []
    pos = []
    for i, n in enumerate(norms):
        if n not in s.contrast_words:
            continue
        prev = norms[i - 1] if i > 0 else ""
        nxt = norms[i + 1] if i + 1 < len(norms) else ""
        if n == "but" and (prev in _NOT_CONTRAST_BEFORE_BUT or nxt == "also"):
            continue
        if n == "yet" and i > 0 and any(ch.isalnum() for ch in prev):
            continue  # "not yet", "has yet to": adverb, not a contrast
        pos.append(i)
    return pos


def match_frames(tokens: Sequence[Token], lexicon: Lexicon) -> list[FrameHit]:
    """Find frame hits in ONE sentence's tokens.

    Parameters
    ----------
    tokens : sequence of Token
        Tokens of a single sentence, e.g. ``tokenize(sent.text, offset=sent.start)``;
        hit offsets are taken from the tokens.
    lexicon : Lexicon
        E.g. ``Lexicon.default()`` or ``Lexicon.default().merge(custom)``.

    Returns
    -------
    list of FrameHit
        In text order. Hits that were not counted (negated solidarity, negated
        violence groups with ``negated_as: ""``) are included with ``weight=0.0``
        and ``counted_as=""``.

    Examples
    --------
    >>> from coverage.text import tokenize
    >>> lex = Lexicon.default()
    >>> [(h.term, h.counted_as, h.weight) for h in match_frames(
    ...     tokenize("They might have scared us but they won't beat us."), lex)]
    [('scared', 'violence', 0.5), ("won't beat us", 'solidarity', 1.0)]
    >>> [(h.term, h.category, h.counted_as) for h in match_frames(
    ...     tokenize("Love for all, hatred for none"), lex)]
    [('love for all', 'values', 'solidarity'), ('hatred for none', 'values', 'solidarity')]
    """
    if not isinstance(lexicon, Lexicon):
        raise ParameterError(
            f"match_frames expects a coverage.lexicon.Lexicon, got {type(lexicon).__name__}; "
            "use Lexicon.default() or Lexicon.from_yaml(path)"
        )
    if not tokens:
        return []
    norms = [t.norm for t in tokens]
    keys = match_keys(norms)
    matches = lexicon.matcher.find(tokens, keys)
    if not matches:
        return []
    s = lexicon.settings
    n_tok = len(tokens)
    owner = [-1] * n_tok
    for h, (a, b, _) in enumerate(matches):
        for k in range(a, b):
            owner[k] = h
    contrasts = _contrast_positions(norms, s)
    contrast_set = set(contrasts)

    # --- pass 1: negation -> counted_as
    prelim: list[tuple[int, int, Entry, bool, str, str]] = []  # a, b, entry, negated, negator, counted_as
    for h, (a, b, entries) in enumerate(matches):
        negated, negator = False, ""
        words = 0
        j = a - 1
        while j >= 0 and words < s.window:
            tok_norm = norms[j]
            if owner[j] != -1 and owner[j] != h:
                break
            if tok_norm in s.transparent:
                j -= 1
                continue
            if tok_norm in s.clause_boundaries or j in contrast_set:
                break
            if not any(ch.isalnum() for ch in tok_norm):
                break
            flag, text = _is_negator(keys, norms, j, s)
            if flag:
                negated, negator = True, text
                break
            if _breaks_scope(norms, j, s):
                break
            words += 1
            j -= 1
        for entry in entries:
            counted = entry.negated_as if negated else entry.frame
            prelim.append((a, b, entry, negated, negator, counted))

    # --- pass 2: contrast clauses
    def clause_of(i: int) -> int:
        c = 0
        for p in contrasts:
            if i > p:
                c += 1
        return c

    clause_idx = [clause_of(a) for a, *_ in prelim]
    out: list[FrameHit] = []
    for k, (a, b, entry, negated, negator, counted) in enumerate(prelim):
        label = f"'{entry.term}' ({entry.frame}/{entry.category})"
        if negated:
            if counted:
                extra = " (defiance)" if counted != entry.frame else ""
                rule = f"{label} negated by '{negator}' -> counted as {counted}{extra}"
            else:
                rule = f"{label} negated by '{negator}' -> not counted"
        else:
            rule = f"{label} -> counted as {counted}"
        weight = entry.weight if counted else 0.0
        if counted and contrasts:
            c = clause_idx[k]
            if c < len(contrasts):
                opposite = [
                    prelim[m] for m in range(len(prelim))
                    if clause_idx[m] == c + 1 and prelim[m][5] and prelim[m][5] != counted
                ]
                if opposite:
                    weight *= s.contrast_factor
                    cw = tokens[contrasts[c]].text
                    rule += (
                        f"; weight x{s.contrast_factor:g} by contrast: the clause after '{cw}' "
                        f"has a {opposite[0][5]} hit ('{opposite[0][2].term}')"
                    )
        if counted:
            rule += f" (weight {weight:g})"
        out.append(
            FrameHit(
                metric=entry.frame,
                term=entry.term,
                matched=surface_text(tokens[a:b]),
                category=entry.category,
                weight=float(weight),
                negated=negated,
                rule=rule,
                start=tokens[a].start,
                end=tokens[b - 1].end,
                counted_as=counted,
            )
        )
    return out


# ---------------------------------------------------------------------------
# the perpetrator named earlier in the article (lexicon key named_perpetrator)

#: Words that link a perpetrator noun to the name after it ("the gunman was identified as ...").
_NAME_LINKS = frozenset({",", "who", "was", "is", "has", "had", "been", "identified", "named", "as"})
#: Words between "X, the" and a perpetrator noun that make the noun another person's or a modifier.
_NOT_APPOSITION = frozenset({"who", "that", "which", "of", "for", "with", "and", "or", ","})
#: Words that introduce the person identified ("identified the suspect as", "identified him as").
_IDENTIFIED = frozenset({"him", "her", "man", "woman"})


#: (1.14.0) An age before a name ("46", "46-year-old" is tokenised "46", "-", "year-old").
_AGE = re.compile(r"\d+|years?-old")
#: (1.14.0) Words before a capitalised run that make it a place or a description, not the subject of the act ("a student
#: from Saudi Arabia opened fire", "a retired police captain and African American shot and killed by looters").
_PLACE_PREPOSITIONS = frozenset({"from", "of", "in", "at", "to", "near", "for", "by", "with", "into", "outside", "and",
                                 "or"})


def _surname(text: str) -> str:
    """The token text without a possessive ending ("Korver's" -> "Korver", "Stephens'" -> "Stephens")."""
    for end in ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s"):
        if text.endswith(end):
            return text[: -len(end)]
    if len(text) > 2 and text[-1] in "'\N{RIGHT SINGLE QUOTATION MARK}" and text[-2] in "sS":
        return text[:-1]  # the possessive of a name ending in s: "Stephens' movements"
    return text


def _is_name(tok: Token, not_names: frozenset[str]) -> bool:
    """A capitalised word (not all capitals: "ISIS", "FBI") that is not a listed non-name."""
    w = _surname(tok.text)
    parts = w.split("-")
    return (len(w) >= 2 and all(p[:1].isupper() and p[1:].isalpha() and p[1:].islower() for p in parts if p)
            and w not in not_names)


def _name_run(tokens: Sequence[Token], i: int, step: int, not_names: frozenset[str]) -> list[int]:
    """Indices of the run of name tokens starting at ``i`` and going in direction ``step``."""
    run = []
    while 0 <= i < len(tokens) and _is_name(tokens[i], not_names):
        run.append(i)
        i += step
    return run if step > 0 else run[::-1]


def _skip_descriptors(tokens: Sequence[Token], j: int, not_names: frozenset[str]) -> int:
    """After "identified as": skip up to four words before the name ("28-year-old", "former US marine")."""
    k = j
    while k < len(tokens) and k - j < 4 and not _is_name(tokens[k], not_names):
        w = tokens[k].text
        if not (w[:1].isalnum() or "-" in w):
            return j
        k += 1
    return k


def perpetrator_names(tokens: Sequence[Token], rule: NamedPerpetrator) -> list[tuple[str, str]]:
    """The perpetrators one sentence names with a full name: ``(surname, phrase)`` pairs.

    Three constructions: a perpetrator noun before the name ("the gunman, Peter Holm", "the suspect was
    identified as Jane Korver"), the name before the noun ("Mark Lindqvist, the 30-year-old suspect") and
    "identified the suspect / him as" a name; since framing 1.14.0 two more, with the rule's phrases: a
    ``before_name`` phrase, an age at most, then the name ("police arrested 46-year-old Ola Brandt") and the
    name (not after a preposition: "a student from Saudi Arabia"), at most ", 46,", then an ``after_name``
    phrase ("Ola Brandt, 46, opened fire"). The name has at least two capitalised words (a first name and a
    surname); the surname is its last word.

    Examples
    --------
    >>> from coverage.lexicon import Lexicon
    >>> from coverage.text import tokenize
    >>> rule = Lexicon.default().named_perpetrator
    >>> perpetrator_names(tokenize("Police identified the gunman as Peter Holm, 29."), rule)
    [('Holm', 'gunman as Peter Holm')]
    >>> perpetrator_names(tokenize("Mark Lindqvist, the 30-year-old suspect, was arrested."), rule)
    [('Lindqvist', 'Mark Lindqvist, the 30-year-old suspect')]
    >>> perpetrator_names(tokenize("Officers arrested 46-year-old Ola Brandt on Monday."), rule)
    [('Brandt', 'arrested 46-year-old Ola Brandt')]
    >>> perpetrator_names(tokenize("Ola Brandt, 46, opened fire on the crowd."), rule)
    [('Brandt', 'Ola Brandt, 46, opened fire')]
    >>> perpetrator_names(tokenize("Ola Brandt, 46, was shot in the leg."), rule)
    []
    """
    out: list[tuple[str, str]] = []
    n = len(tokens)
    norms = [t.norm for t in tokens]

    def add(run: list[int], a: int, b: int) -> None:
        if len(run) >= 2:
            out.append((_surname(tokens[run[-1]].text), surface_text(tokens[a:b])))

    for i, norm in enumerate(norms):
        if norm not in rule.nouns:
            continue
        # noun, then linking words, then the name
        j = i + 1
        while j < n and norms[j] in _NAME_LINKS and j - i <= 6:
            j += 1
        j = _skip_descriptors(tokens, j, rule.not_names) if norms[j - 1] == "as" else j
        run = _name_run(tokens, j, 1, rule.not_names)
        add(run, i, run[-1] + 1 if run else i + 1)
        # the name, a comma, "a"/"the" and up to four words, then the noun
        for k in range(i - 1, max(i - 7, -1), -1):
            if norms[k] in _NOT_APPOSITION:  # "X, the head of the ... terrorist group", "X, the senator who ..."
                break
            if norms[k] in ("a", "the") and k >= 2 and norms[k - 1] == ",":
                run = _name_run(tokens, k - 2, -1, rule.not_names)
                if run and run[-1] == k - 2:
                    add(run, run[0], i + 1)
                break
        # "identified the suspect as ..." is covered above; "identified him as ..."
    for i, norm in enumerate(norms):
        if norm == "identified" and i + 2 < n and norms[i + 1] in _IDENTIFIED and norms[i + 2] == "as":
            run = _name_run(tokens, _skip_descriptors(tokens, i + 3, rule.not_names), 1, rule.not_names)
            add(run, i, run[-1] + 1 if run else i + 1)
    # (1.14.0) a listed phrase, then at most two words with a digit ("46-year-old"), then the name
    for i in range(n):
        for phrase in rule.before_name:
            if tuple(norms[i:i + len(phrase)]) != phrase:
                continue
            j = i + len(phrase)
            while j < n and j - i - len(phrase) < 3 and (_AGE.fullmatch(norms[j]) or norms[j] == "-"):
                j += 1
            run = _name_run(tokens, j, 1, rule.not_names)
            add(run, i, run[-1] + 1 if run else i + 1)
    # (1.14.0) the name (not preceded by another capitalised word), at most ", 46,", then a listed phrase
    if rule.after_name:
        i = 0
        while i < n:
            run = _name_run(tokens, i, 1, rule.not_names)
            if not run:
                i += 1
                continue
            j = run[-1] + 1
            if (len(run) >= 2 and (i == 0 or not tokens[i - 1].text[:1].isupper())
                    and (i == 0 or norms[i - 1] not in _PLACE_PREPOSITIONS)):
                if (j + 2 < n and norms[j] == "," and any(c.isdigit() for c in tokens[j + 1].text)
                        and norms[j + 2] == ","):
                    j += 3
                for phrase in rule.after_name:
                    if tuple(norms[j:j + len(phrase)]) == phrase:
                        add(run, i, j + len(phrase))
                        break
            i = j if j > i else i + 1
    return out


def article_perpetrators(view: Any, rule: NamedPerpetrator) -> tuple[dict[int, dict[str, tuple[int, str]]], np.ndarray]:
    """The perpetrators each article of a chunk names, and the sentences that mention one named earlier.

    Returns ``(names, mask)``: ``names`` maps the row of an article's first sentence to ``{surname: (index of
    the sentence that first names him, phrase)}`` (:func:`perpetrator_names`), and ``mask`` is True for every
    sentence (row of ``view``) whose text holds a surname named in an earlier sentence of its article. Only the
    sentences with a perpetrator noun or "identified" are tokenised, found by a
    vectorised look-up of the chunk's token ids.
    """
    texts, indices = view.texts, view.indices
    # perpetrator_names finds nothing elsewhere
    naming = view.rows_with(rule.nouns | {"identified"} | {p[0] for p in rule.before_name + rule.after_name})
    mask = np.zeros(len(texts), dtype=bool)
    out: dict[int, dict[str, tuple[int, str]]] = {}
    names: dict[str, tuple[int, str]] = {}
    prev_lead, prev_index = "", -2
    for row, text in enumerate(texts):
        index = indices[row]
        if index == 0:  # an article's first sentence (indices count from 0 in every article)
            names = {}
            out[row] = names
        if names and any(n in text for n in names):
            mask[row] = True
        found: list[tuple[str, str]] = []
        lead = ""
        if naming[row]:
            toks = view.tokens(row)
            found = perpetrator_names(toks, rule)
            for surname, phrase in found:
                names.setdefault(surname, (index, phrase))
            if rule.after_lead and not found:
                lead = lead_noun(toks, rule)
        if prev_lead and not found and index == prev_index + 1:
            got = name_after_lead(view.tokens(row), rule, prev_lead)
            if got is not None:
                names.setdefault(got[0], (index, got[1]))
        prev_lead, prev_index = lead, index
    return out, mask


def lead_noun(tokens: Sequence[Token], rule: NamedPerpetrator) -> str:
    """(1.14.0, ``after_lead``) The opening words of a sentence that begins with "the" and a perpetrator noun among its
    next three words ("The accused gunman who ...", "The serial bomber ..."), or ""."""
    words = [t for t in tokens if t.text[:1].isalnum()][:4]
    if not words or words[0].norm != "the":
        return ""
    for k, t in enumerate(words[1:], 1):
        if t.norm in rule.nouns:
            return surface_text(words[: k + 1])
    return ""


def name_after_lead(tokens: Sequence[Token], rule: NamedPerpetrator, lead: str) -> tuple[str, str] | None:
    """(1.14.0, ``after_lead``) The ``(surname, phrase)`` of a sentence that opens with a full name and an age ("Ola
    Brandt, 46, ...") right after a sentence that opened with the perpetrator noun (``lead``: :func:`lead_noun`), or None.

    Examples
    --------
    >>> from coverage.lexicon import Lexicon
    >>> from coverage.text import tokenize
    >>> rule = Lexicon.default().named_perpetrator
    >>> lead = lead_noun(tokenize("The accused gunman had worked as a driver."), rule)
    >>> lead
    'The accused gunman'
    >>> name_after_lead(tokenize("Ola Brandt, 46, passed a background check."), rule, lead)
    ('Brandt', "Ola Brandt, 46, after 'The accused gunman' in the sentence before")
    """
    run = _name_run(tokens, 0, 1, rule.not_names)
    j = len(run)
    if (len(run) >= 2 and j + 2 < len(tokens) and tokens[j].norm == "," and tokens[j + 1].text.isdigit()
            and tokens[j + 2].norm == ","):
        return (_surname(tokens[run[-1]].text),
                f"{surface_text(tokens[: j + 3])} after '{lead}' in the sentence before")
    return None


# ---------------------------------------------------------------------------
# the framing family


#: Plot colours and evidence highlights of the built-in frames (custom frames take the next colours).
_FRAME_COLOURS = {"solidarity": (OKABE_ITO["blue"], "#b3dcf5"), "violence": (OKABE_ITO["vermillion"], "#f9c7a7")}
_MORE_COLOURS = [OKABE_ITO[k] for k in ("bluish_green", "reddish_purple", "orange", "sky_blue", "yellow")]
_DESCRIPTIONS = {
    "solidarity": "solidarity, unity, mourning and defiance language (\N{LEFT DOUBLE QUOTATION MARK}stand together"
                  "\N{RIGHT DOUBLE QUOTATION MARK}, \N{LEFT DOUBLE QUOTATION MARK}we are not afraid"
                  "\N{RIGHT DOUBLE QUOTATION MARK})",
    "violence": "violence, threat, fear and division language (\N{LEFT DOUBLE QUOTATION MARK}attack"
                "\N{RIGHT DOUBLE QUOTATION MARK}, \N{LEFT DOUBLE QUOTATION MARK}killed"
                "\N{RIGHT DOUBLE QUOTATION MARK}, \N{LEFT DOUBLE QUOTATION MARK}terror"
                "\N{RIGHT DOUBLE QUOTATION MARK})",
}


#: Log-odds by which the vectorised pre-score of a sentence may fall short of the threshold and still be scored
#: exactly (its sums run in another order).
_MODEL_MARGIN = 1e-6
#: The built-in violence model, in ``coverage/data/models/``.
BUILTIN_VIOLENCE_MODEL = "violence.json"


@lru_cache(maxsize=1)
def builtin_violence_model() -> Any:
    """The built-in violence model of the framing family (a :class:`~coverage.families.learned.LearnedModel`).

    A logistic regression on the framing-lexicon hits, negation and quotation cues and word 1- and 2-grams of a
    sentence (:func:`coverage.learn.train_detector` with ``features="framing"``), trained on every sentence the
    project coded by hand (the development events of ``benchmarks/validate_frames.py``, the seeds, the BASIL
    sentences and 40 articles of ordinary news; ``benchmarks/learned_detector.py --write-builtin``, ``make
    violence-model``). Its ``lexicon`` records the built-in lexicon it was trained with.

    Examples
    --------
    >>> m = builtin_violence_model()
    >>> m.label, m.check_lexicons(), any(f.startswith("religion") for f in m.feature_names)
    ('violence', '', False)
    """
    import json
    from importlib import resources

    from .learned import LearnedModel

    raw = resources.files("coverage").joinpath(f"data/models/{BUILTIN_VIOLENCE_MODEL}").read_bytes()
    return LearnedModel.from_dict(json.loads(raw), source=f"{BUILTIN_VIOLENCE_MODEL} (built in)")


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


class FramingFamily(Family):
    """Solidarity versus violence (and custom frames): weighted, negation-aware lexicon hits.

    Columns: one per frame of the lexicon (the weighted hits of the sentence). Metrics: the
    frame totals, their rates per 1,000 words and, with both built-in frames, the balance
    (S - V) / (S + V). Hits of the frames or groups named in ``tone_mask`` (the event's own
    vocabulary: violence words, and defiance phrases such as "will not win") are masked when
    the sentiment family scores tone.

    Parameters
    ----------
    lexicon : Lexicon, path, YAML text or dict, optional
        The framing lexicon (default: the built-in ``framing.yaml``). A lexicon that defines
        only new frames is added to the built-in ones; one that defines ``solidarity`` and
        ``violence`` replaces them.
    tone_mask : tuple of str, default ("violence", "defiance")
        Frames (metrics) and groups (categories) whose hits the tone score leaves out.
    balance_prior : float, default 10
        Weight, in hits, of the prior that pulls an outlet's balance towards the corpus-wide
        balance (see the ``balance`` metric).
    named_perpetrator : bool, default True
        Apply the lexicon's article-level ``named_perpetrator`` rule: a perpetrator named with a
        full name makes later sentences naming his surname count as violence (background about
        the perpetrator, which the coding scheme calls violence); on by default since it no longer
        reads every sentence. The sentences that can name one (a perpetrator noun or "identified")
        are found from the chunk's token ids
        (:meth:`~coverage.families.base.ChunkView.rows_with`) and only the sentences with a
        surname named earlier are added to the lexicon's candidates (:meth:`candidates`), so the
        rule costs about 1% of ``analyze`` (it cost 40% when it read every sentence).
    violence_model : None, "builtin", LearnedModel or path, default None
        A learned violence detector run beside the lexicon (opt-in): a sentence with no counted
        violence hit of its own that the model flags (probability at least its threshold) gets one
        violence hit of weight 1, term ``learned model``, whose rule names the probability and the
        three features that pushed it up most. None (or "rules"): the lexicon alone. "builtin": the
        built-in model (:func:`builtin_violence_model`, trained on the features of the built-in
        lexicon: a warning names any other lexicon). A model of your own must detect ``violence``
        and be trained with ``features="framing"`` (:func:`coverage.learn.train_detector`). On
        coverage of attacks it finds violence the lexicon misses; on other news most of its flags
        are wrong, hence the gate and the opt-in (README, "Validation": "The lexicon and a model
        together").
    model_gate : bool, default True
        Run the violence model only in articles about a violent attack: the religion family's gate
        (:func:`coverage.families.religion.article_violence`: at least ``GATE_MIN_SENTENCES`` of the
        article's sentences, and ``GATE_MIN_SHARE`` of them, with a counted attack, casualties or
        perpetrator hit of the built-in lexicon), whose rule the hit's evidence then names. The model
        is trained mostly on coverage of attacks: on the first 2,000 ABP articles, mostly other news,
        a model trained on the attack coverage alone flagged 3,541 sentences, 3,317 of them in
        articles the gate shuts, and nearly all of those were wrong.
    """

    name = "framing"

    def __init__(self, *, lexicon: Any = None, tone_mask: tuple[str, ...] = ("violence", "defiance"),
                 balance_prior: float = 10.0, named_perpetrator: bool = True, violence_model: Any = None,
                 model_gate: bool = True):
        self.lexicon = resolve_lexicon(lexicon)
        self.tone_mask = tuple(tone_mask)
        self.balance_prior = float(balance_prior)
        self.named_perpetrator = bool(named_perpetrator)
        self.violence_model = self._violence_model(violence_model)
        self.model_gate = bool(model_gate)

    def _violence_model(self, spec: Any) -> Any:
        """The model ``violence_model`` names (a LearnedModel), or None."""
        from .learned import LearnedModel, _model_arg

        if "violence" not in self.lexicon.frames or spec is None or (isinstance(spec, str) and spec == "rules"):
            return None
        if isinstance(spec, str) and spec == "builtin":
            if self.lexicon.sha256 != Lexicon.default().sha256:
                warnings.warn(f"FramingFamily: the built-in violence model was trained on the features of the built-in "
                              f"lexicon, not of {self.lexicon.name!r} {self.lexicon.version}: its lexicon features "
                              "differ from training", CoverageWarning, stacklevel=3)
            return builtin_violence_model()
        model = _model_arg(spec, LearnedModel, "FramingFamily", "train_detector")
        if model.label != "violence":
            raise ParameterError(f"FramingFamily: violence_model must detect 'violence', not {model.label!r} "
                                 "(train it with coverage.learn.train_detector(..., label='violence'))")
        if any(f.startswith("religion") for f in model.feature_names) or model.ngram_range[1] > 2:
            raise ParameterError("FramingFamily: violence_model must be trained with features='framing' and word "
                                 "n-grams of at most two words (coverage.learn.train_detector(..., label='violence', "
                                 "features='framing')); it has religion features or longer n-grams")
        return model

    @property
    def _named_rule(self) -> Any:
        """The lexicon's ``named_perpetrator`` rule when this family applies it, else None."""
        return self.lexicon.named_perpetrator if self.named_perpetrator else None

    def fingerprint(self) -> str:
        import hashlib

        named = "|named" if self._named_rule is not None else ""
        model = (f"|model {self.violence_model.sha256}{'|gate' if self.model_gate else ''}"
                 if self.violence_model is not None else "")
        raw = f"framing/1|{self.lexicon.sha256}|{'|'.join(self.tone_mask)}{named}{model}"  # the prior: outlets only
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def provenance(self) -> dict[str, Any]:
        lex = self.lexicon
        out = {"name": self.name, "lexicon": {"name": lex.name, "version": lex.version, "sha256": lex.sha256,
                                              "source": str(lex.source).rsplit("/", 1)[-1]}}
        m = self.violence_model
        if m is not None:
            out["violence_model"] = {"sha256": m.sha256, "n_train": m.n_train, "threshold": m.threshold,
                                     "built_in": m is builtin_violence_model(), "gate": self.model_gate}
        return out

    @property
    def frames(self) -> tuple[str, ...]:
        return tuple(self.lexicon.frames)

    def columns(self) -> dict[str, str]:
        return {f: "float64" for f in self.frames}

    def _colours(self) -> dict[str, tuple[str, str]]:
        out, more = {}, iter(_MORE_COLOURS * 4)
        for f in self.frames:
            out[f] = _FRAME_COLOURS.get(f) or (next(more), "")
        return out

    def metrics(self) -> list[Metric]:
        colours = self._colours()
        described = {f: _DESCRIPTIONS.get(f) or f"terms of the {f} frame of the lexicon" for f in self.frames}
        out = [Metric(f, kind="total", column=f, outlet=None, summary=False, label=f"{f.capitalize()} (weighted hits)",
                      description=f"weighted hits of {described[f]}; negated mentions are counted as the lexicon "
                                  "says (\N{LEFT DOUBLE QUOTATION MARK}not afraid\N{RIGHT DOUBLE QUOTATION MARK} "
                                  "counts as solidarity)",
                      color=colours[f][0], highlight=colours[f][1]) for f in self.frames]
        out += [Metric(f"{f}_rate", kind="rate", column=f, label=f"{f.capitalize()} per 1,000 words",
                       description=f"{described[f]}, weighted hits per 1,000 words",
                       unit="per 1,000 words", color=colours[f][0], highlight=colours[f][1]) for f in self.frames]
        if {"solidarity", "violence"} <= set(self.frames):
            out.append(Metric(
                "balance", kind="ratio", numerator={"solidarity": 1.0, "violence": -1.0},
                denominator={"solidarity": 1.0, "violence": 1.0}, outlet="pooled", prior=self.balance_prior,
                label="Solidarity\N{EN DASH}violence balance",
                description="(S \N{MINUS SIGN} V) / (S + V) of the weighted solidarity (S) and violence (V) hits, "
                            "from +1 (only solidarity) to \N{MINUS SIGN}1 (only violence). An article's balance "
                            "uses its own hits (undefined without either); an outlet's pools the hits of all its "
                            f"articles and adds a prior of {self.balance_prior:g} hits at the corpus-wide balance "
                            "(Monroe, Colaresi and Quinn 2008), so an outlet with one or two hits stays near the "
                            "corpus value instead of jumping to \N{MINUS SIGN}1 or +1",
                color=OKABE_ITO["blue"], direction=0))
        return out

    def check(self, taken: dict[str, str]) -> None:
        """A frame named like another column (or whose ``_rate`` column would be) is a :class:`LexiconError`."""
        from ..lexicon import check_frame_names

        frame_metrics = set(self.frames) | {f"{f}_rate" for f in self.frames}
        own = {m.name: "a metric of family 'framing'" for m in self.metrics() if m.kind == "ratio"
               or m.name not in frame_metrics}
        check_frame_names(self.frames, {**taken, **own}, source=str(self.lexicon.source))

    def anchors(self) -> Any:
        return self.lexicon.matcher

    def candidates(self, view: ChunkView) -> np.ndarray | None:
        # with the named-perpetrator rule, also the sentences that name a perpetrator introduced earlier (a surname
        # is no lexicon word); the names are kept on the chunk for sentence(). With a violence model, also the
        # sentences without any lexicon anchor that the model may flag (the log-odds of a sentence without lexicon
        # hits need no hit; kept on the chunk for sentence())
        rule = self._named_rule
        mask = None
        if rule is not None:
            names, mask = article_perpetrators(view, rule)
            view.__dict__.setdefault("_framing_perpetrators", {})[id(rule)] = names
        if self.violence_model is not None:
            z = self._model_decisions(view)
            flagged = z >= _logit(self.violence_model.threshold) - _MODEL_MARGIN
            mask = flagged if mask is None else mask | flagged
        return mask

    def _model_decisions(self, view: ChunkView) -> np.ndarray:
        """The violence model's log-odds of every sentence of the chunk, lexicon hits left out (computed once)."""
        memo = view.__dict__.setdefault("_violence_model_z", {})
        key = id(self.violence_model)
        if key not in memo:
            memo[key] = self.violence_model.chunk_decisions(view, negators=self.lexicon.settings.negators)
        return memo[key]

    def _model_hit(self, s: SentenceView, found: Sequence[FrameHit]) -> Hit | None:
        """The violence model's hit of a sentence with no counted violence hit of its own, or None."""
        from .learned import framing_features, top_features

        model = self.violence_model
        z = self._model_decisions(s._chunk)[s.row] + model.lexicon_decision(found)
        if z < _logit(model.threshold) - _MODEL_MARGIN:  # (the exact score below decides at the threshold)
            return None
        gate = ""
        if self.model_gate:
            from .religion import GATE_MIN_SENTENCES, GATE_MIN_SHARE, article_violence

            violent, n = article_violence(s._chunk, s.row)
            if violent < GATE_MIN_SENTENCES or violent < GATE_MIN_SHARE * n:
                return None
            gate = (f"; in an article about an attack ({violent} of its {n} sentences report the attack, casualties "
                    f"or perpetrator)")
        values, spans = framing_features(s.tokens, s.text, found, start=s.start, in_quote=bool(s.in_quote),
                                         ngram_range=model.ngram_range, negators=self.lexicon.settings.negators)
        p = model.probability(values)
        if p < model.threshold:
            return None
        top, words = top_features(model.contributions(values))
        a, b = spans.get(top[0][0], (s.start, s.end)) if top else (s.start, s.end)
        which = "built-in violence model" if model is builtin_violence_model() else "violence model"
        rule = (f"{which} (logistic regression on {model.n_train:,} coded sentences): probability {p:.2f} >= "
                f"{model.threshold:.2f}; most weight: {words}{gate} -> counted as violence (weight 1)")
        return Hit("violence", "learned model", s.text[a - s.start:b - s.start], "learned model", "", 1.0, False,
                   "violence", rule, a, b)

    def description(self) -> str:
        lex = self.lexicon
        return (f"Solidarity, violence{' and custom' if len(self.frames) > 2 else ''} frames: weighted counts of the "
                f"terms of the lexicon {lex.name} (version {lex.version}), negation- and contrast-aware; rates are "
                "per 1,000 words.")

    def sentence(self, s: SentenceView) -> SentenceResult | None:
        found = chunk_frames(s._chunk, s.row, self.lexicon, s.tokens)
        named = self._named_perpetrator(s, found)
        learned = None
        if (self.violence_model is not None and named is None
                and not any(h.counted_as == "violence" and h.weight > 0 for h in found)):
            learned = self._model_hit(s, found)
        if not found and named is None and learned is None:
            return None
        mask = self.tone_mask
        hits = [Hit(h.metric, h.term, h.matched, h.category, "", float(h.weight) if h.counted_as else 0.0,
                    bool(h.negated), h.counted_as or "", h.rule, h.start, h.end) for h in found]
        masks = [(h.start, h.end) for h in found if h.metric in mask or h.category in mask]
        if named is not None:
            hits.append(named)
            if named.metric in mask or named.category in mask:
                masks.append((named.start, named.end))
        if learned is not None:  # (no tone mask: the model's words are no lexicon terms)
            hits.append(learned)
        return SentenceResult(None, hits, masks)

    def _named_perpetrator(self, s: SentenceView, found: Sequence[FrameHit]) -> Hit | None:
        """The hit of a perpetrator named earlier in the article (``named_perpetrator``), in a sentence that has
        no counted hit of that frame of its own, or None."""
        rule = self._named_rule
        if rule is None:
            return None
        # the article's names (candidates() put them on the chunk); a name counts from the sentence after the one
        # that introduces it
        chunk = s._chunk
        by_rule = chunk.__dict__.get("_framing_perpetrators", {})
        if id(rule) not in by_rule:
            self.candidates(chunk)
        article = chunk.__dict__["_framing_perpetrators"][id(rule)][s.row - s.index]
        names = {n: v for n, v in article.items() if v[0] < s.index}
        if not names or any(h.counted_as == rule.frame and h.weight > 0 for h in found):
            return None
        spans = [(h.start, h.end) for h in found]
        for t in s.tokens:
            if not t.text[:1].isupper():
                continue
            got = names.get(_surname(t.text))
            if got is None or any(a <= t.start < b for a, b in spans):
                continue
            k, phrase = got
            rule_text = (f"'{_surname(t.text)}' named as the perpetrator in sentence {k} of the article ('{phrase}') "
                         f"-> counted as {rule.frame} ({rule.group}; weight {rule.weight:g})")
            return Hit(rule.frame, "named perpetrator", t.text, rule.group, "", rule.weight, False, rule.frame,
                       rule_text, t.start, t.end)
        return None

    def report_figures(self, analysis: Any) -> list[ReportFigure]:
        if "balance" not in analysis.outlets.columns:
            return []
        return [ReportFigure(
            lambda: plot_balance(analysis.sorted_table("outlets")),
            "<b>Solidarity vs violence.</b> Balance = (S \N{MINUS SIGN} V) / (S + V), where S and V are the weighted "
            "counts of solidarity and violence terms. Bars show the estimate, whiskers the 95% bootstrap interval.",
            "Bar chart of the solidarity-violence balance per outlet")]

    def release(self) -> None:
        m = self.lexicon.matcher
        m.__dict__.pop("_memo", None)
        m.__dict__.pop("_anchor_memo", None)


def chunk_frames(chunk: ChunkView, row: int, lexicon: Lexicon, tokens: Sequence[Token] | None = None
                 ) -> list[FrameHit]:
    """:func:`match_frames` of sentence ``row`` of ``chunk``, computed once per chunk, sentence and lexicon.

    The framing family and the religion family's gate (:func:`coverage.families.religion.article_violence`) both
    need the built-in lexicon's hits of a sentence; whichever asks first computes them. The memo lives on the
    chunk (freed with it) and is keyed by the lexicon's ``sha256``, which names its rules, settings and held-out
    events. ``tokens`` are the sentence's tokens if the caller has them (``chunk.tokens(row)`` otherwise).

    Examples
    --------
    >>> from coverage.families.base import ChunkView
    >>> from coverage.text import tokenize
    >>> toks = [tokenize("The gunman opened fire.")]
    >>> chunk = ChunkView(texts=["The gunman opened fire."], starts=[0], ends=[1], indices=[0], paragraphs=[0],
    ...                   in_quote=[False], article_ids=["a"], outlets=["o"], excluded=[False],
    ...                   tokens=lambda r: toks[r])
    >>> [h.term for h in chunk_frames(chunk, 0, Lexicon.default())]
    ['gunman', 'opened fire']
    >>> chunk_frames(chunk, 0, Lexicon.default()) is chunk_frames(chunk, 0, Lexicon.default())
    True
    """
    memo = chunk.__dict__.setdefault("_frame_hits", {}).setdefault(lexicon.sha256, {})
    found = memo.get(row)
    if found is None:
        found = memo[row] = match_frames(chunk.tokens(row) if tokens is None else tokens, lexicon)
    return found


def resolve_lexicon(lexicon: Any) -> Lexicon:
    """A :class:`Lexicon` from None (built in), a Lexicon, a YAML path or text, or a dict.

    A lexicon without both built-in frames is merged into the built-in one.
    """
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


# ---------------------------------------------------------------------------
# plot

def plot_balance(outlets: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Solidarity-violence balance per outlet with 95% CIs (diverging bars).

    Bars run from 0 to ``balance`` = (S - V) / (S + V): right (blue) when an
    outlet uses more solidarity than violence framing, left (vermillion) when
    violence dominates. Error bars are ``balance_low`` .. ``balance_high``.
    Outlet labels carry ``n_articles``; outlets whose CI was bootstrapped over
    sentences (``ci_basis == "sentences"``, a single article) get hatched bars
    and a dagger with a footnote. An outlet with NaN balance (no hits) is kept
    and labelled "no hits".

    Parameters
    ----------
    outlets : DataFrame
        ``Analysis.outlets``: needs ``outlet, n_articles, ci_basis, balance,
        balance_low, balance_high``.
    ax : matplotlib Axes, optional
        Axes to draw on; a new figure is created when omitted.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A", "B"], "n_articles": [3, 1],
    ...     "ci_basis": ["articles", "sentences"], "balance": [0.4, -0.2],
    ...     "balance_low": [0.1, -0.6], "balance_high": [0.7, 0.1]})
    >>> ax = plot_balance(t)
    >>> [float(p.get_width()) for p in ax.containers[0]]
    [0.4, -0.2]
    """
    func = "plot_balance"
    table = pl.check_table(
        outlets,
        ["outlet", "n_articles", "ci_basis", "balance", "balance_low", "balance_high"],
        func=func,
        source=pl.OUTLETS_SOURCE,
    )
    n = len(table)
    value = pl.numeric(table, "balance", func=func)
    low = pl.numeric(table, "balance_low", func=func)
    high = pl.numeric(table, "balance_high", func=func)
    by_sentences = (table["ci_basis"].astype(str) == "sentences").to_numpy()
    y = np.arange(n, dtype=float)
    ok = ~np.isnan(value)

    labels = []
    for i, (name, n_art) in enumerate(zip(pl.outlet_labels(table), table["n_articles"], strict=True)):
        mark = "\N{DAGGER}" if by_sentences[i] else ""
        count = pl.fmt_n(n_art)
        labels.append(f"{name}{mark}\n(n = {count} article{'' if count == '1' else 's'})")
    extra_w, row_h = pl.label_space(labels)
    ax = pl.new_axes(
        ax, width=7.5 + extra_w, height=pl.rows_height(n, per_row=max(0.45, row_h), extra=2.0)
    )

    colours = [_FRAME_COLOURS["solidarity"][0] if v >= 0 else _FRAME_COLOURS["violence"][0] for v in value[ok]]
    bars = ax.barh(y[ok], value[ok], height=0.6, color=colours, zorder=2, label="_balance")
    for patch, hatched in zip(bars, by_sentences[ok], strict=True):
        if hatched:
            patch.set_hatch("///")
            patch.set_edgecolor("white")
            patch.set_linewidth(0)
    err = pl.half_errors(value[ok], low[ok], high[ok])
    ax.errorbar(
        value[ok],
        y[ok],
        xerr=err,
        fmt="none",
        ecolor="#222222",
        elinewidth=1.2,
        capsize=4,
        zorder=3,
        label="_ci",
    )
    for yi in y[~ok]:
        ax.text(
            0.03,
            yi,
            "no hits (no solidarity or violence terms)",
            va="center",
            ha="left",
            fontsize="small",
            fontstyle="italic",
            color=pl.GREY,
            zorder=3,
        )

    ax.axvline(0.0, **pl.ZERO_LINE)
    ax.set_xlim(-1.0, 1.0)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1])
    pl.set_outlet_axis(ax, labels)
    pl.style_axes(ax)
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    ax.set_xlabel(
        "Balance (S \N{MINUS SIGN} V) / (S + V), unitless index\n"
        "\N{LEFTWARDS ARROW} more violence framing        more solidarity framing \N{RIGHTWARDS ARROW}"
    )
    ax.set_title("Solidarity vs violence framing per outlet (mean, 95% bootstrap CI)")

    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Patch(color=_FRAME_COLOURS["solidarity"][0], label="solidarity > violence"),
        Patch(color=_FRAME_COLOURS["violence"][0], label="violence > solidarity"),
        Line2D([], [], color="#222222", marker="|", markersize=8, linewidth=1.2, label="95% CI"),
    ]
    if by_sentences.any():
        handles.append(
            Patch(
                facecolor=pl.GREY,
                edgecolor="white",
                hatch="///",
                linewidth=0,
                label="\N{DAGGER} CI over sentences: single article",
            )
        )
    pl.legend_below(ax, handles=handles, ncols=2)
    return ax


