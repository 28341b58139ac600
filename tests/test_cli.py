"""The media-coverage command line: a thin wrapper with one-line errors."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd

from coverage import __version__
from coverage.cli import main


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
