"""sources.yaml 1.7 and its coverage.sources rules: made-up sentences, exact type and evidence trail."""

from __future__ import annotations

import pytest
from _matching import classify_source as _classify
from _matching import version_info

from coverage.sources import SourceTypes


def test_the_built_in_file_is_version_1_7():
    assert version_info(SourceTypes.default().version) >= (1, 7)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # police unions and associations
    ("The Oldtown Police Benevolent Association said its officers acted fast.",
     "The Oldtown Police Benevolent Association", "police"),
    ("Jo Fox of the Oldtown police union said the officers were safe.", "Jo Fox of the Oldtown police union", "police"),
    # federal agencies
    ("Flights were held on the ground, the FAA said.", "FAA", "official"),
    ("The CDC said the risk to travellers was low.", "CDC", "official"),
    ("EPA chief Jo Fox said the rule would stand.", "Jo Fox", "official"),
    # news outlets
    ("Vox's Jo Fox explained that the law had changed.", "Vox's Jo Fox", "media"),
    ("Haaretz reported that the border was closed.", "Haaretz", "media"),
    # companies and their officers, archives and databases
    ("Jo Fox, executive vice president of Oldco, said the plant would reopen.", "Jo Fox", "organisation"),
    ("Jo Fox, a senior vice president at Oldco, said sales fell.", "Jo Fox", "organisation"),
    ("The Oldtown hotel chain said 40 guests had left.", "The Oldtown hotel chain", "organisation"),
    ("According to the Oldland Shooting Archive, it was the tenth attack.", "Oldland Shooting Archive", "organisation"),
    ("According to the Oldtown Terrorism Database, at least 40 people died.", "Oldtown Terrorism Database",
     "organisation"),
])
def test_new_role_words(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected


@pytest.mark.parametrize(("text", "speaker", "expected", "rule"), [
    # a place taken for the speaker after the body or people it follows
    ("Police in Oldtown said the mosque was shut.", "Oldtown", "police",
     "role word 'police' right before the place 'Oldtown' the speaker was taken for"),
    ("The U.S. Embassy in Oldtown condemned the attack.", "Oldtown", "official",
     "role word 'embassy' right before the place 'Oldtown' the speaker was taken for"),
    ("Some observers in Oldland have said the nation is united.", "Oldland", "expert",
     "role word 'observers' right before the place 'Oldland' the speaker was taken for"),
    # a broadcaster's call sign
    ("According to WXYZ, the family released a statement.", "WXYZ", "media", "a broadcaster's call sign 'WXYZ'"),
    # a bare quantifier after the people it counts among
    ("Several residents said the blast shook their homes. Others said they heard nothing.", "Others", "public",
     "a bare quantifier 'Others' after the people it counts among ('residents' before it)"),
    # a full name with no role word who heard or saw the attack
    ("Jo Fox was at his desk when he heard a loud bang. He ran.", "Jo Fox", "public",
     "the speaker heard or saw the event ('was at his desk when he heard a') and no role word"),
    ("Jo Fox said he drove up and saw two police cars.", "Jo Fox", "public",
     "the speaker heard or saw the event ('said he drove up and saw two') and no role word"),
    # "NAME of the BODY" describes a full name (not after a title, not "Bo Ray's State of the Union")
    ("Jo Fox of the Oldtown police union said the attackers fled.", "Jo Fox", "police",
     "role word 'police union' in the apposition after the name"),
    ("Iran expert Jo Fox of the Oldland Group puts the odds at half.", "Jo Fox", "expert",
     "role word 'expert' just before the name"),
])
def test_new_rules(text, speaker, expected, rule):
    assert _classify(text, speaker) == (expected, rule)


def test_quantifiers_and_places_stay_undecided_without_people_or_a_role_phrase():
    # a bare quantifier after officials or a single person is not the public
    text = "Many Republicans backed the bill. Others said it went too far."
    assert _classify(text, "Others")[0] != "public"
    assert _classify("An evil man, the critics said. But many complain.", "many")[0] == "unknown"
    # "in" after a word that is no role word
    assert _classify("The meeting in Oldtown ended early.", "Oldtown")[0] == "unknown"
    assert _classify("The director in July said she had erred.", "July")[0] == "unknown"
    # "heard" without the event words, and a name with a role word keeps it
    assert _classify("Jo Fox said he heard nothing.", "Jo Fox")[0] == "unknown"
    assert _classify("Senator Jo Fox said he saw the report.", "Jo Fox")[0] == "official"
    # a masthead-like acronym of a body is no call sign
    assert _classify("WADA said the tests were clean.", "WADA")[0] != "media"
