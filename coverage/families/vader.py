"""Vectorised VADER whose scores equal NLTK's analyzer bit for bit.

:class:`FastVader` scores many sentences at once with the lexicon and every rule
of NLTK 3.10's :class:`~nltk.sentiment.vader.SentimentIntensityAnalyzer` (the
reference engine, :class:`coverage.families.sentiment.VaderAnalyzer`):

* tokenisation exactly as NLTK's ``SentiText``: whitespace split, tokens of one
  character dropped, then a token loses a leading (or trailing) run of
  punctuation when that run is one of NLTK's ``PUNC_LIST`` entries and what
  remains has no ASCII punctuation and at least two characters (this is what
  ``_words_plus_punc``'s product dictionary computes, without building it);
* a token's valence is computed at the *first* occurrence of its string in the
  sentence (NLTK looks positions up with ``list.index``);
* boosters/dampeners with the distance scalars 1, 0.95, 0.9 and the ALL-CAPS
  differential, the negation window of three preceding words (incl. ``n't``),
  "never so/this", the start-2 "so/this" 1.25 quirk, "least", "kind of",
  idioms and booster bigrams, "but" weighting, "!"/"?" emphasis, the
  ``x / sqrt(x*x + 15)`` normalisation and NLTK's positive/negative sifting;
* floating-point operations are done in NLTK's order (sums are sequential in
  token order), and the final values are rounded with Python's :func:`round`
  (3 decimals for neg/neu/pos, 4 for compound), so results are identical.

Sentences go through one numpy pass over all tokens of the batch (split on
whitespace by Arrow, which splits where ``str.split`` does, and looked up once per
distinct token; a batch Arrow cannot hold is split in Python), except the
few (0.5-0.6% of distinct news sentences in benchmarks/vader_exact.py) that contain an idiom or booster bigram
("the shit", "cut the", "kind of", "sort of", ...) or the word "kind": those are
scored by an exact per-sentence Python path (also used by
:meth:`FastVader.polarity_scores` and for batches smaller than ``python_below``).
Results are cached per distinct sentence text.

Examples
--------
>>> fv = FastVader()
>>> fv.polarity_scores("They will not win.")
{'neg': 0.506, 'neu': 0.494, 'pos': 0.0, 'compound': -0.4717}
>>> fv.compound_many(["A terrible day!", "", "VERY good, but not great"]).tolist()
[-0.5255, 0.0, -0.4548]
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path

import numpy as np
from nltk.sentiment.vader import VaderConstants

from coverage.errors import LexiconError, ParameterError

__all__ = ["FastVader", "COLUMNS", "default_vader"]

#: column order of :meth:`FastVader.polarity_scores_many`
COLUMNS = ("neg", "neu", "pos", "compound")

_C = VaderConstants
_B_INCR = _C.B_INCR
_B_DECR = _C.B_DECR
_C_INCR = _C.C_INCR
_N_SCALAR = _C.N_SCALAR
_BOOSTERS = dict(_C.BOOSTER_DICT)
_NEGATE = frozenset(_C.NEGATE)
_IDIOMS = dict(_C.SPECIAL_CASE_IDIOMS)
_PUNC_SET = frozenset(_C.PUNC_LIST)
_PUNCT_CHARS = frozenset(string.punctuation)
_PUNCT_RE = re.compile(f"[{re.escape(string.punctuation)}]")
_SO_THIS = ("so", "this")

# Every key the idiom check can match is a string of 2 or 3 tokens (tokens never
# contain whitespace), so it can only fire in a sentence containing the first
# two tokens of some key side by side (case-sensitive, as NLTK compares them).
_TRIGGER_BIGRAMS = frozenset(
    tuple(key.split(" ")[:2]) for key in chain(_IDIOMS, (k for k in _BOOSTERS if " " in k))
)
_TRIGGER_FIRST = frozenset(a for a, _ in _TRIGGER_BIGRAMS)
_T1 = {w: k for k, w in enumerate(sorted(_TRIGGER_FIRST), start=1)}
_T2 = {w: k for k, w in enumerate(sorted({b for _, b in _TRIGGER_BIGRAMS}), start=1)}
_PAIR = np.zeros((len(_T1) + 1, len(_T2) + 1), dtype=bool)
for _a, _b in _TRIGGER_BIGRAMS:
    _PAIR[_T1[_a], _T2[_b]] = True
_DTYPES = (np.float64, bool, np.float64, bool, bool, bool, bool, bool, bool, bool, bool, np.intp)


def _strip_token(tok: str) -> str:
    """NLTK ``SentiText`` punctuation stripping of one (len > 1) token."""
    if tok[0] not in _PUNCT_CHARS and tok[-1] not in _PUNCT_CHARS:
        return tok
    n = len(tok)
    i = n - len(tok.lstrip(string.punctuation))  # leading punctuation
    if i == n:
        return tok
    j = len(tok.rstrip(string.punctuation))  # end of the core (tok[i] is no punctuation, so j > i)
    core = tok[i:j]
    if len(core) < 2 or _PUNCT_RE.search(core) is not None:
        return tok
    if i and j == n:
        return core if tok[:i] in _PUNC_SET else tok
    if j < n and not i:
        return core if tok[j:] in _PUNC_SET else tok
    return tok


def _read_lexicon(path: Path) -> dict[str, float]:
    """Parse a VADER lexicon file exactly like NLTK's ``make_lex_dict``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(
            f"cannot read VADER lexicon {path}: {exc}; pass lexicon_path= pointing to a "
            "vader_lexicon.txt file (token TAB mean ...)"
        ) from exc
    lex: dict[str, float] = {}
    for lineno, line in enumerate(text.split("\n"), start=1):
        try:
            word, measure = line.strip().split("\t")[0:2]
            lex[word] = float(measure)
        except ValueError as exc:
            raise LexiconError(
                f"{path}, line {lineno}: expected 'token<TAB>mean<TAB>...', got {line[:60]!r}; "
                "fix or remove the line"
            ) from exc
    return lex


