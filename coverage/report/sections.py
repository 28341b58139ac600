"""The report's sections, generated from the numbers and the metric families' specs.

The report notebook builds a :class:`Context` once and shows one section per cell. Nothing here
names a metric: the findings, the outlet table, the evidence panels, the figures and the
methods text come from :attr:`Analysis.metric_specs` and the families' hooks
(:meth:`Family.findings`, :meth:`Family.report_figures`, :meth:`Family.report_sections`,
:meth:`Family.description`), so a family defined in user code shows up in every one of them.

The page works without JavaScript: every table, evidence sentence and section is in the HTML
(evidence in collapsed ``<details>``; links jump to them). The page's script
(:data:`coverage.report.page.SCRIPT`) only adds sorting, filtering, the search box and
opening the evidence a link points to.

Rules that keep numbers honest with 2 to 100 outlets:

* an outlet is ranked in the findings only with at least ``min_articles`` articles and, for a
  pooled metric (the balance), at least ``min_hits`` of its evidence (its hits); outlets below
  are still in the table, marked, and said to be left out;
* outlets whose values print the same are reported as ties;
* "clearly higher" is said only when two intervals do not overlap;
* evidence sentences are chosen per outlet (the outlets the findings name), never a single
  article's one or two hits presented as the outlet's framing.
"""

from __future__ import annotations

import base64
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .._html import esc, num, table_html
from ..families import Metric

__all__ = [
    "Context",
    "summary_metrics",
    "figure_html",
    "header",
    "findings",
    "outlet_table",
    "outlet_evidence",
    "key_terms",
    "figures",
    "family_sections",
    "timeline",
    "since_last",
    "methods",
    "provenance",
    "summary_table",
    "summary_sentences",
    "family_figures",
    "methods_items",
    "missing_notes",
    "excluded_counts",
]


def summary_metrics(analysis: Any) -> list[Metric]:
    """The metrics of the summary table and heatmap: ``summary=True`` with an outlet CI."""
    return [m for m in analysis.metric_specs if m.summary and m.has_ci and m.name in analysis.outlets]


def _digits(m: Metric) -> int:
    return 2 if m.kind in ("mean", "ratio") else 1


def _value(m: Metric, x: Any) -> str:
    return num(x, _digits(m), signed=m.direction == 0)


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def _join(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------------------
# context


@dataclass
class Context:
    """Everything the sections share: the analysis, the report's parameters, derived tables.

    Build it with :meth:`build`. ``anchor`` maps an outlet to the id of its evidence panel.
    """

    analysis: Any
    title: str
    about: str
    corpus_name: str
    n_boot: int
    seed: int
    min_articles: int = 2
    min_hits: float = 10.0
    top_outlets: int = 20
    keyness_reference: str | None = None
    query: str | None = None
    left_out: pd.DataFrame | None = None
    previous: dict[str, pd.DataFrame] | None = None
    outlets: pd.DataFrame = field(default_factory=pd.DataFrame)
    anchor: dict[str, str] = field(default_factory=dict)
    terms: pd.DataFrame | None = None
    ranked: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, analysis: Any, **kw: Any) -> Context:
        ctx = cls(analysis=analysis, **kw)
        ctx.outlets = analysis.sorted_table("outlets")
        ctx.anchor = {o: f"outlet-{k}" for k, o in enumerate(ctx.outlets["outlet"])}
        ctx.ranked = [o for o, n in zip(ctx.outlets["outlet"], ctx.outlets["n_articles"], strict=True)
                      if n >= ctx.min_articles]
        if not ctx.ranked:  # every outlet is small (the seeds: one article each): compare them all, said so
            ctx.ranked = ctx.outlets["outlet"].tolist()
        if len(ctx.outlets) >= 2:
            ctx.terms = analysis.key_terms(n=5, reference=ctx.keyness_reference)
        return ctx

    @property
    def n_outlets(self) -> int:
        return len(self.outlets)

    @property
    def all_small(self) -> bool:
        """No outlet has ``min_articles`` articles: the comparison is between single articles."""
        return not (self.outlets["n_articles"] >= self.min_articles).any()

    def eligible(self, m: Metric) -> pd.DataFrame:
        """The outlets that may be ranked on ``m``: enough articles and, for a pooled metric, enough evidence."""
        t = self.outlets[self.outlets["outlet"].isin(self.ranked)].dropna(subset=[m.name])
        if m.outlet == "pooled" and f"{m.name}_evidence" in t:
            t = t[t[f"{m.name}_evidence"] >= self.min_hits]
        return t

    def biggest(self) -> list[str]:
        """Up to ``top_outlets`` outlets with the most articles (then words, then name): the figures' outlets."""
        t = self.outlets.sort_values(["n_articles", "n_tokens", "outlet"], ascending=[False, False, True])
        return t["outlet"].head(self.top_outlets).tolist()

    def link(self, outlet: str) -> str:
        return f"<a class='mc-outlet' href='#{self.anchor[outlet]}'>{esc(outlet)}</a>"


# ---------------------------------------------------------------------------
# header and findings


