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

:class:`LearnedFrameModel` is the religion-frame counterpart (a multinomial logistic regression over
the same features, one row of weights per frame, trained by
:func:`coverage.learn.train_frame_model` on the sentences coded religious), saved and checked the
same way; :class:`LearnedFrameDetector` gives each sentence the religion rules call religious its
learned frame (or the rules' frame, the learned one only where the rules say neutral):
``learned_frame_<frame>`` and the share of religious sentences per frame per article and outlet.

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
import math
import os
import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any, ClassVar, Self

import numpy as np

from .._modelfile import _canonical, _json_value, _read_model_json, write_model_file
from .._version import __version__
from ..errors import CoverageWarning, ParameterError
from ..lexicon import Lexicon
from ..palette import OKABE_ITO
from ..text import Token, is_word, is_word_many, tokenize
from .base import Family, Hit, HitFilter, Metric, SentenceResult, SentenceView
from .framing import FrameHit, match_frames
from .religion import RELIGION_FRAMES, ReligionRules, match_religion

__all__ = [
    "LearnedModel",
    "LearnedDetector",
    "LearnedFrameModel",
    "LearnedFrameDetector",
    "model_family",
    "sentence_features",
    "text_features",
    "rows_features",
    "describe_feature",
    "SCHEMA",
    "FEATURES_VERSION",
]

#: The ``schema`` of a model file.
SCHEMA = "media-coverage/learned-detector"
#: The ``schema`` of a religion-frame model file (:class:`LearnedFrameModel`).
FRAME_SCHEMA = "media-coverage/learned-frame-model"
#: Version of the model file layouts.
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
    values, spans = framing_features(tokens, text, match_frames(tokens, lexicon), start=start, in_quote=in_quote,
                                     ngram_range=ngram_range, negators=lexicon.settings.negators)
    for r in match_religion(tokens, text, sentence_start=start, context_tokens=list(previous_tokens), rules=rules):
        span = (r.start, r.end)
        for name in ("religion", f"religion_frame:{r.frame}", f"religion_group:{r.category}"):
            values[name] = values.get(name, 0.0) + 1.0
            spans.setdefault(name, span)
    return values, spans


def _hit_features(found: Sequence[FrameHit]) -> list[tuple[str, float, tuple[int, int]]]:
    """``(feature, amount, span)`` of each framing-lexicon hit: ``frame:<counted as>`` (its weight),
    ``group:<frame>/<group>`` and, when negated, ``cue:negated_hit``."""
    out = []
    for h in found:
        span = (h.start, h.end)
        if h.counted_as:
            out.append((f"frame:{h.counted_as}", h.weight, span))
        out.append((f"group:{h.metric}/{h.category}", 1.0, span))
        if h.negated:
            out.append(("cue:negated_hit", 1.0, span))
    return out


def framing_features(
    tokens: Sequence[Token],
    text: str,
    found: Sequence[FrameHit],
    *,
    start: int = 0,
    in_quote: bool = False,
    ngram_range: tuple[int, int] = (1, 2),
    negators: frozenset[str] | set[str] = frozenset(),
) -> tuple[dict[str, float], dict[str, tuple[int, int]]]:
    """:func:`sentence_features` without the religion rules' features, from the sentence's framing-lexicon hits
    ``found`` (:func:`~coverage.families.framing.match_frames`): what the framing family can compute from its own
    hits (the features of a model trained with ``features="framing"``, :func:`coverage.learn.train_detector`).

    Examples
    --------
    >>> s = "He was not shot."
    >>> toks = tokenize(s)
    >>> lex = Lexicon.default()
    >>> values, spans = framing_features(toks, s, match_frames(toks, lex), ngram_range=(1, 1),
    ...                                  negators=lex.settings.negators)
    >>> sorted(values)
    ['cue:negated_hit', 'cue:negation', 'group:violence/attack', 'w:he', 'w:not', 'w:shot', 'w:was']
    """
    values: dict[str, float] = {}
    spans: dict[str, tuple[int, int]] = {}
    for name, amount, span in _hit_features(found):
        values[name] = values.get(name, 0.0) + float(amount)
        spans.setdefault(name, span)
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


def top_features(contributions: Sequence[tuple[str, float]], n: int = 3) -> tuple[list[tuple[str, float]], str]:
    """The ``n`` features that added most (positive contributions, largest first) and them in words, as the
    evidence rules of the learned families list them.

    Examples
    --------
    >>> top_features([("frame:violence", 1.5), ("w:mosque", 0.25), ("religion", -0.5)])[1]
    "violence lexicon (weighted hits) +1.50, 'mosque' +0.25"
    >>> top_features([("religion", -0.5)])
    ([], 'none (the intercept alone)')
    """
    top = [(k, v) for k, v in contributions if v > 0][:n]
    return top, ", ".join(f"{describe_feature(k)} {v:+.2f}" for k, v in top) or "none (the intercept alone)"


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


class _ModelData:
    """What the plain-data models share: JSON files with a checksum (:meth:`to_json`, :meth:`from_json`,
    every field checked), the features of sentences given as text or as a sentence table, and the check
    of the built-in lexicon data they were trained with. A subclass is a frozen dataclass with the
    fields ``ngram_range``, ``lexicon``, ``religion_rules`` and ``features_version``, and sets the class
    attributes below."""

    #: The file's ``schema``.
    _schema: ClassVar[str]
    #: What the model is called in messages ("learned-detector model").
    _kind: ClassVar[str]
    #: JSON type(s) each field must have in a file.
    _field_types: ClassVar[dict[str, tuple[type, ...]]]
    #: List fields and what they hold: "str", "num" (numbers) or "rows" (lists of numbers).
    _list_items: ClassVar[dict[str, str]]

    C: float
    ngram_range: tuple[int, int]
    lexicon: Mapping[str, str]
    religion_rules: Mapping[str, str]

    def _title(self) -> str:
        """The model in messages ("learned violence detector")."""
        raise NotImplementedError

    # -- plain data ------------------------------------------------------------
    def _normalise_common(self, check: Any) -> None:
        """Normalise the fields both models have (after the subclass's own) and raise ``check``'s problem."""
        set_ = object.__setattr__
        set_(self, "C", float(self.C))
        set_(self, "ngram_range", tuple(int(x) for x in self.ngram_range))
        set_(self, "lexicon", dict(self.lexicon))
        set_(self, "religion_rules", dict(self.religion_rules))
        problem = check(self)
        if problem:
            raise ParameterError(f"{type(self).__name__}: {problem}")

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (lists, dicts, str, int, float; no NaN), without the checksum."""
        out: dict[str, Any] = {"schema": self._schema, "schema_version": SCHEMA_VERSION}
        for f in fields(self):  # type: ignore[arg-type]
            v = getattr(self, f.name)
            if isinstance(v, tuple):
                v = [list(x) if isinstance(x, tuple) else x for x in v]
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
        return write_model_file(path, self.to_json_text(), type(self).from_json, self._kind)

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "<dict>") -> Self:
        """A model from :meth:`to_dict` data, every field checked (errors name ``source`` and the field)."""
        kind, name = cls._kind, cls.__name__
        if not isinstance(data, dict):
            raise ParameterError(f"{source}: a {kind} is a JSON object, not {type(data).__name__}")
        if data.get("schema") != cls._schema:
            raise ParameterError(f"{source}: not a {kind} (schema is {data.get('schema')!r}, "
                                 f"expected {cls._schema!r}); write models with {name}.to_json")
        if data.get("schema_version") != SCHEMA_VERSION:
            raise ParameterError(f"{source}: schema_version {data.get('schema_version')!r} is not supported "
                                 f"(this version reads {SCHEMA_VERSION}); retrain the model")
        names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
        allowed = {"schema", "schema_version", "sha256", *names}
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ParameterError(f"{source}: unknown key(s) {unknown}; a model has {sorted(allowed)}")
        missing = [n for n in names if n not in data]
        if missing:
            raise ParameterError(f"{source}: missing key(s) {missing}")
        for n in names:
            v = data[n]
            if not isinstance(v, cls._field_types[n]) or isinstance(v, bool):
                want = " or ".join(t.__name__ for t in cls._field_types[n])
                raise ParameterError(f"{source}: {n} must be a JSON {want}, not {type(v).__name__} ({str(v)[:40]})")
        for n, what in cls._list_items.items():
            problem = _list_problem(data[n], what)
            if problem:
                raise ParameterError(f"{source}: {n} must be a list of {problem}")
        if len(data["ngram_range"]) != 2 or not all(isinstance(x, int) for x in data["ngram_range"]):
            raise ParameterError(f"{source}: ngram_range must be two integers, not {data['ngram_range']!r}")
        if data["features_version"] != FEATURES_VERSION:
            raise ParameterError(f"{source}: features_version {data['features_version']} is not the features this "
                                 f"version computes ({FEATURES_VERSION}); retrain the model")
        try:
            model = cls(**{n: data[n] for n in names})
        except ParameterError as exc:
            raise ParameterError(f"{source}: {str(exc).removeprefix(name + ': ')}") from None
        if "sha256" in data and data["sha256"] != model.sha256:
            raise ParameterError(f"{source}: the sha256 recorded in the file does not match its content: the file "
                                 "was edited or damaged after it was written. Retrain, or change a setting in "
                                 "Python (dataclasses.replace(model, ...)) and save with to_json")
        return model

    @classmethod
    def from_json(cls, path: str | os.PathLike[str]) -> Self:
        """Read a model written by :meth:`to_json`; a bad file raises :class:`ParameterError` naming it."""
        p = os.fspath(path)
        return cls.from_dict(_read_model_json(p, f"{cls.__name__}.to_json(path)"), source=p)

    # -- features --------------------------------------------------------------
    def features(self, text: str, **kwargs: Any) -> dict[str, float]:
        """:func:`text_features` with this model's n-gram lengths."""
        return text_features(text, ngram_range=self.ngram_range, **kwargs)


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
        """A message when the installed built-in lexicon or (for a model with religion features) religion rules differ
        from the training ones, else ""."""
        now_lex, now_rules = _lexicon_info(Lexicon.default()), _rules_info(ReligionRules.default())
        diff = []
        if self.lexicon.get("sha256") != now_lex["sha256"]:
            diff.append(f"framing lexicon {self.lexicon.get('version')!r} -> {now_lex['version']!r}")
        uses_rules = any(f.startswith("religion") for f in self.feature_names)  # (not a features="framing" model)
        if uses_rules and self.religion_rules.get("sha256") != now_rules["sha256"]:
            diff.append(f"religion rules {self.religion_rules.get('version')!r} -> {now_rules['version']!r}")
        if not diff:
            return ""
        return (f"{self._title()}: trained with other lexicon data than installed ("
                + "; ".join(diff) + "); its lexicon features may differ from training: retrain it")


@dataclass(frozen=True)
class LearnedModel(_ModelData):
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

    _schema: ClassVar[str] = SCHEMA
    _kind: ClassVar[str] = "learned-detector model"
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = _FIELD_TYPES
    _list_items: ClassVar[dict[str, str]] = {"feature_names": "str", "vocabulary": "str", "coef": "num"}

    def _title(self) -> str:
        return f"learned {self.label} detector"

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "feature_names", tuple(str(x) for x in self.feature_names))
        set_(self, "vocabulary", tuple(str(x) for x in self.vocabulary))
        set_(self, "coef", tuple(float(x) for x in self.coef))
        set_(self, "intercept", float(self.intercept))
        set_(self, "threshold", float(self.threshold))
        set_(self, "cv", dict(self.cv))
        self._normalise_common(_check_model)

    def __hash__(self) -> int:
        return hash(self.sha256)

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

    # -- scoring a chunk inside the framing family ----------------------------------
    @cached_property
    def _framing_weights(self) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
        """(unigram -> weight, (word, word) -> weight) of the model's n-grams."""
        uni: dict[str, float] = {}
        bi: dict[tuple[str, str], float] = {}
        for gram, c in zip(self.vocabulary, self.coef[len(self.feature_names):], strict=True):
            parts = gram.split(" ")
            if len(parts) == 1:
                uni[gram] = c
            elif len(parts) == 2:
                bi[(parts[0], parts[1])] = c
        return uni, bi

    def lexicon_decision(self, found: Sequence[FrameHit]) -> float:
        """The part of the log-odds that comes from a sentence's framing-lexicon hits ``found`` (the features
        ``frame:*``, ``group:*`` and ``cue:negated_hit``, :func:`framing_features`)."""
        w = self.weights
        return sum(w.get(name, 0.0) * float(amount) for name, amount, _ in _hit_features(found))

    def chunk_decisions(self, view: Any, *, negators: frozenset[str] | set[str]) -> np.ndarray:
        """The log-odds of every sentence of a chunk (a :class:`~coverage.families.base.ChunkView`) from all its
        features but the framing-lexicon hits: the intercept, the word 1- and 2-grams and the cues (negation,
        in a quotation, a quotation mark), computed from the chunk's token ids in a few vectorised passes.

        For a sentence with no lexicon hit this is its log-odds; otherwise add :meth:`lexicon_decision`. The
        sums run in another order than :meth:`decision`'s, so they can differ from it in the last bits: use them to
        find the sentences to score, and :meth:`probability` to score them. Models with n-grams longer than two
        words are refused.
        """
        if self.ngram_range[1] > 2:
            raise ParameterError(f"{self._title()}: chunk scoring handles word 1- and 2-grams only, the model has "
                                 f"ngram_range={self.ngram_range}")
        vocab, ids, bounds = view.token_ids()
        m = len(bounds) - 1
        out = np.full(m, self.intercept, dtype="float64")
        if m <= 0:
            return out
        ids = np.asarray(ids, dtype=np.int64)
        sent = np.repeat(np.arange(m, dtype=np.int64), np.diff(np.asarray(bounds, dtype=np.int64)))
        word = is_word_many(vocab) if vocab else np.zeros(0, dtype=bool)
        key_index: dict[str, int] = {}
        kid = np.fromiter((key_index.setdefault(_word_key(n), len(key_index)) if word[i] else -1
                           for i, n in enumerate(vocab)), dtype=np.int64, count=len(vocab))
        k = max(len(key_index), 1)
        uni, bi = self._framing_weights
        wmask = word[ids] if len(ids) else np.zeros(0, dtype=bool)
        wk, ws = kid[ids[wmask]], sent[wmask]
        if uni and len(wk):
            kw = np.array([uni.get(key, 0.0) for key in key_index], dtype="float64")
            codes = np.unique(ws * k + wk)  # each word once per sentence (presence)
            out += np.bincount(codes // k, weights=kw[codes % k], minlength=m)
        if bi and len(wk) > 1:
            model = {key_index[a] * k + key_index[b]: c for (a, b), c in bi.items()
                     if a in key_index and b in key_index}
            if model:
                mc = np.array(sorted(model), dtype=np.int64)
                mw = np.array([model[c] for c in mc.tolist()], dtype="float64")
                same = ws[1:] == ws[:-1]
                code = wk[:-1][same] * k + wk[1:][same]
                pos = np.minimum(np.searchsorted(mc, code), len(mc) - 1)
                known = mc[pos] == code
                pairs = np.unique(ws[1:][same][known] * (k * k) + code[known])  # each bigram once per sentence
                out += np.bincount(pairs // (k * k), weights=mw[np.searchsorted(mc, pairs % (k * k))], minlength=m)
        w = self.weights
        if w.get("cue:negation", 0.0) and len(ids):
            neg = np.array([n in negators or (len(n) > 3 and n.endswith("n't")) for n in vocab], dtype=bool)
            out += w["cue:negation"] * (np.bincount(sent[neg[ids]], minlength=m) > 0)
        if w.get("cue:in_quote", 0.0):
            out += w["cue:in_quote"] * np.asarray(view.in_quote, dtype=bool)
        if w.get("cue:quote_mark", 0.0):
            out += w["cue:quote_mark"] * np.array([not _QUOTES.isdisjoint(t) for t in view.texts], dtype=bool)
        return out

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


#: Frame-model fields: JSON type(s) each must have in a file.
_FRAME_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    **{k: v for k, v in _FIELD_TYPES.items() if k not in ("label", "threshold", "n_positive")},
    "classes": (list,), "intercept": (list,), "class_weight": (str,),
}


@dataclass(frozen=True)
class LearnedFrameModel(_ModelData):
    """A trained religion-frame classifier: multinomial logistic regression weights as plain data.

    For a religious sentence with features ``x`` (:func:`sentence_features`), the score of
    class ``k`` is ``z[k] = intercept[k] + sum(coef[k][i] * x[i])`` and its probability
    ``exp(z[k]) / sum(exp(z))`` (softmax); the predicted frame is the most probable class
    (the first in ``classes`` on a tie). Created by :func:`coverage.learn.train_frame_model`;
    saved and read with :meth:`to_json` / :meth:`from_json` (JSON, no pickle, a checksum);
    run with :class:`LearnedFrameDetector`.

    Attributes
    ----------
    classes : tuple of str
        The frames it tells apart (two or more of ``attribution, community, dissociation,
        neutral, target``), sorted.
    feature_names : tuple of str
        The lexicon and cue features (module documentation), sorted.
    vocabulary : tuple of str
        The word n-grams (without the ``w:`` prefix), sorted.
    coef : tuple of tuple of float
        One row per class, one weight per feature: ``feature_names`` then ``vocabulary``.
    intercept : tuple of float
        One per class.
    n_train, n_articles : int
        Labelled religious sentences it was trained on, articles they come from.
    ngram_range, min_df, C, class_weight, seed :
        Training settings (``class_weight`` "balanced" or "none").
    cv : dict
        Grouped cross-validation on the training labels: ``scheme, n_splits, n, accuracy, macro_f1``
        (:func:`coverage.learn.train_frame_model`; empty for a hand-built model).
    lexicon, religion_rules, features_version, created_by :
        Provenance, as in :class:`LearnedModel`.

    Examples
    --------
    >>> m = LearnedFrameModel(classes=("community", "target"), feature_names=("frame:violence",),
    ...                       vocabulary=("prayed",), coef=((0.0, 0.0), (2.0, -2.0)), intercept=(0.0, 0.0))
    >>> m.predict_proba(["Worshippers were shot.", "They prayed together."]).round(3).tolist()
    [[0.119, 0.881], [0.881, 0.119]]
    >>> m.predict(["Worshippers were shot.", "They prayed together."]).tolist()
    ['target', 'community']
    """

    classes: tuple[str, ...]
    feature_names: tuple[str, ...]
    vocabulary: tuple[str, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]
    n_train: int = 0
    n_articles: int = 0
    ngram_range: tuple[int, int] = (1, 2)
    min_df: int = 2
    C: float = 1.0
    class_weight: str = "balanced"
    seed: int = 0
    cv: Mapping[str, Any] = field(default_factory=dict)
    lexicon: Mapping[str, str] = field(default_factory=lambda: _lexicon_info(Lexicon.default()))
    religion_rules: Mapping[str, str] = field(default_factory=lambda: _rules_info(ReligionRules.default()))
    features_version: int = FEATURES_VERSION
    created_by: str = f"media-coverage {__version__}"

    _schema: ClassVar[str] = FRAME_SCHEMA
    _kind: ClassVar[str] = "learned-frame model"
    _field_types: ClassVar[dict[str, tuple[type, ...]]] = _FRAME_FIELD_TYPES
    _list_items: ClassVar[dict[str, str]] = {"classes": "str", "feature_names": "str", "vocabulary": "str",
                                             "coef": "rows", "intercept": "num"}

    def _title(self) -> str:
        return "learned religion-frame model"

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "classes", tuple(str(x) for x in self.classes))
        set_(self, "feature_names", tuple(str(x) for x in self.feature_names))
        set_(self, "vocabulary", tuple(str(x) for x in self.vocabulary))
        set_(self, "coef", tuple(tuple(float(x) for x in row) for row in self.coef))
        set_(self, "intercept", tuple(float(x) for x in self.intercept))
        set_(self, "cv", dict(self.cv))
        self._normalise_common(_check_frame_model)

    def __hash__(self) -> int:
        return hash(self.sha256)

    # -- prediction --------------------------------------------------------------
    @cached_property
    def _index(self) -> dict[str, int]:
        names = [*self.feature_names, *(NGRAM + v for v in self.vocabulary)]
        return {n: j for j, n in enumerate(names)}

    def contributions(self, features: Mapping[str, float], frame: str) -> list[tuple[str, float]]:
        """``(feature, weight * value)`` towards ``frame`` of every feature of the sentence the model knows,
        largest first."""
        row = self.coef[self.classes.index(frame)]
        idx = self._index
        out = [(k, row[idx[k]] * float(v)) for k, v in sorted(features.items()) if k in idx and v]
        return sorted(out, key=lambda kv: (-kv[1], kv[0]))

    def decision(self, features: Mapping[str, float]) -> np.ndarray:
        """``intercept + coef @ x`` (one score per class) of one sentence's features."""
        z = np.array(self.intercept, dtype="float64")
        idx = self._index
        for k in sorted(features):
            j = idx.get(k)
            if j is not None and features[k]:
                z += np.array([row[j] for row in self.coef]) * float(features[k])
        return z

    def probabilities(self, features: Mapping[str, float]) -> np.ndarray:
        """The probability of each class (in ``classes`` order) for one sentence's features (softmax)."""
        z = self.decision(features)
        e = np.exp(z - z.max())
        return e / e.sum()

    def frame(self, features: Mapping[str, float]) -> str:
        """The most probable frame for one sentence's features."""
        return self.classes[int(np.argmax(self.probabilities(features)))]

    def predict_proba(self, texts: Any) -> np.ndarray:
        """The probability of each frame for each sentence.

        Parameters
        ----------
        texts : str, sequence of str, or DataFrame
            As for :meth:`LearnedModel.predict_proba`. The model tells frames apart; it does
            not decide whether a sentence is religious (:class:`LearnedFrameDetector` asks the
            religion rules).

        Returns
        -------
        ndarray of float64, shape (n_sentences, n_classes)
            Columns in ``classes`` order; each row sums to 1.
        """
        rows = [self.probabilities(f) for f in self._rows_features(texts)]
        return np.array(rows, dtype="float64").reshape(len(rows), len(self.classes))

    def predict(self, texts: Any) -> np.ndarray:
        """The most probable frame of each sentence (an array of str)."""
        proba = self.predict_proba(texts)
        return np.array([self.classes[int(k)] for k in proba.argmax(axis=1)], dtype=object)


