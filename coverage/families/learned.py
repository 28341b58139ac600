"""A learned sentence detector as a metric family, and the plain-data model behind it.

:class:`LearnedModel` is a logistic-regression detector of one label (solidarity, violence or
religion, as coded in a label table, see :mod:`coverage.validate`) trained by
:func:`coverage.learn.train_detector` from the user's own sentence labels. It is plain data: a
list of feature names, one weight per feature, an intercept and a threshold, saved as a JSON file
(:meth:`LearnedModel.to_json`, no pickle) and checked when it is read back
(:meth:`LearnedModel.from_json`). Predicting needs neither scikit-learn nor the training data.

:class:`LearnedDetector` runs a model in the engine's one pass: the column ``learned_<label>``
(the probability of each sentence), ``learned_<label>_flag`` (1 when the probability reaches the
model's threshold), the share of flagged sentences and flagged sentences per 1,000 words per
article and outlet, and one piece of evidence per flagged sentence naming the three features that
pushed it up most.

Features of a sentence (:func:`sentence_features`)
----------------------------------------------------
* the framing lexicon's hits, computed here with the built-in lexicon exactly as the framing
  family computes them: ``frame:<frame>`` (the weighted, negation- and contrast-aware sums that
  are the ``solidarity`` and ``violence`` columns of :attr:`Analysis.sentences`),
  ``group:<frame>/<group>`` (hits per lexicon group, counted or not);
* the religion rules' references: ``religion`` (the ``religion`` column), ``religion_frame:<frame>``
  (the ``religion_<frame>`` columns) and ``religion_group:<category>``, with the previous
  sentence as context, as the religion family does;
* cues: ``cue:negation`` (a negation word in the sentence), ``cue:negated_hit`` (lexicon hits
  a negation scopes over), ``cue:in_quote`` (the segmenter puts the sentence inside a quotation),
  ``cue:quote_mark`` (the sentence has a quotation mark);
* ``w:<n-gram>``: word n-grams (presence) of the lower-cased, folded token norms
  (:func:`coverage.text.token_norm`), punctuation left out, any token with a digit as ``<num>``.

The family computes the lexicon features itself rather than reading the framing and religion
families' columns: the engine gives a family's sentence hook only the sentence, not the columns
other families computed for it, and a model must see the features it was trained on whatever
families (or custom lexicons) the analysis runs. The model records the hashes of the built-in
lexicon and rules it was trained with; a different installed version gives a warning.

Examples
--------
>>> model = LearnedModel(label="solidarity", feature_names=("frame:solidarity",), vocabulary=("vigil",),
...                      coef=(2.0, 1.5), intercept=-1.0, threshold=0.5, n_train=10)
>>> model.predict_proba(["The vigil was held.", "Police closed the road."]).round(3).tolist()  # 'vigil': n-gram + lexicon
[0.924, 0.269]
>>> import coverage, pandas as pd
>>> df = pd.DataFrame({"id": ["a"], "outlet": ["A"], "text": ["We stand together at the vigil. Police closed the road."]})
>>> a = coverage.analyze(df, families=[*coverage.default_families(), LearnedDetector(model)], n_boot=50)
>>> a.sentences[["learned_solidarity_flag"]].to_numpy().ravel().tolist()
[1, 0]
>>> a.articles[["learned_solidarity_share"]].to_numpy().ravel().tolist()
[0.5]
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any

import numpy as np

from .._version import __version__
from ..errors import CoverageWarning, ParameterError
from ..lexicon import Lexicon
from ..palette import OKABE_ITO
from ..text import Token, is_word, tokenize
from .base import Family, Hit, Metric, SentenceResult, SentenceView
from .framing import match_frames
from .religion import ReligionRules, match_religion

__all__ = [
    "LearnedModel",
    "LearnedDetector",
    "sentence_features",
    "text_features",
    "rows_features",
    "describe_feature",
    "SCHEMA",
    "FEATURES_VERSION",
]

#: The ``schema`` of a model file.
SCHEMA = "media-coverage/learned-detector"
#: Version of the model file layout.
SCHEMA_VERSION = 1
#: Version of :func:`sentence_features` (a model trained on other features is refused).
FEATURES_VERSION = 1
#: Prefix of the n-gram features (the model's ``vocabulary`` holds the n-grams without it).
NGRAM = "w:"
_LABEL_RE = re.compile(r"[a-z][a-z0-9_]*")
_QUOTES = frozenset("\"“”«»„‟")
_NUM = "<num>"


# ---------------------------------------------------------------------------
# features


def _ngram_words(tokens: Sequence[Token]) -> list[Token]:
    return [t for t in tokens if is_word(t)]


def _word_key(norm: str) -> str:
    return _NUM if any(ch.isdigit() for ch in norm) else norm


def sentence_features(
    tokens: Sequence[Token],
    text: str,
    *,
    start: int = 0,
    previous_tokens: Sequence[Token] = (),
    in_quote: bool = False,
    ngram_range: tuple[int, int] = (1, 2),
    lexicon: Lexicon | None = None,
    rules: ReligionRules | None = None,
) -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
    """The features of ONE sentence, and where in the article each was first seen.

    Parameters
    ----------
    tokens : sequence of Token
        The sentence's tokens with article offsets (``tokenize(text, offset=start)``).
    text : str
        The sentence text.
    start : int, default 0
        Offset of the sentence in its article.
    previous_tokens : sequence of Token
        Tokens of the previous sentence of the article (the religion rules' context).
    in_quote : bool, default False
        Whether the segmenter puts the sentence inside a quotation (``Analysis.sentences.in_quote``).
    ngram_range : (int, int), default (1, 2)
        Shortest and longest word n-gram.
    lexicon, rules : optional
        Framing lexicon and religion rules (default: the built-in ones).

    Returns
    -------
    (dict, dict)
        ``{feature: value}`` (names in the module documentation; only non-zero features) and
        ``{feature: (start, end)}``, the article offsets of each feature's first occurrence.

    Examples
    --------
    >>> s = "We are not afraid of them."
    >>> values, spans = sentence_features(tokenize(s), s, ngram_range=(1, 1))
    >>> {k: v for k, v in values.items() if not k.startswith("w:")}
    {'frame:solidarity': 1.0, 'group:violence/fear': 1.0, 'cue:negated_hit': 1.0, 'cue:negation': 1.0}
    >>> values["w:afraid"], spans["w:afraid"]
    (1.0, (11, 17))
    """
    lexicon = Lexicon.default() if lexicon is None else lexicon
    rules = ReligionRules.default() if rules is None else rules
    values: dict[str, float] = {}
    spans: dict[str, tuple[int, int]] = {}

    def add(name: str, amount: float, span: tuple[int, int] | None) -> None:
        values[name] = values.get(name, 0.0) + float(amount)
        if span is not None and name not in spans:
            spans[name] = span

    for h in match_frames(tokens, lexicon):
        span = (h.start, h.end)
        if h.counted_as:
            add(f"frame:{h.counted_as}", h.weight, span)
        add(f"group:{h.metric}/{h.category}", 1.0, span)
        if h.negated:
            add("cue:negated_hit", 1.0, span)
    for r in match_religion(tokens, text, sentence_start=start, context_tokens=list(previous_tokens), rules=rules):
        span = (r.start, r.end)
        add("religion", 1.0, span)
        add(f"religion_frame:{r.frame}", 1.0, span)
        add(f"religion_group:{r.category}", 1.0, span)
    negators = lexicon.settings.negators
    for t in tokens:
        n = t.norm
        if n in negators or (len(n) > 3 and n.endswith("n't")):
            values["cue:negation"] = 1.0
            spans.setdefault("cue:negation", (t.start, t.end))
            break
    if in_quote:
        values["cue:in_quote"] = 1.0
    for k, ch in enumerate(text):
        if ch in _QUOTES:
            values["cue:quote_mark"] = 1.0
            spans["cue:quote_mark"] = (start + k, start + k + 1)
            break
    words = _ngram_words(tokens)
    keys = [_word_key(t.norm) for t in words]
    lo, hi = ngram_range
    for n in range(lo, hi + 1):
        for i in range(len(keys) - n + 1):
            name = NGRAM + " ".join(keys[i:i + n])
            if name not in values:
                values[name] = 1.0  # presence
                spans[name] = (words[i].start, words[i + n - 1].end)
    return values, spans


def text_features(text: str, *, previous_text: str | None = None, in_quote: bool = False,
                  ngram_range: tuple[int, int] = (1, 2), lexicon: Lexicon | None = None,
                  rules: ReligionRules | None = None) -> dict[str, float]:
    """:func:`sentence_features` of a sentence given as text (offsets from 0).

    Examples
    --------
    >>> sorted(text_features("A mosque was attacked.", ngram_range=(1, 1)))[:4]
    ['frame:violence', 'group:violence/attack', 'religion', 'religion_frame:target']
    """
    prev = tokenize(previous_text) if previous_text else []
    return sentence_features(tokenize(text), text, start=0, previous_tokens=prev, in_quote=in_quote,
                             ngram_range=ngram_range, lexicon=lexicon, rules=rules)[0]


_CUES = {
    "cue:negation": "a negation word",
    "cue:negated_hit": "a negated lexicon term",
    "cue:in_quote": "inside a quotation",
    "cue:quote_mark": "a quotation mark",
    "religion": "religion references",
}


def describe_feature(name: str) -> str:
    """A feature name in words (for evidence rules and reports).

    Examples
    --------
    >>> describe_feature("w:stand together"), describe_feature("frame:violence"), describe_feature("cue:in_quote")
    ("'stand together'", 'violence lexicon (weighted hits)', 'inside a quotation')
    """
    if name.startswith(NGRAM):
        return repr(name[len(NGRAM):])
    if name in _CUES:
        return _CUES[name]
    kind, _, rest = name.partition(":")
    return {
        "frame": f"{rest} lexicon (weighted hits)",
        "group": f"lexicon group {rest}",
        "religion_frame": f"religion frame {rest}",
        "religion_group": f"religion category {rest}",
    }.get(kind, name)


# ---------------------------------------------------------------------------
# the model


def _lexicon_info(lexicon: Lexicon) -> dict[str, str]:
    return {"name": str(lexicon.name), "version": str(lexicon.version), "sha256": str(lexicon.sha256)}


def _rules_info(rules: ReligionRules) -> dict[str, str]:
    return {"version": str(rules.version), "sha256": str(rules.sha256)}


#: Model fields: JSON type(s) each must have in a file.
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "label": (str,), "feature_names": (list,), "vocabulary": (list,), "coef": (list,), "intercept": (float, int),
    "threshold": (float, int), "n_train": (int,), "n_positive": (int,), "n_articles": (int,),
    "cv": (dict,), "ngram_range": (list,), "min_df": (int,), "C": (float, int), "seed": (int,),
    "lexicon": (dict,), "religion_rules": (dict,), "features_version": (int,), "created_by": (str,),
}


@dataclass(frozen=True)
class LearnedModel:
    """A trained sentence detector: logistic regression weights as plain data.

    ``p = 1 / (1 + exp(-(intercept + sum(coef[i] * x[i]))))`` over the features ``x`` of a sentence
    (:func:`sentence_features`); the sentence is flagged when ``p >= threshold``. Created by
    :func:`coverage.learn.train_detector`; saved and read with :meth:`to_json` /
    :meth:`from_json` (JSON, no pickle).

    Attributes
    ----------
    label : str
        The label it detects (``solidarity``, ``violence`` or ``religion``).
    feature_names : tuple of str
        The lexicon and cue features (module documentation), sorted.
    vocabulary : tuple of str
        The word n-grams (without the ``w:`` prefix), sorted.
    coef : tuple of float
        One weight per feature: ``feature_names`` then ``vocabulary``.
    intercept, threshold : float
    n_train, n_positive, n_articles : int
        Labelled sentences, positives among them, articles they come from.
    cv : dict
        Cross-validated scores of the training recipe on the training labels, grouped by
        article: ``scheme, n_splits, n, support, precision, recall, f1`` (None when undefined).
    ngram_range, min_df, C, seed :
        Training settings (n-gram lengths, minimum sentences per n-gram, inverse regularisation).
    lexicon, religion_rules : dict
        Name, version and SHA-256 of the built-in framing lexicon and religion rules the
        features were computed with.
    features_version : int
        Version of :func:`sentence_features`.
    created_by : str
        Package version that trained it.
    """

    label: str
    feature_names: tuple[str, ...]
    vocabulary: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float = 0.5
    n_train: int = 0
    n_positive: int = 0
    n_articles: int = 0
    cv: Mapping[str, Any] = field(default_factory=dict)
    ngram_range: tuple[int, int] = (1, 2)
    min_df: int = 2
    C: float = 1.0
    seed: int = 0
    lexicon: Mapping[str, str] = field(default_factory=lambda: _lexicon_info(Lexicon.default()))
    religion_rules: Mapping[str, str] = field(default_factory=lambda: _rules_info(ReligionRules.default()))
    features_version: int = FEATURES_VERSION
    created_by: str = f"media-coverage {__version__}"

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "feature_names", tuple(str(x) for x in self.feature_names))
        set_(self, "vocabulary", tuple(str(x) for x in self.vocabulary))
        set_(self, "coef", tuple(float(x) for x in self.coef))
        set_(self, "intercept", float(self.intercept))
        set_(self, "threshold", float(self.threshold))
        set_(self, "C", float(self.C))
        set_(self, "ngram_range", tuple(int(x) for x in self.ngram_range))
        set_(self, "cv", dict(self.cv))
        set_(self, "lexicon", dict(self.lexicon))
        set_(self, "religion_rules", dict(self.religion_rules))
        problem = _check_model(self)
        if problem:
            raise ParameterError(f"LearnedModel: {problem}")

    def __hash__(self) -> int:
        return hash(self.sha256)

    # -- plain data ------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (lists, dicts, str, int, float; no NaN), without the checksum."""
        out: dict[str, Any] = {"schema": SCHEMA, "schema_version": SCHEMA_VERSION}
        for f in fields(self):
            v = getattr(self, f.name)
            if isinstance(v, tuple):
                v = list(v)
            elif isinstance(v, Mapping):
                v = {str(k): _json_value(x) for k, x in v.items()}
            out[f.name] = v
        return out

    @cached_property
    def sha256(self) -> str:
        """SHA-256 of the model's canonical JSON (what the file's ``sha256`` records)."""
        return hashlib.sha256(_canonical(self.to_dict()).encode("ascii")).hexdigest()

    def to_json_text(self) -> str:
        """The file content :meth:`to_json` writes (sorted keys, floats as ``repr``, a checksum)."""
        return _canonical({**self.to_dict(), "sha256": self.sha256}, indent=1) + "\n"

    def to_json(self, path: str | os.PathLike[str]) -> str:
        """Write the model to ``path`` as JSON, atomically (:func:`coverage.outputs.atomic_write`).

        Returns the path written. The file is plain JSON: sorted keys, every float written
        with ``repr`` (read back bit for bit) and a ``sha256`` of the content, so an edited
        or truncated file is refused by :meth:`from_json`. An existing ``path`` is replaced
        only when it is a model file as :meth:`to_json` wrote it (it reads back and its
        checksum holds); any other file, an edited model included, is left as it is and
        :class:`~coverage.outputs.OutputError` names it.
        """
        from ..outputs import OutputError, atomic_write

        path = os.fspath(path)
        if os.path.lexists(path):
            try:
                type(self).from_json(path)
            except ParameterError as exc:
                raise OutputError(f"{path}: exists and is not a learned-detector model written by media-coverage "
                                  f"({str(exc).removeprefix(path + ': ')}), so it is not overwritten; choose "
                                  "another file name or move it") from None
        atomic_write(path, self.to_json_text().encode("ascii"))
        return path

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "<dict>") -> LearnedModel:
        """A model from :meth:`to_dict` data, every field checked (errors name ``source`` and the field)."""
        if not isinstance(data, dict):
            raise ParameterError(f"{source}: a learned-detector model is a JSON object, not {type(data).__name__}")
        if data.get("schema") != SCHEMA:
            raise ParameterError(f"{source}: not a learned-detector model (schema is {data.get('schema')!r}, "
                                 f"expected {SCHEMA!r}); write models with LearnedModel.to_json")
        if data.get("schema_version") != SCHEMA_VERSION:
            raise ParameterError(f"{source}: schema_version {data.get('schema_version')!r} is not supported "
                                 f"(this version reads {SCHEMA_VERSION}); retrain the model")
        names = [f.name for f in fields(cls)]
        allowed = {"schema", "schema_version", "sha256", *names}
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ParameterError(f"{source}: unknown key(s) {unknown}; a model has {sorted(allowed)}")
        missing = [n for n in names if n not in data]
        if missing:
            raise ParameterError(f"{source}: missing key(s) {missing}")
        for n in names:
            v = data[n]
            if not isinstance(v, _FIELD_TYPES[n]) or isinstance(v, bool):
                want = " or ".join(t.__name__ for t in _FIELD_TYPES[n])
                raise ParameterError(f"{source}: {n} must be a JSON {want}, not {type(v).__name__} ({str(v)[:40]})")
        for n in ("feature_names", "vocabulary"):
            bad = next((x for x in data[n] if not isinstance(x, str)), None)
            if bad is not None:
                raise ParameterError(f"{source}: {n} must be a list of strings; found {bad!r}")
        bad = next((x for x in data["coef"] if not isinstance(x, (int, float)) or isinstance(x, bool)), None)
        if bad is not None:
            raise ParameterError(f"{source}: coef must be a list of numbers; found {bad!r}")
        if len(data["ngram_range"]) != 2 or not all(isinstance(x, int) for x in data["ngram_range"]):
            raise ParameterError(f"{source}: ngram_range must be two integers, not {data['ngram_range']!r}")
        if data["features_version"] != FEATURES_VERSION:
            raise ParameterError(f"{source}: features_version {data['features_version']} is not the features this "
                                 f"version computes ({FEATURES_VERSION}); retrain the model")
        try:
            model = cls(**{n: data[n] for n in names})
        except ParameterError as exc:
            raise ParameterError(f"{source}: {str(exc).removeprefix('LearnedModel: ')}") from None
        if "sha256" in data and data["sha256"] != model.sha256:
            raise ParameterError(f"{source}: the sha256 recorded in the file does not match its content: the file "
                                 "was edited or damaged after it was written. Retrain, or change a setting in "
                                 "Python (dataclasses.replace(model, threshold=...)) and save with to_json")
        return model

    @classmethod
    def from_json(cls, path: str | os.PathLike[str]) -> LearnedModel:
        """Read a model written by :meth:`to_json`; a bad file raises :class:`ParameterError` naming it."""
        p = os.fspath(path)
        if not os.path.isfile(p):
            raise ParameterError(f"model file {p!r} does not exist; write one with LearnedModel.to_json(path)")
        try:
            with open(p, encoding="utf-8") as fh:
                data = json.load(fh, parse_constant=_no_constant)
        except UnicodeDecodeError as exc:
            raise ParameterError(f"{p}: not UTF-8 text ({exc.reason}); is it a model file?") from None
        except json.JSONDecodeError as exc:
            raise ParameterError(f"{p}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
        except ValueError as exc:
            raise ParameterError(f"{p}: {exc}") from None
        return cls.from_dict(data, source=p)

    # -- prediction --------------------------------------------------------------
    @cached_property
    def weights(self) -> dict[str, float]:
        """``{feature: weight}`` over every feature (n-grams with their ``w:`` prefix)."""
        names = [*self.feature_names, *(NGRAM + v for v in self.vocabulary)]
        return dict(zip(names, self.coef, strict=True))

    def contributions(self, features: Mapping[str, float]) -> list[tuple[str, float]]:
        """``(feature, weight * value)`` of every feature of the sentence the model knows, largest first."""
        w = self.weights
        out = [(k, w[k] * float(v)) for k, v in sorted(features.items()) if k in w and v]
        return sorted(out, key=lambda kv: (-kv[1], kv[0]))

    def decision(self, features: Mapping[str, float]) -> float:
        """``intercept + sum(weight * value)`` (the log-odds) of one sentence's features."""
        w = self.weights
        z = self.intercept
        for k in sorted(features):
            if k in w:
                z += w[k] * float(features[k])
        return z

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability of the label for one sentence's features."""
        z = self.decision(features)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def features(self, text: str, **kwargs: Any) -> dict[str, float]:
        """:func:`text_features` with this model's n-gram lengths."""
        return text_features(text, ngram_range=self.ngram_range, **kwargs)

    def predict_proba(self, texts: Any) -> np.ndarray:
        """The probability of the label for each sentence.

        Parameters
        ----------
        texts : str, sequence of str, or DataFrame
            Sentences as text, or sentence rows with a ``text`` column (e.g.
            ``analysis.sentences``): then ``in_quote`` is used when present and, with
            ``article_id``, ``sentence`` and ``start``, the previous sentence of the same
            article as the religion rules' context and the article offsets, as in the engine.

        Returns
        -------
        ndarray of float64
            One probability per sentence (``>= threshold``: flagged).
        """
        return np.array([self.probability(f) for f in self._rows_features(texts)], dtype="float64")

    def predict(self, texts: Any) -> np.ndarray:
        """0/1 per sentence: ``predict_proba(texts) >= threshold``."""
        return (self.predict_proba(texts) >= self.threshold).astype("int64")

    def _rows_features(self, texts: Any) -> list[dict[str, float]]:
        import pandas as pd

        if isinstance(texts, str):
            return [self.features(texts)]
        if isinstance(texts, pd.DataFrame):
            if "text" not in texts.columns:
                raise ParameterError("predict_proba: a table of sentences needs a 'text' column "
                                     "(e.g. analysis.sentences)")
            return rows_features(texts, ngram_range=self.ngram_range)
        if isinstance(texts, Sequence) or hasattr(texts, "__iter__"):
            items = list(texts)
            bad = next((x for x in items if not isinstance(x, str)), None)
            if bad is not None:
                raise ParameterError(f"predict_proba: sentences must be strings, got {type(bad).__name__}")
            return [self.features(t) for t in items]
        raise ParameterError(f"predict_proba takes a sentence, a list of sentences or a table of sentences, "
                             f"not {type(texts).__name__}")

    def check_lexicons(self) -> str:
        """A message when the installed built-in lexicon or religion rules differ from the training ones, else ""."""
        now_lex, now_rules = _lexicon_info(Lexicon.default()), _rules_info(ReligionRules.default())
        diff = []
        if self.lexicon.get("sha256") != now_lex["sha256"]:
            diff.append(f"framing lexicon {self.lexicon.get('version')!r} -> {now_lex['version']!r}")
        if self.religion_rules.get("sha256") != now_rules["sha256"]:
            diff.append(f"religion rules {self.religion_rules.get('version')!r} -> {now_rules['version']!r}")
        if not diff:
            return ""
        return (f"learned {self.label} detector: trained with other lexicon data than installed ("
                + "; ".join(diff) + "); its lexicon features may differ from training: retrain it")


def rows_features(rows: Any, *, ngram_range: tuple[int, int], lexicon: Lexicon | None = None,
                  rules: ReligionRules | None = None) -> list[dict[str, float]]:
    """:func:`sentence_features` of each row of a sentence table (``text``; optional ``start``,
    ``in_quote``, and ``article_id`` + ``sentence`` for the previous sentence's context), with the
    given framing lexicon and religion rules (default: the built-in ones)."""
    lexicon = Lexicon.default() if lexicon is None else lexicon
    rules = ReligionRules.default() if rules is None else rules
    rows = rows.reset_index(drop=True)
    n = len(rows)
    texts = rows["text"].astype(str).tolist()
    starts = rows["start"].astype("int64").tolist() if "start" in rows.columns else [0] * n
    quotes = rows["in_quote"].astype(bool).tolist() if "in_quote" in rows.columns else [False] * n
    prev_of: dict[tuple[str, int], int] = {}
    keys: list[tuple[str, int] | None] = [None] * n
    if {"article_id", "sentence"} <= set(rows.columns):
        keys = list(zip(rows["article_id"].astype(str), rows["sentence"].astype("int64").tolist(), strict=True))
        prev_of = {k: i for i, k in enumerate(keys)}
    out = []
    for i in range(n):
        prev: list[Token] = []
        k = keys[i]
        if k is not None and k[1] > 0 and (k[0], k[1] - 1) in prev_of:
            j = prev_of[(k[0], k[1] - 1)]
            prev = tokenize(texts[j], offset=starts[j])
        toks = tokenize(texts[i], offset=starts[i])
        out.append(sentence_features(toks, texts[i], start=starts[i], previous_tokens=prev, in_quote=quotes[i],
                                     ngram_range=ngram_range, lexicon=lexicon, rules=rules)[0])
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a model may hold (NaN and infinities are refused)")


def _json_value(x: Any) -> Any:
    if isinstance(x, float) and not math.isfinite(x):
        return None
    if isinstance(x, np.generic):
        return _json_value(x.item())
    return x


def _canonical(data: Mapping[str, Any], indent: int | None = None) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=True, allow_nan=False, indent=indent,
                      separators=(",", ": ") if indent is not None else (",", ":"))


