"""sources.yaml 1.12 and its coverage.sources rule: made-up sentences, exact type and evidence trail."""

from __future__ import annotations

import pytest
from _matching import classify_source as _classify
from _matching import version_info

from coverage.sources import SourceTypes


def test_the_built_in_file_is_version_1_12():
    assert version_info(SourceTypes.default().version) >= (1, 12)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # a country's defense forces are the military (hard case 18: `police`)
    ("The Oldland Defense Forces said the border was calm.", "The Oldland Defense Forces", "police"),
    ("According to the IDF, the crossing was shut.", "the IDF", "police"),
    # a photojournalist is media
    ("A local photojournalist said the square was empty.", "A local photojournalist", "media"),
    # a quote signed with a name and a publication: the writer, media
    ("Intro.\n\n“The river was never tamed.” — Oren Tal, the Harbor Ledger\n\nNext\n", "Oren Tal", "media"),
    ("Intro.\n\n“The river was never tamed.” — Oren Tal, Financial Times\n", "Oren Tal", "media"),
    # (a role word after the comma types the name as before; a name alone stays unknown)
    ("Intro.\n\n“The river was never tamed.” — Oren Tal, Mayor of Brookfield\n", "Oren Tal", "official"),
    ("Intro.\n\n“The river was never tamed.” — Oren Tal, Harbor County Sheriff\n", "Oren Tal", "unknown"),
    ("Intro.\n\n“The river was never tamed.” — Oren Tal\n", "Oren Tal", "unknown"),
    # a masthead, a call sign or a network's channel with the place it serves
    ("The fire spread, the Daily Ledger of Oldtown reported.", "Daily Ledger of Oldtown", "media"),
    ("The fire spread, FOX 9 of the Harbor Cities reported.", "FOX 9 of the Harbor Cities", "media"),
    ("The fire spread, WXYZ-TV of Oldtown reported.", "WXYZ-TV of Oldtown", "media"),
    # (not any body of a place)
    ("The rates rose, the Bank of Oldland said.", "Bank of Oldland", "unknown"),
])
def test_types(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected


def test_the_signed_rule_names_its_evidence():
    t = "Intro.\n\n“The river was never tamed.” — Oren Tal, the Harbor Ledger\n"
    assert _classify(t, "Oren Tal") == ("media", "a quote signed with a name and the publication 'the Harbor Ledger'")
