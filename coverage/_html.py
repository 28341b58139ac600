"""Small HTML helpers for report pieces (families' report sections, :mod:`coverage.report.sections`).

Every corpus value is untrusted: :func:`esc` escapes it. Numbers get a real minus sign and an
en dash for "missing".
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import Any

__all__ = ["esc", "num", "with_ci", "table_html", "MINUS"]

MINUS = "\N{MINUS SIGN}"


def esc(value: Any) -> str:
    """HTML-escape any value (corpus text, outlet names, metadata); None and NaN give ""."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def num(x: Any, digits: int = 2, *, signed: bool = False) -> str:
    """A number for people: fixed digits, a real minus sign, an en dash for missing.

    Examples
    --------
    >>> num(-0.5), num(0.25, signed=True), num(float("nan"))
    ('−0.50', '+0.25', '–')
    """
    try:
        if x is None or math.isnan(float(x)):
            return "\N{EN DASH}"
    except (TypeError, ValueError):
        return "\N{EN DASH}"
    text = f"{x:+.{digits}f}" if signed else f"{x:.{digits}f}"
    return text.replace("-", MINUS)


def with_ci(row: Any, metric: str, digits: int = 2, *, signed: bool = True) -> str:
    """``estimate [low, high]`` (HTML) from an outlets-table row."""
    est = num(row[metric], digits, signed=signed)
    lo, hi = row.get(f"{metric}_low"), row.get(f"{metric}_high")
    if lo is None or hi is None or num(lo) == "\N{EN DASH}" or num(hi) == "\N{EN DASH}":
        return f"<span class='est'>{est}</span>"
    return (f"<span class='est'>{est}</span> <span class='ci'>[{num(lo, digits, signed=signed)}, "
            f"{num(hi, digits, signed=signed)}]</span>")


def table_html(rows: Sequence[Sequence[str]], headers: Sequence[str], *, cls: str = "mc-table",
               numeric: Sequence[int] = ()) -> str:
    """An HTML table from cells that are already escaped/formatted HTML."""
    head = "".join(f"<th class='{'num' if i in numeric else 'txt'}'>{h}</th>" for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td class='{'num' if i in numeric else 'txt'}'>{c}</td>" for i, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    return f"<table class='{cls}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
