"""The framing family's opt-in violence model: a learned detector run beside the lexicon (union), its vectorised
pre-score, its gate and its evidence."""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import coverage
from coverage.errors import CoverageWarning, ParameterError
from coverage.families import FramingFamily, default_families
from coverage.families.base import ChunkView
from coverage.families.framing import builtin_violence_model, match_frames
from coverage.families.learned import LearnedModel, framing_features, sentence_features
from coverage.learn import train_detector
from coverage.lexicon import Lexicon
from coverage.text import tokenize

LABELS = Path(__file__).resolve().parents[2] / "seeds" / "labels.csv"
LEX = Lexicon.default()
#: a hand-built model: 'police' +2, 'opened fire' (bigram) +3, a quotation mark +0.5, the attack group +1
TOY = LearnedModel(label="violence", feature_names=("cue:quote_mark", "group:violence/attack"),
                   vocabulary=("opened fire", "police", "vigil"), coef=(0.5, 1.0, 3.0, 2.0, -1.0), intercept=-1.0,
                   threshold=0.5, n_train=10)


def _analyze(texts: list[str], model, gate: bool = False):
    df = pd.DataFrame({"id": [f"a{i}" for i in range(len(texts))], "outlet": "O", "text": texts})
    fams = [FramingFamily(violence_model=model, model_gate=gate) if f.name == "framing" else f
            for f in default_families(quotes=False)]
    return coverage.analyze(df, families=fams, n_boot=10)


def _view(texts: list[str]) -> ChunkView:
    toks = [tokenize(t) for t in texts]
    n = len(texts)
    return ChunkView(texts=texts, starts=[0] * n, ends=[len(t) for t in texts], indices=list(range(n)),
                     paragraphs=[0] * n, in_quote=[False] * n, article_ids=["a"] * n, outlets=["o"] * n,
                     excluded=[False] * n, tokens=lambda r: toks[r])


def test_a_sentence_the_model_flags_gets_one_violence_hit_with_its_reasons():
    a = _analyze(["Police closed the road. The vigil was held. Police held a vigil."], TOY)
    s = a.sentences
    # 'police': -1 + 2 = 1 -> p 0.731 (flagged); the vigil sentence: -1 - 1 -> p 0.119; both: -1 + 2 - 1 = 0 -> 0.5
    assert s["violence"].tolist() == [1.0, 0.0, 1.0]
    h = a.hits[a.hits["term"] == "learned model"]
    assert h["sentence"].tolist() == [0, 2]
    first = h.iloc[0]
    assert (first["matched"], first["counted_as"], first["weight"], first["category"]) == (
        "Police", "violence", 1.0, "learned model")
    assert "probability 0.73 >= 0.50" in first["rule"] and "'police' +2.00" in first["rule"]
    assert a.sentences.loc[0, "text"][first["start"]:first["end"]] == "Police"  # offsets in the article


def test_words_count_once_and_bigrams_skip_punctuation_as_in_training():
    texts = ["Police, police and police.", "They opened, fire.", "They opened the fire."]
    vocab, ids, bounds = _view(texts).token_ids()
    z = TOY.chunk_decisions(_view(texts), negators=LEX.settings.negators)
    assert z.tolist() == pytest.approx([1.0, 2.0, -1.0])  # presence; 'opened fire' across the comma; not across 'the'
    assert [vocab[i] for i in ids[bounds[1]:bounds[2]]] == ["they", "opened", ",", "fire", "."]


def test_a_sentence_the_lexicon_already_counts_gets_no_model_hit():
    a = _analyze(["The gunman opened fire as police arrived."], TOY)
    assert not (a.hits["term"] == "learned model").any()
    assert a.sentences.loc[0, "violence"] > 0


def test_the_vectorised_pre_score_is_the_exact_log_odds_of_every_seed_sentence(seeds_analysis):
    m = builtin_violence_model()
    s = seeds_analysis.sentences
    texts = s["text"].tolist()
    view = _view(texts)
    view.in_quote = s["in_quote"].astype(bool).tolist()
    z = m.chunk_decisions(view, negators=LEX.settings.negators)
    for i, t in enumerate(texts):
        toks = tokenize(t)
        found = match_frames(toks, LEX)
        values, _ = framing_features(toks, t, found, in_quote=view.in_quote[i], negators=LEX.settings.negators)
        assert z[i] + m.lexicon_decision(found) == pytest.approx(m.decision(values), abs=1e-9)


def test_the_union_on_the_seeds_flags_exactly_the_sentences_the_exact_score_flags(seeds_corpus, seeds_analysis):
    m = builtin_violence_model()
    fams = [FramingFamily(violence_model="builtin", model_gate=False) if f.name == "framing" else f
            for f in default_families()]
    a = coverage.analyze(seeds_corpus, families=fams, n_boot=10)
    s = seeds_analysis.sentences
    want = []
    for r in s.itertuples():
        toks = tokenize(r.text, offset=r.start)
        found = match_frames(toks, LEX)
        counted = any(h.counted_as == "violence" and h.weight > 0 for h in found)
        named = seeds_analysis.hits[(seeds_analysis.hits["article_id"] == r.article_id)
                                    & (seeds_analysis.hits["sentence"] == r.sentence)
                                    & (seeds_analysis.hits["term"] == "named perpetrator")]
        values, _ = framing_features(toks, r.text, found, start=r.start, in_quote=bool(r.in_quote),
                                     negators=LEX.settings.negators)
        if not counted and named.empty and m.probability(values) >= m.threshold:
            want.append((r.article_id, r.sentence))
    got = a.hits[a.hits["term"] == "learned model"]
    assert list(zip(got["article_id"], got["sentence"], strict=True)) == want
    assert len(want) == 9  # README, "The lexicon and a model together": 9 seed sentences, all coded violence
    # only the violence column changes; every other column is the lexicon's
    other = [c for c in s.columns if c != "violence"]
    pd.testing.assert_frame_equal(a.sentences[other], s[other])
    v = coverage.validate(LABELS, analysis=a).scores.set_index("detector")
    assert v.loc["violence", "fp"] == 0 and v.loc["violence", "tp"] == 76


