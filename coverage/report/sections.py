"""The report's sections, generated from the metric families' specs (used by the report notebook).

Nothing here names a metric: the summary table and paragraph, the heatmap, the figures, the
families' own sections and the methods text all come from :attr:`Analysis.metric_specs` and
the families' hooks (:meth:`Family.report_figures`, :meth:`Family.report_sections`,
:meth:`Family.description`). A family defined in user code shows up in every one of them.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd

from .._html import esc, num, table_html, with_ci
from ..families import Metric

__all__ = [
    "summary_metrics",
    "summary_table",
    "summary_sentences",
    "figure_html",
    "family_figures",
    "family_sections",
    "methods_items",
    "missing_notes",
    "excluded_counts",
]


def summary_metrics(analysis: Any) -> list[Metric]:
    """The metrics of the summary table and heatmap: ``summary=True`` with an outlet mean and CI."""
    return [m for m in analysis.metric_specs if m.summary and m.has_ci and m.name in analysis.outlets]


def _cell(row: pd.Series, m: Metric, specs: dict[str, Metric]) -> str:
    digits = 2 if m.kind in ("mean", "ratio") else 1
    cell = with_ci(row, m.name, digits, signed=m.direction == 0)
    if m.parts:
        detail = ", ".join(f"{specs[p].title.lower()} {int(row[p])}" for p in m.parts
                           if p in row.index and int(row[p]) > 0) or "none"
        cell += f" <span class='ci'>{esc(detail)}</span>"
    return cell


def summary_table(analysis: Any, top_terms: Callable[[str], Sequence[str]] | None = None) -> str:
    """One row per outlet: articles, words, every summary metric with its CI (and parts), top key terms."""
    metrics = summary_metrics(analysis)
    specs = {m.name: m for m in analysis.metric_specs}
    outlets = analysis.sorted_table("outlets")
    headers = ["Outlet", "Articles", "Words", *[esc(_header(m)) for m in metrics]]
    if top_terms is not None:
        headers.append("Top key terms")
    rows = []
    for _, row in outlets.iterrows():
        cells = [f"<b>{esc(row['outlet'])}</b>", f"{int(row['n_articles'])}", f"{int(row['n_tokens']):,}"]
        cells += [_cell(row, m, specs) for m in metrics]
        if top_terms is not None:
            cells.append(", ".join(esc(t) for t in top_terms(row["outlet"])) or "\N{EN DASH}")
        rows.append(cells)
    return table_html(rows, headers, cls="mc-table mc-summary", numeric=tuple(range(1, 3 + len(metrics))))


def _header(m: Metric) -> str:
    return m.title + (f" ({m.unit})" if m.unit and m.unit not in m.title and m.kind != "rate" else "")


def summary_sentences(analysis: Any) -> list[str]:
    """One plain-words sentence per summary metric: which outlet is highest and which lowest (HTML).

    Outlets without a value are left out; with one outlet there is nothing to compare.
    """
    outlets = analysis.sorted_table("outlets")
    if len(outlets) < 2:
        return []
    out = []
    for m in summary_metrics(analysis):
        t = outlets.dropna(subset=[m.name]).sort_values([m.name, "outlet"])
        if len(t) < 2:
            continue
        lo, hi = t.iloc[0], t.iloc[-1]
        signed = m.direction == 0
        digits = 2 if m.kind in ("mean", "ratio") else 1
        out.append(f"<b>{esc(m.title)}</b> is highest in <b>{esc(hi['outlet'])}</b> ({num(hi[m.name], digits, signed=signed)}) "
                   f"and lowest in <b>{esc(lo['outlet'])}</b> ({num(lo[m.name], digits, signed=signed)}).")
    return out


def figure_html(ax: Any, caption: str, alt: str, *, dpi: int = 110) -> str:
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
    """Every family's report figures (HTML), in family order, then the heatmap of all summary metrics."""
    from ..plots import plot_frame_heatmap

    out = []
    for fam in analysis.families:
        for fig in fam.report_figures(analysis):
            out.append(figure_html(fig.draw(), fig.caption, fig.alt) if fig.draw is not None
                       else f"<p class='note'>{fig.caption}</p>")
    metrics = [m.name for m in summary_metrics(analysis)]
    if metrics:
        out.append(figure_html(
            plot_frame_heatmap(analysis.sorted_table("outlets"), metrics=metrics, specs=analysis.metric_specs),
            "<b>Overview.</b> Every summary metric per outlet; colours are scaled within each column (lowest to "
            "highest outlet), cells show the raw values.",
            "Heatmap of all summary metrics per outlet"))
    return out


def family_sections(analysis: Any) -> list[str]:
    """Every family's own report sections (HTML ``<section>`` elements)."""
    return [f"<section class='mc-section' id='{esc(s.id)}'><h2>{esc(s.title)}</h2>{s.html}</section>"
            for fam in analysis.families for s in fam.report_sections(analysis)]


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
        where = "outlets: mean over articles with a 95% CI" if m.outlet == "mean" else (
            "outlets: total" if m.outlet == "total" else "articles only")
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
