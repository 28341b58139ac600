"""Who is quoted: direct quotes and reported speech, their speakers and source types.

:class:`QuotesFamily` runs the rule-based extractor (:func:`coverage.quotes.extract_quotes`,
no model) once per article and gives every speaker a source type
(:class:`coverage.sources.SourceTypes`: police and security, politician or official, faith
leader, witness or member of the public, victim or family, expert, perpetrator's side,
organisation, media; ``unknown`` without a role word). Per sentence it records

* ``n_quotes``: quotes whose quoted words start in the sentence;
* ``quote_chars`` / ``sentence_chars``: the sentence's characters inside quoted words, and all
  its characters (the quoted share is their ratio);
* ``quoted``: True when at least half of the sentence's non-space characters are quoted
  words or their attribution (the speaker mention and the cue): the sentence is someone
  else's voice, direct or reported, not the outlet's narration. Every other
  sentence-level metric can be split by it (:meth:`coverage.Analysis.voices`:
  ``tone_narration``, ``violence_rate_quoted``...).

Each quote is evidence with three marks: the quoted words (``metric="quotes"``, ``category``
the kind, ``term`` the speaker), the cue (``quote_cue``) and the speaker
mention (``quote_speaker``; for a pronoun, the rule names the antecedent). Source types
(``source_type`` and the deciding ``source_rule``) and these marks are built from the quotes
table when asked for, not in the one pass over the articles, which stays as cheap as the
extraction: :meth:`Analysis.explain(..., metric="quotes") <coverage.Analysis.explain>`
highlights them (:meth:`QuotesFamily.evidence`); the whole table is
:attr:`coverage.Analysis.quotes`, the outlets' mix of sources :attr:`coverage.Analysis.sources`,
their most quoted people :attr:`coverage.Analysis.speakers`.

Examples
--------
>>> import pandas as pd, coverage
>>> df = pd.DataFrame({"id": ["a"], "outlet": ["X"],
...                    "text": ["Home Secretary Amber Rudd said the city would not be cowed. Crowds gathered."]})
>>> a = coverage.analyze(df, n_boot=100)
>>> a.quotes[["text", "kind", "speaker", "cue", "source_type"]].values.tolist()
[['the city would not be cowed', 'indirect', 'Amber Rudd', 'said', 'official']]
>>> a.sentences["quoted"].tolist()
[True, False]
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .. import _plotting as pl
from .._html import esc
from ..palette import OKABE_ITO
from ..quotes import Quote, extract_quotes
from ..source_model import SourceTypeModel, load_source_model, model_types
from ..sources import UNKNOWN, SourceTypes, canonical_name, corpus_types, quote_words
from .base import (
    ArticleResult,
    Family,
    HitFilter,
    Metric,
    ReportFigure,
    ReportSection,
    data_digest,
    data_provenance,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["QuotesFamily", "QUOTE_COLUMNS", "QUOTE_OFFSETS", "quote_rows", "quotes_from_table", "plot_source_mix"]

#: Columns of :attr:`coverage.Analysis.quotes`.
QUOTE_COLUMNS = ["article_id", "outlet", "quote", "sentence", "start", "end", "text", "kind", "speaker",
                 "speaker_start", "speaker_end", "person", "mention_start", "mention_end", "cue", "cue_start", "cue_end",
                 "source_type", "source_rule", "words"]

#: Columns of the quotes family's own table (:meth:`QuotesFamily.table_columns`): a quote as offsets into the
#: article text, from which :func:`quotes_from_table` rebuilds it.
QUOTE_OFFSETS = ("start", "end", "direct", "speaker_start", "speaker_end", "cue_start", "cue_end", "mention_start",
                 "mention_end")


def quotes_from_table(table: pd.DataFrame, texts: Mapping[str, str]) -> dict[str, list[Quote]]:
    """Each article's quotes, rebuilt from the quotes family's table (:data:`QUOTE_OFFSETS` with
    ``article_id``) and the article texts: the quoted words, speaker and cue are the text at their offsets
    (as :func:`coverage.quotes.extract_quotes` makes them).

    >>> t = "“Go home,” police said."
    >>> q = extract_quotes(t)[0]
    >>> row = {"article_id": ["a"], **{c: [getattr(q, c) if c != "direct" else True] for c in QUOTE_OFFSETS}}
    >>> quotes_from_table(pd.DataFrame(row), {"a": t})["a"] == [q]
    True
    """
    out: dict[str, list[Quote]] = {}
    cols = [table[c].tolist() for c in ("article_id", *QUOTE_OFFSETS)]
    for aid, s, e, direct, ss, se, cs, ce, ms, me in zip(*cols, strict=True):
        text = texts[aid]
        out.setdefault(aid, []).append(Quote(s, e, text[s:e], "direct" if direct else "indirect",
                                             text[ss:se] if ss >= 0 else "", ss, se,
                                             text[cs:ce] if cs >= 0 else "", cs, ce, ms, me))
    return out


_QUOTE_COLOUR = OKABE_ITO["sky_blue"]
_CUE_MARK = "#f3e3a1"
_SPEAKER_MARK = "#b9e0c9"
_QUOTED_HALF = 0.5
_TYPE_COLOURS = {
    "police": "#0072B2", "official": "#56B4E9", "faith": "#CC79A7", "public": "#009E73", "victim": "#E69F00",
    "expert": "#F0E442", "perpetrator": "#D55E00", "organisation": "#999999", "media": "#000000",
    UNKNOWN: "#DDDDDD",
}


def _merge(spans: list[tuple[int, int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        elif e > s:
            merged.append([s, e])
    return merged


def _nonspace(text: str, a: int = 0, b: int | None = None) -> int:
    """Characters of ``text[a:b]`` that are not white space (spaces, line ends, tabs, no-break spaces), counted in
    place (``str.count`` takes the bounds; no slice is made)."""
    b = len(text) if b is None else b
    count = text.count
    return b - a - count(" ", a, b) - count("\n", a, b) - count("\t", a, b) - count("\xa0", a, b)


def _pieces(starts: list[int], ends: list[int], merged: list[list[int]]) -> list[tuple[int, int, int]]:
    """``(sentence, a, b)`` for every part ``text[a:b]`` of a merged span inside a sentence (sentences in text
    order and apart, as :func:`coverage.text.segment` gives them; ``starts`` and ``ends`` their offsets)."""
    n = len(starts)
    out = []
    for a, b in merged:
        k = max(0, bisect_right(starts, a) - 1)
        while k < n and starts[k] < b:
            x, y = max(starts[k], a), min(ends[k], b)
            if y > x:
                out.append((k, x, y))
            k += 1
    return out


def _voice_columns(sentences: Sequence[Any], quotes: Sequence[Quote], text: str, starts: list[int]
                   ) -> tuple[list[int], list[bool]]:
    """``quote_chars`` (quoted words) and ``quoted`` (quoted words, speaker and cue make half the sentence);
    ``starts`` are the sentences' start offsets."""
    n = len(sentences)
    chars, quoted = [0] * n, [False] * n
    if not quotes:
        return chars, quoted
    ends = [s.end for s in sentences]
    words = [(q.start, q.end) for q in quotes]
    for k, a, b in _pieces(starts, ends, _merge(words)):
        chars[k] += b - a
    attribution = words + [(q.mention_start, q.mention_end) for q in quotes if q.mention_start >= 0]
    attribution += [(q.cue_start, q.cue_end) for q in quotes if q.cue_start >= 0]
    voiced: dict[int, int] = {}
    count = text.count
    for k, a, b in _pieces(starts, ends, _merge(attribution)):
        # _nonspace(text, a, b), inline (one call per piece of every quote)
        voiced[k] = voiced.get(k, 0) + (b - a - count(" ", a, b) - count("\n", a, b) - count("\t", a, b)
                                        - count("\xa0", a, b))
    for k, v in voiced.items():
        quoted[k] = v > 0 and v >= _QUOTED_HALF * _nonspace(sentences[k].text)
    return chars, quoted


