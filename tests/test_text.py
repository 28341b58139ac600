"""Sentence segmentation and tokenization: hand-written expectations on seed articles."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from conftest import ROOT, read_seed

from coverage.text import is_word, normalize_text, segment, tokenize

# Hand-written expected segmentation of seeds/000 (blank-line paragraphs, quotes across sentences).
EXPECTED_000 = [
    "OXFORD East MP Andrew Smith was among thousands of people who crowded together in tribute to terror attack victims in London today.",
    "Police officers, faith leaders and members of the public linked hands on Westminster Bridge in a show of defiance.",
    "The vigil came exactly one week after the killer rampage carried out by Khalid Masood, in which three pedestrians and a police officer died.",
    "Mr Smith said: “There was a strong sense of solidarity [at the vigil].",
    "It was very calm - people were rightly thoughtful and resolute.",
    "The mood was very human and caring.",
    "“People were standing together, both literally and emotionally.”",
    "He tweeted a photo from his London office showing a sea of people at the vigil, which lasted throughout the afternoon.",
    "The bridge, still adorned with floral tributes to the victims, was closed to traffic while the Hands Across Westminster Bridge vigil took place.",
    "Hundreds of members of the Ahmadiyya Muslim Youth Association were also present.",
    "Zafir Malik, an imam from the association, said they were asked by the police to come along to show solidarity, and that they wanted to show that the terror attack had ‘nothing to do’ with religion.",
    "He said: “[It has] nothing to do with Islam, nothing to do with what we believe in and preach on a daily basis.",
    "“We’re here to show that we are united with our fellow countrymen and remembering those who have fallen.",
    "We are here and showing our solidarity for the country.”",
    "Vigils were also held across the country to coincide with the Westminster event.",
    "A similar event was held in Oxford city centre on Friday to show solidarity to the victims, attended by Islamic scholar Dr Sheikh Ramzy, MPs Andrew Smith and Nicola Blackwood and members of Oxford Stand Up to Racism.",
    "During the attack last Wednesday, 52-year-old Masood mowed down pedestrians outside Parliament, injuring 50 and killing three.",
    "He then ran into the Palace of Westminster and fatally stabbed PC Keith Palmer.",
    "Masood was shot dead by an officer and died at the scene, with his actions later branded 'an attack on the heart of democracy'.",
]

# seeds/004 has one paragraph per line; the ellipsis inside a quote ends a sentence.
EXPECTED_004 = [
    "Tearful Londoners have held a minute’s silence to honour those killed in the Westminster attack, as the city reacted with defiance to an act that meant to inspire fear.",
    "Khalid Masood, 52, drove a 4X4 down Westminster Bridge, injuring many and killing a Spanish teacher and an American tourist before he crashed into parliament, fatally stabbed a police officer and was shot dead.",
    "Five people remain in critical condition and two have life threatening injuries.",
    "Police have arrested eight people in connection with the attack.",
    "On Thursday evening, Home Secretary Amber Rudd, London Mayor Sadiq Khan and Acting Met Commissioner Craig Mackey lit candles at Trafalgar Square and addressed thousands who had gathered.",
    "Khan, who has made “London is open” a personal slogan, had issued an open invite for people to “to come together in solidarity to remember those who have lost their lives, to express sympathy with their families and loved ones and to show the world that we are more committed than ever to the values that we hold dear”.",
    "Mackey, who was visiting parliament at the time of the attack and witnessed it, told the crowd: “Terrorists have tried to tear us apart before...",
    "They have never succeeded and never will.”",
    "Khan read out the names of the three people Masood killed and said: “Our hearts are with them.”",
    "He told the crowd: “Those evil and twisted individuals who tried to destroy our shared way of life will never succeed and we condemn them.",
    "“The victims were people who came from all corners of our world.",
    "This is a time to express our gratitude to the heroism of our police officers and emergency services who ran towards danger to help, and at the same time they encouraged others to run for safety.",
    "“London is a great city, full of amazing people from all backgrounds.",
    "When Londoners face adversity we always pull together.",
    "“We stand up for our values and show the world we are the greatest city in the world.”",
    "Rudd said PC Keith Palmer, the officer killed in Wednesday’s attack, was “courageous and brave”.",
    "She added: “The terrorists will not defeat us.",
    "We will defeat them.",
    "We are strong in our values and proud of our country.”",
    "People held bunches of flowers while one group of Muslim men held a banner, saying “love for all, hatred for none”.",
    "PC Palmer was married with a five-year-old daughter.",
    "Kurt Cochran, the American tourist who was killed, was visiting London with his wife to celebrate their 25th wedding anniversary.",
    "She remains in hospital.",
    "Aysha Frade, a 43-year-old mother-of-two, was killed by Masoon on Westminster Bridge where she was travelling to pick up her children from school.",
    "Masood had a string of convictions spanning from 1983 to 2003 but none was for terrorism and he was not the subject of any active investigation, police said.",
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("000_e82ffc3f97d3e728.txt", EXPECTED_000), ("004_a9d9733c30e082bb.txt", EXPECTED_004)],
)
def test_seed_segmentation_matches_hand_written(name, expected):
    text = read_seed(name)
    sents = segment(text)
    assert [s.text for s in sents] == expected
    for s in sents:
        assert text[s.start : s.end] == s.text
    assert [s.index for s in sents] == list(range(len(expected)))


def test_quotes_spanning_sentences_are_tracked():
    sents = segment(read_seed("000_e82ffc3f97d3e728.txt"))
    # sentences 3-5: one quotation opened in 3 and never closed in the paragraph
    assert [s.in_quote for s in sents[2:8]] == [False, True, True, True, True, False]


def test_headline_without_punctuation_and_byline_are_own_sentences():
    text = read_seed("002_3af8e3a32a6fdc5a.txt")
    sents = segment(text)
    assert sents[0].text.startswith("London attack: Crowds gather") and sents[0].text.endswith("Parliament attack")
    assert sents[1].text == "Chloe Chaplain"
    assert sents[2].text.startswith("Crowds of Londoners")


@pytest.mark.parametrize(
    "text",
    [
        "Mr Smith met Dr. Omer at 2.40pm in the U.K. on Wednesday.",
        "Ms Rudd and Mrs. May spoke to St. Paul's staff at 10 a.m. in the U.S. embassy.",
        "PC Palmer and Insp. Jones arrived at No. 10 Downing St. after 5.30pm.",
    ],
)
def test_british_abbreviations_do_not_split(text):
    assert [s.text for s in segment(text)] == [text]


def test_abbreviation_at_sentence_end_followed_by_new_sentence():
    sents = segment("He lives in the U.K. He moved there in 2001.")
    # "U.K." is an abbreviation, but a capitalised pronoun after it starts a sentence
    assert len(sents) in (1, 2)  # Punkt's orthographic heuristics decide; offsets must stay exact
    assert "".join(s.text for s in sents).replace(" ", "") == "He lives in the U.K. He moved there in 2001.".replace(" ", "")


def test_tokenize_offsets_and_forms():
    text = "We’re not afraid: U.K. vigil at 2.40pm, mother-of-two said #WeAreNotAfraid!"
    toks = tokenize(text, offset=100)
    assert [t.text for t in toks] == [
        "We’re", "not", "afraid", ":", "U.K.", "vigil", "at", "2.40pm", ",", "mother-of-two", "said",
        "#WeAreNotAfraid", "!",
    ]
    assert toks[0].norm == "we're"
    assert toks[4].norm == "u.k."
    for t in toks:
        assert text[t.start - 100 : t.end - 100] == t.text
    assert [is_word(t) for t in toks].count(False) == 3


def test_normalize_text_keeps_quotes_and_maps_line_ends():
    raw = "\ufeff“Hi” – she said\r\nnext\u00a0line\x00"
    assert normalize_text(raw) == "“Hi” – she said\nnext line"
    assert normalize_text("e\u0301") == "é"  # NFC


def test_empty_and_whitespace_text():
    assert segment("") == []
    assert segment("   \n\n  ") == []
    assert tokenize("") == []


def test_pipeline_needs_no_downloaded_data(tmp_path):
    """Segmentation, tokenization and VADER work with an empty NLTK_DATA and HOME."""
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    code = textwrap.dedent(
        """
        import nltk, coverage
        from coverage.text import segment, tokenize
        from coverage.families.sentiment import compound
        assert not any(p for p in nltk.data.path if 'vader' in p.lower())
        s = segment('Mr Smith spoke. “We stand together.”')
        assert [x.text for x in s] == ['Mr Smith spoke.', '“We stand together.”'], s
        assert compound('They will not win.') == -0.4717
        a = coverage.analyze(coverage.load_corpus('seeds'))
        assert len(a.articles) == 5
        print('OK', len(a.sentences))
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("NLTK")}
    env.update({"NLTK_DATA": str(empty), "HOME": str(home)})
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("OK")