def header(ctx: Context) -> str:
    """Title, the scope of the comparison in one line, and the table of contents."""
    a = ctx.analysis
    words = int(a.articles["n_tokens"].sum())
    scope = (f"{_plural(ctx.n_outlets, 'outlet')}, {_plural(len(a.articles), 'article')} "
             f"({words:,} words) about {esc(ctx.about)}")
    if "date_parsed" in a.articles and a.articles["date_parsed"].notna().any():
        d = a.articles["date_parsed"].dropna()
        scope += f", published {d.min():%-d %B %Y} to {d.max():%-d %B %Y}"
    if ctx.query:
        kept, dropped = len(a.articles), len(ctx.left_out) if ctx.left_out is not None else 0
        scope += (f". Kept the {_plural(kept, 'article')} that match the query <code>{esc(ctx.query)}</code>; "
                  f"{_plural(dropped, 'article')} left out as off-topic (listed under Methods)")
    toc = [("findings", "Findings"), ("outlets", "Outlets at a glance"), ("evidence", "Evidence by outlet"),
           ("key-terms", "Key terms"), ("figures", "Figures")]
    if ctx.previous is not None and since_last(ctx):
        toc.insert(1, ("since-last", "Since the last report"))
    if _has_dates(a):
        toc.append(("over-time", "Over time"))
    toc += [(s.id, s.title) for f in a.families for s in _sections_of(f, a)]
    toc += [("methods", "Methods"), ("provenance", "Provenance")]
    nav = "".join(f"<li><a href='#{esc(i)}'>{esc(t)}</a></li>" for i, t in toc)
    return (f"<header class='mc-header'><p class='kicker'>Media coverage comparison</p><h1>{esc(ctx.title)}</h1>"
            f"<p class='mc-scope'>{scope}.</p>"
            "<div class='mc-search' hidden><label>Search the report <input type='search' id='mc-search' "
            "placeholder='an outlet or a word'></label> <span class='mc-search-count' aria-live='polite'></span></div>"
            f"<nav class='mc-toc' aria-label='Contents'><ul>{nav}</ul></nav></header>")


def _ties(t: pd.DataFrame, m: Metric, value: Any) -> list[str]:
    """The outlets whose value of ``m`` prints the same as ``value``."""
    shown = _value(m, value)
    return [o for o, v in zip(t["outlet"], t[m.name], strict=True) if _value(m, v) == shown]


def _metric_finding(ctx: Context, m: Metric) -> str | None:
    """One sentence: which outlet is highest and lowest on ``m``, with intervals, ties and eligibility."""
    t = ctx.eligible(m)
    if len(t) < 2:
        return None
    t = t.sort_values([m.name, "outlet"])
    lo, hi = t.iloc[0], t.iloc[-1]
    if _value(m, lo[m.name]) == _value(m, hi[m.name]):
        return f"<b>{esc(m.title)}</b>: every ranked outlet has {_value(m, hi[m.name])}."
    top, bottom = _ties(t, m, hi[m.name]), _ties(t, m, lo[m.name])

    def who(names: list[str], row: pd.Series) -> str:
        ci = ""
        if pd.notna(row.get(f"{m.name}_low")) and pd.notna(row.get(f"{m.name}_high")):
            ci = f", 95% interval {_value(m, row[m.name + '_low'])} to {_value(m, row[m.name + '_high'])}"
        tie = " (tied)" if len(names) > 1 else ""
        return f"{_join([ctx.link(n) for n in names])}{tie} ({_value(m, row[m.name])}{ci})"

    clear = (pd.notna(hi.get(f"{m.name}_low")) and pd.notna(lo.get(f"{m.name}_high"))
             and hi[f"{m.name}_low"] > lo[f"{m.name}_high"])
    verdict = ("; the two intervals do not overlap" if clear else
               "; the intervals overlap, so this ordering could be chance")
    unit = f" ({esc(m.unit)})" if m.unit and m.kind == "rate" and m.unit not in m.title else ""
    return (f"<b>{esc(m.title)}</b>{unit}: highest in {who(top, hi)}, lowest in {who(bottom, lo)}{verdict}.")


def _extremes(ctx: Context, m: Metric) -> tuple[list[str], list[str]]:
    """The outlets (ties included) with the highest and the lowest value of ``m`` among the eligible ones."""
    t = ctx.eligible(m)
    if len(t) < 2:
        return [], []
    t = t.sort_values([m.name, "outlet"])
    lo, hi = t.iloc[0][m.name], t.iloc[-1][m.name]
    if _value(m, lo) == _value(m, hi):
        return [], []
    return _ties(t, m, hi), _ties(t, m, lo)


def outlet_profiles(ctx: Context) -> str:
    """Outlet by outlet, in plain words: the measures on which each outlet is highest or lowest, and its key words.

    Only ranked outlets, at most ``top_outlets`` (the biggest); an outlet that is neither highest nor lowest
    on any measure is "in the middle on every measure".
    """
    a = ctx.analysis
    notes: dict[str, list[str]] = {o: [] for o in ctx.ranked}
    for m in summary_metrics(a):
        top, bottom = _extremes(ctx, m)
        for o in top:
            notes[o].append(f"highest {esc(m.title.lower())}")
        for o in bottom:
            notes[o].append(f"lowest {esc(m.title.lower())}")
    words = {}
    if ctx.terms is not None:
        words = {r.outlet: list(r.terms[:3]) for r in ctx.terms.itertuples(index=False)}
    shown = [o for o in ctx.biggest() if o in notes]
    if len(shown) < 2:
        return ""
    lines = []
    for o in sorted(shown):
        said = "; ".join(notes[o]) if notes[o] else "in the middle on every measure"
        kw = (", words it uses more than the others: " + ", ".join(
            f"<a href='#{_term_id(ctx, o, k)}'>{esc(w)}</a>" for k, w in enumerate(words[o]))) if words.get(o) else ""
        lines.append(f"<li>{ctx.link(o)}: {said}{kw}.</li>")
    more = len(ctx.ranked) - len(shown)
    tail = f"<li>&hellip; and {_plural(more, 'more outlet')} in the table below.</li>" if more > 0 else ""
    return f"<b>Outlet by outlet</b>:<ul class='mc-profiles'>{''.join(lines)}{tail}</ul>"


