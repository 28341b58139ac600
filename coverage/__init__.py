"""media-coverage: compare how news outlets frame the same event.

corpus -> tokens -> metrics (families) -> comparison -> plot::

    import coverage
    corpus = coverage.load_corpus("seeds/")
    analysis = coverage.analyze(corpus)
    analysis.outlets           # one row per outlet, with 95% bootstrap CIs
    analysis.explain("seed-003", metric="religion")   # the evidence behind a number
    coverage.analyze(corpus, families=[*coverage.default_families(), MyFamily()])   # your own measure

Note: the import name ``coverage`` is shared with coverage.py; install this package
(distribution ``media-coverage``) in a fresh virtual environment.
"""

from . import audit, learn
from ._version import __version__
from .analysis import Analysis, Evidence, analyze
from .corpus import Corpus, load_corpus
from .errors import (
    CorpusError,
    CoverageError,
    CoverageWarning,
    LexiconError,
    ParameterError,
    ReportError,
)
from .families import (
    Family,
    Hit,
    HitFilter,
    LearnedDetector,
    LearnedFrameDetector,
    Metric,
    QuotesFamily,
    SentenceResult,
    default_families,
)
from .validate import validate

__all__ = [
    "__version__",
    "Corpus",
    "load_corpus",
    "analyze",
    "Analysis",
    "Family",
    "Metric",
    "Hit",
    "HitFilter",
    "SentenceResult",
    "default_families",
    "LearnedDetector",
    "LearnedFrameDetector",
    "QuotesFamily",
    "audit",
    "learn",
    "Evidence",
    "CoverageError",
    "CorpusError",
    "LexiconError",
    "ParameterError",
    "ReportError",
    "CoverageWarning",
    "validate",
]
