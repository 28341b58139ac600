"""Sentence sentiment (VADER) and tone.

``sentiment``
    VADER's compound score (-1 to 1) computed by NLTK's
    :class:`~nltk.sentiment.vader.SentimentIntensityAnalyzer` on the sentence
    text, with the lexicon file shipped in the ``vaderSentiment`` wheel
    (``vaderSentiment/vader_lexicon.txt``). Nothing is downloaded: NLTK 3.10 only
    opens resources under its data path, so the analyzer here is NLTK's class with
    its loader pointed at the package file (see :class:`VaderAnalyzer`); every
    scoring rule is NLTK's own, so scores equal
    ``SentimentIntensityAnalyzer(...).polarity_scores(sentence)["compound"]``.
    :func:`coverage.analyze` scores sentences in batches with
    :class:`coverage.families.vader.FastVader`, an exact vectorised re-implementation
    (0 differences on 110,000 test sentences; ~10x faster); the analyzer here stays
    the reference engine and the tests compare the two.

``tone``
    The same score computed after masking every span the violence lexicon matched
    (and defiance phrases such as "will not win"), so the negativity that comes
    from the event itself ("attack", "killed", "terror") is removed and what remains
    is the outlet's own word choice. "Police said the attacker was killed" has
    sentiment -0.8 but tone 0.0; "a terrible day" stays negative in both. Defiance
    ("They will not win": VADER -0.47, because "win" is positive and negated) is
    masked too, so tone reads 0 there.

Examples
--------
>>> compound("They will not win.")
-0.4717
>>> round(compound("The attack killed three people."), 4)
-0.8225
>>> tone_compound("The attack killed three people.", [(4, 10), (11, 17)])
0.0
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

from .. import _plotting as pl
from ..errors import ParameterError
from ..palette import OKABE_ITO
from ..text import fold_text, has_fold_chars
from .base import ChunkView, Family, Metric, ReportFigure

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = [
    "SentimentFamily",
    "VaderAnalyzer",
    "vader_lexicon_path",
    "analyzer",
    "polarity_scores",
    "compound",
    "mask_spans",
    "tone_compound",
]


def vader_lexicon_path() -> Path:
    """Path of ``vader_lexicon.txt`` inside the installed vaderSentiment package."""
    return Path(str(resources.files("vaderSentiment").joinpath("vader_lexicon.txt")))


class VaderAnalyzer(SentimentIntensityAnalyzer):
    """NLTK's VADER analyzer reading its lexicon from a file path, not NLTK's data path.

    Only the loading step differs from :class:`SentimentIntensityAnalyzer`:
    ``nltk.data.load`` refuses paths outside NLTK's data directories and would
    otherwise need NLTK's downloader for "vader_lexicon". All scoring methods are
    inherited unchanged.

    Parameters
    ----------
    lexicon_path : path, optional
        Defaults to :func:`vader_lexicon_path`.
    """

    def __init__(self, lexicon_path: str | Path | None = None):  # noqa: D107 - documented above
        self.lexicon_path = Path(lexicon_path) if lexicon_path is not None else vader_lexicon_path()
        self.lexicon_file = self.lexicon_path.read_text(encoding="utf-8")
        self.lexicon = self.make_lex_dict()
        self.constants = VaderConstants()


@lru_cache(maxsize=1)
def analyzer() -> VaderAnalyzer:
    """The shared analyzer instance (the lexicon is parsed once per process)."""
    return VaderAnalyzer()


@lru_cache(maxsize=65536)
def polarity_scores(text: str) -> tuple[float, float, float, float]:
    """``(neg, neu, pos, compound)`` for one sentence, exactly as NLTK computes them."""
    d = analyzer().polarity_scores(text)
    return d["neg"], d["neu"], d["pos"], d["compound"]


def compound(text: str) -> float:
    """VADER compound score of one sentence, in [-1, 1]."""
    return polarity_scores(text)[3]


_WORDCHAR = re.compile(r"\w")


def mask_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Replace the word characters of each ``(start, end)`` span with ``x``.

    Lengths, spaces and punctuation are kept, so VADER sees the same number of
    words in the same places; ``x`` runs are not in VADER's lexicon.

    >>> mask_spans("They attacked us", [(5, 13)])
    'They xxxxxxxx us'
    """
    for s, e in spans:
        s, e = max(0, s), min(len(text), e)
        if s < e:  # each word character of the span becomes one "x" (one substitution, lengths kept)
            text = text[:s] + _WORDCHAR.sub("x", text[s:e]) + text[e:]
    return text


def tone_compound(text: str, spans: Iterable[tuple[int, int]]) -> float:
    """Compound score of ``text`` with the given spans (offsets into ``text``) masked."""
    spans = list(spans)
    if not spans:
        return compound(text)
    return compound(mask_spans(text, spans))


