"""Same person? Human adjudication of the speakers the strict speaker rule counts wrong (issue 19, item 6).

Issue 19 counts a speaker right when it is "the same person" as the annotators' speaker. The scorer of
``quotes_labels.py`` (:func:`quotes_labels.speaker_right`) approximates that without reading the article: the spans
overlap, the strings are equal, or two person names share a surname. It therefore counts as wrong a speaker that is
the same person under another mention ("his wife" for Karen Hicks, "the company" for Chick-fil-A, a transliteration
such as Abu Ghayth for Abu Ghaith), and it cannot tell a part from its whole. This script asks people instead, on the
first use of every fresh quote set (the figures of ``first_uses.py --quotes``):

``sheet``
    Scores every fresh quote set with the extractor of the commit it was drawn at (``first_uses.quotes_first_use``)
    and writes ``benchmarks/speaker_pairs_sheet.csv``: one row per found gold quote with a speaker whose best
    prediction has a speaker the strict rule counts wrong. The two mentions are given as ``a`` and ``b`` (with their
    offsets in the article text as loaded, and the quote's offsets), in an order drawn from the pair's id, so an
    adjudicator cannot tell which one is the annotators'. No article text is written; speakers are names and short
    descriptions, as in the quote labels.
``score FIRST SECOND``
    Reads two adjudicators' files (the sheet's ``pair_id`` with ``same``: 1 when ``a`` and ``b`` refer to the same
    person, group or organisation in the article, 0 otherwise), prints Cohen's kappa between them, and the speaker
    accuracy of every first use with a pair counted right only when **both** adjudicators say ``same``: per set,
    pooled, with a 95% interval resampling articles. A prediction with no speaker stays wrong; nothing the strict rule
    counts right changes.

Adjudication rules given to both adjudicators (and kept here so the figure can be read): same real-world referent
in this article. A person and a description or pronoun of that person is the same; two spellings of one name are the
same; an organisation and its own name, acronym or "the company" / "the newspaper" for it is the same. A
spokesperson and the body they speak for, a person and their office's organisation, a part and its whole (a
country and its military, police and a police chief, a group and one member), a document and its author (a statement,
a report or a website and the person or body that issued it; written in here on 2026-12-07, before set 32's pairs, after
the set-31 adjudicators split on three such pairs) and two different people are not.

Run from the repository root (needs the git history and the shared data)::

    python benchmarks/speaker_adjudication.py sheet
    python benchmarks/speaker_adjudication.py score benchmarks/labels_speaker_pairs.csv \\
        benchmarks/labels_speaker_pairs_coder2.csv
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from first_uses import DEFAULT_DATA, _article_interval, quotes_first_uses  # noqa: E402

SHEET = ROOT / "benchmarks" / "speaker_pairs_sheet.csv"
SHEET_COLS = ["pair_id", "set", "article_id", "quote_id", "quote_start", "quote_end",
              "a", "a_start", "a_end", "b", "b_start", "b_end"]


def gold_first(pair_id: str) -> bool:
    """Whether the annotators' speaker is ``a`` in the sheet (drawn from the pair id, so fixed and unguessable).

    >>> gold_first("fresh-x-q01"), gold_first("fresh-x-q02")
    (False, True)
    """
    return hashlib.sha1(pair_id.encode("utf-8")).digest()[0] % 2 == 0


def pair_id(which: str, article_id: str, quote_id: str) -> str:
    """``<set>-<quote id>``, the quote id made global (``<article>-<id>``) where the labels number per article.

    >>> pair_id("fresh3", "abc", "abc-q02"), pair_id("fresh", "abc", "2")
    ('fresh3-abc-q02', 'fresh-abc-2')
    """
    q = str(quote_id)
    return f"{which}-{q}" if q.startswith(str(article_id)) else f"{which}-{article_id}-{q}"


def first_use_golds(data: Path) -> pd.DataFrame:
    """Every fresh quote set's gold quotes matched against the extractor of its drawing commit, one table."""
    return pd.concat([gold for _, _, gold, _ in quotes_first_uses(data)], ignore_index=True)


def pairs(gold: pd.DataFrame) -> pd.DataFrame:
    """The sheet: found gold quotes whose prediction has a speaker the strict rule counts wrong."""
    wrong = gold[(gold["speaker_ok"] == False) & (gold["pred_speaker"] != "")]  # noqa: E712
    rows = []
    for g in wrong.itertuples(index=False):
        pid = pair_id(g.set, g.article_id, g.quote_id)
        gold_side = (g.speaker, int(g.speaker_start), int(g.speaker_end))
        pred_side = (g.pred_speaker, int(g.pred_speaker_start), int(g.pred_speaker_end))
        a, b = (gold_side, pred_side) if gold_first(pid) else (pred_side, gold_side)
        rows.append({"pair_id": pid, "set": g.set, "article_id": g.article_id, "quote_id": g.quote_id,
                     "quote_start": int(g.start), "quote_end": int(g.end),
                     "a": a[0], "a_start": a[1], "a_end": a[2], "b": b[0], "b_start": b[1], "b_end": b[2]})
    sheet = pd.DataFrame(rows, columns=SHEET_COLS)
    assert sheet["pair_id"].is_unique, "pair ids are unique"
    return sheet