def _check_frame_model(m: LearnedFrameModel) -> str:
    """The first problem of a frame model's fields, or ""."""
    if len(m.classes) < 2 or list(m.classes) != sorted(set(m.classes)):
        return f"classes must be two or more distinct frames, sorted, not {list(m.classes)!r}"
    bad = next((c for c in m.classes if c not in RELIGION_FRAMES), None)
    if bad is not None:
        return f"classes holds {bad!r}, not a religion frame ({', '.join(sorted(RELIGION_FRAMES))})"
    n = len(m.feature_names) + len(m.vocabulary)
    if len(m.coef) != len(m.classes) or len(m.intercept) != len(m.classes):
        return (f"coef has {len(m.coef)} rows and intercept {len(m.intercept)} values for {len(m.classes)} classes; "
                "give one per class")
    bad_row = next((k for k, row in enumerate(m.coef) if len(row) != n), None)
    if bad_row is not None:
        return (f"coef row {bad_row} has {len(m.coef[bad_row])} weights for {len(m.feature_names)} features + "
                f"{len(m.vocabulary)} n-grams ({n}); the weights and the features do not belong together")
    if not all(math.isfinite(c) for row in m.coef for c in row) or not all(math.isfinite(c) for c in m.intercept):
        return "coef and intercept must be finite numbers"
    if m.class_weight not in ("balanced", "none"):
        return f"class_weight must be 'balanced' or 'none', not {m.class_weight!r}"
    return _check_common(m, ("n_train", "n_articles", "min_df", "seed"))


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


