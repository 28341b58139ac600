"""Run a measurement in a fresh ``python`` process of a checkout, for side-by-side benchmarks.

``quotes_speed.py``, ``audit_speed.py`` and ``train_speed.py`` time this checkout and an earlier one
(``--baseline PATH``, a checkout or worktree of this repository) in the same run: each measurement is a
child process with ``PYTHONPATH`` set to the checkout, which prints one JSON line (its last) holding at
least ``package`` (``coverage.__file__``, checked to be the checkout's).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def checkouts(baseline: Path | None) -> dict[str, Path]:
    """``{"this": ROOT}``, and ``"baseline"`` when given (exits when it is not a checkout)."""
    out = {"this": ROOT}
    if baseline is not None:
        if not (baseline / "coverage" / "__init__.py").is_file():
            sys.exit(f"--baseline {baseline} is not a checkout of this repository (no coverage/__init__.py)")
        out["baseline"] = baseline.resolve()
    return out


def run_child(checkout: Path, code: str, args: Sequence[str], cwd: Path,
              env: Mapping[str, str] | None = None) -> dict:
    """Run ``python -c code *args`` with ``checkout`` first on the path; its last output line, parsed.

    ``cwd`` must be outside the repository: ``python -c`` puts the working directory first on
    ``sys.path``, which would import the repository the script was started from instead of ``checkout``.
    """
    full = {**os.environ, **(env or {}), "PYTHONPATH": str(checkout)}
    done = subprocess.run([sys.executable, "-c", code, *args], env=full, capture_output=True, text=True,
                          check=False, cwd=cwd)
    if done.returncode != 0:
        sys.exit(f"the run of {checkout} failed:\n{done.stderr[-2000:]}")
    got = json.loads(done.stdout.strip().splitlines()[-1])
    if not Path(got["package"]).resolve().is_relative_to(checkout.resolve()):
        sys.exit(f"the run of {checkout} imported {got['package']} instead")
    return got


def total_line(runs: Mapping[str, Sequence[Mapping]], steps: Sequence[str]) -> str:
    """``total`` and each checkout's best summed CPU seconds over ``steps``, with the ratio when there is a
    baseline (tab-separated)."""
    totals = {k: min(sum(r[s]["cpu"] for s in steps) for r in v) for k, v in runs.items()}
    line = "total\t" + "\t".join(f"{t:.2f}" for t in totals.values())
    if "baseline" in totals:
        line += f"\tthis / baseline CPU {totals['this'] / totals['baseline']:.3f}"
    return line
