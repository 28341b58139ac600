"""Report parameters: the notebook's declarations, their types and values, checked before a kernel starts."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import ParameterError, ReportError

__all__ = ["default_notebook", "notebook_parameters", "check_parameters", "check_values", "RESERVED_PARAMETERS",
           "defaults"]

_PACKAGE_DIR = Path(__file__).resolve().parents[1]
#: Parameters that :func:`render` sets itself (from its ``corpus`` and ``out`` arguments).
RESERVED_PARAMETERS = ("corpus", "output_dir", "previous")


def default_notebook() -> Path:
    """The comparison-report notebook: the copy built into the package, else ``notebooks/`` of a source checkout.

    A wheel carries ``coverage/data/notebooks/comparison_report.ipynb`` (copied from
    ``notebooks/`` when the package is built, see ``setup.py``); an editable install or a
    source checkout uses ``notebooks/comparison_report.ipynb`` itself.
    """
    candidates = [
        _PACKAGE_DIR / "data" / "notebooks" / "comparison_report.ipynb",  # normal install (wheel)
        _PACKAGE_DIR.parent / "notebooks" / "comparison_report.ipynb",  # source checkout / editable install
    ]
    for cand in candidates:
        if cand.is_file():
            return cand
    raise ReportError(
        "cannot find the report notebook comparison_report.ipynb (looked in "
        + ", ".join(str(c) for c in candidates)
        + "); pass notebook='path/to/comparison_report.ipynb' (CLI: --notebook)"
    )


def notebook_parameters(notebook: str | os.PathLike) -> dict[str, dict[str, Any]]:
    """Parameters declared in a notebook's ``parameters`` cell.

    Returns ``{name: {"type": annotation string, "default": source text, "help": comment}}``
    in declaration order (read with :func:`papermill.inspect_notebook`).
    """
    import papermill as pm

    path = Path(notebook)
    if not path.is_file():
        raise ParameterError(f"notebook {str(path)!r} does not exist; pass an existing .ipynb file")
    try:
        raw = pm.inspect_notebook(str(path))
    except Exception as exc:  # malformed notebook JSON etc.
        raise ReportError(f"cannot read the parameters of {path}: {exc}") from exc
    if not raw:
        raise ReportError(
            f"{path} has no parameters cell (a code cell tagged 'parameters' with lines like "
            "'seed: int = 0  # help'); add one"
        )
    return {
        name: {"type": p.get("inferred_type_name") or "None", "default": p.get("default"), "help": p.get("help", "")}
        for name, p in raw.items()
    }


def _split_top(text: str, sep: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    for ch in text:
        depth += ch == "["
        depth -= ch == "]"
        if ch == sep and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts]


def _type_ok(value: Any, ann: str) -> bool:
    """Does ``value`` match the annotation string ``ann`` (str, int, float, bool, list[...], Optional[...])?"""
    ann = ann.strip().strip("'\"")
    if ann in ("", "None", "Any", "object"):  # papermill says "None" when there is no annotation
        return True
    if "|" in ann and len(_split_top(ann, "|")) > 1:
        return any(_type_ok(value, a) for a in _split_top(ann, "|"))
    m = re.fullmatch(r"(?:typing\.)?Optional\[(.*)\]", ann)
    if m:
        return value is None or _type_ok(value, m.group(1))
    m = re.fullmatch(r"(?:typing\.)?Union\[(.*)\]", ann)
    if m:
        return any(_type_ok(value, a) for a in _split_top(m.group(1), ","))
    m = re.fullmatch(r"(?:list|List|typing\.List)\[(.*)\]", ann)
    if m:
        return isinstance(value, list) and all(_type_ok(v, m.group(1)) for v in value)
    simple: dict[str, Any] = {
        "str": str, "int": int, "float": (int, float), "bool": bool, "list": list, "dict": dict,
        "NoneType": type(None),
    }
    if ann in ("int", "float") and isinstance(value, bool):
        return False
    if ann in simple:
        return isinstance(value, simple[ann])
    return True  # an annotation this checker does not know: let the notebook decide


#: How to write the report's parameters, for error messages (CLI syntax; in Python pass the value itself).
_FRIENDLY = {
    "outlets": "a list of outlet names, e.g. -p outlets '[Sky News, BBC]'",
    "seed": "a whole number of at least 0, e.g. -p seed 0",
    "n_boot": "a whole number of at least 1 (bootstrap resamples), e.g. -p n_boot 2000",
    "n_jobs": "a positive whole number or -1 (every CPU), e.g. -p n_jobs 2",
    "title": "text, e.g. -p title 'Vigil coverage'",
    "lexicon": "the path of a lexicon YAML file, e.g. -p lexicon frames.yaml",
    "keyness_reference": "one outlet name, e.g. -p keyness_reference 'Sky News'",
    "cache": "a folder path, e.g. -p cache .mc-cache",
    "columns": "a mapping of roles to column names, e.g. -p columns '{text: body}' (or --text body)",
    "query": "a query, e.g. -p query 'shooting OR attack' (words, \"phrases\", AND, OR, NOT, parentheses)",
    "families": "a list of families, e.g. -p families '[hedging.py:Hedging]'",
    "min_articles": "a whole number of at least 1, e.g. -p min_articles 2",
    "top_outlets": "a whole number of at least 1, e.g. -p top_outlets 20",
    "min_hits": "a number of at least 0, e.g. -p min_hits 10",
    "labels": "the path of a filled label sheet (CSV), e.g. -p labels audit.csv",
    "sources": "the path of a source-types YAML file, e.g. -p sources my_sources.yaml",
    "models": "a list of model files saved by media-coverage, e.g. -p models '[violence.json, frames.json]'",
    "frame_mode": "replace or neutral, e.g. -p frame_mode replace",
    "religion_frame": "builtin (the default) or rules, e.g. -p religion_frame rules",
}


def check_parameters(
    parameters: Mapping[str, Any] | None, declared: Mapping[str, Mapping[str, Any]], *, reserved=RESERVED_PARAMETERS
) -> dict[str, Any]:
    """Check names and types of report parameters against the notebook's declarations.

    Path-like values become ``str`` and tuples become lists (as papermill would pass them).
    Raises :class:`~coverage.errors.ParameterError` naming the parameter, the expected type
    and the value given.

    Examples
    --------
    >>> decl = {"seed": {"type": "int"}, "outlets": {"type": "Optional[list[str]]"}}
    >>> check_parameters({"seed": 3, "outlets": ("A", "B")}, decl, reserved=())
    {'seed': 3, 'outlets': ['A', 'B']}
    >>> check_parameters({"seed": "3"}, decl, reserved=())
    Traceback (most recent call last):
    ...
    coverage.errors.ParameterError: seed must be a whole number of at least 0, e.g. -p seed 0; got '3' (str)
    >>> check_parameters({"nboot": 5}, {"n_boot": {"type": "int"}}, reserved=())
    Traceback (most recent call last):
    ...
    coverage.errors.ParameterError: unknown parameter nboot; did you mean n_boot? The report accepts: n_boot
    """
    if parameters is None:
        return {}
    if not isinstance(parameters, Mapping):
        raise ParameterError(f"parameters must be a dict of name -> value, not {type(parameters).__name__}")
    out: dict[str, Any] = {}
    for name, value in parameters.items():
        if name in reserved:
            how = {"corpus": "the corpus argument (CLI: CORPUS)", "output_dir": "out= (CLI: --out)",
                   "previous": "out= (CLI: --out): the previous report in that folder is found by itself"}[name]
            raise ParameterError(f"report parameter {name!r} is set by render(); use {how} instead")
        if name not in declared:
            names = [n for n in declared if n not in reserved]
            import difflib

            close = difflib.get_close_matches(str(name), names, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]}?" if close else "."
            raise ParameterError(f"unknown parameter {name}{hint} The report accepts: {', '.join(names)}")
        if isinstance(value, os.PathLike):
            value = os.fspath(value)
        if isinstance(value, tuple):
            value = list(value)
        ann = str(declared[name].get("type") or "None")
        if not _type_ok(value, ann):
            what = _FRIENDLY.get(str(name)) or f"of type {ann}"
            raise ParameterError(f"{name} must be {what}; got {value!r} ({type(value).__name__})")
        out[name] = value
    return out


def defaults(declared: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    import ast

    values = {}
    for name, p in declared.items():
        try:
            values[name] = ast.literal_eval(str(p.get("default")))
        except (ValueError, SyntaxError):
            values[name] = p.get("default")
    return values




def _did_you_mean(name: str, known: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_values(values: Mapping[str, Any], outlets: list[str] | None = None) -> None:
    """Check the values of report parameters (ranges, and outlet names when ``outlets`` is given).

    Used by :func:`render` before a kernel starts and by the report notebook itself (when
    it is run with papermill directly). Raises :class:`~coverage.errors.ParameterError`.

    Examples
    --------
    >>> check_values({"n_boot": 0})
    Traceback (most recent call last):
    ...
    coverage.errors.ParameterError: n_boot must be a whole number of at least 1 (bootstrap resamples), e.g. -p n_boot 2000; got 0
    >>> check_values({"outlets": ["Sky Nws"]}, outlets=["BBC", "Sky News"])
    Traceback (most recent call last):
    ...
    coverage.errors.ParameterError: outlets: no outlet named 'Sky Nws' in the corpus (did you mean 'Sky News'?). Outlets are: BBC, Sky News
    """
    def whole(name: str, low: int, what: str, example: str) -> None:
        v = values.get(name)
        if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < low):
            raise ParameterError(f"{name} must be a whole number of at least {low} ({what}), e.g. -p {name} {example}; "
                                 f"got {v!r}")

    whole("n_boot", 1, "bootstrap resamples", "2000")
    whole("seed", 0, "the random seed", "0")
    whole("min_articles", 1, "articles an outlet needs to be ranked", "2")
    whole("top_outlets", 1, "outlets the figures draw", "20")
    hits = values.get("min_hits")
    if hits is not None and (isinstance(hits, bool) or not isinstance(hits, int | float) or hits < 0):
        raise ParameterError(f"min_hits must be a number of at least 0 (hits an outlet needs to be ranked on a pooled "
                             f"measure), e.g. -p min_hits 10; got {hits!r}")
    n_jobs = values.get("n_jobs")
    if n_jobs is not None and (isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0 or n_jobs < -1):
        raise ParameterError(f"n_jobs must be a positive whole number or -1 (every CPU), e.g. -p n_jobs 2; got {n_jobs!r}")
    mode = values.get("frame_mode")
    if mode is not None and mode not in ("neutral", "replace"):
        raise ParameterError(f"frame_mode must be 'neutral' (the rules' frame, the learned one where the rules say "
                             f"neutral) or 'replace' (the learned frame), e.g. -p frame_mode replace; got {mode!r}")
    frames = values.get("religion_frame")
    if frames is not None and frames not in ("rules", "builtin"):
        raise ParameterError(f"religion_frame must be 'rules' (the religion frames from cue words) or 'builtin' (the "
                             f"built-in frame model where the rules say neutral, in articles about a violent attack), "
                             f"e.g. -p religion_frame rules; "
                             f"got {frames!r}")
    sel = values.get("outlets")
    if sel is not None and (not isinstance(sel, list) or not all(isinstance(o, str) for o in sel)):
        raise ParameterError("outlets must be a list of outlet names, e.g. -p outlets '[Sky News, BBC]'; "
                             f"got {sel!r}")
    if sel is not None and not sel:
        raise ParameterError("outlets is an empty list; leave it out to compare every outlet, or name some, "
                             "e.g. -p outlets '[Sky News, BBC]'")
    if outlets is None:
        return
    shown = ", ".join(outlets[:20]) + (f" and {len(outlets) - 20} more" if len(outlets) > 20 else "")
    for o in sel or []:
        if o not in outlets:
            raise ParameterError(f"outlets: no outlet named {o!r} in the corpus{_did_you_mean(o, outlets)}. "
                                 f"Outlets are: {shown}")
    ref = values.get("keyness_reference")
    chosen = sel or outlets
    if ref is not None and ref not in chosen:
        raise ParameterError(f"keyness_reference: no outlet named {ref!r} among the outlets compared"
                             f"{_did_you_mean(ref, chosen)}. Outlets are: {shown}")
