"""The learned religion-frame model: plain-data model, JSON files, training, the family in the one pass.

Every text here is invented for the test; nothing is read from ../shared/data.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

import coverage
from coverage.errors import ParameterError
from coverage.families import LearnedFrameDetector, check_families
from coverage.families.learned import LearnedFrameModel, LearnedModel, rules_frame, text_features
from coverage.learn import _design, labelled_features, train_frame_model
from coverage.outputs import OutputError

FRAMES = ["attribution", "community", "dissociation", "neutral", "target"]

# a hand-built model: three classes, two lexicon features and one n-gram
HAND = LearnedFrameModel(
    classes=("community", "neutral", "target"),
    feature_names=("frame:violence", "religion"),
    vocabulary=("prayed",),
    coef=((-1.0, 0.5, 2.0), (0.0, 0.0, 0.0), (1.5, 0.25, -1.0)),
    intercept=(0.1, 0.4, -0.2),
    n_train=30,
)

# invented labelled articles: each has a target sentence (an attack on worshippers or a place of worship),
# a community sentence (faith communities praying or mourning together), a non-religious sentence
TEXTS = {
    "a1": "Gunmen attacked worshippers at the mosque. Muslims and Christians prayed together for peace. "
          "Roads were closed.",
    "a2": "A bomb exploded outside the synagogue. The Jewish community gathered to pray for the victims. "
          "Trains ran late.",
    "a3": "Worshippers were shot inside the church. Christians and Muslims prayed together at a vigil. "
          "Shops reopened.",
    "a4": "The temple was set on fire by attackers. Hindus gathered to pray for the victims. The council met.",
    "a5": "Gunmen attacked worshippers at the church. Jews and Muslims prayed together for peace. Rain fell.",
}
CORPUS = pd.DataFrame({"id": list(TEXTS), "outlet": ["A", "B", "A", "B", "A"], "text": list(TEXTS.values())})
LABELS = pd.DataFrame({
    "article_id": [a for a in TEXTS for _ in range(3)],
    "sentence": [0, 1, 2] * 5,
    "solidarity": [0, 1, 0] * 5,
    "violence": [1, 0, 0] * 5,
    "religion": [1, 1, 0] * 5,
    "religion_frame": ["target", "community", ""] * 5,
})


def softmax(z: list[float]) -> list[float]:
    e = [math.exp(v) for v in z]
    return [v / sum(e) for v in e]


@pytest.fixture(scope="module")
def trained() -> LearnedFrameModel:
    return train_frame_model(LABELS, corpus=CORPUS, min_df=2)


# -- the plain-data model ------------------------------------------------------------


def test_hand_built_probabilities_are_the_softmax_of_the_scores():
    feats = text_features("Worshippers were shot.")
    assert (feats["frame:violence"], feats["religion"], "w:prayed" in feats) == (1.0, 1.0, False)
    # z = intercept + coef . (violence 1, religion 1, prayed 0)
    z = [0.1 - 1.0 + 0.5, 0.4, -0.2 + 1.5 + 0.25]
    got = HAND.predict_proba(["Worshippers were shot."])
    assert got.shape == (1, 3)
    np.testing.assert_allclose(got[0], softmax(z), rtol=1e-12)
    assert HAND.predict(["Worshippers were shot."]).tolist() == ["target"]
    # "Muslims prayed.": religion 1, prayed 1, no violence
    feats = text_features("Muslims prayed.")
    assert ("frame:violence" not in feats, feats["religion"], feats["w:prayed"]) == (True, 1.0, 1.0)
    z = [0.1 + 0.5 + 2.0, 0.4, -0.2 + 0.25 - 1.0]
    np.testing.assert_allclose(HAND.predict_proba("Muslims prayed.")[0], softmax(z), rtol=1e-12)
    assert HAND.predict("Muslims prayed.").tolist() == ["community"]
    # nothing known: the intercepts alone
    np.testing.assert_allclose(HAND.predict_proba(["Rain fell."])[0], softmax([0.1, 0.4, -0.2]), rtol=1e-12)
    # the contributions towards a frame, largest first
    assert HAND.contributions(text_features("Muslims prayed."), "community") == [("w:prayed", 2.0),
                                                                                 ("religion", 0.5)]


def test_the_model_checks_its_fields():
    good = {"classes": ("neutral", "target"), "feature_names": ("religion",), "vocabulary": (),
            "coef": ((0.0,), (1.0,)), "intercept": (0.0, 0.0)}
    LearnedFrameModel(**good)
    with pytest.raises(ParameterError, match="classes must be two or more distinct frames, sorted"):
        LearnedFrameModel(**{**good, "classes": ("target", "neutral")})
    with pytest.raises(ParameterError, match="classes holds 'hate', not a religion frame"):
        LearnedFrameModel(**{**good, "classes": ("hate", "target")})
    with pytest.raises(ParameterError, match="coef row 1 has 2 weights for 1 features"):
        LearnedFrameModel(**{**good, "coef": ((0.0,), (1.0, 2.0))})
    with pytest.raises(ParameterError, match="coef has 1 rows and intercept 2 values for 2 classes"):
        LearnedFrameModel(**{**good, "coef": ((0.0,),)})
    with pytest.raises(ParameterError, match="finite"):
        LearnedFrameModel(**{**good, "intercept": (0.0, float("nan"))})
    with pytest.raises(ParameterError, match="class_weight"):
        LearnedFrameModel(**{**good, "class_weight": "heavy"})


def test_json_round_trip_and_damaged_files(tmp_path):
    path = tmp_path / "frames.json"
    assert HAND.to_json(path) == str(path)
    back = LearnedFrameModel.from_json(path)
    assert back == HAND and back.sha256 == HAND.sha256
    np.testing.assert_array_equal(back.predict_proba(["Worshippers were shot.", "Muslims prayed."]),
                                  HAND.predict_proba(["Worshippers were shot.", "Muslims prayed."]))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "media-coverage/learned-frame-model"
    assert data["coef"] == [[-1.0, 0.5, 2.0], [0.0, 0.0, 0.0], [1.5, 0.25, -1.0]]
    # writing again over its own file is allowed
    HAND.to_json(path)

    edited = tmp_path / "edited.json"
    edited.write_text(path.read_text(encoding="utf-8").replace("2.0", "3.0", 1), encoding="utf-8")
    with pytest.raises(ParameterError, match=r"edited\.json: the sha256 recorded in the file does not match"):
        LearnedFrameModel.from_json(edited)
    bad = dict(data, coef=[[-1.0, 0.5], [0.0, 0.0, 0.0], [1.5, 0.25, -1.0]])
    del bad["sha256"]
    edited.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ParameterError, match=r"edited\.json: coef row 0 has 2 weights for 2 features \+ 1 n-grams"):
        LearnedFrameModel.from_json(edited)
    edited.write_text(json.dumps(dict(bad, coef=[1.0, 2.0, 3.0])), encoding="utf-8")
    with pytest.raises(ParameterError, match=r"edited\.json: coef must be a list of lists of numbers"):
        LearnedFrameModel.from_json(edited)
    edited.write_text(path.read_text(encoding="utf-8")[:200], encoding="utf-8")
    with pytest.raises(ParameterError, match=r"edited\.json: not valid JSON"):
        LearnedFrameModel.from_json(edited)
    # a binary detector's file is not a frame model, and the other way round
    detector = LearnedModel(label="religion", feature_names=("religion",), vocabulary=(), coef=(1.0,), intercept=0.0)
    other = tmp_path / "detector.json"
    detector.to_json(other)
    with pytest.raises(ParameterError, match=r"detector\.json: not a learned-frame model"):
        LearnedFrameModel.from_json(other)
    with pytest.raises(ParameterError, match=r"frames\.json: not a learned-detector model"):
        LearnedModel.from_json(path)
    with pytest.raises(OutputError, match=r"detector\.json: exists and is not a learned-frame model"):
        HAND.to_json(other)
    with pytest.raises(ParameterError, match="does not exist"):
        LearnedFrameModel.from_json(tmp_path / "missing.json")


# -- training ------------------------------------------------------------------------


def test_training_on_religious_sentences(trained):
    m = trained
    assert m.classes == ("community", "target")
    assert (m.n_train, m.n_articles, m.C, m.class_weight, m.min_df) == (10, 5, 1.0, "balanced", 2)
    assert list(m.feature_names) == sorted(m.feature_names) and list(m.vocabulary) == sorted(m.vocabulary)
    assert "religion" in m.feature_names and "prayed together" in m.vocabulary
    # the non-religious sentences are not training data: their words are not in the vocabulary
    assert "roads" not in m.vocabulary and "shops" not in m.vocabulary
    # held-in sentences come back with their frames
    texts = [TEXTS["a1"].split(". ")[0] + ".", "Muslims and Christians prayed together for peace."]
    assert m.predict(texts).tolist() == ["target", "community"]
    # and new clear cases
    assert m.predict(["Gunmen attacked the synagogue.", "Jews and Christians prayed together."]).tolist() == [
        "target", "community"]


def test_training_records_a_cross_validation_by_article():
    """The model's cv is scikit-learn's grouped cross-validation of the same recipe, fold by fold."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.model_selection import GroupKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline

    labels = LABELS.copy()  # one article coded the other way round: its fold cannot be right
    labels.loc[(labels["article_id"] == "a5") & (labels["sentence"] < 2), "religion_frame"] = ["community", "target"]
    model = train_frame_model(labels, corpus=CORPUS, min_df=1)
    sents = coverage.analyze(CORPUS, n_boot=10).sentences
    sents = sents.assign(article_id=sents["article_id"].astype(str))
    rel = labels[labels["religion"] == 1].reset_index(drop=True)
    y = rel["religion_frame"].to_numpy()
    pipe = make_pipeline(DictVectorizer(), LogisticRegression(class_weight="balanced", max_iter=10_000, tol=1e-8))
    want = cross_val_predict(pipe, labelled_features(rel, sents), y, groups=rel["article_id"], cv=GroupKFold(5))
    assert (want[rel["article_id"] == "a5"] != y[rel["article_id"] == "a5"]).all()
    assert model.cv == {"scheme": "GroupKFold(n_splits=5) by article_id", "n_splits": 5, "n": 10,
                        "accuracy": pytest.approx(float(np.mean(want == y))),
                        "macro_f1": pytest.approx(f1_score(y, want, average="macro"))}
    assert model.cv["accuracy"] <= 0.8
    assert train_frame_model(LABELS, corpus=CORPUS, cv_splits=0).cv["scheme"] == "none (cv_splits < 2)"
    assert LearnedFrameModel.from_dict(json.loads(model.to_json_text())).cv == model.cv
    assert "cross-validated by article on its training labels: accuracy" in LearnedFrameDetector(model).description()


