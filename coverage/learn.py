"""A learned detector, trained from your own sentence labels (optional).

The rule-based detectors (the framing lexicon, the religion rules) were written from one
event's coverage; on other events they miss idioms they were never given (see README,
"Validation"). When you have coded sentences of your own corpus (the label table of
:mod:`coverage.validate`), :func:`train_detector` fits a logistic regression
(scikit-learn, ``class_weight="balanced"``) on the features of
:func:`coverage.families.learned.sentence_features`: the lexicon and religion-rule hit
counts of the sentence (the ``solidarity``, ``violence``, ``religion`` and ``religion_<frame>``
columns of :attr:`Analysis.sentences`, by lexicon group as well), negation and quotation cues,
and word n-grams. The result is a :class:`LearnedModel`: plain weights, saved as JSON
(:meth:`LearnedModel.to_json`), used as a metric family with
:class:`~coverage.families.learned.LearnedDetector`.

:func:`train_frame_model` fits the religion *frame* the same way (a multinomial logistic
regression on the sentences coded religious), run with
:class:`~coverage.families.learned.LearnedFrameDetector`.

:func:`cross_validate_detector` estimates how well the recipe carries over to articles (or
events) it has not seen: grouped K-fold by article, or leave-one-group-out by a column such
as the event; :func:`cross_validate_detectors` does it for several labels over the same
folds, featurising the sentences once.

:func:`train_source_model` fits the source-type model of :mod:`coverage.source_model` (the type of a
quote's speaker where the source-type rules find no role word) from labelled quotes, and
:func:`cross_validate_source_model` leaves one group of them out at a time.

Labels are read and aligned exactly as :func:`coverage.validate` does: a labelled sentence that
is not in the corpus, or whose ``text_prefix``/``text_sha1`` does not match the segmentation,
is an error naming the label row. Every fit runs with one BLAS thread, so the model does not
depend on the machine's number of cores (nor on how busy they are).

Examples
--------
>>> import pandas as pd
>>> from coverage.learn import train_detector
>>> from coverage.families.learned import LearnedDetector
>>> corpus = pd.DataFrame({"id": ["a", "b"], "outlet": ["A", "B"], "text": [
...     "We stand together. The gunman fired. Crowds held a vigil. Police closed roads.",
...     "People united in grief. Two men were shot. A minute's silence was held. Traffic resumed."]})
>>> labels = pd.DataFrame({"article_id": ["a"] * 4 + ["b"] * 4, "sentence": [0, 1, 2, 3] * 2,
...     "solidarity": [1, 0, 1, 0, 1, 0, 1, 0], "violence": [0, 1, 0, 0, 0, 1, 0, 0],
...     "religion": [0] * 8, "religion_frame": [""] * 8})
>>> model = train_detector(labels, corpus=corpus, label="solidarity", min_df=1)
>>> model.n_train, model.n_positive, model.cv["scheme"]
(8, 4, 'GroupKFold(n_splits=2) by article_id')
>>> model.predict(["They stand together in grief.", "Roads were closed."]).tolist()
[1, 0]
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .errors import ParameterError
from .families.learned import (
    NGRAM,
    LearnedDetector,
    LearnedFrameDetector,
    LearnedFrameModel,
    LearnedModel,
    rows_features,
)
from .families.religion import ReligionRules
from .lexicon import Lexicon
from .source_model import SourceTypeModel, speaker_features
from .sources import UNKNOWN
from .validate import DETECTORS, align, load_labels

__all__ = [
    "train_detector",
    "train_frame_model",
    "cross_validate_detector",
    "cross_validate_detectors",
    "CrossValidation",
    "LearnedModel",
    "LearnedDetector",
    "LearnedFrameModel",
    "LearnedFrameDetector",
    "align_labels",
    "labelled_features",
    "binary_scores",
    "train_source_model",
    "cross_validate_source_model",
]

#: Columns :func:`align_labels` adds to the label table.
ALIGNED_COLUMNS = ["text", "start", "in_quote"]


# ---------------------------------------------------------------------------
# labels and features


def _sentence_table(analysis: Any, corpus: Any) -> pd.DataFrame:
    """The sentence table to align labels with: from ``analysis``, or from analysing ``corpus``."""
    if analysis is None:
        if corpus is None:
            raise ParameterError("the learned detector needs the labelled texts: pass analysis=coverage.analyze(...) "
                                 "or corpus=...")
        from .analysis import analyze
        from .families import BoilerplateFamily

        # only the segmentation is needed (the features are computed from the sentences): the cheapest family
        analysis = analyze(corpus, families=[BoilerplateFamily()], exclude_boilerplate=False, n_boot=10)
    elif corpus is not None:
        raise ParameterError("pass either analysis= or corpus=, not both")
    sents = getattr(analysis, "sentences", None)
    if not isinstance(sents, pd.DataFrame):
        raise ParameterError(f"analysis must be a coverage.Analysis, not {type(analysis).__name__}")
    need = ["article_id", "sentence", "start", "in_quote", "text"]
    missing = [c for c in need if c not in sents.columns]
    if missing:
        raise ParameterError(f"analysis.sentences lacks column(s) {missing}; pass a coverage.Analysis")
    out = sents[need].copy()
    out["article_id"] = out["article_id"].astype(str)
    return out


def align_labels(labels: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Labels (as :func:`coverage.validate.load_labels` returns them) with each sentence's ``text``, ``start`` and
    ``in_quote``, checked as :func:`coverage.validate` checks them.

    Raises
    ------
    ParameterError
        A label row whose article is not in the corpus, whose sentence index is past the
        article's end, or whose ``text_prefix``/``text_sha1`` does not match the sentence
        (the message names the row and its CSV line).
    """
    records, at = align(labels, sentences)
    starts, in_quote = sentences["start"].tolist(), sentences["in_quote"].tolist()
    rows = [{**r, "start": int(starts[j]), "in_quote": bool(in_quote[j])} for r, j in zip(records, at, strict=True)]
    if not rows:
        raise ParameterError("labels has no rows; label at least one sentence")
    return pd.DataFrame(rows)


