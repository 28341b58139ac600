"""Exceptions and warnings raised by media-coverage.

Every error raised for bad input is a subclass of :class:`CoverageError`, and
its message names the file, row or field at fault and says how to fix it.
The CLI turns these into a one-line message and a non-zero exit code.
"""

from __future__ import annotations

__all__ = [
    "CoverageError",
    "CorpusError",
    "LexiconError",
    "ParameterError",
    "ReportError",
    "CoverageWarning",
]


class CoverageError(Exception):
    """Base class of every error this package raises for bad input or parameters."""

    #: exit status the CLI uses for this error class
    exit_code = 2


class CorpusError(CoverageError, ValueError):
    """A corpus cannot be read or fails validation (names the file/row and the fix)."""


class LexiconError(CoverageError, ValueError):
    """A lexicon file is malformed or uses unsafe YAML."""


class ParameterError(CoverageError, ValueError):
    """A function or report parameter has the wrong type or an unknown value."""


class ReportError(CoverageError, RuntimeError):
    """Rendering a report failed (the failing cell's error is in the message)."""

    exit_code = 3


class CoverageWarning(UserWarning):
    """Something was kept or repaired, but the user should know (e.g. cp1252 fallback)."""
