"""FastVader equals NLTK's VADER analyzer (coverage.sentiment.VaderAnalyzer) to 1e-9."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.sentiment.vader import VaderConstants

from coverage.errors import LexiconError, ParameterError
from coverage.families.sentiment import VaderAnalyzer
from coverage.families.vader import COLUMNS, FastVader

TOL = 1e-9

HAND = [
    "",
    " ",
    "!!!",
    "??? ?",
    "...",
    ",",
    "a",
    "They will not win.",
    "The attack killed three people.",
    "A terrible day!",
    "Good.",
    "Not good.",
    "good",
    "GOOD",
    "VERY good",
    "very GOOD",
    "VERY GOOD",
    "The food is VERY good, but the service is NOT great",
    "extremely bad",
    "EXTREMELY bad news",
    "it is slightly good",
    "it is barely good at all",
    "so very extremely good",
    "He is not very happy",
    "He isn't happy",
    "He didn't really like it",
    "I wouldn't say it's bad",
    "nor was it good",
    "without doubt the best",
    "It was never so good",
    "It was never this good",
    "It was never so very good",
    "so this good",
    "never good",
    "Never so good",
    "no good",
    "no, not good",
    "not the least bit happy",
    "the least happy person",
    "at least it is good",
    "at least good",
    "very least good",
    "least good",
    "Least GOOD",
    "it was kind of good",
    "it was Kind Of good",
    "kind people are kind",
    "a kind of magic, kind of good",
    "it was sort of bad",
    "just enough good",
    "kinda bad",
    "the food is the shit",
    "this party is the bomb",
    "that is one bad ass car",
    "yeah right, great",
    "it does not cut the mustard",
    "the kiss of death for good",
    "they live hand to mouth daily",
    "good but bad",
    "bad BUT good",
    "but good",
    "good but",
    "good but bad but great",
    "I love it :)",
    "I hate it :-(",
    "sad :( but :D ok <3",
    "GREAT!!!",
    "great!!!!!!",
    "great?!?",
    "is it good???",
    "is it bad??",
    "bad?",
    "good good good",
    "good GOOD good bad",
    "happy, happy; happy: happy-",
    "'good' \"bad\" (nice) -happy- ,sad, !!great ?awful",
    "good., bad,, nice!? sad?!",
    "Ünïcödé is nice 😀 café déjà-vu",
    "great\tday\nfor   a\u00a0walk",
    "good\x00 bad",
    "\x00",
    "The N.H.S. is in CRISIS, officials said.",
    "He said: “Absolutely not a terrible idea.”",
    "Police said the suspect was killed in a shootout; no one else was hurt.",
]


@pytest.fixture(scope="module")
def ref() -> VaderAnalyzer:
    return VaderAnalyzer()


@pytest.fixture(scope="module")
def fast_numpy() -> FastVader:
    return FastVader(python_below=0)


@pytest.fixture(scope="module")
def fast_python() -> FastVader:
    return FastVader(python_below=10**9)


def _expected(ref: VaderAnalyzer, texts: list[str]) -> np.ndarray:
    out = np.zeros((len(texts), 4))
    for k, t in enumerate(texts):
        d = ref.polarity_scores(t)
        out[k] = [d[c] for c in COLUMNS]
    return out


def _vocabulary(ref: VaderAnalyzer) -> list[str]:
    rng = random.Random(7)
    words = rng.sample(sorted(w for w in ref.lexicon if w.isalpha()), 150)
    words += rng.sample(sorted(w for w in ref.lexicon if not w.isalnum()), 20)  # emoticons, n't
    words += sorted(VaderConstants.BOOSTER_DICT)
    words += sorted(VaderConstants.NEGATE)
    words += (
        "the of to a and is was it at very least kind sort of just enough never so this "
        "but no shit bomb bad ass yeah right cut mustard kiss death hand mouth good great"
    ).split()
    words += [":)", ":-(", ":D", "<3", "😀", "déjà", "x", "-", "'", '"', "(", ")", "!", "?"]
    return words


def _variant(rng: random.Random, word: str) -> str:
    r = rng.random()
    if r < 0.15:
        word = word.upper()
    elif r < 0.25:
        word = word.capitalize()
    r = rng.random()
    if r < 0.12:
        word += rng.choice([",", ".", "!", "?", "!!", "???", "?!?", ";", ":", "'", '"', ".,", ")"])
    elif r < 0.18:
        word = rng.choice(["'", '"', "(", "-", ",", "!!!", "?!?!"]) + word
    return word


def _generated(ref: VaderAnalyzer, n: int = 3000) -> list[str]:
    rng = random.Random(2024)
    vocab = _vocabulary(ref)
    seps = [" ", " ", " ", " ", "  ", "\t", "\n"]
    out = []
    for _ in range(n):
        k = rng.randint(0, 16)
        out.append("".join(_variant(rng, rng.choice(vocab)) + rng.choice(seps) for _ in range(k)))
    return out


def _assert_equal(got: np.ndarray, want: np.ndarray, texts: list[str]) -> None:
    diff = np.abs(got - want)
    bad = np.flatnonzero((diff > TOL).any(axis=1))
    assert bad.size == 0, [(texts[k], got[k].tolist(), want[k].tolist()) for k in bad[:5]]


def test_hand_written_rules(ref, fast_numpy, fast_python):
    want = _expected(ref, HAND)
    _assert_equal(fast_numpy.polarity_scores_many(HAND), want, HAND)
    _assert_equal(fast_python.polarity_scores_many(HAND), want, HAND)
    one = FastVader(cache=False)
    got = np.array([[one.polarity_scores(t)[c] for c in COLUMNS] for t in HAND])
    _assert_equal(got, want, HAND)


def test_generated_sentences(ref):
    texts = _generated(ref)
    want = _expected(ref, texts)
    fv = FastVader(python_below=0)
    _assert_equal(fv.polarity_scores_many(texts), want, texts)
    # most generated sentences took the vectorised path
    assert fv.stats["numpy"] > fv.stats["python"]
    _assert_equal(FastVader(python_below=10**9).polarity_scores_many(texts), want, texts)
    np.testing.assert_array_equal(fv.compound_many(texts), want[:, 3])
    # the engine's VADER: no result cache, every text (duplicates too) through the NumPy pass
    engine = FastVader(cache=False)
    doubled = texts + HAND + texts[:50]
    got = engine.compound_many(doubled)
    np.testing.assert_array_equal(got, np.concatenate([want[:, 3], _expected(ref, HAND)[:, 3], want[:50, 3]]))
    assert engine.stats["numpy"] + engine.stats["python"] == len(doubled) and engine.stats["cached"] == 0


_HYPO_VOCAB = [
    "good", "bad", "great", "terrible", "love", "hate", "happy", "sad", "kind", "no",
    "very", "extremely", "slightly", "barely", "so", "this", "really", "most", "kinda",
    "not", "never", "isn't", "without", "nor", "n't", "least", "at", "but", "of", "sort",
    "the", "bomb", "shit", "cut", "mustard", "kiss", "death", "yeah", "right", "just",
    "enough", ":)", ":-(", "<3", "!", "?", "!!!", "...", "😀", "x",
]  # fmt: skip


@st.composite
def _sentences(draw) -> str:
    words = draw(st.lists(st.sampled_from(_HYPO_VOCAB), max_size=14))
    parts = []
    for w in words:
        case = draw(st.sampled_from(["lower", "lower", "upper", "title"]))
        w = w.upper() if case == "upper" else (w.title() if case == "title" else w)
        w = draw(st.sampled_from(["", "", "", "'", '"', "(", "-"])) + w
        w += draw(st.sampled_from(["", "", "", "", ",", ".", "!", "?", "!!", "?!?", ")"]))
        parts.append(w + draw(st.sampled_from([" ", " ", "  ", "\n"])))
    return "".join(parts)


@settings(derandomize=True, max_examples=500, deadline=None)
@given(text=_sentences())
def test_hypothesis_sentences(text):
    ref = _REF
    d = ref.polarity_scores(text)
    want = np.array([[d[c] for c in COLUMNS]])
    _assert_equal(_FAST_NUMPY.polarity_scores_many([text, "good"])[:1], want, [text])
    got = _FAST_PY.polarity_scores(text)
    _assert_equal(np.array([[got[c] for c in COLUMNS]]), want, [text])


_REF = VaderAnalyzer()
_FAST_NUMPY = FastVader(python_below=0, cache=False)
_FAST_PY = FastVader(cache=False)


def test_known_values(fast_numpy):
    # values NLTK's analyzer returns (checked in test_hand_written_rules)
    assert fast_numpy.polarity_scores("They will not win.") == {
        "neg": 0.506,
        "neu": 0.494,
        "pos": 0.0,
        "compound": -0.4717,
    }
    assert fast_numpy.compound_many(["bad", "not bad", ""]).tolist() == [-0.5423, 0.431, 0.0]
    # no lexicon word: everything neutral; no token at all: all zeros
    np.testing.assert_array_equal(
        fast_numpy.polarity_scores_many(["the table", "!"]), [[0, 1, 0, 0], [0, 0, 0, 0]]
    )
    assert fast_numpy.polarity_scores_many([]).shape == (0, 4)


def test_tokens_match_sentitext(ref):
    from nltk.sentiment.vader import SentiText

    c = ref.constants
    fv = FastVader()
    for text in HAND + _generated(ref, 300):
        want = SentiText(text, c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION).words_and_emoticons
        assert fv.tokens(text) == want, text


def test_cache_and_routing_stats():
    fv = FastVader(python_below=0)
    texts = ["good day", "good day", "the bomb is the shit", "bad"]
    fv.polarity_scores_many(texts)
    assert fv.stats == {"numpy": 2, "python": 1, "cached": 1}
    fv.polarity_scores_many(texts)
    assert fv.stats["cached"] == 5
    fv.clear_cache()
    fv.polarity_scores_many(texts[:1])
    assert fv.stats["numpy"] == 3


def test_custom_lexicon(tmp_path):
    path = tmp_path / "lex.txt"
    path.write_text("zorg\t2.0\t0.5\t[2, 2]\nblah\t-1.5\t0.5\t[-1, -2]", encoding="utf-8")
    texts = ["zorg", "not zorg but blah!", "VERY zorg blah", "good"]
    want = _expected(VaderAnalyzer(lexicon_path=path), texts)
    fv = FastVader(lexicon_path=path, python_below=0)
    _assert_equal(fv.polarity_scores_many(texts), want, texts)
    assert fv.compound_many(["good"]).tolist() == [0.0]


def test_bad_parameters(tmp_path):
    with pytest.raises(LexiconError, match="cannot read"):
        FastVader(lexicon_path=tmp_path / "missing.txt")
    bad = tmp_path / "bad.txt"
    bad.write_text("good\t1.9\nnovalue", encoding="utf-8")
    with pytest.raises(LexiconError, match="line 2"):
        FastVader(lexicon_path=bad)
    with pytest.raises(ParameterError, match="python_below"):
        FastVader(python_below=-1)


_WHITESPACE = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace())


def _kept(found):
    ids, sid, ep, qm = found
    keep = ids > 0
    return ids[keep].tolist(), sid[keep].tolist(), ep.tolist(), qm.tolist()


@settings(derandomize=True, max_examples=300, deadline=None)
@given(texts=st.lists(st.lists(st.sampled_from([*_WHITESPACE, "good", "BAD", "!", "?", "x", "\x00", "é"]),
                               max_size=12).map("".join), min_size=1, max_size=5))
def test_arrow_split_equals_str_split(texts):
    # Arrow splits on exactly str.split()'s whitespace (every Unicode space, \x1c-\x1f included);
    # its empty strings and one-character tokens are dropped, as are the Python path's
    fv = FastVader(python_below=0, cache=False)
    got = fv._arrow_ids(texts)
    assert got is not None
    assert _kept(got) == _kept(fv._python_ids(texts))


def test_arrow_split_whitespace_and_surrogates(ref):
    texts = [f"good{ws}bad{ws}" for ws in _WHITESPACE] + [" \x1cnice\x1f ", "\x00", "good\x00 bad", "", "!!! ?"]
    fv = FastVader(python_below=0, cache=False)
    assert len(_WHITESPACE) == 29 and "\x1c" in _WHITESPACE and "\u3000" in _WHITESPACE
    assert _kept(fv._arrow_ids(texts)) == _kept(fv._python_ids(texts))
    _assert_equal(fv.polarity_scores_many(texts), _expected(ref, texts), texts)
    # a lone surrogate cannot go to Arrow: the batch is split in Python, with the same scores
    odd = [*texts, "great \ud800 day"]
    assert fv._arrow_ids(odd) is None
    _assert_equal(fv.polarity_scores_many(odd), _expected(ref, odd), odd)