def test_training_matches_scikit_learn_three_frames():
    """With three frames the plain-data model gives scikit-learn's multinomial probabilities."""
    from sklearn.linear_model import LogisticRegression

    labels = LABELS.copy()
    labels.loc[labels["article_id"].isin(["a2", "a4"]) & (labels["sentence"] == 1), "religion_frame"] = "neutral"
    model = train_frame_model(labels, corpus=CORPUS, min_df=1, C=0.5)
    assert model.classes == ("community", "neutral", "target") and len(model.coef) == 3
    sents = coverage.analyze(CORPUS, n_boot=10).sentences
    sents = sents.assign(article_id=sents["article_id"].astype(str))
    rel = labels[labels["religion"] == 1].reset_index(drop=True)
    feats = labelled_features(rel, sents)
    names = [*model.feature_names, *("w:" + v for v in model.vocabulary)]
    clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=10_000, tol=1e-8)
    clf.fit(_design(feats, names), rel["religion_frame"].to_numpy())
    ours = np.array([model.probabilities(f) for f in feats])
    np.testing.assert_allclose(ours, clf.predict_proba(_design(feats, names)), atol=1e-6)


def test_training_errors():
    one_frame = LABELS.assign(religion_frame=LABELS["religion_frame"].replace("community", "target"))
    with pytest.raises(ParameterError, match=r"10 religious sentences .* 1 frame\(s\) \['target'\]; a frame model "
                                             r"needs at least two frames"):
        train_frame_model(one_frame, corpus=CORPUS)
    with pytest.raises(ParameterError, match="class_weight"):
        train_frame_model(LABELS, corpus=CORPUS, class_weight="heavy")
    with pytest.raises(ParameterError, match="needs the labelled texts"):
        train_frame_model(LABELS)


