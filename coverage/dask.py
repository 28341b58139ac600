"""Run :func:`coverage.analyze` on a Dask cluster (``engine="dask"``).

The per-article work (:func:`coverage.engine.chunk.process_chunk`) is pure, so chunks
of articles are sent to Dask workers as independent tasks and the results are
merged in corpus order on the client: the tables are identical to the local
engine's. Bootstrap CIs, keyness and terms are computed on the client from the
merged tables (they are cheap next to the per-article work).

Pointing it at an existing cluster::

    from distributed import Client
    client = Client("tcp://scheduler-host:8786")      # or a dask-jobqueue / Kubernetes cluster's client
    analysis = coverage.analyze(corpus, engine="dask", client=client, chunk_size=1000)

Without ``client`` the current client (``distributed.get_client()``, e.g. one you
created in the notebook) is used, else Dask's default scheduler. Workers need
``media-coverage`` installed in the same version as the client.

Reading large CSV/Parquet inputs with Dask: :func:`read_corpus` parses and
validates each partition on the workers (the same checks as
:func:`coverage.load_corpus`) and gathers one :class:`~coverage.corpus.Corpus`.
"""

from __future__ import annotations

import os
import re
import warnings
from typing import Any

import pandas as pd

from .corpus import Corpus, load_corpus
from .engine.dask_chunks import _client, _import_dask, run_chunks
from .errors import CorpusError, CoverageWarning

__all__ = ["run_chunks", "read_corpus"]


def read_corpus(path: str | os.PathLike[str], *, client: Any = None, blocksize: str | None = "64MB",
                **load_kw: Any) -> Corpus:
    """Read a CSV or Parquet corpus with Dask, validating partitions on the workers.

    Parameters
    ----------
    path : path or glob
        ``.csv``/``.csv.gz``/``.tsv`` or ``.parquet`` file(s); glob patterns allowed.
    client : distributed.Client, optional
    blocksize : str, default "64MB"
        CSV partition size (ignored for compressed CSV, which Dask reads whole).
    **load_kw
        Passed to :func:`coverage.load_corpus` for each partition (e.g. column names).

    Returns
    -------
    Corpus
        As :func:`coverage.load_corpus` would return for the whole file: rows of
        every partition in order; duplicate ids across partitions are rejected
        (the first one is kept) with the row named.
    """
    _import_dask()
    import dask
    import dask.dataframe as dd

    p = str(path)
    low = p.lower()
    if low.endswith((".parquet", ".pq")):
        ddf = dd.read_parquet(p)
    elif low.endswith((".csv", ".csv.gz", ".tsv", ".tsv.gz", ".txt")):
        sep = "\t" if ".tsv" in low else ","
        compressed = low.endswith(".gz")
        ddf = dd.read_csv(p, sep=sep, dtype=str, keep_default_na=False, blocksize=None if compressed else blocksize,
                          compression="gzip" if compressed else None)
    else:
        raise CorpusError(f"{p}: read_corpus reads .csv, .tsv (optionally .gz) or .parquet; for folders use "
                          "coverage.load_corpus")
    parts = ddf.to_delayed()
    loaded = [dask.delayed(_load_part)(part, k, load_kw) for k, part in enumerate(parts)]
    cl = _client(client)
    results = cl.compute(loaded, sync=True) if cl is not None else list(dask.compute(*loaded))
    return _combine(results, source=p)


def _load_part(df: pd.DataFrame, k: int, load_kw: dict[str, Any]) -> tuple[int, int, Corpus]:
    with warnings.catch_warnings():  # reported once, on the client, by _combine
        warnings.simplefilter("ignore", CoverageWarning)
        return k, len(df), load_corpus(df, **load_kw)


def _combine(results: list[tuple[int, int, Corpus]], *, source: str) -> Corpus:
    """One Corpus from partition corpora: rows renumbered over the file, cross-partition duplicates rejected."""
    results = sorted(results, key=lambda r: r[0])
    frames, rejected, notes = [], [], []
    seen: dict[str, str] = {}
    offset = 0
    for _k, n_rows, c in results:
        df = c.df
        rej = c.rejected.copy()
        rej["source"] = [_renumber(w, offset, source) for w in rej["source"]]
        where = [_renumber(w, offset, source) for w in df["source"]]  # a Corpus always has "source"
        dup = df["article_id"].isin(list(seen)).to_numpy()
        if dup.any():
            extra = pd.DataFrame({
                "article_id": df.loc[dup, "article_id"].tolist(),
                "source": [w for w, d in zip(where, dup, strict=True) if d],
                "reason": [f"duplicate id {a!r} (first used by {seen[a]}); make ids unique"
                           for a in df.loc[dup, "article_id"]],
            })
            rej = pd.concat([rej, extra], ignore_index=True)
        keep = df[~dup].copy()
        keep["source"] = [w for w, d in zip(where, dup, strict=True) if not d]
        for a, w in zip(keep["article_id"], keep["source"], strict=True):
            seen.setdefault(a, w)
        frames.append(keep)
        rejected.append(rej)
        notes.extend(c.notes)
        offset += n_rows
    if not results:
        raise CorpusError(f"{source}: no rows; check the path")
    out_df = pd.concat(frames, ignore_index=True)
    out_rej = pd.concat(rejected, ignore_index=True)
    if len(out_rej):
        first = out_rej.iloc[0]
        warnings.warn(f"{len(out_rej)} of {offset} article(s) rejected; see corpus.rejected. First: "
                      f"{first['source']}: {first['reason']}", CoverageWarning, stacklevel=3)
    return Corpus(df=out_df, rejected=out_rej, notes=notes, inputs=[source])


_ROW_RE = re.compile(r"^DataFrame, row (\d+)")


def _renumber(where: Any, offset: int, source: str) -> Any:
    if not isinstance(where, str):
        return where
    return _ROW_RE.sub(lambda m: f"{os.path.basename(source)}, row {int(m.group(1)) + offset}", where)
