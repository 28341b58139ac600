"""Render the comparison report: one call turns a corpus into a folder that opens in any browser.

:func:`render` executes ``notebooks/comparison_report.ipynb`` with papermill, converts it to a
self-contained HTML page (no code, no external requests: figures are embedded PNGs, the CSS is
inline, no scripts, no web fonts) and writes one output folder::

    reports/seeds/
        report.html        the report (open it in any browser, attach it to an e-mail)
        report.ipynb       the executed notebook (same content, for Jupyter)
        metrics/           articles, sentences, outlets, hits as .csv and .parquet
        manifest.json      versions, parameters, sha256 of every input and output file

Guarantees
----------
* **Reproducible**: the same inputs and parameters give byte-identical ``report.html``,
  ``report.ipynb`` and ``metrics/*`` (papermill's timings and random cell ids are normalised,
  figures are PNGs without timestamps, Parquet files carry fixed metadata). Only the
  ``"run"`` part of ``manifest.json`` (timestamps, absolute paths) changes between runs.
* **Atomic, also when killed**: the report is rendered into a staging folder ``<out>.tmp-<pid>``
  next to ``out``, flushed to disk, and swapped into place in one step, so at every instant
  ``out`` holds either the complete previous report or the complete new one, never a mixture
  and never a half-written file, even when the run is killed (SIGKILL, out of memory). On Linux
  the swap is one ``renameat2(RENAME_EXCHANGE)`` system call. Where that is unavailable (other
  systems, some network filesystems) it is two renames, ``out -> <out>.old-<pid>`` then staging
  ``-> out``; a run killed between the two leaves no ``out`` but a complete ``<out>.old-<pid>``,
  which the next run to the same folder puts back before doing anything else. The next run also
  deletes the left-overs of killed runs (``<out>.tmp-<pid>``, ``<out>.old-<pid>``). A failed run
  leaves the previous report untouched, keeps the failed notebook as ``<out>.failed.ipynb``
  (written atomically too) and raises :class:`~coverage.errors.ReportError` with the failing
  cell's error.
* **One writer per folder**: ``<out>.lock`` is an OS file lock (``flock``), which the operating
  system releases when the holder exits or is killed, so a crashed run never blocks the next one.
  The file itself is left in place on purpose (removing a lock file that another run may be
  waiting on would let two runs in at once). A second concurrent run waits ``lock_timeout``
  seconds (CLI: ``--lock-timeout``; 0 fails at once) and then fails with a one-line message
  naming the lock file.
* **Checked parameters**: names and types are checked against the annotations of the
  notebook's ``parameters`` cell before anything runs (:class:`~coverage.errors.ParameterError`).

The notebook kernel runs with the corpus folder's parent as working directory; the corpus is
passed by name relative to it, so the report never contains machine-specific paths.

Debugging: when the environment variable ``MEDIA_COVERAGE_TRACE`` names a file, :func:`render`
appends one line ``<stage> <pid> <unix time>`` to it at every stage (``params-validated``,
``lock-waiting``, ``lock-acquired``, ``swap-recovered``, ``stale-cleaned``, ``staging-created``,
``kernel-started``, ``cell-executed:<index>``, ``notebook-executed``, ``notebook-written``,
``html-written``, ``manifest-written``, ``staging-synced``, [``previous-moved``,] ``swapped``,
``previous-removed``, ``lock-released``; ``failed`` when a run fails), to see which stage is slow
or where a killed run stopped. It never changes what is written.
"""

from __future__ import annotations

from .page import external_references
from .params import (
    RESERVED_PARAMETERS,
    check_parameters,
    check_values,
    default_notebook,
    notebook_parameters,
)
from .run import PROVENANCE_FILE, ReportResult, render
from .trace import TRACE_ENV

__all__ = [
    "render",
    "ReportResult",
    "default_notebook",
    "notebook_parameters",
    "check_parameters",
    "check_values",
    "external_references",
    "PROVENANCE_FILE",
    "RESERVED_PARAMETERS",
    "TRACE_ENV",
]