def findings(ctx: Context) -> str:
    """The first screen: how the outlets differ, in plain words, computed from the numbers."""
    a = ctx.analysis
    items: list[str] = []
    for fam in a.families:
        finder = getattr(fam, "findings", None)
        if callable(finder):
            items += finder(a, ctx.ranked, link=ctx.link)
    for m in summary_metrics(a):
        text = _metric_finding(ctx, m)
        if text:
            items.append(text)
    profiles = outlet_profiles(ctx)
    if profiles:
        items.append(profiles)
    cautions = []
    small = [o for o in ctx.outlets["outlet"] if o not in ctx.ranked]
    if ctx.all_small:
        cautions.append(f"Every outlet has fewer than {ctx.min_articles} articles, so these are differences between "
                        "single articles, not between outlets' coverage; intervals show variation within an article.")
    elif small:
        cautions.append(f"{_plural(len(small), 'outlet')} with fewer than {ctx.min_articles} articles "
                        "are in the table but not ranked here.")
    pooled = [m for m in summary_metrics(a) if m.outlet == "pooled"]
    for m in pooled:
        few = ctx.outlets[ctx.outlets["outlet"].isin(ctx.ranked) & (ctx.outlets[f"{m.name}_evidence"] < ctx.min_hits)]
        if len(few):
            cautions.append(f"{_plural(len(few), 'outlet')} with fewer than {ctx.min_hits:g} hits are not ranked on "
                            f"{esc(m.title.lower())}.")
    body = "".join(f"<li>{t}</li>" for t in items) or "<li>There is only one outlet: nothing to compare.</li>"
    note = "".join(f"<p class='note'>{c}</p>" for c in cautions)
    return (f"<section class='mc-section' id='findings'><h2>Findings</h2><ul class='mc-findings'>{body}</ul>{note}"
            "<p class='note'>Values are estimates for each outlet with a 95% bootstrap interval. Click an outlet for "
            "the sentences behind its numbers, or a word for where it is used.</p></section>")


# ---------------------------------------------------------------------------
# the outlet table


def _bar(m: Metric, row: pd.Series, scale: tuple[float, float]) -> str:
    """A dot with its interval on the column's common scale (CSS only: no script, no image)."""
    lo_s, hi_s = scale
    if not (math.isfinite(lo_s) and math.isfinite(hi_s)) or hi_s <= lo_s or pd.isna(row[m.name]):
        return ""

    def pos(v: float) -> float:
        return max(0.0, min(100.0, (float(v) - lo_s) / (hi_s - lo_s) * 100.0))

    parts = []
    if lo_s < 0 < hi_s:
        parts.append(f"<span class='mc-zero' style='left:{pos(0):.1f}%'></span>")
    lo, hi = row.get(f"{m.name}_low"), row.get(f"{m.name}_high")
    if pd.notna(lo) and pd.notna(hi):
        parts.append(f"<span class='mc-whisker' style='left:{pos(lo):.1f}%;width:{pos(hi) - pos(lo):.1f}%'></span>")
    parts.append(f"<span class='mc-dot' style='left:{pos(row[m.name]):.1f}%;background:{m.color}'></span>")
    return f"<span class='mc-bar' aria-hidden='true'>{''.join(parts)}</span>"


def _scale(t: pd.DataFrame, m: Metric) -> tuple[float, float]:
    cols = [c for c in (m.name, f"{m.name}_low", f"{m.name}_high") if c in t]
    vals = t[cols].to_numpy(dtype=float)
    vals = vals[np.isfinite(vals)]
    if not vals.size:
        return (math.nan, math.nan)
    lo, hi = float(vals.min()), float(vals.max())
    if m.direction == 0 and lo < 0 < hi:
        return (lo, hi)
    return (min(lo, 0.0) if m.kind in ("rate", "total") else lo, hi)


def outlet_table(ctx: Context) -> str:
    """One sortable, filterable table: a row per outlet, a column per summary metric with its interval."""
    a = ctx.analysis
    metrics = summary_metrics(a)
    specs = {m.name: m for m in a.metric_specs}
    t = ctx.outlets
    scales = {m.name: _scale(t, m) for m in metrics}
    head = ["<th data-type='text' scope='col'>Outlet</th>", "<th data-type='num' scope='col' class='num'>Articles</th>",
            "<th data-type='num' scope='col' class='num'>Words</th>"]
    for m in metrics:
        tip = esc(m.description)
        head.append(f"<th data-type='num' scope='col' class='num' title='{tip}'>{esc(m.title)}"
                    + (f"<span class='mc-unit'>{esc(m.unit)}</span>" if m.unit and m.kind == "rate"
                       and m.unit not in m.title else "") + "</th>")
    if ctx.terms is not None:
        head.append("<th data-type='text' scope='col'>Key terms</th>")
    terms = {} if ctx.terms is None else dict(zip(ctx.terms["outlet"], ctx.terms["terms"], strict=True))
    rows = []
    for _, r in t.iterrows():
        o = r["outlet"]
        flag = "" if o in ctx.ranked else " <span class='mc-flag' title='too few articles to be ranked'>few</span>"
        cells = [f"<td data-sort='{esc(o.lower())}'>{ctx.link(o)}{flag}</td>",
                 f"<td class='num' data-sort='{int(r['n_articles'])}'>{int(r['n_articles'])}</td>",
                 f"<td class='num' data-sort='{int(r['n_tokens'])}'>{int(r['n_tokens']):,}</td>"]
        for m in metrics:
            v = r[m.name]
            sort = f"{float(v):.6g}" if pd.notna(v) else ""
            ci = ""
            if pd.notna(r.get(f"{m.name}_low")) and pd.notna(r.get(f"{m.name}_high")):
                ci = (f"<span class='ci'>{_value(m, r[m.name + '_low'])} to "
                      f"{_value(m, r[m.name + '_high'])}</span>")
            detail = ""
            if m.parts:
                parts = [f"{specs[p].title.lower()} {int(r[p])}" for p in m.parts if p in r.index and int(r[p]) > 0]
                detail = f"<span class='mc-parts'>{esc(', '.join(parts) or 'none')}</span>"
            few = ""
            if m.outlet == "pooled" and r.get(f"{m.name}_evidence", 0) < ctx.min_hits:
                few = f"<span class='ci'>{float(r.get(f'{m.name}_evidence', 0)):g} hits</span>"
            cells.append(f"<td class='num' data-sort='{sort}'>{_bar(m, r, scales[m.name])}"
                         f"<span class='est'>{_value(m, v)}</span>{ci}{detail}{few}</td>")
        if ctx.terms is not None:
            links = ", ".join(f"<a href='#{_term_id(ctx, o, k)}'>{esc(w)}</a>" for k, w in enumerate(terms.get(o, [])[:5]))
            cells.append(f"<td class='mc-terms'>{links or '&ndash;'}</td>")
        rows.append(f"<tr data-outlet='{esc(o)}'>{''.join(cells)}</tr>")
    note = (f"<p class='note'>{_plural(ctx.n_outlets, 'outlet')}. Each metric cell: the estimate, its 95% bootstrap "
            f"interval ({ctx.n_boot:,} resamples, seed {ctx.seed}) and a dot with the interval on the column's scale. "
            "Click a column title to sort, type in the box to filter; hover a title for what it measures.</p>")
    return ("<section class='mc-section' id='outlets'><h2>Outlets at a glance</h2>"
            "<div class='mc-tools' hidden><label>Filter outlets <input type='search' class='mc-filter' "
            "data-table='outlet-table' placeholder='outlet name'></label></div>"
            "<div class='mc-scroll mc-tall'><table class='mc-table mc-sortable' id='outlet-table'>"
            f"<thead><tr>{''.join(head)}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>{note}</section>")


