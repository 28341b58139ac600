"""sources.yaml 1.14 and its coverage.sources rule: made-up sentences, exact type."""

from __future__ import annotations

import pytest
from _matching import classify_source as _classify
from _matching import version_info

from coverage.sources import SourceTypes


def test_the_built_in_file_is_version_1_14():
    assert version_info(SourceTypes.default().version) >= (1, 14)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # a prosecution lawyer is a prosecutor
    ("Prosecution lawyer Bo Tran said the men plotted an attack.", "Bo Tran", "official"),
    # a masthead "Daily" or a speaker ending in "daily" is a newspaper ...
    ("The visit was brave, the Elmland Daily said.", "the Elmland Daily", "media"),
    ("The headline was stark, and the Oldtown daily said the crash was a shame.", "the Oldtown daily", "media"),
    # ... not a daily poll, nor the adverb near a name
    ("The rate is 50 percent, according to the latest Elm daily tracking poll.", "the latest Elm daily tracking poll",
     "unknown"),
    ("Bo Tran, who walks daily, said it was calm.", "Bo Tran", "unknown"),
    # a police captain is police; a team's captain and a bare "Capt." (a ship's) are not
    ("Retired Elmtown police captain Bo Tran said the road was shut.", "Bo Tran", "police"),
    ("Team captain Bo Tran said the match was tough.", "Bo Tran", "unknown"),
    ("Capt. Bo Tran of the Elm Shipping Line said the strait was safe.", "Capt. Bo Tran", "unknown"),
    # a platform name in a run of share buttons is no title ...
    ("Facebook Twitter Pinterest Bo Tran waves to the crowd\n\nBo Tran said the town would recover.", "Bo Tran",
     "unknown"),
    # ... a list of platforms is ("officials from Facebook, Twitter and Elmsoft"), as is a platform's own role
    ("Last year officials from Facebook, Twitter and Elmsoft testified before the panel.", "Elmsoft", "organisation"),
    ("Facebook spokesman Bo Tran said the post was removed.", "Bo Tran", "organisation"),
])
def test_types(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected


def test_a_corpus_override_wins_over_the_daily_masthead_rule():
    # the user's per-corpus type is read before any built-in rule, the "Daily" masthead rule too
    st = SourceTypes.extended({"speakers": {"Daily Show host Bo Tran": "public"}})
    text = "The joke landed, Daily Show host Bo Tran said."
    assert st.classify(text, "Daily Show host Bo Tran")[0] == "public"
    assert "corpus override" in st.classify(text, "Daily Show host Bo Tran")[1]
    assert SourceTypes.default().classify(text, "Daily Show host Bo Tran")[0] == "media"
