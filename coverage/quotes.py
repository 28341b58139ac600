"""Rule-based quote extraction: who is quoted, saying what (no model).

:func:`extract_quotes` finds

* **direct** quotes: words between quotation marks (straight ``"``, curly
  ``“ ”``, guillemets, and single curly ``‘ ’`` when they are quotation marks
  rather than apostrophes). A quote that runs over several paragraphs, each
  paragraph opening a quote mark and only the last closing it, is one quote.
* **indirect** quotes (reported speech): ``X said (that) ...``, ``X told Sky
  News that ...``, ``according to X, ...``, ``..., X said.``. The content is the
  clause after the cue (``that`` skipped) up to the end of the sentence.

Every quote carries the speaker mention (a name, with role titles such as
"Home Secretary" dropped; a description such as "a young woman" or "the
Metropolitan Police"; a pronoun resolved to the last compatible named speaker
earlier in the article) and the cue ("said", "told", "according to").

Choices
-------
* Mixed forms: a reported clause that contains a short direct quote
  (``said Londoners would "pull together"``) is **one indirect quote**; the
  direct quote inside it is dropped.
* A direct quote with no cue is kept when it has 4+ words, opens a paragraph
  or stands in the first line (headline); short scare quotes without a cue are
  dropped. A paragraph-opening quote without its own cue that follows a quote
  of the previous paragraph inherits that quote's speaker (cue left empty).
* Attribution is searched in the quote's sentence, at most 250 characters
  either side of the quote; a paragraph-opening quote may also take its cue from
  a previous paragraph ending in a colon ("He said:"); a headline "Name: “...”"
  gets the cue ":".
* Pronouns: he/she resolve to the last named speaker of compatible gender
  (gender known only from Mr/Ms/Mrs-type titles or an earlier pronoun); when no
  named speaker lies within 600 characters, to the last person-like name in the
  300 characters before the pronoun. "they" resolves to the last speaker of any kind.
* One reported clause per sentence (the first cue); the reported clause is not
  cut at a second cue.
* Matching is linear: one scan over quote characters and one pass over the
  sentences; regular expressions are simple token patterns.

Offsets refer to the text as given; pass text through
:func:`coverage.text.normalize_text` first when it may contain CR line ends.

Examples
--------
>>> q = extract_quotes('“We will not be divided,” Amber Rudd said.')[0]
>>> (q.text, q.kind, q.speaker, q.cue)
('We will not be divided', 'direct', 'Amber Rudd', 'said')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from .text import paragraphs, segment

__all__ = ["Quote", "extract_quotes", "SPEECH_CUES", "THOUGHT_CUES"]

# Cue verbs of speech, as written (inflected forms). Source: the commonest Cue spans of
# PolNeAR's train split (said, says, told, wrote, added, asked, noted, reported, announced,
# argued, tweeted, ...) plus the reporting verbs of the Gender Gap Tracker's quote extractor
# documentation (claim, insist, warn, explain, ...), thought verbs left out (see THOUGHT_CUES).
SPEECH_CUES: frozenset[str] = frozenset(
    """say says said saying tell tells told telling add adds added adding write writes wrote
    writing ask asks asked note notes noted noting report reports reported announce announces
    announced argue argues argued tweet tweets tweeted explain explains explained declare
    declares declared claim claims claimed insist insists insisted warn warns warned state
    states stated suggest suggests suggested acknowledge acknowledges acknowledged admit admits
    admitted confirm confirms confirmed continue continues continued reply replies replied
    recall recalls recalled urge urges urged describe describes described comment comments
    commented remark remarks remarked reveal reveals revealed stress stresses stressed predict
    predicts predicted deny denies denied maintain maintains maintained estimate estimates
    estimated promise promises promised vow vows vowed concede concedes conceded""".split()
)

# Thought / intention verbs (used by the PolNeAR benchmark's "speech only" variant and never
# cues here). Chosen from PolNeAR train Cue spans that report a mental state rather than speech.
THOUGHT_CUES: frozenset[str] = frozenset(
    """believe believes believed think thinks thought want wants wanted hope hopes hoped fear
    fears feared feel feels felt know knows knew expect expects expected wish wishes wished
    worry worries worried seem seems seemed appear appears appeared see sees saw consider
    considers considered plan plans planned intend intends intended doubt doubts doubted
    suspect suspects suspected assume assumes assumed understand understands understood
    realize realizes realized realise realises realised""".split()
)

# cues that take an object before the content ("told Sky News that ...")
_OBJECT_CUES = frozenset("tell tells told telling ask asks asked urge urges urged warn warns warned".split())
# cues that introduce a reported clause (indirect speech); others only attribute direct quotes
_REPORT_CUES = SPEECH_CUES - frozenset(
    """describe describes described comment comments commented remark remarks remarked continue
    continues continued ask asks asked write writes wrote writing tweet tweets tweeted""".split()
)
# cues that report content only with an explicit "that" ("a poll showed that ...")
_THAT_CUES = frozenset("show shows showed shown find finds found indicate indicates indicated".split())

_PRONOUNS = {"he": "m", "she": "f", "they": "p", "i": "", "we": "", "him": "m", "her": "f"}
_DETERMINERS = frozenset(
    "a an the one two three some many several another his her their its our this that these those".split()
)
# bare plural/collective nouns that can be a speaker without a determiner ("police said")
_COLLECTIVE = frozenset(
    """police officials witnesses authorities sources investigators prosecutors organisers
    organizers residents experts analysts critics supporters aides officers doctors protesters
    campaigners reporters scientists researchers people""".split()
)
# role titles dropped from the front of a name ("Home Secretary Amber Rudd" -> "Amber Rudd")
_TITLES = frozenset(
    """home foreign prime minister secretary president vice mayor deputy chief commissioner
    senator sen sen. rep rep. representative gov gov. governor chancellor leader chairman chair
    director spokesman spokeswoman spokesperson imam bishop archbishop rabbi pastor sheikh
    inspector superintendent constable pc detective sergeant officer mp former candidate
    republican democratic democrat presidential judge justice general gen attorney speaker
    metropolitan met assistant acting first lady labour tory conservative""".split()
)
_ORG_WORDS = frozenset(
    """police association party ministry department office council committee campaign government
    news service times post press agency union league group institute university church team
    company bank court house senate congress commission foundation trust""".split()
)
_MALE = frozenset("mr mr. sir lord king prince father brother".split())
_FEMALE = frozenset("ms ms. mrs mrs. miss lady queen princess mother sister dame".split())
# capitalised words that start a sentence but are no part of a name
_NOT_NAME = frozenset(
    """but and the however yesterday today on in at when after before as so then also meanwhile
    earlier later speaking asked if while although though because during one this that there it
    according""".split()
)
_SKIP_BEFORE_CUE = frozenset(
    """also later then has have had previously earlier recently once further repeatedly publicly
    reportedly has had would will could again first simply just only""".split()
)
# words after "said" that do not open a reported clause ("said here", "said nothing")
_NOT_CLAUSE = frozenset(
    """of so nothing no yes here there again today yesterday earlier later recently previously
    something anything everything much little goodbye hello thanks sorry last this""".split()
)
_CONNECTORS = frozenset("of de da van von al bin le la du der".split())
_CLAUSE_STOP = frozenset("that and but who which because as when while if or so".split())

_TOKEN_RE = re.compile(r"[^\W_]+(?:[’'\-.][^\W_]+)*|[^\w\s]")
_OPEN_DOUBLE = "“«„"
_CLOSE_DOUBLE = "”»"
_QUOTE_RE = re.compile("[“«„‘‚”»’\"]")
_SENT_END = frozenset(".!?")
_WINDOW = 250  # characters either side of a quote searched for its attribution (keeps matching linear)


class Quote(NamedTuple):
    """One quote.

    Attributes
    ----------
    start, end : int
        Character offsets of the quoted (or reported) words, quote marks excluded.
    text : str
        ``article[start:end]``.
    kind : str
        ``"direct"`` or ``"indirect"``.
    speaker : str
        The speaker mention; for a pronoun, the last compatible named speaker earlier
        in the article; ``""`` when none.
    speaker_start, speaker_end : int
        Offsets of ``speaker`` (-1 when none).
    cue : str
        The cue as written ("said", "told", "according to"); ``""`` when none.
    cue_start, cue_end : int
        Offsets of the cue (-1 when none).
    mention_start, mention_end : int
        Offsets of the speaker words in the attribution itself (the pronoun when the
        speaker was resolved from one; -1 when none).
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: str
    speaker_start: int
    speaker_end: int
    cue: str
    cue_start: int
    cue_end: int
    mention_start: int = -1
    mention_end: int = -1


