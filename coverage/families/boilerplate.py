"""Boilerplate detection: bylines, captions, credits, teasers, promotions, embeds.

Scraped news text carries material that is not the article's own prose: the
byline, photo captions and agency credits ("(REUTERS)", "(Getty Images)"), link
teasers (":: Timeline of terror", "Read more"), app promotions, player
placeholders ("Video Loading"), embedded tweets and archive notices ("This article
is more than 2 years old"). Counting them would, for instance, add "terror" to an
outlet's violence score because of a link teaser.

Each sentence gets a reason string ("" for article prose). Rules work on whole
paragraphs (captions and bylines are whole lines) and on single sentences
(teasers and notices inside a paragraph). :data:`RULES` documents them; the
reason names the rule so every exclusion is explainable.

Examples
--------
>>> from coverage.text import segment
>>> text = "Vigil held in London\\n\\nJane Doe\\n\\nCrowds gathered.\\n\\nRead more: vigils"
>>> sents = segment(text)
>>> [r for r in boilerplate_reasons(text, sents)]
['', 'byline', '', 'teaser']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text import Sentence
from .base import Family, Metric

__all__ = ["BoilerplateFamily", "boilerplate_reasons", "RULES"]

#: Rule name -> what it catches (shown in reports' methods section).
RULES: dict[str, str] = {
    "byline": "a short name-only line right after the headline, or a line starting 'By Name'",
    "credit": "a photo caption ending in a parenthesised credit such as '(REUTERS)', '(Getty Images)', "
    "'(PA)', or a 'Photograph:'/'Picture:'/'Image copyright' line",
    "caption": "a line after the headline of one or two sentences, 4 to 45 words, and no final "
    "punctuation (photo captions and subheadings in scraped text)",
    "teaser": "a link teaser: lines starting '::', 'Read more', 'Related', 'See also', 'Watch', 'Click here'",
    "promo": "app, newsletter and social promotions ('Keep up to date ... app', 'App Store', 'Google Play', "
    "'push notifications', 'Sign up', 'Follow us')",
    "player": "media player and page furniture ('Video Loading', 'Play Video', 'Advertisement', "
    "'Enlarge this image', 'Hide Caption', 'Click to share')",
    "embed": "embedded social posts ('— Name (@handle) March 23, 2017', 'pic.twitter.com')",
    "notice": "archive and copyright notices ('This article is more than 2 years old', "
    "'First published', '©', 'All rights reserved')",
}

_I = re.IGNORECASE
_END_PUNCT = tuple(".!?…\"”’'):;")
_NAME = r"[A-Z][\w'’.-]+"
_BYLINE_RE = re.compile(
    rf"^(?:By\s+)?{_NAME}(?:\s+(?:{_NAME}|van|de|von|al|bin|el))*\s*(?:(?:,|\||and|&)\s*[\w'’ .&-]{{1,40}})?$"
)
_BY_RE = re.compile(rf"^By\s+{_NAME}(?:\s+{_NAME}){{0,3}}\b")
_CREDIT_END_RE = re.compile(r"\((?:[^()]{2,40})\)\s*$")
_CREDIT_LINE_RE = re.compile(
    r"^(?:Photograph|Photo|Picture|Image|Pictured|Credit|Image copyright|Image caption|Media caption)\s*[:|]", _I
)
_LABEL_RE = re.compile(r"^[A-Z][\w'’ -]{0,20}:\s")
_TEASER_RE = re.compile(
    r"^(?:::|»|>>|READ MORE\b|Read more\b|Related\b|RELATED\b|More on this\b|More:|See also\b|"
    r"Watch:|WATCH:|Watch the video|Listen:|Click here\b|Read the full story\b|Also read\b|Recommended\b)"
)
_PROMO_RE = re.compile(
    r"(?:\bapp\b.*\b(?:download|free)\b|\bfree\b.*\bapp\b|App Store|Google Play|push notifications|"
    r"^Sign up\b|^Subscribe\b|\bnewsletter\b.*\b(?:sign up|subscribe)\b|^Follow (?:us|@)|"
    r"^Like us on\b|^Keep up to date with\b|^Get the latest\b.*\b(?:app|newsletter|email)\b|"
    r"^Download the\b)",
    _I,
)
_PLAYER_RE = re.compile(
    r"^(?:Video Loading|Video unavailable|Play Video|Click to play|Tap to expand|Advertisement|"
    r"Loading video|Now playing|Share this article|Share on (?:Facebook|Twitter)|Embed)\b\W*$"
    r"|^(?:Advertisement Continue reading|Continue reading the main story|Enlarge this image|toggle caption|"
    r"Hide Caption|Media playback is unsupported|JUST WATCHED|Click to (?:share|email|print)\b)"
    r"|\(Opens in new window\)",
    _I,
)
_EMBED_RE = re.compile(
    r"(?:^[—–-]\s*.{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}\s*$|pic\.twitter\.com/|^@\w+\s*$)"
)
_NOTICE_RE = re.compile(
    r"(?:^This article is more than \d+ (?:years?|months?) old|^First published\b|^Last modified\b|"
    r"^Published\s*:|^Updated\s*:|All rights reserved|^©|^Copyright\b|^\(c\) \d{4})",
    _I,
)


# Unanchored alternatives of the search patterns need one of these substrings; a
# text without them can only match at position 0, so `match` suffices. Substrings
# are checked on a case-folded copy that also folds what re.IGNORECASE folds
# beyond str.casefold (dotless i, the combining dot of İ): the gate never misses.
_NOTICE_NEEDLES = ("all rights reserved",)
_PROMO_NEEDLES = ("app", "google play", "push notifications", "newsletter")
_EMBED_NEEDLES = ("pic.twitter.com/",)
# "app" is in one paragraph of ten ("happen", "approach"); the promo alternatives need it as a whole
# word (or in "App Store"), so after the substring, one cheap search decides before the full pattern
_PROMO_PHRASES = ("app store", "google play", "push notifications", "newsletter")
_APP_WORD_RE = re.compile(r"\bapp\b", _I)


def _any_at_start(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern that matches at the start of a text exactly when one of ``patterns`` does (``match``).

    An alternation matches at a position when one of its branches does; each branch keeps its
    pattern's case rule as a scoped flag. A text it does not match needs none of their ``match``
    calls (one call instead of several, for almost every paragraph and sentence).
    """
    branches = []
    for p in patterns:
        if p.flags & ~(re.IGNORECASE | re.UNICODE):
            raise ValueError(f"unsupported flags in {p.pattern!r}")
        branches.append(f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})")
    return re.compile("|".join(branches))


