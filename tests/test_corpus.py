"""Corpus loading and validation: formats, encodings, clear errors, nothing dropped silently."""

from __future__ import annotations

import json
import unicodedata
import warnings

import pandas as pd
import pytest

import coverage
from coverage.corpus import Corpus, decode_bytes, load_corpus
from coverage.errors import CorpusError, CoverageWarning, ParameterError


def _quiet_load(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CoverageWarning)
        return load_corpus(*args, **kwargs)


def test_seeds_corpus(seeds_corpus):
    c = seeds_corpus
    assert len(c) == 5 and c.rejected.empty
    assert list(c.df["article_id"]) == [f"seed-{i:03d}" for i in range(5)]
    assert c.outlets == ["Evening Standard", "Sky News", "Unknown", "Unknown (Oxford local paper)", "getwestlondon"]
    row = c.df.set_index("article_id").loc["seed-003"]
    assert row["attribution"] == "stated" and "told Sky News" in row["outlet_evidence"]
    assert row["event"] == "Trafalgar Square vigil" and row["byline"] == "Philip Whiteside, News Reporter"
    assert c.df.set_index("article_id").loc["seed-004", "attribution"] == "unknown"
    events = c.df.groupby("event")["article_id"].apply(list).to_dict()
    assert events == {"Trafalgar Square vigil": ["seed-002", "seed-003", "seed-004"],
                      "Westminster Bridge vigil": ["seed-000", "seed-001"]}
    assert str(c.df.loc[c.df.article_id == "seed-002", "date_parsed"].iloc[0].date()) == "2017-03-23"
    assert len(c.inputs) == 6  # manifest + five articles


def test_seed_files_are_unchanged_copies(seeds_dir):
    import hashlib

    # sha256 of the five articles as delivered in the shared seed folder: bytes must never change
    expected = {
        "000_e82ffc3f97d3e728.txt": "9b67ad8730c7d10a19ea96ff79201d67439f9354e6d09881b19a737a9024c95d",
        "001_8b6572a08c34f0ad.txt": "281bbf5ecf5c6772ad0c0214658f30d92fa6280b76d0e83d4659261abdb1f120",
        "002_3af8e3a32a6fdc5a.txt": "4dc7839beb7491d1ccf7e0ae68249ccaf1d9eab2ae7797569ef75ba4674836e4",
        "003_ac9285f299bddcc0.txt": "e903b2188607fef727d20b24dccf669cfcfd82f52713053f60fbe654731b4d7f",
        "004_a9d9733c30e082bb.txt": "066654740ac4fad52361b910fdb5f65fbfb26ce2f6cff587ff24ebcbedf3c7fd",
    }
    for name, digest in expected.items():
        assert hashlib.sha256((seeds_dir / name).read_bytes()).hexdigest() == digest, name


def test_repr_and_html(seeds_corpus):
    assert "5 articles from 5 outlet(s)" in repr(seeds_corpus)
    h = seeds_corpus._repr_html_()
    assert "Sky News" in h and "2017-03-23 to 2017-03-29" in h


def test_from_frame_with_mapped_columns_keeps_metadata():
    df = pd.DataFrame({"ID": [1, 2], "source": ["A", "B"], "content": ["One. Two.", "Three."],
                       "title": ["t1", "t2"], "extra": [10, 20]})
    c = Corpus.from_frame(df, id="ID", outlet="source", text="content")
    assert list(c.df["article_id"]) == ["1", "2"]
    assert list(c.df["outlet"]) == ["A", "B"]
    assert {"title", "extra"} <= set(c.metadata_columns)


def test_missing_column_error_names_columns_and_fix():
    with pytest.raises(CorpusError, match=r"missing text column 'text'.*Columns present: id, outlet, body.*text=") :
        Corpus.from_frame(pd.DataFrame({"id": ["a"], "outlet": ["X"], "body": ["hi"]}))


