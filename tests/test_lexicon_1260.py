"""Tests for framing lexicon 1.26.0 and religion rules 1.18.0: one rule round from the misses of former fresh set 19, written
as families of constructions (a struggle during an arrest, churches, statues and heritage vandalised or destroyed, rebels
fighting the army, the gun carried, held or fired in a police killing, a plane brought down and people blown up as the
threat, a person who had been threatened; a faith not about to yield; places of worship blown up, booby-trapped, levelled
or razed and the forced conversion of a faith's girls as `target`). The sentences are invented; each positive fails
without its entry, and each near miss is a use that the ABP precision check or the development labels kept out."""

from __future__ import annotations

import pytest
from _matching import S, V, religion_frames, version_info
from _matching import frame_hits as _hits

from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon


def test_version_1260():
    assert version_info(Lexicon.default().version) >= (1, 26, 0)
    assert version_info(ReligionRules.default().version) >= (1, 18, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # violence: arrests, vandalism and destruction, rebels, guns, abduction, threats
    ("Police said a struggle ensued in the parking lot.", [("struggle ensued", "attack", V, 1.0)]),
    ("The man began struggling with the officer.", [("struggling with the officer", "attack", V, 1.0)]),
    ("He was charged with resisting arrest.", [("resisting arrest", "attack", V, 1.0)]),
    ("The deputy fired his Taser twice.", [("fired his taser", "attack", V, 1.0)]),
    ("She grabbed the weapon from his belt.", [("grabbed the weapon", "attack", V, 1.0)]),
    ("He tried to grab an officer's gun.", [("grab an officer's gun", "attack", V, 1.0)]),
    ("The synagogue was vandalized overnight.", [("vandalized", "attack", V, 1.0)]),
    ("Someone tried to deface the monument.", [("deface", "attack", V, 1.0)]),
    ("The old shrine was razed by the fighters.", [("razed", "attack", V, 1.0)]),
    ("The fighters booby-trapped the building.", [("booby-trapped", "attack", V, 1.0)]),
    ("The rebels have been fighting government forces since May.", [("fighting government forces", "attack", V, 1.0)]),
    ("The driver said he was carrying a firearm.", [("carrying a firearm", "attack", V, 1.0)]),
    ("The officer fired a single bullet.", [("fired a single bullet", "attack", V, 1.0)]),
    ("The device could bring down a plane.", [("bring down a plane", "attack", V, 1.0)]),
    ("The reporter said he had been threatened.", [("had been threatened", "attack", V, 1.0)]),
    # solidarity: a faith not yielding
    ("The bishop said the church is not about to yield.", [("not about to yield", "defiance", S, 1.0)]),
])
def test_1260_fires(text, expected):
    assert sorted(_hits(text, counted_only=True)) == sorted(expected)


@pytest.mark.parametrize("text", [
    # the forms the ABP check or the labels left out
    "The deal was blown up by the senator.",
    "The team is fighting for the title.",
    "Voters marked the anniversary of the law.",
    "The governor threatened a veto.",
    "She grabbed the microphone.",
    "They talked of razing the capital, figuratively.",
    "The land was forcibly taken from farmers.",
    "The companies desecrated tribal lands.",
    "Iconoclasm is puritanism in vandalism.",
])
def test_1260_near_misses(text):
    assert _hits(text, counted_only=True) == []


def test_1260_rules_held_out():
    # a one-event rule is dropped when its event is held out
    s = "Police said a struggle ensued in the parking lot."
    assert _hits(s, Lexicon.default(exclude_events={"baytown-pamela-turner-2019"}), counted_only=True) == []


def test_1260_religion():
    # a church blown up or razed is the target; the forced conversion of a faith's girls is target
    s = "Militants blew up the old church on Sunday."
    assert religion_frames(s) == [("church", "target", "blew up")]
    held = ReligionRules.default(exclude_events={"tal-nasri-church-2015"})
    assert all(f != "target" for _, f, _ in religion_frames(s, held))
    s = "Activists protested the forced conversion of Hindu girls."
    assert [f for _, f, _ in religion_frames(s)] == ["target"]
