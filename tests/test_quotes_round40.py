"""Tests for coverage.quotes round 40, written from the speaker errors of the development quote files (sets 1 to 25,
the seeds and the first labelled articles; set 26 not yet drawn): a place, body or adjective before a role and a name
is no speaker ("Retired Navy captain Ann Lee said", "said Elmland state Sen. Ann Lee", "Elmland's ombudsman Ann Lee
said"); a hyphenated modifier before the role ("said seven-time champion Ann Lee"); a definite description ("the
charity said", "the suspect told police") is the name the article attached it to in an appositive before ("Oak Aid, a
medical charity,", "Ann Lee, 28, the suspect,"), unless another one was introduced since ("a journalist in Oldtown").

Small invented sentences, one construction each: a positive that the rule finds (and the code before the round
did not) and a near miss it leaves alone.
"""

from __future__ import annotations

from _matching import quote_rows, speaker_of


def test_a_place_and_a_role_before_a_name_give_the_name():
    t = ("It is not clear what the war did to him.\n\nRetired Navy captain Ann Lee, a psychiatrist, researcher and former "
         "head of the Elmland Corps health promotion and stress prevention services, says when someone acts on their "
         "impulses, it can lead to violence.")
    q = quote_rows(t)
    assert len(q) == 1 and q[0][2] == "Ann Lee"


def test_a_state_title_before_a_name_after_said_gives_the_name():
    t = "“After we heard there was no bomb, everyone had fun,” said Elmland state Sen. Ann Lee, according to the Herald."
    assert speaker_of(t, "After we heard there was no bomb, everyone had fun") == ("Ann Lee", t.index("Ann Lee"))


def test_an_owner_and_a_role_before_a_name_give_the_name():
    t = ("Concerns go back years.\n\nIn 2008, Elmland's ombudsman Ann Lee released a critical report, saying \"there is "
         "no doubt in my mind that the unit looks through blue glasses\".")
    assert quote_rows(t) == [("direct", "there is no doubt in my mind that the unit looks through blue glasses",
                              "Ann Lee")]


def test_a_verb_between_the_speaker_and_a_name_is_left_alone():
    # near miss: "predicted" is the cue, "Bo Tran" the subject of the reported clause
    t = "Perkins predicted Bo Tran would return to work."
    assert quote_rows(t) == [("indirect", "Bo Tran would return to work", "Perkins")]


def test_a_hyphenated_modifier_before_the_role_after_said():
    t = "“The news has disturbed us all,” said seven-time champion Ann Lee."
    assert quote_rows(t) == [("direct", "The news has disturbed us all", "Ann Lee")]


def test_a_description_is_the_name_of_an_earlier_appositive():
    t = "Oak Aid, a medical charity, ran the clinic. The charity said 30 staff were missing."
    assert speaker_of(t, "30 staff were missing") == ("Oak Aid", 0)


def test_a_description_is_not_a_name_given_before_another_was_introduced():
    # near miss: "a journalist in Oldtown" is another journalist than the reporter named before
    t = ("Reporter Bo Tran was killed in May.\n\nAccording to a journalist in Oldtown who knew Tran, he had been "
         "threatened. The journalist told us that Tran named the same suspects.")
    assert speaker_of(t, "Tran named the same suspects")[0] == "The journalist"


def test_a_person_description_is_the_named_suspect():
    t = "Ann Lee, 28, the suspect, was held. The suspect told police he acted alone."
    assert speaker_of(t, "he acted alone") == ("Ann Lee", 0)


def test_a_description_never_attached_to_a_name_stays():
    # near miss: no name given with the noun
    t = "A suspect was held on Friday. The suspect told police he acted alone."
    assert speaker_of(t, "he acted alone")[0] == "The suspect"


def test_a_weekday_is_no_name_for_a_description():
    # near miss: "Saturday, the senior official ..." names no official
    t = "On Saturday, the senior official spoke to us. The official said talks would go on."
    assert speaker_of(t, "talks would go on")[0] != "Saturday"
