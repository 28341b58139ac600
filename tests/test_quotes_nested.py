"""Nested reported speech (hard case 8 of benchmarks/QUOTES_LABELS.md) and the scorer's tie-break.

Made-up sentences; every expected value was checked by hand.
"""

from __future__ import annotations

import pandas as pd

from benchmarks.quotes_labels import agreement, match, outside_of
from coverage.quotes import Quote, extract_quotes


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    quotes = extract_quotes(text)
    for q in quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker:
            assert text[q.speaker_start:q.speaker_end] == q.speaker
        if q.cue:
            assert text[q.cue_start:q.cue_end] == q.cue
    assert quotes == sorted(quotes, key=lambda q: (q.start, q.end))
    return [(q.kind, q.text, q.speaker, q.cue) for q in quotes]


def test_inner_report_has_its_own_speaker_and_cue():
    t = "Authorities said John Smith, 21, of Leeds, admits he set the fire at the old mill."
    assert _rows(t) == [
        ("indirect", "John Smith, 21, of Leeds, admits he set the fire at the old mill", "Authorities", "said"),
        ("indirect", "he set the fire at the old mill", "John Smith", "admits"),
    ]


def test_three_levels():
    t = "NBC reported Ali Khan told the FBI that Omar Mateen had said he wanted to die."
    assert _rows(t) == [
        ("indirect", "Ali Khan told the FBI that Omar Mateen had said he wanted to die", "NBC", "reported"),
        ("indirect", "Omar Mateen had said he wanted to die", "Ali Khan", "told"),
        ("indirect", "he wanted to die", "Omar Mateen", "said"),
    ]


def test_inner_report_inside_a_postposed_attribution():
    t = "Smith told the FBI that he left the city at noon, NBC News reported on Wednesday."
    assert _rows(t) == [
        ("indirect", "Smith told the FBI that he left the city at noon", "NBC News", "reported"),
        ("indirect", "he left the city at noon", "Smith", "told"),
    ]


def test_same_content_attributed_twice():
    t = "Officials said the suspect was known to police, the mayor said."
    assert _rows(t) == [
        ("indirect", "Officials said the suspect was known to police", "the mayor", "said"),
        ("indirect", "the suspect was known to police", "Officials", "said"),
    ]


def test_inner_pronoun_resolves_like_other_speakers():
    t = ("Mary Jones, a teacher, was at the scene. "
         "Police said she told officers she saw a grey van drive off at speed.")
    rows = _rows(t)
    assert rows[-2:] == [
        ("indirect", "she told officers she saw a grey van drive off at speed", "Police", "said"),
        ("indirect", "she saw a grey van drive off at speed", "Mary Jones", "told"),
    ]
    inner = extract_quotes(t)[-1]
    assert t[inner.mention_start:inner.mention_end] == "she"


def test_coordinated_cue_is_the_outer_speakers():
    t = "The agency said it was looking for John Smith, 40, on Monday, and noted he was tall."
    assert _rows(t) == [
        ("indirect", "it was looking for John Smith, 40, on Monday, and noted he was tall", "The agency", "said"),
        ("indirect", "he was tall", "The agency", "noted"),
    ]


def test_no_inner_quote_for_participles_and_modals():
    t = "Police said the man had fled, adding that officers were searching the area."
    assert _rows(t) == [
        ("indirect", "the man had fled, adding that officers were searching the area", "Police", "said")]
    t = "Lee said that the council would formally announce that the park will close."
    assert _rows(t) == [
        ("indirect", "the council would formally announce that the park will close", "Lee", "said")]


def test_quoted_as_saying_is_one_quote_by_the_person_quoted():
    assert _rows("An aide quoted the speaker as saying that the vote would pass.") == [
        ("indirect", "the vote would pass", "the speaker", "saying")]
    assert _rows("Media reports quoted local men as saying the gunman fired at random.") == [
        ("indirect", "the gunman fired at random", "local men", "saying")]


def test_sentences_without_nesting_are_unchanged():
    t = 'Police said the attacker had acted alone. “It is over,” he added.'
    assert _rows(t) == [("indirect", "the attacker had acted alone", "Police", "said"),
                        ("direct", "It is over", "", "added")]
    t = "The mayor told reporters on Monday that the bridge would reopen next week."
    assert _rows(t) == [("indirect", "the bridge would reopen next week", "The mayor", "told")]


