"""Held out per entry (``benchmarks/validate_frames.py``): each rule's development events cut to those whose labelled
sentences hold its words, so that no event earns held-out credit through an entry only it contains (hand-made
lexicons and tables; no shared data)."""

from __future__ import annotations

import pandas as pd

from benchmarks.validate_frames import cut_provenance, per_entry_rules, term_pattern
from coverage.families.framing import match_frames
from coverage.lexicon import Lexicon
from coverage.text import tokenize


def test_term_pattern_words_and_wildcards():
    assert term_pattern("pelted the * with rocks").search("they pelted the compound with rocks")
    assert not term_pattern("pelted the * with rocks").search("they pelted the old compound with rocks")
    assert not term_pattern("militia").search("local militias")
    assert term_pattern("won't beat us").search("they won't beat us")
    assert term_pattern("mob's ringleaders").search("one of the mob’s ringleaders") is None  # apostrophes differ


def test_cut_provenance_by_hand():
    spec = {"frames": {"violence": {"groups": {"attack": {"terms": [
        {"term": "militias", "from": ["a", "b", "c"]},      # only b holds it: cut to b
        {"term": "mob showed up", "from": ["a", "b"]},      # a and b hold it: unchanged
        {"term": "mob rushed", "from": ["a", "b", "seeds"]},  # nobody holds it: unchanged
        {"term": "gunfire", "from": ["a", "seeds"]},         # one development event: unchanged
    ]}}}}}
    holders = {"militias": {"b"}, "mob showed up": {"a", "b"}, "gunfire": {"a"}}
    out, n = cut_provenance(spec, lambda term, event: event in holders.get(term, set()), {"a", "b", "c"})
    terms = out["frames"]["violence"]["groups"]["attack"]["terms"]
    assert n == 1
    assert [t["from"] for t in terms] == [["b"], ["a", "b"], ["a", "b", "seeds"], ["a", "seeds"]]
    assert spec["frames"]["violence"]["groups"]["attack"]["terms"][0]["from"] == ["a", "b", "c"]  # input untouched


def _lexicon(terms: list[dict]) -> Lexicon:
    return Lexicon.from_yaml({"version": "1", "frames": {"violence": {"groups": {"attack": {"terms": terms}}}}})


def test_held_out_credit_goes_with_the_entry():
    # "militias" names events a and b, but only b's sentences hold it: held out per family it stays in when b is
    # left out (a still names it), held out per entry it goes
    lex = _lexicon([{"term": "militias", "from": ["a", "b"]}])
    s = tokenize("Militias stormed the town.")
    assert [h.term for h in match_frames(s, lex.without_events({"b"}))] == ["militias"]
    table = pd.DataFrame({"event": ["a", "b"], "text": ["Nothing happened here.", "Militias stormed the town."]})
    spec, n = cut_provenance(
        {"version": "1", "frames": {"violence": {"groups": {"attack": {"terms": [
            {"term": "militias", "from": ["a", "b"]}]}}}}},
        lambda term, event: bool(term_pattern(term).search(table.set_index("event").loc[event, "text"].lower())),
        set(table["event"]))
    assert n == 1
    cut = Lexicon.from_yaml(spec)
    assert match_frames(s, cut.without_events({"b"})) == []
    assert [h.term for h in match_frames(s, cut.without_events({"a"}))] == ["militias"]


def test_per_entry_rules_on_the_built_in_rules():
    # a development table of two made-up events: the built-in rules come back with their versions and every entry,
    # only provenance cut; an entry whose listed events are not in the table is never cut
    table = pd.DataFrame({"event": ["x", "y"], "text": ["A quiet day.", "Another quiet day."]})
    lex, rules, n = per_entry_rules(table)
    assert n == 0
    assert lex.version == Lexicon.default().version
    assert len(lex.entries) == len(Lexicon.default().entries)
