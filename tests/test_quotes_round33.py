"""Tests for coverage.quotes round 33 (from the misses of former fresh set 15): an age before a postposed name ("said
64-year-old NAME") introduces the name; a relative clause or a participle after "NAME, a ROLE from / of PLACE," is the
person's, not the place's; "is reporting that ..." reports a clause; "said on Monday the city was ..." reads the
clause after the day (no "that"); a progressive auxiliary ("The mayor was saying") is no word of the speaker; and "NAME issued
a report saying ..." is the issuer's.

Small invented sentences, one construction each: a positive that the rule finds and a near miss it leaves alone.
"""

from __future__ import annotations

from _matching import quote_rows


def test_an_age_before_a_postposed_name():
    assert quote_rows('"We are not leaving this town," said 64-year-old Bo Tran.') == [
        ("direct", "We are not leaving this town", "Bo Tran")]
    assert quote_rows('"We are not leaving," said 64-year old Bo Tran, as the crowd grew.') == [
        ("direct", "We are not leaving", "Bo Tran")]
    # near miss: an age before a plural noun names nobody
    assert quote_rows('"We are not leaving," said 64-year-old residents of the block.') == [
        ("direct", "We are not leaving", "")]


def test_a_relative_clause_after_an_appositive_with_a_place_is_the_persons():
    rows = quote_rows('"The strike became a fight," said Bo Tran, 61, a retired miner from northern Elmland, '
                      'who said he left the march early.')
    assert [r[2] for r in rows] == ["Bo Tran", "Bo Tran"]
    rows = quote_rows("Bo Tran, a spokesman for the governor of Elmland, told reporters, adding that roads were shut.")
    assert rows == [("indirect", "roads were shut", "Bo Tran")]
    # near miss: no appositive after a name ("met the mayor of Elmland, who said"): the place's clause as before
    rows = quote_rows("Bo Tran spoke to a crowd of people from Elmland, who said they were tired.")
    assert [r[2] for r in rows] == ["Elmland"]


def test_is_reporting_that():
    assert quote_rows("The Daily Ledger is also reporting that two men were arrested.") == [
        ("indirect", "two men were arrested", "Daily Ledger")]
    # near misses: no "that" clause
    assert quote_rows("The Daily Ledger is reporting on the arrests.") == []
    assert quote_rows("He was fired for reporting that his boss lied.") == []


def test_said_on_a_day_then_the_clause():
    assert quote_rows("Bo Tran said on Monday the city was worried.") == [
        ("indirect", "the city was worried", "Bo Tran")]
    assert quote_rows("Bo Tran said on Friday morning two men were hurt.") == [
        ("indirect", "two men were hurt", "Bo Tran")]
    # near misses: no clause after the day; a verb that is no cue
    assert quote_rows("Bo Tran said on Monday.") == []
    assert quote_rows("Bo Tran spoke on Monday the city was worried.") == []


def test_a_progressive_auxiliary_is_no_word_of_the_speaker():
    assert quote_rows("The mayor was saying that the plan is dead.") == [
        ("indirect", "the plan is dead", "The mayor")]
    assert quote_rows("The mayor is also warning that the bridge may close.") == [
        ("indirect", "the bridge may close", "The mayor")]
    # near miss: a past cue keeps its subject as before
    assert quote_rows("The mayor said that the plan is dead.") == [("indirect", "the plan is dead", "The mayor")]


def test_a_report_issued_by_the_subject_is_the_subjects():
    assert quote_rows("Bo Tran issued an online report saying the facts did not merit a trial.") == [
        ("indirect", "the facts did not merit a trial", "Bo Tran")]
    assert quote_rows("The agency issued a report on Monday saying the dam was safe.") == [
        ("indirect", "the dam was safe", "The agency")]
    # near miss: a report its reader did not issue stays the source
    assert quote_rows("Bo Tran read a report saying the dam was safe.") == [
        ("indirect", "the dam was safe", "a report")]


def test_an_opening_time_phrase_is_no_name_before_an_appositive():
    # near miss of the appositive rule: "On Friday, the editor of the Elmland Herald, ..." names no person before it
    rows = quote_rows('On Friday, the editor in charge of the Elmland Herald, Bo Tran, said "we knew nothing."')
    assert all(r[2] != "On Friday" for r in rows)


def test_a_progressive_verb_with_no_report_after_it_is_no_postposed_cue():
    # near miss of the progressive rule: "Tran was responding to a letter" reports nothing
    t = ('Bo Tran had hinted at his anger in a letter to Ann Lee, in which he said "the past months were hard." '
         "Tran was responding to a letter Lee had sent.")
    assert [r[1] for r in quote_rows(t)] == ["the past months were hard."]
