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
