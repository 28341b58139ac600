"""Offline text pipeline: normalisation, sentence segmentation and tokenization.

Everything here works without downloaded data: sentence boundaries come from
NLTK's Punkt algorithm with parameters authored in this package
(``coverage/data/punkt_abbreviations.txt``), tokens from one regular
expression. Every sentence and token keeps its character offsets into the
(normalised) article text, so any number can be traced back to the exact span
that produced it.

Tokens are matched and counted by their norm, which is *folded* (:func:`fold_text`):
soft hyphens and zero-width (non-)joiners inside a word are removed, fullwidth
letters and ligatures take their NFKC form, and Cyrillic or Greek look-alike letters
in an otherwise Latin word become Latin, so "ter\\u00adror", "ＴＥＲＲＯＲ" and
"tеrror" (Cyrillic "е") all count as "terror". The article text itself is not
changed: a token's surface and offsets are those of the original characters.

The pipeline, for one article::

    text = normalize_text(raw)            # NFC, LF line ends, no BOM; quotes and dashes kept
    for sent in segment(text):            # Sentence(index, start, end, paragraph, in_quote, text)
        tokens = tokenize(sent.text, offset=sent.start)   # Token(text, norm, start, end)

Examples
--------
>>> from coverage.text import segment, tokenize
>>> [s.text for s in segment("Mr Smith met Dr. Omer at 2.40pm. They talked")]
['Mr Smith met Dr. Omer at 2.40pm.', 'They talked']
>>> [t.norm for t in tokenize("We’re not afraid.")]
["we're", 'not', 'afraid', '.']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib import resources
from itertools import accumulate, repeat
from operator import add
from typing import Any, NamedTuple

import numpy as np
from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

__all__ = [
    "Sentence",
    "Token",
    "normalize_text",
    "paragraphs",
    "segment",
    "tokenize",
    "token_parts",
    "split_tokens",
    "split_tokens_many",
    "token_batch",
    "TokenBatch",
    "token_starts",
    "tokens_from_parts",
    "token_norm",
    "token_norms",
    "fold_text",
    "has_fold_chars",
    "JOINERS",
    "is_word",
    "is_word_many",
    "OPEN_QUOTES",
    "CLOSE_QUOTES",
]

#: Quotation marks that open / close a quotation. Straight quotes toggle.
OPEN_QUOTES = "“‘«„‚"
CLOSE_QUOTES = "”’»"
_STRAIGHT_QUOTES = '"'


class Sentence(NamedTuple):
    """One sentence of an article.

    Attributes
    ----------
    index : int
        Position of the sentence in the article, from 0.
    start, end : int
        Character offsets into the article text: ``text == article[start:end]``.
    paragraph : int
        Position of the paragraph (non-empty line) the sentence belongs to, from 0.
    in_quote : bool
        True when any part of the sentence lies inside quotation marks, including
        quotations that opened in an earlier sentence of the same paragraph.
    text : str
        The sentence text.
    """

    index: int
    start: int
    end: int
    paragraph: int
    in_quote: bool
    text: str


class Token(NamedTuple):
    """One token: surface text, normalised form (folded, lower case, straight apostrophe), offsets.

    ``text`` is the original surface (``article[start:end]``, soft hyphens and the like
    included); ``norm`` is :func:`token_norm` of it.
    """

    text: str
    norm: str
    start: int
    end: int


# ---------------------------------------------------------------------------
# normalisation

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u2028\u2029\ufeff]")
# every character normalize_text replaces or removes (CR, the no-break spaces, _CONTROL_RE), as code point ranges
_NORMALIZED = ((0x0, 0x8), (0xB, 0x1F), (0x7F, 0x7F), (0xA0, 0xA0), (0x200B, 0x200B), (0x2028, 0x2029),
               (0x202F, 0x202F), (0xFEFF, 0xFEFF))


def normalize_text(text: str) -> str:
    """Return the canonical form every offset in this package refers to.

    Unicode NFC; CRLF and CR become LF; no-break spaces become spaces; zero-width
    spaces, byte-order marks and C0 control characters (except tab and LF)
    are removed. Curly quotes, apostrophes and dashes are *kept*: quote detection
    needs them, and tokens map them to straight forms in :attr:`Token.norm`. So are
    soft hyphens, zero-width (non-)joiners, word joiners, fullwidth and look-alike
    letters: tokens are matched on their folded norm (:func:`fold_text`), offsets
    and evidence point at these original characters.

    Examples
    --------
    >>> normalize_text("\\ufeffHello\\r\\nworld\\u00a0!")
    'Hello\\nworld !'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize_text expects str, got {type(text).__name__}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = _CONTROL_RE.sub("", text)
    # NFC last: a removed character between a letter and its combining mark must not leave them apart
    # (NFC never produces CR, no-break spaces or the removed characters, so the result is stable)
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------------------
# sentence segmentation


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    raw = resources.files("coverage").joinpath("data/punkt_abbreviations.txt").read_text("utf-8")
    words = set()
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.add(line.rstrip("."))
    return frozenset(words)


