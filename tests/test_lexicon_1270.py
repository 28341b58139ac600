"""Tests for framing lexicon 1.27.0: a cross-event round (the three-event rule) from the held-out misses of all 264
development events, adding only constructions attested by coded positives in at least three events of at least two sets:
the weapons of an attack found, registered, bought or used, a hostage as a captive and the hostage-takers, the dead or
wounded lying where they fell, the group Boko Haram named (violence); and an exclusion for the Bureau of Alcohol, Tobacco,
Firearms and Explosives. The sentences are invented; each positive fails without its entry, and each near miss is a use that
the ABP precision check, the development labels or an earlier round (1.14.0's "give in to") kept out."""

from __future__ import annotations

import pytest
from _matching import V, version_info
from _matching import frame_hits as _hits

from coverage.lexicon import Lexicon


def test_version_1270():
    assert version_info(Lexicon.default().version) >= (1, 27, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # violence: weapons found, registered, bought or used
    ("Two weapons were found in the trunk.", [("weapons were found", "attack", V, 1.0)]),
    ("The weapon was registered to his uncle.", [("weapon was registered", "attack", V, 1.0)]),
    ("Police said the weapon Smith used was bought online.", [("the weapon * used", "attack", V, 1.0)]),
    # a hostage as a captive and the hostage-takers
    ("The hostage-takers freed the children at dawn.", [("hostage-takers", "attack", V, 1.0)]),
    ("He offered himself in exchange for a female hostage.", [("female hostage", "attack", V, 1.0)]),
    ("Officials believe either hostage may be alive.", [("either hostage", "attack", V, 1.0)]),
    ("Three guards were part of the hostage hold-up.", [("hostage hold-up", "attack", V, 1.0)]),
    # the dead or wounded lying where they fell
    ("A woman was lying on the pavement outside the bar.", [("lying on the pavement", "casualties", V, 1.0)]),
    ("Witnesses saw a man lying in the street.", [("lying in the street", "casualties", V, 1.0)]),
    ("The footage shows him lying face down.", [("lying face down", "casualties", V, 1.0)]),
    # the group named
    ("Boko Haram still controls the forest.", [("boko haram", "perpetrator", V, 1.0)]),
])
def test_1270_fires(text, expected):
    assert sorted(_hits(text, counted_only=True)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # the exclusion of 1.27.0 and the forms the ABP check or the labels left out
    "Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives were at the scene.",
    "The senator is scheduled to appear in court next week.",
    "His next court appearance is set for May.",
    "France said it would not back down.",
    "The mayor will not give in to their demands.",
    "We will not bend to their demands.",
    "He said the candidate was lying on the campaign trail.",
    "The weapon of choice in the debate was a spreadsheet.",
])
def test_1270_near_misses(text):
    assert _hits(text, counted_only=True) == []


def test_1270_rules_held_out():
    # a rule of three events survives leaving out any one of them, and goes only when all three are left out
    s = "Boko Haram still controls the forest."
    for event in ("baga-2015", "chibok-gamboru-2014", "iswap-christians-video-2019"):
        assert _hits(s, Lexicon.default(exclude_events={event}), counted_only=True) == [("boko haram", "perpetrator", V, 1.0)]
    held = Lexicon.default(exclude_events={"baga-2015", "chibok-gamboru-2014", "iswap-christians-video-2019"})
    assert _hits(s, held, counted_only=True) == []
    # and is dropped by the strict variant of any one of them
    assert _hits(s, Lexicon.default(exclude_events={"baga-2015"}, strict=True), counted_only=True) == []


def test_1270_three_events_each():
    # each family of 1.27.0 was coded in at least three events; per entry (1.29.1) only "boko haram" is held by three:
    # the other entries name the events whose labelled sentences hold their own words
    new = {e.term: e for e in Lexicon.default().entries
           if e.term in {"weapons were found", "hostage-takers", "lying on the ground", "boko haram"}}
    assert len(new) == 4
    assert len(set(new["boko haram"].provenance)) == 3
    assert new["weapons were found"].provenance == ("kalamazoo-2016",)
