"""Article and outlet tables from the metric specs; one bootstrap (coverage.stats) for every CI (issue 16)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import coverage
from coverage.stats import bootstrap_ci, bootstrap_ratio_ci, cell_seed, grouped_bootstrap

DF = pd.DataFrame({
    "id": ["a1", "a2", "a3", "b1"],
    "outlet": ["A", "A", "A", "B"],
    "text": ["We stand together. The attacker killed three people.",
             "Crowds held a vigil at the mosque. We are not afraid.",
             "Police said the attack was over.",
             "The attack killed two. Mourners stood together in solidarity. A church vigil followed."],
})


@pytest.fixture(scope="module")
def a():
    return coverage.analyze(DF, n_boot=400, seed=3)


def test_article_values_by_kind_hand_computed(a):
    s = a.sentences[a.counted_mask()]
    art = a.articles.set_index("article_id")
    for aid, g in s.groupby("article_id"):
        tokens = g["n_tokens"].sum()
        assert art.loc[aid, "n_tokens"] == tokens
        assert art.loc[aid, "sentiment"] == pytest.approx(g["sentiment"].mean(), abs=1e-15)  # mean over sentences
        assert art.loc[aid, "solidarity"] == g["solidarity"].sum()  # total
        assert art.loc[aid, "violence_rate"] == pytest.approx(g["violence"].sum() / tokens * 1000)  # rate
        sv, vv = g["solidarity"].sum(), g["violence"].sum()
        expected = (sv - vv) / (sv + vv) if sv + vv > 0 else np.nan  # ratio of weighted sums
        assert art.loc[aid, "balance"] == pytest.approx(expected, nan_ok=True)
        assert art.loc[aid, "religion_community"] == g["religion_community"].sum()
    assert art.loc["a2", "solidarity"] == 2.0 and art.loc["a3", "solidarity"] == 0.0  # "not afraid": defiance


def test_outlet_cis_are_the_documented_grouped_bootstrap(a):
    """For outlets of two or more articles the table equals stats.grouped_bootstrap of the article table."""
    metrics = [m.name for m in a.metric_specs if m.outlet == "mean"]
    multi = a.articles[a.articles["outlet"] == "A"].sort_values("article_id")
    got = grouped_bootstrap(multi, by="outlet", columns=metrics, n_resamples=400, seed=3)
    row = a.outlets.set_index("outlet").loc["A"]
    for m in metrics:
        for suffix in ("", "_low", "_high"):
            assert got.iloc[0][m + suffix] == pytest.approx(row[m + suffix], rel=1e-12, nan_ok=True), m + suffix
    assert row["ci_basis"] == "articles"
    # and with the statistic of the sorted values, exactly (no dependence on the row order)
    est, lo, hi = bootstrap_ci(multi["tone"], n_resamples=400, seed=cell_seed(3, "A", "tone"))
    assert (row["tone"], row["tone_low"], row["tone_high"]) == (est, lo, hi)


def test_single_article_outlets_resample_sentences_from_the_same_seeds(a):
    row = a.outlets.set_index("outlet").loc["B"]
    assert row["ci_basis"] == "sentences"
    s = a.sentences[(a.sentences["outlet"] == "B") & a.counted_mask()]
    est, lo, hi = bootstrap_ci(s["sentiment"], n_resamples=400, seed=cell_seed(3, "B", "sentiment"))
    assert (row["sentiment_low"], row["sentiment_high"]) == (lo, hi)
    est, lo, hi = bootstrap_ratio_ci(s["religion"], s["n_tokens"], scale=1000.0, n_resamples=400,
                                     seed=cell_seed(3, "B", "religion_rate"))
    assert (row["religion_rate"], row["religion_rate_low"], row["religion_rate_high"]) == (est, lo, hi)
    num = s["solidarity"] - s["violence"]
    den = s["solidarity"] + s["violence"]
    counted = a.sentences[a.counted_mask()]
    center = (counted["solidarity"] - counted["violence"]).sum() / (counted["solidarity"] + counted["violence"]).sum()
    est, lo, hi = bootstrap_ratio_ci(num, den, prior=10.0, center=center, n_resamples=400,
                                     seed=cell_seed(3, "B", "balance"))
    assert (row["balance"], row["balance_low"], row["balance_high"]) == (est, lo, hi)
    assert row["balance_evidence"] == den.sum()


def test_pooled_balance_of_outlets_with_several_articles(a):
    """Pooled over the articles (not the mean of article balances) and shrunk to the corpus balance."""
    row = a.outlets.set_index("outlet").loc["A"]
    arts = a.articles[a.articles["outlet"] == "A"]
    counted = a.sentences[a.counted_mask()]
    center = (counted["solidarity"] - counted["violence"]).sum() / (counted["solidarity"] + counted["violence"]).sum()
    s, v = arts["solidarity"].sum(), arts["violence"].sum()
    assert row["balance"] == pytest.approx((s - v + 10 * center) / (s + v + 10))
    assert row["balance"] != pytest.approx(arts["balance"].mean())
    assert row["balance_low"] < row["balance"] < row["balance_high"]


def test_few_hits_do_not_saturate_the_balance():
    """An outlet with one violence hit and nothing else is not -1: it stays near the corpus balance."""
    df = pd.DataFrame({"id": ["x1", "x2", "y1", "y2"], "outlet": ["X", "X", "Y", "Y"],
                       "text": ["Police arrived.", "Three people were killed.",  # one violence hit
                                "We stand together in solidarity.", "A vigil; they were killed."]})
    b = coverage.analyze(df, n_boot=200)
    x = b.outlets.set_index("outlet").loc["X"]
    assert b.articles.set_index("article_id").loc["x2", "balance"] == -1.0  # the article's own balance
    counted = b.sentences[b.counted_mask()]
    center = (counted["solidarity"] - counted["violence"]).sum() / (counted["solidarity"] + counted["violence"]).sum()
    assert -1.0 < x["balance"] < center and x["balance_evidence"] == 1.0
    assert x["balance"] == pytest.approx((-1 + 10 * center) / 11)


def test_totals_are_summed_per_outlet(a):
    o = a.outlets.set_index("outlet")
    for col in ("religion_community", "religion_target", "religion_neutral"):
        assert o[col].to_dict() == a.articles.groupby("outlet")[col].sum().to_dict()
        assert o[col].dtype == np.int64


def test_an_outlets_interval_depends_only_on_its_own_articles(a):
    """Dropping outlet B changes nothing of outlet A: each outlet and metric has its own random stream.

    (Except a pooled metric's prior, which is centred on the corpus-wide value: it moves with the corpus.)"""
    alone = coverage.analyze(DF[DF["outlet"] == "A"], n_boot=400, seed=3)
    own = [c for c in a.outlets.columns if not c.startswith("balance")]
    pd.testing.assert_frame_equal(alone.outlets[own].reset_index(drop=True),
                                  a.outlets[a.outlets["outlet"] == "A"][own].reset_index(drop=True), check_exact=True)
