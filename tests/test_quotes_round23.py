"""Tests for coverage.quotes round 23: appositives before postposed cues, hyphenated surnames, shouted inner
quotes, possessive documents, descriptions with capitalised titles, page furniture and other speaker phrases.

Small invented sentences, one construction each.
"""

from __future__ import annotations

from _matching import checked_quotes, quote_rows

_all = checked_quotes
_rows = quote_rows


# a postposed name with an appositive before the cue -------------------------------------------------------------


def test_postposed_name_and_appositive_before_said():
    t = "The gunmen opened fire at the gate, Ivo Brandt, a police spokesman, said."
    assert _rows(t) == [("indirect", "The gunmen opened fire at the gate", "Ivo Brandt")]


def test_postposed_description_then_name_before_said():
    t = "The gunmen opened fire at the gate, a police spokesman, Ivo Brandt, said."
    assert _rows(t) == [("indirect", "The gunmen opened fire at the gate", "Ivo Brandt")]


def test_postposed_name_told_an_agency_is_not_the_agency():
    t = "The gunmen fled in a van, Ivo Brandt, a police spokesman, told AFP. They had rifles, he said."
    assert _rows(t) == [("indirect", "The gunmen fled in a van", "Ivo Brandt"),
                        ("indirect", "They had rifles", "Ivo Brandt")]


# hyphenated surnames and Arabic particles --------------------------------------------------------------------


def test_arabic_particle_name_before_told():
    t = "Three men stormed the lobby, Omar al-Fassi, a security spokesman, told reporters."
    assert _rows(t) == [("indirect", "Three men stormed the lobby", "Omar al-Fassi")]


def test_last_part_of_a_hyphenated_surname_gets_the_full_name():
    t = ("Chief negotiator Lena Moreno-Vidal spoke on Monday.\n\n\u201cThey want momentum,\u201d Vidal told "
         "reporters.")
    assert _rows(t) == [("direct", "They want momentum", "Lena Moreno-Vidal")]


def test_hyphenated_surname_written_with_a_space_gets_the_full_name():
    t = "MP Ian Erskine-Bolt spoke first. Later Mr Erskine Bolt told media that the family was shaken."
    assert _rows(t) == [("indirect", "the family was shaken", "Ian Erskine-Bolt")]


def test_surname_of_another_person_is_not_the_hyphenated_one():
    t = ("Ann Rook said her son Ivo Brand-Rook was lost. \u201cHe did not fit in,\u201d Rook said.")
    assert [q.speaker for q in _all(t)][-1] == "Rook"


# shouted and asked words inside a reported clause ---------------------------------------------------------


def test_question_asked_inside_a_reported_clause_is_its_own_quote():
    t = 'Ivo Brandt fired twice. Witnesses said he went from person to person, asking, "Are you a guard?"'
    rows = _rows(t)
    assert ("direct", "Are you a guard?", "Ivo Brandt") in rows
    assert ("indirect", 'he went from person to person, asking, "Are you a guard', "Witnesses") in rows


def test_participle_of_the_outer_speaker_stays_inside_the_clause():
    t = 'The mayor said the city would rebuild, saying, "We will not be beaten."'
    assert [q.kind for q in _all(t)] == ["indirect"]


def test_participle_after_an_act_object_is_the_subjects():
    t = 'Ivo Brandt attacked Ana Ruiz for her vote on the war, saying, "She is reckless."'
    assert [q.speaker for q in _all(t) if q.kind == "direct"] in ([], ["Ivo Brandt"])


def test_words_heard_shouted_inside_a_report_are_the_shouters():
    t = 'Ann Lee, who runs a cafe nearby, told reporters that she heard the attacker shouting, "Go away."'
    assert ("direct", "Go away.", "the attacker") in _rows(t)


# the owner of a document --------------------------------------------------------------------------------------


def test_according_to_his_page_is_the_owner():
    t = ("The blast killed Ivo Brandt, 25, a clerk.\n\nBrandt had worked at the store for a year, according to "
         "his Facebook page.")
    assert _rows(t) == [("indirect", "Brandt had worked at the store for a year", "Brandt")]


def test_according_to_its_website_is_the_company_after_it():
    t = "Police came on Monday.\n\nAccording to its website, Varden Gases makes oxygen and helium."
    assert _rows(t) == [("indirect", "Varden Gases makes oxygen and helium", "Varden Gases")]


def test_according_to_the_statement_of_a_split_quote():
    t = ('\u201cHe died a hero,\u201d President Ada Lund said in a statement. \u201cHe fell.\u201d\n\n'
         "According to the statement, Brandt joined the force in 2003.")
    assert _all(t)[-1].speaker == "Ada Lund"


# descriptions and names -------------------------------------------------------------------------------------


def test_the_prime_minister_capitalised_gets_the_name():
    t = ("Prime Minister Ahmet Oral blamed the group.\n\n\u201cWe will fight on,\u201d said the Prime Minister.")
    assert _all(t)[-1].speaker == "Ahmet Oral"


def test_the_prime_minister_is_not_the_deputy_prime_minister():
    t = ("Prime Minister Ahmet Oral blamed the group. \u201cIt came from Syria,\u201d Deputy Prime Minister "
         "Numan Kaya said.\n\n\u201cWe will fight on,\u201d said the Prime Minister.")
    assert _all(t)[-1].speaker == "Ahmet Oral"


def test_the_congressman_after_rep():
    t = "Rep. Tom Vale, R-Texas, spoke first.\n\nBut the congressman acknowledged that \u201cit is very hard.\u201d"
    assert _all(t)[-1].speaker == "Tom Vale"


