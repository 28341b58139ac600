"""Religion rules 1.4.0: the perpetrator fleeing the place of worship, "bombings", and round-2 attestations."""

from __future__ import annotations

import pytest
from _matching import religion_frames as _frames
from _matching import version_info

from coverage.families.religion import ReligionRules


def test_version_140():
    assert version_info(ReligionRules.default().version) >= (1, 4, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers stopped him as he was fleeing the mosque.", [("mosque", "target", "fleeing")]),
        ("The man fled the church in a grey car.", [("church", "target", "fled")]),
        ("Witnesses saw him flee the synagogue on foot.", [("synagogue", "target", "flee")]),
        ("Relatives gathered after the Easter bombings.", [("Easter", "target", "bombings")]),
    ],
)
def test_new_harm_words(text, expected):
    assert _frames(text) == expected


def test_flee_is_a_harm_word_of_places_not_of_adherents_after_it():
    # adherents are victims only with the harm word before them; "Muslims fled" is no target
    assert _frames("Many Muslims fled the region decades ago.") == [("Muslims", "neutral", "")]


def test_flee_held_out():
    s = "Police met him as he was fleeing the synagogue."
    # written from two events, "fleeing" from Pittsburgh and "flee" from Sutherland Springs (1.29.1, provenance per
    # entry): "fleeing" goes when Pittsburgh is held out, and stays when Sutherland Springs is
    assert _frames(s, ReligionRules.default(exclude_events={"pittsburgh-2018"})) == [("synagogue", "neutral", "")]
    assert _frames(s, ReligionRules.default(exclude_events={"sutherland-springs-2017"})) == [
        ("synagogue", "target", "fleeing")]
    both = ReligionRules.default(exclude_events={"pittsburgh-2018", "sutherland-springs-2017"})
    assert _frames(s, both) == [("synagogue", "neutral", "")]


def test_round2_attestations_held_out():
    # "easter" was named for Sri Lanka and Pittsburgh; only Sri Lanka's labelled sentences hold it (1.29.1, provenance
    # per entry), so it goes when Sri Lanka is held out
    s = "The blasts came during the Easter service."
    assert _frames(s, ReligionRules.default(exclude_events={"sri-lanka-2019"})) == []
    assert _frames(s, ReligionRules.default(exclude_events={"pittsburgh-2018"}))[0][1:] == ("target", "blasts")
    s = "Officials believe he was motivated by his reading of Islam."
    assert _frames(s, ReligionRules.default(exclude_events={"boston-2013"})) == [("Islam", "attribution", "motivated by")]
