"""The pure parts of ``benchmarks/speaker_adjudication.py`` (the sheet itself needs the git history and the shared data)."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.speaker_adjudication import (
    adjudicated,
    cohen_kappa,
    gold_first,
    pair_id,
    pairs,
    read_decisions,
)


def _gold() -> pd.DataFrame:
    # four found gold quotes with a speaker (two right by the strict rule, two wrong: one with a predicted speaker,
    # one without), and one not found
    return pd.DataFrame({
        "set": ["fresh9"] * 5, "article_id": ["a", "a", "a", "b", "b"], "quote_id": ["1", "2", "3", "b-q01", "b-q02"],
        "start": [10, 50, 90, 5, 60], "end": [40, 80, 120, 30, 70],
        "speaker": ["Karen Hicks", "Jo Bloggs", "Jo Bloggs", "Chick-fil-A", "police"],
        "speaker_start": [0, 42, 82, 0, 50], "speaker_end": [11, 51, 91, 11, 56],
        "speaker_ok": [False, True, False, True, float("nan")],
        "pred_speaker": ["his wife", "Jo Bloggs", "", "Chick-fil-A", ""],
        "pred_speaker_start": [300, 42, -1, 0, -1], "pred_speaker_end": [308, 51, -1, 11, -1],
    })


def test_pairs_keep_only_wrong_speakers_with_a_predicted_speaker_in_blind_order():
    sheet = pairs(_gold())
    assert list(sheet["pair_id"]) == ["fresh9-a-1"]
    row = sheet.iloc[0]
    sides = {(row["a"], row["a_start"], row["a_end"]), (row["b"], row["b_start"], row["b_end"])}
    assert sides == {("Karen Hicks", 0, 11), ("his wife", 300, 308)}
    # the annotators' speaker is "a" exactly when gold_first says so
    assert (row["a"] == "Karen Hicks") == gold_first("fresh9-a-1")
    assert (row["quote_start"], row["quote_end"]) == (10, 40)


def test_gold_first_is_fixed_and_splits_pairs_about_evenly():
    ids = [f"fresh{k}-x-q{j:02d}" for k in range(1, 20) for j in range(1, 30)]
    share = sum(map(gold_first, ids)) / len(ids)
    assert 0.4 < share < 0.6
    assert [gold_first(i) for i in ids[:20]] == [gold_first(i) for i in ids[:20]]


def test_pair_id_makes_quote_ids_global():
    assert pair_id("fresh3", "abc", "abc-q02") == "fresh3-abc-q02"
    assert pair_id("fresh", "abc", "2") == "fresh-abc-2"


def test_adjudicated_counts_a_pair_right_only_when_both_say_same():
    gold = _gold()
    both = pd.Series({"fresh9-a-1": True})
    sp = adjudicated(gold, both)
    assert len(sp) == 4  # the not-found quote (NaN) is left out
    assert sp["strict"].tolist() == [False, True, False, True]
    assert sp["same_person"].tolist() == [True, True, False, True]  # the quote without a predicted speaker stays wrong
    assert adjudicated(gold, pd.Series({"fresh9-a-1": False}))["same_person"].tolist() == [False, True, False, True]


def test_cohen_kappa_by_hand():
    # 4 items, agreement 3/4; p_yes 0.5 and 0.25: pe = 0.5 * 0.25 + 0.5 * 0.75 = 0.5; kappa = (0.75 - 0.5) / 0.5
    assert cohen_kappa(pd.Series([True, True, False, False]), pd.Series([True, False, False, False])) == 0.5
    assert cohen_kappa(pd.Series([True, False]), pd.Series([True, False])) == 1.0


def test_read_decisions_checks_values_and_ids(tmp_path):
    sheet = pd.DataFrame({"pair_id": ["p1", "p2"]})
    ok = tmp_path / "ok.csv"
    ok.write_text("pair_id,same,note\np1,1,pronoun\np2,0,spokesman\n", encoding="utf-8")
    assert read_decisions(ok, sheet).to_dict() == {"p1": True, "p2": False}
    bad = tmp_path / "bad.csv"
    bad.write_text("pair_id,same\np1,yes\np2,0\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad.csv, data row 1: same must be 0 or 1, got 'yes'"):
        read_decisions(bad, sheet)
    short = tmp_path / "short.csv"
    short.write_text("pair_id,same\np1,1\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"missing e.g. \['p2'\]"):
        read_decisions(short, sheet)
