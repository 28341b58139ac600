"""Every fresh set scored with the rules it was first scored with: the project's record on events nobody had read.

Each fresh set (``fresh``, ``fresh2`` ... the newest) was drawn from titles and openings only and coded by two
independent coders *before* any rule was written from it; its first score is the one fully held-out figure of
the rules shipped that day. Later rule rounds were written from the sets that became development data, so
today's rules score those sets in-sample; only the first uses say what to expect on a new event.

This script rebuilds those first uses from the repository's history: for each set, the package and benchmark
code of the commit at which the set was drawn (:data:`FIRST_USES`; no rule changed between a set's drawing and
its first score) is exported with ``git archive`` into a temporary folder, and a child Python process with that
code first on its path scores the set's labels (today's ``benchmarks/labels_<set>.csv``, the gold of the first
coder) with the rules of that commit: the shipped rules' frames, and the gated built-in frame model where the
commit had one (the default since set 11). Nothing is written to the repository; the temporary folders are
removed. It prints each set's F1 and frame accuracy, then the first uses pooled over every set, with a 95%
interval resampling whole events (``validate_frames.event_bootstrap``), and the same pooled over the earlier
and the later half of the sets: whether the rounds in between raised what a new event gets.

Needs the repository's git history (a clone, not an sdist) and the shared data. About a minute per set.

Run from the repository root::

    python benchmarks/first_uses.py [--data ../shared/data] [--keep DIR]
    python benchmarks/first_uses.py --quotes    # the fresh quote sets, with the extractor of each set's day
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "benchmarks"))
from validate_frames import FMT, SCORE_COLS, pooled_scores, print_event_ci  # noqa: E402

#: Each fresh set and the commit at which it was drawn (its labels and first score came before any later rule).
FIRST_USES: dict[str, str] = {
    "fresh": "0a9af88",    # framing 1.4.0, religion rules 1.3.0
    "fresh2": "d44ca46",   # 1.5.0 / 1.3.0
    "fresh3": "118eeee",   # 1.7.0 / 1.4.0
    "fresh4": "1993c5c",   # 1.8.0 / 1.5.0
    "fresh5": "bed03b2",   # 1.9.0 / 1.6.0
    "fresh6": "c171f36",   # 1.9.0 / 1.7.0
    "fresh7": "49729da",   # 1.11.0 / 1.8.0
    "fresh8": "afe7380",   # 1.13.0 / 1.8.0
    "fresh9": "200df52",   # 1.14.0 / 1.9.0
    "fresh10": "c44bf85",  # 1.15.0 / 1.10.0
    "fresh11": "a5c5303",  # 1.16.0 / 1.11.0
    "fresh12": "7702d6d",  # 1.17.0 / 1.12.0
    "fresh13": "83e9288",  # 1.18.0 / 1.13.0
    "fresh14": "64c3ddc",  # 1.19.0 / 1.14.0
    "fresh15": "d47c9ed",  # 1.20.0 / 1.15.0
    "fresh16": "bc26ffa",  # 1.21.0 / 1.15.0
    "fresh17": "6eb03fb",  # 1.22.0 / 1.16.0
    "fresh18": "7d9cabb",  # 1.23.0 / 1.16.0
    "fresh19": "265671f",  # 1.24.0 / 1.16.0
    "fresh20": "fb223a6",  # 1.25.0 / 1.17.0
    "fresh21": "bd918ff",  # 1.27.0 / 1.18.0
    "fresh22": "c4685c9",  # 1.28.0 / 1.19.0
    "fresh23": "7ec64f9",  # 1.29.1 / 1.19.1
    "fresh24": "f042d7e",  # 1.29.1 / 1.19.1 (built-in models retrained with sets 22 and 23)
    "fresh25": "820e0c0",  # 1.29.1 / 1.19.1
    "fresh26": "81a8438",  # 1.29.1 / 1.19.1 (quotes round 40; built-in models retrained with sets 24 and 25)
    "fresh27": "828af74",  # 1.29.1 / 1.19.1 (quotes round 42; built-in models retrained with set 26)
    "fresh28": "90ec6fe",  # 1.29.1 / 1.19.1 (sources 1.19; built-in models retrained with set 27)
    "fresh29": "a965883",  # 1.29.1 / 1.19.1 (sources 1.20; built-in models retrained with set 28)
    "fresh30": "b5c8aa5",  # 1.29.1 / 1.19.1 (sources 1.20; built-in models retrained with set 29)
    "fresh31": "e259de7",  # 1.29.1 / 1.19.1 (sources 1.20; built-in models retrained with set 30)
    "fresh32": "5b75e6b",  # 1.29.1 / 1.19.1 (sources 1.20; built-in models retrained with set 31)
    "fresh33": "2cbbdc2",  # 1.29.1 / 1.19.1 (sources 1.20; built-in models retrained with set 32)
    "fresh34": "40452c5",  # 1.29.1 / 1.19.1 (sources 1.20; built-in models retrained with set 33)
    "fresh35": "e430a5c",  # 1.29.1 / 1.19.1 (sources 1.20; built-in models retrained with set 34)
    "fresh36": "98ced2d",  # 1.29.1 / 1.19.1 (sources 1.20; built-in models retrained with set 35)
    "fresh37": "80a2034",  # 1.29.1 / 1.19.1 (sources 1.20; built-in models retrained with set 36)
    "fresh38": "b03d96e",  # 1.29.1 / 1.19.1 (sources 1.20; built-in models retrained with set 37)
    "fresh39": "a5203af",  # 1.29.1 / 1.19.1 (sources 1.20; built-in models retrained with set 38)
    "fresh40": "9c073a1",  # 1.29.1 / 1.19.1 (sources 1.20; built-in models retrained with set 39)
    "fresh41": "5a0a115",  # 1.29.1 / 1.19.1 (sources 1.20; built-in models retrained with set 40)
    "fresh42": "1a3f22b",  # 1.29.1 / 1.19.1 (quotes round 43, sources 1.20; built-in models retrained with set 41)
    "fresh43": "0be48b6",  # 1.29.1 / 1.19.1 (quotes rounds 44 to 46, sources 1.20; built-in models retrained with set 42)
}

# Run in the child, with the old commit's code first on sys.path: score one set, write the table as CSV.
_CHILD = r'''
import inspect, sys
from pathlib import Path
old, which, labels_path, data, out = sys.argv[1:6]
sys.path.insert(0, str(Path(old) / "benchmarks"))
import pandas as pd
import coverage
assert Path(coverage.__file__).resolve().is_relative_to(Path(old).resolve()), coverage.__file__
import events as ev
import validate_frames as vf
from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon
labels = pd.read_csv(labels_path, dtype=str, keep_default_na=False)
evs = ev.SETS[which][0] if hasattr(ev, "SETS") else getattr(ev, "FRESH_EVENTS" if which == "fresh" else which.upper() + "_EVENTS")
corpus = ev.events_corpus(Path(data), evs)
corpus = corpus[[c for c in ("id", "outlet", "text", "title") if c in corpus]]
n_params = len(inspect.signature(vf.validate_with).parameters)
tables = []
for variant, model in [("rules", None)] + ([("default", "builtin")] if n_params >= 5 else []):
    args = [labels[vf.LABEL_COLS], corpus, Lexicon.default(), ReligionRules.default()] + ([model] if n_params >= 5 else [])
    t = vf.validate_with(*args).table.drop(columns=["text"], errors="ignore")
    t = t.merge(labels[["article_id", "sentence", "event"]].assign(sentence=labels["sentence"].astype(int)),
                on=["article_id", "sentence"], validate="one_to_one")
    assert len(t) == len(labels), (len(t), len(labels))
    tables.append(t.assign(variant=variant, framing=Lexicon.default().version, religion_rules=ReligionRules.default().version))
pd.concat(tables, ignore_index=True).to_csv(out, index=False)
'''


# Run in the child for --quotes: the old extractor on today's texts (JSON in), its quotes (JSON out).
_QUOTES_CHILD = r'''
import json, sys
from pathlib import Path
old, texts_path, out = sys.argv[1:4]
import coverage
assert Path(coverage.__file__).resolve().is_relative_to(Path(old).resolve()), coverage.__file__
from coverage.quotes import extract_quotes
texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
keep = ("start", "end", "kind", "speaker", "speaker_start", "speaker_end")
preds = {aid: [{k: getattr(q, k) for k in keep} for q in extract_quotes(t)] for aid, t in texts.items()}
Path(out).write_text(json.dumps(preds), encoding="utf-8")
'''


def _export(commit: str, old: Path) -> None:
    """``coverage/`` and ``benchmarks/`` of ``commit`` into the new folder ``old``."""
    old.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", commit, "coverage", "benchmarks"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        # a git archive of our own history; the "data" filter (Python >= 3.11.4) still refuses links out of the folder
        tar.extractall(old, **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))


def _child(code: str, old: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-c", code, str(old), *args], check=True, cwd=old,
                   env={"PYTHONPATH": str(old), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"})


def quotes_first_use(which: str, commit: str, data: Path, work: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The gold quotes of quote set ``which`` (``labels_quotes_<which>.csv``) matched against the extractor of
    ``commit`` (``quotes_labels.match``): one row per gold quote (``found``, ``speaker_ok``, the best prediction's
    ``pred_speaker``, and ``set``), and one per predicted quote (``right``)."""
    from types import SimpleNamespace

    from quotes_labels import check_rows, load_texts, match, read_labels

    labels = read_labels([ROOT / "benchmarks" / f"labels_quotes_{which}.csv"])
    texts = load_texts(labels, data)
    check_rows(labels, texts)
    old = work / f"q-{which}"
    _export(commit, old)
    src, out = work / f"q-{which}-texts.json", work / f"q-{which}-preds.json"
    src.write_text(json.dumps({aid: texts[aid] for aid in labels["article_id"].unique()}), encoding="utf-8")
    _child(_QUOTES_CHILD, old, str(src), str(out))
    preds = {aid: [SimpleNamespace(**q) for q in qs] for aid, qs in json.loads(out.read_text(encoding="utf-8")).items()}
    gold, pred = match(labels, preds)
    return gold.assign(set=which), pred


