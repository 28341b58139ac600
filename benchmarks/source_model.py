"""The source-type model (``coverage.source_model``): trained and cross-validated on the development quote files.

Rows: every found gold quote of the development quote files (``benchmarks/labels_quotes*.csv`` but the second
annotators' files and the held-out set of ``validate_frames.FRESH_SETS``) with a gold speaker, where the extractor
gives a speaker mention. Each row has the extractor's speaker mention, the rules' type of it (``sources.yaml`` and
the corpus step, as ``quotes_labels.py`` types it: the labelled articles as one corpus) and the annotators' type.

Default: leave one quote file out. Each file's rows are typed by a model trained on the other files' rows, and the
rules' type is replaced by the model's where the rules say ``unknown`` and the model does not (what the quotes
family does). Printed: type accuracy of the rules alone and with the model, over the found quotes and over those
whose speaker is right (the strict rule), pooled and per file, with the settings tried.

``--write-builtin`` trains the built-in model on every development row and writes
``coverage/data/models/source_type.json`` (``make source-model``). ``--held-out FILE`` scores the built-in model on a
quote file it was not trained on (the rules alone against the rules with the model, the same extractor).

Run from the repository root::

    python benchmarks/source_model.py [--data ../shared/data] [--grid]
    python benchmarks/source_model.py --write-builtin
    python benchmarks/source_model.py --held-out benchmarks/labels_quotes_fresh43.csv
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from quotes_labels import DEFAULT_DATA, load_texts, read_labels, run  # noqa: E402
from validate_frames import FRESH_SETS  # noqa: E402

from coverage.learn import cross_validate_source_model, train_source_model  # noqa: E402
from coverage.source_model import SourceTypeModel, model_types  # noqa: E402

BUILTIN = ROOT / "coverage" / "data" / "models" / "source_type.json"
#: The settings of the built-in model (chosen by leaving quote files out, ``--grid``).
SETTINGS = {"C": 0.3, "before": 8, "after": 12, "mentions": 3, "min_articles": 3}


def development_files() -> list[Path]:
    """The development quote files: every ``labels_quotes*.csv`` but second annotators' and the held-out set's."""
    held = {f"labels_quotes_{name}.csv" for name in FRESH_SETS}
    return sorted(p for p in (ROOT / "benchmarks").glob("labels_quotes*.csv")
                  if "coder2" not in p.name and p.name not in held)


def labelled_rows(paths: list[Path], data: Path) -> tuple[pd.DataFrame, dict[str, str]]:
    """Found gold quotes with a gold speaker and a predicted speaker mention, and the article texts."""
    _, gold, _ = run(paths, data, source_model=None)
    texts = load_texts(read_labels(paths), data)
    keep = gold["found"] & gold["speaker_ok"].notna() & (gold["pred_speaker_start"].fillna(-1).astype(int) >= 0)
    rows = gold[keep].assign(speaker_start=lambda d: d["pred_speaker_start"].astype(int),
                             speaker_end=lambda d: d["pred_speaker_end"].astype(int),
                             rule_type=lambda d: d["type_pred"].astype(str),
                             right=lambda d: d["speaker_ok"] == True)  # noqa: E712
    # the labels' own speaker offsets are replaced by the extractor's: the model sees what it sees at run time
    return rows.reset_index(drop=True), texts


def _acc(hit: pd.Series) -> str:
    return f"{hit.mean():.4f} ({int(hit.sum())} of {len(hit)})"


def report(cv: pd.DataFrame) -> None:
    for what, part in (("found quotes", cv), ("speaker right", cv[cv["right"]])):
        print(f"  {what:14s} rules {_acc(part['rule_type'] == part['source_type'])}   rules + model "
              f"{_acc(part['fallback_type'] == part['source_type'])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    ap.add_argument("--grid", action="store_true", help="also try other settings (leave one file out each)")
    ap.add_argument("--write-builtin", action="store_true", help="train on every development row and write "
                    f"{BUILTIN.relative_to(ROOT)}")
    ap.add_argument("--held-out", type=Path, help="score the built-in model on this quote file instead")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    if args.held_out:
        rows, texts = labelled_rows([args.held_out], args.data)
        model = SourceTypeModel.default()
        typed = model_types(rows.assign(source_type=rows["rule_type"], source_rule=""), texts, model)
        rows = rows.assign(fallback_type=typed["source_type"].to_numpy())
        print(f"{args.held_out}: {len(rows)} found quotes with a speaker; the built-in model ({model!r})")
        report(rows)
        changed = rows[rows["fallback_type"] != rows["rule_type"]]
        print(f"  typed by the model: {len(changed)}, right {int((changed['fallback_type'] == changed['source_type']).sum())}")
        return 0
    paths = development_files()
    rows, texts = labelled_rows(paths, args.data)
    groups = rows["src_file"].map(lambda p: Path(p).name)
    print(f"{len(paths)} development quote files, {len(rows)} found quotes with a speaker "
          f"({int(rows['right'].sum())} with the speaker right), {rows['article_id'].nunique()} articles")
    cv = cross_validate_source_model(rows, texts, groups, **SETTINGS)
    summary = {"scheme": f"leave one quote file out ({groups.nunique()} files)", "n": len(cv),
               "rules_accuracy": float((cv["rule_type"] == cv["source_type"]).mean()),
               "accuracy": float((cv["fallback_type"] == cv["source_type"]).mean())}
    print(f"\nLeave one quote file out, settings {SETTINGS}:")
    report(cv)
    per = (cv[cv["right"]].assign(file=groups[cv["right"]].to_numpy(),
                                  rules=lambda d: d["rule_type"] == d["source_type"],
                                  model=lambda d: d["fallback_type"] == d["source_type"])
           .groupby("file")[["rules", "model"]].mean())
    print(f"\nPer file (speaker right): the model raises {int((per['model'] > per['rules']).sum())} of {len(per)} "
          f"files, lowers {int((per['model'] < per['rules']).sum())}")
    print(per.assign(change=per["model"] - per["rules"]).round(3).to_string())
    if args.grid:
        for c in (0.1, 1.0):
            for k in ("C",):
                s = {**SETTINGS, k: c}
                print(f"\nsettings {s}:")
                report(cross_validate_source_model(rows, texts, groups, **s))
        for b, a, m in ((5, 8, 2), (12, 20, 5), (8, 12, 0)):
            s = {**SETTINGS, "before": b, "after": a, "mentions": m}
            print(f"\nsettings {s}:")
            report(cross_validate_source_model(rows, texts, groups, **s))
    if args.write_builtin:
        model = train_source_model(rows, texts, **SETTINGS, cv=summary,
                                   trained_on=f"{len(rows)} found quotes with a speaker of {len(paths)} development "
                                              "quote files (benchmarks/source_model.py)")
        model.to_json(BUILTIN)
        print(f"\nbuilt-in source-type model: {model!r} -> {BUILTIN.relative_to(ROOT)}")
    print(f"\n{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
