"""Tests for coverage.quotes round 45, written from the speaker errors of set 41 after it became development data
("R-Iowa" for the senator named before it) and checked on the 42 development quote files and the first 3,000 ABP rows:
a party tag in apposition after a name ("Sen. Ann Lee, R-Utah, said", "Sen. Ann Lee, a Missouri Democrat backing the
governor, said") is no speaker; the name before it is, without its title.
"""

from __future__ import annotations

from coverage.quotes import extract_quotes


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_party_and_state_tag_gives_the_name_before_it():
    # before: "R-Utah"
    assert speakers('"We need the money," Sen. Ann Lee, R-Utah, top Republican on the finance panel, said.') == [
        "Ann Lee"]
    assert speakers("Sen. Ann Lee, R-Utah, top Republican on the finance panel, said the bill was late.") == ["Ann Lee"]


def test_a_state_and_party_description_in_apposition_gives_the_name_before_it():
    # before: "Missouri Democrat"
    t = "Sen. Ann Lee, a Missouri Democrat backing the governor, said on Monday that the bill was late."
    assert speakers(t) == ["Ann Lee"]


def test_a_description_with_no_name_before_it_stays():
    # near misses: "the Ohio Republican said", "said an Iowa Republican" are descriptions, kept as written
    assert speakers('"It is over," the Ohio Republican said.') == ["Ohio Republican"]
    assert speakers('"It is over," said an Iowa Republican.') == ["an Iowa Republican"]