def test_no_nltk_download_anywhere_in_package():
    src = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "coverage").rglob("*.py"))
    assert "nltk.download" not in src


@pytest.mark.parametrize(("pattern", "flags", "twin"), [
    (r"a\sb", 0, r"a[^\S\x1c-\x1f]b"),                      # regex's \s lacks \x1c-\x1f: spelled out
    (r"[ab]\S+?(?=\s|$)", 0, r"[ab][\S\x1c-\x1f]+?(?=[^\S\x1c-\x1f]|$)"),
    (r"[\(\"\`{\[:;&\#]\.(?:x|y)", 0, r"[\(\"\`{\[:;&\#]\.(?:x|y)"),  # escaped punctuation, an escaped [ before :
    (r"\u2018\xab", 0, r"\u2018\xab"),
    (r"\w+", 0, None),                                      # \w, \d, \b: Unicode tables differ between engines
    (r"[^\W\d]", 0, None),
    (r"\bx", 0, None),
    (r"[\]\s]", 0, None),                                   # \s inside a class is not rewritten
    (r"[[:alpha:]]", 0, None),                              # POSIX classes are regex-only
    (r"(?<=a)b", 0, None),                                  # look-behind: in-place matching would differ
    (r"(?P<x>a)(?P=x)", 0, None),
    (r"ab", 2, None),                                       # IGNORECASE: case folding differs
])
def test_punkt_patterns_are_twinned_in_re_only_when_equivalent(pattern, flags, twin):
    import re

    import regex

    from coverage.text import _stdlib_twin

    got = _stdlib_twin(regex.compile(pattern, flags | regex.VERSION0))
    assert (got.pattern if got is not None else None) == twin
    if got is not None:
        assert isinstance(got, re.Pattern)


