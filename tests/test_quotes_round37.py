"""Tests for coverage.quotes round 37 (from the misses of former fresh set 19): the apostrophe of a plural possessive
("who studies voters' views on taxes") inside a speaker's apposition is no quote mark; a period after an abbreviation
joined by a hyphen ("Elm-St. Oaks") ends no sentence; an organisation's role before the name after a quote ("the
league's head of press relations Ann Bell said") is no barrier; a line "More On This..." (a related-links header) and
a broadcaster's call sign ("WXYZ Channel7") are no antecedents of "he" / "she"; "X said, according to Y" after a
reported clause is one row for X; "video showed" and "did not respond to requests for comment" report no words.

Small invented sentences, one construction each: a positive that the rule finds and a near miss it leaves alone.
"""

from __future__ import annotations

from _matching import quote_rows


def test_a_plural_possessive_inside_the_apposition():
    t = ('Judges met on Friday. "The council can overrule the mayor," Ivo Hale, a professor who studies voters\' '
         'views on taxes, said in May.')
    assert quote_rows(t)[-1] == ("direct", "The council can overrule the mayor", "Ivo Hale")
    t = t.replace("voters'", "voters’")
    assert quote_rows(t)[-1] == ("direct", "The council can overrule the mayor", "Ivo Hale")
    # near miss: a quote mark inside the words between a quote and a later cue still stops the appositive
    t = '"We won," Ivo Hale, who shouted \'again\' twice, said.'
    assert quote_rows(t)[0][2] != "Ivo Hale"


def test_a_hyphenated_abbreviation_ends_no_sentence():
    t = ('Judges met on Friday. Legally, "the council can overrule the mayor," Ivo Hale, a University of Elm-St. Oaks '
         'professor, said in May.')
    assert quote_rows(t)[-1] == ("direct", "the council can overrule the mayor", "Ivo Hale")
    # near miss: a hyphenated word before a period still ends a sentence before a capital that is no name part
    t = '"We won," she said in Elm-St. Then Ivo Hale said he was glad.'
    assert quote_rows(t)[-1] == ("indirect", "he was glad", "Ivo Hale")


def test_an_organisations_role_before_the_name():
    t = '"It was never a threat," the league’s head of press relations Ann Bell said.'
    assert quote_rows(t) == [("direct", "It was never a threat", "Ann Bell")]
    t = '"It was never a threat," the firm\'s chief spokesman Ann Bell said.'
    assert quote_rows(t) == [("direct", "It was never a threat", "Ann Bell")]
    # near miss: no role word between the possessive and the name
    t = '"It was never a threat," the firm\'s own staff and Ann Bell said.'
    assert quote_rows(t)[0][2] != "Ann Bell"


def test_a_related_links_header_is_no_antecedent():
    t = 'The minister spoke.\n\nMore On This...\n\n"We will rebuild the bridge," he said.'
    assert quote_rows(t) == [("direct", "We will rebuild the bridge", "")]
    # near miss: a person named before the header still is
    t = 'Ivo Hale spoke on Monday.\n\nMore On This...\n\n"We will rebuild the bridge," he said.'
    assert quote_rows(t) == [("direct", "We will rebuild the bridge", "Ivo Hale")]


def test_a_call_sign_is_no_antecedent_of_she():
    t = ('The guard was hurt.\n\nMother-of-two Ann Bell, 52 was shown on the tape arguing with the guard outside a '
         'store, WXYZ Channel7 reported.\n\n"Leave me alone," she yells at the guard.')
    assert quote_rows(t)[-1] == ("direct", "Leave me alone", "Mother-of-two Ann Bell")
    # near miss: a name that opens with "K" or "W" but no call sign in capitals
    t = ('The guard was hurt.\n\nMother-of-two Kit Wells, 52 was shown on the tape arguing with the guard outside a '
         'store, Wendy Bell reported.\n\n"Leave me alone," she yells at the guard.')
    assert quote_rows(t)[-1] == ("direct", "Leave me alone", "Wendy Bell")


def test_said_according_to_is_one_row():
    assert quote_rows("The driver began pushing the officer, Lt. Ivo Hale said Monday, according to WXYZ.") == [
        ("indirect", "The driver began pushing the officer", "Ivo Hale")]
    # near miss: "according to" after a reported clause of its own, with no cue of another speaker
    assert quote_rows("The driver began pushing the officer, according to WXYZ. Hale said the car was red.") == [
        ("indirect", "The driver began pushing the officer", "WXYZ"), ("indirect", "the car was red", "Hale")]


def test_pictures_and_requests_for_comment_report_no_words():
    assert quote_rows("Police dashcam video showed Ivo Hale running around the house.") == []
    assert quote_rows("The Elmtown police did not immediately respond to requests for comment on the matter.") == []
    # near misses: a video with words inside, a poll shows, a response with its words
    assert quote_rows("The video shows Ivo Hale gasping as he cries out, “Help,” before falling.")[0][2] == "The video"
    assert quote_rows("The poll showed that most voters back the plan.") == [
        ("indirect", "most voters back the plan", "The poll")]
    assert quote_rows("Ann Lee responded to critics, saying the plan was dead.")[-1][2] == "Ann Lee"
