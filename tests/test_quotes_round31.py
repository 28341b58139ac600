"""Tests for coverage.quotes round 31 (from the misses of former fresh set 13): a sentence-opening adverb
("Afterward, ...", "Furthermore, ...") and a page label ("Story highlights") as no name; a bare acronym speaker ("OCB
said") at the full name defined with it in brackets, and a masthead word ("the Post reported") at the full masthead
given before; a word inside a longer name ("by Agence France Presse") as no first name ("France said"); and a place
before its noun ("their Fancy Oak neighborhood") as no antecedent of a pronoun.

Small invented sentences, one construction each.
"""

from __future__ import annotations

from _matching import quote_rows, speaker_of


def test_a_sentence_opening_adverb_is_no_speaker():
    t = ('Ed Reed was freed six weeks later. Afterward, in an interview with the Oldtown Star, he hesitated to make '
         'the story about himself, remarking that "you do not want to be that guy."\n\n'
         '"I believe that front-line journalism is important," he said.')
    rows = quote_rows(t)
    assert rows and all(r[2] != "Afterward" for r in rows)
    assert speaker_of(t, "I believe that front-line journalism is important")[0] == "Ed Reed"
    t = "Furthermore, the emails showed, Ed Reed was warned about the risks."
    assert all(r[2] != "Furthermore" for r in quote_rows(t))


def test_story_highlights_is_a_page_label():
    t = 'Story highlights Obama credits Ann Lee with "courageous reporting"\n\nAnn Lee wrote for the Star.'
    assert speaker_of(t, "courageous reporting")[0] == "Obama"


def test_a_bare_acronym_speaker_is_the_name_defined_with_it():
    t = "The Oldland Cricket Board (OCB) met on Friday. OCB said the tour was safe."
    assert speaker_of(t, "the tour was safe") == ("Oldland Cricket Board", 4)


def test_an_acronym_must_spell_the_initials_of_the_name_before_it():
    # "Department of Health and Human Services (HHS)": the words that spell it, not "House and Department ..."; since
    # round 47 with the head of the name they end ("Department of", not "White House and Department of")
    t = "So far, according to the White House and Department of Health and Human Services (HHS), it was fine. " \
        "HHS said the site was slow."
    assert speaker_of(t, "the site was slow")[0] == "Department of Health and Human Services"
    t = "The Venus Exploration Analysis Group (VEXAG) met. VEXAG said a mission was due."
    assert speaker_of(t, "a mission was due")[0] == "VEXAG"


def test_the_acronym_after_the_stays():
    t = "The Bharatiya Janata Party (BJP) won. The BJP denies any role in the riots."
    assert speaker_of(t, "any role in the riots")[0] == "BJP"


def test_a_masthead_word_is_the_full_masthead_given_before():
    t = 'The Oldtown Post said the town was quiet. "It is over," the Post reported.'
    assert speaker_of(t, "It is over")[0] == "Oldtown Post"
    # (the full masthead after a full stop: not "CNN. The Oldtown Post")
    t = 'He told CNN. The Oldtown Post said the town was quiet. "It is over," the Post reported.'
    assert speaker_of(t, "It is over")[0] == "Oldtown Post"


def test_a_word_inside_a_longer_name_is_no_first_name():
    t = "The video was first obtained by Agence France Presse. France said Thursday that it would send a team."
    assert speaker_of(t, "it would send a team")[0] == "France"


def test_a_place_before_its_noun_is_no_antecedent():
    t = ("One of them was Rosa Lind, 26, who says running was what Ed Reed was known for around their Fancy Oak "
         "neighborhood in Arden. Her camera would ping as he raced by.\n\n“There he goes,” she told the Star.")
    assert speaker_of(t, "There he goes")[0] != "Fancy Oak"
