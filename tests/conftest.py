"""Shared fixtures. The suite never reads ../shared/data: only the repo's own files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
# the helper modules in tests/ (_runs, _browser, _hostile) are importable from tests/families/, tests/engine/, ...
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_corpus():
    import coverage

    return coverage.load_corpus(SEEDS)


@pytest.fixture(scope="session")
def seeds_analysis(seeds_corpus):
    import coverage

    return coverage.analyze(seeds_corpus)


@pytest.fixture(scope="session")
def mixed_corpus(seeds_corpus):
    """40 articles re-assembled from the seeds' paragraphs (deterministic), over four outlets."""
    import random

    import pandas as pd

    from coverage.text import paragraphs

    paras = [t[s:e] for t in seeds_corpus.df["text"] for s, e in paragraphs(t)]
    rng = random.Random(7)
    rows = []
    for i in range(40):
        k = rng.randint(2, 12)
        rows.append({"id": f"m{i:03d}", "outlet": f"Outlet {'ABCD'[i % 4]}",
                     "text": "\n\n".join(rng.sample(paras, k))})
    return pd.DataFrame(rows)


def read_seed(name: str) -> str:
    from coverage.text import normalize_text

    return normalize_text((SEEDS / name).read_text(encoding="utf-8"))


os.environ.setdefault("MPLBACKEND", "Agg")
