"""Tests for framing lexicon 1.23.0: one rule round from the misses of former fresh set 16, written
as families of constructions (clashes with troops and crowds clashing with police, crowds struck or dispersed by force,
people held against their will or tied down, aircraft shot down or flown into the towers, hyphenated shoot-outs, an
intifada and fighting that goes on, armed groups, businesses damaged, the atomic bomb, lives taken, bodies discovered, the
wounded expected to recover; survivors embraced, the innocent dead remembered, support voiced for protesters; exclusions for
a bloc's "united position", a chant of "death to the dictator" and a flag torched). The
sentences are invented; each positive fails without its entry, and each near miss is a use that the ABP precision check or
the development labels kept out."""

from __future__ import annotations

import pytest
from _matching import S, V, version_info
from _matching import frame_hits as _hits

from coverage.lexicon import Lexicon


def test_version_1230():
    assert version_info(Lexicon.default().version) >= (1, 23, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # violence: clashes, force on crowds, captivity, aircraft, gunfights, uprisings, armed groups, damage, the bomb
    ("Villagers clashed with Indian troops on the ridge.", [("clashed with * troops", "attack", V, 1.0)]),
    ("A boy takes cover during clashes near the wall.", [("during clashes", "attack", V, 1.0)]),
    ("Students and police clashed outside the campus; protesters clashed again later.",
     [("protesters clashed", "attack", V, 1.0)]),
    ("Riot police struck marchers with batons.", [("with batons", "attack", V, 1.0)]),
    ("Officers tried to disperse the crowd with water cannon.", [("disperse the crowd with", "attack", V, 1.0)]),
    ("The family was held against their will for a day.", [("held against their will", "attack", V, 1.0)]),
    ("A reporter was tied down by the crowd.", [("tied down by", "attack", V, 1.0)]),
    ("Rebels downed a Malaysian passenger jet over the fields.", [("downed a * passenger jet", "attack", V, 1.0)]),
    ("Families demanded answers about the downing of the plane.", [("downing of the plane", "attack", V, 1.0)]),
    ("The general apologised for the shootdown.", [("shootdown", "attack", V, 1.0)]),
    ("At 9:03 the second plane struck the south tower.", [("struck the south tower", "attack", V, 1.0)]),
    ("Shoot-outs rocked the city overnight.", [("shoot-outs", "attack", V, 1.0)]),
    ("Leaders called for a third intifada.", [("intifada", "attack", V, 1.0)]),
    ("Heavy fighting was reported near the border.", [("heavy fighting", "attack", V, 1.0)]),
    ("A group of armed youths blocked the road.", [("group of armed", "attack", V, 1.0)]),
    ("Two armed men blocked the road.", [("armed men", "attack", V, 1.0)]),
    ("Dozens of businesses were damaged overnight.", [("businesses were damaged", "attack", V, 1.0)]),
    ("The museum tells the story of the atomic bomb.", [("atomic bomb", "attack", V, 1.0)]),
    ("Forty lives were taken that morning.", [("lives were taken", "casualties", V, 1.0)]),
    ("Hikers made the discovery of the bodies on Sunday.", [("discovery of the bodies", "casualties", V, 1.0)]),
    ("The officer was hurt. He is expected to recover.", [("he is expected to recover", "casualties", V, 1.0)]),
    # solidarity: survivors embraced, the innocent dead remembered, support for protesters
    ("The president embraces survivor Keiko Ito.", [("embraces survivor", "unity", S, 1.0)]),
    ("We remember the innocent men, women and children.", [("innocent men, women and children", "mourning", S, 1.0)]),
    ("That morning is seared into our memory.", [("seared into our memory", "mourning", S, 1.0)]),
    ("He posted messages expressing support for protesters.", [("expressing support for protesters", "compassion", S, 1.0)]),
])
def test_1230_fires(text, expected):
    assert sorted(_hits(text, counted_only=True)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # exclusions of 1.23.0 and the forms the ABP check or the labels left out
    "The bloc had a united position on the budget.",
    "The crowd began chants of death to the dictator.",
    "Demonstrators torched the US flag outside the embassy.",
    "The extent of lives lost as a result of the hurricane is heartbreaking.",
    "The economy is expected to recover next year.",
    "The case has been tied up in court for years.",
    "She is fighting for her community.",
    "Reporters gathered outside Downing Street.",
    "The party embraces the new policy.",
    "The crowd dispersed peacefully.",
])
def test_1230_near_misses(text):
    assert _hits(text, counted_only=True) == []


def test_1230_rules_held_out():
    # a one-event rule is dropped when its event is held out
    s = "The general apologised for the shootdown."
    assert _hits(s, Lexicon.default(exclude_events={"tehran-airliner-protests-2020"}), counted_only=True) == []

