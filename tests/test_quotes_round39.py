"""Tests for coverage.quotes round 39, written from the misses of former fresh set 21 (its first reading as a
development file): a participle before "Mr" opens a clause whose object is the name ("Calling Mr Voss a brave man, he
said": not Voss, nor "Calling Mr Voss"); "Mr. Tan" is the "Tan Wei-ling" named before (a family name first, a
hyphenated given name); "the university" is the university named before with a campus after a hyphen ("Elm State
University-Eastfield") or "A&M" in its name; a bare attribution after a quote may go on with a clause of time ("said one
woman as she waved a flag"); the people a relative "who" describes speak, not the place in their clause
("backers who marched on Elm Bridge said"); a document "obtained by" or "seen by" a paper speaks, not the paper
("An internal report obtained by the Elm Herald says"), and such a document noun is no cue ("report obtained by"); an
opening time phrase is no name in apposition to a title ("On Friday, the governor ...": not "On Friday").

Small invented sentences, one construction each: a positive that the rule finds (and the code before the round
did not) and a near miss it leaves alone.
"""

from __future__ import annotations

from _matching import quote_rows


def test_a_participle_before_mr_opens_a_clause_and_the_pronoun_is_the_earlier_speaker():
    t = ("Prime minister Alan Brook said he would act.\n\n"
         "Calling Mr Voss a brave man, he said the kidnappers would be found.")
    assert quote_rows(t)[-1] == ("indirect", "the kidnappers would be found", "Alan Brook")


def test_a_participle_before_mr_leaves_a_named_subject_alone():
    # near miss: the sentence names its own subject after the participle clause
    t = ("Prime minister Alan Brook said he would act.\n\n"
         "Calling Mr Voss a brave man, Ann Lee said the kidnappers would be found.")
    assert quote_rows(t)[-1] == ("indirect", "the kidnappers would be found", "Ann Lee")


def test_a_courtesy_title_and_family_name_is_the_full_name_written_family_name_first():
    t = ("City leader Tan Wei-ling rejected the calls on Monday.\n\n"
         "In a press conference, Mr. Tan said the ferry service would resume in May.")
    assert quote_rows(t)[-1] == ("indirect", "the ferry service would resume in May", "Tan Wei-ling")


def test_a_pronoun_after_the_courtesy_title_is_the_full_name_too():
    t = ("City leader Tan Wei-ling rejected the calls on Monday.\n\n"
         "In a press conference, Mr. Tan refused to resign. He said the ferry service would resume in May.")
    assert quote_rows(t)[-1] == ("indirect", "the ferry service would resume in May", "Tan Wei-ling")


def test_a_hyphenated_surname_ending_in_the_family_name_is_no_family_name_first():
    # near miss: "Tan" is the end of a hyphenated surname ("Ada Tan-Holm" is not "Tan Wei-ling")
    t = ("Ada Tan-Holm spoke first on Monday.\n\n"
         "In a press conference, Mr. Tan said the ferry service would resume in May.")
    assert quote_rows(t) == [("indirect", "the ferry service would resume in May", "Mr. Tan")]


def test_the_university_is_the_university_named_before_with_its_campus():
    t = ("A gunman shot two people at Elm State University-Eastfield on Monday.\n\n"
         "The university said the library would stay closed all week.")
    assert quote_rows(t) == [("indirect", "the library would stay closed all week", "Elm State University")]
    t = ("A gunman shot two people at Elm A&M University-Eastfield on Monday.\n\n"
         "The university said the library would stay closed all week.")
    assert quote_rows(t) == [("indirect", "the library would stay closed all week", "Elm A&M University")]


def test_a_lowercase_word_after_the_hyphen_is_no_campus():
    # near miss: "University-run" is a modifier, not the university's campus
    t = ("A gunman shot two people near the Elm State University-run clinic on Monday.\n\n"
         "The university said the library would stay closed all week.")
    assert quote_rows(t) == [("indirect", "the library would stay closed all week", "The university")]


def test_a_bare_attribution_may_go_on_with_a_clause_of_time():
    t = ('Rain fell on the square. "The buses have not run for days," said teacher Vic Moor. "I have a shift at '
         'noon. Why do you stop me?" said one woman as she waved a flag.')
    assert quote_rows(t) == [("direct", "The buses have not run for days", "Vic Moor"),
                             ("direct", "I have a shift at noon. Why do you stop me?", "one woman")]


def test_a_clause_after_the_attribution_without_a_pronoun_subject_is_no_clause_of_time():
    # near miss: "as the crowd grew" (no pronoun after "as"): the quote keeps the earlier behaviour
    t = ('Rain fell on the square. "The buses have not run for days," said teacher Vic Moor. "I have a shift at '
         'noon. Why do you stop me?" said one woman as the crowd grew.')
    assert ("direct", "I have a shift at noon. Why do you stop me?", "one woman") not in quote_rows(t)


def test_the_people_a_relative_clause_describes_speak_not_the_place_in_it():
    t = "Many of the mayor's backers who marched on Elm Bridge on Sunday said the count had been rigged."
    assert quote_rows(t) == [("indirect", "the count had been rigged", "Many of the mayor's backers")]


def test_a_name_before_a_relative_clause_between_commas_is_unchanged():
    # near miss: the name before ", who ...," speaks (an earlier rule), not a phrase built by this one
    t = "Ann Lee, who lives on Elm Street, said the count had been rigged."
    assert quote_rows(t) == [("indirect", "the count had been rigged", "Ann Lee")]


def test_a_document_obtained_by_a_paper_speaks_not_the_paper():
    t = "An internal report obtained by the Elm Herald says the guards had left the gate early."
    assert quote_rows(t) == [("indirect", "the guards had left the gate early", "An internal report")]


def test_a_document_released_by_a_body_is_the_body_s():
    # near miss: "released by" names the author (hard case: documents take their author), not a holder
    t = "A statement released by the Elm City Council says the road will reopen on Monday."
    assert quote_rows(t) == [("indirect", "the road will reopen on Monday", "the Elm City Council")]


def test_an_opening_time_phrase_before_the_title_is_no_name_in_apposition():
    t = ("Governor Tom Hale announced on Friday that the bridge would reopen.\n\n"
         "On Friday, the governor suggested that he would visit the site.\n\n"
         "The governor thanked the engineers and the volunteers for their work on the repairs.")
    assert quote_rows(t)[-1] == ("indirect", "the engineers and the volunteers for their work on the repairs", "Tom Hale")


def test_a_name_in_apposition_before_the_title_is_kept():
    # near miss: a name, not a time, before ", the governor"
    t = "Ann Lee, the governor of the region, arrived. Later the governor said the bridge would reopen."
    assert quote_rows(t) == [("indirect", "the bridge would reopen", "Ann Lee")]