def _check_model(m: LearnedModel) -> str:
    """The first problem of a model's fields, or ""."""
    if not isinstance(m.label, str) or not _LABEL_RE.fullmatch(m.label):
        return f"label must be lower-case letters, digits and _, not {m.label!r}"
    n = len(m.feature_names) + len(m.vocabulary)
    if len(m.coef) != n:
        return (f"coef has {len(m.coef)} weights for {len(m.feature_names)} features + {len(m.vocabulary)} n-grams "
                f"({n}); the weights and the features do not belong together")
    if not all(math.isfinite(c) for c in m.coef) or not math.isfinite(m.intercept):
        return "coef and intercept must be finite numbers"
    if len(set(m.feature_names)) != len(m.feature_names) or len(set(m.vocabulary)) != len(m.vocabulary):
        return "feature_names and vocabulary must not repeat a feature"
    bad = next((f for f in m.feature_names if f.startswith(NGRAM) or ":" not in f and f != "religion"), None)
    if bad is not None:
        return f"feature_names holds {bad!r}, not a lexicon or cue feature (n-grams go in vocabulary)"
    if not 0.0 < m.threshold < 1.0:
        return f"threshold must be between 0 and 1 (exclusive), not {m.threshold!r}"
    if len(m.ngram_range) != 2 or not 1 <= m.ngram_range[0] <= m.ngram_range[1] <= 5:
        return f"ngram_range must be (lo, hi) with 1 <= lo <= hi <= 5, not {m.ngram_range!r}"
    lo, hi = m.ngram_range
    bad = next((v for v in m.vocabulary if not v.strip() or not lo <= len(v.split(" ")) <= hi), None)
    if bad is not None:
        return f"vocabulary entry {bad!r} is not a {lo}- to {hi}-word n-gram"
    for name in ("n_train", "n_positive", "n_articles", "min_df", "seed"):
        v = getattr(m, name)
        if not isinstance(v, int | np.integer) or isinstance(v, bool) or v < 0:
            return f"{name} must be an integer >= 0, not {v!r}"
    if not m.C > 0:
        return f"C must be > 0, not {m.C!r}"
    for name, keys in (("lexicon", ("name", "version", "sha256")), ("religion_rules", ("version", "sha256"))):
        v = getattr(m, name)
        if sorted(v) != sorted(keys) or not all(isinstance(v[k], str) for k in keys):
            return f"{name} must be {{{', '.join(repr(k) for k in keys)}: str}}, not {v!r}"
    bad = next((k for k, v in m.cv.items() if not isinstance(k, str) or not (
        v is None or isinstance(v, str | int | float) and not isinstance(v, bool))), None)
    if bad is not None:
        return f"cv must map names to numbers, strings or null; {bad!r} is {m.cv[bad]!r}"
    return ""