def test_bad_rows_are_rejected_with_reasons_not_dropped():
    df = pd.DataFrame({
        "id": ["a", "a", "c", "d", "e", None, "g"],
        "outlet": ["X", "X", None, "X", "X", "X", "X"],
        "text": ["Fine.", "Dup.", "No outlet.", "   \n ", float("nan"), "No id.", 42],
    })
    with pytest.warns(CoverageWarning, match="6 of 7 article"):
        c = Corpus.from_frame(df, source="t.csv")
    assert list(c.df["article_id"]) == ["a"]
    reasons = dict(zip(c.rejected["source"], c.rejected["reason"], strict=True))
    assert len(c) + len(c.rejected) == len(df)
    assert "duplicate id 'a'" in reasons["t.csv, row 2"]
    assert "missing outlet" in reasons["t.csv, row 3"]
    assert "whitespace-only" in reasons["t.csv, row 4"]
    assert "empty text" in reasons["t.csv, row 5"]
    assert "missing id" in reasons["t.csv, row 6"]
    assert "not a string (int" in reasons["t.csv, row 7"]


def test_on_error_raise_names_the_row():
    df = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"], "text": ["ok", ""]})
    with pytest.raises(CorpusError, match=r"row 2 \(id 'b'\): empty"):
        Corpus.from_frame(df, on_error="raise", source="in.csv")


@pytest.mark.parametrize(
    ("data", "encoding", "problem"),
    [
        ("Café “quoted”".encode(), "utf-8", ""),
        (b"\xef\xbb\xbf" + "Café".encode(), "utf-8-sig", ""),
        ("Café “quoted”".encode("utf-16"), "utf-16", ""),
        ("Café — “quoted”".encode("cp1252"), "cp1252", ""),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "binary file (looks like a PNG image)"),
        (b"abc\x81\x8d\x9d", None, "undecodable bytes"),
    ],
)
def test_decode_bytes(data, encoding, problem):
    d = decode_bytes(data)
    assert d.encoding == encoding
    assert d.problem.startswith(problem) if problem else d.problem == ""
    if encoding == "cp1252":
        assert d.text == "Café — “quoted”" and "cp1252" in d.note


def test_folder_with_manifest_encodings_missing_and_unlisted(tmp_path):
    (tmp_path / "a.txt").write_bytes("“We stand together,” she said.".encode("utf-16"))
    (tmp_path / "b.txt").write_bytes("Caf\xe9 owners \x93stood\x94 together.".encode("latin-1"))
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\nbinary")
    (tmp_path / "stray.txt").write_text("Not listed.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "id,file,outlet,title\n1,a.txt,X,First\n2,b.txt,Y,Second\n3,c.txt,Y,Image\n4,missing.txt,X,Gone\n"
        "5,../../etc/passwd,X,Escape\n",
        encoding="utf-8",
    )
    with pytest.warns(CoverageWarning) as rec:
        c = load_corpus(tmp_path)
    messages = " | ".join(str(w.message) for w in rec)
    assert "decoded as Windows-1252" in messages
    assert "'stray.txt' is not listed" in messages
    assert list(c.df["article_id"]) == ["1", "2"]
    assert list(c.df["encoding"]) == ["utf-16", "cp1252"]
    assert c.df.loc[1, "text"] == "Café owners “stood” together."
    reasons = dict(zip(c.rejected["article_id"], c.rejected["reason"], strict=True))
    assert "PNG" in reasons["3"]
    assert "listed in the manifest but missing" in reasons["4"]
    assert "leaves the corpus folder" in reasons["5"]
    assert len(c) + len(c.rejected) == 5


