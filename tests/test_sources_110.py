"""sources.yaml 1.10: the countries that stand for their governments are data (``states``), not code."""

from __future__ import annotations

import pytest
from _matching import version_info

from coverage.errors import LexiconError
from coverage.sources import SourceTypes

TEXT = "France said it would send troops. Ruritania said it would not."
FRANCE = (0, 6)
RURITANIA = (34, 43)
MINIMAL = {"version": "mine", "types": {"official": {"label": "Officials", "words": ["minister"]}}}


def _type(st: SourceTypes, span: tuple[int, int]) -> tuple[str, str]:
    a, b = span
    return st.classify(TEXT, TEXT[a:b], a, b)


def test_the_built_in_file_is_version_1_10_and_lists_the_states():
    st = SourceTypes.default()
    assert version_info(st.version) >= (1, 10)
    assert {"france", "united states", "u.s.", "the netherlands", "sri lanka"} <= st.states
    assert _type(st, FRANCE) == ("official", "a state named for its government 'France'")
    assert _type(st, RURITANIA) == ("unknown", "no role word near 'Ruritania'")


def test_a_file_without_states_keeps_the_built_in_list_and_an_empty_list_turns_the_rule_off():
    assert SourceTypes.from_yaml(MINIMAL).states == SourceTypes.default().states
    assert _type(SourceTypes.from_yaml(MINIMAL), FRANCE)[0] == "official"
    off = SourceTypes.from_yaml({**MINIMAL, "states": []})
    assert off.states == frozenset()
    assert _type(off, FRANCE) == ("unknown", "no role word near 'France'")


def test_a_users_states_replace_or_extend_the_built_in_ones():
    own = SourceTypes.from_yaml({**MINIMAL, "states": ["Ruritania"]})
    assert _type(own, RURITANIA) == ("official", "a state named for its government 'Ruritania'")
    assert _type(own, FRANCE)[0] == "unknown"
    more = SourceTypes.extended({"states": ["ruritania"]})
    assert _type(more, RURITANIA)[0] == "official" and _type(more, FRANCE)[0] == "official"


def test_without_an_official_type_no_state_is_typed():
    st = SourceTypes.from_yaml({"types": {"police": {"words": ["police"]}}, "states": ["france"]})
    assert _type(st, FRANCE)[0] == "unknown"


@pytest.mark.parametrize("bad", ["france", [""], [3], {"france": "official"}])
def test_states_must_be_a_list_of_names(bad):
    with pytest.raises(LexiconError, match=r"<dict>: 'states' must be a list of country names"):
        SourceTypes.from_yaml({**MINIMAL, "states": bad})