class _Tok(NamedTuple):
    text: str
    start: int
    end: int


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """Word and punctuation tokens of ``text[start:end]`` with article offsets.

    >>> [t.text for t in _tokens("Mr. Smith’s dog, said", 0, 21)]
    ['Mr', '.', 'Smith’s', 'dog', ',', 'said']
    """
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, end)]


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _opens(text: str, i: int) -> str:
    """Quote family opened at ``text[i]``: "d" (double), "s" (single) or "" (none)."""
    ch = text[i]
    if ch in _OPEN_DOUBLE or ch == '"':
        return "d"
    if ch in "‘‚" and (i == 0 or not text[i - 1].isalnum()):
        return "s"
    return ""


def _closes(text: str, i: int, family: str) -> bool:
    ch = text[i]
    if family == "d":
        return ch in _CLOSE_DOUBLE or ch == '"'
    return ch == "’" and not _is_apostrophe(text, i) and (i + 1 == len(text) or not text[i + 1].isalnum())


def quote_mark_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the words inside quotation marks, marks excluded.

    One linear scan over the quote characters. A quote still open at the end of a
    paragraph continues when the next paragraph opens a quote mark of the same kind,
    and otherwise ends with its paragraph. Quotes inside a quote are not reported.

    >>> t = '“One.\\n\\n“Two.” Then ‘three’ isn’t it.'
    >>> [t[s:e] for s, e in quote_mark_spans(t)]
    ['One.\\n\\n“Two.', 'three']
    """
    out: list[tuple[int, int]] = []
    paras = list(paragraphs(text))
    open_at = -1
    family = ""
    for p, (ps, pe) in enumerate(paras):
        for m in _QUOTE_RE.finditer(text, ps, pe):
            i = m.start()
            if open_at < 0:
                family = _opens(text, i)
                if family:
                    open_at = i
            elif i > open_at and _closes(text, i, family):
                out.append((open_at + 1, i))
                open_at = -1
        if open_at >= 0:
            nxt = paras[p + 1][0] if p + 1 < len(paras) else -1
            if nxt >= 0 and _opens(text, nxt) == family:
                continue  # multi-paragraph quote: the next paragraph re-opens
            out.append((open_at + 1, pe))
            open_at = -1
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink ``[s, e)`` past spaces and a trailing comma.

    >>> _strip(" word, ", 0, 7)
    (1, 5)
    """
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


