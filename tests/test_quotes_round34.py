"""Tests for coverage.quotes round 34 (from the misses of former fresh set 16): a person then "with" the body they
work for ("Capt. NAME with the State Police said"); a one-word possessive opening an appositive after a name is no
antecedent of "he" ("NAME, Elmland's president, ... he argues"), and such a name after "of" is one; a one-word country
is no first name of an earlier body ("the Elmland Defense Forces ... Elmland has said"); a relative clause after
"NAME, the head of a group," is the person's; an opening "In PLACE," is no name with an appositive after it, nor the
agent of a participle ("a militia backed by Oldland, NAME, said"); ", who identified himself only as NAME," gives the
name; and a passive "was reported at / in / near ..." reports an event, no statement.

Small invented sentences, one construction each: a positive that the rule finds and a near miss it leaves alone.
"""

from __future__ import annotations

from _matching import quote_rows


def test_a_person_with_the_body_they_work_for():
    assert quote_rows("During a briefing, Capt. Bo Tran with the Elmland State Police said two officers were hurt.") == [
        ("indirect", "two officers were hurt", "Bo Tran")]
    # near miss: no capitalised name before "with"
    assert quote_rows("Officials with the Elmland State Police said two officers were hurt.") == [
        ("indirect", "two officers were hurt", "the Elmland State Police")]


def test_a_possessive_opening_an_appositive_is_no_antecedent():
    t = ("Critics have written much about the policies of Bo Tran, Elmland’s populist president, for dealing with "
         "crime. He argues that years of stagnation pushed the poor into crime.")
    assert quote_rows(t) == [("indirect", "years of stagnation pushed the poor into crime", "Bo Tran")]
    # near miss: a body after "the" stays no person (and the possessive no antecedent either)
    t = "The report praised the work of the Oldtown Museum, Elmland's oldest. He said the museum was a model."
    assert quote_rows(t)[-1] == ("indirect", "the museum was a model", "")


def test_a_country_is_no_first_name_of_a_body():
    t = "The Elmland Defense Forces struck a depot. Elmland has said that the three commanders had played a key role."
    assert quote_rows(t) == [("indirect", "the three commanders had played a key role", "Elmland")]
    # near miss: a first name still takes its full name
    assert quote_rows("Sophomore Milo Brandt was in class. Milo said he hid in a closet.") == [
        ("indirect", "he hid in a closet", "Milo Brandt")]


def test_a_relative_clause_after_a_name_and_its_description():
    t = "The mayor met Bo Tran, the 91-year-old head of a veterans group, who thanked the mayor for his visit."
    assert quote_rows(t) == [("indirect", "the mayor for his visit", "Bo Tran")]
    # near miss: no apposition ("Bo Tran and the head ..."): the description speaks
    t = "The mayor met Bo Tran and the head of a veterans group, who said the visit was overdue."
    assert quote_rows(t) == [("indirect", "the visit was overdue", "the head of a veterans group")]


def test_an_opening_place_is_no_name_before_an_appositive():
    assert quote_rows("In Elmtown, the head of a veterans group, Bo Tran, said the visit was overdue.") == [
        ("indirect", "the visit was overdue", "Bo Tran")]
    t = "In Elmtown, a militia backed by Oldland, the Harbour Front, said the decision was a reason to attack."
    assert quote_rows(t) == [("indirect", "the decision was a reason to attack", "Harbour Front")]
    # near miss: a name opening the sentence keeps its appositive ("NAME, the editor of the paper, TITLE, said")
    assert quote_rows("Bo Tran, the editor of the paper, Elm Weekly, said the visit was overdue.") == [
        ("indirect", "the visit was overdue", "Bo Tran")]


def test_who_identified_himself_as_a_name():
    t = "Another man, who identified himself only as Tomas, said the state media had hidden the cause of the crash."
    assert quote_rows(t) == [("indirect", "the state media had hidden the cause of the crash", "Tomas")]
    # near miss: a description, no name
    t = "Another man, who identified himself as a teacher, said the state media had hidden the cause of the crash."
    assert quote_rows(t) == [("indirect", "the state media had hidden the cause of the crash", "Another man")]


def test_a_passive_report_of_an_event_is_no_statement():
    assert quote_rows("After the raid, a fire was reported at a shop on Elm Road. Police said it was arson.") == [
        ("indirect", "it was arson", "Police")]
    assert quote_rows("Shots were reported near the school on Monday, officials said.") == [
        ("indirect", "Shots were reported near the school on Monday", "officials")]
    # near miss: an impersonal report of a clause stays
    assert quote_rows("It was reported on Monday that the mayor had resigned.") == [
        ("indirect", "the mayor had resigned", "")]
