"""sources.yaml 1.16 and its coverage.sources rule: made-up sentences, exact type."""

from __future__ import annotations

import pytest
from _matching import classify_source as _classify
from _matching import version_info

from coverage.sources import SourceTypes


def test_the_built_in_file_is_version_1_16():
    assert version_info(SourceTypes.default().version) >= (1, 16)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # humanitarian and press-freedom groups by name are organisations, not the experts of "doctors" or media
    ("Médecins Sans Frontières said the ward in Elmtown was hit.", "Médecins Sans Frontières", "organisation"),
    # near miss: doctors alone stay experts
    ("Doctors said the ward in Elmtown was full.", "Doctors", "expert"),
    # an Olympic committee and a press-relations head are organisations
    ("The IOC said the letter sent to Elmland was no threat.", "The IOC", "organisation"),
    ("Bo Tran, head of media relations at Elmco, said the letter was no threat.", "Bo Tran", "organisation"),
    # a court and the prosecution are officials
    ("The appeals court said the law was void.", "The appeals court", "official"),
    ("The prosecution argued that Bo Tran lied.", "The prosecution", "official"),
    # near misses: a court reporter is media; a man who appeared in court has no role word
    ("Bo Tran, a court reporter, said the jury left.", "Bo Tran", "media"),
    ("Bo Tran, who appeared in court on Monday, said he was innocent.", "Bo Tran", "unknown"),
    ("Bo Tran, whose case went to the Supreme Court, said he was glad.", "Bo Tran", "unknown"),
    # a masthead word joined to another is a newspaper; "the Monitor" after its full name
    ("The Elmtown Star-Telegram reported that the mayor left.", "The Elmtown Star-Telegram", "media"),
    ("The Oldtown StarTribune reported that the mayor left.", "The Oldtown StarTribune", "media"),
    ("The Elm City Post-Dispatch reported that the mayor left.", "The Elm City Post-Dispatch", "media"),
    ("The mayor left, the Monitor reported.", "the Monitor", "media"),
    # near miss: a hyphenated surname with no masthead word stays unknown
    ("Ann Post-Smith said that the mayor left.", "Ann Post-Smith", "unknown"),
])
def test_types(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected
