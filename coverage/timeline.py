"""Coverage over time: how many articles each outlet published, and their metrics, per day or week.

::

    table = timeline(analysis)                      # outlet, period, n_articles, one mean per metric
    table.attrs["undated"]                          # articles left out for want of a date
    ax = plot_timeline(table)                       # articles per day (or week) and outlet
    ax = plot_timeline(table, "violence_rate")      # the mean of a metric per period and outlet

Dates are the corpus's ``date_parsed`` column (made from a ``date`` column by
:func:`coverage.load_corpus`), carried into ``analysis.articles``.

Periods: by day ("D") when the dated articles span at most :data:`DAILY_MAX_SPAN_DAYS`
(60) days from the first to the last date, else by week ("W", weeks starting on
Monday, labelled by that Monday); ``period="M"`` gives calendar months. A period is
named by its first day. An outlet with no article in a period has no row for it
(not a row of zeros), and articles without a date are left out and counted in
``table.attrs["undated"]``.

This module reads an :class:`~coverage.analysis.Analysis` by duck typing (its
``articles`` and ``outlets`` tables) and never imports :mod:`coverage.analysis`.
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from . import _plotting as pl
from .corpus import Corpus
from .errors import ParameterError
from .palette import CYCLE, GREY

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = ["choose_period", "timeline", "plot_timeline", "default_metrics", "PERIODS", "DAILY_MAX_SPAN_DAYS"]

#: Period codes and what one period is.
PERIODS = {"D": "day", "W": "week", "M": "month"}
#: Longest span (last date minus first date, in days) that :func:`choose_period` shows by day.
DAILY_MAX_SPAN_DAYS = 60
_FREQ = {"D": "D", "W": "7D", "M": "MS"}  # pandas frequency of consecutive period starts
_KEYS = ("outlet", "period", "n_articles")
_SOURCE = "coverage.timeline.timeline(analysis)"
_STYLES = ("-", "--", ":", "-.")  # a second (third...) round of the colours gets another line style


def choose_period(dates: Iterable[Any]) -> str:
    """``"D"`` (by day) when ``dates`` span at most 60 days, else ``"W"`` (weeks starting Monday).

    The span is the last date minus the first, in whole days (missing values ignored);
    no date or a single date gives ``"D"``.

    Examples
    --------
    >>> choose_period(pd.to_datetime(["2017-03-22", "2017-05-21"]))
    'D'
    >>> choose_period(pd.to_datetime(["2017-03-22", "2017-05-22", None]))
    'W'
    """
    values = _as_dates(dates, what="choose_period")
    values = values[values.notna()]
    if values.empty:
        return "D"
    span = (values.max().normalize() - values.min().normalize()).days
    return "D" if span <= DAILY_MAX_SPAN_DAYS else "W"


def _as_dates(dates: Any, *, what: str) -> pd.Series:
    if isinstance(dates, pd.Series):
        series = dates
    elif isinstance(dates, str | datetime.date | np.datetime64):  # one date (pd.Timestamp is a datetime.date)
        series = pd.Series([dates])
    else:
        series = pd.Series(list(dates))
    try:
        return pd.to_datetime(series, errors="raise")
    except (TypeError, ValueError, OverflowError) as exc:
        raise ParameterError(f"{what}: expected dates (e.g. analysis.articles['date_parsed']); {exc}") from None


def _period_start(dates: pd.Series, period: str) -> pd.Series:
    day = dates.dt.normalize()
    if period == "W":
        return day - pd.to_timedelta(day.dt.day_of_week, unit="D")
    if period == "M":
        return day - pd.to_timedelta(day.dt.day - 1, unit="D")
    return day


def _tables(analysis: Any) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """The articles table (and the outlets table, when there is one) of an Analysis, a Corpus or a DataFrame."""
    if isinstance(analysis, Corpus):
        return analysis.df, None
    if isinstance(analysis, pd.DataFrame):
        return analysis, None
    articles = getattr(analysis, "articles", None)
    if not isinstance(articles, pd.DataFrame):
        raise ParameterError(f"timeline expects an Analysis (coverage.analyze(corpus)), a Corpus or a table of "
                             f"articles, not {type(analysis).__name__}")
    outlets = getattr(analysis, "outlets", None)
    return articles, outlets if isinstance(outlets, pd.DataFrame) else None


def default_metrics(articles: pd.DataFrame, outlets: pd.DataFrame | None) -> list[str]:
    """The summary metrics: columns of ``outlets`` with ``_low`` and ``_high`` siblings that ``articles`` has.

    Examples
    --------
    >>> outlets = pd.DataFrame(columns=["outlet", "n_articles", "x", "x_low", "x_high", "y", "y_low"])
    >>> default_metrics(pd.DataFrame(columns=["outlet", "x", "y"]), outlets)
    ['x']
    """
    if outlets is None:
        return []
    cols = [str(c) for c in outlets.columns]
    present = set(cols)
    return [c for c in cols if f"{c}_low" in present and f"{c}_high" in present and c in articles.columns]


def _check_metrics(metrics: str | Sequence[str], articles: pd.DataFrame) -> list[str]:
    names = [metrics] if isinstance(metrics, str) else list(metrics) if isinstance(metrics, Iterable) else None
    if names is None:
        raise ParameterError(f"metrics must be a list of column names of analysis.articles, not {metrics!r}")
    numeric = [str(c) for c in articles.columns
               if c not in _KEYS and pd.api.types.is_numeric_dtype(articles[c]) and not
               pd.api.types.is_datetime64_any_dtype(articles[c])]
    out: list[str] = []
    for name in names:
        if not isinstance(name, str):
            raise ParameterError(f"metrics: {name!r} is not a column name; give names such as {numeric[:3]}")
        if name in _KEYS:
            raise ParameterError(f"metrics: {name!r} is always in the timeline; leave it out of metrics")
        if name not in articles.columns:
            close = difflib.get_close_matches(name, numeric, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ParameterError(f"metrics: no column {name!r} in analysis.articles{hint}; numeric columns: "
                                 f"{', '.join(numeric) or '(none)'}")
        if name not in numeric:
            raise ParameterError(f"metrics: column {name!r} is not numeric, so it has no mean; numeric columns: "
                                 f"{', '.join(numeric) or '(none)'}")
        if name not in out:
            out.append(name)
    return out


def timeline(analysis: Any, metrics: str | Sequence[str] | None = None, period: str | None = None) -> pd.DataFrame:
    """Articles and mean metrics per outlet and period (day or week).

    Parameters
    ----------
    analysis : Analysis, Corpus or DataFrame
        Anything with an ``articles`` table holding ``outlet`` and ``date_parsed`` (an
        :class:`~coverage.analysis.Analysis`); a :class:`~coverage.Corpus` or a table of
        articles works too (counts, and the metrics named in ``metrics``).
    metrics : str or list of str, optional
        Numeric columns of ``analysis.articles`` to average. Default: every summary
        metric, i.e. every column of ``analysis.outlets`` that has ``<name>_low`` and
        ``<name>_high`` siblings and is a column of ``analysis.articles``.
    period : {"D", "W", "M"}, optional
        Day, week (starting Monday) or calendar month; default :func:`choose_period`.

    Returns
    -------
    pandas.DataFrame
        ``outlet, period, n_articles`` and one column per metric: the mean over the
        outlet's articles of that period whose value is known (NaN values, such as a
        balance with no hits, are skipped; all NaN gives NaN). One row per outlet and
        period with at least one article, sorted by outlet then period. ``attrs``:
        ``undated`` (articles without a date, left out) and ``period``.

    Raises
    ------
    ParameterError
        The articles have no dates, or a metric or the period is unknown.

    Examples
    --------
    >>> arts = pd.DataFrame({"outlet": ["A", "A", "B", "A"], "x": [1.0, 3.0, 5.0, 7.0],
    ...                      "date_parsed": pd.to_datetime(["2017-03-22", "2017-03-22", "2017-03-23", None])})
    >>> t = timeline(arts, metrics=["x"])
    >>> t
      outlet     period  n_articles    x
    0      A 2017-03-22           2  2.0
    1      B 2017-03-23           1  5.0
    >>> t.attrs
    {'undated': 1, 'period': 'D'}
    """
    articles, outlets = _tables(analysis)
    if "outlet" not in articles.columns:
        raise ParameterError("timeline: the articles table has no 'outlet' column; pass analysis.articles")
    if "date_parsed" not in articles.columns:
        raise ParameterError(
            "timeline: the articles have no dates (no 'date_parsed' column, made from a 'date' column of the "
            "corpus); give the corpus a 'date' column, or map yours: load_corpus(path, columns={'published': "
            "'date'}) or media-coverage ... --date published")
    names = default_metrics(articles, outlets) if metrics is None else _check_metrics(metrics, articles)
    if period is None:
        dates = _as_dates(articles["date_parsed"], what="timeline")
        period = choose_period(dates)
    elif period not in PERIODS:
        raise ParameterError(f"timeline: period must be one of {', '.join(map(repr, PERIODS))} "
                             f"(by {', '.join(PERIODS.values())}), or None to choose, not {period!r}")
    else:
        dates = _as_dates(articles["date_parsed"], what="timeline")
    dated = dates.notna().to_numpy()
    frame = pd.DataFrame({
        "outlet": np.array([str(o) for o in articles["outlet"]], dtype=object)[dated],
        "period": _period_start(dates[dated], period).to_numpy(),
    })
    for name in names:
        frame[name] = pd.to_numeric(articles[name]).to_numpy(dtype=float, na_value=np.nan)[dated]
    grouped = frame.groupby(["outlet", "period"], sort=True)
    out = grouped.size().rename("n_articles").astype(np.int64).to_frame()
    if names:
        out = out.join(grouped[names].mean())
    out = out.reset_index()
    out = out[[*_KEYS, *names]]
    out.attrs = {"undated": int((~dated).sum()), "period": period}
    return out


def plot_timeline(table: pd.DataFrame, metric: str = "n_articles", *, top_outlets: int = 8,
                  ax: Axes | None = None) -> Axes:
    """One line per outlet over time: articles per period, or the mean of a metric.

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`timeline` output.
    metric : str, default "n_articles"
        The column to draw.
    top_outlets : int, default 8
        Outlets drawn one by one: those with the most articles (ties by name). For
        ``n_articles`` the other outlets are summed into one grey "other outlets" line;
        for any other metric they are left out, and the legend's title says how many.
    ax : matplotlib Axes, optional
        Where to draw; default a new constrained-layout figure.

    Returns
    -------
    matplotlib.axes.Axes

    Periods in which an outlet published nothing count 0 for ``n_articles`` and
    break its line for other metrics (no mean), so no value is made up.
    """
    if not isinstance(table, pd.DataFrame) or not set(_KEYS) <= set(table.columns):
        pl.check_table(table, _KEYS, func="plot_timeline", source=_SOURCE)
    if not isinstance(metric, str) or metric not in table.columns:
        choices = [c for c in table.columns if c not in ("outlet", "period")]
        raise ParameterError(f"plot_timeline: no column {metric!r} in the table; choose one of "
                             f"{', '.join(map(repr, choices))}")
    if isinstance(top_outlets, bool) or not isinstance(top_outlets, int) or top_outlets < 1:
        raise ParameterError(f"plot_timeline: top_outlets must be a positive integer, not {top_outlets!r}")
    if table.empty:
        raise ParameterError(f"plot_timeline: the timeline is empty (no article has a date; "
                             f"{table.attrs.get('undated', 0)} undated), so there is nothing to plot")
    table = table.reset_index(drop=True)
    values = pl.numeric(table, metric, func="plot_timeline")
    periods = pd.to_datetime(table["period"]).dt.normalize()
    data = pd.DataFrame({"outlet": table["outlet"].astype(str), "period": periods, "value": values,
                         "n": pd.to_numeric(table["n_articles"]).to_numpy()})
    totals = data.groupby("outlet", sort=True)["n"].sum()
    ranked = sorted(totals.index, key=lambda o: (-totals[o], o))
    shown, rest = ranked[:top_outlets], ranked[top_outlets:]
    code = table.attrs.get("period")
    if code in _FREQ:
        axis = pd.date_range(periods.min(), periods.max(), freq=_FREQ[code])
        axis = axis.union(pd.DatetimeIndex(periods.unique()))  # periods off the grid (hand-made tables) too
    else:
        axis = pd.DatetimeIndex(sorted(periods.unique()))
    fill = 0.0 if metric == "n_articles" else np.nan

    def line(rows: pd.DataFrame) -> np.ndarray:
        series = rows.groupby("period")["value"].sum(min_count=1) if len(rows) else pd.Series(dtype=float)
        return series.reindex(axis, fill_value=fill).to_numpy(dtype=float)

    ax = pl.new_axes(ax, width=8.0, height=4.0)
    x = axis.to_numpy()
    marker = "o" if len(axis) <= 60 else None
    for k, outlet in enumerate(shown):
        ax.plot(x, line(data[data["outlet"] == outlet]), color=CYCLE[k % len(CYCLE)],
                linestyle=_STYLES[(k // len(CYCLE)) % len(_STYLES)], marker=marker, markersize=3.5,
                linewidth=1.5, label=pl.wrap(outlet))
    title = None
    if rest and metric == "n_articles":
        ax.plot(x, line(data[data["outlet"].isin(rest)]), color=GREY, linestyle="-", marker=marker,
                markersize=3, linewidth=1.2, label=f"other outlets ({len(rest)}, summed)")
    elif rest:
        title = f"{len(shown)} outlets with most articles\n({len(rest)} other outlet{'s' * (len(rest) > 1)} not shown)"
    import matplotlib.dates as mdates  # lazy: importing coverage.timeline never loads Matplotlib

    locator = mdates.AutoDateLocator(maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    what = PERIODS.get(code, "period")
    ax.set_xlabel({"W": "week (starting Monday)"}.get(code, what))
    ax.set_ylabel(f"articles per {what}" if metric == "n_articles" else pl.plain(f"{metric} (mean per {what})"))
    # a few periods at least: Matplotlib would spread one point over years, or tick hours between two days
    shortest = pd.Timedelta(days={"W": 28, "M": 120}.get(code, 6))
    span = axis[-1] - axis[0]
    if span < shortest:
        pad = (shortest - span) / 2
        ax.set_xlim(np.datetime64(axis[0] - pad), np.datetime64(axis[-1] + pad))
    if metric == "n_articles":
        from matplotlib.ticker import MaxNLocator

        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylim(bottom=0)
    pl.style_axes(ax)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize="small", title=title,
              title_fontsize="small")
    return ax