def quote_rows(text: str, sources: SourceTypes | None = None, sentences: list | None = None, *,
               quotes: Sequence[Quote] | None = None) -> list[tuple[Quote, str, str]]:
    """Every quote of ``text`` with its source type and the rule that gave it.

    ``quotes``: the quotes of ``text`` when the caller has them (:func:`quotes_from_table`);
    found here otherwise.

    >>> [(q.speaker, t) for q, t, _ in quote_rows("“Stay away,” police said.")]
    [('police', 'police')]
    """
    sources = sources or SourceTypes.default()
    out = []
    for q in (extract_quotes(text, sentences) if quotes is None else quotes):
        typ, rule = sources.classify(text, q.speaker, q.speaker_start, q.speaker_end)
        out.append((q, typ, rule))
    return out


class QuotesFamily(Family):
    """Direct and reported speech: how much each outlet quotes, whom, and how its own voice differs.

    Parameters
    ----------
    sources : SourceTypes, path, YAML text or mapping, optional
        Source types of speakers. Default: the built-in ``sources.yaml``. A path/text/mapping
        is added to the built-in types (:meth:`SourceTypes.extended`): extra role words, new
        types, and ``speakers:`` overrides for named people of this corpus.
    source_model : "builtin", None, path or SourceTypeModel, default "builtin"
        Types a speaker the rules leave ``unknown`` from the words around its mentions
        (:func:`coverage.source_model.model_types`; it never changes a type the rules give, and the
        quote's ``source_rule`` says when it typed one). ``"builtin"``: the package's model
        (``coverage/data/models/source_type.json``); a path: a model written by
        :meth:`~coverage.source_model.SourceTypeModel.to_json`; None: the rules alone.
    """

    name = "quotes"
    evidence_on_request = ("quotes", "quote_cue", "quote_speaker")
    #: The bool sentence column that says a sentence is quoted speech, and the names of the two parts
    #: (:meth:`coverage.Analysis.voices`: ``tone_narration``, ``tone_quoted``).
    voice_column = "quoted"
    voice_parts = ("narration", "quoted")

    def __init__(self, *, sources: Any = None, source_model: Any = "builtin"):
        if sources is None:
            sources = SourceTypes.default()
        elif not isinstance(sources, SourceTypes):
            sources = SourceTypes.extended(sources)
        self.sources = sources
        if not (source_model is None or isinstance(source_model, (str, os.PathLike, SourceTypeModel))):
            load_source_model(source_model)  # raises ParameterError naming what it got
        self.source_model = source_model

    @cached_property
    def type_model(self) -> SourceTypeModel | None:
        """The source-type model in use (read on first use), or None."""
        return load_source_model(self.source_model)

    def fingerprint(self) -> str:
        import hashlib

        raw = f"quotes/2|{data_digest(self.sources)}|{sorted(self.sources.speakers.items())}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def provenance(self) -> dict[str, Any]:
        m = self.type_model
        model = None if m is None else {"sha256": m.sha256, "n_train": m.n_train, "trained_on": m.trained_on}
        return {"name": self.name, "sources": data_provenance(self.sources), "source_model": model}

    def table_columns(self) -> dict[str, str]:
        # each quote as offsets into its article's text (QUOTE_OFFSETS); Analysis.quotes rebuilds the strings
        return {c: "bool" if c == "direct" else "int32" for c in QUOTE_OFFSETS}

    def columns(self) -> dict[str, str]:
        # int32: a sentence's counts fit, and 1.8 million sentences (the ABP corpus) take 21 MB less per column;
        # the article and outlet totals are summed as int64
        return {"n_quotes": "int32", "quote_chars": "int32", "sentence_chars": "int32", "quoted": "bool"}

    def metrics(self) -> list[Metric]:
        ev = HitFilter(({"metric": self.evidence_on_request},))
        return [
            Metric("quotes", kind="total", column="n_quotes", outlet="total", summary=False, label="Quotes",
                   description="direct quotes and reported speech (counted in the sentence where the quoted words "
                               "start)", color=_QUOTE_COLOUR, evidence=ev),
            Metric("quotes_rate", kind="rate", column="n_quotes", summary=False, label="Quotes per 1,000 words",
                   description="direct quotes and reported speech per 1,000 words", unit="per 1,000 words",
                   color=_QUOTE_COLOUR, evidence=ev),
            Metric("quoted_share", kind="ratio", numerator={"quote_chars": 1}, denominator={"sentence_chars": 1},
                   summary=False, label="Quoted speech share",
                   description="share of the article's characters that are quoted words (direct or reported): "
                               "other people's voices rather than the outlet's narration",
                   color=_QUOTE_COLOUR, evidence=ev),
        ]

    def highlight_colours(self) -> dict[str, str]:
        return {"quote_cue": _CUE_MARK, "quote_speaker": _SPEAKER_MARK}

    def description(self) -> str:
        src = str(self.sources.source).rsplit(os.sep, 1)[-1]
        return ("Quotes: direct quotes (quotation marks, over several paragraphs, in headlines) and reported speech "
                "(\"X said that ...\", \"according to X\") found by rules (coverage.quotes, no model), each with its "
                "cue and speaker (titles and appositions dropped, pronouns resolved to the last compatible named "
                f"speaker); the speaker's source type is the role word nearest its name, or for a named person "
                f"without one the commonest type of their other quotes in the corpus ({src}, version "
                f"{self.sources.version}){self._model_description()}. A sentence is quoted speech when at least half of it is quoted words or "
                "their speaker and cue; the rest is the outlet's narration.")

    def _model_description(self) -> str:
        m = self.type_model
        if m is None:
            return ""
        cv = m.cv
        score = (f"; leaving one labelled quote file out, it raised the share of quotes typed right from "
                 f"{cv['rules_accuracy']:.1%} to {cv['accuracy']:.1%}" if "accuracy" in cv else "")
        return (f"; a speaker still without a type gets the best type of a logistic regression on the words around "
                f"its mentions (source-type model {m.sha256[:12]}, trained on {m.n_train:,} labelled quotes{score})")

    def article(self, text: str, sentences: Sequence[Any]) -> ArticleResult:
        # kept to the extraction and the per-sentence numbers: this hook runs on every article of every analysis.
        # The source types are given when the quotes table is built (Analysis.quotes), and the evidence marks
        # (quote, cue, speaker) when explain() asks for them (evidence(), from that table)
        found = extract_quotes(text, sentences if isinstance(sentences, list) else list(sentences))
        n = [0] * len(sentences)
        starts = [s.start for s in sentences] if found else []
        for q in found:
            n[max(0, bisect_right(starts, q.start) - 1)] += 1
        chars, quoted = _voice_columns(sentences, found, text, starts)
        rows = [(q.start, q.end, q.kind == "direct", q.speaker_start, q.speaker_end, q.cue_start, q.cue_end,
                 q.mention_start, q.mention_end) for q in found]
        return ArticleResult({"n_quotes": n, "quote_chars": chars, "sentence_chars": [len(s.text) for s in sentences],
                              "quoted": quoted}, [], rows)

    def evidence(self, analysis: Any, article_ids: Sequence[str] | None = None) -> pd.DataFrame:
        """The marks of every quote (rows of :attr:`coverage.Analysis.hits`), from :attr:`coverage.Analysis.quotes`.

        Per quote, in text order: the quoted words (``metric`` ``quotes``, ``term`` the speaker,
        ``category`` the kind), the cue (``quote_cue``) and the speaker mention (``quote_speaker``; for a
        pronoun the rule names the antecedent it resolved to, and every speaker's rule ends with its source
        type and the ``source_rule`` that gave it). Each is filed under the sentence it starts
        in; rows are in article order, then sentence order (quote marks of one sentence in text order).
        """
        q = analysis.quotes if article_ids is None else analysis._quotes_of(article_ids)
        sents = analysis.sentences
        if article_ids is not None:
            sents = sents[sents["article_id"].isin(set(article_ids))]
        excluded = np.zeros(len(sents), dtype=bool)  # the sentences a family excludes (boilerplate), as in the hits
        for c in (analysis.plan.excludes if analysis.plan is not None else ()):
            excluded |= sents[c].to_numpy(dtype=bool)
        by_article: dict[str, tuple[list[int], list[int], list[bool]]] = {}
        for aid, idx, st, ex in zip(sents["article_id"], sents["sentence"], sents["start"], excluded, strict=True):
            got = by_article.setdefault(aid, ([], [], []))
            got[0].append(int(st))
            got[1].append(int(idx))
            got[2].append(bool(ex))
        texts = analysis.corpus.df.set_index("article_id")["text"]
        order = {aid: k for k, aid in enumerate(analysis.corpus.df["article_id"])}
        rows = []
        for r in q.itertuples(index=False):
            starts, indices, flags = by_article[r.article_id]
            text = texts[r.article_id]
            who = repr(r.speaker) if r.speaker else "no speaker"
            marks = [("quotes", r.text, f"{r.kind} quote of {who}; " + (f"cue {r.cue!r}" if r.cue else "no cue"),
                      r.start, r.end)]
            if r.cue_start >= 0:
                marks.append(("quote_cue", text[r.cue_start:r.cue_end], f"cue {r.cue!r} of a quote of {who}",
                              r.cue_start, r.cue_end))
            if r.mention_start >= 0:
                mention = text[r.mention_start:r.mention_end]
                resolved = (f"{mention!r} resolved to {r.speaker!r} (mentioned at character {r.speaker_start})"
                            if (r.mention_start, r.mention_end) != (r.speaker_start, r.speaker_end) else who)
                marks.append(("quote_speaker", mention, f"speaker {resolved}; source type {r.source_type}: "
                              f"{r.source_rule}", r.mention_start, r.mention_end))
            for metric, matched, rule, start, end in marks:
                term = r.cue if metric == "quote_cue" else r.speaker
                k = max(0, bisect_right(starts, start) - 1)
                rows.append(((order[r.article_id], k, len(rows)),
                             (r.article_id, r.outlet, indices[k], metric, term, matched, r.kind, "", 1.0, False, "",
                              rule, start, end, flags[k])))
        rows.sort(key=lambda x: x[0])
        df = pd.DataFrame([v for _, v in rows], columns=list(analysis.hits.columns))  # the engine's hit columns
        return df.astype({"sentence": "int64", "weight": "float64", "negated": bool, "start": "int64",
                          "end": "int64", "boilerplate": bool})

    def quote_table(self, article_ids: Sequence[str], outlets: Sequence[str], texts: Sequence[str], *,
                    sentences: Mapping[str, list] | None = None, starts: Mapping[str, list[int]] | None = None,
                    quotes: Mapping[str, list[Quote]] | None = None) -> pd.DataFrame:
        """One row per quote of the given articles (columns :data:`QUOTE_COLUMNS`), in article and text order.

        ``quotes`` maps an article id to its quotes when the analysis kept them (:func:`quotes_from_table`;
        ``starts``, the start offsets of its sentences, then file each quote under its sentence). Otherwise
        they are found here: ``sentences`` maps an article id to its :class:`~coverage.text.Sentence` list
        when the caller has them (the analysis's sentence table); other articles are segmented here.
        """
        from ..text import segment

        rows = []
        for aid, outlet, text in zip(article_ids, outlets, texts, strict=True):
            if quotes is not None and starts is not None:
                found = quote_rows(text, self.sources, quotes=quotes.get(aid, []))
                starts_ = starts.get(aid, [])
            else:
                sentences_ = sentences[aid] if sentences is not None and aid in sentences else segment(text)
                found = quote_rows(text, self.sources, sentences_)
                starts_ = [s.start for s in sentences_]
            for k, (q, typ, rule) in enumerate(found):
                rows.append((aid, outlet, k, max(0, bisect_right(starts_, q.start) - 1), q.start, q.end, q.text,
                             q.kind, q.speaker, q.speaker_start, q.speaker_end, canonical_name(text, q.speaker),
                             q.mention_start, q.mention_end, q.cue,
                             q.cue_start, q.cue_end, typ, rule, quote_words(q.text)))
        df = corpus_types(pd.DataFrame(rows, columns=QUOTE_COLUMNS), self.sources)
        df = model_types(df, dict(zip(article_ids, texts, strict=True)), self.type_model)
        ints = ["quote", "sentence", "start", "end", "speaker_start", "speaker_end", "mention_start", "mention_end",
                "cue_start", "cue_end", "words"]
        return df.astype({c: "int64" for c in ints})

    # -- report ---------------------------------------------------------------------
    def findings(self, analysis: Any, outlets: Sequence[str], *, link: Any) -> list[str]:
        """Which outlet quotes which kind of source most, when the outlets differ clearly."""
        src = analysis.sources
        src = src[src["outlet"].isin(list(outlets)) & (src["quotes_total"] >= 5) & (src["source_type"] != UNKNOWN)]
        if src["outlet"].nunique() < 2:
            return []
        out = []
        for typ, g in src.groupby("source_type", sort=True):
            g = g.sort_values(["share", "outlet"], ascending=[False, True])
            top, rest = g.iloc[0], g.iloc[1:]
            if top["n_quotes"] >= 3 and (rest["share_high"] < top["share_low"]).all():
                out.append(f"<b>Sources</b>: {link(top['outlet'])} gives {esc(self.sources.label(typ).lower())} the "
                           f"largest share of its quotes ({top['share']:.0%}, 95% CI {top['share_low']:.0%} to "
                           f"{top['share_high']:.0%}; no other outlet's interval reaches it).")
        return out

    def report_figures(self, analysis: Any) -> list[ReportFigure]:
        src = analysis.sources
        if src.empty or src["quotes_total"].sum() == 0:
            return []
        return [ReportFigure(
            lambda: plot_source_mix(src, labels=self.sources.labels),
            "<b>Who gets to speak.</b> Share of each outlet's quotes by the source type of the speaker.",
            "Stacked bars of quote shares by source type per outlet")]

    def report_sections(self, analysis: Any) -> list[ReportSection]:
        return [ReportSection("voices", "Who gets to speak", voices_html(analysis, self.sources))]


