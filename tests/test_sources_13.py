"""sources.yaml 1.3 and its coverage.sources rules (issue 19): made-up sentences, exact type and evidence trail."""

from __future__ import annotations

import pytest
from _matching import classify_source as _classify
from _matching import version_info

from coverage.sources import SourceTypes


def test_the_built_in_file_is_version_1_3_or_later():
    assert version_info(SourceTypes.default().version) >= (1, 3)


@pytest.mark.parametrize(("text", "speaker", "expected", "rule"), [
    # a generic speaker is read with the body after it; a possessive role word is the role word
    ("A spokeswoman for the state prosecutor's office said so.", "A spokeswoman", "official",
     "role word 'prosecutor' in the body 'for ...' after 'spokeswoman'"),
    ("A spokesman for the Metropolitan Police said so.", "A spokesman", "police",
     "role word 'police' in the body 'for ...' after 'spokesman'"),
    # "office" is a generic head: the body it belongs to decides, else it is an official's office
    ("The sheriff's office said two people were hurt.", "The sheriff's office", "police",
     "role word \"sheriff's\" (the body of 'office') in the speaker \"The sheriff's office\""),
    ("Before the surgery, he was calm, his office said.", "his office", "official",
     "role word 'office' in the speaker 'his office'"),
    # "the officials" is read at its antecedent
    ("German intelligence officials had watched him. He was on a list, the officials said.", "the officials",
     "police", "role word 'intelligence officials' in the antecedent 'german intelligence officials' of "
     "'the officials'"),
    ("Two law enforcement officials said he was held. He told them so, according to one of the officials.",
     "one of the officials", "police",
     "role word 'law enforcement officials' in the antecedent 'two law enforcement officials' of "
     "'one of the officials'"),
    ("Officials said he was held. He told them so, the officials said.", "the officials", "official",
     "role word 'officials' in the speaker 'the officials'"),
    # a modifier extracted without its head
    ("He had been watched, according to German intelligence officials.", "German", "police",
     "role word 'intelligence officials' right after the speaker 'German'"),
    ("The men left by taxi, according to two U.S. officials.", "two U.S", "official",
     "role word 'officials' right after the speaker 'two U.S'"),
    # a pronoun's relative, at the nearest earlier perpetrator
    ("Bo Ray, 28, was charged with murder. After his release, his father told a radio station he was shocked.",
     "his father", "perpetrator", "kin word 'father' of the nearest earlier perpetrator 'Ray' (the perpetrator's "
     "side)"),
    # a name after a preposition or an introductory phrase is not described by the words before
    ("The gunman streamed the attack at the mosque to Oldbook. Oldbook said it removed the video.", "Oldbook",
     "unknown", "no role word near 'Oldbook'"),
    ("In the TV interview, Jo Fox said it never happened.", "Jo Fox", "unknown", "no role word near 'Jo Fox'"),
    # where the speaker was; a description of a named body introducing the name
    ('"It was chaos," said Jo Fox, who was in the departure hall when the bomb went off.', "Jo Fox", "public",
     "a witness's relative clause after the name ('who was in')"),
    ("Ann Lee saw the wounded carried out on stretchers.", "Ann Lee", "public",
     "a witness's relative clause after the name ('saw')"),
    ("Jo Fox, who was in office at the time, said so.", "Jo Fox", "official",
     "role word 'office' in the apposition after the name"),
    ('The imam of Oldtown Mosque said a police van was flagged down. Jo Fox told reporters: "We told them."',
     "Jo Fox", "faith", "role word 'imam' in the description introducing the name ('the imam of Oldtown Mosque "
     "...')"),
    # new words
    ("Jo Fox, a senior fellow at the Oldtown Institute, said so.", "Jo Fox", "expert",
     "role word 'senior fellow' in the apposition after the name"),
    ("House Intelligence Chairman Jo Fox said so.", "Jo Fox", "official",
     "role word 'intelligence chairman' just before the name"),
    ("An aide said the senator was resting.", "An aide", "official", "role word 'aide' in the speaker 'An aide'"),
    ("Paramedics said the victims were treated at the scene.", "Paramedics", "police",
     "role word 'paramedics' in the speaker 'Paramedics'"),
    ("Ann Lee, a passenger on the train, said so.", "Ann Lee", "public",
     "role word 'passenger' in the apposition after the name"),
    ("Protesters said the march would go on.", "Protesters", "public",
     "role word 'protesters' in the speaker 'Protesters'"),
    ("Community organizer Jo Fox said the vigil was peaceful.", "Jo Fox", "public",
     "role word 'community organizer' just before the name"),
    ("The assailant said nothing.", "The assailant", "perpetrator",
     "role word 'assailant' in the speaker 'The assailant'"),
])
def test_sources_1_3_rules_exact(text, speaker, expected, rule):
    assert _classify(text, speaker) == (expected, rule)
