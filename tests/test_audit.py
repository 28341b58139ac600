"""Tests of coverage.audit: the labelling sample, the sheet on disk, the composite and Rogan-Gladen corrections (issue 18)."""

from __future__ import annotations

import csv
import dataclasses
import errno
import hashlib
import io
import os
import re
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import coverage
from coverage import outputs
from coverage.audit import (
    CORRECTED_COLUMNS,
    SHEET_COLUMNS,
    allocate,
    audit,
    between_outlet_spread,
    corrected,
    labels_of,
    rogan_gladen,
    save_audit,
)
from coverage.errors import ParameterError
from coverage.outputs import OutputError, WriteError

HIT = "We stand together."  # a solidarity hit, nothing else
MISS = "It rained on Tuesday."  # no hit of any detector


def build(spec: dict[str, list[tuple[int, int]]]) -> pd.DataFrame:
    """A corpus: per outlet, per article, (solidarity hits, other sentences), hits first."""
    rows = []
    for outlet, arts in spec.items():
        for k, (h, m) in enumerate(arts):
            rows.append({"id": f"{outlet}{k}", "outlet": outlet, "text": " ".join([HIT] * h + [MISS] * m)})
    return pd.DataFrame(rows)


def fill(sheet: pd.DataFrame, truth: dict[tuple[str, int], int], detector: str = "solidarity") -> pd.DataFrame:
    """The sheet with ``detector`` labelled from ``truth`` and the other detectors 0."""
    out = sheet.copy()
    for c in ["solidarity", "violence", "religion"]:
        out[c] = 0
    out[detector] = [truth[(a, int(s))] for a, s in zip(out["article_id"], out["sentence"], strict=True)]
    out["religion_frame"] = ""
    return out


def census(analysis: coverage.Analysis, truth: dict[tuple[str, int], int]) -> pd.DataFrame:
    """Labels (no weight column) for every counted sentence."""
    s = analysis.sentences[analysis.counted_mask()]
    return pd.DataFrame({
        "article_id": s["article_id"].astype(str).to_numpy(), "sentence": s["sentence"].to_numpy(),
        "solidarity": [truth[(a, int(n))] for a, n in zip(s["article_id"], s["sentence"], strict=True)],
        "violence": 0, "religion": 0, "religion_frame": "",
    })


@pytest.fixture(scope="module")
def small():
    # strata for solidarity: A hit 5, A no hit 9, B hit 1, B no hit 6
    return coverage.analyze(build({"A": [(3, 5), (2, 4)], "B": [(1, 6)]}))


@pytest.fixture(scope="module")
def known():
    """One outlet, 100 sentences: 45 flagged, 55 not; truth: 40 + 10 positives -> sens 0.8, spec 0.9, prevalence 0.5."""
    a = coverage.analyze(build({"A": [(25, 25), (20, 30)]}))
    truth = {}
    for aid, hits, misses in (("A0", 25, 25), ("A1", 20, 30)):
        pos_hits = 22 if aid == "A0" else 18  # 40 of the 45 flagged are right
        pos_misses = 5  # 10 of the 55 unflagged are missed
        for i in range(hits):
            truth[(aid, i)] = int(i < pos_hits)
        for i in range(misses):
            truth[(aid, hits + i)] = int(i < pos_misses)
    return a, truth


# -- allocation and strata ------------------------------------------------------------------


def test_allocate():
    assert allocate([1, 5, 10], 9) == [1, 4, 4]
    assert allocate([1, 5, 10], 10) == [1, 4, 5]  # the extra draw goes to the largest open stratum
    assert allocate([4, 4, 4], 7) == [3, 2, 2]  # ties: the earlier stratum
    assert allocate([2, 3], 50) == [2, 3]
    assert allocate([], 5) == []
    rng = np.random.default_rng(3)
    for _ in range(200):
        sizes = rng.integers(1, 40, size=rng.integers(1, 12)).tolist()
        n = int(rng.integers(len(sizes), 2 * sum(sizes)))
        got = allocate(sizes, n)
        assert sum(got) == min(n, sum(sizes))
        assert all(0 <= g <= s for g, s in zip(got, sizes, strict=True))
        open_ = [g for g, s in zip(got, sizes, strict=True) if g < s]
        if open_:  # as even as possible: every stratum not taken whole has the most draws, or one less
            assert max(got) - min(open_) <= 1


