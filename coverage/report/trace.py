"""Debug trace of :func:`coverage.report.render`'s stages (``MEDIA_COVERAGE_TRACE``)."""

from __future__ import annotations

import os
import time

__all__ = ["TRACE_ENV", "trace"]

#: Environment variable naming a file that receives one line per stage of :func:`render` (debug aid).
TRACE_ENV = "MEDIA_COVERAGE_TRACE"


def trace(stage: str) -> None:
    """Append ``"<stage> <pid> <unix time>"`` to the file named by ``$MEDIA_COVERAGE_TRACE``, if set.

    One ``write`` on an ``O_APPEND`` descriptor, so lines of concurrent runs never interleave.
    Errors are ignored: tracing must never make a run fail.
    """
    path = os.environ.get(TRACE_ENV)
    if not path:
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            os.write(fd, f"{stage} {os.getpid()} {time.time():.3f}\n".encode())
        finally:
            os.close(fd)
    except OSError:
        pass