# ---------------------------------------------------------------------------
# evidence by outlet


def _sentence_html(text: str, spans: list[tuple[int, int, str, str]], colours: dict[str, str]) -> str:
    """A sentence with its ``(start, end, key, rule)`` spans (sentence offsets) marked; everything escaped."""
    from ..evidence import highlight

    if not spans:
        return esc(text)
    h = pd.DataFrame(spans, columns=["start", "end", "counted_as", "rule"])
    h["metric"] = h["counted_as"]
    return highlight(text, h, colours=colours)


def _evidence_items(ctx: Context, sentences: pd.DataFrame, hits: pd.DataFrame
                    ) -> dict[str, list[tuple[Metric, list[tuple[str, tuple[str, int], list]]]]]:
    """For every outlet and shown measure, the evidence sentences: ``(label, (article_id, sentence), spans)``.

    A sentence-level measure (sentiment, tone) shows the outlet's lowest and highest sentence; a hit-based
    one its two sentences with the largest summed hit weight (ties by article and sentence). Computed for
    all outlets at once (a few grouped operations per measure), so 100 or 500 outlets cost little more
    than five.
    """
    a = ctx.analysis
    out: dict[str, list] = {}
    for m in [m for m in summary_metrics(a) if m.kind != "ratio"]:
        sel = m.hit_filter()
        per: dict[str, list] = {}
        if sel == "sentences":
            s = sentences.dropna(subset=[m.column]).sort_values(["outlet", m.column, "article_id", "sentence"])
            for o, g in s.groupby("outlet", sort=True):
                vals = g[m.column].tolist()
                keys = list(zip(g["article_id"], g["sentence"], strict=True))
                picks = [("lowest", 0)] + ([("highest", len(g) - 1)] if len(g) > 1 else [])
                per[o] = [(f"{label} {esc(m.title.lower())} ({_value(m, vals[k])})", keys[k], [])
                          for label, k in picks]
        else:
            h = hits[sel.mask(hits)]
            if h.empty:
                continue
            spans: dict[tuple[str, int], list] = {}
            for aid, sn, st, en, key, rule in zip(h["article_id"], h["sentence"], h["start"], h["end"],
                                                  [c or mm for c, mm in zip(h["counted_as"], h["metric"],
                                                                            strict=True)], h["rule"], strict=True):
                spans.setdefault((aid, int(sn)), []).append((int(st), int(en), key, rule))
            counted = h[h["counted_as"] != ""] if m.kind in ("total", "rate") else h
            w = counted.groupby(["outlet", "article_id", "sentence"], sort=True)["weight"].sum().reset_index()
            w = w.sort_values(["outlet", "weight", "article_id", "sentence"], ascending=[True, False, True, True])
            for o, g in w.groupby("outlet", sort=True):
                per[o] = [(f"{esc(m.title.lower())}: {float(wt):g}", (aid, int(sn)), spans[(aid, int(sn))])
                          for aid, sn, wt in zip(g["article_id"].head(2), g["sentence"].head(2),
                                                 g["weight"].head(2), strict=True)]
        for o, items in per.items():
            out.setdefault(o, []).append((m, items))
    return out