def quotes_first_uses(data: Path) -> Iterator[tuple[str, str, pd.DataFrame, pd.DataFrame]]:
    """``(set, commit, gold, pred)`` of every fresh quote set at its first use (:func:`quotes_first_use`), in the
    order of :data:`FIRST_USES`; sets without a quote labels file are skipped."""
    with tempfile.TemporaryDirectory(prefix="first-uses-") as tmp:
        for which, commit in FIRST_USES.items():
            if not (ROOT / "benchmarks" / f"labels_quotes_{which}.csv").exists():
                continue
            gold, pred = quotes_first_use(which, commit, data, Path(tmp))
            print(f"{which}: quotes scored with the code of {commit}", file=sys.stderr, flush=True)
            yield which, commit, gold, pred


def quotes_report(data: Path) -> None:
    """Every fresh quote set scored with the extractor of the commit its set was drawn at, then pooled."""
    rows, golds, preds = [], [], []
    for which, commit, g, p in quotes_first_uses(data):
        golds.append(g)
        preds.append(p)
        rows.append(_quote_row(which, commit, g, p))
    print("Every fresh quote set at its first use (found = a prediction covers > 30% of the gold quote; speaker "
          "over the found quotes with a gold speaker):")
    print(pd.DataFrame(rows).to_string(index=False, **FMT))
    half = len(golds) // 2
    for what, part in (("all sets", slice(None)), (f"{rows[0]['set']} to {rows[half - 1]['set']}", slice(0, half)),
                       (f"{rows[half]['set']} to {rows[-1]['set']}", slice(half, None))):
        gold, pred = pd.concat(golds[part], ignore_index=True), pd.concat(preds[part], ignore_index=True)
        sp = gold[gold["speaker_ok"].notna()]
        ci = _article_interval(sp, "speaker_ok")
        print(f"\nPooled, {what}: " + ", ".join(f"{k} {v}" for k, v in _quote_row("", "", gold, pred).items()
                                               if k not in ("set", "commit")))
        print(f"speaker accuracy, 95% interval resampling the {sp['article_id'].nunique()} articles: "
              f"{sp['speaker_ok'].astype(float).mean():.3f} [{ci[0]:.3f}, {ci[1]:.3f}]")


