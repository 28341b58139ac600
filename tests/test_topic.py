"""coverage.topic: the query language, matching, and keeping the on-topic articles (issue 17, item 4)."""

from __future__ import annotations

import random

import pandas as pd
import pytest

import coverage.topic as topic
from coverage.corpus import Corpus, load_corpus
from coverage.errors import ParameterError
from coverage.text import has_fold_chars, tokenize
from coverage.topic import LEFT_OUT_COLUMNS, compile_query, filter_corpus


def matches(query: str, texts: list[str]) -> list[bool]:
    q = compile_query(query)
    fast = q.matches_many(texts).tolist()
    assert fast == [q.matches(t) for t in texts]  # the fast path agrees with tokenizing everything
    return fast


# -- precedence and grouping ----------------------------------------------------------------------


@pytest.mark.parametrize("query, texts, expected", [
    # adjacency means AND; AND binds tighter than OR: a OR (b AND c)
    ("alpha OR beta gamma", ["alpha", "beta", "gamma", "beta gamma", "gamma alpha"], [True, False, False, True, True]),
    ("alpha OR beta AND gamma", ["alpha", "beta", "beta gamma"], [True, False, True]),
    ("(alpha OR beta) gamma", ["alpha", "alpha gamma", "beta gamma", "gamma"], [False, True, True, False]),
    # NOT binds tightest: (NOT alpha) AND beta
    ("NOT alpha beta", ["beta", "alpha beta", "alpha", "delta"], [True, False, False, False]),
    ("NOT (alpha beta)", ["alpha", "alpha beta", "delta"], [True, False, True]),
    ("alpha OR NOT beta gamma", ["alpha beta", "gamma", "beta gamma", "delta"], [True, True, False, False]),
    ("NOT NOT alpha", ["alpha", "beta"], [True, False]),
    ("alpha AND beta OR gamma AND delta", ["alpha beta", "gamma delta", "alpha delta", "beta gamma"],
     [True, True, False, False]),
    ('mosque (attack OR shooting) NOT "attack ads"',
     ["Mosque attack.", "The mosque shooting", "Mosque attack ads", "An attack. Ads near the mosque", "attack"],
     [True, True, False, True, False]),
])
def test_precedence(query, texts, expected):
    assert matches(query, texts) == expected


def test_the_tree_of_a_query():
    assert compile_query("a OR b c")._root == topic._Any((
        topic._Term((("eq", "a"),), "a"),
        topic._All((topic._Term((("eq", "b"),), "b"), topic._Term((("eq", "c"),), "c")))))
    assert compile_query("NOT a b")._root == topic._All((
        topic._Not(topic._Term((("eq", "a"),), "a")), topic._Term((("eq", "b"),), "b")))


# -- words, phrases, wildcards, folding --------------------------------------------------------------


def test_words_are_whole_tokens_case_insensitive():
    texts = ["An ATTACK.", "attacks", "a counter-attack", "the attacker", "attack's aftermath", "‘attack’ he said",
             "Attack"]
    assert matches("Attack", texts) == [True, False, False, False, True, True, True]


def test_folded_characters_match_the_plain_word():
    texts = ["an at\u00adtack", "ＡＴＴＡＣＫ now", "\u0430ttack", "at\u200btack", "We’re here", "we`re"]
    assert matches("attack", texts) == [True, True, True, False, False, False]
    assert matches("we're", texts) == [False, False, False, False, True, False]  # a backtick is not glue
    assert matches("ＴＥＲＲＯＲ", ["terror", "ter\u00adror"]) == [True, True]


def test_phrases_are_consecutive_tokens():
    texts = ["A terror attack.", "terror, attack", "attack terror", "Terror\nattack", "terror the attack",
             "TERROR ATTACKS"]
    assert matches('"terror attack"', texts) == [True, False, False, True, False, False]
    assert matches("“terror attack”", texts) == [True, False, False, True, False, False]
    assert matches('"terror attack*"', texts) == [True, False, False, True, False, True]
    assert matches("terror attack", texts) == [True, True, True, True, True, False]  # AND, anywhere
    assert matches('"attack, ads"', ["attack, ads", "attack ads"]) == [True, False]  # punctuation is a token
    assert matches('"rock and roll" OR "not or"', ["Rock and roll", "not or", "rock or roll"]) == [True, True, False]


