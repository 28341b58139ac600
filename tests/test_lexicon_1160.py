"""Tests for framing lexicon 1.16.0 and religion rules 1.11.0: one rule round from the misses of former fresh set 9 and the
other development events, written as families of constructions (beatings, objects thrown, clashes, military strikes, the
targets of an attack, suicide attacks, gun crimes charged, people falling under fire, the wounded's condition and care, bias
crimes; a shared resolve; church bells; "IS" compounds, objects of worship, people harmed for their faith). The sentences are
invented; each positive fails without its entry, and each near miss is a use that the ABP precision check or the development
labels kept out."""

from __future__ import annotations

import pandas as pd
import pytest
from _matching import S, V, religion_frames, version_info
from _matching import frame_hits as _hits

import coverage
from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon


def test_version_1160():
    assert version_info(Lexicon.default().version) >= (1, 16, 0)
    assert version_info(ReligionRules.default().version) >= (1, 11, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # beatings of people
    ("A teenager was pulled off his bike and then beaten.", [("then beaten", "attack", V, 1.0)]),
    ("The shopkeeper was badly beaten by two men.", [("badly beaten", "attack", V, 1.0)]),
    ("A guard was found beaten unconscious behind the depot.", [("beaten unconscious", "attack", V, 1.0)]),
    ("Both men were beaten with a metal pipe.", [("beaten with a", "attack", V, 1.0)]),
    # objects thrown, clashes
    ("Youths threw rocks at the patrol cars.", [("threw rocks", "attack", V, 1.0)]),
    ("Someone hurled a Molotov cocktail at the office.", [("molotov cocktail", "attack", V, 1.0)]),
    ("Youths clashed with security forces near the square.", [("clashed with security forces", "attack", V, 1.0)]),
    ("Violent clashes followed the match.", [("violent clashes", "attack", V, 1.0)]),
    # military strikes and the targets of an attack
    ("The army answered with drone strikes on the camps.", [("drone strikes", "attack", V, 1.0)]),
    ("Warplanes struck a depot at dawn.", [("warplanes struck", "attack", V, 1.0)]),
    ("She targeted a police station on the ring road.", [("targeted a police station", "attack", V, 1.0)]),
    ("The chapel was targeted during evening services.", [("was targeted during", "attack", V, 1.0)]),
    # suicide attacks, gun crimes charged, people falling under fire
    ("A suicide attacker struck the checkpoint.", [("suicide attacker", "attack", V, 1.0)]),
    ("He told the officers it was suicide by cop.", [("suicide by cop", "attack", V, 1.0)]),
    ("He faces weapons charges in two states.", [("weapons charges", "attack", V, 1.0)]),
    ("In the clip, a man falls to the ground.", [("falls to the ground", "attack", V, 1.0)]),
    ("He once put a neighbour in a choke hold.", [("choke hold", "attack", V, 1.0)]),
    # the wounded's condition and care
    ("Three people remained in intensive care on Friday.", [("remained in intensive care", "casualties", V, 1.0)]),
    ("A second man is in grave condition.", [("grave condition", "casualties", V, 1.0)]),
    ("A nurse began chest compressions on the platform.", [("chest compressions", "casualties", V, 1.0)]),
    # bias crimes
    ("Police are treating the assault as a bias crime.",
     [("assault", "attack", V, 1.0), ("bias crime", "division", V, 1.0)]),
    # a shared resolve (defiance) and church bells (mourning)
    ("Attacks like this only strengthen our resolve.",
     [("attacks", "attack", V, 0.5), ("our resolve", "defiance", S, 1.0)]),
    ("The governor spoke of a shared resolve across the region.", [("shared resolve", "defiance", S, 1.0)]),
    ("At noon the bells rang out across the valley.", [("bells rang out", "mourning", S, 1.0)]),
    # general vocabulary (written from no labelled text): marks of respect, a human chain, refusing to live in fear,
    # counselling offered; buildings torched, threats to kill, people airlifted
    ("Shops closed early as a mark of respect.", [("as a mark of respect", "mourning", S, 1.0)]),
    ("The players wore black armbands.", [("black armbands", "mourning", S, 1.0)]),
    ("Neighbours formed a human chain around the school.", [("human chain", "unity", S, 1.0)]),
    ("We refuse to live in fear.", [("refuse to live in fear", "defiance", S, 1.0)]),
    ("Pupils were offered counselling on Monday.", [("offered counselling", "compassion", S, 1.0)]),
    ("A crowd torched the consulate.", [("torched", "attack", V, 1.0)]),
    ("He had threatened to kill his landlord.", [("threatened to kill", "attack", V, 1.0)]),
    ("Two girls were airlifted to a trauma centre.",
     [("were airlifted", "casualties", V, 1.0), ("trauma centre", "casualties", V, 1.0)]),
])
def test_1160_fires(text, expected):
    assert _hits(text, counted_only=True) == expected


