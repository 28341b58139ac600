"""Tests for coverage.quotes round 25: names in apposition after a description ending in a place or after role
words, a name opening a sentence before a long participle phrase, "quoted X as saying", "released in a
statement", an opening phrase before a bare plural subject, "he"/"she" after a described person, "our
correspondent", "the station"/"the network" for the broadcaster named before, descriptions that never cross a
sentence end, a possessive document ("his Facebook page") after a clause that opens with a full name, an outer
"according to" around a quote with its own speaker, a mixed quote closed after a sentence break, negated subjects,
"X sent a note:", a second quote coordinated under one cue, "they" for the plural subject an outlet reported,
a named website's owner, "he" after "... Name after"; and the scorer's surname rule with a generational suffix.

Small invented sentences, one construction each.
"""

from __future__ import annotations

from _matching import checked_quotes, quote_rows, speaker_of

_all = checked_quotes
_rows = quote_rows
_speaker_of = speaker_of


# names in apposition -------------------------------------------------------------------------------------------


def test_name_in_apposition_after_a_description_ending_in_a_place():
    t = "The bank's chief economist for Europe, Petra Lindholm, said on Friday that the rates would stay low."
    q = _all(t)[0]
    assert (q.kind, q.text, q.speaker, q.speaker_start) == (
        "indirect", "the rates would stay low", "Petra Lindholm", t.index("Petra"))


def test_a_place_after_a_place_is_no_name_in_apposition():
    t = "A judge in Lyon, France, has declared the contract void."
    speaker, start = _speaker_of(t, "the contract void")
    assert (speaker, start) == ("A judge", 0)


def test_role_words_before_the_name_in_apposition():
    t = "Her brother, college coach Tom Berg, said, \u201cShe never missed a single practice.\u201d"
    assert _rows(t) == [("direct", "She never missed a single practice.", "Tom Berg")]


def test_organisation_after_a_bare_role_completes_the_title():
    t = "\u201cWe will find them,\u201d Gen. Tom Reed, commander, Arden Harbour Command, said."
    speaker, start = _speaker_of(t, "We will find them")
    assert (speaker, start) == ("Tom Reed", t.index("Tom Reed"))


def test_organisation_and_role_between_commas_is_an_appositive():
    t = "Two trails were closed, Mike Reed, Arden Parks Office spokesman, told the Arden Post."
    assert _rows(t) == [("indirect", "Two trails were closed", "Mike Reed")]


def test_possessive_role_after_a_capitalised_word_names_its_holder():
    t = "The team will sell its old ground in May, the club's coach, Ivo Berg, told reporters. The fans were angry."
    speaker, start = _speaker_of(t, "The team will sell its old ground in May")
    assert (speaker, start) == ("Ivo Berg", t.index("Ivo Berg"))


def test_name_before_a_long_participle_phrase_tells_a_paper():
    t = ("Ann Lee, detained on Friday after parking outside the Salem, Ore., shop Blue Jar, told The Arden Post by "
         "phone on Monday that she had only wanted to buy paint.")
    assert _rows(t) == [("indirect", "she had only wanted to buy paint", "Ann Lee")]


def test_one_who_opens_a_relative_clause_is_the_speaker():
    t = "The tenants were worried. One who asked the paper not to print her name said the rent had doubled."
    speaker, start = _speaker_of(t, "the rent had doubled")
    assert start == t.index("One who")
    assert speaker.startswith("One who asked the paper")


def test_the_suspect_is_the_main_aged_name_with_a_suffix():
    t = ("In his first court appearance, Walter Lee Pike II , 28, was charged with assault. Pike was calm. Police "
         "said Pike acted alone. Pike is in custody. Officers said Pike had a gun. Later the suspect told him the "
         "dispute was about a parking space.")
    speaker, start = _speaker_of(t, "the dispute was about a parking space")
    assert (speaker, start) == ("Walter Lee Pike", t.index("Walter"))


# attributions after a quote --------------------------------------------------------------------------------------


def test_quoted_as_saying_after_the_quote():
    t = "\u201cThe shelter will stay open all winter,\u201d it quoted Lena Ford, the charity's director, as saying."
    assert _rows(t) == [("direct", "The shelter will stay open all winter", "Lena Ford")]


def test_released_in_a_statement_is_a_cue():
    t = "\u201cThe museum will reopen in June,\u201d city spokesman Tom Reed released in a statement."
    q = _all(t)[0]
    assert (q.speaker, q.cue) == ("Tom Reed", "released")


def test_sent_a_note_colon_quote_is_the_senders():
    t = "Before the hearing began, Tom Vale sent a note: \u201cI will not answer any questions today.\u201d"
    q = _all(t)[0]
    assert (q.kind, q.text, q.speaker, q.speaker_start, q.cue) == (
        "direct", "I will not answer any questions today.", "Tom Vale", t.index("Tom Vale"), "sent")


def test_outer_according_to_around_a_quote_with_its_own_speaker():
    t = "Lund \u201cmade a threat,\u201d the guard told police, according to the affidavit."
    assert _rows(t) == [("direct", "made a threat", "the guard")]


# subjects ------------------------------------------------------------------------------------------------------


def test_bare_plural_subject_after_an_opening_phrase():
    t = "Near the end of the parade, fans sang songs about the coach, shouting \u201cone more year.\u201d"
    speaker, start = _speaker_of(t, "one more year.")
    assert (speaker, start) == ("fans", t.index("fans"))


def test_an_opening_adverb_is_no_name():
    t = ("Shortly after the vote, the city council of Arden issued a warning, saying \u201cthe river may rise "
         "again tonight.\u201d")
    q = _all(t)[0]
    assert q.speaker != "Shortly"


def test_second_quote_coordinated_under_the_same_cue():
    t = "In the clip, the fans, who wear red scarves, shout \u201cUp the Reds\u201d and \u201cDown with the board.\u201d"
    assert _rows(t) == [("direct", "Up the Reds", "the fans"), ("direct", "Down with the board.", "the fans")]
    q = _all(t)[1]
    assert (q.cue, q.cue_start) == ("shout", t.index("shout"))


def test_participle_after_a_predicate_belongs_to_the_name_before_the_relative_clause():
    t = ("Lund, who wore a grey suit, looked at the jury and spoke slowly, saying \u201cI regret it\u201d and "
         "\u201cI am sorry.\u201d")
    assert _rows(t) == [("direct", "I regret it", "Lund"), ("direct", "I am sorry.", "Lund")]


def test_negated_subject_reports_no_statement():
    assert _rows("No party has said it will back the bill.") == []


# pronouns and descriptions ---------------------------------------------------------------------------------------


def test_he_after_a_described_man_is_that_man():
    t = ("\u201cThe bus never comes on time,\u201d said the man, who has lived on the street for years.\n\n"
         "\u201cWe wait an hour most days,\u201d he complained.")
    speaker, start = _speaker_of(t, "We wait an hour most days")
    assert (speaker, start) == ("the man", t.index("the man"))


def test_he_after_a_title_run_is_the_name_after_the_role_noun():
    t = ("Mayor Tom Hale said he was pleased.\n\nLongtime Republican state senator Bob Fox praised the plan on "
         "Tuesday.\n\n\u201cThis is good news for the valley,\u201d he said in a statement.")
    speaker, start = _speaker_of(t, "This is good news for the valley")
    assert (speaker, start) == ("Bob Fox", t.index("Bob Fox"))


def test_he_in_an_after_clause_is_the_person_not_the_backer():
    t = ("And the Harbour Council thanked Mayor Ivo Lund after he said in an interview that the port is "
         "\u201csafe. It will stay safe.\u201d")
    assert _rows(t) == [("indirect", "the port is \u201csafe. It will stay safe.", "Ivo Lund")]


def test_he_after_a_titled_object_is_that_person_not_the_last_speaker():
    t = ("Ada Berg said the council was grateful. The council later praised Acme President Dan Rees after he "
         "said in an interview that the firm would stay in town.")
    speaker, start = _speaker_of(t, "the firm would stay in town")
    assert (speaker, start) == ("Dan Rees", t.index("Dan Rees"))


def test_our_correspondent_is_the_correspondent_named_before():
    t = ("The harvest will be late, says Arden Radio farm correspondent Nils Ek. Prices may rise, our correspondent "
         "adds.")
    speaker, start = _speaker_of(t, "Prices may rise")
    assert (speaker, start) == ("Nils Ek", t.index("Nils Ek"))


def test_the_network_is_the_broadcaster_named_before():
    t = "The letter was sent to NBC News, according to the network."
    speaker, start = _speaker_of(t, "The letter was sent to NBC News")
    assert (speaker, start) == ("NBC News", t.index("NBC News"))


def test_a_description_never_runs_across_a_sentence_end():
    t = ("The storm knocked down the old bridge.\n\nThe station sent a crew to the river.\n\n"
         "Later, the station reported that the road was open again.")
    speaker, start = _speaker_of(t, "the road was open again")
    assert "\n" not in speaker and start == t.index("the station reported")


def test_indefinite_description_opening_the_next_sentence_is_the_antecedent():
    t = ("The company removed the post.\n\nA Harbour Bank official said the post broke its rules. The official "
         "said it was a mistake.")
    speaker, start = _speaker_of(t, "it was a mistake")
    assert (speaker, start) == ("A Harbour Bank official", t.index("A Harbour Bank official"))


def test_his_page_after_a_clause_opening_with_a_full_name():
    t = ("Ada Berg said the guest was fine. Nils Ek joined the orchestra in 2009 after leaving Oslo, according to his "
         "Facebook page.")
    speaker, start = _speaker_of(t, "Nils Ek joined the orchestra in 2009 after leaving Oslo")
    assert (speaker, start) == ("Nils Ek", t.index("Nils Ek"))


def test_the_statement_after_an_initialled_organisation_issued_one():
    t = ("The U.S. Labor Department issued a statement saying it welcomed the ruling.\n\n"
         "\u201cWorkers will be paid in full,\u201d the statement said.")
    speaker, start = _speaker_of(t, "Workers will be paid in full")
    assert (speaker, start) == ("The U.S. Labor Department", 0)


def test_they_after_a_single_outlet_is_the_plural_subject_it_reported():
    t = "Radio Arden reports local officials closed the port on Monday. They said it would reopen within a week."
    speaker, start = _speaker_of(t, "it would reopen within a week")
    assert (speaker, start) == ("local officials", t.index("local officials"))


def test_according_to_figures_on_a_named_website_is_its_owner():
    t = "Ticket sales rose 12 percent in May, according to figures posted on the Arden Opera House website."
    speaker, start = _speaker_of(t, "Ticket sales rose 12 percent in May")
    assert (speaker, start) == ("Arden Opera House", t.index("Arden Opera"))


# the scorer --------------------------------------------------------------------------------------------------------


def test_scorer_surname_skips_a_generational_suffix():
    from benchmarks.quotes_labels import _surname

    assert [_surname(n) for n in ("Walter James Pike II", "Ann Lee Jr.", "Tom Reed", "III")] == [
        "pike", "lee", "reed", "iii"]