def read_decisions(path: Path, sheet: pd.DataFrame) -> pd.Series:
    """``pair_id -> same`` (bool) from an adjudicator's file; every sheet pair exactly once, ``same`` 0 or 1."""
    d = pd.read_csv(path, dtype=str, keep_default_na=False)
    for col in ("pair_id", "same"):
        if col not in d:
            raise SystemExit(f"error: {path}: no column {col!r} (expected pair_id,same[,note])")
    bad = d[~d["same"].isin(["0", "1"])]
    if len(bad):
        raise SystemExit(f"error: {path}, data row {bad.index[0] + 1}: same must be 0 or 1, got {bad['same'].iloc[0]!r}")
    if not d["pair_id"].is_unique or set(d["pair_id"]) != set(sheet["pair_id"]):
        missing = sorted(set(sheet["pair_id"]) - set(d["pair_id"]))[:3]
        raise SystemExit(f"error: {path}: pair ids must be the sheet's, each once (missing e.g. {missing})")
    return d.set_index("pair_id")["same"].eq("1")


def cohen_kappa(x: pd.Series, y: pd.Series) -> float:
    """Cohen's kappa of two boolean codings of the same items (scikit-learn's, as ``validate_frames.py`` uses; 1.0
    when both coders give every item the same one value, where scikit-learn's is undefined).

    >>> cohen_kappa(pd.Series([True, True, False, False]), pd.Series([True, False, False, False]))
    0.5
    """
    from sklearn.metrics import cohen_kappa_score

    x, y = x.astype(bool).to_numpy(), y.astype(bool).to_numpy()
    if len(set(x) | set(y)) < 2:
        return 1.0
    return float(cohen_kappa_score(x, y))


def adjudicated(gold: pd.DataFrame, same: pd.Series) -> pd.DataFrame:
    """Found gold quotes with a speaker, ``strict`` (the scorer's rule) and ``same_person`` (strict, or both
    adjudicators said the two mentions are the same)."""
    sp = gold[gold["speaker_ok"].notna()].copy()
    pid = pd.Series([pair_id(*k) for k in zip(sp["set"], sp["article_id"], sp["quote_id"], strict=True)],
                    index=sp.index)
    sp["strict"] = sp["speaker_ok"].astype(bool)
    sp["same_person"] = sp["strict"] | pid.map(same).fillna(False).astype(bool)
    return sp


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("sheet", help=f"write {SHEET.relative_to(ROOT)}")
    sc = sub.add_parser("score", help="kappa of two adjudicators and the adjudicated speaker accuracy")
    sc.add_argument("first", type=Path)
    sc.add_argument("second", type=Path)
    args = ap.parse_args(argv)
    gold = first_use_golds(args.data.resolve())
    sheet = pairs(gold)
    if args.cmd == "sheet":
        tmp = SHEET.with_suffix(".csv.tmp")
        sheet.to_csv(tmp, index=False)
        tmp.replace(SHEET)
        print(f"{len(sheet)} pairs ({sheet['article_id'].nunique()} articles, {sheet['set'].nunique()} sets) -> "
              f"{SHEET.relative_to(ROOT)}")
        return 0
    first, second = read_decisions(args.first, sheet), read_decisions(args.second, sheet)
    second = second.reindex(first.index)
    print(f"{len(sheet)} pairs the strict rule counts wrong (prediction with a speaker); adjudicators: same person "
          f"{int(first.sum())} / {int(second.sum())}, agreement {float((first == second).mean()):.3f}, "
          f"Cohen's kappa {cohen_kappa(first, second):.3f}")
    both = first & second
    sp = adjudicated(gold, both)
    rows = []
    for which, g in sp.groupby("set", sort=False):
        rows.append({"set": which, "speaker_n": len(g), "strict": g["strict"].mean(),
                     "same_person": g["same_person"].mean(), "same_person_n": f"{int(g['same_person'].sum())}/{len(g)}",
                     "changed": int((g["same_person"] & ~g["strict"]).sum()),
                     "at_0.87": bool(g["same_person"].sum() >= 0.87 * len(g))})
    print("\nSpeaker accuracy at each set's first use: strict rule, and same person (strict, or both adjudicators "
          "say same):")
    table = pd.DataFrame(rows)
    print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    print(f"sets at 0.87 or more: strict {int((table['strict'] >= 0.87).sum())}, same person "
          f"{int(table['at_0.87'].sum())} of {len(table)}")
    for col in ("strict", "same_person"):
        low, high = _article_interval(sp, col)
        print(f"pooled {col}: {sp[col].mean():.3f} [{low:.3f}, {high:.3f}] ({int(sp[col].sum())} of {len(sp)}; 95% "
              f"interval resampling the {sp['article_id'].nunique()} articles)")
    gold_a = sheet["pair_id"].map(gold_first)
    print(f"\nblind order: the annotators' speaker is 'a' in {int(gold_a.sum())} of {len(sheet)} pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
