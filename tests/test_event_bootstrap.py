"""The event-bootstrap intervals of ``benchmarks/validate_frames.py`` (no shared data: hand-made tables)."""

from __future__ import annotations

import math

import pandas as pd

from benchmarks.validate_frames import event_bootstrap, event_counts, pooled_scores


def _table(rows: list[tuple[str, int, int, int, int, int, int, str, str]]) -> pd.DataFrame:
    cols = ["event", "solidarity", "pred_solidarity", "violence", "pred_violence", "religion", "pred_religion",
            "religion_frame", "pred_religion_frame"]
    return pd.DataFrame(rows, columns=cols)


# three events; by hand: solidarity TP 2, FP 1, FN 1 -> F1 4/6; violence TP 3, FP 0, FN 1 -> F1 6/7;
# religion TP 2, FP 0, FN 0 -> 1.0; frames right 1 of 2
TABLE = _table([
    ("a", 1, 1, 1, 1, 1, 1, "target", "target"),
    ("a", 0, 1, 1, 1, 0, 0, "", ""),
    ("b", 1, 0, 1, 0, 0, 0, "", ""),
    ("b", 0, 0, 0, 0, 1, 1, "community", "neutral"),
    ("c", 1, 1, 1, 1, 0, 0, "", ""),
])


def test_event_counts_by_hand():
    events, c = event_counts(TABLE)
    assert events == ["a", "b", "c"]
    # tp fp fn (solidarity), tp fp fn (violence), tp fp fn (religion), frames right, both religious
    assert c.tolist() == [[1, 1, 0, 2, 0, 0, 1, 0, 0, 1, 1],
                          [0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1],
                          [1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]]


def test_estimates_are_the_pooled_scores():
    ci = event_bootstrap(TABLE, n_resamples=200).set_index("detector")
    assert math.isclose(ci.loc["solidarity", "estimate"], 4 / 6)
    assert math.isclose(ci.loc["violence", "estimate"], 6 / 7)
    assert ci.loc["religion", "estimate"] == 1.0
    assert ci.loc["religion_frame", "estimate"] == 0.5
    pooled = pooled_scores(TABLE).set_index("detector")
    for d in ("solidarity", "violence", "religion"):
        assert math.isclose(ci.loc[d, "estimate"], pooled.loc[d, "f1"])
    assert math.isclose(ci.loc["religion_frame", "estimate"], pooled.loc["religion_frame", "accuracy"])


def test_intervals_hold_the_estimate_and_are_reproducible():
    a = event_bootstrap(TABLE, n_resamples=500, seed=3)
    b = event_bootstrap(TABLE, n_resamples=500, seed=3)
    pd.testing.assert_frame_equal(a, b)
    for r in a.itertuples():
        assert r.low <= r.estimate <= r.high
    sol = a.set_index("detector").loc["solidarity"]
    # resampling events: event c alone gives F1 1.0, event b alone no true positive (F1 0.0)
    assert sol["high"] == 1.0 and sol["low"] < 0.5


def test_identical_events_give_no_spread():
    t = pd.concat([TABLE[TABLE["event"] == "a"].assign(event=e) for e in "xyz"], ignore_index=True)
    ci = event_bootstrap(t, n_resamples=300).set_index("detector")
    assert ci.loc["violence", ["low", "estimate", "high"]].tolist() == [1.0, 1.0, 1.0]
    assert ci.loc["solidarity", ["low", "high"]].tolist() == [2 / 3, 2 / 3]


def test_a_label_nobody_has_gives_no_interval():
    t = TABLE.assign(religion=0, pred_religion=0, religion_frame="", pred_religion_frame="")
    ci = event_bootstrap(t, n_resamples=100).set_index("detector")
    assert math.isnan(ci.loc["religion", "estimate"]) and math.isnan(ci.loc["religion", "low"])
    assert math.isnan(ci.loc["religion_frame", "high"])