def _list_problem(items: list[Any], what: str) -> str:
    """What a JSON list should hold when ``items`` does not (``what``: "str", "num", "rows"), else ""."""
    def num(x: Any) -> bool:
        return isinstance(x, int | float) and not isinstance(x, bool)

    if what == "str":
        bad = next((x for x in items if not isinstance(x, str)), None)
        return f"strings; found {bad!r}" if bad is not None else ""
    if what == "num":
        bad = next((x for x in items if not num(x)), None)
        return f"numbers; found {bad!r}" if bad is not None else ""
    bad = next((x for x in items if not isinstance(x, list) or not all(num(v) for v in x)), None)
    return f"lists of numbers (one per class); found {str(bad)[:40]}" if bad is not None else ""


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
    if not 0.0 < m.threshold < 1.0:
        return f"threshold must be between 0 and 1 (exclusive), not {m.threshold!r}"
    return _check_common(m, ("n_train", "n_positive", "n_articles", "min_df", "seed"))


def _check_common(m: Any, counts: Sequence[str]) -> str:
    """The first problem of the fields every model has (features, settings, provenance), or ""."""
    if len(set(m.feature_names)) != len(m.feature_names) or len(set(m.vocabulary)) != len(m.vocabulary):
        return "feature_names and vocabulary must not repeat a feature"
    bad = next((f for f in m.feature_names if f.startswith(NGRAM) or ":" not in f and f != "religion"), None)
    if bad is not None:
        return f"feature_names holds {bad!r}, not a lexicon or cue feature (n-grams go in vocabulary)"
    if len(m.ngram_range) != 2 or not 1 <= m.ngram_range[0] <= m.ngram_range[1] <= 5:
        return f"ngram_range must be (lo, hi) with 1 <= lo <= hi <= 5, not {m.ngram_range!r}"
    lo, hi = m.ngram_range
    bad = next((v for v in m.vocabulary if not v.strip() or not lo <= len(v.split(" ")) <= hi), None)
    if bad is not None:
        return f"vocabulary entry {bad!r} is not a {lo}- to {hi}-word n-gram"
    for name in counts:
        v = getattr(m, name)
        if not isinstance(v, int | np.integer) or isinstance(v, bool) or v < 0:
            return f"{name} must be an integer >= 0, not {v!r}"
    if not m.C > 0:
        return f"C must be > 0, not {m.C!r}"
    for name, keys in (("lexicon", ("name", "version", "sha256")), ("religion_rules", ("version", "sha256"))):
        v = getattr(m, name)
        if sorted(v) != sorted(keys) or not all(isinstance(v[k], str) for k in keys):
            return f"{name} must be {{{', '.join(repr(k) for k in keys)}: str}}, not {v!r}"
    cv = getattr(m, "cv", {})
    bad = next((k for k, v in cv.items() if not isinstance(k, str) or not (
        v is None or isinstance(v, str | int | float) and not isinstance(v, bool))), None)
    if bad is not None:
        return f"cv must map names to numbers, strings or null; {bad!r} is {cv[bad]!r}"
    return ""


