"""engine="dask": identical tables on a distributed.LocalCluster with 2 worker processes."""

from __future__ import annotations

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import coverage
from coverage.dask import read_corpus

distributed = pytest.importorskip("distributed")  # the [dask] extra; installed by `make test`


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def local(mixed_corpus):
    return coverage.analyze(mixed_corpus, n_boot=300)


def _same(a, b):
    for name in ("sentences", "articles", "outlets", "hits"):
        assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True)
    assert_frame_equal(a.terms(ngram_range=(1, 2), top=None), b.terms(ngram_range=(1, 2), top=None))
    assert_frame_equal(a.keyness("Outlet C"), b.keyness("Outlet C"))
    # the quotes family's own table travels back from the workers with the chunks
    assert len(a.family_table("quotes")) > 0
    assert_frame_equal(a.family_table("quotes"), b.family_table("quotes"), check_exact=True)
    assert_frame_equal(a.quotes, b.quotes, check_exact=True)


def test_dask_engine_on_two_worker_processes_is_identical(client, mixed_corpus, local):
    assert len(client.scheduler_info()["workers"]) == 2
    a = coverage.analyze(mixed_corpus, n_boot=300, engine="dask", client=client, chunk_size=6)
    _same(a, local)
    # both workers did part of the work
    assert len({w for w, tasks in client.has_what().items()}) == 2


def test_current_client_is_used_when_none_is_given(client, mixed_corpus, local):
    a = coverage.analyze(mixed_corpus, n_boot=300, engine="dask", chunk_size=9)  # get_client() finds it
    _same(a, local)


def test_read_corpus_csv_and_parquet_with_dask(client, tmp_path, mixed_corpus, local):
    df = mixed_corpus.copy()
    bad = pd.DataFrame({"id": ["m003", "empty"], "outlet": ["Outlet A", "Outlet B"], "text": ["dup id", "  "]})
    df = pd.concat([df, bad], ignore_index=True)
    df.to_csv(tmp_path / "c.csv", index=False)
    df.to_parquet(tmp_path / "c.parquet", index=False)
    for path, kw in [(tmp_path / "c.csv", {"blocksize": 20_000}), (tmp_path / "c.parquet", {})]:
        with pytest.warns(coverage.CoverageWarning):
            corpus = read_corpus(path, client=client, **kw)
        assert len(corpus) + len(corpus.rejected) == len(df)
        reasons = dict(zip(corpus.rejected["article_id"], corpus.rejected["reason"], strict=True))
        assert "duplicate id 'm003'" in reasons["m003"] and "empty" in reasons["empty"]
        assert corpus.rejected["source"].str.contains(r"c\.(?:csv|parquet), row \d+").all()
        a = coverage.analyze(corpus, n_boot=300, engine="dask", client=client, chunk_size=8)
        _same(a, local)


def test_dask_engine_without_a_cluster_uses_the_default_scheduler(mixed_corpus, local, monkeypatch):
    import coverage.dask as cd

    monkeypatch.setattr(cd, "_client", lambda client: None)
    _same(coverage.analyze(mixed_corpus, n_boot=300, engine="dask", chunk_size=10), local)


def test_unknown_engine_is_a_parameter_error(mixed_corpus):
    with pytest.raises(coverage.ParameterError, match="engine must be 'local' or 'dask'"):
        coverage.analyze(mixed_corpus, engine="spark")