def test_wildcards():
    texts = ["shoot", "Shooting", "shootings", "reshoot", "a counterattack", "attack", "sing", "shouting"]
    assert matches("shoot*", texts) == [True, True, True, False, False, False, False, False]
    assert matches("*attack", texts) == [False, False, False, False, True, True, False, False]
    assert matches("s*ing", texts) == [False, True, False, False, False, False, True, True]
    assert matches("sh**t*ing*", texts) == [False, True, True, False, False, False, False, True]


def test_a_word_the_tokenizer_splits_is_a_phrase():
    q = compile_query("9/11")
    assert q._terms[0].key == (("eq", "9"), ("eq", "/"), ("eq", "11"))
    assert matches("9/11", ["after 9/11", "9 / 11", "9 11", "911"]) == [True, True, False, False]


def test_terms_and_list_queries():
    q = compile_query('mosque (attack OR shoot*) NOT "attack  ads" Mosque')
    assert q.terms == ["mosque", "attack", "shoot*", '"attack ads"']
    assert str(q) == 'mosque (attack OR shoot*) NOT "attack  ads" Mosque'
    q = compile_query(["shooting", "terror attack", '"attack ads"'])
    assert q.text == 'shooting OR (terror attack) OR "attack ads"'
    assert q.matches_many(["shooting", "attack terror", "ads attack", "attack ads"]).tolist() == [
        True, True, False, True]
    assert compile_query(q) is q


def test_explain():
    q = compile_query('mosque (attack OR shoot*) NOT "attack ads"')
    assert q.explain("The mosque shooting; the shooter fled.") == (
        "matches the query 'mosque (attack OR shoot*) NOT \"attack ads\"': found mosque (1), "
        "shoot* (2: shooter 1, shooting 1); not found attack, \"attack ads\"")
    assert q.explain("Attack ads at the mosque, and an attack.") == (
        "does not match the query 'mosque (attack OR shoot*) NOT \"attack ads\"': found mosque (1), attack (2), "
        "\"attack ads\" (1); not found shoot*")
    assert compile_query("vigil").explain("Nothing here") == (
        "does not match the query 'vigil': found none of its terms; not found vigil")
    words = " ".join(["shoot", "shoots", "shoots", "shooter", "shooting", "shootings", "shootout"])
    assert compile_query("shoot*").explain(words) == (
        "matches the query 'shoot*': found shoot* (7: shoots 2, shoot 1, shooter 1, shooting 1, shootings 1, "
        "1 more)")


def test_matches_takes_tokens_or_token_texts():
    q = compile_query('"terror attack" NOT vigil')
    assert q.matches(tokenize("A Terror attack."))
    assert q.matches(["a", "TERROR", "attack"])
    assert not q.matches(["terror", "attack", "vigil"])
    assert not q.matches([])
    with pytest.raises(ParameterError, match="Query.matches expects"):
        q.matches(42)


# -- syntax errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("query, message", [
    ("shooting OR attack)", "query: ')' at position 19 closes nothing; remove it, or add a '(' before"),
    ("(shooting OR attack", "query: '(' at position 1 is never closed; add ')' after the terms it groups"),
    ("a (b OR (c d)", "'(' at position 3 is never closed"),
    ("attack AND", "AND at position 8 needs a term after it; add one, or remove AND"),
    ("OR attack", "OR at position 1 needs a term before it"),
    ("attack AND OR shooting", "OR at position 12 follows AND at position 8; put a term between them"),
    ("attack NOT", "NOT at position 8 needs a term after it"),
    ("attack (NOT)", "NOT at position 9 needs a term after it"),
    ("attack ()", "'()' at position 8 holds nothing"),
    ('attack "terror', "the quote '\"' at position 8 opens a phrase that is never closed"),
    ('attack "" ads', "the phrase at position 8 is empty"),
    ("attack *", "'*' at position 8 matches every word"),
    ("attack u.s*", "'u.s*' at position 8: a word with '*' must be a single word"),
    ("shooting or attack", "'or' at position 10: operators are upper-case; write OR, or \"or\" (in quotes)"),
    ("Not attack", "'Not' at position 1: operators are upper-case; write NOT"),
    ("attack -ads", "'-ads' at position 8: to leave out articles with a word, write NOT ads"),
    ("attack --", "'--' at position 8 has no letter or digit"),
    ("(" * 101 + "a" + ")" * 101, "more than 100 nested parentheses or NOTs at position 101"),
    ("", "query is empty; give the words to look for"),
    ("   ", "query is empty"),
    (["attack", "b OR"], "query item 2: OR at position 3 needs a term after it"),
    ([], "query is an empty list"),
    (["attack", 3], "query item 2 must be a non-empty text"),
    (42, "query must be words or a boolean expression"),
])
def test_syntax_errors_say_where_and_how_to_fix(query, message):
    with pytest.raises(ParameterError) as err:
        compile_query(query)
    assert message in str(err.value)


def test_error_message_quotes_the_query():
    with pytest.raises(ParameterError) as err:
        compile_query("shooting OR attack)")
    assert str(err.value) == ("query: ')' at position 19 closes nothing; remove it, or add a '(' before the terms "
                              "it should close (the query: 'shooting OR attack)')")


# -- filter_corpus --------------------------------------------------------------------------------


@pytest.fixture
def small_corpus() -> Corpus:
    return Corpus.from_frame(pd.DataFrame({
        "id": ["a1", "a2", "a3", "a4", "a5"],
        "outlet": ["BBC", "Sky", "BBC", "Sky", "ITV"],
        "text": ["A shooting near the mosque.", "Attack ads dominate the campaign.", "A vigil for the victims.",
                 "The attack on the mosque.", "Shootings and attacks."],
        "headline": ["h1", "h2", "h3", "h4", "h5"],
    }))


def test_filter_corpus_keeps_matching_articles_in_order(small_corpus):
    kept, left = filter_corpus(small_corpus, 'shooting OR attack NOT "attack ads"')
    assert isinstance(kept, Corpus)
    assert kept.df["article_id"].tolist() == ["a1", "a4"]
    assert kept.df["headline"].tolist() == ["h1", "h4"]
    assert kept.df.index.tolist() == [0, 1]
    assert list(kept.df.columns) == list(small_corpus.df.columns)
    assert left.columns.tolist() == LEFT_OUT_COLUMNS
    assert left.to_dict("records") == [
        {"article_id": "a2", "outlet": "Sky", "reason": "does not match the query 'shooting OR attack NOT \"attack ads\"'"},
        {"article_id": "a3", "outlet": "BBC", "reason": "does not match the query 'shooting OR attack NOT \"attack ads\"'"},
        {"article_id": "a5", "outlet": "ITV", "reason": "does not match the query 'shooting OR attack NOT \"attack ads\"'"},
    ]
    assert len(small_corpus) == 5  # the input is untouched


def test_filter_query_method_and_none(small_corpus):
    kept, left = small_corpus.filter_query(["shoot*", "vigil"])
    assert kept.df["article_id"].tolist() == ["a1", "a3", "a5"]
    assert left["article_id"].tolist() == ["a2", "a4"]
    assert set(left["reason"]) == {"does not match the query 'shoot* OR vigil'"}
    kept, left = small_corpus.filter_query(None)
    assert kept is small_corpus and left.columns.tolist() == LEFT_OUT_COLUMNS and left.empty
    kept, left = small_corpus.filter_query("zebra")
    assert len(kept) == 0 and kept.df.columns.tolist() == small_corpus.df.columns.tolist() and len(left) == 5
    with pytest.raises(ParameterError, match="filter_corpus expects a Corpus"):
        filter_corpus(small_corpus.df, "attack")


def test_filter_corpus_carries_provenance(tmp_path):
    (tmp_path / "a.txt").write_text("A shooting in the town.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A vigil.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("id,file,outlet,date\na,a.txt,X,2017-03-23\nb,b.txt,Y,2017-03-24\n"
                                           "c,c.txt,Y,2017-03-24\n", encoding="utf-8")
    with pytest.warns(Warning, match="1 of 3 article"):
        corpus = load_corpus(tmp_path)
    kept, left = corpus.filter_query("shooting")
    assert kept.df["article_id"].tolist() == ["a"]
    assert kept.df["date_parsed"].tolist() == [pd.Timestamp("2017-03-23")]
    assert kept.input_hashes == corpus.input_hashes and len(kept.input_hashes) == 4
    assert [h["path"] for h in kept.input_hashes] == ["a.txt", "b.txt", "c.txt", "manifest.csv"]
    assert kept.input_hashes is not corpus.input_hashes  # a copy: editing one leaves the other alone
    assert kept.rejected["article_id"].tolist() == ["c"]
    assert kept.notes == corpus.notes and kept.inputs == corpus.inputs and kept.name == corpus.name
    assert left.to_dict("records") == [{"article_id": "b", "outlet": "Y",
                                        "reason": "does not match the query 'shooting'"}]


