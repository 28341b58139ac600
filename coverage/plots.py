"""Matplotlib plots of media-coverage result tables (quanteda ``textplot_*``-like).

Every plot function takes one of the tidy result tables of
:func:`coverage.analysis.analyze` and returns the :class:`matplotlib.axes.Axes`
it drew on::

    ax = plot_balance(analysis.outlets)                 # solidarity vs violence
    ax = plot_sentiment(analysis.outlets)               # sentiment and tone
    ax = plot_sentiment_arc(analysis.sentences)         # VADER compound along articles
    ax = plot_keyness(analysis.keyness("Guardian"))     # textplot_keyness
    ax = plot_religion_frames(analysis.outlets)         # stacked religion frames
    ax = plot_frame_heatmap(analysis.outlets)           # outlet x metric overview
    save_figure(ax.figure, "balance.svg")               # byte-identical on re-save

Conventions shared by all functions:

* ``ax=None`` creates a new figure (constrained layout, sized to the number of
  rows); pass an existing ``ax`` to draw into your own layout. Nothing calls
  ``plt.show()`` and no global ``rcParams`` are changed.
* Colours come from the colour-blind-safe Okabe-Ito palette; the sign of a
  diverging quantity is also encoded by the bar direction, never by colour alone.
* Rows keep the order of the input table (``Analysis.outlets`` is sorted by
  outlet), top to bottom, so output is deterministic.
* An outlet whose value is NaN (e.g. a balance with no solidarity or violence
  hits) stays on the plot with a "no hits"/"no data" label instead of being dropped.
* Bad input raises :class:`coverage.errors.ParameterError` naming the missing
  columns and the function that produces the right table.
"""

from __future__ import annotations

import io
import math
import os
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from coverage.errors import ParameterError

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "OKABE_ITO",
    "plot_balance",
    "plot_sentiment",
    "plot_sentiment_arc",
    "plot_keyness",
    "plot_religion_frames",
    "plot_frame_heatmap",
    "save_figure",
]

#: Okabe-Ito colour-blind-safe palette (Okabe & Ito 2008), in the order used for
#: categorical series; yellow and black come last (poor contrast / reserved for text).
OKABE_ITO: dict[str, str] = {
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "bluish_green": "#009E73",
    "reddish_purple": "#CC79A7",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
}
_CYCLE = list(OKABE_ITO.values())
_SOLIDARITY = OKABE_ITO["blue"]
_VIOLENCE = OKABE_ITO["vermillion"]
_SENTIMENT = OKABE_ITO["blue"]
_TONE = OKABE_ITO["orange"]
_TARGET = OKABE_ITO["blue"]
_REFERENCE = OKABE_ITO["vermillion"]
_GREY = "#7F7F7F"
_ZERO_LINE = {"color": "#4D4D4D", "linewidth": 0.8, "zorder": 1}

RELIGION_FRAMES: tuple[str, ...] = (
    "religion_community",
    "religion_dissociation",
    "religion_attribution",
    "religion_target",
    "religion_neutral",
)
_RELIGION_COLOURS = {
    "religion_community": OKABE_ITO["bluish_green"],
    "religion_dissociation": OKABE_ITO["sky_blue"],
    "religion_attribution": OKABE_ITO["orange"],
    "religion_target": OKABE_ITO["vermillion"],
    "religion_neutral": "#BBBBBB",
}

DEFAULT_HEATMAP_METRICS: tuple[str, ...] = (
    "sentiment",
    "tone",
    "balance",
    "solidarity_rate",
    "violence_rate",
    "religion_rate",
)
_METRIC_LABELS = {
    "sentiment": "Sentiment\n(VADER, -1..1)",
    "tone": "Tone\n(-1..1)",
    "balance": "Balance\n(S-V)/(S+V)",
    "solidarity_rate": "Solidarity\n(per 1k tokens)",
    "violence_rate": "Violence\n(per 1k tokens)",
    "religion_rate": "Religion\n(per 1k tokens)",
}

_OUTLETS_SOURCE = "Analysis.outlets (coverage.analysis.analyze(corpus).outlets)"
_SENTENCES_SOURCE = "Analysis.sentences (coverage.analysis.analyze(corpus).sentences)"
_KEYNESS_SOURCE = "Analysis.keyness(target) (coverage.analysis.analyze(corpus).keyness(...))"

_SAVE_FORMATS = ("svg", "png", "pdf")
_WRAP = 30  # characters per line of an outlet label before it wraps


# --------------------------------------------------------------------------- helpers