def test_he_is_not_a_name_inside_the_reported_words_about_a_relative():
    t = ("Mr Vale gave a detailed account on the radio.\n\nHis cousin Ana Ruiz, 30, died in the first car, he "
         "said.")
    assert _rows(t) == [("indirect", "His cousin Ana Ruiz, 30, died in the first car", "Mr Vale")]


def test_subject_of_the_quoted_predicate_is_not_he():
    t = ('Sheriff Tom Vale spoke to reporters.\n\nThe suspect, he said, "is in custody."')
    assert _all(t)[-1].speaker == "Tom Vale"


def test_description_comma_name_comma_cue():
    t = "Local member of Parliament, Ida Holm, confirmed that she was one of the two killed."
    assert _rows(t) == [("indirect", "she was one of the two killed", "Ida Holm")]


def test_possessive_title_comma_name_comma_cue():
    t = "Varden's President, Ana Ruiz, said Varden would act alone."
    assert _rows(t) == [("indirect", "Varden would act alone", "Ana Ruiz")]


def test_outlet_and_role_words_before_a_name():
    t = '"There is communication between them," said CNN national security analyst Tom Vale.'
    assert _rows(t) == [("direct", "There is communication between them", "Tom Vale")]


def test_name_before_a_place_is_the_speaker():
    t = "The BBC's Tom Vale in Lisbon says pressure is growing on the government."
    assert _rows(t) == [("indirect", "pressure is growing on the government", "Tom Vale")]


def test_name_of_an_organisation_in_a_place_is_the_speaker():
    t = 'Rabbi Ben Roth of the Jewish centre in Leeds described police as "heroic."'
    assert _all(t)[0].speaker == "Ben Roth"


def test_capitalised_modifier_of_a_group_noun_is_no_name():
    t = "Local officials blocked the roads and said the man acted alone."
    assert _rows(t) == [("indirect", "the man acted alone", "Local officials")]


def test_he_skips_an_acronym():
    t = ("Chief Tom Vale said the FBI told him that his officers were close behind. He praised them, even though "
         "he acknowledged that he had moved them away.")
    assert _all(t)[-1].speaker == "Tom Vale"


def test_he_skips_a_video_caption():
    t = ("Ana Ruiz spoke. Ivo Brandt said his priority would be security.\n\nJUST WATCHED Lisbon witness: 'I hid' "
         "Replay More Videos\n\n\u201cWe are at war,\u201d he said.")
    assert _all(t)[-1].speaker == "Ivo Brandt"


def test_initials_as_a_name():
    t = '"A lot of kids were crying," K.T. said.'
    assert _rows(t) == [("direct", "A lot of kids were crying", "K.T.")]


def test_name_given_after_identified_only_as():
    t = 'Workers ran. "It is a mall shooting," one mall worker, identified only as K.T., told a radio station.'
    assert _rows(t) == [("direct", "It is a mall shooting", "K.T.")]


def test_quote_with_a_phrase_before_its_named_speaker():
    t = ('Lisbon said it was aware.\n\n"This attack cannot be allowed to stop the work" in Varden, State '
         "Department spokeswoman Ana Ruiz said.")
    assert _all(t)[-1].speaker == "Ana Ruiz"


def test_possessive_organisation_and_title_before_a_name():
    t = ('"The attack underscores the depravity of those behind it," the White House\'s National Security '
         "Council spokesperson Tom Vale said in a statement.")
    assert _all(t)[0].speaker == "Tom Vale"


def test_he_skips_a_name_in_a_video_caption_far_back():
    t = ("Police Chief Tom Vale told reporters the mall was safe. " + "The mall stayed shut all day. " * 25
         + "\n\nJUST WATCHED Mall worker: I think he had a rifle Replay More Videos ... MUST WATCH Mall worker: I "
         "think he had a rifle 03:16\n\nHe added that police searched the house.")
    assert _all(t)[-1].speaker == "Tom Vale"


def test_bare_reports_that_are_the_speaker():
    t = "A burnt-out car was found by the road and there are reports that other relatives were shot at."
    assert _rows(t) == [("indirect", "other relatives were shot at", "reports")]


def test_she_skips_a_surname_whose_full_name_is_male():
    t = ('"I never endorse anyone," says Ana Ruiz. Bernie Sanders spoke in the town.\n\nBut Sanders won her '
         "over: the afternoon I meet her, she is the most diligent volunteer in the office, calling voter after "
         "voter to urge them to vote.")
    assert [q.speaker for q in _all(t)] == ["Ana Ruiz", "Ana Ruiz"]


def test_possessive_description_is_not_the_previous_speaker():
    t = ('"We are saddened," shop chief Tom Vale said.\n\nA student was shot on Friday at a college.\n\nOn '
         "Wednesday, the University of Varden shut down after a report of a shooting, the university's president "
         "said.")
    assert _all(t)[-1].speaker == "the university's president"


def test_what_it_said_is_the_sentence_subject():
    t = "Police came. Turkey launched a campaign in response to what it said were increasing attacks on its forces."
    assert _rows(t) == [("indirect", "were increasing attacks on its forces", "Turkey")]


def test_what_it_says_after_a_based_place():
    t = ("The Varden Law Center says so. The U.S.-based Varden Law Center has published what it says are records "
         "showing Mair bought books.")
    assert _all(t)[-1].speaker == "Varden Law Center"


def test_document_by_an_author_is_the_author():
    t = ("Lee has yet to mention the attack. A tweet by a reporter with the Varden Times, asking Mr Lee if he had "
         "any comment on the attack, has been liked 4,000 times.")
    assert _all(t)[-1].speaker == "a reporter with the Varden Times"
