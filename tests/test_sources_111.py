"""sources.yaml 1.11 and its coverage.sources rule: made-up sentences, exact type and evidence trail."""

from __future__ import annotations

import pytest
from _matching import classify_source as _classify
from _matching import version_info

from coverage.sources import SourceTypes


def test_the_built_in_file_is_version_1_11():
    assert version_info(SourceTypes.default().version) >= (1, 11)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # the Pentagon is the government (the scheme: "Pentagon officials `official`"), over a rank before the name
    ('"They split up," U.S. Navy Rear Adm. Jo Fox, the Pentagon press secretary, said.', "Jo Fox", "official"),
    ("Pentagon officials told reporters the drops would go on.", "Pentagon officials", "official"),
    ("Jo Fox, a Pentagon spokesman, said the strikes were over.", "Jo Fox", "official"),
    # a mob is the attackers' side
    ("The mob shouted slogans as it stormed the gate.", "The mob", "perpetrator"),
    # a masthead word alone after "the"
    ("According to the Post, the bottles cracked.", "the Post", "media"),
    ("The Globe reported that the deal was off.", "The Globe", "media"),
    # (not a social-media post)
    ("The post said the mayor should resign.", "The post", "unknown"),
    # a relative after a quote: the names inside the quote own no relative
    ('Jim Lee was killed in Oldland on Tuesday. "We are proud of our son Jim," his mother, Diane, said.', "Diane",
     "victim"),
    ('A video showed Jim Lee being beheaded. "He gave his life for the Oldland people," his mother, Diane, said.',
     "Diane", "victim"),
])
def test_types(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected


def test_the_masthead_rule_names_its_evidence():
    assert _classify("According to the Post, the bottles cracked.", "the Post") == (
        "media", "the name of a newspaper, broadcaster or news agency 'the Post'")
