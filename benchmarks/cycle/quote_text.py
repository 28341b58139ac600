"""Tools for the quote annotators and speaker adjudicators of a held-out set (no extractor output, no scores).

Run from the repository root with the project's Python; ``SET`` is the set's name in ``benchmarks/events.py``'s
``SETS`` (``fresh41``)::

    python benchmarks/cycle/quote_text.py SET list                       # the articles, in sheet order
    python benchmarks/cycle/quote_text.py SET show ARTICLE_ID            # the text as loaded, paragraphs after offsets
    python benchmarks/cycle/quote_text.py SET find ARTICLE_ID "words" [FROM]   # every offset of the words
    python benchmarks/cycle/quote_text.py SET check FILE.csv             # columns, offsets and text_sha1 checked

The text is the one the quote labels' offsets point into (``benchmarks/QUOTES_LABELS.md``, "Which text the offsets
point into"): :func:`coverage.text.normalize_text` of the article from :func:`benchmarks.events.events_corpus`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import events  # noqa: E402
import pandas as pd  # noqa: E402
import quotes_labels as ql  # noqa: E402

from coverage.text import normalize_text  # noqa: E402

COLUMNS = list(ql.COLUMNS)


def articles(which: str) -> pd.DataFrame:
    """``dataset, article_id, event, outlet`` of the set's articles, in the order of its sheet."""
    sheet = pd.read_csv(events.SETS[which][2], dtype=str)
    return sheet.drop_duplicates("article_id")[["dataset", "article_id", "event", "outlet"]].reset_index(drop=True)


def texts(which: str) -> dict[str, str]:
    """Article id -> the text as loaded."""
    corpus = events.events_corpus(events.DEFAULT_DATA, events.SETS[which][0])
    return {str(i): normalize_text(t) for i, t in zip(corpus["id"], corpus["text"], strict=True)}


def check(path: str, which: str) -> int:
    """Print the problems of a labels file (columns, the set's articles, offsets, hashes); 0 when there are none.

    The rows are checked by ``quotes_labels.read_labels`` and ``quotes_labels.check_rows``, the checks the scorer runs.
    """
    head = list(pd.read_csv(path, dtype=str, nrows=0).columns)
    if head != COLUMNS:
        print("columns must be exactly:", ",".join(COLUMNS))
        return 1
    try:
        labels = ql.read_labels([Path(path)])
        outside = sorted(set(labels["article_id"]) - set(articles(which)["article_id"]))
        if outside:
            print(f"articles not in {which}: {', '.join(outside)}")
            return 1
        ql.check_rows(labels, ql.load_texts(labels, ql.DEFAULT_DATA))
    except ql.LabelsError as err:
        print(err)
        return 1
    print(f"{len(labels)} rows: offsets and hashes OK")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in events.SETS:
        print(__doc__)
        return 2
    which, cmd = argv[0], argv[1]
    if cmd == "list":
        for n, r in articles(which).iterrows():
            print(n + 1, r.article_id, r.event, r.outlet, sep="\t")
    elif cmd == "show":
        text = texts(which)[argv[2]]
        pos = 0
        for para in text.split("\n"):
            if para.strip():
                print(f"[{pos}] {para}")
            pos += len(para) + 1
        print(f"[{len(text)}] (end; {len(text)} characters)")
    elif cmd == "find":
        text, words = texts(which)[argv[2]], argv[3]
        i, hits = int(argv[4]) if len(argv) > 4 else 0, []
        while (i := text.find(words, i)) >= 0:
            hits.append(f"{i}:{i + len(words)}")
            i += 1
        print(*(hits or ["not found"]))
    elif cmd == "check":
        return check(argv[2], which)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
