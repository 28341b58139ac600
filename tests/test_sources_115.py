"""sources.yaml 1.15 and its coverage.sources rule: made-up sentences, exact type."""

from __future__ import annotations

import pytest
from _matching import classify_source as _classify
from _matching import version_info

from coverage.sources import SourceTypes


def test_the_built_in_file_is_version_1_15():
    assert version_info(SourceTypes.default().version) >= (1, 15)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # a (UN special) rapporteur is an official
    ("UN rapporteur Bo Tran, who looked into the killing, said the trial was unfair.", "Bo Tran", "official"),
    ("Bo Tran, the UN special rapporteur on torture, said the trial was unfair.", "Bo Tran", "official"),
    # near miss: a reporter is no rapporteur
    ("Reporter Bo Tran said the trial was unfair.", "Bo Tran", "media"),
    # "a spokesman for X" (the speaker coverage.quotes gives since its round 36) takes X's type, as "X's spokesman"
    ("Senator Bo Tran spoke on Monday. A spokesman for Bo Tran said the plan was fine.", "A spokesman for Bo Tran",
     "official"),
    # near miss: a body with no role word stays the spokesperson's own type
    ("A spokesperson for Elmco said the plan was fine.", "A spokesperson for Elmco", "organisation"),
])
def test_types(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected
