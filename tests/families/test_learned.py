"""The learned detector (issue 18, item 4): training, JSON model files, the family in the one pass."""

from __future__ import annotations

import ast
import json
import warnings
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import coverage
from coverage.errors import CoverageWarning, ParameterError
from coverage.families import LearnedDetector, check_families, default_families
from coverage.families.learned import (
    LearnedModel,
    describe_feature,
    sentence_features,
    text_features,
)
from coverage.learn import (
    _design,
    cross_validate_detector,
    cross_validate_detectors,
    labelled_features,
    train_detector,
)
from coverage.text import tokenize

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "seeds" / "labels.csv"

# a small hand-built labelled corpus: two outlets, four articles, plain sentences
TEXTS = {
    "h1": "Hundreds stood together at a vigil. The gunman opened fire on the crowd. Roads were closed.",
    "h2": "Mourners laid flowers in solidarity. Two people were shot dead. The council met on Tuesday.",
    "h3": "The city stood together in grief. A bomb killed three people. Trains ran as normal.",
    "h4": "Neighbours held a vigil for the victims. The attacker was arrested. Shops opened late.",
}
HAND = pd.DataFrame({"id": list(TEXTS), "outlet": ["A", "B", "A", "B"], "text": list(TEXTS.values())})
HAND_LABELS = pd.DataFrame({
    "article_id": [a for a in TEXTS for _ in range(3)],
    "sentence": [0, 1, 2] * 4,
    "solidarity": [1, 0, 0] * 4,
    "violence": [0, 1, 0] * 4,
    "religion": [0] * 12,
    "religion_frame": [""] * 12,
})


@pytest.fixture(scope="module")
def seeds_model(seeds_analysis) -> LearnedModel:
    return train_detector(LABELS, analysis=seeds_analysis, label="solidarity")


@pytest.fixture(scope="module")
def learned_analysis(seeds_corpus, seeds_model):
    return coverage.analyze(seeds_corpus, families=[*coverage.default_families(), LearnedDetector(seeds_model)],
                            n_boot=200)


# -- training ----------------------------------------------------------------------


def test_the_seed_model_is_trained_on_every_labelled_sentence(seeds_model):
    m = seeds_model
    labels = pd.read_csv(LABELS)
    assert (m.label, m.n_train, m.n_articles) == ("solidarity", 156, 5)
    assert m.n_positive == int(labels["solidarity"].sum()) == 101
    assert len(m.coef) == len(m.feature_names) + len(m.vocabulary)
    assert list(m.feature_names) == sorted(m.feature_names) and list(m.vocabulary) == sorted(m.vocabulary)
    # the lexicon hit counts are features, and the solidarity lexicon pushes towards solidarity
    assert {"frame:solidarity", "frame:violence", "religion", "cue:negation", "cue:in_quote"} <= set(m.feature_names)
    assert m.weights["frame:solidarity"] > 0.5
    assert "stand together" in m.vocabulary and m.weights["w:stand together"] > 0
    # the cross-validation recorded in the model: 5 folds grouped by article, on all 156 sentences
    assert m.cv["scheme"] == "GroupKFold(n_splits=5) by article_id"
    assert (m.cv["n"], m.cv["support"]) == (156, 101)
    assert 0.8 < m.cv["f1"] <= 1.0 and 0.8 < m.cv["precision"] <= 1.0


def test_the_model_is_the_fitted_logistic_regression(seeds_analysis, seeds_model):
    """The plain-data model predicts exactly what scikit-learn's fitted estimator predicts."""
    from sklearn.linear_model import LogisticRegression

    from coverage.learn import _prepared

    table, feats, _ = _prepared(LABELS, seeds_analysis, None, None, (1, 2))
    m = seeds_model
    names = [*m.feature_names, *("w:" + v for v in m.vocabulary)]
    x = _design(feats, names)
    clf = LogisticRegression(C=1.0, class_weight="balanced", solver="lbfgs", max_iter=10_000, tol=1e-8)
    clf.fit(x, table["solidarity"].to_numpy())
    np.testing.assert_allclose(clf.coef_[0], m.coef, rtol=0, atol=1e-12)
    ours = np.array([m.probability(f) for f in feats])
    np.testing.assert_allclose(ours, clf.predict_proba(x)[:, 1], rtol=0, atol=1e-12)
    # the training fit is good on the seeds (what the rules were written from)
    pred = ours >= 0.5
    assert (pred == table["solidarity"].to_numpy().astype(bool)).mean() > 0.9