def labelled_features(labels: pd.DataFrame, sentences: pd.DataFrame, *,
                      ngram_range: tuple[int, int] = (1, 2), lexicon: Lexicon | None = None,
                      religion_rules: ReligionRules | None = None) -> list[dict[str, float]]:
    """:func:`~coverage.families.learned.sentence_features` of every aligned label row, with the previous
    sentence of its article (from ``sentences``) as the religion rules' context, as in the engine; the
    lexicon features from ``lexicon`` and ``religion_rules`` (default: the built-in ones)."""
    need = set(zip(labels["article_id"], labels["sentence"], strict=True))
    need |= {(a, s - 1) for a, s in need if s > 0}
    keys = list(zip(sentences["article_id"], sentences["sentence"].astype("int64"), strict=True))
    context = sentences[[k in need for k in keys]]
    feats = rows_features(context, ngram_range=ngram_range, lexicon=lexicon, rules=religion_rules)
    ctx_keys = list(zip(context["article_id"], context["sentence"].astype("int64"), strict=True))
    by_key = dict(zip(ctx_keys, feats, strict=True))
    return [by_key[k] for k in zip(labels["article_id"], labels["sentence"], strict=True)]


#: The feature sets a detector can be trained on: every feature of
#: :func:`~coverage.families.learned.sentence_features`, or all but the religion rules' (the framing
#: family can compute these from its own hits, so a model of them runs inside it at little cost).
FEATURE_SETS = ("all", "framing")


def _feature_subset(feats: list[dict[str, float]], features: str) -> list[dict[str, float]]:
    """``feats`` restricted to the feature set ``features`` (:data:`FEATURE_SETS`)."""
    if features not in FEATURE_SETS:
        raise ParameterError(f"features must be one of {FEATURE_SETS}, not {features!r}")
    if features == "all":
        return feats
    return [{k: v for k, v in f.items() if not k.startswith("religion")} for f in feats]


def _check_settings(label: str, C: float, ngram_range: Any, min_df: Any, threshold: float) -> tuple[int, int]:
    if label not in DETECTORS:
        raise ParameterError(f"label must be one of {DETECTORS} (a column of the label table), not {label!r}")
    if not isinstance(C, int | float) or isinstance(C, bool) or not C > 0:
        raise ParameterError(f"C must be a number > 0 (inverse regularisation strength), not {C!r}")
    try:
        lo, hi = (int(x) for x in ngram_range)
    except (TypeError, ValueError):
        raise ParameterError(f"ngram_range must be (lo, hi), e.g. (1, 2), not {ngram_range!r}") from None
    if not 1 <= lo <= hi <= 5:
        raise ParameterError(f"ngram_range must satisfy 1 <= lo <= hi <= 5, not {ngram_range!r}")
    if not isinstance(min_df, int | np.integer) or isinstance(min_df, bool) or min_df < 1:
        raise ParameterError(f"min_df must be an integer >= 1 (sentences an n-gram must occur in), not {min_df!r}")
    if not isinstance(threshold, int | float) or not 0 < threshold < 1:
        raise ParameterError(f"threshold must be between 0 and 1, not {threshold!r}")
    return lo, hi


def _prepared(labels: Any, analysis: Any, corpus: Any, groups: Any, ngram_range: tuple[int, int],
              lexicon: Lexicon | None = None, religion_rules: ReligionRules | None = None
              ) -> tuple[pd.DataFrame, list[dict[str, float]], np.ndarray]:
    """Aligned labels in canonical order (article_id, sentence), their features and their groups."""
    group_col = None
    if isinstance(groups, str):
        if isinstance(labels, str | os.PathLike):
            path = os.fspath(labels)
            if not os.path.isfile(path):
                raise ParameterError(f"label file {path!r} does not exist; pass a CSV path or a DataFrame")
            labels = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        if not isinstance(labels, pd.DataFrame) or groups not in labels.columns:
            raise ParameterError(f"groups={groups!r} names no column of the labels; pass the labels with that "
                                 "column, a mapping article_id -> group, or one group per label row")
        group_col = labels[groups].astype(str).to_numpy()
        labels = labels.drop(columns=[groups])
    lab = load_labels(labels)
    if groups is None:
        group_col = lab["article_id"].astype(str).to_numpy()
    elif isinstance(groups, Mapping):
        missing = sorted(set(lab["article_id"]) - set(map(str, groups)))
        if missing:
            raise ParameterError(f"groups has no group for article(s) {missing[:5]}; map every labelled article")
        g = {str(k): str(v) for k, v in groups.items()}
        group_col = lab["article_id"].map(g).to_numpy()
    elif group_col is None:
        group_col = np.asarray([str(x) for x in groups], dtype=object)
        if len(group_col) != len(lab):
            raise ParameterError(f"groups has {len(group_col)} entries for {len(lab)} label rows; give one per row")
    sents = _sentence_table(analysis, corpus)
    table = align_labels(lab, sents)
    table["_group"] = group_col
    table = table.sort_values(["article_id", "sentence"], kind="mergesort").reset_index(drop=True)
    feats = labelled_features(table, sents, ngram_range=ngram_range, lexicon=lexicon, religion_rules=religion_rules)
    return table, feats, table.pop("_group").astype(str).to_numpy()


