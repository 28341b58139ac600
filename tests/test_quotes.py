"""Tests for coverage.quotes: hand-checked quotes, speakers, cues and offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from coverage.quotes import Quote, extract_quotes, quote_mark_spans

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _check(text: str, q: Quote) -> None:
    """Every offset of a quote points at the text it reports."""
    assert text[q.start:q.end] == q.text
    if q.speaker:
        assert text[q.speaker_start:q.speaker_end] == q.speaker
    else:
        assert (q.speaker_start, q.speaker_end) == (-1, -1)
    if q.cue:
        assert text[q.cue_start:q.cue_end] == q.cue
    else:
        assert (q.cue_start, q.cue_end) == (-1, -1)


def _one(text: str) -> Quote:
    quotes = extract_quotes(text)
    for q in quotes:
        _check(text, q)
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_straight_quotes_attribution_before():
    t = 'Mr Jones said: "We will rebuild the bridge." Nobody left.'
    q = _one(t)
    assert (q.kind, q.text, q.start, q.end) == ("direct", "We will rebuild the bridge.", 16, 43)
    assert (q.speaker, q.speaker_start, q.cue, q.cue_start) == ("Mr Jones", 0, "said", 9)


def test_curly_quotes_attribution_after_with_title():
    t = "“We are not afraid,” Home Secretary Amber Rudd said."
    q = _one(t)
    assert t[q.start:q.end] == "We are not afraid"  # trailing comma and marks excluded
    assert (q.speaker, q.speaker_start, q.speaker_end) == ("Amber Rudd", 36, 46)
    assert (q.cue, q.cue_start, q.cue_end) == ("said", 47, 51)


def test_inverted_cue_with_role_apposition():
    t = "“The city will stand together,” said Tom Baker, a spokesman for the council."
    q = _one(t)
    assert (q.text, q.speaker, q.cue) == ("The city will stand together", "Tom Baker", "said")


def test_pronoun_resolves_to_last_named_person():
    t = "Sarah Lee spoke first. “Nobody expected this,” she said. “It was awful,” she added."
    a, b = extract_quotes(t)
    for q in (a, b):
        _check(t, q)
        assert (q.speaker, q.speaker_start) == ("Sarah Lee", 0)
    assert (a.cue, b.cue) == ("said", "added")
    assert t[a.mention_start:a.mention_end] == "she"
    assert (b.start, b.end) == (58, 70)


def test_pronoun_prefers_gender_compatible_speaker():
    t = 'Mr Jones said: "Go home." Ms Patel said: "Stay." "Never," he said.'
    quotes = extract_quotes(t)
    assert [q.text for q in quotes] == ["Go home.", "Stay.", "Never"]
    assert [q.speaker for q in quotes] == ["Mr Jones", "Ms Patel", "Mr Jones"]


def test_multi_paragraph_quote_is_one_quote():
    t = "Amber Rudd said: “Stay calm.\n\n“Stay alert. We will win.”\n\nShe left soon after."
    q = _one(t)
    assert (q.start, q.end) == (18, 55)
    assert q.text == "Stay calm.\n\n“Stay alert. We will win."
    assert q.speaker == "Amber Rudd"
    assert quote_mark_spans(t) == [(18, 55)]


def test_headline_quote_without_cue_and_with_cue():
    t = "“We stand together”\n\nThousands marched on Sunday."
    q = _one(t)
    assert (q.text, q.cue, q.speaker) == ("We stand together", "", "")
    t2 = "“Love will win” say marchers\n\nThousands marched on Sunday."
    q2 = _one(t2)
    assert (q2.text, q2.cue, q2.speaker) == ("Love will win", "say", "marchers")


def test_reported_speech_police_said():
    t = "Police said the attacker had acted alone."
    q = _one(t)
    assert (q.kind, q.text, q.start, q.end) == ("indirect", "the attacker had acted alone", 12, 40)
    assert (q.speaker, q.cue) == ("Police", "said")


def test_told_outlet_that():
    t = "A witness told Sky News that the van mounted the pavement at speed."
    q = _one(t)
    assert (q.text, q.speaker, q.cue) == ("the van mounted the pavement at speed", "A witness", "told")


def test_said_that_clause_to_sentence_end():
    t = "The minister said that the service would reopen on Monday. It did."
    q = _one(t)
    assert (q.text, q.speaker) == ("the service would reopen on Monday", "The minister")


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("According to the Metropolitan Police, five people were injured.", "five people were injured", "According to"),
        ("Five people were injured, according to the Metropolitan Police.", "Five people were injured", "according to"),
    ],
)
def test_according_to(text, content, cue):
    q = _one(text)
    assert (q.kind, q.text, q.cue, q.speaker) == ("indirect", content, cue, "the Metropolitan Police")


def test_postposed_reported_clause():
    t = "The roads will stay closed until Friday, police said."
    q = _one(t)
    assert (q.text, q.speaker, q.cue) == ("The roads will stay closed until Friday", "police", "said")


def test_mixed_form_is_one_indirect_quote():
    t = "Mr Khan said Londoners would “pull together” after the attack."
    q = _one(t)
    assert q.kind == "indirect"
    assert q.text == "Londoners would “pull together” after the attack"
    assert q.speaker == "Mr Khan"


def test_name_with_appositive_role():
    t = "Zafir Malik, an imam from the association, said they wanted to show solidarity."
    q = _one(t)
    assert (q.speaker, q.speaker_start, q.speaker_end) == ("Zafir Malik", 0, 11)
    assert q.text == "they wanted to show solidarity"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A young woman said she had come to show solidarity.", "A young woman"),
        ("One crowd member told the Standard: “There is a subdued atmosphere.”", "One crowd member"),
    ],
)
def test_description_speakers(text, speaker):
    assert _one(text).speaker == speaker


def test_single_curly_quotes_are_not_apostrophes():
    t = "They held signs reading ‘We stand together with London today’. We’re sure it wasn’t."
    q = _one(t)
    assert q.text == "We stand together with London today"
    assert quote_mark_spans("We’re sure it wasn’t.") == []


def test_short_scare_quote_without_cue_is_dropped():
    assert extract_quotes("The so-called “experts” were wrong.") == []


def test_empty_and_plain_text():
    assert extract_quotes("") == []
    assert extract_quotes("Nothing was said here at all.") == []


def test_seed_000_quotes_and_speakers():
    t = (SEEDS / "000_e82ffc3f97d3e728.txt").read_text("utf-8")
    quotes = extract_quotes(t)
    for q in quotes:
        _check(t, q)
    by_start = {q.text[:30]: q for q in quotes}
    smith = by_start["There was a strong sense of so"]
    assert smith.kind == "direct" and smith.speaker == "Mr Smith" and smith.cue == "said"
    # two paragraphs, one quote
    assert smith.text.endswith("“People were standing together, both literally and emotionally.")
    malik = by_start["they were asked by the police "]
    assert malik.kind == "indirect" and malik.speaker == "Zafir Malik"
    assert malik.text.endswith("had ‘nothing to do’ with religion")
    islam = by_start["[It has] nothing to do with Is"]
    assert islam.speaker == "Zafir Malik" and t[islam.mention_start:islam.mention_end] == "He"
    assert islam.text.endswith("showing our solidarity for the country.")


def test_seed_002_quotes_and_speakers():
    t = (SEEDS / "002_3af8e3a32a6fdc5a.txt").read_text("utf-8")
    quotes = extract_quotes(t)
    for q in quotes:
        _check(t, q)
    by_start = {q.text[:25]: q for q in quotes}
    rudd = by_start["They will not win, we are"]
    assert (rudd.speaker, rudd.cue) == ("Ms Rudd", "said")
    assert by_start["evil and twisted"].speaker == "Mr Khan"
    victims = by_start["The victims were people w"]
    assert (victims.speaker, victims.cue) == ("Mr Khan", "said")
    crowd = by_start["There's a subdued atmosphe"[:25]]
    assert (crowd.speaker, crowd.cue) == ("one crowd member", "told")


def test_cue_at_end_of_previous_paragraph():
    t = "Ms Patel said:\n\n“We will open the bridge on Monday.”"
    q = _one(t)
    assert (q.text, q.speaker, q.cue, q.cue_start) == ("We will open the bridge on Monday.", "Ms Patel", "said", 9)


def test_headline_colon_attribution():
    t = "Sadiq Khan: “London will never be beaten”\n\nThe mayor spoke on Thursday."
    q = _one(t)
    assert (q.text, q.speaker, q.cue) == ("London will never be beaten", "Sadiq Khan", ":")


def test_quote_continuing_after_attribution_inherits_speaker():
    t = "“It was calm,” Mr Jones said. “Nobody panicked at all.”"
    a, b = extract_quotes(t)
    assert (b.text, b.speaker, b.cue) == ("Nobody panicked at all.", "Mr Jones", "")
    assert b.speaker_start == a.speaker_start == 15