def test_punkt_tokens_use_nltks_own_patterns_without_the_timer():
    # the same `regex` objects NLTK compiled (so the same matches), called without the ReDoS wrapper
    from nltk.tokenize.punkt import PunktToken

    from coverage.text import _FastToken, _punkt

    assert _punkt()._Token is _FastToken
    for name in ("_RE_ELLIPSIS", "_RE_NUMERIC", "_RE_INITIAL", "_RE_ALPHA"):
        assert getattr(_FastToken, name) is getattr(getattr(PunktToken, name), "_rx", getattr(PunktToken, name))
    for tok in ("No.", "J.", "2,016.", "-.5", "...", "Smith", "ü.", "1st."):
        fast, ref = _FastToken(tok), PunktToken(tok)
        assert (fast.type, bool(fast.is_ellipsis), bool(fast.is_initial), bool(fast.is_alpha), fast.is_number) == (
            ref.type, bool(ref.is_ellipsis), bool(ref.is_initial), bool(ref.is_alpha), ref.is_number), tok


# -- split_tokens_many: the batch split in Arrow ---------------------------------------------------

# texts where the token pattern's look-arounds decide: the RE2 pattern (which has none) alone
# would split them differently, so they must be split by Python
LOOKAROUND_CASES = [
    "3D mapping",         # \b after a number fails: "3D" is one word
    "a $1.8bn office",    # "1" "." "8bn", not "1.8" "bn"
    "1,000abc",           # "1" "," "000abc"
    "10_000 and 7_",      # "_" is a word character: no \b after "10" or "7"
    "U.S.Army",           # an initialism followed by a letter is no initialism: "U" "." "S" "." "Army"
]