def test_symlink_outside_folder_is_refused(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("secret", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "link.txt").symlink_to(outside)
    (corpus / "manifest.csv").write_text("id,file,outlet\n1,link.txt,X\n", encoding="utf-8")
    c = _quiet_load(corpus)
    assert len(c) == 0 and "pointing outside" in c.rejected["reason"].iloc[0]


def test_folder_without_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    with pytest.raises(CorpusError, match="no manifest.csv.*sub-folder"):
        load_corpus(tmp_path)
    sub = tmp_path / "by_outlet"
    (sub / "BBC").mkdir(parents=True)
    (sub / "Sky").mkdir()
    (sub / "BBC" / "one.txt").write_text("One.", encoding="utf-8")
    (sub / "Sky" / "two.txt").write_text("Two.", encoding="utf-8")
    c = load_corpus(sub)
    assert list(c.df["article_id"]) == ["BBC/one", "Sky/two"] and c.outlets == ["BBC", "Sky"]


def test_table_formats_round_trip(tmp_path):
    df = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"], "text": ["Line one,\n\"quoted\" two.", "B."],
                       "date": ["2017-03-23", "3/29/17"]})
    df.to_csv(tmp_path / "c.csv", index=False)
    df.to_csv(tmp_path / "c.csv.gz", index=False)
    df.to_parquet(tmp_path / "c.parquet")
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in df.to_dict("records")), encoding="utf-8")
    for name in ["c.csv", "c.csv.gz", "c.parquet", "c.jsonl"]:
        c = load_corpus(tmp_path / name)
        assert list(c.df["text"]) == ["Line one,\n\"quoted\" two.", "B."], name
        assert [str(d.date()) for d in c.df["date_parsed"]] == ["2017-03-23", "2017-03-29"], name


def test_unknown_format_and_missing_path(tmp_path):
    (tmp_path / "x.docx").write_bytes(b"PK\x03\x04")
    with pytest.raises(CorpusError, match="unknown corpus format"):
        load_corpus(tmp_path / "x.docx")
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(ParameterError):
        load_corpus(42)


def test_unparseable_dates_are_reported():
    df = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "X"], "text": ["A.", "B."], "date": ["2017-03-23", "soon"]})
    with pytest.warns(CoverageWarning, match="1 date value.*'soon'"):
        c = Corpus.from_frame(df)
    assert c.df["date_parsed"].isna().tolist() == [False, True]


def test_select_outlets(seeds_corpus):
    assert len(seeds_corpus.select(["Sky News"])) == 1
    with pytest.raises(ParameterError, match="unknown outlet"):
        seeds_corpus.select(["BBC"])


def test_package_exports():
    assert coverage.load_corpus is load_corpus
    assert coverage.__version__


def test_text_column_shares_the_callers_arrow_buffer_where_unchanged():
    """Unchanged texts are zero-copy slices of the caller's column; edited and rejected rows are handled in order."""
    import pyarrow as pa

    from coverage.corpus import _TextColumn
    from coverage.text import normalize_text

    texts = [f"Article {i}. We stand together." for i in range(300)]
    texts[5] = "Line one\r\nline two."  # changed by normalisation
    texts[150] = "   "  # rejected
    texts[151] = "No-break\u00a0space here."
    df = pd.DataFrame({"id": [f"a{i}" for i in range(300)], "outlet": "O", "text": pd.Series(texts, dtype="str")})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CoverageWarning)
        c = load_corpus(df)
    expected = [normalize_text(t) for t in texts if t.strip()]
    assert c.df["text"].tolist() == expected and str(c.df["text"].dtype) == "str"
    source = df["text"].array.__arrow_array__().chunk(0).buffers()[2].address
    chunks = c.df["text"].array.__arrow_array__().chunks
    shared = [ch for ch in chunks if ch.buffers()[2].address == source]
    # rows 0-4: an unchanged run shorter than MIN_RUN, copied; 5 and 151 edited; 150 rejected;
    # rows 6-149 and 152-299 are slices of the caller's buffer
    assert _TextColumn.MIN_RUN > 5
    assert [len(ch) for ch in shared] == [144, 148]
    assert sum(len(ch) for ch in chunks) == 299
    assert all(ch.type == pa.large_string() for ch in chunks)


