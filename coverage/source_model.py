"""A learned fallback for source types: the words around a speaker where no role word is (issue 19).

The rules of :class:`coverage.sources.SourceTypes` type a quote's speaker from the role word nearest its
name ("Police Chief Ann Lee", "Ann Lee, a neighbour"), and a named person without one from their other
quotes in the corpus (:func:`coverage.sources.corpus_types`). What is left is ``unknown``: 30% of the
quotes of 2,000 ABP articles, many of them people the article does describe, only not with a role word
next to the name ("Ann Lee, who lives upstairs, said", "Lee's son was among the dead").

:class:`SourceTypeModel` types those from the words around the speaker: a multinomial logistic
regression (scikit-learn, trained by :func:`coverage.learn.train_source_model`) on the lower-cased words before and
after the speaker mention and up to three more mentions of the same surname in the article, the words
of the speaker mention itself and the rules' type. It is plain data (JSON: feature names, weights,
classes; :meth:`SourceTypeModel.to_json`), and it only fills ``unknown``: a type the rules give is
never changed, and where the model's best type is ``unknown`` the quote stays ``unknown``. Each typed
quote's ``source_rule`` names the model, its probability and the features that weighed most
(:func:`model_types`).

How well it types, leaving one of the 43 development quote files out (each file's model trained without it;
``benchmarks/source_model.py``): 0.655 -> 0.698 of the found quotes typed right, 0.711 -> 0.749 of those with
the right speaker (41 files rise, one is unchanged, one falls); on sets 29 to 42, unseen when the model was
trained on the files before them, 0.471 -> 0.496, 0.537 -> 0.593, 0.650 -> 0.700, 0.613 -> 0.711, 0.580 ->
0.637, 0.665 -> 0.682, 0.707 -> 0.771, 0.670 -> 0.747, 0.498 -> 0.532, 0.698 -> 0.705, 0.483 -> 0.546, 0.538
-> 0.604, 0.508 -> 0.553 and 0.405 -> 0.441 (with the right speaker 0.533 -> 0.559, 0.607 -> 0.648, 0.685 ->
0.716, 0.633 -> 0.735, 0.670 -> 0.723, 0.721 -> 0.730, 0.786 -> 0.823, 0.747 -> 0.808, 0.568 -> 0.599, 0.769 -> 0.769, 0.579 ->
0.637, 0.580 -> 0.653, 0.569 -> 0.597 and 0.505 -> 0.529). Its own types are
right less often than the rules' (on the 29 files: 346 of 957 against 5,281 of 6,666), but the per-outlet mix
of types comes closer to the annotators' (README, "Who is quoted").

Examples
--------
>>> text = 'Ann Lee, who lives upstairs, heard shots. "It was loud," Lee said.'
>>> at = text.rindex("Lee")
>>> sorted(speaker_features(text, at, at + 3, "unknown", before=3, after=3))
['a:lives', 'a:said', 'a:upstairs', 'a:who', 'b:ann', 'b:it', 'b:loud', 'b:was', 'r:unknown', 's:lee']
"""

from __future__ import annotations

import hashlib
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd

from ._modelfile import _canonical, _read_model_json, write_model_file
from .errors import ParameterError
from .sources import UNKNOWN

__all__ = ["SourceTypeModel", "SOURCE_MODEL_SCHEMA", "speaker_features", "model_types", "load_source_model"]

#: The ``schema`` of a source-type model file.
SOURCE_MODEL_SCHEMA = "media-coverage/source-type-model"
#: Version of the file layout.
SCHEMA_VERSION = 1
#: Version of :func:`speaker_features` (a model trained on other features is refused).
FEATURES_VERSION = 1
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*|\d+")
#: How many features a ``source_rule`` names.
_SHOWN = 3


def _joins(ch: str) -> bool:
    """Whether ``ch`` before a surname makes it part of a longer word."""
    return ch.isalnum() or ch in "_'’-"


