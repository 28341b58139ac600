"""The user's loop: check the framing detectors on your own corpus, and correct their numbers.

The detectors (solidarity, violence, religion) were written for vigil coverage. On another
corpus they miss some sentences and flag others wrongly, so the share of an outlet's sentences
they flag is biased. Three steps measure and remove that bias:

1. :func:`audit` draws a stratified sample of the analysis' sentences for a person to label,
   and :func:`save_audit` writes it as a spreadsheet-safe CSV;
2. the person fills ``solidarity, violence, religion, religion_frame`` (0/1, and a frame when
   religion is 1; the coding scheme is ``seeds/LABELS.md``) and ``note``, reading ``text``.
   The columns after ``note`` (``stratum``, ``weight``, ``pred_*``) show what the detectors
   said: hide them while coding, or the labels lean towards the detectors;
3. :func:`corrected` estimates, per outlet, the share of its sentences a coder would mark:
   by default from the labels of the outlet's own cells shrunk towards the other outlets'
   (``method="composite"``), or by correcting the detector's share with the sensitivity and
   specificity pooled over outlets (``method="rogan-gladen"``); each with an interval that
   carries the labelled sample's uncertainty.

The filled sheet is also a label table for :func:`coverage.validate` once the coder's aids
are dropped: ``coverage.validate(labels_of(sheet), analysis=analysis)``.

Sampling design
---------------
*Universe*: the sentences the analysis counts (boilerplate left out, as in the metrics).
*Strata*: outlet x detector x (detector hit / no hit), a hit being ``Analysis.sentences[d] > 0``
(as :func:`coverage.validate` predicts). Empty strata are dropped.
*Allocation* (:func:`allocate`): ``n`` draws spread as evenly as possible over the strata; a
stratum smaller than its share gives all its sentences and the rest goes to the others; the
last few draws go to the largest strata (ties: stratum key order).
*Selection*: a simple random sample without replacement in each stratum, from the stratum's
own random stream ``cell_seed(seed, (outlet, detector, "hit"|"no hit"), "audit")``
(:func:`coverage.stats.cell_seed`) over its sentences sorted by ``(article_id, sentence)``: the
sample depends on the analysis, ``n``, ``seed`` and ``detectors`` only, not on the order of the
rows, the order of ``detectors`` or ``PYTHONHASHSEED``.
*Weights*: a sentence is in one stratum per detector, so with several detectors it can be drawn
more than once; it appears once, and its ``weight`` is the inverse of its inclusion probability

.. math:: \\pi = 1 - \\prod_k (1 - n_k / N_k)

over the strata ``k`` it belongs to (``N_k`` sentences, ``n_k`` drawn). With one detector that
is ``N / n`` of its stratum. The sheet holds at most ``n`` rows (fewer when draws coincide).

Estimation
----------
For detector ``d`` the labelled sentences fall into the cells ``c`` = outlet x (``d`` hit / no
hit), the detector's strata, of known size ``N_c``. In each cell ``p_c = sum(w h) / sum(w)`` is
the design-weighted share the coder marked 1 (``w`` = ``weight``, 1 when the labels have no
weight column). Post-stratified to the cell sizes and pooled over outlets::

    sensitivity = sum_{c hit} N_c p_c / sum_c N_c p_c
    specificity = sum_{c no hit} N_c (1 - p_c) / sum_c N_c (1 - p_c)

A cell without labelled sentences takes the pooled ``p`` of the labelled cells with the same
prediction (so an outlet nobody labelled is corrected with the other outlets' error rates).
``human`` is the outlet's post-stratified share ``sum N_c p_c / sum N_c`` over its labelled
cells.

Composite (the default)
~~~~~~~~~~~~~~~~~~~~~~~
The estimate is the share of the outlet's counted sentences a coder would mark, in this corpus:
the labelled sentences count as labelled, and for the ``N_c - m_c`` sentences of a cell nobody
labelled the share coded 1 is predicted (a model-based estimate of a finite population total,
Valliant, Dorfman & Royall 2000, *Finite Population Sampling and Inference: A Prediction
Approach*, Wiley; with empirical-Bayes shrinkage as in small-area estimation, Rao & Molina 2015,
*Small Area Estimation*, 2nd ed., Wiley)::

    corrected = sum_c (x_c + (N_c - m_c) p~_c) / sum_c N_c           (c: the outlet's two cells)
    p~_c = (n_c p_c + kappa P) / (n_c + kappa)

``x_c`` is the number of the cell's labelled sentences coded 1, ``m_c`` how many are labelled,
``n_c = (sum w)^2 / sum w^2`` their effective number (Kish; ``m_c`` when the weights are equal),
``P`` the share coded 1 pooled over the outlets' cells with the same prediction (post-stratified
as above), and ``kappa = (1 - rho) / rho`` from ``rho``, how much more the outlets' shares differ
than sampling explains (:func:`between_outlet_spread`, a beta-binomial moment estimator). When
the outlets differ no more than sampling explains (``rho = 0``) every cell takes ``P``; the more
they differ, the more a cell's own labels count. A cell nobody labelled takes ``P``. The
detector's errors enter through the cells: ``P`` for hit cells is the share of flagged sentences
a coder confirms, for no-hit cells the share the detector missed. Where ``raw`` and the detector
disagree with the coder alike in every outlet this is close to the Rogan-Gladen estimate; where
they do not, the outlet's own labels pull it towards the truth.

The interval is posterior predictive (the analysis' confidence, 95% by default): in each of
``n_boot`` draws, the pooled share of a prediction level is drawn from its Jeffreys posterior
``Beta(P n + 1/2, (1 - P) n + 1/2)`` (``n`` the level's effective number of labelled
sentences; ``cell_seed(seed, "\x00labelled sample", "corrected_<d>")``, shared by the outlets),
then the cell's share from ``Beta(n_c p_c + kappa P, n_c (1 - p_c) + kappa (1 - P))``, then the
number of its unlabelled sentences a coder would mark from ``Binomial(N_c - m_c, p~)`` (the
outlet's stream ``cell_seed(seed, outlet, "corrected_<d>")``). ``kappa`` is held at its
estimate. The estimand is the outlet's share in this corpus, so when every sentence is labelled
the estimate is ``human`` and the interval has no width; the interval does not include the
sampling of articles (compare outlets' raw shares with ``Analysis.outlets`` for that).

Rogan-Gladen
~~~~~~~~~~~~
The corrected share (Rogan & Gladen 1978, Am J Epidemiol 107:71-76) is::

    corrected = (raw + specificity - 1) / (sensitivity + specificity - 1), clipped to [0, 1]

undefined (NaN, with a ``note``) when ``sensitivity + specificity - 1 <= 0.05``
(:data:`MIN_YOUDEN`): the detector is then too close to chance to be inverted.

The interval is a percentile bootstrap (confidence of the analysis, 95% by default). Each
replicate resamples the labelled sentences *and* the outlet's articles, because the corrected
share inherits the uncertainty of both (Lang & Reiczigel 2014, Prev Vet Med 113:13-22:
intervals that treat sensitivity and specificity as known are too narrow):

* the labelled sentences are drawn with replacement within the detector's hit and no-hit
  strata pooled over outlets ("collapsed strata": most outlet x hit cells hold one or two
  labelled sentences, and resampling inside them would give them no variance), then the
  sensitivity and specificity are estimated as above (a cell left empty takes the pooled
  share). These draws come from ``cell_seed(seed, "\x00labelled sample", "corrected_<d>")``,
  shared by the outlets, whose corrections share the error rates;
* the outlet's articles are drawn with replacement (an outlet with one article: its
  sentences, as ``Analysis.outlets`` does), from ``cell_seed(seed, outlet, "corrected_<d>")``,
  giving a new raw share.

Replicates where the correction is undefined are left out, and the ``note`` says how many.

Which to use, and limits
------------------------
``benchmarks/corrected_estimates.py`` compares both on 77 development events and on 24 events
of the fresh sets (events as outlets, audit samples of about 8 sentences per event; README
"Corrected estimates"): the composite estimate is closer to the human shares than the raw one
for solidarity and violence (mean absolute error 0.048 -> 0.040 and 0.223 -> 0.063 on the 77
events) and about as close for religion (0.019 -> 0.021), and its 95% intervals hold the human
share for 94% to 98% of the events; Rogan-Gladen helps violence only (0.223 -> 0.144), and its
intervals hold the human share for 58% to 96%.

* Rogan-Gladen assumes that a detector errs alike in every outlet. When its sensitivity differs
  between outlets (or events), a corrected share can be further from the truth than the raw
  one, and the interval does not cover that. With two or three articles per outlet its article
  bootstrap is unstable and the interval too narrow. A low sensitivity (solidarity: about 0.4
  outside vigil coverage) inflates every error of the raw share by
  ``1 / (sensitivity + specificity - 1)``.
* The composite estimate of an outlet nobody labelled rests on the other outlets' shares of
  confirmed hits and of misses (it assumes those, not sensitivity and specificity, carry over);
  leaving the event out of the audit sample it is still closer than Rogan-Gladen for violence,
  but not for religion. ``kappa`` is estimated from the outlets at hand: with few outlets it is
  rough, and its own uncertainty is not in the interval.

Examples
--------
>>> import coverage
>>> a = coverage.analyze("seeds")
>>> sheet = audit(a, n=60, seed=1)          # 60 draws from 30 strata; 55 distinct sentences
>>> len(sheet), sheet["stratum"].str.split("; ").explode().nunique()
(55, 30)
>>> round(rogan_gladen(0.30, 0.8, 0.9), 4)
0.2857
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .errors import ParameterError
from .outputs import FORMULA_START, OutputError, atomic_write, csv_bytes
from .stats import cell_seed
from .validate import DETECTORS, validate

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis

__all__ = [
    "audit",
    "save_audit",
    "labels_of",
    "corrected",
    "allocate",
    "rogan_gladen",
    "DEFAULT_DETECTORS",
    "SHEET_COLUMNS",
    "CORRECTED_COLUMNS",
    "MIN_YOUDEN",
    "METHODS",
    "PREFIX_CHARS",
]

#: Detectors audited and corrected by default.
DEFAULT_DETECTORS: tuple[str, ...] = ("solidarity", "violence", "religion")
#: Below this Youden index (sensitivity + specificity - 1) the correction is undefined.
MIN_YOUDEN = 0.05
#: Characters of the sentence in ``text_prefix``.
PREFIX_CHARS = 30
#: Columns of the labelling sheet, in order: what the coder reads, what the coder fills, then
#: the alignment keys and the detectors' view (hide those while coding).
SHEET_COLUMNS = [
    "article_id", "outlet", "sentence", "text",
    "solidarity", "violence", "religion", "religion_frame", "note",
    "text_prefix", "text_sha1", "stratum", "weight",
    *[f"pred_{d}" for d in DETECTORS],
]
#: Columns of the sheet that :func:`coverage.validate` does not take (dropped by :func:`labels_of`).
AID_COLUMNS = ("outlet", "text", "stratum", "weight")
#: Columns of :func:`corrected`.
CORRECTED_COLUMNS = [
    "outlet", "detector", "n_sentences", "n_labelled", "raw", "sensitivity", "specificity",
    "corrected", "corrected_low", "corrected_high", "human", "note",
]
#: Estimators of :func:`corrected` (the first is the default).
METHODS: tuple[str, ...] = ("composite", "rogan-gladen")
_TINY = 1e-12  # floor of a beta parameter (numpy needs > 0; a pooled share drawn as 0.0 would give 0)
_LABELS_KEY = "\x00labelled sample"  # a group name no outlet can have (control characters are removed)


# ---------------------------------------------------------------------------
# parameters


def _check_detectors(detectors: Any) -> tuple[str, ...]:
    if detectors is None:
        return DEFAULT_DETECTORS
    if isinstance(detectors, str):
        detectors = (detectors,)
    try:
        dets = tuple(detectors)
    except TypeError:
        raise ParameterError(
            f"detectors must be a list of detector names, e.g. {list(DEFAULT_DETECTORS)}, not {detectors!r}"
        ) from None
    if not dets:
        raise ParameterError(f"detectors is empty; give at least one of {list(DETECTORS)}")
    for d in dets:
        if d not in DETECTORS:
            raise ParameterError(f"unknown detector {d!r}; detectors must be among {list(DETECTORS)}")
    if len(set(dets)) != len(dets):
        raise ParameterError(f"detectors {list(dets)} names a detector twice; name each once")
    return dets


def _check_int(value: Any, name: str, minimum: int, example: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < minimum:
        raise ParameterError(f"{name} must be an integer >= {minimum}, e.g. {name}={example}, not {value!r}")
    return int(value)


def _check_analysis(analysis: Any) -> None:
    if not hasattr(analysis, "sentences") or not hasattr(analysis, "counted_mask"):
        raise ParameterError(
            f"analysis must be a coverage.Analysis (coverage.analyze(corpus)), not {type(analysis).__name__}"
        )
    missing = [c for c in ["article_id", "outlet", "sentence", "text", *DETECTORS]
               if c not in analysis.sentences.columns]
    if missing:
        raise ParameterError(
            f"the analysis has no {missing} sentence column(s): audit and corrected need the built-in framing "
            "and religion families (coverage.analyze(corpus) with the default families)"
        )


# ---------------------------------------------------------------------------
# pure helpers


def allocate(sizes: Sequence[int], n: int) -> list[int]:
    """Spread ``n`` draws as evenly as possible over strata of the given sizes.

    Every stratum gets ``min(size, t)`` for the largest level ``t`` that fits into ``n``; the
    ``r < (strata still open)`` draws left over go one each to the largest open strata (ties:
    the earlier stratum). ``n`` at least the total gives every sentence.

    Parameters
    ----------
    sizes : sequence of int
        Stratum sizes, in stratum key order.
    n : int
        Draws to allocate.

    Returns
    -------
    list of int
        Draws per stratum, never more than its size; they sum to ``min(n, sum(sizes))``.

    Examples
    --------
    >>> allocate([1, 5, 10], 9)
    [1, 4, 4]
    >>> allocate([1, 5, 10], 10)
    [1, 4, 5]
    >>> allocate([3, 3], 100)
    [3, 3]
    """
    size = np.asarray(sizes, dtype=np.int64)
    if size.size == 0:
        return []
    if n >= int(size.sum()):
        return [int(s) for s in size]
    lo, hi = 0, int(size.max())  # largest t with sum(min(size, t)) <= n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if int(np.minimum(size, mid).sum()) <= n:
            lo = mid
        else:
            hi = mid - 1
    alloc = np.minimum(size, lo)
    rest = n - int(alloc.sum())
    open_ = [i for i in range(size.size) if size[i] > lo]
    for i in sorted(open_, key=lambda i: (-int(size[i]), i))[:rest]:
        alloc[i] += 1
    return [int(a) for a in alloc]


def rogan_gladen(raw: Any, sensitivity: Any, specificity: Any, *, min_youden: float = MIN_YOUDEN) -> Any:
    """Rogan-Gladen corrected prevalence ``(raw + spec - 1) / (sens + spec - 1)``, clipped to [0, 1].

    Rogan & Gladen (1978), "Estimating prevalence from the results of a screening test",
    Am J Epidemiol 107:71-76. NaN where ``sens + spec - 1 <= min_youden`` (the detector is too
    close to chance to be inverted) or where an input is NaN.

    Parameters
    ----------
    raw, sensitivity, specificity : float or array
        The detector's share of flagged sentences and its error rates (broadcast together).
    min_youden : float, default :data:`MIN_YOUDEN`

    Returns
    -------
    float or ndarray

    Examples
    --------
    >>> rogan_gladen(0.30, 0.8, 0.9)
    0.2857142857142856
    >>> rogan_gladen(0.05, 0.8, 0.9), rogan_gladen(0.95, 0.8, 0.9)   # clipped
    (0.0, 1.0)
    >>> rogan_gladen(0.30, 0.5, 0.52)   # Youden index 0.02: undefined
    nan
    """
    r, se, sp = np.broadcast_arrays(np.asarray(raw, dtype=float), np.asarray(sensitivity, dtype=float),
                                    np.asarray(specificity, dtype=float))
    j = se + sp - 1.0
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.clip((r + sp - 1.0) / j, 0.0, 1.0)
    # 0.55 + 0.50 - 1 is 0.05000000000000004 in floating point: a Youden index that equals the
    # threshold up to rounding counts as at the threshold. NaN inputs make j NaN (NaN > x is False).
    out = np.where(j > min_youden + 1e-12, out, np.nan)
    return float(out) if out.ndim == 0 else out


def _hit_name(hit: bool) -> str:
    return "hit" if hit else "no hit"


def _stratum_label(outlet: str, detector: str, hit: bool) -> str:
    return f"{outlet} | {detector} {_hit_name(hit)}"


def _universe(analysis: Analysis) -> pd.DataFrame:
    """The counted sentences, sorted by (outlet, article_id, sentence), with ``pred_<d>`` 0/1 columns."""
    _check_analysis(analysis)
    s = analysis.sentences
    mask = np.asarray(analysis.counted_mask(s), dtype=bool)
    u = s.loc[mask, ["article_id", "outlet", "sentence", "text", *DETECTORS]]
    u = pd.DataFrame({
        "article_id": u["article_id"].astype(str).to_numpy(dtype=object),
        "outlet": u["outlet"].astype(str).to_numpy(dtype=object),
        "sentence": u["sentence"].to_numpy(dtype="int64"),
        "text": u["text"].astype(str).to_numpy(dtype=object),
        **{f"pred_{d}": (pd.to_numeric(u[d]).to_numpy(dtype=float) > 0).astype("int64") for d in DETECTORS},
    })
    return u.sort_values(["outlet", "article_id", "sentence"], kind="stable").reset_index(drop=True)


def _strata(universe: pd.DataFrame, detectors: Sequence[str]) -> list[tuple[tuple[str, str, str], np.ndarray]]:
    """Non-empty strata ``((outlet, detector, "hit"|"no hit"), positions)`` in key order (hit first)."""
    out = []
    outlets = universe["outlet"].to_numpy()
    for outlet in sorted(set(outlets)):
        in_outlet = outlets == outlet
        for d in sorted(detectors):
            pred = universe[f"pred_{d}"].to_numpy()
            for hit in (True, False):
                pos = np.flatnonzero(in_outlet & (pred == int(hit)))
                if pos.size:
                    out.append(((outlet, d, _hit_name(hit)), pos))
    return out


def _prefix(text: str) -> str:
    # a spreadsheet-safe CSV would put ' before such a prefix and break the alignment check;
    # text_sha1 aligns these sentences instead
    return "" if text.startswith(FORMULA_START) else text[:PREFIX_CHARS]


def _sha1(text: str) -> str:
    from .validate import sentence_sha1

    return sentence_sha1(text)


# ---------------------------------------------------------------------------
# the sample


def audit(
    analysis: Analysis,
    n: int = 200,
    *,
    seed: int = 0,
    detectors: Sequence[str] | None = DEFAULT_DETECTORS,
) -> pd.DataFrame:
    """A stratified sample of sentences for a person to label (the labelling sheet).

    Strata are outlet x detector x (hit / no hit) over the sentences the analysis counts;
    see the module docstring for the allocation, the random streams and the weights.

    Parameters
    ----------
    analysis : Analysis
        The analysis whose numbers are to be checked.
    n : int, default 200
        Draws (the sheet has at most ``n`` rows: a sentence drawn by several strata appears
        once). At least the number of non-empty strata, so that every stratum is represented.
    seed : int, default 0
        Same analysis, ``n``, ``seed`` and ``detectors``: same rows, whatever the row order.
    detectors : sequence of str, default ("solidarity", "violence", "religion")
        The detectors whose hits define the strata (None: the default).

    Returns
    -------
    DataFrame
        :data:`SHEET_COLUMNS`, one row per drawn sentence, sorted by outlet, article and
        sentence: ``article_id, outlet, sentence`` (index of the sentence in its article),
        ``text`` (the sentence); empty ``solidarity, violence, religion, religion_frame, note``
        for the coder; ``text_prefix`` (first 30 characters; empty when the sentence starts
        with ``= + - @``, which a spreadsheet-safe CSV would quote) and ``text_sha1``, the
        alignment keys of :func:`coverage.validate`; ``stratum`` (the strata that drew it,
        ``"outlet | detector hit"``, ``"; "``-separated); ``weight`` (inverse inclusion
        probability); ``pred_solidarity, pred_violence, pred_religion`` (0/1).

    Raises
    ------
    ParameterError
        Bad ``n``, ``seed`` or ``detectors``; no counted sentence; ``n`` below the number of
        non-empty strata.

    Examples
    --------
    >>> import coverage
    >>> a = coverage.analyze("seeds")
    >>> sheet = audit(a, n=40, detectors=["religion"])
    >>> sheet.groupby("stratum").agg(rows=("weight", "size"), weight=("weight", "first")).head(4)
    ... # doctest: +NORMALIZE_WHITESPACE
                                        rows  weight
    stratum
    Evening Standard | religion hit        1     1.0
    Evening Standard | religion no hit     5     5.6
    Sky News | religion hit                5     1.4
    Sky News | religion no hit             5     5.2

    Evening Standard has one religious sentence (drawn: weight 1) and 28 others (5 drawn:
    weight 28 / 5).
    """
    n = _check_int(n, "n", 1, 200)
    seed = _check_int(seed, "seed", 0, 0)
    dets = _check_detectors(detectors)
    uni = _universe(analysis)
    if uni.empty:
        raise ParameterError("the analysis counts no sentence (all are boilerplate?); there is nothing to audit")
    strata = _strata(uni, dets)
    if n < len(strata):
        n_out = uni["outlet"].nunique()
        raise ParameterError(
            f"n={n} cannot represent the {len(strata)} non-empty strata ({n_out} outlets x {len(dets)} detectors "
            f"x hit / no hit); use n >= {len(strata)}, or fewer detectors"
        )
    alloc = allocate([len(pos) for _, pos in strata], n)
    sizes = {key: (len(pos), k) for (key, pos), k in zip(strata, alloc, strict=True)}
    drawn: dict[int, list[str]] = {}
    for (key, pos), k in zip(strata, alloc, strict=True):
        rng = np.random.default_rng(cell_seed(seed, key, "audit"))
        for i in np.sort(pos[rng.choice(len(pos), size=k, replace=False)]):
            drawn.setdefault(int(i), []).append(_stratum_label(key[0], key[1], key[2] == "hit"))
    rows = sorted(drawn)
    sheet = uni.iloc[rows].reset_index(drop=True)
    weights = []
    for r in sheet.to_dict("records"):
        miss = Fraction(1)
        for d in dets:
            big_n, small_n = sizes[(r["outlet"], d, _hit_name(bool(r[f"pred_{d}"])))]
            miss *= Fraction(big_n - small_n, big_n)
        weights.append(float(1 / (1 - miss)))
    texts = sheet["text"].tolist()
    out = pd.DataFrame({
        "article_id": sheet["article_id"].to_numpy(dtype=object),
        "outlet": sheet["outlet"].to_numpy(dtype=object),
        "sentence": sheet["sentence"].to_numpy(dtype="int64"),
        "text": np.array(texts, dtype=object),
        **{c: np.array([""] * len(sheet), dtype=object)
           for c in ["solidarity", "violence", "religion", "religion_frame", "note"]},
        "text_prefix": np.array([_prefix(t) for t in texts], dtype=object),
        "text_sha1": np.array([_sha1(t) for t in texts], dtype=object),
        "stratum": np.array(["; ".join(drawn[i]) for i in rows], dtype=object),
        "weight": np.array(weights, dtype="float64"),
        **{f"pred_{d}": sheet[f"pred_{d}"].to_numpy(dtype="int64") for d in DETECTORS},
    })
    return out[SHEET_COLUMNS]


def save_audit(sheet: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write the labelling sheet as a spreadsheet-safe UTF-8 CSV, atomically, never over a file.

    Text cells that start with ``= + - @``, a tab or a carriage return get a leading ``'``
    (:func:`coverage.outputs.csv_bytes`), so no spreadsheet runs them; NUL characters are
    removed. The bytes go to a temporary file in the same folder, flushed, and are then
    linked to ``path`` only if no file of that name exists (a file created meanwhile is not
    replaced either). An existing ``path`` is never overwritten, since it may hold labels: the
    call fails unless it holds exactly these bytes already (then nothing is written).

    Parameters
    ----------
    sheet : DataFrame
        What :func:`audit` returned (possibly with some labels filled in).
    path : path
        The CSV file to create; its folder must exist.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    ParameterError
        ``sheet`` is not an audit sheet.
    OutputError
        ``path`` exists with other contents, is a folder or a link, or its folder does not exist.
    WriteError
        The disk is full (or the write failed otherwise); nothing is left behind.

    Examples
    --------
    >>> import tempfile, pathlib, coverage
    >>> sheet = audit(coverage.analyze("seeds"), n=40, detectors=["religion"])
    >>> p = save_audit(sheet, pathlib.Path(tempfile.mkdtemp()) / "audit.csv")
    >>> p.read_text(encoding="utf-8").splitlines()[0][:60]
    'article_id,outlet,sentence,text,solidarity,violence,religion'
    """
    if not isinstance(sheet, pd.DataFrame):
        raise ParameterError(f"sheet must be the DataFrame audit() returned, not {type(sheet).__name__}")
    missing = [c for c in ["article_id", "sentence", "weight", *DETECTORS, "religion_frame"] if c not in sheet.columns]
    if missing:
        raise ParameterError(f"sheet has no {missing} column(s); pass the table audit() returned")
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: the folder {folder} does not exist; create it first or choose another path")
    data = csv_bytes(sheet)
    if os.path.lexists(path):
        if path.is_symlink() or not path.is_file():
            raise OutputError(f"{path}: is a link or not a regular file; choose a new file name")
        try:
            same = path.read_bytes() == data
        except OSError:
            same = False
        if same:
            return path
        raise OutputError(_exists(path))
    tmp = path.with_name(f".{path.name}.media-coverage-part-{os.getpid()}-{secrets.token_hex(4)}")
    atomic_write(tmp, data)
    try:
        try:
            os.link(tmp, path)  # fails if path exists: never replaces a file, even one created meanwhile
        except FileExistsError:
            raise OutputError(_exists(path)) from None
        except OSError as exc:  # a file system without hard links
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV,
                                 errno.EACCES, errno.ENOSYS):
                raise
            if os.path.lexists(path):
                raise OutputError(_exists(path)) from None
            os.replace(tmp, path)
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass
    return path