# ---------------------------------------------------------------------------
# the family

def _model_arg(model: Any, cls: type[_ModelData], family: str, trainer: str) -> Any:
    """A family's ``model`` argument as a model of ``cls`` (read from a file when it is a path), checked; a
    warning when it was trained with other built-in lexicon data than installed."""
    if model is None:
        raise ParameterError(f"{family} needs a model: {family}(model) with a {cls.__name__} from "
                             f"coverage.learn.{trainer}(...) or the path of a model saved with to_json")
    if isinstance(model, str | os.PathLike):
        model = cls.from_json(model)
    if not isinstance(model, cls):
        raise ParameterError(f"{family} needs a {cls.__name__} or a model file, not {type(model).__name__}")
    problem = model.check_lexicons()
    if problem:
        warnings.warn(problem, CoverageWarning, stacklevel=3)
    return model


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
        self.model = model = _model_arg(model, LearnedModel, "LearnedDetector", "train_detector")
        self.name = f"learned_{model.label}"  # an instance's name: one family per label
        self.color = color or _DEFAULT_COLOURS.get(model.label, OKABE_ITO["reddish_purple"])

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
        top, listed = top_features(m.contributions(feats))
        rule = f"learned {m.label} detector: p = {p:.2f} >= {m.threshold:g}; top features: {listed}"
        where = next((spans[k] for k, _ in top if k in spans), None)
        start, end = where if where is not None else (s.start, s.end)
        matched = s.text[start - s.start:end - s.start]
        hit = Hit(self.column, term=top[0][0] if top else "", matched=matched, category="learned", weight=p,
                  counted_as=self.flag_column, rule=rule, start=start, end=end)
        return SentenceResult(values, (hit,))

    def release(self) -> None:
        _release_matchers()


