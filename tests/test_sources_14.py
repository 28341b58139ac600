"""sources.yaml 1.4 and its coverage.sources rules: made-up sentences, exact type and evidence trail."""

from __future__ import annotations

import pytest
from _matching import classify_source as _classify
from _matching import version_info

from coverage.sources import SourceTypes


def test_the_built_in_file_is_version_1_4_or_later():
    assert version_info(SourceTypes.default().version) >= (1, 4)


@pytest.mark.parametrize(("text", "speaker", "expected", "rule"), [
    # generic authorities are officials; police authorities stay police
    ('Authorities said the road was closed.', 'Authorities', 'official',
     "role word 'authorities' in the speaker 'Authorities'"),
    ('Police authorities said the road was closed.', 'Police authorities', 'police',
     "role word 'police authorities' in the speaker 'Police authorities'"),
    # a possessive role word is a title only before a role word or a name
    ("She went to a doctor's appointment, Jo Fox said.", 'Jo Fox', 'unknown',
     "no role word near 'Jo Fox'"),
    ("CNN's Jo Fox said so.", 'Jo Fox', 'media',
     "role word 'cnn' just before the name"),
    # appositions: a coordinated clause, a compound adjective, a capitalised title, a list
    ('Officers fired within a minute, according to Police Chief Jo Fox, and shot the suspect.', 'Jo Fox', 'police',
     "role word 'police chief' just before the name"),
    ('Al-Post, the state-owned daily newspaper, reported the toll.', 'Al-Post', 'media',
     "role word 'newspaper' in the apposition after the name"),
    ('Jo Fox, Lord Mayor of Oldtown, said he was horrified.', 'Jo Fox', 'official',
     "role word 'lord mayor' in the apposition after the name"),
    ('Ann Lee, Police Commissioner Jo Fox and others said so.', 'Ann Lee', 'unknown',
     "no role word near 'Ann Lee'"),
    # "what" opens a clause: the role word before it describes no one after it
    ('Officials denied what President Jo Fox called a plot.', 'Jo Fox', 'official',
     "role word 'president' just before the name"),
    # a role phrase after the name says more than "man" before it
    ('A 30-year-old man named as Bo Ray was arrested on Sunday. Ray said nothing.', 'Ray', 'perpetrator',
     "role phrase 'was arrested' right after the name (more than 'man' just before the name)"),
    # the body right before a generic speaker; the person a spokesman speaks for; a family's lawyers
    ('He was treated for burns, hospital officials said.', 'officials', 'organisation',
     "role word 'hospital' right before the speaker 'officials' (the body it speaks for)"),
    ('Governor Ann Lee was briefed. Lee spokesman Jo Fox said the state would help.', 'Jo Fox', 'official',
     "role word 'spokesman' of 'Lee', typed official"),
    ('Bo Ray, the gunman, was killed. The Ray family attorney, Jo Fox, said they were shocked.', 'Jo Fox', 'perpetrator',
     "kin word 'family attorney' of 'Ray', typed perpetrator"),
    ('Bo Ray, the gunman, was killed. He had no debts, family lawyers said.', 'lawyers', 'perpetrator',
     "kin word 'family lawyers' of the nearest earlier perpetrator 'Ray' (the perpetrator's side)"),
    # a description introducing a name; an apposition ends at a subordinate clause; an age and no role word
    ('A security expert from the Oldtown Foundation warned against haste. "Wait," Jo Fox said.', 'Jo Fox', 'expert',
     "role word 'expert' in the description introducing the name ('a security expert from the Oldtown Foundation ...')"),
    ('Jo Fox, 68, who has had threats since he mocked the founder of a sect, said so.', 'Jo Fox', 'public',
     "an age after the name 'Jo Fox' and no role word (a member of the public)"),
    ('Jo Fox, 19, said she hid in a cupboard.', 'Jo Fox', 'public',
     "an age after the name 'Jo Fox' and no role word (a member of the public)"),
    # a name cut at its initial; a role phrase across the speaker
    ('"We deal in facts," said Ann B. Lee, the FBI\'s special agent in charge.', 'Ann B', 'police',
     "role word 'fbi' in the apposition after the name"),
    ('FBI Special Agent in Charge Jo Fox said so.', 'Charge Jo Fox', 'police',
     "role phrase 'special agent in charge' across the speaker 'Charge Jo Fox'"),
    # new words
    ('Tenth-grader Jo Fox said the alarm rang.', 'Jo Fox', 'public',
     "role word 'tenth-grader' just before the name"),
    ('Vice-President Jo Fox said so.', 'Jo Fox', 'official',
     "role word 'vice-president' just before the name"),
    ('He confessed, according to a probable cause affidavit.', 'a probable cause affidavit', 'police',
     "role word 'affidavit' in the speaker 'a probable cause affidavit'"),
    ('Prof Jo Fox said so.', 'Jo Fox', 'expert',
     "role word 'prof' just before the name"),
    ('Douglas County Commissioner Jo Fox said so.', 'Jo Fox', 'official',
     "role word 'county commissioner' just before the name"),
    ('Freshman Sen. Jo Fox said so.', 'Jo Fox', 'official',
     "role word 'freshman sen' just before the name"),
    ('Facebook said it removed the post.', 'Facebook', 'organisation',
     "role word 'facebook' in the speaker 'Facebook'"),
    ('Jo Fox, director of the research program at the Oldtown Institute, said so.', 'Jo Fox', 'expert',
     "role word 'research program' (the body of 'director') in the apposition after the name"),
    ('The paper reports that he was arrested.', 'The paper', 'media',
     "role word 'paper' in the speaker 'The paper'"),
    ('Her mom said she could not breathe.', 'Her mom', 'public',
     "role word 'mom' in the speaker 'Her mom'"),
])
def test_sources_1_4_rules_exact(text, speaker, expected, rule):
    assert _classify(text, speaker) == (expected, rule)


def test_a_spokesman_of_an_untyped_name_is_not_read_at_the_name():
    # "Oldtown spokesman": the owner has no type, so the spokesman keeps the generic head's type
    text = "Oldtown spokesman Jo Fox said so."
    assert _classify(text, "Jo Fox") == ("organisation", "role word 'spokesman' just before the name")
