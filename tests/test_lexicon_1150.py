"""Tests for framing lexicon 1.15.0 and religion rules 1.10.0: one rule round from the misses of former fresh set 8 and the
other development events, aimed at general families of expressions (grief and tributes to the dead, sacrifice, help for the
wounded, weapons drawn, the scene of destruction). The sentences are invented; each positive fails without its entry, and
each near miss is a use that the ABP precision check or the development labels kept out."""

from __future__ import annotations

import pandas as pd
import pytest
from _matching import S, V, religion_frames, version_info
from _matching import frame_hits as _hits

import coverage
from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon


def test_version_1150():
    assert version_info(Lexicon.default().version) >= (1, 15, 0)
    assert version_info(ReligionRules.default().version) >= (1, 10, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # tributes to the dead as a relative or friend
    ("Her sister called him a wonderful father and the love of her life.",
     [("wonderful father", "mourning", S, 1.0), ("love of her life", "mourning", S, 1.0)]),
    ("The family said the town had suffered an unimaginable loss.", [("unimaginable loss", "mourning", S, 1.0)]),
    ("The coach will be sorely missed.", [("will be sorely missed", "mourning", S, 1.0)]),
    ("My heart is so heavy tonight.", [("heart is so heavy", "mourning", S, 1.0)]),
    ("The nurse was remembered as a gentle and generous neighbour.", [("was remembered as", "mourning", S, 1.0)]),
    ("Friends said he had a heart of gold.", [("heart of gold", "mourning", S, 1.0)]),
    ("A nurse described him as kind-hearted.", [("kind-hearted", "mourning", S, 1.0)]),
    ("His legacy will live on.", [("will live on", "mourning", S, 1.0)]),
    ("RIP, Officer Dana.", [("RIP", "mourning", S, 1.0)]),
    ("A page was set up to honor the fallen officers.", [("honor the fallen", "mourning", S, 1.0)]),
    # funeral rites and commemoration
    ("The crowd fell silent as the names were read.",   # 1.16.0: "names were read" is an entry too
     [("fell silent", "mourning", S, 1.0), ("names were read", "mourning", S, 1.0)]),
    ("Pallbearers carried him out as church bells tolled.",
     [("pallbearers", "mourning", S, 1.0), ("bells tolled", "mourning", S, 1.0)]),
    # sacrifice and courage (the courage group weighs 0.5)
    ("The sergeant made the ultimate sacrifice.", [("ultimate sacrifice", "courage", S, 0.5)]),
    ("We lost one of our finest on Sunday.", [("lost one of our finest", "courage", S, 0.5)]),

    ("The guard risked his own life for strangers.", [("risked his own life", "courage", S, 0.5)]),
    ("The clerk said the boy saved my daughter's life.", [("saved * * life", "courage", S, 0.5)]),
    # help, support, unity, defiance
    ("Volunteers were helping the victims in the lobby.", [("helping the victims", "compassion", S, 1.0)]),
    ("Tributes poured in from around the country.", [("tributes poured in", "compassion", S, 1.0)]),

    ("Stay strong, Bergen.", [("stay strong", "defiance", S, 1.0)]),
    # violence: weapons drawn or carried, vehicles, sprees, devices, the wounded, the scene, acts of war
    ("The man pulled out a knife on the platform.", [("pulled out a knife", "attack", V, 1.0)]),
    ("He was seen brandishing a machete.", [("brandishing", "attack", V, 1.0), ("machete", "attack", V, 1.0)]),
    ("There is a kid with a gun in the hallway.", [("kid with a gun", "attack", V, 1.0)]),
    ("The driver ran over several pedestrians.", [("ran over * pedestrians", "attack", V, 1.0)]),
    ("It was the third shooting spree this year.", [("shooting spree", "attack", V, 1.0)]),
    ("Officers found an improvised device under a seat.", [("improvised device", "attack", V, 1.0)]),
    ("Two women were carried out on stretchers.", [("on stretchers", "casualties", V, 1.0)]),
    ("Two officers suffered burns.", [("suffered burns", "casualties", V, 1.0)]),
    ("A bus stop was found mangled on the corner.", [("found mangled", "attack", V, 1.0)]),
    ("Airstrikes hit the town overnight.", [("airstrikes", "attack", V, 1.0)]),
    ("A witness said the man punched a guard.", [("punched", "attack", V, 1.0)]),
])
def test_1150_fires(text, expected):
    assert _hits(text, counted_only=True) == expected