# ---------------------------------------------------------------------------
# fitting


def _design(feats: Sequence[Mapping[str, float]], names: Sequence[str]) -> Any:
    """A sparse matrix of ``feats`` over the columns ``names`` (unknown features left out)."""
    from scipy import sparse

    index = {n: j for j, n in enumerate(names)}
    rows, cols, vals = [], [], []
    for i, f in enumerate(feats):
        for k in sorted(f):
            j = index.get(k)
            if j is not None and f[k]:
                rows.append(i)
                cols.append(j)
                vals.append(float(f[k]))
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(feats), len(names)), dtype="float64")


def _columns(feats: Sequence[Mapping[str, float]], min_df: int) -> tuple[list[str], list[str]]:
    """(lexicon and cue features seen, n-grams in at least ``min_df`` sentences), each sorted."""
    df: dict[str, int] = {}
    fixed: set[str] = set()
    for f in feats:
        for k, v in f.items():
            if not v:
                continue
            if k.startswith(NGRAM):
                df[k] = df.get(k, 0) + 1
            else:
                fixed.add(k)
    vocab = sorted(k[len(NGRAM):] for k, n in df.items() if n >= min_df)
    return sorted(fixed), vocab


def _fitted(clf: Any, x: Any, y: np.ndarray) -> Any:
    """``clf.fit(x, y)`` with one BLAS thread.

    The solver's vector steps (L-BFGS over tens of thousands of n-gram weights) are too small to gain from
    threads: OpenBLAS' threads only changed the weights' rounding with the number of threads (the machine's
    core count) and waited on busy cores (a fit twice as slow beside a NumPy job on a two-core machine;
    ``benchmarks/train_speed.py``).
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        return clf.fit(x, y)


def _logistic(feats: Sequence[Mapping[str, float]], y: np.ndarray, *, C: float, class_weight: str | None,
              min_df: int, seed: int) -> tuple[list[str], list[str], Any]:
    """(lexicon and cue features, n-grams, the fitted scikit-learn LogisticRegression) of a training set."""
    from sklearn.linear_model import LogisticRegression

    fixed, vocab = _columns(feats, min_df)
    x = _design(feats, [*fixed, *(NGRAM + v for v in vocab)])
    clf = LogisticRegression(C=float(C), class_weight=class_weight, solver="lbfgs", max_iter=10_000, tol=1e-8,
                             random_state=seed)
    _fitted(clf, x, y)
    return fixed, vocab, clf


def _fit(feats: Sequence[Mapping[str, float]], y: np.ndarray, *, label: str, C: float,
         ngram_range: tuple[int, int], min_df: int, threshold: float, seed: int, where: str = "") -> LearnedModel:
    """Fit the logistic regression and return it as a :class:`LearnedModel` (cv empty)."""
    n_pos = int(y.sum())
    if n_pos == 0 or n_pos == len(y):
        what = "no" if n_pos == 0 else "only"
        raise ParameterError(f"{where or 'the labels'}: {what} sentences labelled {label}=1 ({len(y)} sentences); "
                             "a detector needs both positive and negative examples")
    fixed, vocab, clf = _logistic(feats, y, C=C, class_weight="balanced", min_df=min_df, seed=seed)
    return LearnedModel(label=label, feature_names=tuple(fixed), vocabulary=tuple(vocab),
                        coef=tuple(float(c) for c in clf.coef_[0]), intercept=float(clf.intercept_[0]),
                        threshold=float(threshold), n_train=len(y), n_positive=n_pos, ngram_range=ngram_range,
                        min_df=int(min_df), C=float(C), seed=int(seed))


def binary_scores(human: Any, predicted: Any) -> dict[str, Any]:
    """``n, support, predicted, tp, fp, fn, precision, recall, f1`` (NaN when a ratio is undefined, as in
    :func:`coverage.validate`).

    Examples
    --------
    >>> {k: v for k, v in binary_scores([1, 1, 0, 0], [1, 0, 1, 0]).items() if k in ("precision", "recall", "f1")}
    {'precision': 0.5, 'recall': 0.5, 'f1': 0.5}
    """
    h = np.asarray(human, dtype="int64") == 1
    p = np.asarray(predicted, dtype="int64") == 1
    tp, fp, fn = int((h & p).sum()), int((~h & p).sum()), int((h & ~p).sum())
    prec = tp / (tp + fp) if tp + fp else float("nan")
    rec = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fn and tp + fp else (0.0 if tp + fp + fn else float("nan"))
    return {"n": int(len(h)), "support": tp + fn, "predicted": tp + fp, "tp": tp, "fp": fp, "fn": fn,
            "precision": prec, "recall": rec, "f1": float(f1)}


# ---------------------------------------------------------------------------
# cross-validation


@dataclass(frozen=True)
class CrossValidation:
    """What :func:`cross_validate_detector` returns.

    Attributes
    ----------
    label : str
    scheme : str
        How the folds were made, e.g. ``"LeaveOneGroupOut by event"``.
    folds : DataFrame
        One row per fold: ``fold, groups`` (the held-out groups, ``;``-separated), ``n, support,
        predicted, tp, fp, fn, precision, recall, f1`` on the held-out sentences.
    pooled : dict
        The same scores over every held-out prediction.
    predictions : DataFrame
        ``article_id, sentence, group, fold, human, proba, predicted``, one row per labelled
        sentence, each predicted by the model that did not see its group.
    """

    label: str
    scheme: str
    folds: pd.DataFrame
    pooled: dict[str, Any]
    predictions: pd.DataFrame

    @property
    def median_f1(self) -> float:
        """Median F1 over the folds where it is defined."""
        f = self.folds["f1"].dropna()
        return float(f.median()) if len(f) else float("nan")

    def summary(self) -> dict[str, Any]:
        """``scheme, n_splits, n, support, precision, recall, f1`` (None for an undefined ratio): the model's ``cv``."""
        p = self.pooled
        nan_none = {k: (None if isinstance(p[k], float) and np.isnan(p[k]) else float(p[k]))
                    for k in ("precision", "recall", "f1")}
        return {"scheme": self.scheme, "n_splits": len(self.folds), "n": int(p["n"]), "support": int(p["support"]),
                **nan_none}

    def __repr__(self) -> str:
        p = self.pooled
        return (f"CrossValidation({self.label}, {self.scheme}, {len(self.folds)} folds): pooled precision "
                f"{p['precision']:.3f}, recall {p['recall']:.3f}, F1 {p['f1']:.3f}; median fold F1 "
                f"{self.median_f1:.3f}")


