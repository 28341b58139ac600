"""Tests for coverage.quotes round 27 (speaker attribution): a document named again by its bare noun ("the police
report ... the report said"), dotted abbreviations before a group noun ("U.S. officials"), an organisation named
again by a common noun ("the organization", "the rights group", "the embassy") or by "it", a described person named
in apposition ("the family's lawyer, Ann Lee, said ... the lawyer said"), "she" after "One woman said", and
"asked not to be named" (no request).

Small invented sentences, one construction each.
"""

from __future__ import annotations

from _matching import quote_rows, speaker_of

# documents named again --------------------------------------------------------------------------------------------


def test_the_report_is_the_police_report_named_before():
    t = ("The man fled the scene, according to a copy of the police report seen by reporters. "
         "He was caught two hours later, the report stated.")
    assert speaker_of(t, "He was caught two hours later") == ("the police report", t.index("the police report"))


def test_the_bulletin_is_the_intelligence_bulletin_named_before():
    t = ('"No threat is known," read the intelligence bulletin issued on Monday. '
         '"Crowds are a target," the bulletin reads.')
    assert speaker_of(t, "Crowds are a target")[0] == "the intelligence bulletin"


def test_a_document_introduced_with_a_keeps_its_definite_mention():
    t = ("The man was armed, according to a criminal complaint filed on Monday. "
         "He had two guns, according to the complaint.")
    assert speaker_of(t, "He had two guns")[0] == "the complaint"


# dotted abbreviations --------------------------------------------------------------------------------------------


def test_us_officials_before_the_cue_keep_the_abbreviation():
    t = "The gunman fired at the gate, U.S. officials told the AP."
    assert quote_rows(t) == [("indirect", "The gunman fired at the gate", "U.S. officials")]


def test_us_officials_after_according_to():
    t = "The gunman fired at the gate, according to U.S. law enforcement officials."
    assert quote_rows(t)[0][2] == "U.S. law enforcement officials"


def test_us_officials_after_an_inverted_cue():
    t = "The gunman fired at the gate, said U.S. officials."
    assert quote_rows(t)[0][2] == "U.S. officials"


def test_a_clause_after_the_abbreviation_is_no_speaker():
    t = "Officials said U.S. forces killed 12 militants."
    assert quote_rows(t)[0][2] == "Officials"


# organisations named again ---------------------------------------------------------------------------------------


def test_the_organization_is_the_organisation_that_spoke_before():
    t = "The Red Cross said it was sending teams. The organization said it needed blood donors."
    assert speaker_of(t, "it needed blood donors")[0] == "Red Cross"


def test_the_rights_group_is_the_group_that_spoke_before():
    t = "Amnesty International said the toll was higher. The rights group said satellite images showed it."
    assert speaker_of(t, "satellite images showed it")[0] == "Amnesty International"


def test_the_organization_is_not_a_group_of_officials():
    t = ("School officials said the rules had changed. "
         "\"We help students,\" the organization said.")
    assert speaker_of(t, "We help students")[0] == "the organization"


def test_the_embassy_is_the_embassy_named_before():
    t = 'The U.S. Embassy in Kabul urged caution. "Avoid the area," the embassy said.'
    assert speaker_of(t, "Avoid the area")[0] == "The U.S. Embassy"


def test_the_department_is_the_department_named_before():
    t = ("A spokesman for the Justice Department declined to comment on Monday. "
         "The department said it was reviewing the case.")
    assert speaker_of(t, "it was reviewing the case")[0] == "the Justice Department"


def test_it_is_the_organisation_that_spoke_just_before():
    t = "The Pentagon said in a statement that the strike was lawful. It said no civilians were hurt."
    assert speaker_of(t, "no civilians were hurt")[0] == "Pentagon"


def test_it_is_not_a_person_who_spoke_before():
    t = "Ann Lee said the plan was sound. It said nothing about the cost."
    assert speaker_of(t, "the plan was sound")[0] == "Ann Lee"
    assert all(row[2] != "Ann Lee" for row in quote_rows(t) if row[1] == "nothing about the cost")


# described people --------------------------------------------------------------------------------------------------


def test_the_lawyer_is_the_name_in_apposition():
    t = "The suspect's lawyer, Ann Lee, said he would plead not guilty. The lawyer said her client was ill."
    assert speaker_of(t, "her client was ill")[0] == "Ann Lee"


def test_the_spokeswoman_is_the_name_after_her_office():
    t = ("A spokeswoman for the ministry, Ida Holm, said the talks were over. "
         "The spokeswoman said more talks were planned.")
    assert speaker_of(t, "more talks were planned")[0] == "Ida Holm"


def test_she_is_the_woman_just_quoted():
    t = 'Witnesses described chaos. One woman said she hid under a table. "I was terrified," she said.'
    assert speaker_of(t, "I was terrified")[0] == "One woman"


def test_asked_not_to_be_named_is_no_quote():
    t = '"It was terrifying," said a witness who asked not to be named.'
    assert quote_rows(t) == [("direct", "It was terrifying", "a witness")]


def test_asked_not_to_be_identified_leaves_the_clause_to_said():
    t = "A witness, who asked not to be identified, said the man ran."
    assert quote_rows(t) == [("indirect", "the man ran", "A witness")]


# groups -----------------------------------------------------------------------------------------------------------


def test_officials_in_a_place_are_the_speaker_not_the_place():
    t = "Officials in Texas said the man was 21."
    assert quote_rows(t) == [("indirect", "the man was 21", "Officials in Texas")]


def test_police_in_a_place_after_the_clause():
    t = "The man was 21, police in Paris said."
    assert quote_rows(t)[0][2] == "police in Paris"


def test_a_singular_role_in_a_place_leaves_the_apposed_name():
    t = "Ann Lee, a club secretary in Oamaru, said the man was 21."
    assert quote_rows(t)[0][2] == "Ann Lee"


def test_a_group_in_a_month_is_the_group_alone():
    t = "The man was 21, prosecutors in July said."
    assert quote_rows(t)[0][2] == "prosecutors"


def test_they_after_a_possessive_plural_subject():
    t = 'His parents spoke to reporters on Sunday. "We are broken," they said.'
    assert speaker_of(t, "We are broken")[0] == "His parents"


def test_they_after_capitalised_police():
    t = "Police arrived within minutes. They said the gunman had fled."
    assert speaker_of(t, "the gunman had fled")[0] == "Police"


def test_they_after_relatives_and_a_couple():
    t = "The victim's relatives gathered outside the court. \"We want answers,\" they told reporters."
    assert speaker_of(t, "We want answers")[0] == "The victim's relatives"
    t = "The couple were inside the store when it began. They said they hid in a freezer."
    assert speaker_of(t, "they hid in a freezer")[0] == "The couple"


# embedded tweets -------------------------------------------------------------------------------------------------


def test_embedded_tweet_without_marks_is_the_account_holders_direct_quote():
    t = ("The mayor spoke on Monday.\n\nOur hearts go out to the families tonight. pic.twitter.com/abc123 "
         "— Ann Lee (@annlee) March 3, 2019\n\nThe vigil began at six.")
    assert quote_rows(t) == [("direct", "Our hearts go out to the families tonight.", "Ann Lee")]


def test_embedded_tweet_with_a_quote_is_not_repeated():
    t = '"We grieve with you," the mayor wrote. — Ann Lee (@annlee) March 3, 2019'
    assert [row[1] for row in quote_rows(t)] == ["We grieve with you"]


def test_wrote_on_twitter_that_is_a_reported_clause():
    t = "Ann Lee wrote on Twitter that the report was fake."
    assert quote_rows(t) == [("indirect", "the report was fake", "Ann Lee")]


def test_tweeted_on_a_weekday_that_is_a_reported_clause():
    t = "Ann Lee tweeted on Monday that the report was fake."
    assert quote_rows(t) == [("indirect", "the report was fake", "Ann Lee")]


def test_posted_on_a_platform_gives_the_poster():
    t = 'Ann Lee (@annlee) posted on Twitter: "Stay safe everyone."'
    assert quote_rows(t)[0][2] == "Ann Lee"