def test_arrow_prechecks_cover_every_character_they_stand_for():
    # has_any_of's ranges let a text skip normalize_text's replacements and the non-Latin search:
    # every character those could act on must be in the ranges (checked for every code point)
    from coverage.corpus import _MAYBE_NON_LATIN, _MAYBE_NON_LATIN_RE, has_any_of
    from coverage.text import _NORMALIZED, normalize_text

    def inside(cp, ranges):
        return any(lo <= cp <= hi for lo, hi in ranges)

    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        text = "a" + ch + "b"
        if normalize_text(text) != unicodedata.normalize("NFC", text):
            assert inside(cp, _NORMALIZED), hex(cp)
        assert inside(cp, _MAYBE_NON_LATIN) == (_MAYBE_NON_LATIN_RE.match(ch) is not None), hex(cp)
    texts = ["plain ascii", "crlf\r\n", "nbsp\u00a0", "zw\u200b", "Привет", "curly “quotes” — dash", None]
    assert has_any_of(pd.Series(texts), _NORMALIZED).tolist() == [False, True, True, True, False, False, False]
    assert has_any_of(texts, _MAYBE_NON_LATIN).tolist() == [False, False, True, False, True, False, False]
    assert has_any_of(["ok", b"bytes"], _NORMALIZED) is None  # not strings: the caller looks at every text


@pytest.mark.parametrize("dtype", [object, "str"])
def test_load_corpus_same_with_and_without_the_arrow_prechecks(monkeypatch, dtype):
    import coverage.corpus as corpus_mod

    texts = ["Plain text here.", "Line one\r\nline two\u00a0end.\x07", "Привет мир, это статья на русском языке.",
             "e\u0301 combining and zero\u200bwidth\ufeff.", "Curly “quotes” — and dashes…", "Mixed Привет text"]
    df = pd.DataFrame({"id": [str(i) for i in range(len(texts))], "outlet": "A", "text": texts}).astype({"text": dtype})
    with warnings.catch_warnings(record=True) as fast_warnings:
        warnings.simplefilter("always")
        fast = load_corpus(df)
    monkeypatch.setattr(corpus_mod, "has_any_of", lambda column, ranges: None)
    with warnings.catch_warnings(record=True) as slow_warnings:
        warnings.simplefilter("always")
        slow = load_corpus(df)
    pd.testing.assert_frame_equal(fast.df, slow.df)
    assert [str(w.message) for w in fast_warnings] == [str(w.message) for w in slow_warnings]
    assert any("non-Latin" in str(w.message) or "Latin" in str(w.message) for w in fast_warnings)
    assert fast.df["text"].tolist()[1] == "Line one\nline two end."


# -- provenance: every file read once, hashed from the bytes that were parsed (issue 15, item 8) ----------------


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _entry(root, rel: str) -> dict:
    data = (root / rel).read_bytes()
    return {"path": rel, "bytes": len(data), "sha256": _sha(data)}