# the patterns a paragraph's rules match at its start, and those of the sentence-level rules
_PARAGRAPH_START_RE = _any_at_start(_PLAYER_RE, _NOTICE_RE, _EMBED_RE, _TEASER_RE, _PROMO_RE, _CREDIT_LINE_RE)
_SENTENCE_START_RE = _any_at_start(_TEASER_RE, _PLAYER_RE, _NOTICE_RE, _PROMO_RE)


def _fold(t: str) -> str:
    return t.casefold().replace("ı", "i").replace("\u0307", "")


def _search(regex: re.Pattern[str], t: str, needles: tuple[str, ...], folded: str | None, start: bool = True) -> bool:
    """``bool(regex.search(t))``, without scanning every position when no needle occurs.

    ``start=False``: ``regex`` is known not to match at position 0 (:func:`_any_at_start`).
    """
    if start and regex.match(t):
        return True
    hay = t if folded is None else folded
    return _has_any(hay, needles) and regex.search(t) is not None


def _has_any(hay: str, needles: tuple[str, ...]) -> bool:
    """``any(n in hay for n in needles)`` without a generator (called for every paragraph and sentence)."""
    for n in needles:
        if n in hay:
            return True
    return False


def _notice(t: str, folded: str, start: bool = True) -> bool:
    return _search(_NOTICE_RE, t, _NOTICE_NEEDLES, folded, start)


def _promo(t: str, folded: str, start: bool = True) -> bool:
    if start and _PROMO_RE.match(t):
        return True
    maybe = _has_any(folded, _PROMO_PHRASES) or ("app" in folded and _APP_WORD_RE.search(t) is not None)
    return maybe and _PROMO_RE.search(t) is not None


def _embed(t: str, start: bool = True) -> bool:
    return _search(_EMBED_RE, t, _EMBED_NEEDLES, None, start)


def _ends_with_punct(s: str) -> bool:
    return s.rstrip().endswith(_END_PUNCT)


def _paragraph_reason(text: str, index: int, prev_is_headline: bool, n_sentences: int = 1,
                      folded: str | None = None) -> str:
    """Reason for a whole paragraph, or ''. ``folded``: ``_fold(text.strip())`` if already made."""
    t = text.strip()
    if folded is None:
        folded = _fold(t)
    start = _PARAGRAPH_START_RE.match(t) is not None  # False: none of the six rules below matches at the start
    if start and _PLAYER_RE.match(t):
        return "player"
    if _notice(t, folded, start):
        return "notice"
    if _embed(t, start):
        return "embed"
    if start and _TEASER_RE.match(t):
        return "teaser"
    if _promo(t, folded, start) and len(t.split()) <= 40:
        return "promo"
    if start and _CREDIT_LINE_RE.match(t):
        return "credit"
    if index == 0:
        return ""  # headline or first paragraph: content
    # the word count is taken only where a rule's cheaper condition holds (most paragraphs need none)
    if _BY_RE.match(t) and len(t.split()) <= 10 and not _ends_with_punct(t.rstrip(".")):
        return "byline"
    if index <= 2 and prev_is_headline and len(t.split()) <= 6 and not _ends_with_punct(t) and _BYLINE_RE.match(t):
        return "byline"
    credit = _CREDIT_END_RE.search(t)
    if credit:
        n_words = len(t.split())
        if n_words <= 45 and (_LABEL_RE.match(t) or n_words <= 25):
            # "(March 29)" or "(Brent Central)" mid-prose is not a credit: require caption shape
            if _LABEL_RE.match(t) or not any(ch.isdigit() for ch in credit.group()):
                return "credit"
    if n_sentences <= 2 and not _ends_with_punct(t) and 4 <= len(t.split()) <= 45:
        return "caption"
    return ""


