"""The engine: one pass over the articles for any list of metric families, then the tables.

* :mod:`~coverage.engine.chunk`: :func:`process_chunk` reads a chunk of articles once (segments,
  tokens, every family's hooks) and :func:`merge_chunks` joins chunk results;
* :mod:`~coverage.engine.prefilter`: which sentences each family's anchors allow;
* :mod:`~coverage.engine.schedule`: chunks in this process, in worker processes or on Dask;
* :mod:`~coverage.engine.cache`: the article cache keyed by the families' fingerprints;
* :mod:`~coverage.engine.aggregate`: article and outlet tables (with bootstrap CIs) from the metric specs.
"""

from __future__ import annotations

from .chunk import (
    HIT_COLUMNS,
    ChunkResult,
    merge_chunks,
    process_chunk,
    sentence_columns,
    sentence_types,
)

__all__ = ["HIT_COLUMNS", "ChunkResult", "merge_chunks", "process_chunk", "sentence_columns", "sentence_types"]