def test_the_lexicon_features_are_the_analysis_columns(seeds_analysis):
    s = seeds_analysis.sentences
    labels = s[["article_id", "sentence"]].assign(article_id=s["article_id"].astype(str))
    feats = labelled_features(labels, s.assign(article_id=s["article_id"].astype(str)), ngram_range=(1, 1))
    # the features are sentence-level: the article-level hit of framing 1.9.0 (a perpetrator named earlier in the
    # article, term "named perpetrator") is in the analysis column only
    h = seeds_analysis.hits
    named = h[h["term"] == "named perpetrator"].groupby(["article_id", "sentence"])["weight"].sum()
    assert len(named) > 0
    key = pd.MultiIndex.from_arrays([s["article_id"], s["sentence"]])
    article_level = {"violence": named.reindex(key, fill_value=0.0).to_numpy()}
    for column, feature in [("solidarity", "frame:solidarity"), ("violence", "frame:violence"),
                            ("religion", "religion"), ("religion_community", "religion_frame:community"),
                            ("religion_attribution", "religion_frame:attribution")]:
        got = np.array([f.get(feature, 0.0) for f in feats])
        want = s[column].to_numpy(dtype="float64") - article_level.get(column, 0.0)
        np.testing.assert_array_equal(got, want, err_msg=column)


def test_features_of_one_sentence():
    s = "“We will not be divided,” she said at the mosque."
    values, spans = sentence_features(tokenize(s, offset=100), s, start=100, in_quote=False, ngram_range=(1, 2))
    assert values["frame:solidarity"] == 1.0  # "not be divided": negated division counts as solidarity
    assert values["cue:negated_hit"] == 1.0 and values["cue:negation"] == 1.0
    assert values["cue:quote_mark"] == 1.0 and "cue:in_quote" not in values
    assert values["religion"] == 1.0 and values["religion_group:place_of_worship"] == 1.0
    assert values["w:will not"] == 1.0 and values["w:the mosque"] == 1.0
    a, b = spans["w:the mosque"]
    assert s[a - 100:b - 100] == "the mosque"
    assert text_features("Police said 49 people died.", ngram_range=(2, 2))["w:<num> people"] == 1.0
    assert describe_feature("religion_frame:target") == "religion frame target"


def test_training_is_deterministic_and_independent_of_row_order(seeds_analysis, seeds_model):
    again = train_detector(LABELS, analysis=seeds_analysis, label="solidarity")
    assert again.to_json_text() == seeds_model.to_json_text()
    shuffled = pd.read_csv(LABELS, dtype=str, keep_default_na=False).sample(frac=1.0, random_state=11)
    assert shuffled["article_id"].tolist() != sorted(shuffled["article_id"])
    assert train_detector(shuffled, analysis=seeds_analysis).to_json_text() == seeds_model.to_json_text()


def test_training_from_a_corpus_path_and_a_hand_built_corpus():
    model = train_detector(HAND_LABELS, corpus=HAND, label="solidarity", min_df=1)
    assert (model.n_train, model.n_positive, model.n_articles) == (12, 4, 4)
    assert model.cv["scheme"] == "GroupKFold(n_splits=4) by article_id"
    # unseen sentences: the solidarity ones share "stood together" / "vigil" / lexicon hits with the training data
    p = model.predict_proba(["The town stood together.", "Crowds held a vigil.", "The gunman was arrested.",
                             "Trains ran late."])
    assert p[0] > 0.5 and p[1] > 0.5 and p[2] < 0.5 and p[3] < 0.5
    violence = train_detector(HAND_LABELS, corpus=HAND, label="violence", min_df=1)
    assert violence.predict(["Three people were shot dead.", "The council met."]).tolist() == [1, 0]
    seeds = train_detector(LABELS, corpus=ROOT / "seeds", label="religion")
    assert seeds.n_positive == int(pd.read_csv(LABELS)["religion"].sum())


