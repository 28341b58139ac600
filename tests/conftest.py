"""Shared fixtures. The suite never reads ../shared/data: only the repo's own files."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


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


def read_seed(name: str) -> str:
    from coverage.text import normalize_text

    return normalize_text((SEEDS / name).read_text(encoding="utf-8"))


os.environ.setdefault("MPLBACKEND", "Agg")