# -- the family ----------------------------------------------------------------------


def test_the_family_in_the_one_pass(trained):
    fam = LearnedFrameDetector(trained)
    check_families([*coverage.default_families(), fam])
    df = pd.DataFrame({"id": ["x", "y"], "outlet": ["P", "Q"], "text": [
        "Gunmen attacked worshippers at the synagogue. Jews and Muslims prayed together for peace. "
        "Muslims and Christians prayed together at a vigil. The road was closed.",
        "Police closed the road. Nobody was hurt."]})
    a = coverage.analyze(df, families=[*coverage.default_families(), fam], n_boot=50)
    s = a.sentences
    cols = ["learned_frame_religious", *(f"learned_frame_{f}" for f in FRAMES)]
    assert all(s[c].dtype == bool for c in cols)
    frames = s[[f"learned_frame_{f}" for f in FRAMES]]
    religious = s["learned_frame_religious"]
    # exactly one frame per religious sentence, none elsewhere; religious as the religion rules say
    assert (frames.sum(axis=1) == religious.astype(int)).all()
    assert religious.tolist() == (s["religion"] > 0).tolist() == [True, True, True, False, False, False]
    assert s.loc[religious, "learned_frame_target"].tolist() == [True, False, False]
    assert s.loc[religious, "learned_frame_community"].tolist() == [False, True, True]
    # per article: shares of its religious sentences
    art = a.articles.set_index("article_id")
    assert art.loc["x", "learned_frame_community_share"] == pytest.approx(2 / 3)
    assert art.loc["x", "learned_frame_target_share"] == pytest.approx(1 / 3)
    assert art.loc["x", "learned_frame_neutral_share"] == 0
    assert np.isnan(art.loc["y", "learned_frame_target_share"])  # no religious sentence
    assert art.loc["x", "learned_frame_religious"] == 3
    out = a.outlets.set_index("outlet")
    assert out.loc["P", "learned_frame_community_share"] == pytest.approx(2 / 3)
    # evidence: one hit per religious sentence, naming its frame and top features
    h = a.hits[a.hits["metric"].str.startswith("learned_frame_")]
    assert len(h) == 3 and h["frame"].tolist() == ["target", "community", "community"]
    assert all(r.startswith("learned religion frame ") and "top features" in r for r in h["rule"])


