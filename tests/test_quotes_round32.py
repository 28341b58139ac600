"""Tests for coverage.quotes round 32 (from the misses of former fresh set 14): no statement in a phrasal or naming
"call" ("called off", "called back", "calls itself"), a participle before its noun ("an allusion to claimed ties") or a
declared state of emergency or curfew; a postposed "said NAME of ORGANISATION." names its speaker; a quote signed
"— NAME, PUBLICATION" on its own line is the named writer's; "X, who police say was armed" keeps "police" as the
speaker (hard case 16) when a verb follows the cue; and a sentence opening "Student protester NAME is ..." or "Harbor
Mart's employee NAME was ..." names the person a later "she said" stands for.

Small invented sentences, one construction each: a positive that the rule finds and a near miss it leaves alone.
"""

from __future__ import annotations

from _matching import quote_rows, speaker_of


def test_a_phrasal_or_naming_call_is_no_statement():
    assert quote_rows("The league called off the final match on Sunday.") == []
    assert quote_rows("When the clerk called back the number, nobody answered.") == []
    assert quote_rows("The movement, which calls itself the Blue Front, holds the north.") == []
    # near miss: "called X a Y" names X in a statement
    assert quote_rows("The league called the final match a disgrace.") == [
        ("indirect", "the final match a disgrace", "The league")]


def test_a_participle_before_its_noun_is_no_cue():
    assert quote_rows("It was a nod to claimed links between the two firms.") == []
    # near miss: the verb with its subject
    assert [r[1] for r in quote_rows("The mayor claimed the links between the two firms were real.")] == [
        "the links between the two firms were real"]


def test_a_declared_emergency_is_an_act():
    assert quote_rows("Governor Ann Vale declared a state of emergency on Monday night.") == []
    assert quote_rows("The mayor declared a curfew from 10 p.m. to 5 a.m.") == []
    # near miss: "declared that ..." is a statement
    assert quote_rows("Governor Ann Vale declared that the city was safe.") == [
        ("indirect", "the city was safe", "Ann Vale")]


def test_a_postposed_name_of_an_organisation_is_the_speaker():
    t = "About 300 tenants gathered at the hall on Monday, said Lena Marsh of the town's Tenant Union."
    assert quote_rows(t) == [("indirect", "About 300 tenants gathered at the hall on Monday", "Lena Marsh")]
    t = "Dozens gathered at the hall on Monday, said Lena Marsh of the tenants union."
    assert speaker_of(t, "Dozens gathered at the hall on Monday")[0] == "Lena Marsh"
    # near miss: a clause after the name is the reported words of a forward cue, as before
    t = "Police said Lena Marsh of the tenants union had been arrested."
    assert quote_rows(t) == [("indirect", "Lena Marsh of the tenants union had been arrested", "Police")]


def test_a_quote_signed_with_a_name_and_a_publication():
    t = ("The flood is remembered differently\n\n"
         "“The river was never tamed. It simply waited for us.” — Oren Tal, the Harbor Ledger\n\n"
         "The town rebuilt\n")
    assert speaker_of(t, "The river was never tamed. It simply waited for us.")[0] == "Oren Tal"
    t = "Intro.\n\n“The river was never tamed.” — Oren Tal, Harbor Weekly\n"
    assert speaker_of(t, "The river was never tamed.")[0] == "Oren Tal"
    # near miss: a dash inside a sentence that goes on is no signature
    t = "Intro.\n\nThey called it “the long wait” — Oren Tal, a farmer, said it was worse.\n"
    assert all(r[2] != "Oren Tal" or r[1] != "the long wait" for r in quote_rows(t))


def test_who_police_say_keeps_its_own_speaker_before_a_verb():
    t = "Crowds marched a day after officers shot Dan Roe, 43, who witnesses say had his hands up."
    assert quote_rows(t) == [("indirect", "had his hands up", "witnesses")]
    # near miss: a relative clause inside the subject, then "say" and a clause: the subject that opens the sentence
    t = "Supporters who have heard from the campaign say the plan will pass."
    assert quote_rows(t) == [("indirect", "the plan will pass", "Supporters")]


def test_a_role_noun_after_a_capitalised_opening_word_introduces_the_name():
    t = ("“We want to be heard,” Mia Stone said.\n\nStudent protester Lena Marsh is a young nurse.\n\n"
         "“I fear for my brothers,” she said.")
    assert speaker_of(t, "I fear for my brothers")[0] == "Lena Marsh"
    t = ("“Stay calm,” Mayor Eli Garner said.\n\nHarbor Mart’s employee Dan Roe was among those who escaped.\n\n"
         "“I heard four pops,” he said.")
    assert speaker_of(t, "I heard four pops")[0] == "Dan Roe"
    # near miss: no role noun between the opening word and the name, no new subject: the last speaker, as before
    t = ("“We want to be heard,” Mia Stone said.\n\nMonday dinner Lena Marsh cooked was fine.\n\n"
         "“I fear for my brothers,” she said.")
    assert speaker_of(t, "I fear for my brothers")[0] == "Mia Stone"