def outlet_evidence(ctx: Context) -> str:
    """A collapsed panel per outlet with the sentences behind its numbers (highlighted, escaped)."""
    a = ctx.analysis
    sentences = a.sorted_table("sentences")
    sentences = sentences[a.counted_mask(sentences)]
    hits = a.sorted_table("hits")
    hits = hits[~hits["boilerplate"]] if a.params.get("exclude_boilerplate", True) else hits
    rows = {(aid, int(sn)): (text, int(st)) for aid, sn, text, st in
            zip(sentences["article_id"], sentences["sentence"], sentences["text"], sentences["start"], strict=True)}
    arts = a.articles
    title_col = next((c for c in ("title", "headline") if c in arts.columns), None)
    titles = dict(zip(arts["article_id"], arts[title_col], strict=True)) if title_col else {}
    dates = dict(zip(arts["article_id"], arts["date_parsed"], strict=True)) if "date_parsed" in arts else {}
    colours = a.highlight_colours()
    evidence = _evidence_items(ctx, sentences, hits)
    panels = []
    for o, n_articles in zip(ctx.outlets["outlet"], ctx.outlets["n_articles"], strict=True):
        blocks = []
        for m, items in evidence.get(o, []):
            lis = []
            for label, key, spans in items:
                if key not in rows:  # a hit in a sentence that is not counted
                    continue
                text, start = rows[key]
                aid, sn = key
                title, date = titles.get(aid), dates.get(aid)
                where = esc(aid) + (f" &middot; {esc(title)}" if isinstance(title, str) and title.strip() else "")
                where += f" &middot; {date:%-d %b %Y}" if date is not None and pd.notna(date) else ""
                marks = [(st - start, en - start, k, rule) for st, en, k, rule in spans]
                lis.append(f"<li><blockquote>{_sentence_html(text, marks, colours)}</blockquote>"
                           f"<span class='meta'>{label} &middot; article {where}, sentence {sn + 1}</span></li>")
            if lis:
                blocks.append(f"<h4>{esc(m.title)}</h4><ol class='mc-evidence'>{''.join(lis)}</ol>")
        body = "".join(blocks) or "<p class='note'>No matches in this outlet's counted sentences.</p>"
        panels.append(f"<details class='mc-panel' id='{ctx.anchor[o]}'><summary><b>{esc(o)}</b> "
                      f"<span class='meta'>{_plural(int(n_articles), 'article')}</span></summary>{body}</details>")
    legend = " ".join(f"<mark style='background:{m.mark_colour}'>{esc(m.title.lower())}</mark>"
                      for m in summary_metrics(a) if m.kind in ("rate", "total"))
    return ("<section class='mc-section' id='evidence'><h2>Evidence by outlet</h2>"
            "<p>For each outlet, the sentences with the most matches of each measure (and its most negative and "
            f"most positive sentence), every match highlighted: {legend}. Hover a mark for the rule that matched "
            "it.</p>" + "".join(panels) + "</section>")


# ---------------------------------------------------------------------------
# key terms


def _term_id(ctx: Context, outlet: str, k: int) -> str:
    return f"{ctx.anchor[outlet]}-term-{k}"


_WORD = re.compile(r"\S+")


def _term_sentences(ctx: Context, n: int = 3) -> dict[tuple[str, str], list[tuple[pd.Series, list]]]:
    """Up to ``n`` sentences of each outlet that use each of its key terms (tokens compared by norm)."""
    from ..text import token_parts

    a = ctx.analysis
    want: dict[str, set[str]] = {}
    for r in ctx.terms.itertuples(index=False):
        want[r.outlet] = set(r.terms[:5])
    sentences = a.sorted_table("sentences")
    sentences = sentences[a.counted_mask(sentences) & sentences["outlet"].isin(list(want))]
    out: dict[tuple[str, str], list[tuple[pd.Series, list]]] = {}
    for o, group in sentences.groupby("outlet", sort=True):
        terms = want[o]
        grams = {t: t.split(" ") for t in terms}
        for _, row in group.iterrows():
            texts, norms, starts = token_parts(row["text"])
            for t, g in grams.items():
                got = out.setdefault((o, t), [])
                if len(got) >= n:
                    continue
                k = len(g)
                spans = [(starts[i], starts[i + k - 1] + len(texts[i + k - 1]), "", f"key term {t!r}")
                         for i in range(len(norms) - k + 1) if norms[i:i + k] == g]
                if spans:
                    got.append((row, spans))
            if all(len(out.get((o, t), [])) >= n for t in terms):
                break
    return out


def key_terms(ctx: Context) -> str:
    """One compact table (an outlet's top key terms in one row) and a collapsed panel of sentences per term."""
    if ctx.terms is None:
        return ("<section class='mc-section' id='key-terms'><h2>Key terms</h2><p class='note'>Key terms compare an "
                "outlet with the others: there is only one outlet.</p></section>")
    ref = esc(ctx.keyness_reference) if ctx.keyness_reference else "all the other outlets"
    rows, panels = [], []
    examples = _term_sentences(ctx)
    a = ctx.analysis
    meta = a.articles.set_index("article_id")
    for r in ctx.terms.itertuples(index=False):
        o = r.outlet
        links = []
        for k, (t, c) in enumerate(zip(r.terms, r.counts, strict=True)):
            links.append(f"<a href='#{_term_id(ctx, o, k)}'>{esc(t)}</a> <span class='ci'>{int(c)}</span>")
            lis = []
            for row, spans in examples.get((o, t), []):
                lis.append(f"<li><blockquote>{_sentence_html(row['text'], spans, {'': '#fff3b0'})}</blockquote>"
                           f"<span class='meta'>article {esc(row['article_id'])}"
                           + (f" &middot; {esc(meta.at[row['article_id'], 'title'])}" if 'title' in meta.columns
                              and isinstance(meta.at[row['article_id'], 'title'], str) else "") + "</span></li>")
            panels.append(f"<details class='mc-panel' id='{_term_id(ctx, o, k)}'><summary>{esc(o)}: "
                          f"<b>{esc(t)}</b> <span class='meta'>{int(c)} times</span></summary>"
                          f"<ol class='mc-evidence'>{''.join(lis) or '<li>(in a sentence left out)</li>'}</ol></details>")
        notes = []
        if int(r.n_terms) == 0:
            notes.append("no words left once stop words (the, and, of, ...) are removed: nothing to compare")
        elif not links:
            notes.append("no word is used more than by the others")
        if r.descriptive and links:
            notes.append("descriptive: too few articles for an article-level test")
        rows.append([ctx.link(o), f"{int(r.n_articles)}", ", ".join(links) or "&ndash;", esc("; ".join(notes))])
    table = table_html(rows, ["Outlet", "Articles", "Key terms (times used)", "Note"],
                       cls="mc-table mc-sortable mc-keyterms", numeric=(1,))
    if not any(len(t) for t in ctx.terms["terms"]):
        rows_note = ("<p class='note'>No outlet uses any word more than the others: no term is over- or "
                     "under-represented (identical wire copy, for example).</p>")
    else:
        rows_note = ""
    return ("<section class='mc-section' id='key-terms'><h2>Key terms</h2>"
            f"<p>The words each outlet uses more than {ref} (chi-squared keyness, counted over the outlet's counted "
            "sentences; a word must appear in at least two of the outlet's articles when it has two or more; outlet "
            "names, numbers, handles and photo credits are left out). Click a word for the sentences that use it."
            "</p>" + rows_note + "<div class='mc-scroll mc-tall'>" + table + "</div>"
            "<details class='mc-panel-group'><summary>Sentences for every key term</summary>"
            + "".join(panels) + "</details></section>")


