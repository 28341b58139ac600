"""Tests for framing lexicon 1.21.0: one rule round from the misses of former fresh set 14, written as families of
constructions (looting in riots, buildings and cars burned, the destruction of property, clashes with protesters,
incendiary kites and guns fired, a riot started and windows smashed, a hostage situation and people escaping it, a knee on
a restrained man's neck, casualty counts and the wounded treated; volunteers and community clean-ups after a riot,
working together as a community, comforting words to a rescued victim). The sentences are invented; each positive fails
without its entry, and each near miss is a use that the ABP precision check or the development labels kept out."""

from __future__ import annotations

import pytest
from _matching import S, V, version_info
from _matching import frame_hits as _hits

from coverage.lexicon import Lexicon


def test_version_1210():
    assert version_info(Lexicon.default().version) >= (1, 21, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # violence: riots and their damage, clashes, incendiary objects, hostage situations, force, casualties
    ("Officers arrested four men for looting overnight.", [("looting", "attack", V, 1.0)]),
    ("A pharmacy on the corner was looted.", [("looted", "attack", V, 1.0)]),
    ("Several buildings burned along the avenue.", [("buildings burned", "attack", V, 1.0)]),
    ("The old school was burned to the ground in 1921.", [("was burned to the ground", "attack", V, 1.0)]),
    ("Someone lit patrol cars on fire.", [("lit * * on fire", "attack", V, 1.0)]),
    ("The mayor condemned the destruction of property downtown.", [("destruction of property", "attack", V, 1.0)]),
    ("Police withdrew after clashes with demonstrators.", [("clashes with demonstrators", "attack", V, 1.0)]),
    ("Hundreds took part in the clashes.", [("in the clashes", "attack", V, 1.0)]),
    ("Incendiary balloons landed in a wheat field.", [("incendiary balloons", "attack", V, 1.0)]),
    ("Investigators found bullet casings near the car.", [("bullet casings", "attack", V, 1.0)]),
    ("Witnesses said the group started a riot downtown.", [("started a riot", "attack", V, 1.0)]),
    ("Shop windows were smashed on Main Street.", [("windows were smashed", "attack", V, 1.0)]),
    ("A hostage situation unfolded at the bank.", [("hostage situation", "attack", V, 1.0)]),
    ("Staff said they had hidden in a storeroom.", [("had hidden in", "attack", V, 1.0)]),
    ("A guard carried the children to safety.", [("children to safety", "attack", V, 1.0)]),
    ("The video showed an officer with a knee on his neck.", [("knee on his neck", "attack", V, 1.0)]),
    ("Officials released casualty figures on Sunday.", [("casualty figures", "casualties", V, 1.0)]),
    ("The teenager was treated and released.", [("treated and released", "casualties", V, 1.0)]),
    # solidarity: volunteers and clean-ups, working together, comforting a victim
    ("Hundreds joined neighborhood cleanups on Tuesday.", [("neighborhood cleanups", "compassion", S, 1.0)]),
    ("Volunteers handed out bottled water.", [("volunteers handed out", "compassion", S, 1.0)]),
    ("We all need to work together now, the chief said.", [("all need to work together", "unity", S, 1.0)]),
    ('"You\'re going to be OK," the neighbour told her.', [("you're going to be ok", "compassion", S, 1.0)]),
])
def test_1210_fires(text, expected):
    assert _hits(text, counted_only=True) == expected


@pytest.mark.parametrize("text", [
    # figurative and political uses, and the forms the ABP check left out
    "The mayhem engulfing the legal team was on display.",
    "Both countries pledged to increase clean-up efforts.",
    "The two senators clashed over the budget.",
    "Critics called it incendiary rhetoric.",
    "The campaign relied on volunteers in every county.",
    "Republicans and Democrats must work together on the bill.",
    "The riot police stood by.",
])
def test_1210_near_misses(text):
    assert _hits(text, counted_only=True) == []


def test_1210_rules_held_out():
    # a one-event rule is dropped when its event is held out; a rule of several events stays (held out) and goes (strict)
    s = "Incendiary balloons landed in a wheat field."
    assert _hits(s, Lexicon.default(exclude_events={"gaza-border-2018"}), counted_only=True) == []
    # "looted", named for several events, is held by Baltimore's labelled sentences alone (1.29.1, provenance per entry)
    t = "A pharmacy on the corner was looted."
    assert _hits(t, Lexicon.default(exclude_events={"baltimore-riots-2015"}), counted_only=True) == []
    assert _hits(t, Lexicon.default(), counted_only=True) == [("looted", "attack", V, 1.0)]
