"""Validation of the detectors against sentence-level human labels.

:func:`validate` compares what :func:`coverage.analyze` finds in each sentence
with what a human coder said about it, and returns precision, recall and F1 per
detector, a confusion table of religion frames and every disagreement with its
sentence text, so a lexicon can be checked on *your* corpus before its numbers
are trusted.

Labels
------
One row per labelled sentence (a subset of a corpus' sentences is fine):

=================  ==================================================================
column             meaning
=================  ==================================================================
``article_id``     article id, as in ``Analysis.sentences``
``sentence``       sentence index in the article (from 0), as in ``Analysis.sentences``
``solidarity``     1 if the sentence expresses or reports unity, support, mourning or defiance
``violence``       1 if it describes or evokes the attack, its harm, perpetrators, fear or threat
``religion``       1 if it refers to a religion, adherents, clergy, a place of worship, a
                   religious organisation or a religiously named extremist group
``religion_frame`` community, dissociation, attribution, target or neutral when
                   ``religion == 1``; empty when ``religion == 0``
``text_prefix``    optional: the first characters of the sentence, checked against the
                   segmentation (whitespace runs compare equal)
``text_sha1``      optional: SHA-1 of the sentence text (UTF-8), checked likewise; use it
                   when the labels may not contain corpus text
``note``           optional free text (kept in ``errors``)
=================  ==================================================================

Predictions
-----------
A sentence is predicted *solidarity* when its counted solidarity sum in
``Analysis.sentences`` is > 0, *violence* likewise, *religion* when it has at
least one religion reference. Its predicted frame is the frame of most of its
religion references; ties go to the first frame in the detector's precedence
order (dissociation > target > attribution > community, then neutral; see
:mod:`coverage.families.religion`).

Scores
------
For the three binary detectors: ``n`` labelled sentences, ``support`` (human
positives), ``precision = TP / (TP + FP)``, ``recall = TP / (TP + FN)``,
``f1`` (their harmonic mean), ``accuracy = (TP + TN) / n``; an undefined ratio
(e.g. no predicted positive) is NaN, not 0. The ``religion_frame`` row is
computed over the sentences where both the human and the detector found
religion: precision, recall and F1 are macro averages over the frames that
occur in either column there (as ``sklearn.metrics.precision_recall_fscore_support``
with ``average="macro"``), accuracy is the share of matching frames.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .errors import ParameterError
from .families.religion import RELIGION_FRAMES, ReligionRules

__all__ = ["validate", "ValidationResult", "LABEL_COLUMNS", "DETECTORS", "load_labels", "sentence_sha1"]

#: Required label columns.
LABEL_COLUMNS = ["article_id", "sentence", "solidarity", "violence", "religion", "religion_frame"]
#: Optional label columns.
OPTIONAL_COLUMNS = ["text_prefix", "text_sha1", "note"]
#: Columns that describe a row without being labels: those of an audit sheet
#: (:func:`coverage.audit.audit`) and of the project's labelled sets. They are read past, so a
#: filled sheet loads as it is; any other column is refused (a typo in a label name must not
#: go unnoticed).
DESCRIPTIVE_COLUMNS = ["outlet", "text", "stratum", "weight", "event", "dataset", "start", "end",
                       "pred_solidarity", "pred_violence", "pred_religion", "pred_religion_frame"]
#: Binary detectors scored by :func:`validate` (then ``religion_frame``).
DETECTORS = ["solidarity", "violence", "religion"]
#: Row/column labels of the frame confusion table.
CONFUSION_LABELS = [*RELIGION_FRAMES, "none"]
SCORE_COLUMNS = ["detector", "n", "support", "precision", "recall", "f1", "accuracy", "tp", "fp", "fn", "tn"]
ERROR_COLUMNS = ["detector", "kind", "article_id", "sentence", "human", "predicted", "evidence", "text", "note"]


def _frame_order() -> list[str]:
    return [*ReligionRules.default().precedence, "neutral"]


def _where(i: int, row: pd.Series | dict) -> str:
    return f"label row {i} (CSV line {i + 2}; article_id={row['article_id']!r}, sentence={row['sentence']!r})"


def _as01(value: Any, col: str, i: int, row: Any) -> int:
    if isinstance(value, (bool, np.bool_)):
        return int(value)
    if isinstance(value, (int, np.integer)) and value in (0, 1):
        return int(value)
    if isinstance(value, (float, np.floating)) and value in (0.0, 1.0):
        return int(value)
    if isinstance(value, str) and value.strip() in ("0", "1", "0.0", "1.0"):
        return int(float(value.strip()))
    raise ParameterError(
        f"{_where(i, row)}: {col} must be 0 or 1, got {value!r}; write 1 when the sentence has it, else 0"
    )


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and np.isnan(value):
        return True
    try:
        if pd.isna(value):
            return True
    except (TypeError, ValueError):
        pass
    return isinstance(value, str) and value.strip() == ""


def load_labels(labels: pd.DataFrame | str | os.PathLike) -> pd.DataFrame:
    """Read and check a label table (see the module docstring for the columns).

    Parameters
    ----------
    labels : DataFrame or path
        The table, or a CSV file (UTF-8) with a header row.

    Returns
    -------
    DataFrame
        ``article_id`` (str), ``sentence`` (int), ``solidarity, violence, religion``
        (int 0/1), ``religion_frame`` (str, "" when religion is 0) and the optional
        columns that were given, in input order.

    Raises
    ------
    ParameterError
        Missing or unknown columns, values other than 0/1, unknown frames, a frame
        without religion (or religion without a frame), duplicate sentences.

    Examples
    --------
    >>> import pandas as pd
    >>> load_labels(pd.DataFrame({"article_id": ["a"], "sentence": [0], "solidarity": [1],
    ...     "violence": [0], "religion": [0], "religion_frame": [""]})).to_dict("records")
    [{'article_id': 'a', 'sentence': 0, 'solidarity': 1, 'violence': 0, 'religion': 0, 'religion_frame': ''}]
    """
    if isinstance(labels, pd.DataFrame):
        df = labels.copy()
        source = "labels"
    elif isinstance(labels, (str, os.PathLike)):
        path = os.fspath(labels)
        if not os.path.isfile(path):
            raise ParameterError(f"label file {path!r} does not exist; pass a CSV path or a DataFrame")
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        source = path
    else:
        raise ParameterError(f"labels must be a DataFrame or a CSV path, not {type(labels).__name__}")
    cols = [str(c) for c in df.columns]
    missing = [c for c in LABEL_COLUMNS if c not in cols]
    if missing:
        raise ParameterError(
            f"{source}: missing label column(s) {missing}; a label table needs {LABEL_COLUMNS} "
            f"(optional {OPTIONAL_COLUMNS})"
        )
    df = df[[c for c in df.columns if str(c) not in DESCRIPTIVE_COLUMNS]]
    cols = [str(c) for c in df.columns]
    unknown = [c for c in cols if c not in LABEL_COLUMNS + OPTIONAL_COLUMNS]
    if unknown:
        raise ParameterError(
            f"{source}: unknown label column(s) {unknown}; allowed are {LABEL_COLUMNS + OPTIONAL_COLUMNS}: "
            "rename them (a custom frame is not validated) or drop them"
        )
    frames = set(RELIGION_FRAMES)
    rows = []
    for i, row in enumerate(df.to_dict("records")):
        aid = row["article_id"]
        if _blank(aid):
            raise ParameterError(f"label row {i} (CSV line {i + 2}): article_id is empty")
        sent = row["sentence"]
        try:
            sent_i = int(str(sent).strip()) if isinstance(sent, str) else int(sent)
            if isinstance(sent, (float, np.floating)) and sent != sent_i:
                raise ValueError
        except (TypeError, ValueError):
            raise ParameterError(
                f"{_where(i, row)}: sentence must be a non-negative integer index, got {sent!r}"
            ) from None
        if sent_i < 0:
            raise ParameterError(f"{_where(i, row)}: sentence must be >= 0, got {sent_i}")
        out = {"article_id": str(aid).strip(), "sentence": sent_i}
        for c in DETECTORS:
            out[c] = _as01(row[c], c, i, row)
        fr = "" if _blank(row["religion_frame"]) else str(row["religion_frame"]).strip().lower()
        if fr and fr not in frames:
            raise ParameterError(
                f"{_where(i, row)}: unknown religion_frame {row['religion_frame']!r}; use one of "
                f"{list(RELIGION_FRAMES)}, or leave it empty when religion is 0"
            )
        if out["religion"] == 1 and not fr:
            raise ParameterError(
                f"{_where(i, row)}: religion is 1 but religion_frame is empty; give one of {list(RELIGION_FRAMES)} "
                "(neutral when no frame applies)"
            )
        if out["religion"] == 0 and fr:
            raise ParameterError(
                f"{_where(i, row)}: religion_frame is {fr!r} but religion is 0; set religion to 1 or clear the frame"
            )
        out["religion_frame"] = fr
        for c in OPTIONAL_COLUMNS:
            if c in cols:
                out[c] = "" if _blank(row[c]) else str(row[c])
        rows.append(out)
    table = pd.DataFrame(rows, columns=[*LABEL_COLUMNS, *[c for c in OPTIONAL_COLUMNS if c in cols]])
    table["sentence"] = table["sentence"].astype("int64")
    for c in DETECTORS:
        table[c] = table[c].astype("int64")
    for c in ["article_id", "religion_frame", *[c for c in OPTIONAL_COLUMNS if c in cols]]:
        table[c] = table[c].astype(object)
    dup = table.duplicated(["article_id", "sentence"], keep="first")
    if dup.any():
        i = int(np.flatnonzero(dup.to_numpy())[0])
        raise ParameterError(f"{_where(i, table.iloc[i])}: duplicate label for this sentence; keep one row per sentence")
    return table


def _squash(s: str) -> str:
    return " ".join(s.split())


def sentence_sha1(text: str) -> str:
    """SHA-1 (hex) of a sentence's UTF-8 text, the ``text_sha1`` alignment key.

    >>> sentence_sha1("We stand together.")[:12]
    '14b6852b31fd'
    """
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _predicted_frame(counts: dict[str, int], order: list[str]) -> str:
    """The frame with the most cue hits in a sentence (ties: ``order``); "" when it has none."""
    if sum(counts.values()) == 0:
        return ""
    best = max(counts.values())
    return next(f for f in order if counts[f] == best)


def _ratio(a: float, b: float) -> float:
    return float(a / b) if b > 0 else float("nan")


def _f1(p: float, r: float) -> float:
    if np.isnan(p) or np.isnan(r):
        return float("nan")
    return float(2 * p * r / (p + r)) if p + r > 0 else 0.0


def _binary_scores(name: str, human: np.ndarray, pred: np.ndarray) -> dict[str, Any]:
    tp = int(((human == 1) & pred).sum())
    fp = int(((human == 0) & pred).sum())
    fn = int(((human == 1) & ~pred).sum())
    tn = int(((human == 0) & ~pred).sum())
    n = tp + fp + fn + tn
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {"detector": name, "n": n, "support": tp + fn, "precision": p, "recall": r, "f1": _f1(p, r),
            "accuracy": _ratio(tp + tn, n), "tp": tp, "fp": fp, "fn": fn, "tn": tn}


def _frame_scores(human: list[str], pred: list[str]) -> dict[str, Any]:
    n = len(human)
    labels = [f for f in RELIGION_FRAMES if f in set(human) | set(pred)]
    ps, rs, fs = [], [], []
    for f in labels:
        tp = sum(h == f and p == f for h, p in zip(human, pred, strict=True))
        fp = sum(h != f and p == f for h, p in zip(human, pred, strict=True))
        fn = sum(h == f and p != f for h, p in zip(human, pred, strict=True))
        # sklearn's convention inside a macro average: an undefined ratio counts as 0
        p_ = tp / (tp + fp) if tp + fp else 0.0
        r_ = tp / (tp + fn) if tp + fn else 0.0
        ps.append(p_)
        rs.append(r_)
        fs.append(2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0)
    agree = sum(h == p for h, p in zip(human, pred, strict=True))
    nan = float("nan")
    return {"detector": "religion_frame", "n": n, "support": n,
            "precision": float(np.mean(ps)) if labels else nan, "recall": float(np.mean(rs)) if labels else nan,
            "f1": float(np.mean(fs)) if labels else nan, "accuracy": _ratio(agree, n),
            "tp": agree, "fp": n - agree, "fn": n - agree, "tn": 0}


@dataclass
class ValidationResult:
    """What :func:`validate` returns.

    Attributes
    ----------
    scores : DataFrame
        ``detector, n, support, precision, recall, f1, accuracy, tp, fp, fn, tn``; rows
        solidarity, violence, religion and religion_frame (macro over frames, on the
        sentences both human and detector mark as religious; there ``tp`` counts
        matching frames and ``fp``/``fn`` the mismatches).
    confusion : DataFrame
        Frame confusion over all labelled sentences: human frame (rows) x predicted
        frame (columns), both in ``community, dissociation, attribution, target,
        neutral, none`` order; "none" = no religious reference.
    errors : DataFrame
        ``detector, kind, article_id, sentence, human, predicted, evidence, text, note``:
        every false positive/negative and frame mismatch with the sentence text and
        the lexicon matches ("evidence") that produced the prediction.
    table : DataFrame
        Every labelled sentence with the human labels and the predictions
        (``pred_solidarity`` ... ``pred_religion_frame``) side by side.
    analysis : Analysis
        The analysis the predictions came from.
    """

    scores: pd.DataFrame
    confusion: pd.DataFrame
    errors: pd.DataFrame
    table: pd.DataFrame
    analysis: Any = field(default=None, repr=False)

    def __repr__(self) -> str:
        n = int(self.scores["n"].iloc[0]) if len(self.scores) else 0
        s = self.scores[["detector", "n", "support", "precision", "recall", "f1", "accuracy"]]
        return (
            f"ValidationResult: {n} labelled sentences, {len(self.errors)} disagreements\n"
            + s.to_string(index=False, float_format=lambda x: f"{x:.3f}")
            + "\n\nreligion frames (human rows x predicted columns):\n"
            + self.confusion.to_string()
        )

    def _repr_html_(self) -> str:
        s = self.scores[["detector", "n", "support", "precision", "recall", "f1", "accuracy"]]
        scores = s.to_html(index=False, escape=True, float_format=lambda x: f"{x:.3f}", na_rep="–")
        conf = self.confusion.to_html(escape=True)
        err = self.errors.head(50).to_html(index=False, escape=True)
        more = (f"<p><small>first 50 of {len(self.errors)} disagreements; see <code>.errors</code></small></p>"
                if len(self.errors) > 50 else "")
        n = int(self.scores["n"].iloc[0]) if len(self.scores) else 0
        return (
            f"<div class='mc-validation'><p><b>Validation</b>: {n} labelled sentences, "
            f"{len(self.errors)} disagreements</p>{scores}"
            f"<p><b>Religion frames</b> (human rows × predicted columns)</p>{conf}"
            f"<details><summary>Disagreements</summary>{err}{more}</details></div>"
        )


def align(lab: pd.DataFrame, sents: pd.DataFrame) -> tuple[list[dict[str, Any]], list[int]]:
    """Each label row (as :func:`load_labels` returns them) with its sentence's ``text``, and the position of
    that sentence in ``sents`` (an analysis' sentence table with ``article_id`` as str), checked.

    Raises
    ------
    ParameterError
        A label row whose article is not in the corpus, whose sentence index is past the article's end,
        or whose ``text_prefix``/``text_sha1`` does not match the sentence (the message names the row
        and its CSV line).
    """
    # one dict lookup per label row (a MultiIndex .loc per row costs about a millisecond)
    where = {k: j for j, k in enumerate(zip(sents["article_id"].tolist(), sents["sentence"].tolist(), strict=True))}
    texts = sents["text"].tolist()
    known_articles = set(sents["article_id"])
    n_sent = sents.groupby("article_id")["sentence"].max().to_dict()
    records, at = [], []
    for i, r in enumerate(lab.to_dict("records")):
        if r["article_id"] not in known_articles:
            raise ParameterError(
                f"{_where(i, r)}: article_id not in the analysed corpus; labels must use the corpus' article ids"
            )
        j = where.get((r["article_id"], r["sentence"]))
        if j is None:
            raise ParameterError(
                f"{_where(i, r)}: the article has sentences 0..{n_sent[r['article_id']]} only: "
                "the segmentation changed since labelling; re-align the labels"
            )
        text = str(texts[j])
        if r.get("text_prefix"):
            pre = _squash(r["text_prefix"])
            if not _squash(text).startswith(pre):
                raise ParameterError(
                    f"{_where(i, r)}: text_prefix {r['text_prefix']!r} does not match the sentence "
                    f"{text[:60]!r}: the segmentation or the text changed since labelling; re-align the labels"
                )
        if r.get("text_sha1"):
            if sentence_sha1(text) != r["text_sha1"].strip().lower():
                raise ParameterError(
                    f"{_where(i, r)}: text_sha1 does not match the sentence {text[:60]!r}: the segmentation "
                    "or the text changed since labelling; re-align the labels"
                )
        records.append({**r, "text": text})
        at.append(j)
    return records, at


def validate(
    labels: pd.DataFrame | str | os.PathLike,
    *,
    analysis: Any = None,
    corpus: Any = None,
    lexicon: Any = None,
) -> ValidationResult:
    """Score the solidarity, violence and religion detectors against human labels.

    Parameters
    ----------
    labels : DataFrame or CSV path
        Sentence-level labels (columns in the module docstring).
    analysis : Analysis, optional
        An analysis of the labelled corpus. Sentence-level values do not depend on
        ``exclude_boilerplate``, so any analysis of the same texts and lexicon works.
    corpus : Corpus, DataFrame or path, optional
        Analysed with ``coverage.analyze(corpus, lexicon=lexicon, exclude_boilerplate=False)``
        when ``analysis`` is not given.
    lexicon : Lexicon, path, YAML string or dict, optional
        Framing lexicon for that analysis (``None``: the built-in one).

    Returns
    -------
    ValidationResult
        ``.scores``, ``.confusion``, ``.errors``, ``.table``.

    Raises
    ------
    ParameterError
        Bad labels (see :func:`load_labels`), a labelled sentence that is not in the
        corpus, or a ``text_prefix``/``text_sha1`` that does not match the sentence
        (the segmentation or the text changed since labelling).

    Examples
    --------
    >>> import pandas as pd, coverage
    >>> corpus = pd.DataFrame({"id": ["a"], "outlet": ["A"],
    ...     "text": ["We stand together. The attacker was shot dead."]})
    >>> labels = pd.DataFrame({"article_id": ["a", "a"], "sentence": [0, 1],
    ...     "solidarity": [1, 0], "violence": [0, 1], "religion": [0, 0],
    ...     "religion_frame": ["", ""], "text_prefix": ["We stand", "The attacker"]})
    >>> res = coverage.validate(labels, corpus=corpus)
    >>> res.scores[["detector", "precision", "recall", "f1"]].iloc[:2]
         detector  precision  recall   f1
    0  solidarity        1.0     1.0  1.0
    1    violence        1.0     1.0  1.0
    """
    lab = load_labels(labels)
    if analysis is None:
        if corpus is None:
            raise ParameterError("validate needs the labelled texts: pass analysis=coverage.analyze(...) or corpus=...")
        from .analysis import analyze

        analysis = analyze(corpus, lexicon=lexicon, exclude_boilerplate=False)
    else:
        if corpus is not None or lexicon is not None:
            raise ParameterError(
                "pass either analysis= or corpus=/lexicon=, not both: an analysis already fixes corpus and lexicon"
            )
        if not hasattr(analysis, "sentences"):
            raise ParameterError(f"analysis must be a coverage.Analysis, not {type(analysis).__name__}")

    sents = analysis.sentences
    rel_cols = [f"religion_{f}" for f in RELIGION_FRAMES]
    need = ["article_id", "sentence", "text", "solidarity", "violence", "religion", *rel_cols]
    sents = sents[need].copy()
    sents["article_id"] = sents["article_id"].astype(str)
    records, at = align(lab, sents)
    solidarity, violence = sents["solidarity"].tolist(), sents["violence"].tolist()
    religion = sents["religion"].tolist()
    frame_hits = {f: sents[f"religion_{f}"].tolist() for f in RELIGION_FRAMES}
    order = _frame_order()
    rows = [{
        **r,
        "pred_solidarity": int(float(solidarity[j]) > 0),
        "pred_violence": int(float(violence[j]) > 0),
        "pred_religion": int(int(religion[j]) > 0),
        "pred_religion_frame": _predicted_frame({f: int(frame_hits[f][j]) for f in RELIGION_FRAMES}, order),
    } for r, j in zip(records, at, strict=True)]
    table = pd.DataFrame(rows)
    if table.empty:
        raise ParameterError("labels has no rows; label at least one sentence")

    score_rows = [
        _binary_scores(d, table[d].to_numpy(), table[f"pred_{d}"].to_numpy().astype(bool)) for d in DETECTORS
    ]
    both = table[(table["religion"] == 1) & (table["pred_religion"] == 1)]
    score_rows.append(_frame_scores(both["religion_frame"].tolist(), both["pred_religion_frame"].tolist()))
    scores = pd.DataFrame(score_rows, columns=SCORE_COLUMNS)

    h = table["religion_frame"].replace("", "none")
    p = table["pred_religion_frame"].replace("", "none")
    confusion = pd.crosstab(pd.Categorical(h, categories=CONFUSION_LABELS),
                            pd.Categorical(p, categories=CONFUSION_LABELS), dropna=False)
    confusion = confusion.reindex(index=CONFUSION_LABELS, columns=CONFUSION_LABELS, fill_value=0).astype("int64")
    confusion.index.name = "human"
    confusion.columns.name = "predicted"

    errors = _errors(table, analysis)
    keep = [c for c in ["article_id", "sentence", *DETECTORS, "religion_frame", "pred_solidarity", "pred_violence",
                        "pred_religion", "pred_religion_frame", "text", "note"] if c in table.columns]
    return ValidationResult(scores=scores, confusion=confusion, errors=errors,
                            table=table[keep].reset_index(drop=True), analysis=analysis)


def _evidence(hits: dict[str, list[Any]], at: np.ndarray, metric: str) -> str:
    """The hits behind one sentence's ``metric`` (``hits``: the analysis' hit columns as lists; ``at``: the
    sentence's rows)."""
    rows = at.tolist()
    matched, counted_as = hits["matched"], hits["counted_as"]
    if metric == "religion_frame" or metric == "religion":
        return "; ".join(f"{matched[i]} -> {hits['frame'][i]}" for i in rows if hits["metric"][i] == "religion")
    return "; ".join(
        f"{matched[i]} ({counted_as[i] or 'not counted'} {hits['weight'][i]:g})"
        for i in rows if hits["metric"][i] == metric or counted_as[i] == metric
    )


def _errors(table: pd.DataFrame, analysis: Any) -> pd.DataFrame:
    hits = analysis.hits
    hits = hits.assign(article_id=hits["article_id"].astype(str))
    # row positions per sentence, and the columns the evidence shows as lists (slicing the frame once per
    # disagreement costs about a millisecond)
    by_sent = hits.groupby(["article_id", "sentence"], sort=False).indices if len(hits) else {}
    cols = {c: hits[c].tolist() for c in ("metric", "matched", "frame", "counted_as", "weight")}
    empty = np.zeros(0, dtype=np.int64)
    rows = []
    for r in table.to_dict("records"):
        at = by_sent.get((r["article_id"], r["sentence"]), empty)
        note = r.get("note", "")
        for d in DETECTORS:
            hu, pr = r[d], r[f"pred_{d}"]
            if hu != pr:
                rows.append({"detector": d, "kind": "false positive" if pr else "false negative",
                             "article_id": r["article_id"], "sentence": r["sentence"], "human": str(hu),
                             "predicted": str(pr), "evidence": _evidence(cols, at, d), "text": r["text"], "note": note})
        if r["religion"] == 1 and r["pred_religion"] == 1 and r["religion_frame"] != r["pred_religion_frame"]:
            rows.append({"detector": "religion_frame", "kind": "wrong frame", "article_id": r["article_id"],
                         "sentence": r["sentence"], "human": r["religion_frame"],
                         "predicted": r["pred_religion_frame"], "evidence": _evidence(cols, at, "religion_frame"),
                         "text": r["text"], "note": note})
    err = pd.DataFrame(rows, columns=ERROR_COLUMNS)
    det_order = {d: k for k, d in enumerate([*DETECTORS, "religion_frame"])}
    if not err.empty:
        err = err.assign(_d=err["detector"].map(det_order)).sort_values(
            ["_d", "kind", "article_id", "sentence"], kind="stable").drop(columns="_d").reset_index(drop=True)
    return err
