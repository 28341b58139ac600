"""Bad input, class by class: the single place where each kind of bad input is visibly tested.

Every error is a subclass of :class:`coverage.errors.CoverageError` whose message names the
file, row or field at fault *and* says how to fix it; every article that cannot be used is
in ``corpus.rejected`` with such a reason; things that are kept but repaired raise a
:class:`~coverage.errors.CoverageWarning`. On the command line an error is one line on
stderr, no traceback (unless ``--debug``), and a non-zero exit status. The README section
"Bad input" documents the same table.

=====================================================  ==================================================
bad-input class                                        test
=====================================================  ==================================================
empty file (``.txt``, CSV cell, 0-byte ``.csv``)       test_empty_input
whitespace-only text                                   test_whitespace_only_text
binary file (PNG header renamed ``.txt``)              test_binary_png_renamed_txt
invalid UTF-8                                          test_invalid_utf8
UTF-16 with BOM                                        test_utf16_with_bom
cp1252 text                                            test_cp1252_is_decoded_with_a_warning
many warnings (14 cp1252 files) are summarised         test_cp1252_notes_are_summarised_not_flooded
one 50 MB single-line file                             test_50mb_single_line_article
per-article size limit (``max_chars``)                 test_article_size_limit_is_configurable
20,000 tiny files in a folder                          test_20000_tiny_files_load_fast
duplicate ids                                          test_duplicate_ids
manifest rows pointing to missing files                test_manifest_row_pointing_to_missing_file
files not in the manifest                              test_files_not_in_manifest
manifest path traversal / absolute paths               test_manifest_path_outside_folder_is_refused
symlink pointing outside the corpus folder             test_symlink_outside_folder_is_refused
CSV with embedded newlines and quotes                  test_csv_embedded_newlines_and_quotes_round_trip
malformed CSV (ragged rows)                            test_malformed_csv
text column missing / named differently                test_text_column_missing_names_columns_and_fix
manifest without a ``file`` column                     test_manifest_column_missing_names_columns_and_fix
NaN and non-string text                                test_nan_and_non_string_text
non-string ids                                         test_non_string_ids
unparseable and mixed date formats                     test_mixed_and_unparseable_dates
non-English text (Arabic, Chinese, Russian)            test_non_english_text
emoji-only text                                        test_emoji_only_text
article with zero tokens (``"— … !!!"``)               test_zero_token_article
report parameters of the wrong type                    test_report_parameters_of_wrong_type
... through the CLI (``-p seed abc``)                  test_report_parameters_of_wrong_type_cli
malformed lexicon (YAML syntax, structure)             test_malformed_lexicon
YAML tags that construct objects                       test_unsafe_yaml_tags_are_refused
unknown frame or metric name                           test_unknown_frame_or_metric
CLI: one-line errors, exit codes                       test_cli_bad_input_is_one_line_error
CLI: no usable article at all                          test_cli_no_usable_article_is_an_error
CLI: ``--debug`` shows the traceback                   test_cli_debug_shows_traceback
CLI: unexpected error, no traceback                    test_cli_unexpected_error_is_one_line
many bad classes at once: nothing lost                 test_mixed_bad_corpus_accounts_for_every_input
every error class is a CoverageError (exit status 2)   test_every_error_class_is_a_coverage_error
=====================================================  ==================================================
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tracemalloc
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import coverage
from coverage.cli import main
from coverage.corpus import MAX_ARTICLE_CHARS, Corpus, load_corpus
from coverage.errors import (
    CorpusError,
    CoverageError,
    CoverageWarning,
    LexiconError,
    ParameterError,
)
from coverage.lexicon import Lexicon

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
GOOD = "We stand together after the attack. The vigil was peaceful."


# ---------------------------------------------------------------------------- helpers


def _manifest(folder: Path, rows: list[tuple[str, str, str]], header: str = "id,file,outlet") -> Path:
    """Write ``folder/manifest.csv`` with ``rows`` of (id, file, outlet)."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [header] + [",".join(r) for r in rows]
    path = folder / "manifest.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _folder(tmp_path: Path, files: dict[str, bytes | str], outlet: str = "X") -> Path:
    """A corpus folder with one manifest row per file (id = file stem)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, data in files.items():
        p = folder / name
        if isinstance(data, str):
            p.write_text(data, encoding="utf-8")
        else:
            p.write_bytes(data)
    _manifest(folder, [(Path(n).stem, n, outlet) for n in files])
    return folder


def _quiet(fn, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CoverageWarning)
        return fn(*args, **kwargs)


def _reason(corpus: Corpus, article_id: str) -> tuple[str, str]:
    """(source, reason) of the rejected article ``article_id``."""
    rows = corpus.rejected[corpus.rejected["article_id"] == article_id]
    assert len(rows) == 1, corpus.rejected.to_dict("records")
    return rows["source"].iloc[0], rows["reason"].iloc[0]


def _assert_actionable(message: str, *where: str, fix: str) -> None:
    """The message names where the problem is and how to fix it (regex ``fix``)."""
    for w in where:
        assert w in message, f"{w!r} not named in: {message}"
    assert re.search(fix, message), f"no fix ({fix!r}) in: {message}"


def _cli(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _assert_one_line_error(code: int, err: str) -> str:
    assert code != 0
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("media-coverage: error: "), err
    return err


@pytest.fixture(scope="module")
def small_analysis():
    df = pd.DataFrame({
        "id": ["a1", "a2", "b1", "b2"],
        "outlet": ["A", "A", "B", "B"],
        "text": ["We stand together. We are not afraid.", "Crowds held a vigil in solidarity.",
                 "The attacker killed three people.", "The terror attack left many injured."],
    })
    return coverage.analyze(df, n_boot=50)


# ---------------------------------------------------------------------------- empty / whitespace


@pytest.mark.parametrize("kind", ["txt-file", "csv-cell", "csv-file"])
def test_empty_input(tmp_path, kind):
    if kind == "txt-file":
        folder = _folder(tmp_path, {"empty.txt": b"", "ok.txt": GOOD})
        with pytest.warns(CoverageWarning, match="1 of 2 article"):
            c = load_corpus(folder)
        source, reason = _reason(c, "empty")
        assert source.endswith("empty.txt")
        _assert_actionable(reason, fix="supply the article text or remove the row")
        with pytest.raises(CorpusError) as err:
            load_corpus(folder, on_error="raise")
        _assert_actionable(str(err.value), "empty.txt", fix="supply the article text")
    elif kind == "csv-cell":
        path = tmp_path / "t.csv"
        path.write_text(f"id,outlet,text\n1,X,\n2,X,{GOOD}\n", encoding="utf-8")
        with pytest.warns(CoverageWarning, match="1 of 2"):
            c = load_corpus(path)
        source, reason = _reason(c, "1")
        assert source == f"{path}, row 1"
        _assert_actionable(reason, fix="supply the article text")
    else:
        path = tmp_path / "empty.csv"
        path.write_bytes(b"")
        with pytest.raises(CorpusError) as err:
            load_corpus(path)
        _assert_actionable(str(err.value), "empty.csv", "empty", fix="header row")


def test_whitespace_only_text(tmp_path):
    blank = " \t\n\u00a0\u200b\r\n  "  # spaces, tab, newlines, no-break and zero-width spaces
    folder = _folder(tmp_path, {"blank.txt": blank, "ok.txt": GOOD})
    with pytest.warns(CoverageWarning, match="rejected"):
        c = load_corpus(folder)
    source, reason = _reason(c, "blank")
    assert source.endswith("blank.txt")
    _assert_actionable(reason, "whitespace-only", fix="supply the article text or remove the row")
    df = pd.DataFrame({"id": ["w"], "outlet": ["X"], "text": [blank]})
    with pytest.raises(CorpusError) as err:
        Corpus.from_frame(df, on_error="raise", source="in.csv")
    _assert_actionable(str(err.value), "in.csv, row 1", "'w'", fix="supply the article text")


# ---------------------------------------------------------------------------- encodings and binaries


def test_binary_png_renamed_txt(tmp_path):
    folder = _folder(tmp_path, {"photo.txt": PNG, "ok.txt": GOOD})
    with pytest.warns(CoverageWarning, match="PNG"):
        c = load_corpus(folder)
    source, reason = _reason(c, "photo")
    assert source.endswith("photo.txt")
    _assert_actionable(reason, "binary file", "PNG image", fix=r"export the article as plain text \(\.txt, UTF-8\)")
    with pytest.raises(CorpusError) as err:
        load_corpus(folder, on_error="raise")
    _assert_actionable(str(err.value), "photo.txt", "PNG", fix="export the article as plain text")


def test_invalid_utf8(tmp_path):
    bad = b"Caf" + b"\xc3\x28 and \x81\x8d\x9d stray bytes"  # bad UTF-8 and not cp1252 either
    folder = _folder(tmp_path, {"broken.txt": bad, "ok.txt": GOOD})
    with pytest.warns(CoverageWarning, match="undecodable"):
        c = load_corpus(folder)
    source, reason = _reason(c, "broken")
    assert source.endswith("broken.txt")
    _assert_actionable(reason, "not UTF-8 (byte 3)", fix="re-save the file as UTF-8")
    assert list(c.df["article_id"]) == ["ok"]


def test_utf16_with_bom(tmp_path):
    text = "“We stand together,” said the imam — café owners agreed."
    folder = _folder(tmp_path, {"le.txt": b"\xff\xfe" + text.encode("utf-16-le"),
                                "be.txt": b"\xfe\xff" + text.encode("utf-16-be")})
    c = load_corpus(folder)  # no warning: UTF-16 with a BOM is a supported encoding
    assert c.rejected.empty
    assert list(c.df["text"]) == [text, text]
    assert list(c.df["encoding"]) == ["utf-16", "utf-16"]
    # without a BOM it cannot be told from binary: rejected with the fix
    (tmp_path / "nobom").mkdir()
    nobom = _folder(tmp_path / "nobom", {"nobom.txt": text.encode("utf-16-le")})
    c = _quiet(load_corpus, nobom)
    _assert_actionable(_reason(c, "nobom")[1], "NUL bytes", fix="UTF-16 needs a BOM")


def test_cp1252_is_decoded_with_a_warning(tmp_path, root):
    folder = _folder(tmp_path, {"win.txt": "Caf\xe9 owners \x93stood\x94 together \x96 and grieved.".encode("latin-1")})
    with pytest.warns(CoverageWarning) as rec:
        c = load_corpus(folder)
    (note,) = [str(w.message) for w in rec]
    _assert_actionable(note, "win.txt", "decoded as Windows-1252 (cp1252)", fix="re-save the file as UTF-8")
    assert c.df["text"].iloc[0] == "Café owners “stood” together – and grieved."
    assert c.df["encoding"].iloc[0] == "cp1252" and c.rejected.empty
    assert "Windows-1252" in (root / "README.md").read_text(encoding="utf-8")  # documented


def test_cp1252_notes_are_summarised_not_flooded(tmp_path):
    folder = _folder(tmp_path, {f"w{i:02d}.txt": b"Caf\xe9 number %d." % i for i in range(14)})
    with pytest.warns(CoverageWarning) as rec:
        c = load_corpus(folder)
    messages = [str(w.message) for w in rec]
    assert len(messages) == 11 and "... and 4 more note(s)" in messages[-1] and "corpus.notes" in messages[-1]
    assert len(c.notes) == 14 and len(c) == 14


# ---------------------------------------------------------------------------- size and count


@pytest.mark.parametrize("route", ["folder", "dataframe"])
def test_50mb_single_line_article(tmp_path, route):
    """One 50 MB line. Measured: analysis costs about 2 s and 70 MB per million characters, and
    on 50 MB in one line NLTK's Punkt hits its regular-expression time limit and fails. So it is
    rejected against a documented per-article limit (``MAX_ARTICLE_CHARS``), with the file, the
    size and the fix, without reading the file; the rest of the corpus loads and analyses."""
    size = 50_000_000
    unit = "We stand together after the attack in Westminster. "
    line = (unit * (size // len(unit) + 1))[:size]
    assert "\n" not in line
    if route == "folder":
        folder = tmp_path / "corpus"
        folder.mkdir()
        (folder / "big.txt").write_text(line, encoding="utf-8")
        (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
        _manifest(folder, [("big", "big.txt", "X"), ("ok", "ok.txt", "Y")])
        tracemalloc.start()
        try:
            with pytest.warns(CoverageWarning, match="1 of 2 article"):
                c = load_corpus(folder)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 20e6  # the 50 MB file is rejected from its size, never read
        source, reason = _reason(c, "big")
        assert source.endswith("big.txt")
        _assert_actionable(reason, "file is 50.0 MB", "2,000,000 characters",
                           fix=r"split it into one article per story.*max_chars=.*--max-chars")
    else:
        df = pd.DataFrame({"id": ["big", "ok"], "outlet": ["X", "Y"], "text": [line, GOOD]})
        with pytest.warns(CoverageWarning, match="1 of 2 article"):
            c = Corpus.from_frame(df, source="big.csv")
        source, reason = _reason(c, "big")
        assert source == "big.csv, row 1"
        _assert_actionable(reason, "50,000,000 characters", fix="split it.*max_chars")
    a = coverage.analyze(c, n_boot=50)
    assert list(a.articles["article_id"]) == ["ok"] and len(a.rejected) == 1


def test_article_size_limit_is_configurable():
    df = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "X"], "text": ["x" * 10, "y" * 11]})
    with pytest.warns(CoverageWarning, match="11 characters, more than the per-article limit of 10"):
        c = Corpus.from_frame(df, max_chars=10)
    assert list(c.df["article_id"]) == ["a"]
    assert len(Corpus.from_frame(df, max_chars=None)) == 2
    assert MAX_ARTICLE_CHARS == 2_000_000
    for bad in (0, -1, 2.5, "big", True):
        with pytest.raises(ParameterError, match="max_chars must be a positive integer or None"):
            load_corpus(df, max_chars=bad)


def test_20000_tiny_files_load(tmp_path):
    """20,000 one-line files load without a warning (no time limit: speed goals live in benchmarks/)."""
    n = 20_000
    folder = tmp_path / "many"
    folder.mkdir()
    rows = ["id,file,outlet,date"]
    for i in range(n):
        name = f"a{i:05d}.txt"
        with open(folder / name, "w", encoding="utf-8") as fh:
            fh.write(f"Article {i}: we stand together.")
        rows.append(f"{i},{name},Outlet {i % 7},2017-03-{22 + i % 7}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    c = load_corpus(folder)  # no warning at all (any CoverageWarning fails this test)
    assert len(c) == n and c.rejected.empty
    assert c.df["article_id"].nunique() == n and len(c.outlets) == 7
    assert c.df["date_parsed"].notna().all()


# ---------------------------------------------------------------------------- ids and manifest


def test_duplicate_ids(tmp_path):
    folder = _folder(tmp_path, {"one.txt": GOOD, "two.txt": "Another article about the vigil."})
    _manifest(folder, [("same", "one.txt", "X"), ("same", "two.txt", "Y")])
    with pytest.warns(CoverageWarning, match="duplicate id"):
        c = load_corpus(folder)
    assert list(c.df["article_id"]) == ["same"] and c.df["text"].iloc[0] == GOOD  # first one wins
    source, reason = _reason(c, "same")
    assert source.endswith("two.txt")
    _assert_actionable(reason, "duplicate id 'same'", "one.txt", fix="make ids unique")
    df = pd.DataFrame({"id": [1, "1", 1.0], "outlet": ["X"] * 3, "text": ["A.", "B.", "C."]})
    with pytest.raises(CorpusError) as err:
        Corpus.from_frame(df, on_error="raise", source="t.csv")
    _assert_actionable(str(err.value), "t.csv, row 2", "duplicate id '1'", "t.csv, row 1", fix="make ids unique")


def test_manifest_row_pointing_to_missing_file(tmp_path):
    folder = _folder(tmp_path, {"ok.txt": GOOD})
    (folder / "sub").mkdir()
    _manifest(folder, [("ok", "ok.txt", "X"), ("gone", "gone.txt", "X"), ("dir", "sub", "X"), ("blank", "", "X")])
    with pytest.warns(CoverageWarning, match="3 of 4 article"):
        c = load_corpus(folder)
    source, reason = _reason(c, "gone")
    assert source == "manifest.csv, row 2 (file gone.txt)"
    _assert_actionable(reason, "'gone.txt'", "listed in the manifest but missing",
                       fix="add the file or remove the row")
    _assert_actionable(_reason(c, "dir")[1], "'sub' is a folder", fix="list the .txt file itself")
    source, reason = _reason(c, "blank")
    assert source.startswith("manifest.csv, row 4")
    _assert_actionable(reason, "empty 'file' value", fix="give the file name relative to the corpus folder")
    with pytest.raises(CorpusError) as err:
        load_corpus(folder, on_error="raise")
    _assert_actionable(str(err.value), "manifest.csv, row 2", "gone.txt", fix="add the file or remove the row")


def test_files_not_in_manifest(tmp_path):
    folder = _folder(tmp_path, {"ok.txt": GOOD})
    (folder / "stray.txt").write_text("Not listed.", encoding="utf-8")
    with pytest.warns(CoverageWarning) as rec:
        c = load_corpus(folder)
    (note,) = [str(w.message) for w in rec]
    _assert_actionable(note, str(folder), "'stray.txt' is not listed in manifest.csv", fix="add a row")
    assert list(c.df["article_id"]) == ["ok"] and c.rejected.empty and note in c.notes
    # many unlisted files: one warning that counts them, not one per file
    for i in range(12):
        (folder / f"extra{i:02d}.txt").write_text("x", encoding="utf-8")
    with pytest.warns(CoverageWarning) as rec:
        load_corpus(folder)
    (note,) = [str(w.message) for w in rec]
    _assert_actionable(note, "13 .txt files are not listed in manifest.csv", "'extra00.txt'", "and 8 more",
                       fix="add a row per file")


@pytest.mark.parametrize("name", ["../../etc/passwd", "../outside.txt", "sub/../../outside.txt",
                                  "/etc/passwd", "__ABSOLUTE__"])
def test_manifest_path_outside_folder_is_refused(tmp_path, name):
    (tmp_path / "outside.txt").write_text("secret", encoding="utf-8")
    if name == "__ABSOLUTE__":
        name = str(tmp_path / "outside.txt")
    folder = _folder(tmp_path, {"ok.txt": GOOD})
    _manifest(folder, [("ok", "ok.txt", "X"), ("evil", name, "X")])
    with pytest.warns(CoverageWarning, match="leaves the corpus folder"):
        c = load_corpus(folder)
    assert "secret" not in " ".join(c.df["text"])
    source, reason = _reason(c, "evil")
    assert source == f"manifest.csv, row 2 (file {name})"
    _assert_actionable(reason, repr(name), "leaves the corpus folder", fix="use a path relative to the folder")
    with pytest.raises(CorpusError, match=r"manifest\.csv, row 2.*leaves the corpus folder"):
        load_corpus(folder, on_error="raise")


@pytest.mark.parametrize("layout", ["manifest", "outlet-folders", "linked-folder"])
def test_symlink_outside_folder_is_refused(tmp_path, layout):
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "passwords.txt").write_text("secret", encoding="utf-8")
    folder = tmp_path / "corpus"
    (folder / "BBC").mkdir(parents=True)
    (folder / "BBC" / "ok.txt").write_text(GOOD, encoding="utf-8")
    if layout == "manifest":
        (folder / "link.txt").symlink_to(secret / "passwords.txt")
        _manifest(folder, [("ok", "BBC/ok.txt", "BBC"), ("link", "link.txt", "BBC")])
        bad_id, bad_name = "link", "link.txt"
    elif layout == "outlet-folders":
        (folder / "BBC" / "link.txt").symlink_to(secret / "passwords.txt")
        bad_id, bad_name = "BBC/link", "link.txt"
    else:
        (folder / "BBC" / "linked").symlink_to(secret, target_is_directory=True)
        _manifest(folder, [("ok", "BBC/ok.txt", "BBC"), ("link", "BBC/linked/passwords.txt", "BBC")])
        bad_id, bad_name = "link", "passwords.txt"
    with pytest.warns(CoverageWarning, match="pointing outside"):
        c = load_corpus(folder)
    assert "secret" not in " ".join(c.df["text"]) and len(c) == 1
    source, reason = _reason(c, bad_id)
    assert bad_name in source
    _assert_actionable(reason, "link pointing outside the corpus folder", fix="copy the file into the folder")


# ---------------------------------------------------------------------------- tables


def test_csv_embedded_newlines_and_quotes_round_trip(tmp_path):
    texts = [
        'He said, "We stand together."\nA new paragraph.\n\nThird, after a blank line.',
        '"Quoted at the start", a lone " quote and a doubled "" one',
        "Commas, everywhere, inside; semicolons too",
        "NA",  # a string that pandas would read as missing by default: kept as text
        "Tab\there and trailing spaces   ",
        "=SUM(A1) looks like a formula, 'single' quotes",
    ]
    df = pd.DataFrame({"id": [f"r{i}" for i in range(len(texts))], "outlet": ["X"] * len(texts), "text": texts})
    for name, kwargs in [("t.csv", {}), ("t.tsv", {"sep": "\t"}), ("q.csv", {"quoting": 1})]:
        df.to_csv(tmp_path / name, index=False, **kwargs)
        c = load_corpus(tmp_path / name)
        assert list(c.df["text"]) == texts, name
    # hand-written CSV with CRLF rows and a CRLF inside a quoted field: line ends become LF
    raw = 'id,outlet,text\r\n1,X,"Line one\r\nLine ""two"", end"\r\n2,X,plain\r\n'
    (tmp_path / "crlf.csv").write_bytes(raw.encode("utf-8"))
    c = load_corpus(tmp_path / "crlf.csv")
    assert list(c.df["text"]) == ['Line one\nLine "two", end', "plain"]


def test_malformed_csv(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text('id,outlet,text\n1,X,fine\n2,X,unquoted, comma, here\n', encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        load_corpus(path)
    _assert_actionable(str(err.value), "ragged.csv", "cannot be read as CSV", "line 3",
                       fix="must be in double quotes")
    path = tmp_path / "latin1.csv"
    path.write_bytes("id,outlet,text\n1,X,Caf\xe9\n".encode("latin-1"))
    with pytest.raises(CorpusError) as err:
        load_corpus(path)
    _assert_actionable(str(err.value), "latin1.csv", "not UTF-8", fix="re-save the table as UTF-8")


@pytest.mark.parametrize(
    ("columns", "suggestion"),
    [(["id", "outlet", "body"], "text='body'"),
     (["id", "outlet", "Content"], "text='Content'"),
     (["id", "outlet", "words"], "text='<your text column>'"),
     (["ID", "source", "text"], "id='ID', outlet='source'")],
)
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "dataframe"])
def test_text_column_missing_names_columns_and_fix(tmp_path, columns, suggestion, fmt):
    df = pd.DataFrame([["a1", "X", GOOD]], columns=columns)
    if fmt == "dataframe":
        with pytest.raises(CorpusError) as err:
            Corpus.from_frame(df)
        msg = str(err.value)
        _assert_actionable(msg, "DataFrame: missing", f"Columns present: {', '.join(columns)}",
                           fix=re.escape(f"Corpus.from_frame(df, {suggestion})"))
        return
    path = tmp_path / f"in.{fmt}"
    if fmt == "csv":
        df.to_csv(path, index=False)
    else:
        path.write_text(json.dumps(df.iloc[0].to_dict()) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        load_corpus(path)
    msg = str(err.value)
    _assert_actionable(msg, str(path), f"Columns present: {', '.join(columns)}",
                       fix=re.escape(f"load_corpus('in.{fmt}', {suggestion})"))
    assert "media-coverage analyze: --" in msg
    # the fix the message gives works, as keywords or as a mapping
    mapping = dict(re.findall(r"(\w+)='(\w+)'", suggestion))
    if "<" not in suggestion:
        assert len(load_corpus(path, **mapping)) == 1
        assert len(load_corpus(path, columns={v: k for k, v in mapping.items()})) == 1


def test_manifest_column_missing_names_columns_and_fix(tmp_path):
    folder = _folder(tmp_path, {"ok.txt": GOOD})
    _manifest(folder, [("ok", "ok.txt", "X")], header="id,path,outlet")
    with pytest.raises(CorpusError) as err:
        load_corpus(folder)
    _assert_actionable(str(err.value), "manifest.csv", "no 'file' column", "columns: id, path, outlet",
                       fix=re.escape("load_corpus('corpus', columns={'path': 'file'})"))
    assert len(load_corpus(folder, columns={"path": "file"})) == 1


def test_nan_and_non_string_text(tmp_path):
    df = pd.DataFrame({
        "id": [f"t{i}" for i in range(9)],
        "outlet": ["X"] * 9,
        "text": [float("nan"), None, pd.NA, 42, 3.5, ["a", "list"], True, b"Bytes are decoded.", GOOD],
    })
    with pytest.warns(CoverageWarning, match="7 of 9 article"):
        c = Corpus.from_frame(df, source="t.jsonl")
    assert list(c.df["article_id"]) == ["t7", "t8"] and c.df["text"].iloc[0] == "Bytes are decoded."
    reasons = dict(zip(c.rejected["article_id"], c.rejected["reason"], strict=True))
    sources = dict(zip(c.rejected["article_id"], c.rejected["source"], strict=True))
    for i in range(3):
        _assert_actionable(reasons[f"t{i}"], "empty text (missing value)", fix="supply the article text")
    for i, typ in [(3, "int"), (4, "float"), (5, "list"), (6, "bool")]:
        _assert_actionable(reasons[f"t{i}"], f"text is not a string ({typ}", fix="supply the article text")
        assert sources[f"t{i}"] == f"t.jsonl, row {i + 1}"
    # the same from a JSON Lines file (null, number, object)
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": "n", "outlet": "X", "text": None}, {"id": "i", "outlet": "X", "text": 7},
        {"id": "o", "outlet": "X", "text": {"body": "x"}}, {"id": "ok", "outlet": "X", "text": GOOD},
    ]), encoding="utf-8")
    with pytest.warns(CoverageWarning, match="3 of 4"):
        c = load_corpus(path)
    assert list(c.df["article_id"]) == ["ok"]
    assert _reason(c, "o")[0] == f"{path}, row 3" and "not a string (dict" in _reason(c, "o")[1]


def test_non_string_ids(tmp_path, root):
    """Ids become strings: whole floats lose their ``.0`` (pandas turns integer columns with a gap
    into floats), other numbers use ``str``; ids read from CSV are text exactly as written."""
    df = pd.DataFrame({
        "id": [1, 2.0, 3.5, np.int64(4), "005", " 6 ", float("nan"), 1e16],
        "outlet": ["X"] * 8,
        "text": [f"Article {i}." for i in range(8)],
    })
    with pytest.warns(CoverageWarning, match="1 of 8"):
        c = Corpus.from_frame(df, source="ids")
    assert list(c.df["article_id"]) == ["1", "2", "3.5", "4", "005", "6", "10000000000000000"]
    assert all(isinstance(i, str) for i in c.df["article_id"])
    source, reason = _reason(c, "")
    assert source == "ids, row 7"
    _assert_actionable(reason, "missing id", fix="give every article a unique id")
    # integer ids with a gap arrive as floats: still "1", "3"
    gap = pd.DataFrame({"id": [1, None, 3], "outlet": ["X"] * 3, "text": ["A.", "B.", "C."]})
    assert gap["id"].dtype == "float64"
    c = _quiet(Corpus.from_frame, gap)
    assert list(c.df["article_id"]) == ["1", "3"]
    # CSV ids are text: 007 and 1.0 are kept as written
    (tmp_path / "ids.csv").write_text("id,outlet,text\n007,X,A.\n1.0,X,B.\n", encoding="utf-8")
    assert list(load_corpus(tmp_path / "ids.csv").df["article_id"]) == ["007", "1.0"]
    assert "1.0" in (root / "README.md").read_text(encoding="utf-8")  # the rule is documented


def test_mixed_and_unparseable_dates(tmp_path, root):
    dates = ["2017-03-23", "23/03/2017", "March 23, 2017", "yesterday", "", "2017-03-23T23:30:00-05:00",
             "Thursday", "today", "Thu, 23 Mar 2017 14:07:00 GMT", "20170323"]
    df = pd.DataFrame({"id": [f"d{i}" for i in range(len(dates))], "outlet": ["X"] * len(dates),
                       "text": [GOOD] * len(dates), "date": dates})
    path = tmp_path / "dates.csv"
    df.to_csv(path, index=False)
    with pytest.warns(CoverageWarning) as rec:
        c = load_corpus(path)
    (note,) = [str(w.message) for w in rec]
    assert len(c) == len(dates) and c.rejected.empty  # nothing dropped
    parsed = [None if pd.isna(d) else str(d.date()) for d in c.df["date_parsed"]]
    assert parsed == ["2017-03-23", "2017-03-23", "2017-03-23", None, None, "2017-03-23",
                      None, None, "2017-03-23", "2017-03-23"]
    _assert_actionable(note, "3 date value(s) could not be parsed", f"{path}, row 4: 'yesterday'",
                       f"{path}, row 7: 'Thursday'", "kept", fix="ISO 2017-03-23")
    assert c.df["date"].tolist()[3] == "yesterday"  # the raw value stays
    assert note in c.notes
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "date_parsed" in readme and "yesterday" in readme  # documented
    # numeric day/month: day-first when a value can only be day-first, month-first otherwise
    for values, expected in [(["04/03/2017", "23/03/2017"], "2017-03-04"),
                             (["04/03/2017", "3/29/2017"], "2017-04-03")]:
        d = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "X"], "text": ["A.", "B."], "date": values})
        assert str(Corpus.from_frame(d).df["date_parsed"].iloc[0].date()) == expected


# ---------------------------------------------------------------------------- content


def test_non_english_text(root):
    texts = {
        "ar": "وقف الناس معا في لندن بعد الهجوم. قالت الشرطة إن خمسة أشخاص قتلوا.",
        "zh": "伦敦市民在威斯敏斯特桥上举行守夜活动。我们团结一致。",
        "ru": "Люди собрались вместе в Лондоне после нападения. Мы не боимся.",
        "en": GOOD,
    }
    df = pd.DataFrame({"id": list(texts), "outlet": ["A", "A", "B", "B"], "text": list(texts.values())})
    with pytest.warns(CoverageWarning) as rec:
        a = coverage.analyze(df, n_boot=50)
    (note,) = [str(w.message) for w in rec]
    _assert_actionable(note, "3 article(s) are mostly in a non-Latin script", "'ar' (DataFrame, row 1)",
                       "English-only", fix="lexicon for their language or leave them out")
    assert len(a.articles) == 4 and a.rejected.empty
    arts = a.articles.set_index("article_id")
    for aid in ("ar", "zh", "ru"):
        row = arts.loc[aid]
        assert row["n_tokens"] > 0
        for col in ("sentiment", "tone", "solidarity", "violence", "religion", "solidarity_rate",
                    "violence_rate", "religion_rate"):
            assert row[col] == 0.0, (aid, col)  # zero, not NaN
        assert np.isnan(row["balance"])  # documented: NaN when an article has no hits
    assert "non-Latin" in (root / "README.md").read_text(encoding="utf-8")


def test_non_latin_check_sees_every_non_latin_letter():
    """The quick range pre-check of the non-Latin warning never hides a letter the exact rule counts."""
    import sys

    from coverage.corpus import _MAYBE_NON_LATIN_RE, _NON_LATIN_LETTER_RE, _mostly_non_latin

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    exact = {m.start() for m in _NON_LATIN_LETTER_RE.finditer(every)}
    assert len(exact) > 100_000 and exact <= {m.start() for m in _MAYBE_NON_LATIN_RE.finditer(every)}
    # curly quotes and dashes before a Greek word do not stop the search at them
    assert _mostly_non_latin("“Ein” — Καλημέρα κόσμε, πώς είστε σήμερα")
    assert not _mostly_non_latin("“Café” — naïve façade, µ and ª included")


def test_emoji_only_text():
    df = pd.DataFrame({"id": ["e", "ok"], "outlet": ["X", "X"], "text": ["🕯️🙏❤️ 🇬🇧 😢😢", GOOD]})
    with pytest.warns(CoverageWarning, match="1 of 2"):
        a = coverage.analyze(df, n_boot=50)
    assert list(a.articles["article_id"]) == ["ok"]
    source, reason = _reason(a.corpus, "e")
    assert source == "DataFrame, row 1"
    _assert_actionable(reason, "no words", "emoji", fix="supply the article text or remove the row")


def test_zero_token_article(tmp_path):
    folder = _folder(tmp_path, {"punct.txt": "— … !!!", "ok.txt": GOOD})
    with pytest.warns(CoverageWarning, match="no words"):
        c = load_corpus(folder)
    source, reason = _reason(c, "punct")
    assert source.endswith("punct.txt")
    _assert_actionable(reason, "no words", "'— … !!!'", fix="supply the article text")
    a = coverage.analyze(c, n_boot=50)
    assert (a.articles["n_tokens"] > 0).all()  # every analysed article has words: rates are defined
    assert a.articles[["solidarity_rate", "violence_rate", "religion_rate"]].notna().all().all()


# ---------------------------------------------------------------------------- parameters, lexicons, names


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [("seed", "abc", "a whole number"), ("seed", 1.5, "a whole number"), ("n_boot", True, "a whole number"),
     ("title", 3, "text"), ("outlets", "Sky News", "a list of outlet names"),
     ("outlets", [1, 2], "a list of outlet names"), ("nope", 1, None)],
)
def test_report_parameters_of_wrong_type(tmp_path, seeds_dir, name, value, expected):
    from coverage.report import render

    out = tmp_path / "report"
    with pytest.raises(ParameterError) as err:
        render(seeds_dir, out=out, parameters={name: value}, progress=False)
    msg = str(err.value)
    if expected is None:
        _assert_actionable(msg, "unknown parameter nope", fix="The report accepts: .*seed")
    else:
        _assert_actionable(msg, f"{name} must be {expected}", repr(value), fix=f"e.g. -p {name} ")
    assert not out.exists()  # failed before anything ran or was written
    with pytest.raises(ParameterError, match="parameters must be a dict"):
        render(seeds_dir, out=out, parameters=[("seed", 1)], progress=False)


def test_report_parameters_of_wrong_type_cli(tmp_path, seeds_dir, capsys):
    out = tmp_path / "report"
    code, _, err = _cli(["report", str(seeds_dir), "--out", str(out), "--quiet", "-p", "seed", "abc"], capsys)
    _assert_one_line_error(code, err)
    assert code == 2 and "seed must be a whole number of at least 0, e.g. -p seed 0; got 'abc' (str)" in err
    code, _, err = _cli(["report", str(seeds_dir), "--out", str(out), "--quiet", "-p", "n_boot", "[1, 2]"], capsys)
    _assert_one_line_error(code, err)
    assert "n_boot must be" in err and not out.exists()


MALFORMED_LEXICONS = {
    "syntax": ('version: "1"\nframes:\n  economy: [unclosed\n', r"invalid YAML at line \d+, column \d+",
               "fix the indentation/quoting"),
    "tabs": ('version: "1"\nframes:\n\teconomy: {}\n', r"invalid YAML at line 3", "fix the indentation"),
    "top-list": ("- just\n- a list\n", "top level must be a mapping", "keys 'version' and 'frames'"),
    "no-frames": ('version: "1"\n', "key 'frames' is missing or empty", "add e.g. frames: {economy"),
    "terms-string": ('version: "1"\nframes: {economy: {groups: {m: {terms: jobs}}}}',
                     r"frames\.economy\.groups\.m\.terms", "must be a non-empty list"),
    "bad-weight": ('version: "1"\nframes: {economy: {groups: {m: {terms: [jobs], weight: heavy}}}}',
                   r"frames\.economy\.groups\.m\.weight", "must be a positive number"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED_LEXICONS))
def test_malformed_lexicon(tmp_path, capsys, small_analysis, case):
    text, where, fix = MALFORMED_LEXICONS[case]
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        Lexicon.from_yaml(path)
    _assert_actionable(str(err.value), "bad.yaml", fix=fix)
    assert re.search(where, str(err.value))
    with pytest.raises(LexiconError, match=r"bad\.yaml"):
        coverage.analyze(small_analysis.corpus, lexicon=path)
    csv = tmp_path / "c.csv"
    small_analysis.corpus.df[["article_id", "outlet", "text"]].to_csv(csv, index=False)
    code, _, err = _cli(["analyze", str(csv), "--out", str(tmp_path / "m"), "--lexicon", str(path)], capsys)
    _assert_one_line_error(code, err)
    assert code == 2 and "bad.yaml" in err


@pytest.mark.parametrize(
    "tag",
    ['!!python/object/apply:os.system ["touch {marker}"]',
     "!!python/object/new:os.system [\"touch {marker}\"]",
     "!!python/name:os.system",
     "!include {marker}"],
)
def test_unsafe_yaml_tags_are_refused(tmp_path, capsys, seeds_dir, tag):
    from coverage.report import render

    marker = tmp_path / "pwned"
    path = tmp_path / "evil.yaml"
    path.write_text('version: "1"\nframes: ' + tag.format(marker=marker) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        Lexicon.from_yaml(path)
    _assert_actionable(str(err.value), "evil.yaml", "refused YAML tag (line 2)",
                       fix=r"yaml\.safe_load only; remove the .* tag")
    with pytest.raises(LexiconError, match="refused YAML tag"):
        coverage.analyze(pd.DataFrame({"id": ["a"], "outlet": ["X"], "text": [GOOD]}), lexicon=path)
    with pytest.raises(LexiconError, match="refused YAML tag"):  # before any notebook kernel starts
        render(seeds_dir, out=tmp_path / "r", parameters={"lexicon": str(path)}, progress=False)
    code, _, err = _cli(["report", str(seeds_dir), "--out", str(tmp_path / "r"), "-p", "lexicon", str(path)],
                        capsys)
    _assert_one_line_error(code, err)
    assert code == 2 and "refused YAML tag" in err
    assert not marker.exists() and not (tmp_path / "r").exists()


def test_unknown_frame_or_metric(small_analysis):
    a = small_analysis
    with pytest.raises(ParameterError) as err:
        a.compare("A", "B", metric="nope")
    _assert_actionable(str(err.value), "unknown metric 'nope'", fix="choose one of .*'sentiment'.*'solidarity_rate'")
    with pytest.raises(ParameterError) as err:
        a.explain(metric="nope")
    _assert_actionable(str(err.value), "unknown metric 'nope'", fix="choose one of")
    with pytest.raises(ParameterError) as err:
        a.explain("nope-id")
    _assert_actionable(str(err.value), "unknown article_id 'nope-id'", fix=r"analysis\.articles\['article_id'\]")
    with pytest.raises(ParameterError) as err:
        a.lexicon.terms_for("economy")
    _assert_actionable(str(err.value), "unknown frame 'economy'", fix="frames .*'solidarity', 'violence'")
    with pytest.raises(ParameterError) as err:
        a.compare("A", "Nope", metric="sentiment")
    _assert_actionable(str(err.value), "unknown outlet(s) ['Nope']", fix="outlets are .*'A', 'B'")
    with pytest.raises(ParameterError, match="cannot group terms by 'nope'"):
        a.terms(by="nope")
    with pytest.raises(ParameterError, match="unknown outlet"):
        a.corpus.select(["Nope"])


# ---------------------------------------------------------------------------- command line


def _cli_cases(tmp_path: Path) -> dict[str, tuple[list[str], tuple[str, ...]]]:
    """argv and the words the one-line error must contain."""
    (tmp_path / "body.csv").write_text(f"id,outlet,body\n1,X,{GOOD}\n", encoding="utf-8")
    (tmp_path / "ragged.csv").write_text("id,outlet,text\n1,X,a, b\n", encoding="utf-8")
    flat = tmp_path / "flat"
    flat.mkdir()
    (flat / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "nf").mkdir()
    nofile = _folder(tmp_path / "nf", {"ok.txt": GOOD})
    _manifest(nofile, [("ok", "ok.txt", "X")], header="id,path,outlet")
    (tmp_path / "afile").write_text("", encoding="utf-8")
    ok = tmp_path / "ok.csv"
    ok.write_text(f"id,outlet,text\n1,X,{GOOD}\n", encoding="utf-8")
    out = str(tmp_path / "m")
    return {
        "text-column": (["analyze", str(tmp_path / "body.csv"), "--out", out],
                        ("body.csv", "Columns present: id, outlet, body", "--text body")),
        "missing-path": (["analyze", str(tmp_path / "nope"), "--out", out], ("nope", "no such file", "check the path")),
        "ragged-csv": (["analyze", str(tmp_path / "ragged.csv"), "--out", out], ("ragged.csv", "double quotes")),
        "no-manifest": (["analyze", str(flat), "--out", out], ("flat", "manifest.csv", "sub-folder")),
        "manifest-column": (["analyze", str(nofile), "--out", out], ("manifest.csv", "columns={'path': 'file'}")),
        "out-is-file": (["analyze", str(ok), "--out", str(tmp_path / "afile")], ("afile", "choose a new or empty folder")),
        "max-chars": (["analyze", str(ok), "--out", out, "--max-chars", "-5"], ("--max-chars",)),
        "lexicon-missing": (["analyze", str(ok), "--out", out, "--lexicon", str(tmp_path / "nope.yaml")],
                            ("nope.yaml", "cannot read lexicon file", "check the path")),
    }


CLI_CASES = ["text-column", "missing-path", "ragged-csv", "no-manifest", "manifest-column", "out-is-file",
             "max-chars", "lexicon-missing"]


@pytest.mark.parametrize("case", CLI_CASES)
def test_cli_bad_input_is_one_line_error(tmp_path, capsys, case):
    argv, words = _cli_cases(tmp_path)[case]
    code, out, err = _cli(argv, capsys)
    _assert_one_line_error(code, err)
    assert code == 2
    for w in words:
        assert w in err, (w, err)


def test_cli_no_usable_article_is_an_error(tmp_path, capsys):
    folder = _folder(tmp_path, {"photo.txt": PNG, "empty.txt": b""})
    code, out, err = _cli(["analyze", str(folder), "--out", str(tmp_path / "m")], capsys)
    assert code == 2 and "Traceback" not in err
    *warning_lines, last = err.splitlines()
    assert all(line.startswith("warning: ") for line in warning_lines)
    _assert_actionable(last, "media-coverage: error: ", "no usable article (2 rejected)", "photo.txt",
                       fix="Fix the input")
    assert not (tmp_path / "m").exists()


def test_cli_debug_shows_traceback(tmp_path, capsys):
    path = tmp_path / "body.csv"
    path.write_text(f"id,outlet,body\n1,X,{GOOD}\n", encoding="utf-8")
    code, _, err = _cli(["analyze", str(path), "--out", str(tmp_path / "m")], capsys)
    _assert_one_line_error(code, err)
    # the console script in a real process: with --debug the traceback is shown
    cmd = [sys.executable, "-m", "coverage.cli", "--debug", "analyze", str(path), "--out", str(tmp_path / "m")]
    debug = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path,
                           env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert debug.returncode != 0 and debug.stdout == ""
    assert "Traceback (most recent call last)" in debug.stderr
    assert "coverage.errors.CorpusError: " in debug.stderr and "--text body" in debug.stderr
    assert "media-coverage: error:" not in debug.stderr


def test_cli_unexpected_error_is_one_line(tmp_path, capsys, monkeypatch):
    import coverage.analysis

    def boom(*args, **kwargs):
        raise RuntimeError("something\nunexpected")

    monkeypatch.setattr(coverage.analysis, "analyze", boom)
    ok = tmp_path / "ok.csv"
    ok.write_text(f"id,outlet,text\n1,X,{GOOD}\n", encoding="utf-8")
    code, _, err = _cli(["analyze", str(ok), "--out", str(tmp_path / "m")], capsys)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("media-coverage: internal error: RuntimeError: something unexpected")
    assert "--debug" in err
    with pytest.raises(RuntimeError):
        main(["--debug", "analyze", str(ok), "--out", str(tmp_path / "m")])


# ---------------------------------------------------------------------------- everything at once


def _mixed_folder(tmp_path: Path) -> tuple[Path, int]:
    """A corpus folder with most bad classes at once; returns (folder, number of manifest rows)."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    (tmp_path / "outside.txt").write_text("secret", encoding="utf-8")
    files: dict[str, bytes] = {
        "ok1.txt": GOOD.encode(),
        "ok2.txt": b"The attacker killed three people. Police said it was terror.",
        "utf16.txt": "“We are not afraid,” she said.".encode("utf-16"),
        "cp1252.txt": "Caf\xe9 owners \x93stood\x94 together.".encode("latin-1"),
        "arabic.txt": "وقف الناس معا في لندن بعد الهجوم.".encode(),
        "empty.txt": b"",
        "blank.txt": b"  \n\t ",
        "photo.txt": PNG,
        "broken.txt": b"abc \xc3\x28 \x81\x8d\x9d",
        "emoji.txt": "🕯️🙏".encode(),
        "punct.txt": "— … !!!".encode(),
        "big.txt": b"word " * 400,  # over max_chars=1000
        "dup.txt": b"Second article with a used id.",
        "nooutlet.txt": b"An article without an outlet.",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "link.txt").symlink_to(tmp_path / "outside.txt")
    (folder / "stray.txt").write_text("Not listed.", encoding="utf-8")
    rows = [
        ("ok1", "ok1.txt", "A", "2017-03-23"), ("ok2", "ok2.txt", "B", "23/03/2017"),
        ("utf16", "utf16.txt", "A", '"March 23, 2017"'), ("cp1252", "cp1252.txt", "B", "yesterday"),
        ("arabic", "arabic.txt", "A", ""), ("empty", "empty.txt", "A", ""), ("blank", "blank.txt", "A", ""),
        ("photo", "photo.txt", "A", ""), ("broken", "broken.txt", "B", ""), ("emoji", "emoji.txt", "B", ""),
        ("punct", "punct.txt", "B", ""), ("big", "big.txt", "A", ""), ("ok1", "dup.txt", "B", ""),
        ("nooutlet", "nooutlet.txt", "", ""), ("gone", "gone.txt", "A", ""),
        ("escape", "../../etc/passwd", "A", ""), ("absolute", "/etc/passwd", "A", ""),
        ("link", "link.txt", "A", ""), ("", "ok1.txt", "A", ""),
    ]
    lines = ["id,file,outlet,date"] + [",".join(r) for r in rows]
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder, len(rows)


