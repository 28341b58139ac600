"""Tests for coverage.quotes round 30 (from the misses of former fresh set 12): "identified / named X as Y" as a speech
act (and its agentless passive, with "accused of" + a gerund, with no speaker), a capitalised act word inside a name
("Sergeant Major Hail Sattawi") as no cue, a participle phrase after the subject ("A tourist staying at the Grand
Hotel said"), a generational suffix ("Trump, Jr. responded"), "&" in a company's name before a role ("Kim & Lo
spokesman Ann Lee said") and the speaker of a following "adding", a couple in apposition ("the victim's parents, Ed
and Paula Okafor, said"), a bare role after the comma of a postposed name ("Pastor Suman, head pastor of Real Peace
Church said"), "the pastor" as the nearer one-name "Pastor Suman", more adverbs before a cue ("abruptly declared")
"called out X for Y", "identified X as Y and said ..." as two rows, and embedded tweets whose only inner rows are
the account holder's own words, or that run over several paragraphs, and a time between the cue and a comma before
the reported clause ("said Monday morning, an officer was killed").

Small invented sentences, one construction each.
"""

from __future__ import annotations

from _matching import quote_rows, speaker_of


def test_identified_x_as_y_is_a_speech_act():
    t = "Police identified the gunman as Ann Lee of Arden."
    assert quote_rows(t) == [("indirect", "the gunman as Ann Lee of Arden", "Police")]


def test_named_x_as_y_is_a_speech_act():
    t = "At a news conference, County Prosecutor Ann Lee named the suspect as Tom Reed, a 33-year-old man."
    assert speaker_of(t, "the suspect as Tom Reed, a 33-year-old man")[0].endswith("Ann Lee")


def test_named_without_as_is_no_cue():
    assert quote_rows("The club named Tom Reed its new coach.") == []
    assert quote_rows("A man named Ed Lee said the road was closed.") == [
        ("indirect", "the road was closed", "Ed Lee")]


def test_identified_before_a_postposed_cue_leaves_the_source_speaking():
    t = "The storm passed. Fingerprints identified the man as Ed Lee, a source close to the inquiry told AFP."
    rows = quote_rows(t)
    assert [r[1] for r in rows] == ["Fingerprints identified the man as Ed Lee"]
    assert rows[0][2] != "Fingerprints"


def test_agentless_passive_identified_as_has_no_speaker():
    assert quote_rows("The suspect was identified as Ann Lee, a 33-year-old woman.") == [
        ("indirect", "Ann Lee, a 33-year-old woman", "")]
    assert quote_rows("The shooter was later identified as Tom Reed.") == [("indirect", "Tom Reed", "")]


def test_agentless_passive_accused_of_a_gerund():
    assert quote_rows("The pastor was accused of trying to convert villagers.") == [
        ("indirect", "trying to convert villagers", "")]
    assert quote_rows("He was accused of murder.") == []


def test_agentless_passive_not_in_a_hedge_or_before_a_source():
    assert quote_rows("In what has been described as a massacre, ten people died.") == []
    rows = quote_rows("The suspect was identified as Ed Lee, according to two officials.")
    assert rows == [("indirect", "The suspect was identified as Ed Lee", "two officials")]


def test_capitalised_act_word_inside_a_name_is_no_cue():
    assert quote_rows("The dead were Staff Sergeant Major Hail Sattawi, who was 30, and Kamil Shanan.") == []


def test_participle_phrase_after_the_subject():
    t = "Another tourist staying next door to the Grand Hotel said he had just left its lobby."
    assert speaker_of(t, "he had just left its lobby") == ("Another tourist", 0)
    t = "Residents living near the Maple Street School said they heard shots."
    assert speaker_of(t, "they heard shots") == ("Residents", 0)
    t = 'The doors opened. "We ran," a worker living near the Central Bank said.'
    assert speaker_of(t, "We ran") == ("a worker", t.index("a worker"))


def test_generational_suffix_after_a_postposed_name():
    t = 'The talks ended. "This is misleading," Trump, Jr. responded.'
    assert speaker_of(t, "This is misleading") == ("Trump", t.index("Trump"))
    t = 'The talks ended. "This is misleading," Donald Trump Jr. said.'
    assert speaker_of(t, "This is misleading") == ("Donald Trump", t.index("Donald"))


