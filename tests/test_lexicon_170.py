"""Tests for framing lexicon 1.7.0: the general vocabulary of grief, sympathy for victims and gratitude to
helpers (provenance ``vocabulary``: written from no labelled text, kept after a precision check on ABP news)."""

from __future__ import annotations

import pytest
from _matching import frame_hits as _hits
from _matching import version_info

from coverage.families.framing import match_frames
from coverage.lexicon import Lexicon, parse_provenance
from coverage.text import tokenize

S = "solidarity"


def test_framing_1_7_0_version_and_vocabulary_entries():
    lex = Lexicon.default()
    assert version_info(lex.version) >= (1, 7, 0)
    voc = [e for e in lex.entries if "vocabulary" in e.provenance]
    assert len(voc) == 443   # 146 of 1.7.0, 76 of 1.12.0, 39 of 1.13.0 (violence), 127 of 1.15.0, 55 of 1.16.0
    sol = [e for e in voc if e.frame == S]
    assert len(sol) == 380   # 222 before 1.15.0, 347 before 1.16.0
    # unity and values since 1.12.0, defiance since 1.15.0 ("stay strong")
    assert {e.category for e in sol} == {"mourning", "compassion", "unity", "values", "defiance"}
    assert {e.category for e in voc if e.frame != S} == {"attack", "casualties", "perpetrator"}   # violence since 1.13.0
    assert all(e.provenance == ("vocabulary",) and e.frame in (S, "violence") for e in voc)


def test_vocabulary_is_a_provenance_tag():
    assert parse_provenance(["vocabulary"], "x", "<s>") == ("vocabulary",)


@pytest.mark.parametrize(("text", "expected"), [
    # grief and sadness
    ("The whole town was heartbroken.", [("heartbroken", "mourning", S, 0.5)]),
    ("The club grieved for its captain.", [("grieved", "mourning", S, 1.0)]),
    ("A grief-stricken mother spoke to reporters.", [("grief-stricken", "mourning", S, 1.0)]),
    ("The mayor was saddened by the loss of two nurses.", [("saddened by the loss", "mourning", S, 1.0)]),
    ("It is with great sadness that we announce his passing.", [("great sadness", "mourning", S, 1.0)]),
    ("\"We're devastated,\" his sister said.", [("we're devastated", "mourning", S, 1.0)]),
    ("His father was fighting back tears at the gate.", [("fighting back tears", "mourning", S, 1.0)]),
    ("May they rest in peace.", [("rest in peace", "mourning", S, 1.0)]),
    # sympathy and support for victims and their families
    ("My heart goes out to the people of the town.", [("heart goes out", "compassion", S, 1.0)]),
    # the longer phrase wins over the 1.2.0 entry "our prayers"
    ("Our prayers are with the families tonight.", [("prayers are with", "compassion", S, 1.0)]),
    ("Her prayers are with the families tonight.", [("prayers are with", "compassion", S, 1.0)]),
    ("The victims are in our thoughts.", [("in our thoughts", "compassion", S, 1.0)]),
    ("The church will support the families of the victims.", [("support the families", "compassion", S, 1.0)]),
    ("The governor consoled grieving families at the hospital.",
     [("consoled * families", "compassion", S, 1.0)]),
    # gratitude to those who helped
    ("She thanked the first responders for their speed.", [("thanked * first responders", "compassion", S, 1.0)]),
    ("We are grateful to police and paramedics.", [("grateful to police", "compassion", S, 1.0)]),
])
def test_framing_1_7_0_solidarity_exact(text, expected):
    assert _hits(text) == expected


@pytest.mark.parametrize("text", [
    # ambiguous single words that are no entries: property "devastated", ripping "tears", political "sad"
    "Hurricane Katrina devastated much of the Gulf Coast.",
    "Kamala Harris tears into the attorney general.",
    "Mr. Trump called the reports very sad.",
    "The senator lamented the tenor of the campaign.",
    "Even those who sympathize with the protesters dislike the vandalism.",
    "Republicans take solace in a favourable Senate map.",
    "I am grateful to you, Iowa.",
    "Democrats cried foul over the count.",
])
def test_framing_1_7_0_ambiguous_uses_do_not_fire(text):
    assert [h for h in match_frames(tokenize(text), Lexicon.default()) if h.counted_as] == []


def test_framing_1_7_0_negated_grief_is_not_counted():
    hits = match_frames(tokenize("Nobody was heartbroken when the bill failed."), Lexicon.default())
    assert [(h.term, h.negated, h.counted_as, h.weight) for h in hits] == [("heartbroken", True, "", 0.0)]


def test_framing_1_7_0_vocabulary_counts_in_every_held_out_variant():
    s = "Family members burst into tears at the airport."
    expected = [("burst into tears", "mourning", S, 0.5)]
    assert _hits(s) == expected
    assert _hits(s, Lexicon.default(exclude_events={"boston-2013"}, strict=True)) == expected
    assert _hits(s, Lexicon.default().without_events({"seeds", "basil", "scheme", "issue18"}, strict=True)) == expected
