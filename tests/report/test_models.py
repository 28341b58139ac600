"""Learned models in the report: ``-p models '[m.json]'`` runs a saved model beside the rules (issue 18)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import coverage
from coverage.cli import main
from coverage.errors import ParameterError
from coverage.families import LearnedDetector, LearnedFrameDetector, model_family
from coverage.families.learned import LearnedFrameModel, LearnedModel

ROOT = Path(__file__).resolve().parents[2]

#: p = sigmoid(3 x violence-lexicon hits - 1): a sentence is flagged when it has a violence hit.
VIOLENCE = LearnedModel(label="violence", feature_names=("frame:violence",), vocabulary=(), coef=(3.0,),
                        intercept=-1.0)
#: target when the sentence has a violence hit, community otherwise.
FRAMES = LearnedFrameModel(classes=("community", "target"), feature_names=("frame:violence",), vocabulary=(),
                           coef=((0.0,), (2.0,)), intercept=(0.0, 1.0))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("models")
    shutil.copytree(ROOT / "seeds", tmp / "seeds")
    (tmp / "models").mkdir()
    VIOLENCE.to_json(tmp / "models" / "violence.json")
    FRAMES.to_json(tmp / "models" / "frames.json")
    from coverage.report import render

    res = render(tmp / "seeds", out=tmp / "report", progress=False,
                 parameters={"models": [str(tmp / "models" / "violence.json"), str(tmp / "models" / "frames.json")],
                             "frame_mode": "replace", "religion_frame": "builtin",
                             "n_boot": 200})
    return tmp, res


def test_model_family_reads_either_kind(tmp_path):
    VIOLENCE.to_json(tmp_path / "v.json")
    FRAMES.to_json(tmp_path / "f.json")
    assert isinstance(model_family(tmp_path / "v.json"), LearnedDetector)
    fam = model_family(tmp_path / "f.json")
    assert isinstance(fam, LearnedFrameDetector) and fam.mode == "neutral"
    assert model_family(tmp_path / "f.json", frame_mode="replace").mode == "replace"
    (tmp_path / "other.json").write_text(json.dumps({"schema": "something-else"}), encoding="utf-8")
    with pytest.raises(ParameterError, match=r"other\.json: not a model written by media-coverage \(schema is "
                                             r"'something-else'"):
        model_family(tmp_path / "other.json")
    with pytest.raises(ParameterError, match="model file .*nope.json' does not exist"):
        model_family(tmp_path / "nope.json")
    with pytest.raises(ParameterError, match="frame_mode must be one of"):
        model_family(tmp_path / "f.json", frame_mode="rules")


def test_the_report_runs_the_models_beside_the_rules(rendered):
    tmp, res = rendered
    # the same numbers as the models run in this process
    direct = coverage.analyze(tmp / "seeds", families=[*coverage.default_families(frame_model="builtin"),
                                                       LearnedDetector(VIOLENCE),
                                                       LearnedFrameDetector(FRAMES, mode="replace")], n_boot=200)
    arts = pd.read_csv(res.metrics / "articles.csv").set_index("article_id").sort_index()
    want = direct.articles.set_index("article_id").sort_index()
    for col in ("learned_violence_share", "learned_frame_target_share", "learned_frame_community_share"):
        assert np.allclose(arts[col].to_numpy(float), want[col].to_numpy(float), equal_nan=True), col
    # the hand-built model: p = 1 / (1 + exp(1 - 3 w)), w the weighted violence-lexicon hits; none: p = 0.269
    s = direct.sentences
    assert s["learned_violence"].min() == pytest.approx(1 / (1 + np.e))
    assert ((s["learned_violence"] >= 0.5) == (s["learned_violence_flag"] == 1)).all()
    assert 0.2 < s["learned_violence_flag"].mean() < 0.6
    outlets = pd.read_csv(res.metrics / "outlets.csv")
    assert {"learned_violence_share", "learned_violence_share_low", "learned_frame_target_share"} <= set(outlets)
    page = res.html.read_text(encoding="utf-8")
    assert "Learned violence (share of sentences)" in page[page.index('id="outlets"'):page.index('id="evidence"')]
    prov = page[page.index('id="provenance"'):]
    assert f"violence.json (learned_violence, model sha256 {VIOLENCE.sha256[:12]})" in prov
    assert f"frames.json (learned_frame, model sha256 {FRAMES.sha256[:12]})" in prov
    assert "the rules, the built-in frame model where they say neutral" in prov
    from coverage.families.religion import builtin_frame_model

    methods = page[page.index('id="methods"'):page.index('id="provenance"')]
    assert "a frame model decides" in methods and builtin_frame_model().sha256[:12] in methods
    manifest = json.loads(res.manifest.read_text(encoding="utf-8"))  # paths relative to the corpus folder's parent
    assert manifest["parameters"]["models"] == ["models/violence.json", "models/frames.json"]
    assert manifest["parameters"]["frame_mode"] == "replace"
    assert manifest["parameters"]["religion_frame"] == "builtin"
    assert str(tmp) not in page


@pytest.mark.parametrize("args, message", [
    (["-p", "models", "[nope.json]"], "file 'nope.json' does not exist"),
    (["-p", "frame_mode", "rules"], "frame_mode must be 'neutral'"),
    (["-p", "religion_frame", "learned"], "religion_frame must be 'rules'"),
])
def test_bad_model_parameters_fail_before_a_kernel(tmp_path, capsys, args, message):
    code = main(["report", str(ROOT / "seeds"), "--out", str(tmp_path / "r"), "--quiet", *args])
    assert code == 2 and message in capsys.readouterr().err
    assert not (tmp_path / "r").exists()


def test_a_file_that_is_not_a_model_fails_before_a_kernel(tmp_path, capsys):
    bad = tmp_path / "labels.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    code = main(["report", str(ROOT / "seeds"), "--out", str(tmp_path / "r"), "--quiet", "-p", "models",
                 f"[{bad}]"])
    err = capsys.readouterr().err
    assert code == 2 and "labels.json: not a model written by media-coverage" in err
    assert not (tmp_path / "r").exists()