def test_ampersand_in_a_company_name_before_a_role():
    t = "The doors closed. “We are sad,” Kim & Lo spokesman Ann Lee said, adding “We will help.”"
    assert speaker_of(t, "We are sad") == ("Ann Lee", t.index("Ann Lee"))
    assert speaker_of(t, "We will help.") == ("Ann Lee", t.index("Ann Lee"))


def test_a_couple_in_apposition():
    t = "The victim's parents, Ed and Paula Okafor, said in a statement that they were heartbroken."
    assert speaker_of(t, "they were heartbroken")[0] == "Ed and Paula Okafor"
    t = '"We are heartbroken," the victim\'s parents, Ed and Paula Okafor, said in a statement.'
    assert speaker_of(t, "We are heartbroken")[0] == "Ed and Paula Okafor"
    t = ("The Embassy in Jerusalem issued an advisory for Americans in the West Bank, Jerusalem and Gaza, saying, "
         "“Groups may target U.S. facilities.”")
    assert speaker_of(t, "Groups may target U.S. facilities.")[0] == "Embassy"


def test_bare_role_after_a_postposed_name_without_a_closing_comma():
    t = 'The church burned. "I was so pained," Pastor Suman, head pastor of New Hope Church said.'
    assert speaker_of(t, "I was so pained") == ("Suman", t.index("Suman"))


def test_the_pastor_is_the_nearer_one_name_pastor():
    t = ('"We ran," Pastor Suresh Rao said.\n\n"We are sad," Pastor Suman said.\n\n'
         '"This is total devastation," the pastor added.')
    assert speaker_of(t, "This is total devastation")[0] == "Suman"


def test_adverbs_before_a_cue():
    t = "Talks were close when President Ann Lee abruptly declared the process dead, citing continuing violence."
    assert speaker_of(t, "the process dead, citing continuing violence")[0] == "Ann Lee"
    t = "The talks failed. Ann Lee publicly called the plan a disaster."
    assert quote_rows(t) == [("indirect", "the plan a disaster", "Ann Lee")]


def test_called_out_x_for_y():
    t = "Last week, Ann Lee called out the BBC for publishing misleading headlines."
    assert quote_rows(t) == [("indirect", "the BBC for publishing misleading headlines", "Ann Lee")]


def test_identified_and_said_are_two_rows():
    t = "The talks ended. Police identified the man as Ed Lee, and said he had fled."
    assert quote_rows(t) == [("indirect", "the man as Ed Lee", "Police"), ("indirect", "he had fled", "Police")]


def test_embedded_tweet_with_the_account_holders_own_words_inside():
    t = ("The BBC erred.\n\nIs it time for a reminder that we discussed your bias a few weeks ago? 2 cops killed & this "
         "is your lead? https://t.co/uIcHOqDgI7 — Ann Lee (@annlee) July 14, 2017\n\nOthers noticed.")
    rows = quote_rows(t)
    assert len(rows) == 1 and rows[0][0] == "direct" and rows[0][2] == "Ann Lee"
    assert rows[0][1].startswith("Is it time") and rows[0][1].endswith("your lead?")


def test_embedded_tweet_of_several_paragraphs():
    t = ("Others noticed.\n\n'Injured in gun attack?' NO.\n\n\n\nTwo cops killed, third injured.\n\n\n\n"
         "Disgraceful reportage @BBCWorld https://t.co/0F8tO5PtVZ — Tom Reed (@tomreed) July 14, 2017\n\nThe end.")
    rows = quote_rows(t)
    assert rows[-1][0] == "direct" and rows[-1][2] == "Tom Reed"
    assert rows[-1][1].startswith("Injured in gun attack?") and rows[-1][1].endswith("@BBCWorld")


def test_time_between_the_cue_and_a_comma_before_the_clause():
    t = "Police Chief Ann Lee said Monday morning, a police officer and three citizens were killed."
    assert quote_rows(t) == [("indirect", "a police officer and three citizens were killed", "Ann Lee")]
    t = "Ann Lee said on Monday, the officers were heroes."
    assert quote_rows(t) == [("indirect", "the officers were heroes", "Ann Lee")]
