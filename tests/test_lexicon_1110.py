"""Tests for framing lexicon 1.11.0: one rule round from the held-out solidarity misses and false alarms of the 77
development events (constructions attested in two or more events, kept after a precision check on ABP news)."""

from __future__ import annotations

import pytest
from _matching import S, V, version_info
from _matching import frame_hits as _hits

from coverage.lexicon import Lexicon


def test_version_1110():
    assert version_info(Lexicon.default().version) >= (1, 11, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # the inadequacy of words before the loss
    ("I confessed to them that words are always inadequate in these kinds of situations.",
     [("words are * inadequate", "mourning", S, 1.0)]),
    ("Gia is our beautiful daughter and words cannot express how much we will miss her.",
     [("words cannot express", "mourning", S, 1.0), ("will miss", "mourning", S, 1.0)]),
    ("Words can’t express how sorry I am.", [("words can't express", "mourning", S, 1.0)]),
    # speakers recalling the victims; the violence word after the phrase still counts
    ("The president recalled all three of the victims killed.",
     [("recalled * * * the victims", "mourning", S, 1.0), ("killed", "casualties", V, 1.0)]),
    ("Speakers recalled the sense of duty and purpose of the victims.",
     [("recalled * * * * * * * the victims", "mourning", S, 1.0)]),
])
def test_solidarity_1110_fires(text, expected):
    assert _hits(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: "words cannot describe" (also political scorn) is no entry; nor are recollections of other things
    ("Words cannot describe how inappropriate this was.", []),
    ("He recalled that the vote was close.", []),
    # a vow to bring the perpetrators to justice is punishment, not defiance; "swift justice" still counts
    ("Whoever placed these bombs we will find, and they will be brought to justice.",
     [("bombs", "attack", V, 1.0)]),
    ("Authorities vowed to bring to justice the person responsible.", []),
    ("He wanted swift justice for the families.", [("justice", "defiance", S, 1.0)]),
    # bare "ready to help" is no entry any more (an investigation); "stand ready to help" stays
    ("U.S. officials are ready to help with the investigation.", []),
    ("We stand ready to help!", [("stand ready to help", "compassion", S, 1.0)]),
])
def test_solidarity_1110_near_misses(text, expected):
    assert _hits(text) == expected


def test_1110_rules_held_out():
    # provenance per entry (1.29.1): the events whose labelled sentences hold the entry; an entry only one event holds
    # goes when that event is held out, whatever other events its family was written from
    s = "Speakers recalled the sense of duty and purpose of the victims."
    assert _hits(s, Lexicon.default(exclude_events={"navy-yard-2013"})) == []
    assert _hits(s, Lexicon.default(exclude_events={"boston-2013"}, strict=True))[0][0] == \
        "recalled * * * * * * * the victims"
    w = "Words are always inadequate."
    assert _hits(w, Lexicon.default(exclude_events={"aurora-2012"})) == []
    assert [h[0] for h in _hits(w, Lexicon.default(exclude_events={"boston-2013"}))] == ["words are * inadequate"]
    # the exclusion is a scheme reading with one development event: kept when Chelsea is held out, dropped in the strict
    # variant (then "justice" counts again)
    j = "They will be brought to justice."
    assert _hits(j, Lexicon.default(exclude_events={"chelsea-2016"})) == []
    assert _hits(j, Lexicon.default(exclude_events={"chelsea-2016"}, strict=True)) == [("justice", "defiance", S, 1.0)]


def test_bare_peace_is_no_entry_1110():
    # five false alarms in three development events and one in the seeds, no solidarity sentence decided by it
    assert _hits("A suicide bombing at a peace rally killed 103 people.") == [
        ("bombing", "attack", V, 1.0), ("killed", "casualties", V, 1.0)]
    assert _hits("The word Islam means peace.") == []
    assert _hits("Rest in peace, the banner said.") == [("rest in peace", "mourning", S, 1.0)]
