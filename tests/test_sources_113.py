"""sources.yaml 1.13 and its coverage.sources rule: made-up sentences, exact type and evidence trail."""

from __future__ import annotations

import pytest
from _matching import classify_source as _classify
from _matching import version_info

from coverage.sources import SourceTypes


def test_the_built_in_file_is_version_1_13():
    assert version_info(SourceTypes.default().version) >= (1, 13)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # a bureau of investigation is police
    ("The van was found, according to the Elmland Bureau of Investigation.", "Elmland Bureau of Investigation",
     "police"),
    # a rider (of a ride service) is the public
    ("Rider Bo Tran tweeted that she paid $90.", "Rider Bo Tran", "public"),
    ("Some riders claimed that prices tripled.", "Some riders", "public"),
    # a role phrase whose last word is possessive: "Al Jazeera's Bo Tran"
    ("Reporting from Elmtown, Al Jazeera's Bo Tran said the march was calm.", "Al Jazeera's Bo Tran", "media"),
    # (not before a common noun: "Al Jazeera's coverage")
    ("Thanks to Al Jazeera's coverage, Bo Tran said the march was calm.", "Bo Tran", "unknown"),
])
def test_types(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected


def test_a_possessive_phrase_before_a_common_noun_is_no_crowd():
    # near miss of the possessive phrase: "the city's budget" does not make "others" officials
    t = "Some residents say the plan is fine due to the city's new budget. But others say it is not."
    assert _classify(t, "others")[0] == "public"