# -- the fast path never disagrees with tokenizing everything ------------------------------------------

_WORDS = ["attack", "Attack", "ATTACKS", "attacker", "counter-attack", "attack's", "attacks'", "at\u00adtack",
          "\u0430ttack", "ＡＴＴＡＣＫ", "shoot", "shooting", "Shootings", "reshoot", "terror", "Terror",
          "ter\u200dror", "mosque", "ads", "vigil", "vigils", "we're", "We’re", "we`re", "9/11", "U.K.", "2.40pm",
          "ΣΔΣ", "ΟΔΟΣ", "σδσ", "İstanbul", "istanbul", "ﬁre", "fire", "#attack", "@shoot", "attack_ads", "x2",
          "the", "and", "a", "ing", "sing", "ack", "attackattack"]
_GLUE = [" ", " ", " ", " ", "\n", ", ", ". ", "-", "'s ", "’", "\u00ad", "", "/", " (", ") ", "\t", "...", "\u2028"]
_TERMS = ["attack", "shoot*", "*ack", "terror", '"terror attack"', '"attack ads"', "mosque", "we're", "σδς",
          "σδσ", "οδος", "istanbul", "fire", "u.k.", "9/11", "s*ing", "vigil", '"shoot* terror"', "ing", "#attack",
          "*t*ck*", '"attack , ads"', "x2", "attack's", "ads"]


def _random_query(rng: random.Random, depth: int = 0) -> str:
    roll = rng.random()
    if depth >= 3 or roll < 0.4:
        return rng.choice(_TERMS)
    if roll < 0.55:
        return "NOT " + _random_query(rng, depth + 1)
    op = rng.choice([" ", " AND ", " OR ", " OR "])
    return "(" + _random_query(rng, depth + 1) + op + _random_query(rng, depth + 1) + ")"


_PLAIN = [w for w in _WORDS if not has_fold_chars(w) and len(w.lower()) == len(w)]


def _random_text(rng: random.Random) -> str:
    n = rng.randint(0, 40)
    words = _WORDS if rng.random() < 0.3 else _PLAIN  # plain texts take the local route, the others the whole one
    glue = _GLUE if words is _WORDS else [g for g in _GLUE if not has_fold_chars(g)]
    pieces = []
    for _ in range(n):
        pieces.append(rng.choice(words))
        pieces.append(rng.choice(glue))
    if rng.random() < 0.1:  # a long run without whitespace
        pieces.append("-".join(rng.choice(words) for _ in range(300)))
    return "".join(pieces) or "x"


@pytest.mark.parametrize("places, chunk", [(64, 2000), (1, 7)])
def test_prefilter_never_drops_a_match(monkeypatch, places, chunk):
    """A few hundred generated texts and queries: the fast path equals tokenizing every text whole."""
    monkeypatch.setattr(topic, "_MAX_PLACES", places)  # 1: most texts take the whole-text route
    monkeypatch.setattr(topic, "_CHUNK", chunk)
    rng = random.Random(17)
    texts = [_random_text(rng) for _ in range(300)]
    tokens = [tokenize(text) for text in texts]
    kept_any = 0
    for _ in range(40):
        q = compile_query(_random_query(rng))
        fast = q.matches_many(texts)
        slow = [q.matches(toks) for toks in tokens]
        assert fast.tolist() == slow, q.text
        kept_any += int(fast.sum())
    assert kept_any > 1000  # the queries keep (and leave out) many texts: the comparison is not vacuous
    assert kept_any < 40 * 300 - 1000


def test_fast_path_routes():
    q = compile_query("attack")
    # a place right after a letter is skipped without tokenizing; the text is checked locally
    assert q.matches_many(["counterattack attackattack", "attack" * 200, "x attack"]).tolist() == [False, False, True]
    # texts whose folded form is not aligned with them are tokenized whole
    assert q.matches_many(["İ attack", "at\u00adtack", "ＡＴＴＡＣＫ"]).tolist() == [True, True, True]
    with pytest.raises(ParameterError, match="expects texts"):
        q.matches_many(["attack", None])
