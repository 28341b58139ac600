"""Every number is independent of the order of the input rows (issue 15, item 12)."""

from __future__ import annotations

import pandas as pd
import pytest

import coverage


@pytest.fixture(scope="module")
def pair(mixed_corpus):
    a = coverage.analyze(mixed_corpus, n_boot=300)
    shuffled = mixed_corpus.sample(frac=1, random_state=3).reset_index(drop=True)
    assert shuffled["id"].tolist() != mixed_corpus["id"].tolist()
    b = coverage.analyze(shuffled, n_boot=300)
    return a, b


def test_outlet_table_and_cis_do_not_depend_on_row_order(pair):
    a, b = pair
    # before the fix the articles of an outlet were resampled in input order: the CIs moved
    pd.testing.assert_frame_equal(a.outlets, b.outlets, check_exact=True)
    assert a.outlets["sentiment_low"].notna().all()


@pytest.mark.parametrize("table", ["articles", "sentences", "hits", "outlets"])
def test_sorted_tables_identical(pair, table):
    a, b = pair
    pd.testing.assert_frame_equal(a.sorted_table(table), b.sorted_table(table), check_exact=True)


def test_comparisons_do_not_depend_on_row_order(pair):
    a, b = pair
    for metric in ("sentiment", "violence_rate"):
        pd.testing.assert_series_equal(a.compare("Outlet A", "Outlet B", metric),
                                       b.compare("Outlet A", "Outlet B", metric))
    pd.testing.assert_frame_equal(a.keyness("Outlet A"), b.keyness("Outlet A"))
    pd.testing.assert_frame_equal(a.terms(top=40), b.terms(top=40))


def test_saved_files_byte_identical(pair, tmp_path):
    a, b = pair
    pa_, pb = a.save(tmp_path / "a"), b.save(tmp_path / "b")
    assert [p.name for p in pa_] == [p.name for p in pb]
    for x, y in zip(pa_, pb, strict=True):
        if x.name.startswith("rejected"):
            continue
        assert x.read_bytes() == y.read_bytes(), x.name