def _pct(x: float) -> str:
    return "–" if x != x else f"{x:.0%}"


def voices_html(analysis: Any, sources: SourceTypes, *, top_outlets: int = 100) -> str:
    """The report section: source mix with CIs, top speakers, narration vs quoted speech (corpus text escaped)."""
    q = analysis.quotes
    src = analysis.sources
    n_art = int(q["article_id"].nunique()) if len(q) else 0
    parts = [f"<p>{len(q):,} quotes ({int((q['kind'] == 'direct').sum()):,} direct, "
             f"{int((q['kind'] == 'indirect').sum()):,} reported speech) in {n_art:,} of "
             f"{len(analysis.articles):,} articles, found by rules (see Methods). A speaker's type comes from the "
             "role word nearest their name, or for a named person without one from their other quotes in the "
             "corpus; <i>unknown</i> means neither gave one.</p>"]
    if len(q) == 0:
        return parts[0]
    types = [t for t in sources.types if t in set(src["source_type"]) and src.loc[src["source_type"] == t,
                                                                               "n_quotes"].sum() > 0]
    outlets = sorted(set(src["outlet"]))[:top_outlets]
    head = "".join(f"<th title='{esc(sources.label(t))}'>{esc(sources.label(t))}</th>" for t in types)
    body = []
    for o in outlets:
        g = src[src["outlet"] == o].set_index("source_type")
        total = int(g["quotes_total"].iloc[0]) if len(g) else 0
        cells = []
        for t in types:
            r = g.loc[t]
            tip = (f"{int(r['n_quotes'])} of {total} quotes; 95% CI {_pct(r['share_low'])} to {_pct(r['share_high'])}"
                   f"; {_pct(r['word_share'])} of quoted words")
            cells.append(f"<td title='{esc(tip)}'>{_pct(r['share'])}</td>")
        body.append(f"<tr><th scope='row'>{esc(o)}</th><td>{total}</td>{''.join(cells)}</tr>")
    parts.append("<h3>Source mix</h3><p>Share of each outlet's quotes by source type (hover a cell for the 95% "
                 "interval, resampling the outlet's articles, and the share of quoted words).</p>"
                 "<div class='mc-scroll'><table class='mc-table'><thead><tr><th>Outlet</th><th>Quotes</th>"
                 f"{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>")
    sp = analysis.speakers
    items = []
    for o in outlets:
        g = sp[(sp["outlet"] == o) & (sp["rank"] <= 3)]
        if len(g):
            who = ", ".join(f"{esc(r.speaker)} <small>({esc(sources.label(r.source_type).lower())}, "
                            f"{int(r.n_quotes)})</small>" for r in g.itertuples(index=False))
            items.append(f"<li><b>{esc(o)}</b>: {who}</li>")
    if items:
        parts.append("<h3>Most quoted</h3><ul class='mc-speakers'>" + "".join(items) + "</ul>")
    parts.append(_narration_html(analysis, outlets))
    return "".join(parts)


