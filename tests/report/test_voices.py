"""The report's "Who gets to speak" section, and the labels/sources files it can be given (issue 19, 18)."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from coverage.errors import LexiconError, ParameterError
from coverage.report import render

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The seeds without labels.csv, the labels and a source-types file kept elsewhere, passed as parameters."""
    base = tmp_path_factory.mktemp("voices")
    corpus = base / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "labels.csv").unlink()
    elsewhere = base / "elsewhere"
    elsewhere.mkdir()
    labels = elsewhere / "audit.csv"
    shutil.copy(SEEDS / "labels.csv", labels)
    sources = elsewhere / "types.yaml"
    sources.write_text("speakers:\n  Joel Rosen: victim\n", encoding="utf-8")
    result = render(corpus, out=base / "out", parameters={"labels": str(labels), "sources": str(sources)},
                    progress=False)
    return result.html.read_text(encoding="utf-8"), labels, base


def test_who_gets_to_speak_section(rendered):
    html = rendered[0]
    section = html[html.index('id="voices"'):]
    section = section[:section.index("</section>")]
    assert "<h2>Who gets to speak</h2>" in section
    assert re.search(r"\d+ quotes \(\d+ direct, \d+ reported speech\) in 5 of 5 articles", section)
    for part in ("Source mix", "Most quoted", "The outlet&#x27;s own voice"):
        assert f"<h3>{part}</h3>" in section or f"<h3>{part.replace('&#x27;', chr(39))}</h3>" in section
    # the per-corpus override from the sources file: Joel Rosen is a victim's voice in getwestlondon
    assert re.search(r"<b>getwestlondon</b>: Joel Rosen <small>\(victim or family, 3\)</small>", section)
    # each cell's interval is in its tooltip
    assert re.search(r"title=[\"']\d+ of \d+ quotes; 95% CI \d+% to \d+%; \d+% of quoted words[\"']", section)
    assert 'href="#voices"' in html  # in the table of contents


def test_labels_kept_elsewhere_are_used_and_hashed(rendered):
    html, labels, _ = rendered
    assert "Detector scores against the sentence-level human labels" in html
    assert hashlib.sha256(labels.read_bytes()).hexdigest() in html
    assert "Shares corrected for the detectors" in html


@pytest.mark.parametrize(("parameters", "error", "words"), [
    ({"labels": "no/such/audit.csv"}, ParameterError, ["'labels'", "does not exist"]),
    ({"sources": "no/such/types.yaml"}, ParameterError, ["'sources'", "does not exist"]),
])
def test_missing_files_fail_before_a_kernel(tmp_path, parameters, error, words):
    with pytest.raises(error) as err:
        render(SEEDS, out=tmp_path / "out", parameters=parameters, progress=False)
    for w in words:
        assert w in str(err.value)
    assert not (tmp_path / "out").exists()


def test_a_bad_sources_file_fails_before_a_kernel(tmp_path):
    bad = tmp_path / "types.yaml"
    bad.write_text("speakers:\n  Jo: hero\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="speaker 'Jo' has type 'hero'"):
        render(SEEDS, out=tmp_path / "out", parameters={"sources": str(bad)}, progress=False)
