"""Tests for framing lexicon 1.17.0 and religion rules 1.12.0: one rule round from the misses of former fresh set 10 and the
other development events, written as families of constructions (heroism told as a counterfactual and "if not for" read as no
negation, going above and beyond, burying one of their own, "won't succeed"; robberies, a bullet or a wound, the gun
knocked out of a hand, the attacker wrestled to the ground, the passive "set on fire", objects thrown at officers, vehicles
driven into a crowd, people martyred; "IS" compounds, religious gatherings bombed, a faith's far right in a violent sentence,
the holy month as a time and landmark places of worship (neutral), and bare "Boko Haram" as no religious reference). The sentences are invented; each positive fails without its entry, and
each near miss is a use that the ABP precision check or the development labels kept out."""

from __future__ import annotations

import pytest
from _matching import S, V, religion_frames, version_info
from _matching import frame_hits as _hits

from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon


def test_version_1170():
    assert version_info(Lexicon.default().version) >= (1, 17, 0)
    assert version_info(ReligionRules.default().version) >= (1, 12, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # heroism as a counterfactual; "if not for" is no negation of what follows
    ("If it weren't for her, more of us would have been hurt.", [("if it weren't for her", "courage", S, 0.5)]),
    ("Her calm is what prevented more children from being hurt.", [("prevented more * from being", "courage", S, 0.5)]),
    ("If not for the quick action by two passengers, it would have been worse.", [("quick action by", "courage", S, 0.5)]),
    ("The nurses went above and beyond for the patients.", [("went above and beyond", "courage", S, 0.5)]),
    # burial of one of their own, the contracted seed phrase
    ("The town buried one of its own on Friday.", [("buried one of its own", "mourning", S, 1.0)]),
    ("Their plan won't succeed.", [("won't succeed", "defiance", S, 1.0)]),
    ("We will not allow anyone to disrupt our lives.", [("to disrupt our lives", "defiance", S, 1.0)]),
    # robberies and burglaries, wounds and bullets
    ("Police were answering a call about an armed robbery.", [("armed robbery", "attack", V, 1.0)]),
    ("He had two prior robbery convictions.", [("robbery", "attack", V, 1.0)]),
    ("His arm was shattered by a bullet.", [("by a bullet", "casualties", V, 1.0)]),
    ("He sought treatment for his wound.", [("his wound", "casualties", V, 1.0)]),
    # the attacker disarmed and held down, fires set, objects thrown, vehicles driven into a crowd, people martyred
    ("A teacher knocked the gun out of his hand.", [("gun out of his hand", "attack", V, 1.0)]),
    ("Two officers wrestled him to the ground.", [("wrestled * to the ground", "attack", V, 1.0)]),
    ("The shop was set on fire overnight.", [("was set on fire", "attack", V, 1.0)]),
    ("Protesters threw objects at officers.", [("threw objects at", "attack", V, 1.0)]),
    ("He drove his car into the crowd.", [("drove his car into", "attack", V, 1.0)]),
    ("Five villagers were martyred in the raid.", [("were martyred", "casualties", V, 1.0)]),
])
def test_1170_fires(text, expected):
    assert _hits(text, counted_only=True) == expected


@pytest.mark.parametrize("text", [
    # beyond, robbed, buried, plowed, drove, tackled and bullets in everyday and political use
    "The company went beyond expectations.",
    "If it weren't for the tax cut, growth would be slower.",
    "The senator was robbed of a win.",
    "Burglaries fell by eight percent.",
    "The strike could disrupt supply chains.",
    "Voters are buried under campaign ads.",
    "The bill plowed through the Senate.",
    "He plowed through the paperwork.",
    "He drove his car to work.",
    "She tackled the issue head on.",
    "The bullet points were clear.",
])
def test_1170_near_misses(text):
    assert _hits(text, counted_only=True) == []


def test_1170_not_for_is_no_negation():
    # "not for" no longer negates the frame word after it, in either frame
    assert _hits("He stayed away, not for fear of the crowd.", counted_only=True) == [("fear", "fear", V, 1.0)]
    assert _hits("We are not afraid.", counted_only=True) != []


@pytest.mark.parametrize(("text", "expected"), [
    ("A person claiming to be an IS spokesman called the agency.", [("IS spokesman", "attribution", "IS spokesman")]),
    ("A suicide bomber blew himself up at a gathering of religious scholars.",
     [("religious scholars", "target", "suicide bomber")]),
    ("He was shot by a member of the Hindu far right.", [("Hindu", "attribution", "far right")]),
    # bare Boko Haram, like Al Qaeda and the Taliban, is no religious reference
    ("Boko Haram fighters attacked the town.", []),
    # scholars with no harm word stay neutral; a shouted IS is no reference
    ("Religious scholars met in the capital.", [("Religious scholars", "neutral", "")]),
    ("THIS IS A SPOKESMAN.", []),
    ("India's Hindu far right won the vote.", [("Hindu", "neutral", "")]),
    # the holy month as the time of an attack and a landmark near it are neutral; worship attacked stays the target
    ("Attack comes as the holy month of Ramadan nears its end.", [("holy month of Ramadan", "neutral", "")]),
    ("The blast was some 25 yards from the historic Blue Mosque.", [("historic Blue Mosque", "neutral", "")]),
    ("Gunmen attacked worshippers at Ramadan prayers.", [("worshippers", "target", "gunmen"), ("Ramadan", "target", "gunmen")]),
])
def test_1170_religion(text, expected):
    assert religion_frames(text) == expected


def test_1170_rules_held_out():
    # the counterfactual family was written from three events, but only Noblesville's labelled sentences hold "if it
    # weren't for him" (1.29.1, provenance per entry): dropped when Noblesville is held out
    s = "If it weren't for him, it would have been worse."
    held = [h[0] for h in _hits(s, Lexicon.default(exclude_events={"noblesville-2018"}), counted_only=True)]
    assert "if it weren't for him" not in held
    strict = Lexicon.default(exclude_events={"noblesville-2018"}, strict=True)
    assert _hits(s, strict, counted_only=True) == []
    # a one-event religion rule is dropped when its event is held out
    r = "A suicide bomber blew himself up at a gathering of religious scholars."
    assert religion_frames(r, ReligionRules.default(exclude_events={"kabul-ulema-2018"}))[0][1] != "target"
