"""coverage.timeline: coverage volume and metric means per outlet and day or week (issue 17, item 4)."""

from __future__ import annotations

import math
import warnings
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from coverage.corpus import Corpus
from coverage.errors import ParameterError
from coverage.palette import CYCLE, GREY
from coverage.timeline import choose_period, default_metrics, plot_timeline, timeline

NAN = float("nan")


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def days(*values: str) -> pd.Series:
    return pd.Series(pd.to_datetime(list(values)), dtype="datetime64[us]")


# -- choose_period ----------------------------------------------------------------------------------


@pytest.mark.parametrize("dates, expected", [
    (["2017-03-22", "2017-03-31"], "D"),  # 10 days
    (["2017-03-22", "2017-05-21"], "D"),  # a span of exactly 60 days
    (["2017-03-22", "2017-05-22"], "W"),  # 61 days
    (["2017-01-01", "2017-07-20", "2017-03-01"], "W"),  # 200 days
    (["2017-03-22"], "D"),
    (["2017-03-22", None], "D"),
    ([], "D"),
])
def test_choose_period(dates, expected):
    assert choose_period(pd.to_datetime(pd.Series(dates, dtype=object))) == expected


def test_choose_period_takes_lists_and_rejects_non_dates():
    assert choose_period([pd.Timestamp("2017-01-01"), pd.Timestamp("2018-01-01")]) == "W"
    assert choose_period(pd.Timestamp("2017-01-01")) == "D"
    with pytest.raises(ParameterError, match="choose_period: expected dates"):
        choose_period(["not a date at all"])


# -- timeline -------------------------------------------------------------------------------------


@pytest.fixture
def ten_days() -> SimpleNamespace:
    """An Analysis-like object: articles over 10 days, outlets with two CI'd metrics (alpha, beta)."""
    articles = pd.DataFrame({
        "article_id": [f"a{i}" for i in range(9)],
        "outlet": ["BBC", "BBC", "BBC", "Sky", "Sky", "BBC", "Sky", "ITV", "BBC"],
        "alpha": [1.0, 3.0, 8.0, 2.0, 4.0, 5.0, 6.0, 7.0, 100.0],
        "beta": [NAN, 2.0, 1.0, NAN, NAN, 0.5, 1.5, 2.5, 9.0],
        "n_tokens": [10, 20, 30, 40, 50, 60, 70, 80, 90],  # no _low/_high in outlets: not a default metric
        "headline": list("abcdefghi"),
        "date_parsed": days("2017-03-22", "2017-03-22", "2017-03-24", "2017-03-22", "2017-03-22",
                            "2017-03-31", "2017-03-23", "2017-03-25", None),
    })
    outlets = pd.DataFrame({"outlet": ["BBC", "ITV", "Sky"], "n_articles": [5, 1, 3], "n_tokens": [1, 2, 3],
                            "alpha": [0.0] * 3, "alpha_low": [0.0] * 3, "alpha_high": [0.0] * 3,
                            "beta": [0.0] * 3, "beta_low": [0.0] * 3, "beta_high": [0.0] * 3,
                            "gamma": [0.0] * 3, "gamma_low": [0.0] * 3, "gamma_high": [0.0] * 3})  # not in articles
    return SimpleNamespace(articles=articles, outlets=outlets)


def test_timeline_by_day(ten_days):
    t = timeline(ten_days)
    assert t.attrs == {"undated": 1, "period": "D"}
    assert t.columns.tolist() == ["outlet", "period", "n_articles", "alpha", "beta"]
    rows = [(r.outlet, r.period.strftime("%Y-%m-%d"), r.n_articles, r.alpha, r.beta) for r in t.itertuples()]
    expected = [("BBC", "2017-03-22", 2, 2.0, 2.0),  # beta: the NaN is skipped
                ("BBC", "2017-03-24", 1, 8.0, 1.0),
                ("BBC", "2017-03-31", 1, 5.0, 0.5),
                ("ITV", "2017-03-25", 1, 7.0, 2.5),
                ("Sky", "2017-03-22", 2, 3.0, NAN),  # both NaN: NaN
                ("Sky", "2017-03-23", 1, 6.0, 1.5)]
    assert [r[:4] for r in rows] == [e[:4] for e in expected]
    for got, want in zip(rows, expected, strict=True):
        assert got[4] == want[4] or (math.isnan(got[4]) and math.isnan(want[4]))
    assert t["n_articles"].dtype == np.int64 and t["period"].dtype.kind == "M"
    assert t["n_articles"].sum() == 8  # the undated article is left out
    assert t.index.tolist() == list(range(6))