@pytest.mark.parametrize("text", [
    # elections, polls and idioms with the new violence words
    "The senator was beaten in the primary.",
    "She is beating the incumbent by five points.",
    "Senators are being beaten up over the vote.",
    "The campaign targeted suburban voters.",
    "The ads were targeted at young families.",
    "The president clashes with Congress again.",
    "Workers went on strike at the plant.",
    "That strikes me as odd.",
    "Veteran suicide rates are rising.",
    "The campaign is on life support.",
    "Hospitals are short of intensive care beds.",
    "The index falls to its lowest level.",
    "People in glass houses should not throw stones.",
    # a resolve of a dispute, a name that rings a bell, the NATO mission
    "The board hopes to resolve the dispute.",
    "The name rings a bell.",
    "Resolute Support forces arrived at the base.",
])
def test_1160_near_misses(text):
    assert _hits(text, counted_only=True) == []


def test_1160_rules_held_out():
    # "our resolve" was written from three events: kept when one is held out, dropped in the strict variant
    s = "Attacks like this only strengthen our resolve."
    held = [h[0] for h in _hits(s, Lexicon.default(exclude_events={"manda-bay-2020"}), counted_only=True)]
    assert "our resolve" in held
    strict = [h[0] for h in _hits(s, Lexicon.default(exclude_events={"manda-bay-2020"}, strict=True), counted_only=True)]
    assert "our resolve" not in strict
    # a one-event family is dropped when its event is held out
    b = "Police are treating it as a bias crime."
    assert _hits(b, Lexicon.default(exclude_events={"st-louis-bosnian-2014"}), counted_only=True) == []


def test_1160_explain_names_the_entry():
    text = "Attacks like these deepen our shared resolve. Youths threw stones at the police. The sky was clear."
    corpus = pd.DataFrame({"id": ["a1"], "outlet": ["X"], "text": [text], "title": ["T"]})
    an = coverage.analyze(corpus, exclude_boilerplate=False)
    assert an.sentences["solidarity"].gt(0).tolist() == [True, False, False]
    assert an.sentences["violence"].gt(0).tolist() == [True, True, False]
    sol = an.explain("a1", "solidarity").table
    assert sol["term"].tolist() == ["shared resolve"]
    assert "'shared resolve' (solidarity/defiance)" in sol["rule"].iloc[0]
    vio = an.explain("a1", "violence").table
    assert vio["term"].tolist() == ["attacks", "threw stones"]
    assert "'threw stones' (violence/attack)" in vio["rule"].iloc[1]


@pytest.mark.parametrize(("text", "expected"), [
    # "IS" compounds that name the group: attribution
    ("The clip was first posted by an IS outlet.", [("IS outlet", "attribution", "IS outlet")]),
    ("Officials said IS forces had left the town.", [("IS forces", "attribution", "IS forces")]),
    ("He said al Qaeda and IS are active there.", [("Qaeda and IS", "attribution", "Qaeda and IS")]),
    ("He cited ISIS-style threats.", [("ISIS-style", "attribution", "ISIS-style")]),
    # objects of worship and a mission trip: references
    ("He kept a rosary in his coat.", [("rosary", "neutral", "")]),
    ("He had planned a mission trip for the summer.", [("mission trip", "neutral", "")]),
    # harmed for their faith: target
    ("They were singled out for their faith.", [("their faith", "target", "for their faith")]),
    # al-Shabaab as a bare name is no reference (like Al Qaeda and the Taliban)
    ("Al-Shabaab claimed the raid.", []),
    ("The Islamic militant group al-Shabab claimed the raid.",
     [("Islamic militant", "attribution", "Islamic militant")]),
    # shouted or ordinary "is" stays out
    ("THE ANSWER IS IN THE DATA.", []),
    ("The answer IS in the data.", []),
])
def test_religion_1110(text, expected):
    assert religion_frames(text) == expected


def test_religion_1110_held_out():
    s = "The clip was first posted by an IS outlet."
    # named for two events, held by one (1.29.1, provenance per entry): dropped when it is held out, kept for the other
    assert religion_frames(s, ReligionRules.default(exclude_events={"niger-ambush-2017"})) == []
    kept = religion_frames(s, ReligionRules.default(exclude_events={"libya-copts-2015"}, strict=True))
    assert kept == [("IS outlet", "attribution", "IS outlet")]
