"""``media-coverage lesson``: the media-literacy lesson as one self-contained HTML page (issue 17, item 6).

The lesson runs twice per module (about 10 s each): the student handout through the CLI, with a
class corpus of 15 outlets (so the class tables would be longer than 12 rows), and the teacher's
copy through the Python API, written over a copy of the student page (a page this command wrote,
so it is replaced). The refusals are checked before a kernel starts, so those tests are fast.
"""

from __future__ import annotations

import ast
import html
import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from coverage.cli import main
from coverage.outputs import OutputError
from coverage.report import external_references
from coverage.report.lesson import MAX_ROWS, export, is_lesson_page, table_rows

ROOT = Path(__file__).resolve().parents[2]
LESSON = ROOT / "notebooks" / "media_literacy_lesson.ipynb"
N_CLASS_OUTLETS = 15
#: Unconditional sentences of the answer cells (each cell's answer always shows them to the teacher).
ANSWER_SENTENCES = [
    "Words said by people who are quoted count the same as the journalist's own words.",
    "a journalist can bring a strong word into a story through a speaker without using it in their own voice",
    "Quoting many members of the public makes a story feel shared; quoting officials makes it feel authoritative.",
    "Including them answers a link the reader may already make",
    "A word list only finds the words someone thought of in advance; a human reader sees the situation.",
    "the numbers point to sentences worth reading; they are not a verdict.",
]


def _text(page: str) -> str:
    """What a reader sees: tags removed, entities decoded, whitespace collapsed."""
    page = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def _plain(fragment: str) -> list[str]:
    """The runs of text between the HTML tags of a string literal, whitespace collapsed."""
    return [" ".join(p.split()) for p in re.split(r"<[^>]*>", fragment) if p.strip()]


def _answer_fragments() -> list[str]:
    """Every literal text run of 30+ characters in the notebook's cells tagged ``answer``."""
    nb = nbformat.read(LESSON, as_version=4)
    found = []
    for cell in nb.cells:
        if "answer" not in cell.metadata.get("tags", []):
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found += [p for p in _plain(node.value) if len(p) >= 30]
    return found


@pytest.fixture(scope="module")
def class_corpus(tmp_path_factory, seeds_corpus) -> Path:
    """15 outlets, one article each, re-assembled from the seeds' paragraphs."""
    paras = [p for t in seeds_corpus.df["text"] for p in t.split("\n\n") if len(p) > 80]
    rows = [{"id": f"c{i:02d}", "outlet": f"Class outlet {i:02d}",
             "text": "\n\n".join(paras[(3 * i + k) % len(paras)] for k in range(4))} for i in range(N_CLASS_OUTLETS)]
    path = tmp_path_factory.mktemp("class") / "our_articles.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def pages(tmp_path_factory, class_corpus) -> dict:
    folder = tmp_path_factory.mktemp("lesson")
    student = folder / "student_lesson.html"
    code = main(["lesson", "--out", str(student), "--class-corpus", str(class_corpus), "--quiet"])
    student_page = student.read_text(encoding="utf-8")
    teacher = folder / "teacher_lesson.html"
    shutil.copyfile(student, teacher)  # a page this command wrote: the teacher's export replaces it
    returned = export(teacher, student=False)
    return {"code": code, "student": student_page, "teacher": teacher.read_text(encoding="utf-8"),
            "teacher_path": teacher, "returned": returned, "folder": folder}


def test_cli_writes_the_student_page(pages):
    assert pages["code"] == 0
    assert pages["student"].startswith("<!DOCTYPE html>")
    assert re.search(r'<meta name="generator" content="media-coverage \S+ lesson">', pages["student"])
    assert sorted(p.name for p in pages["folder"].iterdir()) == ["student_lesson.html", "teacher_lesson.html"]


def test_student_page_has_no_answers_and_no_teachers_notes(pages):
    text = _text(pages["student"])
    fragments = _answer_fragments()
    assert len(fragments) >= 10
    leaked = [f for f in fragments if f in text]
    assert leaked == []
    for sentence in ANSWER_SENTENCES:
        assert sentence in fragments or any(sentence in f for f in fragments), sentence  # still in the notebook
        assert sentence not in text
    assert "▸ Answer" not in text and "<details><summary><b>▸" not in pages["student"]
    assert "Teacher's notes" not in text and "Common misconceptions" not in text
    assert "Setup (run it" not in text  # a notebook-only heading: the page has no code