def test_a_misaligned_label_is_an_error_naming_the_row(seeds_analysis):
    labels = pd.read_csv(LABELS, dtype=str, keep_default_na=False)
    labels.loc[3, "text_prefix"] = "Something else entirely"
    with pytest.raises(ParameterError, match=r"label row 3 \(CSV line 5; article_id='seed-000', sentence=3\): "
                                             r"text_prefix 'Something else entirely' does not match"):
        train_detector(labels, analysis=seeds_analysis)
    labels = pd.read_csv(LABELS, dtype=str, keep_default_na=False)
    labels.loc[0, "sentence"] = "999"
    with pytest.raises(ParameterError, match=r"label row 0 .*sentences 0\.\.\d+ only"):
        train_detector(labels, analysis=seeds_analysis)
    labels = HAND_LABELS.assign(text_sha1="0" * 40)
    with pytest.raises(ParameterError, match=r"label row 0 .*text_sha1 does not match"):
        train_detector(labels, corpus=HAND, min_df=1)


def test_bad_settings_are_refused(seeds_analysis):
    with pytest.raises(ParameterError, match="label must be one of"):
        train_detector(LABELS, analysis=seeds_analysis, label="religion_frame")
    with pytest.raises(ParameterError, match="no sentences labelled religion=1"):
        train_detector(HAND_LABELS, corpus=HAND, label="religion", min_df=1)
    with pytest.raises(ParameterError, match="min_df"):
        train_detector(LABELS, analysis=seeds_analysis, min_df=0)
    with pytest.raises(ParameterError, match="needs the labelled texts"):
        train_detector(LABELS)


# -- cross-validation --------------------------------------------------------------


def test_leave_one_group_out_by_a_column(seeds_analysis):
    labels = pd.read_csv(LABELS, dtype=str, keep_default_na=False)
    labels["event"] = labels["article_id"].map(lambda a: "early" if a in ("seed-000", "seed-001") else a)
    cv = cross_validate_detector(labels, analysis=seeds_analysis, label="violence", groups="event")
    assert cv.scheme == "LeaveOneGroupOut by event"
    assert cv.folds["groups"].tolist() == ["early", "seed-002", "seed-003", "seed-004"]
    assert cv.folds["n"].sum() == 156 and (cv.predictions["fold"] >= 0).all()
    p = cv.pooled
    assert p["tp"] == cv.folds["tp"].sum() and p["fp"] == cv.folds["fp"].sum()
    assert p["support"] == int(labels["violence"].astype(int).sum())
    assert p["f1"] == pytest.approx(2 * p["tp"] / (2 * p["tp"] + p["fp"] + p["fn"]))
    assert 0.6 < p["f1"] <= 1.0
    assert cv.median_f1 == pytest.approx(cv.folds["f1"].median())
    # the same folds from a mapping
    by_map = cross_validate_detector(LABELS, analysis=seeds_analysis, label="violence",
                                     groups=dict(zip(labels["article_id"], labels["event"], strict=True)))
    assert by_map.pooled == p


def test_only_fits_the_named_groups_folds_with_the_same_predictions(seeds_analysis):
    # leave one event out, one event at a time (benchmarks/learned_detector.py): the held-out event's predictions
    # are those of the full run, from one model instead of one per group
    labels = pd.read_csv(LABELS, dtype=str, keep_default_na=False)
    labels["side"] = labels["article_id"].map({"seed-000": "held out", "seed-001": "r0", "seed-002": "r1",
                                               "seed-003": "r0", "seed-004": "r1"})
    full = cross_validate_detector(labels, analysis=seeds_analysis, label="violence", groups="side")
    one = cross_validate_detector(labels, analysis=seeds_analysis, label="violence", groups="side", only=["held out"])
    assert full.folds["groups"].tolist() == ["held out", "r0", "r1"] and one.folds["groups"].tolist() == ["held out"]
    want = full.predictions[full.predictions["group"] == "held out"].reset_index(drop=True)
    pd.testing.assert_frame_equal(one.predictions, want)
    held_fold = full.folds.iloc[0]
    assert [one.pooled[k] for k in ("tp", "fp", "fn")] == [held_fold[k] for k in ("tp", "fp", "fn")]
    assert len(one.predictions) == int((labels["side"] == "held out").sum())