def _is_cap(tok: _Tok) -> bool:
    return tok.text[:1].isupper()


def _gender(words: list[str]) -> str:
    low = {w.lower() for w in words}
    if low & _MALE:
        return "m"
    if low & _FEMALE:
        return "f"
    return ""


class _Mention(NamedTuple):
    start: int
    end: int
    pronoun: str  # "" for names / descriptions, else the pronoun lower-cased
    named: bool  # a capitalised person-like name


def _name_span(toks: list[_Tok], i: int, j: int) -> _Mention | None:
    """Mention for the capitalised run ``toks[i:j]`` (role titles dropped, ``the`` kept for organisations)."""
    while i < j and toks[i].text.lower() in _NOT_NAME:
        i += 1
    if i >= j:
        return None
    words = [t.text.lower() for t in toks[i:j]]
    org = any(w in _ORG_WORDS for w in words)
    k = i
    if not org:
        while k < j - 1 and toks[k].text.lower().rstrip(".") in _TITLES:
            k += 1
        # a trailing role word ("Craig Mackey" fine; "the Mayor" keeps itself)
    if org and i > 0 and toks[i - 1].text.lower() == "the":
        k = i - 1
    named = not org and not all(w in _TITLES for w in words)
    return _Mention(toks[k].start, toks[j - 1].end, "", named)


