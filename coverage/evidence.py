"""Evidence: the matches behind a number, rendered as escaped, highlighted article text."""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

__all__ = ["Evidence", "highlight"]


@dataclass
class Evidence:
    """The matches behind a number, with the article text they came from.

    ``table`` has one row per match (columns as :attr:`Analysis.hits`, plus
    ``sentence_text``); in Jupyter the evidence renders as the article text with
    each match highlighted (all corpus text HTML-escaped).
    """

    table: pd.DataFrame
    texts: dict[str, tuple[str, str]]  # article_id -> (outlet, text)
    metric: str | None = None
    colours: dict[str, str] | None = None  # mark colour by counted_as / metric (from the metric specs)

    def __len__(self) -> int:
        return len(self.table)

    def to_frame(self) -> pd.DataFrame:
        """The evidence rows as a DataFrame."""
        return self.table.copy()

    def __repr__(self) -> str:
        if self.table.empty:
            return f"Evidence({self.metric or 'all metrics'}): no matches"
        cols = [c for c in ["article_id", "sentence", "metric", "matched", "category", "frame", "negated",
                            "counted_as", "weight"] if c in self.table.columns]
        return f"Evidence({self.metric or 'all metrics'}): {len(self.table)} match(es)\n" + self.table[cols].to_string(
            index=False, max_rows=40)

    def to_html(self, *, max_articles: int = 20) -> str:
        """Highlighted article texts (escaped) followed by the evidence table."""
        parts = ["<div class='mc-evidence'>"]
        for aid in list(self.texts)[:max_articles]:
            outlet, text = self.texts[aid]
            rows = self.table[self.table["article_id"] == aid] if not self.table.empty else self.table
            parts.append(f"<h4>{html.escape(str(aid))} <small>({html.escape(str(outlet))})</small></h4>")
            parts.append("<p style='white-space:pre-wrap;line-height:1.5'>"
                         + highlight(text, rows, colours=self.colours, scores=self._scores()) + "</p>")
        if not self.table.empty:
            cols = [c for c in ["article_id", "sentence", "metric", "matched", "category", "frame", "negated",
                                "counted_as", "weight", "rule", *self._scores()] if c in self.table.columns]
            parts.append(self.table[cols].to_html(index=False, escape=True, max_rows=200))
        parts.append("</div>")
        return "".join(parts)

    def _scores(self) -> list[str]:
        """The score columns of a sentence-level evidence table (the metric's own columns)."""
        base = {"article_id", "outlet", "sentence", "start", "end", "boilerplate", "sentence_text"}
        if "rule" in self.table.columns:
            return []
        return [c for c in self.table.columns if c not in base]

    def _repr_html_(self) -> str:
        return self.to_html()


#: Marks of hits that were seen but not counted (negated), and of anything without a colour of its own.
UNCOUNTED = "#eeeeee"
OTHER = "#fff3b0"


def _mark_label(row, scores: tuple[str, ...]) -> tuple[str, str]:
    """(key for the colour, rule for the tooltip) of a hit or a scored sentence."""
    values = {name: getattr(row, name) for name in scores if hasattr(row, name)}
    metric = getattr(row, "counted_as", None) or getattr(row, "metric", None) or next(iter(values), "")
    rule = getattr(row, "rule", None)
    if rule is None:
        rule = ", ".join(f"{name} {float(v):+.3f}" for name, v in values.items() if pd.notna(v))
    return str(metric), str(rule)


def highlight(text: str, hits: pd.DataFrame, *, colours: dict[str, str] | None = None,
              scores: tuple[str, ...] | list[str] = ()) -> str:
    """HTML of ``text`` with each hit's ``[start, end)`` span marked; everything escaped.

    Overlapping spans are merged in order (the earliest start wins). A mark's background is
    ``colours[counted_as]`` (else ``colours[metric]``; :meth:`Analysis.highlight_colours` gives
    them from the metric specs), grey for a hit that was not counted. The ``title`` attribute
    of each mark carries the hit's rule; rows without a rule (the sentences of
    ``explain(metric="sentiment")``) carry the values of their ``scores`` columns instead.

    Examples
    --------
    >>> hits = pd.DataFrame({"start": [4], "end": [10], "counted_as": ["violence"], "metric": ["violence"],
    ...                      "rule": ["'attack' (violence)"]})
    >>> highlight("The attack <b>", hits, colours={"violence": "#f9c7a7"})
    "The <mark style='background:#f9c7a7' title='&#x27;attack&#x27; (violence)'>attack</mark> &lt;b&gt;"
    """
    if hits is None or hits.empty:
        return html.escape(text)
    colours = {"": UNCOUNTED, **(colours or {})}
    spans = sorted(
        (int(r.start), int(r.end), *_mark_label(r, tuple(scores)))
        for r in hits.itertuples(index=False)
        if 0 <= int(r.start) < int(r.end) <= len(text)
    )
    out, pos = [], 0
    for s, e, metric, rule in spans:
        if s < pos:
            continue
        out.append(html.escape(text[pos:s]))
        colour = colours.get(metric, OTHER)
        out.append(
            f"<mark style='background:{colour}' title='{html.escape(rule, quote=True)}'>"
            f"{html.escape(text[s:e])}</mark>"
        )
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)