def boilerplate_reasons(text: str, sentences: Sequence[Sentence]) -> list[str]:
    """Return the boilerplate rule that matched each sentence ('' for article prose).

    Parameters
    ----------
    text : str
        The normalised article text the sentences' offsets refer to.
    sentences : sequence of Sentence
        From :func:`coverage.text.segment`.

    Returns
    -------
    list of str
        One entry per sentence: a key of :data:`RULES` or ``""``.
    """
    reasons = [""] * len(sentences)
    # group sentences by paragraph
    paras: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        paras.setdefault(s.paragraph, []).append(i)
    first_para_headline = False
    for p_index, idxs in sorted(paras.items()):
        start, end = sentences[idxs[0]].start, sentences[idxs[-1]].end
        ptext = text[start:end]
        if p_index == 0:
            first_para_headline = not _ends_with_punct(ptext) and len(ptext.split()) <= 30
        pfold = _fold(ptext.strip())
        reason = _paragraph_reason(ptext, p_index, first_para_headline, len(idxs), pfold)
        if reason:
            for i in idxs:
                reasons[i] = reason
            continue
        # a sentence's folded text is part of its paragraph's (folding maps characters one by one), so a
        # needle absent from the paragraph is absent from every sentence: only the anchored match is left
        notice_needle = _has_any(pfold, _NOTICE_NEEDLES)
        promo_needle = _has_any(pfold, _PROMO_NEEDLES)
        for i in idxs:  # sentence-level teasers and notices inside prose paragraphs
            st = sentences[i].text
            start = _SENTENCE_START_RE.match(st) is not None  # False: no rule's pattern matches at the start
            if not (start or notice_needle or promo_needle):
                continue
            if start and (_TEASER_RE.match(st) or _PLAYER_RE.match(st)):
                reasons[i] = "teaser" if _TEASER_RE.match(st) else "player"
            elif _notice(st, _fold(st), start) if notice_needle else start and _NOTICE_RE.match(st):
                reasons[i] = "notice"
            elif len(idxs) > 1 and i == idxs[-1] and (
                    _promo(st, _fold(st), start) if promo_needle else start and _PROMO_RE.match(st)):
                reasons[i] = "promo"
    return reasons


class BoilerplateFamily(Family):
    """Flags bylines, captions, credits, teasers, promotions, embeds and notices (:data:`RULES`).

    Columns: ``boilerplate`` (bool) and ``boilerplate_reason`` (the rule, "" for prose). The
    flagged sentences are left out of every other metric and of the term counts when the
    analysis excludes boilerplate (the default); they stay in the sentence and hit tables.
    Metric: ``n_boilerplate``, the article's flagged sentences.
    """

    name = "boilerplate"
    excludes = "boilerplate"

    def columns(self) -> dict[str, str]:
        return {"boilerplate": "bool", "boilerplate_reason": "str"}

    def metrics(self) -> list[Metric]:
        return [Metric("n_boilerplate", kind="total", column="boilerplate", sentences="all", outlet=None,
                       summary=False, label="Boilerplate sentences",
                       description="sentences flagged as boilerplate (" + ", ".join(RULES) + "), left out of every "
                                   "other metric", color="#7F7F7F")]

    def fingerprint(self) -> str:
        import hashlib
        import json

        return hashlib.sha256(("boilerplate/1|" + json.dumps(RULES, sort_keys=True)).encode("utf-8")).hexdigest()

    def description(self) -> str:
        return ("Boilerplate (bylines, photo captions and credits, link teasers, app promotions, media-player text, "
                "embedded posts, archive notices) is flagged per sentence and left out of the metrics.")

    def article(self, text: str, sentences: Sequence[Sentence]) -> dict[str, list]:
        reasons = boilerplate_reasons(text, sentences)
        return {"boilerplate": [bool(r) for r in reasons], "boilerplate_reason": reasons}
