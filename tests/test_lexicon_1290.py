"""Tests for framing lexicon 1.29.0: a rule round from the misses of former fresh set 21 (14 events read by a rule writer
for the first time), written as families of constructions: crowds clashing with protesters or police, shoving, objects
thrown and fires set by rioters, a protest "no longer peaceful", an embassy breached, threats at a person's home, a mob as
the actor of a physical act, militias and armed occupations, special-forces operations and manhunts, shells that strike,
places of worship torn down, genocide declared, arming separatist rebels, shots named only to be denied, people escorted
to safety, a military offensive, the insanity verdict on a would-be assassin, a building set on fire in a headline, a
shelter-in-place order during a shooting (violence); and an exclusion for the Second Amendment's "well regulated militia".
The sentences are invented; each positive fails without its entry, and each near miss is a use that the ABP precision
check, the development labels or an earlier round kept out."""

from __future__ import annotations

import pytest
from _matching import V, version_info
from _matching import frame_hits as _hits

from coverage.lexicon import Lexicon


def test_version_1290():
    assert version_info(Lexicon.default().version) >= (1, 29, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # riots and clashes
    ("Dozens of older residents were clashing with youthful protesters.", [("clashing with * protesters", "attack", V, 1.0)]),
    ("Supporters clashed Tuesday with about 50 protesters.", [("clashed * with * * protesters", "attack", V, 1.0)]),
    ("Witnesses described pushing and shoving at the barricade.", [("pushing and shoving", "attack", V, 1.0)]),
    ("The crowd pelted the building with rocks.", [("pelted the * with rocks", "attack", V, 1.0)]),
    ("Youths set tires ablaze on the main road.", [("set tires ablaze", "attack", V, 1.0)]),
    ("Some threw chunks of concrete at the officers.", [("threw chunks", "attack", V, 1.0)]),
    ("Police said the march was no longer peaceful.", [("no longer peaceful", "attack", V, 1.0)]),
    ("The governor blamed criminals and thugs for the night.", [("criminals and thugs", "attack", V, 1.0)]),
    ("Officials met after the embassy breach on Tuesday.", [("embassy breach", "attack", V, 1.0)]),
    # threats and a crowd at a person's home; a mob acting
    ("The banner read: we know where you live.", [("we know where you live", "attack", V, 1.0)]),
    ("A crowd showed up outside the judge's house.", [("showed up outside", "attack", V, 1.0)]),
    ("The shop was wrecked by an angry mob.", [("by an * mob", "perpetrator", V, 1.0)]),
    ("A mob stormed the council chamber.", [("mob stormed", "perpetrator", V, 1.0)]),
    # armed occupations, militias
    ("The militiamen held the ranch for a week.", [("militiamen", "perpetrator", V, 1.0)]),
    ("Local militias control the northern road.", [("militias", "perpetrator", V, 1.0)]),
    ("The armed occupation of the refuge lasted 41 days.", [("armed occupation", "perpetrator", V, 1.0)]),
    # raids, manhunts, shells
    ("Commandos stormed the hotel at dawn.", [("commandos stormed", "attack", V, 1.0)]),
    ("The minister vowed to hunt down the men.", [("hunt down", "attack", V, 1.0)]),
    ("Two shells landed near the convoy.", [("shells landed", "attack", V, 1.0)]),
    # places of worship torn down, genocide declared
    ("The old mosque was demolished in 1992.", [("mosque was demolished", "attack", V, 1.0)]),
    ("The parliament said the campaign constitutes genocide.", [("constitutes genocide", "attack", V, 1.0)]),
    ("A genocide designation would oblige the allies to act.", [("genocide designation", "attack", V, 1.0)]),
    # arming separatist rebels, denied shots, escorted to safety, an offensive
    ("The report accused the state of arming separatist rebels.", [("arming separatist rebels", "attack", V, 1.0)]),
    ("Officers said no shots were fired.", [("no shots were fired", "attack", V, 1.0)]),
    ("The guards did not fire any shots.", [("not fire any shots", "attack", V, 1.0)]),
    ("Hundreds of villagers were escorted to safety.", [("escorted to safety", "attack", V, 1.0)]),
    ("The army began a military offensive in the valley.", [("military offensive", "attack", V, 1.0)]),
    # a would-be assassin's verdict, a building set on fire, a shelter-in-place order
    ("He was found not guilty by reason of insanity.", [("not guilty by reason of insanity", "attack", V, 1.0)]),
    ("Campaign Office Set On Fire Overnight", [("office set on fire", "attack", V, 1.0)]),
    ("The college lifted the shelter-in-place recommendation at noon.",
     [("shelter-in-place recommendation", "attack", V, 1.0)]),
    # the dead where they fell
    ("The place where his body lay is now a car park.", [("body lay", "casualties", V, 1.0)]),
])
def test_1290_fires(text, expected):
    assert sorted(_hits(text, counted_only=True)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # the exclusion of 1.29.0 and the forms the ABP check or the labels left out
    "The Second Amendment speaks of a well regulated militia.",
    "The senator clashed with the president over tariffs.",
    "He is shoving new rules down everyone's throats.",
    "Trump called his opponents a radical left-wing mob.",
    "It is worth noting her record of cheering online mobs.",
    "Residents organised a flash mob in the square.",
    "The senator has long pushed to arm the rebels in Syria.",
    "The standoff between the two chambers ended on Friday.",
    "Activists accused the candidate of promoting white genocide.",
    "The stadium is likely to be torn down.",
    "Millions of Americans live under shelter-in-place orders.",
    "Thugs, the president tweeted.",
    "The data breach exposed thousands of records.",
])
def test_1290_near_misses(text):
    assert _hits(text, counted_only=True) == []


def test_1290_rules_held_out():
    # provenance is per entry: an entry two events hold survives leaving out either of them...
    s = "Local militiamen control the northern road."
    for event in ("malheur-refuge-occupation-2016", "beirut-iran-embassy-2013"):
        assert _hits(s, Lexicon.default(exclude_events={event}), counted_only=True) == [("militiamen", "perpetrator", V, 1.0)]
    held = Lexicon.default(exclude_events={"malheur-refuge-occupation-2016", "beirut-iran-embassy-2013"})
    assert _hits(s, held, counted_only=True) == []
    # ...and an entry only one event holds goes when that event is held out, though its family names others
    s = "Local militias control the northern road."
    assert _hits(s, Lexicon.default(exclude_events={"tal-nasri-church-2015"}), counted_only=True) == []
    assert _hits(s, Lexicon.default(exclude_events={"malheur-refuge-occupation-2016"}), counted_only=True) != []
    s = "Officials met after the embassy breach on Tuesday."
    assert _hits(s, Lexicon.default(exclude_events={"sanaa-us-embassy-2012"}), counted_only=True) == []


def test_1290_provenance():
    # every entry of 1.29.0 names the events of set 21 or of the other development events it was written from
    new = {e.term: e for e in Lexicon.default().entries
           if e.term in {"militia", "mob climbing", "constitutes genocide", "no shots were fired", "body lay",
                         "arming separatist rebels"}}
    assert len(new) == 6
    # each entry names the events whose labelled sentences hold it, not every event of its family
    assert new["militia"].provenance == ("malheur-refuge-occupation-2016",)
    assert new["no shots were fired"].provenance == ("iran-protests-2017",)
    assert new["arming separatist rebels"].provenance == ("moscow-nemtsov-2015",)
    assert new["body lay"].provenance == ("moscow-nemtsov-2015",)
