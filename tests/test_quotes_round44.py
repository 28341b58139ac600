"""Tests for coverage.quotes round 44, written from the speaker errors of set 41 after it became development data (and
checked on the 42 development quote files and the first 3,000 ABP rows): the antecedent search tokenises the first 70
characters of each sentence, and a name across the 70th character was cut mid-word.
"""

from __future__ import annotations

from coverage.quotes import extract_quotes


def test_a_pronoun_takes_the_whole_name_across_the_sentence_window():
    # the antecedent search tokenises the first 70 characters of a sentence; a name across the 70th character was cut
    # mid-word ("Ms. Ann-Marie Lund" for "Ms. Ann-Marie Lundqvist"; on the development files "Ms. Jean-Pierre Co",
    # "Mark Kle", "Keisha Lance Bot")
    t = ("“I talked to them,” she says.\n\nHaving been away from trial work for several years, Ms. Ann-Marie "
         "Lundqvist decided she would love to try the case.\n\n“It is not about him,” she says.")
    assert [q.speaker for q in extract_quotes(t)] == ["", "Ms. Ann-Marie Lundqvist"]


def test_a_name_inside_the_window_is_unchanged():
    # near miss: a short opening, the name well inside the first 70 characters
    t = "“I talked to them,” she says.\n\nLater, Ms. Ann-Marie Lundqvist decided to try the case.\n\n“It is hard,” she says."
    assert [q.speaker for q in extract_quotes(t)] == ["", "Ms. Ann-Marie Lundqvist"]
