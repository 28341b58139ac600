r"""Keep the on-topic articles: a small query language over the articles' words.

A corpus gathered by keyword search holds articles that only mention the event in
passing, or a different event with the same words. A *query* keeps the articles that
match it (:func:`filter_corpus`, :meth:`coverage.Corpus.filter_query`) and lists the
others with the reason, so a report can say how many it left out and why.

Query language
--------------
``word``
    Matches an article that has the word, case-insensitively: the word is compared
    with the article's token norms (:func:`coverage.text.token_norm`), so ``Attack``
    matches "attack", "ATTACK", "at\u00adtack" (soft hyphen), "ＡＴＴＡＣＫ" and
    "аttack" (Cyrillic "а"), and ``we're`` matches "We’re". Whole tokens only, compared
    by their match key like lexicon terms (:func:`coverage.lexicon.match_key`: a
    possessive ``'s`` or a trailing ``'`` is dropped): ``attack`` matches "attack's" and
    "‘attack’", not "attacks" or "counter-attack". A word the tokenizer cuts into
    several tokens (``9/11``) is matched as the phrase of those tokens.
``shoot*``
    ``*`` stands for any run of characters (also none) inside one token: ``shoot*``
    matches "shoot", "shooting", "shootings"; ``*attack`` matches "counterattack".
    Matching is linear (:func:`coverage.lexicon.compile_glob`, no regular expression).
    A word with ``*`` must be a single token (letters, digits, inner ``-`` or ``'``).
``"terror attack"``
    A phrase: these words as consecutive tokens (``*`` allowed in each). Punctuation is
    a token too, so ``"terror attack"`` does not match "terror, attack". Straight
    (``"..."``) or curly (``“...”``) quotes. Inside quotes ``and``, ``or``, ``not`` are
    ordinary words.
``a AND b``, ``a b``
    Both. Writing terms next to each other means AND: ``mosque attack`` needs both
    words (anywhere in the article); ``"mosque attack"`` needs them together.
``a OR b``
    Either.
``NOT a``
    Articles without ``a``.
``( ... )``
    Grouping.

Operators are upper-case words; precedence, from tightest: ``NOT``, then ``AND``
(written or implied), then ``OR``. So ``a OR b c`` is ``a OR (b AND c)``, and
``NOT a b`` is ``(NOT a) AND b``. Lower-case ``and``/``or``/``not`` outside quotes are
refused with a hint (write ``OR``, or ``"or"`` to look for the word), as is ``-word``
(write ``NOT word``). Examples::

    shooting OR attack
    mosque (attack OR shooting) NOT "attack ads"
    "stand* together" OR solidarity

A malformed query raises :class:`~coverage.errors.ParameterError` naming the character
position (from 1) and the fix, e.g. ``query: ')' at position 19 closes nothing; ...``.
A list of queries (a report parameter ``query: [shooting, "terror attack"]``) means any
of them (OR).

Speed
-----
:meth:`Query.matches_many` first looks for every literal piece of every term in the
article's folded, lower-cased text (a ``str.__contains__`` per piece) and evaluates
the query in three-valued logic: a term whose pieces are not all there is certainly
false, otherwise unknown. Articles the query certainly rejects (or certainly keeps,
through ``NOT``) are decided without tokenizing. In the others, only the
whitespace-separated words around the places where a term's literal occurs are
tokenized (tokens never contain whitespace, so that is exact), terms only as the query
needs them; a text whose folded form does not line up with it character for character,
or with very many such places, is tokenized whole (:func:`coverage.text.token_batch`).
The result is the same as tokenizing every article (``tests/test_topic.py`` compares
them on generated texts). 37,000 articles of 3,200 characters take about a second;
37,500 real news articles (220 million characters) 2 to 2.5 s.

Examples
--------
>>> q = compile_query('mosque (attack OR shoot*) NOT "attack ads"')
>>> q.matches("Shootings near the Mosque.")
True
>>> q.matches("Mosque attack ads were pulled.")
False
>>> print(q.explain("The mosque shooting; the shooter fled."))
matches the query 'mosque (attack OR shoot*) NOT "attack ads"': found mosque (1), shoot* (2: shooter 1, shooting 1); not found attack, "attack ads"
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .corpus import Corpus
from .errors import ParameterError
from .lexicon import compile_glob, match_key, match_keys
from .text import (
    Token,
    fold_text,
    has_fold_chars,
    is_word,
    split_tokens,
    token_batch,
    token_norm,
    token_norms,
)

__all__ = ["Query", "compile_query", "filter_corpus", "LEFT_OUT_COLUMNS"]

#: Columns of the table of articles :func:`filter_corpus` leaves out.
LEFT_OUT_COLUMNS = ["article_id", "outlet", "reason"]

_OPERATORS = ("AND", "OR", "NOT")
_QUOTES = {'"': '"', "“": "”\"", "„": "“”\""}  # opening quote -> the characters that close it
_SPECIAL = set("()") | set(_QUOTES)
_MAX_DEPTH = 100  # nested parentheses / NOT: deeper is surely a mistake (and would exhaust the stack)
_CHUNK = 2000  # articles per batch in matches_many


# ---------------------------------------------------------------------------
# syntax tree


@dataclass(frozen=True)
class _Term:
    """A word or phrase: a sequence of token matchers ``("eq", norm)`` or ``("glob", pattern)``."""

    matchers: tuple[tuple[str, str], ...]
    label: str  # as shown in explanations: the word, or the phrase in quotes

    def literals(self) -> list[str]:
        """Substrings every matching article's searchable text contains (see :func:`_searchable`)."""
        out = []
        for kind, value in self.matchers:
            pieces = value.split("*") if kind == "glob" else [value]
            out.extend(p.replace("ς", "σ") for p in pieces if p)
        return out