def _splits(groups: np.ndarray, n_splits: int | None, by: str) -> tuple[str, list[tuple[np.ndarray, np.ndarray]]]:
    from sklearn.model_selection import GroupKFold, LeaveOneGroupOut

    n_groups = len(np.unique(groups))
    if n_groups < 2:
        raise ParameterError(f"cross-validation needs labelled sentences of at least two {by} groups, got {n_groups}")
    x = np.zeros((len(groups), 1))
    if n_splits is None:
        splitter, scheme = LeaveOneGroupOut(), f"LeaveOneGroupOut by {by}"
    else:
        k = min(int(n_splits), n_groups)
        if k < 2:
            raise ParameterError(f"n_splits must be >= 2, not {n_splits!r}")
        splitter, scheme = GroupKFold(n_splits=k), f"GroupKFold(n_splits={k}) by {by}"
    return scheme, [(tr, te) for tr, te in splitter.split(x, groups=groups)]


def _cross_validate(table: pd.DataFrame, feats: list[dict[str, float]], groups: np.ndarray, *, label: str,
                    n_splits: int | None, by: str, only: Any = None, **fit: Any) -> CrossValidation:
    y = table[label].to_numpy(dtype="int64")
    scheme, splits = _splits(groups, n_splits, by)
    proba = np.full(len(y), np.nan)
    fold_of = np.full(len(y), -1, dtype="int64")
    rows = []
    wanted = None if only is None else {str(g) for g in only}
    for k, (tr, te) in enumerate(splits):
        held = sorted(set(groups[te]))
        if wanted is not None and not wanted.intersection(map(str, held)):
            continue
        model = _fit([feats[i] for i in tr], y[tr], label=label, where=f"fold {k} (without {', '.join(held)})",
                     **fit)
        proba[te] = [model.probability(feats[i]) for i in te]
        fold_of[te] = k
        pred = (proba[te] >= model.threshold).astype("int64")
        rows.append({"fold": k, "groups": ";".join(held), **binary_scores(y[te], pred)})
    threshold = fit["threshold"]
    predicted = (proba >= threshold).astype("int64")
    predictions = pd.DataFrame({"article_id": table["article_id"].to_numpy(), "sentence": table["sentence"].to_numpy(),
                                "group": groups, "fold": fold_of, "human": y, "proba": proba, "predicted": predicted})
    done = fold_of >= 0  # every row unless ``only`` left folds out
    return CrossValidation(label=label, scheme=scheme, folds=pd.DataFrame(rows),
                           pooled=binary_scores(y[done], predicted[done]),
                           predictions=predictions[done].reset_index(drop=True))