def _narration_html(analysis: Any, outlets: Sequence[str]) -> str:
    v = analysis.voices("outlet")
    specs = [m for m in analysis.metric_specs if m.summary and m.has_ci and m.kind in ("mean", "rate")]
    if v.empty or not specs:
        return ""
    head = "".join(f"<th>{esc(m.title)}<br><small>narration / quoted</small></th>" for m in specs)
    rows = []
    for o in outlets:
        r = v[v["outlet"] == o]
        if r.empty:
            continue
        r = r.iloc[0]
        cells = []
        for m in specs:
            a, b = r.get(f"{m.name}_narration"), r.get(f"{m.name}_quoted")
            tip = (f"narration {a:.3f} [{r.get(f'{m.name}_narration_low'):.3f}, {r.get(f'{m.name}_narration_high'):.3f}]"
                   f"; quoted {b:.3f} [{r.get(f'{m.name}_quoted_low'):.3f}, {r.get(f'{m.name}_quoted_high'):.3f}]")
            cells.append(f"<td title='{esc(tip)}'>{_num(a)} / {_num(b)}</td>")
        rows.append(f"<tr><th scope='row'>{esc(o)}</th>{''.join(cells)}</tr>")
    return ("<h3>The outlet's own voice</h3><p>Each measure computed on the outlet's narration and on quoted speech "
            "separately (a sentence is quoted speech when at least half of it is quoted words with their speaker and "
            "cue). Hover for the 95% "
            "intervals.</p><div class='mc-scroll'><table class='mc-table'><thead><tr><th>Outlet</th>"
            f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


def _num(x: Any) -> str:
    return "–" if x is None or x != x else f"{x:.2f}"


def plot_source_mix(sources: pd.DataFrame, *, labels: Mapping[str, str] | None = None, ax: Axes | None = None) -> Axes:
    """Stacked horizontal bars: each outlet's share of quotes by source type.

    Parameters
    ----------
    sources : DataFrame
        :attr:`coverage.Analysis.sources` (``outlet, source_type, share``).
    labels : mapping, optional
        Legend label of each type.
    ax : Axes, optional
        Draw here (default: a new figure).

    Returns
    -------
    matplotlib.axes.Axes
        ``ax.containers`` holds one BarContainer per source type drawn, in legend order.

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["A", "A"], "source_type": ["police", "public"], "share": [0.25, 0.75]})
    >>> ax = plot_source_mix(t)
    >>> [float(p.get_width()) for c in ax.containers for p in c]
    [0.25, 0.75]
    """
    func = "plot_source_mix"
    table = pl.check_table(sources, ["outlet", "source_type", "share"], func=func, source="Analysis.sources")
    labels = dict(labels or {})
    wide = table.pivot_table(index="outlet", columns="source_type", values="share", aggfunc="sum").fillna(0.0)
    wide = wide.sort_index()
    order = [t for t in _TYPE_COLOURS if t in wide.columns] + sorted(t for t in wide.columns if t not in _TYPE_COLOURS)
    names = pl.outlet_labels(pd.DataFrame({"outlet": wide.index}))
    extra_w, row_h = pl.label_space(names)
    ax = pl.new_axes(ax, width=8.0 + extra_w, height=pl.rows_height(len(wide), per_row=max(0.45, row_h), extra=2.0))
    left = np.zeros(len(wide))
    y = np.arange(len(wide), dtype=float)
    for t in order:
        vals = wide[t].to_numpy(dtype=float)
        if not vals.any():
            continue
        ax.barh(y, vals, left=left, color=_TYPE_COLOURS.get(t, "#888888"), label=pl.plain(labels.get(t, t)),
                edgecolor="white", linewidth=0.5)
        left += vals
    pl.set_outlet_axis(ax, names)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda x, _pos: f"{x:.0%}")
    ax.set_xlabel("share of the outlet's quotes")
    pl.style_axes(ax)
    pl.legend_below(ax, ncols=3)
    return ax