# ---------------------------------------------------------------------------
# figures


def figure_html(ax: Any, caption: str, alt: str, *, dpi: int = 100) -> str:
    """Embed a Matplotlib figure as a deterministic PNG data URI with a caption underneath."""
    import matplotlib.pyplot as plt

    fig = ax.figure
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None}, facecolor="white")
    plt.close(fig)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return (f"<figure class='mc-figure'><img src='data:image/png;base64,{data}' alt='{esc(alt)}'>"
            f"<figcaption>{caption}</figcaption></figure>")


def family_figures(analysis: Any) -> list[str]:
    """Every family's report figures (HTML), in family order."""
    out = []
    for fam in analysis.families:
        for fig in fam.report_figures(analysis):
            out.append(figure_html(fig.draw(), fig.caption, fig.alt) if fig.draw is not None
                       else f"<p class='note'>{fig.caption}</p>")
    return out


def figures(ctx: Context) -> str:
    """Ranked dot plots of every summary metric (small multiples) and, for a few outlets, the families' figures."""
    from ..plots import plot_frame_heatmap, plot_metric_ranks

    a = ctx.analysis
    metrics = summary_metrics(a)
    shown = ctx.biggest()
    t = ctx.outlets[ctx.outlets["outlet"].isin(shown)]
    parts = []
    if metrics and len(t):
        which = "every outlet" if len(t) == ctx.n_outlets else f"the {len(t)} outlets with the most articles"
        parts.append(figure_html(
            plot_metric_ranks(t, metrics=[m.name for m in metrics], specs=a.metric_specs),
            f"<b>Outlets ranked on each measure</b> ({which}): dots are estimates, lines 95% intervals; each panel "
            "sorts the outlets by its own measure.", "Dot plots of every summary measure per outlet, ranked"))
    if ctx.n_outlets <= ctx.top_outlets:
        parts += family_figures(a)
        if metrics:
            parts.append(figure_html(
                plot_frame_heatmap(ctx.outlets, metrics=[m.name for m in metrics], specs=a.metric_specs),
                "<b>Overview.</b> Every summary measure per outlet; colours are scaled within each column (lowest to "
                "highest outlet), cells show the values.", "Heatmap of the summary measures per outlet"))
    else:
        parts.append(f"<p class='note'>With {ctx.n_outlets} outlets the per-family figures (one bar per outlet) are "
                     f"left out; set <code>top_outlets</code> to {ctx.n_outlets} or more to draw them.</p>")
    return ("<section class='mc-section' id='figures'><details class='mc-fold' open><summary><h2>Figures</h2></summary>"
            + "".join(parts) + "</details></section>")


def _sections_of(fam: Any, analysis: Any) -> list[Any]:
    return fam.report_sections(analysis)


def family_sections(analysis: Any) -> list[str]:
    """Every family's own report sections (HTML ``<section>`` elements)."""
    return [f"<section class='mc-section' id='{esc(s.id)}'><h2>{esc(s.title)}</h2>{s.html}</section>"
            for fam in analysis.families for s in _sections_of(fam, analysis)]


# ---------------------------------------------------------------------------
# time


def _has_dates(a: Any) -> bool:
    return "date_parsed" in a.articles and a.articles["date_parsed"].notna().any()


def timeline(ctx: Context) -> str:
    """Coverage volume and the summary measures over time, per outlet (when the articles have dates)."""
    a = ctx.analysis
    if not _has_dates(a):
        return ""
    from .. import timeline as _tl

    metrics = [m.name for m in summary_metrics(a)]
    table = _tl.timeline(a, metrics=metrics)
    period = table.attrs.get("period", "D")
    unit = "day" if period == "D" else "week"
    figs = [figure_html(_tl.plot_timeline(table, "n_articles", top_outlets=min(8, ctx.top_outlets)),
                        f"<b>Coverage volume</b>: articles per {unit} and outlet.", f"Articles per {unit} and outlet")]
    specs = {m.name: m for m in a.metric_specs}
    for name in metrics[:3]:
        figs.append(figure_html(_tl.plot_timeline(table, name, top_outlets=min(8, ctx.top_outlets)),
                                f"<b>{esc(specs[name].title)}</b> per {unit}: the mean over the outlet's articles of "
                                "that period.", f"{specs[name].title} per {unit} and outlet"))
    undated = table.attrs.get("undated", 0)
    note = f"<p class='note'>{_plural(int(undated), 'article')} without a date are left out.</p>" if undated else ""
    return ("<section class='mc-section' id='over-time'><details class='mc-fold' open><summary><h2>Over time</h2></summary>"
            + "".join(figs) + note + "</details></section>")


# ---------------------------------------------------------------------------
# since the last report


