"""Matplotlib plots of media-coverage result tables (quanteda ``textplot_*``-like).

Every plot function takes one of the tidy result tables of
:func:`coverage.analysis.analyze` and returns the :class:`matplotlib.axes.Axes`
it drew on::

    ax = plot_balance(analysis.outlets)                 # solidarity vs violence
    ax = plot_sentiment(analysis.outlets)               # sentiment and tone
    ax = plot_sentiment_arc(analysis.sentences)         # VADER compound along articles
    ax = plot_keyness(analysis.keyness("Guardian"))     # textplot_keyness
    ax = plot_religion_frames(analysis.outlets)         # stacked religion frames
    ax = plot_frame_heatmap(analysis.outlets)           # outlet x metric overview (any family's metrics)
    save_figure(ax.figure, "balance.svg")               # byte-identical on re-save

The plots of one family's metrics live in that family's module and are re-exported here
(:func:`plot_balance` in :mod:`coverage.families.framing`, :func:`plot_sentiment` and
:func:`plot_sentiment_arc` in :mod:`coverage.families.sentiment`,
:func:`plot_religion_frames` in :mod:`coverage.families.religion`); the generic ones take
their metrics, labels and colours from the metric specs (:class:`coverage.families.Metric`).

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
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from . import _plotting as pl
from .errors import ParameterError
from .families import Metric, default_families
from .families.framing import plot_balance
from .families.religion import plot_religion_frames
from .families.sentiment import plot_outlet_arcs, plot_sentiment, plot_sentiment_arc
from .palette import OKABE_ITO

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "OKABE_ITO",
    "plot_balance",
    "plot_sentiment",
    "plot_sentiment_arc",
    "plot_outlet_arcs",
    "plot_keyness",
    "plot_religion_frames",
    "plot_frame_heatmap",
    "save_figure",
    "heatmap_metrics",
]

_TARGET = OKABE_ITO["blue"]
_REFERENCE = OKABE_ITO["vermillion"]
_KEYNESS_SOURCE = "Analysis.keyness(target) (coverage.analysis.analyze(corpus).keyness(...))"
_SAVE_FORMATS = ("svg", "png", "pdf")


def heatmap_metrics(outlets: pd.DataFrame, specs: Sequence[Metric] | None = None) -> list[Metric]:
    """The specs of the summary metrics with a CI that ``outlets`` has (default specs: the built-in families').

    Examples
    --------
    >>> import pandas as pd
    >>> [m.name for m in heatmap_metrics(pd.DataFrame(columns=["outlet", "sentiment", "tone", "balance"]))]
    ['sentiment', 'tone', 'balance']
    """
    if specs is None:
        specs = [m for f in default_families() for m in f.metrics()]
    return [m for m in specs if m.summary and m.has_ci and m.name in outlets.columns]


# --------------------------------------------------------------------------- keyness


def _signed_measure(table: pd.DataFrame, measure: str, *, func: str) -> np.ndarray:
    """Keyness with a sign: positive = over-represented in the target.

    If the column already holds negative values it is taken as signed (as in
    quanteda's ``textstat_keyness``); otherwise the sign of ``log_ratio`` is
    applied when that column is present.
    """
    value = pl.numeric(table, measure, func=func)
    if np.nanmin(np.append(value, 0.0)) < 0 or "log_ratio" not in table.columns:
        return value
    sign = np.sign(pl.numeric(table, "log_ratio", func=func))
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
    table = pl.check_table(
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
    tgt = pl.plain(target_label or "target")
    ref = pl.plain(reference_label or "reference")
    rows = len(shown)
    ax = pl.new_axes(ax, width=7.5, height=pl.rows_height(rows, per_row=0.26, extra=1.9))
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
            pl.plain(term),
            va="center",
            ha="right" if v > 0 else "left",
            fontsize="small",
            zorder=3,
        )
    ax.axvline(0.0, **pl.ZERO_LINE)
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

    pl.legend_below(
        ax,
        handles=[
            Patch(color=_TARGET, label=f"Target: {tgt}"),
            Patch(color=_REFERENCE, label=f"Reference: {ref}"),
        ],
        ncols=2,
    )
    return ax




def plot_frame_heatmap(
    outlets: pd.DataFrame,
    *,
    metrics: Sequence[str] | None = None,
    ax: Axes | None = None,
    scale: str = "range",
    specs: Sequence[Metric] | None = None,
) -> Axes:
    """Outlet x metric heatmap; colours are scaled per metric, cells show raw values.

    Each metric (column) is rescaled on its own so metrics of different units
    can share one colour scale: ``scale="range"`` maps the lowest outlet to 0
    and the highest to 1 (a column with one distinct value maps to 0.5);
    ``scale="zscore"`` uses (value - mean) / standard deviation (population,
    ddof=0; 0 for a constant column). The colourbar label says which.
    NaN cells are grey and say "no hits" (a ratio such as balance) or "n/a". Labels, signs
    and which metrics are shown come from the metric specs (:class:`coverage.families.Metric`).

    Parameters
    ----------
    outlets : DataFrame
        ``Analysis.outlets``: needs ``outlet`` and every metric column.
    metrics : sequence of str, optional
        Columns to show; default: every summary metric with a CI (:func:`heatmap_metrics`),
        e.g. ``sentiment, tone, solidarity_rate, violence_rate, balance, religion_rate``
        and your own families' metrics.
    ax : matplotlib Axes, optional
        Axes to draw on; a new figure is created when omitted.
    scale : {"range", "zscore"}, default "range"
    specs : sequence of Metric, optional
        The metric specs (``analysis.metric_specs``); default: the built-in families'.

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
    if specs is None:
        specs = [m for f in default_families() for m in f.metrics()]
    by_name = {m.name: m for m in specs}
    if metrics is None:
        metrics = [m.name for m in heatmap_metrics(outlets, specs)] if isinstance(outlets, pd.DataFrame) else []
    elif isinstance(metrics, str):
        metrics = [metrics]
    metrics = list(metrics)
    if not metrics:
        raise ParameterError(f"{func}: metrics is empty; name at least one metric column.")
    table = pl.check_table(outlets, ["outlet", *metrics], func=func, source=pl.OUTLETS_SOURCE)
    raw = np.column_stack([pl.numeric(table, m, func=func) for m in metrics])
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
    labels = pl.outlet_labels(table)
    extra_w, row_h = pl.label_space(labels)
    ax = pl.new_axes(
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
            spec = by_name.get(metrics[j])
            if np.isnan(v):
                text, colour = ("no hits" if spec is not None and spec.kind == "ratio" else "n/a"), "#333333"
            else:
                text = f"{v:+.2f}" if spec is not None and spec.direction == 0 else f"{v:.2f}"
                r, g, b, _ = cmap(norm(scaled[i, j]))
                colour = "black" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5 else "white"
            ax.text(j, i, text, ha="center", va="center", fontsize="small", color=colour)
    ax.set_xticks(
        np.arange(n_cols), labels=[_heat_label(by_name.get(m), m) for m in metrics], fontsize="small"
    )
    ax.set_yticks(np.arange(n_rows), labels=labels)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_xticks(np.arange(n_cols + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(n_rows + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    ax.set_title("Metrics per outlet (cells: raw values)")
    cbar = ax.figure.colorbar(image, ax=ax, shrink=0.9, pad=0.02)
    cbar.set_label(cbar_label, fontsize="small")
    cbar.ax.tick_params(labelsize="small")
    return ax



def _heat_label(spec: Metric | None, name: str) -> str:
    """A heatmap column label: the spec's label, wrapped, with its unit (or the column name)."""
    import textwrap

    if spec is None:
        return name
    label = textwrap.fill(spec.title, width=14, break_long_words=False)
    return pl.plain(label + (f"\n({spec.unit})" if spec.unit and spec.unit not in spec.title else ""))


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



# --------------------------------------------------------------------------- ranked dot plots


def plot_metric_ranks(
    outlets: pd.DataFrame,
    *,
    metrics: Sequence[str] | None = None,
    specs: Sequence[Metric] | None = None,
    ncols: int = 3,
    ax: Any = None,
) -> Axes:
    """Small multiples: one panel per metric, outlets ranked on it, a dot and its 95% interval each.

    Readable from 2 to about 40 outlets (pass the ones to show). Each panel sorts the outlets
    by its own metric (highest at the top); a grey line marks zero on signed scales. Labels,
    units and colours come from the metric specs.

    Parameters
    ----------
    outlets : DataFrame
        ``Analysis.outlets`` (or a subset of its rows): ``outlet`` and each metric with
        ``_low``/``_high``.
    metrics : sequence of str, optional
        Default: :func:`heatmap_metrics` (every summary metric with a CI).
    specs : sequence of Metric, optional
        ``analysis.metric_specs``; default the built-in families'.
    ncols : int, default 3
        Panels per row.
    ax : ignored unless one metric
        With one metric, draw into this Axes.

    Returns
    -------
    matplotlib.axes.Axes
        The first panel (``ax.figure.axes`` has them all).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"outlet": ["A", "B"], "tone": [0.1, -0.2], "tone_low": [0.0, -0.3], "tone_high": [0.2, 0.0]})
    >>> ax = plot_metric_ranks(t, metrics=["tone"])
    >>> [lbl.get_text() for lbl in ax.get_yticklabels()]
    ['A', 'B']
    """
    func = "plot_metric_ranks"
    if specs is None:
        specs = [m for f in default_families() for m in f.metrics()]
    by_name = {m.name: m for m in specs}
    if metrics is None:
        metrics = [m.name for m in heatmap_metrics(outlets, specs)] if isinstance(outlets, pd.DataFrame) else []
    metrics = list(metrics)
    if not metrics:
        raise ParameterError(f"{func}: no metric to plot; name at least one column with _low/_high")
    table = pl.check_table(outlets, ["outlet", *metrics], func=func, source=pl.OUTLETS_SOURCE)
    n = len(table)
    cols = max(1, min(int(ncols), len(metrics)))
    rows = -(-len(metrics) // cols)
    labels = [pl.wrap(o) for o in table["outlet"]]
    extra_w, row_h = pl.label_space(labels)
    panel_h = max(1.6, max(0.24, row_h) * n + 0.9)
    import matplotlib.pyplot as plt

    if ax is not None and len(metrics) == 1:
        axes = [ax]
        fig = ax.figure
    else:
        fig, grid = plt.subplots(rows, cols, figsize=(cols * (2.4 + 0.6 * extra_w + 1.2), rows * panel_h),
                                 layout="constrained", squeeze=False)
        axes = list(grid.ravel())
        for extra in axes[len(metrics):]:
            extra.set_visible(False)
    for k, name in enumerate(metrics):
        a = axes[k]
        spec = by_name.get(name)
        v = pl.numeric(table, name, func=func)
        lo = pl.numeric(table, f"{name}_low", func=func) if f"{name}_low" in table else np.full(n, np.nan)
        hi = pl.numeric(table, f"{name}_high", func=func) if f"{name}_high" in table else np.full(n, np.nan)
        order = sorted(range(n), key=lambda i: (-(v[i] if np.isfinite(v[i]) else -np.inf), table["outlet"].iloc[i]))
        y = np.arange(n)
        colour = spec.color if spec is not None else pl.GREY
        vo, lo_o, hi_o = v[order], lo[order], hi[order]
        ok = np.isfinite(lo_o) & np.isfinite(hi_o)
        a.hlines(y[ok], lo_o[ok], hi_o[ok], color=colour, linewidth=1.6, alpha=0.8, zorder=2)
        fin = np.isfinite(vo)
        a.plot(vo[fin], y[fin], "o", color=colour, markersize=4.5, zorder=3)
        finite = np.concatenate([vo[fin], lo_o[ok], hi_o[ok]])
        if finite.size and finite.min() < 0 < finite.max():
            a.axvline(0.0, **pl.ZERO_LINE)
        a.set_yticks(y, labels=[labels[i] for i in order], fontsize="small")
        a.set_ylim(n - 0.5, -0.5)
        a.tick_params(axis="y", length=0)
        title = spec.title if spec is not None else name
        a.set_title(pl.plain(title), fontsize="medium")
        if spec is not None and spec.unit:
            a.set_xlabel(pl.plain(spec.unit), fontsize="small")
        a.grid(axis="x", color="#E5E5E5", linewidth=0.6, zorder=0)
        pl.style_axes(a)
    return axes[0]
