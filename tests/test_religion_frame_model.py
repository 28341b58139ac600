"""The religion family's frame model (opt-in): where the rules leave a sentence neutral, a learned frame decides.

Every text here is invented for the test.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

import coverage
from coverage.errors import ParameterError
from coverage.families import ReligionFamily, default_families
from coverage.families.learned import LearnedFrameModel
from coverage.families.religion import ReligionRules, builtin_frame_model

FRAMES = ["religion_community", "religion_dissociation", "religion_attribution", "religion_target",
          "religion_neutral"]
#: every religious sentence the rules leave neutral becomes community: p = e^2 / (1 + e^2)
COMMUNITY = LearnedFrameModel(classes=("community", "neutral"), feature_names=("religion",), vocabulary=(),
                              coef=((2.0,), (0.0,)), intercept=(0.0, 0.0))
DOC = pd.DataFrame({"id": ["a"], "outlet": ["A"],
                    "text": ["Muslims live in the city. Gunmen attacked the mosque. Roads were closed."]})


def _religion(frame_model):
    a = coverage.analyze(DOC, families=default_families(frame_model=frame_model, quotes=False), n_boot=20)
    return a.sentences[FRAMES].to_numpy().tolist(), a.hits[a.hits["metric"] == "religion"]


def test_the_model_decides_only_where_the_rules_say_neutral():
    frames, hits = _religion(COMMUNITY)
    # sentence 0: no frame cue, the model's community; sentence 1: the rules' target stays; sentence 2: none
    assert frames == [[1, 0, 0, 0, 0], [0, 0, 0, 1, 0], [0, 0, 0, 0, 0]]
    rule = hits.loc[hits["matched"] == "Muslims", "rule"].item()
    p = math.exp(2) / (1 + math.exp(2))
    assert rule.endswith(f"the rules leave the sentence neutral; the frame model puts it in community "
                         f"(p = {p:.2f}; top features: religion references +2.00)")
    assert hits.loc[hits["matched"] == "mosque", "frame"].item() == "target"
    assert "frame model" not in hits.loc[hits["matched"] == "mosque", "rule"].item()


def test_without_a_model_the_rules_alone():
    frames, hits = _religion(None)
    assert frames == [[0, 0, 0, 0, 1], [0, 0, 0, 1, 0], [0, 0, 0, 0, 0]]
    assert not hits["rule"].str.contains("frame model").any()


def test_the_builtin_model_holds_no_words_and_matches_the_installed_rules():
    """Retrain it (benchmarks/learned_frames.py --write-builtin) after every change of the lexicon or rules."""
    m = builtin_frame_model()
    assert m.vocabulary == () and not any(n.startswith("w:") for n in m.feature_names)
    assert m.check_lexicons() == "", "the lexicon or rules changed: retrain the model with `make frame-model`"
    assert set(m.classes) == {"attribution", "community", "dissociation", "neutral", "target"}
    assert m.n_train >= 600 and m.cv["accuracy"] is not None
    fam = ReligionFamily(frame_model="builtin")
    assert fam.frame_model is m and fam.provenance()["frame_model"]["sha256"] == m.sha256
    assert f"(model {m.sha256[:12]})" in fam.description()
    # off by default: the rules alone
    assert ReligionFamily().frame_model is None and ReligionFamily().provenance()["frame_model"] is None
    assert "frame model" not in ReligionFamily().description()


def test_other_rules_run_without_the_builtin_model():
    held_out = ReligionRules.default(exclude_events={"seeds"})
    assert ReligionFamily(rules=held_out, frame_model="builtin").frame_model is None
    assert ReligionFamily(rules=held_out, frame_model=COMMUNITY).frame_model is COMMUNITY
    assert ReligionFamily(frame_model=None).frame_model is None


def test_the_model_is_part_of_the_fingerprint(tmp_path):
    prints = {ReligionFamily(frame_model=m).fingerprint() for m in (None, "builtin", COMMUNITY)}
    assert len(prints) == 3
    COMMUNITY.to_json(tmp_path / "m.json")
    assert ReligionFamily(frame_model=tmp_path / "m.json").fingerprint() == ReligionFamily(
        frame_model=COMMUNITY).fingerprint()
    with pytest.raises(ParameterError, match="ReligionFamily needs a LearnedFrameModel"):
        ReligionFamily(frame_model=3)


def test_a_builtin_model_trained_on_other_lexicon_data_is_not_used_and_says_so(monkeypatch):
    import dataclasses

    from coverage.errors import CoverageWarning
    from coverage.families import religion

    stale = dataclasses.replace(builtin_frame_model(), religion_rules={"version": "0.0.1", "sha256": "0" * 64})
    monkeypatch.setattr(religion, "builtin_frame_model", lambda: stale)
    with pytest.warns(CoverageWarning, match="the built-in religion-frame model is not used: .*religion rules"):
        fam = ReligionFamily(frame_model="builtin")
    assert fam.frame_model is None
