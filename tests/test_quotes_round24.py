"""Tests for coverage.quotes round 24: descriptions that refer back to an earlier, fuller mention ("this
official", "the brigade", "the station", "the sheriff", "his father"), names in apposition to a sentence subject,
outer reports around a speaker's own cue ("X said, the AP reported"), long titles before a name and page
furniture between a speaker and the next pronoun.

Small invented sentences, one construction each.
"""

from __future__ import annotations

from _matching import checked_quotes, quote_rows, speaker_of

_all = checked_quotes
_rows = quote_rows
_speaker_of = speaker_of


# demonstrative and capitalised-modifier descriptions -----------------------------------------------------------


def test_this_person_is_the_person_introduced_before():
    t = ("The mayor was warned on Monday, said a person briefed on the talks. But the council ignored the "
         "warning, this person said.")
    speaker, start = _speaker_of(t, "But the council ignored the warning")
    assert (speaker, start) == ("a person", t.index("a person"))


def test_this_official_is_one_official_introduced_before():
    t = ("A crowd of about 50 \u2014 one official briefed on the events put it at 60 \u2014 climbed the wall. "
         "Guards asked the police to clear the square, this official said.")
    speaker, start = _speaker_of(t, "Guards asked the police to clear the square")
    assert (speaker, start) == ("one official", t.index("one official"))


def test_description_with_a_nationality_finds_the_indefinite_mention():
    t = ("An unnamed Kenyan official in Mombasa told Reuters that two guards were hurt. The Kenyan official said "
         "the port was closed.")
    speaker, start = _speaker_of(t, "the port was closed")
    assert start == t.index("An unnamed Kenyan official")


def test_description_with_a_proper_modifier_is_not_another_family():
    t = ("\u201cWe send our sympathy to the Moreau family,\u201d the Lindqvist family said in a statement read by "
         "their lawyer.")
    assert _rows(t) == [("direct", "We send our sympathy to the Moreau family", "the Lindqvist family")]


# groups named after the noun -----------------------------------------------------------------------------------


def test_the_brigade_is_the_name_given_with_known_as():
    t = ("The raid was led by a brigade of local fighters known as Jaysh al-Nasr, officials said. On Friday the "
         "brigade said in a statement that its members had not been involved.")
    speaker, start = _speaker_of(t, "its members had not been involved")
    assert (speaker, start) == ("Jaysh al-Nasr", t.index("Jaysh al-Nasr"))


def test_the_group_is_the_group_known_as():
    t = ("The militant group known as KRF, or the Kivu Rebel Front, claimed the raid.\n\nIn a message posted "
         "online, the group said its fighters \u201cheld the bridge.\u201d")
    q = next(q for q in _all(t) if q.text.startswith("its fighters"))
    assert q.speaker == "KRF"


def test_the_station_is_the_broadcaster_that_reported_just_before():
    t = ("KVTA News reported that the bridge was closed. Two lorries were stuck on it, the station reported.")
    speaker, start = _speaker_of(t, "Two lorries were stuck on it")
    assert (speaker, start) == ("KVTA News", 0)


# a title before a surname alone ---------------------------------------------------------------------------------


def test_the_sheriff_is_the_sheriff_named_by_surname():
    t = ("The driver stopped at a gas station, Sheriff Okafor said. She showed no sign of alcohol, though tests "
         "will take weeks, the sheriff said.")
    speaker, start = _speaker_of(t, "She showed no sign of alcohol, though tests will take weeks")
    assert (speaker, start) == ("Okafor", t.index("Okafor"))


def test_a_first_name_after_a_title_is_no_surname():
    t = ("Mayor Ann de Vries opened the hall. The hall will stay open all night, the mayor said.")
    speaker, _ = _speaker_of(t, "The hall will stay open all night")
    assert speaker != "Ann"


# relatives by the name of the one they are related to -----------------------------------------------------------


def test_his_father_is_the_father_named_before():
    t = ("Officers searched the home of Tomas Weil. Weil's father told them that two rifles were missing.\n\n"
         "The rifles were old, his father told reporters.")
    speaker, start = _speaker_of(t, "The rifles were old")
    assert (speaker, start) == ("Weil's father", t.index("Weil's father"))


# a name in apposition to the subject, then pronouns ---------------------------------------------------------------


def test_name_in_apposition_to_the_subject_is_the_antecedent_of_he():
    t = ("\u201cWe ran,\u201d said Piet Mol, a neighbour who saw the fire.\n\n"
         "Ruritania's deputy interior minister, Karim al-Haddad, made several statements about the fire.\n\n"
         "He said his men had arrived late.")
    speaker, start = _speaker_of(t, "his men had arrived late")
    assert (speaker, start) == ("Karim al-Haddad", t.index("Karim al-Haddad"))


def test_title_and_surname_subject_keeps_the_hyphenated_full_name():
    t = ("The deputy minister, Karim al-Haddad, spoke first. The guards were too few, Mr. Haddad said.\n\n"
         "Mr. Haddad also faulted the embassy for what he said was a lack of caution.")
    speaker, _ = _speaker_of(t, "was a lack of caution")
    assert speaker == "Karim al-Haddad"


