"""The pure parts of ``benchmarks/first_uses.py`` (the rescoring itself needs the git history and the shared data)."""

from __future__ import annotations

import pandas as pd

from benchmarks.first_uses import FIRST_USES, _article_interval, _quote_row


def test_quote_row_by_hand():
    gold = pd.DataFrame({"article_id": ["a", "a", "b", "b"], "found": [True, True, False, True],
                         "speaker_ok": [True, False, float("nan"), True]})
    pred = pd.DataFrame({"right": [True, True, True, False, False]})
    row = _quote_row("fresh9", "abc1234", gold, pred)
    # P = 3 / 5, R = 3 / 4, F1 = 2PR / (P + R) = 0.6667; speaker over the found quotes with a gold speaker: 2 of 3
    assert (row["P"], row["R"], row["F1"]) == (0.6, 0.75, 0.667)
    assert row["speaker"] == 0.667 and row["speaker_n"] == "2/3"
    assert row["gold"] == 4 and row["set"] == "fresh9"


def test_article_interval_resamples_whole_articles():
    # article a: 3 of 3 right, article b: 0 of 1: a resample of articles gives 0, 0.75 or 1
    rows = pd.DataFrame({"article_id": ["a", "a", "a", "b"], "speaker_ok": [1.0, 1.0, 1.0, 0.0]})
    low, high = _article_interval(rows, "speaker_ok", n_resamples=400)
    assert low == 0.0 and high == 1.0
    same = pd.DataFrame({"article_id": ["a", "b", "c"], "speaker_ok": [1.0, 1.0, 1.0]})
    assert _article_interval(same, "speaker_ok", n_resamples=50) == (1.0, 1.0)
    assert _article_interval(rows, "speaker_ok", seed=7) == _article_interval(rows, "speaker_ok", seed=7)


def test_every_set_has_a_commit_and_the_sets_are_in_order():
    sets = list(FIRST_USES)
    assert sets[0] == "fresh" and sets[1:] == [f"fresh{k}" for k in range(2, len(sets) + 1)]
    assert all(len(c) == 7 and int(c, 16) >= 0 for c in FIRST_USES.values())
    assert len(set(FIRST_USES.values())) == len(FIRST_USES)