def _speaker_back(toks: list[_Tok], j: int) -> _Mention | None:
    """Speaker mention ending just before ``toks[j]`` (the cue), or None."""
    k = j - 1
    while k >= 0 and toks[k].text.lower() in _SKIP_BEFORE_CUE:
        k -= 1
    if k >= 0 and toks[k].text == ",":  # appositive: "Zafir Malik, an imam from the association, said"
        c = k - 1
        while c >= 0 and toks[c].text != "," and k - c < 15:
            c -= 1
        if c > 0 and toks[c].text == "," and (toks[c + 1].text.lower() in _DETERMINERS | {"who", "which"}):
            k = c - 1
        else:
            return None
    if k < 0:
        return None
    low = toks[k].text.lower()
    if low in _PRONOUNS:
        return _Mention(toks[k].start, toks[k].end, low, False)
    if _is_cap(toks[k]) and low not in _NOT_NAME:
        i = k
        while i > 0 and (_is_cap(toks[i - 1]) or (toks[i - 1].text in _CONNECTORS and i > 1 and _is_cap(toks[i - 2]))
                         or (toks[i - 1].text == "." and i > 1 and toks[i - 2].text.lower() + "." in _MALE | _FEMALE)):
            i -= 1
        return _name_span(toks, i, k + 1)
    # description: up to 5 lower-case words back to a determiner
    i = k
    while i >= 0 and k - i < 5 and toks[i].text[:1].isalpha() and toks[i].text.lower() not in _CLAUSE_STOP:
        if toks[i].text.lower() in _DETERMINERS:
            return _Mention(toks[i].start, toks[k].end, "", False)
        i -= 1
    if low in _COLLECTIVE or (low.isalpha() and len(low) > 3 and low.endswith("s") and not low.endswith("ss")):
        return _Mention(toks[k].start, toks[k].end, "", False)  # "police said", "voters said"
    return None


def _speaker_fwd(toks: list[_Tok], i: int) -> _Mention | None:
    """Speaker mention starting at ``toks[i]`` (after an inverted cue: "said X, a spokesman")."""
    if i >= len(toks):
        return None
    low = toks[i].text.lower()
    if low in _PRONOUNS:
        return _Mention(toks[i].start, toks[i].end, low, False)
    s = i + 1 if low == "the" and i + 1 < len(toks) and _is_cap(toks[i + 1]) else i
    if _is_cap(toks[s]):
        j = s
        while j < len(toks) and (_is_cap(toks[j]) or (toks[j].text in _CONNECTORS and j + 1 < len(toks) and _is_cap(toks[j + 1]))):
            j += 1
        return _name_span(toks, s, j)
    if low in _DETERMINERS:
        j = i + 1
        while j < len(toks) and j - i < 6 and toks[j].text[:1].isalnum() and toks[j].text.lower() not in _CLAUSE_STOP | {"in", "on", "at"}:
            j += 1
        if j > i + 1:
            return _Mention(toks[i].start, toks[j - 1].end, "", False)
    if low in _COLLECTIVE or (low.isalpha() and (i + 1 == len(toks) or not toks[i + 1].text[:1].isalnum())):
        return _Mention(toks[i].start, toks[i].end, "", False)  # "say marchers", "said police."
    return None


def _subject(toks: list[_Tok]) -> _Mention | None:
    """The sentence subject, for "..., saying:" and "X ... but said ...": the first mention in ``toks``.

    >>> t = "In a statement, Mr Jones praised them, saying"
    >>> m = _subject(_tokens(t, 0, len(t)))
    >>> t[m.start:m.end]
    'Mr Jones'
    """
    for i in range(min(len(toks), 12)):
        low = toks[i].text.lower()
        if low in _PRONOUNS or (_is_cap(toks[i]) and low not in _NOT_NAME):
            return _speaker_fwd(toks, i)
    return None


class _Raw(NamedTuple):
    start: int
    end: int
    kind: str
    mention: _Mention | None
    cue: tuple[int, int]
    inherit: bool


def _cue_back(toks: list[_Tok]) -> tuple[int, _Mention | None] | None:
    """Attribution before a quote: ``X said:``, ``he told the Standard:``, ``saying:``."""
    n = len(toks)
    for j in range(n - 1, max(-1, n - 7), -1):
        w = toks[j].text.lower()
        if w in SPEECH_CUES:
            tail = toks[j + 1:]
            if any(t.text in _SENT_END for t in tail):
                return None
            if tail and tail[-1].text not in {":", ",", "as"}:
                return None
            ment = _speaker_back(toks, j)
            if ment is None:
                ment = _subject(toks[:min(j, 12)])
            return j, ment
        if toks[j].text in _SENT_END:
            return None
    if n >= 2 and toks[-1].text == ":":  # headline style "Trump: “...”"
        ment = _speaker_back(toks, n - 1)
        if ment is not None and not ment.pronoun:
            return n - 1, ment
    return None


