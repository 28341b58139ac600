"""Tests for coverage.quotes round 42, written from the speaker errors of the 27 development quote files (sets 1 to 26,
the seeds and the first labelled articles) and read against the first 2,000 ABP rows:

* a definite description that repeats the end of an earlier quote's fuller speaker ("Elmland's fire department said
  ... The fire department said") is that speaker;
* a pronoun's fallback antecedent is no lone capitalised word that is neither a first name, nor the surname of a name
  given before, nor introduced as a name ("Israel used the airspace, he said" is not Israel's);
* an age before the role and name after a quote ("“...,” 31-year-old England fan Bo Tran told AP") and a joiner
  inside a capitalised description before the name ("a fellow Teach for America alum, Ann Lee, recalled");
* a description and a name in apposition open the sentence ("The Center's chief executive, Ann Lee, said Berry, Diaz
  and Knight would be honored"): the cue is not inverted, the name is the speaker.

Small invented sentences, one construction each: a positive that the round finds (and the code before it did not)
and a near miss it leaves alone.
"""

from __future__ import annotations

from _matching import quote_rows

from coverage.quotes import extract_quotes


def test_a_repeated_description_takes_the_fuller_earlier_speaker():
    t = "Elmland’s fire department said 11 people were hurt. The fire department said it treated 26 people."
    assert [q.speaker for q in extract_quotes(t)] == ["Elmland’s fire department", "Elmland’s fire department"]


def test_a_repeated_description_that_spoke_last_stays_itself():
    # near miss: "the police" spoke after the fuller mention, so the next "the police" is its own mention
    t = ("The Oldtown Police Department said roads were shut. The police said two men were held. "
         "The police said a third man was sought.")
    assert [q.speaker for q in extract_quotes(t)][1:] == ["The police", "The police"]


def test_a_description_with_no_fuller_speaker_before_stays():
    # near miss: nobody called the university by its name before
    t = "Oldtown police said the campus was shut. The university said it would reopen."
    assert [q.speaker for q in extract_quotes(t)] == ["police", "The university"]


def test_a_pronoun_is_not_a_country_opening_the_reported_words():
    t = ('The agency reported that President Ivo Lund condemned what he called "an onslaught against Elmland." '
         "Oldland used our airspace to strike Elmland, he said.")
    assert [q.speaker for q in extract_quotes(t)][-1] == "Ivo Lund"


def test_a_lone_word_introduced_as_a_name_is_a_person():
    # near miss: "his surname, Wu" introduces the one word as a person's name
    t = 'He only offered his surname, Wu. I asked him why.\n\n"The speech freedom is just fading out," he said.'
    assert quote_rows(t) == [("direct", "The speech freedom is just fading out", "Wu")]


def test_an_age_before_the_role_and_name_after_a_quote():
    t = 'Fans sang. "Tonight is more about solidarity than football," 31-year-old England fan Bo Tran told AP.'
    assert quote_rows(t) == [("direct", "Tonight is more about solidarity than football", "Bo Tran")]


def test_a_joiner_inside_the_description_before_an_apposed_name():
    t = ('Foley taught. "He would promise students a trip if they came," a fellow Teach for America alum, Ann Lee, '
         "recalled in an essay.")
    assert quote_rows(t) == [("direct", "He would promise students a trip if they came", "Ann Lee")]


def test_a_description_and_an_apposed_name_open_the_sentence():
    t = "The Center's chief executive, Ann Lee, said Berry, Diaz and Knight would be honored by the group."
    assert quote_rows(t) == [("indirect", "Berry, Diaz and Knight would be honored by the group", "Ann Lee")]


def test_an_inverted_cue_after_a_clause_stays_inverted():
    # near miss: "The best part" is no description of a person: the clause before the cue is the content
    t = "The deal is a good one, said Bo Tran, a spokesman."
    assert quote_rows(t) == [("indirect", "The deal is a good one", "Bo Tran")]
