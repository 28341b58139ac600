"""Chunks of articles as Dask tasks (``analyze(engine="dask")``; see :mod:`coverage.dask`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import ParameterError
from .chunk import ChunkResult, process_chunk

__all__ = ["run_chunks"]


def _import_dask():
    try:
        import dask
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ParameterError(
            "engine='dask' needs Dask: pip install 'media-coverage[dask]' (dask and distributed)"
        ) from exc
    return dask


def _client(client: Any) -> Any:
    if client is not None:
        return client
    try:
        from distributed import get_client

        return get_client()
    except (ImportError, ValueError):
        return None


def run_chunks(chunks: Sequence[tuple[list[str], list[str], list[str]]], kw: dict[str, Any], *,
               client: Any = None, progress: Any = None) -> list[ChunkResult]:
    """Process ``(ids, outlets, texts)`` chunks as Dask tasks; results in input order."""
    dask = _import_dask()
    if not chunks:
        return []
    cl = _client(client)
    if cl is not None:
        plan = cl.scatter(kw["families"], broadcast=True)  # the compiled families, sent to each worker once
        futures = [cl.submit(process_chunk, *c, families=plan, exclude_boilerplate=kw["exclude_boilerplate"],
                             pure=False) for c in chunks]
        results = []
        for fut, c in zip(futures, chunks, strict=True):
            results.append(fut.result())
            if progress is not None:
                progress.update(len(c[0]))
        return results
    tasks = [dask.delayed(process_chunk)(*c, **kw) for c in chunks]
    results = list(dask.compute(*tasks))
    if progress is not None:
        progress.update(sum(len(c[0]) for c in chunks))
    return results