@dataclass(frozen=True)
class _Not:
    item: Any


@dataclass(frozen=True)
class _All:
    items: tuple[Any, ...]


@dataclass(frozen=True)
class _Any:
    items: tuple[Any, ...]


def _terms_of(node: Any, out: dict[tuple, _Term]) -> None:
    if isinstance(node, _Term):
        out.setdefault(node.matchers, node)
    elif isinstance(node, _Not):
        _terms_of(node.item, out)
    else:
        for item in node.items:
            _terms_of(item, out)


def _evaluate(node: Any, hits: dict[tuple, np.ndarray]) -> np.ndarray:
    if isinstance(node, _Term):
        return hits[node.matchers]
    if isinstance(node, _Not):
        return ~_evaluate(node.item, hits)
    values = [_evaluate(item, hits) for item in node.items]
    return np.logical_and.reduce(values) if isinstance(node, _All) else np.logical_or.reduce(values)


def _bounds(node: Any, present: dict[tuple, np.ndarray], ones: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(can_be_true, can_be_false)`` of ``node`` when a term can be true only where it is ``present``."""
    if isinstance(node, _Term):
        return present[node.matchers], ones
    if isinstance(node, _Not):
        can_true, can_false = _bounds(node.item, present, ones)
        return can_false, can_true
    pairs = [_bounds(item, present, ones) for item in node.items]
    trues = [p[0] for p in pairs]
    falses = [p[1] for p in pairs]
    if isinstance(node, _All):
        return np.logical_and.reduce(trues), np.logical_or.reduce(falses)
    return np.logical_or.reduce(trues), np.logical_and.reduce(falses)


# ---------------------------------------------------------------------------
# lexer and parser


@dataclass(frozen=True)
class _Lexeme:
    kind: str  # "WORD", "PHRASE", "(", ")", "AND", "OR", "NOT", "END"
    value: str
    pos: int  # 0-based offset in the query text


class _Syntax:
    """Raises the ParameterError of a malformed query."""

    def __init__(self, text: str, what: str = "query"):
        self.text = text
        self.what = what

    def __call__(self, message: str) -> ParameterError:
        return ParameterError(f"{self.what}: {message} (the query: {self.text!r})")


def _lex(text: str, error: _Syntax) -> list[_Lexeme]:
    out: list[_Lexeme] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            out.append(_Lexeme(ch, ch, i))
            i += 1
        elif ch in _QUOTES:
            closers = _QUOTES[ch]
            end = min((k for k in (text.find(c, i + 1) for c in closers) if k >= 0), default=-1)
            if end < 0:
                raise error(f"the quote {ch!r} at position {i + 1} opens a phrase that is never closed; "
                            f"add the closing quote after the phrase's last word")
            out.append(_Lexeme("PHRASE", text[i + 1:end], i))
            i = end + 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in _SPECIAL:
                j += 1
            word = text[i:j]
            out.append(_Lexeme(word if word in _OPERATORS else "WORD", word, i))
            i = j
    out.append(_Lexeme("END", "", n))
    return out


_STARTS_TERM = ("WORD", "PHRASE", "(", "NOT")


class _Parser:
    """Recursive descent over::

        query    := or_expr END
        or_expr  := and_expr ("OR" and_expr)*
        and_expr := not_expr (["AND"] not_expr)*
        not_expr := "NOT" not_expr | atom
        atom     := WORD | PHRASE | "(" or_expr ")"
    """

    def __init__(self, text: str, error: _Syntax):
        self.error = error
        self.lexemes = _lex(text, error)
        self.k = 0
        self.depth = 0

    def peek(self) -> _Lexeme:
        return self.lexemes[self.k]

    def take(self) -> _Lexeme:
        lex = self.lexemes[self.k]
        self.k += 1
        return lex

    def parse(self) -> Any:
        node = self.or_expr()
        lex = self.peek()
        if lex.kind == ")":
            raise self.error(f"')' at position {lex.pos + 1} closes nothing; remove it, or add a '(' "
                             f"before the terms it should close")
        assert lex.kind == "END", lex  # every other lexeme continues an expression
        return node

    def _operand_after(self, op: _Lexeme) -> None:
        nxt = self.peek()
        if nxt.kind in _STARTS_TERM:
            return
        if nxt.kind in ("AND", "OR"):
            raise self.error(f"{nxt.kind} at position {nxt.pos + 1} follows {op.kind} at position {op.pos + 1}; "
                             f"put a term between them, or remove one")
        raise self.error(f"{op.kind} at position {op.pos + 1} needs a term after it; add one, "
                         f"or remove {op.kind}")

    def or_expr(self) -> Any:
        items = [self.and_expr()]
        while self.peek().kind == "OR":
            op = self.take()
            self._operand_after(op)
            items.append(self.and_expr())
        return items[0] if len(items) == 1 else _Any(tuple(items))

    def and_expr(self) -> Any:
        items = [self.not_expr()]
        while True:
            lex = self.peek()
            if lex.kind == "AND":
                op = self.take()
                self._operand_after(op)
            elif lex.kind not in _STARTS_TERM:
                break
            items.append(self.not_expr())
        return items[0] if len(items) == 1 else _All(tuple(items))

    def _deeper(self, lex: _Lexeme) -> None:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise self.error(f"more than {_MAX_DEPTH} nested parentheses or NOTs at position {lex.pos + 1}; "
                             f"simplify the query")

    def not_expr(self) -> Any:
        lex = self.peek()
        if lex.kind != "NOT":
            return self.atom()
        self.take()
        self._operand_after(lex)
        self._deeper(lex)
        node = _Not(self.not_expr())
        self.depth -= 1
        return node

    def atom(self) -> Any:
        lex = self.take()
        if lex.kind == "WORD":
            return _word_term(lex.value, lex.pos, self.error)
        if lex.kind == "PHRASE":
            return _phrase_term(lex.value, lex.pos, self.error)
        if lex.kind == "(":
            if self.peek().kind == ")":
                raise self.error(f"'()' at position {lex.pos + 1} holds nothing; put terms inside, or remove it")
            self._deeper(lex)
            node = self.or_expr()
            self.depth -= 1
            if self.peek().kind != ")":
                raise self.error(f"'(' at position {lex.pos + 1} is never closed; add ')' after the terms "
                                 f"it groups")
            self.take()
            return node
        if lex.kind in ("AND", "OR"):
            raise self.error(f"{lex.kind} at position {lex.pos + 1} needs a term before it; add one, "
                             f"or remove {lex.kind}")
        if lex.kind == ")":
            raise self.error(f"')' at position {lex.pos + 1} closes nothing; remove it, or add a '(' "
                             f"before the terms it should close")
        raise self.error("the query ends where a term is expected; add a word")  # pragma: no cover


def _part_matchers(part: str, pos: int, error: _Syntax, *, in_phrase: bool) -> list[tuple[str, str]]:
    """Token matchers of one whitespace-free piece of a query."""
    where = f"{part!r} at position {pos + 1}"
    if "*" in part:
        if not part.strip("*"):
            raise error(f"{where} matches every word; remove it, or write letters before or after the "
                        f"'*' (shoot*)")
        if len(split_tokens(part.replace("*", "x"))[1]) != 1:
            raise error(f"{where}: a word with '*' must be a single word (letters, digits, inner - or '); "
                        f"split it into separate words")
        pattern = match_key(token_norm(part))
        while "**" in pattern:
            pattern = pattern.replace("**", "*")
        return [("glob", pattern)]
    norms = split_tokens(part)[2]
    if not in_phrase and not any(map(is_word, norms)):
        raise error(f"{where} has no letter or digit, so it matches no word; remove it")
    return [("eq", key) for key in match_keys(norms)]


def _word_term(word: str, pos: int, error: _Syntax) -> _Term:
    if word.upper() in _OPERATORS:  # "or", "And": an operator written in the wrong case
        raise error(f"{word!r} at position {pos + 1}: operators are upper-case; write {word.upper()}, "
                    f"or \"{word}\" (in quotes) to look for the word itself")
    if len(word) > 1 and word[0] == "-" and any(ch.isalnum() for ch in word):
        raise error(f"{word!r} at position {pos + 1}: to leave out articles with a word, write "
                    f"NOT {word[1:]}")
    return _Term(tuple(_part_matchers(word, pos, error, in_phrase=False)), word)


def _phrase_term(phrase: str, pos: int, error: _Syntax) -> _Term:
    matchers: list[tuple[str, str]] = []
    for m in re.finditer(r"\S+", phrase):  # the phrase starts after the quote at ``pos``
        matchers.extend(_part_matchers(m.group(), pos + 1 + m.start(), error, in_phrase=True))
    if not matchers:
        raise error(f"the phrase at position {pos + 1} is empty; put words between the quotes, or remove them")
    if not any(kind == "glob" or is_word(value) for kind, value in matchers):
        raise error(f"the phrase at position {pos + 1} has no letter or digit, so it matches no word; "
                    f"remove it")
    return _Term(tuple(matchers), f'"{" ".join(phrase.split())}"')


# ---------------------------------------------------------------------------
# matching


def _searchable(text: str) -> str:
    """The form of ``text`` whose substrings include every token norm of it (with ς read as σ).

    Token norms are folded, lower-cased pieces of the text; folding and ``lower`` work
    character by character (folding by runs of letters, which never cross a token's
    edge), except Greek final sigma, which ``lower`` chooses from the next character:
    that one is mapped to σ here and in the literals.
    """
    return (fold_text(text).lower().replace("’", "'").replace("‘", "'").replace("`", "'")
            .replace("ς", "σ"))


def _matcher_func(matcher: tuple[str, str]) -> Callable[[str], bool]:
    kind, value = matcher
    return compile_glob(value) if kind == "glob" else value.__eq__


class _GiveUp(Exception):
    """The local check cannot decide (a very long run without spaces, too many look-alike places)."""


class _Compiled:
    """A term ready to match: a matcher function per token and where to look for it in a text."""

    def __init__(self, term: _Term):
        self.term = term
        self.key = term.matchers
        self.funcs = [_matcher_func(m) for m in term.matchers]
        self.literals = term.literals()
        # the anchor: the literal whose places in a text are tokenized to check the term there; preferably
        # one a token starts with (a place right after a letter or digit is then skipped)
        anchors = []
        for j, (kind, value) in enumerate(term.matchers):
            head = value.split("*")[0] if kind == "glob" else value
            if head:
                anchors.append((1, len(head), -j, head.replace("ς", "σ"), kind == "eq"))
            elif kind == "glob":
                longest = max(value.split("*"), key=len)
                anchors.append((0, len(longest), -j, longest.replace("ς", "σ"), False))
        _, _, _, self.anchor, self.whole = max(anchors)
        self.starts = bool(max(anchors)[0])  # a matching token starts with the anchor
        self.span = len(term.matchers) - 1  # whitespace-separated pieces either side to tokenize

    def occurs(self, tokens_keys: list[str]) -> bool:
        funcs, n = self.funcs, len(self.funcs)
        if n == 1:
            return any(map(funcs[0], tokens_keys))
        return any(all(f(k) for f, k in zip(funcs, tokens_keys[i:i + n], strict=True))
                   for i in range(len(tokens_keys) - n + 1))

    def occurs_in(self, text: str, form: str) -> bool:
        """Whether the term occurs in ``text`` (``form`` is its :func:`_searchable` form, of the same length).

        Tokens never contain whitespace, so the tokens of a piece of text cut at whitespace
        are exactly the full tokenization's there: each place of the anchor is checked by
        tokenizing the whitespace-separated word around it (and ``span`` words either side
        for a phrase). Raises :class:`_GiveUp` when that would be slow.
        """
        lit, n, size = self.anchor, len(self.anchor), len(text)
        starts, whole = self.starts and lit[0].isalnum(), self.whole and lit[-1].isalnum()
        checked = 0
        p = form.find(lit)
        while p >= 0:
            e = p + n
            # a letter or digit right before (after) one in the text is in the same token: no token starts
            # (ends) at p (e), so no token's key is the anchor (begins with it) here
            if not (starts and p and text[p - 1].isalnum() and text[p].isalnum()) and not (
                    whole and e < size and text[e].isalnum() and text[e - 1].isalnum()):
                checked += 1
                if checked > _MAX_PLACES:
                    raise _GiveUp
                a, b = _words_around(text, p, e, self.span)
                if self.occurs(match_keys(split_tokens(text[a:b])[2])):
                    return True
            p = form.find(lit, p + 1)
        return False


_MAX_PLACES = 64  # places of an anchor checked one by one in a text; more: the text is tokenized whole
_MAX_WINDOW = 2000  # characters around a place; longer (a text without spaces): the text is tokenized whole


def _words_around(text: str, p: int, e: int, extra: int) -> tuple[int, int]:
    """``(a, b)``: ``text[a:b]`` is the whitespace-separated word(s) holding ``text[p:e]``, ``extra`` more either side."""
    a, b, size = p, e, len(text)
    for k in range(extra + 1):
        if k:
            while a > 0 and text[a - 1].isspace():
                a -= 1
            while b < size and text[b].isspace():
                b += 1
        while a > 0 and not text[a - 1].isspace():
            a -= 1
            if p - a > _MAX_WINDOW:
                raise _GiveUp
        while b < size and not text[b].isspace():
            b += 1
            if b - e > _MAX_WINDOW:
                raise _GiveUp
    return a, b


def _term_counts(terms: Iterable[_Compiled], norms: list[str], codes: np.ndarray,
                 counts: np.ndarray) -> dict[tuple, np.ndarray]:
    """For each term, how often it occurs in each text (``codes`` index ``norms``; ``counts`` tokens per text)."""
    keys = match_keys(norms)
    owner = np.repeat(np.arange(len(counts)), counts)
    memo: dict[tuple[str, str], np.ndarray] = {}
    out = {}
    for term in terms:
        per_token = []
        for m, func in zip(term.key, term.funcs, strict=True):
            if m not in memo:
                vocab_hits = np.fromiter(map(func, keys), dtype=bool, count=len(keys))
                memo[m] = vocab_hits[codes] if len(codes) else np.zeros(0, dtype=bool)
            per_token.append(memo[m])
        size = len(codes) - len(per_token) + 1
        if size <= 0:
            out[term.key] = np.zeros(len(counts), dtype=np.int64)
            continue
        found = per_token[0][:size].copy()
        for k, hits in enumerate(per_token[1:], start=1):
            found &= hits[k:k + size]
        if len(per_token) > 1:  # a phrase must not run from one text into the next
            found &= owner[:size] == owner[len(per_token) - 1:]
        out[term.key] = np.bincount(owner[:size][found], minlength=len(counts)).astype(np.int64)
    return out


def _decide(node: Any, occurs: Callable[[tuple], bool]) -> bool:
    """The query's value for one text, asking ``occurs`` only for the terms it needs."""
    if isinstance(node, _Term):
        return occurs(node.matchers)
    if isinstance(node, _Not):
        return not _decide(node.item, occurs)
    if isinstance(node, _All):
        return all(_decide(item, occurs) for item in node.items)
    return any(_decide(item, occurs) for item in node.items)


class Query:
    """A compiled query (:func:`compile_query`); see :mod:`coverage.topic` for the language.

    Attributes
    ----------
    text : str
        The query as written (for a list of queries: joined with ``OR``).
    terms : list of str
        Its distinct words and phrases, in order of appearance.
    """

    def __init__(self, text: str, root: Any):
        self.text = text
        self._root = root
        found: dict[tuple, _Term] = {}
        _terms_of(root, found)
        self._terms = [_Compiled(t) for t in found.values()]

    @property
    def terms(self) -> list[str]:
        return [t.term.label for t in self._terms]

    def __repr__(self) -> str:
        return f"Query({self.text!r})"

    def __str__(self) -> str:
        return self.text

    # -- matching -------------------------------------------------------------
    def _exact(self, norms: list[str], codes: np.ndarray, counts: np.ndarray) -> np.ndarray:
        hits = {key: c > 0 for key, c in _term_counts(self._terms, norms, codes, counts).items()}
        return np.asarray(_evaluate(self._root, hits), dtype=bool)

    def _exact_texts(self, texts: list[str]) -> np.ndarray:
        """Tokenize every text whole and match (the reference the fast path agrees with)."""
        if not texts:
            return np.zeros(0, dtype=bool)
        batch = token_batch(texts)
        return self._exact(token_norms(batch.surfaces), batch.codes, batch.counts)

    def _chunk(self, texts: list[str]) -> np.ndarray:
        forms = [_searchable(t) for t in texts]
        seen: dict[str, np.ndarray] = {}
        present = {}
        for term in self._terms:
            here = np.ones(len(texts), dtype=bool)
            for lit in term.literals:
                if lit not in seen:
                    seen[lit] = np.fromiter((lit in f for f in forms), dtype=bool, count=len(forms))
                here &= seen[lit]
            present[term.key] = here
        can_match, can_fail = _bounds(self._root, present, np.ones(len(texts), dtype=bool))
        out = can_match & ~can_fail
        by_key = {t.key: t for t in self._terms}
        whole = []  # texts to tokenize whole
        for i in np.flatnonzero(can_match & can_fail).tolist():
            text, form = texts[i], forms[i]
            if len(form) != len(text) or has_fold_chars(text):  # places in the form are not places in the text
                whole.append(i)
                continue

            def occurs(key: tuple, text: str = text, form: str = form, i: int = i) -> bool:
                return bool(present[key][i]) and by_key[key].occurs_in(text, form)

            try:
                out[i] = _decide(self._root, occurs)
            except _GiveUp:
                whole.append(i)
        if whole:
            out[whole] = self._exact_texts([texts[i] for i in whole])
        return out

    def matches_many(self, texts: Iterable[str]) -> np.ndarray:
        """Whether each text matches (a bool array), fast: see "Speed" in :mod:`coverage.topic`.

        Examples
        --------
        >>> compile_query("attack NOT ads").matches_many(["An attack.", "Attack ads.", "Calm."]).tolist()
        [True, False, False]
        """
        texts = _text_list(texts)
        out = np.zeros(len(texts), dtype=bool)
        for start in range(0, len(texts), _CHUNK):
            out[start:start + _CHUNK] = self._chunk(texts[start:start + _CHUNK])
        return out

    def matches(self, tokens_or_text: str | Sequence[Token] | Sequence[str]) -> bool:
        """Whether one article matches: its text, its :class:`~coverage.text.Token` list, or token texts.

        Examples
        --------
        >>> q = compile_query('"terror attack" OR shoot*')
        >>> q.matches("A TERROR attack"), q.matches("terror, attack"), q.matches(["Shooting"])
        (True, False, True)
        """
        norms, codes = self._norms_of(tokens_or_text)
        return bool(self._exact(norms, codes, np.array([len(codes)], dtype=np.int64))[0])

    def explain(self, text: str | Sequence[Token] | Sequence[str]) -> str:
        """Whether ``text`` matches and which terms it holds (how often; for ``*`` words, which words).

        Examples
        --------
        >>> compile_query("shooting OR attack").explain("No attack, no attack.")
        "matches the query 'shooting OR attack': found attack (2); not found shooting"
        """
        norms, codes = self._norms_of(text)
        counts = np.array([len(codes)], dtype=np.int64)
        per_term = _term_counts(self._terms, norms, codes, counts)
        verdict = "matches" if self._exact(norms, codes, counts)[0] else "does not match"
        found, missing = [], []
        keys = match_keys(norms)
        for term in self._terms:
            n = int(per_term[term.key][0])
            if not n:
                missing.append(term.term.label)
                continue
            detail = ""
            if len(term.key) == 1 and term.key[0][0] == "glob":
                tally = sorted(Counter(w for w in map(keys.__getitem__, codes.tolist()) if term.funcs[0](w)).items(),
                               key=lambda wc: (-wc[1], wc[0]))
                shown = [f"{w} {c}" for w, c in tally[:5]]
                more = f", {len(tally) - 5} more" if len(tally) > 5 else ""
                detail = f": {', '.join(shown)}{more}"
            found.append(f"{term.term.label} ({n}{detail})")
        parts = [f"found {', '.join(found)}" if found else "found none of its terms"]
        if missing:
            parts.append(f"not found {', '.join(missing)}")
        return f"{verdict} the query {self.text!r}: {'; '.join(parts)}"

    @staticmethod
    def _norms_of(value: Any) -> tuple[list[str], np.ndarray]:
        """(distinct norms, code of each token) of a text, a Token list or a list of token texts."""
        if isinstance(value, str):
            norms = split_tokens(value)[2]
        elif isinstance(value, Sequence | pd.Series | np.ndarray):
            items = list(value)
            if all(isinstance(t, Token) for t in items):
                norms = [t.norm for t in items]
            elif all(isinstance(t, str) for t in items):
                norms = token_norms(items)
            else:
                raise ParameterError("Query.matches expects a text, a list of coverage.text.Token or a list "
                                     "of token strings")
        else:
            raise ParameterError(f"Query.matches expects a text or a list of tokens, not {type(value).__name__}")
        index: dict[str, int] = {}
        codes = np.fromiter((index.setdefault(n, len(index)) for n in norms), dtype=np.int64, count=len(norms))
        return list(index), codes


def _text_list(texts: Iterable[Any]) -> list[str]:
    values = texts.tolist() if isinstance(texts, pd.Series | pd.Index | np.ndarray) else list(texts)
    for v in values:
        if not isinstance(v, str):
            raise ParameterError(f"Query.matches_many expects texts (str), got a {type(v).__name__}")
    return values


def compile_query(query: str | Sequence[str] | Query) -> Query:
    """Parse a query (see :mod:`coverage.topic`); a list of queries means any of them.

    Raises
    ------
    ParameterError
        The query is empty, not text, or malformed; the message gives the character
        position (from 1) and the fix.

    Examples
    --------
    >>> compile_query('mosque (attack OR shooting) NOT "attack ads"').terms
    ['mosque', 'attack', 'shooting', '"attack ads"']
    >>> compile_query(["shooting", "terror attack"]).text
    'shooting OR (terror attack)'
    >>> compile_query("shooting OR attack)")
    Traceback (most recent call last):
    ...
    coverage.errors.ParameterError: query: ')' at position 19 closes nothing; remove it, or add a '(' before the terms it should close (the query: 'shooting OR attack)')
    """
    if isinstance(query, Query):
        return query
    if isinstance(query, str):
        if not query.strip():
            raise ParameterError("query is empty; give the words to look for, e.g. 'shooting OR attack', or leave "
                                 "the parameter out to keep every article")
        text = query.strip()
        return Query(text, _Parser(text, _Syntax(text)).parse())
    if isinstance(query, Sequence | pd.Series | np.ndarray) and not isinstance(query, bytes):
        items = list(query)
        if not items:
            raise ParameterError("query is an empty list; give at least one query, e.g. [shooting, attack]")
        roots, shown = [], []
        for k, item in enumerate(items, start=1):
            if not isinstance(item, str) or not item.strip():
                raise ParameterError(f"query item {k} must be a non-empty text (a word, phrase or expression), "
                                     f"not {item!r}")
            text = item.strip()
            parser = _Parser(text, _Syntax(text, f"query item {k}"))
            roots.append(parser.parse())
            shown.append(text if len(parser.lexemes) == 2 else f"({text})")
        root = roots[0] if len(roots) == 1 else _Any(tuple(roots))
        return Query(" OR ".join(shown), root)
    raise ParameterError(f"query must be words or a boolean expression, e.g. 'shooting OR attack' (or a list of "
                         f"them), not {type(query).__name__}")


def filter_corpus(corpus: Corpus, query: str | Sequence[str] | Query | None) -> tuple[Corpus, pd.DataFrame]:
    """The articles of ``corpus`` that match ``query``, and the ones left out with the reason.

    Parameters
    ----------
    corpus : Corpus
    query : str, list of str, Query or None
        See :mod:`coverage.topic`. ``None`` keeps every article.

    Returns
    -------
    (Corpus, pandas.DataFrame)
        The corpus of matching articles, in the same order, with everything else of
        ``corpus`` carried over (``rejected``, ``notes``, ``inputs``, ``name``,
        ``input_hashes``: what was read is unchanged); and the articles left out,
        ``article_id, outlet, reason`` in corpus order.

    Examples
    --------
    >>> c = Corpus.from_frame(pd.DataFrame({"id": ["a", "b", "c"], "outlet": ["X", "Y", "X"],
    ...                                     "text": ["An attack.", "Attack ads.", "A vigil."]}))
    >>> kept, left = filter_corpus(c, "attack NOT ads")
    >>> kept.df["article_id"].tolist()
    ['a']
    >>> left.to_dict("records")[0]
    {'article_id': 'b', 'outlet': 'Y', 'reason': "does not match the query 'attack NOT ads'"}
    """
    if not isinstance(corpus, Corpus):
        raise ParameterError(f"filter_corpus expects a Corpus (coverage.load_corpus(...)), not {type(corpus).__name__}")
    if query is None:
        return corpus, pd.DataFrame({c: pd.Series(dtype=object) for c in LEFT_OUT_COLUMNS})
    q = compile_query(query)
    keep = q.matches_many(corpus.df["text"])
    df = corpus.df[keep].reset_index(drop=True)
    left = corpus.df.loc[~keep, ["article_id", "outlet"]].reset_index(drop=True)
    left["reason"] = pd.Series([f"does not match the query {q.text!r}"] * len(left), dtype=object)
    kept = dataclasses.replace(corpus, df=df, notes=list(corpus.notes), inputs=list(corpus.inputs),
                               input_hashes=[dict(h) for h in corpus.input_hashes])
    return kept, left