# ---------------------------------------------------------------------------
# the sentiment family


@lru_cache(maxsize=1)
def _fast_vader() -> Any:
    from .vader import FastVader

    # no per-sentence result cache: a corpus-sized cache would grow without bound
    return FastVader(cache=False)


# VADER's token table is kept across chunks up to this many distinct raw tokens (about 30 MB):
# building it is a third of VADER's time on a new chunk
_VADER_KEEP = 150_000


class SentimentFamily(Family):
    """Sentiment and tone: VADER compound scores of every sentence, the second with the event's words masked.

    ``sentiment`` is VADER's compound score (-1 to +1) of the sentence, ``tone`` the same score
    with the spans other families' sentence hooks ask to mask (the framing family's violence
    words and defiance phrases: the event's own vocabulary) replaced by ``x``. Scored on the
    folded text (:func:`coverage.text.fold_text`) by the exact vectorised re-implementation
    of NLTK's analyzer (:class:`coverage.families.vader.FastVader`), a chunk at a time.
    """

    name = "sentiment"

    def columns(self) -> dict[str, str]:
        return {"sentiment": "float64", "tone": "float64"}

    def metrics(self) -> list[Metric]:
        return [
            Metric("sentiment", kind="mean", column="sentiment", label="Sentiment", direction=0,
                   description="mean VADER compound score (\N{MINUS SIGN}1 to +1) of the article's sentences",
                   unit="VADER compound, \N{MINUS SIGN}1..1", color=OKABE_ITO["blue"], evidence="sentences"),
            Metric("tone", kind="mean", column="tone", label="Tone", direction=0,
                   description="the same score with the event's own words (violence terms, defiance phrases) "
                               "masked, so it reflects how the story is told rather than what happened",
                   unit="VADER compound, \N{MINUS SIGN}1..1", color=OKABE_ITO["orange"], evidence="sentences"),
        ]

    def fingerprint(self) -> str:
        import hashlib
        from importlib import metadata

        try:
            vader = metadata.version("vaderSentiment")
        except metadata.PackageNotFoundError:  # pragma: no cover
            vader = "unknown"
        return hashlib.sha256(f"sentiment/1|vaderSentiment {vader}".encode()).hexdigest()

    def description(self) -> str:
        return ("Sentiment: VADER (Hutto & Gilbert 2014; NLTK's analyzer with the lexicon of the vaderSentiment "
                "package) scores every sentence; tone masks the event's own vocabulary first.")

    def chunk(self, view: ChunkView) -> dict[str, np.ndarray]:
        texts = view.texts
        n = len(texts)
        if not n:
            return {"sentiment": np.zeros(0), "tone": np.zeros(0)}
        rows = sorted(view.masks)
        tone_texts = [mask_spans(texts[r], [(s - view.starts[r], e - view.starts[r]) for s, e in view.masks[r]])
                      for r in rows]
        scores = _fast_vader().compound_many(_folded(texts + tone_texts))
        sentiment = scores[:n]
        tone = sentiment.copy()
        if rows:
            tone[np.asarray(rows)] = scores[n:]
        return {"sentiment": sentiment, "tone": tone}

    #: Beyond this many outlets one line per article of the sentiment arc cannot be told apart.
    max_arc_outlets = 12

    def report_figures(self, analysis: Any) -> list[ReportFigure]:
        out = [ReportFigure(
            lambda: plot_sentiment(analysis.sorted_table("outlets")),
            "<b>Sentiment and tone.</b> Sentiment is the mean VADER compound score of the sentences; tone is the same "
            "score with the event's own words (attack, killed, terror, ...) masked, so it reflects how the story is "
            "told rather than what happened.",
            "Sentiment and tone per outlet with confidence intervals")]
        n = analysis.outlets["outlet"].nunique()
        if n <= self.max_arc_outlets:
            out.append(ReportFigure(
                lambda: plot_outlet_arcs(analysis.sorted_table("sentences")),
                "<b>Sentiment arc.</b> Sentence sentiment along the article, per outlet: the mean over the outlet's "
                "articles in each tenth of the article, with a band of \N{PLUS-MINUS SIGN}1.96 standard errors "
                "across articles where the outlet has two or more; boilerplate excluded.",
                "Line chart of sentence sentiment along the article, one line per outlet"))
        else:
            out.append(ReportFigure(
                None, f"<b>Sentiment arc</b> left out: {n} outlets' lines cannot be told apart. "
                "<code>coverage.plots.plot_outlet_arcs</code> draws it for the outlets you pick."))
        return out

    def release(self) -> None:
        if len(_fast_vader()._raw2id) > _VADER_KEEP:
            _fast_vader.cache_clear()


