"""The metric-family abstraction: one place to add a measure.

A **family** is a group of related measures computed in the engine's one pass over the
articles (sentiment and tone; the framing lexicon; religion; boilerplate; yours). It declares

* its ``name`` and a ``fingerprint`` of its configuration (part of the article cache key);
* the per-sentence ``columns`` it adds to :attr:`Analysis.sentences`, with their dtypes;
* its ``metrics``: :class:`Metric` specs saying how each column becomes an article value and
  an outlet value (mean over sentences, rate per 1,000 words, ratio of sums, total), with a
  label, a one-line description, a colour and a direction;
* its evidence: the :class:`Hit` rows it records (rule and character offsets), which
  :meth:`Analysis.explain` shows and highlights;
* optionally an ``anchors`` pre-filter (a :class:`~coverage.lexicon.PhraseMatcher`): a sentence
  without one of its anchor words is never passed to it, unless ``candidates(view)`` adds it (a rule
  that reads beyond the sentence, such as a name introduced earlier in the article).

It computes its columns through one or more of three hooks, run in this order:

``article(text, sentences)``
    Once per article, with the article text and its :class:`~coverage.text.Sentence` list;
    returns ``{column: list of per-sentence values}`` (boilerplate flags sentences this way),
    or an :class:`ArticleResult` with evidence hits too (quotes span sentences, so they are
    found per article; each hit is filed under the sentence its ``start`` falls in).
``sentence(s)``
    Once per sentence (only sentences that pass the pre-filter), with a :class:`SentenceView`
    (text, offsets, tokens, the previous sentence's tokens); returns a list of :class:`Hit`
    (each adds its ``weight`` to the column named by its ``counted_as``) or a
    :class:`SentenceResult` (values, hits, and spans to mask in tone).
``chunk(view)``
    Once per chunk of articles, with a :class:`ChunkView` of every sentence; returns
    ``{column: array}``. For vectorised scorers (VADER scores a whole chunk at once).

Everything downstream is generated from these declarations: the article and outlet tables
with bootstrap CIs (:mod:`coverage.engine.aggregate`), :meth:`Analysis.explain` and its
highlight colours, the plots' defaults, the report's summary table, heatmap and methods text,
and the saved metrics files. Adding a family is its module (plus a data file) and its tests;
adding a column to a family is one :class:`Metric`.

Examples
--------
A family that counts hedging words, defined in user code:

>>> import coverage
>>> class Hedging(coverage.Family):
...     name = "hedging"
...     words = frozenset({"may", "might", "reportedly", "allegedly"})
...     def columns(self):
...         return {"hedging": "float64"}
...     def metrics(self):
...         return [coverage.Metric("hedging", kind="total", column="hedging", outlet=None, summary=False,
...                                 label="Hedging words", description="hedging words in the article"),
...                 coverage.Metric("hedging_rate", kind="rate", column="hedging", label="Hedging",
...                                 description="hedging words (may, might, reportedly, ...) per 1,000 words")]
...     def sentence(self, s):
...         return [coverage.Hit("hedging", term=t.norm, matched=t.text, start=t.start, end=t.end,
...                              counted_as="hedging", rule=f"hedging word {t.norm!r}")
...                 for t in s.tokens if t.norm in self.words]
>>> import pandas as pd
>>> df = pd.DataFrame({"id": ["a", "b"], "outlet": ["A", "B"],
...                    "text": ["Police may have known. He reportedly fled.", "The vigil was held."]})
>>> a = coverage.analyze(df, families=[*coverage.default_families(), Hedging()], n_boot=100)
>>> a.articles[["article_id", "n_tokens", "hedging", "hedging_rate"]].round(1).values.tolist()
[['a', 7, 2.0, 285.7], ['b', 4, 0.0, 0.0]]
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal, NamedTuple

import numpy as np

from ..errors import ParameterError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "Family",
    "ReportFigure",
    "ReportSection",
    "Metric",
    "Hit",
    "SentenceResult",
    "ArticleResult",
    "SentenceView",
    "ChunkView",
    "HitFilter",
    "KINDS",
    "DTYPES",
    "check_families",
]

#: How a metric is built from its sentence column(s) (see :class:`Metric`).
KINDS = ("mean", "rate", "ratio", "total")
#: The dtypes a family column may have.
DTYPES = ("float64", "int64", "int32", "bool", "str")  # int32: counts that fit (totals are summed as int64)
_NAME_RE = re.compile(r"[a-z][a-z0-9_]*")


class Hit(NamedTuple):
    """One piece of evidence: a match in a sentence, with the rule that produced it.

    The engine adds ``article_id``, ``outlet``, ``sentence`` and ``boilerplate``; these
    fields are the rest of a row of :attr:`Analysis.hits`. ``start`` and ``end`` are
    character offsets into the article text (``Token.start`` / ``Token.end``).

    When a family's :meth:`Family.sentence` returns a list of hits, each hit adds its
    ``weight`` to the sentence's value of the column named ``counted_as`` (nothing when
    ``counted_as`` is empty: a match that was seen but not counted, e.g. negated).
    """

    metric: str
    term: str = ""
    matched: str = ""
    category: str = ""
    frame: str = ""
    weight: float = 1.0
    negated: bool = False
    counted_as: str = ""
    rule: str = ""
    start: int = 0
    end: int = 0


class ReportFigure(NamedTuple):
    """A figure a family adds to the report: ``draw()`` returns the Matplotlib Axes it drew on (or
    ``draw`` is None for a note without a figure); ``caption`` is HTML (escape corpus text), ``alt`` plain text."""

    draw: Callable[[], Any] | None
    caption: str
    alt: str = ""


class ReportSection(NamedTuple):
    """A section a family adds to the report: an anchor id, a title and its HTML body (corpus text escaped)."""

    id: str
    title: str
    html: str


class SentenceResult(NamedTuple):
    """What :meth:`Family.sentence` found in one sentence, with full control of the values.

    ``values`` maps column names to the amounts added to this sentence's values (None: each
    hit adds its ``weight`` to its ``counted_as`` column, as for a plain list of hits); ``hits``
    are the evidence; ``masks`` are ``(start, end)`` article offsets of words that the tone
    score leaves out (the event's own vocabulary, see the sentiment family).
    """

    values: Mapping[str, float] | None = None
    hits: Sequence[Hit] = ()
    masks: Sequence[tuple[int, int]] = ()


class ArticleResult(NamedTuple):
    """What :meth:`Family.article` found in one article: per-sentence values and evidence.

    ``values`` maps each of the family's columns to one value per sentence (as a plain
    mapping returned by ``article``); ``hits`` are its evidence, with article offsets. A hit
    is filed under the sentence its ``start`` falls in; its ``weight`` is not added to any
    column (``values`` already holds the sentence values). ``rows`` are records of the
    family's own table (one per quote, say), kept by the engine with the article they came
    from (:meth:`Family.table_columns`).
    """

    values: Mapping[str, Sequence[Any]]
    hits: Sequence[Hit] = ()
    #: Rows of the family's own per-article table (:meth:`Family.table_columns`, values in that order).
    rows: Sequence[tuple] = ()


@dataclass(frozen=True)
class HitFilter:
    """Which rows of :attr:`Analysis.hits` are the evidence of a metric.

    ``any_of`` is a tuple of conditions; a hit is evidence when it meets at least one. A
    condition maps hit columns to the allowed values, and a hit meets it when every listed
    column has one of them.

    Examples
    --------
    >>> import pandas as pd
    >>> hits = pd.DataFrame({"metric": ["religion", "religion", "violence"], "frame": ["target", "neutral", ""],
    ...                      "counted_as": ["religion", "religion", "violence"]})
    >>> HitFilter(({"metric": ("religion",), "frame": ("target",)},)).mask(hits).tolist()
    [True, False, False]
    """

    any_of: tuple[Mapping[str, tuple[str, ...]], ...] = ()

    def mask(self, hits: Any) -> np.ndarray:
        out = np.zeros(len(hits), dtype=bool)
        for cond in self.any_of:
            m = np.ones(len(hits), dtype=bool)
            for col, allowed in cond.items():
                m &= hits[col].isin(list(allowed)).to_numpy() if col in hits.columns else False
            out |= m
        return out


@dataclass(frozen=True)
class Metric:
    """How one measure is computed, summarised, explained and shown.

    Parameters
    ----------
    name : str
        Column name in :attr:`Analysis.articles` (and :attr:`Analysis.outlets`), e.g.
        ``"violence_rate"``. Lower-case letters, digits and ``_``.
    kind : {"mean", "rate", "ratio", "total"}
        How an article's value comes from its sentences:

        * ``"mean"``: the mean of ``column`` over the article's counted sentences (sentiment);
        * ``"rate"``: the sum of ``column`` per 1,000 word tokens (``violence_rate``);
        * ``"ratio"``: ``sum(numerator) / sum(denominator)``, each a weighted sum of sentence
          columns (balance = (S - V) / (S + V)); NaN when the denominator is 0;
        * ``"total"``: the sum of ``column`` (counts such as ``religion_target``).
    column : str, optional
        The sentence column (for every kind but ``"ratio"``).
    numerator, denominator : mapping of str to float, optional
        For ``"ratio"``: ``{column: coefficient}``, e.g. ``{"solidarity": 1, "violence": -1}``.
    outlet : {"mean", "pooled", "total"} or None, default "mean"
        The outlet table's value: the mean over the outlet's articles with a bootstrap CI
        (``m, m_low, m_high``); for a ratio, ``"pooled"``: the ratio of the sums over all the
        outlet's articles, shrunk towards the corpus-wide ratio by ``prior`` pseudo-units (an
        informative prior, as in Monroe, Colaresi and Quinn 2008, "Fightin' Words"), with a
        bootstrap CI and ``m_evidence``, the sum of the denominator behind it; the total over
        its articles (no CI); or left out.
    prior : float, default 0
        For ``outlet="pooled"``: the prior's weight in units of the denominator (e.g. 10 hits).
        ``(sum(numerator) + prior * c) / (sum(denominator) + prior)``, ``c`` the corpus-wide
        ratio: an outlet with few hits stays near ``c`` instead of jumping to the extremes.
    sentences : {"counted", "all"}, default "counted"
        Which sentences count: ``"counted"`` leaves out those a family excludes (boilerplate,
        when ``exclude_boilerplate=True``); ``"all"`` counts every sentence.
    label, description : str
        A short label for tables and plots and one line saying what is counted (the
        report's methods section).
    color : str
        Plot colour (hex). ``highlight`` is the background of its marks in highlighted
        evidence (default: a light tint of ``color``).
    direction : {1, -1, 0}, default 1
        1: higher values mean more of what the label names; -1: less; 0: signed (diverging
        around zero, like sentiment or balance).
    unit : str
        Unit shown after values (e.g. "per 1,000 words").
    summary : bool, default True
        Shown in the report's summary table and heatmap (outlet metrics with a CI only).
    parts : tuple of str
        Metrics whose totals break this one down (religion by frame), shown with it.
    evidence : HitFilter or "sentences", optional
        The hits behind the metric (default: hits whose ``counted_as`` or ``metric`` is the
        metric's column(s)); ``"sentences"`` shows every sentence with its score instead.
    """

    name: str
    kind: Literal["mean", "rate", "ratio", "total"]
    column: str | None = None
    numerator: Mapping[str, float] | None = None
    denominator: Mapping[str, float] | None = None
    outlet: Literal["mean", "pooled", "total"] | None = "mean"
    prior: float = 0.0
    sentences: Literal["counted", "all"] = "counted"
    label: str = ""
    description: str = ""
    color: str = "#7F7F7F"
    highlight: str = ""
    direction: int = 1
    unit: str = ""
    summary: bool = True
    parts: tuple[str, ...] = ()
    evidence: HitFilter | str | None = None

    def __post_init__(self) -> None:
        where = f"Metric {self.name!r}"
        if not isinstance(self.name, str) or not _NAME_RE.fullmatch(self.name):
            raise ParameterError(f"{where}: the name must be lower-case letters, digits and _, starting with a letter")
        if self.kind not in KINDS:
            raise ParameterError(f"{where}: kind must be one of {list(KINDS)}, not {self.kind!r}")
        if self.kind == "ratio":
            if not self.numerator or not self.denominator:
                raise ParameterError(f"{where}: a ratio needs numerator= and denominator= ({{column: coefficient}})")
        elif not self.column:
            raise ParameterError(f"{where}: kind {self.kind!r} needs column= (the sentence column it is built from)")
        if self.outlet not in ("mean", "pooled", "total", None):
            raise ParameterError(f"{where}: outlet must be 'mean', 'pooled', 'total' or None, not {self.outlet!r}")
        if self.outlet == "pooled" and self.kind not in ("ratio", "rate"):
            raise ParameterError(f"{where}: outlet='pooled' needs kind 'ratio' or 'rate' (a ratio of sums)")
        if not isinstance(self.prior, int | float) or isinstance(self.prior, bool) or self.prior < 0:
            raise ParameterError(f"{where}: prior must be a number >= 0, not {self.prior!r}")
        if self.sentences not in ("counted", "all"):
            raise ParameterError(f"{where}: sentences must be 'counted' or 'all', not {self.sentences!r}")
        if self.direction not in (1, -1, 0):
            raise ParameterError(f"{where}: direction must be 1, -1 or 0, not {self.direction!r}")
        if not re.fullmatch(r"#[0-9A-Fa-f]{6}", str(self.color)):
            raise ParameterError(f"{where}: color must be a hex colour like '#0072B2', not {self.color!r}")

    @property
    def has_ci(self) -> bool:
        """Whether the outlet table gives the metric a bootstrap CI (``m_low``, ``m_high``)."""
        return self.outlet in ("mean", "pooled")

    @property
    def source_columns(self) -> tuple[str, ...]:
        """The sentence columns the metric is computed from."""
        if self.kind == "ratio":
            return tuple(dict.fromkeys([*(self.numerator or {}), *(self.denominator or {})]))
        return (str(self.column),)

    @property
    def title(self) -> str:
        """``label`` or, when empty, the name made readable."""
        return self.label or self.name.replace("_", " ").capitalize()

    @property
    def mark_colour(self) -> str:
        """Background of the metric's marks in highlighted evidence."""
        return self.highlight or tint(self.color)

    def hit_filter(self) -> HitFilter | str:
        """:attr:`evidence`, or the default filter on the metric's source columns."""
        if self.evidence is not None:
            return self.evidence
        cols = self.source_columns
        return HitFilter(({"counted_as": cols}, {"metric": cols}))


def data_digest(rules: Any) -> str:
    """SHA-256 of a rules object's data (``.sha256`` of its file's bytes, else of its ``.spec`` as sorted JSON).

    What a family built on a data file (lexicon, religion rules, source types) puts in its
    fingerprint, so the article cache is keyed by the rules' content.
    """
    return rules.sha256 or hashlib.sha256(json.dumps(rules.spec, sort_keys=True, default=str).encode("utf-8")
                                          ).hexdigest()


def data_provenance(rules: Any) -> dict[str, Any]:
    """``{version, sha256, source}`` of a rules object (the file name only: no machine-specific path)."""
    return {"version": rules.version, "sha256": rules.sha256, "source": re.split(r"[\\/]", str(rules.source))[-1]}


def tint(colour: str, amount: float = 0.7) -> str:
    """``colour`` mixed with ``amount`` of white (hex in, hex out).

    Examples
    --------
    >>> tint("#000000", 0.5)
    '#808080'
    """
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in rgb)


class SentenceView:
    """One sentence as a family's :meth:`Family.sentence` sees it.

    Attributes: ``text``, ``start``, ``end`` (offsets into the article), ``index`` (in the
    article, from 0), ``paragraph``, ``in_quote``, ``article_id``, ``outlet``, ``boilerplate``,
    ``tokens`` (:class:`~coverage.text.Token` list with article offsets) and
    ``previous_tokens`` (the tokens of the previous sentence of the same article, or ``[]``;
    built on first use).
    """

    __slots__ = ("text", "start", "end", "index", "paragraph", "in_quote", "article_id", "outlet", "boilerplate",
                 "tokens", "row", "_chunk")

    def __init__(self, chunk: ChunkView, row: int, tokens: list[Any]):
        self._chunk = chunk
        self.row = row
        self.tokens = tokens
        self.text = chunk.texts[row]
        self.start = chunk.starts[row]
        self.end = chunk.ends[row]
        self.index = chunk.indices[row]
        self.paragraph = chunk.paragraphs[row]
        self.in_quote = chunk.in_quote[row]
        self.article_id = chunk.article_ids[row]
        self.outlet = chunk.outlets[row]
        self.boilerplate = chunk.excluded[row]

    @property
    def previous_tokens(self) -> list[Any]:
        return self._chunk.tokens(self.row - 1) if self.index > 0 else []


class ChunkView:
    """Every sentence of a chunk of articles, column by column (what :meth:`Family.chunk` gets).

    Attributes (lists, one entry per sentence, in article order): ``texts``, ``starts``,
    ``ends``, ``indices``, ``paragraphs``, ``in_quote``, ``article_ids``, ``outlets``,
    ``excluded`` (left out of the metrics, e.g. boilerplate). ``columns`` holds the columns
    the families before this one computed, ``masks`` the tone masks (article offsets) their
    sentence hooks returned, by sentence. :meth:`tokens` gives a sentence's tokens.
    """

    def __init__(self, *, texts: list[str], starts: list[int], ends: list[int], indices: list[int],
                 paragraphs: list[int], in_quote: list[bool], article_ids: list[str], outlets: list[str],
                 excluded: Sequence[bool], tokens: Callable[[int], list[Any]],
                 rows_with: Callable[[Iterable[str]], np.ndarray] | None = None,
                 may_match: Callable[[Any], np.ndarray] | None = None,
                 token_ids: Callable[[], tuple[list[str], np.ndarray, np.ndarray]] | None = None):
        self.texts = texts
        self.starts = starts
        self.ends = ends
        self.indices = indices
        self.paragraphs = paragraphs
        self.in_quote = in_quote
        self.article_ids = article_ids
        self.outlets = outlets
        self.excluded = excluded
        self._tokens = tokens
        self._rows_with = rows_with
        self._may_match = may_match
        self._token_ids = token_ids
        self._may_match_memo: dict[int, tuple[Any, np.ndarray]] = {}
        self.columns: dict[str, np.ndarray] = {}
        self.masks: dict[int, list[tuple[int, int]]] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def tokens(self, row: int) -> list[Any]:
        """The :class:`~coverage.text.Token` list of sentence ``row`` (article offsets)."""
        return self._tokens(row)

    def token_ids(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        """Every sentence's tokens as ids: ``(vocab, ids, bounds)``.

        ``vocab`` lists the chunk's token norms (:attr:`~coverage.text.Token.norm`), ``ids`` holds the
        tokens of every sentence in order (int32 indices into ``vocab``) and sentence ``row``'s are
        ``ids[bounds[row]:bounds[row + 1]]``. The engine's own arrays when it gives them (no sentence is
        tokenised); otherwise built from each sentence's tokens.
        """
        if self._token_ids is not None:
            return self._token_ids()
        vocab: dict[str, int] = {}
        ids: list[int] = []
        bounds = [0]
        for row in range(len(self)):
            ids.extend(vocab.setdefault(t.norm, len(vocab)) for t in self.tokens(row))
            bounds.append(len(ids))
        return list(vocab), np.asarray(ids, dtype=np.int32), np.asarray(bounds, dtype=np.int64)

    def rows_with(self, norms: Iterable[str]) -> np.ndarray:
        """A boolean per sentence: True where a token's :attr:`~coverage.text.Token.norm` is one of ``norms``.

        One vectorised pass over the chunk's token ids when the engine gives it (without tokenising any
        sentence); otherwise each sentence's tokens are read.
        """
        if self._rows_with is not None:
            return self._rows_with(norms)
        wanted = set(norms)
        return np.array([any(t.norm in wanted for t in self.tokens(row)) for row in range(len(self))], dtype=bool)

    def may_match(self, matcher: Any) -> np.ndarray:
        """A boolean per sentence: False where ``matcher`` (a :class:`~coverage.lexicon.PhraseMatcher`) certainly
        matches nothing, by the engine's anchor pre-filter (:func:`coverage.engine.prefilter.candidate_masks`, the
        test a family's :meth:`Family.anchors` gets); all True when the engine gives no pre-filter. Computed once per
        matcher and chunk.
        """
        got = self._may_match_memo.get(id(matcher))
        if got is not None and got[0] is matcher:
            return got[1]
        mask = (np.ones(len(self), dtype=bool) if self._may_match is None
                else np.asarray(self._may_match(matcher), dtype=bool))
        self._may_match_memo[id(matcher)] = (matcher, mask)  # the matcher is kept, so its id is not reused
        return mask


class Family:
    """Base class of a metric family (see the module documentation).

    Subclasses set :attr:`name` and implement :meth:`columns`, :meth:`metrics` and at least
    one of :meth:`article`, :meth:`sentence`, :meth:`chunk`. Constructors take keyword
    arguments and only store them (the work happens in the hooks), so a family is cheap to
    create, compare and send to worker processes (it must be picklable).
    """

    #: Family name (lower case); also the prefix users see in messages.
    name: ClassVar[str] = ""
    #: A column of this family that marks sentences to leave out of every "counted" metric
    #: and of the term counts (boilerplate), or None.
    excludes: ClassVar[str | None] = None
    #: Hit ``metric`` names shown by :meth:`Analysis.explain` only when one of this family's
    #: metrics is asked for (long spans, such as whole quotes, would cover other marks).
    evidence_on_request: ClassVar[tuple[str, ...]] = ()

    # -- declarations ----------------------------------------------------------
    def columns(self) -> dict[str, str]:
        """Per-sentence columns this family adds: ``{name: dtype}`` (dtypes in :data:`DTYPES`)."""
        raise NotImplementedError(f"{type(self).__name__}.columns() must return {{column: dtype}}")

    def table_columns(self) -> dict[str, str]:
        """Columns of this family's own per-article table: ``{name: dtype}`` (dtypes in :data:`DTYPES`).

        Default: none. A family whose :meth:`article` hook finds records of its own (the quotes
        family: one row per quote, as offsets into the text) declares them here and returns them
        as :attr:`ArticleResult.rows`; the engine keeps them, with ``article_id`` and ``outlet``,
        through chunks, worker processes, Dask and the article cache (``Analysis.family_table``),
        so nothing has to be found a second time.
        """
        return {}

    def metrics(self) -> list[Metric]:
        """The :class:`Metric` specs of this family, in the order of the tables' columns."""
        raise NotImplementedError(f"{type(self).__name__}.metrics() must return a list of Metric")

    def fingerprint(self) -> str:
        """A hash of everything that changes this family's results (part of the cache key).

        The default hashes the class's qualified name, :attr:`name`, the columns, the
        metrics and the instance's attributes (``repr`` of each). Override it when an
        attribute's ``repr`` does not capture its content.
        """
        raw = json.dumps({
            "class": f"{type(self).__module__}.{type(self).__qualname__}",
            "name": self.name,
            "columns": self.columns(),
            "state": {k: repr(v) for k, v in sorted(vars(self).items())},
        }, sort_keys=True, default=str)
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def evidence(self, analysis: Any, article_ids: Sequence[str] | None = None) -> pd.DataFrame | None:
        """Rows of :attr:`Analysis.hits <coverage.Analysis.hits>` (same columns) for the metrics in
        :attr:`evidence_on_request`, built when :meth:`Analysis.explain <coverage.Analysis.explain>` asks
        for one of them, for ``article_ids`` (None: every article); None when the hooks put them in the
        hits already (the default).

        A family whose evidence is long or numerous (every quote with its cue and speaker) builds it
        here from a table of the analysis instead of in every article's hook, so the one pass over the
        corpus stays as cheap as the numbers need.
        """
        return None

    def check(self, taken: Mapping[str, str]) -> None:
        """Raise a clear error if this family's columns or metrics clash with ``taken``.

        ``taken`` maps every column of the other families, the base tables and the corpus's
        metadata to where it comes from. The default does nothing (:func:`check_families`
        then refuses any clash with a :class:`~coverage.errors.ParameterError`); a family
        whose names come from user data (the framing lexicon's frames) says which entry to
        rename.
        """

    def highlight_colours(self) -> dict[str, str]:
        """Mark colours of hits whose ``metric`` is not a metric column (e.g. a quote's cue and speaker)."""
        return {}

    def anchors(self) -> Any:
        """A :class:`~coverage.lexicon.PhraseMatcher` whose anchor words a sentence must contain to be
        passed to :meth:`sentence`, or None (every sentence is)."""
        return None

    def candidates(self, view: ChunkView) -> Any:
        """The sentences passed to :meth:`sentence` besides those with an anchor word (:meth:`anchors`): a
        boolean array with one value per row of ``view``, or None (no others, the default).

        Called once per chunk, before any sentence hook, for a family with anchors whose rule reads beyond
        the sentence (the framing family's perpetrator named earlier in the article): it finds the few
        sentences that rule needs without tokenising every sentence of the chunk.
        """
        return None

    def description(self) -> str:
        """One paragraph on how the family measures (the report's methods section)."""
        return ""

    def provenance(self) -> dict[str, Any]:
        """What the report's manifest records about this family (its data files' versions and hashes)."""
        return {"name": self.name, "fingerprint": self.fingerprint()}

    def report_figures(self, analysis: Any) -> list[ReportFigure]:
        """Figures of this family for the report (default: none; the heatmap shows every summary metric)."""
        return []

    def findings(self, analysis: Any, outlets: Sequence[str], *, link: Callable[[str], str]) -> list[str]:
        """Plain-words findings of this family for the report's first screen (HTML; escape corpus text).

        ``outlets`` are the outlets with enough articles to be compared; ``link(outlet)`` gives
        the escaped outlet name linked to its evidence. Default: none (the report adds a
        sentence per summary metric itself).
        """
        return []

    def report_sections(self, analysis: Any) -> list[ReportSection]:
        """Whole report sections of this family, e.g. the sentences behind its extremes (default: none)."""
        return []

    # -- hooks -----------------------------------------------------------------
    def article(self, text: str, sentences: Sequence[Any]) -> Mapping[str, Sequence[Any]] | ArticleResult | None:
        """Per-article hook: ``{column: one value per sentence}``, an :class:`ArticleResult`, or None."""
        return None

    def sentence(self, s: SentenceView) -> SentenceResult | Iterable[Hit] | None:
        """Per-sentence hook (see the module documentation), or None."""
        return None

    def chunk(self, view: ChunkView) -> Mapping[str, Any] | None:
        """Per-chunk hook: ``{column: array of one value per sentence}``, or None."""
        return None

    def release(self) -> None:
        """Drop memo tables built while reading a chunk (called after each chunk)."""

    # -- helpers -----------------------------------------------------------------
    @classmethod
    def _overrides(cls, hook: str) -> bool:
        return getattr(cls, hook) is not getattr(Family, hook)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.fingerprint() == self.fingerprint()

    def __hash__(self) -> int:
        return hash((type(self), self.name))


@dataclass(frozen=True)
class Plan:
    """The checked families of an analysis and everything derived from their declarations."""

    families: tuple[Family, ...]
    columns: dict[str, str] = field(default_factory=dict)  # every family column -> dtype, in order
    metrics: tuple[Metric, ...] = ()
    excludes: tuple[str, ...] = ()
    article_hooks: tuple[Family, ...] = ()
    sentence_hooks: tuple[Family, ...] = ()
    chunk_hooks: tuple[Family, ...] = ()
    table_families: tuple[Family, ...] = ()  # the article-hook families with their own table (table_columns)

    def metric(self, name: str) -> Metric:
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(name)

    @property
    def metric_names(self) -> list[str]:
        return [m.name for m in self.metrics]

    def fingerprint(self) -> str:
        """One hash of every family's fingerprint, in order."""
        raw = json.dumps([[f.name, f.fingerprint()] for f in self.families])
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()


#: Columns of the sentence, article and outlet tables that do not come from a family.
BASE_COLUMNS = (
    "article_id", "outlet", "sentence", "start", "end", "paragraph", "in_quote", "text", "n_tokens",
    "n_sentences", "n_articles", "ci_basis", "source", "encoding", "date_parsed", "title",
)


def check_families(families: Iterable[Family], *, taken: Iterable[str] = ()) -> Plan:
    """Check a list of families and derive the :class:`Plan` of an analysis.

    Raises :class:`~coverage.errors.ParameterError` naming the family and the problem:
    not a :class:`Family`, two families of one name, no hook, a column or metric name used
    twice (or by the base tables, or in ``taken``, e.g. the corpus's metadata columns), a
    metric built from a column no family declares, a bad dtype.
    """
    fams = list(families)
    if not fams:
        raise ParameterError("families is empty; pass at least one Family (coverage.default_families())")
    names: set[str] = set()
    columns: dict[str, str] = {}
    owner: dict[str, str] = {c: "the base tables" for c in BASE_COLUMNS}
    owner.update({c: "a metadata column of the corpus" for c in taken})
    metrics: list[Metric] = []
    for fam in fams:
        if not isinstance(fam, Family):
            raise ParameterError(f"families must be Family instances, got {type(fam).__name__} ({fam!r}); "
                                 "subclass coverage.Family")
    every: dict[str, dict[str, str]] = {}  # family -> its columns and metric columns -> description
    for fam in fams:
        mine = {c: f"a column of family {fam.name!r}" for c in fam.columns()}
        for m in fam.metrics():
            for d in [m.name] + ([f"{m.name}_low", f"{m.name}_high"] if m.has_ci else []):
                mine.setdefault(d, f"a metric of family {fam.name!r}")
        every[fam.name] = mine
    for fam in fams:
        others = dict(owner)
        for name, cols in every.items():
            if name != fam.name:
                others.update(cols)
        fam.check(others)
    for fam in fams:
        where = f"family {fam.name!r} ({type(fam).__name__})"
        if not isinstance(fam.name, str) or not _NAME_RE.fullmatch(fam.name):
            raise ParameterError(f"{type(fam).__name__}: set the class attribute name to a lower-case word")
        if fam.name in names:
            raise ParameterError(f"two families are named {fam.name!r}; each family may appear once")
        names.add(fam.name)
        if not any(type(fam)._overrides(h) for h in ("article", "sentence", "chunk")):
            raise ParameterError(f"{where} has no hook: implement article(), sentence() or chunk()")
        cols = fam.columns()
        if not isinstance(cols, Mapping) or not cols:
            raise ParameterError(f"{where}: columns() must return a non-empty {{column: dtype}} mapping")
        for col, dtype in cols.items():
            if not isinstance(col, str) or not _NAME_RE.fullmatch(col):
                raise ParameterError(f"{where}: column {col!r} must be lower-case letters, digits and _")
            if dtype not in DTYPES:
                raise ParameterError(f"{where}: column {col!r} has dtype {dtype!r}; use one of {list(DTYPES)}")
            if col in owner:
                raise ParameterError(f"{where}: column {col!r} is already {owner[col]}; rename it")
            owner[col] = f"a column of family {fam.name!r}"
            columns[col] = dtype
        table = fam.table_columns()
        if not isinstance(table, Mapping):
            raise ParameterError(f"{where}: table_columns() must return a {{column: dtype}} mapping")
        for col, dtype in table.items():
            if not isinstance(col, str) or not _NAME_RE.fullmatch(col) or col in ("article_id", "outlet"):
                raise ParameterError(f"{where}: table column {col!r} must be lower-case letters, digits and _ "
                                     "(and not article_id or outlet, which the engine adds)")
            if dtype not in DTYPES:
                raise ParameterError(f"{where}: table column {col!r} has dtype {dtype!r}; use one of {list(DTYPES)}")
        if table and not type(fam)._overrides("article"):
            raise ParameterError(f"{where}: table_columns() needs an article() hook that returns ArticleResult.rows")
        if fam.excludes is not None and cols.get(fam.excludes) != "bool":
            raise ParameterError(f"{where}: excludes={fam.excludes!r} must name one of its bool columns")
        for m in fam.metrics():
            if not isinstance(m, Metric):
                raise ParameterError(f"{where}: metrics() must return Metric objects, got {type(m).__name__}")
            for src in m.source_columns:
                if src not in columns:
                    raise ParameterError(f"{where}: metric {m.name!r} is built from column {src!r}, which no family "
                                         "before it (or itself) declares")
            derived = [m.name] + ([f"{m.name}_low", f"{m.name}_high"] if m.has_ci else [])
            derived += [f"{m.name}_evidence"] if m.outlet == "pooled" else []
            for d in derived:
                if d in owner and not (d == m.name and d in cols and d in m.source_columns):  # named like its column
                    raise ParameterError(f"{where}: metric {m.name!r} would make column {d!r}, which is already "
                                         f"{owner[d]}; rename the metric")
                owner[d] = f"a metric of family {fam.name!r}"
            metrics.append(m)
    for m in metrics:
        for p in m.parts:
            if p not in {x.name for x in metrics}:
                raise ParameterError(f"metric {m.name!r}: part {p!r} is not a metric")
    return Plan(
        families=tuple(fams),
        columns=columns,
        metrics=tuple(metrics),
        excludes=tuple(f.excludes for f in fams if f.excludes),
        article_hooks=tuple(f for f in fams if type(f)._overrides("article")),
        sentence_hooks=tuple(f for f in fams if type(f)._overrides("sentence")),
        chunk_hooks=tuple(f for f in fams if type(f)._overrides("chunk")),
        table_families=tuple(f for f in fams if f.table_columns()),
    )
