"""Ordinary corpora render (issue 15): every one of these gives a meaningful report with exit 0.

Generated corpora: an outlet whose text is only stop words, outlets carrying identical wire
copy, one outlet, one article, outlets of one article each, 65 outlets with dates (rendered
twice: byte-identical), 500 outlets. A corpus with no usable article fails before a kernel
starts, with the message ``analyze`` gives. No rendered report contains "could not run", a
traceback, a Python warning or a temporary path.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pandas as pd
import pytest

from coverage.cli import main
from coverage.report import render

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
FORBIDDEN = ["could not run", "Traceback", "Warning:", "UserWarning", "FutureWarning", "DeprecationWarning",
             "RuntimeWarning", "media-coverage-staging", "media-coverage-part", "_running.ipynb", "/tmp/",
             "pytest-of-"]


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def paragraphs() -> list[str]:
    return [p for t in seed_texts() for p in t.split("\n") if len(p.split()) > 6]


def corpora() -> dict[str, pd.DataFrame]:
    texts = seed_texts()
    rng = random.Random(11)
    paras = paragraphs()
    many = [{"id": f"a{i}", "outlet": f"Outlet {i % 500:03d}", "text": "\n\n".join(rng.sample(paras, 2))}
            for i in range(520)]
    return {
        "stopwords": pd.DataFrame({"id": ["1", "2", "3"], "outlet": ["A", "Stop", "A"],
                                   "text": [texts[0], "The and of it.", texts[1]]}),
        "wire": pd.DataFrame({"id": ["1", "2", "3"], "outlet": ["AP", "Reuters", "Yahoo"], "text": [texts[2]] * 3}),
        "one-outlet": pd.DataFrame({"id": [str(i) for i in range(5)], "outlet": ["Only"] * 5, "text": texts}),
        "one-article": pd.DataFrame({"id": ["1"], "outlet": ["Only"], "text": [texts[3]]}),
        "singles": pd.DataFrame({"id": [str(i) for i in range(5)], "outlet": [f"O{i}" for i in range(5)],
                                 "text": texts}),
        "500-outlets": pd.DataFrame(many),
    }


def check_clean(html: str, where: Path) -> None:
    for bad in FORBIDDEN:
        assert bad not in html, f"{bad!r} in the report of {where.name}"
    assert str(where) not in html


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("corpora")
    out = {}
    for name, df in corpora().items():
        df.to_csv(base / f"{name}.csv", index=False)
        res = render(base / f"{name}.csv", out=base / "reports" / name, progress=False,
                     parameters={"n_boot": 50})
        out[name] = res.html
    return out


@pytest.mark.parametrize("name", list(corpora()))
def test_ordinary_corpus_renders_a_clean_report(rendered, name):
    page = rendered[name].read_text(encoding="utf-8")
    check_clean(page, rendered[name].parent.parent.parent)
    assert "<h1" in page and "<h2>Outlets at a glance</h2>" in page
    metrics = rendered[name].parent / "metrics"
    outlets = pd.read_csv(metrics / "outlets.csv", dtype={"outlet": str})
    assert len(outlets) == {"stopwords": 2, "wire": 3, "one-outlet": 1, "one-article": 1, "singles": 5,
                            "500-outlets": 500}[name]


def test_stopword_outlet_is_listed_not_ranked(rendered):
    page = rendered["stopwords"].read_text(encoding="utf-8")
    # its row of the key-terms table says why it has none
    assert re.search(r"<tr>(?:(?!</tr>).)*>Stop</a>(?:(?!</tr>).)*no words left once stop words", page, re.S)
    # and it is marked as not ranked in the outlet table (one article, below min_articles)
    table = page[page.index('id="outlets"'):page.index('id="evidence"')]
    assert re.search(r'>Stop</a>(?:(?!</tr>).)*class="mc-flag"', table, re.S)


def test_wire_copy_has_no_key_terms(rendered):
    page = rendered["wire"].read_text(encoding="utf-8")
    assert "no term is over- or under-represented" in page


def test_no_usable_article_fails_before_a_kernel_with_analyzes_message(tmp_path, capsys):
    pd.DataFrame({"id": ["1", "2"], "outlet": ["A", "B"], "text": ["", "!!!"]}).to_csv(tmp_path / "bad.csv",
                                                                                        index=False)
    trace = tmp_path / "trace.txt"
    import os

    os.environ["MEDIA_COVERAGE_TRACE"] = str(trace)
    try:
        code = main(["report", str(tmp_path / "bad.csv"), "--out", str(tmp_path / "r"), "--quiet"])
    finally:
        del os.environ["MEDIA_COVERAGE_TRACE"]
    report_err = capsys.readouterr().err
    assert code == 2
    assert not trace.exists()  # failed before the parameters were even declared valid: no kernel
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]
    code = main(["analyze", str(tmp_path / "bad.csv"), "--out", str(tmp_path / "m"), "--quiet"])
    analyze_err = capsys.readouterr().err.splitlines()[-1]
    assert code == 2
    assert "no usable article (2 rejected)" in report_err
    assert report_err.strip().splitlines()[-1] == analyze_err


def test_row_order_column_names_and_cache_in_the_report(tmp_path, capsys):
    """Shuffled rows and renamed columns (--id --outlet --text --title --date) give the same bytes;
    manifest.json says whether the cache was used and which key."""
    texts = seed_texts()
    df = pd.DataFrame({"ID": [f"s{i}" for i in range(10)], "source": [f"Outlet {'ABC'[i % 3]}" for i in range(10)],
                       "body": [texts[i % 5] + f"\n\nStory {i}." for i in range(10)],
                       "headline": [f"Headline {i}" for i in range(10)],
                       "published": [f"2017-03-{23 + i % 3}" for i in range(10)]})
    import hashlib

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    df.to_csv(tmp_path / "a" / "corpus.csv", index=False)
    df.sample(frac=1, random_state=4).to_csv(tmp_path / "b" / "corpus.csv", index=False)
    cols = ["--id", "ID", "--outlet", "source", "--text", "body", "--title", "headline", "--date", "published"]
    for x in "ab":
        assert main(["report", str(tmp_path / x / "corpus.csv"), "--out", str(tmp_path / f"r{x}"), "--quiet", *cols,
                     "-p", "n_boot", "100", "-p", "cache", str(tmp_path / "cache")]) == 0
    capsys.readouterr()
    a, b = tmp_path / "ra", tmp_path / "rb"
    page = (a / "report.html").read_text(encoding="utf-8")
    ha, hb = (hashlib.sha256((tmp_path / x / "corpus.csv").read_bytes()).hexdigest().encode() for x in "ab")
    assert ha != hb and ha in page.encode()
    # the same report but for the input file's own hash (the rows are in another order)
    assert (a / "report.html").read_bytes() == (b / "report.html").read_bytes().replace(hb, ha)
    for t in ("articles", "outlets", "sentences", "hits"):
        assert (a / "metrics" / f"{t}.csv").read_bytes() == (b / "metrics" / f"{t}.csv").read_bytes(), t
    articles = pd.read_csv(a / "metrics" / "articles.csv")
    assert {"title", "date", "date_parsed"} <= set(articles.columns) and articles["title"].str.startswith("Head").all()
    assert "Outlet A" in page
    import json

    ma = json.loads((a / "manifest.json").read_text(encoding="utf-8"))
    mb = json.loads((b / "manifest.json").read_text(encoding="utf-8"))
    assert ma["cache"]["from_cache"] == 0 and ma["cache"]["computed"] == 10
    assert mb["cache"] == {**ma["cache"], "from_cache": 10, "computed": 0}  # the same key, every article reused
    assert len(ma["cache"]["key"]) >= 16
    assert ma["parameters"]["columns"] == {"id": "ID", "outlet": "source", "text": "body", "title": "headline",
                                           "date": "published"}


def test_lexicon_frame_named_like_a_metadata_column_fails_before_a_kernel(tmp_path, capsys):
    pd.DataFrame({"id": ["1"], "outlet": ["A"], "headline": ["H"], "text": ["We stand together."]}).to_csv(
        tmp_path / "c.csv", index=False)
    (tmp_path / "lex.yaml").write_text('version: "1"\nframes: {headline: {groups: {g: {terms: [together]}}}}\n',
                                       encoding="utf-8")
    code = main(["report", str(tmp_path / "c.csv"), "--out", str(tmp_path / "r"), "--quiet",
                 "-p", "lexicon", str(tmp_path / "lex.yaml")])
    err = capsys.readouterr().err
    assert code == 2 and "headline" in err and "rename" in err.lower()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv", "lex.yaml"]