def test_small_corpus_allocation_and_weights_exact(small):
    sheet = audit(small, n=8, detectors=["solidarity"])
    assert list(sheet.columns) == SHEET_COLUMNS
    # allocate([5, 9, 1, 6], 8): level 2 (7 draws), the 8th to the largest open stratum (A no hit)
    by = sheet.groupby("stratum")["weight"].agg(["size", "min", "max"])
    assert by["size"].to_dict() == {"A | solidarity hit": 2, "A | solidarity no hit": 3,
                                    "B | solidarity hit": 1, "B | solidarity no hit": 2}
    assert (by["min"] == by["max"]).all()
    assert by["min"].to_dict() == {"A | solidarity hit": 5 / 2, "A | solidarity no hit": 9 / 3,
                                   "B | solidarity hit": 1 / 1, "B | solidarity no hit": 6 / 2}
    # the weights add up to the strata sizes: 5 + 9 + 1 + 6 sentences
    assert sheet["weight"].sum() == 21
    assert (sheet["pred_solidarity"] == (~sheet["stratum"].str.endswith("no hit")).astype(int)).all()
    assert sheet[["solidarity", "violence", "religion", "religion_frame", "note"]].eq("").all().all()
    assert sheet["text_prefix"].isin([HIT[:30], MISS[:30]]).all()
    assert (sheet["text"] == sheet["text_prefix"]).all()  # short sentences: the prefix is all of it
    assert list(sheet["article_id"]) == sorted(sheet["article_id"])


def _strata(analysis: coverage.Analysis, detectors: list[str]) -> dict[tuple[str, str, bool], set]:
    s = analysis.sentences[analysis.counted_mask()]
    out: dict[tuple[str, str, bool], set] = {}
    for r in s.to_dict("records"):
        for d in detectors:
            out.setdefault((r["outlet"], d, float(r[d]) > 0), set()).add((r["article_id"], r["sentence"]))
    return out


def test_every_stratum_represented_with_its_allocation_and_weights(seeds_analysis):
    dets = ["solidarity", "violence", "religion"]
    strata = _strata(seeds_analysis, dets)
    keys = sorted(strata, key=lambda k: (k[0], k[1], not k[2]))
    assert len(keys) == 30  # 5 outlets x 3 detectors x hit / no hit, none empty
    sheet = audit(seeds_analysis, n=60, seed=4)
    alloc = dict(zip(keys, allocate([len(strata[k]) for k in keys], 60), strict=True))
    labels = {k: f"{k[0]} | {k[1]} {'hit' if k[2] else 'no hit'}" for k in keys}
    drawn = sheet["stratum"].str.split("; ").explode().value_counts().to_dict()
    assert drawn == {labels[k]: alloc[k] for k in keys}  # every stratum, with its share of the 60 draws
    assert len(sheet) == sheet.set_index(["article_id", "sentence"]).index.nunique() <= 60
    for r in sheet.to_dict("records"):  # each labelled sentence lies in the strata that drew it
        for lab in r["stratum"].split("; "):
            k = next(k for k in keys if labels[k] == lab)
            assert (r["article_id"], r["sentence"]) in strata[k]
        miss = Fraction(1)
        for d in dets:
            k = (r["outlet"], d, bool(r[f"pred_{d}"]))
            miss *= Fraction(len(strata[k]) - alloc[k], len(strata[k]))
        assert r["weight"] == float(1 / (1 - miss))


def test_boilerplate_is_never_drawn(seeds_analysis):
    s = seeds_analysis.sentences
    boiler = set(zip(s.loc[s["boilerplate"], "article_id"], s.loc[s["boilerplate"], "sentence"], strict=True))
    assert len(boiler) == 20
    sheet = audit(seeds_analysis, n=500)  # more than the 3 x 136 there are: every counted sentence, once
    assert len(sheet) == 136
    assert not boiler & set(zip(sheet["article_id"], sheet["sentence"], strict=True))
    assert (sheet["weight"] == 1.0).all()


# -- determinism ------------------------------------------------------------------------------


def test_same_rows_whatever_the_row_order(mixed_corpus):
    a = coverage.analyze(mixed_corpus)
    b = coverage.analyze(mixed_corpus.sample(frac=1, random_state=5).reset_index(drop=True))
    first = audit(a, n=50, seed=2)
    pd.testing.assert_frame_equal(first, audit(b, n=50, seed=2))
    shuffled = dataclasses.replace(a, sentences=a.sentences.sample(frac=1, random_state=9))
    pd.testing.assert_frame_equal(first, audit(shuffled, n=50, seed=2))
    pd.testing.assert_frame_equal(first, audit(a, n=50, seed=2, detectors=["religion", "violence", "solidarity"]))
    assert not first[["article_id", "sentence"]].equals(audit(a, n=50, seed=3)[["article_id", "sentence"]])
    # the correction too: labels in another order, sentences in another order
    filled = first.assign(solidarity=first["pred_solidarity"], violence=1 - first["pred_violence"],
                          religion=0, religion_frame="")
    one = corrected(a, filled, n_boot=300, seed=1)
    two = corrected(shuffled, filled.sample(frac=1, random_state=2), n_boot=300, seed=1)
    pd.testing.assert_frame_equal(one, two)