# Punkt asks, for every candidate boundary, whether its context ("afraid. They")
# contains a break, by word-tokenizing and annotating that context: most of the
# segmentation time. With this package's parameters (abbreviations only; no
# collocations, sentence starters or orthographic statistics) a context made of
# one plain word of 2+ letters, a single '.', whitespace and a next token always
# breaks unless the word is an abbreviation (also when a closing bracket or
# straight quote follows the period), a word followed by a single '?' or '!'
# always breaks, and so does a number + '.' before a capitalised word; those
# contexts are decided here, every other one by Punkt itself. tests/test_text.py checks the result equals Punkt's.
_PLAIN_PERIOD_RE = re.compile(r"([^\W\d_]{2,})\.(?:\s+\S+|[)\";}\]*:@'({\[!?\u2018\u2019\u201c\u201d\xab\xbb])")
_PLAIN_QUESTION_RE = re.compile(r"[^\W\d_]+[?!](?:\s+\S+|[)\";}\]*:@'({\[\u2018\u2019\u201c\u201d\xab\xbb])")
# "Mr. Smith", "U.S. officials", "Gov. Chris’s": an abbreviation (2+ characters, so not an initial)
# before one plain word never breaks (Punkt marks it abbreviation; with no orthographic statistics the
# next word cannot make it a break, and the plain word's own trailing punctuation is the last token)
_ABBREV_PERIOD_RE = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)\.\s+[^\W\d_]+(?:[’'][^\W\d_]+)?[,.;:]?")
_NUMBER_PERIOD_RE = re.compile(r"(\d+)\.\s+(\S)\S*")


class _FastPunkt(PunktSentenceTokenizer):
    """Punkt with a shortcut for the commonest boundary contexts (same decisions)."""

    def text_contains_sentbreak(self, text: str) -> bool:
        abbrev = self._params.abbrev_types
        m = _PLAIN_PERIOD_RE.fullmatch(text)
        if m is not None:
            word = m.group(1).lower()
            if word not in abbrev and word.split("-")[-1] not in abbrev:
                return True
        if _PLAIN_QUESTION_RE.fullmatch(text) is not None:
            return True
        m = _ABBREV_PERIOD_RE.fullmatch(text)
        if m is not None and len(m.group(1)) >= 2 and m.group(1).lower() in abbrev:
            return False
        m = _NUMBER_PERIOD_RE.fullmatch(text)
        # "2016. This": a number before a capitalised word breaks (Punkt's ortho heuristic says "unknown")
        if m is not None and m.group(2).isupper() and m.group(1) not in abbrev:
            return True
        return _punkt_sentbreak(self, text)


@lru_cache(maxsize=8192)
def _punkt_sentbreak(tok: PunktSentenceTokenizer, text: str) -> bool:
    """Punkt's own decision for a context (memoised: "W. Bush", "(D-Calif.)", "No. 1" recur; a tokenizer's
    parameters are never changed after :func:`_punkt` builds it)."""
    return PunktSentenceTokenizer.text_contains_sentbreak(tok, text)


_WHITESPACE = " \t\n\r\x0b\x0c"  # string.whitespace, what Punkt looks for before a candidate

# NLTK (3.9+) compiles Punkt's patterns with the `regex` module behind a ReDoS time guard, which
# costs more per call than the pattern itself: 40% of segmentation in the span patterns, 70% of
# NLTK's own boundary decisions in the word tokenizer. Patterns that use nothing whose meaning
# differs between the two engines are compiled again with the standard `re`. The one difference
# they may touch is whitespace: `regex`'s \s is `re`'s without \x1c-\x1f (checked for every code
# point), so \s and \S are spelled out. Anything else (\w, \d, \b, case folding, other flags,
# unusual groups, \s inside a class) keeps NLTK's pattern.
_WS, _NON_WS = r"[^\S\x1c-\x1f]", r"[\S\x1c-\x1f]"
_ESC = r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)"
# a pattern's pieces: an escape, a character class (escapes inside it whole) or one character
_PIECE_RE = re.compile(rf"{_ESC}|\[\^?\]?(?:{_ESC}|[^\]\\])*\]|.", re.DOTALL)
_SAFE_ESCAPE_RE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[^\w\s])")  # literal characters
_SHARED_FLAGS = re.VERBOSE | re.UNICODE | re.MULTILINE | re.DOTALL
_REGEX_V0 = 8192  # regex.VERSION0: re-compatible behaviour, the default


def _stdlib_twin(pattern: Any) -> re.Pattern[str] | None:
    """The standard-library equivalent of an NLTK pattern, or None when it might differ.

    Accepted: literal characters and escaped punctuation, character classes of those,
    ``\\s``/``\\S`` outside classes, groups ``(?:``, ``(?=``, ``(?!``, ``(?P<``, and
    the flags both engines read alike.
    """
    raw = getattr(pattern, "_rx", pattern)  # NLTK's ReDoS wrapper around a `regex` pattern
    text, flags = raw.pattern, int(raw.flags) & ~_REGEX_V0
    if not isinstance(text, str) or flags & ~_SHARED_FLAGS:
        return None
    out = []
    pieces = _PIECE_RE.findall(text)
    for k, piece in enumerate(pieces):
        if piece in (r"\s", r"\S"):
            out.append(_WS if piece == r"\s" else _NON_WS)
            continue
        if piece.startswith("\\") and not _SAFE_ESCAPE_RE.fullmatch(piece):
            return None
        if piece.startswith("[") and len(piece) > 1:
            inner = piece[1:-1]
            if "[:" in re.sub(_ESC, "", inner) or any(not _SAFE_ESCAPE_RE.fullmatch(m) for m in re.findall(_ESC, inner)):
                return None
        if piece == "(" and k + 1 < len(pieces) and pieces[k + 1] == "?":
            after = "".join(pieces[k + 2:k + 4])
            if not (after[:1] in (":", "=", "!") or after == "P<"):
                return None
        out.append(piece)
    try:
        return re.compile("".join(out), flags)
    except re.error:
        return None