def _folded(texts: list[str]) -> list[str]:
    """The texts VADER scores: each one folded (:func:`coverage.text.fold_text`), the list itself when none changes.

    VADER needs no offsets, so it reads "kil\\u00adled" as "killed" and "ＧＯＯＤ" as "GOOD". One
    test over the whole chunk first: ordinary text is scored as it is.
    """
    if not has_fold_chars("\n".join(texts)):
        return texts
    return [fold_text(t) for t in texts]


# ---------------------------------------------------------------------------
# plot

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
    table = pl.check_table(outlets, cols, func=func, source=pl.OUTLETS_SOURCE)
    n = len(table)
    labels = pl.outlet_labels(table)
    extra_w, row_h = pl.label_space(labels)
    ax = pl.new_axes(ax, width=7.5 + extra_w, height=pl.rows_height(n, per_row=max(0.55, row_h + 0.1)))
    y = np.arange(n, dtype=float)
    dodge = 0.17
    series = (
        ("sentiment", "Sentiment", "Sentiment (VADER compound)", OKABE_ITO["blue"], "o", -dodge),
        ("tone", "Tone", "Tone", OKABE_ITO["orange"], "D", dodge),
    )
    any_value = np.zeros(n, dtype=bool)
    handles = []
    missing: list[tuple[float, str]] = []
    for col, label, legend, colour, marker, offset in series:
        value = pl.numeric(table, col, func=func)
        low = pl.numeric(table, f"{col}_low", func=func)
        high = pl.numeric(table, f"{col}_high", func=func)
        ok = ~np.isnan(value)
        any_value |= ok
        cont = ax.errorbar(
            value[ok],
            y[ok] + offset,
            xerr=pl.half_errors(value[ok], low[ok], high[ok]),
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
            color=pl.GREY,
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
                color=pl.GREY,
            )
    ax.axvline(0.0, **pl.ZERO_LINE)
    ax.set_xlim(-1.0, 1.0)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1])
    pl.set_outlet_axis(ax, labels)
    for yi in y[1:]:
        ax.axhline(yi - 0.5, color="#EEEEEE", linewidth=0.6, zorder=0)
    pl.style_axes(ax)
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    ax.set_xlabel(
        "Mean score per article (unitless, \N{MINUS SIGN}1 = most negative, +1 = most positive)"
    )
    ax.set_title("Sentiment and tone per outlet (mean, 95% bootstrap CI)")
    pl.legend_below(ax, handles=handles, ncols=2)
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
    table = pl.check_table(
        sentences,
        ["article_id", "outlet", "sentence", "sentiment", "boilerplate"],
        func=func,
        source=pl.SENTENCES_SOURCE,
    )
    if isinstance(window, bool) or not isinstance(window, (int, np.integer)) or window < 1:
        raise ParameterError(f"{func}: window must be a positive integer, got {window!r}.")
    if x not in ("position", "index"):
        raise ParameterError(f"{func}: x must be 'position' or 'index', got {x!r}.")

    data = pd.DataFrame(
        {
            "article_id": table["article_id"],
            "outlet": table["outlet"].astype(str),
            "sentence": pl.numeric(table, "sentence", func=func),
            "sentiment": pl.numeric(table, "sentiment", func=func),
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

    extra_w, _ = pl.label_space([pl.wrap(o) for o in data["outlet"].unique()])
    ax = pl.new_axes(ax, width=8.0 + 0.8 * extra_w, height=4.2)
    outlets = sorted(data["outlet"].unique())
    styles = {}
    for k, outlet in enumerate(outlets):
        styles[outlet] = (pl.CYCLE[k % len(pl.CYCLE)], ("-", "--", ":", "-.")[(k // len(pl.CYCLE)) % 4])
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

    ax.axhline(0.0, **pl.ZERO_LINE)
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
    pl.style_axes(ax)
    ax.grid(axis="y", color="#E5E5E5", linewidth=0.6, zorder=0)
    n_art = len(groups)
    if single:
        ax.set_title(f"Sentiment arc of article {pl.plain(article_id)} ({pl.plain(', '.join(outlets))})")
        pl.legend_below(ax, ncols=2)
    else:
        ax.set_title(f"Sentiment arc along {n_art} article{'s' if n_art != 1 else ''}")
        from matplotlib.lines import Line2D

        handles = [
            Line2D(
                [], [], color=styles[o][0], linestyle=styles[o][1], linewidth=1.6, label=pl.wrap(o)
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


def plot_outlet_arcs(sentences: pd.DataFrame, *, ax: Axes | None = None, bins: int = 10) -> Axes:
    """Sentiment along the article, one line per outlet with a band across its articles.

    Each article's kept sentences (boilerplate and NaN sentiment dropped) are placed at their
    position in the article, 0 (first) to 1 (last), and cut into ``bins`` equal parts; an
    article's value in a part is the mean of its sentences there. An outlet's line is the mean
    over its articles in each part, and its band the mean plus and minus 1.96 standard errors
    over those articles (drawn where at least two articles have sentences in the part): the
    articles are the units, so a long article does not count more than a short one.

    Parameters
    ----------
    sentences : DataFrame
        ``Analysis.sentences``: needs ``article_id, outlet, sentence, sentiment, boilerplate``.
    ax : matplotlib Axes, optional
    bins : int, default 10

    Returns
    -------
    matplotlib.axes.Axes
        Each outlet's line has ``gid`` = the outlet name.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"article_id": ["a", "a", "b", "b"], "outlet": ["X"] * 4, "sentence": [0, 1, 0, 1],
    ...     "sentiment": [0.2, -0.4, 0.4, 0.0], "boilerplate": [False] * 4})
    >>> ax = plot_outlet_arcs(s, bins=2)
    >>> [line.get_ydata().round(2).tolist() for line in ax.get_lines() if line.get_gid() == "X"]
    [[0.3, -0.2]]
    """
    func = "plot_outlet_arcs"
    table = pl.check_table(sentences, ["article_id", "outlet", "sentence", "sentiment", "boilerplate"],
                           func=func, source=pl.SENTENCES_SOURCE)
    if isinstance(bins, bool) or not isinstance(bins, (int, np.integer)) or bins < 1:
        raise ParameterError(f"{func}: bins must be a positive integer, got {bins!r}.")
    data = pd.DataFrame({
        "article_id": table["article_id"].astype(str),
        "outlet": table["outlet"].astype(str),
        "sentence": pl.numeric(table, "sentence", func=func),
        "sentiment": pl.numeric(table, "sentiment", func=func),
        "boilerplate": table["boilerplate"].fillna(False).astype(bool),
    })
    data = data[~data["boilerplate"] & data["sentiment"].notna()]
    if data.empty:
        raise ParameterError(f"{func}: no non-boilerplate sentences with a sentiment score to plot; every sentence "
                             "is marked boilerplate or has NaN sentiment.")
    data = data.sort_values(["article_id", "sentence"], kind="mergesort")
    rank = data.groupby("article_id", sort=False).cumcount().to_numpy(dtype=float)
    size = data.groupby("article_id", sort=False)["sentence"].transform("size").to_numpy(dtype=float)
    pos = np.where(size > 1, rank / np.maximum(size - 1, 1), 0.0)
    data["bin"] = np.minimum((pos * bins).astype(int), bins - 1)
    per_article = data.groupby(["outlet", "article_id", "bin"], sort=True)["sentiment"].mean().reset_index()
    stats = per_article.groupby(["outlet", "bin"], sort=True)["sentiment"].agg(["mean", "std", "count"]).reset_index()
    outlets = sorted(stats["outlet"].unique())
    extra_w, _ = pl.label_space([pl.wrap(o) for o in outlets])
    ax = pl.new_axes(ax, width=8.0 + 0.8 * extra_w, height=4.2)
    centres = (np.arange(bins) + 0.5) / bins
    for k, outlet in enumerate(outlets):
        colour = pl.CYCLE[k % len(pl.CYCLE)]
        style = ("-", "--", ":", "-.")[(k // len(pl.CYCLE)) % 4]
        g = stats[stats["outlet"] == outlet]
        xs = centres[g["bin"].to_numpy()]
        mean = g["mean"].to_numpy()
        ax.plot(xs, mean, color=colour, linestyle=style, linewidth=1.8, marker="o" if len(g) == 1 else None,
                markersize=4, label=pl.wrap(outlet), gid=outlet, zorder=3)
        half = 1.96 * g["std"].to_numpy() / np.sqrt(g["count"].to_numpy())
        ok = g["count"].to_numpy() >= 2
        if ok.any():
            ax.fill_between(xs, np.where(ok, mean - half, np.nan), np.where(ok, mean + half, np.nan),
                            color=colour, alpha=0.15, linewidth=0, zorder=2)
    ax.axhline(0.0, **pl.ZERO_LINE)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlim(-0.02, 1.02)
    ax.set_xlabel("Position in article (0 = first sentence, 1 = last; boilerplate excluded)")
    ax.set_ylabel(f"VADER compound, \N{MINUS SIGN}1..1\n(mean over articles, {bins} parts)")
    pl.style_axes(ax)
    ax.grid(axis="y", color="#E5E5E5", linewidth=0.6, zorder=0)
    n_art = data["article_id"].nunique()
    ax.set_title(f"Sentiment along the article, per outlet ({n_art} article{'s' if n_art != 1 else ''})")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize="small", title="Outlet",
              title_fontsize="small")
    return ax