def _release_matchers() -> None:
    """Drop the memos of the built-in matchers the features use."""
    matchers = [Lexicon.default().matcher]
    r = ReligionRules.default()
    matchers += [r.term_matcher, r.cue_matcher, r.proximity_matcher]
    for mt in matchers:
        mt.__dict__.pop("_memo", None)
        mt.__dict__.pop("_anchor_memo", None)


MODES = ("replace", "neutral")


def rules_frame(features: Mapping[str, float]) -> str:
    """The religion rules' frame of a sentence from its features: the frame of most of its references
    (``religion_frame:<frame>``), ties broken by the rules' precedence then ``neutral``, as
    :func:`coverage.validate` does; "" when the rules find no reference.

    Examples
    --------
    >>> rules_frame({"religion": 2.0, "religion_frame:neutral": 1.0, "religion_frame:target": 1.0})
    'target'
    >>> rules_frame({"frame:violence": 1.0})
    ''
    """
    return _top_frame({f: float(features.get(f"religion_frame:{f}", 0.0)) for f in RELIGION_FRAMES})


def _top_frame(counts: Mapping[str, float], precedence: Sequence[str] | None = None) -> str:
    """The frame with most references (ties: the rules' precedence, default the built-in rules', then neutral),
    "" with none."""
    best = max(counts.values())
    if best <= 0:
        return ""
    order = [*(ReligionRules.default().precedence if precedence is None else precedence), "neutral"]
    return next(f for f in order if counts[f] == best)


