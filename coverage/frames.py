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
>>> from coverage.frames import match_frames
>>> from coverage.lexicon import Lexicon
>>> from coverage.text import tokenize
>>> hits = match_frames(tokenize("We are not afraid."), Lexicon.default())
>>> [(h.term, h.metric, h.counted_as, h.weight, h.negated) for h in hits]
[('afraid', 'violence', 'solidarity', 1.0, True)]
>>> hits[0].rule
"'afraid' (violence/fear) negated by 'not' -> counted as solidarity (defiance) (weight 1)"
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .errors import ParameterError
from .lexicon import Entry, Lexicon, NegationSettings, match_keys
from .text import Token

__all__ = ["FrameHit", "match_frames", "surface_text"]


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