# ---------------------------------------------------------------------------
# the family

_DEFAULT_COLOURS = {"solidarity": OKABE_ITO["sky_blue"], "violence": OKABE_ITO["orange"],
                    "religion": OKABE_ITO["bluish_green"]}


class LearnedDetector(Family):
    """A :class:`LearnedModel` as a metric family: ``learned_<label>``.

    Columns: ``learned_<label>`` (the sentence's probability) and ``learned_<label>_flag``
    (1 when it reaches the model's threshold). Metrics: ``learned_<label>_share`` (the share of
    flagged sentences; the outlet value is the mean over articles with a bootstrap CI),
    ``learned_<label>_rate`` (flagged sentences per 1,000 words) and
    ``learned_<label>_prob`` (mean probability, not in the summary). Evidence: one hit per
    flagged sentence, spanning the first occurrence of its strongest feature (the whole
    sentence when that feature has no place), whose rule gives the probability and the
    three features that added most to it, with their contributions (weight x value).

    Parameters
    ----------
    model : LearnedModel or path
        The model, or a JSON file written by :meth:`LearnedModel.to_json`.
    color : str, optional
        Hex colour of its metrics (default by label).

    Examples
    --------
    >>> m = LearnedModel(label="violence", feature_names=("frame:violence",), vocabulary=(),
    ...                  coef=(3.0,), intercept=-1.0)
    >>> d = LearnedDetector(m)
    >>> d.name, list(d.columns())
    ('learned_violence', ['learned_violence', 'learned_violence_flag'])
    """

    name = "learned"

    def __init__(self, model: LearnedModel | str | os.PathLike[str] | None = None, *, color: str | None = None):
        if model is None:
            raise ParameterError("LearnedDetector needs a model: LearnedDetector(model) with a LearnedModel from "
                                 "coverage.learn.train_detector(...) or the path of a model saved with to_json")
        if isinstance(model, str | os.PathLike):
            model = LearnedModel.from_json(model)
        if not isinstance(model, LearnedModel):
            raise ParameterError(f"LearnedDetector needs a LearnedModel or a model file, not {type(model).__name__}")
        self.model = model
        self.name = f"learned_{model.label}"  # an instance's name: one family per label
        self.color = color or _DEFAULT_COLOURS.get(model.label, OKABE_ITO["reddish_purple"])
        problem = model.check_lexicons()
        if problem:
            warnings.warn(problem, CoverageWarning, stacklevel=2)

    @property
    def column(self) -> str:
        return f"learned_{self.model.label}"

    @property
    def flag_column(self) -> str:
        return f"learned_{self.model.label}_flag"

    def fingerprint(self) -> str:
        lex, rules = _lexicon_info(Lexicon.default()), _rules_info(ReligionRules.default())
        raw = f"learned/1|{self.model.sha256}|{lex['sha256']}|{rules['sha256']}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def provenance(self) -> dict[str, Any]:
        m = self.model
        return {"name": self.name, "fingerprint": self.fingerprint(), "model_sha256": m.sha256, "label": m.label,
                "n_train": m.n_train, "threshold": m.threshold, "cv": dict(m.cv), "created_by": m.created_by}

    def columns(self) -> dict[str, str]:
        return {self.column: "float64", self.flag_column: "int64"}

    def metrics(self) -> list[Metric]:
        label, col, flag, c = self.model.label, self.column, self.flag_column, self.color
        t = f"{self.model.threshold:g}"
        return [
            Metric(f"{col}_share", kind="mean", column=flag, label=f"Learned {label} (share of sentences)",
                   description=f"share of sentences the learned {label} detector flags (probability >= {t})",
                   unit="share of sentences", color=c),
            Metric(f"{col}_rate", kind="rate", column=flag, label=f"Learned {label} per 1,000 words",
                   description=f"sentences the learned {label} detector flags, per 1,000 words",
                   unit="per 1,000 words", color=c),
            Metric(f"{col}_prob", kind="mean", column=col, summary=False, label=f"Learned {label} (mean probability)",
                   description=f"mean probability of {label} over the sentences (learned detector)",
                   color=c, evidence="sentences"),
        ]

    def description(self) -> str:
        m = self.model
        cv = m.cv
        scores = ""
        if cv.get("f1") is not None:
            scores = (f"; cross-validated by article on its training labels: precision {cv.get('precision'):.2f}, "
                      f"recall {cv.get('recall'):.2f}, F1 {cv.get('f1'):.2f}")
        return (f"Learned {m.label} detector: logistic regression on word {m.ngram_range[0]}-{m.ngram_range[1]}-grams, "
                f"framing-lexicon and religion-rule hit counts and negation and quotation cues, trained on "
                f"{m.n_train} labelled sentences ({m.n_positive} positive) of {m.n_articles} articles{scores}. A "
                f"sentence is flagged when its probability is at least {m.threshold:g}. Model {m.sha256[:12]}.")

    def sentence(self, s: SentenceView) -> SentenceResult:
        m = self.model
        feats, spans = sentence_features(s.tokens, s.text, start=s.start, previous_tokens=s.previous_tokens,
                                         in_quote=bool(s.in_quote), ngram_range=m.ngram_range)
        p = m.probability(feats)
        flag = int(p >= m.threshold)
        values = {self.column: p, self.flag_column: flag}
        if not flag:
            return SentenceResult(values, ())
        top = [(k, v) for k, v in m.contributions(feats) if v > 0][:3]
        listed = ", ".join(f"{describe_feature(k)} {v:+.2f}" for k, v in top) or "none (the intercept alone)"
        rule = f"learned {m.label} detector: p = {p:.2f} >= {m.threshold:g}; top features: {listed}"
        where = next((spans[k] for k, _ in top if k in spans), None)
        start, end = where if where is not None else (s.start, s.end)
        matched = s.text[start - s.start:end - s.start]
        hit = Hit(self.column, term=top[0][0] if top else "", matched=matched, category="learned", weight=p,
                  counted_as=self.flag_column, rule=rule, start=start, end=end)
        return SentenceResult(values, (hit,))

    def release(self) -> None:
        matchers = [Lexicon.default().matcher]
        r = ReligionRules.default()
        matchers += [r.term_matcher, r.cue_matcher, r.proximity_matcher]
        for mt in matchers:
            mt.__dict__.pop("_memo", None)
            mt.__dict__.pop("_anchor_memo", None)