def cross_validate_detector(
    labels: pd.DataFrame | str | os.PathLike[str],
    *,
    analysis: Any = None,
    corpus: Any = None,
    label: str = "solidarity",
    groups: str | Mapping[str, str] | Sequence[Any] | None = None,
    n_splits: int | None = None,
    C: float = 1.0,
    ngram_range: tuple[int, int] = (1, 2),
    min_df: int = 2,
    threshold: float = 0.5,
    seed: int = 0,
    lexicon: Lexicon | None = None,
    religion_rules: ReligionRules | None = None,
    features: str = "all",
    only: Any = None,
) -> CrossValidation:
    """How well the learned detector's recipe carries over to articles or events it was not trained on.

    Each fold trains :func:`train_detector`'s model (vocabulary included) on the other folds'
    sentences only and predicts the held-out ones.

    Parameters
    ----------
    labels : DataFrame or CSV path
        The label table (:mod:`coverage.validate`), plus the ``groups`` column if one is named.
    analysis, corpus :
        The labelled texts (as for :func:`train_detector`).
    label : {"solidarity", "violence", "religion"}
    groups : str, mapping or sequence, optional
        None: folds by article (GroupKFold, ``n_splits`` default 5). A column name of ``labels``
        (e.g. ``"event"``), a mapping ``article_id -> group`` or one group per label row:
        leave-one-group-out (or GroupKFold with ``n_splits``).
    n_splits : int, optional
        Number of grouped folds; None: 5 by article, one per group with ``groups``.
    C, ngram_range, min_df, threshold, seed :
        As in :func:`train_detector`.
    lexicon, religion_rules : optional
        The framing lexicon and religion rules the lexicon features are computed with (default:
        the built-in ones, which :func:`train_detector`'s models always use). To score the recipe
        on events the built-in rules were not written from, pass the rules without them
        (``Lexicon.default(exclude_events=...)``, ``ReligionRules.default(exclude_events=...)``):
        otherwise the features of a held-out event carry the rules written from it
        (``benchmarks/learned_detector.py`` does this per held-out event).
    features : {"all", "framing"}, default "all"
        As in :func:`train_detector`.
    only : collection of groups, optional
        Fit only the folds that hold out one of these groups; ``.folds``, ``.pooled`` and
        ``.predictions`` then cover their sentences alone (one model instead of one per fold,
        e.g. leave one event out, one event at a time).

    Returns
    -------
    CrossValidation
        ``.folds`` (per fold), ``.pooled`` (every held-out prediction), ``.predictions``.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"id": list("abc"), "outlet": list("ABC"), "text": [
    ...     "We stand together. The gunman fired.", "Crowds stand together. Shots were fired.",
    ...     "They stand together. Two were shot."]})
    >>> labels = pd.DataFrame({"article_id": list("aabbcc"), "sentence": [0, 1] * 3, "solidarity": [1, 0] * 3,
    ...     "violence": [0, 1] * 3, "religion": [0] * 6, "religion_frame": [""] * 6, "event": list("xxyyzz")})
    >>> cv = cross_validate_detector(labels, corpus=corpus, label="solidarity", groups="event", min_df=1)
    >>> cv.scheme, cv.folds["groups"].tolist(), cv.pooled["f1"]
    ('LeaveOneGroupOut by event', ['x', 'y', 'z'], 1.0)
    >>> one = cross_validate_detector(labels, corpus=corpus, label="solidarity", groups="event", min_df=1, only=["y"])
    >>> one.folds["groups"].tolist(), one.predictions["group"].tolist()
    (['y'], ['y', 'y'])
    """
    return cross_validate_detectors(labels, analysis=analysis, corpus=corpus, detectors=[label], groups=groups,
                                    n_splits=n_splits, C=C, ngram_range=ngram_range, min_df=min_df,
                                    threshold=threshold, seed=seed, lexicon=lexicon, religion_rules=religion_rules,
                                    features=features, only=only)[label]


def cross_validate_detectors(
    labels: pd.DataFrame | str | os.PathLike[str],
    *,
    analysis: Any = None,
    corpus: Any = None,
    detectors: Sequence[str] = tuple(DETECTORS),
    groups: str | Mapping[str, str] | Sequence[Any] | None = None,
    n_splits: int | None = None,
    C: float = 1.0,
    ngram_range: tuple[int, int] = (1, 2),
    min_df: int = 2,
    threshold: float = 0.5,
    seed: int = 0,
    lexicon: Lexicon | None = None,
    religion_rules: ReligionRules | None = None,
    features: str = "all",
    only: Any = None,
) -> dict[str, CrossValidation]:
    """:func:`cross_validate_detector` of several labels over the same folds, the sentences aligned and
    featurised once (the features do not depend on the label; computing them is most of the cost).

    Parameters
    ----------
    detectors : sequence of {"solidarity", "violence", "religion"}, default all three
        The labels to cross-validate, each as ``label`` of :func:`cross_validate_detector`.
    labels, analysis, corpus, groups, n_splits, C, ngram_range, min_df, threshold, seed, lexicon, religion_rules, features, only :
        As in :func:`cross_validate_detector`.

    Returns
    -------
    dict
        ``{detector: CrossValidation}``, in the order of ``detectors``; each the same as
        :func:`cross_validate_detector` with that ``label`` returns.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"id": list("abc"), "outlet": list("ABC"), "text": [
    ...     "We stand together. The gunman fired.", "Crowds stand together. Shots were fired.",
    ...     "They stand together. Two were shot."]})
    >>> labels = pd.DataFrame({"article_id": list("aabbcc"), "sentence": [0, 1] * 3, "solidarity": [1, 0] * 3,
    ...     "violence": [0, 1] * 3, "religion": [0] * 6, "religion_frame": [""] * 6, "event": list("xxyyzz")})
    >>> cvs = cross_validate_detectors(labels, corpus=corpus, detectors=["violence", "solidarity"], groups="event",
    ...                                min_df=1)
    >>> {d: cv.pooled["f1"] for d, cv in cvs.items()}
    {'violence': 1.0, 'solidarity': 1.0}
    """
    if isinstance(detectors, str) or not len(detectors):
        raise ParameterError(f"detectors must be a non-empty list of {DETECTORS}, not {detectors!r}")
    wanted = list(dict.fromkeys(detectors))
    lo_hi = (0, 0)
    for label in wanted:
        lo_hi = _check_settings(label, C, ngram_range, min_df, threshold)
    table, feats, group_values = _prepared(labels, analysis, corpus, groups, lo_hi, lexicon, religion_rules)
    feats = _feature_subset(feats, features)
    by = groups if isinstance(groups, str) else "article_id" if groups is None else "group"
    k = 5 if groups is None and n_splits is None else n_splits
    return {label: _cross_validate(table, feats, group_values, label=label, n_splits=k, by=by, only=only, C=C,
                                   ngram_range=lo_hi, min_df=min_df, threshold=threshold, seed=seed)
            for label in wanted}


# ---------------------------------------------------------------------------
# training


