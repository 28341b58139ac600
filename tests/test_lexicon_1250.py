"""Tests for framing lexicon 1.25.0 and religion rules 1.17.0: one rule round from the misses of former fresh set 18, written
as families of constructions (captivity told by the captive, a person seized at gunpoint, a
weapon shown to threaten and people put in danger, the flight from the police told as an attempt, going abroad to fight for
a jihadist group, the planes and towers of 9/11, the lives lost dated by the attack, a life paid for a decision, the fear
of a scary situation; grief past words and past imagining, never forgetting the dead, a loss that time has not eased;
Ramadan's holiest night as a time, "Islamic radical(s)" as attribution). The sentences are invented; each positive fails
without its entry, and each near miss is a use that the ABP precision check or the development labels kept out."""

from __future__ import annotations

import pytest
from _matching import S, V, religion_frames, version_info
from _matching import frame_hits as _hits

from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon


def test_version_1250():
    assert version_info(Lexicon.default().version) >= (1, 25, 0)
    assert version_info(ReligionRules.default().version) >= (1, 17, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # violence: captivity, bombs, weapons, threats, flight, fighters abroad, 9/11, lives lost, fear
    ("The girl was held captive for nine years.", [("held captive", "attack", V, 1.0)]),
    ("Prosecutors say he held the boys captive in a shed.", [("held * * captive", "attack", V, 1.0)]),
    ("Two teenagers were found captive in a basement.", [("found captive", "attack", V, 1.0)]),
    ("The kidnap victim was reunited with her family.", [("kidnap", "attack", V, 1.0)]),
    ("Neighbours called the farm a house of horrors.", [("house of horrors", "attack", V, 1.0)]),
    ("A guard detained the man at gunpoint.", [("detained * * at gunpoint", "attack", V, 1.0)]),
    ("He waved it in a threatening manner.", [("threatening manner", "attack", V, 1.0)]),
    ("She is charged with endangering other drivers' lives and endangering other people.",
     [("endangering other people", "attack", V, 1.0)]),
    ("The man was stopped while attempting to flee.", [("attempting to flee", "attack", V, 1.0)]),
    ("Dozens have left the town to fight with Islamic groups abroad.", [("to fight with islamic", "attack", V, 1.0)]),
    ("The second plane crashed into the Pentagon.", [("crashed into the pentagon", "attack", V, 1.0)]),
    ("Minutes later the North Tower collapsed.", [("north tower collapsed", "attack", V, 1.0)]),
    ("The skyline changed the day the towers fell.", [("towers fell", "attack", V, 1.0)]),
    ("A bell rang for those lost on September 11th.", [("lost on september 11th", "casualties", V, 1.0)]),
    ("The young nurse paid with her life.", [("paid with her life", "casualties", V, 1.0)]),
    ("Officers called it a scary situation.", [("scary situation", "fear", V, 1.0)]),
    # solidarity: grief past words and imagining, remembrance, a loss not eased
    ("No words can truly express how we feel.", [("no words can * express", "mourning", S, 1.0)]),
    ("I cannot begin to imagine what the parents feel.", [("cannot begin to imagine", "mourning", S, 1.0)]),
    ("We will never forget the victims of that day.", [("never forget the victims", "mourning", S, 1.0)]),
    ("Ten years have not lessened our pain.", [("not lessened our pain", "mourning", S, 1.0)]),
])
def test_1250_fires(text, expected):
    assert sorted(_hits(text, counted_only=True)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # the forms the ABP check or the labels left out
    "The bill was held hostage by the budget fight.",
    "The economy collapsed after the election.",
    "Many lives lost their meaning in the recession.",
    "We will never forget that night at the stadium.",
    "She has not lessened her demands.",
    "They went to fight for better wages.",
    "Markets are scary this week.",
    "The senator is a bomb-thrower in his own party.",
])
def test_1250_near_misses(text):
    assert _hits(text, counted_only=True) == []


def test_1250_rules_held_out():
    # a one-event rule is dropped when its event is held out
    s = "The girl was held captive for nine years."
    assert _hits(s, Lexicon.default(exclude_events={"cleveland-castro-kidnappings-2013"}), counted_only=True) == []


def test_1250_religion():
    # Ramadan's holiest night named as a time (neutral); "Islamic radical(s)" as attribution
    assert religion_frames("Attacks have come on the Night of Power before.") == [("Night of Power", "neutral", "")]
    s = "Hundreds left to join Islamic radical groups."
    assert religion_frames(s) == [("Islamic radical", "attribution", "Islamic radical")]
    held = ReligionRules.default(exclude_events={"europe-verviers-raids-2015"})
    assert all(f != "attribution" for _, f, _ in religion_frames(s, held))