def speaker_features(text: str, start: int, end: int, rule_type: str, *, before: int = 8, after: int = 12,
                     mentions: int = 3) -> dict[str, float]:
    """The features of a speaker mention ``text[start:end]`` (binary, by name).

    ``s:<word>`` the words of the mention; ``b:<word>`` / ``a:<word>`` the ``before`` words before and the
    ``after`` words after it and after up to ``mentions`` other mentions of its last word when that is
    capitalised (a surname), in text order; ``r:<type>`` the type the rules gave. Words are lower-cased
    runs of letters (with inner apostrophes and hyphens) or digits; the window stops at 200 characters
    before and 250 after a mention.

    >>> f = speaker_features("Lee, a nurse, said it. Ann Lee lives here.", 0, 3, "unknown", before=2, after=2)
    >>> sorted(f)
    ['a:a', 'a:here', 'a:lives', 'a:nurse', 'b:ann', 'b:it', 'r:unknown', 's:lee']
    """
    feats: dict[str, float] = {}
    mention = text[start:end]
    words = _WORD_RE.findall(mention)
    for w in words:
        feats["s:" + w.lower()] = 1.0
    spans = [(start, end)]
    last = words[-1] if words else ""
    if last[:1].isupper() and mentions > 0:
        own = start + mention.rfind(last)
        n, at = len(last), text.find(last)
        while at >= 0 and len(spans) <= mentions:
            end_ = at + n
            if (at != own and (at == 0 or not _joins(text[at - 1])) and
                    (end_ == len(text) or not (text[end_].isalnum() or text[end_] in "_-"))):
                spans.append((at, end_))
            at = text.find(last, at + 1)
    for a, b in spans:
        if before > 0:
            for w in _WORD_RE.findall(text[max(0, a - 200):a])[-before:]:
                feats["b:" + w.lower()] = 1.0
        for w in _WORD_RE.findall(text[b:b + 250])[:after]:
            feats["a:" + w.lower()] = 1.0
    feats["r:" + rule_type] = 1.0
    return feats


