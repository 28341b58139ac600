"""The analysis pipeline: corpus -> sentences and tokens -> metrics (families) -> outlet comparison.

:func:`analyze` reads each article once with the engine (:mod:`coverage.engine`): it segments
it, tokenizes every sentence, and runs every metric family (:mod:`coverage.families`; by
default boilerplate, sentiment and tone, the framing lexicon, religion) on it, keeping every
match as evidence. Article and outlet tables are aggregated from the sentence table as the
families' metric specs say, so every number can be traced back with :meth:`Analysis.explain`.

Column reference (with the built-in families; a family of your own adds its columns and metrics)
-------------------------------------------------------------------------------------------------
``Analysis.sentences`` (one row per sentence)
    ``article_id, outlet, sentence`` (index in the article, from 0), ``start, end``
    (character offsets into the article text), ``paragraph, in_quote, text``, the
    boilerplate family's ``boilerplate, boilerplate_reason``, ``n_tokens`` (word tokens),
    then every other family's columns: ``sentiment, tone`` (VADER compound; tone with the
    event's words masked), ``solidarity, violence`` (and any custom frame: weighted hit
    sums), ``religion`` and ``religion_<frame>`` counts; then corpus metadata.
``Analysis.articles`` (one row per article)
    ``article_id, outlet, n_sentences, n_tokens``, then every metric of every family in
    family order (``n_boilerplate, sentiment, tone, solidarity, violence, solidarity_rate,
    violence_rate, balance, religion, religion_rate, religion_<frame>``), each computed as
    its :class:`~coverage.families.Metric` says (mean over sentences, rate per 1,000 word
    tokens, ratio of weighted sums, total), then corpus metadata. Sentences a family
    excludes (boilerplate) are left out unless ``exclude_boilerplate=False``.
``Analysis.outlets`` (one row per outlet)
    ``outlet, n_articles, n_sentences, n_tokens, ci_basis`` and, for every metric with
    ``outlet="mean"``, ``m, m_low, m_high``: the mean over the outlet's articles with a 95%
    percentile bootstrap CI resampling articles; an outlet with one article is resampled over
    its sentences instead (``ci_basis == "sentences"``), which measures within-article
    variation only. Metrics with ``outlet="total"`` (the religion frames) are totals.
``Analysis.hits`` (one row per match; the evidence trail)
    ``article_id, outlet, sentence, metric, term, matched, category, frame, weight,
    negated, counted_as, rule, start, end, boilerplate``.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._memory import release_memory
from .corpus import Corpus, load_corpus
from .engine import aggregate, schedule
from .errors import ParameterError
from .evidence import Evidence, highlight  # noqa: F401  (re-exported)
from .families import Family, Metric, Plan, check_families, default_families
from .lexicon import Lexicon
from .text import token_norm, tokenize

__all__ = ["analyze", "Analysis", "Evidence"]



def _default_or(families: Sequence[Family] | None, lexicon: Any) -> list[Family]:
    """``families``, or the built-in ones with ``lexicon`` (a lexicon and families together is an error)."""
    if families is None:
        return default_families(lexicon=lexicon)
    if lexicon is not None:
        raise ParameterError("pass the lexicon to the framing family (FramingFamily(lexicon=...)) when you give "
                             "families=, not as lexicon=")
    if isinstance(families, Family) or not isinstance(families, Sequence | Iterable) or isinstance(families, str):
        raise ParameterError(f"families must be a list of Family objects, not {type(families).__name__}")
    return list(families)


def _lexicon_of(families: Sequence[Family]) -> Lexicon | None:
    for f in families:
        lex = getattr(f, "lexicon", None)
        if isinstance(lex, Lexicon):
            return lex
    return None


def analyze(
    corpus: Corpus | pd.DataFrame | str,
    *,
    lexicon: Lexicon | str | dict | None = None,
    families: Sequence[Family] | None = None,
    exclude_boilerplate: bool = True,
    seed: int = 0,
    n_boot: int = 2000,
    confidence: float = 0.95,
    engine: str = "local",
    n_jobs: int = 1,
    chunk_size: int = 500,
    cache: str | os.PathLike[str] | None = None,
    progress: bool = False,
    client: Any = None,
) -> Analysis:
    """Compute every framing metric for a corpus.

    Parameters
    ----------
    corpus : Corpus, DataFrame or path
        Anything :func:`coverage.load_corpus` accepts.
    lexicon : Lexicon, path, YAML string or dict, optional
        Framing lexicon of the built-in framing family. ``None`` uses the built-in one. A
        lexicon that defines only new frames (say ``economy``) is added to the built-in
        frames; one that defines ``solidarity`` and ``violence`` replaces them.
    families : list of Family, optional
        The metric families to compute (:mod:`coverage.families`), in the order of their
        columns. Default: :func:`coverage.default_families` (boilerplate, sentiment, framing
        with ``lexicon``, religion). Add your own (see "Adding a metric family" in the README):
        ``families=[*coverage.default_families(), Hedging()]``.
    exclude_boilerplate : bool, default True
        Leave bylines, captions, teasers etc. out of the article and outlet metrics
        (they stay in ``sentences`` and ``hits`` with ``boilerplate=True``).
    seed : int, default 0
        Seed of the bootstrap; results are identical for identical seeds.
    n_boot : int, default 2000
        Bootstrap resamples for the outlet CIs.
    confidence : float, default 0.95
    engine : {"local", "dask"}, default "local"
        Where the per-article work runs. "local" runs it in this process (or in
        ``n_jobs`` worker processes); "dask" sends chunks of articles to a Dask
        scheduler: the ``client`` given, else the current ``distributed`` client
        (``distributed.Client("tcp://scheduler:8786")`` connects to an existing
        cluster), else Dask's default scheduler. Results are identical whichever
        engine runs them.
    n_jobs : int, default 1
        Worker processes for ``engine="local"``; -1 uses every CPU. On Linux the
        workers also share the outlet table's bootstrap CIs (identical numbers).
    chunk_size : int, default 500
        Articles per chunk: the unit of streaming, parallel work, progress and caching.
        Intermediate objects live for one chunk, so memory stays bounded. With ``n_jobs``
        workers, chunks shrink towards the end of the corpus (each takes about
        ``1 / (2 * n_jobs)`` of the text still to do, at most ``chunk_size`` articles), so
        no worker is left waiting long for another's last chunk.
    cache : path, optional
        Folder for the article-level cache (Parquet). Articles whose text, analyzer
        configuration (the families' fingerprints: lexicon, religion rules...,
        ``exclude_boilerplate``) and package version match a cached entry are not processed
        again; see :mod:`coverage.engine.cache`.
    progress : bool, default False
        Show a tqdm progress bar (the CLI turns it on; reports leave it off).
    client : distributed.Client, optional
        The Dask client for ``engine="dask"``.

    Returns
    -------
    Analysis

    Examples
    --------
    >>> import pandas as pd, coverage
    >>> df = pd.DataFrame({"id": ["a1", "b1"], "outlet": ["A", "B"],
    ...     "text": ["We will stand together. We are not afraid.",
    ...              "The attacker killed three people in a rampage."]})
    >>> a = coverage.analyze(df)
    >>> a.articles[["article_id", "solidarity", "violence", "balance"]]
      article_id  solidarity  violence  balance
    0         a1         2.0       0.0      1.0
    1         b1         0.0       3.0     -1.0
    """
    if not isinstance(exclude_boilerplate, bool):
        raise ParameterError(f"exclude_boilerplate must be True or False, not {exclude_boilerplate!r}")
    if not isinstance(seed, (int, np.integer)) or isinstance(seed, bool):
        raise ParameterError(f"seed must be an integer, not {seed!r}")
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise ParameterError(f"n_boot must be a positive integer, not {n_boot!r}")
    if not 0 < confidence < 1:
        raise ParameterError(f"confidence must be between 0 and 1, not {confidence!r}")
    if engine not in ("local", "dask"):
        raise ParameterError(f"engine must be 'local' or 'dask', not {engine!r}")
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, (int, np.integer)) or n_jobs == 0 or n_jobs < -1:
        raise ParameterError(f"n_jobs must be a positive integer or -1 (every CPU), not {n_jobs!r}")
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, (int, np.integer)) or chunk_size < 1:
        raise ParameterError(f"chunk_size must be a positive integer, not {chunk_size!r}")
    if not isinstance(progress, bool):
        raise ParameterError(f"progress must be True or False, not {progress!r}")
    corpus = load_corpus(corpus)
    fams = _default_or(families, lexicon)
    plan = check_families(fams, taken=corpus.metadata_columns)
    merged, cache_info = schedule.run(corpus, plan, exclude_boilerplate=exclude_boilerplate, engine=engine,
                                      n_jobs=n_jobs, chunk_size=chunk_size, cache=cache, progress=progress,
                                      client=client)
    sentences, hits = merged.sentences, merged.hits
    meta_cols = corpus.metadata_columns
    meta = corpus.df[["article_id", *meta_cols]]
    articles = aggregate.article_table(corpus.df, sentences, plan, exclude_boilerplate)
    tokens = TokenStream(merged.token_ids, merged.token_indptr, merged.vocab)
    term_cache: dict[str, Any] = {}
    workers = schedule.workers_for(n_jobs) if engine == "local" else 1
    n_outlets = articles["outlet"].nunique()
    parallel = None
    if workers > 1 and n_outlets >= 2 * workers and schedule.can_fork():  # a few outlets are not worth a fork
        def parallel(fn: Any, units: np.ndarray, meanwhile: Any) -> Any:
            spans = schedule.guided_chunks(units + 20, workers, len(units))
            return schedule.fork_map(fn, spans, workers, meanwhile)
    # while forked workers draw the bootstrap CIs, the caller counts the outlet x term table that
    # terms() uses by default (it would otherwise wait): the same function, inputs and result
    outlets = aggregate.outlet_table(articles, sentences, plan, exclude_boilerplate, int(seed), int(n_boot),
                                     float(confidence), parallel=parallel,
                                     meanwhile=lambda: term_cache.update(_outlet_unigrams(articles, tokens)))
    release_memory()
    lex = _lexicon_of(plan.families)
    return Analysis(
        corpus=corpus,
        lexicon=lex,
        sentences=sentences.merge(meta, on="article_id", how="left") if meta_cols else sentences,
        articles=articles.merge(meta, on="article_id", how="left") if meta_cols else articles,
        outlets=outlets,
        hits=hits,
        params={"exclude_boilerplate": exclude_boilerplate, "seed": int(seed), "n_boot": int(n_boot),
                "confidence": float(confidence), "lexicon_version": lex.version if lex is not None else None,
                "families": [f.name for f in plan.families], "cache": cache_info},
        plan=plan,
        _tokens=tokens,
        _term_cache=term_cache,
        _tables=merged.tables,
        _table_ids=merged.article_ids,
    )


def _outlet_unigrams(articles: pd.DataFrame, tokens: TokenStream) -> dict[str, Any]:
    """The default term table's counts (unigrams, default stopwords, one row per outlet), with what they came from."""
    from . import terms as _terms

    codes, labels = pd.factorize(articles["outlet"].astype(str), sort=True)
    matrix, vocab = _terms.stream_term_matrix(tokens.ids, tokens.indptr, tokens.vocab, stopwords=_terms.STOPWORDS,
                                              rows=codes, n_rows=len(labels))
    return {"outlet_unigrams": (tokens, codes, matrix, vocab)}



