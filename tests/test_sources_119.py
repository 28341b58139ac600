"""sources.yaml 1.19 and 1.20 and their coverage.sources rules (from the type errors of the development quote files,
sets 1 to 27): titles that were missing, appositions that were not read, a lawyer at the client's type, and, with no
role word anywhere, an age, "Dr." or "X reported." Made-up sentences, exact type and, where it matters, the rule."""

from __future__ import annotations

import pytest
from _matching import version_info

from coverage.sources import SourceTypes


def _classify(text: str, speaker: str) -> tuple[str, str]:
    start = text.rfind(speaker)
    return SourceTypes.default().classify(text, speaker, start, start + len(speaker))


def test_the_built_in_file_is_version_1_19():
    assert version_info(SourceTypes.default().version) >= (1, 19)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # vocabulary: federal and county prosecutors, one activist, UNICEF, news organisations
    ("U.S. Attorney Jo Fox said his office was involved.", "Jo Fox", "official"),
    ('"No," Elm County Prosecuting Attorney Jo Fox said in a statement.', "Jo Fox", "official"),
    ("Civil rights activist Jo Fox was at the scene and said he spoke with the family.", "Jo Fox", "public"),
    ("A quarter of the dead are children, according to UNICEF.", "UNICEF", "organisation"),
    ("Many news organizations pointed out that the channel had hired 900 people.", "Many news organizations",
     "media"),
    # near misses: an activist group is an organisation; "attorney general" stays an official
    ('"Bad," said Jo Fox of the activist group Oldtown Rights.', "Jo Fox", "organisation"),
    # appositions that were not read
    ("Jo Fox III, pastor at the Greater Oldtown Baptist Church, led the march. \"No,\" Fox said.", "Fox", "faith"),
    ("Oldtown Concern (OC), a watchdog group, reports the law.", "Oldtown Concern", "organisation"),
    ("Jo Fox, U.S. ambassador to the U.N., spoke. Fox condemned the attacks, she said.", "Fox", "official"),
    ('"Bad," said Jo Fox, the acting US attorney in Oldtown.', "Jo Fox", "official"),
    ('"Bad," said Jo Fox, Head of the ICRC delegation in Oldland.', "Jo Fox", "organisation"),
    ("Jo Fox, Senior Counsel with the ACLU of Oldtown, said the ban was unlawful.", "Jo Fox", "organisation"),
    ('Ann Lee was shot dead. "No," said Bo Ray, an uncle of Ann Lee.', "Bo Ray", "victim"),
    # near misses: a list of names, not a title; a verb after the comma; "retired" before a role word is left alone
    ('"Bad," said Ann Lee, Bo Ray of Oldtown and the mayor.', "Ann Lee", "unknown"),
    ('"Bad," said Jo Fox, heading to the Oldtown police station.', "Jo Fox", "unknown"),
    ('"Bad," said Jo Fox, a retired member of the Oldtown union.', "Jo Fox", "unknown"),
    # no role word anywhere: an age, "Dr.", "reported"
    ('"This government is bad," said 70-year-old Jo Fox.', "Jo Fox", "public"),
    ('"It was bad," said Jo Fox, a 47-year-old real estate entrepreneur.', "Jo Fox", "public"),
    ('"Bad," Dr. Jo Fox told the Oldtown Star.', "Jo Fox", "expert"),
    ("The gunman fled, the Oldtown Brief reported.", "Oldtown Brief", "media"),
    ("The gunman fled, KXYZ reported on Monday.", "KXYZ", "media"),
    # near misses: an age in a line above the name ("3 years old"), a role word beats "Dr.", a witness who "reported
    # hearing" something
    ("This article is more than 3 years old.\n\nJo Fox said the vote was close.", "Jo Fox", "unknown"),
    ('"Bad," said Mayor Dr. Jo Fox.', "Dr. Jo Fox", "official"),
    ("Jo Fox reported hearing shots.", "Jo Fox", "unknown"),
])
def test_sources_1_19_types(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected


def test_a_lawyer_takes_the_type_of_a_typed_client_and_says_so():
    text = ("Ann Lee, the suspect, was held without bail. Ann Lee's longtime lawyer, Jo Fox, said she is innocent. "
            '"She was at home," Fox said.')
    typ, rule = _classify(text, "Fox")
    assert typ == "perpetrator"
    assert rule.startswith("a lawyer for 'Ann Lee', typed perpetrator")
    text = "Jo Fox, an attorney for Mayor Ann Lee, said the mayor had done nothing wrong."
    assert _classify(text, "Jo Fox")[0] == "official"
    # the client has no role word: no decision from the lawyer rule (and nothing else here)
    text = "Jo Fox, an attorney for Ann Lee, said she had done nothing wrong."
    assert _classify(text, "Jo Fox") == ("unknown", "no role word near 'Jo Fox'")


def test_the_fallbacks_name_their_evidence():
    assert _classify('"Bad," said 70-year-old Jo Fox.', "Jo Fox")[1] == \
        "an age with the name 'Jo Fox' and no role word (a member of the public)"
    assert _classify('"Bad," Dr. Jo Fox told the Star.', "Jo Fox")[1] == \
        "'Dr.' before the name 'Jo Fox' and no role word (an expert)"
    assert _classify("The gunman fled, the Oldtown Brief reported.", "Oldtown Brief")[1] == \
        "'Oldtown Brief' reported, and no role word (a news outlet or reporter)"


# -- sources.yaml 1.20 -------------------------------------------------------------------------------------------------


def test_the_built_in_file_is_version_1_20():
    assert version_info(SourceTypes.default().version) >= (1, 20)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # a possessive lawyer or legal team takes the typed client's type
    ('Amber Fox, the suspect, was charged. "She was in uniform," Fox\'s lawyers said.', "Fox's lawyers", "perpetrator"),
    ("Mayor Ann Lee was questioned. Ann Lee's legal team said the inquiry was political.", "Ann Lee's legal team",
     "official"),
    ("Jo Fox, the gunman, was charged. His defense team told reporters he would appeal.", "His defense team",
     "perpetrator"),
    # near misses: an untyped client decides nothing; "her lawyers" and "the defense" are no role words
    ("Ann Lee was questioned. Ann Lee's attorneys said the inquiry was political.", "Ann Lee's attorneys", "unknown"),
    ("Ann Lee was questioned. Her lawyers said the inquiry was political.", "Her lawyers", "unknown"),
    ("The figures were released by the Defense Department.", "the Defense Department", "official"),
])
def test_sources_1_20_types(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected
