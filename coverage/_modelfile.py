"""Plain-data model files: canonical JSON with a checksum, read back with every problem named.

Shared by the learned models of the families (:mod:`coverage.families.learned`) and the source-type model
(:mod:`coverage.source_model`): floats written with ``repr`` (read back bit for bit), sorted keys, no NaN.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from .errors import ParameterError


def _read_model_json(p: str, writer: str) -> Any:
    """The parsed JSON of model file ``p``; a missing, non-UTF-8 or invalid file raises :class:`ParameterError`."""
    if not os.path.isfile(p):
        raise ParameterError(f"model file {p!r} does not exist; write one with {writer}")
    try:
        with open(p, encoding="utf-8") as fh:
            return json.load(fh, parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        raise ParameterError(f"{p}: not UTF-8 text ({exc.reason}); is it a model file?") from None
    except json.JSONDecodeError as exc:
        raise ParameterError(f"{p}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except ValueError as exc:
        raise ParameterError(f"{p}: {exc}") from None


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


def write_model_file(path: str | os.PathLike[str], text: str, read_back: Callable[[str], Any], kind: str) -> str:
    """Write a model file's ``text`` to ``path`` atomically; an existing ``path`` is replaced only when
    ``read_back(path)`` reads it as a model (its checksum holds), otherwise
    :class:`~coverage.outputs.OutputError` names it and it is left as it is. Returns the path."""
    from .outputs import OutputError, atomic_write

    path = os.fspath(path)
    if os.path.lexists(path):
        try:
            read_back(path)
        except ParameterError as exc:
            raise OutputError(f"{path}: exists and is not a {kind} written by media-coverage "
                              f"({str(exc).removeprefix(path + ': ')}), so it is not overwritten; choose "
                              "another file name or move it") from None
    atomic_write(path, text.encode("ascii"))
    return path
