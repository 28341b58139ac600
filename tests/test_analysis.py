"""The analysis pipeline: tables, aggregation arithmetic, CIs, keyness, evidence, comparison."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import coverage
from coverage.analysis import highlight
from coverage.errors import ParameterError

SMALL = pd.DataFrame({
    "id": ["a1", "a2", "b1", "b2"],
    "outlet": ["A", "A", "B", "B"],
    "text": [
        "We will stand together. We are not afraid.",
        "Crowds held a vigil. The attacker killed three people.",
        "The attacker killed three people in a rampage.",
        "Police said the attack was over.",
    ],
    "title": ["t-a1", "t-a2", "t-b1", "t-b2"],
})


@pytest.fixture(scope="module")
def small():
    return coverage.analyze(SMALL, n_boot=500)


def test_every_seed_article_in_every_table(seeds_analysis, seeds_corpus):
    ids = set(seeds_corpus.df["article_id"])
    assert set(seeds_analysis.articles["article_id"]) == ids
    assert set(seeds_analysis.sentences["article_id"]) == ids
    assert set(seeds_analysis.hits["article_id"]) == ids
    assert seeds_analysis.outlets["n_articles"].sum() == 5
    assert set(seeds_analysis.outlets["outlet"]) == set(seeds_corpus.outlets)
    assert seeds_analysis.rejected.empty


def test_columns_documented(seeds_analysis):
    s, a, o = seeds_analysis.sentences, seeds_analysis.articles, seeds_analysis.outlets
    for col in ["article_id", "outlet", "sentence", "start", "end", "text", "boilerplate", "sentiment", "tone",
                "solidarity", "violence", "religion", "religion_community", "event", "title" if "title" in s else "event"]:
        assert col in s.columns
    for col in ["n_sentences", "n_tokens", "sentiment", "solidarity_rate", "violence_rate", "religion_rate",
                "balance", "religion_dissociation", "religion_attribution", "religion_target", "religion_neutral",
                "event", "byline"]:
        assert col in a.columns
    for m in ["sentiment", "tone", "balance", "solidarity_rate", "violence_rate", "religion_rate"]:
        assert {m, f"{m}_low", f"{m}_high"} <= set(o.columns)
    assert [m.name for m in seeds_analysis.metric_specs if m.has_ci] == [
        "sentiment", "tone", "solidarity_rate", "violence_rate", "balance", "religion_rate", "quotes_rate",
        "quoted_share"]
    assert {"n_quotes", "quote_chars", "sentence_chars", "quoted"} <= set(s.columns)
    assert {"quotes", "quotes_rate", "quoted_share"} <= set(a.columns)
    assert set(o["ci_basis"]) == {"sentences"}  # one article per outlet in the seeds


def test_sentence_offsets_point_into_article_text(seeds_analysis, seeds_corpus):
    texts = dict(zip(seeds_corpus.df["article_id"], seeds_corpus.df["text"], strict=True))
    for r in seeds_analysis.sentences.itertuples():
        assert texts[r.article_id][r.start:r.end] == r.text
    for r in seeds_analysis.hits.itertuples():
        assert texts[r.article_id][r.start:r.end] == r.matched


def test_article_aggregation_arithmetic(small):
    a = small.articles.set_index("article_id")
    s = small.sentences
    # a1: "stand together" (solidarity) + "not afraid" (negated fear -> solidarity/defiance)
    assert a.loc["a1", "solidarity"] == 2.0 and a.loc["a1", "violence"] == 0.0
    assert a.loc["a1", "n_tokens"] == 8 and a.loc["a1", "n_sentences"] == 2
    assert a.loc["a1", "solidarity_rate"] == pytest.approx(2 / 8 * 1000)
    assert a.loc["a1", "balance"] == 1.0
    # b2 has no frame hits at all -> balance undefined, not 0
    b2 = s[s.article_id == "b2"]
    if b2["solidarity"].sum() + b2["violence"].sum() == 0:
        assert math.isnan(a.loc["b2", "balance"])
    # article sentiment = mean of its sentence compounds
    for aid, grp in s.groupby("article_id"):
        assert a.loc[aid, "sentiment"] == pytest.approx(grp["sentiment"].mean())
    assert a.loc["a2", "title"] == "t-a2"  # metadata travels


def test_outlet_ci_over_articles(small):
    o = small.outlets.set_index("outlet")
    assert list(o["ci_basis"]) == ["articles", "articles"]
    arts = small.articles
    mean_a = arts.loc[arts.outlet == "A", "sentiment"].mean()
    assert o.loc["A", "sentiment"] == pytest.approx(mean_a)
    assert o.loc["A", "sentiment_low"] <= o.loc["A", "sentiment"] <= o.loc["A", "sentiment_high"]
    vals = arts.loc[arts.outlet == "A", "sentiment"].to_numpy()
    assert vals.min() <= o.loc["A", "sentiment_low"] and o.loc["A", "sentiment_high"] <= vals.max()


def test_bootstrap_is_deterministic_and_seeded(seeds_corpus):
    one = coverage.analyze(seeds_corpus, seed=1, n_boot=300).outlets
    two = coverage.analyze(seeds_corpus, seed=1, n_boot=300).outlets
    pd.testing.assert_frame_equal(one, two)
    other = coverage.analyze(seeds_corpus, seed=2, n_boot=300).outlets
    assert not np.allclose(one["sentiment_low"], other["sentiment_low"])
    # point estimates do not depend on the seed
    pd.testing.assert_series_equal(one["sentiment"], other["sentiment"])


def test_single_article_outlet_uses_sentence_basis(seeds_analysis):
    o = seeds_analysis.outlets.set_index("outlet")
    a = seeds_analysis.articles.set_index("outlet")
    for outlet in o.index:
        assert o.loc[outlet, "sentiment"] == pytest.approx(a.loc[outlet, "sentiment"])
        # the outlet balance pools the hits and adds a prior of 10 hits at the corpus-wide balance (Monroe et al.)
        hits = seeds_analysis.articles[["solidarity", "violence"]].sum()
        center = (hits["solidarity"] - hits["violence"]) / hits.sum()
        s, v = a.loc[outlet, "solidarity"], a.loc[outlet, "violence"]
        assert o.loc[outlet, "balance"] == pytest.approx((s - v + 10 * center) / (s + v + 10))
        assert o.loc[outlet, "balance_evidence"] == s + v
        assert o.loc[outlet, "violence_rate"] == pytest.approx(a.loc[outlet, "violence_rate"])
        assert o.loc[outlet, "sentiment_low"] < o.loc[outlet, "sentiment_high"]


def test_boilerplate_excluded_by_default_and_switchable(seeds_analysis):
    a = seeds_analysis.articles.set_index("article_id")
    assert a.loc["seed-001", "n_boilerplate"] == 10
    assert a.loc["seed-001", "n_sentences"] == 40 - 10
    full = coverage.analyze(seeds_analysis.corpus, exclude_boilerplate=False, n_boot=100)
    assert full.articles.set_index("article_id").loc["seed-001", "n_sentences"] == 40
    # ":: Timeline of terror" is a teaser: its "terror" does not count unless boilerplate is included
    s = seeds_analysis.sentences
    teaser = s[(s.article_id == "seed-003") & (s.sentence == 13)].iloc[0]
    assert teaser["boilerplate_reason"] == "teaser" and teaser["violence"] > 0
    assert full.articles.set_index("article_id").loc["seed-003", "violence"] > a.loc["seed-003", "violence"]


def test_keyness_matches_stats_on_hand_counts():
    df = pd.DataFrame({"id": ["1", "2", "3"], "outlet": ["T", "R", "R"],
                       "text": ["vigil vigil candle", "candle candle police", "police vigil"]})
    a = coverage.analyze(df, n_boot=50)
    k = a.keyness("T", stopwords=None).set_index("term")
    # target T: vigil 2, candle 1 (N_t = 3); reference R: candle 2, police 2, vigil 1 (N_r = 5)
    assert k.loc["vigil", "n_target"] == 2 and k.loc["vigil", "n_reference"] == 1
    assert k.loc["police", "n_target"] == 0 and k.loc["police", "n_reference"] == 2
    assert k.loc["vigil", "log_ratio"] == pytest.approx(math.log2((2 / 3) / (1 / 5)))
    assert k.loc["vigil", "chi2"] > 0 > k.loc["police", "chi2"]
    with pytest.raises(ParameterError, match="unknown outlet"):
        a.keyness("Nope")


def test_terms_rates_per_10k(small):
    t = small.terms(top=None, stopwords=None)
    row = t[(t.group == "B") & (t.term == "killed")].iloc[0]
    n_tokens_b = small.articles.loc[small.articles.outlet == "B", "n_tokens"].sum()
    assert row["count"] == 1
    assert row["rate_per_10k"] == pytest.approx(1 / n_tokens_b * 10_000)


def test_kwic(small):
    k = small.kwic("attack*", window=2)
    assert set(k["keyword"]) == {"attacker", "attack"}
    first = k.iloc[0]
    assert first["article_id"] == "a2" and first["left"] == "." or first["left"].endswith("The")
    k2 = small.kwic("stand together")
    assert list(k2["keyword"]) == ["stand together"] and k2.iloc[0]["left"].endswith("will")


def test_explain_and_highlight_escape(seeds_analysis):
    ev = seeds_analysis.explain("seed-003", metric="religion")
    assert len(ev) == int(seeds_analysis.articles.set_index("article_id").loc["seed-003", "religion"]) or len(ev) >= 1
    assert {"sentence_text", "rule", "frame", "start", "end", "negated"} <= set(ev.table.columns)
    assert "Islamic State" in set(ev.table["matched"])
    html = ev._repr_html_()
    assert "<mark" in html and "Islamic State</mark>" in html
    hostile = pd.DataFrame({"start": [0], "end": [6], "counted_as": ["violence"], "metric": ["violence"],
                            "rule": ["<b>x</b>"]})
    out = highlight("attack <script>alert(1)</script>", hostile)
    assert "<script>" not in out and "&lt;script&gt;" in out and "&lt;b&gt;" in out
    with pytest.raises(ParameterError, match="unknown metric"):
        seeds_analysis.explain(metric="joy")
    with pytest.raises(ParameterError, match="unknown article_id"):
        seeds_analysis.explain("nope")
    sent = seeds_analysis.explain("seed-000", metric="sentiment")
    assert len(sent) == 19 and "sentiment" in sent.table.columns


def test_compare_permutation(seeds_analysis, small):
    r = seeds_analysis.compare("Sky News", "Evening Standard", "sentiment", n_resamples=2000)
    assert r["basis"] == "sentences"
    assert r["diff"] == pytest.approx(r["mean_a"] - r["mean_b"])
    assert 0 < r["p_value"] <= 1 and r["ci_low"] <= r["diff"] <= r["ci_high"]
    with pytest.raises(ParameterError, match="single article"):
        seeds_analysis.compare("Sky News", "Evening Standard", "balance")
    r2 = small.compare("A", "B", "sentiment", n_resamples=500)
    assert r2["basis"] == "articles" and r2["n_a"] == 2


def test_custom_frame_appears_in_every_table():
    yaml_text = """
