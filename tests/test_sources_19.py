"""sources.yaml 1.9 and its coverage.sources rules: made-up sentences, exact type and evidence trail."""

from __future__ import annotations

import pytest
from _matching import classify_source as _classify
from _matching import version_info

from coverage.sources import SourceTypes, _post_stop


def test_the_built_in_file_is_version_1_9():
    assert version_info(SourceTypes.default().version) >= (1, 9)


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # local and federal titles
    ("Oldtown County Executive Jo Fox said the fair would go ahead.", "Jo Fox", "official"),
    ("City Manager Jo Fox said the roads were reopened.", "Jo Fox", "official"),
    ("Inspector General Jo Fox said the review would take a year.", "Jo Fox", "official"),
    ("The chief was replaced, the city said in a news release.", "the city", "official"),
    ("The DOJ said it would appeal the ruling.", "The DOJ", "official"),
    # police ranks, unions, reports and agents
    ("Chief of Department Jo Fox told reporters the officers were going home.", "Jo Fox", "police"),
    ("Jo Fox, the president of the Patrolmen's Benevolent Association, said the city had failed.", "Jo Fox", "police"),
    ("Jo Fox, who heads the Oldtown Police Officers Association, said morale was low.", "Jo Fox", "police"),
    ("FBI Supervisory Senior Resident Agent Jo Fox said a second person was sought.", "Jo Fox", "police"),
    ("He had filmed the crash, according to the police report. The report stated that he laughed.", "The report",
     "police"),
    # the military (hard case 18: security services)
    ("Oldtown Naval Air Station said the gate would stay closed.", "Oldtown Naval Air Station", "police"),
    ("The army spokesman, Maj. Gen. Jo Fox, said two posts were hit.", "Jo Fox", "police"),
    ("Jo Fox, the base commander, said the drill was cancelled.", "Jo Fox", "police"),
    # advocacy groups and monitors
    ("Rights groups said the arrests were unlawful.", "Rights groups", "organisation"),
    ("The Oldland Observatory for Human Rights said nine people were killed.", "Oldland Observatory", "organisation"),
    # retirees are the public
    ('"It was loud," said Jo Fox, a 76-year-old retiree.', "Jo Fox", "public"),
    # a phrase's inner word is no role word of its own ("general" of "secretary general")
    ("Jo Fox, deputy secretary general of the Oldtown Medical Association, said the staff were safe.", "Jo Fox",
     "organisation"),
])
def test_role_vocabulary(text, speaker, expected):
    assert _classify(text, speaker)[0] == expected


@pytest.mark.parametrize(("text", "speaker", "expected", "rule"), [
    # an apposition after a place's abbreviation runs on ("St. Oldtown")
    ("Jo Fox, a spokesman for the St. Oldtown County police, said the road was shut.", "Jo Fox", "police",
     "'police'"),
    # a quantifier cut from its head noun
    ("Many reports said the toll was higher.", "Many", "media", "right after the quantifier"),
    ("Some witnesses said the van did not stop.", "Some", "public", "right after the quantifier"),
    # "IS" in capitals is the Islamic State
    ("An IS spokesman said the group carried out the attack.", "An IS spokesman", "perpetrator", "Islamic State"),
    # a news account written as one word
    ("Dozens were hurt. — OldtownNews (@OldtownNews) May 1, 2020", "OldtownNews", "media", "news account"),
    # a transcript's capitalised name, written in title case elsewhere
    ("Jo Fox, a correspondent for the Oldtown Star, joins us.\n\nJO FOX: It was chaos at the gate.", "JO FOX",
     "media", "capitalised name"),
    # the head of a description, not the body after its preposition
    ("Experts in the law enforcement community said the risk was rising.",
     "Experts in the law enforcement community", "expert", "'experts'"),
    ("Residents near the police station said they heard two shots.", "Residents near the police station", "public",
     "'residents'"),
    # a title right before the name says more than a relative clause or a former role after it
    ("Mayor Jo Fox, who has clashed with the police union, said the officers were brave.", "Jo Fox", "official",
     "just before the name"),
    ('"It will get worse," said security analyst Jo Fox, a former FBI agent.', "Jo Fox", "expert",
     "just before the name"),
    # an apposition setting the scene is no description
    ("President Jo Fox, in an appearance on a late-night TV show, said the inquiry was fair.", "Jo Fox", "official",
     "just before the name"),
    # the medium of the words is no title
    ("In a Facebook post, Jo Fox said he was safe.", "Jo Fox", "unknown", "no role word"),
    ("In a CNN interview, Jo Fox said the doors were locked.", "Jo Fox", "unknown", "no role word"),
    # a country as the speaker is its government; not a surname, nor a place after "in" or "across"
    ("France said it would send troops to the region.", "France", "official", "state named for its government"),
    ("Sheriff Bo Israel said the deputy stayed outside. Israel said he was disappointed.", "Israel", "police",
     "'sheriff'"),
    ("Some voters in France said the vote was rigged.", "France", "unknown", "no role word"),
    # joint speakers: the first of them
    ("Senator Ann Lee met the mayor. Ann Lee and Jo Fox said they would vote for the bill.", "Ann Lee and Jo Fox",
     "official", "first of the speakers"),
    # relatives with no pronoun: the side of the nearest typed party before them
    ("The gunman, Bo Ray, was shot by police. Relatives said Ray had been withdrawn for months.", "Relatives",
     "perpetrator", "kin word 'relatives'"),
])
def test_rules(text, speaker, expected, rule):
    typ, why = _classify(text, speaker)
    assert typ == expected
    assert rule in why


@pytest.mark.parametrize(("text", "speaker", "not_expected"), [
    # words left out after the check on 2,000 ABP articles: an actor's agent, "Gen Z", General Motors
    ("His agent, Jo Fox, told the trade paper there was no comment.", "Jo Fox", "police"),
    ("Young voters of Gen Z told pollsters they would stay home.", "pollsters", "police"),
    ("General Motors said its new batteries use less cobalt.", "General Motors", "police"),
    # "Marine" is also a first name
    ("Marine Lebrun said the borders should close.", "Marine Lebrun", "police"),
])
def test_left_out(text, speaker, not_expected):
    assert _classify(text, speaker)[0] != not_expected


def test_post_stop_runs_past_a_place_abbreviation():
    rest = " a spokesman for the St. Oldtown County police, said"
    assert rest[:_post_stop(rest)] == " a spokesman for the St. Oldtown County police"
    rest = " a spokesman for the police. St. Oldtown was quiet"
    assert rest[:_post_stop(rest)] == " a spokesman for the police"