def test_advertisement_line_is_no_antecedent():
    t = ("Ruth Alder, the head of the clinic, spoke in the morning.\n\n"
         "Advertisement Continue reading the main story\n\n"
         "She said the clinic would reopen on Monday.")
    speaker, _ = _speaker_of(t, "the clinic would reopen on Monday")
    assert speaker == "Ruth Alder"


def test_description_then_name_in_apposition_after_a_quote():
    t = ("Dr. Alan Roe worked in Lagos for a decade.\n\n\u201cWe are heartbroken,\u201d his wife, Mia Roe, told "
         "reporters. \u201cHe loved the work,\u201d she said.")
    assert _rows(t) == [("direct", "We are heartbroken", "Mia Roe"), ("direct", "He loved the work", "Mia Roe")]


# long titles before a name ---------------------------------------------------------------------------------------


def test_long_title_with_of_gives_the_name_and_an_antecedent():
    t = ("The motive is still unclear, Secretary of Homeland Security Ana Petrov said Monday. At this point, she "
         "said, one thing is clear.")
    rows = _rows(t)
    assert rows[0] == ("indirect", "The motive is still unclear", "Ana Petrov")
    assert rows[1][2] == "Ana Petrov"


def test_department_title_before_a_name_is_a_named_speaker():
    t = ("Department of Transportation Press Secretary Lena Vos said in a statement that the bridge was safe. "
         "She added that inspections would continue.")
    assert [q.speaker for q in _all(t)] == ["Lena Vos", "Lena Vos"]


def test_a_name_after_a_title_of_office():
    t = "Secretary of State Ana Petrov said the bill would pass."
    assert _rows(t) == [("indirect", "the bill would pass", "Ana Petrov")]


# outer reports around a speaker's own cue -----------------------------------------------------------------------------


def test_name_said_then_the_agency_reported_one_clause_for_the_name():
    t = "Two aid workers were seized near the border, Okafor said Saturday, the AP reported."
    rows = _rows(t)
    assert ("indirect", "Two aid workers were seized near the border", "Okafor") in rows


def test_parenthetical_cue_inside_the_clause_stays():
    t = "The attack, Okafor said, came as the talks began."
    assert _rows(t) == [("indirect", "The attack, Okafor said, came as the talks began", "Okafor")]


def test_direct_quote_with_its_own_cue_inside_according_to():
    t = "\u201cThe fighters hold the bridge,\u201d the group said, according to Vigil Monitor."
    rows = _rows(t)
    assert ("direct", "The fighters hold the bridge", "the group") in rows


def test_dotted_abbreviation_before_a_noun_is_one_speaker():
    t = "Two men were arrested, said the U.K. embassy in Lima."
    assert _rows(t) == [("indirect", "Two men were arrested", "the U.K. embassy")]


# "it": the owner of a website, no person --------------------------------------------------------------------------


def test_it_said_is_not_a_person_named_before():
    t = "John Baker said on Monday that his clinic was closed. It said patients would be moved."
    assert [q.speaker for q in _all(t)] == ["John Baker", ""]


def test_according_to_its_website_after_the_clause_is_the_clause_subject():
    t = "Mercy Aid is a charity that runs clinics in 20 countries, according to its website."
    assert _rows(t) == [("indirect", "Mercy Aid is a charity that runs clinics in 20 countries", "Mercy Aid")]


# "the source" after "according to someone who ..." --------------------------------------------------------------------


def test_the_source_is_someone_quoted_just_before():
    t = ("According to someone who knew the driver well, he had asked for a lift days earlier. He never said "
         "when he meant to leave, the source said.")
    speaker, start = _speaker_of(t, "He never said when he meant to leave")
    assert start == t.index("someone")


# "the suspect" for the person the story is about ------------------------------------------------------------------


def test_the_suspect_is_the_person_introduced_with_an_age_and_named_most():
    t = ("Tomas Weil, 27, set off a device in a passage. Weil was hurt. Police said Weil had acted alone. Weil "
         "is in hospital. Ana Dahl, 40, saw the blast.\n\nThe suspect said he made the device at work, officials "
         "said.")
    speaker, _ = _speaker_of(t, "he made the device at work")
    assert speaker == "Tomas Weil"


def test_a_modified_description_of_another_attacker_stays():
    t = ("Tomas Weil, 27, set off a device in a passage. Weil was hurt. Police said Weil had acted alone. Weil "
         "is in hospital. In 2016 another man attacked a bus. The Lisbon attacker said he was angry, police said.")
    speaker, _ = _speaker_of(t, "he was angry")
    assert speaker != "Tomas Weil"


# a title's period inside the name of a fallback antecedent ----------------------------------------------------------


def test_title_with_a_period_is_part_of_the_recent_name():
    t = ("Throughout the evening, Mr. Lindqvist\u2019s life story unspooled before the delegates.\n\n"
         "During the speech, he said his friends mattered more than his church.")
    speaker, _ = _speaker_of(t, "his friends mattered more than his church")
    assert speaker == "Mr. Lindqvist"
