"""Religious references in news sentences and the frame each one is put in.

:func:`match_religion` finds references to faiths, adherents, clergy, places of
worship, practices, religious organisations and religiously named militant
groups in ONE sentence (rules in ``coverage/data/lexicons/religion.yaml``) and
classifies each by frame, with the deciding ``cue`` and a one-sentence ``rule``:

=============  ==============================================================
frame          meaning
=============  ==============================================================
attribution    religion tied to perpetrator, motive or group (Islamic State, Islamist, radicalised)
dissociation   religion explicitly separated from the violence ("nothing to do with Islam")
target         worshippers / places of worship / the faith as victims (mosque attacked, Islamophobia)
community      faith groups in solidarity, prayer, mourning, interfaith unity
neutral        none of the above
=============  ==============================================================

Precedence, first applicable wins:

1. the category's own frame (``extremist_group``/``ideology`` -> attribution,
   ``hostility`` -> target): the term itself carries the frame;
2. a dissociation cue in the sentence;
3. a target cue in the sentence, or, for victim-prone categories (worshippers,
   places of worship), a harm word within 4 words of the term;
4. an attribution cue in the sentence;
5. a community cue in the sentence;
6. a community cue in ``context_tokens`` (neighbouring sentences, headline); then (1.6.0) for
   places of worship, worshippers, clergy and practices, a place of worship or worshippers put
   in the target frame by the article's lead (``article_target``, ``frames.target.article``);
7. neutral.

Not references: idioms and exclamations ("thank God", "oh my God", "God knows",
"for heaven's sake", "Jesus!"), "Islamic Republic" (a state's name), the river
Isis, first names/surnames (Christian Bale, Julie Bishop), and "IS" outside a clear
context.

Examples
--------
>>> from coverage.families.religion import match_religion
>>> from coverage.text import tokenize
>>> s = "It has nothing to do with Islam."
>>> [(h.term, h.frame, h.cue) for h in match_religion(tokenize(s), s, sentence_start=0)]
[('islam', 'dissociation', 'nothing to do with')]
>>> s = "Thank God nobody was hurt."
>>> match_religion(tokenize(s), s, sentence_start=0)
[]
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
import pandas as pd

from .. import _plotting as pl
from ..errors import LexiconError, ParameterError
from ..lexicon import (
    SEED_PROVENANCE,
    HeldOutRules,
    Pattern,
    PhraseMatcher,
    compile_term,
    load_packaged_yaml,
    load_yaml_source,
    match_key,
    match_keys,
    parse_exclusion_terms,
    parse_provenance,
)
from ..palette import OKABE_ITO
from ..text import Token, is_word
from .base import (
    Family,
    Hit,
    HitFilter,
    Metric,
    ReportFigure,
    SentenceResult,
    SentenceView,
    data_digest,
    data_provenance,
)

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = ["ReligionFamily", "ReligionHit", "ReligionRules", "match_religion", "RELIGION_FRAMES"]

#: Frames a religious reference can be put in (in reporting order).
RELIGION_FRAMES = ("community", "dissociation", "attribution", "target", "neutral")
_CUE_FRAMES = ("dissociation", "target", "attribution", "community")
_TOP_KEYS = {"schema", "name", "version", "description", "categories", "exclusions", "frames",
             "name_allow_next", "name_block_previous"}
_CAT_KEYS = {"reasoning", "terms", "frame", "victim_prone", "victim_prone_from", "from"}
_ENTRY_KEYS = {"term", "case", "name_risk", "exclamation", "context", "note", "from"}
_CONTEXT_KEYS = {"next", "previous", "sentence_any"}
_FRAME_SPEC_KEYS = {"reasoning", "cues", "proximity_cues", "conditional_cues", "sentence_cues", "context", "article"}
_COND_KEYS = {"cues", "require_any", "from", "categories", "categories_from"}
_VICTIM_PRONE = (False, True, "before")


class ReligionHit(NamedTuple):
    """One religious reference.

    Attributes
    ----------
    term : str
        Entry of ``religion.yaml`` that matched.
    matched : str
        Surface text from the sentence.
    category : str
        faith, deity, scripture, practice, adherent, worshipper, clergy,
        place_of_worship, organisation, extremist_group, ideology or hostility.
    frame : str
        community, dissociation, attribution, target or neutral.
    cue : str
        The word/phrase that decided the frame ("" for neutral).
    rule : str
        One sentence explaining the decision.
    start, end : int
        Character offsets into the article text.
    """

    term: str
    matched: str
    category: str
    frame: str
    cue: str
    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class _Term:
    term: str
    category: str
    frame: str  # intrinsic frame or ""
    victim_prone: bool | str  # True, False or "before" (only harm words before the term count)
    name_risk: str
    exclamation: bool
    context: Mapping[str, Any] | None


def _err(source: str, where: str, msg: str) -> LexiconError:
    return LexiconError(f"{source}: {where}: {msg}")


def _strs(value: Any, source: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _err(source, where, "must be a list of non-empty strings")
    return value


class ReligionRules(HeldOutRules):
    """Validated, compiled religion-reference rules (``religion.yaml``).

    Parameters
    ----------
    spec : mapping
        Parsed YAML with keys ``version``, ``categories``, ``frames`` and optional
        ``exclusions``, ``name_allow_next``, ``name_block_previous``.
    source : str
        File name used in error messages.
    sha256 : str, optional
        Hash of the source bytes (provenance).

    Examples
    --------
    >>> rules = ReligionRules.default()
    >>> rules.source, len(rules.sha256), rules.precedence
    ('religion.yaml', 64, ('dissociation', 'target', 'attribution', 'community'))
    """

    def __init__(self, *, spec: Mapping, source: str = "<dict>", sha256: str = "",
                 exclude_events: Any = (), strict_exclusion: bool = False):
        if not isinstance(spec, Mapping):
            raise LexiconError(f"{source}: religion rules must be a mapping")
        self.spec = dict(spec)
        self.source = source
        base = None
        if exclude_events and not sha256:  # rules given as a mapping: the hash of their content
            import hashlib
            import json

            base = hashlib.sha256(json.dumps(self.spec, sort_keys=True, default=str).encode()).hexdigest()
        self.sha256 = self._hold_out(exclude_events, strict_exclusion, sha256, base)
        unknown = sorted(set(map(str, self.spec)) - _TOP_KEYS)
        if unknown:
            raise _err(source, "top level", f"unknown key(s) {unknown}; allowed {sorted(_TOP_KEYS)}")
        version = self.spec.get("version")
        if version is None or str(version).strip() == "":
            raise _err(source, "version", 'missing; add e.g. version: "1.0"')
        self.version = str(version)
        self._terms = self._parse_categories()
        self._exclusions = [
            compile_term(t, where=f"{source}: exclusions.terms[{k}]")
            for k, (t, prov) in enumerate(parse_exclusion_terms(self.spec.get("exclusions"), source))
            if not self._drops(prov)
        ]
        self.name_allow_next = frozenset(
            _strs(self.spec.get("name_allow_next", []) or [], source, "name_allow_next")
        ) if self.spec.get("name_allow_next") else frozenset()
        self.name_block_previous = frozenset(
            _strs(self.spec.get("name_block_previous", []) or [], source, "name_block_previous")
        ) if self.spec.get("name_block_previous") else frozenset()
        self._parse_frames()

    # -- parsing -------------------------------------------------------------

    def _parse_categories(self) -> list[tuple[_Term, Pattern]]:
        src = self.source
        cats = self.spec.get("categories")
        if not isinstance(cats, dict) or not cats:
            raise _err(src, "categories", "missing or empty; add e.g. categories: {faith: {terms: [islam]}}")
        out = []
        for cname, cspec in cats.items():
            cw = f"categories.{cname}"
            if not isinstance(cspec, dict):
                raise _err(src, cw, "must be a mapping with key 'terms'")
            unknown = sorted(set(map(str, cspec)) - _CAT_KEYS)
            if unknown:
                raise _err(src, cw, f"unknown key(s) {unknown}; allowed {sorted(_CAT_KEYS)}")
            frame = cspec.get("frame", "") or ""
            if frame and frame not in RELIGION_FRAMES:
                raise _err(src, f"{cw}.frame", f"must be one of {list(RELIGION_FRAMES)}, got {frame!r}")
            terms = cspec.get("terms")
            if not isinstance(terms, list) or not terms:
                raise _err(src, f"{cw}.terms", "must be a non-empty list")
            prone = cspec.get("victim_prone", False)
            if prone not in _VICTIM_PRONE or (prone is not True and prone is not False and prone != "before"):
                raise _err(src, f"{cw}.victim_prone", f"must be true, false or 'before', got {prone!r}")
            cat_from = parse_provenance(cspec.get("from"), cw, src)
            if prone and self._drops(parse_provenance(cspec.get("victim_prone_from"), f"{cw}.victim_prone", src)):
                prone = False  # the victim-prone rule of this category was written only from excluded events
            for k, raw in enumerate(terms):
                ew = f"{cw}.terms[{k}]"
                if isinstance(raw, str):
                    raw = {"term": raw}
                if not isinstance(raw, dict) or "term" not in raw:
                    raise _err(src, ew, "an entry must be a string or a mapping with 'term'")
                unknown = sorted(set(map(str, raw)) - _ENTRY_KEYS)
                if unknown:
                    raise _err(src, ew, f"unknown key(s) {unknown}; allowed {sorted(_ENTRY_KEYS)}")
                case = raw.get("case", "any")
                if case not in ("any", "lower", "exact"):
                    raise _err(src, ew, f"case must be any, lower or exact, got {case!r}")
                risk = raw.get("name_risk", "") or ""
                if risk not in ("", "forename", "surname", "name"):
                    raise _err(src, ew, f"name_risk must be forename, surname or name (both), got {risk!r}")
                ctx = raw.get("context")
                if ctx is not None:
                    if not isinstance(ctx, dict) or set(ctx) - _CONTEXT_KEYS:
                        raise _err(src, f"{ew}.context", f"must be a mapping with keys among {sorted(_CONTEXT_KEYS)}")
                    ctx = {
                        "next": frozenset(_strs(ctx.get("next", []), src, f"{ew}.context.next") if ctx.get("next") else []),
                        "previous": frozenset(_strs(ctx.get("previous", []), src, f"{ew}.context.previous") if ctx.get("previous") else []),
                        "sentence_any": PhraseMatcher(
                            (compile_term(t, where=f"{src}: {ew}.context.sentence_any"), True)
                            for t in (_strs(ctx.get("sentence_any", []), src, f"{ew}.context.sentence_any") if ctx.get("sentence_any") else [])
                        ),
                    }
                pattern = compile_term(str(raw["term"]), case=case, where=f"{src}: {ew}")
                if self._drops(parse_provenance(raw.get("from"), ew, src, cat_from)):
                    continue
                out.append(
                    (
                        _Term(
                            term=str(raw["term"]), category=str(cname), frame=frame,
                            victim_prone=prone, name_risk=risk,
                            exclamation=bool(raw.get("exclamation", False)), context=ctx,
                        ),
                        pattern,
                    )
                )
        return out

    def _parse_frames(self) -> None:
        src = self.source
        frames = self.spec.get("frames")
        if not isinstance(frames, dict):
            raise _err(src, "frames", "missing; add precedence and cues for " + ", ".join(_CUE_FRAMES))
        prec = frames.get("precedence", list(_CUE_FRAMES))
        if sorted(_strs(prec, src, "frames.precedence")) != sorted(_CUE_FRAMES):
            raise _err(src, "frames.precedence", f"must list each of {list(_CUE_FRAMES)} exactly once")
        self.precedence = tuple(prec)
        win = frames.get("proximity_window", 4)
        if not isinstance(win, int) or isinstance(win, bool) or not 0 <= win <= 20:
            raise _err(src, "frames.proximity_window", f"must be an integer 0..20, got {win!r}")
        self.proximity_window = win
        items: list[tuple[Pattern, Any]] = []
        prox: list[tuple[Pattern, Any]] = []
        sent: list[tuple[Pattern, Any]] = []
        for f in _CUE_FRAMES:
            fs = frames.get(f)
            if not isinstance(fs, dict):
                raise _err(src, f"frames.{f}", "missing; add a mapping with 'cues'")
            unknown = sorted(set(map(str, fs)) - _FRAME_SPEC_KEYS)
            if unknown:
                raise _err(src, f"frames.{f}", f"unknown key(s) {unknown}; allowed {sorted(_FRAME_SPEC_KEYS)}")
            cue_list = fs.get("cues")
            if not isinstance(cue_list, list) or not cue_list:
                raise _err(src, f"frames.{f}.cues", "must be a non-empty list of words/phrases")
            for k, c in enumerate(cue_list):
                cw = f"frames.{f}.cues[{k}]"
                c, case, prov = self._cue(c, cw)
                if not self._drops(prov):
                    items.append((compile_term(c, case=case, where=f"{src}: {cw}"), (f, c)))
            for k, cond in enumerate(fs.get("conditional_cues") or []):
                cw = f"frames.{f}.conditional_cues[{k}]"
                if (not isinstance(cond, dict) or not {"cues"} <= set(cond) <= _COND_KEYS
                        or not ({"require_any", "categories"} & set(cond))):
                    raise _err(src, cw, "must be a mapping with keys 'cues' and 'require_any' and/or 'categories' "
                                        "(and optional 'from', 'categories_from')")
                if self._drops(parse_provenance(cond.get("from"), cw, src)):
                    continue
                req = PhraseMatcher(
                    (compile_term(r, where=f"{src}: {cw}.require_any"), r)
                    for r in _strs(cond["require_any"], src, f"{cw}.require_any")
                ) if cond.get("require_any") is not None else None
                # optional restriction to the references of some categories (the speakers: a faith
                # organisation condemning), itself a rule with its own provenance
                cats: frozenset[str] | None = None
                if cond.get("categories") is not None:
                    names = self._category_names(cond["categories"], f"{cw}.categories")
                    # the restriction is a rule of its own (default: written with the cue)
                    prov = parse_provenance(cond.get("categories_from"), f"{cw}.categories", src,
                                            parse_provenance(cond.get("from"), cw, src))
                    if not self._drops(prov):
                        cats = names
                for c in _strs(cond["cues"], src, f"{cw}.cues"):
                    items.append((compile_term(c, where=f"{src}: {cw}.cues"), (f, c, req, cats)))
            for key, target in (("proximity_cues", prox), ("sentence_cues", sent)):
                if key not in fs:
                    continue
                if f != "target":
                    raise _err(src, f"frames.{f}.{key}", "only the target frame has harm words (proximity/sentence cues)")
                if not isinstance(fs[key], list) or not fs[key]:
                    raise _err(src, f"frames.{f}.{key}", "must be a non-empty list of words/phrases")
                for k, c in enumerate(fs[key]):
                    cw = f"frames.{f}.{key}[{k}]"
                    c, case, prov = self._cue(c, cw)
                    if not self._drops(prov):
                        target.append((compile_term(c, case=case, where=f"{src}: {cw}"), (f, c)))
        self._cue_items = items
        self._prox_items = prox
        self._sentence_items = sent
        # frames from the context (the previous sentence), used only when the sentence has no cue:
        # target: an unambiguous attack word there makes a place of worship / worshippers the
        # target; attribution: a word naming the perpetrator there ties the faith to him
        self._context_items: dict[str, list[tuple[Pattern, Any]]] = {"target": [], "attribution": []}
        self._context_categories: frozenset[str] = frozenset()
        for f in ("target", "attribution"):
            ctx = (frames.get(f) or {}).get("context")
            if ctx is None:
                continue
            cw = f"frames.{f}.context"
            need = {"from", "reasoning", "cues"} | ({"categories"} if f == "attribution" else set())
            if not isinstance(ctx, dict) or set(ctx) != need:
                raise _err(src, cw, f"must be a mapping with keys {sorted(need)}")
            if self._drops(parse_provenance(ctx.get("from"), cw, src)):
                continue
            if f == "attribution":
                self._context_categories = self._category_names(ctx["categories"], f"{cw}.categories")
            self._context_items[f] = [(compile_term(c, where=f"{src}: {cw}.cues"), (f, c))
                                      for c in _strs(ctx["cues"], src, f"{cw}.cues")]

        # 1.6.0: the article as context (target only): a reference of these categories without any cue, in an
        # article where an earlier sentence already put a place of worship or worshippers in the target frame by
        # its own cues, is the scene or the people of that attack
        self._article_categories: frozenset[str] = frozenset()
        self._article_cues: frozenset[str] = frozenset()
        art = (frames.get("target") or {}).get("article")
        for f in _CUE_FRAMES:
            if f != "target" and (frames.get(f) or {}).get("article") is not None:
                raise _err(src, f"frames.{f}.article", "only the target frame has an article context")
        if art is not None:
            cw = "frames.target.article"
            need = {"from", "reasoning", "categories", "cues"}
            if not isinstance(art, dict) or set(art) != need:
                raise _err(src, cw, f"must be a mapping with keys {sorted(need)}")
            if not self._drops(parse_provenance(art.get("from"), cw, src)):
                self._article_categories = self._category_names(art["categories"], f"{cw}.categories")
                self._article_cues = frozenset(c.lower() for c in _strs(art["cues"], src, f"{cw}.cues"))

    def _category_names(self, raw: Any, where: str) -> frozenset[str]:
        names = _strs(raw, self.source, where)
        bad = sorted(set(names) - set(self.spec.get("categories") or {}))
        if bad or not names:
            raise _err(self.source, where, f"must name categories of this file, got {bad or names}")
        return frozenset(names)

    def _cue(self, c: Any, where: str) -> tuple[str, str, tuple[str, ...]]:
        """``(cue, case, provenance)`` of a cue: a string or ``{term, case, from}``."""
        case, prov = "any", SEED_PROVENANCE
        if isinstance(c, dict) and "term" in c and set(c) <= {"term", "case", "from"}:
            prov = parse_provenance(c.get("from"), where, self.source)
            c, case = str(c["term"]), c.get("case", "any")
        if not isinstance(c, str) or not c.strip() or case not in ("any", "lower", "exact"):
            raise _err(self.source, where, "a cue must be a string or {term: ..., case: any|lower|exact, from: [...]}")
        return c, case, prov

    # -- construction ----------------------------------------------------------

    @classmethod
    def from_yaml(cls, path_or_str: str | os.PathLike | Mapping) -> ReligionRules:
        """Load rules from a YAML path, YAML text or a parsed mapping (safe_load only)."""
        data, source, digest = load_yaml_source(path_or_str)
        return cls(spec=data, source=source, sha256=digest)

    @classmethod
    def default(cls, *, exclude_events: Any = (), strict: bool = False) -> ReligionRules:
        """The built-in ``religion.yaml`` (without the rules written only from ``exclude_events``)."""
        rules = _default_rules()
        return rules.without_events(exclude_events, strict=strict) if exclude_events else rules

    def without_events(self, events: Any, *, strict: bool = False) -> ReligionRules:
        """These rules without those written only from ``events`` (for held-out scoring).

        A term, cue, harm word, conditional-cue block or exclusion is left out when every tag
        of its ``from`` is in ``events`` (rules without ``from`` count as ``seeds``); a
        category's ``from`` is the default of its terms, and ``victim_prone_from`` the provenance
        of its victim-prone rule. ``strict=True`` leaves out every rule with any tag in ``events``.

        Examples
        --------
        >>> rules = ReligionRules.default()
        >>> held = rules.without_events({"christchurch-2019"})
        >>> held.exclude_events, held.sha256 != rules.sha256
        (frozenset({'christchurch-2019'}), True)
        """
        return self._without(events, strict)

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.category for t, _ in self._terms))

    @cached_property
    def term_matcher(self) -> PhraseMatcher:
        return PhraseMatcher([(p, t) for t, p in self._terms] + [(p, None) for p in self._exclusions])

    @cached_property
    def cue_matcher(self) -> PhraseMatcher:
        # cues are matched one by one so overlapping cues of different frames all count
        return PhraseMatcher(self._cue_items)

    @cached_property
    def proximity_matcher(self) -> PhraseMatcher:
        return PhraseMatcher(self._prox_items)

    @cached_property
    def context_target_matcher(self) -> PhraseMatcher:
        """Attack words that, in the previous sentence, make a place of worship without cue 'target'."""
        return PhraseMatcher(self._context_items["target"])

    @cached_property
    def context_attribution_matcher(self) -> PhraseMatcher:
        """Words naming the perpetrator that, in the previous sentence, make a reference without cue 'attribution'."""
        return PhraseMatcher(self._context_items["attribution"])

    @cached_property
    def sentence_matcher(self) -> PhraseMatcher:
        """Harm words that make a place of worship or worshippers 'target' anywhere in the sentence."""
        return PhraseMatcher(self._sentence_items)

    def __repr__(self) -> str:
        return f"ReligionRules(version={self.version!r}, n_terms={len(self._terms)}, source={self.source!r})"


@lru_cache(maxsize=1)
def _default_rules() -> ReligionRules:
    data, digest = load_packaged_yaml("religion.yaml")
    return ReligionRules(spec=data, source="religion.yaml", sha256=digest)


#: Violence-lexicon groups (the built-in framing lexicon's ``violence`` frame) whose hits are the gate's
#: evidence that an article is about a violent attack: the attack, its casualties, its perpetrator.
GATE_CATEGORIES = ("attack", "casualties", "perpetrator")
#: The gate's defaults: the frame model decides only in an article with at least this many sentences with a
#: counted hit of :data:`GATE_CATEGORIES` ...
GATE_MIN_SENTENCES = 8
#: ... that are at least this share of its sentences.
GATE_MIN_SHARE = 0.3

#: The built-in religion-frame model, in ``coverage/data/models/``.
BUILTIN_FRAME_MODEL = "religion_frame.json"


@lru_cache(maxsize=1)
def builtin_frame_model() -> Any:
    """The built-in :class:`~coverage.families.learned.LearnedFrameModel` of the religion family.

    A multinomial logistic regression on the framing-lexicon, religion-rule and cue features of a
    sentence (no words: :func:`coverage.learn.train_frame_model` with ``words=False``), trained on
    the project's own coded religious sentences (``benchmarks/learned_frames.py --write-builtin``);
    its ``lexicon`` and ``religion_rules`` record the built-in data it was trained with.

    Examples
    --------
    >>> m = builtin_frame_model()
    >>> m.vocabulary, m.check_lexicons()
    ((), '')
    """
    import json
    from importlib import resources

    from .learned import LearnedFrameModel

    raw = resources.files("coverage").joinpath(f"data/models/{BUILTIN_FRAME_MODEL}").read_bytes()
    return LearnedFrameModel.from_dict(json.loads(raw), source=f"{BUILTIN_FRAME_MODEL} (built in)")


def article_violence(chunk: Any, row: int) -> tuple[int, int]:
    """``(violent, sentences)`` of the article of sentence ``row`` of ``chunk`` (a :class:`ChunkView`): its sentences
    with a counted hit of :data:`GATE_CATEGORIES` of the built-in framing lexicon's ``violence`` frame
    (:func:`coverage.families.framing.match_frames`, negation-aware; the article-level named-perpetrator rule
    left out), and all its sentences. The evidence of the religion family's frame-model gate; computed once per
    article and chunk.

    Examples
    --------
    >>> from coverage.families.base import ChunkView
    >>> from coverage.text import tokenize
    >>> texts = ["The gunman opened fire.", "Two people were killed.", "The pastor spoke."]
    >>> toks = [tokenize(t) for t in texts]
    >>> chunk = ChunkView(texts=texts, starts=[0, 0, 0], ends=[1, 1, 1], indices=[0, 1, 2], paragraphs=[0, 0, 0],
    ...                   in_quote=[False] * 3, article_ids=["a"] * 3, outlets=["o"] * 3, excluded=[False] * 3,
    ...                   tokens=lambda r: toks[r])
    >>> article_violence(chunk, 2)
    (2, 3)
    """
    from ..lexicon import Lexicon
    from .framing import chunk_frames

    first = row - chunk.indices[row]
    memo = chunk.__dict__.setdefault("_religion_gate", {})
    if first in memo:
        return memo[first]
    lexicon, wanted = Lexicon.default(), set(GATE_CATEGORIES)
    aid, end, n = chunk.article_ids[first], first, len(chunk)
    while end < n and chunk.article_ids[end] == aid and chunk.indices[end] == end - first:
        end += 1
    # a sentence the lexicon's anchor pre-filter rules out has no hit: it is not matched at all; the hits of the
    # others are shared with the framing family (chunk_frames)
    may = chunk.may_match(lexicon.matcher)
    violent = sum(any(h.counted_as == "violence" and h.weight > 0 and h.category in wanted
                      for h in chunk_frames(chunk, r, lexicon)) for r in range(first, end) if may[r])
    memo[first] = (violent, end - first)
    return memo[first]


# ---------------------------------------------------------------------------
# matching


# ASCII bytes that are not letters / not upper-case letters: deleted by bytes.translate to count the others
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_ASCII_NON_UPPER = bytes(b for b in range(128) if not chr(b).isupper())


def _is_shouting(tokens: Sequence[Token]) -> bool:
    """Whether more than 60% of the tokens' letters (12 or more) are upper case."""
    joined = "".join([t.text for t in tokens])
    if joined.isascii():  # the letters and capitals counted in C (ASCII letters are A-Z and a-z)
        raw = joined.encode("ascii")
        n_letters = len(raw.translate(None, _ASCII_NON_LETTERS))
        if n_letters < 12:
            return False
        return len(raw.translate(None, _ASCII_NON_UPPER)) / n_letters > 0.6
    letters = [ch for ch in joined if ch.isalpha()]
    if len(letters) < 12:
        return False
    return sum(ch.isupper() for ch in letters) / len(letters) > 0.6


