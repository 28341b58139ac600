"""Property tests (hypothesis) of the text pipeline and of analyze() on random small corpora.

Inputs are any Unicode text (every code point except surrogates) mixed with fragments that
are known to be hard: CR/LF variants, NBSP, zero-width characters, BOMs, C0/C1 controls,
combining marks, right-to-left text and bidi controls, emoji sequences (ZWJ, skin tones,
flags), abbreviations, ellipses, curly quotes and long runs of punctuation.

The contracts checked are the documented ones (coverage/text.py, coverage/analysis.py):

* :func:`segment`: ``text[s.start:s.end] == s.text``; sentences are in order, do not overlap,
  never cross a line break, have no whitespace at either end, and together cover every
  non-whitespace character (only whitespace between sentences is left out);
* :func:`tokenize`: ``text[t.start:t.end] == t.text``; tokens are ordered, do not overlap, lie
  inside their sentence, contain no whitespace, and cover every non-whitespace character
  except ``_`` (which the token pattern leaves out) and a soft hyphen or zero-width
  (non-)joiner that is not between two letters; ``norm`` is the folded (``fold_text``),
  lower-cased text with straight apostrophes, which is the lower-cased text itself when
  folding changes nothing;
* :func:`normalize_text`: no CR, NBSP/NNBSP, zero-width space, BOM, line/paragraph separator
  or C0 control other than tab and LF survives; quotes and dashes are kept;
* :func:`analyze`: every input article is in the results or in ``rejected`` (never both,
  never neither); counts and sums are never NaN; ``balance`` is NaN exactly when S + V = 0,
  a rate per 1,000 tokens exactly when there are no tokens, and sentiment/tone (means over
  the counted sentences) exactly when no sentence is counted; every sentence and hit maps
  back to the article text by its offsets.

Runs are deterministic (``derandomize=True``, no example database) and take well under 60 s.
"""

from __future__ import annotations

import unicodedata
import warnings
from collections import Counter

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import coverage
from coverage.errors import CorpusError, CoverageWarning
from coverage.text import JOINERS, fold_text, is_word, normalize_text, segment, tokenize

#: Deterministic, database-free settings for CI (each test sets max_examples).
DETERMINISTIC = settings(derandomize=True, database=None, deadline=None, print_blob=False,
                         suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

FRAGMENTS = [
    # whitespace, line ends, invisible and control characters
    " ", "  ", "\n", "\n\n", "\r\n", "\r", "\r\r\n", "\t", "\u00a0", "\u202f", "\u2007", "\u3000",
    "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u2028", "\u2029", "\x00", "\x07", "\x0b", "\x0c",
    "\x1c", "\x1f", "\x7f", "\x85", "\x9f",
    # punctuation, quotes, dashes, and long runs of them
    ".", "..", "...", "…", "!", "?", "?!", ";", ":", ",", "-", "–", "—", "'", '"', "“", "”", "‘", "’",
    "«", "»", "„", "‚", "(", ")", "[", "]", "#", "@", "_", "/", "*", "&", "<b>", "&amp;",
    "." * 60, "!" * 40, "?." * 30, "-" * 80, "…" * 25, "“" * 10, "’" * 10,
    # abbreviations, numbers, words the lexicons know
    "Mr", "Mr.", "Dr.", "U.K.", "U.S.A.", "a.m.", "St.", "No.", "2.40pm", "1,000", "29th", "3.", "10.5",
    "We", "we’re", "don't", "mother-of-two", "#WeAreNotAfraid", "vigil", "solidarity", "killed",
    "attack", "terror", "mosque", "Muslim", "church", "We are not afraid", "stand together", "The",
    "They", "He said", "A", "I", "x",
    # combining marks, case oddities, scripts, bidi
    "é", "e\u0301", "\u0301", "\u0308\u0308", "İ", "ß", "ﬁ", "Ω", "ǅ", "ﬃ", "\u1100\u1161",
    "مرحبا بالعالم", "שלום", "\u200f", "\u202e", "\u2066", "\u2069", "你好。", "こんにちは、", "Привет",
    "ελληνικά", "हिन्दी",
    # words hidden by soft hyphens, zero-width (non-)joiners, fullwidth and look-alike letters
    "ter\u00adror", "kil\u00adled", "at\u200dtack", "vi\u2060gil", "a\u200c\u200db", "ＴＥＲＲＯＲ", "t\u0435rror",
    "IS\u00adIS", "I\u0405IS", "Путин-style", "Pусский", "\U0001d42d\U0001d41e\U0001d42b",
    # emoji and other symbols
    "😀", "👍🏽", "👨\u200d👩\u200d👧", "🇬🇧", "❤️", "#️⃣", "²", "½", "٣", "Ⅻ", "™", "€5",
]
ANY_CHAR = st.characters(codec="utf-8")  # every code point except surrogates
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(ANY_CHAR, max_size=10)), max_size=40).map("".join)
LONG_RUNS = st.builds(lambda ch, n, pre, post: pre + ch * n + post,
                      st.sampled_from([".", "!", "?", "…", "-", "“", "'", ",", "😀", "\u0301", "\u200b", " ", "\n"]),
                      st.integers(100, 3000), TEXTS, TEXTS)