def _mixed_csv(tmp_path: Path) -> tuple[Path, int]:
    rows = [
        {"id": "c1", "outlet": "A", "text": GOOD, "date": "2017-03-23"},
        {"id": "c2", "outlet": "B", "text": 'Multi-line,\n"quoted" text.', "date": "soon"},
        {"id": "c3", "outlet": "A", "text": "", "date": ""},
        {"id": "c4", "outlet": "A", "text": "   ", "date": ""},
        {"id": "c1", "outlet": "B", "text": "Duplicate id.", "date": ""},
        {"id": "", "outlet": "B", "text": "No id.", "date": ""},
        {"id": "c7", "outlet": "", "text": "No outlet.", "date": ""},
        {"id": "c8", "outlet": "B", "text": "!!! ???", "date": ""},
        {"id": "c9", "outlet": "B", "text": "x" * 1001, "date": ""},
        {"id": "c10", "outlet": "A", "text": "Мы не боимся. Мы вместе.", "date": ""},
        {"id": "c11", "outlet": "B", "text": "The attack killed three. We stand together.", "date": ""},
    ]
    path = tmp_path / "mixed.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return path, len(rows)


def test_mixed_bad_corpus_accounts_for_every_input(tmp_path, capsys):
    folder, n_folder = _mixed_folder(tmp_path)
    csv, n_csv = _mixed_csv(tmp_path)
    for path, n_input, expected_ok in [
        (folder, n_folder, {"ok1", "ok2", "utf16", "cp1252", "arabic"}),
        (csv, n_csv, {"c1", "c2", "c10", "c11"}),
    ]:
        with pytest.warns(CoverageWarning) as rec:
            corpus = load_corpus(path, max_chars=1000)
            analysis = coverage.analyze(corpus, n_boot=50)
        messages = " | ".join(str(w.message) for w in rec)
        assert f"{n_input - len(expected_ok)} of {n_input} article(s) rejected" in messages
        assert set(analysis.articles["article_id"]) == expected_ok
        assert n_input == len(analysis.articles) + len(corpus.rejected)
        assert n_input == len(analysis.articles) + len(analysis.rejected)
        for rec_row in corpus.rejected.itertuples(index=False):
            assert rec_row.reason.strip(), rec_row
            assert re.search(r"; \w", rec_row.reason), f"no fix in {rec_row.reason!r}"  # "<problem>; <fix>"
            src = rec_row.source
            if path == folder:
                assert src.startswith("manifest.csv, row ") or src.startswith(str(folder)), src
            else:
                assert re.fullmatch(re.escape(str(csv)) + r", row \d+", src), src
    # the command line writes the same accounting to rejected.csv
    out = tmp_path / "metrics"
    code, stdout, err = _cli(["analyze", str(folder), "--out", str(out), "--max-chars", "1000", "--quiet"], capsys)
    assert code == 0 and "Traceback" not in err
    assert all(line.startswith("warning: ") for line in err.splitlines())
    arts = pd.read_csv(out / "articles.csv")
    rejected = pd.read_csv(out / "rejected.csv", keep_default_na=False)
    assert len(arts) + len(rejected) == n_folder
    assert (rejected["reason"].str.len() > 0).all() and (rejected["source"].str.len() > 0).all()


def test_every_error_class_is_a_coverage_error():
    for cls in (CorpusError, LexiconError, ParameterError):
        assert issubclass(cls, CoverageError) and issubclass(cls, ValueError) and cls.exit_code == 2
