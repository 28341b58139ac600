"""The media-coverage command line: a thin wrapper with one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd

from coverage import __version__
from coverage.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_version_and_help(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert f"media-coverage {__version__}" in capsys.readouterr().out
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "report" in out and "analyze" in out and "validate" in out


def test_console_script_entry_point():
    out = subprocess.run([sys.executable, "-m", "coverage.cli", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "usage: media-coverage" in out.stdout


def test_analyze_writes_tables(tmp_path, seeds_dir, capsys):
    assert main(["analyze", str(seeds_dir), "--out", str(tmp_path / "m")]) == 0
    arts = pd.read_csv(tmp_path / "m" / "articles.csv")
    assert len(arts) == 5 and (tmp_path / "m" / "hits.csv").exists() and (tmp_path / "m" / "rejected.csv").exists()
    assert "tables written" in capsys.readouterr().out


def test_bad_input_is_one_line_error_with_exit_code(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    code = main(["analyze", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("media-coverage: error: ") and "manifest.csv" in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_analyze_progress_bar_cache_and_jobs(tmp_path, seeds_dir, capsys):
    assert main(["analyze", str(seeds_dir), "--out", str(tmp_path / "m"), "--cache", str(tmp_path / "c")]) == 0
    err = capsys.readouterr().err
    assert "analyze" in err and "5/5" in err  # tqdm's bar, on by default in the CLI
    assert list((tmp_path / "c").glob("*/part-*.sentences.parquet"))
    first = (tmp_path / "m" / "articles.csv").read_bytes()
    assert main(["analyze", str(seeds_dir), "--out", str(tmp_path / "m"), "--cache", str(tmp_path / "c"),
                 "--quiet"]) == 0
    assert "5/5" not in capsys.readouterr().err
    assert (tmp_path / "m" / "articles.csv").read_bytes() == first  # read back from the cache: same bytes
    assert main(["analyze", str(seeds_dir), "--out", str(tmp_path / "m"), "--jobs", "0"]) == 2
    assert "n_jobs must be a positive integer or -1" in capsys.readouterr().err


# ---------------------------------------------------------------------------- exit statuses (issue 15, item 9)


def _gz_cases(tmp_path: Path) -> dict[str, Path]:
    import gzip

    import pandas as pd

    df = pd.DataFrame({"id": [str(i) for i in range(300)], "outlet": ["A", "B"] * 150,
                       "text": ["We stand together after the attack. " * 20] * 300})
    full_csv = gzip.compress(df.to_csv(index=False).encode())
    full_jsonl = gzip.compress(df.to_json(orient="records", lines=True).encode())
    cases = {"truncated.csv.gz": full_csv[: len(full_csv) // 2],
             "truncated.jsonl.gz": full_jsonl[: len(full_jsonl) // 2],
             "corrupt.csv.gz": b"\x1f\x8b\x08\x00" + b"garbage" * 50,
             "plain.csv.gz": b"id,outlet,text\n1,A,hello\n"}
    out = {}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        out[name] = tmp_path / name
    return out


def test_corrupt_compressed_tables_are_one_line_errors(tmp_path, capsys):
    for name, path in _gz_cases(tmp_path).items():
        for cmd in (["analyze", str(path), "--out", str(tmp_path / "m"), "--quiet"],
                    ["report", str(path), "--out", str(tmp_path / "r"), "--quiet"]):
            code = main(cmd)
            err = capsys.readouterr().err
            assert code == 2, (name, cmd[0], err)
            assert err.count("\n") == 1 and "internal error" not in err
            assert name in err and "cannot be decompressed as gz" in err
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".gz")) == []  # nothing written


def test_kernel_that_dies_leaves_no_empty_failed_notebook(tmp_path, capsys):
    import nbformat

    nb = nbformat.read(str(ROOT / "notebooks" / "comparison_report.ipynb"), as_version=4)
    nb.cells.insert(4, nbformat.v4.new_code_cell("import os\nos._exit(1)"))
    dying = tmp_path / "dying.ipynb"
    nbformat.write(nb, str(dying))
    code = main(["report", str(ROOT / "seeds"), "--out", str(tmp_path / "r"), "--quiet", "--notebook", str(dying)])
    err = capsys.readouterr().err
    assert code == 3 and "internal error" not in err
    failed = tmp_path / "r.failed.ipynb"
    if failed.exists():  # kept only if there is a real notebook to inspect
        assert failed.stat().st_size > 1000
        nbformat.read(str(failed), as_version=4)
    assert not (tmp_path / "r").exists()
    assert not [p for p in tmp_path.iterdir() if "media-coverage" in p.name]