_HASH_SCRIPT = """
import hashlib, coverage
from coverage.audit import audit, corrected
a = coverage.analyze("seeds")
sheet = audit(a, n=60, seed=7)
filled = sheet.assign(solidarity=sheet["pred_solidarity"], violence=sheet["pred_violence"], religion=0,
                      religion_frame="")
out = corrected(a, filled, n_boot=200, seed=7)
print(hashlib.sha256(sheet.to_csv().encode() + out.to_csv().encode()).hexdigest())
"""


def test_same_rows_whatever_the_hash_seed(root):
    digests = set()
    for hs in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hs}
        res = subprocess.run([sys.executable, "-c", _HASH_SCRIPT], cwd=root, env=env, capture_output=True,
                             text=True, timeout=300, check=True)
        digests.add(res.stdout.strip())
    assert len(digests) == 1


# -- the sheet on disk --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile():
    text = " ".join(["@someone said we stand together.", "-- We stand together.", "=SUM(A1) is a formula.",
                     "+44 numbers rang all day.", HIT, MISS, "Shops reopened on Friday."])
    return coverage.analyze(pd.DataFrame({"id": ["-7", "x1"], "outlet": ['=HYPERLINK("http://x")', "Plain"],
                                          "text": [text, text]}))


def _cells(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def test_csv_is_formula_safe_and_a_filled_sheet_loads(hostile, tmp_path):
    sheet = audit(hostile, n=100)
    assert len(sheet) == 14  # every sentence
    path = save_audit(sheet, tmp_path / "audit.csv")
    rows = _cells(path)
    assert rows[0] == SHEET_COLUMNS
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    body = dict(zip(rows[0], zip(*rows[1:], strict=True), strict=True))
    assert set(body["outlet"]) == {"'=HYPERLINK(\"http://x\")", "Plain"}
    assert "'-7" in body["article_id"]
    assert "'@someone said we stand together." in body["text"]
    # sentences a spreadsheet would quote have no text_prefix; text_sha1 aligns them instead
    quoted = [p for t, p in zip(body["text"], body["text_prefix"], strict=True) if t.startswith("'")]
    assert len(quoted) == 8 and set(quoted) == {""}
    assert all(len(h) == 40 for h in body["text_sha1"])

    # the coder fills it in a spreadsheet and saves it back (quoting kept, as spreadsheets do)
    back = pd.read_csv(path, dtype=str, keep_default_na=False)
    back["solidarity"] = back["pred_solidarity"]
    back["violence"] = "0"
    back["religion"] = "0"
    back["note"] = "=looks fine"  # a note the spreadsheet quoted or not: free text
    filled = tmp_path / "filled.csv"
    filled.write_text(back.to_csv(index=False), encoding="utf-8-sig")  # "CSV UTF-8" adds a BOM
    res = coverage.validate(labels_of(filled), analysis=hostile)
    assert res.scores.set_index("detector").loc["solidarity", ["n", "f1"]].tolist() == [14, 1.0]
    out = corrected(hostile, filled, n_boot=200)
    assert list(out.columns) == CORRECTED_COLUMNS
    assert out["n_labelled"].tolist() == [7] * 6
    sol = out[out["detector"] == "solidarity"]
    assert sol["sensitivity"].tolist() == [1.0, 1.0] and sol["specificity"].tolist() == [1.0, 1.0]
    assert sol["raw"].tolist() == sol["human"].tolist() == [3 / 7, 3 / 7]
    assert sol["corrected"].tolist() == pytest.approx([3 / 7, 3 / 7])


def test_save_refuses_to_overwrite(small, tmp_path):
    sheet = audit(small, n=8, detectors=["solidarity"])
    mine = tmp_path / "labels.csv"
    mine.write_text("my labels\n", encoding="utf-8")
    with pytest.raises(OutputError, match="not overwritten"):
        save_audit(sheet, mine)
    assert mine.read_text(encoding="utf-8") == "my labels\n"
    path = save_audit(sheet, tmp_path / "audit.csv")
    before = path.stat().st_mtime_ns
    assert save_audit(sheet, path) == path  # the same bytes again: nothing to do
    assert path.stat().st_mtime_ns == before
    filled = fill(sheet, {k: 1 for k in zip(sheet["article_id"], sheet["sentence"], strict=True)})
    with pytest.raises(OutputError, match="not overwritten"):
        save_audit(filled, path)  # a sheet once written by the tool may hold labels now
    link = tmp_path / "link.csv"
    link.symlink_to(mine)
    with pytest.raises(OutputError, match="link"):
        save_audit(sheet, link)
    assert mine.read_text(encoding="utf-8") == "my labels\n"
    with pytest.raises(OutputError, match="does not exist"):
        save_audit(sheet, tmp_path / "nowhere" / "audit.csv")
    with pytest.raises(ParameterError, match="audit"):
        save_audit(sheet[["article_id", "text"]], tmp_path / "x.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.csv", "labels.csv", "link.csv"]


def test_save_is_atomic(small, tmp_path, monkeypatch):
    sheet = audit(small, n=8, detectors=["solidarity"])

    def full_disk(tmp, data):
        Path(tmp).write_bytes(b"article_id,sen")  # half written, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs, "_write_temp", full_disk)
    with pytest.raises(WriteError, match="the disk is full"):
        save_audit(sheet, tmp_path / "audit.csv")
    assert list(tmp_path.iterdir()) == []  # no truncated sheet, no temporary file


def test_save_never_replaces_a_file_created_meanwhile(small, tmp_path, monkeypatch):
    import coverage.audit as mod

    sheet = audit(small, n=8, detectors=["solidarity"])
    target = tmp_path / "audit.csv"
    real = mod.atomic_write

    def racing(path, data, **kw):
        real(path, data, **kw)
        target.write_text("the user's file\n", encoding="utf-8")  # appears between the check and the rename

    monkeypatch.setattr(mod, "atomic_write", racing)
    with pytest.raises(OutputError, match="not overwritten"):
        save_audit(sheet, target)
    assert target.read_text(encoding="utf-8") == "the user's file\n"
    assert [p.name for p in tmp_path.iterdir()] == ["audit.csv"]


# -- Rogan-Gladen ------------------------------------------------------------------------------


def test_rogan_gladen_by_hand():
    assert rogan_gladen(0.30, 0.8, 0.9) == pytest.approx(0.2 / 0.7) == pytest.approx(0.285714285714)
    assert rogan_gladen(0.45, 0.8, 0.9) == pytest.approx(0.5)
    assert rogan_gladen(0.05, 0.8, 0.9) == 0.0  # below the false-positive rate 0.1: clipped
    assert rogan_gladen(0.85, 0.8, 0.9) == 1.0  # above the sensitivity: clipped
    assert np.isnan(rogan_gladen(0.30, 0.55, 0.50))  # Youden index 0.05: undefined
    assert rogan_gladen(0.30, 0.56, 0.50) == 0.0  # Youden index 0.06: defined, and 0.3 < 1 - spec
    assert rogan_gladen(0.53, 0.56, 0.50) == pytest.approx(0.03 / 0.06)
    assert np.isnan(rogan_gladen(0.30, float("nan"), 0.9))
    np.testing.assert_allclose(rogan_gladen(np.array([0.3, 0.45, 0.0]), 0.8, 0.9), [0.2 / 0.7, 0.5, 0.0])


def test_corrected_recovers_the_truth_from_a_census(known):
    a, truth = known
    out = corrected(a, census(a, truth), n_boot=1000, detectors=["solidarity"], method="rogan-gladen")
    row = out.iloc[0]
    assert (row["outlet"], row["detector"], row["n_sentences"], row["n_labelled"]) == ("A", "solidarity", 100, 100)
    assert row["raw"] == 0.45
    assert row["sensitivity"] == pytest.approx(0.8) and row["specificity"] == pytest.approx(0.9)
    assert row["corrected"] == pytest.approx(0.5) and row["human"] == pytest.approx(0.5)
    assert row["corrected_low"] < 0.5 < row["corrected_high"]
    assert row["note"] == ""


def test_corrected_from_a_weighted_sample_is_post_stratified(known):
    a, truth = known
    sheet = audit(a, n=20, detectors=["solidarity"], seed=3)
    assert sheet.groupby("pred_solidarity")["weight"].first().to_dict() == {0: 55 / 10, 1: 45 / 10}
    filled = fill(sheet, truth)
    out = corrected(a, filled, n_boot=500, detectors=["solidarity"], method="rogan-gladen").iloc[0]
    # by hand: the share coded 1 in each cell, scaled to the cell's 45 / 55 sentences
    p1 = filled.loc[filled["pred_solidarity"] == 1, "solidarity"].mean()
    p0 = filled.loc[filled["pred_solidarity"] == 0, "solidarity"].mean()
    sens = 45 * p1 / (45 * p1 + 55 * p0)
    spec = 55 * (1 - p0) / (55 * (1 - p0) + 45 * (1 - p1))
    assert out["sensitivity"] == pytest.approx(sens) and out["specificity"] == pytest.approx(spec)
    assert out["corrected"] == pytest.approx(float(np.clip((0.45 + spec - 1) / (sens + spec - 1), 0, 1)))
    assert out["human"] == pytest.approx((45 * p1 + 55 * p0) / 100)
    assert out["n_labelled"] == 20
    assert out["corrected_low"] <= out["corrected"] <= out["corrected_high"]


def test_interval_widens_when_the_labelled_sample_shrinks(known):
    a, truth = known
    full = census(a, truth)
    quarter = full.groupby(full["solidarity"].astype(str) + full["article_id"], group_keys=False).apply(
        lambda g: g.iloc[::4])
    wide = corrected(a, quarter, n_boot=1000, detectors=["solidarity"], method="rogan-gladen").iloc[0]
    narrow = corrected(a, full, n_boot=1000, detectors=["solidarity"], method="rogan-gladen").iloc[0]
    assert narrow["corrected_low"] <= narrow["corrected"] <= narrow["corrected_high"]
    assert wide["corrected_low"] <= wide["corrected"] <= wide["corrected_high"]
    assert (wide["corrected_high"] - wide["corrected_low"]) > 1.3 * (narrow["corrected_high"] - narrow["corrected_low"])
    assert wide["n_labelled"] < narrow["n_labelled"] == 100


def test_pooled_error_rates_clipping_and_unlabelled_outlets():
    # A: 10 flagged (8 right), 10 not (2 missed); B: nothing flagged, 10 sentences (1 positive); C: unlabelled
    a = coverage.analyze(build({"A": [(5, 5), (5, 5)], "B": [(0, 5), (0, 5)], "C": [(2, 4), (1, 5)]}))
    truth = {}
    for aid in ("A0", "A1"):
        for i in range(10):
            truth[(aid, i)] = int(i < 4) if i < 5 else int(i == 5)
    for aid in ("B0", "B1"):
        for i in range(5):
            truth[(aid, i)] = int(aid == "B0" and i == 0)
    labels = census(a, {**truth, **{(f"C{k}", i): 0 for k in (0, 1) for i in range(6)}})
    labels = labels[~labels["article_id"].str.startswith("C")]
    out = corrected(a, labels, n_boot=400, detectors=["solidarity"], method="rogan-gladen").set_index("outlet")
    # cells (N, share coded 1): A flagged (10, 0.8), A not (10, 0.2), B not (10, 0.1); C is unlabelled,
    # its cells take the pooled share of their kind: flagged (3, 0.8), not (9, (2 + 1) / 20 = 0.15)
    tp, fn = 10 * 0.8 + 3 * 0.8, 10 * 0.2 + 10 * 0.1 + 9 * 0.15
    tn, fp = 10 * 0.8 + 10 * 0.9 + 9 * 0.85, 10 * 0.2 + 3 * 0.2
    sens, spec = tp / (tp + fn), tn / (tn + fp)
    assert (sens, spec) == pytest.approx((10.4 / 14.75, 24.65 / 27.25))
    assert out["sensitivity"].tolist() == pytest.approx([sens] * 3)
    assert out["specificity"].tolist() == pytest.approx([spec] * 3)
    assert out.loc["A", "corrected"] == pytest.approx((0.5 + spec - 1) / (sens + spec - 1))
    assert out.loc["A", "human"] == pytest.approx(0.5)
    assert out.loc["B", "raw"] == 0.0 and out.loc["B", "corrected"] == 0.0  # below the false-positive rate
    assert out.loc["B", "note"].startswith("clipped to 0")
    assert out.loc["B", "human"] == pytest.approx(0.1)
    assert out.loc["C", "n_labelled"] == 0 and np.isnan(out.loc["C", "human"])
    assert out.loc["C", "corrected"] == pytest.approx((0.25 + spec - 1) / (sens + spec - 1))
    assert "no sentence of this outlet is labelled" in out.loc["C", "note"]


def test_undefined_when_the_detector_is_at_chance(known):
    a, _ = known
    # half of the flagged and half of the unflagged sentences coded 1: sens 0.45, spec 0.55, Youden 0
    s = a.sentences
    coin = {(r, int(n)): int(n % 2 == 0) for r, n in zip(s["article_id"], s["sentence"], strict=True)}
    out = corrected(a, census(a, coin), n_boot=200, detectors=["solidarity"], method="rogan-gladen").iloc[0]
    assert out["sensitivity"] + out["specificity"] - 1 == pytest.approx(0.0, abs=0.03)
    assert np.isnan(out["corrected"]) and np.isnan(out["corrected_low"]) and np.isnan(out["corrected_high"])
    assert "undefined" in out["note"] and "0.05" in out["note"]
    assert out["human"] == pytest.approx(0.5)


def test_sensitivity_unknown_without_positive_labels(known):
    a, truth = known
    out = corrected(a, census(a, {k: 0 for k in truth}), n_boot=50, detectors=["solidarity"],
                    method="rogan-gladen").iloc[0]
    assert np.isnan(out["sensitivity"]) and np.isnan(out["corrected"])
    assert "coded solidarity=1" in out["note"]


# -- composite (the default) -------------------------------------------------------------------


def test_composite_from_a_census_is_the_true_share(known):
    a, truth = known
    row = corrected(a, census(a, truth), n_boot=300, detectors=["solidarity"]).iloc[0]
    # every sentence labelled: nothing to predict, the estimate is the coders' share, the interval has no width
    assert row["corrected"] == row["human"] == pytest.approx(0.5)
    assert row["corrected_low"] == row["corrected_high"] == pytest.approx(0.5)
    assert row["sensitivity"] == pytest.approx(0.8)
    assert row["note"] == "every sentence of this outlet is labelled: the estimate is the coders' share"


def test_between_outlet_spread_by_hand():
    assert between_outlet_spread([2, 1, 0, 2], [2, 2, 2, 2]) == pytest.approx(43 / 45)
    assert between_outlet_spread([0, 1, 0, 2], [3, 3, 3, 3]) == pytest.approx(17 / 54)
    assert between_outlet_spread([3, 3], [6, 6]) == 0.0  # identical shares: no spread
    assert between_outlet_spread([0, 0], [6, 6]) == 0.0  # nobody coded 1
    assert between_outlet_spread([4], [9]) == 0.0  # one outlet
    assert between_outlet_spread([1, 0, 3], [2, 0, 4]) == between_outlet_spread([1, 3], [2, 4])  # empty cells ignored


@pytest.fixture(scope="module")
def four():
    """Outlets A-D labelled (2 of 4 flagged, 3 of 6 unflagged sentences each), E unlabelled."""
    a = coverage.analyze(build({o: [(4, 6)] for o in "ABCDE"}))
    coded = {"A": ([1, 1], [0, 0, 0]), "B": ([1, 0], [1, 0, 0]), "C": ([0, 0], [0, 0, 0]), "D": ([1, 1], [1, 1, 0])}
    rows = []
    for o, (flagged, unflagged) in coded.items():
        for i, h in [*enumerate(flagged), *((4 + i, h) for i, h in enumerate(unflagged))]:
            rows.append({"article_id": f"{o}0", "sentence": i, "solidarity": h, "violence": 0, "religion": 0,
                         "religion_frame": ""})
    return a, pd.DataFrame(rows)


def test_composite_by_hand(four):
    a, labels = four
    out = corrected(a, labels, n_boot=2000, detectors=["solidarity"]).set_index("outlet")
    # flagged cells: shares 1, 1/2, 0, 1 of 2 labelled each; pooled 5/8; spread 43/45, so kappa = 2/43
    # unflagged cells: shares 0, 1/3, 0, 2/3 of 3 each; pooled 1/4; spread 17/54, so kappa = 37/17
    k1, k0, p1, p0 = 2 / 43, 37 / 17, 5 / 8, 1 / 4

    def by_hand(x1, x0):  # x1 of 2 labelled flagged, x0 of 3 labelled unflagged coded 1; 2 + 3 not labelled
        s1 = (x1 + k1 * p1) / (2 + k1)
        s0 = (x0 + k0 * p0) / (3 + k0)
        return (x1 + 2 * s1 + x0 + 3 * s0) / 10

    for o, (x1, x0) in {"A": (2, 0), "B": (1, 1), "C": (0, 0), "D": (2, 2)}.items():
        assert out.loc[o, "corrected"] == pytest.approx(by_hand(x1, x0)), o
        assert out.loc[o, "human"] == pytest.approx((4 * x1 / 2 + 6 * x0 / 3) / 10)
        assert out.loc[o, "corrected_low"] <= out.loc[o, "corrected"] <= out.loc[o, "corrected_high"]
        # the labelled sentences are known: x1 + x0 of them coded 1 at least, 5 more at most
        assert x1 + x0 <= 10 * out.loc[o, "corrected_low"] and 10 * out.loc[o, "corrected_high"] <= x1 + x0 + 5
        assert out.loc[o, "note"] == ""
    # E, nobody labelled: the pooled shares, and an interval as wide as the outlets' spread
    assert out.loc["E", "corrected"] == pytest.approx((4 * p1 + 6 * p0) / 10)
    assert np.isnan(out.loc["E", "human"]) and "no sentence of this outlet is labelled" in out.loc["E", "note"]
    assert out.loc["E", "corrected_high"] - out.loc["E", "corrected_low"] > 0.3
    # Rogan-Gladen on the same labels gives every labelled outlet the same error rates; the composite does not
    rg = corrected(a, labels, n_boot=200, detectors=["solidarity"], method="rogan-gladen").set_index("outlet")
    assert rg["corrected"].nunique() == 1 and out["corrected"].nunique() == 5


def test_composite_from_a_weighted_sample_by_hand(known):
    a, truth = known
    filled = fill(audit(a, n=20, detectors=["solidarity"], seed=3), truth)
    out = corrected(a, filled, n_boot=500, detectors=["solidarity"]).iloc[0]
    # one outlet: no spread to estimate, so each cell's unlabelled sentences take the cell's labelled share
    hit, miss = (filled[filled["pred_solidarity"] == v]["solidarity"] for v in (1, 0))
    want = (hit.sum() + (45 - len(hit)) * hit.mean() + miss.sum() + (55 - len(miss)) * miss.mean()) / 100
    assert (len(hit), len(miss)) == (10, 10)
    assert out["corrected"] == pytest.approx(want) == pytest.approx(out["human"])
    assert out["corrected_low"] <= out["corrected"] <= out["corrected_high"]


def test_composite_pools_when_outlets_agree(four):
    a, labels = four
    same = labels.copy()
    same["solidarity"] = [1 if i < 4 else 0 for i in same["sentence"]]  # every outlet: flagged right, none missed
    out = corrected(a, same, n_boot=300, detectors=["solidarity"]).set_index("outlet")
    # no spread: every unlabelled sentence takes the pooled shares (1 flagged, 0 not): the raw share, exactly
    assert out["corrected"].tolist() == pytest.approx([0.4] * 5)
    # 8 of 8 labelled hits right and 0 of 12 misses do not prove rates of 1 and 0: the interval stays open
    assert ((out["corrected_low"] < 0.4) & (0.4 < out["corrected_high"])).all()


def test_composite_undefined_without_labels_of_one_kind(four):
    a, labels = four
    out = corrected(a, labels[labels["sentence"] >= 4], n_boot=100, detectors=["solidarity"]).iloc[0]
    assert np.isnan(out["corrected"]) and np.isnan(out["corrected_low"])
    assert "no labelled sentence is one the solidarity detector flags" in out["note"]


def test_composite_is_deterministic_and_order_free(four):
    a, labels = four
    one = corrected(a, labels, n_boot=500, seed=4, detectors=["solidarity"])
    two = corrected(a, labels.sample(frac=1, random_state=1), n_boot=500, seed=4, detectors=["solidarity"])
    pd.testing.assert_frame_equal(one, two)
    other = corrected(a, labels, n_boot=500, seed=5, detectors=["solidarity"])
    assert one["corrected"].equals(other["corrected"])  # the seed moves the interval's draws only


def test_unknown_method(small):
    with pytest.raises(ParameterError, match="method must be one of"):
        corrected(small, pd.DataFrame(), method="magic")


# -- bad labels and parameters ------------------------------------------------------------------


def test_label_errors_name_the_row(small, tmp_path):
    sheet = audit(small, n=8, detectors=["solidarity"])
    truth = {k: 1 for k in zip(sheet["article_id"], sheet["sentence"], strict=True)}
    half = fill(sheet, truth).astype({"solidarity": object, "violence": object, "religion": object})
    half.loc[5:, ["solidarity", "violence", "religion"]] = ""
    with pytest.raises(ParameterError, match=r"3 row\(s\) are not labelled yet .*CSV lines 7, 8, 9"):
        corrected(small, half)
    wrong = fill(sheet, truth)
    wrong.loc[2, "text_prefix"] = "Something else"
    with pytest.raises(ParameterError, match="label row 2 .*text_prefix"):
        corrected(small, wrong)
    path = tmp_path / "w.csv"
    bad_weight = fill(sheet, truth)
    bad_weight["weight"] = bad_weight["weight"].astype(object)
    bad_weight.loc[1, "weight"] = "lots"
    bad_weight.to_csv(path, index=False)
    with pytest.raises(ParameterError, match="label row 1 .*weight must be a positive number"):
        corrected(small, path)
    other = fill(sheet, truth)
    other.loc[0, "article_id"] = "Z9"
    other.to_csv(path, index=False)
    with pytest.raises(ParameterError, match=re.escape(f"{path}: label row 0") + ".*not in the analysed corpus"):
        corrected(small, path)
    with pytest.raises(ParameterError, match="does not exist"):
        corrected(small, tmp_path / "missing.csv")


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"n": 0}, "n must be an integer >= 1"),
    ({"n": True}, "n must be an integer"),
    ({"n": 3}, r"n=3 cannot represent the 4 non-empty strata .*use n >= 4"),
    ({"seed": -1}, "seed must be an integer >= 0"),
    ({"detectors": ["sentiment"]}, "unknown detector 'sentiment'"),
    ({"detectors": []}, "detectors is empty"),
    ({"detectors": ["religion", "religion"]}, "twice"),
])
def test_audit_parameter_errors(small, kwargs, match):
    kwargs = {"detectors": ["solidarity"], **kwargs}
    with pytest.raises(ParameterError, match=match):
        audit(small, **kwargs)


