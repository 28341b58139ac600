"""Tests for coverage.quotes round 41, written from the development quote files (the labels' decision "unmarked block
quotes after a colon are one direct row each", sets 22 and 25) and the first 2,000 ABP rows: a paragraph introduced by
a reporting sentence that ends in a colon ("The Elm Herald reports:", "Ann Lee wrote in the Herald:") is a direct
quote of that sentence's speaker, with or without quote marks.

Small invented sentences, one construction each: a positive that the rule finds (and the code before the round
did not) and a near miss it leaves alone.
"""

from __future__ import annotations

from _matching import quote_rows

from coverage.quotes import extract_quotes

BLOCK = "The bridge was closed for two days after the flood, and the ferry ran all night."


def test_an_outlet_reports_a_block_quote():
    t = f"The town was cut off.\n\nThe Elm Herald reports:\n\n{BLOCK}"
    assert quote_rows(t) == [("direct", BLOCK, "Elm Herald")]


def test_a_writer_wrote_a_block_quote_without_quote_marks():
    t = f"Others disagree. As Ann Lee wrote in the Herald:\n\n{BLOCK}"
    assert quote_rows(t) == [("direct", BLOCK, "Ann Lee")]


def test_an_intro_without_a_reporting_cue_is_left_alone():
    # near miss: "Here is what we know:" names no speaker
    t = f"The town was cut off.\n\nHere is what we know:\n\n{BLOCK}"
    assert quote_rows(t) == []


def test_an_intro_in_the_writers_own_voice_is_left_alone():
    # near miss: "As I wrote in May:" quotes the writer, the outlet's own voice
    t = f"The town was cut off. As I wrote in May:\n\n{BLOCK}"
    assert quote_rows(t) == []


def test_a_parenthetical_before_the_colon_is_left_alone():
    # near miss: "(emphasis added):" after a document, no reporting sentence
    t = f"From the council's report (emphasis added):\n\n{BLOCK}"
    assert quote_rows(t) == []


def test_a_list_after_the_colon_is_left_alone():
    # near miss: a bullet list
    t = f"The Elm Herald reports:\n\n• {BLOCK}"
    assert quote_rows(t) == []


def test_a_line_of_quote_marks_after_the_intro_gives_no_empty_quote():
    # hostile input: 60 quote marks as the paragraph after a reporting intro
    t = "The Elm Herald reports:\n\n" + "“" * 30 + "”" * 30
    assert all(q.end > q.start for q in extract_quotes(t))
