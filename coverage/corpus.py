"""Corpora: loading, validation and the :class:`Corpus` container.

A corpus is a tidy table with one row per article. Required columns are
``article_id``, ``outlet`` and ``text``; every other column (title, byline, date,
url, event, anything else) is kept as metadata and travels into every result
table.

Sources understood by :func:`load_corpus`:

* a folder of ``.txt`` files with a ``manifest.csv`` (columns ``id``, ``file``,
  ``outlet`` and any metadata), or with one sub-folder per outlet;
* a CSV, JSON Lines (``.jsonl``/``.ndjson``) or Parquet file, optionally gzipped;
* any :class:`pandas.DataFrame` (:meth:`Corpus.from_frame`).

Nothing is silently dropped: an article that cannot be used is listed in
:attr:`Corpus.rejected` with its source (file or row) and the reason, and a
:class:`~coverage.errors.CoverageWarning` says how many were rejected. Pass
``on_error="raise"`` to turn the first such problem into a
:class:`~coverage.errors.CorpusError` instead.
"""

from __future__ import annotations

import hashlib
import html
import os
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from .errors import CorpusError, CoverageWarning, ParameterError
from .text import normalize_text

__all__ = ["Corpus", "load_corpus", "decode_bytes", "REJECTED_COLUMNS"]

#: Columns of :attr:`Corpus.rejected`.
REJECTED_COLUMNS = ["article_id", "source", "reason"]
_CORE = ["article_id", "outlet", "text"]
_TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet", ".pq"}
_MANIFEST_NAMES = ("manifest.csv", "manifest.tsv")

# file signatures of common binary formats a user may rename to .txt by mistake
_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"PAR1": "a Parquet file",
}
# byte sequences that betray UTF-8 text decoded as cp1252 somewhere upstream
_MOJIBAKE = ("â€™", "â€œ", "â€\x9d", "â€“", "â€”", "Ã©", "Ã¨", "Â£")


