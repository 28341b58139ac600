"""People's files are sacred: the tool deletes or replaces only what it provably created (issue 15).

Every case puts user files inside, beside and at the target and asserts, byte for byte, that
each of them survives. Refusals happen before any kernel starts, so most cases are fast; the
few full renders reuse one seeds report.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from coverage import outputs
from coverage.cli import main
from coverage.report import render

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (links as their target text), keyed by relative path."""
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_symlink():
            out[rel] = b"->" + os.readlink(p).encode()
        elif p.is_file():
            out[rel] = p.read_bytes()
    return out


def assert_survived(before: dict[str, bytes], folder: Path) -> None:
    after = snapshot(folder)
    for rel, data in before.items():
        assert rel in after, f"{rel} was deleted"
        assert after[rel] == data, f"{rel} was changed"


def user_files(folder: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    return code, err


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if ".lock" in p.name or "failed" in p.name
                  or "media-coverage-" in p.name)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    """One seeds report rendered by the tool (copies of it are the tool's own folders)."""
    out = tmp_path_factory.mktemp("owned") / "seeds"
    render(SEEDS, out=out, progress=False)
    return out


# ---------------------------------------------------------------------------
# report --out: folders that are not the tool's are never replaced


def test_report_refuses_folder_with_a_report_html_and_user_files(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    user_files(tmp_path / "r", {"report.html": b"<p>", "budget.xlsx": b"x" * 100, "sub/notes.txt": b"n"})
    before = snapshot(tmp_path)
    code, err = run(capsys, "report", str(SEEDS), "--out", "r", "--quiet")
    assert code == 2
    assert "--out r:" in err and "not created by media-coverage" in err and "new or empty folder" in err
    assert err.count("\n") == 1
    assert_survived(before, tmp_path)
    assert snapshot(tmp_path) == before  # nothing added either: no lock, no staging, no failed notebook


def test_report_refuses_folder_with_manifest_json(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    user_files(tmp_path / "vigils", {"manifest.json": b'{"mine": 1}', "data.csv": b"a,b\n"})
    before = snapshot(tmp_path)
    code, err = run(capsys, "report", str(SEEDS), "--out", "vigils", "--quiet")
    assert code == 2 and "vigils" in err
    assert snapshot(tmp_path) == before


def test_report_out_dot_never_replaces_the_working_folder(tmp_path, capsys, monkeypatch):
    project = tmp_path / "project"
    shutil.copytree(SEEDS, project / "corpus")
    user_files(project, {"manifest.json": b"{}", "analysis.py": b"print(1)\n"})
    monkeypatch.chdir(project)
    before = snapshot(tmp_path)
    for out in (".", "corpus/..", "x/.."):
        code, err = run(capsys, "report", "corpus", "--out", out, "--quiet")
        assert code == 2, (out, err)
        assert "internal error" not in err
    assert snapshot(tmp_path) == before


def test_report_refuses_the_corpus_folder_itself(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    before = snapshot(tmp_path)
    code, err = run(capsys, "report", str(corpus), "--out", str(corpus), "--quiet")
    assert code == 2 and "corpus" in err
    assert snapshot(tmp_path) == before


def test_report_refuses_a_file_at_out(tmp_path, capsys):
    (tmp_path / "out").write_bytes(b"my file")
    code, err = run(capsys, "report", str(SEEDS), "--out", str(tmp_path / "out"), "--quiet")
    assert code == 2 and "not a folder" in err
    assert (tmp_path / "out").read_bytes() == b"my file"


def test_lookalike_siblings_are_never_touched(tmp_path, rendered):
    rep = tmp_path / "rep"
    user_files(rep, {"site.old-2023/keep.txt": b"keep", "site.tmp-123/keep.txt": b"keep",
                     "vigils.old-20240101/manifest.json": b'{"mine": true}', "site.lock": b"my lock notes",
                     ".site.media-coverage-staging-1-abcdef12/keep.txt": b"looks like ours but is not marked",
                     ".site.media-coverage-previous-1-abcdef12/report.html": b"<p>unmarked</p>"})
    before = snapshot(rep)
    for _ in range(2):
        render(SEEDS, out=rep / "site", progress=False)
    assert_survived(before, rep)
    render(SEEDS, out=rep / "vigils", progress=False)
    assert_survived(before, rep)
    assert (rep / "vigils" / "report.html").is_file()
    # only the reports themselves were added next to them; no lock or staging left behind
    assert sorted(set(p.name for p in rep.iterdir()) - {Path(k).parts[0] for k in before}) == ["site", "vigils"]


def test_own_report_is_replaced_but_not_when_user_files_were_added(tmp_path, rendered, capsys):
    out = tmp_path / "seeds"
    shutil.copytree(rendered, out, symlinks=True)
    render(SEEDS, out=out, progress=False, parameters={"title": "Second run"})  # the tool's own folder: replaced
    assert "Second run" in (out / "report.html").read_text(encoding="utf-8")
    user_files(out, {"notes.txt": b"my notes", "metrics/extra.csv": b"1,2\n"})
    before = snapshot(tmp_path)
    code, err = run(capsys, "report", str(SEEDS), "--out", str(out), "--quiet")
    assert code == 2 and "notes.txt" in err and "metrics/extra.csv" in err
    assert snapshot(tmp_path) == before


def test_own_report_with_an_edited_file_is_not_replaced(tmp_path, rendered, capsys):
    out = tmp_path / "seeds"
    shutil.copytree(rendered, out, symlinks=True)
    with open(out / "report.ipynb", "a", encoding="utf-8") as fh:
        fh.write("\n")  # e.g. annotated in Jupyter
    before = snapshot(tmp_path)
    code, err = run(capsys, "report", str(SEEDS), "--out", str(out), "--quiet")
    assert code == 2 and "report.ipynb" in err
    assert snapshot(tmp_path) == before


def test_forged_or_foreign_marker_is_not_ownership(tmp_path, capsys):
    out = tmp_path / "r"
    user_files(out, {outputs.MARKER_NAME: json.dumps({"owner": "someone-else", "files": {}}).encode(),
                     "thesis.docx": b"years of work"})
    before = snapshot(tmp_path)
    code, _ = run(capsys, "report", str(SEEDS), "--out", str(out), "--quiet")
    assert code == 2
    assert snapshot(tmp_path) == before


def test_out_link_to_a_user_folder_is_refused(tmp_path, capsys):
    user_files(tmp_path / "mine", {"a.txt": b"a"})
    (tmp_path / "link").symlink_to(tmp_path / "mine")
    before = snapshot(tmp_path)
    code, _ = run(capsys, "report", str(SEEDS), "--out", str(tmp_path / "link"), "--quiet")
    assert code == 2
    assert snapshot(tmp_path) == before


def test_lock_file_that_is_a_link_is_refused_and_its_target_untouched(tmp_path, capsys):
    target = tmp_path / "precious.txt"
    target.write_bytes(b"do not truncate")
    (tmp_path / ".r.media-coverage-lock").symlink_to(target)
    code, err = run(capsys, "report", str(SEEDS), "--out", str(tmp_path / "r"), "--quiet")
    assert code == 2 and "symbolic link" in err and "internal error" not in err
    assert target.read_bytes() == b"do not truncate"
    assert not (tmp_path / "r").exists()


def test_users_failed_ipynb_is_not_overwritten(tmp_path, capsys):
    (tmp_path / "r.failed.ipynb").write_bytes(b"my notebook")
    code, err = run(capsys, "report", str(SEEDS), "--out", str(tmp_path / "r"), "--quiet",
                    "--notebook", str(_failing_notebook(tmp_path)))
    assert code == 3 and "was not kept" in err
    assert (tmp_path / "r.failed.ipynb").read_bytes() == b"my notebook"
    assert leftovers(tmp_path) == ["r.failed.ipynb"]


def _failing_notebook(tmp_path: Path) -> Path:
    import nbformat

    nb = nbformat.read(str(ROOT / "notebooks" / "comparison_report.ipynb"), as_version=4)
    nb.cells.insert(4, nbformat.v4.new_code_cell("raise RuntimeError('boom')"))
    path = tmp_path / "failing.ipynb"
    nbformat.write(nb, str(path))
    return path


def test_successful_and_refused_runs_leave_no_lock_or_failed_notebook(tmp_path, capsys):
    code, err = run(capsys, "report", str(SEEDS), "--out", str(tmp_path / "r"), "--quiet",
                    "--notebook", str(_failing_notebook(tmp_path)))
    assert code == 3 and "boom" in err
    failed = tmp_path / "r.failed.ipynb"
    assert failed.is_file() and failed.stat().st_size > 1000  # a real notebook, never 0 bytes
    assert leftovers(tmp_path) == ["r.failed.ipynb"]
    code, _ = run(capsys, "report", str(SEEDS), "--out", str(tmp_path / "r"), "--quiet", "-p", "nboot", "3")
    assert code == 2
    assert leftovers(tmp_path) == ["r.failed.ipynb"]
    code, _ = run(capsys, "report", str(SEEDS), "--out", str(tmp_path / "r"), "--quiet")
    assert code == 0
    assert leftovers(tmp_path) == []  # the tool's own failed notebook is superseded, the lock removed


def test_full_disk_while_writing_the_report(tmp_path, rendered, monkeypatch, capsys):
    out = tmp_path / "seeds"
    shutil.copytree(rendered, out, symlinks=True)
    before = snapshot(tmp_path)
    import coverage.report.run as rep

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device", "report.html")

    monkeypatch.setattr(rep, "to_html", full)
    code, err = run(capsys, "report", str(SEEDS), "--out", str(out), "--quiet")
    assert code == 3 and "disk is full" in err and "internal error" not in err
    assert snapshot(tmp_path) == before  # the previous report untouched, no staging left


# ---------------------------------------------------------------------------
# analyze --out


def test_analyze_never_overwrites_the_input_or_user_tables(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"
    data.mkdir()
    pd.DataFrame({"id": ["1", "2"], "outlet": ["A", "B"],
                  "text": ["We stand together.", "The attack killed two."]}).to_csv(data / "articles.csv", index=False)
    user_files(data, {"outlets.csv": b"my,outlets\n", "hits.csv": b"mine\n"})
    before = snapshot(tmp_path)
    code, err = run(capsys, "analyze", "data/articles.csv", "--out", "data", "--quiet")
    assert code == 2 and "--out data" in err and "not created by media-coverage" in err
    assert snapshot(tmp_path) == before


def test_analyze_writes_marked_folder_and_reruns_into_it(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    pd.DataFrame({"id": ["1"], "outlet": ["A"], "text": ["We stand together."]}).to_csv("in.csv", index=False)
    assert run(capsys, "analyze", "in.csv", "--out", "m", "--quiet")[0] == 0
    names = sorted(p.name for p in (tmp_path / "m").iterdir())
    assert names == sorted([outputs.MARKER_NAME] + [f"{t}.{f}" for t in ("articles", "sentences", "outlets", "hits",
                                                                       "rejected", "quotes", "sources")
                                                    for f in ("csv", "parquet")])
    first = snapshot(tmp_path / "m")
    assert run(capsys, "analyze", "in.csv", "--out", "m", "--quiet")[0] == 0  # its own files: rewritten
    assert snapshot(tmp_path / "m") == first
    # a file the user put in place of one of the tool's is not overwritten (and nothing else is written)
    (tmp_path / "m" / "outlets.csv").write_bytes(b"edited by hand\n")
    before = snapshot(tmp_path)
    code, err = run(capsys, "analyze", "in.csv", "--out", "m", "--quiet")
    assert code == 2 and "outlets.csv" in err
    assert snapshot(tmp_path) == before


def test_analyze_full_disk_leaves_previous_tables(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    pd.DataFrame({"id": ["1"], "outlet": ["A"], "text": ["We stand together."]}).to_csv("in.csv", index=False)
    assert run(capsys, "analyze", "in.csv", "--out", "m", "--quiet")[0] == 0
    before = snapshot(tmp_path)
    real = outputs._write_temp
    calls = []

    def filling(tmp, data):
        calls.append(tmp)
        if len(calls) == 3:  # the third table: the disk fills up half-way through it
            Path(tmp).write_bytes(b"half")
            raise OSError(errno.ENOSPC, "No space left on device", str(tmp))
        return real(tmp, data)

    monkeypatch.setattr(outputs, "_write_temp", filling)
    code, err = run(capsys, "analyze", "in.csv", "--out", "m", "--quiet")
    assert code == 3 and "disk is full" in err and err.count("\n") == 1
    after = snapshot(tmp_path)
    assert set(after) == set(before)  # no temporary file left, no truncated table
    for rel, data in after.items():
        assert data == before[rel] or rel.startswith("m/")
    for p in (tmp_path / "m").glob("*.csv"):
        assert p.read_bytes() != b"half"


# ---------------------------------------------------------------------------
# the primitives


def test_claim_and_unowned(tmp_path):
    f = outputs.claim_folder(tmp_path / "t", kind="tables")
    outputs.atomic_write(f / "a.csv", b"1\n", owner=f)
    assert outputs.unowned_files(f) == []
    (f / "b.txt").write_bytes(b"user")
    (f / "a.csv").write_bytes(b"changed")
    assert outputs.unowned_files(f) == ["a.csv", "b.txt"]
    with pytest.raises(outputs.OutputError):
        outputs.atomic_write(f / "a.csv", b"2\n", owner=f)
    assert (f / "a.csv").read_bytes() == b"changed"
    with pytest.raises(outputs.OutputError):
        outputs.claim_folder(tmp_path, kind="tables")  # not empty, not marked


def test_remove_owned_leaves_folders_with_user_files(tmp_path):
    f = outputs.claim_folder(tmp_path / "t", kind="report")
    outputs.atomic_write(f / "a", b"1", owner=f)
    (f / "mine.txt").write_bytes(b"m")
    assert outputs.remove_owned(f) is False
    assert (f / "mine.txt").read_bytes() == b"m"
    (f / "mine.txt").unlink()
    assert outputs.remove_owned(f) is True and not f.exists()


# ---------------------------------------------------------------------------
# tables meant to be mailed: no spreadsheet formulas, no NULs


def test_csv_outputs_neutralise_formulas_and_carry_no_nul(tmp_path):
    import coverage
    from coverage.errors import CoverageWarning

    df = pd.DataFrame({"id": ["1", "2", "3"],
                       "outlet": ['=HYPERLINK("http://evil","click")', "Nul\x00Outlet", "+SUM(A1)"],
                       "title": ["-2+3", "@cmd\x00x", "ok"],
                       "text": ["We stand together. =1+1 after the attack.", "The attack killed people.",
                                "A vigil was held."]})
    with pytest.warns(CoverageWarning, match="control characters"):
        a = coverage.analyze(df, n_boot=20)
    assert sorted(a.outlets["outlet"]) == ['+SUM(A1)', '=HYPERLINK("http://evil","click")', "NulOutlet"]
    paths = a.save(tmp_path / "m")
    for p in paths:
        if p.suffix == ".csv":
            text = p.read_text(encoding="utf-8")
            assert "\x00" not in text
            rows = pd.read_csv(p, dtype=str, keep_default_na=False)
            for col in rows.columns:
                for cell in rows[col]:
                    assert not cell.startswith(("=", "+", "@")), (p.name, col, cell)
                    if cell.startswith("-"):  # only numbers may start with a minus sign
                        float(cell)
        else:
            table = pd.read_parquet(p)
            for col in table.columns:
                if table[col].dtype == object or str(table[col].dtype).startswith("str"):
                    assert not table[col].astype(str).str.contains("\x00").any()
    outlets_csv = (tmp_path / "m" / "outlets.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")" in outlets_csv and "'+SUM(A1)" in outlets_csv
    assert "'-2+3" in (tmp_path / "m" / "articles.csv").read_text(encoding="utf-8")
    assert "=HYPERLINK" in set(pd.read_parquet(tmp_path / "m" / "outlets.parquet")["outlet"].str[:10])
    sentiments = pd.read_csv(tmp_path / "m" / "articles.csv")["sentiment"]
    assert (sentiments < 0).any()  # negative numbers are numbers, not neutralised text
