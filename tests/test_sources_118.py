"""sources.yaml 1.18 and its coverage.sources rules (round 39, from the type errors of former fresh set 21):
"activists" are the public, a university's name as the whole speaker is an organisation, and an infinitive after a
name is no apposition. Made-up sentences, exact type."""

from __future__ import annotations

import pytest
from _matching import version_info

from coverage.sources import SourceTypes


def test_the_built_in_file_is_version_1_18():
    assert version_info(SourceTypes.default().version) >= (1, 18)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # activists as people are the public; their group is an organisation
    ("Activists said the shelling went on all night.", "Activists", "public"),
    # near miss: "group" names the organisation
    ("An activist group said the shelling went on all night.", "An activist group", "organisation"),
    # a university by its name alone speaks for itself
    ("Elm State University said classes will resume on Monday.", "Elm State University", "organisation"),
    ("The University of Oldtown said classes will resume on Monday.", "The University of Oldtown", "organisation"),
    # near misses: a person of the university, a poll of it
    ("Ann Lee of Elm State University said the poll was close.", "Ann Lee of Elm State University", "unknown"),
    ("An Elm State University poll said the race was close.", "An Elm State University", "unknown"),
    # an infinitive after the name is no apposition: the role word before the name decides
    ("A week was set for the region's top official, Tan Wei-ling, to answer the residents' letter.", "Tan Wei-ling",
     "official"),
    # near miss: a true apposition after the name
    ("Tan Wei-ling, one of the residents, said the week had passed.", "Tan Wei-ling", "public"),
])
def test_round_39_types(text, speaker, expected):
    start = text.find(speaker)
    assert SourceTypes.default().classify(text, speaker, start, start + len(speaker))[0] == expected
