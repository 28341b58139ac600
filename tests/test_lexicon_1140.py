"""Tests for framing lexicon 1.14.0 and religion rules 1.9.0: one rule round from the misses of former fresh sets 6 and 7
(invented sentences; each positive fails without its entry)."""

from __future__ import annotations

import pandas as pd
import pytest
from _matching import S, V, religion_frames, version_info
from _matching import frame_hits as _hits

import coverage
from coverage.errors import LexiconError
from coverage.families.framing import perpetrator_names
from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon
from coverage.text import tokenize


def test_version_1140():
    assert version_info(Lexicon.default().version) >= (1, 14, 0)
    assert version_info(ReligionRules.default().version) >= (1, 9, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # attack idiom
    ("Two deputies were ambushed at a gas station.", [("ambushed", "attack", V, 1.0)]),
    ("Armed men stormed the bank at noon.", [("armed men", "attack", V, 1.0), ("stormed the", "attack", V, 1.0)]),  # "armed men" since 1.23.0
    ("The night ended in a police standoff.", [("police standoff", "attack", V, 1.0)]),
    ("The rioters set two cars on fire.", [("rioters", "attack", V, 1.0), ("set * * on fire", "attack", V, 1.0)]),   # rioters: 1.19.0
    ("Both deputies fired their weapons.", [("fired their weapons", "attack", V, 1.0)]),
    ("A farmer was slightly hurt.", [("slightly hurt", "casualties", V, 1.0)]),
    # the perpetrator known to the authorities; negated, not counted like every perpetrator word
    ("The driver was known to the police for petty theft.", [("known to the police", "perpetrator", V, 1.0)]),
    ("The driver was not known to the police.", [("known to the police", "perpetrator", "", 0.0)]),
    # solidarity: lives given or risked, quick thinking, money for the families, holding firm
    ("Two guards put their lives on the line that night.", [("put their lives on the line", "courage", S, 0.5)]),
    ("The quick thinking of a cashier saved the day.", [("quick thinking", "courage", S, 0.5)]),
    ("Over $20,000 has been raised for the families.", [("raised for the families", "compassion", S, 1.0)]),
    ("The town will hold firm in the face of this.", [("hold firm in the face of", "defiance", S, 1.0)]),
    # giving in to fear, negated: defiance (before 1.14.0 'fear' counted as violence: 'give' breaks the negation scope)
    ("We must not give in to fear.", [("give in to fear", "defeat", S, 1.0)]),
])
def test_1140_fires(text, expected):
    assert _hits(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # exclusions: policy and procedure, the television ambush
    ("The district has a zero tolerance policy on phones.", []),
    ("Talks on a unity government resumed.", []),
    ("Workers must be able to speak without fear of reprisal.", []),
    ("The host was known for the ambush interview.", []),
    # "give in to" only with fear or hate: demands are politics, and the violence word stays in the violence frame
    ("The mayor will not give in to their demands.", []),
    ("We will not give in to violence.", [("violence", "attack", V, 1.0)]),
    # bare "standoff" is no entry (budget talks)
    ("The budget standoff dragged on.", []),
])
def test_1140_near_misses(text, expected):
    assert _hits(text) == expected


def test_1140_rules_held_out():
    # "ambushed" is held by two events (1.29.1, provenance per entry): kept when one is held out, dropped in its strict
    # variant; Garland, named for its family, holds it not and no longer drops it
    s = "Two deputies were ambushed."
    assert [h[0] for h in _hits(s, Lexicon.default(exclude_events={"iowa-police-ambush-2016"}))] == ["ambushed"]
    assert _hits(s, Lexicon.default(exclude_events={"iowa-police-ambush-2016"}, strict=True)) == []
    assert [h[0] for h in _hits(s, Lexicon.default(exclude_events={"garland-2015"}, strict=True))] == ["ambushed"]
    # a one-event entry is dropped when its event is held out
    m = "Over $20,000 has been raised for the families."
    assert _hits(m, Lexicon.default(exclude_events={"portland-train-2017"})) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Officers arrested 46-year-old Ola Brandt on Monday.", [("Brandt", "arrested 46-year-old Ola Brandt")]),
    ("The coroner identified the man as Per Lund Ekdahl.", [("Ekdahl", "identified the man as Per Lund Ekdahl")]),
    ("Police say Ola Brandt, 46, opened fire on the crowd.", [("Brandt", "Ola Brandt, 46, opened fire")]),
    ("Why Ola Brandt shot two clerks is unclear.", [("Brandt", "Why Ola Brandt shot")]),
    # the victim (passive harm), a place before the verb, a description joined by "and", no full name
    ("Ola Brandt, 46, was shot in the leg.", []),
    ("A student from Saudi Arabia opened fire.", []),
    ("A retired captain and African American shot by looters.", []),
    ("Brandt shot two clerks.", []),
])
def test_perpetrator_names_1140(text, expected):
    assert perpetrator_names(tokenize(text), Lexicon.default().named_perpetrator) == expected