def since_last(ctx: Context) -> str:
    """What changed since the previous report in the same folder: new articles, moved measures, new key terms."""
    if ctx.previous is None:
        return ""
    a = ctx.analysis
    prev_o = ctx.previous.get("outlets")
    prev_a = ctx.previous.get("articles")
    prev_t = ctx.previous.get("key_terms")
    items = []
    changed = False
    if prev_a is not None:
        old = set(prev_a["article_id"].astype(str))
        new = a.articles[~a.articles["article_id"].astype(str).isin(old)]
        if len(new):
            changed = True
            per = new.groupby("outlet", sort=True).size()
            items.append(f"<b>{_plural(len(new), 'new article')}</b>: "
                         + ", ".join(f"{ctx.link(o)} {n}" for o, n in per.items()) + ".")
        else:
            items.append("No new articles.")
    if prev_o is not None:
        p = prev_o.set_index("outlet")
        moved = []
        for m in summary_metrics(a):
            for _, r in ctx.outlets.iterrows():
                o = r["outlet"]
                if o not in p.index or m.name not in p.columns or pd.isna(r[m.name]):
                    continue
                lo, hi = p.at[o, f"{m.name}_low"] if f"{m.name}_low" in p else np.nan, \
                    p.at[o, f"{m.name}_high"] if f"{m.name}_high" in p else np.nan
                if pd.notna(lo) and pd.notna(hi) and not (lo <= r[m.name] <= hi):
                    moved.append(f"{ctx.link(o)}: {esc(m.title.lower())} {_value(m, p.at[o, m.name])} &rarr; "
                                 f"{_value(m, r[m.name])} (outside the last report's interval {_value(m, lo)} to "
                                 f"{_value(m, hi)})")
        items.append("<b>Measures that moved beyond their interval</b>: " + ("; ".join(moved) if moved else "none")
                     + ".")
        gone = sorted(set(p.index) - set(ctx.outlets["outlet"]))
        changed = changed or bool(moved) or bool(gone)
        if gone:
            items.append("Outlets no longer in the corpus: " + esc(", ".join(gone)) + ".")
    if prev_t is not None and ctx.terms is not None:
        before = {o: set(str(t).split("|")) for o, t in zip(prev_t["outlet"], prev_t["terms"], strict=True)}
        fresh = []
        for r in ctx.terms.itertuples(index=False):
            added = [t for t in r.terms if t not in before.get(r.outlet, set())]
            if added and r.outlet in before:
                fresh.append(f"{ctx.link(r.outlet)}: {esc(', '.join(added))}")
        items.append("<b>New key terms</b>: " + ("; ".join(fresh) if fresh else "none") + ".")
        changed = changed or bool(fresh)
    if not changed:  # the same input and numbers: a re-render is byte-identical to the last one
        return ""
    return ("<section class='mc-section' id='since-last'><h2>Since the last report</h2><ul>"
            + "".join(f"<li>{t}</li>" for t in items) + "</ul></section>")


# ---------------------------------------------------------------------------
# methods and provenance


def methods_items(analysis: Any) -> list[str]:
    """``<li>`` items: each family's method, then what each metric of the tables counts."""
    items = []
    for fam in analysis.families:
        desc = fam.description()
        if desc:
            items.append(f"<li>{esc(desc)}</li>")
    rows = []
    for m in analysis.metric_specs:
        if not m.description:
            continue
        where = {"mean": "outlets: mean over articles with a 95% interval",
                 "pooled": "outlets: pooled over articles, with a prior, and a 95% interval",
                 "total": "outlets: total"}.get(m.outlet or "", "articles only")
        rows.append(f"<li><b>{esc(m.title)}</b> (<code>{esc(m.name)}</code>, {esc(where)}): {esc(m.description)}.</li>")
    return items + rows


def missing_notes(analysis: Any) -> list[str]:
    """``<li>`` notes for outlets without a value of a summary metric (a ratio with no hits, ...)."""
    outlets = analysis.sorted_table("outlets")
    out = []
    for m in summary_metrics(analysis):
        missing = outlets[outlets[m.name].isna()]["outlet"].tolist()
        if missing:
            why = "no hits of its parts" if m.kind == "ratio" else "no value"
            out.append(f"<li>No {esc(m.title.lower())} ({why}) for {', '.join(esc(o) for o in missing)}.</li>")
    return out


def excluded_counts(analysis: Any) -> tuple[int, dict[str, int]]:
    """Sentences left out of the metrics (boilerplate), in all and per outlet."""
    sentences = analysis.sentences
    left_out = ~analysis.counted_mask(sentences)
    per = sentences.loc[left_out].groupby("outlet", sort=True).size()
    return int(left_out.sum()), {str(k): int(v) for k, v in per.items()}


def corrected_html(corrected: pd.DataFrame) -> str:
    """The detectors' shares corrected for their measured errors (:meth:`Analysis.corrected`), as a compact table.

    One row per outlet and detector: the share of counted sentences the detector flags, the corrected share
    (the default composite estimate) with its 95% interval, and the share the human coders marked; every outlet
    name escaped.
    """
    def pct(x: Any) -> str:
        return "&ndash;" if pd.isna(x) else f"{100 * float(x):.0f}%"

    rows = []
    for r in corrected.itertuples(index=False):
        ci = ("" if pd.isna(r.corrected_low) else
              f" <span class='ci'>{pct(r.corrected_low)} to {pct(r.corrected_high)}</span>")
        rows.append([esc(r.outlet), esc(r.detector), pct(r.raw), pct(r.corrected) + ci, pct(r.human),
                     esc(r.note) if isinstance(r.note, str) else ""])
    sens = corrected.drop_duplicates("detector")
    rates = "; ".join(f"{esc(r.detector)}: sensitivity {pct(r.sensitivity)}, specificity {pct(r.specificity)}"
                      for r in sens.itertuples(index=False))
    return ("<h3>Shares corrected for the detectors' errors</h3><p>The share of each outlet's sentences a detector "
            "flags, and the share a coder would mark: the labelled sentences as coded, the others predicted from the "
            "share of flagged and of unflagged sentences the coders marked, in the outlet's own labelled sentences "
            "shrunk towards all outlets' as far as outlets differ (composite estimate; pooled error rates: "
            f"{rates}), with a 95% interval that carries the uncertainty of the labelled sample, next to the share "
            "the human coders marked in the labelled sentences.</p><div class='mc-scroll'>"
            + table_html(rows, ["Outlet", "Detector", "Flagged", "Corrected", "Human", "Note"],
                         cls="mc-table mc-compact", numeric=(2, 3, 4)) + "</div>")


