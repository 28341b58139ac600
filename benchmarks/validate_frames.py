"""Detector validation on a second, out-of-domain labelled set (BASIL), next to the seeds.

``benchmarks/labels_basil.csv`` holds sentence-level human labels for 238 sentences of 12
BASIL articles (US political news 2010-2018: the Orlando nightclub shooting, the
"ground zero mosque", the 2018 mail bombs, the 9/11 lawsuits bill, the 2017
congressional baseball shooting, Catholic critics of Paul Ryan, Rick Perry's
"war on religion" ad, and three unrelated stories: elephant trophies, Trump-Cruz,
Medicare). It stores only ``article_uuid``, the sentence index, a SHA-1 of the
sentence text (alignment check) and the labels: no article text. This script reads
the articles from ``../shared/data/basil/basil_articles.csv``, rebuilds the corpus
(outlet = ``source``), runs :func:`coverage.validate` and prints the scores and the
religion-frame confusion table, with the seed scores (``seeds/labels.csv``) side by side.

It then scores the multi-event set, ``benchmarks/labels_events.csv`` (916 sentences of 38
articles on 18 attacks, coded by one coder; a second, independent coder coded 252 of them,
``benchmarks/labels_events_coder2.csv``; selection in ``benchmarks/events.py``): the scores
over all events, per event, and Cohen's kappa between the two coders per label. The
detectors' rules (framing lexicon and religion cues) were written before this set existed,
from the seeds only, so every event here is held out from the rules.

Run from the repository root::

    python benchmarks/validate_frames.py [--data ../shared/data] [--errors]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

import coverage

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"


def basil_corpus(data: Path, ids: list[str]) -> pd.DataFrame:
    """The labelled BASIL articles as a corpus frame (id, outlet = source, text, title, event)."""
    path = data / "basil" / "basil_articles.csv"
    if not path.is_file():
        sys.exit(f"BASIL not found at {path}; pass --data pointing at the shared data folder")
    arts = pd.read_csv(path)
    arts = arts[arts["article_uuid"].isin(ids)]
    missing = sorted(set(ids) - set(arts["article_uuid"]))
    if missing:
        sys.exit(f"{len(missing)} labelled article(s) not in {path}: {missing[:3]} ...")
    return pd.DataFrame({
        "id": arts["article_uuid"].to_numpy(),
        "outlet": arts["source"].to_numpy(),
        "text": arts["text"].to_numpy(),
        "title": arts["title"].to_numpy(),
        "event": arts["main_event"].to_numpy(),
    })


def events_report(data: Path) -> None:
    """Scores on the multi-event set: overall, per event, and the two coders' agreement."""
    from sklearn.metrics import cohen_kappa_score

    from coverage.learn import binary_scores

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import events as ev

    labels = pd.read_csv(ROOT / "benchmarks" / "labels_events.csv", dtype=str, keep_default_na=False)
    corpus = ev.events_corpus(data)
    res = coverage.validate(labels[["article_id", "sentence", "text_sha1", "solidarity", "violence", "religion",
                                    "religion_frame"]], corpus=corpus[["id", "outlet", "text", "title"]])
    cols = ["detector", "n", "support", "precision", "recall", "f1", "accuracy"]
    fmt = {"float_format": lambda x: f"{x:.3f}"}
    print(f"\nMulti-event set ({len(labels)} sentences, {labels['article_id'].nunique()} articles, "
          f"{labels['event'].nunique()} events; rules written from the seeds only):")
    print(res.scores[cols].to_string(index=False, **fmt))
    t = res.table.copy()
    t["article_id"] = t["article_id"].astype(str)
    t["sentence"] = t["sentence"].astype(int)
    key = labels.assign(sentence=labels["sentence"].astype(int))[["article_id", "sentence", "event"]]
    t = t.merge(key, on=["article_id", "sentence"], how="left")
    rows = []
    for event, g in t.groupby("event", sort=True):
        row = {"event": event, "n": len(g)}
        for d in ("solidarity", "violence", "religion"):
            scores = binary_scores(g[d].astype(int), g[f"pred_{d}"].astype(int))
            row[f"{d}_f1"], row[f"{d}_n"] = scores["f1"], scores["support"]
        both = g[(g["religion"].astype(int) == 1) & (g["pred_religion"].astype(int) == 1)]
        row["frame_acc"] = (both["religion_frame"] == both["pred_religion_frame"]).mean() if len(both) else float("nan")
        row["frame_n"] = len(both)
        rows.append(row)
    per = pd.DataFrame(rows)
    print("\nPer event (F1; _n = human positives; frame accuracy on sentences both call religious):")
    print(per.to_string(index=False, **fmt))
    print("\nMedian per-event F1: " + ", ".join(f"{d} {per[f'{d}_f1'].median():.3f}"
                                                for d in ("solidarity", "violence", "religion"))
          + f"; frame accuracy {per['frame_acc'].median():.3f}")
    second = pd.read_csv(ROOT / "benchmarks" / "labels_events_coder2.csv", dtype=str, keep_default_na=False)
    pair = second.merge(labels, on=["article_id", "sentence", "text_sha1"], suffixes=("_2", "_1"))
    print(f"\nAgreement of two independent coders on {len(pair)} sentences (14 per event, drawn at random):")
    for d in ("solidarity", "violence", "religion"):
        a, b = pair[f"{d}_1"].astype(int), pair[f"{d}_2"].astype(int)
        print(f"  {d:10} kappa {cohen_kappa_score(a, b):.3f}  agreement {(a == b).mean():.3f}  "
              f"positives {a.sum()} / {b.sum()}")
    both = pair[(pair["religion_1"] == "1") & (pair["religion_2"] == "1")]
    print(f"  {'frame':10} kappa {cohen_kappa_score(both['religion_frame_1'], both['religion_frame_2']):.3f}  "
          f"agreement {(both['religion_frame_1'] == both['religion_frame_2']).mean():.3f}  "
          f"({len(both)} sentences both call religious)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder (contains basil/)")
    ap.add_argument("--errors", action="store_true", help="also list every disagreement (prints corpus text)")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    labels = pd.read_csv(ROOT / "benchmarks" / "labels_basil.csv", dtype=str, keep_default_na=False)
    labels = labels.rename(columns={"article_uuid": "article_id"})
    ids = list(dict.fromkeys(labels["article_id"]))
    corpus = basil_corpus(args.data, ids)
    basil = coverage.validate(labels, corpus=corpus)
    seeds = coverage.validate(ROOT / "seeds" / "labels.csv", corpus=ROOT / "seeds")
    secs = time.perf_counter() - t0

    cols = ["detector", "n", "support", "precision", "recall", "f1", "accuracy"]
    side = seeds.scores[cols].merge(basil.scores[cols], on="detector", suffixes=("_seeds", "_basil"))
    fmt = {"float_format": lambda x: f"{x:.3f}"}
    print(f"media-coverage {coverage.__version__}: detector validation "
          f"({len(seeds.table)} seed sentences / 5 articles; {len(basil.table)} BASIL sentences / "
          f"{len(ids)} articles; {secs:.1f} s)\n")
    print("Seeds (UK vigil coverage, Westminster attack 2017):")
    print(seeds.scores[cols].to_string(index=False, **fmt))
    print("\nBASIL (US political news, other events):")
    print(basil.scores[cols].to_string(index=False, **fmt))
    print("\nSide by side (F1):")
    print(side[["detector", "n_seeds", "f1_seeds", "n_basil", "f1_basil"]].to_string(index=False, **fmt))
    print("\nBASIL religion frames (human rows x predicted columns, 'none' = no religious reference):")
    print(basil.confusion.to_string())
    print("\nSeed religion frames:")
    print(seeds.confusion.to_string())
    counts = basil.errors.groupby(["detector", "kind"]).size().rename("n").reset_index()
    print("\nBASIL disagreements by detector:")
    print(counts.to_string(index=False))
    if args.errors:
        pd.set_option("display.max_colwidth", 160)
        pd.set_option("display.width", 250)
        print("\nBASIL disagreements:")
        print(basil.errors[["detector", "kind", "article_id", "sentence", "evidence", "text"]].to_string())
    events_report(args.data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
