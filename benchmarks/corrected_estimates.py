"""Do the corrected estimates bring per-group shares closer to the human ones? (issue 18)

Both estimators of :func:`coverage.audit.corrected` (``--methods``; default both, from the same
audit sheets, side by side): ``composite`` (the default: each group's own labels shrunk towards the
pooled ones, the unlabelled sentences predicted) and ``rogan-gladen`` (pooled sensitivity and
specificity).

On the development events of ``validate_frames.py`` (``DEV_SETS``: ``benchmarks/labels_events.csv``
and ``labels_fresh.csv`` to ``labels_fresh5.csv``, 2,849 human-coded sentences about 77 events;
corpus rebuilt by ``benchmarks/events.py``), with the event as the group (77 groups), for R seeds:

* **in-sample**: :func:`coverage.audit.audit` draws a stratified sample (``--n`` draws, default
  375; the latest runs used 618, about 8 per group; group x detector x hit / no hit) of the
  labelled sentences; the drawn rows get their human labels; :func:`coverage.audit.corrected`
  estimates every group's share from them;
* **leave one event out**: for each group, the sample is drawn from the *other* groups'
  sentences only, and that group's share is estimated from their labels (what a user does when
  the outlet or event at hand was never labelled).

A **control** run checks the interval itself: the detectors' output is replaced by a
simulated one that errs alike in every group (a sentence coded 1 is flagged with the detector's
overall sensitivity, one coded 0 with its overall false-positive rate; new draws per seed), the
Rogan-Gladen assumption, and the in-sample procedure is repeated; once as it is, and once with
every sentence made its own article, so that the interval resamples sentences instead of the two
or three articles of a group.

The truth is the human share over *all* the group's labelled sentences. The universe is the
labelled sentences that the analysis counts (sentences 0..24 of each article, boilerplate
left out), so raw, corrected and human shares are all about the same sentences. Printed per
detector: mean absolute error over the groups of the raw and the corrected share (mean over
seeds, with the range), the share of groups whose interval holds the human share, and how often
the correction is undefined. Only figures are printed, never article text.

Run from the repository root::

    python benchmarks/corrected_estimates.py [--data ../shared/data] [--seeds 20] [--n 375] [--n-boot 2000]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

import coverage
from coverage.audit import METHODS, audit, corrected, labels_of
from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import events  # noqa: E402
from validate_frames import FRESH_SETS, dev_events, dev_labels, rules_without  # noqa: E402

DETECTORS = ("solidarity", "violence", "religion")
LABEL_COLUMNS = ["article_id", "sentence", "solidarity", "violence", "religion", "religion_frame", "text_sha1"]


def detector_rules(which: str) -> tuple[Lexicon, ReligionRules]:
    """The framing lexicon and religion rules of the detector whose shares are corrected.

    ``"not-from-these-events"``: the built-in rules without every rule written from any of the
    development events (``strict``: a rule goes when one of them is in its ``from``), i.e. the seed-era rules and
    those written from BASIL, the coding scheme and the issue text: a detector written elsewhere, as
    a user's corpus meets it. ``"built-in"``: the full rules, partly written from these sentences
    (in-sample; for comparison).
    """
    if which == "built-in":
        return Lexicon.default(), ReligionRules.default()
    if which != "not-from-these-events":
        raise ValueError(f"unknown rules {which!r}")
    return rules_without({e.slug for e in dev_events()}, strict=True)


def fresh_events_labels() -> tuple[list, pd.DataFrame]:
    """The events and first coder's labels of the fresh sets (:data:`validate_frames.FRESH_SETS`)."""
    evs, parts = [], []
    for which, (_, first, _) in FRESH_SETS.items():
        evs += events.SETS[which][0]
        parts.append(pd.read_csv(ROOT / "benchmarks" / first, dtype=str, keep_default_na=False))
    return evs, pd.concat(parts, ignore_index=True)


