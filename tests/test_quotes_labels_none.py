"""The quote scorer's row for an article read in full with no attribution (kind ``none``): no gold quote, but the
extractor's quotes in that article are scored, each a false quote (benchmarks/quotes_labels.py)."""

from __future__ import annotations

import hashlib
from types import SimpleNamespace

import pandas as pd
import pytest

from benchmarks.quotes_labels import (
    COLUMNS,
    LabelsError,
    agreement,
    match,
    read_labels,
    scores,
    source_counts,
)

EMPTY = hashlib.sha1(b"").hexdigest()


def _row(**kw) -> dict:
    base = dict(dataset="abp", article_id="a", event="e", outlet="O", quote_id="a-q01", start=0, end=10,
                text_sha1="x", kind="direct", speaker="Ann Lee", speaker_start=20, speaker_end=27, cue="said",
                cue_start=28, cue_end=32, source_type="police", note="")
    base.update(kw)
    return base


def _none(aid: str = "b") -> dict:
    return _row(article_id=aid, quote_id=f"{aid}-none", start=0, end=0, text_sha1=EMPTY, kind="none", speaker="",
                speaker_start=-1, speaker_end=-1, cue="", cue_start=-1, cue_end=-1, source_type="unknown")


def _quote(start: int, end: int, speaker: str = "Ann Lee") -> SimpleNamespace:
    return SimpleNamespace(start=start, end=end, kind="direct", speaker=speaker, speaker_start=20, speaker_end=27)


def test_predictions_in_an_article_with_no_attribution_count_as_false_quotes():
    gold = pd.DataFrame([_row(), _none("b")])
    preds = {"a": [_quote(0, 10)], "b": [_quote(5, 15), _quote(40, 60)]}
    g, p = match(gold, preds)
    s = scores(g, p)
    assert (s.tp_pred, s.n_pred, s.found, s.n_gold) == (1, 3, 1, 1)  # P 1/3, R 1/1: the none row is no gold quote
    assert g["article_id"].tolist() == ["a"]


def test_an_article_with_no_attribution_and_no_prediction_changes_nothing():
    g, p = match(pd.DataFrame([_row(), _none("b")]), {"a": [_quote(0, 10)], "b": []})
    s = scores(g, p)
    assert (s.tp_pred, s.n_pred, s.found, s.n_gold) == (1, 1, 1, 1)


def test_the_second_annotators_none_row_is_no_quote_of_theirs():
    first = pd.DataFrame([_row(), _none("b")])
    second = pd.DataFrame([_row(end=9), _none("b")])
    table, _ = agreement(first, second)
    assert table["all P/R/F1"].iloc[0] == "1.000 / 1.000 / 1.000"


def test_a_none_row_adds_no_source_type():
    assert int(source_counts(pd.DataFrame([_row(), _none("b")]))["total"].sum()) == 1


def _write(tmp_path, rows) -> list:
    path = tmp_path / "labels.csv"
    pd.DataFrame(rows, columns=COLUMNS).to_csv(path, index=False)
    return [path]


def test_read_labels_accepts_a_well_formed_none_row(tmp_path):
    labels = read_labels(_write(tmp_path, [_row(), _none("b")]))
    assert labels["kind"].tolist() == ["direct", "none"]


def test_read_labels_rejects_a_none_row_with_offsets(tmp_path):
    with pytest.raises(LabelsError, match="offsets 0:0"):
        read_labels(_write(tmp_path, [_none("b") | {"end": 5}]))


def test_read_labels_rejects_a_none_row_beside_quotes_of_the_same_article(tmp_path):
    with pytest.raises(LabelsError, match="has a 'none' row and quotes"):
        read_labels(_write(tmp_path, [_row(article_id="b", quote_id="b-q01"), _none("b")]))