def _check_segments(text: str) -> list:
    sents = segment(text)
    covered = np.zeros(len(text), dtype=bool)
    prev_end, prev_par = 0, 0
    for i, s in enumerate(sents):
        assert s.index == i
        assert text[s.start:s.end] == s.text
        assert prev_end <= s.start < s.end, (prev_end, s)  # ordered, not overlapping, not empty
        assert not s.text[0].isspace() and not s.text[-1].isspace(), s  # tight
        assert "\n" not in s.text  # never across a line break
        assert s.paragraph >= prev_par and isinstance(s.in_quote, bool)
        prev_end, prev_par = s.end, s.paragraph
        covered[s.start:s.end] = True
    left_out = {ch for ch, c in zip(text, covered, strict=True) if not c and not ch.isspace()}
    assert not left_out, f"characters in no sentence: {left_out!r}"
    return sents


def _check_tokens(text: str, sents) -> None:
    for s in sents:
        toks = tokenize(s.text, offset=s.start)
        assert toks == [t._replace(start=t.start + s.start, end=t.end + s.start) for t in tokenize(s.text)]
        covered = np.zeros(s.end - s.start, dtype=bool)
        prev = s.start
        for t in toks:
            assert text[t.start:t.end] == t.text
            assert prev <= t.start < t.end <= s.end  # ordered, not overlapping, inside the sentence
            assert not any(ch.isspace() for ch in t.text)
            folded = fold_text(t.text)
            if folded == t.text:  # ordinary tokens: exactly the lower-cased text
                assert t.norm == t.text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
            assert t.norm == folded.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
            assert t.norm and not any(ch in JOINERS for ch in t.norm)  # never empty, no joiner left
            assert t.text[0] not in JOINERS and t.text[-1] not in JOINERS  # joiners only inside a word
            assert is_word(t) == any(ch.isalnum() for ch in t.norm)
            covered[t.start - s.start:t.end - s.start] = True
            prev = t.end
        left_out = {ch for ch, c in zip(s.text, covered, strict=True) if not c and not ch.isspace()}
        assert left_out <= {"_", *JOINERS}, f"characters in no token: {left_out!r}"


# -- segment and tokenize ---------------------------------------------------------------------------


@settings(DETERMINISTIC, max_examples=1500)
@given(TEXTS)
@example("Mr. Smith met Dr. Omer at 2.40pm... They talked.\r\nNext\u00a0line “quoted. Twice.”")
@example("\u200b\ufeff\x00")
@example("a\u2028b\u2029c\x85d\x0be\x0cf")
def test_segment_and_tokenize_any_text(text):
    """Raw text (not normalised): the contract holds for anything, even control characters."""
    _check_tokens(text, _check_segments(text))


@settings(DETERMINISTIC, max_examples=800)
@given(TEXTS)
def test_segment_and_tokenize_normalised_text(text):
    norm = normalize_text(text)
    _check_tokens(norm, _check_segments(norm))


@settings(DETERMINISTIC, max_examples=80)
@given(LONG_RUNS)
def test_long_runs_of_punctuation_and_marks(text):
    _check_tokens(text, _check_segments(text))


