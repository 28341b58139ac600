"""Tests for framing lexicon 1.20.0 and religion rules 1.15.0: one rule round from the misses of former fresh set 13, written
as families of constructions (fires set on purpose, riots as events, fights breaking out, rival gangs,
a person punched or roughed up, milkshakes thrown, tear gas, gunships and military strikes, storming through a
gate, militants seizing or overrunning a place, kidnappings for ransom; tributes to the dead by the respect and
example they left, "a moment of sadness", the victims claimed as sisters or brothers; the target frame of
adherents or clergy abducted and of a settlement named by its faith taken by force). The sentences are invented; each
positive fails without its entry, and each near miss is a use that the ABP precision check or the development labels kept
out."""

from __future__ import annotations

import pytest
from _matching import S, V, religion_frames, version_info
from _matching import frame_hits as _hits

from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon


def test_version_1200():
    assert version_info(Lexicon.default().version) >= (1, 20, 0)
    assert version_info(ReligionRules.default().version) >= (1, 15, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # violence: fires set on purpose, riots, fights, gangs, street assaults, crowd control, storming, takeovers, kidnapping
    ("Inmates set fire to a mattress in the east wing.", [("set fire to", "attack", V, 1.0)]),
    ("Officials said the blaze was deliberately set.", [("was deliberately set", "attack", V, 1.0)]),
    ("Families gathered after a riot inside the jail.", [("after a riot", "attack", V, 1.0)]),
    ("A fight erupted between two groups of fans.", [("a fight erupted", "attack", V, 1.0)]),
    ("Police said rival gangs had met at the bar.", [("rival gangs", "attack", V, 1.0)]),
    ("The video shows a masked man punching the reporter in the face.",
     [("punching * * in the face", "attack", V, 1.0)]),
    ("The blogger got roughed up at the rally.", [("roughed up", "attack", V, 1.0)]),
    ("Protesters were seen throwing milkshakes at the speaker.", [("throwing milkshakes", "attack", V, 1.0)]),
    ("Officers fired tear gas into the crowd.", [("tear gas", "attack", V, 1.0)]),
    ("Army gunships circled the district.", [("gunships", "attack", V, 1.0)]),
    ("The ministry said jets carried out the strikes overnight.", [("carried out the strikes", "attack", V, 1.0)]),
    ("The crowd stormed through the front gate.", [("stormed through", "attack", V, 1.0)]),
    ("Rebel militants seized the provincial capital.", [("militants seized", "attack", V, 1.0)]),
    ("Insurgents overran an army outpost near the border.", [("overran", "attack", V, 1.0)]),
    ("The abductors released a video of the students.", [("abductors", "attack", V, 1.0)]),
    ("The gang demanded a ransom for the engineer.", [("demanded a ransom", "attack", V, 1.0)]),
    # solidarity: tributes, sadness, offers of help, the victims as kin
    ("The sergeant was respected by everyone on the force.", [("was respected by", "mourning", S, 0.5)]),
    ("Teaching was her passion, her sister said.", [("was her passion", "mourning", S, 0.5)]),
    ("The mayor called it a moment of sadness for the town.", [("a moment of sadness", "mourning", S, 1.0)]),
    ("The children of that village are our sisters and brothers.", [("are our sisters", "unity", S, 1.0)]),
])
def test_1200_fires(text, expected):
    assert _hits(text, counted_only=True) == expected


@pytest.mark.parametrize("text", [
    # figurative and political uses, and the forms the ABP check or the development labels left out
    "Police in riot gear lined the avenue.",
    "The senator said the budget was being held to ransom.",
    "The committee seized control of the agenda.",
    "She stormed off the stage after the debate.",
    "The boxer kept punching above his weight.",
    "Workers went on strikes across the country.",
    "The senator is respected by colleagues in both parties.",
    "Fires were reported at two warehouses after the storm.",
    "The primary turned into a brawl between the party's two wings.",
    "It was the first skirmish of the budget fight.",
    "The senator called the policy a genocide.",
    "Did the campaign hear about the offers of help from abroad?",
])
def test_1200_near_misses(text):
    assert _hits(text, counted_only=True) == []


@pytest.mark.parametrize(("text", "expected"), [
    # adherents or clergy named as those abducted, and settlements named by their faith taken by force
    ("Three Christians were abducted on the road to the school.",
     [("Christians", "target", "were abducted")]),
    ("The kidnapped priest was freed after a week.", [("priest", "target", "kidnapped priest")]),
    ("Militants seized the Christian town after a week of shelling.",
     [("Christian", "target", "christian town")]),
    # near misses: the active voice with adherents as the abductors, a settlement not named by its faith
    ("Sunni militants seized the city in June.", [("Sunni", "attribution", "militants")]),
    ("The Muslim mayor of the town said the suspect was captured.", [("Muslim", "neutral", "")]),
])
def test_1200_religion(text, expected):
    assert religion_frames(text) == expected


def test_1200_rules_held_out():
    # a one-event rule is dropped when its event is held out; "demanded a ransom", named for two events, is held by one
    # (1.29.1, provenance per entry), so it goes too
    s = "The gang demanded a ransom for the engineer."
    assert _hits(s, Lexicon.default(exclude_events={"kaduna-engravers-college-2019"}), counted_only=True) == []
    assert _hits(s, Lexicon.default(), counted_only=True) == [("demanded a ransom", "attack", V, 1.0)]
    m = "Protesters were seen throwing milkshakes at the speaker."
    assert _hits(m, Lexicon.default(exclude_events={"portland-andy-ngo-2019"}), counted_only=True) == []
    r = "Militants seized the Christian town after a week of shelling."
    assert religion_frames(r, ReligionRules.default(exclude_events={"qaraqosh-sinjar-2014"}))[0][1] != "target"
