"""Metric families: one module per family of measures (see :mod:`coverage.families.base`).

Built in, in the order of :func:`default_families`:

* :class:`BoilerplateFamily` (``boilerplate``): bylines, captions, teasers... flagged and left out;
* :class:`SentimentFamily` (``sentiment``): VADER sentiment and tone;
* :class:`FramingFamily` (``framing``): solidarity vs violence (and custom frames), balance;
* :class:`ReligionFamily` (``religion``): religious references and their frames;
* :class:`QuotesFamily` (``quotes``): direct quotes and reported speech, speakers and source types.

``coverage.analyze(corpus, families=[...])`` runs any list of families in the one pass.
"""

from __future__ import annotations

from typing import Any

from .base import (
    ArticleResult,
    ChunkView,
    Family,
    Hit,
    HitFilter,
    Metric,
    Plan,
    ReportFigure,
    ReportSection,
    SentenceResult,
    SentenceView,
    check_families,
)
from .boilerplate import BoilerplateFamily
from .framing import FramingFamily
from .learned import LearnedDetector, LearnedFrameDetector, model_family
from .quotes import QuotesFamily
from .religion import ReligionFamily
from .sentiment import SentimentFamily

__all__ = [
    "Family",
    "Metric",
    "Hit",
    "HitFilter",
    "SentenceResult",
    "ArticleResult",
    "SentenceView",
    "ChunkView",
    "Plan",
    "ReportFigure",
    "ReportSection",
    "check_families",
    "load_family",
    "default_families",
    "BoilerplateFamily",
    "SentimentFamily",
    "FramingFamily",
    "ReligionFamily",
    "QuotesFamily",
    "LearnedDetector",
    "LearnedFrameDetector",
    "model_family",
]


def default_families(*, lexicon: Any = None, religion_rules: Any = None, sources: Any = None,
                     quotes: bool = True, frame_model: Any = "builtin", violence_model: Any = None,
                     model_gate: bool = True, source_model: Any = "builtin") -> list[Family]:
    """The built-in families: boilerplate, sentiment, framing (with ``lexicon``), religion (with ``religion_rules``), quotes (with ``sources``).

    ``violence_model`` goes to the framing family (None, the default: the lexicon alone;
    ``"builtin"``: the built-in violence model beside it, in articles about an attack only unless
    ``model_gate=False``; see :class:`FramingFamily`).
    ``frame_model`` goes to the religion family (``"builtin"``, the default: the built-in frame
    model decides where the rules say neutral, in articles about a violent attack only (the
    family's gate); None or ``"rules"``: its frames from the rules alone).
    ``source_model`` goes to the quotes family (``"builtin"``, the default: the built-in
    source-type model types the speakers the rules leave ``unknown``; None: the rules alone; see
    :class:`QuotesFamily`).
    ``quotes=False`` leaves out the quotes family: on news articles it costs about as much as
    all the other families together (``benchmarks/README.md``, "Who is quoted"), so a run that
    does not need who is quoted is faster without it.

    Examples
    --------
    >>> [f.name for f in default_families()]
    ['boilerplate', 'sentiment', 'framing', 'religion', 'quotes']
    >>> [f.name for f in default_families(quotes=False)]
    ['boilerplate', 'sentiment', 'framing', 'religion']
    """
    return [BoilerplateFamily(), SentimentFamily(), FramingFamily(lexicon=lexicon, violence_model=violence_model, model_gate=model_gate),
            ReligionFamily(rules=religion_rules, frame_model=frame_model)] + ([QuotesFamily(sources=sources, source_model=source_model)] if quotes else [])


def load_family(spec: str, *, base: Any = None) -> Family:
    """A family from ``"module:Name"`` or ``"path/to/file.py:Name"`` (a class, instantiated without arguments, or an instance).

    How the report's ``families`` parameter names a family defined in user code (a relative
    path is looked up in ``base``, default the working directory).

    Examples
    --------
    >>> load_family("coverage.families:SentimentFamily").name
    'sentiment'
    """
    import importlib
    import importlib.util
    from pathlib import Path

    from ..errors import ParameterError

    if not isinstance(spec, str) or ":" not in spec:
        raise ParameterError(f"a family is named 'module:ClassName' or 'file.py:ClassName', not {spec!r}")
    where, _, attr = spec.rpartition(":")
    if where.endswith(".py"):
        path = Path(where).expanduser()
        if not path.is_absolute() and base is not None:
            path = Path(base) / path
        if not path.is_file():
            raise ParameterError(f"family {spec!r}: file {str(path)!r} does not exist")
        name = f"_media_coverage_family_{path.stem}"
        spec_ = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec_)
        import sys

        sys.modules[name] = module  # picklable: worker processes find the class by its module name
        spec_.loader.exec_module(module)
    else:
        try:
            module = importlib.import_module(where)
        except ImportError as exc:
            raise ParameterError(f"family {spec!r}: cannot import {where!r} ({exc})") from None
    obj = getattr(module, attr, None)
    if obj is None:
        raise ParameterError(f"family {spec!r}: {where} has no {attr!r}")
    fam = obj() if isinstance(obj, type) else obj
    if not isinstance(fam, Family):
        raise ParameterError(f"family {spec!r} is a {type(fam).__name__}, not a coverage.Family")
    return fam
