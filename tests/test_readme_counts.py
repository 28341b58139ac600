"""The README's counts of the project's own labels follow the label files in ``benchmarks/``.

Each held-out cycle adds a labelled set; the README's sentences that count the sets, sentences,
articles and events were edited by hand and fell behind (10,171 sentences on 404 events stood for
13,378 on 558). These tests read only files of this repository (no shared data).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from benchmarks.first_uses import FIRST_USES
from benchmarks.validate_frames import FRESH_SETS

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"


def _readme() -> str:
    """The README with every run of white space as one space (its sentences wrap anywhere)."""
    return re.sub(r"\s+", " ", (ROOT / "README.md").read_text(encoding="utf-8"))


def _frame_files() -> list[Path]:
    """The first coder's sentence labels of the development events and of every unseen set labelled so far."""
    fresh = [p for p in BENCH.glob("labels_fresh*.csv") if not p.stem.endswith(("_coder2", "_sheet"))]
    return [BENCH / "labels_events.csv", *sorted(fresh)]


def _counts(paths: list[Path]) -> tuple[int, int, int]:
    frames = [pd.read_csv(p, usecols=["article_id", "event"], dtype=str) for p in paths]
    rows = pd.concat(frames, ignore_index=True)
    return len(rows), rows["article_id"].nunique(), rows["event"].nunique()


def test_every_first_use_has_its_labels():
    names = {p.stem.removeprefix("labels_") for p in _frame_files()[1:]}
    assert set(FIRST_USES) <= names  # (a set drawn and labelled may wait for its first use)
    assert len(FRESH_SETS) == 1


def test_readme_counts_the_sentence_labels():
    sentences, articles, events = _counts(_frame_files())
    held = [BENCH / f"labels_{name}.csv" for name in FRESH_SETS if (BENCH / f"labels_{name}.csv").exists()]
    held_out = _counts(held)[2] if held else 0  # (none between a set's drawing and its labels)
    assert sentences > 10_000 and events > 500  # (a guard against counting nothing)
    readme = _readme()
    assert (f"labels of {sentences:,} opening sentences of {articles} articles on {events} other events "
            f"(the {events - held_out} development events and the latest unseen set") in readme


def test_readme_counts_the_quote_labels():
    paths = [p for p in BENCH.glob("labels_quotes*.csv") if not p.stem.endswith("_coder2")]
    articles = pd.concat([pd.read_csv(p, usecols=["article_id"], dtype=str) for p in paths])["article_id"].nunique()
    assert articles > 500
    assert f"every quote of {articles} articles" in _readme()


def test_readme_counts_the_unseen_sets():
    n_sets = len(FIRST_USES)
    events = sum(pd.read_csv(BENCH / f"labels_{name}.csv", usecols=["event"])["event"].nunique()
                 for name in FIRST_USES)
    readme = _readme()
    assert f"on {n_sets} sets of events no rule writer had read ({events} events" in readme
    assert f"**every unseen set at its first use** ({n_sets} sets, {events} events)" in readme