def test_neutral_mode_keeps_the_rules_non_neutral_frames():
    # a model that calls every religious sentence "community"
    always = LearnedFrameModel(classes=("community", "target"), feature_names=("religion",), vocabulary=(),
                               coef=((0.0,), (0.0,)), intercept=(5.0, 0.0))
    assert [rules_frame(text_features(t)) for t in ("Gunmen attacked worshippers at the synagogue.",
                                                    "The bishop spoke on Tuesday.", "Roads were closed.")] == [
        "target", "neutral", ""]
    df = pd.DataFrame({"id": ["x", "y"], "outlet": ["P", "Q"], "text": [
        "Gunmen attacked worshippers at the synagogue. The bishop spoke on Tuesday. Roads were closed.",
        "The bishop spoke on Tuesday. Roads were closed."]})
    fams = coverage.default_families()
    rep = coverage.analyze(df, families=[*fams, LearnedFrameDetector(always)], n_boot=20).sentences
    neu = coverage.analyze(df, families=[*fams, LearnedFrameDetector(always, mode="neutral")], n_boot=20).sentences
    assert rep["learned_frame_community"].tolist() == [True, True, False, True, False]
    # the religion family's frames: target, target (its article rule: the attack in sentence 0), neutral
    assert neu["religion_target"].tolist() == [2, 1, 0, 0, 0] and neu["religion_neutral"].tolist() == [0, 0, 0, 1, 0]
    # neutral mode: the rules' non-neutral frames kept (the article rule's included), the learned one for neutral
    assert neu["learned_frame_target"].tolist() == [True, True, False, False, False]
    assert neu["learned_frame_community"].tolist() == [False, False, False, True, False]
    assert not neu["learned_frame_neutral"].any()
    h = coverage.analyze(df, families=[*fams, LearnedFrameDetector(always, mode="neutral")], n_boot=20).hits
    h = h[h["metric"].str.startswith("learned_frame_")]
    assert h["category"].tolist() == ["rules", "rules", "learned_frame"]
    assert h["rule"].iloc[2].endswith("(the rules said neutral)")


def test_family_arguments(tmp_path):
    with pytest.raises(ParameterError, match="needs a model"):
        LearnedFrameDetector()
    with pytest.raises(ParameterError, match="mode must be one of"):
        LearnedFrameDetector(HAND, mode="both")
    with pytest.raises(ParameterError, match="needs a LearnedFrameModel"):
        LearnedFrameDetector(LearnedModel(label="religion", feature_names=(), vocabulary=(), coef=(), intercept=0.0))
    path = HAND.to_json(tmp_path / "m.json")
    fam = LearnedFrameDetector(path, mode="neutral")
    assert fam.model == HAND and fam.provenance()["mode"] == "neutral"
    assert fam.fingerprint() != LearnedFrameDetector(HAND).fingerprint()