def _check_table(table: Any, columns: Sequence[str], *, func: str, source: str) -> pd.DataFrame:
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


def _numeric(table: pd.DataFrame, column: str, *, func: str) -> np.ndarray:
    """Column as a float array; non-numeric values raise ParameterError."""
    try:
        return pd.to_numeric(table[column], errors="raise").to_numpy(dtype=float, na_value=np.nan)
    except (TypeError, ValueError) as exc:
        raise ParameterError(
            f"{func}: column {column!r} must be numeric ({exc}); fix the values in that column."
        ) from None


def _new_axes(ax: Axes | None, *, width: float, height: float) -> Axes:
    """Return ``ax`` or a new Axes on a fresh constrained-layout figure."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt  # lazy: importing coverage.plots never picks a backend

    _, new_ax = plt.subplots(figsize=(width, height), layout="constrained")
    return new_ax


def _rows_height(n_rows: int, *, per_row: float = 0.45, extra: float = 1.6) -> float:
    return max(2.6, per_row * n_rows + extra)


def _plain(text: Any) -> str:
    """Data text (outlet names, article ids, terms) shown literally, never as mathtext.

    Matplotlib renders anything between two ``$`` as TeX-like math: ``"Daily $x$ News"``
    would show an italic *x*, and an unbalanced expression such as ``"$\\frac"`` makes
    drawing the figure fail. An escaped dollar (``\\$``) is drawn as a plain ``$``.
    """
    return str(text).replace("$", "\\$")


def _wrap(label: str) -> str:
    """Wrap a long label onto several lines (never truncated); ``$`` is shown literally."""
    return _plain(textwrap.fill(str(label), width=_WRAP, break_long_words=False, break_on_hyphens=False))


def _outlet_labels(table: pd.DataFrame) -> list[str]:
    return [_wrap(o) for o in table["outlet"].tolist()]


def _label_space(labels: Sequence[str]) -> tuple[float, float]:
    """(extra figure width, per-row height) in inches for these tick labels."""
    lines = [line for label in labels for line in label.split("\n")] or [""]
    longest = max(len(line) for line in lines)
    most_lines = max(label.count("\n") + 1 for label in labels) if labels else 1
    return max(0.0, (longest - 18) * 0.085), 0.17 * most_lines + 0.1


def _set_outlet_axis(ax: Axes, labels: Sequence[str]) -> None:
    """Categorical y axis: first row at the top, full (untruncated) labels."""
    ax.set_yticks(np.arange(len(labels)), labels=list(labels))
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)


def _style_axes(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _legend_below(ax: Axes, **kwargs: Any) -> None:
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


def _half_errors(value: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Asymmetric error-bar half widths (2 x n), NaN where the CI is unknown."""
    lower = np.clip(value - low, 0.0, None)
    upper = np.clip(high - value, 0.0, None)
    return np.vstack([lower, upper])


def _fmt_n(value: Any) -> str:
    try:
        n = float(value)
    except (TypeError, ValueError):
        return "?"
    return "?" if math.isnan(n) else f"{int(round(n)):,}"


# --------------------------------------------------------------------------- balance


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
    table = _check_table(
        outlets,
        ["outlet", "n_articles", "ci_basis", "balance", "balance_low", "balance_high"],
        func=func,
        source=_OUTLETS_SOURCE,
    )
    n = len(table)
    value = _numeric(table, "balance", func=func)
    low = _numeric(table, "balance_low", func=func)
    high = _numeric(table, "balance_high", func=func)
    by_sentences = (table["ci_basis"].astype(str) == "sentences").to_numpy()
    y = np.arange(n, dtype=float)
    ok = ~np.isnan(value)

    labels = []
    for i, (name, n_art) in enumerate(zip(_outlet_labels(table), table["n_articles"], strict=True)):
        mark = "\N{DAGGER}" if by_sentences[i] else ""
        count = _fmt_n(n_art)
        labels.append(f"{name}{mark}\n(n = {count} article{'' if count == '1' else 's'})")
    extra_w, row_h = _label_space(labels)
    ax = _new_axes(
        ax, width=7.5 + extra_w, height=_rows_height(n, per_row=max(0.45, row_h), extra=2.0)
    )

    colours = [_SOLIDARITY if v >= 0 else _VIOLENCE for v in value[ok]]
    bars = ax.barh(y[ok], value[ok], height=0.6, color=colours, zorder=2, label="_balance")
    for patch, hatched in zip(bars, by_sentences[ok], strict=True):
        if hatched:
            patch.set_hatch("///")
            patch.set_edgecolor("white")
            patch.set_linewidth(0)
    err = _half_errors(value[ok], low[ok], high[ok])
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
            color=_GREY,
            zorder=3,
        )

    ax.axvline(0.0, **_ZERO_LINE)
    ax.set_xlim(-1.0, 1.0)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1])
    _set_outlet_axis(ax, labels)
    _style_axes(ax)
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
        Patch(color=_SOLIDARITY, label="solidarity > violence"),
        Patch(color=_VIOLENCE, label="violence > solidarity"),
        Line2D([], [], color="#222222", marker="|", markersize=8, linewidth=1.2, label="95% CI"),
    ]
    if by_sentences.any():
        handles.append(
            Patch(
                facecolor=_GREY,
                edgecolor="white",
                hatch="///",
                linewidth=0,
                label="\N{DAGGER} CI over sentences: single article",
            )
        )
    _legend_below(ax, handles=handles, ncols=2)
    return ax


