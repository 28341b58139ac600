"""Tests for framing lexicon 1.22.0 and religion rules 1.16.0: one rule round from the misses of former fresh set 15, written
as families of constructions (police firing on or charging a crowd, deadly protests and clashes breaking out, damage to
public property, people armed with hand weapons, homes broken into, bodies at the scene, protests named after police
brutality; food carried to protesters, postponements out of respect for the victims, defending "our brothers"; exclusions
for a speaker breaking his silence, vows to destroy the enemy, an album title and "terrorists" in scare quotes; the faith
and the violence called different things, laws discriminatory against a faith). The sentences are invented; each positive
fails without its entry, and each near miss is a use that the ABP precision check or the development labels kept out."""

from __future__ import annotations

import pytest
from _matching import S, V, religion_frames, version_info
from _matching import frame_hits as _hits

from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon


def test_version_1220():
    assert version_info(Lexicon.default().version) >= (1, 22, 0)
    assert version_info(ReligionRules.default().version) >= (1, 16, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # violence: force on crowds, deadly protests and clashes, property damage, weapons, break-ins, bodies, police brutality
    ("Soldiers used live ammunition on the crowd.", [("live ammunition", "attack", V, 1.0)]),
    ("The chief defended the use of deadly force.", [("use of deadly force", "attack", V, 1.0)]),
    ("Police resorted to a lathi charge near the station.", [("lathi charge", "attack", V, 1.0)]),
    ("Officers baton-charged the marchers.", [("baton-charged", "attack", V, 1.0)]),
    ("The deadly protests spread to a dozen towns.", [("deadly protests", "attack", V, 1.0)]),
    ("Crowds gathered outside the ministry, leading to clashes.", [("leading to clashes", "attack", V, 1.0)]),
    ("Those who damaged public property will be punished.", [("damaged public property", "attack", V, 1.0)]),
    ("Some of the men, armed with sticks, ran ahead.", [("armed with sticks", "attack", V, 1.0)]),
    ("Three men broke into the home before dawn.", [("broke into the home", "attack", V, 1.0)]),
    ("The release was delayed by police brutality protests.", [("police brutality protests", "attack", V, 1.0)]),
    ("Two bodies covered with blankets lay by the road.", [("bodies covered", "casualties", V, 1.0)]),
    ("The other body was found near the gate.", [("the other body", "casualties", V, 1.0)]),
    # solidarity: food for protesters, respect for the victims, kin
    ("Neighbours were distributing food to the marchers.", [("distributing food", "compassion", S, 1.0)]),
    ("A woman walked by distributing cheese sandwiches.", [("distributing * sandwiches", "compassion", S, 1.0)]),
    ("The festival was cancelled out of respect for the victims.", [("out of respect for the victims", "compassion", S, 1.0)]),
    ("We are defending our brothers in the square.", [("defending our brothers", "unity", S, 1.0)]),
])
def test_1220_fires(text, expected):
    assert _hits(text, counted_only=True) == expected


@pytest.mark.parametrize("text", [
    # exclusions of 1.22.0 and the forms the ABP check left out
    "The senator broke his silence on the scandal.",
    "She broke her silence on Monday.",
    "We share a resolve to degrade the network.",
    "I express resolute condemnation.",
    "Her new single is called Shoot for the Stars.",
    "Officials referred to the marchers as \"terrorists.\"",
    "Three officials were placed on administrative leave.",
    "The rally was moved out of respect for the holiday.",
    "Police brutality was a top issue for young voters.",
    "Voters came armed with facts.",
    "The governing body was meeting on Monday.",
    "The team in Baton Rouge won again.",
])
def test_1220_near_misses(text):
    assert _hits(text, counted_only=True) == []


def test_1220_rules_held_out():
    # a one-event rule is dropped when its event is held out
    s = "Police resorted to a lathi charge near the station."
    assert _hits(s, Lexicon.default(exclude_events={"mangalore-citizenship-protests-2019"}), counted_only=True) == []


def test_1220_religion():
    # the faith and the violence said to be different things (dissociation), a law discriminatory against a faith (target)
    s = "Terrorism and Islam are two different things."
    assert religion_frames(s) == [("Islam", "dissociation", "two different things")]
    t = "Critics call the measure discriminatory against Christians."
    assert religion_frames(t) == [("Christians", "target", "discriminat* against christians")]
    # discrimination against others on religious grounds is no hostility to the faith (ABP check)
    assert religion_frames("They want a right to discriminate against gay customers on religious grounds.")[0][1] != "target"
    held = ReligionRules.default(exclude_events={"mangalore-citizenship-protests-2019"})
    assert religion_frames(t, held)[0][1] != "target"