def labelled_analysis(data: Path, rules: str = "not-from-these-events",
                      which: str = "development") -> tuple[coverage.Analysis, pd.DataFrame]:
    """The analysis restricted to the labelled, counted sentences, with outlet = event; and the labels.

    ``which``: ``"development"`` (``DEV_SETS``) or ``"fresh"`` (``FRESH_SETS``, with the built-in rules,
    none of which was written from them).
    """
    if which == "fresh":
        evs, raw = fresh_events_labels()
        lexicon, religion_rules = detector_rules("built-in")
    else:
        evs, raw = dev_events(), dev_labels()
        lexicon, religion_rules = detector_rules(rules)
    corpus = events.events_corpus(data, evs)
    full = coverage.analyze(corpus, seed=0,
                            families=coverage.default_families(lexicon=lexicon, religion_rules=religion_rules,
                                                               frame_model=None))
    labels = labels_of(raw[LABEL_COLUMNS])
    coverage.validate(labels, analysis=full)  # every label aligns (text_sha1), or this raises naming the row
    keys = set(zip(labels["article_id"], labels["sentence"].astype(int), strict=True))
    s = full.sentences
    keep = np.array([(a, int(n)) in keys for a, n in zip(s["article_id"], s["sentence"], strict=True)])
    s = s[keep].copy()
    s["outlet"] = s["event"].astype(str)
    return dataclasses.replace(full, sentences=s.reset_index(drop=True)), labels


def truth(analysis: coverage.Analysis, labels: pd.DataFrame) -> pd.DataFrame:
    """Per group and detector: the human share and the raw share over the group's counted labelled sentences."""
    s = analysis.sentences[analysis.counted_mask()]
    lab = labels.assign(sentence=labels["sentence"].astype(int))
    m = s[["article_id", "sentence", "outlet", *DETECTORS]].merge(
        lab[["article_id", "sentence", *DETECTORS]], on=["article_id", "sentence"], suffixes=("_pred", ""))
    rows = []
    for g, grp in m.groupby("outlet", sort=True):
        for d in DETECTORS:
            rows.append({"outlet": g, "detector": d, "n": len(grp), "true": grp[d].astype(int).mean(),
                         "raw": (grp[f"{d}_pred"] > 0).mean()})
    return pd.DataFrame(rows)


