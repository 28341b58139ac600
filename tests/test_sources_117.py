"""sources.yaml 1.17 and its coverage.sources rule (round 38): a country named alone as the speaker is its government
also when the article names something longer ending in it that is no person. Made-up sentences, exact type."""

from __future__ import annotations

import pytest
from _matching import version_info

from coverage.sources import SourceTypes


def test_the_built_in_file_is_version_1_17():
    assert version_info(SourceTypes.default().version) >= (1, 17)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # a news agency or an airline with the country's name in it is no person whose surname the country would be
    ("Agence France-Presse reported the raid. France said it sent two ships to the coast.", "France", "official"),
    ("Ten Air France crew members left the hotel. France said it sent two ships to the coast.", "France", "official"),
    ("Voters in New Mexico went to the polls. Mexico said it would buy more grain.", "Mexico", "official"),
    # near miss: a person whose surname is a country's name ("Sheriff Scott Israel") is that person (the sheriff), no state
    ("Sheriff Scott Israel spoke first. Israel said the school was safe.", "Israel", "police"),
])
def test_a_country_named_alone(text, speaker, expected):
    start = text.rfind(speaker)  # the speaker's own mention, the last one
    assert SourceTypes.default().classify(text, speaker, start, start + len(speaker))[0] == expected