@dataclass(frozen=True)
class Decoded:
    """Result of :func:`decode_bytes`."""

    text: str | None
    encoding: str | None
    problem: str = ""  # reason the bytes could not be used ("" when fine)
    note: str = ""  # something the user should know (fallback used, mojibake seen)


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, cp1252 fallback.

    Never produces silent mojibake: a cp1252 fallback is reported in ``note``,
    binary files and undecodable bytes in ``problem``.

    Examples
    --------
    >>> decode_bytes("café".encode("utf-8")).encoding
    'utf-8'
    >>> d = decode_bytes("café".encode("cp1252"))
    >>> d.text, d.encoding
    ('café', 'cp1252')
    >>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n....").problem
    'binary file (looks like a PNG image), not text'
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return Decoded(None, None, f"binary file (looks like {what}), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        enc, body = "utf-8-sig", data[3:]
        try:
            return _checked(body.decode("utf-8"), enc)
        except UnicodeDecodeError as exc:
            return Decoded(None, None, f"invalid UTF-8 after a UTF-8 BOM at byte {exc.start + 3}")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            return Decoded(None, None, f"invalid UTF-16 at byte {exc.start}")
    if b"\x00" in data[:4096]:
        return Decoded(None, None, "binary file (contains NUL bytes), not text; if it is UTF-16, save it with a BOM")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        return Decoded(
            None,
            None,
            f"undecodable bytes: not UTF-8 (byte {first_bad}) nor cp1252 (byte {exc.start}); "
            "re-save the file as UTF-8",
        )
    return Decoded(
        text,
        "cp1252",
        note=f"not valid UTF-8 (byte {first_bad}); decoded as Windows-1252 (cp1252)",
    )


def _checked(text: str, encoding: str) -> Decoded:
    hits = sum(text.count(m) for m in _MOJIBAKE)
    note = ""
    if hits:
        note = (
            f"{hits} mojibake sequence(s) such as 'â€™' found: the text was double-encoded "
            "before it reached this file; fix it at the source (e.g. with ftfy)"
        )
    return Decoded(text, encoding, note=note)


# ---------------------------------------------------------------------------
# Corpus


@dataclass
class Corpus:
    """A validated collection of articles, one row per article.

    Build one with :func:`load_corpus` or :meth:`Corpus.from_frame`.

    Attributes
    ----------
    df : pandas.DataFrame
        ``article_id`` (str), ``outlet`` (str), ``text`` (str, normalised with
        :func:`coverage.text.normalize_text`; all offsets refer to it), ``source``
        (file path or row), ``encoding``, then metadata columns in input order.
    rejected : pandas.DataFrame
        Articles that could not be used: ``article_id, source, reason``.
    notes : list of str
        Things repaired or worth knowing (cp1252 fallback, unlisted files, dates
        that could not be parsed).
    inputs : list of pathlib.Path
        Files the corpus was read from (for provenance hashes).

    Examples
    --------
    >>> import pandas as pd
    >>> c = Corpus.from_frame(pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"],
    ...                                     "text": ["One.", "Two."]}))
    >>> len(c), c.outlets
    (2, ['X', 'Y'])
    """

    df: pd.DataFrame
    rejected: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=REJECTED_COLUMNS))
    notes: list[str] = field(default_factory=list)
    inputs: list[Path] = field(default_factory=list)
    name: str = "corpus"

    # -- construction -----------------------------------------------------
    @classmethod
    def from_frame(
        cls,
        df: pd.DataFrame,
        *,
        id: str = "id",  # noqa: A002 - mirrors the column name
        outlet: str = "outlet",
        text: str = "text",
        columns: Mapping[str, str] | None = None,
        on_error: Literal["reject", "raise"] = "reject",
        source: str = "DataFrame",
        name: str = "corpus",
    ) -> Corpus:
        """Build a corpus from any DataFrame with an id, an outlet and a text column.

        Parameters
        ----------
        df : pandas.DataFrame
        id, outlet, text : str
            Names of the id, outlet and text columns in ``df``. ``article_id`` is
            accepted for ``id`` automatically.
        columns : mapping, optional
            Extra renames applied first, e.g. ``{"content_original": "text",
            "source": "outlet"}``.
        on_error : {"reject", "raise"}
            What to do with an unusable row: list it in :attr:`rejected` (default)
            or raise :class:`~coverage.errors.CorpusError`.
        source : str
            How rows are named in messages ("<file>, row N").
        """
        if not isinstance(df, pd.DataFrame):
            raise ParameterError(f"Corpus.from_frame expects a pandas DataFrame, got {type(df).__name__}")
        if on_error not in ("reject", "raise"):
            raise ParameterError(f"on_error must be 'reject' or 'raise', not {on_error!r}")
        df = df.copy()
        if columns:
            df = df.rename(columns=dict(columns))
        if id not in df.columns and id == "id" and "article_id" in df.columns:
            id = "article_id"  # noqa: A001
        missing = [(role, col) for role, col in (("id", id), ("outlet", outlet), ("text", text)) if col not in df.columns]
        if missing:
            have = ", ".join(map(str, df.columns)) or "(none)"
            wanted = "; ".join(f"{role} column {col!r}" for role, col in missing)
            raise CorpusError(
                f"{source}: missing {wanted}. Columns present: {have}. "
                f"Fix: rename the columns, or name them, e.g. Corpus.from_frame(df, id=..., outlet=..., text=...)"
            )
        if "source" in df.columns and "source" not in (id, outlet, text):
            df = df.rename(columns={"source": "source_meta"})
        df = df.rename(columns={id: "article_id", outlet: "outlet", text: "text"})
        if "source" not in df.columns:
            df["source"] = [f"{source}, row {i + 1}" for i in range(len(df))]
        if "encoding" not in df.columns:
            df["encoding"] = ""
        return cls._validated(df, on_error=on_error, name=name)

    @classmethod
    def _validated(cls, df: pd.DataFrame, *, on_error: str, name: str, notes=None, inputs=None,
                   rejected: list[dict] | None = None) -> Corpus:
        rejected = list(rejected or [])
        notes = list(notes or [])
        df = df.reset_index(drop=True)
        keep = []
        seen: dict[str, str] = {}
        ids, outlets, texts = [], [], []
        for i, (aid, out, txt, src) in enumerate(
            zip(df["article_id"], df["outlet"], df["text"], df["source"], strict=True)
        ):
            reason = ""
            aid_s = _as_id(aid)
            if aid_s is None:
                reason = "missing id; give every article a unique id"
                aid_s = ""
            elif aid_s in seen:
                reason = f"duplicate id {aid_s!r} (first used by {seen[aid_s]}); make ids unique"
            out_s = _as_text(out)
            if not reason and (out_s is None or not out_s.strip()):
                reason = "missing outlet; fill the outlet column (use 'Unknown' if it is not known)"
            if not reason:
                if isinstance(txt, bytes):
                    dec = decode_bytes(txt)
                    if dec.problem:
                        reason = dec.problem
                    txt = dec.text
                if not reason and not isinstance(txt, str):
                    if txt is None or (isinstance(txt, float) and pd.isna(txt)) or txt is pd.NA:
                        reason = "empty text (missing value); supply the article text or remove the row"
                    else:
                        reason = f"text is not a string ({type(txt).__name__}: {str(txt)[:30]!r}); supply the article text"
            if not reason:
                txt = normalize_text(txt)
                if not txt.strip():
                    reason = "empty or whitespace-only text; supply the article text or remove the row"
            if reason:
                if on_error == "raise":
                    raise CorpusError(f"{src} (id {aid_s!r}): {reason}")
                rejected.append({"article_id": aid_s, "source": src, "reason": reason})
                continue
            seen[aid_s] = str(src)
            keep.append(i)
            ids.append(aid_s)
            outlets.append(out_s.strip())
            texts.append(txt)
        out = df.iloc[keep].copy()
        out["article_id"] = pd.Series(ids, index=out.index, dtype=object)
        out["outlet"] = pd.Series(outlets, index=out.index, dtype=object)
        out["text"] = pd.Series(texts, index=out.index, dtype=object)
        out = out.reset_index(drop=True)
        meta = [c for c in out.columns if c not in (*_CORE, "source", "encoding")]
        out = out[[*_CORE, "source", "encoding", *meta]]
        if "date" in out.columns:
            out, bad = _parse_dates(out)
            if bad:
                notes.append(
                    f"{len(bad)} date value(s) could not be parsed and are NaT in 'date_parsed' "
                    f"(e.g. {bad[0]}); use ISO dates like 2017-03-23"
                )
        rej = pd.DataFrame(rejected, columns=REJECTED_COLUMNS)
        corpus = cls(df=out, rejected=rej, notes=notes, inputs=list(inputs or []), name=name)
        if len(rej):
            first = rej.iloc[0]
            warnings.warn(
                f"{len(rej)} of {len(rej) + len(out)} article(s) rejected; see corpus.rejected. "
                f"First: {first['source']}: {first['reason']}",
                CoverageWarning,
                stacklevel=3,
            )
        for note in notes:
            warnings.warn(note, CoverageWarning, stacklevel=3)
        return corpus

    # -- container protocol ---------------------------------------------------
    def __len__(self) -> int:
        return len(self.df)

    @property
    def outlets(self) -> list[str]:
        """Sorted distinct outlet names."""
        return sorted(self.df["outlet"].unique().tolist())

    @property
    def metadata_columns(self) -> list[str]:
        """Columns other than id, outlet, text, source and encoding."""
        return [c for c in self.df.columns if c not in (*_CORE, "source", "encoding")]

    def select(self, outlets: list[str] | None = None) -> Corpus:
        """Return a corpus restricted to some outlets (unknown names raise ParameterError)."""
        if outlets is None:
            return self
        unknown = sorted(set(outlets) - set(self.outlets))
        if unknown:
            raise ParameterError(f"unknown outlet(s) {unknown}; the corpus has {self.outlets}")
        df = self.df[self.df["outlet"].isin(outlets)].reset_index(drop=True)
        return Corpus(df=df, rejected=self.rejected, notes=self.notes, inputs=self.inputs, name=self.name)

    def summary(self) -> pd.DataFrame:
        """One row per outlet: ``outlet, n_articles, n_chars, first_date, last_date``."""
        df = self.df
        g = df.groupby("outlet", sort=True)
        out = pd.DataFrame({
            "n_articles": g.size(),
            "n_chars": g["text"].apply(lambda s: int(s.str.len().sum())),
        })
        if "date_parsed" in df.columns:
            out["first_date"] = g["date_parsed"].min()
            out["last_date"] = g["date_parsed"].max()
        return out.reset_index()

    def __repr__(self) -> str:
        n_out = len(self.outlets)
        lines = [f"Corpus {self.name!r}: {len(self)} articles from {n_out} outlet(s), {len(self.rejected)} rejected"]
        for row in self.summary().itertuples(index=False):
            lines.append(f"  {row.outlet}: {row.n_articles} article(s)")
        if len(lines) > 12:
            lines = lines[:11] + [f"  ... {n_out - 10} more outlets"]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        s = self.summary()
        dates = ""
        if "date_parsed" in self.df.columns and self.df["date_parsed"].notna().any():
            lo, hi = self.df["date_parsed"].min(), self.df["date_parsed"].max()
            dates = f", {lo:%Y-%m-%d} to {hi:%Y-%m-%d}"
        rows = "".join(
            f"<tr><td>{html.escape(str(r.outlet))}</td><td style='text-align:right'>{r.n_articles}</td>"
            f"<td style='text-align:right'>{r.n_chars:,}</td></tr>"
            for r in s.head(20).itertuples(index=False)
        )
        more = f"<tr><td colspan=3>… {len(s) - 20} more outlets</td></tr>" if len(s) > 20 else ""
        rej = ""
        if len(self.rejected):
            rej = f"<p><b>{len(self.rejected)} rejected</b> (see <code>corpus.rejected</code>)</p>"
        return (
            f"<div class='mc-corpus'><p><b>Corpus {html.escape(self.name)}</b>: {len(self)} articles, "
            f"{len(s)} outlets{html.escape(dates)}</p>"
            f"<table><thead><tr><th>outlet</th><th>articles</th><th>characters</th></tr></thead>"
            f"<tbody>{rows}{more}</tbody></table>{rej}</div>"
        )


