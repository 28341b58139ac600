"""Tests for framing lexicon 1.6.0: support and mourning idiom, shooting idiom and precision exclusions
attested in two or more labelled sets (benchmarks/labels_events.csv, round 2 events included)."""

from __future__ import annotations

import pytest
from _matching import S, V, version_info
from _matching import frame_hits as _hits

from coverage.families.framing import match_frames
from coverage.lexicon import Lexicon
from coverage.text import tokenize


def test_framing_version():
    # 1.7.0, 1.8.0 and 1.9.0 (tests/test_lexicon_170.py, _180.py, _190.py) keep every 1.6.0 entry
    assert version_info(Lexicon.default().version) >= (1, 6, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # leaders meeting the bereaved
    ("The governor met with families on Sunday.", [("met with families", "compassion", S, 1.0)]),
    ("She will meet with victims' families on Friday.", [("meet with * families", "compassion", S, 1.0)]),
    # interfaith services, sympathy in the first person plural, inflections of seed phrases
    ("Hundreds attended an interfaith prayer evening.", [("interfaith", "unity", S, 1.0)]),
    ("Our hearts are heavy for the town.", [("our hearts are", "compassion", S, 1.0)]),
    ("His thoughts were with the families.", [("thoughts were with", "mourning", S, 1.0)]),
    ("Neighbours will hold hands along the bridge.", [("hold hands", "unity", S, 1.0)]),
])
def test_framing_1_6_0_solidarity_exact(text, expected):
    assert _hits(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two guards were gunned down at the gate.", [("gunned down", "attack", V, 1.0)]),
    ("He stopped to reload his gun.", [("reload", "attack", V, 1.0), ("his gun", "attack", V, 1.0)]),   # reload: 1.13.0
    ("Police said he was armed with a pistol.",
     [("was armed with", "attack", V, 1.0), ("pistol", "attack", V, 1.0)]),   # pistol: 1.13.0
    ("She came armed with questions for the senator.", []),
    ("A witness saw a man firing at the crowd.", [("firing at", "attack", V, 1.0)]),
])
def test_framing_1_6_0_violence_exact(text, expected):
    assert _hits(text) == expected


@pytest.mark.parametrize("text", [
    # the gun lobby's name is no violence ("rifle" alone is a weapon of the attack)
    "The National Rifle Association held its convention in May.",
    # "these tragedies" in policy statements
    "She said these tragedies called for new laws.",
])
def test_framing_1_6_0_exclusions_do_not_fire(text):
    assert [h for h in match_frames(tokenize(text), Lexicon.default()) if h.counted_as] == []


def test_framing_1_6_0_exclusion_keeps_the_weapon():
    assert _hits("He fired a rifle into the crowd.") == [("rifle", "attack", V, 1.0)]


def test_framing_1_6_0_held_out():
    # "interfaith" was written from Boston and Dallas: kept when Boston is held out, dropped in its strict variant
    s = "The mayor spoke at an interfaith gathering."
    assert [t for t, *_ in _hits(s, Lexicon.default(exclude_events={"boston-2013"}))] == ["interfaith"]
    assert _hits(s, Lexicon.default(exclude_events={"boston-2013"}, strict=True)) == []
    # inflections shared the provenance of their phrase until 1.29.1; per entry "firing at" is Christchurch's alone
    s = "A witness saw a man firing at the crowd."
    assert _hits(s, Lexicon.default(exclude_events={"christchurch-2019"})) == []
    assert [t for t, *_ in _hits(s, Lexicon.default())] == ["firing at"]
    e = next(e for e in Lexicon.default().entries if e.term == "thoughts were with")
    assert e.provenance == ("finsbury-park-2017", "seeds")
