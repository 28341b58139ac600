"""Tests for coverage.quotes round 38, a cross-set round (from the speaker misses of all 20 development quote files,
fixing only constructions seen in at least three articles of at least two files): a quote or quoted fragment with no
cue of its own, followed by a comma and "according to X" ('The crash "involved two vans," according to the police
report.'), is X's, not the sentence subject's; a definite title description takes the name after the same title written
differently before it: abbreviated ("the police captain" after "Police Capt. Ed Rowan") or with an acronym kept in
capitals ("the ELC president" after "ELC President Jeff Kolb").

Small invented sentences, one construction each: a positive that the rule finds and a near miss it leaves alone.
"""

from __future__ import annotations

from _matching import quote_rows


def test_a_quoted_fragment_then_according_to_is_the_named_source():
    t = 'The crash "involved at least two drivers and a stolen van," according to the police report.'
    assert quote_rows(t) == [("direct", "involved at least two drivers and a stolen van", "the police report")]
    # a fragment inside a sentence: the sentence is one row (mixed form) with the source as its speaker
    t = 'The guard was there "for a minute or two at most, then he left," according to a court filing.'
    assert quote_rows(t) == [("indirect", 'The guard was there "for a minute or two at most, then he left',
                              "a court filing")]
    t = '"We will rebuild the bridge by the spring," according to the mayor.'
    assert quote_rows(t) == [("direct", "We will rebuild the bridge by the spring", "the mayor")]


def test_a_quote_with_its_own_cue_keeps_its_speaker_before_according_to():
    # near miss: a cue before the quote ('told the crowd: "..."'): the speaker's (hard case 8), not the outlet's
    t = 'Ann Lee told the crowd: "Do not give up on the plan," according to the Elm Herald.'
    assert quote_rows(t) == [("direct", "Do not give up on the plan", "Ann Lee")]
    t = 'Protesters yelled, "Go home now, all of you," according to local reports.'
    assert quote_rows(t)[0][2] == "Protesters"
    # near miss: no comma before "according to": no attribution tail
    t = 'The crash "involved at least two drivers and a stolen van" according to the police report.'
    assert all(r[2] != "the police report" or r[0] != "direct" for r in quote_rows(t))


def test_a_definite_title_after_its_abbreviated_form():
    t = ('Elm Police Capt. Ed Rowan described them as calm. Ida Moss, a shop owner, said the street was shut. '
         'The march was peaceful, the police captain said.')
    assert quote_rows(t)[-1] == ("indirect", "The march was peaceful", "Ed Rowan")
    t = 'Lt. Ed Rowan spoke first. Ida Moss said the street was shut. The road was closed too, the lieutenant said.'
    assert quote_rows(t)[-1] == ("indirect", "The road was closed too", "Ed Rowan")
    # near miss: no titled name before: the description stays
    t = 'The captain of the ferry waved. The boat was late, the captain said.'
    assert quote_rows(t)[-1] == ("indirect", "The boat was late", "the captain")


def test_a_definite_title_with_an_acronym():
    t = ('ELC President Jeff Kolb met the board on Monday. Ida Moss said the vote was close. '
         '"This is a good day for us," the ELC president added.')
    assert quote_rows(t)[-1] == ("direct", "This is a good day for us", "Jeff Kolb")
    # near miss: a lower-case word before the title is no acronym: the description with another modifier stays
    t = ('ELC President Jeff Kolb met the board on Monday. Ida Moss said the vote was close. '
         '"This is a good day for us," the club president added.')
    assert quote_rows(t)[-1][2] != "Jeff Kolb"
