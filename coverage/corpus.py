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

import bz2
import gzip
import hashlib
import html
import io
import lzma
import os
import re
import stat
import unicodedata
import warnings
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from .errors import CorpusError, CoverageWarning, ParameterError
from .text import _NORMALIZED, fold_text, normalize_text

__all__ = ["Corpus", "load_corpus", "require_articles", "COLUMN_ROLES", "check_columns", "load_options", "decode_bytes", "REJECTED_COLUMNS", "MAX_ARTICLE_CHARS"]

#: Default per-article size limit (characters). Longer texts are rejected with the reason.
#: Measured: analysis takes about 2 s and 70 MB of memory per million characters (a 10 MB
#: one-line article: 21 s, 1 GB); a 50 MB one-line article exceeds the 5 s time limit NLTK's
#: Punkt puts on its sentence-boundary regular expression and fails. Such a file is almost
#: always a whole corpus pasted into one file. ``max_chars=None`` lifts the limit.
MAX_ARTICLE_CHARS = 2_000_000

#: Columns of :attr:`Corpus.rejected`.
REJECTED_COLUMNS = ["article_id", "source", "reason"]
_CORE = ["article_id", "outlet", "text"]
_TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet", ".pq"}
_MANIFEST_NAMES = ("manifest.csv", "manifest.tsv")
#: warnings shown one by one; further notes are summarised in one warning (all stay in ``notes``)
_MAX_NOTE_WARNINGS = 10
# column names people use for the three required roles (for "did you mean" hints)
_ROLE_SYNONYMS = {
    "id": ("id", "article_id", "doc_id", "docid", "uid", "identifier", "key"),
    "outlet": ("outlet", "source", "publisher", "publication", "newspaper", "media", "media_outlet",
               "site", "domain", "source_name"),
    "text": ("text", "body", "content", "content_original", "article", "article_text", "full_text",
             "fulltext", "story", "maintext", "main_text"),
}
_LETTER_RE = re.compile(r"[^\W\d_]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_NON_LATIN_LETTER_RE = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
# a superset of those letters that one range test finds (ASCII, Latin and general punctuation such as curly
# quotes and dashes hold none of them, checked for every code point): the exact search starts at its first match
_MAYBE_NON_LATIN_RE = re.compile(r"[^\x00-\x7f\u00c0-\u024f\u1e00-\u1eff\u2000-\u206f]")
_MAYBE_NON_LATIN = ((0x80, 0xBF), (0x250, 0x1DFF), (0x1F00, 0x1FFF), (0x2070, 0x10FFFF))  # the same, as ranges

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
_EXPORT_FIX = "export the article as plain text (.txt, UTF-8)"
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
    'binary file (looks like a PNG image), not text; export the article as plain text (.txt, UTF-8)'
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return Decoded(None, None, f"binary file (looks like {what}), not text; {_EXPORT_FIX}")
    if data.startswith(b"\xef\xbb\xbf"):
        enc, body = "utf-8-sig", data[3:]
        try:
            return _checked(body.decode("utf-8"), enc)
        except UnicodeDecodeError as exc:
            return Decoded(
                None, None, f"invalid UTF-8 after a UTF-8 BOM at byte {exc.start + 3}; re-save the file as UTF-8"
            )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            return Decoded(None, None, f"invalid UTF-16 at byte {exc.start}; re-save the file as UTF-8")
    if b"\x00" in data[:4096]:
        return Decoded(
            None, None, f"binary file (contains NUL bytes), not text; {_EXPORT_FIX} (UTF-16 needs a BOM)"
        )
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
        note=(
            f"not valid UTF-8 (byte {first_bad}); decoded as Windows-1252 (cp1252). Check the text and "
            "re-save the file as UTF-8 to silence this warning"
        ),
    )


