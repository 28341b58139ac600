"""Tests for framing lexicon 1.19.0 and religion rules 1.14.0: one rule round from the misses of former fresh set 12, written
as families of constructions (sadness on learning of a shooting; mob violence, riots and rioters, "massacres", buildings set
ablaze or reduced to ashes, a person kicked or dragged, police force, manslaughter, the firing of a gun; "my mind exploded" as
no violence; the target frame of communal and mob violence against a faith group: places of worship set on fire or
destroyed, a mob with a harm word, adherents "were targeted", hatred against a faith group, "no place for" its people,
accusations of converting others; the dissociation "are not Muslims" and "not a question of Hindu or Muslim"; the Druze as
adherents; "ISIL-claimed"). The sentences are invented; each positive fails without its entry, and each near miss is a use
that the ABP precision check or the development labels kept out."""

from __future__ import annotations

import pytest
from _matching import S, V, religion_frames, version_info
from _matching import frame_hits as _hits

from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon


def test_version_1190():
    assert version_info(Lexicon.default().version) >= (1, 19, 0)
    assert version_info(ReligionRules.default().version) >= (1, 14, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # mourning: sadness on learning of a shooting
    ("The minister was saddened to learn of the shooting at the base.",
     [("saddened to learn of the shooting", "mourning", S, 1.0)]),
    # violence: mobs, riots, burned buildings, a person kicked, police force, charges, gunfire
    ("Shops were targeted by the mob overnight.", [("targeted by the mob", "attack", V, 1.0)]),
    ("A mob of youths surrounded the bus.", [("a mob of", "attack", V, 1.0)]),
    ("Police struggled to contain the rioting.", [("rioting", "attack", V, 1.0)]),
    ("Rioters looted the market.", [("rioters", "attack", V, 1.0), ("looted", "attack", V, 1.0)]),   # 1.21.0
    ("It was one of the worst massacres in the country's history.", [("massacres", "attack", V, 1.0)]),
    ("The chapel was reduced to ashes.", [("reduced to ashes", "attack", V, 1.0)]),
    ("Several homes were set ablaze.", [("set ablaze", "attack", V, 1.0)]),
    ("They kicked me and ran.", [("kicked me", "attack", V, 1.0)]),
    ("The officer pepper-sprayed the man.", [("pepper-sprayed", "attack", V, 1.0)]),
    ("He pleaded guilty to manslaughter.", [("manslaughter", "attack", V, 1.0)]),
    ("I heard someone firing a gun.", [("firing a gun", "attack", V, 1.0)]),
])
def test_1190_fires(text, expected):
    assert _hits(text, counted_only=True) == expected


@pytest.mark.parametrize("text", [
    # figurative and political uses, and the idioms the ABP check or the development labels left out
    "The news gave fresh ammo to his critics.",
    "My mind exploded with ideas.",
    "The party should be burned to the ground, the columnist wrote.",
    "The envoy urged calm in the region.",
    "Her voice broke as she thanked her supporters.",
    "He was saddened to learn of the merger.",
    "A riot of colour filled the garden.",
])
def test_1190_near_misses(text):
    assert _hits(text, counted_only=True) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the target frame of communal violence: places of worship burned or destroyed, mobs with a harm word, the passive
    ("The church was set on fire overnight.", [("church", "target", "set on fire")]),
    ("Hindu mobs attacked Muslim homes.", [("Hindu", "target", "mobs"), ("Muslim", "target", "mobs")]),
    ("A mob beat the priest outside his home.", [("priest", "target", "mob")]),
    ("Muslims and their shops were targeted during the unrest.", [("Muslims", "target", "were targeted")]),
    # hostility to a faith group and accusations of converting others (target over the attribution cue "convert")
    ("The report described growing hatred against Christians.", [("Christians", "target", "hatred against")]),
    ("Posters said there was no place for Muslims in the town.", [("Muslims", "target", "no place for")]),
    ("The pastor was accused of converting villagers to Christianity.",
     [("pastor", "target", "accused of converting"), ("Christianity", "target", "accused of converting")]),
    # dissociation
    ("Those who did this are not Muslims.", [("Muslims", "dissociation", "not muslims")]),
    ("This is not a question of Christian or Muslim, the mayor said.",
     [("Christian", "dissociation", "not a question of * or"), ("Muslim", "dissociation", "not a question of * or")]),
    # new references
    ("An ISIL-claimed bombing killed ten soldiers.", [("ISIL-claimed", "attribution", "ISIL-claimed")]),
    ("The families were Druze.", [("Druze", "neutral", "")]),
    # near misses: adherents as the subject of an active verb, candles burning at a vigil, storm damage, a convert
    ("Muslims attacked the decision in parliament.", [("Muslims", "neutral", "")]),
    ("Candles were burning in the church during the vigil.", [("church", "community", "candles")]),
    ("The church was damaged by the storm.", [("church", "neutral", "")]),
    ("The imam converted to Christianity in 1990.",
     [("imam", "attribution", "converted"), ("Christianity", "attribution", "converted")]),
])
def test_1190_religion(text, expected):
    assert religion_frames(text) == expected


def test_1190_rules_held_out():
    # a one-event rule is dropped when its event is held out; a rule of two events stays (held out) and goes (strict)
    s = "The minister was saddened to learn of the shooting at the base."
    assert _hits(s, Lexicon.default(exclude_events={"quantico-2013"}), counted_only=True) == [("shooting", "attack", V, 1.0)]
    r = "Muslims and their shops were targeted during the unrest."
    assert religion_frames(r, ReligionRules.default(exclude_events={"delhi-riots-2020"}))[0][1] != "target"
    m = "A mob beat the priest outside his home."
    assert religion_frames(m, ReligionRules.default(exclude_events={"delhi-riots-2020"})) == [("priest", "target", "mob")]
    strict = ReligionRules.default(exclude_events={"delhi-riots-2020"}, strict=True)
    assert religion_frames(m, strict)[0][1] != "target"
