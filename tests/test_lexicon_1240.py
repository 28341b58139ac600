"""Tests for framing lexicon 1.24.0: one rule round from the misses of former fresh set 17, written
as families of constructions (counter-terror raids, poisoning and chemical weapons used on people, a military crackdown and
force used on a people, a captive bound before armed and masked men, police shootings told by the bullet, the shooter's
self-defence and the flight from the scene, the hyphenated suicide attack, a man dying under restraint, the plotter named;
the funeral named as a homegoing). The sentences are invented; each positive fails without its entry, and each near miss
is a use that the ABP precision check or the development labels kept out."""

from __future__ import annotations

import pytest
from _matching import S, V, version_info
from _matching import frame_hits as _hits

from coverage.lexicon import Lexicon


def test_version_1240():
    assert version_info(Lexicon.default().version) >= (1, 24, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # violence: raids, poison and chemical weapons, crackdowns, captives, police shootings, suicide attacks
    ("Hundreds of officers raided homes across the city.", [("officers raided", "attack", V, 1.0)]),
    ("Separate raids took place in two other towns.", [("separate raids", "attack", V, 1.0)]),
    ("Counter-terror raids continued overnight.", [("counter-terror raids", "attack", V, 1.0)]),
    ("Ministers discussed the poisoning of a defector.", [("the poisoning of", "attack", V, 1.0)]),
    ("Traces of a nerve agent were found at the house.", [("nerve agent", "attack", V, 1.0)]),
    ("Inspectors confirmed the use of chemical weapons in the town.", [("use of chemical weapons", "attack", V, 1.0)]),
    ("Thousands fled a brutal army crackdown in the north.", [("brutal * crackdown", "attack", V, 1.0)]),
    ("Refugees described a military crackdown on their villages.", [("military crackdown", "attack", V, 1.0)]),
    ("A report accused the army of disproportionate force.", [("disproportionate force", "attack", V, 1.0)]),
    ("The two sides have been locked in battle for a year.", [("locked in battle", "attack", V, 1.0)]),
    ("The hostage knelt with his hands tied behind his back.", [("tied behind his back", "attack", V, 1.0)]),
    ("A van stopped and masked men got out.", [("masked men", "attack", V, 1.0)]),
    ("A bullet broke the kitchen window.", [("bullet broke", "attack", V, 1.0)]),
    ("His lawyer says he fired in self-defense.", [("fired in self-defense", "attack", V, 1.0)]),
    ("The driver tried to flee the scene.", [("flee the scene", "attack", V, 1.0)]),
    ("The town was hit by a suicide-attack in May.", [("suicide-attack", "attack", V, 1.0)]),
    ("The footage shows him gasping for air.", [("gasping for air", "casualties", V, 1.0)]),
    ("Neighbours stayed with him as he lay dying.", [("he lay dying", "casualties", V, 1.0)]),
    ("The alleged plotter appeared in court.", [("plotter", "perpetrator", V, 1.0)]),
    # solidarity: the funeral named as a homegoing
    ("Hundreds attended the homegoing service on Saturday.", [("homegoing", "mourning", S, 1.0)]),
])
def test_1240_fires(text, expected):
    assert sorted(_hits(text, counted_only=True)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # the forms the ABP check or the labels left out
    "Agents raided the lawyer's office on Monday.",
    "The ruling lets polluters keep poisoning the air and water.",
    "Sanctions hit firms linked to the chemical weapons programme.",
    "The college began a crackdown on student speech.",
    "The treaty allows an exception for self-defense.",
    "The crowd left the square after the speeches.",
])
def test_1240_near_misses(text):
    assert _hits(text, counted_only=True) == []


def test_1240_rules_held_out():
    # a one-event rule is dropped when its event is held out
    s = "Ministers discussed the poisoning of a defector."
    assert _hits(s, Lexicon.default(exclude_events={"salisbury-skripal-expulsions-2018"}), counted_only=True) == []