def train_detector(
    labels: pd.DataFrame | str | os.PathLike[str],
    *,
    analysis: Any = None,
    corpus: Any = None,
    label: str = "solidarity",
    C: float = 1.0,
    ngram_range: tuple[int, int] = (1, 2),
    min_df: int = 2,
    threshold: float = 0.5,
    seed: int = 0,
    cv_splits: int = 5,
    features: str = "all",
) -> LearnedModel:
    """Train a learned sentence detector of ``label`` from sentence labels.

    Parameters
    ----------
    labels : DataFrame or CSV path
        The label table of :mod:`coverage.validate` (``article_id, sentence, solidarity,
        violence, religion, religion_frame``, optional ``text_prefix``/``text_sha1``), read by
        :func:`coverage.validate.load_labels` and aligned with the sentences as
        :func:`coverage.validate` aligns them.
    analysis : Analysis, optional
        An analysis of the labelled corpus (its ``sentences``: text, offsets, ``in_quote``).
    corpus : Corpus, DataFrame or path, optional
        Analysed here when ``analysis`` is not given (e.g. ``corpus="seeds"``).
    label : {"solidarity", "violence", "religion"}, default "solidarity"
        The label column to learn.
    C : float, default 1.0
        Inverse L2 regularisation strength of the logistic regression.
    ngram_range : (int, int), default (1, 2)
        Word n-gram lengths.
    min_df : int, default 2
        An n-gram becomes a feature when it occurs in at least this many labelled sentences.
    threshold : float, default 0.5
        Probability at which a sentence is flagged.
    seed : int, default 0
        Passed to scikit-learn (the lbfgs solver is deterministic).
    cv_splits : int, default 5
        Folds (grouped by article) of the cross-validation recorded in the model's ``cv``;
        fewer when there are fewer articles, none with a single article.
    features : {"all", "framing"}, default "all"
        "all": every feature of :func:`~coverage.families.learned.sentence_features`. "framing": all
        but the religion rules' (``religion*``), the features the framing family computes from its own
        hits: the recipe of the framing family's built-in violence model
        (:func:`coverage.families.framing.builtin_violence_model`).

    Returns
    -------
    LearnedModel
        Save it with ``model.to_json(path)``; run it with ``LearnedDetector(model)``.

    Notes
    -----
    Training is deterministic: the label rows are put in (article_id, sentence) order first,
    features and vocabulary are sorted, and lbfgs has no random state, so the same labels
    give the same model (and the same JSON bytes) whatever their row order.
    """
    lo_hi = _check_settings(label, C, ngram_range, min_df, threshold)
    table, feats, groups = _prepared(labels, analysis, corpus, None, lo_hi)
    feats = _feature_subset(feats, features)
    y = table[label].to_numpy(dtype="int64")
    fit = {"C": C, "ngram_range": lo_hi, "min_df": min_df, "threshold": threshold, "seed": seed}
    model = _fit(feats, y, label=label, **fit)
    n_articles = len(np.unique(groups))
    cv = {"scheme": "none (fewer than two articles)", "n_splits": 0, "n": len(y), "support": int(y.sum()),
          "precision": None, "recall": None, "f1": None}
    if n_articles >= 2 and cv_splits >= 2:
        try:
            cv = _cross_validate(table, feats, groups, label=label, n_splits=cv_splits, by="article_id",
                                 **fit).summary()
        except ParameterError as exc:  # a fold whose training part has one class only
            cv["scheme"] = f"none ({exc})"
    from dataclasses import replace

    return replace(model, cv=cv, n_articles=n_articles)


def train_frame_model(
    labels: pd.DataFrame | str | os.PathLike[str],
    *,
    analysis: Any = None,
    corpus: Any = None,
    C: float = 1.0,
    class_weight: str | None = "balanced",
    ngram_range: tuple[int, int] = (1, 2),
    min_df: int = 2,
    seed: int = 0,
    cv_splits: int = 5,
    words: bool = True,
) -> LearnedFrameModel:
    """Train a religion-frame classifier from sentence labels (the recipe of ``benchmarks/learned_frames.py``).

    A multinomial logistic regression (scikit-learn, lbfgs, L2) on the features of
    :func:`~coverage.families.learned.sentence_features` of the sentences labelled
    ``religion = 1``, their ``religion_frame`` the class. Leave one event out on 113 events it
    classified the frame at least as well as the frame rules (README, "Validation").

    Parameters
    ----------
    labels : DataFrame or CSV path
        The label table of :mod:`coverage.validate`, read and aligned as for :func:`train_detector`;
        only the rows with ``religion = 1`` are used.
    analysis, corpus :
        The labelled texts, as for :func:`train_detector`.
    C : float, default 1.0
        Inverse L2 regularisation strength.
    class_weight : {"balanced", None}, default "balanced"
        "balanced": each frame weighted inversely to its frequency.
    ngram_range, min_df, seed :
        As for :func:`train_detector` (``min_df`` counts religious sentences).
    cv_splits : int, default 5
        Folds (grouped by article) of the cross-validation recorded in the model's ``cv``
        (accuracy and macro F1 of the frame on the held-out folds' religious sentences); fewer
        when there are fewer articles, none with a single article or when a fold's training
        part has one frame only.
    words : bool, default True
        False: no word n-grams, only the lexicon, religion-rule and cue features (a model that
        holds no word of its training texts, as the built-in frame model of
        :class:`~coverage.families.religion.ReligionFamily`).

    Returns
    -------
    LearnedFrameModel
        Save it with ``model.to_json(path)``; run it with ``LearnedFrameDetector(model)``.

    Raises
    ------
    ParameterError
        Fewer than two frames among the religious label rows, and the errors of :func:`train_detector`.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"id": ["a", "b"], "outlet": ["A", "B"], "text": [
    ...     "The mosque was attacked. Muslims prayed for peace.", "A church was attacked. Christians prayed for peace."]})
    >>> labels = pd.DataFrame({"article_id": ["a", "a", "b", "b"], "sentence": [0, 1, 0, 1],
    ...     "solidarity": [0, 1, 0, 1], "violence": [1, 0, 1, 0], "religion": [1, 1, 1, 1],
    ...     "religion_frame": ["target", "community", "target", "community"]})
    >>> model = train_frame_model(labels, corpus=corpus, min_df=1)
    >>> model.classes, model.n_train, model.n_articles, model.cv["scheme"]
    (('community', 'target'), 4, 2, 'GroupKFold(n_splits=2) by article_id')
    >>> model.predict(["Jews prayed for peace.", "The synagogue was attacked."]).tolist()
    ['community', 'target']
    """
    lo_hi = _check_settings("religion", C, ngram_range, min_df, 0.5)
    if class_weight not in ("balanced", None):
        raise ParameterError(f"class_weight must be 'balanced' or None, not {class_weight!r}")
    table, feats, _ = _prepared(labels, analysis, corpus, None, lo_hi)
    keep = (table["religion"].to_numpy(dtype="int64") == 1) & (table["religion_frame"].astype(str) != "").to_numpy()
    y = table.loc[keep, "religion_frame"].astype(str).to_numpy()
    frames = sorted(set(y))
    if len(frames) < 2:
        raise ParameterError(f"the labels have {len(y)} religious sentences (religion=1) with "
                             f"{len(frames)} frame(s) {frames}; a frame model needs at least two frames")
    train = [f if words else {n: v for n, v in f.items() if not n.startswith(NGRAM)}
             for f, k in zip(feats, keep, strict=True) if k]
    articles = table.loc[keep, "article_id"].astype(str).to_numpy()
    fit = {"C": C, "class_weight": class_weight, "min_df": min_df, "seed": seed}
    fixed, vocab, clf = _logistic(train, y, **fit)
    classes, coef, intercept = _class_rows(clf)
    return LearnedFrameModel(classes=tuple(classes), feature_names=tuple(fixed), vocabulary=tuple(vocab),
                             coef=tuple(map(tuple, coef)), intercept=tuple(intercept), n_train=len(y),
                             n_articles=len(np.unique(articles)), ngram_range=lo_hi, min_df=int(min_df),
                             C=float(C), class_weight=class_weight or "none", seed=int(seed),
                             cv=_frame_cv(train, y, articles, cv_splits, **fit))


