"""Tests for framing lexicon 1.9.0 and religion rules 1.6.0: one rule round from the 56 development events, judged
by the strict leave-one-event-out figure (word families attested in three or more events, two scheme readings, the
perpetrator named earlier in the article, the article as context of the target frame)."""

from __future__ import annotations

import pandas as pd
import pytest
from _matching import S, V, frame_hits, version_info

import coverage
from coverage.families.framing import FramingFamily, perpetrator_names
from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon
from coverage.text import tokenize


def _hits(text: str, lexicon=None):
    return frame_hits(text, lexicon, counted_only=True)


def test_versions_190_160():
    assert version_info(Lexicon.default().version) >= (1, 9, 0)
    assert version_info(ReligionRules.default().version) >= (1, 6, 0)


@pytest.mark.parametrize(("text", "expected"), [
    # solidarity: grief statements, resilience, tributes to the dead, praise of helpers, the scheme's readings
    ("This loss has devastated our community.", [("devastated our community", "mourning", S, 1.0)]),
    ("The team was devastated to hear the news.", [("devastated to hear", "mourning", S, 1.0)]),
    ("The mayor said we will get through this.", [("we will get through this", "defiance", S, 1.0)]),
    ("This city is strong together.", [("strong together", "defiance", S, 1.0)]),
    ("Neighbours remembered him as a loving father.", [("as a loving father", "mourning", S, 0.5)]),
    ("A nurse with a big heart, her colleagues said.", [("with a big heart", "mourning", S, 0.5)]),
    ("The commissioner praised the members of the public.",
     [("praised the members of the public", "courage", S, 0.5)]),
    ("The mayor asked residents to never utter his name.", [("never utter his name", "defiance", S, 1.0)]),
    ("The district said counseling available to pupils would continue.", [("counseling available", "compassion", S, 1.0)]),
    # violence: hostage-taking and sieges
    ("Relatives of the hostage victims gathered.", [("hostage victims", "attack", V, 1.0)]),
    ("Police ended the siege at dawn.", [("siege", "attack", V, 1.0)]),
])
def test_framing_1_9_0_exact(text, expected):
    assert _hits(text) == expected


@pytest.mark.parametrize("text", [
    # precision: figurative sieges, Memorial Day, hospitals named "Memorial", election idiom, present-tense portraits
    "The agency feels under siege from critics.",
    "The parade is held on Memorial Day.",
    "She was treated at Springfield Memorial Hospital.",
    "We need to get through this election first.",
    "The ad shows loving husbands at home.",
    "The senator praised the police for their restraint.",
])
def test_framing_1_9_0_ambiguous_uses_do_not_fire(text):
    assert _hits(text) == []


def test_framing_1_9_0_held_out():
    s = "We will get through this."
    assert _hits(s, Lexicon.default(exclude_events={"florida-state-2014"})) != []
    assert _hits(s, Lexicon.default(exclude_events={"florida-state-2014"}, strict=True)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Police identified the gunman as Peter Holm, 29.", [("Holm", "gunman as Peter Holm")]),
    ("Mark Lindqvist, the 30-year-old suspect, was arrested.",
     [("Lindqvist", "Mark Lindqvist, the 30-year-old suspect")]),
    ("The shooter, who was identified as John Carver, is in custody.",
     [("Carver", "shooter, who was identified as John Carver")]),
    ("Officials identified him as Carl Brant.", [("Brant", "identified him as Carl Brant")]),
    # no full name, a name in apposition to someone else, boilerplate
    ("The suspect fled.", []),
    ("Anna Berg, the head of a group that tracks terrorist finance, spoke.", []),
    ("Replay More Videos ...", []),
])
def test_perpetrator_names(text, expected):
    assert perpetrator_names(tokenize(text), Lexicon.default().named_perpetrator) == expected


_ARTICLE = ("A gunman opened fire at the office on Monday. The suspect, Jane Korver, died at the scene. "
            "Korver had posted videos online for years. Her father said she was upset.")


def _analysis(text: str, lexicon: Lexicon | None = None, rules: ReligionRules | None = None, *, named: bool = True):
    corpus = pd.DataFrame({"id": ["a1"], "outlet": ["X"], "text": [text], "title": ["T"]})
    families = coverage.default_families(lexicon=lexicon, religion_rules=rules, quotes=False)
    if not named:
        families = [FramingFamily(lexicon=f.lexicon, named_perpetrator=False) if isinstance(f, FramingFamily) else f
                    for f in families]
    return coverage.analyze(corpus, families=families, exclude_boilerplate=False)