def _sentence_rules_frame(s: SentenceView) -> str:
    """The built-in religion rules' frame of a sentence in the engine, as the religion family finds its references."""
    from .religion import _earlier_target

    rules = ReligionRules.default()
    article = None
    if rules._article_categories and s.index > 0:
        article = lambda: _earlier_target(s, rules)  # noqa: E731
    found = match_religion(s.tokens, s.text, sentence_start=s.start, context_tokens=s.previous_tokens, rules=rules,
                           article_target=article)
    counts = dict.fromkeys(RELIGION_FRAMES, 0.0)
    for h in found:
        counts[h.frame] += 1.0
    return _top_frame(counts)


class LearnedFrameDetector(Family):
    """A :class:`LearnedFrameModel` as a metric family: the religion frame of each religious sentence.

    A sentence is religious when the religion rules find a reference in it (the ``religion``
    feature of :func:`sentence_features`, with the previous sentence as context). Its frame is
    the model's (``mode="replace"``), or the rules' frame with the model's only where the rules
    say ``neutral`` (``mode="neutral"``: the combination that scored best in
    ``benchmarks/learned_frames.py``). The rules' frame of a sentence is the frame of most of
    its references (ties: the rules' precedence, then neutral, as :func:`coverage.validate`
    decides it), found as the religion family finds them, its article rule included (an
    attacked place of worship named earlier in the lead), with the built-in rules.

    Columns: ``learned_frame_religious`` and ``learned_frame_<frame>`` for each of the five
    frames (bool; exactly one frame is true in a religious sentence, none in the others).
    Metrics: ``learned_frame_<frame>_share``, the share of an article's (an outlet's, pooled)
    religious sentences in that frame, and ``learned_frame_religious`` (religious sentences,
    not in the summary). Evidence: one hit per religious sentence, spanning the first
    occurrence of the feature that pushed most towards its learned frame, whose rule gives the
    frame, its probability and the three features that added most to it.

    Parameters
    ----------
    model : LearnedFrameModel or path
        The model, or a JSON file written by :meth:`LearnedFrameModel.to_json`.
    mode : {"replace", "neutral"}, default "replace"

    Examples
    --------
    >>> m = LearnedFrameModel(classes=("community", "target"), feature_names=("frame:violence",),
    ...                       vocabulary=(), coef=((0.0,), (2.0,)), intercept=(0.0, 0.0))
    >>> d = LearnedFrameDetector(m)
    >>> d.name, list(d.columns())[:3]
    ('learned_frame', ['learned_frame_religious', 'learned_frame_attribution', 'learned_frame_community'])
    >>> import coverage, pandas as pd
    >>> df = pd.DataFrame({"id": ["a"], "outlet": ["A"], "text": ["A mosque was attacked. Roads were closed."]})
    >>> a = coverage.analyze(df, families=[*coverage.default_families(), d], n_boot=50)
    >>> a.sentences[["learned_frame_religious", "learned_frame_target"]].to_numpy().tolist()
    [[True, True], [False, False]]
    >>> float(a.articles["learned_frame_target_share"].iloc[0])
    1.0
    """

    name = "learned_frame"

    def __init__(self, model: LearnedFrameModel | str | os.PathLike[str] | None = None, *, mode: str = "replace"):
        if mode not in MODES:
            raise ParameterError(f"mode must be one of {MODES}, not {mode!r}")
        self.model = _model_arg(model, LearnedFrameModel, "LearnedFrameDetector", "train_frame_model")
        self.mode = mode

    def fingerprint(self) -> str:
        lex, rules = _lexicon_info(Lexicon.default()), _rules_info(ReligionRules.default())
        raw = f"learned_frame/1|{self.mode}|{self.model.sha256}|{lex['sha256']}|{rules['sha256']}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def provenance(self) -> dict[str, Any]:
        m = self.model
        return {"name": self.name, "fingerprint": self.fingerprint(), "model_sha256": m.sha256, "mode": self.mode,
                "classes": list(m.classes), "n_train": m.n_train, "cv": dict(m.cv), "created_by": m.created_by}

    def columns(self) -> dict[str, str]:
        return {"learned_frame_religious": "bool", **{f"learned_frame_{f}": "bool" for f in sorted(RELIGION_FRAMES)}}

    def metrics(self) -> list[Metric]:
        from .religion import _FRAME_COLOURS, _FRAME_TEXT

        how = ("the learned frame" if self.mode == "replace"
               else "the rules' frame, the learned frame where the rules say neutral")
        out = [Metric("learned_frame_religious", kind="total", column="learned_frame_religious", outlet="total",
                      summary=False, label="Religious sentences (learned frames)",
                      description="sentences with a religious reference (religion rules), whose frame the learned "
                                  "frame model gives", color=OKABE_ITO["reddish_purple"])]
        out += [Metric(f"learned_frame_{f}_share", kind="ratio", numerator={f"learned_frame_{f}": 1.0},
                       denominator={"learned_frame_religious": 1.0}, outlet="pooled",
                       label=f"Learned {f} frame (share of religious sentences)",
                       description=f"share of religious sentences in the {f} frame ({_FRAME_TEXT[f]}): {how}",
                       unit="share of religious sentences", color=_FRAME_COLOURS[f],
                       evidence=HitFilter(({"metric": (f"learned_frame_{f}",)},)))
                for f in sorted(RELIGION_FRAMES)]
        return out

    def description(self) -> str:
        m = self.model
        how = ("its frame is the model's" if self.mode == "replace"
               else "its frame is the rules' frame, the model's where the rules say neutral")
        scores = ""
        if m.cv.get("accuracy") is not None:
            scores = (f"; cross-validated by article on its training labels: accuracy {m.cv['accuracy']:.2f}, "
                      f"macro F1 {m.cv.get('macro_f1'):.2f}")
        return (f"Learned religion frames: a multinomial logistic regression ({', '.join(m.classes)}) on word "
                f"{m.ngram_range[0]}-{m.ngram_range[1]}-grams, framing-lexicon and religion-rule hit counts and "
                f"negation and quotation cues, trained on {m.n_train} labelled religious sentences of "
                f"{m.n_articles} articles{scores}. A sentence is religious when the religion rules find a "
                f"reference; {how}. Model {m.sha256[:12]}.")

    def sentence(self, s: SentenceView) -> SentenceResult | None:
        m = self.model
        feats, spans = sentence_features(s.tokens, s.text, start=s.start, previous_tokens=s.previous_tokens,
                                         in_quote=bool(s.in_quote), ngram_range=m.ngram_range)
        if not feats.get("religion"):
            return None
        proba = m.probabilities(feats)
        learned = m.classes[int(np.argmax(proba))]
        frame = learned
        if self.mode == "neutral":
            ruled = _sentence_rules_frame(s)
            frame = learned if ruled in ("neutral", "") else ruled
        col = f"learned_frame_{frame}"
        values = {"learned_frame_religious": 1, col: 1}
        if frame != learned:
            hit = Hit(col, term="", matched=s.text, category="rules", frame=frame, weight=1.0,
                      rule=f"religion rules' frame {frame} (mode 'neutral': the learned frame only where the rules "
                           f"say neutral)", start=s.start, end=s.end)
            return SentenceResult(values, (hit,))
        top, listed = top_features(m.contributions(feats, frame))
        p = float(proba[m.classes.index(frame)])
        rule = f"learned religion frame {frame}: p = {p:.2f}; top features: {listed}"
        if self.mode == "neutral":
            rule += " (the rules said neutral)"
        where = next((spans[k] for k, _ in top if k in spans), None)
        start, end = where if where is not None else (s.start, s.end)
        hit = Hit(col, term=top[0][0] if top else "", matched=s.text[start - s.start:end - s.start],
                  category="learned_frame", frame=frame, weight=p, rule=rule, start=start, end=end)
        return SentenceResult(values, (hit,))

    def release(self) -> None:
        _release_matchers()