# --------------------------------------------------------------------------- sentiment


def plot_sentiment(outlets: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Mean sentiment and tone per outlet, side by side, with 95% CIs.

    For each outlet two dodged points are drawn: sentiment (VADER compound,
    blue circles, just above the outlet's row centre) and tone (orange
    diamonds, just below), each with a horizontal 95% bootstrap CI. An outlet
    with neither value is labelled "no data".

    Parameters
    ----------
    outlets : DataFrame
        ``Analysis.outlets``: needs ``outlet, sentiment, sentiment_low,
        sentiment_high, tone, tone_low, tone_high``.
    ax : matplotlib Axes, optional
        Axes to draw on; a new figure is created when omitted.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A"], "sentiment": [0.2], "sentiment_low": [0.1],
    ...     "sentiment_high": [0.3], "tone": [-0.1], "tone_low": [-0.2], "tone_high": [0.0]})
    >>> ax = plot_sentiment(t)
    >>> [line.get_xdata().tolist() for line in ax.get_lines()
    ...  if line.get_label() in ("Sentiment", "Tone")]
    [[0.2], [-0.1]]
    """
    func = "plot_sentiment"
    cols = ["outlet"] + [f"{m}{s}" for m in ("sentiment", "tone") for s in ("", "_low", "_high")]
    table = _check_table(outlets, cols, func=func, source=_OUTLETS_SOURCE)
    n = len(table)
    labels = _outlet_labels(table)
    extra_w, row_h = _label_space(labels)
    ax = _new_axes(ax, width=7.5 + extra_w, height=_rows_height(n, per_row=max(0.55, row_h + 0.1)))
    y = np.arange(n, dtype=float)
    dodge = 0.17
    series = (
        ("sentiment", "Sentiment", "Sentiment (VADER compound)", _SENTIMENT, "o", -dodge),
        ("tone", "Tone", "Tone", _TONE, "D", dodge),
    )
    any_value = np.zeros(n, dtype=bool)
    handles = []
    missing: list[tuple[float, str]] = []
    for col, label, legend, colour, marker, offset in series:
        value = _numeric(table, col, func=func)
        low = _numeric(table, f"{col}_low", func=func)
        high = _numeric(table, f"{col}_high", func=func)
        ok = ~np.isnan(value)
        any_value |= ok
        cont = ax.errorbar(
            value[ok],
            y[ok] + offset,
            xerr=_half_errors(value[ok], low[ok], high[ok]),
            fmt=marker,
            color=colour,
            markersize=6.5,
            markeredgecolor="white",
            markeredgewidth=0.6,
            elinewidth=1.4,
            capsize=3,
            zorder=3,
            label=legend,
        )
        cont.lines[0].set_label(label)  # data line: readable back by tests/users
        handles.append(cont)
        missing.extend((yi + offset, f"no {col} data") for yi in y[~ok])
    for yi in y[~any_value]:
        ax.text(
            0.03,
            yi,
            "no data",
            va="center",
            ha="left",
            fontsize="small",
            fontstyle="italic",
            color=_GREY,
        )
    for yi, text in missing:
        if any_value[int(round(yi))]:
            ax.text(
                0.03,
                yi,
                text,
                va="center",
                ha="left",
                fontsize="x-small",
                fontstyle="italic",
                color=_GREY,
            )
    ax.axvline(0.0, **_ZERO_LINE)
    ax.set_xlim(-1.0, 1.0)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1])
    _set_outlet_axis(ax, labels)
    for yi in y[1:]:
        ax.axhline(yi - 0.5, color="#EEEEEE", linewidth=0.6, zorder=0)
    _style_axes(ax)
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    ax.set_xlabel(
        "Mean score per article (unitless, \N{MINUS SIGN}1 = most negative, +1 = most positive)"
    )
    ax.set_title("Sentiment and tone per outlet (mean, 95% bootstrap CI)")
    _legend_below(ax, handles=handles, ncols=2)
    return ax


# --------------------------------------------------------------------------- sentiment arc


def plot_sentiment_arc(
    sentences: pd.DataFrame,
    *,
    article_id: Any = None,
    ax: Axes | None = None,
    window: int = 3,
    x: str = "position",
) -> Axes:
    """VADER compound sentiment along each article (one smoothed line per article).

    Boilerplate sentences (``boilerplate == True``) are dropped; the remaining
    sentences of each article are ordered by ``sentence`` and smoothed with a
    centred rolling mean of ``window`` sentences (``min_periods=1``, so the
    ends are averaged over the sentences available). Lines are coloured by
    outlet. With ``article_id`` only that article is drawn, plus its raw
    per-sentence scores as points.

    Parameters
    ----------
    sentences : DataFrame
        ``Analysis.sentences``: needs ``article_id, outlet, sentence,
        sentiment, boilerplate``.
    article_id : optional
        Draw only this article.
    ax : matplotlib Axes, optional
        Axes to draw on; a new figure is created when omitted.
    window : int, default 3
        Rolling-mean window in sentences (1 = no smoothing).
    x : {"position", "index"}, default "position"
        ``"position"``: rank of the sentence among the article's kept sentences
        scaled to 0..1 (0 = first, 1 = last; a one-sentence article sits at 0);
        ``"index"``: the ``sentence`` index itself.

    Returns
    -------
    matplotlib.axes.Axes
        Each article's line has ``gid`` = ``str(article_id)``.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"article_id": ["a"] * 3, "outlet": ["X"] * 3,
    ...     "sentence": [0, 1, 2], "sentiment": [0.0, 0.6, 0.3],
    ...     "boilerplate": [False, False, False]})
    >>> ax = plot_sentiment_arc(s, window=1)
    >>> [line.get_ydata().round(2).tolist() for line in ax.get_lines() if line.get_gid() == "a"]
    [[0.0, 0.6, 0.3]]
    """
    func = "plot_sentiment_arc"
    table = _check_table(
        sentences,
        ["article_id", "outlet", "sentence", "sentiment", "boilerplate"],
        func=func,
        source=_SENTENCES_SOURCE,
    )
    if isinstance(window, bool) or not isinstance(window, (int, np.integer)) or window < 1:
        raise ParameterError(f"{func}: window must be a positive integer, got {window!r}.")
    if x not in ("position", "index"):
        raise ParameterError(f"{func}: x must be 'position' or 'index', got {x!r}.")

    data = pd.DataFrame(
        {
            "article_id": table["article_id"],
            "outlet": table["outlet"].astype(str),
            "sentence": _numeric(table, "sentence", func=func),
            "sentiment": _numeric(table, "sentiment", func=func),
            "boilerplate": table["boilerplate"].fillna(False).astype(bool),
        }
    )
    if article_id is not None:
        data = data[data["article_id"].astype(str) == str(article_id)]
        if data.empty:
            known = sorted(map(str, table["article_id"].unique()))
            shown = ", ".join(known[:10]) + (" ..." if len(known) > 10 else "")
            raise ParameterError(
                f"{func}: article_id {article_id!r} is not in the sentences table "
                f"(known ids: {shown})."
            )
    data = data[~data["boilerplate"] & data["sentiment"].notna()]
    if data.empty:
        raise ParameterError(
            f"{func}: no non-boilerplate sentences with a sentiment score to plot"
            + (f" for article_id {article_id!r}" if article_id is not None else "")
            + "; every sentence is marked boilerplate or has NaN sentiment."
        )

    extra_w, _ = _label_space([_wrap(o) for o in data["outlet"].unique()])
    ax = _new_axes(ax, width=8.0 + 0.8 * extra_w, height=4.2)
    outlets = sorted(data["outlet"].unique())
    styles = {}
    for k, outlet in enumerate(outlets):
        styles[outlet] = (_CYCLE[k % len(_CYCLE)], ("-", "--", ":", "-.")[(k // len(_CYCLE)) % 4])
    single = article_id is not None
    groups = sorted(
        data.groupby(["article_id", "outlet"], sort=False).groups.items(),
        key=lambda item: (str(item[0][0]), item[0][1]),
    )
    for (art, outlet), index in groups:
        part = data.loc[index].sort_values("sentence", kind="mergesort")
        m = len(part)
        if x == "position":
            xs = np.arange(m, dtype=float) / (m - 1) if m > 1 else np.zeros(1)
        else:
            xs = part["sentence"].to_numpy(dtype=float)
        smooth = part["sentiment"].rolling(window, center=True, min_periods=1).mean()
        colour, style = styles[outlet]
        label = f"_{outlet}"
        if single:
            ax.plot(
                xs,
                part["sentiment"].to_numpy(),
                linestyle="none",
                marker="o",
                markersize=4,
                color=colour,
                alpha=0.45,
                label="sentence score",
                gid=f"{art}:raw",
                zorder=2,
            )
            label = f"rolling mean ({window} sentence{'s' if window != 1 else ''})"
        ax.plot(
            xs,
            smooth.to_numpy(),
            color=colour,
            linestyle=style,
            linewidth=2.0 if single else 1.4,
            alpha=1.0 if single else 0.85,
            marker="o" if m == 1 else None,
            markersize=4,
            label=label,
            gid=str(art),
            zorder=3,
        )

    ax.axhline(0.0, **_ZERO_LINE)
    ax.set_ylim(-1.05, 1.05)
    if x == "position":
        ax.set_xlim(-0.02, 1.02)
        ax.set_xlabel("Position in article (0 = first sentence, 1 = last; boilerplate excluded)")
    else:
        ax.set_xlabel("Sentence index in article (boilerplate excluded)")
    ax.set_ylabel(
        f"VADER compound, \N{MINUS SIGN}1..1\n(rolling mean of {window} "
        f"sentence{'s' if window != 1 else ''})"
    )
    _style_axes(ax)
    ax.grid(axis="y", color="#E5E5E5", linewidth=0.6, zorder=0)
    n_art = len(groups)
    if single:
        ax.set_title(f"Sentiment arc of article {_plain(article_id)} ({_plain(', '.join(outlets))})")
        _legend_below(ax, ncols=2)
    else:
        ax.set_title(f"Sentiment arc along {n_art} article{'s' if n_art != 1 else ''}")
        from matplotlib.lines import Line2D

        handles = [
            Line2D(
                [], [], color=styles[o][0], linestyle=styles[o][1], linewidth=1.6, label=_wrap(o)
            )
            for o in outlets
        ]
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            frameon=False,
            fontsize="small",
            title="Outlet",
            title_fontsize="small",
        )
    return ax


# --------------------------------------------------------------------------- keyness


def _signed_measure(table: pd.DataFrame, measure: str, *, func: str) -> np.ndarray:
    """Keyness with a sign: positive = over-represented in the target.

    If the column already holds negative values it is taken as signed (as in
    quanteda's ``textstat_keyness``); otherwise the sign of ``log_ratio`` is
    applied when that column is present.
    """
    value = _numeric(table, measure, func=func)
    if np.nanmin(np.append(value, 0.0)) < 0 or "log_ratio" not in table.columns:
        return value
    sign = np.sign(_numeric(table, "log_ratio", func=func))
    return np.abs(value) * np.where(np.isnan(sign), 1.0, sign)


def plot_keyness(
    keyness_table: pd.DataFrame,
    *,
    n: int = 15,
    ax: Axes | None = None,
    target_label: str | None = None,
    reference_label: str | None = None,
    measure: str = "chi2",
) -> Axes:
    """Top key terms of a target vs a reference corpus (quanteda ``textplot_keyness``).

    Horizontal bars of the signed keyness ``measure``: the ``n`` most
    positive terms (over-represented in the target, blue, on top, strongest
    first) and the ``n`` most negative ones (over-represented in the
    reference, vermillion, below, strongest last). Each term is written next
    to the zero line on the side opposite its bar. Ties are broken by term.

    Parameters
    ----------
    keyness_table : DataFrame
        ``Analysis.keyness(target)``: needs ``term, chi2, g2, n_target,
        n_reference``. A measure with no negative values is signed with
        ``log_ratio`` when that column exists.
    n : int, default 15
        Terms per side.
    ax : matplotlib Axes, optional
        Axes to draw on; a new figure is created when omitted.
    target_label, reference_label : str, optional
        Names for the legend and title (default "target"/"reference").
    measure : {"chi2", "g2"}, default "chi2"

    Returns
    -------
    matplotlib.axes.Axes
        ``ax.containers[0]`` holds the bars, top to bottom.

    Examples
    --------
    >>> import pandas as pd
    >>> k = pd.DataFrame({"term": ["riot", "vigil", "the"], "chi2": [12.0, -8.0, 0.5],
    ...     "g2": [11.0, -7.5, 0.4], "n_target": [30, 2, 100], "n_reference": [5, 20, 98]})
    >>> ax = plot_keyness(k, n=1, target_label="Outlet A")
    >>> [float(p.get_width()) for p in ax.containers[0]]
    [12.0, -8.0]
    """
    func = "plot_keyness"
    if measure not in ("chi2", "g2"):
        raise ParameterError(f"{func}: measure must be 'chi2' or 'g2', got {measure!r}.")
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ParameterError(f"{func}: n must be a positive integer, got {n!r}.")
    table = _check_table(
        keyness_table,
        ["term", "chi2", "g2", "n_target", "n_reference"],
        func=func,
        source=_KEYNESS_SOURCE,
    )
    data = pd.DataFrame(
        {
            "term": table["term"].astype(str),
            "value": _signed_measure(table, measure, func=func),
        }
    )
    pos = (
        data[data["value"] > 0]
        .sort_values(["value", "term"], ascending=[False, True], kind="mergesort")
        .head(n)
    )
    neg = (
        data[data["value"] < 0]
        .sort_values(["value", "term"], ascending=[True, True], kind="mergesort")
        .head(n)
    )
    neg = neg.iloc[::-1]  # strongest reference term at the bottom
    shown = pd.concat([pos, neg], ignore_index=True)
    if shown.empty:
        raise ParameterError(
            f"{func}: every {measure} value is 0 or NaN, so no term is key in either direction."
        )
    tgt = _plain(target_label or "target")
    ref = _plain(reference_label or "reference")
    rows = len(shown)
    ax = _new_axes(ax, width=7.5, height=_rows_height(rows, per_row=0.26, extra=1.9))
    values = shown["value"].to_numpy(dtype=float)
    y = np.arange(rows, dtype=float)
    colours = [_TARGET if v > 0 else _REFERENCE for v in values]
    ax.barh(y, values, height=0.7, color=colours, zorder=2, label="_keyness")
    lim = float(np.max(np.abs(values))) * 1.08
    pad = lim * 0.015
    for yi, v, term in zip(y, values, shown["term"], strict=True):
        ax.text(
            -pad if v > 0 else pad,
            yi,
            _plain(term),
            va="center",
            ha="right" if v > 0 else "left",
            fontsize="small",
            zorder=3,
        )
    ax.axvline(0.0, **_ZERO_LINE)
    ax.set_xlim(-lim, lim)
    ax.set_ylim(rows - 0.5, -0.5)
    ax.set_yticks([])
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    name = (
        "\N{GREEK SMALL LETTER CHI}\N{SUPERSCRIPT TWO}"
        if measure == "chi2"
        else "G\N{SUPERSCRIPT TWO} (log-likelihood)"
    )
    ax.set_xlabel(f"Signed {name} keyness (unitless; > 0 = more frequent in {tgt})")
    ax.set_title(f"Keyness: {tgt} vs {ref} (top {n} terms each way)")

    from matplotlib.patches import Patch

    _legend_below(
        ax,
        handles=[
            Patch(color=_TARGET, label=f"Target: {tgt}"),
            Patch(color=_REFERENCE, label=f"Reference: {ref}"),
        ],
        ncols=2,
    )
    return ax


# --------------------------------------------------------------------------- religion frames


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
    table = _check_table(outlets, ["outlet", *RELIGION_FRAMES], func=func, source=_OUTLETS_SOURCE)
    counts = np.column_stack(
        [np.nan_to_num(_numeric(table, c, func=func)) for c in RELIGION_FRAMES]
    )
    if (counts < 0).any():
        raise ParameterError(f"{func}: religion frame counts must be >= 0; found negative values.")
    totals = counts.sum(axis=1)
    n = len(table)
    labels = _outlet_labels(table)
    extra_w, row_h = _label_space(labels)
    ax = _new_axes(
        ax, width=8.0 + extra_w, height=_rows_height(n, per_row=max(0.45, row_h), extra=2.0)
    )
    with np.errstate(invalid="ignore", divide="ignore"):
        values = (
            np.where(totals[:, None] > 0, counts / totals[:, None], 0.0) if normalize else counts
        )
    y = np.arange(n, dtype=float)
    left = np.zeros(n)
    for j, col in enumerate(RELIGION_FRAMES):
        name = col.removeprefix("religion_")
        ax.barh(
            y,
            values[:, j],
            left=left,
            height=0.6,
            color=_RELIGION_COLOURS[col],
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
                color=_GREY,
            )
        else:
            end = 1.0 if normalize else total
            ax.text(
                end + 0.01 * xmax,
                yi,
                f"n = {_fmt_n(total)}",
                va="center",
                ha="left",
                fontsize="small",
                color="#333333",
            )
    ax.set_xlim(0, xmax * 1.12)
    _set_outlet_axis(ax, labels)
    _style_axes(ax)
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
    _legend_below(ax, title="Frame", ncols=5, title_fontsize="small")
    return ax


# --------------------------------------------------------------------------- heatmap


def plot_frame_heatmap(
    outlets: pd.DataFrame,
    *,
    metrics: Sequence[str] | None = None,
    ax: Axes | None = None,
    scale: str = "range",
) -> Axes:
    """Outlet x metric heatmap; colours are scaled per metric, cells show raw values.

    Each metric (column) is rescaled on its own so metrics of different units
    can share one colour scale: ``scale="range"`` maps the lowest outlet to 0
    and the highest to 1 (a column with one distinct value maps to 0.5);
    ``scale="zscore"`` uses (value - mean) / standard deviation (population,
    ddof=0; 0 for a constant column). The colourbar label says which.
    NaN cells are grey and say "no hits" (balance) or "n/a".

    Parameters
    ----------
    outlets : DataFrame
        ``Analysis.outlets``: needs ``outlet`` and every metric column.
    metrics : sequence of str, optional
        Columns to show; default ``sentiment, tone, balance, solidarity_rate,
        violence_rate, religion_rate``.
    ax : matplotlib Axes, optional
        Axes to draw on; a new figure is created when omitted.
    scale : {"range", "zscore"}, default "range"

    Returns
    -------
    matplotlib.axes.Axes
        ``ax.images[0].get_array()`` holds the scaled values (outlets x metrics).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A", "B"], "sentiment": [0.1, 0.3], "tone": [0.0, 0.0]})
    >>> ax = plot_frame_heatmap(t, metrics=["sentiment", "tone"])
    >>> ax.images[0].get_array().tolist()
    [[0.0, 0.5], [1.0, 0.5]]
    """
    func = "plot_frame_heatmap"
    if scale not in ("range", "zscore"):
        raise ParameterError(f"{func}: scale must be 'range' or 'zscore', got {scale!r}.")
    if metrics is None:
        metrics = list(DEFAULT_HEATMAP_METRICS)
    elif isinstance(metrics, str):
        metrics = [metrics]
    metrics = list(metrics)
    if not metrics:
        raise ParameterError(f"{func}: metrics is empty; name at least one metric column.")
    table = _check_table(outlets, ["outlet", *metrics], func=func, source=_OUTLETS_SOURCE)
    raw = np.column_stack([_numeric(table, m, func=func) for m in metrics])
    scaled = np.full_like(raw, np.nan)
    for j in range(raw.shape[1]):
        col = raw[:, j]
        finite = col[~np.isnan(col)]
        if finite.size == 0:
            continue
        if scale == "range":
            lo, hi = finite.min(), finite.max()
            scaled[:, j] = 0.5 if hi == lo else (col - lo) / (hi - lo)
        else:
            sd = finite.std(ddof=0)
            scaled[:, j] = 0.0 if sd == 0 else (col - finite.mean()) / sd
        scaled[np.isnan(col), j] = np.nan

    n_rows, n_cols = raw.shape
    labels = _outlet_labels(table)
    extra_w, row_h = _label_space(labels)
    ax = _new_axes(
        ax,
        width=max(6.5, 1.25 * n_cols + 3.2) + extra_w,
        height=max(3.0, max(0.5, row_h) * n_rows + 2.2),
    )
    import matplotlib as mpl

    if scale == "range":
        cmap = mpl.colormaps["cividis"].with_extremes(bad="#D9D9D9")
        vmin, vmax = 0.0, 1.0
        cbar_label = "Colour: scaled within each metric\n(0 = lowest outlet, 1 = highest)"
    else:
        cmap = mpl.colormaps["PuOr_r"].with_extremes(bad="#D9D9D9")
        finite = np.abs(scaled[~np.isnan(scaled)])
        lim = max(1.0, float(finite.max()) if finite.size else 1.0)
        vmin, vmax = -lim, lim
        cbar_label = "Colour: z-score within each metric\n(SD from the outlet mean)"
    image = ax.imshow(
        np.ma.masked_invalid(scaled),
        cmap=cmap,
        vmin=vmin,
        vmax=vmax,
        aspect="auto",
        interpolation="nearest",
    )
    norm = image.norm
    for i in range(n_rows):
        for j in range(n_cols):
            v = raw[i, j]
            if np.isnan(v):
                text, colour = ("no hits" if metrics[j] == "balance" else "n/a"), "#333333"
            else:
                text = f"{v:+.2f}" if metrics[j] in ("sentiment", "tone", "balance") else f"{v:.2f}"
                r, g, b, _ = cmap(norm(scaled[i, j]))
                colour = "black" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5 else "white"
            ax.text(j, i, text, ha="center", va="center", fontsize="small", color=colour)
    ax.set_xticks(
        np.arange(n_cols), labels=[_METRIC_LABELS.get(m, m) for m in metrics], fontsize="small"
    )
    ax.set_yticks(np.arange(n_rows), labels=labels)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_xticks(np.arange(n_cols + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(n_rows + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    ax.set_title("Framing metrics per outlet (cells: raw values)")
    cbar = ax.figure.colorbar(image, ax=ax, shrink=0.9, pad=0.02)
    cbar.set_label(cbar_label, fontsize="small")
    cbar.ax.tick_params(labelsize="small")
    return ax


# --------------------------------------------------------------------------- saving


def save_figure(
    fig: Figure | Axes,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    dpi: float = 150,
    salt: str = "media-coverage",
) -> Path:
    """Save a figure so that saving it again gives byte-identical output.

    SVG is written with ``metadata={"Date": None}`` and a fixed
    ``svg.hashsalt`` (set only inside a ``matplotlib.rc_context``, so global
    rcParams are untouched); PNG through Agg with ``metadata={"Software":
    None}``; PDF with no creation date or producer. The figure is rendered
    to memory until two renders agree (at most 4 renders; constrained layout
    can move the axes on the first draw at a new dpi), so saving a fresh
    figure and re-saving a drawn one give the same bytes.

    Parameters
    ----------
    fig : Figure or Axes
        The figure (an Axes is replaced by its figure).
    path : str or PathLike
        Output file; its parent folder must exist.
    format : {"svg", "png", "pdf"}, optional
        Default: taken from the file suffix.
    dpi : float, default 150
        Resolution for PNG (and rasterised parts of vector output).
    salt : str, default "media-coverage"
        SVG hash salt (makes element ids reproducible).

    Returns
    -------
    pathlib.Path
        The path written.

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A"], "n_articles": [2], "ci_basis": ["articles"],
    ...     "balance": [0.5], "balance_low": [0.2], "balance_high": [0.8]})
    >>> ax = plot_balance(t)
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "b.svg"
    >>> first = save_figure(ax, out).read_bytes()
    >>> first == save_figure(ax, out).read_bytes()
    True
    """
    import matplotlib as mpl
    from matplotlib.axes import Axes as _Axes

    if isinstance(fig, _Axes):
        fig = fig.figure
    path = Path(path)
    fmt = (format or path.suffix.lstrip(".")).lower()
    if fmt not in _SAVE_FORMATS:
        raise ParameterError(
            f"save_figure: cannot save {str(path)!r} as {fmt or '(no suffix)'!r}; "
            f"use a .svg, .png or .pdf suffix or format= one of {', '.join(_SAVE_FORMATS)}."
        )
    if not path.parent.is_dir():
        raise ParameterError(
            f"save_figure: folder {str(path.parent)!r} does not exist; create it first."
        )
    metadata: dict[str, Any] = {
        "svg": {"Date": None},
        "png": {"Software": None},
        "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
    }[fmt]
    # A layout engine (constrained layout) positions the axes from text extents
    # measured at the saving dpi, so the first save of a fresh figure can differ
    # from later ones. Render to memory until two renders agree (a fixed point),
    # then write those bytes: fresh and re-saved figures give the same file.
    extra = {"backend": "agg"} if fmt == "png" else {}  # PNG always through Agg
    previous = None
    with mpl.rc_context({"svg.hashsalt": salt}):
        for _ in range(4):
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt, dpi=dpi, metadata=metadata, facecolor="white", **extra)
            data = buffer.getvalue()
            if data == previous:
                break
            previous = data
    path.write_bytes(data)
    return path