def _frame_cv(feats: list[dict[str, float]], y: np.ndarray, groups: np.ndarray, n_splits: int,
              **fit: Any) -> dict[str, Any]:
    """Grouped cross-validation of the frame recipe (``scheme, n_splits, n, accuracy, macro_f1``): each
    fold's model (vocabulary included) is fitted on the other folds' religious sentences only."""
    out: dict[str, Any] = {"scheme": "none (cv_splits < 2)", "n_splits": 0, "n": len(y), "accuracy": None,
                           "macro_f1": None}
    if len(np.unique(groups)) < 2:
        out["scheme"] = "none (fewer than two articles)"
    if len(np.unique(groups)) < 2 or n_splits < 2:
        return out
    scheme, splits = _splits(groups, n_splits, "article_id")
    predicted = np.empty(len(y), dtype=object)
    for k, (tr, te) in enumerate(splits):
        if len(set(y[tr])) < 2:
            out["scheme"] = f"none (fold {k}: its training part has one frame only)"
            return out
        fixed, vocab, clf = _logistic([feats[i] for i in tr], y[tr], **fit)
        predicted[te] = clf.predict(_design([feats[i] for i in te], [*fixed, *(NGRAM + v for v in vocab)]))
    from sklearn.metrics import f1_score

    frames = sorted(set(y) | set(predicted))
    return {"scheme": scheme, "n_splits": len(splits), "n": len(y), "accuracy": float(np.mean(predicted == y)),
            "macro_f1": float(f1_score(y, predicted.astype(str), labels=frames, average="macro", zero_division=0))}


def _class_rows(clf: Any) -> tuple[list[str], list[list[float]], list[float]]:
    """(classes, one row of weights per class, one intercept per class) of a fitted multinomial
    LogisticRegression; for two classes scikit-learn keeps one row, the log-odds of the second, so the
    first class gets zeros."""
    classes = [str(c) for c in clf.classes_]
    if len(classes) == 2:
        return classes, [[0.0] * len(clf.coef_[0]), [float(c) for c in clf.coef_[0]]], [0.0, float(clf.intercept_[0])]
    return classes, [[float(c) for c in row] for row in clf.coef_], [float(c) for c in clf.intercept_]


# ---------------------------------------------------------------------------------------
# source-type model (coverage.source_model)


def _source_vocabulary(feats: Sequence[Mapping[str, float]], articles: Sequence[str], min_articles: int) -> list[str]:
    seen: dict[str, set[str]] = {}
    for f, a in zip(feats, articles, strict=True):
        for name in f:
            seen.setdefault(name, set()).add(a)
    return sorted(n for n, arts in seen.items() if len(arts) >= min_articles or n.startswith("r:"))


def _source_fit(feats: Sequence[Mapping[str, float]], y: np.ndarray, articles: Sequence[str], *, C: float,
                min_articles: int, seed: int) -> tuple[list[str], Any]:
    from sklearn.linear_model import LogisticRegression

    names = _source_vocabulary(feats, articles, min_articles)
    clf = LogisticRegression(C=C, max_iter=3000, random_state=seed)
    _fitted(clf, _design(feats, names), y)
    return names, clf


