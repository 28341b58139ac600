"""Tests for framing lexicon 1.10.0 and religion rules 1.8.0: one rule round from the 77 development events
(idioms attested in two or more events, kept after a precision check on ABP news)."""

from __future__ import annotations

import pytest
from _matching import S, V, version_info
from _matching import frame_hits as _hits
from _matching import religion_frames as _frames

from coverage.families.framing import match_frames
from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon
from coverage.text import tokenize


def test_versions_1100_180():
    assert version_info(Lexicon.default().version) >= (1, 10, 0)
    assert version_info(ReligionRules.default().version) >= (1, 8, 0)


@pytest.mark.parametrize(("text", "expected"), [
    ("Your country is with you, the president said.", [("is with you", "compassion", S, 1.0)]),
    ("We stand ready to help!", [("stand ready to help", "compassion", S, 1.0)]),
    ("He offered prayers for the community.", [("offered prayers for", "compassion", S, 1.0)]),
    ("She is crying for the victims, not her son.", [("crying for the victims", "mourning", S, 1.0)]),
    ("It is with extreme sadness that we share the news.", [("extreme sadness", "mourning", S, 1.0)]),
    ("He had an infectious smile.", [("infectious smile", "mourning", S, 0.5)]),
    ("He charged with complete disregard for his own safety.",
     [("disregard for his own safety", "courage", S, 0.5)]),
    ("An attack on one faith is an attack on us all.",
     [("attack", "attack", V, 0.5), ("attack on us all", "unity", S, 1.0)]),
    ('Omar said the news was "breaking" her heart.', [('breaking " * heart', "mourning", S, 1.0)]),
])
def test_framing_1_10_0_exact(text, expected):
    assert _hits(text) == expected


@pytest.mark.parametrize("text", [
    # near misses checked in the precision pass: political support, "the comforts of", policy
    "We are with you, Paul!",
    "The company stands ready to work with Congress.",
    "She felt a deep sadness after losing the election.",
    "One of the comforts of history is perspective.",
    "The unattended bag posed no threat.",
    "There was no additional known threat to the city.",
    "A spokesperson for Tallahassee Memorial HealthCare said.",
])
def test_framing_1_10_0_near_misses_do_not_fire(text):
    assert [h for h in match_frames(tokenize(text), Lexicon.default()) if h.counted_as == S] == []


def test_framing_1_10_0_held_out():
    # "is with you" was named for Boston and Sandy Hook, but only Boston's labelled sentences hold it (1.29.1, provenance
    # per entry): dropped when boston-2013 is held out, kept when sandy-hook-2012 is
    s = "Your commonwealth is with you."
    assert _hits(s, Lexicon.default(exclude_events={"boston-2013"})) == []
    assert _hits(s, Lexicon.default(exclude_events={"sandy-hook-2012"}, strict=True)) == [("is with you", "compassion", S, 1.0)]


def test_religion_1_8_0():
    assert _frames("People were shot at in their place of prayer.") == [("place of prayer", "target", "shot")]
    # names and idioms with a religious word, and the bare names of Al Qaeda and the Taliban, are no reference
    assert _frames("But God willing, we will overcome.") == []
    assert _frames("Prime Minister Sheikh Hasina condemned the attack.") == []
    assert _frames("The Taliban denied it was behind the siege.") == []
    assert _frames("The bomb went off inside the shrine compound.") != []