def methods(ctx: Context, *, validation: str = "", notes: Sequence[str] = (), rejected: Sequence[str] = ()) -> str:
    """Methods and limitations (collapsed): every family's method and metric, rules, validation, caveats."""
    a = ctx.analysis
    items = methods_items(a)
    items += [
        "<li><b>Key terms</b>: chi-squared keyness of words (stop words, outlet names, numbers, handles and photo "
        "credits removed) in one outlet against the others, with an article-level Mann\N{EN DASH}Whitney test "
        "(Lijffijt et al. 2016) when both sides have two or more articles.</li>",
        f"<li><b>Intervals</b>: 95% percentile bootstrap, resampling articles (sentences for single-article outlets), "
        f"{ctx.n_boot:,} resamples, seed {ctx.seed}; each outlet and measure has its own random stream.</li>",
        f"<li><b>Ranking</b>: an outlet is ranked in the findings with at least {ctx.min_articles} articles "
        f"(and {ctx.min_hits:g} hits for a pooled measure); ties are values that print the same; "
        "\N{LEFT DOUBLE QUOTATION MARK}the intervals do not overlap\N{RIGHT DOUBLE QUOTATION MARK} is said "
        "only when they do not.</li>",
    ]
    caveats = []
    single = ctx.outlets.loc[ctx.outlets["ci_basis"] == "sentences", "outlet"].tolist()
    if single:
        caveats.append(
            f"<li><b>One article</b> for {_plural(len(single), 'outlet')}: the interval is computed over that "
            "article's sentences. It shows how much the sentences vary, not how the outlet's coverage varies.</li>")
    short = ctx.outlets[ctx.outlets["n_tokens"] < 500]["outlet"].tolist()
    if short:
        caveats.append(f"<li><b>Short texts</b> (fewer than 500 words) for {_plural(len(short), 'outlet')}: rates per "
                       "1,000 words are unstable.</li>")
    caveats += missing_notes(a)
    left_out, per_outlet = excluded_counts(a)
    if left_out:
        caveats.append(f"<li><b>Boilerplate excluded</b>: {_plural(left_out, 'sentence')} (bylines, captions, share "
                       "prompts, app promotions and similar) are left out of every measure.</li>")
    if ctx.left_out is not None and len(ctx.left_out):
        caveats.append(f"<li><b>Off-topic articles</b>: {_plural(len(ctx.left_out), 'article')} did not match the "
                       f"query <code>{esc(ctx.query)}</code> and were left out: "
                       + esc(", ".join(f"{r.article_id} ({r.outlet})" for r in ctx.left_out.head(50).itertuples()))
                       + (" and more (metrics/off_topic.csv lists them all)" if len(ctx.left_out) > 50 else "")
                       + ".</li>")
    caveats += list(rejected)
    caveats.append("<li>Lexicons count words, not meaning: irony, quotation of opponents and reported speech are "
                   "counted like the outlet's own words. Check the evidence before quoting a number.</li>")
    notes_html = ("<p>Notes from loading the data:</p><ul>" + "".join(f"<li>{esc(n)}</li>" for n in notes) + "</ul>"
                  if notes else "")
    return ("<section class='mc-section' id='methods'><details class='mc-fold'><summary><h2>Methods and limitations</h2></summary>"
            "<h3>What each measure counts</h3><ul>" + "".join(items) + "</ul>" + validation
            + "<h3>Limitations</h3><ul>" + "".join(caveats) + "</ul>" + notes_html + "</details></section>")


def provenance(ctx: Context, *, version: str, parameters: Sequence[tuple[str, str]],
               files: Sequence[dict[str, Any]]) -> str:
    """Parameters, input files with their hashes, the families' fingerprints (collapsed)."""
    a = ctx.analysis
    rows = [[f"<code>{esc(f['path'])}</code>", f"{f['bytes']:,}", f"<code>{esc(f['sha256'])}</code>"] for f in files]
    return ("<section class='mc-section' id='provenance'><details class='mc-fold'><summary><h2>Provenance</h2></summary>"
            f"<p>Produced by media-coverage <b>{esc(version)}</b> from the corpus <b>{esc(ctx.corpus_name)}</b> "
            f"({_plural(len(a.articles), 'article')}, {_plural(ctx.n_outlets, 'outlet')}). The same inputs and "
            "parameters give byte-identical output; <code>manifest.json</code> next to this file lists the software "
            "environment and the hashes of every output. Input files are hashed once, from the bytes the analysis "
            "read.</p><div class='mc-scroll'>"
            + table_html([[esc(k), v] for k, v in parameters], ["Parameter", "Value"], cls="mc-table mc-compact")
            + table_html(rows, ["Input file", "Bytes", "sha256"], cls="mc-table mc-compact mc-hashes", numeric=(1,))
            + table_html([[esc(f.name), f"<code>{esc(f.fingerprint())}</code>"] for f in a.families],
                         ["Metric family", "Fingerprint (sha256 of its configuration)"],
                         cls="mc-table mc-compact mc-hashes")
            + "</div></details></section>")


# ---------------------------------------------------------------------------
# compatibility helpers (used by tests and notebooks)


def summary_table(analysis: Any, top_terms: Any = None) -> str:
    """The outlet table of :func:`outlet_table` for an analysis alone (default parameters)."""
    ctx = Context.build(analysis, title="", about="", corpus_name="", n_boot=analysis.params.get("n_boot", 0),
                        seed=analysis.params.get("seed", 0))
    return outlet_table(ctx)


def summary_sentences(analysis: Any) -> list[str]:
    """The findings' per-metric sentences for an analysis alone."""
    ctx = Context.build(analysis, title="", about="", corpus_name="", n_boot=analysis.params.get("n_boot", 0),
                        seed=analysis.params.get("seed", 0))
    return [s for s in (_metric_finding(ctx, m) for m in summary_metrics(analysis)) if s]