@pytest.mark.parametrize("text", [
    # kin words without a tribute, losses in elections, names, legacies of the living, a finest official
    "He is my best friend.",
    "The election was a devastating loss for the party.",
    "The Bright Star exercise was cancelled.",
    "The law will be remembered as a turning point.",
    "He was one of our finest secretaries of the Treasury.",
    # figurative or everyday uses of the new violence words
    "The project ran over budget.",
    "The meeting ran over some of the details.",
    "He mangled the quote.",
    "It was a bullet point in the memo.",
    "The deal was a punching bag for critics.",
    "The gun sale went through.",
    "Senators debated the torture report.",
    # left out after the ABP check or the development labels
    "Police officers stand guard outside the court.",
    "The economy stays strong.",
    "She has gaps in her memory.",
    "The planet began to heal.",
    "The campaign used crowdfunding.",
    "She will forgive the debt.",
    "Voters will never forget this.",
    # kept out as in earlier rounds: candidates' portraits, sadness over a ruling
    "The senator is a loving father of three.",
    "She was deeply saddened by the ruling.",
])
def test_1150_near_misses(text):
    assert _hits(text, counted_only=True) == []


@pytest.mark.parametrize(("text", "expected"), [
    # no new solidarity phrase takes a violence word by the longest match ("died / shot protecting", "honor the dead",
    # "tending to the wounded" are no entries)
    ("The teacher was shot protecting her pupils.", [("shot", "attack", V, 1.0)]),
    ("A page was set up to honor the dead.", [("dead", "casualties", V, 0.5)]),
    ("Volunteers were tending to the wounded.", [("wounded", "casualties", V, 1.0)]),
])
def test_1150_violence_words_kept(text, expected):
    assert _hits(text, counted_only=True) == expected


def test_1150_rules_held_out():
    # "ultimate sacrifice" was named for four events, but only Benghazi's labelled sentences hold it (1.29.1, provenance
    # per entry): dropped when Benghazi is held out
    s = "The sergeant made the ultimate sacrifice."
    assert _hits(s, Lexicon.default(exclude_events={"benghazi-2012"})) == []
    assert _hits(s, Lexicon.default(exclude_events={"benghazi-2012"}, strict=True)) == []
    # a one-event family is dropped when its event is held out
    k = "Her sister called him a wonderful father."
    assert _hits(k, Lexicon.default(exclude_events={"ouagadougou-2016"})) == []
    # a `vocabulary` entry stays in every variant
    r = "His legacy will live on."
    assert [h[0] for h in _hits(r, Lexicon.default(exclude_events={"ouagadougou-2016"}, strict=True))] == ["will live on"]


def test_1150_explain_names_the_entry():
    text = "Friends called the sergeant a doting father. He made the ultimate sacrifice. A kid with a gun ran inside."
    corpus = pd.DataFrame({"id": ["a1"], "outlet": ["X"], "text": [text], "title": ["T"]})
    an = coverage.analyze(corpus, exclude_boilerplate=False)
    assert an.sentences["solidarity"].gt(0).tolist() == [True, True, False]
    assert an.sentences["violence"].gt(0).tolist() == [False, False, True]
    sol = an.explain("a1", "solidarity").table
    assert sol["term"].tolist() == ["doting father", "ultimate sacrifice"]
    assert "'doting father' (solidarity/mourning)" in sol["rule"].iloc[0]
    vio = an.explain("a1", "violence").table
    assert vio["term"].tolist() == ["kid with a gun"]


@pytest.mark.parametrize(("text", "expected"), [
    # a person's own faith, sectarian division, missionaries: references (frames by the existing rules)
    ("Her husband's work was an extension of his faith.", [("his faith", "neutral", "")]),
    ("Sectarian divisions deepened last year.", [("Sectarian", "neutral", "")]),
    ("An American missionary was among the dead.", [("missionary", "neutral", "")]),
    # the hyphenated compounds of Islamic State and ISIS name the group: attribution
    ("A site linked to Islamic State-affiliated fighters posted the claim.",
     [("Islamic State-affiliated", "attribution", "Islamic State-affiliated")]),
    ("ISIS-linked fighters held the bridge.", [("ISIS-linked", "attribution", "ISIS-linked")]),
    # fighters named by the faith (attribution by definition), religious dress, the Koran's adjective, rabbinical
    ("He called himself a mujahedeen.", [("mujahedeen", "attribution", "mujahedeen")]),
    ("A man shouted at a student wearing a hijab.", [("hijab", "neutral", "")]),
    ("The hostages were made to recite Koranic verses.", [("Koranic", "neutral", "")]),
    ("A rabbinical student was stabbed.", [("rabbinical", "neutral", "")]),
    ("The flood was of biblical proportions.", []),
    # trust in something, and the idiom "missionary zeal", are no references
    ("He kept his faith in the courts.", []),
    ("The firm showed missionary zeal.", []),
])
def test_religion_1100(text, expected):
    assert religion_frames(text) == expected


def test_religion_1100_held_out():
    s = "Sectarian divisions deepened last year."
    assert religion_frames(s, ReligionRules.default(exclude_events={"gwadar-2019"})) == [("Sectarian", "neutral", "")]
    assert religion_frames(s, ReligionRules.default(exclude_events={"gwadar-2019"}, strict=True)) == []