def test_each_fold_learns_only_from_the_other_groups(seeds_analysis):
    cv = cross_validate_detector(LABELS, analysis=seeds_analysis, label="solidarity", groups=None, n_splits=5)
    assert cv.scheme == "GroupKFold(n_splits=5) by article_id"
    # every article is held out exactly once, in one fold
    per = cv.predictions.groupby("article_id")["fold"].nunique()
    assert (per == 1).all() and cv.predictions["fold"].nunique() == 5
    with pytest.raises(ParameterError, match="groups has 3 entries for 156 label rows"):
        cross_validate_detector(LABELS, analysis=seeds_analysis, groups=["a", "b", "c"])


def test_several_labels_over_the_same_folds_give_each_label_s_own_cross_validation(seeds_analysis):
    # benchmarks/learned_detector.py featurises each fold's sentences once for the three detectors
    labels = pd.read_csv(LABELS, dtype=str, keep_default_na=False)
    labels["side"] = labels["article_id"].map({"seed-000": "held out", "seed-001": "r0", "seed-002": "r1",
                                               "seed-003": "r0", "seed-004": "r1"})
    cvs = cross_validate_detectors(labels, analysis=seeds_analysis, detectors=["violence", "solidarity", "violence"],
                                   groups="side", only=["held out"])
    assert list(cvs) == ["violence", "solidarity"]
    for d, cv in cvs.items():
        one = cross_validate_detector(labels, analysis=seeds_analysis, label=d, groups="side", only=["held out"])
        assert cv.label == d and cv.scheme == one.scheme and cv.pooled == one.pooled
        pd.testing.assert_frame_equal(cv.predictions, one.predictions)
    # the two labels' predictions differ: each is its own model
    assert cvs["violence"].predictions["human"].sum() != cvs["solidarity"].predictions["human"].sum()
    assert not np.allclose(cvs["violence"].predictions["proba"], cvs["solidarity"].predictions["proba"])
    with pytest.raises(ParameterError, match="detectors must be a non-empty list"):
        cross_validate_detectors(labels, analysis=seeds_analysis, detectors="violence", groups="side")
    with pytest.raises(ParameterError, match="label must be one of"):
        cross_validate_detectors(labels, analysis=seeds_analysis, detectors=["violence", "tone"], groups="side")


def test_cross_validation_can_compute_the_lexicon_features_without_the_held_out_rules(seeds_analysis):
    # the seeds wrote the seed-era rules: without them only the rules other events also motivated
    # (``from: [seeds, paris-2015]``, ...) give lexicon features (benchmarks/learned_detector.py does
    # this per held-out event)
    from coverage.families.religion import ReligionRules
    from coverage.lexicon import Lexicon

    held = {"lexicon": Lexicon.default(exclude_events={"seeds"}),
            "religion_rules": ReligionRules.default(exclude_events={"seeds"})}
    s = seeds_analysis.sentences.assign(article_id=seeds_analysis.sentences["article_id"].astype(str))
    labels = s[["article_id", "sentence"]]
    full = labelled_features(labels, s, ngram_range=(1, 1))
    without = labelled_features(labels, s, ngram_range=(1, 1), **held)
    lexical = ("frame:", "group:", "religion", "cue:negated_hit")
    n_full = sum(any(k.startswith(lexical) for k in f) for f in full)
    n_without = sum(any(k.startswith(lexical) for k in f) for f in without)
    assert n_full > 100 and 0 < n_without < n_full / 5
    # the n-grams and the other cues are the same
    assert [{k: v for k, v in f.items() if not k.startswith(lexical)} for f in full] == \
        [{k: v for k, v in f.items() if not k.startswith(lexical)} for f in without]
    a = cross_validate_detector(LABELS, analysis=seeds_analysis, label="violence", groups=None)
    b = cross_validate_detector(LABELS, analysis=seeds_analysis, label="violence", groups=None, **held)
    assert not np.allclose(a.predictions["proba"], b.predictions["proba"])
    assert (a.predictions[["article_id", "sentence"]] == b.predictions[["article_id", "sentence"]]).all().all()

