"""Tests for coverage.terms: document-term matrices and per-group term tables."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from coverage.errors import ParameterError
from coverage.terms import (
    NEWS_STOPWORDS,
    STOPWORDS,
    analyze_tokens,
    doc_term_matrix,
    group_counts,
    term_table,
)
from coverage.text import tokenize


def norms(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


def as_dict(matrix, vocab, row=0):
    dense = matrix.toarray()[row]
    return {t: int(c) for t, c in zip(vocab.tolist(), dense, strict=True) if c}


def test_stopword_list():
    assert isinstance(STOPWORDS, frozenset)
    assert ENGLISH_STOP_WORDS <= STOPWORDS and NEWS_STOPWORDS <= STOPWORDS
    assert {"said", "mr", "ms", "we're", "don't", "the"} <= STOPWORDS
    assert "mosque" not in STOPWORDS and "police" not in STOPWORDS


def test_counts_punctuation_and_stopwords():
    docs = [
        norms("The police said the mosque was attacked."),
        norms("Police, police! Mr Khan thanked the police."),
    ]
    m, vocab = doc_term_matrix(docs)
    assert isinstance(m, sp.csr_matrix) and m.dtype == np.int64
    # vocabulary is sorted; "the", "said", "was", "mr" and punctuation are gone
    assert vocab.tolist() == ["attacked", "khan", "mosque", "police", "thanked"]
    assert m.toarray().tolist() == [[1, 0, 1, 1, 0], [0, 1, 0, 3, 1]]
    # no stopword removal: every word token counts (punctuation still dropped)
    m2, vocab2 = doc_term_matrix(docs, stopwords=None)
    assert as_dict(m2, vocab2, 0) == {
        "the": 2, "police": 1, "said": 1, "mosque": 1, "was": 1, "attacked": 1
    }  # fmt: skip
    assert m2.sum() == 7 + 7
    # custom stopword set
    m3, vocab3 = doc_term_matrix(docs, stopwords={"police", "the"})
    assert "police" not in vocab3 and "said" in vocab3 and "mr" in vocab3


def test_stemming():
    m, vocab = doc_term_matrix(
        [["attacks", "attacked", "attack", "attacking"], ["communities"]], stem=True
    )
    assert vocab.tolist() == ["attack", "communiti"]
    assert m.toarray().tolist() == [[4, 0], [0, 1]]
    # stopwords are checked before stemming: "was" would otherwise stem to "wa"
    assert analyze_tokens(["was", "attacks"], stem=True) == ["attack"]


def test_ngrams_within_runs_of_kept_tokens():
    doc = norms("Police attack the mosque. Mosque leaders condemn police attack")
    # kept runs: [police, attack] | [mosque] | [mosque, leaders, condemn, police, attack]
    terms = analyze_tokens(doc, ngram_range=(2, 3))
    assert terms == [
        "police attack",
        "mosque leaders", "leaders condemn", "condemn police", "police attack",
        "mosque leaders condemn", "leaders condemn police", "condemn police attack",
    ]  # fmt: skip
    m, vocab = doc_term_matrix([doc], ngram_range=(1, 2))
    d = as_dict(m, vocab)
    assert d["police attack"] == 2 and d["police"] == 2 and d["mosque"] == 2
    assert "attack mosque" not in d  # never across the removed "the" / the full stop
    assert "mosque mosque" not in d
    assert len(vocab) == 5 + 4  # 5 distinct unigrams + 4 distinct bigrams
    # quanteda default (padding = FALSE): n-grams join the remaining tokens
    across = analyze_tokens(doc, ngram_range=(2, 2), ngrams_across_removed=True)
    assert across[:3] == ["police attack", "attack mosque", "mosque mosque"]


def test_possessives_tokens_and_min_count():
    docs = [norms("The mosque’s imam. Muslims' prayers"), norms("imam imam mosque")]
    m, vocab = doc_term_matrix(docs)
    assert vocab.tolist() == ["imam", "mosque", "muslims", "prayers"]
    assert m.toarray().tolist() == [[1, 1, 1, 1], [2, 1, 0, 0]]
    m2, vocab2 = doc_term_matrix(docs, min_count=2)
    assert vocab2.tolist() == ["imam", "mosque"] and m2.toarray().tolist() == [[1, 1], [2, 1]]
    m3, vocab3 = doc_term_matrix(docs, strip_possessive=False)
    assert "mosque's" in vocab3.tolist()
    # Token objects are accepted as well as norms
    m4, vocab4 = doc_term_matrix([tokenize("Imams pray"), []])
    assert vocab4.tolist() == ["imams", "pray"] and m4.shape == (2, 2)


def test_doc_term_matrix_edge_cases():
    m, vocab = doc_term_matrix([["the", "."], []])
    assert m.shape == (2, 0) and vocab.size == 0
    with pytest.raises(ParameterError, match="tokenize"):
        doc_term_matrix(["a raw string document"])
    with pytest.raises(ParameterError, match="list of token lists"):
        doc_term_matrix("not a list")
    with pytest.raises(ParameterError, match="ngram_range"):
        doc_term_matrix([["a"]], ngram_range=(2, 1))
    with pytest.raises(ParameterError, match="min_count"):
        doc_term_matrix([["a"]], min_count=0)


def test_group_counts():
    labels, counts = group_counts(sp.csr_matrix([[1, 0], [2, 3], [0, 1]]), ["b", "a", "b"])
    assert labels.tolist() == ["a", "b"]
    assert counts.toarray().tolist() == [[2, 3], [1, 1]]
    with pytest.raises(ParameterError, match="one group label per document"):
        group_counts(sp.csr_matrix([[1, 0]]), ["a", "b"])


def _example():
    docs = [
        ["mosque", "police", "mosque"],  # outlet A
        ["police", "solidarity"],  # outlet B
        ["mosque", "vigil"],  # outlet A
    ]
    m, vocab = doc_term_matrix(docs, stopwords=None)
    return m, vocab, ["A", "B", "A"]


def test_term_table_counts_rates_ranks():
    m, vocab, groups = _example()
    # A: mosque 3, police 1, vigil 1; B: police 1, solidarity 1
    t = term_table(m, vocab, groups, group_token_totals={"A": 10, "B": 4})
    assert list(t.columns) == ["group", "term", "count", "rate_per_10k", "tfidf", "rank"]
    rows = t[["group", "term", "count", "rate_per_10k", "rank"]].values.tolist()
    assert rows == [
        ["A", "mosque", 3, 3 / 10 * 10_000, 1],
        ["A", "police", 1, 1 / 10 * 10_000, 2],  # tie with "vigil": broken by term
        ["A", "vigil", 1, 1 / 10 * 10_000, 3],
        ["B", "police", 1, 1 / 4 * 10_000, 1],
        ["B", "solidarity", 1, 1 / 4 * 10_000, 2],
    ]
    top1 = term_table(m, vocab, groups, group_token_totals={"A": 10, "B": 4}, top=1)
    assert top1["term"].tolist() == ["mosque", "police"]
    # default denominator: the group's total count in the matrix (A: 5, B: 2)
    t0 = term_table(m, vocab, groups)
    assert t0["rate_per_10k"].tolist() == pytest.approx([6000, 2000, 2000, 5000, 5000])


def test_term_table_tfidf_matches_tfidfvectorizer():
    m, vocab, groups = _example()
    t = term_table(m, vocab, groups, group_token_totals={"A": 10, "B": 4})
    # hand: G = 2 groups; idf = ln((1 + 2) / (1 + df)) + 1
    #   police (df 2): idf 1; mosque, vigil, solidarity (df 1): idf = ln(1.5) + 1 = 1.405465
    # A raw: mosque 3 * 1.405465 = 4.216395, police 1, vigil 1.405465
    #   norm = sqrt(4.216395^2 + 1 + 1.405465^2) = 4.555745
    idf1 = np.log(1.5) + 1
    norm_a = np.sqrt((3 * idf1) ** 2 + 1 + idf1**2)
    got = t.set_index(["group", "term"])["tfidf"]
    assert got["A", "mosque"] == pytest.approx(3 * idf1 / norm_a)
    assert got["A", "police"] == pytest.approx(1 / norm_a)
    # the same numbers from scikit-learn's TfidfVectorizer on one text per group
    group_text = {"A": "mosque police mosque mosque vigil", "B": "police solidarity"}
    vec = TfidfVectorizer(smooth_idf=True, sublinear_tf=False, norm="l2", token_pattern=r"\S+")
    ref = vec.fit_transform([group_text["A"], group_text["B"]]).toarray()
    names = vec.get_feature_names_out().tolist()
    for (g, term), value in got.items():
        assert value == pytest.approx(ref[0 if g == "A" else 1, names.index(term)])


def test_term_table_errors_and_empty():
    m, vocab, groups = _example()
    with pytest.raises(ParameterError, match="no total for group"):
        term_table(m, vocab, groups, group_token_totals={"A": 10})
    with pytest.raises(ParameterError, match="columns"):
        term_table(m, vocab[:2], groups)
    with pytest.raises(ParameterError, match="top"):
        term_table(m, vocab, groups, top=0)
    empty = term_table(sp.csr_matrix((2, 0), dtype=np.int64), np.array([], dtype=str), ["A", "B"])
    assert empty.empty and list(empty.columns) == [
        "group",
        "term",
        "count",
        "rate_per_10k",
        "tfidf",
        "rank",
    ]


def test_code_point_order_equals_pythons_sort():
    """Arrow's byte order sort = Python's code point order (stable); Python's sort where Arrow can't."""
    from coverage.terms import _code_point_argsort

    words = np.array(["b", "a", "", "ab", "a", "é", "z", "\U0001f600", "\uffff", "É", "ß", "ss", "a\x00",
                      "Z", "zz", "\u0301e", "e\u0301", "b"], dtype=object)
    expected = np.array(sorted(range(len(words)), key=words.__getitem__))
    assert np.array_equal(_code_point_argsort(words), expected)
    odd = np.array(["b", "\ud800", "a"], dtype=object)  # a lone surrogate: no UTF-8, Python sorts
    assert _code_point_argsort(odd).tolist() == [2, 0, 1]
    with pytest.raises(TypeError):
        _code_point_argsort(np.array(["b", None, "a"], dtype=object))  # as np.argsort: None has no order


# ---------------------------------------------------------------------------
# keyness that means something (issue 17): dispersion, exclusions, key_terms


def test_excluded_terms_each_rule_and_ngrams():
    from coverage.terms import (
        CREDIT_WORDS,
        EXCLUSIONS,
        check_exclude,
        excluded_terms,
        outlet_name_tokens,
    )

    assert EXCLUSIONS == ("outlets", "numbers", "handles", "credits")
    assert {"caption", "copyright", "getty", "images", "photo", "reuters", "ap", "afp"} <= CREDIT_WORDS
    assert outlet_name_tokens(["Fox News", "BBC News", "The Guardian", "ＳＫＹ News"]) == {
        "fox", "news", "bbc", "guardian", "sky"}  # folded, lower case, stopwords ("the") left out
    terms = ["vigil", "fox", "news", "2017", "1,000", "29th", "1990s", "2.40pm", "covid-19", "@foxnews",
             "#vigil", "getty", "caption", "candle vigil", "getty images", "vigil 2017", "fox vigil"]
    got = dict(zip(terms, excluded_terms(terms, EXCLUSIONS, outlets=["Fox News"]).tolist(), strict=True))
    assert [t for t, bad in got.items() if not bad] == ["vigil", "covid-19", "candle vigil"]
    only_numbers = excluded_terms(terms, ["numbers"], outlets=["Fox News"])
    assert [t for t, bad in zip(terms, only_numbers, strict=True) if bad] == [
        "2017", "1,000", "29th", "1990s", "2.40pm", "vigil 2017"]
    only_handles = excluded_terms(terms, "handles")
    assert [t for t, bad in zip(terms, only_handles, strict=True) if bad] == ["@foxnews", "#vigil"]
    assert not excluded_terms(terms, ()).any() and not excluded_terms(terms, None).any()
    # stemmed terms: the outlet and credit words are stemmed too ("images" -> "imag")
    assert excluded_terms(["imag", "time", "vigil"], ["credits", "outlets"], outlets=["The Times"],
                          stem=True).tolist() == [True, True, False]
    assert check_exclude(["numbers", "numbers"]) == ("numbers",)
    with pytest.raises(ParameterError, match=r"'photos'.*\['outlets', 'numbers', 'handles', 'credits'\]"):
        check_exclude(["numbers", "photos"])


def test_document_keyness_hand_matrix():
    from coverage.terms import document_keyness

    # terms: once (10x in doc 0 only), spread (1x in docs 0-2), other (fills the totals), excl
    m = sp.csr_matrix([[10, 1, 5, 2], [0, 1, 5, 0], [0, 1, 5, 0], [0, 0, 5, 0], [0, 0, 5, 0], [0, 0, 5, 0]])
    vocab = ["once", "spread", "other", "excl"]
    tgt, ref = [0, 1, 2], [3, 4, 5]
    k = document_keyness(m, vocab, tgt, ref, excluded=[False, False, False, True]).set_index("term")
    assert set(k.index) == {"spread", "other"}  # "once": 1 target document < min_docs = 2
    assert k.loc["spread", "n_docs_target"] == 3 and k.loc["spread", "n_docs_reference"] == 0
    assert k.loc["other", "n_docs_target"] == 3 and k.loc["other", "n_docs_reference"] == 3
    assert (k["n_articles_target"] == 3).all() and (k["n_articles_reference"] == 3).all()
    # totals keep the excluded and dropped terms: N_t = 18 + 6 + 6 = 30 (once 10, spread 3, other 15, excl 2),
    # N_r = 15
    expected = stats_keyness([3, 15], [0, 15], ["spread", "other"], target_total=30, reference_total=15)
    assert k.loc["spread", "chi2"] == pytest.approx(expected.set_index("term").loc["spread", "chi2"], rel=1e-12)
    k1 = document_keyness(m, vocab, tgt, ref, min_docs=1).set_index("term")
    assert k1.loc["once", "n_docs_target"] == 1 and k1.loc["once", "n_target"] == 10
    assert document_keyness(m, vocab, [0], ref)["term"].tolist().count("once") == 1  # one document: min(2, 1) = 1
    with pytest.raises(ParameterError, match="min_docs"):
        document_keyness(m, vocab, tgt, ref, min_docs=0)
    with pytest.raises(ParameterError, match="share"):
        document_keyness(m, vocab, [0, 1], [1, 2])


def stats_keyness(*args, **kwargs):
    from coverage.stats import keyness

    return keyness(*args, **kwargs)


def _dispersion_analysis():
    import pandas as pd

    import coverage

    rows = [("a1", "A", " ".join(["burst"] * 10) + " vigil candle"),
            ("a2", "A", "spread vigil candle"), ("a3", "A", "spread vigil candle"), ("a4", "A", "spread vigil candle"),
            ("b1", "B", "vigil candle police"), ("b2", "B", "vigil police march"), ("b3", "B", "candle police march")]
    return coverage.analyze(pd.DataFrame(rows, columns=["id", "outlet", "text"]), n_boot=20)


def test_keyness_drops_terms_concentrated_in_one_article():
    a = _dispersion_analysis()
    k = a.keyness("A").set_index("term")
    assert list(k.columns) == ["n_target", "n_reference", "g2", "chi2", "p_value", "p_adjusted", "log_ratio",
                               "n_docs_target", "n_docs_reference", "n_articles_target", "n_articles_reference",
                               "p_articles", "p_articles_adjusted"]
    # "burst": 10 times in article a1 only -> dropped; "spread": once in each of a2, a3, a4 -> kept
    assert "burst" not in k.index and "spread" in k.index
    assert k.loc["spread", ["n_target", "n_reference", "n_docs_target", "n_docs_reference"]].tolist() == [3, 0, 3, 0]
    assert k.loc["vigil", ["n_docs_target", "n_docs_reference"]].tolist() == [4, 2]
    assert k.loc["police", ["n_docs_target", "n_docs_reference"]].tolist() == [0, 3]
    assert k.loc["march", ["n_docs_target", "n_docs_reference"]].tolist() == [0, 2]
    assert (k["n_articles_target"] == 4).all() and (k["n_articles_reference"] == 3).all()
    # the pooled totals still count "burst": N_t = 12 + 3 * 3 = 21, N_r = 9; spread: a = 3, b = 0, N = 30,
    # Yates applies (|ad - bc| = 27 >= N / 2, E11 = 2.1 < 5): chi2 = 30 (27 - 15)^2 / (3 * 27 * 21 * 9)
    assert k.loc["spread", "chi2"] == pytest.approx(30 * 12**2 / (3 * 27 * 21 * 9), rel=1e-12)
    k1 = a.keyness("A", min_docs=1).set_index("term")
    assert k1.loc["burst", ["n_target", "n_docs_target"]].tolist() == [10, 1]
    assert k1.loc["burst", "chi2"] == k1["chi2"].max()  # the pooled test calls it the key term...
    assert k1.loc["burst", "p_articles"] > 0.5  # ... the article-level test does not
    assert k1.loc["spread", "chi2"] == k.loc["spread", "chi2"]


def test_keyness_p_articles_is_mann_whitney_of_article_rates():
    from scipy.stats import mannwhitneyu

    from coverage.stats import benjamini_hochberg

    a = _dispersion_analysis()
    k = a.keyness("A").set_index("term")
    # spread per article: a1 0 / 12 tokens, a2-a4 1 / 3; B's articles 0 / 3
    ref = mannwhitneyu([0, 1 / 3, 1 / 3, 1 / 3], [0, 0, 0], method="asymptotic")
    assert k.loc["spread", "p_articles"] == pytest.approx(ref.pvalue, rel=1e-12)
    assert k.loc["spread", "p_articles"] == pytest.approx(0.10247043, abs=1e-8)
    vigil = mannwhitneyu([1 / 12, 1 / 3, 1 / 3, 1 / 3], [1 / 3, 1 / 3, 0], method="asymptotic")
    assert k.loc["vigil", "p_articles"] == pytest.approx(vigil.pvalue, rel=1e-12)
    np.testing.assert_allclose(k["p_articles_adjusted"], benjamini_hochberg(k["p_articles"]))


def _named_outlets_analysis():
    import pandas as pd

    import coverage

    fox = "Fox News vigil candle 2017 29th 1,000 @foxnews #vigil caption getty images"
    bbc = "BBC News police march candle 2017 copyright reuters"
    rows = [("f1", "Fox News", fox), ("f2", "Fox News", fox), ("b1", "BBC News", bbc), ("b2", "BBC News", bbc),
            ("s1", "Solo", "lone vigil words")]
    return coverage.analyze(pd.DataFrame(rows, columns=["id", "outlet", "text"]), n_boot=20)


def test_keyness_excludes_outlet_names_numbers_handles_credits_by_default():
    a = _named_outlets_analysis()
    noise = {"fox", "news", "bbc", "solo", "2017", "29th", "1,000", "@foxnews", "#vigil", "caption", "getty",
             "images", "copyright", "reuters"}
    default = a.keyness("Fox News").set_index("term")
    assert set(default.index) == {"vigil", "candle", "police", "march"}
    kept = a.keyness("Fox News", exclude=()).set_index("term")
    assert noise - {"solo"} <= set(kept.index)  # "solo" is only an outlet name, never a word of the text
    assert kept.loc["@foxnews", "n_target"] == 2 and kept.loc["news", "n_docs_reference"] == 2
    # excluded terms still count in the totals, so the kept terms' statistics do not change
    assert default.loc["vigil", "chi2"] == kept.loc["vigil", "chi2"]
    assert default.loc["police", "g2"] == kept.loc["police", "g2"]
    only = a.keyness("Fox News", exclude=["handles"]).set_index("term")
    assert "@foxnews" not in only.index and "#vigil" not in only.index and "fox" in only.index
    bigrams = a.keyness("Fox News", ngram_range=(2, 2), exclude=["outlets", "numbers", "handles", "credits"])
    assert set(bigrams["term"]) == {"vigil candle", "police march", "march candle"}  # "getty images"... gone
    # terms(): nothing excluded unless asked
    t = a.terms(top=None)
    assert {"fox", "2017", "@foxnews", "caption"} <= set(t["term"])
    t2 = a.terms(top=None, exclude=("outlets", "credits"))
    assert not {"fox", "news", "caption", "getty", "images"} & set(t2["term"]) and "2017" in set(t2["term"])
    for call in (lambda: a.keyness("Fox News", exclude=["outlets", "emoji"]),
                 lambda: a.terms(exclude=["emoji"]), lambda: a.key_terms(exclude="emoji")):
        with pytest.raises(ParameterError, match=r"'emoji'.*'outlets', 'numbers', 'handles', 'credits'"):
            call()


def test_key_terms_table():
    import pandas as pd

    a = _named_outlets_analysis()
    kt = a.key_terms(3)
    assert list(kt.columns) == ["outlet", "terms", "counts", "n_articles", "n_terms", "descriptive"]
    assert kt["n_terms"].tolist() == [16, 24, 3]
    assert kt["outlet"].tolist() == ["BBC News", "Fox News", "Solo"]
    assert kt["n_articles"].tolist() == [2, 2, 1]
    assert kt["descriptive"].tolist() == [False, False, True]
    row = kt.set_index("outlet")
    # term tokens after the exclusions' totals: BBC 2 x 8 = 16, Fox 2 x 12 = 24, Solo 3. For BBC against the
    # other 27: march, police (2 vs 0) then candle (2 of 16 vs 2 of 27); for Fox against 19, candle (2 of 24 vs
    # 2 of 19) is under-represented and vigil (2 vs Solo's 1) is not; Solo's one article keeps its words
    assert row.loc["BBC News", "terms"] == ["march", "police", "candle"] and row.loc["BBC News", "counts"] == [2, 2, 2]
    assert row.loc["Fox News", "terms"] == ["vigil"] and row.loc["Fox News", "counts"] == [2]
    assert row.loc["Solo", "terms"] == ["lone", "words", "vigil"] and row.loc["Solo", "counts"] == [1, 1, 1]
    # strongest first, as keyness ranks them
    k = a.keyness("BBC News")
    assert k.loc[k["chi2"] > 0, "term"].head(3).tolist() == row.loc["BBC News", "terms"]
    assert a.key_terms(1)["terms"].tolist() == [["march"], ["vigil"], ["lone"]]
    # Solo has one article: its key terms are descriptive, there is no article-level test
    solo = a.keyness("Solo")
    assert solo["p_articles"].isna().all() and solo["p_articles_adjusted"].isna().all()
    assert a.keyness("Fox News")["p_articles"].notna().all()
    # an outlet whose terms are all excluded (or all stopwords) gets empty lists, no error
    import coverage

    df = pd.DataFrame([("x1", "X", "2017 2018 1,000"), ("y1", "Y", "the and of"), ("z1", "Z", "vigil candle"),
                       ("z2", "Z", "vigil police")], columns=["id", "outlet", "text"])
    kt2 = coverage.analyze(df, n_boot=20).key_terms()
    assert kt2["terms"].tolist() == [[], [], ["vigil"]]  # candle, police: one of Z's two articles each
    assert kt2["counts"].tolist() == [[], [], [2]]
    assert kt2["n_terms"].tolist() == [3, 0, 4]  # X's three numbers are excluded; Y has only stop words
    # one outlet: an empty table with the same columns
    single = coverage.analyze(df.assign(outlet="Only"), n_boot=20).key_terms()
    assert single.empty and list(single.columns) == ["outlet", "terms", "counts", "n_articles", "n_terms",
                                                     "descriptive"]
    with pytest.raises(ParameterError, match="positive integer"):
        a.key_terms(0)
    with pytest.raises(ParameterError, match="unknown parameter"):
        a.key_terms(3, min_doc=2)