def _title(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(ch.islower() for ch in tok.text[1:])


def _prev_word(tokens: Sequence[Token], i: int) -> int:
    j = i - 1
    while j >= 0 and not is_word(tokens[j]):
        j -= 1
    return j


def _next_word(tokens: Sequence[Token], i: int) -> int:
    j = i
    while j < len(tokens) and not is_word(tokens[j]):
        j += 1
    return j


def _reject_reason(
    term: _Term, tokens: Sequence[Token], keys: Sequence[str], a: int, b: int,
    rules: ReligionRules, shouting: bool,
) -> str:
    """Return why a candidate is not a religious reference ("" when it is one)."""
    if term.exclamation:
        after = tokens[b].norm if b < len(tokens) else ""
        first = _prev_word(tokens, a) < 0
        if after == "!" or (first and after in {",", "?", "!", "…"}):
            return "exclamation"
    if term.name_risk in ("forename", "name") and _title(tokens[a]):
        j = _next_word(tokens, b)
        if j == b and j < len(tokens) and _title(tokens[j]) and keys[j] not in rules.name_allow_next:
            return "first name"
    if term.name_risk in ("surname", "name") and _title(tokens[a]):
        j = _prev_word(tokens, a)
        if j == a - 1 and j >= 0 and _title(tokens[j]) and keys[j] not in rules.name_block_previous:
            return "surname"
    if term.context is not None:
        if shouting:
            return "all-caps text"
        ctx = term.context
        nj = _next_word(tokens, b)
        pj = _prev_word(tokens, a)
        if nj < len(tokens) and keys[nj] in ctx["next"]:
            return ""
        if pj >= 0 and keys[pj] in ctx["previous"]:
            return ""
        if ctx["sentence_any"].find(tokens, keys):
            return ""
        return "no context"
    return ""


def match_religion(
    tokens: Sequence[Token],
    sentence_text: str,
    *,
    sentence_start: int,
    context_tokens: Sequence[Token] | None = None,
    rules: ReligionRules | None = None,
    article_target: Any = None,
) -> list[ReligionHit]:
    """Find and frame religious references in ONE sentence.

    Parameters
    ----------
    tokens : sequence of Token
        Tokens of the sentence with article offsets
        (``tokenize(sent.text, offset=sent.start)``).
    sentence_text : str
        The sentence text (``matched`` is cut from it).
    sentence_start : int
        Offset of the sentence in the article (``tokens[i].start - sentence_start``
        indexes ``sentence_text``).
    context_tokens : sequence of Token, optional
        Tokens of surrounding text (``ReligionFamily`` passes the previous sentence).
        Only used when the sentence has no cue (rule 6): an attack word there makes a place
        of worship 'target', a word naming the perpetrator makes a faith or place of worship
        'attribution', a community cue makes any reference 'community'.
    rules : ReligionRules, optional
        Defaults to the built-in ``religion.yaml``.
    article_target : str or callable, optional
        The article as context (``ReligionFamily`` passes it): the reference (e.g. "'mosque' (place of
        worship) in sentence 2") that an earlier sentence of the same article put in the target frame by
        its own cues, or a callable returning it (called only when needed), or "". Used last (rule 6),
        for references of the categories of ``frames.target.article`` without any cue.

    Returns
    -------
    list of ReligionHit
        In text order.

    Examples
    --------
    >>> from coverage.text import tokenize
    >>> s = 'Islamic State has claimed Masood was one of their "soldiers".'
    >>> [(h.matched, h.category, h.frame) for h in match_religion(tokenize(s), s, sentence_start=0)]
    [('Islamic State', 'extremist_group', 'attribution')]
    >>> s = "Hundreds of members of the Ahmadiyya Muslim Youth Association were also present."
    >>> [h.frame for h in match_religion(tokenize(s), s, sentence_start=0)]
    ['neutral']
    >>> ctx = tokenize("The vigil was held on the bridge.")
    >>> [(h.frame, h.cue) for h in match_religion(tokenize(s), s, sentence_start=0, context_tokens=ctx)]
    [('community', 'vigil')]
    """
    if rules is None:
        rules = _default_rules()
    elif not isinstance(rules, ReligionRules):
        raise ParameterError(f"rules must be a ReligionRules, got {type(rules).__name__}")
    if not tokens:
        return []
    keys = match_keys([t.norm for t in tokens])
    found = rules.term_matcher.find(tokens, keys)
    if not found:
        return []
    shouting = _is_shouting(tokens)
    candidates = []
    for a, b, terms in found:
        term = terms[0]
        if _reject_reason(term, tokens, keys, a, b, rules, shouting):
            continue
        candidates.append((a, b, term))
    if not candidates:
        return []

    # sentence cues, matched on word tokens only (quotes/brackets inside "nothing to do’ with" ignored)
    widx = [i for i, t in enumerate(tokens) if is_word(t)]
    wtoks = [tokens[i] for i in widx]
    wkeys = [keys[i] for i in widx]
    cues: dict[str, list[tuple[str, str, frozenset[str] | None]]] = {}
    for _s, _e, payloads in rules.cue_matcher.find_all(wtoks, wkeys):
        for payload in payloads:
            frame, cue = payload[0], payload[1]
            cats = None
            if len(payload) == 4:  # conditional cue: needs a violence word in the sentence / some categories
                note = ""
                if payload[2] is not None:
                    req = payload[2].find(wtoks, wkeys)
                    if not req:
                        continue
                    r0 = req[0]
                    note = f" together with violence word '{' '.join(t.text for t in wtoks[r0[0]:r0[1]])}'"
                cats = payload[3]
                if cats is not None:
                    note += f" (applies to {', '.join(c.replace('_', ' ') for c in sorted(cats))} references)"
            else:
                note = ""
            cues.setdefault(frame, []).append((cue, note, cats))
    prox = [(widx[s], widx[e - 1], p[0][1]) for s, e, p in rules.proximity_matcher.find_all(wtoks, wkeys)]
    sentence_harm = ""
    if any(t.victim_prone is True for _, _, t in candidates) and rules._sentence_items:
        found_harm = rules.sentence_matcher.find_all(wtoks, wkeys)
        if found_harm:
            sentence_harm = found_harm[0][2][0][1]
    ctx_cue = ctx_harm = ctx_perp = ""
    if context_tokens:
        ctoks = [t for t in context_tokens if is_word(t)]
        ckeys = [match_key(t.norm) for t in ctoks]
        for _s, _e, payloads in rules.cue_matcher.find_all(ctoks, ckeys):
            # conditional cues (length 4) hold only in their own sentence
            hit = next((p[1] for p in payloads if p[0] == "community" and len(p) == 2), "")
            if hit:
                ctx_cue = hit
                break
        if rules._context_items["target"] and any(t.victim_prone is True for _, _, t in candidates):
            found_ctx = rules.context_target_matcher.find_all(ctoks, ckeys)
            if found_ctx:
                ctx_harm = found_ctx[0][2][0][1]
        if rules._context_items["attribution"]:
            found_ctx = rules.context_attribution_matcher.find_all(ctoks, ckeys)
            if found_ctx:
                ctx_perp = found_ctx[0][2][0][1]

    pos_in_words = {ti: wi for wi, ti in enumerate(widx)}
    out = []
    for a, b, term in candidates:
        matched = sentence_text[tokens[a].start - sentence_start : tokens[b - 1].end - sentence_start]
        if not matched:
            matched = " ".join(t.text for t in tokens[a:b])
        label = f"'{matched}' ({term.category})"
        frame, cue, rule = "neutral", "", f"{label}: no frame cue in the sentence -> neutral"
        applicable = {f: [c for c in lst if c[2] is None or term.category in c[2]] for f, lst in cues.items()}
        applicable = {f: lst for f, lst in applicable.items() if lst}
        if term.frame:
            frame, cue = term.frame, matched
            rule = f"{label}: a {term.category.replace('_', ' ')} term is {term.frame} by definition"
        else:
            for f in rules.precedence:
                if f == "target" and term.victim_prone and "target" not in applicable:
                    wa = pos_in_words.get(a, 0)
                    wb = pos_in_words.get(b - 1, wa)
                    near = [
                        c for ps, pe, c in prox
                        if (pos_in_words[ps] >= wa - rules.proximity_window and pos_in_words[pe] < wa)
                        or (term.victim_prone is True
                            and pos_in_words[ps] > wb and pos_in_words[ps] <= wb + rules.proximity_window)
                    ]
                    if near:
                        frame, cue = "target", near[0]
                        cat = term.category.replace("_", " ")
                        what = ("a place of worship/worshippers" if term.victim_prone is True
                                else f"{'an' if cat[:1] in 'aeiou' else 'a'} {cat} (harm word before it: its object)")
                        rule = f"{label}: {_PROXIMITY_RULE} '{cue}' within {rules.proximity_window} words of {what} -> target"
                        break
                    if sentence_harm and term.victim_prone is True:
                        frame, cue = "target", sentence_harm
                        rule = (f"{label}: attack word '{cue}' in the sentence of a place of worship/worshippers "
                                "-> target")
                        break
                use = next((c for c in applicable.get(f, ())), None)
                if use is not None:
                    frame, cue = f, use[0]
                    others = [g for g in rules.precedence if g in applicable and g != f]
                    extra = (
                        f" (also {', '.join(others)} cue(s); precedence "
                        f"{' > '.join(rules.precedence)})" if others else ""
                    )
                    rule = f"{label}: {f} cue '{cue}'{use[1]} in the sentence -> {f}{extra}"
                    break
            else:
                if ctx_harm and term.victim_prone is True:
                    frame, cue = "target", ctx_harm
                    rule = (f"{label}: no cue in the sentence; attack word '{ctx_harm}' in the previous sentence "
                            "-> target (a place of worship/worshippers as the scene of the attack)")
                elif ctx_perp and term.category in rules._context_categories:
                    frame, cue = "attribution", ctx_perp
                    rule = (f"{label}: no cue in the sentence; the perpetrator ('{ctx_perp}') named in the previous "
                            "sentence -> attribution (the faith or place of worship of the perpetrator)")
                elif ctx_cue:
                    frame, cue = "community", ctx_cue
                    rule = f"{label}: no cue in the sentence; community cue '{ctx_cue}' in the surrounding text -> community"
                elif article_target and term.category in rules._article_categories:
                    if callable(article_target):
                        article_target = article_target() or ""
                    if article_target:
                        frame, cue = "target", article_target
                        rule = (f"{label}: no cue in the sentence or the previous one; the article already put "
                                f"{article_target} in the target frame -> target (the scene or people of the attack)")
        out.append(ReligionHit(term.term, matched, term.category, frame, cue, rule, tokens[a].start, tokens[b - 1].end))
    return out


# ---------------------------------------------------------------------------
# the religion family

#: Plot colours of the frames (the evidence highlight of every religion reference is one tint).
_FRAME_COLOURS = {
    "community": OKABE_ITO["bluish_green"],
    "dissociation": OKABE_ITO["sky_blue"],
    "attribution": OKABE_ITO["orange"],
    "target": OKABE_ITO["vermillion"],
    "neutral": "#BBBBBB",
}
_FRAME_TEXT = {
    "community": "faith groups in solidarity, prayer, mourning or interfaith unity",
    "dissociation": "religion explicitly separated from the violence (\N{LEFT DOUBLE QUOTATION MARK}nothing to do "
                    "with Islam\N{RIGHT DOUBLE QUOTATION MARK})",
    "attribution": "religion tied to the perpetrator, the motive or a group (Islamic State, radicalised)",
    "target": "worshippers, places of worship or a faith as the victims",
    "neutral": "none of the above",
}
_HIGHLIGHT = "#d9c8ef"


#: The start of the rule of a target decided by a harm word next to the reference (any harm word counts for the
#: article rule then: "the synagogue attack"; a sentence-wide cue must be one of frames.target.article.cues).
_PROXIMITY_RULE = "harm word"
#: The article rule looks for the attacked place of worship or worshippers in the lead: the first sentences of the
#: article (attack news names the attack there; an opinion piece that mentions an attack further down is no report
#: of it), and only for these categories (not a faith or its adherents: "attacks on Muslims" in a policy piece).
_ARTICLE_LEAD = 5
_ARTICLE_TRIGGERS = frozenset({"place_of_worship", "worshipper"})


def _earlier_target(s: SentenceView, rules: ReligionRules) -> str:
    """The first place of worship or worshippers that one of the first five sentences of ``s``'s article (before
    ``s``) puts in the target frame by its own cues (the sentence and its previous one, not the article context),
    with a harm word next to it or one of the attack words of ``frames.target.article.cues`` anywhere, as
    "'matched' (category, 'cue') in sentence k", or "". Results per sentence are kept on the chunk."""
    chunk = s._chunk
    memo = chunk.__dict__.setdefault("_religion_targets", {})
    first = s.row - s.index
    for row in range(first, min(s.row, first + _ARTICLE_LEAD)):
        key = (id(rules), row)
        if key not in memo:
            toks = chunk.tokens(row)
            prev = chunk.tokens(row - 1) if row > first else []
            hits = match_religion(toks, chunk.texts[row], sentence_start=chunk.starts[row], context_tokens=prev,
                                  rules=rules) if toks else []
            memo[key] = next((f"'{h.matched}' ({h.category.replace('_', ' ')}, '{h.cue}') in sentence "
                              f"{chunk.indices[row]}" for h in hits
                              if h.frame == "target" and h.category in _ARTICLE_TRIGGERS
                              and (h.cue.lower() in rules._article_cues or _PROXIMITY_RULE in h.rule)), "")
        if memo[key]:
            return memo[key]
    return ""


class ReligionFamily(Family):
    """Religious references and the frame each is put in (community, dissociation, attribution, target, neutral).

    Columns: ``religion`` (references in the sentence) and ``religion_<frame>`` for each frame.
    Metrics: the total and the rate per 1,000 words, and the total of each frame (in the
    outlet table too). Each reference is a hit with its category, frame, the deciding cue and
    the rule, matched with the tokens of the previous sentence as context.

    With a frame model (``frame_model``, the built-in one by default), where the rules leave a
    sentence ``neutral`` (most of its references have no frame cue) the model decides instead, but
    only in an article about a violent attack (the gate: ``gate_sentences`` and ``gate_share``):
    its references take the model's frame when that is not neutral, and each hit's rule says so,
    with the model's probability, the features that weighed most and the gate's evidence. On
    coverage of attacks (the project's coded events, leave one event out) the built-in model
    raised frame accuracy; on general news, ungated, it mostly turned right `neutral` references
    into wrong frames; the gate keeps it to attack coverage (README, "Validation").
    ``frame_model=None`` (or ``"rules"``) gives the rules' frames alone.

    Parameters
    ----------
    rules : ReligionRules, path or YAML text, optional
        Default: the built-in ``religion.yaml``. The same rules decide which sentences are
        looked at (the pre-filter) and what is found.
    frame_model : "builtin", "rules", LearnedFrameModel, path or None, default "builtin"
        None or "rules": the rules alone. "builtin": :func:`builtin_frame_model` with the built-in
        rules, none with other rules (its features were computed with the built-in ones); or a model
        of :func:`coverage.learn.train_frame_model` (or its JSON file).
    gate_sentences : int, default :data:`GATE_MIN_SENTENCES` (8)
        The gate, part 1: the frame model decides only in an article with at least this many
        sentences that report the attack, its casualties or its perpetrator (a counted hit of
        :data:`GATE_CATEGORIES` of the built-in framing lexicon's ``violence`` frame;
        :func:`article_violence`). 0 with ``gate_share`` 0: no gate.
    gate_share : float, default :data:`GATE_MIN_SHARE` (0.3)
        The gate, part 2: ... and only where those sentences are at least this share of the
        article's sentences (a long article with a few violent words is no attack report).
        Both defaults were chosen on the development events (leave one event out) and unlabelled
        general news (the first 400 ABP articles): ``benchmarks/learned_frames.py``.
    """

    name = "religion"

    def __init__(self, *, rules: Any = None, frame_model: Any = "builtin", gate_sentences: int = GATE_MIN_SENTENCES,
                 gate_share: float = GATE_MIN_SHARE):
        if rules is None:
            rules = _default_rules()
        elif not isinstance(rules, ReligionRules):
            rules = ReligionRules.from_yaml(rules)
        if isinstance(gate_sentences, bool) or not isinstance(gate_sentences, (int, np.integer)) or gate_sentences < 0:
            raise ParameterError(f"ReligionFamily: gate_sentences must be a whole number of at least 0 (sentences "
                                 f"of an article that report violence), got {gate_sentences!r}")
        if isinstance(gate_share, bool) or not isinstance(gate_share, (int, float)) or not 0 <= gate_share <= 1:
            raise ParameterError(f"ReligionFamily: gate_share must be a share from 0 to 1 of an article's sentences, "
                                 f"got {gate_share!r}")
        self.rules = rules
        self.frame_model = self._frame_model(frame_model)
        self.gate_sentences, self.gate_share = int(gate_sentences), float(gate_share)

    def _frame_model(self, spec: Any) -> Any:
        if spec is None or (isinstance(spec, str) and spec == "rules"):
            return None
        if isinstance(spec, str) and spec == "builtin":
            if data_digest(self.rules) != data_digest(_default_rules()):
                return None  # its features were computed with the built-in rules
            model = builtin_frame_model()
            problem = model.check_lexicons()
            if problem:  # the installed lexicon data were changed after the model was trained
                import warnings

                from ..errors import CoverageWarning

                warnings.warn(f"the built-in religion-frame model is not used: {problem}", CoverageWarning,
                              stacklevel=3)
                return None
            return model
        from .learned import LearnedFrameModel, _model_arg

        return _model_arg(spec, LearnedFrameModel, "ReligionFamily", "train_frame_model")

    def fingerprint(self) -> str:
        import hashlib

        raw = f"religion/1|{data_digest(self.rules)}"
        if self.frame_model is not None:
            raw = (f"religion/3|{data_digest(self.rules)}|{self.frame_model.sha256}|gate {self.gate_sentences} "
                   f"{self.gate_share!r} {GATE_CATEGORIES}")
        return hashlib.sha256(raw.encode()).hexdigest()

    def provenance(self) -> dict[str, Any]:
        m = self.frame_model
        model = None if m is None else {"sha256": m.sha256, "classes": list(m.classes), "n_train": m.n_train,
                                        "cv": dict(m.cv), "created_by": m.created_by,
                                        "gate": {"sentences": self.gate_sentences, "share": self.gate_share,
                                                 "categories": list(GATE_CATEGORIES)}}
        return {"name": self.name, "rules": data_provenance(self.rules), "frame_model": model}

    def columns(self) -> dict[str, str]:
        return {"religion": "int64", **{f"religion_{f}": "int64" for f in RELIGION_FRAMES}}

    def metrics(self) -> list[Metric]:
        parts = tuple(f"religion_{f}" for f in RELIGION_FRAMES)
        out = [
            Metric("religion", kind="total", column="religion", outlet=None, summary=False, label="Religion references",
                   description="references to faiths, adherents, clergy, places of worship, religious organisations "
                               "and religiously named groups", color=OKABE_ITO["reddish_purple"], highlight=_HIGHLIGHT),
            Metric("religion_rate", kind="rate", column="religion", label="Religion per 1,000 words",
                   description="religious references per 1,000 words, each put in one frame: "
                               + "; ".join(f"{f}: {_FRAME_TEXT[f]}" for f in RELIGION_FRAMES),
                   unit="per 1,000 words", color=OKABE_ITO["reddish_purple"], highlight=_HIGHLIGHT, parts=parts),
        ]
        out += [Metric(f"religion_{f}", kind="total", column=f"religion_{f}", outlet="total", summary=False,
                       label=f.capitalize(), description=f"religious references in the {f} frame: {_FRAME_TEXT[f]}",
                       color=_FRAME_COLOURS[f], highlight=_HIGHLIGHT,
                       evidence=HitFilter(({"metric": ("religion",), "frame": (f,)},)))
                for f in RELIGION_FRAMES]
        return out

    def anchors(self) -> Any:
        return self.rules.term_matcher

    def description(self) -> str:
        out = (f"Religion: references found by the rules {self.rules.source.rsplit('/', 1)[-1]} (version "
               f"{self.rules.version}), each assigned one frame from cue words in its sentence (first applicable: "
               "dissociation, target, attribution, community), else neutral.")
        m = self.frame_model
        if m is not None:
            cv = ""
            if m.cv.get("accuracy") is not None:
                cv = f"; cross-validated by article: accuracy {m.cv['accuracy']:.2f}"
            out += (" Where most references of a sentence are neutral, a frame model decides: a logistic regression "
                    f"on the sentence's lexicon, religion-rule and cue features, trained on {m.n_train} coded religious "
                    f"sentences of {m.n_articles} articles{cv} (model {m.sha256[:12]}), in articles about a violent "
                    f"attack only: at least {self.gate_sentences} sentences, and {self.gate_share:.0%} of the "
                    "article's, report the attack, casualties or perpetrator.")
        return out

    def sentence(self, s: SentenceView) -> SentenceResult | None:
        article = None
        if self.rules._article_categories and s.index > 0:
            article = lambda: _earlier_target(s, self.rules)  # noqa: E731
        found = match_religion(s.tokens, s.text, sentence_start=s.start, context_tokens=s.previous_tokens,
                               rules=self.rules, article_target=article)
        if not found:
            return None
        frames = [h.frame for h in found]
        rules = [h.rule for h in found]
        if self.frame_model is not None and self._rules_frame(frames) == "neutral" and (gate := self._gate(s)):
            learned, note = self._learned_frame(s)
            note = f"{note}; {gate}"
            if learned != "neutral":
                for i, f in enumerate(frames):
                    if f == "neutral":
                        frames[i], rules[i] = learned, f"{rules[i]}; {note}"
        values: dict[str, float] = {"religion": len(found)}
        for f in frames:
            values[f"religion_{f}"] = values.get(f"religion_{f}", 0) + 1
        hits = [Hit("religion", h.term, h.matched, h.category, f, 1.0, False, "religion", r, h.start, h.end)
                for h, f, r in zip(found, frames, rules, strict=True)]
        return SentenceResult(values, hits)

    def _rules_frame(self, frames: Sequence[str]) -> str:
        """The frame of most references (ties: the rules' precedence, then neutral), as :func:`coverage.validate`."""
        from .learned import _top_frame

        return _top_frame({f: frames.count(f) for f in RELIGION_FRAMES}, self.rules.precedence)

    def _gate(self, s: SentenceView) -> str:
        """The gate's note when the frame model may decide in ``s``'s article, else ""."""
        if self.gate_sentences == 0 and self.gate_share == 0:
            return "no gate"
        violent, n = article_violence(s._chunk, s.row)
        if violent < self.gate_sentences or violent < self.gate_share * n:
            return ""
        return (f"the gate passed: {violent} of the article's {n} sentences report the attack, casualties or "
                f"perpetrator (gate: at least {self.gate_sentences} and {self.gate_share:.0%})")

    def _learned_frame(self, s: SentenceView) -> tuple[str, str]:
        """The frame model's frame of sentence ``s`` and the note its hits' rules get."""
        from .learned import sentence_features, top_features

        m = self.frame_model
        feats, _ = sentence_features(s.tokens, s.text, start=s.start, previous_tokens=s.previous_tokens,
                                     in_quote=bool(s.in_quote), ngram_range=m.ngram_range)
        proba = m.probabilities(feats)
        k = int(np.argmax(proba))
        frame = m.classes[k]
        _, listed = top_features(m.contributions(feats, frame))
        return frame, (f"the rules leave the sentence neutral; the frame model puts it in {frame} "
                       f"(p = {float(proba[k]):.2f}; top features: {listed})")

    def findings(self, analysis: Any, outlets: Sequence[str], *, link: Any) -> list[str]:
        """Frames that only one or two outlets use, e.g. "only Sky News links the attack to Islamic State"."""
        t = analysis.outlets[analysis.outlets["outlet"].isin(list(outlets))].sort_values("outlet")
        total = t[[f"religion_{f}" for f in RELIGION_FRAMES]].sum(axis=1)
        if len(t) < 3 or total.sum() == 0:
            return []
        out = []
        verbs = {"attribution": "ties religion to the perpetrator, the motive or a group",
                 "dissociation": "explicitly separates religion from the violence",
                 "target": "presents worshippers, places of worship or a faith as the victims",
                 "community": "shows faith communities in solidarity, prayer or mourning"}
        for f in ("attribution", "dissociation", "target", "community"):
            col = f"religion_{f}"
            users = t[t[col] > 0]
            if 1 <= len(users) <= 2 and users[col].sum() >= 2:
                parts = [f"{link(r.outlet)} ({int(getattr(r, col))} of its {int(total[i])} religion references)"
                         for i, r in zip(users.index, users.itertuples(index=False), strict=True)]
                who = " and ".join(parts)
                out.append(f"<b>Religion</b>: only {who} {verbs[f]}"
                           + ("" if len(users) == 1 else " (both)") + ".")
        none = t[total == 0]["outlet"].tolist()
        if none and len(none) < len(t):
            out.append(f"<b>Religion</b>: {len(none)} of {len(t)} compared outlets never mention religion.")
        return out

    def report_figures(self, analysis: Any) -> list[ReportFigure]:
        return [ReportFigure(
            lambda: plot_religion_frames(analysis.sorted_table("outlets")),
            "<b>Religion frames.</b> References to religion per outlet, split by the frame they appear in ("
            + ", ".join(RELIGION_FRAMES) + ").",
            "Stacked bars of religion references by frame per outlet")]

    def release(self) -> None:
        for m in (self.rules.term_matcher, self.rules.cue_matcher, self.rules.proximity_matcher,
                  self.rules.sentence_matcher, self.rules.context_target_matcher,
                  self.rules.context_attribution_matcher):
            m.__dict__.pop("_memo", None)
            m.__dict__.pop("_anchor_memo", None)


# ---------------------------------------------------------------------------
# plot

_FRAME_COLUMNS = tuple(f"religion_{f}" for f in RELIGION_FRAMES)


def plot_religion_frames(
    outlets: pd.DataFrame, *, ax: Axes | None = None, normalize: bool = False
) -> Axes:
    """Stacked horizontal bars of religion frames per outlet.

    Segments, left to right: community, dissociation, attribution, target,
    neutral (sums of ``Analysis.outlets``). With ``normalize=True`` each bar
    shows shares of the outlet's religion references (0..1, axis in %). An
    outlet with no religion references is kept and labelled "no religion
    references". NaN counts are treated as 0.

    Parameters
    ----------
    outlets : DataFrame
        ``Analysis.outlets``: needs ``outlet`` and the five ``religion_*``
        frame columns.
    ax : matplotlib Axes, optional
        Axes to draw on; a new figure is created when omitted.
    normalize : bool, default False
        Plot shares instead of counts.

    Returns
    -------
    matplotlib.axes.Axes
        ``ax.containers`` holds one BarContainer per frame, in the order above.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A"], "religion_community": [2],
    ...     "religion_dissociation": [1], "religion_attribution": [0],
    ...     "religion_target": [1], "religion_neutral": [0]})
    >>> ax = plot_religion_frames(t, normalize=True)
    >>> [float(p.get_width()) for p in ax.containers[0]]
    [0.5]
    """
    func = "plot_religion_frames"
    table = pl.check_table(outlets, ["outlet", *_FRAME_COLUMNS], func=func, source=pl.OUTLETS_SOURCE)
    counts = np.column_stack(
        [np.nan_to_num(pl.numeric(table, c, func=func)) for c in _FRAME_COLUMNS]
    )
    if (counts < 0).any():
        raise ParameterError(f"{func}: religion frame counts must be >= 0; found negative values.")
    totals = counts.sum(axis=1)
    n = len(table)
    labels = pl.outlet_labels(table)
    extra_w, row_h = pl.label_space(labels)
    ax = pl.new_axes(
        ax, width=8.0 + extra_w, height=pl.rows_height(n, per_row=max(0.45, row_h), extra=2.0)
    )
    with np.errstate(invalid="ignore", divide="ignore"):
        values = (
            np.where(totals[:, None] > 0, counts / totals[:, None], 0.0) if normalize else counts
        )
    y = np.arange(n, dtype=float)
    left = np.zeros(n)
    for j, col in enumerate(_FRAME_COLUMNS):
        name = col.removeprefix("religion_")
        ax.barh(
            y,
            values[:, j],
            left=left,
            height=0.6,
            color=_FRAME_COLOURS[col[len("religion_"):]],
            edgecolor="white",
            linewidth=0.6,
            label=name,
            zorder=2,
        )
        left = left + values[:, j]
    xmax = 1.0 if normalize else (float(totals.max()) if totals.max() > 0 else 1.0)
    for yi, total in zip(y, totals, strict=True):
        if total == 0:
            ax.text(
                0.01 * xmax,
                yi,
                "no religion references",
                va="center",
                ha="left",
                fontsize="small",
                fontstyle="italic",
                color=pl.GREY,
            )
        else:
            end = 1.0 if normalize else total
            ax.text(
                end + 0.01 * xmax,
                yi,
                f"n = {pl.fmt_n(total)}",
                va="center",
                ha="left",
                fontsize="small",
                color="#333333",
            )
    ax.set_xlim(0, xmax * 1.12)
    pl.set_outlet_axis(ax, labels)
    pl.style_axes(ax)
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    if normalize:
        from matplotlib.ticker import PercentFormatter

        ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
        ax.xaxis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
        ax.set_xlabel("Share of the outlet's religion references (%)")
        ax.set_title("Religion framing per outlet (shares)")
    else:
        ax.set_xlabel("Religion references (count)")
        ax.set_title("Religion framing per outlet (counts)")
    pl.legend_below(ax, title="Frame", ncols=5, title_fontsize="small")
    return ax


