"""Tests for coverage.quotes round 35 (from the misses of former fresh set 17): a possessive description in apposition
after a name ("NAME, Ben Hale's mother, told") leaves the name as the speaker; an age before a relative clause ("NAME,
45, who ..., said") is part of the apposition; "Police in PLACE, STATE, a description, said" has the subject before
"in"; a court document filed by someone speaks for the one who filed it ("A lawsuit filed by X against Y says", later
"the suit says"); and "Hale's father said" after "NAME, Ben Hale's father," is that name.

Small invented sentences, one construction each: a positive that the rule finds and a near miss it leaves alone.
"""

from __future__ import annotations

from _matching import quote_rows


def test_a_possessive_description_in_apposition_after_a_name():
    t = ('"We heard a knock at the gate," Mara Tellis, Ben Tellis\'s mother, told Radio Ten\'s Pol Verity. '
         "Had he not opened it, they would have broken it, she said.")
    assert quote_rows(t) == [("direct", "We heard a knock at the gate", "Mara Tellis"),
                             ("indirect", "Had he not opened it, they would have broken it", "Mara Tellis")]
    assert quote_rows("Mara Tellis, Ben Tellis's mother, said the gate was locked.") == [
        ("indirect", "the gate was locked", "Mara Tellis")]
    # near miss: the name after "for" is no subject ("a lawyer for NAME, NAME's son, said": the lawyer)
    assert "Ivo Hale" not in [r[2] for r in quote_rows("A lawyer for Ivo Hale, Ben Hale's son, said the gate was locked.")]


def test_an_age_before_a_relative_clause():
    t = "In Elmton, D.C., protester Ada Quell, 45, who brought her son, said she had doubts about the ruling."
    assert quote_rows(t) == [("indirect", "she had doubts about the ruling", "Ada Quell")]
    # near miss: the age alone (no relative clause) as before
    t = "In Elmton, D.C., protester Ada Quell, 45, said she had doubts about the ruling."
    assert quote_rows(t) == [("indirect", "she had doubts about the ruling", "Ada Quell")]


def test_a_place_with_its_state_and_a_description_after_the_subject():
    assert quote_rows("Police in Elmton, Texas, a small suburb, originally claimed there was a fight.") == [
        ("indirect", "there was a fight", "Police")]
    assert quote_rows("Ivo Hale of Elmton, Texas, a retired teacher, said the road was closed.") == [
        ("indirect", "the road was closed", "Ivo Hale")]
    # near miss: a sentence opening with "In PLACE, STATE," keeps its own subject
    assert quote_rows("In Elmton, Texas, a small suburb, police claimed there was a fight.") == [
        ("indirect", "there was a fight", "police")]


def test_a_court_document_speaks_for_the_one_who_filed_it():
    t = ("A lawsuit filed recently by Mara Tellis's family against the two deputies involved in the raid says the "
         "deputies had the wrong address. According to the suit, the door was broken.")
    assert quote_rows(t) == [("indirect", "the deputies had the wrong address", "Mara Tellis's family"),
                             ("indirect", "the door was broken", "Mara Tellis's family")]
    # near miss: a lawsuit with no filer named stays the speaker
    t = "The two deputies involved in the raid were sued in May. According to the suit, the door was broken."
    assert quote_rows(t) == [("indirect", "the door was broken", "the suit")]


def test_a_relative_named_in_an_earlier_apposition():
    t = ('"We heard a knock," Ivo Hale, Ben Hale\'s father, told the Ledger. He thinks his son was misled.\n\n'
         '"He never left the house," Hale\'s father said.')
    assert quote_rows(t)[-1] == ("direct", "He never left the house", "Ivo Hale")
    # near miss: no apposition names the father
    t = ('"We heard a knock," Ivo Hale told the Ledger. Ben Hale\'s father was at work.\n\n'
         '"He never left the house," Hale\'s father said.')
    assert quote_rows(t)[-1] == ("direct", "He never left the house", "Hale's father")


def test_an_age_after_the_object_of_of_is_not_the_subjects():
    # near miss of the age rule: the age and the relative clause belong to the son, the subject is before "of"
    t = "Ada Quell, the mother of Ivo Quell, 32, who was hurt in the crash, wrote that she was sorry."
    assert "Ivo Quell" not in [r[2] for r in quote_rows(t)]