def fill(sheet: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    """The audit sheet with the human labels of its rows."""
    cols = [*DETECTORS, "religion_frame"]
    row = {k: j for j, k in enumerate(zip(labels["article_id"], labels["sentence"].astype(int), strict=True))}
    at = [row[k] for k in zip(sheet["article_id"], sheet["sentence"], strict=True)]
    out = sheet.copy()
    for c in cols:
        out[c] = labels[c].to_numpy()[at].tolist()
    return out


def simulated(analysis: coverage.Analysis, labels: pd.DataFrame, seed: int,
              sentence_units: bool = False) -> tuple[coverage.Analysis, pd.DataFrame]:
    """The analysis with detector output drawn from the human labels at the overall error rates.

    With ``sentence_units`` every sentence becomes an article of its own (id ``article#sentence``,
    the labels' ids likewise), so the bootstrap resamples sentences.
    """
    s = analysis.sentences.copy()
    lab = labels.assign(sentence=labels["sentence"].astype(int)).set_index(["article_id", "sentence"])
    keys = list(zip(s["article_id"], s["sentence"], strict=True))
    counted = analysis.counted_mask()
    rng = np.random.default_rng([seed, 18])
    for d in DETECTORS:
        h = lab.loc[keys, d].astype(int).to_numpy()
        p = (s[d].to_numpy(dtype=float) > 0)
        sens, fpr = p[counted & (h == 1)].mean(), p[counted & (h == 0)].mean()
        s[d] = (rng.random(len(s)) < np.where(h == 1, sens, fpr)).astype(s[d].dtype)
    if sentence_units:
        s["article_id"] = [f"{a}#{n}" for a, n in keys]
        labels = labels.assign(article_id=[f"{a}#{n}" for a, n in zip(labels["article_id"], labels["sentence"],
                                                                         strict=True)])
    return dataclasses.replace(analysis, sentences=s), labels


def run(analysis: coverage.Analysis, labels: pd.DataFrame, seeds: int, n: int, n_boot: int,
        methods: tuple[str, ...] = METHODS) -> pd.DataFrame:
    """One row per seed, method, variant, group and detector: corrected share, interval, sheet size.

    Every method corrects from the same audit sheets (side by side)."""
    rows = []
    groups = sorted(set(analysis.sentences["outlet"]))

    def each(an: coverage.Analysis, filled: pd.DataFrame, r: int, **tags):
        for method in methods:
            res = corrected(an, filled, n_boot=n_boot, seed=r, method=method)
            if "group" in tags:
                res = res[res["outlet"] == tags["group"]]
            rows.append(res.assign(seed=r, method=method, variant=tags["variant"], sheet_rows=len(filled)))

    for r in range(seeds):
        each(analysis, fill(audit(analysis, n, seed=r), labels), r, variant="in-sample")
        for variant, units in (("control", False), ("control, sentence units", True)):
            sim, sim_labels = simulated(analysis, labels, r, units)
            each(sim, fill(audit(sim, n, seed=r), sim_labels), r, variant=variant)
        for g in groups:
            others = dataclasses.replace(analysis, sentences=analysis.sentences[analysis.sentences["outlet"] != g])
            each(analysis, fill(audit(others, n, seed=r), labels), r, variant="leave one event out", group=g)
    return pd.concat(rows, ignore_index=True)


def summary(results: pd.DataFrame, truth_: pd.DataFrame) -> pd.DataFrame:
    m = results.merge(truth_[["outlet", "detector", "true"]], on=["outlet", "detector"])  # raw: per run
    m["err_raw"] = (m["raw"] - m["true"]).abs()
    m["err_corr"] = (m["corrected"] - m["true"]).abs()
    m["err_human"] = (m["human"] - m["true"]).abs()
    m["covered"] = (m["corrected_low"] <= m["true"]) & (m["true"] <= m["corrected_high"])
    m["defined"] = m["corrected"].notna()
    per_seed = m.groupby(["method", "variant", "detector", "seed"], sort=False).agg(
        mae_raw=("err_raw", "mean"), mae_corr=("err_corr", "mean"), mae_human=("err_human", "mean"),
        coverage=("covered", "mean"), undefined=("defined", lambda x: 1 - x.mean()),
        width=("corrected_high", "mean"), low=("corrected_low", "mean"),
        sens=("sensitivity", "mean"), spec=("specificity", "mean"),
        better=("err_corr", "size"))
    per_seed["width"] = per_seed["width"] - per_seed["low"]
    # share of groups where the corrected share is closer to the truth than the raw one
    m["closer"] = m["err_corr"] < m["err_raw"]
    per_seed["closer"] = m.groupby(["method", "variant", "detector", "seed"], sort=False)["closer"].mean()
    return per_seed.drop(columns=["low", "better"]).reset_index()


def _range(x: pd.Series, fmt: str = "{:.3f}") -> str:
    return f"{fmt.format(x.mean())} [{fmt.format(x.min())}, {fmt.format(x.max())}]"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=events.DEFAULT_DATA, help="shared data folder")
    ap.add_argument("--seeds", type=int, default=20, help="audit samples (seeds 0 .. R-1)")
    ap.add_argument("--n", type=int, default=375, help="draws per audit sample")
    ap.add_argument("--n-boot", type=int, default=2000, help="bootstrap replicates of corrected()")
    ap.add_argument("--rules", choices=["not-from-these-events", "built-in"], default="not-from-these-events",
                    help="the detector corrected: the rules written from none of the development events (default), or the "
                         "full built-in rules (partly written from them: in-sample)")
    ap.add_argument("--events", choices=["development", "fresh"], default="development",
                    help="the development events (default) or the fresh set (FRESH_SETS of validate_frames.py, set 10) with the shipped rules (their "
                         "labels are read, no rule is written from them)")
    ap.add_argument("--methods", default=",".join(METHODS),
                    help=f"estimators of corrected(), comma-separated (default: %(default)s; among {', '.join(METHODS)})")
    args = ap.parse_args(argv)
    methods = tuple(x.strip() for x in args.methods.split(",") if x.strip())
    if not methods or any(x not in METHODS for x in methods):
        ap.error(f"--methods must name some of {', '.join(METHODS)}")

    t0 = time.perf_counter()
    analysis, labels = labelled_analysis(args.data, args.rules, args.events)
    tr = truth(analysis, labels)
    results = run(analysis, labels, args.seeds, args.n, args.n_boot, methods)
    per_seed = summary(results, tr)
    took = time.perf_counter() - t0

    n_sent = int(tr.groupby("outlet")["n"].first().sum())
    sizes = results.groupby("variant")["sheet_rows"]
    print(f"media-coverage {coverage.__version__}: corrected shares ({', '.join(methods)}, from the same audit "
          f"sheets) on the {args.events} events ({n_sent} counted labelled sentences, {tr['outlet'].nunique()} events as "
          f"groups; {args.seeds} seeds, n = {args.n} draws, {args.n_boot} bootstrap replicates; rules: "
          f"{args.rules if args.events == 'development' else 'built-in, none written from these events'}; "
          f"{took:.0f} s)")
    print(f"audit sheet rows (after merging sentences drawn twice): in-sample {sizes.get_group('in-sample').mean():.1f}, "
          f"leave one event out {sizes.get_group('leave one event out').mean():.1f} on average")
    print()
    all_lab = tr.pivot(index="outlet", columns="detector", values="true")
    print("Human shares over the groups (truth): " + ", ".join(
        f"{d} mean {all_lab[d].mean():.3f} (range {all_lab[d].min():.3f}-{all_lab[d].max():.3f})" for d in DETECTORS))
    print()
    titles = {"in-sample": "in-sample", "leave one event out": "leave one event out",
              "control": "control: simulated detector output with the same error rates in every group",
              "control, sentence units": "control, every sentence its own article (the bootstrap resamples "
                                         "sentences)"}
    for method, variant in ((m_, v) for m_ in methods for v in titles):
        print(f"{method}, {titles[variant]}: mean over seeds [min, max]")
        head = (f"{'detector':<11} {'MAE raw':>24} {'MAE corrected':>24} {'closer than raw':>24} "
                f"{'CI coverage':>24} {'CI width':>8} {'undefined':>9} {'sens':>6} {'spec':>6}")
        if variant != "leave one event out":
            head += f" {'MAE human (direct)':>24}"
        print(head)
        for d in DETECTORS:
            x = per_seed[(per_seed["method"] == method) & (per_seed["variant"] == variant)
                         & (per_seed["detector"] == d)]
            line = (f"{d:<11} {_range(x['mae_raw']):>24} {_range(x['mae_corr']):>24} {_range(x['closer']):>24} "
                    f"{_range(x['coverage']):>24} {x['width'].mean():>8.3f} {x['undefined'].mean():>9.3f} "
                    f"{x['sens'].mean():>6.3f} {x['spec'].mean():>6.3f}")
            if variant != "leave one event out":
                line += f" {_range(x['mae_human']):>24}"
            print(line)
        print()
    # the detectors' error rates over all labelled sentences (what the samples estimate)
    s = analysis.sentences[analysis.counted_mask()]
    lab = labels.assign(sentence=labels["sentence"].astype(int))
    m = s[["article_id", "sentence", *DETECTORS]].merge(lab[["article_id", "sentence", *DETECTORS]],
                                                        on=["article_id", "sentence"], suffixes=("_pred", ""))
    parts = []
    for d in DETECTORS:
        h, p = m[d].astype(int).to_numpy(), (m[f"{d}_pred"] > 0).to_numpy()
        parts.append(f"{d} sens {p[h == 1].mean():.3f} spec {1 - p[h == 0].mean():.3f}")
    print("Error rates over all labelled sentences: " + "; ".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