class FastVader:
    """VADER sentiment for many sentences, equal to NLTK's analyzer.

    Parameters
    ----------
    lexicon_path : path, optional
        VADER lexicon file; defaults to the file in the ``vaderSentiment`` wheel
        (:func:`coverage.families.sentiment.vader_lexicon_path`), the one the reference
        engine uses.
    cache : bool, default True
        Remember the scores of every distinct sentence text.
    python_below : int, default 64
        Batches with fewer uncached sentences than this are scored with the
        per-sentence Python path instead of the numpy pass.

    Examples
    --------
    >>> fv = FastVader()
    >>> fv.polarity_scores_many(["Good.", "Not good."]).tolist()
    [[0.0, 0.0, 1.0, 0.4404], [0.706, 0.294, 0.0, -0.3412]]
    """

    def __init__(
        self,
        *,
        lexicon_path: str | Path | None = None,
        cache: bool = True,
        python_below: int = 64,
    ) -> None:
        if lexicon_path is None:
            from coverage.families.sentiment import vader_lexicon_path

            lexicon_path = vader_lexicon_path()
        if not isinstance(python_below, int) or python_below < 0:
            raise ParameterError(f"FastVader(python_below={python_below!r}): expected an int >= 0")
        self.lexicon_path = Path(lexicon_path)
        self.cache = bool(cache)
        self.python_below = python_below
        self.lexicon = _read_lexicon(self.lexicon_path)
        self._results: dict[str, tuple[float, float, float, float]] = {}
        self._raw2id: dict[str, int] = {}
        self._tok2id: dict[str, int] = {}
        self._toks: list[str] = []
        self._arrays: tuple = tuple(np.zeros(0, dtype=dt) for dt in _DTYPES)
        self._new_token("")  # id 0: dropped (len <= 1) raw tokens
        self._raw2id["\x00"] = -1  # batch separator (a real lone NUL is dropped: id 0)
        self.stats = {"numpy": 0, "python": 0, "cached": 0}

    # ------------------------------------------------------------------ tokens
    def _new_token(self, tok: str) -> int:
        """Register a stripped token; its features are computed in bulk by ``_tables``."""
        tid = len(self._toks)
        self._toks.append(tok)
        self._tok2id[tok] = tid
        return tid

    def _raw_id(self, raw: str) -> int:
        """The token id of a raw token (registered on first sight; 0 for tokens of one character)."""
        return self._raw_ids([raw])[0]

    def _raw_ids(self, raws: list[str]) -> list[int]:
        """:meth:`_raw_id` of each of ``raws`` in turn, in one loop (the words new to a batch)."""
        raw2id, tok2id = self._raw2id, self._tok2id
        out = []
        for raw in raws:
            tid = raw2id.get(raw)
            if tid is None:
                if len(raw) <= 1:
                    tid = 0
                else:
                    tok = _strip_token(raw)
                    tid = tok2id.get(tok)
                    if tid is None:
                        tid = self._new_token(tok)
                raw2id[raw] = tid
            out.append(tid)
        return out

    def _tables(self) -> tuple:
        """Feature arrays indexed by token id (extended with the ids added since)."""
        built = self._arrays[0].size
        if built < len(self._toks):
            new = _token_features(self._toks[built:], self.lexicon)
            self._arrays = tuple(
                np.concatenate((old, col)) for old, col in zip(self._arrays, new, strict=True)
            )
        return self._arrays

    def tokens(self, text: str) -> list[str]:
        """The tokens NLTK's ``SentiText`` keeps (``words_and_emoticons``).

        Examples
        --------
        >>> FastVader().tokens("Wow!! it's (so) good, ok? :) a")
        ['Wow', "it's", '(so)', 'good', 'ok', ':)']
        """
        get = self._raw2id.get
        raw_id = self._raw_id
        toks = self._toks
        out = []
        for t in text.split():
            tid = get(t)
            if tid is None:
                tid = raw_id(t)
            if tid > 0:
                out.append(toks[tid])
        return out

    # ------------------------------------------------------- python reference
    def _score_python(self, text: str) -> tuple[float, float, float, float]:
        """Exact per-sentence scores (NLTK's algorithm with precomputed lookups)."""
        wes = self.tokens(text)
        n = len(wes)
        if not n:
            return (0.0, 0.0, 0.0, 0.0)
        lexicon = self.lexicon
        lows = [w.lower() for w in wes]
        if not any(low in lexicon for low in lows):
            sentiments: list = [0] * n
        else:
            sentiments = self._sentiments(wes, lows)
        return _score_valence(sentiments, text)

    def _sentiments(self, wes: list[str], lows: list[str]) -> list:
        lexicon = self.lexicon
        n = len(wes)
        n_upper = sum(1 for w in wes if w.isupper())
        is_cap_diff = 0 < n - n_upper < n
        check_idioms = any(
            wes[k] in _TRIGGER_FIRST and (wes[k], wes[k + 1]) in _TRIGGER_BIGRAMS
            for k in range(n - 1)
        )
        first_index: dict[str, int] = {}
        for idx, tok in enumerate(wes):
            if tok not in first_index:
                first_index[tok] = idx
        memo: dict[int, float | int] = {}
        sentiments: list = []
        for item in wes:
            i = first_index[item]
            val = memo.get(i)
            if val is None:
                low = lows[i]
                if (i < n - 1 and low == "kind" and lows[i + 1] == "of") or low in _BOOSTERS:
                    val = 0
                elif low not in lexicon:
                    val = 0
                else:
                    val = self._valence(wes, lows, i, is_cap_diff, check_idioms)
                memo[i] = val
            sentiments.append(val)
        if "but" in lows:
            bi = lows.index("but")
            sentiments = [
                s * 0.5 if k < bi else (s * 1.5 if k > bi else s) for k, s in enumerate(sentiments)
            ]
        return sentiments

    def _valence(self, wes, lows, i, is_cap_diff, check_idioms) -> float:
        lexicon = self.lexicon
        valence = lexicon[lows[i]]
        if is_cap_diff and wes[i].isupper():
            if valence > 0:
                valence += _C_INCR
            else:
                valence -= _C_INCR
        for start_i in range(3):
            p = i - (start_i + 1)
            if p < 0 or lows[p] in lexicon:
                continue
            s = 0.0
            boost = _BOOSTERS.get(lows[p])
            if boost is not None:
                s = boost
                if valence < 0:
                    s *= -1
                if is_cap_diff and wes[p].isupper():
                    if valence > 0:
                        s += _C_INCR
                    else:
                        s -= _C_INCR
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
            valence = valence + s
            low_p = lows[p]
            negated = low_p in _NEGATE or "n't" in low_p
            if start_i == 0:
                if negated:
                    valence = valence * _N_SCALAR
            elif start_i == 1:
                if wes[i - 2] == "never" and wes[i - 1] in _SO_THIS:
                    valence = valence * 1.5
                elif negated:
                    valence = valence * _N_SCALAR
            else:
                if (wes[i - 3] == "never" and wes[i - 2] in _SO_THIS) or wes[i - 1] in _SO_THIS:
                    valence = valence * 1.25
                elif negated:
                    valence = valence * _N_SCALAR
                if check_idioms:
                    valence = _idioms_check(valence, wes, i)
        if i > 1 and lows[i - 1] not in lexicon and lows[i - 1] == "least":
            if lows[i - 2] != "at" and lows[i - 2] != "very":
                valence = valence * _N_SCALAR
        elif i > 0 and lows[i - 1] not in lexicon and lows[i - 1] == "least":
            valence = valence * _N_SCALAR
        return valence

    # -------------------------------------------------------------- token ids
    def _arrow_ids(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
        """``(ids, sentence, n_exclamation, n_question)``: every whitespace token of ``texts``, by Arrow.

        Arrow's ``utf8_split_whitespace`` splits on exactly the characters ``str.split()``
        does (checked for every code point); it also gives empty strings around runs of
        whitespace, which get id 0 like every one-character token, i.e. are dropped. The
        table lookup is then one dictionary probe per *distinct* token. ``None`` when
        Arrow cannot hold a text (a lone surrogate): the caller splits in Python.
        """
        import pyarrow as pa
        import pyarrow.compute as pc

        try:
            arr = pa.array(texts, type=pa.large_string())
        except (UnicodeEncodeError, pa.ArrowException):
            return None
        lists = pc.utf8_split_whitespace(arr)
        enc = pc.dictionary_encode(lists.flatten())
        words = enc.dictionary.to_pylist()
        get = self._raw2id.get
        lut = np.fromiter(map(get, words, repeat(-2)), dtype=np.intp, count=len(words))
        unknown = np.flatnonzero(lut == -2).tolist()
        if unknown:
            lut[unknown] = self._raw_ids([words[k] for k in unknown])
        lut[lut == -1] = 0  # the separator entry of the Python split: here a lone NUL token, dropped
        ids = lut[enc.indices.to_numpy(zero_copy_only=False)]
        lens = np.diff(lists.offsets.to_numpy(zero_copy_only=False))
        sid = np.repeat(np.arange(len(texts), dtype=np.intp), lens)
        return ids, sid, _counts(pc.count_substring(arr, "!")), _counts(pc.count_substring(arr, "?"))

    def _python_ids(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`_arrow_ids` with ``str.split`` (any text, lone surrogates included)."""
        m = len(texts)
        get = self._raw2id.get
        joined = " \x00 ".join(texts)
        if joined.count("\x00") == m - 1:
            # one split for the whole batch; the "\x00" sentinels (id -1) separate texts
            raw = joined.split()
            del joined
            ids = np.fromiter(map(get, raw, repeat(-2)), dtype=np.intp, count=len(raw))
            sid = np.cumsum(ids == -1)
        else:  # a text contains NUL: split text by text (a lone "\x00" token is dropped)
            del joined
            splits = [t.split() for t in texts]
            raw = list(chain.from_iterable(splits))
            ids = np.fromiter(map(get, raw, repeat(-2)), dtype=np.intp, count=len(raw))
            ids[ids == -1] = 0
            lens = np.fromiter(map(len, splits), dtype=np.intp, count=m)
            sid = np.repeat(np.arange(m, dtype=np.intp), lens)
        unknown = np.flatnonzero(ids == -2)
        if unknown.size:
            unk_raw = [raw[k] for k in unknown.tolist()]
            for r in dict.fromkeys(unk_raw):
                self._raw_id(r)
            ids[unknown] = np.fromiter(map(get, unk_raw), dtype=np.intp, count=len(unk_raw))
        ep = np.fromiter((t.count("!") for t in texts), dtype=np.float64, count=m)
        qm = np.fromiter((t.count("?") for t in texts), dtype=np.float64, count=m)
        return ids, sid, ep, qm

    # -------------------------------------------------------------- numpy pass
    def _score_numpy(self, texts: list[str]) -> np.ndarray:
        """``(n, 4)`` scores ``[neg, neu, pos, compound]`` of ``texts`` (all uncached); routed sentences use the Python path."""
        m = len(texts)
        found = self._arrow_ids(texts)
        ids, sid, ep, qm = found if found is not None else self._python_ids(texts)
        (lexv, inlex, boost, upper, neg, never, sothis, least, atvery, but, kind, trig) = (
            self._tables()
        )
        keep = ids > 0
        ids = ids[keep]
        sid = sid[keep]
        T = ids.size
        n = np.bincount(sid, minlength=m)
        starts = np.zeros(m, dtype=np.intp)
        np.cumsum(n[:-1], out=starts[1:])
        pos = np.arange(T, dtype=np.intp) - starts[sid]

        # ---- routing: idiom/booster bigrams and "kind" go to the Python path
        routed = np.zeros(m, dtype=bool)
        r_tok = np.flatnonzero(kind[ids])
        if r_tok.size:
            routed[sid[r_tok]] = True
        t_trig = trig[ids]
        first_tok = np.flatnonzero((t_trig[:-1] >= 64) & (sid[:-1] == sid[1:]))
        if first_tok.size:
            hit = _PAIR[t_trig[first_tok] // 64, t_trig[first_tok + 1] % 64]
            routed[sid[first_tok[hit]]] = True
        lexpos = np.flatnonzero(inlex[ids])
        # ---- valences of lexicon tokens (at their own, i.e. first, position)
        cand = lexpos[~(boost[ids[lexpos]] != 0)]
        t_upper = upper[ids]
        n_upper = np.bincount(sid, weights=t_upper, minlength=m)
        capdiff = (n - n_upper > 0) & (n - n_upper < n)
        c_sid = sid[cand]
        c_pos = pos[cand]
        c_cap = capdiff[c_sid]
        v = lexv[ids[cand]].copy()
        up = c_cap & t_upper[cand]
        v = np.where(up, np.where(v > 0, v + _C_INCR, v - _C_INCR), v)
        prev_ids = []
        for start_i in range(3):
            has = c_pos > start_i
            pid = ids[np.where(has, cand - (start_i + 1), 0)]
            pid = np.where(has, pid, 0)
            prev_ids.append(pid)
            act = has & ~inlex[pid]
            b = boost[pid]
            s = np.where(v < 0, b * -1, b)
            capb = act & (b != 0) & upper[pid] & c_cap
            s = np.where(capb, np.where(v > 0, s + _C_INCR, s - _C_INCR), s)
            if start_i == 1:
                s = np.where(s != 0, s * 0.95, s)
            elif start_i == 2:
                s = np.where(s != 0, s * 0.9, s)
            v = np.where(act, v + s, v)
            ngt = neg[pid]
            if start_i == 0:
                v = np.where(act & ngt, v * _N_SCALAR, v)
            elif start_i == 1:
                nev = never[pid] & sothis[prev_ids[0]]
                v = np.where(act & nev, v * 1.5, np.where(act & ~nev & ngt, v * _N_SCALAR, v))
            else:
                sp = never[pid] & sothis[prev_ids[1]] | sothis[prev_ids[0]]
                v = np.where(act & sp, v * 1.25, np.where(act & ~sp & ngt, v * _N_SCALAR, v))
        p1, p2 = prev_ids[0], prev_ids[1]
        l1 = (c_pos > 0) & ~inlex[p1] & least[p1]
        l_far = l1 & (c_pos > 1)
        mult = (l_far & ~atvery[p2]) | (l1 & ~(c_pos > 1))
        v = np.where(mult, v * _N_SCALAR, v)

        # ---- a repeated token takes the valence computed at its first occurrence
        if cand.size > 1:
            key = c_sid.astype(np.int64) * (len(self._toks) + 1) + ids[cand]
            order = np.argsort(key, kind="stable")
            ks = key[order]
            new_group = np.ones(ks.size, dtype=bool)
            new_group[1:] = ks[1:] != ks[:-1]
            if not new_group.all():
                group_first = order[np.flatnonzero(new_group)[np.cumsum(new_group) - 1]]
                v[order] = v[group_first]

        # ---- "but": x0.5 before the first "but", x1.5 after it
        bpos = np.flatnonzero(but[ids])
        if bpos.size:
            first_b = np.full(m, -1, dtype=np.intp)
            bs = sid[bpos]
            first_b[bs[::-1]] = pos[bpos][::-1]
            fb = first_b[c_sid]
            has_b = fb >= 0
            v = np.where(has_b & (c_pos < fb), v * 0.5, np.where(has_b & (c_pos > fb), v * 1.5, v))

        # ---- sequential per-sentence sums (NLTK's order: token order)
        sum_s = _seq_sum(v, c_sid, m, v != 0)
        pmask = v > 0
        nmask = v < 0
        pos_sum = _seq_sum(v + 1, c_sid, m, pmask)
        neg_sum = _seq_sum(v - 1, c_sid, m, nmask)
        n_nonzero = np.bincount(c_sid[pmask | nmask], minlength=m)
        neu_count = (n - n_nonzero).astype(np.float64)

        ep_amp = np.minimum(ep, 4) * 0.292
        qm_amp = np.where(qm > 1, np.where(qm <= 3, qm * 0.18, 0.96), 0.0)
        amp = ep_amp + qm_amp
        sum_s = np.where(sum_s > 0, sum_s + amp, np.where(sum_s < 0, sum_s - amp, sum_s))
        comp = sum_s / np.sqrt(sum_s * sum_s + 15)
        abs_neg = np.abs(neg_sum)
        pos_sum2 = np.where(pos_sum > abs_neg, pos_sum + amp, pos_sum)
        neg_sum2 = np.where(pos_sum < abs_neg, neg_sum - amp, neg_sum)
        total = pos_sum2 + np.abs(neg_sum2) + neu_count
        empty = n == 0
        safe = np.where(empty, 1.0, total)
        p_ = np.where(empty, 0.0, np.abs(pos_sum2 / safe))
        g_ = np.where(empty, 0.0, np.abs(neg_sum2 / safe))
        u_ = np.where(empty, 0.0, np.abs(neu_count / safe))
        comp = np.where(empty, 0.0, comp)

        out = np.stack([_round_exact(g_, 3), _round_exact(u_, 3), _round_exact(p_, 3), _round_exact(comp, 4)], axis=1)
        n_routed = 0
        for k in np.flatnonzero(routed).tolist():
            out[k] = self._score_python(texts[k])
            n_routed += 1
        self.stats["python"] += n_routed
        self.stats["numpy"] += m - n_routed
        return out

    # ------------------------------------------------------------------ public
    _STEP = 50_000  # texts scored by one NumPy pass

    @staticmethod
    def _checked(texts: Sequence[str]) -> list[str]:
        texts = list(texts)
        if set(map(type, texts)) - {str}:
            for k, t in enumerate(texts):
                if not isinstance(t, str):
                    raise ParameterError(
                        f"FastVader: text {k} is {type(t).__name__} ({t!r:.40}), not str; "
                        "pass sentence strings (replace missing values with '')"
                    )
        return texts

    def _score_all(self, texts: Sequence[str]) -> list[tuple[float, float, float, float]]:
        texts = self._checked(texts)
        results = self._results if self.cache else {}
        todo = list(dict.fromkeys(t for t in texts if t not in results))
        self.stats["cached"] += len(texts) - len(todo)
        if todo:
            if len(todo) < self.python_below:
                scored = [self._score_python(t) for t in todo]
                self.stats["python"] += len(todo)
            else:
                scored = []
                for a in range(0, len(todo), self._STEP):
                    scored.extend(map(tuple, self._score_numpy(todo[a : a + self._STEP]).tolist()))
            results = dict(results) if not self.cache else results
            results.update(zip(todo, scored, strict=True))
        return [results[t] for t in texts]

    def polarity_scores_many(self, texts: Sequence[str]) -> np.ndarray:
        """``(n, 4)`` float array of ``[neg, neu, pos, compound]`` per text.

        Examples
        --------
        >>> FastVader().polarity_scores_many(["I love it!!"]).tolist()
        [[0.0, 0.173, 0.827, 0.6988]]
        """
        rows = self._score_all(texts)
        if not rows:
            return np.zeros((0, 4), dtype=np.float64)
        return np.array(rows, dtype=np.float64)

    def compound_many(self, texts: Sequence[str]) -> np.ndarray:
        """Compound score per text (NLTK's ``polarity_scores(t)["compound"]``).

        Examples
        --------
        >>> FastVader().compound_many(["bad", "not bad"]).tolist()
        [-0.5423, 0.431]
        """
        if self.cache or len(texts) < self.python_below:
            return np.array([r[3] for r in self._score_all(texts)], dtype=np.float64)
        # without a result cache: every text through the NumPy pass, no table of results by text
        texts = self._checked(texts)
        parts = [self._score_numpy(texts[a : a + self._STEP])[:, 3] for a in range(0, len(texts), self._STEP)]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float64)

    def polarity_scores(self, text: str) -> dict[str, float]:
        """Scores of one text as NLTK returns them: ``{"neg", "neu", "pos", "compound"}``.

        Examples
        --------
        >>> FastVader().polarity_scores("kind of the bomb :)")["compound"]
        0.2023
        """
        if not isinstance(text, str):
            raise ParameterError(
                f"FastVader.polarity_scores: got {type(text).__name__} ({text!r:.40}), not str"
            )
        res = self._results.get(text) if self.cache else None
        if res is None:
            res = self._score_python(text)
            self.stats["python"] += 1
            if self.cache:
                self._results[text] = res
        return dict(zip(COLUMNS, res, strict=True))

    def clear_cache(self) -> None:
        """Forget cached sentence scores."""
        self._results.clear()


_LOW_FLAGS = {"least": 1, "at": 2, "very": 2, "but": 4, "kind": 8}
_TOK_FLAGS = {"never": 1, "so": 2, "this": 2}
_NAN = math.nan


def _token_features(toks: list[str], lexicon: dict[str, float]) -> tuple[np.ndarray, ...]:
    """Feature columns (see ``_DTYPES``) of stripped tokens, computed in bulk."""
    k = len(toks)
    lows = [t.lower() for t in toks]
    lexv = np.fromiter(map(lexicon.get, lows, repeat(_NAN)), dtype=np.float64, count=k)
    inlex = np.fromiter(map(lexicon.__contains__, lows), dtype=bool, count=k)
    boost = np.fromiter(map(_BOOSTERS.get, lows, repeat(0.0)), dtype=np.float64, count=k)
    upper = np.fromiter(map(str.isupper, toks), dtype=bool, count=k)
    neg = np.fromiter(map(_NEGATE.__contains__, lows), dtype=bool, count=k)
    neg |= np.fromiter(map(str.__contains__, lows, repeat("n't")), dtype=bool, count=k)
    low_f = np.fromiter(map(_LOW_FLAGS.get, lows, repeat(0)), dtype=np.intp, count=k)
    tok_f = np.fromiter(map(_TOK_FLAGS.get, toks, repeat(0)), dtype=np.intp, count=k)
    trig = np.fromiter(map(_T1.get, toks, repeat(0)), dtype=np.intp, count=k) * 64
    trig += np.fromiter(map(_T2.get, toks, repeat(0)), dtype=np.intp, count=k)
    return (
        lexv,
        inlex,
        boost,
        upper,
        neg,
        (tok_f & 1) != 0,  # "never" (case-sensitive, as NLTK compares it)
        (tok_f & 2) != 0,  # "so" / "this" (case-sensitive)
        (low_f & 1) != 0,  # "least"
        (low_f & 2) != 0,  # "at" / "very"
        (low_f & 4) != 0,  # "but"
        (low_f & 8) != 0,  # "kind": routed to the Python path
        trig,  # idiom / booster bigram codes
    )


def _round_exact(x: np.ndarray, ndigits: int) -> np.ndarray:
    """``[round(v, ndigits) for v in x]`` (Python's correctly rounded half-even), vectorised.

    ``rint(x * 10**ndigits) / 10**ndigits`` picks the same integer as Python's exact
    decimal rounding unless ``x * 10**ndigits`` lies within 1e-6 of a half-integer
    (the product's rounding error is below 1e-12 here); the division then yields
    the double nearest to that decimal, as Python does. Near-ties use ``round``.
    """
    scale = 10.0**ndigits
    y = x * scale
    out = np.rint(y) / scale
    near = np.flatnonzero(np.abs(y - np.floor(y) - 0.5) < 1e-6)
    for k in near.tolist():
        out[k] = round(float(x[k]), ndigits)
    return out


def _counts(counts: object) -> np.ndarray:
    """An Arrow integer array (no nulls) as float64, for the punctuation emphasis."""
    return np.asarray(counts.to_numpy(zero_copy_only=False), dtype=np.float64)  # type: ignore[attr-defined]


def _seq_sum(values: np.ndarray, groups: np.ndarray, m: int, mask: np.ndarray) -> np.ndarray:
    """Per-group sums of ``values[mask]`` added left to right (Python ``sum`` order).

    ``groups`` must be non-decreasing. Sums start at 0.0 and add the k-th
    selected value of every group in round k, so each group's additions happen
    in token order, like NLTK's sequential loops.
    """
    acc = np.zeros(m, dtype=np.float64)
    idx = np.flatnonzero(mask)
    if not idx.size:
        return acc
    g = groups[idx]
    vals = values[idx]
    first = np.ones(g.size, dtype=bool)
    first[1:] = g[1:] != g[:-1]
    starts = np.flatnonzero(first)
    run_id = np.cumsum(first) - 1
    rank = np.arange(g.size) - starts[run_id]
    order = np.argsort(rank, kind="stable")
    counts = np.bincount(rank)
    bounds = np.concatenate(([0], np.cumsum(counts)))
    for k in range(counts.size):
        sel = order[bounds[k] : bounds[k + 1]]
        acc[g[sel]] += vals[sel]
    return acc


def _idioms_check(valence: float, wes: list[str], i: int) -> float:
    """NLTK's ``_idioms_check`` (case-sensitive, as in NLTK 3.10)."""
    onezero = f"{wes[i - 1]} {wes[i]}"
    twoonezero = f"{wes[i - 2]} {wes[i - 1]} {wes[i]}"
    twoone = f"{wes[i - 2]} {wes[i - 1]}"
    threetwoone = f"{wes[i - 3]} {wes[i - 2]} {wes[i - 1]}"
    threetwo = f"{wes[i - 3]} {wes[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in _IDIOMS:
            valence = _IDIOMS[seq]
            break
    if len(wes) - 1 > i:
        zeroone = f"{wes[i]} {wes[i + 1]}"
        if zeroone in _IDIOMS:
            valence = _IDIOMS[zeroone]
    if len(wes) - 1 > i + 1:
        zeroonetwo = f"{wes[i]} {wes[i + 1]} {wes[i + 2]}"
        if zeroonetwo in _IDIOMS:
            valence = _IDIOMS[zeroonetwo]
    if threetwo in _BOOSTERS or twoone in _BOOSTERS:
        valence = valence + _B_DECR
    return valence


def _score_valence(sentiments: list, text: str) -> tuple[float, float, float, float]:
    """NLTK's ``score_valence`` returning ``(neg, neu, pos, compound)``."""
    sum_s = float(sum(sentiments))
    ep_count = min(text.count("!"), 4)
    amp = ep_count * 0.292
    qm_count = text.count("?")
    if qm_count > 1:
        amp = amp + (qm_count * 0.18 if qm_count <= 3 else 0.96)
    if sum_s > 0:
        sum_s += amp
    elif sum_s < 0:
        sum_s -= amp
    compound = sum_s / math.sqrt((sum_s * sum_s) + 15)
    pos_sum = 0.0
    neg_sum = 0.0
    neu_count = 0
    for s in sentiments:
        if s > 0:
            pos_sum += float(s) + 1
        if s < 0:
            neg_sum += float(s) - 1
        if s == 0:
            neu_count += 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += amp
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= amp
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return (
        round(math.fabs(neg_sum / total), 3),
        round(math.fabs(neu_count / total), 3),
        round(math.fabs(pos_sum / total), 3),
        round(compound, 4),
    )


@lru_cache(maxsize=1)
def default_vader() -> FastVader:
    """The shared :class:`FastVader` (default lexicon; token table and cache per process).

    Examples
    --------
    >>> default_vader() is default_vader()
    True
    """
    return FastVader()
