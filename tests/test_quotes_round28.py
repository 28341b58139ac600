"""Tests for coverage.quotes round 28 (recall of reported speech, the commonest speech attributions the extractor
missed in PolNeAR train that the project's scheme labels too): a short predicate after a parenthetical cue, "But as X
noted, ...", "A, according to X, B" after one word or a time, "wrote" without "that", "wrote in a ... op-ed that",
"warned the plan would ...", participle speech acts after a comma (", blaming ...", ", accusing ..."), "discussed",
"refer to X as Y", claim nouns with an owner ("his assertion that ..."), "made clear / the case that ...", "he's
suggesting that ...", an aside after the cue ("said, if elected, ..."), a subordinate tail after a postposed cue and a
long title before a postposed name.

Small invented sentences, one construction each.
"""

from __future__ import annotations

from _matching import quote_rows, speaker_of

# parenthetical and "as" cues --------------------------------------------------------------------------------------


def test_parenthetical_cue_before_a_short_predicate():
    t = "The answer, the senator said, was simple."
    assert quote_rows(t) == [("indirect", "The answer, the senator said, was simple", "the senator")]


def test_but_as_x_noted_gives_the_clause_after_the_comma():
    t = "But as the mayor noted, the new budget will cut spending on roads."
    assert quote_rows(t) == [("indirect", "the new budget will cut spending on roads", "the mayor")]


def test_according_to_after_one_word_is_the_whole_sentence():
    t = "Turnout, according to the county clerk, has doubled since the spring."
    assert quote_rows(t) == [("indirect", t[:-1], "the county clerk")]


def test_according_to_after_a_time_phrase_is_the_whole_sentence():
    t = "About noon, according to a police timeline, the guards left the building."
    assert quote_rows(t) == [("indirect", t[:-1], "a police timeline")]


def test_according_to_then_an_apposition_keeps_the_clause_before():
    t = "Lee is leaving the party, according to Tom Berg, the party spokesman."
    assert quote_rows(t) == [("indirect", "Lee is leaving the party", "Tom Berg")]


# "wrote" and "warned" without "that" ------------------------------------------------------------------------------


def test_wrote_with_a_bare_clause():
    t = "Ann Berg wrote the plan was flawed from the start."
    assert quote_rows(t) == [("indirect", "the plan was flawed from the start", "Ann Berg")]


def test_writes_as_a_parenthetical_cue():
    t = "The dispute, Ann Berg writes, started long before the vote."
    assert quote_rows(t) == [("indirect", t[:-1], "Ann Berg")]


def test_wrote_with_an_object_is_no_speech():
    assert quote_rows("Ann Berg wrote a check to the campaign.") == []
    assert quote_rows("Ann Berg wrote it in 1990 while in college.") == []


def test_wrote_in_a_named_op_ed_that():
    t = "Tom Reed, a former aide, wrote in a Daily Star op-ed that the budget was a mistake."
    assert quote_rows(t) == [("indirect", "the budget was a mistake", "Tom Reed")]


def test_warned_with_a_noun_phrase_subject():
    t = "Tom Reed warned the plan would fail."
    assert quote_rows(t) == [("indirect", "the plan would fail", "Tom Reed")]


def test_told_with_an_object_is_unchanged():
    t = "Tom Reed told the crowd he would win."
    assert quote_rows(t) == [("indirect", "he would win", "Tom Reed")]


# speech acts ------------------------------------------------------------------------------------------------------


def test_participle_blaming_after_a_comma():
    t = "The mayor spoke for an hour, blaming the council for the delays."
    assert quote_rows(t) == [("indirect", "the council for the delays", "The mayor")]


def test_participle_accusing_after_a_comma():
    t = "The former governor gave a speech on Sunday, accusing his rival of lying."
    assert quote_rows(t) == [("indirect", "his rival of lying", "The former governor")]


def test_participle_without_a_comma_is_no_cue():
    assert quote_rows("The council was faulted for not denouncing the far right.") == []


def test_discussed_with_an_object():
    t = "The senator discussed the new bill on a radio show."
    assert quote_rows(t) == [("indirect", "the new bill on a radio show", "The senator")]


def test_to_discuss_is_a_plan():
    assert quote_rows("The leaders met on Monday to discuss the budget.") == []


def test_refer_to_x_as_y():
    t = "Residents refer to the square as the heart of the town."
    assert quote_rows(t) == [("indirect", "the square as the heart of the town", "Residents")]


def test_referring_to_without_as_is_no_quote():
    t = '"We will win," Ann Berg said, referring to the new law.'
    assert quote_rows(t) == [("direct", "We will win", "Ann Berg")]


# claim nouns and light verbs --------------------------------------------------------------------------------------


def test_possessive_claim_that():
    t = "Despite Tom Reed's claims that the firm never lost money, the banks cut its credit."
    assert quote_rows(t) == [("indirect", "the firm never lost money", "Tom Reed")]


def test_the_description_s_assertion_that():
    t = "The mayor's assertion that more police are needed drew criticism."
    assert speaker_of(t, "more police are needed drew criticism") == ("The mayor", 0)


def test_claims_that_as_a_relative_clause_is_no_quote():
    assert quote_rows("He repeated his claims that were denied by the court.") == []


def test_made_clear_that():
    t = "Tom Reed made clear over the weekend that the talks would go on."
    assert quote_rows(t) == [("indirect", "the talks would go on", "Tom Reed")]


def test_made_the_case_that():
    t = "Several aides have made the case that the bill is too costly."
    assert quote_rows(t) == [("indirect", "the bill is too costly", "Several aides")]


def test_to_make_clear_is_an_aim():
    assert quote_rows("The governor signed an order to make clear that the law applies to schools.") == []


def test_contracted_is_before_suggesting_that():
    t = "Tom Reed spoke first. He's suggesting that the vote should be held again."
    assert [r[:2] for r in quote_rows(t)] == [("indirect", "the vote should be held again")]


def test_adverb_before_claiming_that():
    t = "Ann Berg has been touring the county and openly claiming that the seat is safe."
    assert quote_rows(t) == [("indirect", "the seat is safe", "Ann Berg")]


# asides and tails -------------------------------------------------------------------------------------------------


def test_aside_right_after_the_cue():
    t = "Ann Berg said, if elected, she would cut the tax on fuel."
    assert quote_rows(t) == [("indirect", "if elected, she would cut the tax on fuel", "Ann Berg")]


def test_subordinate_tail_after_a_postposed_cue():
    t = "The plan is sound, the mayor told his aides as he left the hall."
    assert quote_rows(t) == [("indirect", "The plan is sound", "the mayor")]


def test_that_clause_opening_with_as_is_kept():
    t = "Ann Berg said that as mayor, she would build a new school."
    assert quote_rows(t) == [("indirect", "as mayor, she would build a new school", "Ann Berg")]


def test_long_title_before_a_postposed_name():
    t = "Two tourists were hurt, harbour authority deputy spokesman Tom Reed Berg said on Thursday."
    assert quote_rows(t) == [("indirect", "Two tourists were hurt", "Tom Reed Berg")]