def _quote_row(which: str, commit: str, gold: pd.DataFrame, pred: pd.DataFrame) -> dict:
    right, n_pred, found, n_gold = int(pred["right"].sum()), len(pred), int(gold["found"].sum()), len(gold)
    p, r = right / n_pred if n_pred else float("nan"), found / n_gold if n_gold else float("nan")
    sp = gold["speaker_ok"].dropna().astype(float)
    return {"set": which, "commit": commit, "gold": n_gold, "P": round(p, 3), "R": round(r, 3),
            "F1": round(2 * p * r / (p + r), 3) if p + r else float("nan"),
            "speaker": round(float(sp.mean()), 3), "speaker_n": f"{int(sp.sum())}/{len(sp)}"}


def _article_interval(rows: pd.DataFrame, col: str, n_resamples: int = 2000, seed: int = 0) -> tuple[float, float]:
    """95% percentile interval of the mean of ``col``, resampling whole articles."""
    import numpy as np

    per = rows.assign(v=rows[col].astype(float)).groupby("article_id")["v"].agg(["sum", "count"]).to_numpy()
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(per), size=(n_resamples, len(per)))
    sums, counts = per[idx, 0].sum(axis=1), per[idx, 1].sum(axis=1)
    low, high = np.quantile(sums / counts, [0.025, 0.975])
    return float(low), float(high)