def test_named_perpetrator_in_later_sentences_with_its_rule_in_explain():
    an = _analysis(_ARTICLE)
    assert an.sentences["violence"].gt(0).tolist() == [True, True, True, False]
    ev = an.explain("a1", "violence").table
    row = ev[ev["term"] == "named perpetrator"]
    assert row["matched"].tolist() == ["Korver"] and row["sentence"].tolist() == [2]
    assert "'Korver' named as the perpetrator in sentence 1 of the article ('suspect, Jane Korver')" in row["rule"].iloc[0]
    # on by default; without it the third sentence has no violence word of its own
    assert FramingFamily().named_perpetrator
    assert _analysis(_ARTICLE, named=False).sentences["violence"].gt(0).tolist() == [True, True, False, False]
    # the rule keeps the engine's pre-filter: the lexicon's anchors, plus the sentences its candidates() adds
    assert FramingFamily(named_perpetrator=True).anchors() is FramingFamily(named_perpetrator=True).lexicon.matcher
    assert FramingFamily().fingerprint() != FramingFamily(named_perpetrator=False).fingerprint()
    # a rule with provenance: dropped with its events in the strict variant, kept by a custom lexicon that omits it
    strict = Lexicon.default(exclude_events={"youtube-2018"}, strict=True)
    assert strict.named_perpetrator is None
    assert _analysis(_ARTICLE, lexicon=strict).sentences["violence"].gt(0).tolist() == [
        True, True, False, False]
    assert FramingFamily(lexicon=strict, named_perpetrator=True)._named_rule is None


def test_named_perpetrator_possessive_of_a_name_ending_in_s():
    # "Andrews' phone": the possessive apostrophe after an s is no part of the surname (straight and curly)
    for mark in ("'", "\N{RIGHT SINGLE QUOTATION MARK}"):
        an = _analysis(f"A gunman opened fire at the office. The suspect, Jane Andrews, fled. Police tracked Andrews{mark} "
                       "phone for a week. Her neighbours were away.")
        assert an.sentences["violence"].gt(0).tolist() == [True, True, True, False]
        row = an.explain("a1", "violence").table.query("term == 'named perpetrator'")
        assert row["matched"].tolist() == [f"Andrews{mark}"]
        assert "'Andrews' named as the perpetrator in sentence 1" in row["rule"].iloc[0]
    # the apostrophe after a name ending in s is dropped wherever the name stands (the surname is "Andrews")
    assert perpetrator_names(tokenize("The suspect, Jane Andrews', fled."), Lexicon.default().named_perpetrator) == [
        ("Andrews", "suspect, Jane Andrews'")]


def test_named_perpetrator_candidates_are_the_sentences_naming_him_later():
    from coverage.families.framing import article_perpetrators

    text = ("A gunman opened fire at the office. The suspect, Jane Korver, died at the scene. Korver had posted "
            "videos online. Her father spoke.\n\nAnother story. Korver is a common name. Police named the "
            "attacker as Tom Brill. Brill was 40.")
    an = _analysis(text)
    # a name counts in every later sentence of its article (one text, one article), also past a paragraph break
    assert an.sentences["violence"].gt(0).tolist() == [True, True, True, False, False, True, True, True]
    fam = FramingFamily(named_perpetrator=True)
    seen = {}

    class View:  # a ChunkView without the engine's vectorised look-up: rows_with falls back to the tokens
        def __init__(self):
            from coverage.families.base import ChunkView
            from coverage.text import tokenize
            sents = ["The suspect, Jane Korver, died.", "Korver had posted videos.", "Korver again.",
                     "A new article about Korver.", "Nothing here."]
            self.v = ChunkView(texts=sents, starts=[0] * 5, ends=[len(x) for x in sents], indices=[0, 1, 2, 0, 1],
                               paragraphs=[0] * 5, in_quote=[False] * 5, article_ids=["a", "a", "a", "b", "b"],
                               outlets=["X"] * 5, excluded=[False] * 5, tokens=lambda r: tokenize(sents[r]))

    view = View().v
    names, mask = article_perpetrators(view, fam._named_rule)
    seen.update(names)
    assert mask.tolist() == [False, True, True, False, False]  # a name counts in the article that gave it
    assert seen == {0: {"Korver": (0, "suspect, Jane Korver")}, 3: {}}
    assert fam.candidates(view).tolist() == mask.tolist()
    assert FramingFamily(named_perpetrator=False).candidates(view) is None


_CHURCH = ("A gunman opened fire in the church on Sunday, killing nine worshippers. Police arrested him hours later. "
           "The dead included the church's pastor.")


def test_religion_target_from_the_article_with_its_rule():
    an = _analysis(_CHURCH)
    last = an.explain("a1", "religion").table
    last = last[last["sentence"] == 2]
    assert last["matched"].tolist() == ["church's", "pastor"] and set(last["frame"]) == {"target"}
    assert all("the article already put 'church' (place of worship, 'opened fire') in sentence 0" in r for r in last["rule"])
    held = ReligionRules.default(exclude_events={"charleston-2015"}, strict=True)
    last = _analysis(_CHURCH, rules=held).explain("a1", "religion").table
    assert last[last["sentence"] == 2]["frame"].tolist() == ["neutral", "neutral"]


def test_religion_target_from_the_article_needs_an_attack_word():
    # "the Sept. 11 attacks" in the sentence of a mosque (a policy dispute) is no scene for later mentions
    text = ("The mosque would be built two blocks from the site of the Sept. 11 attacks. Critics oppose it. "
            "The developers say the mosque is a community center.")
    hits = _analysis(text).explain("a1", "religion").table
    assert hits[hits["sentence"] == 2]["frame"].tolist() == ["neutral"]
