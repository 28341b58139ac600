"""sources.yaml 1.8 and its coverage.sources rules: made-up sentences, exact type and evidence trail."""

from __future__ import annotations

import pytest
from _matching import classify_source as _classify
from _matching import version_info

from coverage.sources import SourceTypes, canonical_name


def test_the_built_in_file_is_version_1_8():
    assert version_info(SourceTypes.default().version) >= (1, 8)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # local titles and officials
    ("Alderman Jo Fox told the Oldtown Star that crime had risen.", "Jo Fox", "official"),
    ("The hall was full, said Jo Fox, a councilor from nearby Oldbury.", "Jo Fox", "official"),
    ("The prefect of Oldshire, Jo Fox, said the van had a permit.", "Jo Fox", "official"),
    ("Presidential spokesman Jo Fox said the attackers were shot.", "Jo Fox", "official"),
    ("Oldland's top negotiator, Jo Fox, said a draft was ready.", "Jo Fox", "official"),
    ("Oldland foreign affairs chief Jo Fox condemned the attack.", "Jo Fox", "official"),
    ("Local government confirmed the two incidents were linked.", "Local government", "official"),
    ("The European Union said it would send aid.", "The European Union", "official"),
    # "local" before a role word
    ("Jo Fox, a local journalist, said the blast was heard across town.", "Jo Fox", "media"),
    ("The officers trained with paint guns, according to the Oldtown Echo, the local newspaper.", "Oldtown Echo",
     "media"),
    # military commands and police departments
    ("Two soldiers were hurt, Oldland Joint Force Command said.", "Oldland Joint Force Command", "police"),
    ("According to the LAPD, officers arrived within minutes.", "LAPD", "police"),
    ("Mr. Ray fired the F.B.I. director, Jo Fox, on Tuesday.", "Jo Fox", "police"),
    # witnesses and members of the public
    ('"He kept walking," traveler Jo Fox told the Oldtown Star.', "Jo Fox", "public"),
    ('"He was a quiet kid," schoolmate Jo Fox said.', "Jo Fox", "public"),
    ("He was fired a year later, according to a former employee of the station.", "a former employee of the station",
     "public"),
    ("Security guard Jo Fox said the doors were locked.", "Jo Fox", "public"),
    ("Protest leaders said the new route was unfair.", "Protest leaders", "public"),
    # companies, schools and international bodies
    ("The gunman fired six times, said Jo Fox, the station's general manager.", "Jo Fox", "organisation"),
    ("He studied there until 2006, the university said.", "the university", "organisation"),
    ("Fewer than half of homes have power, according to the World Bank.", "the World Bank", "organisation"),
    ("A public relations representative for Oldfund said the money would reach the families.",
     "A public relations representative for Oldfund", "organisation"),
    ("Jo Fox, the dean of students, said the campus was closed.", "Jo Fox", "organisation"),
    # experts, writers, outlets and jihadist outlets
    ("The attack was planned, said Jo Fox, associate fellow at the Oldtown Institute.", "Jo Fox", "expert"),
    ("The nationalist writer Jo Fox linked the attack to the protests.", "Jo Fox", "media"),
    ("The hostage was safe, the Oldtown Ledger reported.", "Oldtown Ledger", "media"),
    ("The IS-linked Aamaq news agency said the attacker was a soldier of the group.",
     "The IS-linked Aamaq news agency", "perpetrator"),
    # arrests
    ("Jo Fox, arrested on Sunday after firing a rifle inside the shop, said he had wanted to see for himself.",
     "Jo Fox", "perpetrator"),
])
def test_new_role_words(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected


@pytest.mark.parametrize(("text", "speaker", "expected", "rule"), [
    # a capitalised modifier before the role word of an apposition
    ("Two of the dead were a father and son, said Jo Fox, Oldland minister of public health.", "Jo Fox", "official",
     "role word 'minister' in the apposition after the name"),
    ("It is a dark day, said Jo Fox, Oldwatch's South Asia director.", "Jo Fox", "organisation",
     "role word 'director' in the apposition after the name"),
    # an apposition that sets the scene is no description
    ("Oldland President Jo Fox, at a news conference in Oldtown, said it never ends.", "Jo Fox", "official",
     "role word 'president' just before the name"),
    # a "who knew" clause names someone else's role
    ("Congresswoman Jo Fox, who knew the soldier, heard the call.", "Jo Fox", "official",
     "role word 'congresswoman' just before the name"),
    # hurt before a role word
    ('"He strikes no fear in me," injured Staff Sgt. Jo Fox told reporters.', "Jo Fox", "victim",
     "role word 'injured' before 'sgt' just before the name"),
    ("An injured officer was taken to hospital, police said. An injured officer told reporters he was fine.",
     "An injured officer", "victim", "role word 'injured' before 'officer' in the speaker 'An injured officer'"),
    # a call sign with a channel number
    ("Bo Ray was among the three people killed, WXY9 reports.", "WXY9", "media", "a broadcaster's call sign 'WXY9'"),
    # a masthead
    ("The Oldtown Science Monitor wrote a series on the war.", "Oldtown Science Monitor", "media",
     "the name of a newspaper, broadcaster or news agency 'Oldtown Science Monitor'"),
])
def test_new_rules(text, speaker, expected, rule):
    assert _classify(text, speaker) == (expected, rule)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # a relative introduced by a pronoun after a death is told
    ('Bo Ray, a teacher, was killed on Monday. "He would help anyone," said his brother, Jo Fox.', "Jo Fox", "victim"),
    ("Three people were shot dead at the clinic. His stepfather-in-law, Jo Fox, told reporters the family was staying "
     "with him.", "Jo Fox", "victim"),
    # ... the perpetrator's side when the surname is the gunman's
    ("The gunman, Bo Fox, opened fire at the depot. In a post, his daughter, Ann Fox, said she believes he blew up his "
     "car.", "Ann Fox", "perpetrator"),
    # a relative of someone named after "of"
    ("The gunman, Bo Ray, was killed by police. Jo Fox, the mother of Bo Ray, wrote that she could not understand.",
     "Jo Fox", "perpetrator"),
    # a relative of someone unnamed
    ("Nine women and children were killed in the ambush. Jo Fox, a cousin of one of the women, said he had no idea "
     "why.", "Jo Fox", "victim"),
    # the family of a surname named in the article
    ("The suspect, Bo Ray, was arrested at the airport. The Ray family said they would support him.", "The Ray family",
     "perpetrator"),
])
def test_relatives(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected


@pytest.mark.parametrize(("text", "speaker"), [
    # no death or injury told: a relative stays undecided
    ('"We are proud of him," said his wife, Jo Fox.', "Jo Fox"),
    # a father of two is no relative of another
    ("Jo Fox, a father of two, said he was tired.", "Jo Fox"),
])
def test_relatives_without_harm_stay_unknown_or_public(text, speaker):
    assert _classify(text, speaker)[0] in ("unknown", "public")


def test_the_complaint_takes_the_type_of_the_document_it_stands_for():
    text = ("He was arrested at the door, according to a criminal complaint. He had a pistol and two magazines, "
            "the complaint says.")
    assert _classify(text, "the complaint") == ("official", "'criminal complaint' said before 'the complaint'")
    assert _classify("The complaint was filed on Friday, the complaint says.", "the complaint")[0] == "unknown"


def test_a_rank_before_a_surname_is_looked_past_for_the_full_name():
    text = "Rear Adm. Jo Kirby, the press secretary, spoke on Monday. Admiral Kirby said the plan stands."
    assert canonical_name(text, "Admiral Kirby") == "Jo Kirby"
    assert canonical_name("Major Hasan said so. Bo Hasan is a doctor.", "Major Hasan") == "Bo Hasan"


@pytest.mark.parametrize(("text", "speaker", "not_expected"), [
    # words of a list, a "which" clause or a scene are not the name's role
    ("The meeting was attended by Bo Ray, FBI director Jo Fox, and deputy attorney general Ann Lee.", "Bo Ray",
     "police"),
    ("The magazine hired Jo Fox, which set off a storm of criticism.", "Jo Fox", "perpetrator"),
    ("Judge Jo Fox, who first halted the amnesty in February, said the ruling stands.", "Jo Fox", "organisation"),
    ("Jo Fox, 17, a senior at the school, said she was shocked.", "Jo Fox", "organisation"),
    ("It is a wreck, said Jo Fox, who teaches political science at the University of Oldtown.", "Jo Fox",
     "organisation"),
])
def test_precision_guards(text, speaker, not_expected):
    assert _classify(text, speaker)[0] != not_expected


def test_a_relative_of_a_named_bystander_is_not_a_victims_family():
    """"her daughter" after a named member of the public is that person's relative, not a victim's (the seeds'
    vigil reports); a relative after a sentence-opening word still takes the victim's side by surname."""
    from coverage.sources import SourceTypes

    st = SourceTypes.default()
    t = ("Three people were killed in the attack on Friday. Crowds gathered on Sunday. Mara Quist, from Leeds, came "
         "with her daughter Ella. Ella said it was moving.")
    assert st.classify(t, "Ella", t.index("Ella"), t.index("Ella") + 4)[0] == "unknown"
    t = "The gunman killed Tom Berg on Friday. Speaking outside, his brother Ian Berg said he was kind."
    assert st.classify(t, "Ian Berg", t.index("Ian Berg"), t.index("Ian Berg") + 8)[0] == "victim"
