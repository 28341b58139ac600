"""Leave-one-event-out test of a learned religion-frame classifier, next to the religion-frame rules.

Question: does a classifier of the religion *frame* (``community``, ``dissociation``, ``attribution``,
``target``, ``neutral``; scheme in ``seeds/LABELS.md``), learned from the coded sentences, beat the
hand-written religion-frame rules on events it was not trained on?

Data (ids, sentence indices and text hashes only; the texts are rebuilt from ``../shared/data``, as in
``benchmarks/learned_detector.py``, whose :func:`load_sets` this script uses):

* the development labels of ``validate_frames.py`` (``DEV_SETS``, 125 events): trained on *and* scored;
* ``seeds/labels.csv`` (event "seeds") and ``benchmarks/labels_basil.csv`` (events = BASIL main events,
  the three articles on multi-event-set attacks under that event's slug): training data only, never scored.

Only the sentences the first coder called religious (``religion = 1``, so with a frame) train and are
scored: the frame is a property of a religious sentence.

Method. For each development event E (one fold) and each rule variant:

* **held out**: the framing lexicon and religion rules without the rules written only from E
  (``from`` ⊆ tags(E));
* **strict**: without every rule with a tag of E in its ``from``;

where tags(E) is :func:`learned_detector.held_out_tags` (E's slug, plus ``basil`` for the two events
that also have BASIL articles), the rules that ``learned_detector.py``'s leave-one-event-out mode uses:

1. the rules' frame of E's sentences: :func:`coverage.validate` of E's articles analysed with those
   rules (``pred_religion``, ``pred_religion_frame``), as ``validate_frames.py`` does;
2. the features of every human-religious sentence (all folds' training sentences and E's), computed with
   *the same* rules (:func:`coverage.learn.labelled_features`: the lexicon and religion-rule hit counts,
   including the rule frame hits ``religion_frame:<frame>`` and the rule categories, negation and
   quotation cues, word 1-2-grams), so that no feature of E comes from a rule written from E;
3. a multinomial logistic regression (scikit-learn, lbfgs, L2; vocabulary of n-grams in at least
   ``--min-df`` training sentences) trained on the religious sentences of every *other* event (the
   other development events, the seeds, BASIL), predicting E's.

Scores, pooled over the 125 events:

* frame accuracy and macro F1 (over the frames that occur, human or predicted, as in
  ``validate_frames.pooled_scores``) on the sentences that both the human *and* the (held-out) religion
  detector call religious: the set the rules' frame accuracy uses, the same for every method of a
  variant; methods: the rules, the learned model, and a combination (the rules' frame, except where the
  rules say ``neutral``: there the learned frame);
* the learned model's accuracy and macro F1 on every human-religious sentence (detector ignored).

The headline model is fixed before the run: ``C = 1``, ``class_weight = "balanced"`` (the recipe of
the learned detector). ``--grid`` adds a few other settings as a sensitivity check; choosing the best
of them on these same folds would be an optimistic figure, not a held-out one.

``--fresh`` trains one model on every development, seed and BASIL religious sentence (features from
the shipped rules) and scores the fresh set (``FRESH_SETS``) beside the shipped rules, with the
headline setting only. It prints pooled figures only, no sentence.

Figures (2026-12-05, framing lexicon 1.15.0, religion rules 1.10.0; the model fitted with the settings of
:func:`coverage.learn.train_frame_model`; 144 s on 2 shared cores): frame accuracy / macro F1 on the
sentences both call religious, pooled over the 113 events,

* held out (494 sentences): rules 0.785 / 0.581, learned 0.802 / 0.578 (33 sentences only it gets right,
  25 only the rules; difference +0.016, event-bootstrap 95% interval -0.024 to +0.052), rules with the
  learned frame where they say neutral 0.820 / 0.567 (+0.034, 0.006 to 0.061);
* strict (472): rules 0.689 / 0.528, learned 0.780 / 0.550 (+0.091, 0.040 to 0.143), combination 0.773;
* learned on all 533 human-religious sentences: 0.779 (held out), 0.749 (strict).

The grid settings gave 0.802 to 0.812 (held out), 0.769 to 0.792 (strict) in a first run whose fit
stopped at scikit-learn's default tolerance (strict learned 0.782 then). ``--fresh`` (set 9, one run,
nothing chosen on it): 22 sentences both call religious, shipped rules 0.591, learned 0.818, combination
0.773; learned on the 24 human-religious sentences 0.792.

``--no-words`` (the recipe of the religion family's built-in frame model: no word n-grams, only the
lexicon, religion-rule and cue features; 2026-12-05, framing lexicon 1.16.0, religion rules 1.11.0, 125
events): held out (521 sentences) rules 0.779, learned 0.752, rules with the learned frame where they say
neutral 0.812 (+0.033, event-bootstrap 95% interval 0.014 to 0.053: the opt-in two-step frame); strict
(494) rules 0.684, learned 0.713, combination 0.735 (+0.051, 0.029 to 0.074). ``--fresh --no-words`` on set
10 (13 sentences): rules 0.538, combination 0.846. ``--write-builtin`` trains that model on every
development, seed and BASIL religious sentence and writes ``coverage/data/models/religion_frame.json``.

The gated two-step frame (the religion family's default): the same, but the learned frame only in an article
about a violent attack, the family's gate (:func:`coverage.families.religion.article_violence`: at least
``GATE_MIN_SENTENCES`` sentences with a counted attack, casualties or perpetrator hit of the violence frame, and
at least ``GATE_MIN_SHARE`` of the article's sentences), its evidence computed from the framing hits of each
fold's own (held-out) lexicon (:func:`gate_evidence`). ``--no-words`` (2026-12-05, 139 events): held out (534
sentences) rules 0.773, ungated 0.811 (+0.037, 0.016 to 0.064), gated 0.809 (+0.036, 0.015 to 0.062); strict
(507) rules 0.680, ungated 0.738 (+0.057, 0.030 to 0.087), gated 0.736 (+0.055, 0.029 to 0.084). The thresholds
(8 sentences, 0.3) were chosen with ``--save`` predictions of these folds and the first 400 ABP rows: the largest
that keep the gain (README, "Validation").

Run from the repository root::

    python benchmarks/learned_frames.py [--data ../shared/data] [--grid] [--per-group] [--no-words] [--save p.pkl]
    python benchmarks/learned_frames.py --write-builtin
    python benchmarks/learned_frames.py --fresh
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

import coverage

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "benchmarks"))
from learned_detector import held_out_tags, load_sets  # noqa: E402
from validate_frames import DEV_SETS, FRESH_SETS, LABEL_COLS, dev_events, rules_without  # noqa: E402

FRAMES = ["attribution", "community", "dissociation", "neutral", "target"]
KEY = ["article_id", "sentence"]
#: The headline setting (fixed before the run) and the sensitivity grid of ``--grid``.
HEADLINE = (1.0, "balanced")
GRID = [(0.3, "balanced"), (3.0, "balanced"), (10.0, "balanced"), (1.0, None), (3.0, None)]


def segmentation(corpus: pd.DataFrame) -> pd.DataFrame:
    """The sentence table of ``corpus`` (the cheapest analysis: segmentation only), ``article_id`` as str."""
    from coverage.families import BoilerplateFamily

    a = coverage.analyze(corpus, families=[BoilerplateFamily()], exclude_boilerplate=False, n_boot=10)
    return a.sentences.assign(article_id=a.sentences["article_id"].astype(str))


def religious_rows(labels: pd.DataFrame, sents: pd.DataFrame) -> pd.DataFrame:
    """The human-religious label rows, aligned with (and checked against) the segmentation."""
    from coverage.learn import align_labels

    rel = labels[labels["religion"].astype(str) == "1"].copy()
    rel["sentence"] = rel["sentence"].astype("int64")
    if (~rel["religion_frame"].isin(FRAMES)).any():
        sys.exit("a religious label row without a known frame")
    table = align_labels(rel.reset_index(drop=True), sents)
    return table.sort_values(KEY, kind="mergesort").reset_index(drop=True)


def rules_frames(labels: pd.DataFrame, corpus: pd.DataFrame, lexicon: Any, rules: Any) -> pd.DataFrame:
    """``article_id, sentence, pred_religion, pred_religion_frame`` of the labelled sentences of ``corpus``
    analysed with ``lexicon`` and ``rules`` (as ``validate_frames.validate_with``), the frames from the rules
    alone (no frame model)."""
    families = coverage.default_families(lexicon=lexicon, religion_rules=rules, frame_model=None)
    analysis = coverage.analyze(corpus, families=families, exclude_boilerplate=False, n_boot=10)
    t = coverage.validate(labels[LABEL_COLS], analysis=analysis).table
    t = t.assign(article_id=t["article_id"].astype(str), sentence=t["sentence"].astype("int64"))
    return t[[*KEY, "pred_religion", "pred_religion_frame"]].merge(gate_evidence(analysis), on=KEY, how="left")


def gate_evidence(analysis: Any) -> pd.DataFrame:
    """``article_id, sentence, gate_sentences, gate_share, gate_window`` of every sentence of ``analysis``: the
    violence evidence of its article that the religion family's frame-model gate reads
    (:func:`coverage.families.religion.article_violence`), from the framing family's hits of the same lexicon.

    ``gate_sentences``: the article's sentences with a counted violence hit of a gate category
    (:data:`~coverage.families.religion.GATE_CATEGORIES`; the named-perpetrator rule's hits left out, as the
    family's gate does), ``gate_share`` that over the article's sentences, ``gate_window`` whether the sentence or
    a neighbour has one (for the record only).
    """
    from coverage.families.religion import GATE_CATEGORIES

    s = analysis.sentences[[*KEY]].assign(article_id=analysis.sentences["article_id"].astype(str))
    h = analysis.hits
    v = h[(h["counted_as"] == "violence") & (h["weight"] > 0) & h["category"].isin(GATE_CATEGORIES)
          & (h["term"] != "named perpetrator")]
    hit = set(zip(v["article_id"].astype(str), v["sentence"].astype("int64"), strict=True))
    s = s.sort_values(KEY, kind="mergesort").reset_index(drop=True)
    s["_v"] = [(a, int(i)) in hit for a, i in zip(s["article_id"], s["sentence"], strict=True)]
    g = s.groupby("article_id")["_v"]
    s["gate_sentences"] = g.transform("sum").astype(int)
    s["gate_share"] = s["gate_sentences"] / g.transform("size")
    s["gate_window"] = s["_v"] | g.shift(1, fill_value=False) | g.shift(-1, fill_value=False)
    return s.drop(columns="_v")


def fit_predict(train: list[dict[str, float]], y: np.ndarray, test: list[dict[str, float]], *, C: float,
                class_weight: str | None, min_df: int) -> np.ndarray:
    """Multinomial logistic regression on the training features, fitted as :func:`coverage.learn.train_frame_model`
    fits it; the predicted frame of each test row."""
    from coverage.families.learned import NGRAM
    from coverage.learn import _design, _logistic

    fixed, vocab, clf = _logistic(train, y, C=C, class_weight=class_weight, min_df=min_df, seed=0)
    return clf.predict(_design(test, [*fixed, *(NGRAM + v for v in vocab)]))


def frame_scores(human: pd.Series, pred: pd.Series) -> dict[str, float]:
    """``n``, accuracy and macro F1 over the frames that occur (human or predicted), as ``pooled_scores``."""
    from sklearn.metrics import f1_score

    h, p = human.astype(str).tolist(), pred.astype(str).tolist()
    if not h:
        return {"n": 0, "accuracy": float("nan"), "macro_f1": float("nan")}
    frames = sorted(set(h) | set(p))
    return {"n": len(h), "accuracy": float(np.mean([a == b for a, b in zip(h, p, strict=True)])),
            "macro_f1": float(f1_score(h, p, labels=frames, average="macro", zero_division=0))}


def settings_name(C: float, cw: str | None) -> str:
    return f"C={C:g}, {'balanced' if cw else 'unweighted'}"


def loeo(data: Path, min_df: int, grid: bool) -> tuple[pd.DataFrame, list[tuple[float, str | None]]]:
    """One row per (variant, scored sentence): human frame, rules' detection and frame, the learned frame
    under each setting."""
    import events as ev

    corpus, labels = load_sets(data)
    sents = segmentation(corpus)
    rel = religious_rows(labels, sents)
    dev_corpus = ev.events_corpus(data, dev_events())[["id", "outlet", "text", "title"]]
    dev_lab = labels[labels["set"].isin(DEV_SETS)]
    settings = [HEADLINE, *(GRID if grid else [])]
    from coverage.learn import labelled_features

    y_all = rel["religion_frame"].to_numpy()
    parts = []
    events = sorted(dev_lab["event"].unique())
    for variant in ("held out", "strict"):
        for k, event in enumerate(events):
            # train without every sentence of the event (BASIL articles on it too); score its development sentences
            train = (rel["event"] != event).to_numpy()
            test = ~train & rel["set"].isin(DEV_SETS).to_numpy()
            if not test.any():  # no religious sentence: nothing to score
                continue
            print(f"\r{variant}: fold {k + 1}/{len(events)}", end="", file=sys.stderr, flush=True)
            tags = set(held_out_tags(event))
            lex, rules = rules_without(tags, strict=variant == "strict")
            lab = dev_lab[dev_lab["event"] == event]
            pr = rules_frames(lab, dev_corpus[dev_corpus["id"].isin(set(lab["article_id"]))], lex, rules)
            feats = labelled_features(rel, sents, lexicon=lex, religion_rules=rules)
            train_idx, test_idx = np.flatnonzero(train), np.flatnonzero(test)
            got = rel.loc[test, [*KEY, "event", "set", "religion_frame"]].merge(pr, on=KEY, how="left")
            assert got["pred_religion"].notna().all() and len(got) == test.sum()
            for C, cw in settings:
                got[settings_name(C, cw)] = fit_predict([feats[i] for i in train_idx], y_all[train_idx],
                                                        [feats[i] for i in test_idx], C=C, class_weight=cw,
                                                        min_df=min_df)
            parts.append(got.assign(variant=variant))
    print(file=sys.stderr)
    return pd.concat(parts, ignore_index=True), settings


def gate_passes(t: pd.DataFrame, min_sentences: int | None = None, min_share: float | None = None) -> pd.Series:
    """Whether the religion family's frame-model gate lets the model decide in each row's article (the
    family's defaults: :data:`~coverage.families.religion.GATE_MIN_SENTENCES` and ``GATE_MIN_SHARE``)."""
    from coverage.families.religion import GATE_MIN_SENTENCES, GATE_MIN_SHARE

    k = GATE_MIN_SENTENCES if min_sentences is None else min_sentences
    r = GATE_MIN_SHARE if min_share is None else min_share
    return (t["gate_sentences"] >= k) & (t["gate_share"] >= r)


def gate_name() -> str:
    from coverage.families.religion import GATE_MIN_SENTENCES, GATE_MIN_SHARE

    return f"gate: {GATE_MIN_SENTENCES}+ violent sentences, share {GATE_MIN_SHARE:g}+"


def paired(pred: pd.DataFrame, head: str, draws: int = 2000, seed: int = 0) -> list[dict[str, Any]]:
    """Learned (``head``) and the combination against the rules, per variant: discordant sentences and an
    event-cluster bootstrap interval of the accuracy difference."""
    rng = np.random.default_rng(seed)
    rows = []
    for variant, g in pred.groupby("variant", sort=False):
        both = g[g["pred_religion"].astype(int) == 1]
        h, rules = both["religion_frame"], both["pred_religion_frame"]
        combo = rules.where(rules != "neutral", both[head])
        gated = rules.where((rules != "neutral") | ~gate_passes(both), both[head])
        events = both["event"].to_numpy()
        uniq = np.unique(events)
        idx = [np.flatnonzero(events == e) for e in uniq]
        for method, p in ((f"learned {head}", both[head]), ("rules, learned where rules say neutral", combo),
                          (f"the same, gated ({gate_name()})", gated)):
            ok_r, ok_m = (rules == h).to_numpy(), (p == h).to_numpy()
            diffs = []
            for _ in range(draws):
                sel = np.concatenate([idx[i] for i in rng.integers(0, len(uniq), len(uniq))])
                diffs.append(ok_m[sel].mean() - ok_r[sel].mean())
            lo, hi = np.percentile(diffs, [2.5, 97.5])
            rows.append({"variant": variant, "method": method, "n": len(h),
                         "only_method_right": int((ok_m & ~ok_r).sum()),
                         "only_rules_right": int((ok_r & ~ok_m).sum()), "acc_diff": ok_m.mean() - ok_r.mean(),
                         "ci_low": lo, "ci_high": hi})
    return rows


def report(pred: pd.DataFrame, settings: list[tuple[float, str | None]], per_group: bool) -> None:
    fmt = {"float_format": lambda x: f"{x:.3f}", "index": False}
    head = settings_name(*HEADLINE)
    rows, all_rows = [], []
    for variant, g in pred.groupby("variant", sort=False):
        both = g[g["pred_religion"].astype(int) == 1]
        combo = both["pred_religion_frame"].where(both["pred_religion_frame"] != "neutral", both[head])
        rows.append({"variant": variant, "method": "rules", **frame_scores(both["religion_frame"],
                                                                           both["pred_religion_frame"])})
        for C, cw in settings:
            name = settings_name(C, cw)
            tag = "learned" + ("" if (C, cw) == HEADLINE else " (grid)")
            rows.append({"variant": variant, "method": f"{tag} {name}",
                         **frame_scores(both["religion_frame"], both[name])})
            all_rows.append({"variant": variant, "method": f"{tag} {name}",
                             **frame_scores(g["religion_frame"], g[name])})
        rows.append({"variant": variant, "method": f"rules, learned ({head}) where rules say neutral",
                     **frame_scores(both["religion_frame"], combo)})
        gated = both["pred_religion_frame"].where((both["pred_religion_frame"] != "neutral") | ~gate_passes(both),
                                                  both[head])
        rows.append({"variant": variant, "method": f"the same, gated ({gate_name()})",
                     **frame_scores(both["religion_frame"], gated)})
    print(f"Pooled over the {len(dev_events())} held-out development events, on the sentences that the human and the "
          "religion detector (same rules) call religious:")
    print(pd.DataFrame(rows).to_string(**fmt))
    print("\nPaired comparison with the rules (sentences both call religious): sentences only the method gets "
          "right / only the rules get right, and a 95% interval of the accuracy difference (bootstrap over "
          "events, 2,000 draws):")
    print(pd.DataFrame(paired(pred, head)).to_string(**fmt))
    print("\nLearned model on every human-religious sentence (the detector ignored):")
    print(pd.DataFrame(all_rows).to_string(**fmt))
    g = pred[pred["variant"] == "held out"]
    both = g[g["pred_religion"].astype(int) == 1]
    print("\nHuman frames x predicted (held out, sentences both call religious): rules, then learned "
          f"({head}):")
    for col in ("pred_religion_frame", head):
        print(pd.crosstab(both["religion_frame"], both[col]).to_string())
    if per_group:
        rows = []
        for variant, g in pred.groupby("variant", sort=False):
            both = g[g["pred_religion"].astype(int) == 1]
            for which in DEV_SETS:
                s = both[both["set"] == which]
                r, le = frame_scores(s["religion_frame"], s["pred_religion_frame"]), frame_scores(
                    s["religion_frame"], s[head])
                rows.append({"variant": variant, "set": which, "events": s["event"].nunique(), "n": r["n"],
                             "rules_acc": r["accuracy"], "learned_acc": le["accuracy"],
                             "rules_macro_f1": r["macro_f1"], "learned_macro_f1": le["macro_f1"]})
        print("\nPer development set (sentences both call religious; learned = headline setting):")
        print(pd.DataFrame(rows).to_string(**fmt))


def fresh(data: Path, min_df: int) -> None:
    """Train on every development religious sentence (shipped rules' features), score the fresh sets."""
    import events as ev

    from coverage.families.religion import ReligionRules
    from coverage.learn import labelled_features
    from coverage.lexicon import Lexicon

    corpus, labels = load_sets(data)
    lex, rules = Lexicon.default(), ReligionRules.default()
    rel = religious_rows(labels, segmentation(corpus))
    train = labelled_features(rel, segmentation(corpus), lexicon=lex, religion_rules=rules)
    rows = []
    for which in FRESH_SETS:
        fl = pd.read_csv(ROOT / "benchmarks" / FRESH_SETS[which][1], dtype=str, keep_default_na=False)
        fc = ev.events_corpus(data, ev.SETS[which][0])[["id", "outlet", "text", "title"]]
        fsents = segmentation(fc)
        frel = religious_rows(fl, fsents)
        feats = labelled_features(frel, fsents, lexicon=lex, religion_rules=rules)
        got = frel[[*KEY, "religion_frame"]].merge(rules_frames(fl, fc, lex, rules), on=KEY, how="left")
        got["learned"] = fit_predict(train, rel["religion_frame"].to_numpy(), feats, C=HEADLINE[0],
                                     class_weight=HEADLINE[1], min_df=min_df)
        both = got[got["pred_religion"].astype(int) == 1]
        combo = both["pred_religion_frame"].where(both["pred_religion_frame"] != "neutral", both["learned"])
        for method, h, p in (("shipped rules", both["religion_frame"], both["pred_religion_frame"]),
                             ("learned", both["religion_frame"], both["learned"]),
                             ("rules, learned where rules say neutral", both["religion_frame"], combo),
                             ("learned, every human-religious sentence", got["religion_frame"], got["learned"])):
            rows.append({"fresh set": which, "method": method, **frame_scores(h, p)})
    print(f"Religion frame, trained on {len(rel)} development religious sentences ({settings_name(*HEADLINE)}, "
          "shipped rules' features), scored on the fresh set(s); pooled figures only:")
    print(pd.DataFrame(rows).to_string(float_format=lambda x: f"{x:.3f}", index=False))


#: ``--no-words``: an n-gram must occur in more training sentences than there are, so the model has none.
NO_WORDS = 10**9

BUILTIN = ROOT / "coverage" / "data" / "models" / "religion_frame.json"


def write_builtin(data: Path, path: Path = BUILTIN) -> None:
    """Train the religion family's built-in frame model (no words; the headline setting) on every
    development, seed and BASIL religious sentence, with the built-in rules' features, and write it."""
    from coverage.learn import train_frame_model

    corpus, labels = load_sets(data)
    model = train_frame_model(labels.drop(columns=["set"]), corpus=corpus, C=HEADLINE[0], class_weight=HEADLINE[1],
                              words=False)
    model.to_json(path)
    print(f"built-in frame model: {model.n_train} religious sentences of {model.n_articles} articles, classes "
          f"{', '.join(model.classes)}, {len(model.feature_names)} features, no words; cross-validation "
          f"{model.cv}; lexicon {model.lexicon['version']}, religion rules {model.religion_rules['version']}; "
          f"sha256 {model.sha256[:12]} -> {path.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    ap.add_argument("--min-df", type=int, default=2, help="training sentences an n-gram must occur in")
    ap.add_argument("--grid", action="store_true", help="also a few other C / class-weight settings")
    ap.add_argument("--per-group", action="store_true", help="also the scores per development set")
    ap.add_argument("--fresh", action="store_true", help="train on all development data, score the fresh set(s)")
    ap.add_argument("--no-words", action="store_true",
                    help="no word n-grams: the lexicon, rule and cue features only (the built-in model's recipe)")
    ap.add_argument("--write-builtin", action="store_true",
                    help=f"train the religion family's built-in frame model and write {BUILTIN.relative_to(ROOT)}")
    ap.add_argument("--save", type=Path, help="also write the leave-one-event-out predictions (pickle)")
    args = ap.parse_args(argv)
    if args.no_words:
        args.min_df = NO_WORDS
    t0 = time.perf_counter()
    print(f"media-coverage {coverage.__version__}: learned religion frame vs the religion-frame rules\n")
    if args.write_builtin:
        write_builtin(args.data)
    elif args.fresh:
        fresh(args.data, args.min_df)
    else:
        pred, settings = loeo(args.data, args.min_df, args.grid)
        if args.save:
            pred.to_pickle(args.save)
        report(pred, settings, args.per_group)
    print(f"\n{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