def test_teacher_page_keeps_the_answers(pages):
    text = _text(pages["teacher"])
    for sentence in ANSWER_SENTENCES:
        assert sentence in text
    assert "▸ Answer" in text and "Teacher's notes" in text
    assert "media-coverage lesson --out student_lesson.html" in text  # the notes name the one command


def test_student_tables_have_at_most_12_rows(pages):
    rows = table_rows(pages["student"])
    assert len(rows) >= 10
    assert max(rows) == MAX_ROWS == 12
    text = _text(pages["student"])
    # longer tables are cut, and the page says so: the evidence of the top article, the class's outlets
    assert re.search(r"The first 12 of \d+ matches\.", text)
    assert f"The first 12 of {N_CLASS_OUTLETS} outlets." in text
    assert f"Your class's articles: {N_CLASS_OUTLETS} from {N_CLASS_OUTLETS} outlet(s)" in text


def test_student_page_is_self_contained_and_clean(pages):
    page = pages["student"]
    assert external_references(page) == []
    assert "<script" not in page.lower()
    for needle in ("Traceback", "Warning", "/tmp/", "pytest-of-", "our_articles.csv", "media-coverage-lesson-"):
        assert needle not in page, needle
    assert "<mark" in page  # the evidence is highlighted
    assert "data:image/png;base64," in page  # figures are embedded
    assert "Class outlet 14" in page  # the class corpus reached the page


def test_teacher_page_is_self_contained_and_clean(pages):
    page = pages["teacher"]
    assert external_references(page) == []
    for needle in ("Traceback", "Warning", "/tmp/", "<script"):
        assert needle not in page, needle


def test_reexport_replaced_its_own_file(pages):
    assert pages["returned"] == pages["teacher_path"]
    assert pages["teacher"] != pages["student"] and is_lesson_page(pages["teacher_path"])
    assert not list(pages["folder"].glob(".*media-coverage-part*"))  # no temporary file left


@pytest.mark.parametrize("content", [
    b"my own notes\n",
    b"<!DOCTYPE html>\n<html><head><meta name=\"generator\" content=\"media-coverage 1.0\"></head></html>\n",
    b"<!DOCTYPE html>\n<html><head><meta name=\"generator\" content=\"something else lesson\"></head></html>\n",
])
def test_unrelated_file_is_refused_and_left_unchanged(tmp_path, content, capsys):
    out = tmp_path / "lesson.html"
    out.write_bytes(content)
    with pytest.raises(OutputError, match=r"lesson\.html.*not overwritten.*--out .*lesson-2\.html"):
        export(out)
    assert out.read_bytes() == content
    assert main(["lesson", "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("media-coverage: error: --out ") and err.count("\n") == 1 and "Traceback" not in err
    assert out.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.html"]


def test_link_and_folder_are_refused(tmp_path, capsys):
    target = tmp_path / "target.html"
    target.write_bytes(b"keep")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    assert main(["lesson", "--out", str(link), "--quiet"]) == 2
    assert "is a link" in capsys.readouterr().err
    assert link.is_symlink() and target.read_bytes() == b"keep"
    assert main(["lesson", "--out", str(tmp_path), "--quiet"]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_missing_class_corpus_and_unknown_parameter(tmp_path, capsys):
    out = tmp_path / "lesson.html"
    assert main(["lesson", "--out", str(out), "--class-corpus", str(tmp_path / "nope"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("media-coverage: error: class corpus") and "does not exist" in err
    with pytest.raises(Exception, match="unknown parameter sed; did you mean seed"):
        export(out, parameters={"sed": 1})
    assert not out.exists()


def test_table_rows_counts_body_rows():
    assert table_rows("<table><thead><tr><th>a</th></tr></thead><tbody>" + "<tr><td>1</td></tr>" * 13
                      + "</tbody></table>") == [13]
    assert table_rows("<table><tr><th>a</th></tr><tr><td>1</td></tr></table>") == [1]