def _training_features(rows: pd.DataFrame, texts: Mapping[str, str], before: int, after: int,
                       mentions: int) -> list[dict[str, float]]:
    need = {"article_id", "speaker_start", "speaker_end", "rule_type", "source_type"}
    missing = need - set(rows.columns)
    if missing:
        raise ParameterError(f"the training rows lack column(s) {sorted(missing)}; they need {sorted(need)}")
    bad = rows[rows["speaker_start"].astype("int64") < 0]
    if len(bad):
        raise ParameterError(f"{len(bad)} training row(s) have no speaker mention (speaker_start -1), e.g. row "
                             f"{bad.index[0]}; keep only quotes with a speaker")
    absent = sorted(set(rows["article_id"].astype(str)) - set(texts))
    if absent:
        raise ParameterError(f"no text for article(s) {absent[:3]}; pass every article's text in texts")
    return [speaker_features(texts[a], int(s), int(e), str(r), before=before, after=after, mentions=mentions)
            for a, s, e, r in zip(rows["article_id"].astype(str), rows["speaker_start"], rows["speaker_end"],
                                  rows["rule_type"], strict=True)]


def cross_validate_source_model(rows: pd.DataFrame, texts: Mapping[str, str], groups: Sequence[str], *,
                                C: float = 0.3, before: int = 8, after: int = 12, mentions: int = 3,
                                min_articles: int = 3, seed: int = 0) -> pd.DataFrame:
    """Leave one group out: each group's rows typed by a model trained on the other groups' rows.

    Returns ``rows`` with ``model_type`` (the model's best type), ``model_p`` and ``fallback_type`` (what
    :func:`coverage.source_model.model_types` gives: the rules' ``rule_type`` unless it is ``unknown`` and the model's is not).
    ``rows`` as for :func:`train_source_model`; ``groups`` one label per row (a quote file, an event).
    """
    feats = _training_features(rows, texts, before, after, mentions)
    groups_ = np.asarray([str(g) for g in groups])
    if len(groups_) != len(rows) or len(set(groups_)) < 2:
        raise ParameterError("groups needs one label per row and at least two groups")
    y = rows["source_type"].astype(str).to_numpy()
    arts = rows["article_id"].astype(str).tolist()
    model_type = np.empty(len(rows), dtype=object)
    model_p = np.zeros(len(rows))
    for g in sorted(set(groups_)):
        te = np.flatnonzero(groups_ == g)
        tr = np.flatnonzero(groups_ != g)
        names, clf = _source_fit([feats[i] for i in tr], y[tr], [arts[i] for i in tr], C=C,
                                 min_articles=min_articles, seed=seed)
        p = clf.predict_proba(_design([feats[i] for i in te], names))
        model_type[te] = clf.classes_[p.argmax(axis=1)]
        model_p[te] = p.max(axis=1)
    rule = rows["rule_type"].astype(str).to_numpy()
    fallback = np.where((rule == UNKNOWN) & (model_type != UNKNOWN), model_type, rule)
    return rows.assign(model_type=model_type, model_p=model_p, fallback_type=fallback)


def train_source_model(rows: pd.DataFrame, texts: Mapping[str, str], *, C: float = 0.3, before: int = 8,
                       after: int = 12, mentions: int = 3, min_articles: int = 3, seed: int = 0,
                       cv: Mapping[str, Any] | None = None, trained_on: str = "") -> SourceTypeModel:
    """Train a :class:`~coverage.source_model.SourceTypeModel` from labelled quotes (its fallback for
    speakers the source-type rules leave ``unknown``).

    Parameters
    ----------
    rows : DataFrame
        One row per labelled quote with a speaker: ``article_id``, ``speaker_start``, ``speaker_end`` (the
        speaker mention the extractor gives, offsets into ``texts[article_id]``), ``rule_type`` (the rules'
        type of that speaker) and ``source_type`` (the human type, the class).
    texts : mapping
        Article id -> text.
    C : float, default 0.3
        Inverse L2 regularisation (``benchmarks/source_model.py`` chose it by leaving quote files out).
    before, after, mentions : int
        The windows of :func:`coverage.source_model.speaker_features`.
    min_articles : int, default 3
        Keep a feature only when it occurs in this many training articles (no word of a single article:
        names and rare words stay out of the model file).
    seed : int
        Passed to scikit-learn.
    cv, trained_on :
        Recorded in the model (its cross-validation, a description of the training data).

    Examples
    --------
    >>> text = "Ann Lee, a neighbour, said it. Bo Ray, a neighbour, said so. Cy Day, an officer, said no."
    >>> rows = pd.DataFrame({"article_id": ["a", "a", "a"], "speaker_start": [0, 31, 61],
    ...                      "speaker_end": [7, 37, 67], "rule_type": ["unknown"] * 3,
    ...                      "source_type": ["public", "public", "police"]})
    >>> m = train_source_model(rows, {"a": text}, C=10.0, min_articles=1)
    >>> m.classes, m.n_train, m.n_articles
    (('police', 'public'), 3, 1)
    """
    feats = _training_features(rows, texts, before, after, mentions)
    y = rows["source_type"].astype(str).to_numpy()
    if len(set(y)) < 2:
        raise ParameterError(f"the training rows have {len(set(y))} source type(s); a model needs two or more")
    arts = rows["article_id"].astype(str).tolist()
    names, clf = _source_fit(feats, y, arts, C=C, min_articles=min_articles, seed=seed)
    classes, coef, intercept = _class_rows(clf)
    return SourceTypeModel(classes=tuple(classes), features=tuple(names), coef=tuple(map(tuple, coef)),
                           intercept=tuple(intercept), before=before, after=after, mentions=mentions, C=float(C),
                           min_articles=int(min_articles), n_train=len(rows), n_articles=len(set(arts)),
                           cv=dict(cv or {}), trained_on=trained_on)