def test_corrected_parameter_errors(small):
    with pytest.raises(ParameterError, match="n_boot must be an integer >= 1"):
        corrected(small, pd.DataFrame(), n_boot=0)
    with pytest.raises(ParameterError, match="labels must be a DataFrame or a CSV path"):
        corrected(small, 42)
    with pytest.raises(ParameterError, match="analysis must be a coverage.Analysis"):
        audit(pd.DataFrame())


def test_analysis_methods_delegate(seeds_analysis, seeds_dir):
    pd.testing.assert_frame_equal(seeds_analysis.audit(40, seed=1), audit(seeds_analysis, 40, seed=1))
    pd.testing.assert_frame_equal(
        seeds_analysis.corrected(seeds_dir / "labels.csv", n_boot=100, detectors=["violence"]),
        corrected(seeds_analysis, seeds_dir / "labels.csv", n_boot=100, detectors=["violence"]))


def test_seed_census_human_is_the_true_share(seeds_analysis, seeds_dir):
    out = corrected(seeds_analysis, seeds_dir / "labels.csv", n_boot=200)
    lab = pd.read_csv(seeds_dir / "labels.csv", dtype=str, keep_default_na=False)
    s = seeds_analysis.sentences[seeds_analysis.counted_mask()][["article_id", "outlet", "sentence"]]
    m = s.merge(lab.assign(sentence=lab["sentence"].astype(int)), on=["article_id", "sentence"])
    for d in ["solidarity", "violence", "religion"]:
        want = m.groupby("outlet")[d].apply(lambda x: x.astype(int).mean()).to_dict()
        got = out[out["detector"] == d].set_index("outlet")["human"].to_dict()
        assert got == pytest.approx(want)
    assert (out["n_labelled"] == out["n_sentences"]).all()
    assert out["n_sentences"].groupby(out["detector"]).sum().tolist() == [136, 136, 136]
    ok = out["corrected"].notna()
    assert ((out.loc[ok, "corrected_low"] <= out.loc[ok, "corrected"])
            & (out.loc[ok, "corrected"] <= out.loc[ok, "corrected_high"])).all()
    assert hashlib.sha256(out.to_csv().encode()).hexdigest() == hashlib.sha256(
        corrected(seeds_analysis, seeds_dir / "labels.csv", n_boot=200).to_csv().encode()).hexdigest()


def test_a_filled_sheet_loads_in_validate_as_it_is(tmp_path):
    """The coder's aids (outlet, text, stratum, weight, pred_*) are read past by coverage.validate."""
    a = coverage.analyze("seeds", n_boot=20)
    sheet = audit(a, n=30, detectors=["violence"])
    sheet["solidarity"], sheet["religion"], sheet["religion_frame"] = 0, 0, ""
    sheet["violence"] = 1 - sheet["pred_violence"]  # a coder who disagrees with every call
    path = tmp_path / "sheet.csv"
    save_audit(sheet, path)
    res = coverage.validate(path, analysis=a)
    row = res.scores.set_index("detector").loc["violence"]
    assert row["n"] == len(sheet) and row["tp"] == 0 and row["f1"] == 0.0
    assert res.scores.set_index("detector").loc["violence", "accuracy"] == 0.0
