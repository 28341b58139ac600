"""sources.yaml 1.5 and its coverage.sources rules: made-up sentences, exact type and evidence trail."""

from __future__ import annotations

import pytest
from _matching import classify_source as _classify
from _matching import version_info

from coverage.sources import SourceTypes


def test_the_built_in_file_is_version_1_5_or_later():
    assert version_info(SourceTypes.default().version) >= (1, 5)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # faith leaders named by their community; missing titles
    ("The country's main Jewish leader, Jo Fox, said the town was shaken.", 'Jo Fox', 'faith'),
    ("The head of Oldtown's Jewish community, Jo Fox, said the door held.", 'Jo Fox', 'faith'),
    ('Oldland\'s Grand Mufti, Jo Fox, said the community was devastated.', 'Jo Fox', 'faith'),
    ('"We are safe," Oldtown Mayor-elect Jo Fox said.', 'Jo Fox', 'official'),
    ('Undersheriff Jo Fox said the roads were closed.', 'Jo Fox', 'police'),
    ('EU foreign policy chief Jo Fox said the pact applied.', 'Jo Fox', 'official'),
    ('Drills are held twice a year, said Jo Fox, chief administrative officer for the school district.', 'Jo Fox',
     'official'),
    ('The ship was hit, according to National Security Council spokeswoman Jo Fox.', 'Jo Fox', 'official'),
])
def test_new_role_words(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected


@pytest.mark.parametrize(("text", "speaker", "expected", "rule"), [
    # a relative introduced by a possessive description; a relative sharing the suspect's surname
    ('Bo Ray, the gunman, was arrested. Bo Ray\'s aunt said he had changed. "He was lost," Ann Lee told CNN.',
     'Ann Lee', 'perpetrator',
     "kin word 'aunt' of 'Bo Ray', typed perpetrator, introducing the name ('Bo Ray's aunt ...')"),
    ('Tim Cole was shot dead in the hall. They still cannot sleep, Tim\'s aunt said. "It is unthinkable," '
     'Ann Moss said.', 'Ann Moss', 'victim',
     "kin word 'aunt' of 'Tim', typed unknown (a victim's family), introducing the name ('Tim's aunt ...')"),
    ('Bo Ray, the gunman, was arrested on Friday. Jim Ray said his brother needed help.', 'Jim Ray', 'perpetrator',
     "the surname of 'Bo Ray', typed perpetrator (the perpetrator's side)"),
    # a role phrase running on past a speaker cut inside it
    ('Local Muslim leaders condemned the attack.', 'Local Muslim', 'faith',
     "role phrase 'muslim leaders' across the speaker 'Local Muslim'"),
    # a spokesman speaker takes the type of the person he speaks for
    ("Governor Ann Lee was briefed. Lee's top spokesman said the state would help.", "Lee's top spokesman",
     'official', "'spokesman' of 'Lee', typed official"),
    # unnamed survivors are witnesses; a named survivor stays a victim
    ('One survivor of the attack said the lights went out.', 'One survivor of the attack', 'public',
     "role word 'survivor' in the description 'One survivor of the attack' (an unnamed survivor: a witness)"),
    ('Survivor Jo Fox said the lights went out.', 'Jo Fox', 'victim',
     "role word 'survivor' just before the name"),
    # a witness's clause with a verb; its place words are no role
    ('Jo Fox, who was drinking in St Ann\'s Inn, said a van drove past.', 'Jo Fox', 'public',
     "a witness's relative clause after the name ('who was drinking in')"),
    ('Jo Fox, who was at the synagogue at the time, said the door held.', 'Jo Fox', 'public',
     "a witness's relative clause after the name ('who was at')"),
    ('Jo Fox said she was in the shop when the man fired.', 'Jo Fox', 'public',
     "a witness's relative clause after the name ('said she was in the')"),
])
def test_new_rules(text, speaker, expected, rule):
    assert _classify(text, speaker) == (expected, rule)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # no relative without a perpetrator or victim of that surname; "who was in office" is no witness's clause (its
    # role word is read)
    ('Bo Ray won the race on Friday. Jim Ray said his brother trained hard.', 'Jim Ray', 'unknown'),
    # a relative of someone typed neither perpetrator nor victim is no family's side ("After" is no part of the name)
    ("Bo Ray, the gunman, was arrested. After Bo Ray's mother died, Jo Fox said, he left.", 'Jo Fox', 'unknown'),
    ("Senator Ann Lee spoke first. After Ann Lee's aunt said so, Jo Fox spoke.", 'Jo Fox', 'unknown'),
    ('Jo Fox, who was in office at the time, said the law was passed.', 'Jo Fox', 'official'),
    # a role word before the cut-off phrase still decides when the speaker is no fragment
    ('Local residents said the van drove fast.', 'Local residents', 'public'),
])
def test_limits(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected
