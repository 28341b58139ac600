"""Handing freed memory back to the operating system (used between the stages of an analysis)."""

from __future__ import annotations

import sys

__all__ = ["release_memory"]


def release_memory() -> None:
    """Give freed memory back to the operating system: Arrow's pool and (on glibc) the C heap.

    Arrow's allocator keeps freed buffers for reuse, and glibc keeps freed heap pages
    until ``malloc_trim``; while chunk results are being merged, the freed chunks would
    otherwise stay counted next to the merged tables (on the whole ABP corpus a few
    hundred MB). The per-word memo tables are dropped by
    :func:`coverage.engine.release_memos`.
    """
    try:
        import pyarrow as pa

        pa.default_memory_pool().release_unused()
    except (ImportError, AttributeError):  # pragma: no cover - pyarrow is a dependency
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # another C library (musl): nothing to trim
            pass
