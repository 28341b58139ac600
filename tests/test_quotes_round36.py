"""Tests for coverage.quotes round 36 (from the misses of former fresh set 18): "a spokesperson for Elmco said" is the
spokesperson with the body (a quote before it had no speaker), and a later "the company said" is the body; a bare
plural opening the sentence before a restrictive relative clause ("Investigators who searched the barn said") is the
speaker, not the object inside the clause; a contact clause after a person noun ("a woman police say was held") is
the group's report; the name before "whose" ("Ivo Hale, whose sister, Ann, died ..., said") is the speaker, not the
name in apposition inside the relative clause; and a caption line ("Facebook Twitter Pinterest ...", "Photograph:
NAME/Outlet") gives no antecedent to a pronoun.

Small invented sentences, one construction each: a positive that the rule finds and a near miss it leaves alone.
"""

from __future__ import annotations

from _matching import quote_rows


def test_a_spokesperson_for_a_body_after_a_quote():
    t = '"This was a reckless stunt," a spokesperson for Elmco said in a statement.'
    assert quote_rows(t) == [("direct", "This was a reckless stunt", "a spokesperson for Elmco")]
    t = '"We are sorry," a spokesman for the Elm Party said.'
    assert quote_rows(t) == [("direct", "We are sorry", "a spokesman for the Elm Party")]
    # near miss: a spokesperson as the object of a report is no speaker
    assert quote_rows("Police said a spokesman for Elmco was arrested.") == [
        ("indirect", "a spokesman for Elmco was arrested", "Police")]


def test_the_company_after_its_spokesperson():
    t = ('Police took him into custody. "This was a reckless stunt," a spokesperson for Elmco said in a statement. '
         '"We are working with the police," the retailer said.')
    assert quote_rows(t)[-1] == ("direct", "We are working with the police", "Elmco")
    # near miss: a lower-case description before (no body named) leaves "the retailer" as it was
    t = ('Police took him into custody. "This was a reckless stunt," a spokesperson said in a statement. '
         '"We are working with the police," the retailer said.')
    assert quote_rows(t)[-1][2] != "Elmco"


def test_a_bare_plural_before_a_restrictive_relative_clause():
    assert quote_rows("Investigators who searched the barn said no weapons were found.") == [
        ("indirect", "no weapons were found", "Investigators")]
    assert quote_rows("Federal agents who raided the farm said no weapons were found.") == [
        ("indirect", "no weapons were found", "Federal agents")]
    # near miss: a name before "who" with no comma is left as before (the object inside the clause)
    assert quote_rows("Ivo who searched the barn said no weapons were found.")[0][2] != "Ivo"


def test_a_contact_clause_after_a_person_noun():
    assert quote_rows("He saw a man police say was armed with a knife.")[0][2] == "police"
    t = "Meanwhile, Ada Quell, another woman police say was held in the shed, arrived at her home."
    assert quote_rows(t)[0][2] == "police"
    # near miss: a compound before the group ("the state police") stays one subject
    assert quote_rows("The state police said the man was armed.") == [
        ("indirect", "the man was armed", "The state police")]


def test_the_name_before_whose_and_an_apposition():
    t = "Ivo Hale, whose sister, Ann, died in the fire, said the fire was no accident."
    assert quote_rows(t) == [("indirect", "the fire was no accident", "Ivo Hale")]
    # near miss: a relative clause after an appositive's object ("a friend of NAME, who ...") as before
    t = "Ivo Hale, a friend of Pol Verity, who died in the fire, said the fire was no accident."
    assert quote_rows(t) == [("indirect", "the fire was no accident", "Ivo Hale")]


def test_a_caption_line_gives_no_antecedent():
    t = ("Ada Quell, the boy's aunt, arrived later.\n\n"
         "Facebook Twitter Pinterest The boy's aunt, Ada Quell, being consoled. Photograph: Pol Verity/The Ledger\n\n"
         '"I have been sick ever since," she cried.')
    assert quote_rows(t) == [("direct", "I have been sick ever since", "Ada Quell")]
    t = ("Ada Quell, the boy's aunt, arrived later.\n\nA crowd near the shop. Photograph: Pol Verity/The Ledger\n\n"
         '"I have been sick ever since," she cried.')
    assert quote_rows(t) == [("direct", "I have been sick ever since", "Ada Quell")]
    # near miss: a name in an ordinary sentence between them is still the antecedent
    t = ("Ada Quell, the boy's aunt, arrived later.\n\nMara Tellis, his teacher, came too.\n\n"
         '"I have been sick ever since," she cried.')
    assert quote_rows(t) == [("direct", "I have been sick ever since", "Mara Tellis")]


def test_an_alias_given_earlier_names_the_speaker():
    t = "Ivo bin Hale, also known as IBH, spoke on Monday. In a trailer, IBH said the road was closed."
    assert quote_rows(t) == [("indirect", "the road was closed", "Ivo bin Hale")]
    # near miss: no "known as" before, the word stays the speaker
    t = "Ivo bin Hale spoke on Monday. In a trailer, IBH said the road was closed."
    assert quote_rows(t) == [("indirect", "the road was closed", "IBH")]


def test_a_group_before_a_place_as_the_antecedent_of_who():
    t = "Officials in Oldtown, who initially said the man had fled, now say he was held."
    assert quote_rows(t)[0] == ("indirect", "the man had fled, now say he was held", "Officials in Oldtown")
    # near miss: a person's name before "in" stays the name
    t = "Ivo Hale in Oldtown, who initially said the man had fled, now says he was held."
    assert quote_rows(t)[0] == ("indirect", "the man had fled, now says he was held", "Ivo Hale")
