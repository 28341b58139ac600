"""Article-level cache: analyse each distinct article text once per configuration.

A scheduled report over a growing corpus re-reads yesterday's articles from the
cache and processes only the new ones. The cache is a folder of Parquet files::

    <cache>/<key>/config.json                 what the key was computed from
    <cache>/<key>/part-<digest>.sentences.parquet
    <cache>/<key>/part-<digest>.hits.parquet
    <cache>/<key>/part-<digest>.tokens.parquet
    <cache>/<key>/part-<digest>.table-<family>.parquet   a family's own table (e.g. the quotes), if any
    <cache>/<key>/part-<digest>.json          the part's key, schema and the SHA-256 of its files

``key`` is a SHA-256 over the package version, the cache schema, the framing
lexicon's and religion rules' SHA-256, ``exclude_boilerplate`` and the version
of the VADER lexicon package. Change any of them and the old entries are simply
not found (they stay on disk until you delete the folder). Entries are looked up
by the SHA-256 of the article text, so an edited article is processed again and
an unchanged one keeps its results even if its id or outlet changed.

Each run that processes new articles adds one part. Every file is written to a
temporary name and renamed; the part's checksum file ``part-<digest>.json`` is
written last, so a part counts only once it exists: Parquet files without one (a
killed run, a run still writing) are not read, and their articles are processed
again. Before a part is used, its checksum file must name this folder's key and
each Parquet file's bytes must have the recorded SHA-256 (the bytes checked are
the bytes then parsed). A part that was edited, damaged, copied from another key's
folder or cannot be read is reported with a :class:`~coverage.errors.CoverageWarning`
naming the file, and ignored: its articles are processed again. (The checksums
catch accidents, not forgery: whoever can write the cache can write a matching
checksum file.)

:meth:`ArticleCache.summary` says what a run did: the key, how many articles were
read from the cache, how many were computed, and which parts were ignored
(``Analysis.params["cache"]``).

Examples
--------
>>> import coverage, tempfile
>>> folder = tempfile.mkdtemp()
>>> a = coverage.analyze("seeds/", cache=folder)          # doctest: +SKIP
>>> b = coverage.analyze("seeds/", cache=folder)          # doctest: +SKIP

The second call reads all five articles back from ``folder`` and gives the same tables.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .._version import __version__
from ..errors import CoverageWarning, ParameterError
from ..families.base import Plan
from .chunk import HIT_COLUMNS, ChunkResult, sentence_columns

__all__ = ["ArticleCache", "text_hashes", "SCHEMA"]

#: Bumped whenever the cached columns or their meaning change (2: parts carry a checksum file;
#: 3: the key is made of the metric families' fingerprints; 4: the families' own tables).
SCHEMA = "4"
#: The Parquet files of every part, by kind; a family with its own table (``Family.table_columns``)
#: adds ``table-<family>``.
_KINDS = ("sentences", "hits", "tokens")


class _Refused(Exception):
    """A part that must not be used: ``file`` and what is wrong with it."""

    def __init__(self, file: Path, problem: str):
        super().__init__(problem)
        self.file = file
        self.problem = problem


def text_hashes(texts: Sequence[str]) -> list[str]:
    """SHA-256 (hex) of each text's UTF-8 bytes."""
    return [hashlib.sha256(t.encode("utf-8", "surrogatepass")).hexdigest() for t in texts]


def config_key(*, plan: Plan, exclude_boilerplate: bool) -> tuple[str, dict[str, Any]]:
    """The cache key of an analyzer configuration and the fields it hashes.

    The families' fingerprints (:meth:`Family.fingerprint`: their lexicons', rules' and
    settings' hashes) are the configuration: the rules and lexicon actually used.
    """
    fields = {
        "package_version": __version__,
        "schema": SCHEMA,
        "families": [{**f.provenance(), "name": f.name, "class": f"{type(f).__module__}.{type(f).__qualname__}",
                      "fingerprint": f.fingerprint()} for f in plan.families],
        "exclude_boilerplate": bool(exclude_boilerplate),
    }
    raw = json.dumps(fields, sort_keys=True).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:24], fields