class _CountingSplit:
    """Stands in for the token pattern, counting the texts Python splits."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, []

    def split(self, text):
        self.calls.append(text)
        return self.pattern.split(text)


def _many(texts):
    from coverage.text import split_tokens_many

    surfaces, codes, counts = split_tokens_many(texts)
    assert codes.dtype == "int32" and counts.dtype == "int64" and int(counts.sum()) == len(codes)
    assert len(set(surfaces)) == len(surfaces)
    ends = counts.cumsum()
    return [[surfaces[c] for c in codes[e - n:e]] for n, e in zip(counts.tolist(), ends.tolist(), strict=True)]


def test_split_tokens_many_equals_split_tokens_and_routes_only_lookaround_cases(monkeypatch):
    import coverage.text as text_mod
    from coverage.text import split_tokens

    plain = ["We’re here at 2.40pm on the 29th.", "The U.K. and U.S. leaders met, 1,000 of them!",
             "#WeAreNotAfraid @police mother-of-two’s 1990s 10.5 ½ café — “quoted” … €5 ™ 😀", "", "  ", "_x_", "the U.S.A.B. plan"]
    texts = plain + LOOKAROUND_CASES
    expected = [split_tokens(t)[1] for t in texts]
    spy = _CountingSplit(text_mod._SPLIT_RE)
    monkeypatch.setattr(text_mod, "_SPLIT_RE", spy)
    assert _many(texts) == expected
    assert spy.calls == LOOKAROUND_CASES  # everything else was split by Arrow
    # the hand-checked splits of the look-around cases
    assert expected[len(plain):len(plain) + 5] == [
        ["3D", "mapping"], ["a", "$", "1", ".", "8bn", "office"], ["1", ",", "000abc"],
        ["10", "000", "and", "7"], ["U", ".", "S", ".", "Army"]]


def test_split_tokens_many_codes_in_order_of_first_appearance():
    from coverage.text import split_tokens_many

    surfaces, codes, counts = split_tokens_many(["b a b.", "", "a c"])
    assert surfaces == ["b", "a", ".", "c"]
    assert codes.tolist() == [0, 1, 0, 2, 1, 3] and counts.tolist() == [4, 0, 2]
    surfaces, codes, counts = split_tokens_many([])
    assert (surfaces, codes.tolist(), counts.tolist()) == ([], [], [])


def test_split_tokens_many_outside_the_classes_and_lone_surrogates_go_to_python(monkeypatch):
    import coverage.text as text_mod
    from coverage.text import split_tokens

    outside = ["Привет мир 3D", "٣٤ digits", "你好。", "a\x00b"]  # Cyrillic, Arabic-Indic digits, CJK, NUL
    expected = [split_tokens(t)[1] for t in ["plain text", *outside]]
    spy = _CountingSplit(text_mod._SPLIT_RE)
    monkeypatch.setattr(text_mod, "_SPLIT_RE", spy)
    assert _many(["plain text", *outside]) == expected
    assert spy.calls == outside
    spy.calls.clear()
    batch = ["one two", "bad \ud800 text", "three"]  # Arrow cannot hold a lone surrogate: all in Python
    assert _many(batch) == [["one", "two"], ["bad", "\ud800", "text"], ["three"]]
    assert spy.calls == batch


# -- folding: soft hyphens, zero-width joiners, fullwidth and look-alike letters (issue 15) ----------

# every way a scraped "terror" may hide itself: the folded norm is "terror" in each
TERROR_VARIANTS = [
    "terror", "ter\u00adror", "ter\u200cror", "ter\u200dror", "ter\u2060ror", "te\u00adr\u00adror",
    "ＴＥＲＲＯＲ", "t\u0435rror", "T\u0415RROR", "terr\u043er", "terr\u03bfr",
    "\U0001d42d\U0001d41e\U0001d42b\U0001d42b\U0001d428\U0001d42b",  # mathematical bold
]


@pytest.mark.parametrize("word", TERROR_VARIANTS)
def test_hidden_terror_is_one_token_with_the_original_surface_and_a_folded_norm(word):
    text = f"After the {word}, they met."
    toks = tokenize(text, offset=100)
    words = [t for t in toks if t.norm == "terror"]
    assert len(words) == 1
    t = words[0]
    assert t.text == word and text[t.start - 100:t.end - 100] == word  # offsets: the original characters
    assert [x.norm for x in toks] == ["after", "the", "terror", ",", "they", "met", "."]


def test_fold_text_examples():
    from coverage.text import fold_text

    assert fold_text("They were kil\u00adled.") == "They were killed."
    assert fold_text("ＧＯＯＤ ﬁre \U0001d413\U0001d404\U0001d411\U0001d411\U0001d40e\U0001d411") == "GOOD fire TERROR"
    assert fold_text("IS\u00adIS I\u0405IS") == "ISIS ISIS"  # case kept
    assert fold_text("w\u200de\u2060 a\u200cb") == "we ab"
    # look-alikes only in a word that mixes them with Latin letters, and only when all of its
    # Cyrillic/Greek letters are look-alikes
    assert fold_text("аttack") == "attack"
    for untouched in ["Москва и Киев", "сор рос", "ελληνικά", "Путин-style", "Pусский"]:
        assert fold_text(untouched) == untouched
    assert fold_text("tеrror-related Путин") == "terror-related Путин"
    assert fold_text("“We’re here” — 2.40pm … ½ ² ™ é") == "“We’re here” — 2.40pm … ½ ² ™ é"  # ordinary text: itself


def test_pure_russian_and_greek_tokens_are_not_folded():
    toks = tokenize("Террор в Москве. Η τρομοκρατία ΟΧΙ.")
    assert [t.norm for t in toks] == ["террор", "в", "москве", ".", "η", "τρομοκρατία", "οχι", "."]
    assert all(t.norm == t.text.lower() for t in toks)


def test_joiners_outside_a_word_belong_to_no_token():
    text = "\u00ad terror\u00ad \u200dattack \u2060 we\u00ad’re"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["terror", "attack", "we", "’", "re"]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_normalize_text_keeps_the_characters_folding_reads():
    raw = "ter\u00adror at\u200dtack a\u200cb a\u2060b ＴＥＲＲＯＲ аttack ﬁre"
    assert normalize_text(raw) == raw


def test_token_norms_equals_token_norm_with_folding():
    from coverage.text import token_norm, token_norms

    toks = [*TERROR_VARIANTS, "We’re", "HERE", "Москва", "a\x00ter\u00adror", "", "ΟΧΙ", "Pусский", "ﬁ"]
    assert token_norms(toks) == [token_norm(t) for t in toks]
    assert token_norms(toks[:-6]) == [token_norm(t) for t in toks[:-6]]  # one fold of the joined tokens
    assert token_norms([]) == [] and token_norms([""]) == [""]


def test_has_fold_chars_finds_every_character_folding_changes_in_long_text():
    """The byte scans of has_fold_chars never miss a character of _FOLD_RE, whatever surrounds it."""
    from coverage.text import _FOLD_RE, fold_text, has_fold_chars

    pad = "We’re “here” at 2.40pm — ok. " * 10  # > 200 characters, not ASCII
    found = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF and _FOLD_RE.match(chr(cp))]
    assert len(found) > 1000
    for ch in found:
        for text in (pad + ch + pad, pad + "😀" + ch, ch + "x"):
            assert has_fold_chars(text), hex(ord(ch))
    for text in (pad, pad + "😀 Ø û ÿ \ufffd", "plain", "", "café"):
        assert fold_text(text) == text
    assert not has_fold_chars(pad) and not has_fold_chars("plain")


def test_split_tokens_many_keeps_joiners_inside_words_like_python():
    from coverage.text import split_tokens

    texts = ["ter\u00adror at\u200dtack", "kil\u00adled \u00ad x\u00ad \u2060y", "1\u00ad000 U.K.\u00ad #vi\u00adgil we’\u00adre",
             "mother\u00ad-of-two don\u200c't", "ＴＥＲＲＯＲ аttack"]
    assert _many(texts) == [split_tokens(t)[1] for t in texts]
    assert _many(texts)[0] == ["ter\u00adror", "at\u200dtack"]
