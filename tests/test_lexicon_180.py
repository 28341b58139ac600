"""Tests for framing lexicon 1.8.0 and religion rules 1.5.0: one rule round from all 45 development events
(constructions attested in two or more events, kept after a precision check on ABP news)."""

from __future__ import annotations

import pytest
from _matching import S, V, version_info
from _matching import frame_hits as _hits
from _matching import religion_frames as _frames

from coverage.families.framing import match_frames
from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon
from coverage.text import tokenize


def test_versions_180_150_kept_by_190_160():
    # 1.9.0 and 1.6.0 (tests/test_lexicon_190.py) keep every 1.8.0 and 1.5.0 rule
    assert version_info(Lexicon.default().version) >= (1, 8, 0)
    assert version_info(ReligionRules.default().version) >= (1, 5, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # solidarity: hearts breaking, weeping, burial and farewell, prayers sent to the victims
    ("It broke my heart to see what was going on.", [("broke * heart", "mourning", S, 1.0)]),
    ("Our hearts break together for what happened.", [("hearts break", "mourning", S, 1.0)]),
    # 1.10.0: "wept with you" (compassion, weight 1) is longer than "wept" and wins
    ("We have wept with you.", [("wept with you", "compassion", S, 1.0)]),
    ("The first victims were laid to rest on Monday.", [("laid to rest", "mourning", S, 1.0)]),
    ("Relatives said their final goodbyes.", [("final goodbyes", "mourning", S, 1.0)]),
    ("Jill and I send our prayers to the town.", [("send our prayers", "compassion", S, 1.0)]),
    ("I come to offer the love and prayers of a nation.", [("love and prayers", "compassion", S, 1.0)]),
    # violence: the scene, the weapons, hiding from the attacker, survivors
    ("The police chief described the scene as a war zone.", [("war zone", "attack", V, 1.0)]),
    ("He was prepared to shoot people.", [("shoot", "attack", V, 1.0)]),
    ("A shotgun was found in his car.", [("shotgun", "attack", V, 1.0)]),
    ("Police found smoke grenades in the building.", [("grenades", "attack", V, 1.0)]),
    ("Someone blew himself up outside the terminal.", [("blew himself up", "attack", V, 1.0)]),
    ("Police conducted a major anti-terror operation.", [("anti-terror*", "attack", V, 1.0)]),
    ("She hid under a desk with an intern.", [("hid under", "attack", V, 1.0)]),
    ("I dropped to the floor.", [("dropped to the floor", "attack", V, 1.0)]),
    ("We are at war, the prime minister said.", [("we are at war", "attack", V, 1.0)]),
    ("His son escaped unharmed.", [("escaped unharmed", "casualties", V, 1.0)]),
])
def test_framing_1_8_0_exact(text, expected):
    assert _hits(text) == expected


@pytest.mark.parametrize("text", [
    # precision: the ambiguous single words are no entries; a photographer's "shoot" is an exclusion
    "The senator called the proposed cuts heartbreaking.",
    "The middle class is being buried under expenses.",
    "The campaign sailed through the scandal largely unharmed.",
    "Protesters set up barricades on the square.",
    "The plan would blow up the deal.",
    "The magazine booked a photo shoot in Paris.",
    "The scandal was hiding in plain sight.",
])
def test_framing_1_8_0_ambiguous_uses_do_not_fire(text):
    assert [h for h in match_frames(tokenize(text), Lexicon.default()) if h.counted_as] == []


def test_framing_1_8_0_held_out():
    # written from two or more events: kept when one is held out, dropped only when all are (strict drops it)
    s = "It was like a war zone."
    assert _hits(s, Lexicon.default(exclude_events={"capital-gazette-2018"})) == [("war zone", "attack", V, 1.0)]
    assert _hits(s, Lexicon.default(exclude_events={"capital-gazette-2018"}, strict=True)) == []


@pytest.mark.parametrize(("text", "expected"), [
    # religion 1.5.0: violence aimed at a faith group (harm word before the adherents)
    ("They reported attacks and intimidation directed at Jewish people.", [("Jewish", "target", "intimidation")]),
    ("There has been a rise in violence against Christians.", [("Christians", "target", "violence")]),
    # cartoons of the prophet as the motive of an attack
    ("The gunman tried to kill an artist who had published cartoons of the prophet Mohammed.",
     [("the prophet", "attribution", "cartoons")]),
    # "not true Muslims" as dissociation
    ("He said the terrorists were not true Muslims.", [("Muslims", "dissociation", "not true muslims")]),
    # a kosher market as the scene
    ("The shooters opened fire on the kosher market.", [("kosher", "target", "opened fire")]),
])
def test_religion_1_5_0(text, expected):
    assert _frames(text) == expected


def test_religion_1_5_0_no_motive_without_violence_and_kosher_idiom():
    assert _frames("The museum showed cartoons of the prophet Mohammed.") == [("the prophet", "neutral", "")]
    assert _frames("The deal was not kosher.") == []
    # the adjective "violent" is no harm word ("violent Muslims" are no target)
    assert _frames("Violent Muslims were arrested.")[0][1] != "target"