def _cue_fwd(toks: list[_Tok]) -> tuple[int, _Mention | None] | None:
    """Attribution after a quote: ``, X said``, ``said X, a spokesman``, ``he added``."""
    i = 0
    while i < len(toks) and toks[i].text in ",—–-":
        i += 1
    if i < len(toks) and toks[i].text.lower() in SPEECH_CUES:
        if i + 1 < len(toks) and toks[i + 1].text == ":":
            return None  # "saying:" introduces the next quote
        return i, _speaker_fwd(toks, i + 1)
    for j in range(i + 1, min(len(toks), i + 8)):
        w = toks[j].text.lower()
        if toks[j].text in _SENT_END or toks[j].text in _QUOTE_RE.pattern:
            return None
        if w in SPEECH_CUES:
            ment = _speaker_back(toks, j)
            if ment is None or not all(tk.text[:1].isupper() or tk.text.lower() in _DETERMINERS
                                       for tk in toks[i:j] if tk.end <= ment.start):
                return None  # only the speaker (and its titles) between quote and cue
            return j, ment
    return None


def _prev_char(text: str, i: int) -> str:
    """The last non-space character before ``text[i]`` ("\\n" for a line break, "" at the start).

    >>> _prev_char("Hi.  “x", 5), _prev_char("a\\n “x", 3), _prev_char("“x", 0)
    ('.', '\\n', '')
    """
    i -= 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return text[i] if i >= 0 else ""


def _last_para_end(text: str, i: int) -> int:
    """Offset just after the last non-space character before ``text[i]``.

    >>> _last_para_end("He said:\\n\\n“Go", 10)
    8
    """
    i -= 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i + 1


def _direct(text: str, sents: list, starts: list[int]) -> list[_Raw]:
    out = []
    first_para_end = text.find("\n")  # the headline: first line of a text with several lines
    for qs, qe in quote_mark_spans(text):
        s, e = _strip(text, qs, qe)
        if s >= e:
            continue
        si = max(0, bisect_right(starts, qs - 1) - 1)
        ei = max(0, bisect_right(starts, qe) - 1)
        b = _cue_back(_tokens(text, max(sents[si].start, qs - 1 - _WINDOW), qs - 1)) if sents[si].start < qs - 1 else None
        after_end = min(sents[ei].end, qe + 1 + _WINDOW)
        nq = _QUOTE_RE.search(text, qe + 1, after_end)
        if nq:
            after_end = nq.start()
        ftoks = _tokens(text, qe + 1, after_end) if qe + 1 < after_end else []
        f = _cue_fwd(ftoks) if ftoks else None
        before = _prev_char(text, qs - 1)
        para_open = before in ("\n", "")
        sent_open = para_open or before in (".", "!", "?")
        if f is not None:
            j, ment = f
            out.append(_Raw(s, e, "direct", ment, (ftoks[j].start, ftoks[j].end), False))
            continue
        if b is None and para_open and _prev_char(text, _last_para_end(text, qs - 1)) == ":":
            pe = _last_para_end(text, qs - 1)  # "He said:" closing the previous paragraph
            b = _cue_back(_tokens(text, max(0, pe - _WINDOW), pe))
            if b is not None:
                toks = _tokens(text, max(0, pe - _WINDOW), pe)
                j, ment = b
                out.append(_Raw(s, e, "direct", ment, (toks[j].start, toks[j].end), False))
                continue
        if b is not None:
            toks = _tokens(text, max(sents[si].start, qs - 1 - _WINDOW), qs - 1)
            j, ment = b
            out.append(_Raw(s, e, "direct", ment, (toks[j].start, toks[j].end), False))
            continue
        words = len(_TOKEN_RE.findall(text, s, e))
        if words >= 4 or para_open or qs <= first_para_end:
            out.append(_Raw(s, e, "direct", None, (-1, -1), sent_open))
    return out