@dataclass(frozen=True)
class TokenStream:
    """The counted tokens of every article as ids into ``vocab`` (see :func:`coverage.terms.stream_term_matrix`)."""

    ids: np.ndarray
    indptr: np.ndarray
    vocab: list[str]


# ---------------------------------------------------------------------------


@dataclass
class Analysis:
    """Results of :func:`analyze`: tidy tables plus methods to compare and explain them."""

    corpus: Corpus
    lexicon: Lexicon | None
    sentences: pd.DataFrame
    articles: pd.DataFrame
    outlets: pd.DataFrame
    hits: pd.DataFrame
    params: dict[str, Any] = field(default_factory=dict)
    plan: Plan | None = field(default=None, repr=False)
    _tokens: TokenStream | None = field(default=None, repr=False)
    _term_cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    _tables: dict[str, pd.DataFrame] = field(default_factory=dict, repr=False, compare=False)
    _table_ids: list[str] = field(default_factory=list, repr=False, compare=False)  # what "article" indexes

    # -- metadata -------------------------------------------------------------
    def family_table(self, name: str) -> pd.DataFrame | None:
        """The own table of family ``name`` (:meth:`Family.table_columns <coverage.families.Family.table_columns>`):
        ``article_id, outlet`` and the family's columns, one row per record, in article order; None when the
        family keeps none (or the analysis was not made by :func:`analyze`)."""
        out = self._kept_table(name)
        if out is None:
            return None
        ids = out["article_id"].to_numpy()
        outlet_of = dict(zip(self.corpus.df["article_id"].astype(str), self.corpus.df["outlet"].astype(str), strict=True))
        out["article_id"] = pd.array(ids, dtype="str")
        out.insert(1, "outlet", pd.array([outlet_of[a] for a in ids], dtype="str"))
        return out

    def _kept_table(self, name: str) -> pd.DataFrame | None:
        """A family's own table with its ``article`` positions turned into ``article_id`` (Python strings)."""
        t = self._tables.get(name)
        if t is None:
            return None
        out = t.drop(columns="article")
        out.insert(0, "article_id", np.asarray(self._table_ids, dtype=object)[t["article"].to_numpy()])
        return out

    @property
    def families(self) -> tuple[Family, ...]:
        """The metric families computed (:mod:`coverage.families`), in order."""
        return self.plan.families if self.plan is not None else ()

    def family(self, name: str) -> Family:
        """The family called ``name``."""
        for f in self.families:
            if f.name == name:
                return f
        raise ParameterError(f"no family {name!r} in this analysis; families are {[f.name for f in self.families]}")

    @property
    def metric_specs(self) -> list[Metric]:
        """Every :class:`~coverage.families.Metric` of the analysis, in the order of the article table's columns."""
        return list(self.plan.metrics) if self.plan is not None else []

    def spec(self, metric: str) -> Metric:
        """The :class:`~coverage.families.Metric` spec called ``metric``."""
        self._check_metric(metric)
        return self.plan.metric(metric)

    @property
    def frames(self) -> list[str]:
        """Frame names of the framing lexicon used (``solidarity``, ``violence``, custom ones)."""
        return list(self.lexicon.frames) if self.lexicon is not None else []

    def counted_mask(self, sentences: pd.DataFrame | None = None) -> np.ndarray:
        """Which rows of ``sentences`` (default: :attr:`sentences`) count towards the metrics.

        False for the sentences a family excludes (boilerplate) when the analysis leaves them
        out (``exclude_boilerplate=True``, the default); True for every other sentence.
        """
        table = self.sentences if sentences is None else sentences
        if not self.params.get("exclude_boilerplate", True) or self.plan is None:
            return np.ones(len(table), dtype=bool)
        return ~aggregate.excluded_mask(table, self.plan)

    def highlight_colours(self) -> dict[str, str]:
        """Mark colour of each hit by its ``counted_as`` (or ``metric``), from the metric specs."""
        out: dict[str, str] = {}
        for m in self.metric_specs:
            if m.kind in ("total", "rate") and m.column not in out:
                out[str(m.column)] = m.mark_colour
        for f in self.families:
            for k, v in f.highlight_colours().items():
                out.setdefault(k, v)
        return out

    @property
    def rejected(self) -> pd.DataFrame:
        """Articles of the input that are not in the results, with the reason."""
        return self.corpus.rejected

    #: Tables written by :meth:`save`, in order.
    TABLES = ("articles", "sentences", "outlets", "hits", "rejected")

    def save(self, path: str | os.PathLike[str], *, formats: Sequence[str] = ("csv", "parquet")) -> list[Path]:
        """Write every table (:attr:`TABLES`, and with the quotes family ``quotes`` and ``sources``) into the
        folder ``path``, as CSV and/or Parquet.

        This is the one writer of the metrics tables (the CLI's ``analyze --out`` and the
        report's ``metrics/`` use it). Rules:

        * ``path`` must be new, empty, or a folder written by this method before (it carries
          media-coverage's ownership marker, see :mod:`coverage.outputs`); a file is replaced
          only if the marker records it unchanged, so an input file or a user's own
          ``outlets.csv`` is never overwritten (:class:`~coverage.outputs.OutputError`).
        * Each file is written to a temporary name and renamed into place; a full disk raises
          :class:`~coverage.outputs.WriteError` and leaves the previous file.
        * Rows are in a canonical order (outlet, article id, sentence, offsets), so the files
          are byte-identical whatever the order of the input rows.
        * CSV text cells that start with ``= + - @`` (or a tab or CR) get a leading ``'`` so a
          spreadsheet shows them instead of running them; NUL characters are removed from
          every file. Parquet keeps the text as it is (without NULs).

        Returns the paths written.

        Examples
        --------
        >>> import tempfile, pathlib, pandas as pd, coverage
        >>> a = coverage.analyze(pd.DataFrame({"id": ["1"], "outlet": ["=cmd()"], "text": ["We stand together."]}))
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "metrics"
        >>> [p.name for p in a.save(out, formats=["csv"])]
        ['articles.csv', 'sentences.csv', 'outlets.csv', 'hits.csv', 'rejected.csv', 'quotes.csv', 'sources.csv']
        >>> (out / "outlets.csv").read_text().splitlines()[1][:9]
        "'=cmd(),1"
        """
        from . import outputs

        if isinstance(formats, str):
            formats = [formats]
        bad = [f for f in formats if f not in ("csv", "parquet")]
        if bad or not formats:
            raise ParameterError(f"formats must be a list of 'csv' and/or 'parquet', not {list(formats)!r}")
        from ._version import __version__

        folder = outputs.claim_folder(Path(path), kind="tables", option="output folder")
        producer = f"media-coverage {__version__}"
        marker = outputs.read_marker(folder)
        names = [*self.TABLES, *self._family_tables()]
        for name in names:  # every target is checked before the first is written
            for fmt in formats:
                if not outputs.owns_file(folder, f"{name}.{fmt}", marker):
                    raise outputs.OutputError(
                        f"{folder / f'{name}.{fmt}'}: exists and was not written by media-coverage (or was changed "
                        "since), so it is not overwritten; move it, or choose a new or empty output folder")
        written = []
        for name in names:
            df = self.sorted_table(name)
            for fmt in formats:
                target = folder / f"{name}.{fmt}"
                data = outputs.csv_bytes(df) if fmt == "csv" else outputs.parquet_bytes(df, name=name, producer=producer)
                outputs.atomic_write(target, data, owner=folder)
                written.append(target)
        return written

    def sorted_table(self, name: str) -> pd.DataFrame:
        """Table ``name`` in a canonical row order (independent of the input's row order).

        articles: outlet, article id; sentences: outlet, article id, sentence; hits: outlet,
        article id, sentence, start, end, metric, rule; outlets: outlet; rejected: as read.
        """
        if name not in (*self.TABLES, *self._family_tables()):
            raise ParameterError(f"unknown table {name!r}; choose one of {[*self.TABLES, *self._family_tables()]}")
        df = getattr(self, name)
        keys = {"articles": ["outlet", "article_id"], "sentences": ["outlet", "article_id", "sentence"],
                "hits": ["outlet", "article_id", "sentence", "start", "end", "metric", "rule", "term"],
                "outlets": ["outlet"], "quotes": ["outlet", "article_id", "start", "end"],
                "sources": ["outlet"]}.get(name)
        if not keys or df.empty:
            return df.reset_index(drop=True)
        keys = [k for k in keys if k in df.columns]
        return df.sort_values(keys, kind="stable").reset_index(drop=True)

    @property
    def metrics(self) -> list[str]:
        """Names accepted by :meth:`compare` and :meth:`explain` (every metric of every family)."""
        return [m.name for m in self.metric_specs]

    def _check_outlets(self, names: Iterable[str]) -> None:
        known = set(self.articles["outlet"])
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ParameterError(f"unknown outlet(s) {unknown}; outlets are {sorted(known)}")

    def _check_metric(self, metric: str) -> None:
        if metric not in self.metrics:
            raise ParameterError(f"unknown metric {metric!r}; choose one of {self.metrics}")

    # -- terms -----------------------------------------------------------------
    def _term_matrix(self, **kw: Any):
        from . import terms as _terms

        t = self._tokens
        if t is None:
            raise ParameterError("this Analysis has no token stream; create it with coverage.analyze")
        return _terms.stream_term_matrix(t.ids, t.indptr, t.vocab, **kw)

    def _doc_groups(self) -> np.ndarray:
        return self.articles["outlet"].to_numpy(dtype=object)

    def terms(
        self,
        *,
        by: str = "outlet",
        ngram_range: tuple[int, int] = (1, 1),
        stopwords: Iterable[str] | None | bool = True,
        stem: bool = False,
        top: int | None = 20,
        min_count: int = 1,
        exclude: Iterable[str] | str | None = (),
    ) -> pd.DataFrame:
        """Term frequencies per group: counts, rates per 10,000 tokens, TF-IDF.

        Parameters
        ----------
        by : str, default "outlet"
            Article column to group by ("outlet", "article_id", or a metadata column).
        ngram_range : (int, int), default (1, 1)
            Smallest and largest n-gram size (up to 3).
        stopwords : True, None/False or iterable of str
            True uses :data:`coverage.terms.STOPWORDS`; None/False keeps every word.
        stem : bool, default False
            Snowball (Porter2) stemming.
        top : int or None, default 20
            Keep the top terms per group by count.
        exclude : names from :data:`coverage.terms.EXCLUSIONS`, default ()
            Leave out outlet-name tokens (``"outlets"``), numbers, ``@``/``#`` handles and
            photo-credit words (``"credits"``), and n-grams containing them, as
            :meth:`keyness` does by default. Rates keep their denominators (all word tokens).
        """
        from . import terms as _terms

        ex = _terms.check_exclude(exclude)
        if by not in self.articles.columns:
            raise ParameterError(f"cannot group terms by {by!r}: not an article column ({list(self.articles.columns)})")
        sw = _terms.STOPWORDS if stopwords is True else (None if stopwords in (None, False) else frozenset(stopwords))
        groups = self.articles[by].astype(str)
        codes, labels = pd.factorize(groups, sort=True)
        cached = self._term_cache.get("outlet_unigrams")
        default = (by == "outlet" and stopwords is True and stem is False and type(min_count) is int and min_count == 1
                   and isinstance(ngram_range, tuple | list) and tuple(ngram_range) == (1, 1))
        if (default and cached is not None and cached[0] is self._tokens
                and np.array_equal(cached[1], codes)):  # counted by analyze() from this very stream and grouping
            matrix, vocab = cached[2], cached[3]
        else:  # counted straight into one row per group (no article-level matrix)
            matrix, vocab = self._term_matrix(ngram_range=ngram_range, stopwords=sw, stem=stem, min_count=min_count,
                                              rows=codes, n_rows=len(labels))
        if ex:
            drop = _terms.excluded_terms(vocab, ex, outlets=sorted(set(self.articles["outlet"].astype(str))),
                                         stem=stem)
            if drop.any():
                kept = np.flatnonzero(~drop)
                matrix, vocab = matrix[:, kept], vocab[kept]
        totals = self.articles.groupby(groups)["n_tokens"].sum().to_dict()
        return _terms.term_table(matrix, vocab, np.asarray(labels, dtype=object), group_token_totals=totals, top=top)

    def keyness(
        self,
        target: str | Sequence[str],
        reference: str | Sequence[str] | None = None,
        *,
        ngram_range: tuple[int, int] = (1, 1),
        stopwords: Iterable[str] | None | bool = True,
        stem: bool = False,
        min_count: int = 1,
        min_docs: int = 2,
        exclude: Iterable[str] | str | None = ("outlets", "numbers", "handles", "credits"),
    ) -> pd.DataFrame:
        """Keyness of terms in ``target`` outlet(s) against ``reference`` (default: all others).

        Returns ``term, n_target, n_reference, g2, chi2, p_value, p_adjusted, log_ratio``
        (see :func:`coverage.stats.keyness` for the definitions, which follow
        quanteda's ``textstat_keyness``: tests on the pooled token counts), then
        ``n_docs_target, n_docs_reference`` (how many target / reference articles use
        the term), ``n_articles_target, n_articles_reference``, and the article-level
        test Lijffijt et al. (2016) recommend: ``p_articles``, a two-sided Mann-Whitney
        U test (normal approximation, as ``scipy.stats.mannwhitneyu(method="asymptotic")``)
        of the term's per-article relative frequency (count / the article's
        ``n_tokens``), target articles against reference articles, and
        ``p_articles_adjusted`` (Benjamini-Hochberg over the rows). Sorted by chi2
        descending. See :func:`coverage.terms.document_keyness`.

        Parameters
        ----------
        target, reference : outlet name or list of names
        ngram_range, stopwords, stem, min_count
            As :meth:`terms` (``min_count`` counts every article of the corpus).
        min_docs : int, default 2
            Dispersion: a term over-represented in the target is kept only if at least
            ``min(min_docs, number of target articles)`` target articles use it (and a
            term under-represented in the target only if as many reference articles
            use it), so a term repeated in one article is not "key". An outlet with one
            article keeps its terms: they are then descriptive only (``p_articles`` is
            NaN: there is no article-level test with fewer than 2 articles a side).
        exclude : names from :data:`coverage.terms.EXCLUSIONS`
            ``"outlets"``: the words of every outlet name of the corpus ("Fox News" ->
            "fox", "news"); ``"numbers"``: tokens without a letter and numbers with an
            ordinal/decade/time suffix ("2017", "1,000", "29th", "2.40pm");
            ``"handles"``: tokens starting with ``@`` or ``#``; ``"credits"``:
            :data:`coverage.terms.CREDIT_WORDS` (caption, copyright, getty, reuters,
            ...). N-grams containing such a token go too. ``exclude=()`` keeps every
            term. Excluded terms still count in the totals of the 2x2 tables.

        The pooled tests (chi2, G2, ``p_value``) treat every token as independent and
        are far too optimistic for words, which cluster in articles; read
        ``p_articles`` (when not NaN) for significance, and the pooled statistics for
        ranking and effect size (``log_ratio``).

        Examples
        --------
        >>> analysis.keyness("Sky News").head()      # doctest: +SKIP
        """
        from . import terms as _terms

        ex = _terms.check_exclude(exclude)
        tgt = [target] if isinstance(target, str) else list(target)
        self._check_outlets(tgt)
        if reference is None:
            ref = [o for o in sorted(set(self.articles["outlet"])) if o not in tgt]
        else:
            ref = [reference] if isinstance(reference, str) else list(reference)
            self._check_outlets(ref)
            overlap = set(tgt) & set(ref)
            if overlap:
                raise ParameterError(f"outlet(s) {sorted(overlap)} are in both target and reference")
        if not ref:
            raise ParameterError("keyness needs a reference: the corpus has no other outlet")
        sw = _terms.STOPWORDS if stopwords is True else (None if stopwords in (None, False) else frozenset(stopwords))
        outlets = self._doc_groups()
        # one row per article (the rest of the corpus still counts towards min_count)
        matrix, vocab = self._term_matrix(ngram_range=ngram_range, stopwords=sw, stem=stem, min_count=min_count)
        excluded = _terms.excluded_terms(vocab, ex, outlets=sorted(set(self.articles["outlet"].astype(str))),
                                         stem=stem)
        return _terms.document_keyness(matrix, vocab, np.isin(outlets, tgt), np.isin(outlets, ref),
                                       doc_tokens=self.articles["n_tokens"].to_numpy(dtype=float),
                                       excluded=excluded, min_docs=min_docs)

    def key_terms(self, n: int = 5, *, reference: str | Sequence[str] | None = None, **keyness_kwargs: Any
                  ) -> pd.DataFrame:
        """A compact table of each outlet's key terms, for reports: one row per outlet.

        For every outlet (sorted by name), its ``n`` strongest over-represented key
        terms from :meth:`keyness` (``chi2 > 0``, after the dispersion filter and the
        exclusions; strongest first) against ``reference`` (default: all other
        outlets; an outlet that is itself in ``reference`` is compared with the other
        reference outlets, or with all others when none is left).

        Parameters
        ----------
        n : int, default 5
        reference : outlet name or list of names, optional
        **keyness_kwargs
            ``ngram_range, stopwords, stem, min_count, min_docs, exclude`` of :meth:`keyness`.

        Returns
        -------
        pandas.DataFrame
            ``outlet, terms`` (list of str), ``counts`` (list of int: each term's count
            in the outlet), ``n_articles`` (the outlet's), ``descriptive`` (True when the
            outlet or its reference has fewer than 2 articles: no article-level test,
            the terms only describe the text), ``n_terms`` (the outlet's term tokens once
            stop words are removed: 0 means there was nothing to compare). An outlet
            without any term left gets empty lists; a corpus with one outlet gives an
            empty table.

        Examples
        --------
        >>> analysis.key_terms(3)      # doctest: +SKIP
        """
        from . import terms as _terms

        columns = ["outlet", "terms", "counts", "n_articles", "n_terms", "descriptive"]
        if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 1:
            raise ParameterError(f"n={n!r} must be a positive integer (the number of key terms per outlet)")
        allowed = ("ngram_range", "stopwords", "stem", "min_count", "min_docs", "exclude")
        unknown = [k for k in keyness_kwargs if k not in allowed]
        if unknown:
            raise ParameterError(f"key_terms: unknown parameter(s) {unknown}; use {list(allowed)}")
        opts: dict[str, Any] = {"ngram_range": (1, 1), "stopwords": True, "stem": False, "min_count": 1,
                                "min_docs": 2, "exclude": ("outlets", "numbers", "handles", "credits")}
        opts.update(keyness_kwargs)
        ex = _terms.check_exclude(opts["exclude"])
        ref_list: list[str] = []
        if reference is not None:
            ref_list = [reference] if isinstance(reference, str) else list(reference)
            self._check_outlets(ref_list)
        names = sorted(set(self.articles["outlet"].astype(str)))
        if len(names) < 2:
            return pd.DataFrame({"outlet": pd.Series([], dtype=object), "terms": pd.Series([], dtype=object),
                                 "counts": pd.Series([], dtype=object), "n_articles": pd.Series([], dtype=np.int64),
                                 "n_terms": pd.Series([], dtype=np.int64),
                                 "descriptive": pd.Series([], dtype=bool)})[columns]
        sw = (_terms.STOPWORDS if opts["stopwords"] is True
              else (None if opts["stopwords"] in (None, False) else frozenset(opts["stopwords"])))
        matrix, vocab = self._term_matrix(ngram_range=opts["ngram_range"], stopwords=sw, stem=opts["stem"],
                                          min_count=opts["min_count"])
        excluded = _terms.excluded_terms(vocab, ex, outlets=names, stem=opts["stem"])
        outlets = self._doc_groups().astype(str)
        doc_tokens = self.articles["n_tokens"].to_numpy(dtype=float)
        totals = np.asarray(matrix.sum(axis=1)).ravel()
        rows = []
        for name in names:
            is_t = outlets == name
            refs = [r for r in ref_list if r != name]
            is_r = np.isin(outlets, refs) if refs else ~is_t
            n_t, n_r = int(is_t.sum()), int(is_r.sum())
            terms: list[str] = []
            counts: list[int] = []
            if totals[is_t].sum() > 0 and totals[is_r].sum() > 0:  # else no term at all: empty lists
                k = _terms.document_keyness(matrix, vocab, is_t, is_r, doc_tokens=doc_tokens, excluded=excluded,
                                            min_docs=opts["min_docs"], article_test=False, over_only=True)
                top = k[k["chi2"] > 0].head(n)
                terms, counts = top["term"].tolist(), [int(c) for c in top["n_target"]]
            rows.append({"outlet": name, "terms": terms, "counts": counts, "n_articles": n_t,
                         "n_terms": int(totals[is_t].sum()), "descriptive": n_t < 2 or n_r < 2})
        out = pd.DataFrame(rows, columns=columns)
        return out.astype({"n_articles": np.int64, "n_terms": np.int64, "descriptive": bool})

    def kwic(self, pattern: str, *, window: int = 5, regex: bool = False, exclude_boilerplate: bool | None = None
             ) -> pd.DataFrame:
        """Keyword in context: every match of ``pattern`` with ``window`` tokens either side.

        ``pattern`` is matched against whole tokens (case-insensitive); ``*`` is a
        wildcard for any run of characters ("attack*", "*ism") and a space separates
        tokens of a phrase ("stand together"). Wildcards are matched without regular
        expressions (:func:`coverage.lexicon.compile_glob`), in one pass over each token.
        With ``regex=True`` ``pattern`` is a Python regular expression, used as given
        (searched in each token's lower-case form, case-insensitive; no phrase splitting):
        its speed is that of :mod:`re`, so a pattern that backtracks heavily is slow.

        Returns ``article_id, outlet, sentence, start, end, left, keyword, right``.
        """
        if not isinstance(pattern, str) or not pattern.strip():
            raise ParameterError("kwic needs a non-empty pattern string")
        if not isinstance(window, int) or window < 0:
            raise ParameterError(f"window must be a non-negative integer, not {window!r}")
        if exclude_boilerplate is None:
            exclude_boilerplate = self.params.get("exclude_boilerplate", True)
        from .lexicon import compile_glob

        if regex:
            parts = [re.compile(pattern, re.IGNORECASE).search]
        else:  # one pass per token however many '*' (a regex '^.*.*...q$' backtracks exponentially)
            parts = [compile_glob(token_norm(p)) for p in pattern.split()]  # folded like the tokens' norms
        rows = []
        texts = dict(zip(self.corpus.df["article_id"], self.corpus.df["text"], strict=True))
        sents = self.sentences
        if exclude_boilerplate:
            sents = sents[~sents["boilerplate"]]
        for r in sents[["article_id", "outlet", "sentence", "start", "text"]].itertuples(index=False):
            toks = tokenize(r.text, offset=r.start)
            norms = [t.norm for t in toks]
            n = len(parts)
            for i in range(len(toks) - n + 1):
                if all(parts[j](norms[i + j]) for j in range(n)):
                    s, e = toks[i].start, toks[i + n - 1].end
                    text = texts[r.article_id]
                    left = " ".join(t.text for t in toks[max(0, i - window):i])
                    right = " ".join(t.text for t in toks[i + n:i + n + window])
                    rows.append({"article_id": r.article_id, "outlet": r.outlet, "sentence": r.sentence,
                                 "start": s, "end": e, "left": left, "keyword": text[s:e], "right": right})
        return pd.DataFrame(rows, columns=["article_id", "outlet", "sentence", "start", "end", "left", "keyword",
                                           "right"])

    # -- evidence ---------------------------------------------------------------
    def explain(self, article_id: str | None = None, metric: str | None = None) -> Evidence:
        """The evidence behind a number: every match, with its sentence and rule.

        Parameters
        ----------
        article_id : str, optional
            Restrict to one article (default: all).
        metric : str, optional
            Any of :attr:`metrics`: "solidarity", "violence", a custom frame, "balance"
            (solidarity and violence), "religion" or a ``religion_<frame>`` column,
            "sentiment" or "tone" (every sentence with its score), a metric of your own
            family, or None for all matches. The metric's spec says which hits are its
            evidence (:attr:`coverage.families.Metric.evidence`).

        Returns
        -------
        Evidence
            ``.table`` has the hits (or sentences for sentiment/tone) with
            ``sentence_text``; ``_repr_html_`` highlights them in the article text, in the
            metrics' colours.
        """
        hits = self.hits
        if article_id is not None:
            if article_id not in set(self.articles["article_id"]):
                raise ParameterError(f"unknown article_id {article_id!r}; see analysis.articles['article_id']")
            hits = hits[hits["article_id"] == article_id]
        colours = self.highlight_colours()
        on_request = {m for f in self.families for m in f.evidence_on_request}
        if metric is None and on_request:  # whole quotes would cover the other marks: shown when asked for
            hits = hits[~hits["metric"].isin(list(on_request))]
        if metric is not None:
            spec = self.spec(metric)
            selector = spec.hit_filter()
            if selector == "sentences":
                s = self.sentences
                if article_id is not None:
                    s = s[s["article_id"] == article_id]
                cols = ["article_id", "outlet", "sentence", "start", "end", "boilerplate", *spec.source_columns, "text"]
                table = s[list(dict.fromkeys(c for c in cols if c in s.columns))]
                table = table.rename(columns={"text": "sentence_text"}).reset_index(drop=True)
                ids = [article_id] if article_id else list(dict.fromkeys(table["article_id"]))
                return Evidence(table=table, texts=self._texts(ids), metric=metric, colours=colours)
            extra = self._evidence_on_request(selector, article_id)
            if extra is not None:
                hits = pd.concat([hits, extra], ignore_index=True)
            hits = hits[selector.mask(hits)]
        sent_text = self.sentences.set_index(["article_id", "sentence"])["text"]
        table = hits.copy()
        keys = list(zip(table["article_id"], table["sentence"], strict=True))
        table["sentence_text"] = [sent_text.get(k, "") for k in keys]
        table = table.reset_index(drop=True)
        ids = [article_id] if article_id else list(dict.fromkeys(table["article_id"]))
        return Evidence(table=table, texts=self._texts(ids), metric=metric, colours=colours)

    def _evidence_on_request(self, selector: Any, article_id: str | None) -> pd.DataFrame | None:
        """The hits a family builds only when asked (:meth:`Family.evidence`), for a selector that wants them."""
        wanted = {v for cond in selector.any_of for v in cond.get("metric", ())}
        parts = [f.evidence(self, None if article_id is None else [article_id]) for f in self.families
                 if wanted & set(f.evidence_on_request)]
        parts = [p for p in parts if p is not None]
        return pd.concat(parts, ignore_index=True) if parts else None

    def _texts(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        df = self.corpus.df.set_index("article_id")
        return {i: (df.at[i, "outlet"], df.at[i, "text"]) for i in ids if i in df.index}

    # -- comparison -------------------------------------------------------------
    def compare(self, outlet_a: str, outlet_b: str, metric: str, *, n_resamples: int = 10000,
                seed: int | None = None) -> pd.Series:
        """Difference ``a - b`` in a metric, with a permutation-test p-value and bootstrap CI.

        Units are articles; when either outlet has a single article, sentences are
        the units (sentence-level metrics only: sentiment, tone, frame counts) and
        ``basis`` says so. Returns a Series with ``outlet_a, outlet_b, metric, basis,
        mean_a, mean_b, diff, ci_low, ci_high, p_value, n_a, n_b``.
        """
        from . import stats as _stats

        self._check_outlets([outlet_a, outlet_b])
        self._check_metric(metric)
        if outlet_a == outlet_b:
            raise ParameterError("compare needs two different outlets")
        seed = self.params.get("seed", 0) if seed is None else seed
        arts = self.sorted_table("articles")  # canonical order: the p-value does not depend on the input's row order
        a = arts.loc[arts["outlet"] == outlet_a, metric]
        b = arts.loc[arts["outlet"] == outlet_b, metric]
        basis = "articles"
        if min(len(a), len(b)) < 2:
            spec = self.spec(metric)
            sent_metric = spec.column if spec.kind != "ratio" else None
            if sent_metric is None or sent_metric not in self.sentences.columns:
                raise ParameterError(
                    f"{metric!r} is an article-level ratio and {outlet_a!r} or {outlet_b!r} has a single article: "
                    "there is nothing to resample. Compare a metric built from one sentence column (a mean, a "
                    "rate or a total) or add articles."
                )
            s = self.sorted_table("sentences")
            s = s[self.counted_mask(s)]
            a = s.loc[s["outlet"] == outlet_a, sent_metric]
            b = s.loc[s["outlet"] == outlet_b, sent_metric]
            basis = "sentences"
        res = _stats.permutation_test(a.to_numpy(dtype="float64"), b.to_numpy(dtype="float64"),
                                      n_resamples=n_resamples, seed=seed)
        return pd.Series({
            "outlet_a": outlet_a, "outlet_b": outlet_b, "metric": metric, "basis": basis,
            "mean_a": float(np.nanmean(a)) if len(a) else float("nan"),
            "mean_b": float(np.nanmean(b)) if len(b) else float("nan"),
            "diff": res["diff"], "ci_low": res["ci_low"], "ci_high": res["ci_high"],
            "p_value": res["p_value"], "n_a": res["n_a"], "n_b": res["n_b"],
        })

    # -- display ----------------------------------------------------------------
    def _summary_columns(self, *, with_ci: bool) -> list[str]:
        cols = ["outlet", "n_articles"]
        for m in self.metric_specs:
            if m.summary and m.has_ci:
                cols += [m.name, f"{m.name}_low", f"{m.name}_high"] if with_ci else [m.name]
        return [c for c in cols if c in self.outlets.columns] + ["ci_basis"]

    def _versions(self) -> str:
        return ", ".join(f.name for f in self.families) + (f"; lexicon {self.lexicon.version}" if self.lexicon else "")

    def __repr__(self) -> str:
        o = self.outlets
        head = (f"Analysis: {len(self.articles)} articles, {len(o)} outlets, {len(self.sentences)} sentences, "
                f"{len(self.hits)} matches, {len(self.rejected)} rejected ({self._versions()})")
        cols = self._summary_columns(with_ci=False)
        return head + "\n" + o[cols].to_string(index=False, float_format=lambda x: f"{x:.3f}")

    def _repr_html_(self) -> str:
        o = self.outlets
        cols = self._summary_columns(with_ci=True)
        table = o[cols].to_html(index=False, escape=True, float_format=lambda x: f"{x:.3f}", na_rep="–")
        note = ""
        if (o["ci_basis"] == "sentences").any():
            note = ("<p><small>CI over sentences for outlets with a single article: it shows variation "
                    "within that article, not between the outlet's articles.</small></p>")
        return (f"<div class='mc-analysis'><p><b>Analysis</b>: {len(self.articles)} articles, {len(o)} outlets, "
                f"{len(self.hits)} matches, {len(self.rejected)} rejected ({html.escape(self._versions())})</p>"
                f"{table}{note}</div>")

    # -- who is quoted (the quotes family, coverage.families.quotes) ----------------------------
    def _family_tables(self) -> list[str]:
        """Extra tables of the families (``quotes`` and ``sources`` with the quotes family)."""
        return ["quotes", "sources"] if self._quotes_family() is not None else []

    def _quotes_family(self) -> Any:
        from .families.quotes import QuotesFamily

        return next((f for f in self.families if isinstance(f, QuotesFamily)), None)

    def _need_quotes(self) -> Any:
        fam = self._quotes_family()
        if fam is None:
            raise ParameterError("this analysis has no quotes family; analyze with "
                                 "families=[*coverage.default_families(), coverage.QuotesFamily()]")
        return fam

    @property
    def quotes(self) -> pd.DataFrame:
        """One row per quote (direct or reported speech), in article and text order.

        Columns (:data:`coverage.families.quotes.QUOTE_COLUMNS`): ``article_id, outlet, quote``
        (its number in the article), ``sentence`` (where its words start), ``start, end`` (character
        offsets of the quoted words in the article text as loaded), ``text, kind`` (``direct`` or
        ``indirect``), ``speaker, speaker_start, speaker_end`` (the mention the attribution resolves
        to: for "he said", the named antecedent), ``mention_start, mention_end`` (the mention next
        to the quote, e.g. the pronoun), ``cue, cue_start, cue_end``, ``source_type`` and
        ``source_rule`` (why), ``words``. The quotes behind the ``quotes`` evidence
        (:meth:`explain` with ``metric="quotes"``).
        """
        if "quotes" not in self._term_cache:
            self._term_cache["quotes"] = self._quote_table(None)
        return self._term_cache["quotes"]

    def _quotes_of(self, article_ids: Iterable[str]) -> pd.DataFrame:
        """The quotes of some articles without extracting the others' (:meth:`explain` of one article).

        From :attr:`quotes` when it is built; else extracted for these articles only, so the source
        types a person gets from the rest of the corpus (:func:`coverage.sources.corpus_types`) may be
        missing: only the quote, cue and speaker columns are meant to be used.
        """
        ids = set(article_ids)
        if "quotes" in self._term_cache:
            q = self._term_cache["quotes"]
            return q[q["article_id"].isin(ids)].reset_index(drop=True)
        return self._quote_table(ids)

    def _quote_table(self, ids: set[str] | None) -> pd.DataFrame:
        from .families.quotes import quotes_from_table
        from .text import Sentence

        fam = self._need_quotes()
        df = self.corpus.df
        sents = self.sentences
        kept = self._kept_table(fam.name)
        if ids is not None:
            df = df[df["article_id"].isin(ids)]
            sents = sents[sents["article_id"].isin(ids)]
            kept = kept[kept["article_id"].isin(ids)] if kept is not None else None
        if kept is not None:
            # the quotes analyze() found (offsets), rebuilt with the texts: nothing is extracted again
            texts = dict(zip(df["article_id"].tolist(), df["text"].tolist(), strict=True))
            st = sents[["article_id", "sentence", "start"]].sort_values(["article_id", "sentence"], kind="stable")
            starts: dict[str, list[int]] = {}
            for aid, start in zip(st["article_id"].tolist(), st["start"].tolist(), strict=True):
                starts.setdefault(aid, []).append(start)
            return fam.quote_table(df["article_id"].tolist(), df["outlet"].tolist(), df["text"].tolist(),
                                   starts=starts, quotes=quotes_from_table(kept, texts))
        # the engine's segmentation, from the sentence table (the quotes are found in the same sentences)
        fields = list(Sentence._fields)
        cols = sents.rename(columns={"sentence": "index"})[["article_id", *fields]]
        by_article = {aid: [Sentence(*r) for r in zip(*(g[c].tolist() for c in fields), strict=True)]
                      for aid, g in cols.sort_values(["article_id", "index"], kind="stable")
                      .groupby("article_id", sort=False)}
        return fam.quote_table(df["article_id"].tolist(), df["outlet"].tolist(), df["text"].tolist(),
                               sentences=by_article)

    @property
    def sources(self) -> pd.DataFrame:
        """Each outlet's share of quotes and of quoted words by source type, with 95% bootstrap CIs.

        See :func:`coverage.sources.source_shares` (units: the outlet's articles; seed and
        resamples from the analysis's parameters). ``top_speakers`` names the type's most
        quoted people in the outlet; :attr:`speakers` ranks them all.
        """
        if "sources" not in self._term_cache:
            from .sources import source_shares

            fam = self._need_quotes()
            types = [t for t in fam.sources.types if t in set(self.quotes["source_type"])]
            self._term_cache["sources"] = source_shares(
                self.quotes, self.articles, types=types, n_boot=int(self.params.get("n_boot", 2000)),
                seed=int(self.params.get("seed", 0)), confidence=float(self.params.get("confidence", 0.95)),
                labels={t: fam.sources.label(t) for t in types})
        return self._term_cache["sources"]

    @property
    def speakers(self) -> pd.DataFrame:
        """The five most quoted speakers of each outlet (:func:`coverage.sources.top_speakers`)."""
        from .sources import top_speakers

        self._need_quotes()
        return top_speakers(self.quotes, 5)

    def voices(self, level: str = "outlet") -> pd.DataFrame:
        """Every sentence-level metric split into the outlet's narration and quoted speech.

        A sentence is quoted speech when at least half of its non-space characters are quoted
        words or their attribution (speaker mention and cue; the quotes family's ``quoted``
        column); the rest is narration. Each metric of kind
        mean, rate or ratio (the quotes family's own left out) is computed twice, from the
        narration sentences and from the quoted ones: ``tone_narration``, ``tone_quoted``,
        ``violence_rate_narration``...; a rate is per 1,000 words of that part.

        Parameters
        ----------
        level : {"outlet", "article"}
            ``"article"``: one row per article (``article_id, outlet``, ``n_tokens_narration``,
            ``n_tokens_quoted``, the metrics); ``"outlet"``: one row per outlet with 95% bootstrap
            CIs (``_low``, ``_high``), as :attr:`outlets`.
        """
        if level not in ("outlet", "article"):
            raise ParameterError(f"level must be 'outlet' or 'article', not {level!r}")
        key = f"voices:{level}"
        if key in self._term_cache:
            return self._term_cache[key]
        fam = self._need_quotes()
        from dataclasses import replace

        own = set(fam.columns())
        specs = tuple(m for m in self.metric_specs if m.kind in ("mean", "rate", "ratio")
                      and not set(m.source_columns) & own)
        plan = replace(self.plan, metrics=specs)
        exclude = bool(self.params.get("exclude_boilerplate", True))
        quoted = self.sentences[fam.voice_column].to_numpy(dtype=bool)
        parts = {}
        narration, voiced = fam.voice_parts
        for part, mask in ((narration, ~quoted), (voiced, quoted)):
            sents = self.sentences[mask]
            arts = aggregate.article_table(self.corpus.df, sents, plan, exclude)
            if level == "article":
                parts[part] = arts
            else:
                parts[part] = aggregate.outlet_table(arts, sents, plan, exclude, int(self.params.get("seed", 0)),
                                                     int(self.params.get("n_boot", 2000)),
                                                     float(self.params.get("confidence", 0.95)))
        base = ["article_id", "outlet"] if level == "article" else ["outlet", "n_articles"]
        out = parts["narration"][base].copy()
        for part, t in parts.items():
            out[f"n_tokens_{part}"] = t["n_tokens"].to_numpy()
        for m in specs:
            for part, t in parts.items():
                out[f"{m.name}_{part}"] = t[m.name].to_numpy()
                if level == "outlet" and m.has_ci:
                    out[f"{m.name}_{part}_low"] = t[f"{m.name}_low"].to_numpy()
                    out[f"{m.name}_{part}_high"] = t[f"{m.name}_high"].to_numpy()
        self._term_cache[key] = out
        return out

    # -- the user's loop: audit the detectors, correct their numbers (coverage.audit) --------
    def audit(self, n: int = 200, *, seed: int = 0, detectors: Sequence[str] | None = None) -> pd.DataFrame:
        """A stratified sample of sentences to label by hand: :func:`coverage.audit.audit`.

        Strata are outlet x detector x (hit / no hit); ``detectors=None`` means the three built-in
        detectors (:data:`coverage.audit.DEFAULT_DETECTORS`). Save the sheet with
        :func:`coverage.audit.save_audit`, fill its label columns, and pass it to :meth:`corrected`.
        """
        from .audit import audit

        return audit(self, n, seed=seed, detectors=detectors)

    def corrected(self, labels: pd.DataFrame | str | os.PathLike[str], *, n_boot: int = 2000, seed: int = 0,
                  detectors: Sequence[str] | None = None, method: str = "composite") -> pd.DataFrame:
        """Each outlet's share of sentences a coder would mark, corrected for the detectors' errors.

        ``labels``: a filled :meth:`audit` sheet (or any label table :func:`coverage.validate`
        takes). ``method``: ``"composite"`` (the outlet's own labels shrunk towards the other
        outlets', the unlabelled sentences predicted) or ``"rogan-gladen"`` (pooled sensitivity and
        specificity). See :func:`coverage.audit.corrected`.
        """
        from .audit import corrected

        return corrected(self, labels, n_boot=n_boot, seed=seed, detectors=detectors, method=method)