def _folder_corpus(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Police said the attacker acted alone.", encoding="utf-8")
    (folder / "sub" / "b.txt").write_bytes("Caf\u00e9 owners held a vigil.".encode("cp1252"))
    (folder / "c.txt").write_bytes(b"%PDF-1.4 not text")  # read, then rejected as binary
    (folder / "unlisted.txt").write_text("Never read.", encoding="utf-8")
    (folder / "manifest.csv").write_text(
        "id,file,outlet\na,a.txt,X\nb,sub/b.txt,Y\nc,c.txt,Y\nd,missing.txt,Y\n", encoding="utf-8")
    return folder


def test_input_hashes_of_a_folder_corpus_are_the_files_read(tmp_path):
    folder = _folder_corpus(tmp_path)
    c = _quiet_load(folder)
    assert c.df["article_id"].tolist() == ["a", "b"]
    assert c.input_hashes == [_entry(folder, "a.txt"), _entry(folder, "c.txt"), _entry(folder, "manifest.csv"),
                              _entry(folder, "sub/b.txt")]  # sorted by path; unlisted and missing files absent
    assert [r["path"] for r in c.select(["X"]).input_hashes] == ["a.txt", "c.txt", "manifest.csv", "sub/b.txt"]
    assert load_corpus(pd.DataFrame({"id": ["a"], "outlet": ["X"], "text": ["Hi there."]})).input_hashes == []


def test_input_hashes_of_outlet_folders_and_size_limit(tmp_path):
    (tmp_path / "BBC").mkdir()
    (tmp_path / "Sky").mkdir()
    (tmp_path / "BBC" / "a.txt").write_text("A short article about the vigil.", encoding="utf-8")
    (tmp_path / "Sky" / "big.txt").write_text("word " * 100, encoding="utf-8")  # 500 bytes > 4 * 100
    with pytest.warns(CoverageWarning, match="1 of 2 article"):
        c = load_corpus(tmp_path, max_chars=100)
    assert c.rejected["article_id"].tolist() == ["Sky/big"]
    assert c.input_hashes == [_entry(tmp_path, "BBC/a.txt")]  # the too-large file is not read: no hash


@pytest.mark.parametrize("name", ["c.csv", "c.csv.gz", "c.jsonl", "c.parquet", "c.parquet.gz"])
def test_input_hashes_of_a_table_file(tmp_path, name):
    import gzip

    df = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"], "text": ["First story.", "Second story."]})
    plain = tmp_path / name.removesuffix(".gz")
    if ".csv" in name:
        df.to_csv(plain, index=False)
    elif ".jsonl" in name:
        df.to_json(plain, orient="records", lines=True)
    else:
        df.to_parquet(plain)
    if name.endswith(".gz"):
        (tmp_path / name).write_bytes(gzip.compress(plain.read_bytes(), mtime=0))
    c = load_corpus(tmp_path / name)
    assert c.df["text"].tolist() == ["First story.", "Second story."]
    assert c.input_hashes == [_entry(tmp_path, name)]  # the compressed file's bytes, as on disk


def _racing_reads(monkeypatch, new_content: dict):
    """Make every loader read rewrite the file right after its bytes were read (an editor saving meanwhile)."""
    import coverage.corpus as corpus_mod

    real = corpus_mod._read_bytes
    reads = []

    def racing(path, *args, **kwargs):
        data = real(path, *args, **kwargs)
        reads.append(path.name)
        if path.name in new_content:
            path.write_bytes(new_content[path.name])
        return data

    monkeypatch.setattr(corpus_mod, "_read_bytes", racing)
    return reads


def test_a_file_edited_right_after_it_was_read_is_hashed_as_read(tmp_path, monkeypatch):
    folder = _folder_corpus(tmp_path)
    old = {p: (folder / p).read_bytes() for p in ("a.txt", "manifest.csv")}
    reads = _racing_reads(monkeypatch, {"a.txt": b"Edited: a completely different story.",
                                        "manifest.csv": b"id,file,outlet\nz,a.txt,Z\n"})
    c = _quiet_load(folder)
    assert sorted(reads) == ["a.txt", "b.txt", "c.txt", "manifest.csv"]  # each file read once
    assert c.df["text"].tolist()[0] == "Police said the attacker acted alone."
    assert c.df["outlet"].tolist() == ["X", "Y"]
    got = {r["path"]: r for r in c.input_hashes}
    for p, data in old.items():
        assert got[p] == {"path": p, "bytes": len(data), "sha256": _sha(data)}
        assert got[p]["sha256"] != _sha((folder / p).read_bytes())  # the file on disk has changed since


def test_a_table_edited_right_after_it_was_read_is_hashed_as_read(tmp_path, monkeypatch):
    path = tmp_path / "c.csv"
    path.write_text("id,outlet,text\na,X,The original story.\n", encoding="utf-8")
    old = path.read_bytes()
    _racing_reads(monkeypatch, {"c.csv": b"id,outlet,text\na,X,A rewritten story.\n"})
    c = load_corpus(path)
    assert c.df["text"].tolist() == ["The original story."]
    assert c.input_hashes == [{"path": "c.csv", "bytes": len(old), "sha256": _sha(old)}]
    assert path.read_bytes() != old