def test_the_gate_keeps_the_model_to_articles_about_an_attack():
    calm = ["Police closed the road."]
    attack = ["The gunman opened fire. " + " ".join(f"Victim {i} was killed." for i in range(9))
              + " Police closed the road."]
    assert _analyze(calm, TOY, gate=True).hits["term"].eq("learned model").sum() == 0
    assert _analyze(calm, TOY, gate=False).hits["term"].eq("learned model").sum() == 1
    a = _analyze(attack, TOY, gate=True)
    h = a.hits[a.hits["term"] == "learned model"]
    assert len(h) == 1 and "in an article about an attack (10 of its 11 sentences" in h.iloc[0]["rule"]


def test_the_model_is_checked_and_named_in_the_fingerprint(tmp_path):
    plain = FramingFamily()
    assert plain.violence_model is None and "violence_model" not in plain.provenance()
    fam = FramingFamily(violence_model="builtin")
    m = builtin_violence_model()
    assert fam.violence_model is m and fam.provenance()["violence_model"] == {
        "sha256": m.sha256, "n_train": m.n_train, "threshold": 0.5, "built_in": True, "gate": True}
    assert len({plain.fingerprint(), fam.fingerprint(), FramingFamily(violence_model="builtin",
                                                                      model_gate=False).fingerprint()}) == 3
    path = tmp_path / "toy.json"
    TOY.to_json(path)
    assert FramingFamily(violence_model=str(path)).violence_model == TOY
    with pytest.raises(ParameterError, match="must detect 'violence'"):
        FramingFamily(violence_model=LearnedModel(label="solidarity", feature_names=(), vocabulary=("vigil",),
                                                  coef=(1.0,), intercept=0.0))
    with pytest.raises(ParameterError, match="features='framing'"):
        FramingFamily(violence_model=LearnedModel(label="violence", feature_names=("religion",), vocabulary=(),
                                                  coef=(1.0,), intercept=0.0))
    custom = LEX.merge(Lexicon.from_yaml({"name": "x", "version": "1", "frames": {"hope": {"groups": {
        "hope": {"terms": ["hope"]}}}}}))
    with pytest.warns(CoverageWarning, match="trained on the features of the built-in lexicon"):
        FramingFamily(lexicon=custom, violence_model="builtin")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        FramingFamily(lexicon=custom)  # no model, no warning


def test_the_builtin_model_matches_the_installed_lexicon():
    """Retrain it (``make violence-model``) after every change of the framing lexicon (it has no religion features)."""
    m = builtin_violence_model()
    assert m.check_lexicons() == "", "the lexicon or rules changed: retrain the model with `make violence-model`"
    assert m.label == "violence" and m.ngram_range == (1, 2) and m.threshold == 0.5
    assert not any(f.startswith("religion") for f in m.feature_names)
    assert m.n_train >= 7900 and m.cv["f1"] > 0.85


def test_framing_features_are_the_sentence_features_without_religion():
    text = "Worshippers said the gunman attacked the mosque, but \u201cwe are not afraid\u201d."
    toks = tokenize(text)
    full, spans = sentence_features(toks, text, in_quote=True)
    part, pspans = framing_features(toks, text, match_frames(toks, LEX), in_quote=True,
                                    negators=LEX.settings.negators)
    assert {k: v for k, v in full.items() if not k.startswith("religion")} == part
    assert {k: v for k, v in spans.items() if not k.startswith("religion")} == pspans
    assert any(k.startswith("religion") for k in full)


def test_training_on_the_framing_features_leaves_out_the_religion_features(seeds_analysis):
    m = train_detector(LABELS, analysis=seeds_analysis, label="violence", features="framing",
                       cv_splits=0)
    assert m.feature_names and not any(f.startswith("religion") for f in m.feature_names)
    full = train_detector(LABELS, analysis=seeds_analysis, label="violence", cv_splits=0)
    assert any(f.startswith("religion") for f in full.feature_names)
    with pytest.raises(ParameterError, match="features must be one of"):
        train_detector(LABELS, analysis=seeds_analysis, label="violence", features="words")


def test_worker_processes_give_the_same_union(seeds_corpus):
    fams = [FramingFamily(violence_model=TOY, model_gate=False) if f.name == "framing" else f
            for f in default_families(quotes=False)]
    one = coverage.analyze(seeds_corpus, families=fams, n_boot=10, n_jobs=1)
    two = coverage.analyze(seeds_corpus, families=fams, n_boot=10, n_jobs=2, chunk_size=2)
    pd.testing.assert_frame_equal(one.sentences, two.sentences)
    pd.testing.assert_frame_equal(one.hits, two.hits)
    assert math.isclose(float(np.sum(one.sentences["violence"])), float(np.sum(two.sentences["violence"])))
