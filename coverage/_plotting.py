"""Drawing helpers shared by the plots of :mod:`coverage.plots` and of the metric families.

Private: the public plot functions are in :mod:`coverage.plots` (generic ones, and the
families' own plots re-exported from :mod:`coverage.families`). Matplotlib is imported
lazily, so importing this module (and :mod:`coverage`) never picks a backend.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .errors import ParameterError
from .palette import CYCLE, GREY, OKABE_ITO

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = ["OKABE_ITO", "CYCLE", "GREY"]

ZERO_LINE = {"color": "#4D4D4D", "linewidth": 0.8, "zorder": 1}
OUTLETS_SOURCE = "Analysis.outlets (coverage.analysis.analyze(corpus).outlets)"
SENTENCES_SOURCE = "Analysis.sentences (coverage.analysis.analyze(corpus).sentences)"
_WRAP = 30  # characters per line of an outlet label before it wraps



def check_table(table: Any, columns: Sequence[str], *, func: str, source: str) -> pd.DataFrame:
    """Validate that ``table`` is a non-empty DataFrame holding ``columns``."""
    if not isinstance(table, pd.DataFrame):
        raise ParameterError(
            f"{func}: expected a pandas DataFrame, got {type(table).__name__}; pass {source}."
        )
    if len(table) == 0:
        raise ParameterError(
            f"{func}: the table is empty (0 rows), so there is nothing to plot; "
            f"pass a non-empty {source}."
        )
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ParameterError(
            f"{func}: the table is missing column(s) {', '.join(map(repr, missing))}; "
            f"pass {source}, which has them."
        )
    return table.reset_index(drop=True)


def numeric(table: pd.DataFrame, column: str, *, func: str) -> np.ndarray:
    """Column as a float array; non-numeric values raise ParameterError."""
    try:
        return pd.to_numeric(table[column], errors="raise").to_numpy(dtype=float, na_value=np.nan)
    except (TypeError, ValueError) as exc:
        raise ParameterError(
            f"{func}: column {column!r} must be numeric ({exc}); fix the values in that column."
        ) from None


def new_axes(ax: Axes | None, *, width: float, height: float) -> Axes:
    """Return ``ax`` or a new Axes on a fresh constrained-layout figure."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt  # lazy: importing coverage.plots never picks a backend

    _, new_ax = plt.subplots(figsize=(width, height), layout="constrained")
    return new_ax


def rows_height(n_rows: int, *, per_row: float = 0.45, extra: float = 1.6) -> float:
    return max(2.6, per_row * n_rows + extra)


def plain(text: Any) -> str:
    """Data text (outlet names, article ids, terms) shown literally, never as mathtext.

    Matplotlib renders anything between two ``$`` as TeX-like math: ``"Daily $x$ News"``
    would show an italic *x*, and an unbalanced expression such as ``"$\\frac"`` makes
    drawing the figure fail. An escaped dollar (``\\$``) is drawn as a plain ``$``.
    """
    return str(text).replace("$", "\\$")


def wrap(label: str) -> str:
    """Wrap a long label onto several lines (never truncated); ``$`` is shown literally."""
    return plain(textwrap.fill(str(label), width=_WRAP, break_long_words=False, break_on_hyphens=False))


def outlet_labels(table: pd.DataFrame) -> list[str]:
    return [wrap(o) for o in table["outlet"].tolist()]


def label_space(labels: Sequence[str]) -> tuple[float, float]:
    """(extra figure width, per-row height) in inches for these tick labels."""
    lines = [line for label in labels for line in label.split("\n")] or [""]
    longest = max(len(line) for line in lines)
    most_lines = max(label.count("\n") + 1 for label in labels) if labels else 1
    return max(0.0, (longest - 18) * 0.085), 0.17 * most_lines + 0.1


def set_outlet_axis(ax: Axes, labels: Sequence[str]) -> None:
    """Categorical y axis: first row at the top, full (untruncated) labels."""
    ax.set_yticks(np.arange(len(labels)), labels=list(labels))
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)


def style_axes(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def legend_below(ax: Axes, **kwargs: Any) -> None:
    """Legend centred under the x-axis label, at a fixed distance in points.

    Call after ``set_xlabel`` so the label's line count is known.
    """
    from matplotlib.transforms import offset_copy

    lines = ax.get_xlabel().count("\n") + 1
    fontsize = float(ax.xaxis.label.get_fontsize())
    ticks = 0.0 if not ax.get_xticks().size else 1.6 * fontsize + 6.0
    offset = ticks + lines * 1.25 * fontsize + 8.0
    transform = offset_copy(ax.transAxes, fig=ax.figure, y=-offset, units="points")
    kwargs.setdefault("frameon", False)
    kwargs.setdefault("fontsize", "small")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0.0), bbox_transform=transform, **kwargs)


def half_errors(value: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Asymmetric error-bar half widths (2 x n), NaN where the CI is unknown."""
    lower = np.clip(value - low, 0.0, None)
    upper = np.clip(high - value, 0.0, None)
    return np.vstack([lower, upper])


def fmt_n(value: Any) -> str:
    try:
        n = float(value)
    except (TypeError, ValueError):
        return "?"
    return "?" if math.isnan(n) else f"{int(round(n)):,}"
