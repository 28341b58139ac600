"""Helpers, not tests: what the framing lexicon, the religion rules and the source types give for one
sentence, in the short forms the rule-round tests (``test_lexicon_1*.py``, ``test_religion_140.py``,
``test_sources_1*.py``, ``families/test_religion.py``) compare with; and the quotes of a text with their offsets
checked (``test_quotes_speakers.py``, ``test_quotes_round23.py``)."""

from __future__ import annotations

from coverage.families.framing import match_frames
from coverage.families.religion import ReligionRules, match_religion
from coverage.lexicon import Lexicon
from coverage.quotes import Quote, extract_quotes
from coverage.sources import SourceTypes
from coverage.text import tokenize

S, V = "solidarity", "violence"


def frame_hits(text: str, lexicon: Lexicon | None = None, *, counted_only: bool = False
               ) -> list[tuple[str, str, str, float]]:
    """``(term, category, counted_as, weight)`` of every framing hit of ``text`` (``counted_only``: the hits that
    count towards a frame)."""
    hits = match_frames(tokenize(text), lexicon or Lexicon.default())
    return [(h.term, h.category, h.counted_as, h.weight) for h in hits if h.counted_as or not counted_only]


def religion_frames(s: str, rules: ReligionRules | None = None) -> list[tuple[str, str, str]]:
    """``(matched, frame, cue)`` of every religious reference of the sentence ``s``."""
    return [(h.matched, h.frame, h.cue) for h in match_religion(tokenize(s), s, sentence_start=0, rules=rules)]


def classify_source(text: str, speaker: str) -> tuple[str, str]:
    """The built-in source type and rule of the first mention of ``speaker`` in ``text``."""
    start = text.find(speaker)
    return SourceTypes.default().classify(text, speaker, start, start + len(speaker))


def checked_quotes(text: str) -> list[Quote]:
    """:func:`coverage.quotes.extract_quotes` of ``text``, each quote's text and speaker checked against its offsets
    (no speaker: offsets -1)."""
    quotes = extract_quotes(text)
    for q in quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker:
            assert text[q.speaker_start:q.speaker_end] == q.speaker
        else:
            assert (q.speaker_start, q.speaker_end) == (-1, -1)
    return quotes


def quote_rows(text: str) -> list[tuple[str, str, str]]:
    """``(kind, text, speaker)`` of each quote of ``text`` (:func:`checked_quotes`)."""
    return [(q.kind, q.text, q.speaker) for q in checked_quotes(text)]


def speaker_of(text: str, words: str) -> tuple[str, int]:
    """The speaker and its offset of the quote of ``text`` whose words are ``words``."""
    q = next(q for q in checked_quotes(text) if q.text == words)
    return q.speaker, q.speaker_start


def version_info(version: str) -> tuple[int, ...]:
    """A dotted version as a tuple of numbers ("1.20.0" -> (1, 20, 0)), for "at least this version" checks."""
    return tuple(int(x) for x in version.split("."))