def _skip_to_content(toks: list[_Tok], j: int) -> int | None:
    """Index of the first content token after the cue ``toks[j]``, or None when no clause follows."""
    w = toks[j].text.lower()
    k = j + 1
    if k < len(toks) and toks[k].text.lower() == "that":
        return k + 1
    limit = min(len(toks), k + 9)
    if w in _OBJECT_CUES or (k < len(toks) and toks[k].text.lower() in {"in", "on", "at", "during", "after", "to", "via"}):
        for m in range(k, limit):
            if toks[m].text.lower() == "that":
                return m + 1
            if toks[m].text in _SENT_END or toks[m].text in ':"“':
                return None
        return None
    if k < len(toks) and (toks[k].text[:1].isalpha() and toks[k].text.lower() not in _NOT_CLAUSE):
        return k
    return None


def _indirect(text: str, sents: list, direct: list[_Raw]) -> list[_Raw]:
    out = []
    used = {r.cue[0] for r in direct}
    quoted = sorted((r.start, r.end) for r in direct)
    qstarts = [q[0] for q in quoted]

    def in_quote(pos: int) -> bool:
        i = bisect_right(qstarts, pos) - 1
        return i >= 0 and quoted[i][0] - 1 <= pos < quoted[i][1] + 1

    for sent in sents:
        toks = _tokens(text, sent.start, sent.end)
        n = len(toks)
        end_tok = n
        while end_tok > 0 and (toks[end_tok - 1].text in _SENT_END or toks[end_tok - 1].text in "\"”’"):
            end_tok -= 1
        if end_tok < n and toks[end_tok].text in "\"”’" and sum(tk.text in "\"“‘" for tk in toks[:end_tok]) % 2:
            end_tok += 1  # keep the closing mark of a quote opened inside the clause
        for j, t in enumerate(toks):
            w = t.text.lower()
            if t.start in used or in_quote(t.start):
                continue
            if w == "according" and j + 1 < n and toks[j + 1].text.lower() == "to":
                ment = _speaker_fwd(toks, j + 2)
                cue = (t.start, toks[j + 1].end)
                if j == 0 or (j == 1 and not toks[0].text[:1].isalnum()):
                    c = next((m for m in range(j + 2, n) if toks[m].text == ","), None)
                    if c is not None and c + 1 < end_tok:
                        out.append(_Raw(toks[c + 1].start, toks[end_tok - 1].end, "indirect", ment, cue, False))
                elif j > 2 and toks[j - 1].text == ",":
                    out.append(_Raw(toks[0].start, toks[j - 2].end, "indirect", ment, cue, False))
                continue
            if w in _THAT_CUES and j + 1 < n and toks[j + 1].text.lower() == "that":
                pass
            elif w not in _REPORT_CUES:
                continue
            k = _skip_to_content(toks, j)
            if k is None or end_tok - k < 3:
                # postposed: "CLAUSE, police said." / "CLAUSE, said X."
                c = next((m for m in range(j - 1, max(-1, j - 7), -1) if toks[m].text == ","), None)
                if c is None or c < 3 or j + 4 < end_tok:
                    continue
                ment = _speaker_back(toks, j) if c < j - 1 else _speaker_fwd(toks, j + 1)
                first = toks[0]
                if ment is None or first.text in "\"“‘" or in_quote(first.start) or in_quote(toks[c - 1].start):
                    continue
                out.append(_Raw(first.start, toks[c - 1].end, "indirect", ment, (t.start, t.end), False))
                break
            ment = _speaker_back(toks, j)
            if ment is None:
                ment = _subject(toks[:min(j, 12)])
            out.append(_Raw(toks[k].start, toks[end_tok - 1].end, "indirect", ment, (t.start, t.end), False))
            break  # one reported clause per sentence (the outermost)
    return out


def _recent_name(text: str, lo: int, hi: int, gender: str = "") -> tuple[int, int] | None:
    """Last person-like name in ``text[lo:hi]`` (fallback antecedent for a pronoun).

    >>> t = "One of those there was Faiz Nasir. He said"
    >>> s, e = _recent_name(t, 0, 35)
    >>> t[s:e]
    'Faiz Nasir'
    """
    toks = _tokens(text, max(0, lo), hi)
    best = None
    i = 0
    while i < len(toks):
        if _is_cap(toks[i]) and toks[i].text.lower() not in _NOT_NAME:
            j = i
            while j < len(toks) and _is_cap(toks[j]):
                j += 1
            words = [t.text.lower() for t in toks[i:j]]
            sent_initial = (i == 0 or toks[i - 1].text in _SENT_END or toks[i - 1].text in "\"“‘:"
                            or "\n" in text[toks[i - 1].end:toks[i].start])
            acronym = j - i == 1 and toks[i].text.isupper()
            compatible = _gender(words) in ("", gender) or not gender
            if not any(w in _ORG_WORDS for w in words) and (j - i >= 2 or not sent_initial) and not acronym and compatible:
                m = _name_span(toks, i, j)
                if m is not None and m.named:
                    best = (m.start, m.end)
            i = j
        else:
            i += 1
    return best