def test_named_perpetrator_1140_in_later_sentences_and_explain():
    text = ("Officers arrested 46-year-old Ola Brandt on Monday. Brandt had worked at a bakery for years. "
            "His sister said he was quiet.")
    corpus = pd.DataFrame({"id": ["a1"], "outlet": ["X"], "text": [text], "title": ["T"]})
    an = coverage.analyze(corpus, exclude_boilerplate=False)
    assert an.sentences["violence"].gt(0).tolist() == [False, True, False]
    ev = an.explain("a1", "violence").table
    row = ev[ev["term"] == "named perpetrator"]
    assert row["sentence"].tolist() == [1]
    assert "('arrested 46-year-old Ola Brandt')" in row["rule"].iloc[0]
    # each phrase has its own provenance: held out with its only event, the construction is gone
    held = Lexicon.default(exclude_events={"iowa-police-ambush-2016"})
    assert ("arrested",) not in held.named_perpetrator.before_name
    assert ("identified", "the", "man", "as") in held.named_perpetrator.before_name


def test_named_perpetrator_phrases_must_be_terms():
    spec = {"version": "1", "frames": {"violence": {"groups": {"perpetrator": {"reasoning": "r", "terms": ["gunman"]}}}},
            "named_perpetrator": {"frame": "violence", "group": "perpetrator", "nouns": ["gunman"], "from": ["scheme"],
                                  "after_name": [3]}}
    with pytest.raises(LexiconError, match="after_name"):
        Lexicon.from_yaml(spec)


@pytest.mark.parametrize(("text", "expected"), [
    # places of worship put under guard (the scheme); a call to kill a faith group; hiding in a place of worship
    ("The city ordered extra security at mosques.", [("mosques", "target", "extra security")]),
    ("A man threatened to kill Jews in the town.", [("Jews", "target", "kill")]),
    ("Villagers were hiding in the mosque.", [("mosque", "target", "hiding")]),
    # bare "security" is no cue
    ("There is usually no security at the synagogue.", [("synagogue", "neutral", "")]),
])
def test_religion_190_target(text, expected):
    assert religion_frames(text) == expected


def test_named_perpetrator_after_lead():
    text = ("The accused gunman had worked as a driver. Ola Brandt, 46, passed a background check. "
            "Brandt lived with his wife.")
    corpus = pd.DataFrame({"id": ["a1"], "outlet": ["X"], "text": [text], "title": ["T"]})
    an = coverage.analyze(corpus, exclude_boilerplate=False)
    assert an.sentences["violence"].gt(0).tolist() == [True, False, True]
    rule = an.explain("a1", "violence").table.query("term == 'named perpetrator'")["rule"].iloc[0]
    assert "('Ola Brandt, 46, after 'The accused gunman' in the sentence before')" in rule
    # only right after the lead, only with the age, and not when the lead names no perpetrator noun
    for other in ("The accused gunman had worked as a driver. It rained. Ola Brandt, 46, passed a check. Brandt left.",
                  "The accused gunman had worked as a driver. Ola Brandt passed a check. Brandt left.",
                  "The neighbours had worked as drivers. Ola Brandt, 46, passed a check. Brandt left."):
        an = coverage.analyze(corpus.assign(text=[other]), exclude_boilerplate=False)
        assert not an.sentences["violence"].iloc[-1] > 0, other
    # its own provenance: held out with all three of its events, the rule has no after_lead
    assert Lexicon.default().named_perpetrator.after_lead
    assert not Lexicon.default(exclude_events={"kalamazoo-2016"}, strict=True).named_perpetrator.after_lead