@dataclass(frozen=True)
class SourceTypeModel:
    """A multinomial logistic regression that types a speaker from the words around it (plain data).

    Build one with :func:`coverage.learn.train_source_model`; read the built-in one with :meth:`default`, a file with
    :meth:`from_json`. Every field is checked when the model is made.

    Attributes
    ----------
    classes : tuple of str
        The source types it chooses from (``unknown`` among them).
    features : tuple of str
        Feature names (:func:`speaker_features`).
    coef : tuple of tuple of float
        One row of weights per class, one weight per feature.
    intercept : tuple of float
        One per class.
    before, after, mentions : int
        The windows of :func:`speaker_features`.
    C : float
        Inverse L2 regularisation the model was fitted with.
    min_articles : int
        A feature was kept when it occurs in at least this many training articles.
    n_train, n_articles : int
        Training quotes and their articles.
    cv : dict
        Its cross-validation (:func:`coverage.learn.cross_validate_source_model`), recorded when trained.
    trained_on : str
        What it was trained on, in words.
    features_version : int
        :data:`FEATURES_VERSION` of the features it was trained on.

    Examples
    --------
    >>> m = SourceTypeModel(classes=("public", "unknown"), features=("a:lives", "r:unknown"),
    ...                     coef=((2.0, 0.0), (-2.0, 0.0)), intercept=(0.0, 0.0))
    >>> m.predict("Ann Lee lives here. Lee said so.", 20, 23, "unknown")[:2]
    ('public', 0.982)
    """

    classes: tuple[str, ...]
    features: tuple[str, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]
    before: int = 8
    after: int = 12
    mentions: int = 3
    C: float = 1.0
    min_articles: int = 1
    n_train: int = 0
    n_articles: int = 0
    cv: Mapping[str, Any] = field(default_factory=dict)
    trained_on: str = ""
    features_version: int = FEATURES_VERSION

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "classes", tuple(str(c) for c in self.classes))
        set_(self, "features", tuple(str(f) for f in self.features))
        set_(self, "coef", tuple(tuple(float(x) for x in row) for row in self.coef))
        set_(self, "intercept", tuple(float(x) for x in self.intercept))
        set_(self, "cv", dict(self.cv))
        problem = self._problem()
        if problem:
            raise ParameterError(f"SourceTypeModel: {problem}")
        set_(self, "_index", {f: k for k, f in enumerate(self.features)})
        set_(self, "_weights", np.asarray(self.coef, dtype=float).reshape(len(self.classes), len(self.features)))

    def _problem(self) -> str:
        if len(self.classes) < 2 or len(set(self.classes)) != len(self.classes):
            return f"classes must be two or more distinct types, not {list(self.classes)}"
        if len(set(self.features)) != len(self.features):
            return "features must be distinct"
        if len(self.coef) != len(self.classes) or len(self.intercept) != len(self.classes):
            return (f"coef has {len(self.coef)} rows and intercept {len(self.intercept)} values for "
                    f"{len(self.classes)} classes")
        if any(len(row) != len(self.features) for row in self.coef):
            return f"every row of coef must have one weight per feature ({len(self.features)})"
        if not all(math.isfinite(x) for row in self.coef for x in row) or not all(map(math.isfinite, self.intercept)):
            return "coef and intercept must be finite numbers"
        if min(self.before, self.after, self.mentions) < 0 or not self.C > 0 or self.min_articles < 1:
            return "before, after and mentions must be >= 0, C > 0 and min_articles >= 1"
        if self.features_version != FEATURES_VERSION:
            return (f"features_version {self.features_version} is not the features this version computes "
                    f"({FEATURES_VERSION}); retrain the model")
        return ""

    # -- prediction --------------------------------------------------------------
    def features_of(self, text: str, start: int, end: int, rule_type: str) -> dict[str, float]:
        """:func:`speaker_features` with this model's windows."""
        return speaker_features(text, start, end, rule_type, before=self.before, after=self.after,
                                mentions=self.mentions)

    def predict(self, text: str, start: int, end: int, rule_type: str = UNKNOWN
                ) -> tuple[str, float, list[tuple[str, float]]]:
        """The best type of the speaker ``text[start:end]``, its probability (3 decimals) and the
        words that weighed most for it, as ``(feature, weight)`` (positive weights, largest first; at most 3;
        the rules' type, a feature too, is not listed)."""
        known = [self._index[f] for f in self.features_of(text, start, end, rule_type) if f in self._index]
        scores = self._weights[:, known].sum(axis=1) + np.asarray(self.intercept)
        p = np.exp(scores - scores.max())
        p /= p.sum()
        best = int(np.argmax(p))  # ties: the first class, in the model's order
        w = self._weights[best, known]
        top = sorted(((self.features[k], float(x)) for k, x in zip(known, w, strict=True)
                      if x > 0 and not self.features[k].startswith("r:")), key=lambda kv: (-kv[1], kv[0]))[:_SHOWN]
        return self.classes[best], round(float(p[best]), 3), top

    # -- plain data --------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data, without the checksum."""
        out: dict[str, Any] = {"schema": SOURCE_MODEL_SCHEMA, "schema_version": SCHEMA_VERSION}
        for f in fields(self):
            v = getattr(self, f.name)
            out[f.name] = [list(x) if isinstance(x, tuple) else x for x in v] if isinstance(v, tuple) else v
        return out

    @cached_property
    def sha256(self) -> str:
        """SHA-256 of the model's canonical JSON (what a file's ``sha256`` records)."""
        return hashlib.sha256(_canonical(self.to_dict()).encode("ascii")).hexdigest()

    def to_json(self, path: str | os.PathLike[str]) -> str:
        """Write the model to ``path`` as JSON (sorted keys, a checksum), atomically. An existing file is
        replaced only when it is a source-type model file; any other file raises
        :class:`~coverage.outputs.OutputError` and is left as it is."""
        text = _canonical({**self.to_dict(), "sha256": self.sha256}, indent=1) + "\n"
        return write_model_file(path, text, type(self).from_json, "source-type model")

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "<dict>") -> SourceTypeModel:
        """A model from :meth:`to_dict` data, checked (errors name ``source``)."""
        if not isinstance(data, dict) or data.get("schema") != SOURCE_MODEL_SCHEMA:
            got = data.get("schema") if isinstance(data, dict) else type(data).__name__
            raise ParameterError(f"{source}: not a source-type model (schema {got!r}, expected "
                                 f"{SOURCE_MODEL_SCHEMA!r}); write one with SourceTypeModel.to_json")
        if data.get("schema_version") != SCHEMA_VERSION:
            raise ParameterError(f"{source}: schema_version {data.get('schema_version')!r} is not supported "
                                 f"(this version reads {SCHEMA_VERSION}); retrain the model")
        names = [f.name for f in fields(cls)]
        unknown = sorted(set(data) - {"schema", "schema_version", "sha256", *names})
        missing = [n for n in names if n not in data]
        if unknown or missing:
            raise ParameterError(f"{source}: unknown key(s) {unknown}, missing key(s) {missing}")
        try:
            model = cls(**{n: data[n] for n in names})
        except (ParameterError, TypeError, ValueError) as exc:
            raise ParameterError(f"{source}: {str(exc).removeprefix('SourceTypeModel: ')}") from None
        if "sha256" in data and data["sha256"] != model.sha256:
            raise ParameterError(f"{source}: the sha256 recorded in the file does not match its content: the file "
                                 "was edited or damaged after it was written; retrain the model")
        return model

    @classmethod
    def from_json(cls, path: str | os.PathLike[str]) -> SourceTypeModel:
        """Read a model written by :meth:`to_json`; a bad file raises :class:`ParameterError` naming it."""
        p = os.fspath(path)
        return cls.from_dict(_read_model_json(p, "SourceTypeModel.to_json(path)"), source=p)

    @classmethod
    def default(cls) -> SourceTypeModel:
        """The built-in model (``coverage/data/models/source_type.json``; ``make source-model``)."""
        return _default_model()

    def __repr__(self) -> str:
        return (f"SourceTypeModel({len(self.classes)} types, {len(self.features)} features, trained on "
                f"{self.n_train} quotes of {self.n_articles} articles, sha256 {self.sha256[:12]})")