def _resolve(text: str, raws: list[_Raw]) -> list[Quote]:
    """Turn raw attributions into quotes, resolving pronouns to the last compatible named speaker."""
    out: list[Quote] = []
    named: list[tuple[int, int, str]] = []  # (start, end, gender) of named speakers so far
    anyone: list[tuple[int, int]] = []
    prev: Quote | None = None
    for r in raws:
        sp = ""
        ss = se = ms = me = -1
        m = r.mention
        if m is not None:
            ms, me = m.start, m.end
            if m.pronoun in ("he", "she", "him", "her"):
                g = _PRONOUNS[m.pronoun]
                for ns, ne, ng in reversed(named):
                    if ng in ("", g):
                        ss, se = ns, ne
                        break
                if ss < 0 or m.start - se > 600:  # no recent speaker: the last name nearby
                    near = _recent_name(text, max(se, m.start - 300), m.start, g)
                    if near is not None:
                        ss, se = near
            elif m.pronoun == "they":
                if anyone:
                    ss, se = anyone[-1]
            else:
                ss, se = m.start, m.end
                anyone.append((ss, se))
                if m.named:
                    words = text[ss:se].split()
                    named.append((ss, se, _gender(words)))
                    if ms > 0 and text[max(0, ms - 4):ms].strip().lower() in _MALE | _FEMALE:
                        named[-1] = (ss, se, _gender([text[max(0, ms - 4):ms].strip()]))
            if m.pronoun in ("he", "she") and ss >= 0:  # learn the gender of an ungendered name
                named = [(a, b, _PRONOUNS[m.pronoun] if (a, b) == (ss, se) and not g else g) for a, b, g in named]
        elif r.inherit and prev is not None and prev.kind == "direct" and prev.speaker:
            between = text[prev.end:r.start]
            if between.count("\n") <= 4 and len(between) < 200:
                sp, ss, se, ms, me = prev.speaker, prev.speaker_start, prev.speaker_end, prev.mention_start, prev.mention_end
        if ss >= 0:
            sp = text[ss:se]
        cs, ce = r.cue
        q = Quote(r.start, r.end, text[r.start:r.end], r.kind, sp, ss, se, text[cs:ce] if cs >= 0 else "", cs, ce, ms, me)
        out.append(q)
        prev = q
    return out


def extract_quotes(text: str) -> list[Quote]:
    """Find direct and indirect quotes with their speakers and cues.

    Parameters
    ----------
    text : str
        Article text (normalised: LF line ends).

    Returns
    -------
    list of Quote
        In order of position in ``text``.

    Examples
    --------
    >>> t = 'Police said the attacker had acted alone. “It is over,” he added.'
    >>> [(q.kind, q.text, q.speaker, q.cue) for q in extract_quotes(t)]
    [('indirect', 'the attacker had acted alone', 'Police', 'said'), ('direct', 'It is over', '', 'added')]
    >>> t = 'Zafir Malik, an imam from the association, said: “We stand together.”'
    >>> [(q.text, q.speaker) for q in extract_quotes(t)]
    [('We stand together.', 'Zafir Malik')]
    """
    if not text:
        return []
    sents = segment(text)
    if not sents:
        return []
    starts = [s.start for s in sents]
    direct = _direct(text, sents, starts)
    indirect = _indirect(text, sents, direct)
    # mixed forms: a direct quote inside a reported clause belongs to that clause
    ind_spans = sorted((r.start, r.end) for r in indirect)
    kept = [d for d in direct if not any(a <= d.start - 1 and d.end <= b + 1 for a, b in ind_spans)]
    raws = sorted(kept + indirect, key=lambda r: (r.start, r.end))
    return _resolve(text, raws)
