"""Article and outlet tables, generated from the families' metric specs.

:func:`article_table` turns the sentence table into one row per article: ``n_sentences`` and
``n_tokens`` (counted sentences), then every metric of every family, by its kind (mean over
sentences, rate per 1,000 words, ratio of sums, total; see :class:`coverage.families.Metric`).

:func:`outlet_table` summarises the articles per outlet: for each metric with ``outlet="mean"``
the mean over the outlet's articles and a percentile bootstrap CI resampling articles
(:func:`coverage.stats.bootstrap_ci`); an outlet with a single article is resampled over its
sentences instead (``ci_basis == "sentences"``: means of sentences, ratios of sums with
:func:`coverage.stats.bootstrap_ratio_ci`). Every cell's resamples come from
:func:`coverage.stats.cell_seed` (seed, outlet, metric), so an interval does not depend on the
other outlets, the order of the rows or which process computed it, and equals
:func:`coverage.stats.grouped_bootstrap` of the article table for outlets of two or more
articles. Metrics with ``outlet="total"`` are summed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .._memory import release_memory
from ..families.base import Metric, Plan
from ..stats import bootstrap_ci, bootstrap_ratio_ci, cell_seed

__all__ = ["article_table", "outlet_table", "excluded_mask", "ARTICLE_BASE", "OUTLET_BASE"]

#: First columns of the article table (then the metrics, then the corpus's metadata).
ARTICLE_BASE = ["article_id", "outlet", "n_sentences", "n_tokens"]
#: First columns of the outlet table (then the metrics with their CIs, then the totals).
OUTLET_BASE = ["outlet", "n_articles", "n_sentences", "n_tokens", "ci_basis"]


def excluded_mask(sentences: pd.DataFrame, plan: Plan) -> np.ndarray:
    """Sentences some family excludes from the metrics (boilerplate), as a bool array."""
    out = np.zeros(len(sentences), dtype=bool)
    for c in plan.excludes:
        out |= sentences[c].to_numpy(dtype=bool)
    return out


def _total_dtype(plan: Plan, column: str) -> str:
    return "float64" if plan.columns.get(column) == "float64" else "int64"


def article_table(ids: pd.DataFrame, sentences: pd.DataFrame, plan: Plan, exclude: bool) -> pd.DataFrame:
    """One row per article of ``ids`` (columns ``article_id, outlet``, in corpus order).

    Sentences excluded by a family (boilerplate) are left out of every metric with
    ``sentences="counted"`` when ``exclude`` is true.
    """
    ex = excluded_mask(sentences, plan) if exclude else None
    by_mask: dict[bool, tuple[Callable[[str], Any], pd.DataFrame]] = {}

    def grouping(counted: bool) -> tuple[Callable[[str], Any], pd.Index]:
        """``grouped(column)`` over the counted (or all) sentences, grouped by integer codes of article_id."""
        if counted in by_mask:
            return by_mask[counted]
        mask = (~ex) if (counted and ex is not None) else None

        def used(c: str) -> pd.Series:
            col = sentences[c]
            return col[mask] if mask is not None else col

        codes, uniques = pd.factorize(used("article_id"), sort=False)
        index = pd.Index(np.asarray(uniques, dtype=object), name="article_id")

        def grouped(c: str) -> Any:
            return used(c).groupby(codes, sort=False)

        by_mask[counted] = (grouped, index, codes)
        return by_mask[counted]

    grouped, index, codes = grouping(True)
    # one column at a time (on the whole ABP corpus a copy of every counted sentence's numbers is 200 MB)
    agg = pd.DataFrame({"n_sentences": pd.Series(codes).groupby(codes, sort=False).size(),
                        "n_tokens": grouped("n_tokens").sum()})
    agg.index = index[agg.index.to_numpy()]
    art = ids[["article_id", "outlet"]].merge(agg, left_on="article_id", right_index=True, how="left")
    for c in ("n_sentences", "n_tokens"):
        art[c] = art[c].fillna(0).astype("int64")
    tokens = art["n_tokens"].astype("float64").where(art["n_tokens"] > 0)
    sums: dict[tuple[bool, str], pd.Series] = {}

    def total(column: str, counted: bool) -> pd.Series:
        """The per-article sum of a sentence column, aligned with ``art`` (0 for an article without sentences)."""
        key = (counted, column)
        if key not in sums:
            g, idx, _ = grouping(counted)
            s = g(column).sum()
            s.index = idx[s.index.to_numpy()]
            dtype = _total_dtype(plan, column)
            sums[key] = art["article_id"].map(s).fillna(0).astype(dtype).set_axis(art.index)
        return sums[key]

    for m in plan.metrics:
        counted = m.sentences == "counted"
        if m.kind == "mean":
            g, idx, _ = grouping(counted)
            s = g(m.column).mean()
            s.index = idx[s.index.to_numpy()]
            art[m.name] = art["article_id"].map(s).astype("float64")
        elif m.kind == "total":
            art[m.name] = total(m.column, counted)
        elif m.kind == "rate":
            art[m.name] = total(m.column, counted).astype("float64") / tokens * 1000.0
        else:  # ratio of weighted sums
            num = _combination(m.numerator, lambda c, counted=counted: total(c, counted))
            den = _combination(m.denominator, lambda c, counted=counted: total(c, counted))
            art[m.name] = (num / den).where(den > 0)
    return art[ARTICLE_BASE + [m.name for m in plan.metrics]]


def _combination(coefficients: Any, column: Callable[[str], pd.Series]) -> pd.Series:
    """``sum(coefficient * column)`` (a coefficient of 1 or -1 adds or subtracts the column exactly)."""
    out = None
    for c, k in coefficients.items():
        part = column(c).astype("float64")
        part = part if k == 1 else -part if k == -1 else part * float(k)
        out = part if out is None else out + part
    return out


def _sentence_values(rows: pd.DataFrame, m: Metric) -> tuple[np.ndarray, np.ndarray | None]:
    """(values, denominators) of metric ``m`` per sentence, for the sentence-level bootstrap."""
    if m.kind == "mean" or m.kind == "total":
        return rows[m.column].to_numpy(dtype="float64"), None
    if m.kind == "rate":
        return rows[m.column].to_numpy(dtype="float64"), rows["n_tokens"].to_numpy(dtype="float64")

    def comb(coef: Any) -> np.ndarray:
        out = np.zeros(len(rows), dtype="float64")
        for c, k in coef.items():
            v = rows[c].to_numpy(dtype="float64")
            out = out + (v if k == 1 else -v if k == -1 else v * float(k))
        return out

    return comb(m.numerator), comb(m.denominator)


def _pooled_parts(m: Metric) -> tuple[dict[str, float], dict[str, float], float]:
    """(numerator, denominator, scale) of a pooled metric: a ratio's own, or a rate's column per word token."""
    if m.kind == "rate":
        return {str(m.column): 1.0}, {"n_tokens": 1.0}, 1000.0
    return dict(m.numerator or {}), dict(m.denominator or {}), 1.0


def _weighted(rows: pd.DataFrame, coef: dict[str, float]) -> np.ndarray:
    out = np.zeros(len(rows), dtype="float64")
    for c, k in coef.items():
        v = rows[c].to_numpy(dtype="float64")
        out = out + (v if k == 1 else -v if k == -1 else v * float(k))
    return out


def _outlet_row(outlet: str, arts: dict[str, np.ndarray], by_article: dict[bool, dict[str, pd.DataFrame]],
                ci: Sequence[Metric], totals: Sequence[Metric], seed: int, n_boot: int, confidence: float,
                centers: dict[str, float] | None = None) -> dict[str, Any]:
    """The outlet table's row of one outlet (estimates and bootstrap CIs of every metric).

    ``arts`` holds the outlet's article-table columns as arrays (float64 for the metrics),
    its articles in article-id order.
    """
    row: dict[str, Any] = {
        "outlet": outlet,
        "n_articles": len(arts["article_id"]),
        "n_sentences": int(arts["n_sentences"].sum()),
        "n_tokens": int(arts["n_tokens"].sum()),
    }
    many = len(arts["article_id"]) >= 2
    row["ci_basis"] = "articles" if many else "sentences"
    for m in ci:
        if m.outlet != "pooled":
            continue
        # the ratio of the sums over the outlet's units (articles, or one article's sentences), shrunk to the corpus
        if many:
            num, den = arts[f"\0num:{m.name}"], arts[f"\0den:{m.name}"]
        else:
            rows = by_article[m.sentences == "counted"].get(arts["article_id"][0])
            rows = by_article["empty"] if rows is None else rows
            n_coef, d_coef, _ = _pooled_parts(m)
            num, den = _weighted(rows, n_coef), _weighted(rows, d_coef)
        scale = _pooled_parts(m)[2]
        evidence = float(den.sum())
        if evidence > 0:
            res = bootstrap_ratio_ci(num, den, scale=scale, prior=m.prior, center=(centers or {}).get(m.name, 0.0),
                                     n_resamples=n_boot, confidence=confidence, seed=cell_seed(seed, outlet, m.name))
        else:  # no evidence at all: no value (the prior alone says nothing about this outlet)
            res = (float("nan"), float("nan"), float("nan"))
        row[m.name], row[f"{m.name}_low"], row[f"{m.name}_high"] = res
        row[f"{m.name}_evidence"] = evidence
    if many:
        for m in ci:
            if m.outlet == "pooled":
                continue
            row[m.name], row[f"{m.name}_low"], row[f"{m.name}_high"] = bootstrap_ci(
                arts[m.name], n_resamples=n_boot, confidence=confidence, seed=cell_seed(seed, outlet, m.name))
    else:
        for m in ci:
            if m.outlet == "pooled":
                continue
            rows = by_article[m.sentences == "counted"].get(arts["article_id"][0])
            if rows is None:
                rows = by_article["empty"]
            seed_m = cell_seed(seed, outlet, m.name)
            values, den = _sentence_values(rows, m)
            if m.kind == "mean":
                res = bootstrap_ci(values, n_resamples=n_boot, confidence=confidence, seed=seed_m)
            elif m.kind == "total":
                res = bootstrap_ci(values, statistic=np.sum, n_resamples=n_boot, confidence=confidence, seed=seed_m)
            else:
                res = bootstrap_ratio_ci(values, den, scale=1000.0 if m.kind == "rate" else 1.0, n_resamples=n_boot,
                                         confidence=confidence, seed=seed_m)
            row[m.name], row[f"{m.name}_low"], row[f"{m.name}_high"] = res
    for m in totals:
        row[m.name] = arts[m.name].sum().item()
    return row


def outlet_table(articles: pd.DataFrame, sentences: pd.DataFrame, plan: Plan, exclude: bool, seed: int,
                 n_boot: int, confidence: float, *, parallel: Callable[..., Any] | None = None,
                 meanwhile: Callable[[], Any] | None = None) -> pd.DataFrame:
    """One row per outlet, with bootstrap CIs (see the module documentation).

    ``parallel(fn, spans, meanwhile)`` (optional) maps ``fn`` over spans of outlets in other
    processes and yields the results in order; ``meanwhile`` runs in the caller while they work.
    """
    ci = [m for m in plan.metrics if m.has_ci]
    pooled = [m for m in ci if m.outlet == "pooled"]
    totals = [m for m in plan.metrics if m.outlet == "total"]
    needed = {"article_id", "n_tokens"} | {c for m in ci for c in m.source_columns}
    num = [c for c in sentences.columns if c in needed]
    ex_all = excluded_mask(sentences, plan) if exclude else np.zeros(len(sentences), dtype=bool)
    # pooled metrics: each article's numerator and denominator sums, and the corpus-wide ratio (the prior's centre)
    pooled_sums: dict[str, tuple[pd.Series, pd.Series]] = {}
    centers: dict[str, float] = {}
    for m in pooled:
        n_coef, d_coef, _ = _pooled_parts(m)
        # only this metric's columns: a copy of every needed column of every counted sentence is 200 MB and more
        # on the ABP corpus, and it was the peak of the whole analysis
        own = ["article_id", *dict.fromkeys([*n_coef, *d_coef])]
        sel = sentences.loc[~ex_all if m.sentences == "counted" else slice(None), own]
        parts = pd.DataFrame({"article_id": sel["article_id"].to_numpy(), "num": _weighted(sel, n_coef),
                              "den": _weighted(sel, d_coef)}).groupby("article_id", sort=False).sum()
        pooled_sums[m.name] = (parts["num"], parts["den"])
        total_den = float(parts["den"].sum())
        centers[m.name] = float(parts["num"].sum()) / total_den if total_den > 0 else 0.0
    # the article table's columns as arrays, rows grouped by outlet (sorted) and, within an outlet,
    # by article id: the resamples (and so the CIs) do not depend on the input's row order
    codes, names = pd.factorize(articles["outlet"], sort=True)
    id_rank = pd.factorize(articles["article_id"].astype(str), sort=True)[0]
    order = np.lexsort((id_rank, codes))
    bounds = np.searchsorted(codes[order], np.arange(len(names) + 1))
    columns = {"article_id": articles["article_id"].to_numpy(dtype=object)[order]}
    for c in ["n_sentences", "n_tokens"]:
        columns[c] = articles[c].to_numpy()[order]
    for m in ci:
        columns[m.name] = articles[m.name].to_numpy(dtype="float64")[order]
    ids_sorted = articles["article_id"].to_numpy(dtype=object)[order]
    for m in pooled:
        n_s, d_s = pooled_sums[m.name]
        columns[f"\0num:{m.name}"] = pd.Series(ids_sorted).map(n_s).fillna(0.0).to_numpy(dtype="float64")
        columns[f"\0den:{m.name}"] = pd.Series(ids_sorted).map(d_s).fillna(0.0).to_numpy(dtype="float64")
    for m in totals:
        columns[m.name] = articles[m.name].to_numpy()[order]
    groups = [(str(name), {c: v[bounds[k]:bounds[k + 1]] for c, v in columns.items()}) for k, name in enumerate(names)]
    single = {g["article_id"][0] for _, g in groups if len(g["article_id"]) == 1}
    in_single = sentences["article_id"].isin(single).to_numpy()
    ex = ex_all
    by_article: dict[Any, Any] = {}
    for counted in (True, False):
        sel = in_single & ~ex if counted else in_single
        by_article[counted] = {a: g for a, g in sentences.loc[sel, num].groupby("article_id", sort=False)}
    by_article["empty"] = sentences.loc[[], num]

    def rows_for(span: tuple[int, int]) -> list[dict[str, Any]]:
        rows = []
        for k in range(*span):
            if k and k % 8 == 0:
                # the resamples' arrays are freed between small long-lived row objects, so the C heap creeps
                # up (about 350 MB over the 491 outlets of the ABP corpus); hand the freed pages back now and then
                release_memory()
            outlet, arts = groups[k]
            rows.append(_outlet_row(outlet, arts, by_article, ci, totals, seed, n_boot, confidence, centers))
        return rows

    if parallel is not None:
        # the cost of an outlet is about its resampled units (articles, or one article's sentences)
        units = np.array([len(a["article_id"]) if len(a["article_id"]) > 1
                          else len(by_article[True].get(a["article_id"][0], ())) for _, a in groups])
        rows = [r for part in parallel(rows_for, units, meanwhile) for r in part]
    else:
        rows = rows_for((0, len(groups)))
    cols = list(OUTLET_BASE)
    for m in ci:
        cols += [m.name, f"{m.name}_low", f"{m.name}_high"] + ([f"{m.name}_evidence"] if m.outlet == "pooled" else [])
    cols += [m.name for m in totals]
    out = pd.DataFrame(rows, columns=cols)
    for m in totals:
        out[m.name] = out[m.name].astype(_total_dtype(plan, m.column) if m.kind == "total" else "float64")
    return out