def _exists(path: Path) -> str:
    return (f"{path}: exists and is not overwritten (it may hold your labels); choose another file name, "
            "or move the file away first")


# ---------------------------------------------------------------------------
# the labels


def _read_sheet(labels: Any) -> tuple[pd.DataFrame, str | None]:
    if isinstance(labels, pd.DataFrame):
        return labels.copy(), None
    if isinstance(labels, str | os.PathLike):
        path = os.fspath(labels)
        if not os.path.isfile(path):
            raise ParameterError(f"label file {path!r} does not exist; pass the filled audit CSV or a DataFrame")
        try:
            df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise ParameterError(f"{path}: is not UTF-8 text; save it as 'CSV UTF-8' from the spreadsheet") from None
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
            raise ParameterError(f"{path}: cannot be read as CSV ({exc}); save it again as CSV with a header row") from None
        return df, path
    raise ParameterError(f"labels must be a DataFrame or a CSV path, not {type(labels).__name__}")


def _unquote(value: Any) -> Any:
    """Undo the spreadsheet quoting of :func:`coverage.outputs.spreadsheet_safe` on an id."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def labels_of(sheet: pd.DataFrame | str | os.PathLike[str]) -> pd.DataFrame:
    """The label table of a filled sheet, as :func:`coverage.validate` takes it.

    Drops the coder's aids (``outlet, text, stratum, weight, pred_*``), keeps every other
    column (an unknown one is then named by :func:`coverage.validate.load_labels`), and undoes
    the spreadsheet quoting of article ids (``'-12`` back to ``-12``).

    Parameters
    ----------
    sheet : DataFrame or path
        A filled sheet (:func:`audit`, :func:`save_audit`); a CSV may have a UTF-8 BOM.

    Returns
    -------
    DataFrame

    Examples
    --------
    >>> import coverage
    >>> a = coverage.analyze("seeds")
    >>> sheet = audit(a, n=40, detectors=["religion"])
    >>> sheet[["solidarity", "violence"]] = 0
    >>> sheet["religion"] = sheet["pred_religion"]
    >>> sheet["religion_frame"] = sheet["religion"].map({1: "neutral", 0: ""})
    >>> list(labels_of(sheet).columns)
    ['article_id', 'sentence', 'solidarity', 'violence', 'religion', 'religion_frame', 'note', 'text_prefix', 'text_sha1']
    >>> coverage.validate(labels_of(sheet), analysis=a).scores.loc[2, ["detector", "n", "f1"]].to_dict()
    {'detector': 'religion', 'n': 40, 'f1': 1.0}
    """
    df, _ = _read_sheet(sheet)
    keep = [c for c in df.columns if not (str(c) in AID_COLUMNS or str(c).startswith("pred_"))]
    out = df[keep].copy()
    if "article_id" in out.columns:
        out["article_id"] = out["article_id"].map(_unquote)
    return out


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _where(i: int) -> str:
    return f"label row {i} (CSV line {i + 2})"


def _weights(df: pd.DataFrame, source: str | None) -> np.ndarray:
    if "weight" not in df.columns:
        return np.ones(len(df))
    out = np.empty(len(df))
    for i, v in enumerate(df["weight"].tolist()):
        try:
            w = float(str(v).strip()) if isinstance(v, str) else float(v)
        except (TypeError, ValueError):
            w = float("nan")
        if not np.isfinite(w) or w <= 0:
            raise ParameterError(
                f"{source + ': ' if source else ''}{_where(i)}: weight must be a positive number (the sheet's inverse inclusion probability), "
                f"got {v!r}; restore the value audit() wrote, or drop the weight column to weigh every row alike"
            )
        out[i] = w
    return out


def _labelled(analysis: Analysis, labels: Any) -> pd.DataFrame:
    """The labelled sentences aligned with the analysis: validate's table plus ``weight``."""
    df, source = _read_sheet(labels)
    if all(c in df.columns for c in DETECTORS):
        empty = [i for i, row in enumerate(df[list(DETECTORS)].itertuples(index=False)) if all(map(_blank, row))]
        if empty:
            shown = ", ".join(str(i + 2) for i in empty[:5]) + (f" and {len(empty) - 5} more" if len(empty) > 5 else "")
            raise ParameterError(
                f"{source or 'labels'}: {len(empty)} row(s) are not labelled yet (solidarity, violence and "
                f"religion empty; CSV lines {shown}); label them, or delete those rows to correct from the "
                "labelled ones"
            )
    weights = _weights(df, source)
    try:
        table = validate(labels_of(df), analysis=analysis).table
    except ParameterError as exc:
        if source is None:
            raise
        raise ParameterError(f"{source}: {exc}") from None
    table = table.assign(weight=weights)
    return table


# ---------------------------------------------------------------------------
# the correction


def _sens_spec(p: np.ndarray, big_n: np.ndarray, hit: np.ndarray) -> tuple[Any, Any]:
    """Post-stratified sensitivity and specificity from the cells' human-positive shares ``p`` (..., C).

    ``p`` is NaN in a cell without labelled sentences: it takes the pooled share of the labelled
    cells with the same prediction (NaN when there is none).
    """
    known = ~np.isnan(p) & (big_n > 0)
    for level in (True, False):
        sel = known & (hit == level)
        num = np.where(sel, np.nan_to_num(p) * big_n, 0.0).sum(axis=-1)
        den = np.where(sel, big_n, 0.0).sum(axis=-1)
        with np.errstate(invalid="ignore", divide="ignore"):
            pooled = np.asarray(num / den)
        p = np.where(~known & (hit == level), pooled[..., None], p)
    p = np.where(big_n > 0, p, 0.0)
    pos, neg = big_n * p, big_n * (1.0 - p)
    tp, fn = pos[..., hit].sum(axis=-1), pos[..., ~hit].sum(axis=-1)
    tn, fp = neg[..., ~hit].sum(axis=-1), neg[..., hit].sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return tp / (tp + fn), tn / (tn + fp)


class _Cells:
    """One detector's cells (outlet x no hit / hit: cell ``2 o + pred``) and the labelled sentences in them.

    ``lcell, h, w``: each labelled sentence's cell (non-decreasing), human label (0/1) and design weight.
    """

    def __init__(self, big_n: np.ndarray, lcell: np.ndarray, h: np.ndarray, w: np.ndarray, hit: np.ndarray):
        n = big_n.size
        self.big_n, self.lcell, self.h, self.w, self.hit = big_n, lcell, h, w, hit
        self.m = np.bincount(lcell, minlength=n)  # labelled sentences per cell
        self.known = self.m > 0
        self.pos = np.bincount(lcell, h, minlength=n)  # of them coded 1
        sw = np.bincount(lcell, w, minlength=n)
        with np.errstate(invalid="ignore", divide="ignore"):
            self.p = np.bincount(lcell, w * h, minlength=n) / sw  # design-weighted share coded 1 (NaN: none)
            # Kish's effective sample size of a cell's weighted share: n when the weights are equal
            self.n_eff = np.where(self.known, sw ** 2 / np.bincount(lcell, w * w, minlength=n), 0.0)

    def rate_replicates(self, seed: int, detector: str, n_boot: int) -> tuple[np.ndarray, np.ndarray]:
        """Bootstrap sensitivity and specificity: the labelled sentences resampled within the detector's hit and
        no-hit strata pooled over outlets (Rogan-Gladen)."""
        rng = np.random.default_rng(cell_seed(seed, _LABELS_KEY, f"corrected_{detector}"))
        # resampled within the detector's hit / no hit strata pooled over outlets ("collapsed strata"):
        # most outlet x hit cells hold one or two labelled sentences, and resampling within them
        # would give them no (or half their) variance
        num_b = np.zeros((n_boot, self.big_n.size))
        den_b = np.zeros((n_boot, self.big_n.size))
        lpred, lcell, w, h = self.lcell % 2, self.lcell, self.w, self.h
        for level in (1, 0):
            idx = np.flatnonzero(lpred == level)
            if idx.size == 0:
                continue
            counts = rng.multinomial(idx.size, np.full(idx.size, 1.0 / idx.size), size=n_boot)
            cells_l = lcell[idx]  # non-decreasing: rows are sorted by outlet
            starts = np.flatnonzero(np.r_[True, cells_l[1:] != cells_l[:-1]])
            num_b[:, cells_l[starts]] = np.add.reduceat(counts * (w[idx] * h[idx]), starts, axis=1)
            den_b[:, cells_l[starts]] = np.add.reduceat(counts * w[idx], starts, axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            p_boot = num_b / den_b
        return _sens_spec(p_boot, self.big_n, self.hit)

    def prior(self, seed: int, detector: str, n_boot: int) -> dict[int, tuple[float, float, np.ndarray]]:
        """Per prediction level (1 hit, 0 no hit) with labelled sentences: the pooled share coded 1, the
        between-outlet concentration and ``n_boot`` draws of the pooled share (composite)."""
        rng = np.random.default_rng(cell_seed(seed, _LABELS_KEY, f"corrected_{detector}"))
        out = {}
        for level in (1, 0):
            sel = self.known & (self.hit == bool(level)) & (self.big_n > 0)
            if not sel.any():
                continue
            pooled = float((self.big_n[sel] * self.p[sel]).sum() / self.big_n[sel].sum())  # post-stratified
            n_eff = self.n_eff[sel]
            rho = between_outlet_spread(n_eff * self.p[sel], n_eff)
            kappa = np.inf if rho <= 0 else (1.0 - rho) / rho
            # the pooled share's uncertainty: its posterior under a Jeffreys prior, from the effective sample
            draws = rng.beta(pooled * n_eff.sum() + 0.5, (1.0 - pooled) * n_eff.sum() + 0.5, size=n_boot)
            out[level] = (pooled, kappa, draws)
        return out


def between_outlet_spread(x: Any, m: Any) -> float:
    """Intraclass correlation ``rho`` of outlets' shares ``x / m``: how much more they differ than sampling explains.

    A moment estimator for beta-binomial counts with unequal sizes (after Kleinman 1973, "Proportions with
    extraneous variance", JASA 68:46-54): with ``k`` outlets, ``M = sum m`` and the pooled share
    ``P = sum x / M``, the weighted sum of squares ``S = sum m (x / m - P)^2`` has expectation
    ``P (1 - P) [(k - 1) + rho (M - sum m^2 / M - (k - 1))]``; solved for ``rho`` and clipped to
    ``[0, 0.99]``. 0 when there are fewer than two outlets, ``P`` is 0 or 1, or the outlets differ no
    more than binomial sampling would make them.

    Examples
    --------
    >>> between_outlet_spread([5, 5, 5, 5], [10, 10, 10, 10])      # identical shares
    0.0
    >>> round(between_outlet_spread([0, 10, 0, 10], [10, 10, 10, 10]), 3)   # all or nothing
    0.99
    >>> round(between_outlet_spread([2, 8, 3, 7], [10, 10, 10, 10]), 3)   # (10 x 0.26 / 0.25 - 3) / (40 - 10 - 3)
    0.274
    """
    x, m = np.asarray(x, dtype=float), np.asarray(m, dtype=float)
    keep = m > 0
    x, m = x[keep], m[keep]
    k, total = m.size, float(m.sum())
    if k < 2 or total <= 0:
        return 0.0
    pooled = float(x.sum()) / total
    if pooled <= 0.0 or pooled >= 1.0:
        return 0.0
    ss = float((m * (x / m - pooled) ** 2).sum())
    room = total - float((m * m).sum()) / total - (k - 1)
    if room <= 0:
        return 0.0
    rho = (ss / (pooled * (1.0 - pooled)) - (k - 1)) / room
    return float(min(max(rho, 0.0), 0.99))


def _rogan_gladen_outlet(raw: float, sens: float, spec: float, rates_b: tuple[np.ndarray, np.ndarray], unknown: str,
                         raw_b: np.ndarray, q: list[float]) -> tuple[float, float, float, list[str]]:
    """One outlet's Rogan-Gladen share, interval and notes; ``raw_b`` its bootstrap raw shares."""
    est = rogan_gladen(raw, sens, spec)
    est_b = rogan_gladen(raw_b, *rates_b)
    ok = ~np.isnan(est_b)
    n_boot = raw_b.size
    notes = []
    if unknown:
        notes.append(unknown)
    elif np.isnan(est):
        notes.append(f"undefined: sensitivity + specificity - 1 = {_fmt(sens + spec - 1)} <= {MIN_YOUDEN}, "
                     "the detector is too close to chance on the labelled sentences to be corrected")
    else:
        if raw + spec - 1 < 0:
            notes.append(f"clipped to 0: raw {_fmt(raw)} is below the false-positive rate "
                         f"1 - specificity = {_fmt(1 - spec)}")
        elif raw > sens:
            notes.append(f"clipped to 1: raw {_fmt(raw)} is above the sensitivity {_fmt(sens)}")
    if not np.isnan(est) and not ok.all():
        notes.append(f"the correction is undefined in {int((~ok).sum())} of {n_boot} bootstrap replicates, "
                     "left out of the interval")
    if np.isnan(est) or not ok.any():
        return est, np.nan, np.nan, notes
    low, high = (float(x) for x in np.quantile(est_b[ok], q))
    return est, low, high, notes


def _composite_outlet(cells: _Cells, k: int, detector: str, prior: dict[int, tuple[float, float, np.ndarray]],
                      n_boot: int, rng: np.random.Generator, q: list[float]) -> tuple[float, float, float, list[str]]:
    """Outlet ``k``'s composite share, interval and notes (formulas: the module docstring)."""
    total, total_b = 0.0, np.zeros(n_boot)
    n_outlet = unlabelled = 0.0
    for c in (2 * k, 2 * k + 1):  # no hit, hit
        n_c = cells.big_n[c]
        n_outlet += n_c
        if n_c == 0:
            continue
        level = c % 2
        if level not in prior:
            what = "flags" if level else "does not flag"
            return np.nan, np.nan, np.nan, [f"no labelled sentence is one the {detector} detector {what}: the share of "
                                            "such sentences a coder marks is unknown; label sentences from "
                                            "audit(analysis)"]
        pooled, kappa, pooled_b = prior[level]
        m, n_eff, pos = int(cells.m[c]), float(cells.n_eff[c]), float(cells.pos[c])
        own = float(cells.p[c]) if m else 0.0
        rest = int(n_c) - m  # sentences of the cell nobody labelled
        unlabelled += rest
        if np.isinf(kappa):  # outlets differ no more than sampling explains: the pooled share
            share, share_b = pooled, pooled_b
        elif m == 0:  # nobody labelled the cell: an outlet drawn from the spread around the pooled share
            share, share_b = pooled, rng.beta(np.maximum(kappa * pooled_b, _TINY),
                                              np.maximum(kappa * (1.0 - pooled_b), _TINY))
        else:  # the cell's own labels, shrunk towards the pooled share
            share = (n_eff * own + kappa * pooled) / (n_eff + kappa)
            share_b = rng.beta(np.maximum(n_eff * own + kappa * pooled_b, _TINY),
                               np.maximum(n_eff * (1.0 - own) + kappa * (1.0 - pooled_b), _TINY))
        total += pos + rest * share
        total_b += pos + rng.binomial(rest, np.clip(share_b, 0.0, 1.0))
    est = total / n_outlet
    low, high = (float(x) for x in np.quantile(total_b / n_outlet, q))
    return float(est), low, high, [] if unlabelled else ["every sentence of this outlet is labelled: the estimate is "
                                                         "the coders' share"]


def _raw_replicates(hits: np.ndarray, sizes: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Bootstrap raw shares: articles resampled (one article: its sentences)."""
    if hits.size == 1:
        return rng.binomial(int(sizes[0]), hits[0] / sizes[0], size=n_boot) / sizes[0]
    counts = rng.multinomial(hits.size, np.full(hits.size, 1.0 / hits.size), size=n_boot)
    return (counts @ hits) / (counts @ sizes)


def _unknown_reason(detector: str, big_n: np.ndarray, hit: np.ndarray, known: np.ndarray, sens: float,
                    spec: float) -> str:
    """Why sensitivity or specificity cannot be estimated ("" when both can)."""
    for level, what in ((True, "flags"), (False, "does not flag")):
        if big_n[hit == level].sum() > 0 and not known[hit == level].any():
            return (f"no labelled sentence is one the {detector} detector {what}: sensitivity and specificity need "
                    "both kinds; label sentences from audit(analysis)")
    if np.isnan(sens):
        return f"no labelled sentence is coded {detector}=1: the sensitivity is unknown; label more sentences"
    if np.isnan(spec):
        return f"every labelled sentence is coded {detector}=1: the specificity is unknown; label more sentences"
    return ""


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def corrected(
    analysis: Analysis,
    labels: pd.DataFrame | str | os.PathLike[str],
    *,
    n_boot: int = 2000,
    seed: int = 0,
    detectors: Sequence[str] | None = DEFAULT_DETECTORS,
    method: str = "composite",
) -> pd.DataFrame:
    """Each outlet's share of sentences a coder would mark, corrected for the detectors' errors.

    ``method="composite"`` (default) predicts, in each outlet x hit / no hit cell, how many of the
    sentences nobody labelled a coder would mark: from the cell's own labels shrunk towards the share
    pooled over outlets, as far as the outlets' shares differ (empirical Bayes, beta-binomial); the
    labelled sentences count as labelled. The interval is the posterior predictive one: the pooled
    share, the outlet's own share and the unlabelled sentences' labels are drawn in turn.
    ``method="rogan-gladen"`` estimates sensitivity and specificity (design-weighted,
    post-stratified, pooled over outlets) and corrects every outlet's raw share with Rogan &
    Gladen (1978); its interval resamples both the labels and the outlet's articles (Lang &
    Reiczigel 2014). Formulas, and which to use: the module docstring.

    Parameters
    ----------
    analysis : Analysis
        The analysis the labels were drawn from (or any analysis of the same texts).
    labels : DataFrame or CSV path
        A filled sheet (:func:`audit`), or any label table :func:`coverage.validate` takes
        (then every labelled sentence weighs 1, i.e. the labels are taken as a random sample
        within each outlet x hit / no hit cell). Every row must be labelled; sentences must
        match the analysis (``text_prefix``/``text_sha1``); errors name the row. Labelled
        sentences that the analysis does not count (boilerplate) are ignored.
    n_boot : int, default 2000
        Bootstrap replicates.
    seed : int, default 0
    detectors : sequence of str, default ("solidarity", "violence", "religion")
        None: the default.
    method : {"composite", "rogan-gladen"}, default "composite"
        The estimator (:data:`METHODS`).

    Returns
    -------
    DataFrame
        :data:`CORRECTED_COLUMNS`, one row per outlet and detector (outlets sorted):
        ``n_sentences`` (counted sentences), ``n_labelled`` (of them labelled), ``raw`` (share
        the detector flags), ``sensitivity, specificity`` (pooled), ``corrected`` with
        ``corrected_low, corrected_high``, ``human`` (the outlet's design-weighted share coded
        1 by the coder; NaN when none of its sentences is labelled) and ``note`` (why a value
        is NaN or clipped, "" otherwise).

    Raises
    ------
    ParameterError
        Bad parameters or labels (see :func:`coverage.validate.load_labels`), unlabelled rows,
        a labelled sentence that is not in the analysis or does not match it.

    Examples
    --------
    >>> import coverage
    >>> a = coverage.analyze("seeds")
    >>> sheet = audit(a, n=40, seed=1, detectors=["violence"])      # 8 sentences per outlet
    >>> coded = pd.read_csv("seeds/labels.csv").set_index(["article_id", "sentence"])   # a coder's labels
    >>> for c in ["solidarity", "violence", "religion", "religion_frame"]:
    ...     sheet[c] = [coded.at[k, c] for k in zip(sheet["article_id"], sheet["sentence"])]
    >>> out = corrected(a, sheet, n_boot=200, detectors=["violence"])
    >>> rg = corrected(a, sheet, n_boot=200, detectors=["violence"], method="rogan-gladen")
    >>> truth = corrected(a, "seeds/labels.csv", detectors=["violence"])["human"]   # every sentence coded
    >>> print(out[["outlet", "raw", "corrected", "corrected_low", "corrected_high"]].assign(
    ...     rogan_gladen=rg["corrected"], truth=truth).round(2).to_string())
                             outlet   raw  corrected  corrected_low  corrected_high  rogan_gladen  truth
    0              Evening Standard  0.59       0.62           0.55            0.69          0.67   0.62
    1                      Sky News  0.48       0.56           0.48            0.70          0.56   0.61
    2                       Unknown  0.52       0.56           0.48            0.64          0.60   0.60
    3  Unknown (Oxford local paper)  0.32       0.38           0.32            0.53          0.36   0.37
    4                 getwestlondon  0.33       0.43           0.33            0.57          0.38   0.40

    When every sentence is labelled (``seeds/labels.csv``), the composite estimate is ``human``,
    each outlet's true share, with an interval of no width; Rogan-Gladen still corrects the raw
    share with the pooled error rates (Evening Standard 0.681 against its true 0.621: the pooled
    sensitivity, 0.861, is lower than its own, 0.552 / 0.621 = 0.89).
    """
    dets = _check_detectors(detectors)
    if method not in METHODS:
        raise ParameterError(f"method must be one of {list(METHODS)}, not {method!r}")
    n_boot = _check_int(n_boot, "n_boot", 1, 2000)
    seed = _check_int(seed, "seed", 0, 0)
    uni = _universe(analysis)
    if uni.empty:
        raise ParameterError("the analysis counts no sentence (all are boilerplate?); there is nothing to correct")
    table = _labelled(analysis, labels)
    where = {k: i for i, k in enumerate(zip(uni["article_id"], uni["sentence"], strict=True))}
    pos = np.array([where.get((str(a), int(s)), -1) for a, s in zip(table["article_id"], table["sentence"],
                                                                    strict=True)], dtype=np.int64)
    table = table.assign(_pos=pos)[pos >= 0].sort_values("_pos", kind="stable")
    if table.empty:
        raise ParameterError("none of the labelled sentences is counted by the analysis (they are boilerplate); "
                             "label sentences from audit(analysis)")
    confidence = float(analysis.params.get("confidence", 0.95)) if hasattr(analysis, "params") else 0.95
    q = [(1 - confidence) / 2, (1 + confidence) / 2]

    outlets = sorted(set(uni["outlet"]))
    o_code = {o: k for k, o in enumerate(outlets)}
    uo = np.array([o_code[o] for o in uni["outlet"]], dtype=np.int64)
    lpos = table["_pos"].to_numpy()
    lo = uo[lpos]
    w = table["weight"].to_numpy(dtype=float)
    n_cells = 2 * len(outlets)
    hit = np.tile([False, True], len(outlets))  # cell 2 o + pred
    n_lab_outlet = np.bincount(lo, minlength=len(outlets))
    n_outlet = np.bincount(uo, minlength=len(outlets))
    art = uni.groupby(["outlet", "article_id"], sort=True)
    art_n = art.size()
    art_rows: dict[Any, list[int]] = {}  # each outlet's articles: positions in art_n (one .loc per outlet is slow)
    for j, o in enumerate(art_n.index.get_level_values(0)):
        art_rows.setdefault(o, []).append(j)
    art_sizes = art_n.to_numpy(dtype=float)
    rows: list[dict[str, Any]] = []
    for d in dets:
        pred = uni[f"pred_{d}"].to_numpy()
        ucell = 2 * uo + pred
        big_n = np.bincount(ucell, minlength=n_cells).astype(float)
        lcell = ucell[lpos]
        h = table[d].to_numpy(dtype=float)
        cells = _Cells(big_n, lcell, h, w, hit)
        sens, spec = _sens_spec(cells.p, big_n, hit)
        unknown = _unknown_reason(d, big_n, hit, cells.known, sens, spec)
        if method == "rogan-gladen":
            rates_b = cells.rate_replicates(seed, d, n_boot)
            hits_art = art[f"pred_{d}"].sum().to_numpy(dtype=float)  # flagged sentences per article (art_n's order)
        else:
            prior = cells.prior(seed, d, n_boot)
        for k, o in enumerate(outlets):
            raw = float(big_n[2 * k + 1] / n_outlet[k])
            kn = [c for c in (2 * k, 2 * k + 1) if cells.known[c]]
            human = (float((big_n[kn] * cells.p[kn]).sum() / big_n[kn].sum()) if kn and big_n[kn].sum() > 0
                     else np.nan)
            if method == "rogan-gladen":
                raw_b = _raw_replicates(hits_art[art_rows[o]], art_sizes[art_rows[o]],
                                        n_boot, np.random.default_rng(cell_seed(seed, o, f"corrected_{d}")))
                est, low, high, notes = _rogan_gladen_outlet(raw, sens, spec, rates_b, unknown, raw_b, q)
            else:
                est, low, high, notes = _composite_outlet(
                    cells, k, d, prior, n_boot, np.random.default_rng(cell_seed(seed, o, f"corrected_{d}")), q)
            if n_lab_outlet[k] == 0:
                notes.append("no sentence of this outlet is labelled: its correction rests on the other outlets' "
                             "labels")
            rows.append({
                "outlet": o, "detector": d, "n_sentences": int(n_outlet[k]), "n_labelled": int(n_lab_outlet[k]),
                "raw": raw, "sensitivity": float(sens), "specificity": float(spec), "corrected": est,
                "corrected_low": low, "corrected_high": high, "human": human, "note": "; ".join(notes),
            })
    rows.sort(key=lambda r: (o_code[r["outlet"]], dets.index(r["detector"])))
    out = pd.DataFrame(rows, columns=CORRECTED_COLUMNS)
    out["outlet"] = out["outlet"].astype(object)
    out["detector"] = out["detector"].astype(object)
    out["note"] = out["note"].astype(object)
    return out