name: economy
version: 0.1.0
frames:
  economy:
    description: economic consequences
    groups:
      business:
        reasoning: money and trade words
        terms: [economy, business*, shop*, tourism]
"""
    df = pd.DataFrame({"id": ["1", "2"], "outlet": ["A", "B"],
                       "text": ["Shops and businesses closed after the attack.", "Tourism will recover."]})
    a = coverage.analyze(df, lexicon=yaml_text, n_boot=50)
    assert "economy" in a.frames and "solidarity" in a.frames
    assert list(a.sentences["economy"]) == [2.0, 1.0]
    assert list(a.articles["economy_rate"]) == pytest.approx([2 / 7 * 1000, 1 / 3 * 1000])
    assert {"economy_rate", "economy_rate_low", "economy_rate_high"} <= set(a.outlets.columns)
    assert set(a.hits.loc[a.hits.metric == "economy", "matched"]) == {"Shops", "businesses", "Tourism"}


def test_parameter_errors():
    with pytest.raises(ParameterError):
        coverage.analyze(SMALL, seed="x")
    with pytest.raises(ParameterError):
        coverage.analyze(SMALL, exclude_boilerplate="yes")
    with pytest.raises(ParameterError):
        coverage.analyze(SMALL, lexicon=3.5)


def test_reprs(seeds_analysis):
    assert "5 articles, 5 outlets" in repr(seeds_analysis)
    assert "<table" in seeds_analysis._repr_html_() and "CI over sentences" in seeds_analysis._repr_html_()


def test_no_nan_where_numbers_documented(seeds_analysis):
    a = seeds_analysis.articles
    for col in ["n_sentences", "n_tokens", "sentiment", "tone", "solidarity", "violence", "religion"]:
        assert a[col].notna().all(), col
    assert np.isfinite(seeds_analysis.sentences["sentiment"]).all()


def test_frame_named_like_a_metadata_column_is_refused_and_economy_still_works():
    from coverage.errors import LexiconError

    df = pd.DataFrame({"id": ["1", "2"], "outlet": ["A", "B"],
                       "text": ["Jobs were lost after the attack.", "Shops and jobs will recover."],
                       "headline": ["h1", "h2"], "date": ["2017-03-23", "2017-03-24"]})

    def lexicon(frame: str) -> str:
        return f'version: "1"\nframes:\n  {frame}:\n    groups:\n      m:\n        terms: [jobs, shop*]\n'

    for frame in ("headline", "date", "date_parsed"):
        with pytest.raises(LexiconError, match=rf"frames\.{frame}: frame '{frame}' clashes with the column "
                           rf"'{frame}' \(a metadata column of the corpus\); rename the frame"):
            coverage.analyze(df, lexicon=lexicon(frame), n_boot=20)
    a = coverage.analyze(df, lexicon=lexicon("economy"), n_boot=20)
    assert list(a.articles.columns).count("headline") == 1 and list(a.articles["headline"]) == ["h1", "h2"]
    assert list(a.sentences["economy"]) == [1.0, 2.0]
    assert list(a.articles["economy"]) == [1.0, 2.0]
    assert list(a.articles["economy_rate"]) == pytest.approx([1 / 6 * 1000, 2 / 5 * 1000])
    assert {"economy_rate", "economy_rate_low", "economy_rate_high"} <= set(a.outlets.columns)


def test_kwic_wildcards_are_linear_and_unchanged(seeds_analysis):
    from coverage.lexicon import compile_glob

    # the per-token matcher kwic uses: no regex, so 50 '*' on a 10,000-character token is one pass
    assert compile_glob("*" * 50 + "q")("x" * 10_000) is False
    # 40 '*' then 'q' (a regex '^.*.*...q$' took minutes here): the tokens ending in 'q'
    k = seeds_analysis.kwic("*" * 40 + "q")
    assert k[["article_id", "sentence", "start", "end", "keyword"]].values.tolist() == [
        ["seed-002", 3, 297, 302, "Sadiq"], ["seed-003", 3, 251, 256, "Sadiq"], ["seed-004", 4, 587, 592, "Sadiq"],
    ]
    assert k.iloc[1]["left"] == "London Mayor" and k.iloc[1]["right"] == "Khan , Metropolitan Police Acting"
    # the same matches as the regex version gave
    k = seeds_analysis.kwic("stand* together")
    assert k[["article_id", "sentence", "start", "keyword"]].values.tolist() == [
        ["seed-000", 6, 576, "standing together"], ["seed-001", 10, 1232, "stand together"],
        ["seed-001", 15, 1664, "stand together"], ["seed-001", 31, 2823, "stand together"],
        ["seed-003", 20, 2340, "stand together"], ["seed-003", 28, 2974, "stand together"],
        ["seed-003", 34, 3363, "stand together"],
    ]
    k = seeds_analysis.kwic("attack*")
    assert k["keyword"].str.lower().value_counts().to_dict() == {"attack": 24, "attacker": 4, "attacking": 1}
    assert k.groupby("article_id").size().to_dict() == {"seed-000": 4, "seed-001": 7, "seed-002": 11,
                                                        "seed-003": 3, "seed-004": 4}
    assert len(seeds_analysis.kwic("*ttack")) == 24 and len(seeds_analysis.kwic("ATTACK*")) == 29
    assert len(seeds_analysis.kwic("*")) == 2956 and len(seeds_analysis.kwic("a*b")) == 0
    assert len(seeds_analysis.kwic(r"^attack", regex=True)) == 29