def load_source_model(spec: Any) -> SourceTypeModel | None:
    """The model a ``source_model`` setting names: ``"builtin"`` the package's, a path a model file, a
    :class:`SourceTypeModel` itself, None none.

    >>> load_source_model(None) is None, load_source_model("builtin") is SourceTypeModel.default()
    (True, True)
    """
    if spec is None or isinstance(spec, SourceTypeModel):
        return spec
    if isinstance(spec, str) and spec == "builtin":
        return SourceTypeModel.default()
    if isinstance(spec, (str, os.PathLike)):
        return SourceTypeModel.from_json(spec)
    raise ParameterError(f"source_model must be 'builtin', None, a path or a SourceTypeModel, not "
                         f"{type(spec).__name__}")


@lru_cache(maxsize=1)
def _default_model() -> SourceTypeModel:
    ref = resources.files("coverage") / "data" / "models" / "source_type.json"
    with resources.as_file(ref) as p:
        return SourceTypeModel.from_json(p)


def model_types(quotes: pd.DataFrame, texts: Mapping[str, str], model: SourceTypeModel | None) -> pd.DataFrame:
    """Type the ``unknown`` speakers of a quotes table with ``model`` (``None``: the table as it is).

    A row whose ``source_type`` is ``unknown`` and that has a speaker mention (``speaker_start >= 0``)
    takes the model's best type for it (:meth:`SourceTypeModel.predict`, with ``texts[article_id]``)
    unless that is ``unknown``; its ``source_rule`` then names the model, the probability and the
    features that weighed most. Other rows are not changed. The result does not depend on the row order.

    >>> m = SourceTypeModel(classes=("public", "unknown"), features=("a:lives", "r:unknown"),
    ...                     coef=((2.0, 0.0), (-2.0, 0.0)), intercept=(0.0, 0.0))
    >>> q = pd.DataFrame({"article_id": ["a"], "speaker_start": [20], "speaker_end": [23],
    ...                   "source_type": ["unknown"], "source_rule": ["no role word near 'Lee'"]})
    >>> model_types(q, {"a": "Ann Lee lives here. Lee said so."}, m).iloc[0].tolist()[3:]
    ['public', "no role word near 'Lee'; the source-type model gives public (p 0.982; after a mention: 'lives')"]
    """
    if model is None or quotes.empty:
        return quotes
    todo = (quotes["source_type"].astype(str) == UNKNOWN) & (quotes["speaker_start"].astype("int64") >= 0)
    if not todo.any():
        return quotes
    types, rules = quotes["source_type"].tolist(), quotes["source_rule"].tolist()
    aids, starts, ends = (quotes[c].tolist() for c in ("article_id", "speaker_start", "speaker_end"))
    seen: dict[tuple[str, int, int], tuple[str, str]] = {}  # one mention, several quotes: predicted once
    for k in np.flatnonzero(todo.to_numpy()).tolist():
        key = (aids[k], int(starts[k]), int(ends[k]))
        if key not in seen:
            best, p, top = model.predict(texts[key[0]], key[1], key[2], UNKNOWN)
            why = ", ".join(_describe(f) for f, _ in top) or "the words around the speaker"
            seen[key] = (best, f"the source-type model gives {best} (p {p:.3f}; {why})")
        best, why = seen[key]
        if best != UNKNOWN:
            types[k] = best
            rules[k] = f"{rules[k]}; {why}"
    return quotes.assign(source_type=types, source_rule=rules)


_PLACES = {"b": "before a mention", "a": "after a mention", "s": "in the mention", "r": "rules' type"}


def _describe(feature: str) -> str:
    kind, _, word = feature.partition(":")
    return f"{_PLACES.get(kind, kind)}: {word!r}"