class ArticleCache:
    """Parquet cache of per-article results for one analyzer configuration.

    Parameters
    ----------
    folder : path
        Cache root (created if missing).
    plan : Plan
        The checked families (:func:`coverage.families.check_families`).
    exclude_boilerplate : bool

    Attributes
    ----------
    key : str
        The configuration's key (the sub-folder name).
    from_cache, computed : int
        After :meth:`load`: articles found in the cache, and articles not found (to compute).
    ignored_parts : list of str
        After :meth:`load`: names (``part-<digest>``) of the parts refused with a warning.
    """

    def __init__(self, folder: str | os.PathLike[str], *, plan: Plan, exclude_boilerplate: bool):
        if not isinstance(folder, (str, os.PathLike)):
            raise ParameterError(f"cache must be a folder path, not {type(folder).__name__}")
        self.plan = plan
        self.kinds = _KINDS + tuple(f"table-{f.name}" for f in plan.table_families)
        self.key, self.fields = config_key(plan=plan, exclude_boilerplate=exclude_boilerplate)
        self.root = Path(folder)
        self.folder = self.root / self.key
        self.from_cache = 0
        self.computed = 0
        self.ignored_parts: list[str] = []
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            cfg = self.folder / "config.json"
            if not cfg.exists():
                text = json.dumps(self.fields, indent=2, sort_keys=True) + "\n"
                _atomic_write(cfg, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
        except OSError as exc:
            raise ParameterError(f"cannot use cache folder {str(self.root)!r}: {exc}; pass a writable folder "
                                 "or cache=None") from exc

    # -- reading -----------------------------------------------------------------
    def summary(self) -> dict[str, Any]:
        """What the last :meth:`load` did: ``{"key", "from_cache", "computed", "ignored_parts"}``."""
        return {"key": self.key, "from_cache": self.from_cache, "computed": self.computed,
                "ignored_parts": list(self.ignored_parts)}

    def _parts(self) -> list[str]:
        """Names of the complete parts: those whose checksum file (written last) exists."""
        return sorted(p.name[: -len(".json")] for p in self.folder.glob("part-*.json"))

    def _read_part(self, name: str) -> dict[str, pd.DataFrame]:
        """The tables of a part by kind, once its key and checksums are verified (else :class:`_Refused`)."""
        side = self.folder / f"{name}.json"
        try:
            meta = json.loads(side.read_bytes())
            key, schema, sums = meta["key"], meta["schema"], meta["sha256"]
            if not isinstance(sums, dict):
                raise TypeError("'sha256' is not a mapping")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise _Refused(side, f"cannot be read ({exc})") from exc
        if key != self.key:
            raise _Refused(side, f"was written for cache key {key!r}, not this folder's key {self.key!r} "
                                 "(copied from another cache folder?)")
        if schema != SCHEMA:
            raise _Refused(side, f"has cache schema {schema!r}, not {SCHEMA!r}")
        tables = {}
        for kind in self.kinds:
            path = self.folder / f"{name}.{kind}.parquet"
            try:
                data = path.read_bytes()  # read once: the bytes checked are the bytes parsed
            except OSError as exc:
                raise _Refused(path, f"cannot be read ({exc.strerror or exc})") from exc
            if hashlib.sha256(data).hexdigest() != sums.get(kind):
                raise _Refused(path, f"does not match the checksum in {side.name} (edited or damaged since it "
                                     "was written)")
            try:
                if kind == "tokens":
                    tables[kind] = pq.read_table(pa.BufferReader(data)).to_pandas()
                else:
                    tables[kind] = pd.read_parquet(io.BytesIO(data))
            except Exception as exc:  # any parse failure means: do not use it
                raise _Refused(path, f"cannot be read ({exc})") from exc
        missing = [c for c in sentence_columns(self.plan)[2:] if c not in tables["sentences"].columns]
        if missing:
            raise _Refused(self.folder / f"{name}.sentences.parquet", f"cannot be read (columns {missing} missing)")
        for f in self.plan.table_families:
            missing = [c for c in f.table_columns() if c not in tables[f"table-{f.name}"].columns]
            if missing:
                raise _Refused(self.folder / f"{name}.table-{f.name}.parquet",
                               f"cannot be read (columns {missing} missing)")
        return tables

    def load(self, hashes: Sequence[str], ids: Sequence[str], outlets: Sequence[str]
             ) -> tuple[ChunkResult | None, list[bool]]:
        """Cached results for the articles whose text hash is in the cache.

        Returns the results of the found articles (in input order, with the given
        ids and outlets) and, per article, whether it was found. Sets :attr:`from_cache`,
        :attr:`computed` and :attr:`ignored_parts` (see :meth:`summary`).
        """
        wanted = set(hashes)
        sent_parts, hit_parts, tok_parts = [], [], []
        table_parts: dict[str, list[pd.DataFrame]] = {f.name: [] for f in self.plan.table_families}
        have: set[str] = set()
        self.ignored_parts = []
        for name in self._parts():
            try:
                got = self._read_part(name)
                s, h, t = got["sentences"], got["hits"], got["tokens"]
            except _Refused as exc:  # edited, damaged or foreign: ignore it, its articles are processed again
                self.ignored_parts.append(name)
                warnings.warn(f"article cache file {exc.file} {exc.problem}; the part {name} is ignored and its "
                              f"articles are recomputed (delete {self.folder / name}.* to silence this)",
                              CoverageWarning, stacklevel=3)
                continue
            new = (set(t["text_hash"]) & wanted) - have
            if not new:
                continue
            have |= new
            sent_parts.append(s[s["text_hash"].isin(new)])
            hit_parts.append(h[h["text_hash"].isin(new)])
            tok_parts.append(t[t["text_hash"].isin(new)])
            for f in self.plan.table_families:
                ft = got[f"table-{f.name}"]
                table_parts[f.name].append(ft[ft["text_hash"].isin(new)])
        found = [hv in have for hv in hashes]
        self.from_cache = sum(found)
        self.computed = len(found) - self.from_cache
        if not have:
            return None, found
        s = pd.concat(sent_parts, ignore_index=True)
        h = pd.concat(hit_parts, ignore_index=True)
        t = pd.concat(tok_parts, ignore_index=True).drop_duplicates("text_hash").set_index("text_hash")
        sel = [i for i, f in enumerate(found) if f]
        sel_hashes = [hashes[i] for i in sel]
        s_rows = _rows_by_hash(s["text_hash"].to_numpy(dtype=object), sel_hashes)
        h_rows = _rows_by_hash(h["text_hash"].to_numpy(dtype=object), sel_hashes)
        sentences = s.iloc[np.concatenate(s_rows[0])] if s_rows[0] else s.iloc[:0]
        sentences = sentences.drop(columns="text_hash").reset_index(drop=True)
        sentences.insert(0, "article_id", np.repeat([ids[i] for i in sel], s_rows[1]).astype(object))
        sentences.insert(1, "outlet", np.repeat([outlets[i] for i in sel], s_rows[1]).astype(object))
        hits = h.iloc[np.concatenate(h_rows[0])] if h_rows[0] else h.iloc[:0]
        hits = hits.drop(columns="text_hash").reset_index(drop=True)
        hits.insert(0, "article_id", np.repeat([ids[i] for i in sel], h_rows[1]).astype(object))
        hits.insert(1, "outlet", np.repeat([outlets[i] for i in sel], h_rows[1]).astype(object))
        tables = {}
        for f in self.plan.table_families:
            ft = pd.concat(table_parts[f.name], ignore_index=True)
            f_rows = _rows_by_hash(ft["text_hash"].to_numpy(dtype=object), sel_hashes)
            ft_sel = ft.iloc[np.concatenate(f_rows[0])] if f_rows[0] else ft.iloc[:0]
            ft_sel = ft_sel.drop(columns="text_hash").reset_index(drop=True)
            ft_sel.insert(0, "article", np.repeat(np.arange(len(sel), dtype=np.int32), f_rows[1]))
            tables[f.name] = ft_sel.astype({"article": "int32", **f.table_columns()})
        # tokens: take each found article's list in order, then flatten and dictionary-encode in Arrow (C speed)
        row_of = {hv: i for i, hv in enumerate(t.index)}
        lists = pa.array(t["tokens"].tolist(), pa.list_(pa.string())).take(
            pa.array([row_of[hv] for hv in sel_hashes], pa.int64()))
        flat = pc.list_flatten(lists)
        encoded = pc.dictionary_encode(flat)
        token_ids = pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False).astype(np.int32)
        vocab_list = encoded.dictionary.to_pylist()
        lengths = pc.list_value_length(lists).to_numpy(zero_copy_only=False).astype(np.int64)
        indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        result = ChunkResult(
            sentences=sentences[sentence_columns(self.plan)].astype(s.dtypes.drop("text_hash").to_dict()),
            hits=hits[HIT_COLUMNS],
            vocab=vocab_list,
            token_ids=token_ids,
            token_indptr=indptr,
            article_ids=[ids[i] for i in sel],
            tables=tables,
        )
        return result, found

    # -- writing -----------------------------------------------------------------
    def save(self, result: ChunkResult, hashes: Sequence[str]) -> None:
        """Add the articles of ``result`` (one text hash per article, in order) as a new part."""
        first: dict[str, str] = {}
        for aid, hv in zip(result.article_ids, hashes, strict=True):
            first.setdefault(hv, aid)
        keep_ids = set(first.values())
        hash_of = {aid: hv for hv, aid in first.items()}
        s = result.sentences[result.sentences["article_id"].isin(keep_ids)]
        h = result.hits[result.hits["article_id"].isin(keep_ids)]
        s = s.assign(text_hash=s["article_id"].map(hash_of)).drop(columns=["article_id", "outlet"])
        h = h.assign(text_hash=h["article_id"].map(hash_of)).drop(columns=["article_id", "outlet"])
        vocab = np.array(result.vocab + [None], dtype=object)
        tok_hash, tok_lists = [], []
        for k, aid in enumerate(result.article_ids):
            if aid not in hash_of:
                continue
            seg = result.token_ids[result.token_indptr[k]:result.token_indptr[k + 1]]
            tok_hash.append(hash_of[aid])
            tok_lists.append(vocab[seg].tolist())  # -1 picks the trailing None: a sentence end
        tokens = pa.table({"text_hash": pa.array(tok_hash, pa.string()),
                           "tokens": pa.array(tok_lists, pa.list_(pa.string()))})
        digest = hashlib.sha256("\n".join(sorted(first)).encode("ascii")).hexdigest()[:20]
        name = f"part-{digest}"
        tables = {"sentences": pa.Table.from_pandas(s, preserve_index=False),
                  "hits": pa.Table.from_pandas(h, preserve_index=False), "tokens": tokens}
        for f in self.plan.table_families:
            ft = result.tables[f.name]
            aids = np.asarray(result.article_ids, dtype=object)[ft["article"].to_numpy()]
            keep = np.fromiter((a in hash_of for a in aids), dtype=bool, count=len(aids))
            ft = ft[keep].assign(text_hash=[hash_of[a] for a in aids[keep]]).drop(columns=["article"])
            tables[f"table-{f.name}"] = pa.Table.from_pandas(ft, preserve_index=False)
        side = self.folder / f"{name}.json"
        try:
            # the checksum file last: a part counts only once it exists (load() globs it); a part rewritten
            # under the same name loses its old checksum file first
            side.unlink(missing_ok=True)
            sums = {kind: _write_parquet(self.folder / f"{name}.{kind}.parquet", tables[kind]) for kind in self.kinds}
            text = json.dumps({"key": self.key, "schema": SCHEMA, "sha256": sums}, indent=2, sort_keys=True) + "\n"
            _atomic_write(side, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
        except OSError as exc:
            warnings.warn(f"could not write the article cache in {self.folder} ({exc}); results are correct "
                          "but will be computed again next time", CoverageWarning, stacklevel=3)


def _rows_by_hash(col: np.ndarray, wanted: Sequence[str]) -> tuple[list[np.ndarray], list[int]]:
    """Row indices of each wanted hash (rows of one hash are contiguous and in order)."""
    order = np.argsort(col, kind="stable")
    sorted_col = col[order]
    out, counts = [], []
    for hv in wanted:
        lo = np.searchsorted(sorted_col, hv, side="left")
        hi = np.searchsorted(sorted_col, hv, side="right")
        out.append(order[lo:hi])
        counts.append(hi - lo)
    return out, counts


def _atomic_write(path: Path, write: Callable[[str], None]) -> None:
    """Call ``write(tmp)`` on a temporary file next to ``path``, then rename it into place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write_parquet(path: Path, table: pa.Table) -> str:
    """Write ``table`` to ``path`` (atomically); the SHA-256 of the bytes written."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    buf = sink.getvalue()

    def write(tmp: str) -> None:
        with open(tmp, "wb") as fh:
            fh.write(buf)

    _atomic_write(path, write)
    return hashlib.sha256(buf).hexdigest()
