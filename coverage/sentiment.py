"""Sentence sentiment (VADER) and tone.

``sentiment``
    VADER's compound score (-1 to 1) computed by NLTK's
    :class:`~nltk.sentiment.vader.SentimentIntensityAnalyzer` on the sentence
    text, with the lexicon file shipped in the ``vaderSentiment`` wheel
    (``vaderSentiment/vader_lexicon.txt``). Nothing is downloaded: NLTK 3.10 only
    opens resources under its data path, so the analyzer here is NLTK's class with
    its loader pointed at the package file (see :class:`VaderAnalyzer`); every
    scoring rule is NLTK's own, so scores equal
    ``SentimentIntensityAnalyzer(...).polarity_scores(sentence)["compound"]``.
    :func:`coverage.analyze` scores sentences in batches with
    :class:`coverage.vader.FastVader`, an exact vectorised re-implementation
    (0 differences on 110,000 test sentences; ~10x faster); the analyzer here stays
    the reference engine and the tests compare the two.

``tone``
    The same score computed after masking every span the violence lexicon matched
    (and defiance phrases such as "will not win"), so the negativity that comes
    from the event itself ("attack", "killed", "terror") is removed and what remains
    is the outlet's own word choice. "Police said the attacker was killed" has
    sentiment -0.8 but tone 0.0; "a terrible day" stays negative in both. Defiance
    ("They will not win": VADER -0.47, because "win" is positive and negated) is
    masked too, so tone reads 0 there.

Examples
--------
>>> compound("They will not win.")
-0.4717
>>> round(compound("The attack killed three people."), 4)
-0.8225
>>> tone_compound("The attack killed three people.", [(4, 10), (11, 17)])
0.0
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

__all__ = [
    "VaderAnalyzer",
    "vader_lexicon_path",
    "analyzer",
    "polarity_scores",
    "compound",
    "mask_spans",
    "tone_compound",
]


def vader_lexicon_path() -> Path:
    """Path of ``vader_lexicon.txt`` inside the installed vaderSentiment package."""
    return Path(str(resources.files("vaderSentiment").joinpath("vader_lexicon.txt")))


class VaderAnalyzer(SentimentIntensityAnalyzer):
    """NLTK's VADER analyzer reading its lexicon from a file path, not NLTK's data path.

    Only the loading step differs from :class:`SentimentIntensityAnalyzer`:
    ``nltk.data.load`` refuses paths outside NLTK's data directories and would
    otherwise need NLTK's downloader for "vader_lexicon". All scoring methods are
    inherited unchanged.

    Parameters
    ----------
    lexicon_path : path, optional
        Defaults to :func:`vader_lexicon_path`.
    """

    def __init__(self, lexicon_path: str | Path | None = None):  # noqa: D107 - documented above
        self.lexicon_path = Path(lexicon_path) if lexicon_path is not None else vader_lexicon_path()
        self.lexicon_file = self.lexicon_path.read_text(encoding="utf-8")
        self.lexicon = self.make_lex_dict()
        self.constants = VaderConstants()


@lru_cache(maxsize=1)
def analyzer() -> VaderAnalyzer:
    """The shared analyzer instance (the lexicon is parsed once per process)."""
    return VaderAnalyzer()


@lru_cache(maxsize=65536)
def polarity_scores(text: str) -> tuple[float, float, float, float]:
    """``(neg, neu, pos, compound)`` for one sentence, exactly as NLTK computes them."""
    d = analyzer().polarity_scores(text)
    return d["neg"], d["neu"], d["pos"], d["compound"]


def compound(text: str) -> float:
    """VADER compound score of one sentence, in [-1, 1]."""
    return polarity_scores(text)[3]


_WORDCHAR = re.compile(r"\w")


def mask_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Replace the word characters of each ``(start, end)`` span with ``x``.

    Lengths, spaces and punctuation are kept, so VADER sees the same number of
    words in the same places; ``x`` runs are not in VADER's lexicon.

    >>> mask_spans("They attacked us", [(5, 13)])
    'They xxxxxxxx us'
    """
    chars = list(text)
    for s, e in spans:
        for i in range(max(0, s), min(len(chars), e)):
            if _WORDCHAR.match(chars[i]):
                chars[i] = "x"
    return "".join(chars)


def tone_compound(text: str, spans: Iterable[tuple[int, int]]) -> float:
    """Compound score of ``text`` with the given spans (offsets into ``text``) masked."""
    spans = list(spans)
    if not spans:
        return compound(text)
    return compound(mask_spans(text, spans))