@settings(DETERMINISTIC, max_examples=1500)
@given(TEXTS)
@example("End.\x1cNext one?\x1d “Then.”\x1e\x1fx. Mr. Smith--yes. A. b.\u3000C")
def test_punkt_patterns_in_re_equal_nltks_on_raw_text(text):
    """The standard-library twins of Punkt's patterns find what NLTK's `regex` patterns find.

    On raw text: \x1c-\x1f are whitespace to `re` but not to `regex` (normalisation removes
    them, so this is the case the spelled-out whitespace classes are for).
    """
    from nltk.tokenize.punkt import PunktLanguageVars

    from coverage.text import _FastLangVars, _punkt, _punkt_spans, _reference_punkt, _span_patterns

    nltk_vars, fast_vars = PunktLanguageVars(), _FastLangVars()
    assert type(fast_vars._word_tokenizer_re()).__module__ == "re"  # the twin is in use
    assert fast_vars.word_tokenize(text) == nltk_vars.word_tokenize(text)
    context, realign, stdlib = _span_patterns(fast_vars)
    assert stdlib
    nltk_context = nltk_vars.period_context_re()
    assert [m.span() + m.span("next_tok") for m in context.finditer(text)] == \
        [m.span() + m.span("next_tok") for m in nltk_context.finditer(text)]
    for pos in range(0, len(text), max(1, len(text) // 20)):
        ours, theirs = realign.match(text, pos), nltk_vars.re_boundary_realignment.match(text[pos:])
        assert (ours and ours.end() - pos) == (theirs and theirs.end())
    for line in text.split("\n"):
        if line.strip():
            assert _punkt_spans(_punkt(), line) == list(_reference_punkt().span_tokenize(line)), line


@settings(DETERMINISTIC, max_examples=1500)
@given(TEXTS)
@example("Mr. Smith?) No. “Why?” she asked. U.N. officials met U.S. officials. A. 9 b.")
def test_sentence_boundaries_equal_nltk_punkt(text):
    """segment()'s Punkt (shortcut decisions, one-function span_tokenize) decides like NLTK's Punkt."""
    from coverage.text import _punkt, _punkt_spans, _reference_punkt, paragraphs

    norm = normalize_text(text)
    for s, e in paragraphs(norm):
        para = norm[s:e]
        assert _punkt_spans(_punkt(), para) == list(_reference_punkt().span_tokenize(para)), para


def test_whitespace_only_has_no_sentences():
    assert segment(" \t\n\u00a0\u3000\n") == [] and tokenize(" \t ") == []


# -- normalize_text ---------------------------------------------------------------------------------

_REMOVED = "\r\u00a0\u202f\u200b\ufeff\u2028\u2029\x7f"


@settings(DETERMINISTIC, max_examples=1000)
@given(TEXTS)
def test_normalize_text_documented_behaviour(text):
    """CRLF/CR -> LF, NBSP/NNBSP -> space, zero-width space, BOM, line/paragraph separators and C0
    controls except tab and LF removed; quotes and dashes kept; everything else only NFC'd."""
    out = normalize_text(text)
    assert not set(out) & set(_REMOVED)
    assert all(ch in "\t\n" or ord(ch) >= 0x20 for ch in out)
    assert out.count("\n") == text.count("\n") + text.count("\r") - text.count("\r\n")
    for ch in "“”‘’«»–—'\"":
        assert out.count(ch) == unicodedata.normalize("NFC", text).count(ch)
    # characters it does not remove are kept: other invisible characters are left alone
    for ch in "\u200c\u200d\u2060\u200f\u202e\t":
        assert out.count(ch) == text.count(ch)


def test_normalize_text_rejects_non_strings():
    with pytest.raises(TypeError, match="expects str"):
        normalize_text(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["e\x00\u0301", "e\u200b\u0301", "a\ufeff\u0308", "\u1100\u200b\u1161"])
def test_normalize_text_output_is_nfc_and_idempotent(raw):
    out = normalize_text(raw)
    assert unicodedata.is_normalized("NFC", out), ascii(out)
    assert normalize_text(out) == out


@settings(DETERMINISTIC, max_examples=800)
@given(TEXTS)
def test_normalize_text_is_nfc_and_idempotent_without_removed_characters(text):
    """Where nothing is removed between a letter and its marks, the output is NFC and stable."""
    text = "".join(ch for ch in text if ch not in _REMOVED and not (ord(ch) < 0x20 and ch not in "\t\n"))
    out = normalize_text(text)
    assert unicodedata.is_normalized("NFC", out)
    assert normalize_text(out) == out


# -- analyze on random small corpora ----------------------------------------------------------------

SENTENCES = ["We stand together.", "The attacker killed three people.", "Muslims prayed at the mosque.",
             "We are not afraid.", "By Jane Doe", "Video Loading", "Police said the attack was terror.",
             "“Love for all, hatred for none,” they said."]
ARTICLE_TEXT = st.one_of(
    st.sampled_from(["", " ", "\n\t \u00a0", "😀👍🏽", "...", "\u200b", "_"]),
    TEXTS,
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6).map(" ".join),
    st.tuples(TEXTS, st.sampled_from(SENTENCES), TEXTS).map(" ".join),
)


@st.composite
def corpora(draw) -> pd.DataFrame:
    n = draw(st.integers(1, 6))
    outlets = draw(st.lists(st.sampled_from(["Alpha", "Beta", " Gamma 😀 "]), min_size=n, max_size=n))
    ids = draw(st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f", "g"]), min_size=n, max_size=n))
    texts = draw(st.lists(ARTICLE_TEXT, min_size=n, max_size=n))
    # at least one usable article (a corpus with none is test_analyze_with_every_article_rejected)
    k = draw(st.integers(0, n - 1))
    texts[k] += " " + draw(st.sampled_from(SENTENCES))
    ids[k] = "usable"
    j = draw(st.integers(0, n - 1))
    if j != k and draw(st.booleans()):
        outlets[j] = ""  # a missing outlet is rejected
    return pd.DataFrame({"id": ids, "outlet": outlets, "text": texts})


def _analyze(df: pd.DataFrame):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CoverageWarning)  # "n articles rejected": expected here
        return coverage.analyze(df, n_boot=30)


@settings(DETERMINISTIC, max_examples=250)
@given(corpora())
def test_analyze_random_small_corpora(df):
    a = _analyze(df)
    art, sen, out = a.articles, a.sentences, a.outlets
    # every input article is in the results or rejected, exactly once
    assert Counter(art["article_id"]) + Counter(a.rejected["article_id"]) == Counter(df["id"])
    assert art["article_id"].is_unique and len(art) >= 1

    frames = a.frames
    counts = ["n_sentences", "n_tokens", "n_boilerplate", *frames, "religion",
              *[c for c in art if c.startswith("religion_") and c != "religion_rate"]]
    for c in counts:
        assert art[c].notna().all(), c
    assert (art[["n_sentences", "n_tokens", "n_boilerplate"]] >= 0).all().all()
    no_tokens = art["n_tokens"] == 0
    for f in [*frames, "religion"]:
        rate = art[f"{f}_rate"]
        assert (rate.isna() == no_tokens).all(), f
        assert (rate.dropna() >= 0).all()
    hits = art["solidarity"] + art["violence"]
    assert (art["balance"].isna() == (hits == 0)).all()
    assert art["balance"].dropna().between(-1, 1).all()
    for m in ("sentiment", "tone"):
        assert (art[m].isna() == (art["n_sentences"] == 0)).all(), m
        assert art[m].dropna().between(-1, 1).all()

    for c in ["sentence", "start", "end", "n_tokens", "sentiment", "tone", *frames, "religion"]:
        assert sen[c].notna().all(), c
    assert sen["sentiment"].between(-1, 1).all() and sen["tone"].between(-1, 1).all()
    texts = dict(zip(a.corpus.df["article_id"], a.corpus.df["text"], strict=True))
    for s in sen.itertuples():
        assert texts[s.article_id][s.start:s.end] == s.text
    for h in a.hits.itertuples():
        assert texts[h.article_id][h.start:h.end] == h.matched

    assert out["n_articles"].sum() == len(art) and sorted(out["outlet"]) == sorted(set(art["outlet"]))
    for c in ["n_articles", "n_sentences", "n_tokens", "ci_basis"]:
        assert out[c].notna().all(), c
    assert (out["ci_basis"] == np.where(out["n_articles"] >= 2, "articles", "sentences")).all()
    for m in ("sentiment", "tone", "balance", "solidarity_rate", "violence_rate", "religion_rate"):
        both = out[[f"{m}_low", f"{m}_high"]].dropna()
        assert (both[f"{m}_low"] <= both[f"{m}_high"] + 1e-12).all(), m


@pytest.mark.parametrize("texts", [[""], ["   \n"], [","], ["😀👍🏽"], ["", "...", "\u200b"]])
def test_analyze_with_every_article_rejected(texts):
    df = pd.DataFrame({"id": [f"x{i}" for i in range(len(texts))], "outlet": "Alpha", "text": texts})
    try:
        a = _analyze(df)
    except CorpusError as exc:  # acceptable: a clear error that names the cause
        assert "rejected" in str(exc)
        return
    assert len(a.articles) == 0 and len(a.outlets) == 0
    assert sorted(a.rejected["article_id"]) == sorted(df["id"])


# -- split_tokens_many (Arrow) against split_tokens (Python) ----------------------------------------

MANY_FRAGMENTS = FRAGMENTS + ["3D", "1.8bn", "1,000abc", "10_000", "U.S.Army", "U.S.A.B.", "2nd", "5sts", "7am",
                              "12:30", "1.2.3", "’s", "-", "#1", "@2", "e.g.", "a.b", "x_1", "1_", "9.", ".5",
                              "1\u00ad000", "2\u200dnd", "U.K.\u00ad", "U.\u00adK.", "#\u00adx", "x\u00ad-y", "we\u200c’re",
                              "\u00ad\u00ad", "a\u2060\u00adb", "3\u00adD", "1,\u00ad000"]
MANY_TEXTS = st.lists(st.one_of(st.sampled_from(MANY_FRAGMENTS), st.text(ANY_CHAR, max_size=6),
                                st.text(st.sampled_from("aB9._’'-#@ ,:é½²\u00ad\u200c\u200d\u2060"), max_size=12)),
                      max_size=25).map("".join)


@settings(DETERMINISTIC, max_examples=1500)
@given(st.lists(MANY_TEXTS, max_size=8))
@example(["3D 1.8bn U.S.Army", "U.S. 10_000 ok"])
@example(["ter\u00adror 1\u00ad000 U.K.\u00adx a\u200d\u2060b \u00ad x\u00ad", "2\u200dnd we\u200c’re #\u00adx"])
def test_split_tokens_many_equals_split_tokens(texts):
    from coverage.text import split_tokens, split_tokens_many, token_batch, token_parts

    surfaces, codes, counts = split_tokens_many(texts)
    ends = counts.cumsum()
    got = [[surfaces[c] for c in codes[e - n:e]] for n, e in zip(counts.tolist(), ends.tolist(), strict=True)]
    assert got == [split_tokens(t)[1] for t in texts]
    starts = token_batch(texts).starts  # character offsets, whatever the text's characters
    assert [starts[e - n:e].tolist() for n, e in zip(counts.tolist(), ends.tolist(), strict=True)] == [
        token_parts(t)[2] for t in texts]
    first = {}
    for c in codes.tolist():
        first.setdefault(c, len(first))
    assert list(first) == list(range(len(surfaces)))  # codes number surfaces in order of first appearance


def test_is_word_many_equals_is_word_for_every_code_point():
    from coverage.text import is_word, is_word_many

    words = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]
    words += ["we're", "...", "_a_", "x" * 50, "—a", "a—", ""]
    assert is_word_many(words).tolist() == [is_word(w) for w in words]
    assert is_word_many(["ok", "\ud800", "."]).tolist() == [True, False, False]  # a lone surrogate: all in Python