def test_timeline_is_the_same_for_shuffled_rows(ten_days):
    shuffled = SimpleNamespace(articles=ten_days.articles.sample(frac=1, random_state=3), outlets=ten_days.outlets)
    pd.testing.assert_frame_equal(timeline(shuffled), timeline(ten_days))


def test_timeline_by_week_over_200_days():
    articles = pd.DataFrame({
        "outlet": ["A", "A", "A", "B", "B", "A"],
        "m": [1.0, 2.0, 4.0, 8.0, 16.0, 32.0],
        "date_parsed": days("2017-03-22", "2017-03-26", "2017-03-27", "2017-03-20", "2017-10-08", "2017-10-08"),
    })
    t = timeline(articles, metrics=["m"])
    assert t.attrs == {"undated": 0, "period": "W"}
    assert [(r.outlet, r.period.strftime("%Y-%m-%d"), r.n_articles, r.m) for r in t.itertuples()] == [
        ("A", "2017-03-20", 2, 1.5),  # Wednesday and Sunday: the week of Monday 20 March
        ("A", "2017-03-27", 1, 4.0),
        ("A", "2017-10-02", 1, 32.0),
        ("B", "2017-03-20", 1, 8.0),
        ("B", "2017-10-02", 1, 16.0),
    ]
    assert all(p.weekday() == 0 for p in t["period"])
    by_day = timeline(articles, metrics="m", period="D")
    assert by_day.attrs["period"] == "D" and len(by_day) == 6
    by_month = timeline(articles, period="M")
    assert [(r.outlet, r.period.strftime("%Y-%m-%d"), r.n_articles) for r in by_month.itertuples()] == [
        ("A", "2017-03-01", 3), ("A", "2017-10-01", 1), ("B", "2017-03-01", 1), ("B", "2017-10-01", 1)]


def test_default_metrics_are_found_generically(ten_days):
    assert default_metrics(ten_days.articles, ten_days.outlets) == ["alpha", "beta"]
    assert timeline(ten_days, metrics=["n_tokens"]).columns.tolist() == ["outlet", "period", "n_articles", "n_tokens"]
    assert timeline(ten_days.articles).columns.tolist() == ["outlet", "period", "n_articles"]  # no outlets table


def test_timeline_of_a_corpus_counts_articles():
    corpus = Corpus.from_frame(pd.DataFrame({
        "id": ["a", "b", "c"], "outlet": ["X", "X", "Y"], "text": ["One.", "Two.", "Three."],
        "date": ["2017-03-23", "23/03/2017", "2017-03-24"]}))
    t = timeline(corpus)
    assert [(r.outlet, r.period.strftime("%Y-%m-%d"), r.n_articles) for r in t.itertuples()] == [
        ("X", "2017-03-23", 2), ("Y", "2017-03-24", 1)]


def test_timeline_of_an_analysis(seeds_analysis):
    t = timeline(seeds_analysis)
    assert t.attrs == {"undated": 1, "period": "D"}  # seed-004 has no date
    assert [(r.outlet, r.period.strftime("%Y-%m-%d"), r.n_articles) for r in t.itertuples()] == [
        ("Evening Standard", "2017-03-23", 1), ("Sky News", "2017-03-23", 1),
        ("Unknown (Oxford local paper)", "2017-03-29", 1), ("getwestlondon", "2017-03-29", 1)]
    outlets = seeds_analysis.outlets.columns
    metrics = [c for c in t.columns if c not in ("outlet", "period", "n_articles")]
    assert {"sentiment", "violence_rate", "balance"} <= set(metrics)
    assert all(f"{m}_low" in outlets and f"{m}_high" in outlets for m in metrics)
    arts = seeds_analysis.articles.set_index("outlet")
    for m in metrics:  # one article per outlet and day: the mean is that article's value
        assert t[m].tolist() == pytest.approx([arts.loc[o, m] for o in t["outlet"]], nan_ok=True)


def test_all_undated():
    articles = pd.DataFrame({"outlet": ["A", "B"], "x": [1.0, 2.0], "date_parsed": days(None, None)})
    t = timeline(articles, metrics=["x"])
    assert t.empty and t.columns.tolist() == ["outlet", "period", "n_articles", "x"]
    assert t.attrs == {"undated": 2, "period": "D"}
    with pytest.raises(ParameterError, match=r"no article has a date; 2 undated"):
        plot_timeline(t)


@pytest.mark.parametrize("kwargs, message", [
    ({"metrics": ["alpah"]}, "no column 'alpah' in analysis.articles (did you mean 'alpha'?)"),
    ({"metrics": ["headline"]}, "column 'headline' is not numeric"),
    ({"metrics": ["n_articles"]}, "'n_articles' is always in the timeline"),
    ({"metrics": [3]}, "3 is not a column name"),
    ({"period": "Y"}, "period must be one of 'D', 'W', 'M'"),
])
def test_timeline_parameter_errors(ten_days, kwargs, message):
    with pytest.raises(ParameterError) as err:
        timeline(ten_days, **kwargs)
    assert message in str(err.value)