@lru_cache(maxsize=8)
def _span_patterns(lang: Any) -> tuple[Any, Any, bool]:
    """``(period_context, realignment, stdlib)`` for Punkt language variables ``lang``.

    The standard-library twins when both patterns have one (``stdlib`` True);
    otherwise NLTK's own compiled patterns.
    """
    context, realign = lang.period_context_re(), lang.re_boundary_realignment
    twins = _stdlib_twin(context), _stdlib_twin(realign)
    # the realignment is matched in place (pos, endpos), which equals matching the slice unless it has ^
    in_place = twins[1] is not None and "^" not in _PIECE_RE.findall(twins[1].pattern)
    if twins[0] is not None and in_place:
        return twins[0], twins[1], True
    return getattr(context, "_rx", context), realign, False


class _FastLangVars(PunktLanguageVars):
    """NLTK's English language variables, with the word tokenizer compiled by `re` (same tokens)."""

    __slots__ = ()

    def _word_tokenizer_re(self) -> Any:
        try:
            return self._re_word_tokenizer
        except AttributeError:
            nltk_re = super()._word_tokenizer_re()
            self._re_word_tokenizer = _stdlib_twin(nltk_re) or nltk_re
            return self._re_word_tokenizer


class _FastToken(PunktToken):
    """NLTK's Punkt token, its four patterns called without NLTK's ReDoS timer.

    The patterns are NLTK's own compiled `regex` objects (so every match is the same),
    called directly: the timer wrapper costs 2.2 us a call against 0.3 us for the match.
    Each pattern is matched against one token at its start and runs in time linear in
    it (``\\.\\.+$``, ``^-?[\\.,]?\\d[\\d,\\.-]*\\.?$``, ``[^\\W\\d]\\.$``, ``[^\\W\\d]+$``),
    so the timer has nothing to guard.
    """

    __slots__ = ()
    _RE_ELLIPSIS = getattr(PunktToken._RE_ELLIPSIS, "_rx", PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = getattr(PunktToken._RE_NUMERIC, "_rx", PunktToken._RE_NUMERIC)
    _RE_INITIAL = getattr(PunktToken._RE_INITIAL, "_rx", PunktToken._RE_INITIAL)
    _RE_ALPHA = getattr(PunktToken._RE_ALPHA, "_rx", PunktToken._RE_ALPHA)


def _punkt_spans(tok: PunktSentenceTokenizer, text: str) -> list[tuple[int, int]]:
    """``list(tok.span_tokenize(text))``, in one function.

    NLTK's ``span_tokenize`` chains four generators and walks back over each
    candidate's preceding word one character at a time; this is the same
    algorithm (``_match_potential_end_contexts``, ``_slices_from_text``,
    ``_realign_boundaries`` of NLTK 3.9-3.10) with ``str.rfind`` for that walk, and
    with NLTK's patterns compiled by ``re`` where that cannot change a match
    (:func:`_stdlib_twin`).
    The tests compare it with ``span_tokenize`` on every seed paragraph and on
    hand-made boundary contexts.
    """
    candidates, realign_re, stdlib = _span_patterns(tok._lang_vars)
    # potential ends and their contexts (the word before the end, the end, what follows)
    found: list[tuple[Any, str]] = []
    prev_start = prev_stop = 0
    prev_match = None
    spaces = tuple(filter(text.__contains__, _WHITESPACE))  # the whitespace characters in the text (mostly " ")
    for match in candidates.finditer(text):
        m_start = match.start()
        # the last whitespace between the previous candidate and this one, found in place (-1: none)
        last_ws = text.rfind(" ", prev_stop, m_start) if spaces == (" ",) else max(
            [text.rfind(ch, prev_stop, m_start) for ch in spaces], default=-1)
        word_start = last_ws + 1 if last_ws > prev_stop else prev_start
        if prev_match is not None and prev_stop <= word_start:
            found.append((prev_match, text[prev_start:prev_stop] + prev_match.group() + prev_match.group("after_tok")))
        prev_match, prev_start, prev_stop = match, word_start, m_start
    if prev_match is not None:
        found.append((prev_match, text[prev_start:prev_stop] + prev_match.group() + prev_match.group("after_tok")))
    slices = []
    last_break = 0
    for match, context in found:
        if tok.text_contains_sentbreak(context):
            slices.append((last_break, match.end()))
            last_break = match.start("next_tok") if match.group("next_tok") else match.end()
    slices.append((last_break, len(text.rstrip())))
    out = []
    realign = 0
    for k, (s1, e1) in enumerate(slices):
        s1 += realign
        if k + 1 == len(slices):
            if s1 < e1:
                out.append((s1, e1))
            continue
        s2, e2 = slices[k + 1]
        # with `re`, matching in place equals matching the slice (no ^ or look-behind: _span_patterns)
        m = realign_re.match(text, s2, e2) if stdlib else realign_re.match(text[s2:e2])
        if m:
            out.append((s1, s2 + len(m.group(0).rstrip())))
            realign = m.end() - s2 if stdlib else m.end()
        else:
            realign = 0
            if s1 < e1:
                out.append((s1, e1))
    return out


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(_abbreviations())
    return _FastPunkt(params, lang_vars=_FastLangVars(), token_cls=_FastToken)


@lru_cache(maxsize=1)
def _reference_punkt() -> PunktSentenceTokenizer:
    """NLTK's Punkt with the same parameters and no shortcut (the reference in tests)."""
    params = PunktParameters()
    params.abbrev_types = set(_abbreviations())
    return PunktSentenceTokenizer(params)


_PARA_RE = re.compile(r"[^\n]+")
# Punkt does not end a sentence at an ellipsis; news quotes do ("apart before...
# They have never succeeded"). Split there only when a capital letter follows.
_ELLIPSIS_BREAK_RE = re.compile(r"(?:\.\.\.|…)[”’\"']?(\s+)(?=[“‘\"']?[A-Z])")


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each non-blank line, stripped of surrounding spaces.

    News text arrives either with blank lines between paragraphs or one paragraph
    per line; both give one paragraph per non-empty line. A headline without final
    punctuation is its own paragraph, so it never runs into the first sentence.
    """
    for m in _PARA_RE.finditer(text):
        s, e = m.span()
        if not text[s].isspace() and not text[e - 1].isspace():  # already tight (most lines)
            yield s, e
            continue
        seg = m.group()
        ls = len(seg) - len(seg.lstrip())
        rs = len(seg) - len(seg.rstrip())
        if s + ls < e - rs:
            yield s + ls, e - rs


def _quote_flags(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """For spans of one paragraph, whether each span touches quoted material.

    Curly quotes open and close unambiguously; a straight double quote toggles.
    A single curly quote counts as an opening quote only when it is not an
    apostrophe (i.e. not between two letters: "We’re").
    """
    flags = []
    depth = 0
    for s, e in spans:
        touched = depth > 0
        for m in _QUOTE_CHAR_RE.finditer(text, s, e):  # visit only the quote characters
            i = m.start()
            ch = m.group()
            if ch in "“«„" or (ch in "‘‚" and not _is_apostrophe(text, i)):
                depth += 1
                touched = True
            elif ch == "”" or ch == "»" or (ch == "’" and not _is_apostrophe(text, i) and depth):
                depth = max(0, depth - 1)
                touched = True
            elif ch in _STRAIGHT_QUOTES:
                depth = 0 if depth else 1
                touched = True
        flags.append(touched)
    return flags


_QUOTE_CHAR_RE = re.compile("[“«„‘‚”»’" + re.escape(_STRAIGHT_QUOTES) + "]")


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or after == "s")


def _split_ellipses(para: str, spans: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    for s, e in spans:
        start = s
        for m in _ELLIPSIS_BREAK_RE.finditer(para, s, e):
            yield start, m.start(1)
            start = m.end(1)
        yield start, e


def segment(text: str) -> list[Sentence]:
    """Split normalised article text into sentences with offsets.

    Paragraphs (non-empty lines) are split with Punkt using this package's
    abbreviation list ("Mr", "Dr.", "U.K.", "St", "a.m." ...). Sentences never
    cross a line break. Quotes that span several sentences are tracked per
    paragraph and reported in :attr:`Sentence.in_quote`.

    Parameters
    ----------
    text : str
        Article text, ideally already passed through :func:`normalize_text`.

    Returns
    -------
    list of Sentence

    Examples
    --------
    >>> [s.text for s in segment("Headline without a stop\\n\\nIt began. “We stand. Together.”")]
    ['Headline without a stop', 'It began.', '“We stand.', 'Together.”']
    >>> [s.in_quote for s in segment("It began. “We stand. Together.”")]
    [False, True, True]
    """
    tok = _punkt()
    out: list[Sentence] = []
    for p_index, (ps, pe) in enumerate(paragraphs(text)):
        para = text[ps:pe]
        spans = []
        pieces = _punkt_spans(tok, para)
        if "..." in para or "…" in para:
            pieces = _split_ellipses(para, pieces)
        for s, e in pieces:
            if s < e and not para[s].isspace() and not para[e - 1].isspace():  # already tight (almost always)
                spans.append((ps + s, ps + e))
                continue
            seg = para[s:e]
            # strip whitespace at the edges so offsets are tight
            ls = len(seg) - len(seg.lstrip())
            rs = len(seg) - len(seg.rstrip())
            if s + ls < e - rs:
                spans.append((ps + s + ls, ps + e - rs))
        quoted = _quote_flags(text, spans) if _QUOTE_CHAR_RE.search(text, ps, pe) else [False] * len(spans)
        for (s, e), q in zip(spans, quoted, strict=True):
            out.append(tuple.__new__(Sentence, (len(out), s, e, p_index, q, text[s:e])))  # Sentence(...) in C
    return out


# ---------------------------------------------------------------------------
# folding: what a token is matched and counted as

#: Invisible characters a word may contain between its letters: soft hyphen, zero-width
#: non-joiner, zero-width joiner, word joiner. They are part of the token's surface (and
#: offsets) and removed from its norm; anywhere else they belong to no token.
JOINERS = "\u00ad\u200c\u200d\u2060"
# compatibility characters folded to their NFKC form: Latin ligatures, fullwidth ASCII, mathematical letters/digits
_COMPAT_RANGES = ((0xFB00, 0xFB06), (0xFF01, 0xFF5E), (0x1D400, 0x1D7FF))
# letters of Cyrillic and Greek that look like a Latin letter (Unicode's confusables.txt), case kept
_HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "і": "i", "ј": "j", "ӏ": "l", "о": "o", "р": "p",
    "ԛ": "q", "ѕ": "s", "ԝ": "w", "х": "x", "у": "y",
    "А": "A", "В": "B", "С": "C", "Е": "E", "Ԍ": "G", "Н": "H", "І": "I", "Ӏ": "I", "Ј": "J", "К": "K",
    "М": "M", "О": "O", "Р": "P", "Ԛ": "Q", "Ѕ": "S", "Т": "T", "Ԝ": "W", "Х": "X", "Ү": "Y",
    # Greek
    "α": "a", "ϲ": "c", "ι": "i", "ϳ": "j", "ο": "o", "ρ": "p", "υ": "u", "ν": "v", "γ": "y",
    "Α": "A", "Β": "B", "Ϲ": "C", "Ε": "E", "Η": "H", "Ι": "I", "Ϳ": "J", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Χ": "X", "Υ": "Y", "Ζ": "Z",
}
_HOMOGLYPH_TABLE = str.maketrans(_HOMOGLYPHS)
_FOLD_TABLE = str.maketrans(
    {ch: None for ch in JOINERS}
    | {chr(cp): unicodedata.normalize("NFKC", chr(cp)) for lo, hi in _COMPAT_RANGES for cp in range(lo, hi + 1)
       if unicodedata.normalize("NFKC", chr(cp)) != chr(cp)}
)
# any character folding may change: a text without one folds to itself
_FOLD_RE = re.compile(
    "[" + JOINERS + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _COMPAT_RANGES) + "".join(_HOMOGLYPHS) + "]"
)
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"  # Basic Latin to Latin Extended-B, Latin Extended Additional
_LATIN_RUN_RE = re.compile(f"[{_LATIN}]+")
# a Latin letter next to a look-alike: every run step 3 of fold_text maps has one (its first non-Latin letter
# after a Latin one is a look-alike), and Russian or Greek text has almost none, so no run is visited there
_MIXED_RE = re.compile(f"[{_LATIN}][{''.join(_HOMOGLYPHS)}]|[{''.join(_HOMOGLYPHS)}][{_LATIN}]")
# In UTF-16-LE, a byte of every character of _FOLD_RE but the JOINERS: the high byte of Greek (03), Cyrillic
# (04, 05), the ligatures (FB) and fullwidth forms (FF), and U+D835, the high surrogate of every mathematical
# letter and digit. Each is a memchr; a text where one is found for another reason is searched in full.
_FOLD_UNITS = (b"\x03", b"\x04", b"\x05", b"\xfb", b"\xff")
_MATH_SURROGATE = b"\x35\xd8"


def has_fold_chars(text: str) -> bool:
    """Whether :func:`fold_text` may change ``text``: False at once for ASCII, by a few byte scans for most long texts.

    A regex search costs 4-5 ns a character; the joiners are looked for with ``in``
    and the other characters by a byte of theirs in the text's UTF-16 form (one copy),
    so a long text without any of them costs a fraction of that.
    """
    if text.isascii():
        return False
    if len(text) > 200 and not any(ch in text for ch in JOINERS):
        units = text.encode("utf-16-le", "surrogatepass")
        if not any(b in units for b in _FOLD_UNITS) and (len(units) == 2 * len(text) or _MATH_SURROGATE not in units):
            return False
    return _FOLD_RE.search(text) is not None


def fold_text(text: str) -> str:
    """The compatibility-folded form of ``text`` that tokens are matched and counted as (case kept).

    Three steps, each the identity on text without the characters it concerns (so
    ordinary text is returned as it is, and quickly):

    1. the invisible :data:`JOINERS` (soft hyphen, ZWNJ, ZWJ, word joiner) are removed;
    2. Latin ligatures, fullwidth ASCII and mathematical letters and digits become
       their NFKC form ("ﬁ" -> "fi", "ＴＥＲＲＯＲ" -> "TERROR");
    3. in a run of letters that mixes Latin letters with Cyrillic or Greek ones that all
       look like Latin letters (``_HOMOGLYPHS``, from Unicode's confusables), those
       become the Latin letters ("tеrror" with a Cyrillic "е" -> "terror"); runs with
       no Latin letter (Russian or Greek words) or with any other non-Latin letter
       ("Pусский": "у" and "с" look Latin, "к" and "и" do not) are left alone.

    Offsets never refer to the folded text: tokens keep their surface and offsets
    in the original (:attr:`Token.text`), and only their :attr:`Token.norm` is folded.

    Examples
    --------
    >>> fold_text("ter\\u00adror ＴＥＲＲＯＲ t\\u0435rror Привет")
    'terror TERROR terror Привет'
    """
    if not has_fold_chars(text):
        return text
    return _unconfuse(text.translate(_FOLD_TABLE))


def _unconfuse(text: str) -> str:
    """Step 3 of :func:`fold_text`: the letter runs that are Latin but for look-alikes, mapped to Latin."""
    out: list[str] = []
    done = 0  # text[:done] is in out
    for m in _MIXED_RE.finditer(text):
        i = m.start()
        if i < done:
            continue  # in a run already looked at
        start = i
        while start > done:  # back to the run's first letter (windows reversed: no backward regex search)
            lo = max(done, start - 64)
            n = _LETTERS_RE.match(text[lo:start][::-1])
            k = n.end() if n else 0
            start -= k
            if k < 64:
                break
        end = _LETTERS_RE.match(text, i).end()
        run = text[start:end]
        mapped = run.translate(_HOMOGLYPH_TABLE)
        if _LATIN_RUN_RE.fullmatch(mapped) is not None:  # Latin letters and look-alikes only
            run = mapped
        out.append(text[done:start])
        out.append(run)
        done = end
    out.append(text[done:])
    return "".join(out)


# ---------------------------------------------------------------------------
# tokenization

# inside a word, between letters or digits: an apostrophe, or JOINERS ("we’re", "ter\u00adror")
_WORD_GLUE = r"(?:['’]|[\u00ad\u200c\u200d\u2060]+)"
_TOKEN_RE = re.compile(
    rf"""
    (?:[^\W\d_]\.){{2,}}(?![^\W\d_])           # initialisms: U.K. U.S.A.
  | \d+(?:[.,:]\d+)*(?:[ap]m|st|nd|rd|th|s)?\b  # numbers, times, ordinals: 2.40pm 1,000 29th
  # words, hashtags, we're, mother-of-two, ter\u00adror
  | [#@]?[^\W_]+(?:{_WORD_GLUE}[^\W_]+)*(?:-[^\W_]+(?:{_WORD_GLUE}[^\W_]+)*)*['’]?
  | [^\w\s\u00ad\u200c\u200d\u2060]           # any other visible character (a joiner outside a word is in no token)
    """,
    re.VERBOSE,
)

# the token pattern with one capture group: split() gives gap, token, gap, token, ..., gap in C
_SPLIT_RE = re.compile("(" + _TOKEN_RE.pattern + "\n)", _TOKEN_RE.flags)


def token_norm(token_text: str) -> str:
    """The normalised form of a token's surface text: folded (:func:`fold_text`), lower case, straight apostrophes.

    Examples
    --------
    >>> token_norm("We’re"), token_norm("Ter\\u00adror"), token_norm("ＴＥＲＲＯＲ"), token_norm("t\\u0435rror")
    ("we're", 'terror', 'terror', 'terror')
    """
    return _lower_straight(fold_text(token_text))


def _lower_straight(text: str) -> str:
    """Lower case, straight apostrophes."""
    # three replace() calls: each is a memchr scan when the character is absent (translate() maps every character)
    return text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")


def split_tokens(text: str) -> tuple[list[str], list[str], list[str]]:
    """``(pieces, texts, norms)``: the token split of ``text`` without offsets.

    ``pieces`` alternates gap, token, gap, ..., gap (``"".join(pieces) == text``);
    :func:`token_starts` turns it into offsets when they are needed.

    Examples
    --------
    >>> split_tokens("We’re here.")
    (['', 'We’re', ' ', 'here', '', '.', ''], ['We’re', 'here', '.'], ["we're", 'here', '.'])
    """
    pieces = _SPLIT_RE.split(text)
    toks = pieces[1::2]
    return pieces, toks, token_norms(toks)


def token_norms(toks: list[str]) -> list[str]:
    """:func:`token_norm` of every token, with one ``lower()`` over all of them.

    NUL is neither cased nor case-ignorable, so it separates the tokens exactly; when
    a token has a NUL in it (the split gives more pieces than tokens) every token is
    normalised on its own. Folding, too, is done once over all of them, and only when
    some token has a character it changes: NUL is not a letter, so it also separates
    the letter runs folding looks at, and folding never adds or removes a NUL.

    Examples
    --------
    >>> token_norms(["We’re", "HERE", "ter\\u00adror"])
    ["we're", 'here', 'terror']
    """
    norms = _lower_straight(fold_text("\x00".join(toks))).split("\x00")
    if len(norms) != len(toks):  # a token with a NUL in it (or no token at all)
        return [token_norm(t) for t in toks]
    return norms


def split_tokens_many(texts: Sequence[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The tokens of many texts at once, dictionary-encoded: ``(surfaces, codes, counts)``.

    ``surfaces`` are the distinct token texts in order of first appearance, ``codes``
    (int32) the index into ``surfaces`` of every token, text after text, and
    ``counts`` (int64) the number of tokens of each text. Text ``i``'s tokens are
    exactly ``split_tokens(texts[i])[1]``.

    The split runs in Arrow (RE2, C++) over the whole batch: the token pattern with
    the same character classes, written out as code point ranges, without its two
    look-arounds (the lookahead after an initialism, ``\\b`` after a number). Those
    two can only make the Python pattern take a shorter match, and only where the
    next character is a letter or digit (``_`` after a number too); a text where
    that happens, or with a character outside the ranges the classes were built
    for (Latin letters, general punctuation, currency and common symbol blocks,
    emoji), or with NUL, is split by Python. A batch Arrow cannot hold (a lone
    surrogate) is split by Python as a whole.

    Examples
    --------
    >>> surfaces, codes, counts = split_tokens_many(["We’re here.", "Here at 2.40pm!"])
    >>> surfaces, codes.tolist(), counts.tolist()
    (['We’re', 'here', '.', 'Here', 'at', '2.40pm', '!'], [0, 1, 2, 3, 4, 5, 6], [3, 4])
    """
    batch = token_batch(texts)
    return batch.surfaces, batch.codes, batch.counts


class TokenBatch(NamedTuple):
    """The tokens of many texts (:func:`token_batch`)."""

    surfaces: list[str]  #: distinct token texts, in order of first appearance
    codes: np.ndarray  #: int32, each token's index into ``surfaces``, text after text
    counts: np.ndarray  #: int64, tokens per text
    starts: np.ndarray  #: int64, each token's start offset in its text (characters)


def token_batch(texts: Sequence[str]) -> TokenBatch:
    """:func:`split_tokens_many` with each token's start offset (see :class:`TokenBatch`).

    Examples
    --------
    >>> token_batch(["We’re here.", "Here at 2.40pm!"]).starts.tolist()
    [0, 6, 10, 0, 5, 8, 14]
    """
    texts = list(texts)
    found = _arrow_tokens(texts) if texts else None
    if found is None:
        return _python_tokens(texts)
    return found


def _python_tokens(texts: list[str]) -> TokenBatch:
    index: dict[str, int] = {}
    get = index.setdefault
    splits = [_SPLIT_RE.split(t) for t in texts]
    codes = np.fromiter((get(t, len(index)) for pieces in splits for t in pieces[1::2]), dtype=np.int32)
    counts = np.fromiter((len(p) // 2 for p in splits), dtype=np.int64, count=len(texts))
    starts = np.fromiter((b for p in splits for b in token_starts(p)), dtype=np.int64)
    return TokenBatch(list(index), codes, counts, starts)


# The characters `_re2_patterns` writes classes for: a text with any other character is split by Python
_RE2_DOMAIN = ((0x1, 0x24F), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x2BFF), (0x1F000, 0x1FAFF))


@lru_cache(maxsize=1)
def _re2_patterns() -> tuple[str, str]:
    """``(token, outside)``: `_TOKEN_RE` for RE2 without its look-arounds, and a character outside `_RE2_DOMAIN`.

    Each class is the Python class itself, evaluated on every code point of the
    domain (so it is the same class there, whatever Unicode version RE2 has).
    """
    def ranges(cps: list[int]) -> str:
        out, i = [], 0
        while i < len(cps):
            j = i
            while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
                j += 1
            out.append(f"\\x{{{cps[i]:x}}}" + (f"-\\x{{{cps[j]:x}}}" if j > i else ""))
            i = j + 1
        return "".join(out)

    domain = [cp for lo, hi in _RE2_DOMAIN for cp in range(lo, hi + 1)]

    def cls(python_class: str) -> str:
        rx = re.compile(python_class)
        return "[" + ranges([cp for cp in domain if rx.match(chr(cp))]) + "]"

    w, letter, d = cls(r"[^\W_]"), cls(r"[^\W\d_]"), cls(r"\d")
    j, p = cls(f"[{JOINERS}]"), cls(f"[^\\w\\s{JOINERS}]")
    glue = f"(?:['’]|{j}+)"  # _WORD_GLUE
    token = (
        f"(?:{letter}\\.){{2,}}"  # initialisms (the lookahead: see _arrow_tokens)
        f"|{d}+(?:[.,:]{d}+)*(?:[ap]m|st|nd|rd|th|s)?"  # numbers (the \b: see _arrow_tokens)
        f"|[#@]?{w}+(?:{glue}{w}+)*(?:-{w}+(?:{glue}{w}+)*)*['’]?"
        f"|{p}"
    )
    return token, "[^" + ranges(domain) + "]"


def _ascii_class(data: np.ndarray, chars: str) -> np.ndarray:
    table = np.zeros(256, dtype=bool)
    table[np.frombuffer(chars.encode("ascii"), dtype=np.uint8)] = True
    table[0x80:] = True  # the lead byte of a non-ASCII character: could be anything, so counted in
    return table[data]


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _arrow_tokens(texts: list[str]) -> TokenBatch | None:
    """:func:`split_tokens_many` in Arrow; ``None`` if Arrow cannot hold the texts."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        arr = pa.array(texts, type=pa.large_string())
    except (UnicodeEncodeError, pa.ArrowException):
        return None
    token, outside = _re2_patterns()
    route = np.array(pc.match_substring_regex(arr, pattern=outside), dtype=bool)  # NUL included
    if route.any():  # NUL marks the pieces below: those texts are left out here
        arr = pc.if_else(pa.array(route), pa.scalar("", pa.large_string()), arr)
    # gap, token, gap, ..., gap for every text: what _SPLIT_RE.split gives
    pieces = pc.split_pattern(pc.replace_substring_regex(arr, pattern=token, replacement="\x00\\0\x00"), pattern="\x00")
    poff = np.asarray(pieces.offsets, dtype=np.int64)
    poff = poff - poff[0]
    flat = pieces.flatten()
    offs = np.frombuffer(flat.buffers()[1], dtype=np.int64)[flat.offset:flat.offset + len(flat) + 1]
    data = np.frombuffer(flat.buffers()[2], dtype=np.uint8) if flat.buffers()[2] is not None else np.zeros(0, np.uint8)
    plen = np.diff(offs)
    first = np.zeros(len(flat), dtype=np.uint8)  # first byte of every non-empty piece
    nonempty = plen > 0
    first[nonempty] = data[offs[:-1][nonempty]]
    counts = (np.diff(poff) - 1) // 2
    tok_text = np.repeat(np.arange(len(texts)), counts)
    tstart = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(counts)])
    # token k of text i is piece poff[i] + 2k + 1
    tokpos = 2 * np.arange(tstart[-1], dtype=np.int64) + (poff[:-1] + 1 - 2 * tstart[:-1])[tok_text]

    # where the Python pattern's look-arounds could choose differently: the character after
    # a number is a letter, digit or "_"; the character after an initialism is a letter
    gap = tokpos + 1
    gap_empty = plen[gap] == 0
    has_next = gap + 1 < poff[1:][tok_text]
    nxt = np.where(gap_empty & has_next, first[np.minimum(gap + 1, len(flat) - 1)], 0)
    last = data[offs[1:][tokpos] - 1]
    number = (first[tokpos] >= 0x30) & (first[tokpos] <= 0x39)  # the domain's only decimal digits
    initialism = (last == 0x2E) & (plen[tokpos] > 1)  # only an initialism ends in "." and is longer than it
    unsure = number & ((first[gap] == 0x5F) & ~gap_empty | (nxt > 0) & _ascii_class(nxt, _LETTERS + "0123456789"))
    unsure |= initialism & (nxt > 0) & _ascii_class(nxt, _LETTERS)
    route[tok_text[unsure]] = True

    tokens = flat.take(pa.array(tokpos))
    # start offsets in characters: the pieces' lengths summed from the text's first piece
    chars = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(np.asarray(pc.utf8_length(flat), dtype=np.int64))])
    starts = chars[tokpos] - chars[poff[:-1]][tok_text]
    routed = np.flatnonzero(route).tolist()
    if routed:  # those texts' tokens from Python, in place
        parts, start_parts, prev = [], [], 0
        counts = counts.copy()
        for r in routed:
            parts.append(tokens.slice(tstart[prev], tstart[r] - tstart[prev]))
            start_parts.append(starts[tstart[prev]:tstart[r]])
            pieces = _SPLIT_RE.split(texts[r])
            parts.append(pa.array(pieces[1::2], type=pa.large_string()))
            start_parts.append(np.asarray(token_starts(pieces), dtype=np.int64))
            counts[r] = len(pieces) // 2
            prev = r + 1
        parts.append(tokens.slice(tstart[prev]))
        start_parts.append(starts[tstart[prev]:])
        tokens = pa.concat_arrays(parts)
        starts = np.concatenate(start_parts)
    enc = pc.dictionary_encode(tokens)
    codes = np.asarray(enc.indices, dtype=np.int32) if len(tokens) else np.zeros(0, np.int32)
    return TokenBatch(enc.dictionary.to_pylist(), codes, counts.astype(np.int64), starts.astype(np.int64))


def token_starts(pieces: list[str], offset: int = 0) -> list[int]:
    """Start offsets of the tokens of :func:`split_tokens` ``pieces`` (plus ``offset``)."""
    bounds = list(accumulate(map(len, pieces), initial=offset))
    return bounds[1::2][: len(pieces) // 2]


def token_parts(text: str, offset: int = 0) -> tuple[list[str], list[str], list[int]]:
    """Surface texts, norms and start offsets of the tokens of ``text``, without Token objects.

    The columnar form of :func:`tokenize` (which builds on it), for code that looks
    at every token but needs objects for only a few sentences. Token ``k`` spans
    ``[starts[k], starts[k] + len(texts[k]))``.

    Examples
    --------
    >>> token_parts("We’re here.", offset=5)
    (['We’re', 'here', '.'], ["we're", 'here', '.'], [5, 11, 15])
    """
    pieces, toks, norms = split_tokens(text)
    return toks, norms, token_starts(pieces, offset)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokenize text into words, numbers and punctuation, keeping offsets.

    Words keep internal apostrophes and hyphens ("we’re", "mother-of-two");
    initialisms keep their dots ("U.K."); times keep their suffix ("2.40pm").
    A soft hyphen or zero-width (non-)joiner between two letters stays inside the
    word ("ter\\u00adror" is one token spanning all seven characters).
    :attr:`Token.norm` is :func:`token_norm`: folded, lower case, straight apostrophes.

    Parameters
    ----------
    text : str
    offset : int, default 0
        Added to every offset, e.g. a sentence's start within its article.

    Examples
    --------
    >>> [(t.text, t.start) for t in tokenize("U.K. at 2.40pm", offset=10)]
    [('U.K.', 10), ('at', 15), ('2.40pm', 18)]
    """
    return tokens_from_parts(*token_parts(text, offset))


def tokens_from_parts(toks: list[str], norms: list[str], starts: list[int]) -> list[Token]:
    """Token objects from :func:`token_parts` output (or slices of it)."""
    # tuple.__new__(Token, fields) is what Token(*fields) does, without a Python call per token
    return list(map(tuple.__new__, repeat(Token), zip(toks, norms, starts, map(add, starts, map(len, toks)), strict=True)))


def is_word(token: Token | str) -> bool:
    """True for tokens that contain a letter or digit (i.e. not punctuation)."""
    s = token.norm if isinstance(token, Token) else token
    return _ALNUM_RE.search(s) is not None


_ALNUM_RE = re.compile(r"[^\W_]")  # re's \w is exactly str.isalnum() plus "_" (checked for every code point)


def is_word_many(words: Sequence[str]) -> np.ndarray:
    """:func:`is_word` of many strings at once (a bool array).

    ASCII strings are tested by Arrow (RE2) for ``[0-9A-Za-z]``, which is what
    ``[^\\W_]`` means on ASCII; the others by :func:`is_word`.

    Examples
    --------
    >>> is_word_many(["we're", ".", "—", "café", "²", "_"]).tolist()
    [True, False, False, True, True, False]
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    words = list(words)
    try:
        arr = pa.array(words, type=pa.large_string())
    except (UnicodeEncodeError, pa.ArrowException):
        return np.fromiter(map(is_word, words), dtype=bool, count=len(words))
    out = np.array(pc.match_substring_regex(arr, pattern="[0-9A-Za-z]"), dtype=bool)
    for k in np.flatnonzero(~np.asarray(pc.string_is_ascii(arr), dtype=bool)).tolist():
        out[k] = is_word(words[k])
    return out
