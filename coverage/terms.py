"""Document-term matrices and tidy per-group term tables.

Input documents are lists of token norms produced by :func:`coverage.text.tokenize`
(``Token.norm``; ``Token`` objects are accepted too). The pipeline for one document:

1. drop punctuation tokens (:func:`coverage.text.is_word` is False);
2. optionally strip a trailing possessive ``'s`` / ``'`` (``"mosque's"`` -> ``"mosque"``);
3. drop stopwords (checked on the unstemmed word, after step 2);
4. optionally stem with NLTK's Snowball English stemmer (needs no downloaded data);
5. build n-grams joined by a space.

**N-grams and removed tokens.** By default an n-gram never spans a removed
token (a stopword or punctuation): "attack on the mosque." gives the bigram
list ``[]`` for ``ngram_range=(2, 2)`` because "attack" and "mosque" are not
adjacent in the text, and no n-gram crosses a sentence end. This is what
quanteda gives with ``tokens_remove(..., padding = TRUE)`` followed by
``tokens_ngrams()``. Set ``ngrams_across_removed=True`` for quanteda's default
(``padding = FALSE``): n-grams are built from the remaining tokens as if the
removed ones were never there ("attack mosque").

Examples
--------
>>> from coverage.text import tokenize
>>> doc = [t.norm for t in tokenize("The attacks on the mosque. Mosque leaders said")]
>>> m, vocab = doc_term_matrix([doc], stem=True)
>>> dict(zip(vocab.tolist(), m.toarray()[0].tolist()))
{'attack': 1, 'leader': 1, 'mosqu': 2}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfTransformer

from coverage._memory import release_memory
from coverage.errors import ParameterError
from coverage.text import Token, is_word, is_word_many, tokenize

__all__ = [
    "STOPWORDS",
    "NEWS_STOPWORDS",
    "doc_term_matrix",
    "analyze_tokens",
    "group_counts",
    "term_table",
    "stream_term_matrix",
    "CREDIT_WORDS",
    "EXCLUSIONS",
    "check_exclude",
    "outlet_name_tokens",
    "excluded_terms",
    "document_keyness",
]

#: Words that are frequent in any news report and carry no framing on their own:
#: reporting verbs, honorifics, and contractions (the tokenizer keeps "we're",
#: "don't" as single tokens, which scikit-learn's list does not cover).
NEWS_STOPWORDS: frozenset[str] = frozenset(
    {
        # reporting verbs and honorifics
        "said", "says", "say", "saying", "told", "tells", "according",
        "mr", "mrs", "ms", "dr",
        # contractions as the tokenizer emits them (straight apostrophe)
        "i'm", "i've", "i'd", "i'll", "you're", "you've", "you'd", "you'll",
        "he's", "he'd", "he'll", "she's", "she'd", "she'll", "it's", "it'd", "it'll",
        "we're", "we've", "we'd", "we'll", "they're", "they've", "they'd", "they'll",
        "that's", "there's", "here's", "what's", "who's", "let's",
        "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
        "haven't", "hasn't", "hadn't", "won't", "wouldn't", "can't", "couldn't",
        "shouldn't", "mustn't",
    }
)  # fmt: skip

#: Default stopword list: scikit-learn's ``ENGLISH_STOP_WORDS`` (318 words,
#: offline) plus :data:`NEWS_STOPWORDS`. Pass your own set, or ``None`` to keep
#: every word. Words that matter for framing ("not", "no", "never", "against")
#: are in scikit-learn's list; pass a custom set if they should count.
STOPWORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS) | NEWS_STOPWORDS

#: Photo-credit, caption and byline words (and the news agencies that appear in
#: credit lines). They dominate keyness between outlets because each outlet formats
#: its picture credits differently ("Image copyright Getty Images", "Photograph:
#: Reuters", "(AP Photo/...)"), not because of how it frames the event. Left out of
#: keyness by ``exclude=("credits", ...)`` (:func:`excluded_terms`); compared with the
#: lower-case, possessive-stripped term (and its stem when terms are stemmed).
CREDIT_WORDS: frozenset[str] = frozenset(
    {
        "caption", "captions", "copyright", "credit", "credits", "courtesy",
        "image", "images", "photo", "photos", "photograph", "photographs", "photographer",
        "file", "handout", "getty", "shutterstock", "alamy",
        "reuters", "ap", "afp", "pa", "epa", "ansa", "anadolu",
    }
)  # fmt: skip

#: Names accepted by ``exclude=`` of :meth:`coverage.Analysis.keyness` / ``terms``:
#:
#: * ``"outlets"``: every word token of every outlet name of the corpus ("Fox News" ->
#:   "fox", "news"), normalised like token norms (:func:`outlet_name_tokens`);
#: * ``"numbers"``: tokens with no letter ("2017", "1,000", "9") and numbers with an
#:   ordinal, decade or clock suffix ("29th", "1990s", "2.40pm", "10am");
#: * ``"handles"``: tokens starting with ``@`` or ``#`` (social media handles, hashtags);
#: * ``"credits"``: :data:`CREDIT_WORDS`.
#:
#: An n-gram is excluded when any of its tokens is.
EXCLUSIONS: tuple[str, ...] = ("outlets", "numbers", "handles", "credits")

_NUMBER_WITH_SUFFIX = re.compile(r"[0-9][0-9.,:]*(?:st|nd|rd|th|s|am|pm)")


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _stemmer().stem(word)


def _strip_possessive(word: str) -> str:
    if word.endswith("'s") and len(word) > 2:
        return word[:-2]
    if word.endswith("'") and len(word) > 1:
        return word[:-1]
    return word


def check_exclude(exclude: Any) -> tuple[str, ...]:
    """``exclude`` as a tuple of names from :data:`EXCLUSIONS` (a single name or None allowed).

    Examples
    --------
    >>> check_exclude("numbers"), check_exclude(None), check_exclude(["handles", "outlets"])
    (('numbers',), (), ('handles', 'outlets'))
    """
    if exclude is None:
        return ()
    names = (exclude,) if isinstance(exclude, str) else exclude
    try:
        names = tuple(names)
    except TypeError as exc:
        raise ParameterError(
            f"exclude={exclude!r} must be a list of names from {list(EXCLUSIONS)}, e.g. exclude=('numbers',)"
        ) from exc
    unknown = [n for n in names if n not in EXCLUSIONS]
    if unknown:
        raise ParameterError(
            f"unknown exclusion(s) {unknown!r} in exclude=; the accepted values are {list(EXCLUSIONS)} "
            f"(exclude=() keeps every term)"
        )
    return tuple(dict.fromkeys(names))


def outlet_name_tokens(outlets: Iterable[str], *, stopwords: Iterable[str] | None = STOPWORDS,
                       stem: bool = False, strip_possessive: bool = True) -> frozenset[str]:
    """The word tokens of outlet names, as they appear in terms.

    Each name is tokenized like article text (:func:`coverage.text.tokenize`: folded, lower
    case), punctuation is dropped, possessives stripped, and ``stopwords`` are left out (so
    "The Guardian" gives "guardian" only, whatever the term table's stopwords); ``stem``
    stems them as the terms are.

    Examples
    --------
    >>> sorted(outlet_name_tokens(["Fox News", "BBC News", "The Guardian"]))
    ['bbc', 'fox', 'guardian', 'news']
    """
    stop = frozenset() if stopwords is None else frozenset(stopwords)
    out: set[str] = set()
    for name in outlets:
        for tok in tokenize(str(name)):
            word = _strip_possessive(tok.norm) if strip_possessive else tok.norm
            if is_word(word) and word not in stop:
                out.add(_stem(word) if stem else word)
    return frozenset(out)


def _is_number(word: str) -> bool:
    return not any(ch.isalpha() for ch in word) or _NUMBER_WITH_SUFFIX.fullmatch(word) is not None


def excluded_terms(terms: Any, exclude: Any, *, outlets: Iterable[str] = (), stem: bool = False) -> np.ndarray:
    """Boolean mask: True for each term that ``exclude`` leaves out (see :data:`EXCLUSIONS`).

    ``terms`` are unigrams or n-grams joined by a space (as :func:`doc_term_matrix` makes
    them); an n-gram is excluded when any of its tokens is. ``outlets`` are the outlet
    names (for ``"outlets"``); ``stem=True`` when the terms are stemmed (the outlet and
    credit words are then stemmed too). Unknown names raise :class:`ParameterError`.

    Examples
    --------
    >>> terms = ["vigil", "fox", "2017", "29th", "@sky", "getty images", "candle vigil"]
    >>> excluded_terms(terms, EXCLUSIONS, outlets=["Fox News"]).tolist()
    [False, True, True, True, True, True, False]
    >>> excluded_terms(terms, ()).any()
    np.False_
    """
    names = check_exclude(exclude)
    arr = np.asarray(terms, dtype=object).reshape(-1)
    if not names or arr.size == 0:
        return np.zeros(arr.size, dtype=bool)
    words: set[str] = set()
    if "outlets" in names:
        words |= outlet_name_tokens(outlets, stem=stem)
    if "credits" in names:
        words |= {_stem(w) for w in CREDIT_WORDS} if stem else CREDIT_WORDS
    numbers, handles = "numbers" in names, "handles" in names

    def bad(tok: str) -> bool:
        return (tok in words or (handles and tok[:1] in ("@", "#")) or (numbers and _is_number(tok)))

    cache: dict[str, bool] = {}

    def bad_cached(tok: str) -> bool:
        hit = cache.get(tok)
        if hit is None:
            hit = cache[tok] = bad(tok)
        return hit

    return np.fromiter((any(map(bad_cached, str(t).split(" "))) for t in arr), dtype=bool, count=arr.size)


def _check_ngram_range(ngram_range: Any) -> tuple[int, int]:
    try:
        lo, hi = (int(v) for v in ngram_range)
    except (TypeError, ValueError) as exc:
        raise ParameterError(
            f"ngram_range={ngram_range!r} must be a pair (min_n, max_n), e.g. (1, 2)"
        ) from exc
    if not 1 <= lo <= hi:
        raise ParameterError(f"ngram_range={ngram_range!r} must satisfy 1 <= min_n <= max_n")
    return lo, hi


def analyze_tokens(
    doc: Sequence[str | Token],
    *,
    ngram_range: tuple[int, int] = (1, 1),
    stopwords: Iterable[str] | None = STOPWORDS,
    stem: bool = False,
    strip_possessive: bool = True,
    ngrams_across_removed: bool = False,
) -> list[str]:
    """Terms (unigrams / n-grams) of one tokenized document, in text order.

    See the module docstring for the steps. Parameters as in
    :func:`doc_term_matrix`.

    Examples
    --------
    >>> analyze_tokens(["police", "attack", "on", "the", "mosque's", "door", "."], ngram_range=(1, 2))
    ['police', 'attack', 'mosque', 'door', 'police attack', 'mosque door']
    >>> analyze_tokens(["attack", "on", "the", "mosque"], ngram_range=(2, 2), ngrams_across_removed=True)
    ['attack mosque']
    """
    if isinstance(doc, str):
        raise ParameterError(
            "a document must be a list of token norms, not a string; tokenize it first with "
            "[t.norm for t in coverage.text.tokenize(text)]"
        )
    lo, hi = _check_ngram_range(ngram_range)
    stop = frozenset() if stopwords is None else frozenset(stopwords)
    runs: list[list[str]] = [[]]
    for tok in doc:
        norm = tok.norm if isinstance(tok, Token) else tok
        if not isinstance(norm, str):
            raise ParameterError(f"tokens must be str or Token, got {type(tok).__name__} ({tok!r})")
        word = _strip_possessive(norm) if strip_possessive else norm
        if not is_word(word) or word in stop:
            if not ngrams_across_removed and runs[-1]:
                runs.append([])
            continue
        runs[-1].append(_stem(word) if stem else word)
    out: list[str] = []
    for n in range(lo, hi + 1):
        for run in runs:
            out.extend(" ".join(run[i : i + n]) for i in range(len(run) - n + 1))
    return out


def doc_term_matrix(
    docs: Sequence[Sequence[str | Token]],
    *,
    ngram_range: tuple[int, int] = (1, 1),
    stopwords: Iterable[str] | None = STOPWORDS,
    stem: bool = False,
    min_count: int = 1,
    strip_possessive: bool = True,
    ngrams_across_removed: bool = False,
) -> tuple[sp.csr_matrix, np.ndarray]:
    """Count matrix (documents x terms) with a sorted vocabulary.

    Parameters
    ----------
    docs : list of list of str
        One list of token norms per document (from :func:`coverage.text.tokenize`;
        ``Token`` objects are accepted). Punctuation tokens are dropped.
    ngram_range : (int, int), default (1, 1)
        Smallest and largest n, e.g. ``(1, 3)`` for uni- to trigrams. N-grams are
        joined with a single space and built within a document after stopword
        removal, never spanning a removed token unless ``ngrams_across_removed``.
    stopwords : set of str or None, default :data:`STOPWORDS`
        Words to drop (compared with the lower-case, possessive-stripped word
        before stemming). ``None`` keeps all words.
    stem : bool, default False
        Snowball (Porter2) English stemming: "attacks" -> "attack".
    min_count : int, default 1
        Drop terms whose total count over all documents is below this.
    strip_possessive : bool, default True
        Remove a trailing "'s" or "'" ("mosque's" -> "mosque").
    ngrams_across_removed : bool, default False
        Build n-grams across removed stopwords/punctuation (quanteda's default).

    Returns
    -------
    matrix : scipy.sparse.csr_matrix of int64, shape (n_docs, n_terms)
    vocab : numpy.ndarray of str (object dtype), shape (n_terms,)
        Terms in sorted (code point) order; column ``j`` counts ``vocab[j]``.

    Examples
    --------
    >>> m, vocab = doc_term_matrix([["muslims", "pray", "."], ["police", "pray", "pray"]])
    >>> vocab.tolist(), m.toarray().tolist()
    (['muslims', 'police', 'pray'], [[1, 0, 1], [0, 1, 2]])
    """
    if isinstance(docs, str) or not isinstance(docs, Sequence | np.ndarray | pd.Series):
        raise ParameterError(
            f"docs must be a list of token lists (one per document), got {type(docs).__name__}"
        )
    if isinstance(min_count, bool) or not isinstance(min_count, int | np.integer) or min_count < 1:
        raise ParameterError(f"min_count={min_count!r} must be a positive integer")
    ngram_range = _check_ngram_range(ngram_range)
    stop = None if stopwords is None else frozenset(stopwords)
    analyzed = [
        analyze_tokens(
            doc,
            ngram_range=ngram_range,
            stopwords=stop,
            stem=stem,
            strip_possessive=strip_possessive,
            ngrams_across_removed=ngrams_across_removed,
        )
        for doc in docs
    ]
    n_docs = len(analyzed)
    vocab_set = sorted({t for terms in analyzed for t in terms})
    if not vocab_set:
        return sp.csr_matrix((n_docs, 0), dtype=np.int64), np.array([], dtype=object)
    vectorizer = CountVectorizer(
        analyzer=lambda terms: terms,
        vocabulary={t: i for i, t in enumerate(vocab_set)},
        lowercase=False,
        dtype=np.int64,
    )
    matrix = sp.csr_matrix(vectorizer.transform(analyzed))
    vocab = _str_array(vocab_set)
    if min_count > 1:
        keep = np.flatnonzero(np.asarray(matrix.sum(axis=0)).ravel() >= min_count)
        matrix, vocab = matrix[:, keep], vocab[keep]
    matrix.sort_indices()
    return matrix.tocsr(), vocab


def group_counts(matrix: Any, groups: Any) -> tuple[np.ndarray, sp.csr_matrix]:
    """Sum the rows of a document-term matrix by group.

    Returns ``(labels, counts)``: the sorted unique group labels and a
    ``(n_groups, n_terms)`` CSR matrix whose row ``i`` sums the documents of
    ``labels[i]``.

    Examples
    --------
    >>> labels, counts = group_counts(sp.csr_matrix([[1, 0], [2, 3], [0, 1]]), ["b", "a", "b"])
    >>> labels.tolist(), counts.toarray().tolist()
    (['a', 'b'], [[2, 3], [1, 1]])
    """
    m = sp.csr_matrix(matrix)
    g = pd.Series(np.asarray(groups, dtype=object).reshape(-1))
    if len(g) != m.shape[0]:
        raise ParameterError(
            f"groups has {len(g)} labels but the matrix has {m.shape[0]} rows (documents); "
            f"pass one group label per document"
        )
    if g.isna().any():
        raise ParameterError(
            f"groups contains missing labels at rows {g.index[g.isna()].tolist()[:5]}"
        )
    codes, labels = pd.factorize(g, sort=True)
    indicator = sp.csr_matrix(
        (np.ones(len(codes), dtype=m.dtype), (codes, np.arange(len(codes)))),
        shape=(len(labels), len(codes)),
    )
    return np.asarray(labels, dtype=object), sp.csr_matrix(indicator @ m)


def term_table(
    matrix: Any,
    vocab: Any,
    groups: Any,
    *,
    group_token_totals: Mapping[Any, float] | pd.Series | None = None,
    top: int | None = None,
) -> pd.DataFrame:
    """Tidy long table of term counts, rates and TF-IDF per group.

    Parameters
    ----------
    matrix : scipy.sparse matrix or array, shape (n_docs, n_terms)
        From :func:`doc_term_matrix`.
    vocab : array-like of str, shape (n_terms,)
    groups : array-like, shape (n_docs,)
        Group label (e.g. outlet) of each document.
    group_token_totals : mapping or Series, optional
        Total word tokens of each group *before* stopword removal: the
        denominator of ``rate_per_10k``. Default: the group's total term count in
        ``matrix`` (after stopwords/n-grams; pass the real totals when you can).
    top : int, optional
        Keep only the ``top`` highest-ranked terms of each group.

    Returns
    -------
    pandas.DataFrame
        Columns ``group, term, count, rate_per_10k, tfidf, rank``, one row per
        (group, term) with ``count > 0``, sorted by group then rank.

        * ``rate_per_10k = count / group_token_totals[group] * 10_000``
        * ``tfidf``: scikit-learn ``TfidfTransformer(smooth_idf=True,
          sublinear_tf=False, norm="l2")`` fitted on the group-aggregated counts,
          i.e. each group is one document: ``idf = ln((1 + G) / (1 + df)) + 1``
          with ``G`` groups and ``df`` the number of groups using the term; rows
          L2-normalised.
        * ``rank``: 1 = most frequent in the group; ties broken by term (so ranks
          are unique within a group).

    Examples
    --------
    >>> m, vocab = doc_term_matrix([["mosque", "mosque", "police"], ["police"]], stopwords=None)
    >>> t = term_table(m, vocab, ["A", "B"], group_token_totals={"A": 4, "B": 2})
    >>> t[["group", "term", "count", "rate_per_10k", "rank"]].values.tolist()
    [['A', 'mosque', 2, 5000.0, 1], ['A', 'police', 1, 2500.0, 2], ['B', 'police', 1, 5000.0, 1]]
    """
    m = sp.csr_matrix(matrix)
    vocab_arr = np.asarray(vocab, dtype=object).reshape(-1)
    if vocab_arr.size != m.shape[1]:
        raise ParameterError(
            f"vocab has {vocab_arr.size} terms but the matrix has {m.shape[1]} columns; pass the "
            f"vocab returned together with the matrix by doc_term_matrix"
        )
    if top is not None and (
        isinstance(top, bool) or not isinstance(top, int | np.integer) or top < 1
    ):
        raise ParameterError(f"top={top!r} must be a positive integer or None")
    labels, counts = group_counts(m, groups)
    columns = ["group", "term", "count", "rate_per_10k", "tfidf", "rank"]
    if counts.nnz == 0:
        return pd.DataFrame({c: [] for c in columns})

    if group_token_totals is None:
        totals = np.asarray(counts.sum(axis=1), dtype=float).ravel()
    else:
        lookup = dict(group_token_totals.items())
        absent = [lab for lab in labels if lab not in lookup]
        if absent:
            raise ParameterError(
                f"group_token_totals has no total for group(s) {absent[:5]}; give the word-token "
                f"count of every group"
            )
        totals = np.array([float(lookup[lab]) for lab in labels])
        has_terms = np.asarray(counts.sum(axis=1)).ravel() > 0
        if (totals[has_terms] <= 0).any():
            raise ParameterError("group_token_totals must be positive for every group with terms")
        totals = np.where(has_terms, totals, 1.0)  # a group without terms (say, all boilerplate) gives no rows

    tfidf = sp.csr_matrix(TfidfTransformer(smooth_idf=True, sublinear_tf=False, norm="l2").fit_transform(counts))
    coo = counts.tocoo()
    pos = coo.data > 0
    g, c, n = coo.row[pos], coo.col[pos], coo.data[pos]
    # rank inside each group: count descending, then term (code point order); chosen before any string is built
    term_rank = np.empty(vocab_arr.size, dtype=np.int64)
    term_rank[_code_point_argsort(vocab_arr)] = np.arange(vocab_arr.size)
    order = np.lexsort((term_rank[c], -n, g))
    g, c, n = g[order], c[order], n[order]
    group_start = np.searchsorted(g, g, side="left")
    rank = np.arange(len(g)) - group_start + 1
    if top is not None:
        keep = rank <= top
        g, c, n, rank = g[keep], c[keep], n[keep], rank[keep]
    tf_vals = np.asarray(tfidf[g, c]).ravel() if len(g) else np.zeros(0)
    df = pd.DataFrame(
        {
            "group": labels[g],
            "term": vocab_arr[c].astype(str),
            "count": n.astype(np.int64) if np.all(n == np.round(n)) else n,
            "rate_per_10k": n / totals[g] * 10_000.0,
            "tfidf": tf_vals,
            "rank": rank.astype(np.int64),
        }
    )
    return df.reset_index(drop=True)[columns]


def _row_index(rows: Any, n_docs: int, name: str) -> np.ndarray:
    arr = np.asarray(rows).reshape(-1)
    if arr.dtype == bool:
        if arr.size != n_docs:
            raise ParameterError(f"{name} is a mask of {arr.size} values but the matrix has {n_docs} documents")
        return np.flatnonzero(arr)
    if arr.size and (not np.issubdtype(arr.dtype, np.integer) or arr.min() < 0 or arr.max() >= n_docs):
        raise ParameterError(f"{name} must be a boolean mask or row numbers in [0, {n_docs})")
    return np.unique(arr.astype(np.int64))


def document_keyness(
    matrix: Any,
    vocab: Any,
    target: Any,
    reference: Any,
    *,
    doc_tokens: Any = None,
    excluded: Any = None,
    min_docs: int = 2,
    article_test: bool = True,
    over_only: bool = False,
    correction: str = "default",
) -> pd.DataFrame:
    """Keyness of target documents against reference documents, with dispersion (Lijffijt et al. 2016).

    The columns of :func:`coverage.stats.keyness` (``term, n_target, n_reference, g2,
    chi2, p_value, p_adjusted, log_ratio``: the 2x2 tables of the pooled counts, as
    quanteda) plus:

    * ``n_docs_target``, ``n_docs_reference``: how many target / reference documents
      use the term (document frequency);
    * ``n_articles_target``, ``n_articles_reference``: how many documents each side has;
    * ``p_articles``: two-sided Mann-Whitney U test of the term's relative frequency
      in each document (``count / doc_tokens``), target documents against reference
      documents (:func:`coverage.stats.mann_whitney_columns`, equal to
      ``scipy.stats.mannwhitneyu(..., method="asymptotic")``). The pooled tests
      (chi2, G2) treat every token as independent, so one article that repeats a term
      ten times makes it "key"; the article-level test does not (Lijffijt et al.
      2016). NaN when a side has fewer than 2 documents with tokens, or with
      ``article_test=False``;
    * ``p_articles_adjusted``: Benjamini-Hochberg over the rows that have ``p_articles``.

    **Dispersion filter.** A term over-represented in the target (``chi2 > 0``) is
    kept only if at least ``min(min_docs, n_articles_target)`` target documents use
    it; a term under-represented in the target (key for the reference) only if at
    least ``min(min_docs, n_articles_reference)`` reference documents use it. So a
    term concentrated in one article is not key, while a side of one document can
    still have key terms (then purely descriptive: no article-level test exists).

    **Exclusions** (``excluded``, a boolean mask over ``vocab``, e.g. from
    :func:`excluded_terms`) and the dispersion filter remove rows only: the totals
    ``N_t``, ``N_r`` of the 2x2 tables are the term tokens of *all* columns of
    ``matrix``, so the statistics of a kept term do not depend on which other terms
    were left out. ``p_adjusted`` and ``p_articles_adjusted`` are adjusted over the
    rows returned.

    Parameters
    ----------
    matrix : scipy.sparse matrix or array, shape (n_docs, n_terms)
        Counts, one row per document (:func:`doc_term_matrix`, :func:`stream_term_matrix`).
    vocab : array-like of str, shape (n_terms,)
    target, reference : boolean mask (n_docs,) or row numbers
        The documents of each side (disjoint); other documents are ignored.
    doc_tokens : array-like, shape (n_docs,), optional
        Each document's token count, the denominator of the relative frequencies of
        the article-level test (documents with 0 are left out of it). Default: the
        row sums of ``matrix``.
    excluded : boolean array, shape (n_terms,), optional
        Terms to leave out of the table.
    min_docs : int, default 2
    article_test : bool, default True
        False skips the Mann-Whitney tests (``p_articles`` NaN), e.g. when only the
        ranking is needed.
    over_only : bool, default False
        Keep only the terms over-represented in the target (``chi2 > 0``); much faster
        when only the target's key terms are wanted.
    correction : str
        As :func:`coverage.stats.keyness`.

    Returns
    -------
    pandas.DataFrame
        Sorted by ``chi2`` descending then ``term`` (as :func:`coverage.stats.keyness`).

    Examples
    --------
    >>> m = sp.csr_matrix([[10, 1], [0, 1], [0, 1], [0, 0], [0, 0], [1, 0]])
    >>> k = document_keyness(m, ["once", "spread"], [0, 1, 2], [3, 4, 5], doc_tokens=[20, 20, 20, 20, 20, 20])
    >>> k[["term", "n_target", "n_docs_target"]].values.tolist()
    [['spread', 3, 3]]
    """
    from . import stats as _stats

    m = sp.csr_matrix(matrix)
    n_docs, n_terms = m.shape
    vocab_arr = np.asarray(vocab, dtype=object).reshape(-1)
    if vocab_arr.size != n_terms:
        raise ParameterError(f"vocab has {vocab_arr.size} terms but the matrix has {n_terms} columns")
    if isinstance(min_docs, bool) or not isinstance(min_docs, int | np.integer) or min_docs < 1:
        raise ParameterError(f"min_docs={min_docs!r} must be a positive integer (the default, 2, drops terms "
                             f"used by one article only; 1 keeps them)")
    t_rows, r_rows = _row_index(target, n_docs, "target"), _row_index(reference, n_docs, "reference")
    if np.intersect1d(t_rows, r_rows).size:
        raise ParameterError("target and reference must not share documents")
    if doc_tokens is None:
        tokens = np.asarray(m.sum(axis=1), dtype=float).ravel()
    else:
        tokens = np.asarray(doc_tokens, dtype=float).reshape(-1)
        if tokens.size != n_docs:
            raise ParameterError(f"doc_tokens has {tokens.size} values for {n_docs} documents")
    if excluded is not None:
        excluded = np.asarray(excluded, dtype=bool).reshape(-1)
        if excluded.size != n_terms:
            raise ParameterError(f"excluded has {excluded.size} values for {n_terms} terms")
    row_totals = np.asarray(m.sum(axis=1), dtype=float).ravel()
    nt, nr = float(row_totals[t_rows].sum()), float(row_totals[r_rows].sum())
    mt, mr = m[t_rows], m[r_rows]
    a = np.asarray(mt.sum(axis=0)).ravel()
    b = np.asarray(mr.sum(axis=0)).ravel()
    dt = np.bincount(mt.indices[mt.data > 0], minlength=n_terms)
    dr = np.bincount(mr.indices[mr.data > 0], minlength=n_terms)
    n_t, n_r = len(t_rows), len(r_rows)
    over = a * nr > b * nt  # a > E11: over-represented in the target
    keep = ((a + b) > 0) & np.where(over, dt >= min(min_docs, n_t), dr >= min(min_docs, n_r))
    if excluded is not None:
        keep &= ~excluded
    if over_only:
        keep &= over
    idx = np.flatnonzero(keep)
    out = _stats.keyness(a[idx], b[idx], vocab_arr[idx], correction=correction, target_total=nt,
                         reference_total=nr)
    col = idx[pd.Index([str(t) for t in vocab_arr[idx]]).get_indexer(out["term"])]
    out["n_docs_target"] = dt[col].astype(np.int64)
    out["n_docs_reference"] = dr[col].astype(np.int64)
    out["n_articles_target"] = np.int64(n_t)
    out["n_articles_reference"] = np.int64(n_r)
    p = np.full(len(out), np.nan)
    tt, rr = t_rows[tokens[t_rows] > 0], r_rows[tokens[r_rows] > 0]
    if article_test and len(out) and len(tt) >= 2 and len(rr) >= 2:
        x = sp.diags(1.0 / tokens[tt]) @ m[tt][:, col]
        y = sp.diags(1.0 / tokens[rr]) @ m[rr][:, col]
        p = _stats.mann_whitney_columns(x, y)[1]
    out["p_articles"] = p
    out["p_articles_adjusted"] = _stats.benjamini_hochberg(p)
    return out


def _str_array(words: Sequence[str]) -> np.ndarray:
    """An object array of Python str: a fixed-width ``<U`` array would reserve the longest
    term's width for every term (one 300-character URL makes 200,000 terms 240 MB)."""
    out = np.empty(len(words), dtype=object)
    out[:] = [str(w) for w in words]
    return out


def _code_point_argsort(words: np.ndarray) -> np.ndarray:
    """``np.argsort(words, kind="stable")`` for an object array of str, in C.

    Arrow's stable sort compares UTF-8 bytes, and UTF-8 byte order is code point
    order, which is how Python compares str. Anything Arrow cannot hold as a string
    (a lone surrogate, a missing value, a number) is sorted by Python as before.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        arr = pa.array(words, type=pa.large_string(), from_pandas=False)
    except (pa.ArrowException, UnicodeError, TypeError):
        return np.argsort(words, kind="stable")
    if arr.null_count:
        return np.argsort(words, kind="stable")
    return pc.sort_indices(arr).to_numpy().astype(np.int64)


def _finish(blocks: list[sp.csr_matrix], names: list[np.ndarray], n_docs: int, min_count: int
            ) -> tuple[sp.csr_matrix, np.ndarray]:
    """Stack per-n blocks, order the columns by term (code point), apply ``min_count``."""
    if not names:
        return sp.csr_matrix((n_docs, 0), dtype=np.int64), np.array([], dtype=object)
    all_names = np.concatenate(names)
    order = _code_point_argsort(all_names)
    matrix = blocks[0] if len(blocks) == 1 else sp.hstack(blocks, format="csr")
    if not np.array_equal(order, np.arange(len(order))):
        matrix = matrix[:, order]
    matrix = sp.csr_matrix(matrix, dtype=np.int64)
    vocab_out = _str_array(all_names[order].tolist())
    if min_count > 1:
        keep_cols = np.flatnonzero(np.asarray(matrix.sum(axis=0)).ravel() >= min_count)
        matrix, vocab_out = matrix[:, keep_cols], vocab_out[keep_cols]
    matrix.sort_indices()
    return matrix.tocsr(), vocab_out


def _unigram_blocked(ids: np.ndarray, indptr: np.ndarray, term_of: np.ndarray, terms: np.ndarray,
                     docs_per_block: int = 2000) -> tuple[sp.csr_matrix, np.ndarray]:
    """Unigram counts built ``docs_per_block`` documents at a time (peak memory of one block)."""
    n_docs = len(indptr) - 1
    spans = [(b, min(b + docs_per_block, n_docs)) for b in range(0, n_docs, docs_per_block)] or [(0, 0)]
    present = np.zeros(len(terms), dtype=bool)
    for b0, b1 in spans:
        seg = term_of[ids[indptr[b0]:indptr[b1]]]
        present[seg[seg >= 0]] = True
    cols = np.flatnonzero(present)
    col_of = np.full(len(terms), -1, dtype=np.int32)
    col_of[cols] = np.arange(len(cols), dtype=np.int32)
    parts = []
    for b0, b1 in spans:
        seg = term_of[ids[indptr[b0]:indptr[b1]]]
        keep = seg >= 0
        cum = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(keep, dtype=np.int64)])
        local = cum[indptr[b0:b1 + 1] - indptr[b0]]
        kept = seg[keep]
        m = sp.csr_matrix((np.ones(len(kept), dtype=np.int32), col_of[kept], local), shape=(b1 - b0, len(cols)))
        m.sum_duplicates()
        parts.append(sp.csr_matrix(m, dtype=np.int64))
    matrix = parts[0] if len(parts) == 1 else sp.vstack(parts, format="csr")
    return matrix, terms[cols]


def _unigram_grouped(ids: np.ndarray, indptr: np.ndarray, term_of: np.ndarray, terms: np.ndarray,
                     rows: np.ndarray, n_rows: int, docs_per_block: int = 1000) -> tuple[sp.csr_matrix, np.ndarray]:
    """Unigram counts summed into ``n_rows`` groups (``rows[i]`` of document ``i``; -1 leaves it out).

    Counted ``docs_per_block`` documents at a time into one group-by-term matrix, so no
    document-level matrix is built; terms no counted document uses get no column.
    """
    n_docs = len(indptr) - 1
    # summed as terms x groups: each term's few groups sort in no time, where a group's thousands of terms
    # would not; one transposition at the end gives the groups x terms matrix with its indices sorted
    total = sp.csr_matrix((len(terms), n_rows), dtype=np.int64)
    for k, b0 in enumerate(range(0, n_docs, docs_per_block)):
        b1 = min(b0 + docs_per_block, n_docs)
        seg = term_of[ids[indptr[b0]:indptr[b1]]]
        row = np.repeat(rows[b0:b1], np.diff(indptr[b0:b1 + 1]))
        keep = (seg >= 0) & (row >= 0)
        total = total + sp.csr_matrix((np.ones(int(keep.sum()), dtype=np.int64), (seg[keep], row[keep])),
                                      shape=(len(terms), n_rows))
        del seg, row, keep
        if k and k % 8 == 0:  # each block's arrays are freed between long-lived ones:
            release_memory()  # hand the freed heap pages back now and then (~350 MB on the ABP corpus)
    cols = np.flatnonzero(total.getnnz(axis=1))
    return sp.csr_matrix(total[cols].T.tocsr(), dtype=np.int64), terms[cols]


def _ngram_block(t: np.ndarray, starts: np.ndarray, terms: np.ndarray, n_docs: int, n: int,
                 rows: np.ndarray | None = None, n_rows: int = 0) -> tuple[sp.csr_matrix, np.ndarray]:
    """Counts of n-grams (n >= 2) of consecutive kept terms within a document (or group, see ``rows``)."""
    m = len(t) - n + 1
    ok = t[:m] >= 0
    for j in range(1, n):
        ok &= t[j : j + m] >= 0
    pos = np.flatnonzero(ok)
    del ok
    doc = np.searchsorted(starts, pos, side="right") - 1
    same = doc == np.searchsorted(starts, pos + n - 1, side="right") - 1  # sentence ends stop the others
    pos, doc = pos[same], doc[same]
    if rows is not None:
        doc = rows[doc]
        pos, doc = pos[doc >= 0], doc[doc >= 0]
        n_docs = n_rows
    if pos.size == 0:
        return sp.csr_matrix((n_docs, 0), dtype=np.int64), np.array([], dtype=object)
    parts = np.stack([t[pos + j] for j in range(n)], axis=1)
    uniq_rows, inv = np.unique(parts, axis=0, return_inverse=True)
    label = np.array([" ".join(terms[r]) for r in uniq_rows], dtype=object)
    block = sp.csr_matrix((np.ones(len(pos), dtype=np.int64), (doc, inv.ravel())), shape=(n_docs, len(label)))
    block.sum_duplicates()
    return block, label


def _unigrams(ids: np.ndarray, indptr: np.ndarray, term_of: np.ndarray, terms: np.ndarray,
              rows: np.ndarray | None, n_rows: int) -> tuple[sp.csr_matrix, np.ndarray]:
    if rows is None:
        return _unigram_blocked(ids, indptr, term_of, terms)
    return _unigram_grouped(ids, indptr, term_of, terms, rows, n_rows)


def _vocab_terms(vocab: Sequence[str], stop: frozenset[str], *, stem: bool, strip_possessive: bool
                 ) -> tuple[np.ndarray, np.ndarray]:
    """``(term_of, terms)``: each norm's term id (-1 when removed; one more slot, -1, for the separator) and the terms.

    Term ids number the terms in order of first appearance in ``vocab``.
    """
    words = list(vocab)
    if strip_possessive:  # only a norm ending in ' or 's changes
        for k in [k for k, w in enumerate(words) if w.endswith(("'", "'s"))]:
            words[k] = _strip_possessive(words[k])
    keep = is_word_many(words) & ~np.fromiter(map(stop.__contains__, words), dtype=bool, count=len(words))
    kept = np.flatnonzero(keep)
    kept_terms = [words[k] for k in kept.tolist()]
    if stem:
        kept_terms = list(map(_stem, kept_terms))
    term_of = np.full(len(words) + 1, -1, dtype=np.int32)
    if not kept_terms:
        return term_of, np.array([], dtype=object)
    codes, uniques = pd.factorize(np.array(kept_terms, dtype=object))  # ids in order of first appearance
    term_of[kept] = codes
    return term_of, np.asarray(uniques, dtype=object)


def stream_term_matrix(
    token_ids: np.ndarray,
    token_indptr: np.ndarray,
    vocab: Sequence[str],
    *,
    ngram_range: tuple[int, int] = (1, 1),
    stopwords: Iterable[str] | None = STOPWORDS,
    stem: bool = False,
    min_count: int = 1,
    strip_possessive: bool = True,
    ngrams_across_removed: bool = False,
    rows: Sequence[int] | np.ndarray | None = None,
    n_rows: int | None = None,
) -> tuple[sp.csr_matrix, np.ndarray]:
    """:func:`doc_term_matrix` for documents stored as a token-id stream.

    The stream is what :func:`coverage.analyze` keeps instead of token lists:
    ``token_ids[token_indptr[i]:token_indptr[i + 1]]`` are document ``i``'s tokens
    as ids into ``vocab`` (punctuation included), with ``-1`` at each sentence end.
    Stopwords, possessives and stemming are applied once per vocabulary entry and
    n-grams are built with numpy, so the cost grows with the number of distinct
    words rather than with the number of tokens. N-grams never span a removed
    token or a sentence end unless ``ngrams_across_removed`` (then both are
    skipped). The result equals :func:`doc_term_matrix` on the same documents.

    With ``rows`` (one row number in ``[0, n_rows)`` per document, or -1 to leave
    the document out) the result has ``n_rows`` rows, each the sum of its
    documents: what :func:`group_counts` would give, without the document-level
    matrix (which on a corpus of 37,554 articles is a few hundred MB). Documents of
    row -1 do not count at all, towards ``min_count`` either.

    Examples
    --------
    >>> vocab = ["police", "attack", "on", "the", "mosque's", "."]
    >>> ids = np.array([1, 2, 3, 4, 5, -1, 0, 1, -1])
    >>> m, terms = stream_term_matrix(ids, np.array([0, 6, 9]), vocab, ngram_range=(1, 2))
    >>> terms.tolist(), m.toarray().tolist()
    (['attack', 'mosque', 'police', 'police attack'], [[1, 1, 0, 0], [1, 0, 1, 1]])
    >>> m, terms = stream_term_matrix(ids, np.array([0, 6, 9]), vocab, rows=[0, 0], n_rows=1)
    >>> m.toarray().tolist()
    [[2, 1, 1]]
    """
    if isinstance(min_count, bool) or not isinstance(min_count, int | np.integer) or min_count < 1:
        raise ParameterError(f"min_count={min_count!r} must be a positive integer")
    lo, hi = _check_ngram_range(ngram_range)
    stop = frozenset() if stopwords is None else frozenset(stopwords)
    indptr = np.asarray(token_indptr, dtype=np.int64)
    n_docs = len(indptr) - 1
    term_of, terms = _vocab_terms(vocab, stop, stem=stem, strip_possessive=strip_possessive)
    ids = np.asarray(token_ids)
    row_of = None
    n_out = n_docs
    if rows is not None:
        row_of = np.asarray(rows, dtype=np.int64).reshape(-1)
        n_out = int(n_rows) if n_rows is not None else int(row_of.max(initial=-1)) + 1
        if len(row_of) != n_docs or (row_of.size and (row_of.min() < -1 or row_of.max() >= n_out)):
            raise ParameterError(f"rows must give one row number in [-1, {n_out}) per document ({n_docs})")
    if lo == hi == 1:  # the common case: counted block by block, memory bounded on any corpus size
        block, label = _unigrams(ids, indptr, term_of, terms, row_of, n_out)
        blocks_1, names_1 = ([block], [label]) if label.size else ([], [])
        return _finish(blocks_1, names_1, n_out, min_count)
    t = term_of[ids]  # int32, -1 = removed token or sentence end
    starts = indptr  # document boundaries in positions of t
    if ngrams_across_removed:
        kept = t >= 0
        cum = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(kept, dtype=np.int64)])
        starts = cum[indptr]
        t = t[kept]
        del kept, cum
    blocks: list[sp.csr_matrix] = []
    names: list[np.ndarray] = []
    for n in range(lo, hi + 1):
        if len(t) < n:
            continue
        if n == 1:  # removed tokens never count, so the stream before any dropping gives the same counts
            block, label = _unigrams(ids, indptr, term_of, terms, row_of, n_out)
        else:
            block, label = _ngram_block(t, starts, terms, n_docs, n, row_of, n_out)
        if label.size:
            blocks.append(block)
            names.append(label)
    return _finish(blocks, names, n_out, min_count)