def _as_id(value: Any) -> str | None:
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float):
        if pd.isna(value):
            return None
        if value.is_integer():
            return str(int(value))
    s = str(value).strip()
    return s or None


def _as_text(value: Any) -> str | None:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    return str(value)


def _parse_dates(df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    raw = df["date"].astype(object).where(df["date"].notna(), None)
    as_str = [("" if v is None else str(v).strip()) for v in raw]
    iso = pd.to_datetime(pd.Series(as_str, dtype=object), format="ISO8601", errors="coerce")
    rest = iso.isna() & pd.Series([bool(s) for s in as_str])
    if rest.any():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            other = pd.to_datetime(pd.Series(as_str, dtype=object)[rest], format="mixed", errors="coerce")
        iso = iso.copy()
        iso[rest] = other
    iso = pd.to_datetime(iso, errors="coerce")
    if getattr(iso.dt, "tz", None) is not None:
        iso = iso.dt.tz_convert(None)
    bad_mask = iso.isna() & pd.Series([bool(s) for s in as_str])
    bad = [f"{src}: {as_str[i]!r}" for i, src in enumerate(df["source"]) if bad_mask.iloc[i]]
    df = df.copy()
    df["date_parsed"] = iso.dt.normalize().values
    return df, bad


# ---------------------------------------------------------------------------
# loading


def load_corpus(
    path_or_frame: str | os.PathLike | pd.DataFrame | Corpus,
    *,
    manifest: str | os.PathLike | None = None,
    id: str = "id",  # noqa: A002
    outlet: str = "outlet",
    text: str = "text",
    columns: Mapping[str, str] | None = None,
    on_error: Literal["reject", "raise"] = "reject",
) -> Corpus:
    """Load a corpus from a folder, a table file or a DataFrame.

    Parameters
    ----------
    path_or_frame : path, DataFrame or Corpus
        * folder: ``.txt`` files plus ``manifest.csv`` (columns ``id, file, outlet``
          and any metadata; ``file`` relative to the folder), or one sub-folder per
          outlet (``corpus/BBC/a.txt`` gives outlet ``BBC``, id ``BBC/a``);
        * ``.csv``/``.tsv``/``.jsonl``/``.ndjson``/``.parquet`` (``.gz`` allowed);
        * a DataFrame (see :meth:`Corpus.from_frame`).
    manifest : path, optional
        Manifest to use instead of ``<folder>/manifest.csv``.
    id, outlet, text : str
        Column names in a table or manifest (``text`` is not used for folders).
    columns : mapping, optional
        Renames applied before anything else, e.g. ``{"content_original": "text"}``.
    on_error : {"reject", "raise"}
        Unusable articles go to :attr:`Corpus.rejected` (default) or raise.

    Returns
    -------
    Corpus

    Examples
    --------
    >>> corpus = load_corpus("seeds/")          # doctest: +SKIP
    >>> corpus.outlets                          # doctest: +SKIP
    ['Evening Standard', 'Sky News', 'Unknown', 'Unknown (Oxford local paper)', 'getwestlondon']
    """
    if isinstance(path_or_frame, Corpus):
        return path_or_frame
    if isinstance(path_or_frame, pd.DataFrame):
        return Corpus.from_frame(path_or_frame, id=id, outlet=outlet, text=text, columns=columns, on_error=on_error)
    if not isinstance(path_or_frame, (str, os.PathLike)):
        raise ParameterError(
            f"load_corpus expects a path or a DataFrame, got {type(path_or_frame).__name__}"
        )
    path = Path(path_or_frame)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder; check the path (relative paths start at {Path.cwd()})")
    if path.is_dir():
        return _load_folder(path, manifest=manifest, id=id, outlet=outlet, columns=columns, on_error=on_error)
    df = _read_table(path)
    c = Corpus.from_frame(df, id=id, outlet=outlet, text=text, columns=columns, on_error=on_error,
                          source=str(path), name=path.name)
    c.inputs = [path]
    return c


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in (".gz", ".bz2", ".xz", ".zip"):
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _read_table(path: Path) -> pd.DataFrame:
    kind = _suffix(path)
    try:
        if kind in (".csv", ".tsv"):
            return pd.read_csv(path, sep="\t" if kind == ".tsv" else ",", dtype=str,
                               keep_default_na=False, na_values=[""], encoding="utf-8-sig")
        if kind in (".jsonl", ".ndjson"):
            return pd.read_json(path, lines=True, dtype=False)
        if kind == ".json":
            return pd.read_json(path, dtype=False)
        if kind in (".parquet", ".pq"):
            return pd.read_parquet(path)
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 (byte {exc.start}); re-save the table as UTF-8") from exc
    except (ValueError, pd.errors.ParserError, OSError) as exc:
        raise CorpusError(f"{path}: cannot be read as {kind[1:].upper()}: {exc}") from exc
    raise CorpusError(
        f"{path}: unknown corpus format {kind or '(no suffix)'!r}; use a folder of .txt files with "
        f"manifest.csv, or a .csv, .jsonl or .parquet table"
    )


def _safe_member(folder: Path, name: str) -> tuple[Path | None, str]:
    """Resolve a manifest path inside ``folder``; refuse anything that escapes it."""
    if not name or not name.strip():
        return None, "empty 'file' value in the manifest; give the file name relative to the corpus folder"
    p = Path(name)
    if p.is_absolute() or ".." in p.parts:
        return None, f"path {name!r} leaves the corpus folder (absolute or '..'); use a path relative to the folder"
    target = folder / p
    root = folder.resolve()
    try:
        resolved = target.resolve()
    except OSError as exc:  # pragma: no cover - exotic filesystems
        return None, f"cannot resolve {name!r}: {exc}"
    if resolved != root and root not in resolved.parents:
        return None, f"{name!r} is a link pointing outside the corpus folder; copy the file into the folder"
    return target, ""


def _load_folder(folder: Path, *, manifest, id, outlet, columns, on_error) -> Corpus:  # noqa: A002
    mpath = Path(manifest) if manifest is not None else None
    if mpath is None:
        for cand in _MANIFEST_NAMES:
            if (folder / cand).is_file():
                mpath = folder / cand
                break
    txt_files = sorted(p for p in folder.rglob("*.txt") if p.is_file() or p.is_symlink())
    if mpath is None:
        return _load_outlet_folders(folder, txt_files, on_error=on_error)
    man = _read_table(mpath)
    if columns:
        man = man.rename(columns=dict(columns))
    for col in (id, "file", outlet):
        if col not in man.columns:
            raise CorpusError(
                f"{mpath}: manifest has no {col!r} column (columns: {', '.join(man.columns)}). "
                f"Fix: a manifest needs id, file and outlet columns"
            )
    rows, rejected, notes = [], [], []
    listed: set[Path] = set()
    inputs = [mpath]
    for i, rec in enumerate(man.to_dict("records")):
        src = f"{mpath.name}, row {i + 1} (file {rec.get('file')!s})"
        target, problem = _safe_member(folder, str(rec.get("file") or ""))
        rec_id = _as_id(rec.get(id)) or ""
        if target is not None:
            listed.add(target.resolve())
            if not target.is_file():
                problem = f"file {rec['file']!r} is listed in the manifest but missing; add the file or remove the row"
        if problem:
            if on_error == "raise":
                raise CorpusError(f"{src}: {problem}")
            rejected.append({"article_id": rec_id, "source": src, "reason": problem})
            continue
        data = target.read_bytes()
        dec = decode_bytes(data)
        if dec.note:
            notes.append(f"{target}: {dec.note}")
        rec = dict(rec)
        rec["text"] = dec.text if not dec.problem else data
        rec["source"] = str(target)
        rec["encoding"] = dec.encoding or ""
        rows.append(rec)
        inputs.append(target)
        if dec.problem:
            rec["text"] = None
            if on_error == "raise":
                raise CorpusError(f"{target}: {dec.problem}")
            rejected.append({"article_id": rec_id, "source": str(target), "reason": dec.problem})
            rows.pop()
    for p in txt_files:
        try:
            key = p.resolve()
        except OSError:  # pragma: no cover
            continue
        if key not in listed:
            rel = p.relative_to(folder)
            notes.append(f"{folder}: file {str(rel)!r} is not listed in {mpath.name} and was not loaded; add a row to include it")
    df = pd.DataFrame(rows)
    if df.empty:
        df = pd.DataFrame(columns=[id, outlet, "text", "source", "encoding"])
    df = df.rename(columns={id: "article_id", outlet: "outlet"})
    if "file" in df.columns:
        df = df.drop(columns=["file"])
    return Corpus._validated(df, on_error=on_error, name=folder.name or str(folder), notes=notes,
                             inputs=inputs, rejected=rejected)


def _load_outlet_folders(folder: Path, txt_files: list[Path], *, on_error) -> Corpus:
    nested = [p for p in txt_files if p.parent != folder]
    flat = [p for p in txt_files if p.parent == folder]
    if flat or not nested:
        raise CorpusError(
            f"{folder}: no manifest.csv, so the outlet of each article is unknown. Fix: write "
            f"{folder / 'manifest.csv'} with columns id,file,outlet (one row per .txt file), or put each "
            f"outlet's .txt files in a sub-folder named after the outlet"
        )
    rows, rejected, notes, inputs = [], [], [], []
    for p in nested:
        rel = p.relative_to(folder)
        _, problem = _safe_member(folder, str(rel))
        aid = str(rel.with_suffix("")).replace(os.sep, "/")
        if not problem:
            dec = decode_bytes(p.read_bytes())
            problem = dec.problem
            if dec.note:
                notes.append(f"{p}: {dec.note}")
        if problem:
            if on_error == "raise":
                raise CorpusError(f"{p}: {problem}")
            rejected.append({"article_id": aid, "source": str(p), "reason": problem})
            continue
        rows.append({"article_id": aid, "outlet": rel.parts[0], "text": dec.text, "source": str(p),
                     "encoding": dec.encoding})
        inputs.append(p)
    df = pd.DataFrame(rows, columns=["article_id", "outlet", "text", "source", "encoding"])
    return Corpus._validated(df, on_error=on_error, name=folder.name, notes=notes, inputs=inputs,
                             rejected=rejected)


def file_sha256(path: str | os.PathLike) -> str:
    """Hex sha256 of a file's bytes (used for report provenance)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