def first_use(which: str, commit: str, data: Path, work: Path) -> pd.DataFrame:
    """The labels and predictions of set ``which`` with the rules of ``commit`` (columns of
    ``ValidationResult.table`` plus ``event, variant, framing, religion_rules``)."""
    old = work / which
    _export(commit, old)
    out = work / f"{which}.csv"
    _child(_CHILD, old, which, str(ROOT / "benchmarks" / f"labels_{which}.csv"), str(data), str(out))
    return pd.read_csv(out, dtype={"religion_frame": str, "pred_religion_frame": str}, keep_default_na=False)


def summary(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per set: its rules' versions, sentences, events, F1 per detector, violence precision, frame accuracy
    (rules, gated)."""
    rows = []
    for which, t in tables.items():
        rules = t[t["variant"] == "rules"]
        ps = pooled_scores(rules).set_index("detector")
        gated = t[t["variant"] == "default"]
        g = pooled_scores(gated).set_index("detector").loc["religion_frame", "accuracy"] if len(gated) else float("nan")
        rows.append({"set": which, "rules": f"{rules['framing'].iloc[0]} / {rules['religion_rules'].iloc[0]}",
                     "sentences": len(rules), "events": rules["event"].nunique(),
                     **{d: ps.loc[d, "f1"] for d in ("solidarity", "violence", "religion")},
                     "violence_p": ps.loc["violence", "precision"],
                     "frame": ps.loc["religion_frame", "accuracy"], "frame_gated": g})
    return pd.DataFrame(rows)


def pooled(tables: dict[str, pd.DataFrame], sets: list[str], what: str, variant: str = "rules") -> None:
    """The first uses of ``sets`` pooled (``variant``: "rules", or "default" with the gated frame model), with
    event-bootstrap intervals."""
    t = pd.concat([tables[w][tables[w]["variant"] == variant].assign(event=lambda x, w=w: w + ":" + x["event"])
                   for w in sets], ignore_index=True)
    print(f"\n{what} ({len(sets)} sets, {len(t)} sentences, {t['event'].nunique()} events), pooled:")
    print(pooled_scores(t)[SCORE_COLS].to_string(index=False, **FMT))
    print_event_ci(t, "F1")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    ap.add_argument("--keep", type=Path, help="also write each set's table (labels and predictions) into this "
                    "existing folder, as <set>.csv")
    ap.add_argument("--quotes", action="store_true", help="the fresh quote sets (labels_quotes_<set>.csv) instead: "
                    "each scored with the quote extractor of its set's commit")
    args = ap.parse_args(argv)
    if args.quotes:
        quotes_report(args.data.resolve())
        return 0
    tables = {}
    with tempfile.TemporaryDirectory(prefix="first-uses-") as tmp:
        for which, commit in FIRST_USES.items():
            tables[which] = first_use(which, commit, args.data.resolve(), Path(tmp))
            print(f"{which}: scored with the code of {commit}", file=sys.stderr, flush=True)
    if args.keep:
        for which, t in tables.items():
            t.to_csv(args.keep / f"{which}.csv", index=False)
    table = summary(tables)
    print("Every fresh set at its first use (F1; violence_p: the violence lexicon's precision; frame: accuracy on the "
          "sentences both call religious; frame_gated: the default with the gated built-in frame model, from set 11 on):")
    print(table.to_string(index=False, **FMT))
    print("\nMedian over the sets: " + ", ".join(f"{c} {table[c].median():.3f}"
                                               for c in ("solidarity", "violence", "religion", "frame")))
    sets = list(FIRST_USES)
    half = len(sets) // 2
    pooled(tables, sets, "Every first use")
    pooled(tables, sets[:half], f"The earlier sets ({sets[0]} to {sets[half - 1]})")
    pooled(tables, sets[half:], f"The later sets ({sets[half]} to {sets[-1]})")
    gated = [w for w in sets if (tables[w]["variant"] == "default").any()]
    pooled(tables, gated, f"The default (rules, then the gated built-in frame model), {gated[0]} to {gated[-1]}",
           variant="default")
    pooled(tables, gated, f"The rules alone on the same sets ({gated[0]} to {gated[-1]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