# -- the model file ----------------------------------------------------------------


def test_the_model_round_trips_through_json_bit_for_bit(tmp_path, seeds_model, seeds_analysis):
    path = tmp_path / "solidarity.json"
    assert seeds_model.to_json(path) == str(path)
    raw = path.read_bytes()
    data = json.loads(raw)
    assert data["schema"] == "media-coverage/learned-detector" and data["sha256"] == seeds_model.sha256
    assert list(data) == sorted(data)
    back = LearnedModel.from_json(path)
    assert back == seeds_model and back.coef == seeds_model.coef  # every float exactly
    assert all(a.hex() == b.hex() for a, b in zip(back.coef, seeds_model.coef, strict=True))
    back.to_json(tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == raw
    sents = seeds_analysis.sentences
    np.testing.assert_array_equal(back.predict_proba(sents), seeds_model.predict_proba(sents))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.json", "solidarity.json"]  # no temporary left


def test_a_tampered_or_invalid_file_is_refused_naming_it(tmp_path, seeds_model):
    path = tmp_path / "m.json"
    seeds_model.to_json(path)
    text = path.read_text()
    data = json.loads(text)

    edited = dict(data, threshold=0.25)  # valid JSON, valid model, but not what was written
    bad = tmp_path / "edited.json"
    bad.write_text(json.dumps(edited))
    with pytest.raises(ParameterError, match=r"edited\.json: the sha256 recorded in the file does not match"):
        LearnedModel.from_json(bad)

    short = dict(data, coef=data["coef"][:-1])
    short.pop("sha256")
    bad.write_text(json.dumps(short))
    with pytest.raises(ParameterError, match=r"edited\.json: coef has \d+ weights for \d+ features"):
        LearnedModel.from_json(bad)

    bad.write_text(text[: len(text) // 2])
    with pytest.raises(ParameterError, match=r"edited\.json: not valid JSON \(line \d+"):
        LearnedModel.from_json(bad)

    bad.write_text(text.replace('"schema": "media-coverage/learned-detector"', '"schema": "something"'))
    with pytest.raises(ParameterError, match=r"edited\.json: not a learned-detector model"):
        LearnedModel.from_json(bad)

    nan = dict(data)
    nan.pop("sha256")
    bad.write_text(json.dumps(nan).replace(f"{data['intercept']!r}", "NaN", 1))
    with pytest.raises(ParameterError, match=r"edited\.json: NaN is not a number"):
        LearnedModel.from_json(bad)

    wrong = dict(data, coef="0.1")
    bad.write_text(json.dumps(wrong))
    with pytest.raises(ParameterError, match=r"edited\.json: coef must be a JSON list, not str"):
        LearnedModel.from_json(bad)

    bad.write_bytes(b"\x80\x04\x95pickle")
    with pytest.raises(ParameterError, match=r"edited\.json: not UTF-8"):
        LearnedModel.from_json(bad)
    with pytest.raises(ParameterError, match="does not exist"):
        LearnedModel.from_json(tmp_path / "missing.json")
    with pytest.raises(ParameterError, match="unknown key"):
        LearnedModel.from_dict(dict(data, extra=1), source="x")
    # a setting changed in Python and saved again (over the model file it wrote) is accepted
    replace(seeds_model, threshold=0.3).to_json(path)
    assert LearnedModel.from_json(path).threshold == 0.3


def test_saving_never_overwrites_a_file_it_did_not_write(tmp_path, seeds_model):
    from coverage.outputs import OutputError

    other = tmp_path / "notes.json"
    other.write_bytes(b'{"my": "notes"}\n')
    with pytest.raises(OutputError, match=r"notes\.json: exists and is not a learned-detector model"):
        seeds_model.to_json(other)
    assert other.read_bytes() == b'{"my": "notes"}\n'
    path = tmp_path / "m.json"
    seeds_model.to_json(path)
    edited = path.read_text().replace('"threshold": 0.5', '"threshold": 0.25')
    assert edited != path.read_text()
    path.write_text(edited)  # edited by hand: the checksum no longer holds, so it is not replaced
    with pytest.raises(OutputError, match="sha256 recorded in the file does not match"):
        seeds_model.to_json(path)
    assert path.read_text() == edited


def test_no_pickle_anywhere(tmp_path, seeds_model):
    for module in ("coverage/learn.py", "coverage/families/learned.py"):
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not names & {"pickle", "cPickle", "joblib", "dill", "cloudpickle", "shelve", "marshal"}, module
    path = tmp_path / "m.json"
    seeds_model.to_json(path)
    raw = path.read_bytes()
    assert raw.isascii() and json.loads(raw)  # plain JSON text


# -- the family --------------------------------------------------------------------


def test_the_family_adds_its_columns_to_every_table(learned_analysis, seeds_model):
    a = learned_analysis
    assert {"learned_solidarity", "learned_solidarity_flag"} <= set(a.sentences.columns)
    metrics = ["learned_solidarity_share", "learned_solidarity_rate", "learned_solidarity_prob"]
    assert set(metrics) <= set(a.articles.columns)
    for m in metrics:
        assert {m, f"{m}_low", f"{m}_high"} <= set(a.outlets.columns)
        assert (a.outlets[f"{m}_low"] <= a.outlets[m] + 1e-12).all()
        assert (a.outlets[m] <= a.outlets[f"{m}_high"] + 1e-12).all()
    s = a.sentences
    # the engine's probabilities are the model's, sentence by sentence (same features, same context)
    np.testing.assert_array_equal(s["learned_solidarity"].to_numpy(), seeds_model.predict_proba(s))
    assert (s["learned_solidarity_flag"] == (s["learned_solidarity"] >= seeds_model.threshold)).all()
    counted = s[~s["boilerplate"]]
    share = counted.groupby("article_id")["learned_solidarity_flag"].mean()
    got = a.articles.set_index("article_id")["learned_solidarity_share"]
    np.testing.assert_allclose(got[share.index], share)
    words = counted.groupby("article_id")["n_tokens"].sum()
    flagged = counted.groupby("article_id")["learned_solidarity_flag"].sum()
    rate = a.articles.set_index("article_id")["learned_solidarity_rate"]
    np.testing.assert_allclose(rate[words.index], flagged / words * 1000)
    # the learned detector agrees with the human labels on most seed sentences
    labels = pd.read_csv(LABELS)
    flags = s[["article_id", "sentence", "learned_solidarity_flag"]].assign(article_id=s["article_id"].astype(str))
    merged = labels.merge(flags, on=["article_id", "sentence"])
    assert len(merged) == 156
    assert (merged["learned_solidarity_flag"] == merged["solidarity"]).mean() > 0.9
    assert a.spec("learned_solidarity_share").kind == "mean"


def test_explain_shows_why_a_sentence_was_flagged(learned_analysis):
    a = learned_analysis
    s = a.sentences
    flagged = s[s["learned_solidarity_flag"] == 1]
    aid = str(flagged["article_id"].iloc[0])
    ev = a.explain(aid, metric="learned_solidarity_share")
    assert len(ev.table) == int((flagged["article_id"] == aid).sum()) > 0
    texts = dict(zip(a.corpus.df["article_id"], a.corpus.df["text"], strict=True))
    for r in ev.table.itertuples():
        assert r.rule.startswith("learned solidarity detector: p = ") and "; top features: " in r.rule
        listed = r.rule.split("; top features: ")[1].split(", ")
        assert 1 <= len(listed) <= 3 and all(x.rsplit(" ", 1)[1].startswith("+") for x in listed)
        assert texts[aid][r.start:r.end] == r.matched  # the span of its strongest feature
        assert r.start >= s[(s["article_id"] == aid) & (s["sentence"] == r.sentence)]["start"].iloc[0]
    assert any("solidarity lexicon (weighted hits)" in rule for rule in ev.table["rule"])
    html = ev._repr_html_()
    assert "<mark" in html and "top features" in html
    probs = a.explain(aid, metric="learned_solidarity_prob")  # every sentence with its probability
    assert "learned_solidarity" in probs.table.columns and len(probs.table) == int((s["article_id"] == aid).sum())


def test_the_family_from_a_file_and_its_fingerprint(tmp_path, seeds_model):
    path = tmp_path / "m.json"
    seeds_model.to_json(path)
    a, b = LearnedDetector(seeds_model), LearnedDetector(str(path))
    assert a.name == "learned_solidarity" and a.fingerprint() == b.fingerprint() and a == b
    other = LearnedDetector(replace(seeds_model, threshold=0.7))
    assert other.fingerprint() != a.fingerprint()
    plan = check_families([*default_families(), a])
    assert "learned_solidarity_share" in plan.metric_names
    assert a.provenance()["model_sha256"] == seeds_model.sha256
    assert "156 labelled sentences" in a.description()
    with pytest.raises(ParameterError, match="needs a model"):
        LearnedDetector()
    with pytest.raises(ParameterError, match="does not exist"):
        LearnedDetector(tmp_path / "nope.json")


def test_two_learned_families_and_a_lexicon_mismatch_warning(seeds_model):
    vio = replace(seeds_model, label="violence")
    plan = check_families([*default_families(), LearnedDetector(seeds_model), LearnedDetector(vio)])
    assert {"learned_solidarity_share", "learned_violence_share"} <= set(plan.metric_names)
    old = replace(seeds_model, lexicon={"name": "framing", "version": "0.9", "sha256": "0" * 64})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        LearnedDetector(old)
    assert any(issubclass(w.category, CoverageWarning) and "retrain" in str(w.message) for w in caught)


def test_a_model_runs_in_worker_processes_with_identical_results(seeds_corpus, seeds_model, learned_analysis):
    fams = [*coverage.default_families(), LearnedDetector(seeds_model)]
    par = coverage.analyze(seeds_corpus, families=fams, n_boot=200, n_jobs=2, chunk_size=2)
    cols = ["learned_solidarity", "learned_solidarity_flag"]
    pd.testing.assert_frame_equal(par.sentences[cols].reset_index(drop=True),
                                  learned_analysis.sentences[cols].reset_index(drop=True))


def test_every_fit_runs_with_one_blas_thread(monkeypatch, seeds_analysis):
    # OpenBLAS' threads change the fitted weights' rounding with the machine's core count and wait on busy cores
    # (benchmarks/train_speed.py); the detector's and the source-type model's fits run with one
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_info, threadpool_limits

    from coverage.learn import train_source_model

    seen: list[list[int]] = []
    fit = LogisticRegression.fit

    def spying(self, *args, **kwargs):
        seen.append([p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"])
        return fit(self, *args, **kwargs)

    monkeypatch.setattr(LogisticRegression, "fit", spying)
    with threadpool_limits(limits=2, user_api="blas"):  # as on a machine with two or more cores
        outside = [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]
        train_detector(LABELS, analysis=seeds_analysis, label="violence", cv_splits=0)
        text = "Ann Lee, a neighbour, said it. Bo Ray, a neighbour, said so. Cy Day, an officer, said no."
        rows = pd.DataFrame({"article_id": ["a"] * 3, "speaker_start": [0, 31, 61], "speaker_end": [7, 37, 67],
                             "rule_type": ["unknown"] * 3, "source_type": ["public", "public", "police"]})
        train_source_model(rows, {"a": text}, min_articles=1)
    assert len(seen) == 2 and seen == [[1] * len(seen[0])] * 2 and seen[0]
    assert outside and all(n == 2 for n in outside)  # the limit is the fit's alone
