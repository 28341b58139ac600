"""The religion family's frame model (the built-in one by default): where the rules leave a sentence neutral, a
learned frame decides, in articles about a violent attack only (the gate).

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
from coverage.families.religion import (
    GATE_MIN_SENTENCES,
    GATE_MIN_SHARE,
    ReligionRules,
    article_violence,
    builtin_frame_model,
)

FRAMES = ["religion_community", "religion_dissociation", "religion_attribution", "religion_target",
          "religion_neutral"]
#: every religious sentence the rules leave neutral becomes community: p = e^2 / (1 + e^2)
COMMUNITY = LearnedFrameModel(classes=("community", "neutral"), feature_names=("religion",), vocabulary=(),
                              coef=((2.0,), (0.0,)), intercept=(0.0, 0.0))
DOC = pd.DataFrame({"id": ["a"], "outlet": ["A"],
                    "text": ["Muslims live in the city. Gunmen attacked the mosque. Roads were closed."]})


def _religion(frame_model, **gate):
    families = [f for f in default_families(quotes=False) if f.name != "religion"]
    families.append(ReligionFamily(frame_model=frame_model, **({"gate_sentences": 0, "gate_share": 0} | gate)))
    a = coverage.analyze(DOC, families=families, n_boot=20)
    return a.sentences[FRAMES].to_numpy().tolist(), a.hits[a.hits["metric"] == "religion"]


def test_the_model_decides_only_where_the_rules_say_neutral():
    frames, hits = _religion(COMMUNITY)
    # sentence 0: no frame cue, the model's community; sentence 1: the rules' target stays; sentence 2: none
    assert frames == [[1, 0, 0, 0, 0], [0, 0, 0, 1, 0], [0, 0, 0, 0, 0]]
    rule = hits.loc[hits["matched"] == "Muslims", "rule"].item()
    p = math.exp(2) / (1 + math.exp(2))
    assert rule.endswith(f"the rules leave the sentence neutral; the frame model puts it in community "
                         f"(p = {p:.2f}; top features: religion references +2.00); no gate")
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
    # on by default, with its gate; None or "rules": the rules alone
    fam = ReligionFamily()
    assert fam.frame_model is m and (fam.gate_sentences, fam.gate_share) == (GATE_MIN_SENTENCES, GATE_MIN_SHARE)
    assert fam.provenance()["frame_model"]["gate"] == {"sentences": 8, "share": 0.3,
                                                       "categories": ["attack", "casualties", "perpetrator"]}
    assert "in articles about a violent attack only: at least 8 sentences, and 30%" in fam.description()
    assert all(f.frame_model is m for f in default_families() if f.name == "religion")
    for off in (None, "rules"):
        assert ReligionFamily(frame_model=off).frame_model is None
        assert ReligionFamily(frame_model=off).provenance()["frame_model"] is None
        assert "frame model" not in ReligionFamily(frame_model=off).description()


def test_other_rules_run_without_the_builtin_model():
    held_out = ReligionRules.default(exclude_events={"seeds"})
    assert ReligionFamily(rules=held_out, frame_model="builtin").frame_model is None
    assert ReligionFamily(rules=held_out, frame_model=COMMUNITY).frame_model is COMMUNITY
    assert ReligionFamily(frame_model=None).frame_model is None


def test_the_model_and_its_gate_are_part_of_the_fingerprint(tmp_path):
    prints = {ReligionFamily(frame_model=m).fingerprint() for m in (None, "builtin", COMMUNITY)}
    assert len(prints) == 3
    assert ReligionFamily().fingerprint() == ReligionFamily(frame_model="builtin").fingerprint()
    assert ReligionFamily(frame_model="rules").fingerprint() == ReligionFamily(frame_model=None).fingerprint()
    assert ReligionFamily(gate_sentences=5).fingerprint() != ReligionFamily().fingerprint()
    assert ReligionFamily(gate_share=0.5).fingerprint() != ReligionFamily().fingerprint()
    # without a model the gate changes nothing
    assert ReligionFamily(frame_model=None, gate_share=0.5).fingerprint() == ReligionFamily(frame_model=None).fingerprint()
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


# -- the gate: the model decides only in articles about a violent attack --------------------------------------------

#: nine sentences about a shooting (eight report the attack, casualties or perpetrator), nine about a council meeting
VIOLENT = ["A gunman opened fire at a concert on Sunday night.", "Police said five people were killed and twenty were "
           "wounded.", "The shooter was arrested at the scene.", "Witnesses described the attack as a massacre.",
           "Victims were taken to hospital with gunshot wounds.", "The suspect had planned the shooting for months.",
           "Officers said the attacker used a rifle.", "The dead included two teenagers.", "The city mourned."]
CALM = ["The council met on Sunday night.", "It approved a new budget for the parks.", "The library will open later "
        "on weekends.", "Residents asked for more bus routes.", "The mayor thanked the volunteers.", "A vote on the "
        "school plan is due in May.", "Shops reported a busy season.", "The weather stayed mild.", "The meeting ended "
        "early."]
#: no frame cue for the rules (neutral); the built-in model puts it in target
SENTENCE = "The shooter had fired at students near the Jewish school."   # 1.20.0 retrain: the camera sentence is neutral now


def _jewish(texts: dict[str, list[str]], family: ReligionFamily) -> pd.DataFrame:
    """The religion hit of SENTENCE (inserted as the sixth sentence) in each article of ``texts``."""
    df = pd.DataFrame({"id": list(texts), "outlet": "A",
                       "text": [" ".join([*t[:5], SENTENCE, *t[5:]]) for t in texts.values()]})
    families = [f for f in default_families(quotes=False) if f.name != "religion"] + [family]
    a = coverage.analyze(df, families=families, n_boot=10)
    h = a.hits[(a.hits["metric"] == "religion") & (a.hits["matched"] == "Jewish")]
    assert h["sentence"].tolist() == [5] * len(texts)
    return h.set_index("article_id")


def test_in_an_article_about_an_attack_the_model_decides_and_the_evidence_says_the_gate_passed():
    h = _jewish({"violent": VIOLENT, "calm": CALM}, ReligionFamily())
    assert h.loc["violent", "frame"] == "target"
    rule = h.loc["violent", "rule"]
    assert rule.startswith("'Jewish' (adherent): no frame cue in the sentence -> neutral; the rules leave the sentence "
                           "neutral; the frame model puts it in target (p = ")
    # nine of the ten sentences: the eight of VIOLENT and SENTENCE itself ("shooter")
    assert rule.endswith("; the gate passed: 9 of the article's 10 sentences report the attack, casualties or "
                         "perpetrator (gate: at least 8 and 30%)")
    # the same sentence in an article about a council meeting: the gate is shut, the rules' neutral stays
    assert h.loc["calm", "frame"] == "neutral"
    assert "frame model" not in h.loc["calm", "rule"] and "gate" not in h.loc["calm", "rule"]


def test_the_gate_needs_both_enough_violent_sentences_and_their_share():
    few = VIOLENT[:4] + CALM[:5]  # 5 of 10 sentences violent (half), fewer than 8
    diluted = VIOLENT[:8] + CALM * 3  # 9 of 36 violent (25%)
    h = _jewish({"few": few, "diluted": diluted, "violent": VIOLENT}, ReligionFamily())
    assert h["frame"].to_dict() == {"few": "neutral", "diluted": "neutral", "violent": "target"}
    lower = _jewish({"few": few, "diluted": diluted}, ReligionFamily(gate_sentences=5, gate_share=0.25))
    assert lower["frame"].to_dict() == {"few": "target", "diluted": "target"}
    assert "the gate passed: 9 of the article's 36 sentences" in lower.loc["diluted", "rule"]
    # no gate (both 0): the model decides in any article; no model: the rules alone
    assert _jewish({"calm": CALM}, ReligionFamily(gate_sentences=0, gate_share=0)).loc["calm", "frame"] == "target"
    assert _jewish({"violent": VIOLENT}, ReligionFamily(frame_model="rules")).loc["violent", "frame"] == "neutral"


def test_article_violence_counts_the_sentences_of_one_article():
    from coverage.families.base import ChunkView
    from coverage.text import tokenize

    texts = ["The gunman opened fire.", "The pastor spoke.", "Budget news.", "Two people were killed.",
             "They were not killed."]
    toks = [tokenize(t) for t in texts]
    chunk = ChunkView(texts=texts, starts=[0] * 5, ends=[1] * 5, indices=[0, 1, 2, 0, 1], paragraphs=[0] * 5,
                      in_quote=[False] * 5, article_ids=["a", "a", "a", "b", "b"], outlets=["o"] * 5,
                      excluded=[False] * 5, tokens=lambda r: toks[r])
    assert [article_violence(chunk, r) for r in range(5)] == [(1, 3)] * 3 + [(1, 2)] * 2


def test_the_gate_matches_only_pre_filtered_sentences_and_shares_the_hits_with_the_framing_family(monkeypatch):
    import coverage.families.framing as framing

    matched: list[str] = []
    real = framing.match_frames

    def counting(tokens, lexicon):
        matched.append(" ".join(t.text for t in tokens))
        return real(tokens, lexicon)

    monkeypatch.setattr(framing, "match_frames", counting)
    texts = {"violent": VIOLENT + CALM}
    h = _jewish(texts, ReligionFamily())
    assert h.loc["violent", "frame"] == "target"
    assert "the gate passed: 9 of the article's 19 sentences" in h.loc["violent", "rule"]
    # each sentence matched once at most (the framing family reuses the gate's hits), and none of the council
    # meeting's sentences, which hold no word of the lexicon (the pre-filter rules them out)
    assert len(matched) == len(set(matched))
    assert [m.replace(" .", ".") for m in matched] == [*VIOLENT[:5], SENTENCE, *VIOLENT[5:]]


def test_chunk_view_may_match_without_the_engine_says_true_everywhere():
    from coverage.families.base import ChunkView
    from coverage.lexicon import Lexicon

    chunk = ChunkView(texts=["a", "b"], starts=[0, 0], ends=[1, 1], indices=[0, 0], paragraphs=[0, 0],
                      in_quote=[False] * 2, article_ids=["a", "b"], outlets=["o"] * 2, excluded=[False] * 2,
                      tokens=lambda r: [])
    assert chunk.may_match(Lexicon.default().matcher).tolist() == [True, True]


@pytest.mark.parametrize(("kw", "msg"), [({"gate_sentences": -1}, "gate_sentences must be a whole number"),
                                         ({"gate_sentences": 2.5}, "gate_sentences must be a whole number"),
                                         ({"gate_share": 1.5}, "gate_share must be a share from 0 to 1"),
                                         ({"gate_share": "0.3"}, "gate_share must be a share")])
def test_gate_parameters_are_checked(kw, msg):
    with pytest.raises(ParameterError, match=msg):
        ReligionFamily(**kw)