def model_family(path: str | os.PathLike[str], *, frame_mode: str = "neutral") -> LearnedDetector | LearnedFrameDetector:
    """The metric family of a saved learned model, whichever kind the file holds.

    How the report's ``models`` parameter runs a model beside the rules: a file written by
    :meth:`LearnedModel.to_json` (``coverage.learn.train_detector``) becomes a
    :class:`LearnedDetector`, one written by :meth:`LearnedFrameModel.to_json`
    (``coverage.learn.train_frame_model``) a :class:`LearnedFrameDetector` in ``frame_mode``.

    Parameters
    ----------
    path : path
        The model file.
    frame_mode : {"neutral", "replace"}, default "neutral"
        The mode of a frame model (see :class:`LearnedFrameDetector`); ignored for a detector.

    Raises
    ------
    ParameterError
        The file is missing, not JSON, not a model of this package, or fails its checks.

    Examples
    --------
    >>> import tempfile, os
    >>> m = LearnedModel(label="violence", feature_names=("frame:violence",), vocabulary=(),
    ...                  coef=(3.0,), intercept=-1.0)
    >>> path = os.path.join(tempfile.mkdtemp(), "violence.json")
    >>> _ = m.to_json(path)
    >>> model_family(path).name
    'learned_violence'
    """
    if frame_mode not in MODES:
        raise ParameterError(f"frame_mode must be one of {MODES}, not {frame_mode!r}")
    p = os.fspath(path)
    data = _read_model_json(p, "LearnedModel.to_json(path) or LearnedFrameModel.to_json(path)")
    schema = data.get("schema") if isinstance(data, dict) else None
    if schema == FRAME_SCHEMA:
        return LearnedFrameDetector(LearnedFrameModel.from_dict(data, source=p), mode=frame_mode)
    if schema == SCHEMA:
        return LearnedDetector(LearnedModel.from_dict(data, source=p))
    raise ParameterError(f"{p}: not a model written by media-coverage (schema is {schema!r}, expected {SCHEMA!r} "
                         f"or {FRAME_SCHEMA!r}); train one with coverage.learn.train_detector or train_frame_model "
                         "and save it with to_json")