def test_timeline_without_dates_says_how_to_add_them():
    with pytest.raises(ParameterError, match="the articles have no dates .* columns=\\{'published': 'date'\\}"):
        timeline(pd.DataFrame({"outlet": ["A"], "x": [1.0]}))
    with pytest.raises(ParameterError, match="timeline expects an Analysis"):
        timeline(42)


# -- plot_timeline --------------------------------------------------------------------------------


def many_outlets(n_outlets: int = 12, n_days: int = 10) -> pd.DataFrame:
    """Outlet k publishes k + 1 articles on each of the first k + 1 days (fewer days for small outlets)."""
    rows = []
    for k in range(n_outlets):
        for d in range(min(k + 1, n_days)):
            for _ in range(k + 1):
                rows.append({"outlet": f"Outlet {k:02d}", "x": float(k + d),
                             "date_parsed": pd.Timestamp("2017-03-20") + pd.Timedelta(days=d)})
    return pd.DataFrame(rows)


def test_plot_counts_top_outlets_and_the_rest_summed():
    t = timeline(many_outlets(), metrics=["x"])
    ax = plot_timeline(t, top_outlets=5)
    lines = ax.get_lines()
    labels = [line.get_label() for line in lines]
    assert labels == ["Outlet 11", "Outlet 10", "Outlet 09", "Outlet 08", "Outlet 07", "other outlets (7, summed)"]
    assert [line.get_color() for line in lines[:5]] == CYCLE[:5] and lines[5].get_color() == GREY
    # Outlet 07 published 8 articles a day on days 0-7, nothing on days 8-9 (drawn as 0)
    assert lines[4].get_ydata().tolist() == [8.0] * 8 + [0.0, 0.0]
    # Outlets 00-06: outlet k has k + 1 articles on days 0..k
    assert lines[5].get_ydata().tolist() == [sum(k + 1 for k in range(7) if k >= d) for d in range(10)]
    assert len(lines[0].get_xdata()) == 10
    assert ax.get_ylabel() == "articles per day" and ax.get_xlabel() == "day"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == labels


def test_plot_metric_leaves_the_rest_out_and_says_so():
    t = timeline(many_outlets(), metrics=["x"])
    ax = plot_timeline(t, "x", top_outlets=5)
    lines = ax.get_lines()
    assert [line.get_label() for line in lines] == ["Outlet 11", "Outlet 10", "Outlet 09", "Outlet 08", "Outlet 07"]
    assert "7 other outlets not shown" in ax.get_legend().get_title().get_text()
    y = lines[4].get_ydata()  # Outlet 07: mean x = 7 + d on days 0-7, no article (a gap) on days 8-9
    assert y[:8].tolist() == [7.0 + d for d in range(8)] and np.isnan(y[8:]).all()
    assert ax.get_ylabel() == "x (mean per day)"


def test_plot_all_outlets_when_few():
    t = timeline(many_outlets(3), metrics=["x"])
    ax = plot_timeline(t)
    assert [line.get_label() for line in ax.get_lines()] == ["Outlet 02", "Outlet 01", "Outlet 00"]
    assert ax.get_legend().get_title().get_text() == ""


def test_plot_100_outlets_over_weeks_without_warnings():
    t = timeline(many_outlets(100, 200), metrics=["x"])
    assert t.attrs["period"] == "W"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax = plot_timeline(t)
        ax.figure.canvas.draw()
        ax2 = plot_timeline(t, "x", top_outlets=8)
        ax2.figure.canvas.draw()
    assert len(ax.get_lines()) == 9 and ax.get_lines()[-1].get_label() == "other outlets (92, summed)"
    assert len(ax2.get_lines()) == 8
    assert ax.get_xlabel() == "week (starting Monday)" and ax.get_ylabel() == "articles per week"
    assert ax.figure.get_layout_engine() is not None  # a new constrained-layout figure


def test_plot_into_given_axes_and_errors():
    t = timeline(many_outlets(2), metrics=["x"])
    _, ax = plt.subplots()
    assert plot_timeline(t, ax=ax) is ax
    with pytest.raises(ParameterError, match="no column 'y' in the table"):
        plot_timeline(t, "y")
    with pytest.raises(ParameterError, match="top_outlets must be a positive integer"):
        plot_timeline(t, top_outlets=0)
    with pytest.raises(ParameterError, match="missing column"):
        plot_timeline(t.drop(columns="period"))