def _q(start: int, end: int, speaker: str) -> Quote:
    return Quote(start, end, "", "indirect", speaker, -1, -1, "said", -1, -1)


def test_scorer_prefers_the_tightest_of_equal_coverage():
    gold = pd.DataFrame([{"article_id": "a", "dataset": "abp", "quote_id": "1", "start": 30, "end": 60,
                          "kind": "indirect", "speaker": "Inner", "speaker_start": -1, "speaker_end": -1}])
    outer, inner = _q(10, 60, "Outer"), _q(30, 60, "Inner")
    for preds in ([outer, inner], [inner, outer]):
        g, p = match(gold, {"a": preds})
        assert bool(g["found"].iloc[0]) and bool(g["speaker_ok"].iloc[0])
        assert p["right"].tolist() == [True, True]
    # better coverage still wins over tightness
    g, _ = match(gold, {"a": [_q(35, 60, "Inner"), _q(10, 60, "Outer")]})
    assert not bool(g["speaker_ok"].iloc[0])
    assert outside_of((10, 60), (30, 60)) == 20 and outside_of((30, 60), (30, 60)) == 0


def test_nested_report_before_described_sources_told_an_outlet():
    # the tail "law enforcement sources told Fox News" is the outer attribution; "The suspect said" is nested in it
    t = ("Adam Roe, 27, set off the device. The suspect said he made the bomb at his workplace, law enforcement "
         "sources told Fox News.")
    got = {(q.text, q.speaker) for q in extract_quotes(t)}
    assert ("The suspect said he made the bomb at his workplace", "law enforcement sources") in got
    assert ("he made the bomb at his workplace", "The suspect") in got


def test_report_in_an_opening_after_clause_ends_at_its_comma():
    # "After X said A, Y told reporters B": A is the mayor's, B is Lee's; A does not run on into Lee's report
    t = "After the mayor said the city was safe, Lee told reporters the guests were fine."
    assert _rows(t) == [
        ("indirect", "the city was safe", "the mayor", "said"),
        ("indirect", "the guests were fine", "Lee", "told"),
    ]


def test_agreement_of_two_annotators_on_shared_articles():
    # first: three quotes in article a, one in b; second: two of a's (one with another speaker and type, one
    # too short to count), a quote the first did not mark, and an article c only it labelled (ignored)
    def row(aid, qid, start, end, speaker, s0, typ):
        return {"article_id": aid, "dataset": "abp", "quote_id": qid, "start": start, "end": end,
                "kind": "indirect", "speaker": speaker, "speaker_start": s0, "speaker_end": s0 + len(speaker),
                "source_type": typ}
    first = pd.DataFrame([row("a", "1", 0, 100, "Ann Lee", 200, "police"),
                          row("a", "2", 300, 400, "the mayor", 450, "official"),
                          row("a", "3", 500, 600, "a witness", 650, "public"),
                          row("b", "1", 0, 50, "Bo Kim", 60, "expert")])
    second = pd.DataFrame([row("a", "1", 0, 90, "Lee", 204, "police"),        # 90% covered, same surname
                           row("a", "2", 300, 420, "police", 430, "police"),  # covered, other speaker and type
                           row("a", "3", 500, 520, "a witness", 650, "public"),  # 20%: not a match
                           row("b", "1", 0, 50, "Bo Kim", 60, "expert"),
                           row("b", "2", 70, 90, "Bo Kim", 60, "expert"),     # not in the first file
                           row("c", "1", 0, 10, "X", 20, "media")])
    table, types = agreement(first, second)
    got = table.iloc[0]
    # P: 3 of the second's 5 quotes in a and b cover one of the first's; R: 3 of 4; F1 = 2PR / (P + R) = 0.667
    assert got["all n"] == "3/5 3/4"
    assert got["all P/R/F1"] == "0.600 / 0.750 / 0.667"
    assert got["speaker"] == "0.667 (2/3)"
    assert int(types["pairs"].iloc[0]) == 3 and types["type agreement"].iloc[0] == "0.667"
