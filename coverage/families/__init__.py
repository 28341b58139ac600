"""Metric families: one module per family of measures (see :mod:`coverage.families.base`).

Built in, in the order of :func:`default_families`:

* :class:`BoilerplateFamily` (``boilerplate``): bylines, captions, teasers... flagged and left out;
* :class:`SentimentFamily` (``sentiment``): VADER sentiment and tone;
* :class:`FramingFamily` (``framing``): solidarity vs violence (and custom frames), balance;
* :class:`ReligionFamily` (``religion``): religious references and their frames.

``coverage.analyze(corpus, families=[...])`` runs any list of families in the one pass.
"""

from __future__ import annotations

from typing import Any

from .base import (
    ChunkView,
    Family,
    Hit,
    HitFilter,
    Metric,
    Plan,
    SentenceResult,
    SentenceView,
    check_families,
)
from .boilerplate import BoilerplateFamily
from .framing import FramingFamily
from .religion import ReligionFamily
from .sentiment import SentimentFamily

__all__ = [
    "Family",
    "Metric",
    "Hit",
    "HitFilter",
    "SentenceResult",
    "SentenceView",
    "ChunkView",
    "Plan",
    "check_families",
    "default_families",
    "BoilerplateFamily",
    "SentimentFamily",
    "FramingFamily",
    "ReligionFamily",
]


def default_families(*, lexicon: Any = None, religion_rules: Any = None) -> list[Family]:
    """The built-in families: boilerplate, sentiment, framing (with ``lexicon``), religion (with ``religion_rules``).

    Examples
    --------
    >>> [f.name for f in default_families()]
    ['boilerplate', 'sentiment', 'framing', 'religion']
    """
    return [BoilerplateFamily(), SentimentFamily(), FramingFamily(lexicon=lexicon),
            ReligionFamily(rules=religion_rules)]