# -- folding: a joiner between two letters, or a look-alike letter, changes no norm ------------------

_LOOKALIKES = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
               "i": "\u0456", "T": "\u0422", "A": "\u0391", "O": "\u039f"}


@st.composite
def _hidden(draw):
    """A text of known sentences, and the same text with joiners, fullwidth and look-alike letters inside words."""
    text = " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4)))
    out = []
    for k, ch in enumerate(text):
        kind = draw(st.sampled_from(["keep"] * 6 + ["join", "wide", "alike"]))
        if kind == "wide" and "!" <= ch <= "~":
            ch = chr(ord(ch) + 0xFEE0)
        elif kind == "alike" and ch in _LOOKALIKES:
            word = text[:k].split(" ")[-1] + text[k:].split(" ")[0]
            if sum(c.isascii() and c.isalpha() for c in word) > 1:  # a look-alike only among Latin letters
                ch = _LOOKALIKES[ch]
        out.append(ch)
        if kind == "join" and ch.isalnum() and k + 1 < len(text) and text[k + 1].isalnum():
            out.append(draw(st.sampled_from(JOINERS)))
    return text, "".join(out)


@settings(DETERMINISTIC, max_examples=300)
@given(_hidden())
def test_hidden_characters_change_no_norm_and_offsets_stay_in_the_original(pair):
    plain, hidden = pair
    toks = tokenize(hidden)
    assert [t.norm for t in toks] == [t.norm for t in tokenize(plain)]
    assert all(hidden[t.start:t.end] == t.text for t in toks)
    assert fold_text(hidden).lower() == fold_text(plain).lower()


@settings(DETERMINISTIC, max_examples=800)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(ANY_CHAR, max_size=10)), max_size=60).map("".join))
def test_fold_text_is_idempotent_and_changes_only_texts_with_fold_characters(text):
    from coverage.text import has_fold_chars, token_norm, token_norms

    folded = fold_text(text)
    assert fold_text(folded) == folded
    if not has_fold_chars(text):
        assert folded == text
    assert not any(ch in JOINERS for ch in folded)
    toks = tokenize(text)
    assert [t.norm for t in toks] == token_norms([t.text for t in toks]) == [token_norm(t.text) for t in toks]