def _checked(text: str, encoding: str) -> Decoded:
    hits = sum(text.count(m) for m in _MOJIBAKE) if ("â" in text or "Ã" in text or "Â" in text) else 0
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
        Files the corpus was read from: the manifest or table file and each loaded article.
    input_hashes : list of dict
        Provenance of every file the loader read, sorted by ``path``: ``{"path": str,
        "bytes": int, "sha256": str}``, with ``path`` relative to the corpus root (the
        folder, or the table file's folder) in POSIX form. Each file is read once; its
        size and SHA-256 are those of the very bytes that were parsed (a gzipped table:
        of the compressed file as on disk), so a file edited during or after loading
        cannot make the record disagree with the analysed text. Files whose article was
        rejected after reading (binary, undecodable, empty) are listed; files never read
        (missing, unreadable, or larger than ``4 * max_chars`` bytes) are not, and are in
        :attr:`rejected` with the reason. Empty for a DataFrame corpus.

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
    input_hashes: list[dict[str, Any]] = field(default_factory=list)

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
        max_chars: int | None = MAX_ARTICLE_CHARS,
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
        name : str
            Name of the corpus (shown in ``repr`` and reports).
        max_chars : int or None, default :data:`MAX_ARTICLE_CHARS`
            Articles with more characters are rejected (``None``: no limit).

        Raises
        ------
        CorpusError
            A required column is missing (the message lists the columns present and how to
            name them), or ``on_error="raise"`` and a row is unusable.
        """
        if not isinstance(df, pd.DataFrame):
            raise ParameterError(f"Corpus.from_frame expects a pandas DataFrame, got {type(df).__name__}")
        _check_options(on_error=on_error, max_chars=max_chars)
        df = df.copy()
        if columns:
            df = df.rename(columns=dict(columns))
        if id not in df.columns and id == "id" and "article_id" in df.columns:
            id = "article_id"  # noqa: A001
        _check_columns(df, {"id": id, "outlet": outlet, "text": text}, source=source,
                       how="Corpus.from_frame(df, {args})")
        if "source" in df.columns and "source" not in (id, outlet, text):
            df = df.rename(columns={"source": "source_meta"})
        df = df.rename(columns={id: "article_id", outlet: "outlet", text: "text"})
        if "source" not in df.columns:
            df["source"] = [f"{source}, row {i + 1}" for i in range(len(df))]
        if "encoding" not in df.columns:
            df["encoding"] = ""
        return cls._validated(df, on_error=on_error, name=name, max_chars=max_chars)

    @classmethod
    def _validated(cls, df: pd.DataFrame, *, on_error: str, name: str, notes=None, inputs=None,
                   rejected: list[dict] | None = None, max_chars: int | None = MAX_ARTICLE_CHARS,
                   input_hashes: list[dict[str, Any]] | None = None) -> Corpus:
        rejected = list(rejected or [])
        notes = list(notes or [])
        non_latin: list[str] = []
        df = df.reset_index(drop=True)
        keep = []
        seen: dict[str, str] = {}
        ids, outlets = [], []
        cleaned = 0  # ids and outlet names that held control characters (NUL, ...)
        texts = _TextColumn(df["text"])
        # one Arrow pass over the column finds the texts normalisation may change beyond NFC or that may be
        # mostly non-Latin (one in eight ABP texts); every other text skips those two looks in Python
        look = has_any_of(df["text"], _NORMALIZED + _MAYBE_NON_LATIN)
        for i, (aid, out, txt, src) in enumerate(
            zip(df["article_id"], df["outlet"], df["text"], df["source"], strict=True)
        ):
            reason = ""
            aid_s = _as_id(aid)
            if aid_s is not None and _NAME_CONTROL_RE.search(aid_s):
                aid_s, cleaned = _clean_name(aid_s), cleaned + 1
            if aid_s is None:
                reason = "missing id; give every article a unique id"
                aid_s = ""
            elif aid_s in seen:
                reason = f"duplicate id {aid_s!r} (first used by {seen[aid_s]}); make ids unique"
            out_s = _as_text(out)
            if out_s is not None and _NAME_CONTROL_RE.search(out_s):
                out_s, cleaned = _clean_name(out_s), cleaned + 1
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
            if not reason and max_chars is not None and len(txt) > max_chars:
                reason = _too_long(f"text has {len(txt):,} characters", max_chars)
            if not reason:
                raw = txt
                txt = normalize_text(txt) if look is None or look[i] else unicodedata.normalize("NFC", txt)
                if not txt.strip():
                    reason = "empty or whitespace-only text; supply the article text or remove the row"
                elif not any(ch.isalnum() for ch in txt):
                    reason = (
                        f"no words: the text has only punctuation, symbols or emoji ({txt.strip()[:20]!r}); "
                        "supply the article text or remove the row"
                    )
            if reason:
                if on_error == "raise":
                    raise CorpusError(f"{src} (id {aid_s!r}): {reason}")
                rejected.append({"article_id": aid_s, "source": src, "reason": reason})
                continue
            seen[aid_s] = str(src)
            if (look is None or look[i]) and _mostly_non_latin(txt):
                non_latin.append(f"{aid_s!r} ({src})")
            keep.append(i)
            ids.append(aid_s)
            outlets.append(out_s.strip())
            texts.append(i, txt, unchanged=txt == raw)
        out = df.drop(columns="text").iloc[keep].copy()
        out["article_id"] = pd.Series(ids, index=out.index, dtype=object)
        out["outlet"] = pd.Series(outlets, index=out.index, dtype=object)
        out["text"] = pd.Series(texts.finish(), index=out.index, copy=False)
        del texts
        out = out.reset_index(drop=True)
        meta = [c for c in out.columns if c not in (*_CORE, "source", "encoding")]
        out = out[[*_CORE, "source", "encoding", *meta]]
        nul_meta = [c for c in meta if out[c].map(lambda v: isinstance(v, str) and "\x00" in v).any()]
        for c in nul_meta:
            out[c] = out[c].map(lambda v: v.replace("\x00", "") if isinstance(v, str) else v)
        if cleaned or nul_meta:
            where = ", ".join([*(["ids or outlet names"] if cleaned else []), *[repr(c) for c in nul_meta]])
            notes.append(f"control characters (NUL and the like) were removed from {where}: they are invisible, "
                         "break spreadsheets and web pages, and are almost always left-overs of a broken export")
        if non_latin:
            notes.append(
                f"{len(non_latin)} article(s) are mostly in a non-Latin script, e.g. {', '.join(non_latin[:3])}: "
                "the built-in lexicons and VADER are English-only, so their sentiment, tone and frame scores "
                "are 0 (not evidence of neutral coverage); analyse them with a lexicon for their language "
                "or leave them out"
            )
        if "date" in out.columns:
            out, bad = _parse_dates(out)
            if bad:
                shown = "; ".join(bad[:3]) + ("; ..." if len(bad) > 3 else "")
                notes.append(
                    f"{len(bad)} date value(s) could not be parsed; those articles are kept with "
                    f"date_parsed = NaT: {shown}. Fix: write dates as ISO 2017-03-23 (or a full date "
                    "such as 'March 23, 2017'); relative dates like 'yesterday' cannot be placed"
                )
        rej = pd.DataFrame(rejected, columns=REJECTED_COLUMNS)
        corpus = cls(df=out, rejected=rej, notes=notes, inputs=list(inputs or []), name=name,
                     input_hashes=list(input_hashes or []))
        if len(rej):
            first = rej.iloc[0]
            warnings.warn(
                f"{len(rej)} of {len(rej) + len(out)} article(s) rejected; see corpus.rejected. "
                f"First: {first['source']}: {first['reason']}",
                CoverageWarning,
                stacklevel=3,
            )
        for note in notes[:_MAX_NOTE_WARNINGS]:
            warnings.warn(note, CoverageWarning, stacklevel=3)
        if len(notes) > _MAX_NOTE_WARNINGS:
            warnings.warn(
                f"... and {len(notes) - _MAX_NOTE_WARNINGS} more note(s) like these; see corpus.notes",
                CoverageWarning,
                stacklevel=3,
            )
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
        return Corpus(df=df, rejected=self.rejected, notes=self.notes, inputs=self.inputs, name=self.name,
                      input_hashes=self.input_hashes)

    def filter_query(self, query: Any) -> tuple[Corpus, pd.DataFrame]:
        """Keep the articles matching ``query`` (words, phrases, ``*``, AND/OR/NOT: see :mod:`coverage.topic`).

        Returns the corpus of matching articles (same order; ``rejected``, ``notes`` and
        ``input_hashes`` carried over) and the articles left out: ``article_id, outlet,
        reason``. The same as :func:`coverage.topic.filter_corpus`.
        """
        from .topic import filter_corpus

        return filter_corpus(self, query)

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


_STR_DTYPE = pd.StringDtype("pyarrow", na_value=np.nan)  # pandas' default "str" dtype


class _TextColumn:
    """Builds a corpus's text column (pandas "str", Arrow UTF-8) from the kept rows.

    Texts go into Arrow in batches as they come (a corpus of Python strings is 2-4x
    its UTF-8 size). When the input column is already Arrow-backed (pandas' default
    string dtype), runs of rows that normalisation left unchanged are zero-copy
    slices of it: the corpus shares the caller's text instead of holding a second
    copy (on the 37,554-article ABP corpus, 225 MB).
    """

    MIN_RUN = 64  # shorter unchanged runs are copied (keeps the number of Arrow chunks small)
    BATCH = 2000

    def __init__(self, column: pd.Series):
        import pyarrow as pa

        self._pa = pa
        self._source = None
        arr = column.array
        if isinstance(arr, pd.arrays.ArrowStringArray):
            chunked = arr.__arrow_array__()
            if chunked.type == pa.large_string():
                self._source = chunked
        self._pieces: list[Any] = []
        self._pending: list[str] = []
        self._run: list[int] = []  # [first row, row count] of the current unchanged run

    def append(self, row: int, text: str, *, unchanged: bool) -> None:
        if self._source is not None and unchanged:
            if self._run and self._run[0] + self._run[1] == row:
                self._run[1] += 1
                return
            self._close_run()
            self._run = [row, 1]
            return
        self._close_run()
        self._pending.append(text)
        if len(self._pending) >= self.BATCH:
            self._flush()

    def _close_run(self) -> None:
        if not self._run:
            return
        start, n = self._run
        self._run = []
        if n >= self.MIN_RUN:
            self._flush()
            self._pieces.extend(self._source.slice(start, n).chunks)
        else:
            self._pending.extend(self._source.slice(start, n).to_pylist())
            if len(self._pending) >= self.BATCH:
                self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._pieces.append(self._pa.array(self._pending, type=self._pa.large_string()))
            self._pending = []

    def finish(self) -> pd.api.extensions.ExtensionArray:
        self._close_run()
        self._flush()
        pa = self._pa
        chunked = pa.chunked_array(self._pieces, type=pa.large_string())
        self._pieces = []
        return pd.arrays.ArrowStringArray(chunked, dtype=_STR_DTYPE)


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


def _check_options(*, on_error: Any, max_chars: Any) -> None:
    if on_error not in ("reject", "raise"):
        raise ParameterError(f"on_error must be 'reject' or 'raise', not {on_error!r}")
    if max_chars is not None and (not isinstance(max_chars, int) or isinstance(max_chars, bool) or max_chars < 1):
        raise ParameterError(f"max_chars must be a positive integer or None (no limit), not {max_chars!r}")


def _guess_column(role: str, present: list[str], taken: set[str]) -> str | None:
    """A column of ``present`` that probably holds ``role`` (case-insensitive synonym match)."""
    lower = {c.lower(): c for c in present if c not in taken}
    for cand in _ROLE_SYNONYMS[role]:
        if cand in lower:
            return lower[cand]
    return None


def _check_columns(df: pd.DataFrame, roles: Mapping[str, str], *, source: str, how: str,
                   cli: bool = False) -> None:
    """Raise :class:`CorpusError` naming the missing columns, the columns seen and the fix."""
    missing = [(role, col) for role, col in roles.items() if col not in df.columns]
    if not missing:
        return
    present = [str(c) for c in df.columns]
    taken = {str(c) for c in roles.values()}
    wanted, args, flags = [], [], []
    for role, col in missing:
        wanted.append(f"{role} column {col!r}")
        guess = _guess_column(role, present, taken)
        args.append(f"{role}={guess!r}" if guess else f"{role}='<your {role} column>'")
        flags.append(f"--{role} {guess}" if guess else f"--{role} NAME")
    hint = f" (media-coverage analyze: {' '.join(flags)})" if cli else ""
    raise CorpusError(
        f"{source}: missing {'; '.join(wanted)}. Columns present: {', '.join(present) or '(none)'}. "
        f"Fix: rename the column(s) to {', '.join(repr(c) for _, c in missing)}, or name them: "
        f"{how.format(args=', '.join(args))}{hint}"
    )


def _too_long(what: str, limit: int) -> str:
    return (
        f"{what}, more than the per-article limit of {limit:,} characters; split it into one "
        "article per story, or raise the limit: load_corpus(..., max_chars=N or None) "
        "(media-coverage analyze --max-chars N)"
    )


def has_any_of(column: pd.Series | list[Any], ranges: tuple[tuple[int, int], ...]) -> np.ndarray | None:
    """Whether each text of ``column`` has a character in one of the code point ``ranges``, by Arrow (RE2).

    One C++ pass over a whole text column, for the checks that decide whether a text
    needs a closer look in Python. ``None`` when Arrow cannot hold the column as
    strings (bytes, numbers, lone surrogates): the caller then looks at every text.
    A missing value gives False.

    Examples
    --------
    >>> has_any_of(pd.Series(["plain", "tab\\there", None]), ((0x9, 0x9),)).tolist()
    [False, True, False]
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    values = column.array if isinstance(column, pd.Series) else column
    try:
        if isinstance(values, pd.arrays.ArrowStringArray):
            arr = values.__arrow_array__()
        else:
            values = list(values)
            if not all(isinstance(v, str) or _is_missing(v) for v in values):  # bytes are decoded later, by row
                return None
            arr = pa.array(values, type=pa.large_string(), from_pandas=True)
    except (UnicodeEncodeError, pa.ArrowException, TypeError, ValueError):
        return None
    pattern = "[" + "".join(f"\\x{{{lo:x}}}-\\x{{{hi:x}}}" for lo, hi in ranges) + "]"
    return np.asarray(pc.fill_null(pc.match_substring_regex(arr, pattern=pattern), False), dtype=bool)


def _mostly_non_latin(text: str) -> bool:
    """True when most letters of (the start of) ``text`` are not Latin (Arabic, CJK, Cyrillic...)."""
    sample = text[:20_000]
    first = _MAYBE_NON_LATIN_RE.search(sample)
    if first is None or _NON_LATIN_LETTER_RE.search(sample, first.start()) is None:  # the common case
        return False
    sample = fold_text(sample)  # fullwidth Latin letters and look-alikes inside Latin words count as Latin
    letters = len(_LETTER_RE.findall(sample))
    return letters > 0 and len(_LATIN_RE.findall(sample)) < 0.5 * letters


def _is_missing(value: Any) -> bool:
    if value is None or isinstance(value, (list, tuple, dict, set, str)):
        return value is None
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


# relative dates cannot be placed on a calendar (pandas would read "today" as the run date)
_RELATIVE_DATES = frozenset({"now", "today", "tonight", "tomorrow", "yesterday"})
_NUMERIC_DATE_RE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\b")


def _parse_date(value: str, *, dayfirst: bool) -> pd.Timestamp | None:
    """Parse one date string to a day (time and time zone dropped); None when it is not a full date."""
    if value.lower() in _RELATIVE_DATES:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        from dateutil import parser as dateparser

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # dateutil warns about unknown zone names like "BST"
                a = dateparser.parse(value, dayfirst=dayfirst, default=datetime(1900, 1, 1))
                b = dateparser.parse(value, dayfirst=dayfirst, default=datetime(1904, 2, 2))
        except (ValueError, OverflowError, TypeError):  # dateutil's ParserError is a ValueError
            return None
        if (a.year, a.month, a.day) != (b.year, b.month, b.day):
            return None  # year, month or day missing: "March 2017", "Thursday"
        parsed = a
    try:
        return pd.Timestamp(parsed.replace(tzinfo=None)).normalize()
    except (ValueError, OverflowError):  # outside the range pandas can represent
        return None


def _parse_dates(df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Add ``date_parsed`` (day precision) to ``df``; return it and the unparseable values.

    Each value is parsed on its own, so one column may mix ISO dates, "23/03/2017" and
    "March 23, 2017". Time-zone offsets are dropped (the date as written is kept). Numeric
    day/month dates are read day-first when some value of the column can only be day-first
    (23/03/2017) and none can only be month-first (3/29/2017), else month-first.
    """
    as_str = ["" if _is_missing(v) else str(v).strip() for v in df["date"].tolist()]
    uniq = {s for s in as_str if s}
    pairs = [(int(m[1]), int(m[2])) for s in uniq if (m := _NUMERIC_DATE_RE.match(s))]
    dayfirst = any(a > 12 >= b for a, b in pairs) and not any(b > 12 >= a for a, b in pairs)
    parsed = {s: _parse_date(s, dayfirst=dayfirst) for s in uniq}
    bad = [f"{src}: {s!r}" for s, src in zip(as_str, df["source"], strict=True) if s and parsed[s] is None]
    df = df.copy()
    values = [parsed[s] if s else None for s in as_str]
    df["date_parsed"] = pd.Series([pd.NaT if v is None else v for v in values], index=df.index,
                                  dtype="datetime64[us]")
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
    max_chars: int | None = MAX_ARTICLE_CHARS,
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
    max_chars : int or None, default :data:`MAX_ARTICLE_CHARS` (2,000,000)
        Longer articles are rejected with the reason (``None``: no limit). Files larger
        than ``4 * max_chars`` bytes are rejected without being read.

    Returns
    -------
    Corpus

    Raises
    ------
    CorpusError
        The path does not exist, a table cannot be parsed, a required column is missing
        (the message lists the columns seen and how to map them), or ``on_error="raise"``
        and an article is unusable. Messages name the file/row and the fix.
    ParameterError
        An argument has the wrong type or value.

    Examples
    --------
    >>> corpus = load_corpus("seeds/")          # doctest: +SKIP
    >>> corpus.outlets                          # doctest: +SKIP
    ['Evening Standard', 'Sky News', 'Unknown', 'Unknown (Oxford local paper)', 'getwestlondon']
    """
    if isinstance(path_or_frame, Corpus):
        return path_or_frame
    _check_options(on_error=on_error, max_chars=max_chars)
    if isinstance(path_or_frame, pd.DataFrame):
        return Corpus.from_frame(path_or_frame, id=id, outlet=outlet, text=text, columns=columns,
                                 on_error=on_error, max_chars=max_chars)
    if not isinstance(path_or_frame, (str, os.PathLike)):
        raise ParameterError(
            f"load_corpus expects a path or a DataFrame, got {type(path_or_frame).__name__}"
        )
    path = Path(path_or_frame)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder; check the path (relative paths start at {Path.cwd()})")
    if path.is_dir():
        return _load_folder(path, manifest=manifest, id=id, outlet=outlet, columns=columns, on_error=on_error,
                            max_chars=max_chars)
    df, data = _read_table(path)
    record = _input_record(path, path.parent, data)
    del data
    if columns:
        df = df.rename(columns=dict(columns))
    roles = {"id": id, "outlet": outlet, "text": text}
    if id == "id" and "id" not in df.columns and "article_id" in df.columns:
        roles["id"] = "article_id"
    _check_columns(df, roles, source=str(path), how=f"load_corpus({path.name!r}, {{args}})", cli=True)
    c = Corpus.from_frame(df, id=id, outlet=outlet, text=text, on_error=on_error,
                          source=str(path), name=path.name, max_chars=max_chars)
    c.inputs = [path]
    c.input_hashes = [record]
    return c


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in (".gz", ".bz2", ".xz", ".zip"):
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The bytes of ``path`` (at most ``limit + 1`` of them when ``limit`` is given).

    The loader reads every corpus file through this function, once, then hashes and
    parses those same bytes (:attr:`Corpus.input_hashes`).
    """
    with open(path, "rb") as fh:
        return fh.read() if limit is None else fh.read(limit + 1)


def _input_record(path: Path, root: Path, data: bytes) -> dict[str, Any]:
    """One :attr:`Corpus.input_hashes` entry: ``path`` relative to ``root`` (POSIX), size and SHA-256 of ``data``."""
    return {"path": _rel_posix(path, root), "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _rel_posix(path: Path, root: Path) -> str:
    try:
        return Path(os.path.relpath(path, root)).as_posix()
    except ValueError:  # pragma: no cover - another drive (Windows)
        return Path(os.path.abspath(path)).as_posix()


def _decompress(data: bytes, path: Path) -> bytes:
    """``data`` decompressed in memory according to the file's last suffix (.gz, .bz2, .xz, .zip)."""
    method = path.suffix.lower()
    try:
        if method == ".gz":
            return gzip.decompress(data)
        if method == ".bz2":
            return bz2.decompress(data)
        if method == ".xz":
            return lzma.decompress(data)
        if method == ".zip":
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = [n for n in zf.namelist() if not n.endswith("/") and not n.startswith("__MACOSX/")
                         and n.rsplit("/", 1)[-1] != ".DS_Store"]
                if len(names) != 1:
                    raise ValueError(f"the archive holds {len(names)} files, not one")
                return zf.read(names[0])
    except (OSError, EOFError, ValueError, zlib.error, lzma.LZMAError, zipfile.BadZipFile) as exc:
        raise CorpusError(f"{path}: cannot be decompressed as {method[1:]} ({exc}); re-compress the file "
                          "or save it uncompressed") from exc
    return data


def _read_table(path: Path) -> tuple[pd.DataFrame, bytes]:
    """Read a table file once and parse those bytes; returns the table and the bytes (to hash them)."""
    kind = _suffix(path)
    fmt = kind[1:].upper()
    fixes = {
        ".csv": "save it as comma-separated UTF-8 with a header row; fields containing commas, quotes or "
                "line breaks must be in double quotes, with inner quotes doubled (\"\")",
        ".tsv": "save it as tab-separated UTF-8 with a header row",
        ".jsonl": "write one JSON object per line, e.g. {\"id\": \"a1\", \"outlet\": \"BBC\", \"text\": \"...\"}",
        ".json": "write a JSON array of objects with id, outlet and text",
        ".parquet": "write it with pandas.DataFrame.to_parquet",
    }
    fixes[".ndjson"] = fixes[".jsonl"]
    fixes[".pq"] = fixes[".parquet"]
    if kind not in fixes:
        raise CorpusError(
            f"{path}: unknown corpus format {kind or '(no suffix)'!r}; use a folder of .txt files with "
            f"manifest.csv, or a .csv, .jsonl or .parquet table"
        )
    try:
        data = _read_bytes(path)
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read the file ({exc.strerror or exc}); check that it is readable") from exc
    buf = io.BytesIO(_decompress(data, path))
    try:
        if kind in (".csv", ".tsv"):
            # index_col=False: a row with one field too many must not silently become the index
            # (shifting every column); pandas warns instead, and that warning is an error here
            with warnings.catch_warnings():
                warnings.simplefilter("error", pd.errors.ParserWarning)
                df = pd.read_csv(buf, sep="\t" if kind == ".tsv" else ",", dtype=str, index_col=False,
                                 keep_default_na=False, na_values=[""], encoding="utf-8-sig")
        elif kind in (".jsonl", ".ndjson"):
            df = pd.read_json(buf, lines=True, dtype=False)
        elif kind == ".json":
            df = pd.read_json(buf, dtype=False)
        else:
            df = pd.read_parquet(buf)
        return df, data
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 (byte {exc.start}); re-save the table as UTF-8") from exc
    except pd.errors.EmptyDataError as exc:
        raise CorpusError(f"{path}: the file is empty; {fixes[kind]}") from exc
    except pd.errors.ParserWarning as exc:
        raise CorpusError(
            f"{path}: cannot be read as {fmt}: a row has more fields than the header row. Fix: {fixes[kind]}"
        ) from exc
    except (ValueError, pd.errors.ParserError, OSError) as exc:
        detail = " ".join(str(exc).split())[:300]
        raise CorpusError(f"{path}: cannot be read as {fmt}: {detail}. Fix: {fixes[kind]}") from exc


def _safe_member(folder: Path, name: str, root: str | None = None) -> tuple[Path | None, str, str]:
    """Resolve a manifest path inside ``folder``; refuse anything that escapes it.

    Returns ``(path, problem, resolved)``; ``path`` is None when ``problem`` says why.
    ``root`` is ``os.path.realpath(folder)`` (pass it when calling in a loop).
    """
    if not name or not name.strip():
        return None, "empty 'file' value in the manifest; give the file name relative to the corpus folder", ""
    if "\x00" in name:
        return None, f"path {name!r} contains a NUL character; give the file name relative to the corpus folder", ""
    p = Path(name)
    if p.is_absolute() or ".." in p.parts:
        return (None, f"path {name!r} leaves the corpus folder (absolute or '..'); use a path relative to "
                "the folder", "")
    target = folder / p
    root = root if root is not None else os.path.realpath(folder)
    try:
        resolved = os.path.realpath(target)
    except (OSError, ValueError) as exc:  # pragma: no cover - exotic filesystems
        return None, f"cannot resolve {name!r}: {exc}; give a plain file name relative to the corpus folder", ""
    if resolved != root and not resolved.startswith(root.rstrip(os.sep) + os.sep):
        return None, f"{name!r} is a link pointing outside the corpus folder; copy the file into the folder", ""
    return target, "", resolved


def _regular_file(path: Path) -> os.stat_result | None:
    """``os.stat`` of ``path`` when it is (a link to) a regular file, else None."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st if stat.S_ISREG(st.st_mode) else None


def _read_member(path: Path, st: os.stat_result, *, max_chars: int | None) -> tuple[Decoded, bytes | None]:
    """Read and decode one article file; problems (too large, unreadable, binary) in ``problem``.

    Returns the decoded text and the bytes it was decoded from (None when the file was not read).
    """
    # UTF-8 needs at most 4 bytes per character: a larger file is over the limit for sure
    limit = None if max_chars is None else 4 * max_chars
    if limit is not None and st.st_size > limit:
        return Decoded(None, None, _too_long(f"file is {st.st_size / 1e6:,.1f} MB", max_chars)), None
    try:
        data = _read_bytes(path, limit)
    except OSError as exc:
        return Decoded(None, None, f"cannot read the file ({exc.strerror or exc}); check that it is readable"), None
    if limit is not None and len(data) > limit:  # the file grew after it was measured
        return Decoded(None, None, _too_long(f"file is more than {limit / 1e6:,.1f} MB", max_chars)), None
    return decode_bytes(data), data


class _Reader:
    """Reads each file of a folder corpus once and records what it read (:attr:`Corpus.input_hashes`).

    A file listed twice (or under two names that resolve to it) is read once and gives
    both rows the same text.
    """

    def __init__(self, root: Path):
        self.root = root
        self._records: dict[str, dict[str, Any]] = {}
        self._done: dict[str, tuple[Decoded, dict[str, Any] | None]] = {}

    def member(self, path: Path, st: os.stat_result, *, max_chars: int | None, resolved: str = "") -> Decoded:
        key = resolved or os.path.realpath(path)
        if key not in self._done:
            dec, data = _read_member(path, st, max_chars=max_chars)
            self._done[key] = (dec, None if data is None else _input_record(path, self.root, data))
        dec, record = self._done[key]
        if record is not None:  # under this name (a second name of the same file gets its own entry)
            rel = _rel_posix(path, self.root)
            self._records[rel] = {**record, "path": rel}
        return dec

    def table(self, path: Path) -> pd.DataFrame:
        df, data = _read_table(path)
        record = _input_record(path, self.root, data)
        self._records[record["path"]] = record
        return df

    def hashes(self) -> list[dict[str, Any]]:
        return [self._records[k] for k in sorted(self._records)]


def _load_folder(folder: Path, *, manifest, id, outlet, columns, on_error, max_chars) -> Corpus:  # noqa: A002
    mpath = Path(manifest) if manifest is not None else None
    if mpath is None:
        for cand in _MANIFEST_NAMES:
            if (folder / cand).is_file():
                mpath = folder / cand
                break
    txt_files = sorted(p for p in folder.rglob("*.txt") if p.is_file() or p.is_symlink())
    if mpath is None:
        return _load_outlet_folders(folder, txt_files, on_error=on_error, max_chars=max_chars)
    if not mpath.is_file():
        raise CorpusError(f"{mpath}: manifest not found; check the manifest= path")
    reader = _Reader(folder)
    man = reader.table(mpath)
    if columns:
        man = man.rename(columns=dict(columns))
    absent = [col for col in (id, "file", outlet) if col not in man.columns]
    if absent:
        guesses = {"file": ("file", "path", "filename", "file_name", "txt", "filepath")}
        hints = []
        for col in absent:
            role = "file" if col == "file" else ("id" if col == id else "outlet")
            lower = {str(c).lower(): str(c) for c in man.columns}
            guess = next((lower[c] for c in guesses.get(role, _ROLE_SYNONYMS.get(role, ())) if c in lower), None)
            if role == "file":
                hints.append(f"columns={{{(guess or '<your file column>')!r}: 'file'}}")
            else:
                hints.append(f"{role}={(guess or f'<your {role} column>')!r}")
        raise CorpusError(
            f"{mpath}: manifest has no {', '.join(repr(c) for c in absent)} column "
            f"(columns: {', '.join(map(str, man.columns)) or '(none)'}). Fix: a manifest needs id, file and "
            f"outlet columns; rename them in the file, or map them: "
            f"load_corpus({folder.name!r}, {', '.join(hints)})"
        )
    rows, rejected, notes = [], [], []
    listed: set[str] = set()
    inputs = [mpath]
    root = os.path.realpath(folder)
    for i, rec in enumerate(man.to_dict("records")):
        src = f"{mpath.name}, row {i + 1} (file {rec.get('file')!s})"
        raw_name = "" if _is_missing(rec.get("file")) else str(rec.get("file"))
        target, problem, resolved = _safe_member(folder, raw_name, root)
        rec_id = _as_id(rec.get(id)) or ""
        if target is None and raw_name.strip() and "\x00" not in raw_name:
            listed.add(str(folder / raw_name))  # refused (e.g. a link leading outside), but not "unlisted"
        dec = None
        if target is not None:
            listed.add(str(target))
            listed.add(resolved)
            st = _regular_file(target)
            if st is None and target.is_dir():
                problem = f"{raw_name!r} is a folder, not a file; list the .txt file itself"
            elif st is None:
                problem = f"file {raw_name!r} is listed in the manifest but missing; add the file or remove the row"
            else:
                dec = reader.member(target, st, max_chars=max_chars, resolved=resolved)
                problem = dec.problem
                src = str(target) if problem else src
        if problem:
            if on_error == "raise":
                raise CorpusError(f"{src}: {problem}")
            rejected.append({"article_id": rec_id, "source": src, "reason": problem})
            continue
        if dec.note:
            notes.append(f"{target}: {dec.note}")
        rec = dict(rec)
        rec["text"] = dec.text
        rec["source"] = str(target)
        rec["encoding"] = dec.encoding or ""
        rows.append(rec)
        inputs.append(target)
    unlisted = [p for p in txt_files if str(p) not in listed and os.path.realpath(p) not in listed]
    if len(unlisted) == 1:
        notes.append(
            f"{folder}: file {str(unlisted[0].relative_to(folder))!r} is not listed in {mpath.name} and "
            "was not loaded; add a row to include it"
        )
    elif unlisted:
        names = ", ".join(repr(str(p.relative_to(folder))) for p in unlisted[:5])
        more = f" and {len(unlisted) - 5} more" if len(unlisted) > 5 else ""
        notes.append(
            f"{folder}: {len(unlisted)} .txt files are not listed in {mpath.name} and were not loaded "
            f"({names}{more}); add a row per file to include them"
        )
    df = pd.DataFrame(rows)
    if df.empty:
        df = pd.DataFrame(columns=[id, outlet, "text", "source", "encoding"])
    df = df.rename(columns={id: "article_id", outlet: "outlet"})
    if "file" in df.columns:
        df = df.drop(columns=["file"])
    return Corpus._validated(df, on_error=on_error, name=folder.name or str(folder), notes=notes,
                             inputs=inputs, rejected=rejected, max_chars=max_chars, input_hashes=reader.hashes())


def _load_outlet_folders(folder: Path, txt_files: list[Path], *, on_error, max_chars) -> Corpus:
    nested = [p for p in txt_files if p.parent != folder]
    flat = [p for p in txt_files if p.parent == folder]
    if flat or not nested:
        raise CorpusError(
            f"{folder}: no manifest.csv, so the outlet of each article is unknown. Fix: write "
            f"{folder / 'manifest.csv'} with columns id,file,outlet (one row per .txt file), or put each "
            f"outlet's .txt files in a sub-folder named after the outlet"
        )
    rows, rejected, notes, inputs = [], [], [], []
    root = os.path.realpath(folder)
    reader = _Reader(folder)
    for p in nested:
        rel = p.relative_to(folder)
        _, problem, _ = _safe_member(folder, str(rel), root)
        aid = str(rel.with_suffix("")).replace(os.sep, "/")
        st = None if problem else _regular_file(p)
        if not problem and st is None:
            problem = "not a readable file (a broken link?); replace it with the article's .txt file"
        if not problem:
            dec = reader.member(p, st, max_chars=max_chars)
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
                             rejected=rejected, max_chars=max_chars, input_hashes=reader.hashes())


_NAME_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _clean_name(value: str) -> str:
    r"""An id or outlet name without control characters (tab and line breaks become spaces).

    Examples
    --------
    >>> _clean_name("Sky\x00 News\n")
    'Sky News '
    """
    return _NAME_CONTROL_RE.sub(lambda m: " " if m.group() in "\t\n\r" else "", value)


def require_articles(corpus: Corpus, shown: str) -> Corpus:
    """Return ``corpus``, or raise :class:`CorpusError` if it has no usable article.

    The message (the same for ``analyze`` and ``report``) names the input, how many rows
    were rejected and the first reason.
    """
    if len(corpus):
        return corpus
    first = ""
    if len(corpus.rejected):
        row = corpus.rejected.iloc[0]
        first = f" First: {row['source']}: {row['reason']}"
    raise CorpusError(
        f"{shown}: no usable article ({len(corpus.rejected)} rejected).{first} "
        "Fix the input as the reasons say, then run again"
    )


def _did_you_mean(name: str, known: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


#: The input columns ``render(columns=...)`` (CLI: ``--id --outlet --text --title --date``) can map.
COLUMN_ROLES = ("id", "outlet", "text", "title", "date")


def check_columns(columns: Mapping[str, str] | None) -> dict[str, str]:
    """Check a ``{role: input column}`` mapping (roles: :data:`COLUMN_ROLES`).

    Examples
    --------
    >>> check_columns({"text": "body", "outlet": "source"})
    {'outlet': 'source', 'text': 'body'}
    """
    if columns is None:
        return {}
    if not isinstance(columns, Mapping):
        raise ParameterError(f"columns must map roles to column names, e.g. {{'text': 'body'}}, not {columns!r}")
    out = {}
    for role, col in columns.items():
        if role not in COLUMN_ROLES:
            raise ParameterError(f"columns: unknown role {role!r}{_did_you_mean(str(role), list(COLUMN_ROLES))}; "
                                 f"roles are {', '.join(COLUMN_ROLES)}")
        if not isinstance(col, str) or not col.strip():
            raise ParameterError(f"columns: the {role} column must be a column name (str), not {col!r}")
        if col != role:
            out[role] = col
    return dict(sorted(out.items(), key=lambda kv: COLUMN_ROLES.index(kv[0])))


def load_options(columns: Mapping[str, str] | None) -> dict[str, Any]:
    """Keyword arguments of :func:`coverage.load_corpus` for a ``{role: column}`` mapping.

    Examples
    --------
    >>> load_options({"text": "body", "title": "headline"})
    {'id': 'id', 'outlet': 'outlet', 'text': 'body', 'columns': {'headline': 'title'}}
    """
    columns = dict(columns or {})
    renames = {columns[r]: r for r in ("title", "date") if r in columns}
    opts: dict[str, Any] = {r: columns.get(r, r) for r in ("id", "outlet", "text")}
    if renames:
        opts["columns"] = renames
    return opts
