"""Leave-one-event-out validation of the learned detector, next to the rule-based detectors.

Four human-coded sentence sets, pooled (ids, positions and text hashes only; the texts are
rebuilt from ``../shared/data``):

* the development events of ``validate_frames.py`` (``DEV_SETS``: ``benchmarks/labels_events.csv`` and the former
  fresh sets ``labels_fresh.csv`` to ``labels_fresh26.csv``, 362 events; ``event`` column);
* ``seeds/labels.csv``: the 156 seed sentences (UK vigils after the Westminster attack), event "seeds";
* ``benchmarks/labels_basil.csv``: 238 sentences of 12 BASIL articles, event = the article's BASIL
  ``main_event``, except that the three articles on events that are also in the multi-event set
  get that event's slug (two on the Orlando shooting -> ``orlando-2016``, one on the 2017
  congressional baseball shooting -> ``congressional-baseball-2017``), so that no event is on
  both sides of a split;
* ``benchmarks/labels_news.csv``: 480 sentences of 40 ordinary news articles (``events.NEWS_EVENTS``), each article
  its own event (``news-<id>``): the news a corpus mostly is, which the event sets lack.

For each event, :func:`coverage.learn.cross_validate_detector` trains the detector (vocabulary
included) on every other event's sentences and predicts the held-out event's. Held out means
the features too: the lexicon features come from the framing lexicon and religion rules, which
were partly written from these events, so each held-out event's sentences (and the training
sentences of its fold) are analysed and featurised with the rules *without* the ones written
from that event alone (:func:`held_out_tags`; the "held out" variant of ``validate_frames.py``).
Event by event, the rules' predictions come from one analysis with those rules
(:func:`held_out_predictions`), and the fold's sentences are featurised once for every detector
(:func:`coverage.learn.cross_validate_detectors`); 8,506 s for 411 events on two shared cores.
The script prints, per detector (``--detectors``; solidarity, violence, religion), the pooled
leave-one-event-out precision, recall and F1 and the median per-event F1 (over the events where the
label occurs) of the learned detector, of the same held-out rules, of their union (a sentence either
flags: what ``FramingFamily(violence_model=...)`` computes) and of the union gated to articles about an
attack (:func:`attack_articles`, the religion family's gate on the fold's own lexicon hits), over all
sentences and over the development events alone; then the seeds' scores when the seeds are the held-out
event (trained without them, and without the seed-era rules). ``--features framing`` leaves out the
religion rules' features (the framing family's model); ``--save PREFIX`` writes the predictions. No
article text is printed.

``--fresh`` answers the other question, on events nobody read: a model trained on *every*
development sentence (features from the shipped rules) predicts the fresh set (``FRESH_SETS`` of
``validate_frames.py``), beside the shipped rules and the union of the two. The three were fixed before
the run; nothing is chosen on the fresh sets. ``--write-builtin`` trains the framing family's built-in
violence model (``features="framing"``) on every sentence and writes ``coverage/data/models/violence.json``.

Run from the repository root::

    python benchmarks/learned_detector.py [--data ../shared/data] [--per-event] [--detectors violence]
    python benchmarks/learned_detector.py --fresh
    python benchmarks/learned_detector.py --write-builtin
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd

import coverage
from coverage.families import BoilerplateFamily, FramingFamily, ReligionFamily
from coverage.families.religion import ReligionRules
from coverage.learn import binary_scores, cross_validate_detectors, train_detector
from coverage.lexicon import Lexicon

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "benchmarks"))
from validate_frames import (  # noqa: E402
    DEV_SETS,
    FRESH_SETS,
    LABEL_COLS,
    basil_corpus,
    dev_events,
    dev_labels,
    rules_without,
)

DETECTORS = ["solidarity", "violence", "religion"]
LABEL_COLUMNS = ["article_id", "sentence", "text_prefix", "text_sha1", "solidarity", "violence", "religion",
                 "religion_frame", "event"]
#: BASIL main events that are events of the multi-event set (same attack, other articles).
SAME_EVENT = {
    "Trump criticizes Obama and Clinton over Orlando shooting": "orlando-2016",
    "Obama comments on Orlando shooting": "orlando-2016",
    "Rare comity at Capitol after shooting doesn't last": "congressional-baseball-2017",
}

#: The columns of an analysis' sentence table the cross-validation reads (``coverage.learn._sentence_table``).
_SENTENCE_COLS = ["article_id", "sentence", "start", "in_quote", "text"]


def held_out_tags(event: str) -> frozenset[str]:
    """The provenance tags (the YAML ``from`` of the rules) that the fold holding ``event`` out leaves out.

    The event's own slug; ``seeds`` for the seeds; ``basil`` for a BASIL event, and also for an event
    of the multi-event set that has BASIL articles too (:data:`SAME_EVENT`). A rule is left out when
    every tag it was written from is among them (the "held out" variant of ``validate_frames.py``).

    >>> sorted(held_out_tags("orlando-2016")), sorted(held_out_tags("basil: Some event")), sorted(held_out_tags("seeds"))
    (['basil', 'orlando-2016'], ['basil'], ['seeds'])
    >>> sorted(held_out_tags("paris-2015"))
    ['paris-2015']
    """
    if event.startswith("basil"):
        return frozenset({"basil"})
    return frozenset({event, "basil"}) if event in SAME_EVENT.values() else frozenset({event})

def load_sets(data: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(corpus of every labelled article, every label row with its ``set`` and ``event``)."""
    import events as ev

    events = dev_labels()
    seeds = pd.read_csv(ROOT / "seeds" / "labels.csv", dtype=str, keep_default_na=False)
    seeds = seeds.assign(event="seeds", set="seeds")
    basil = pd.read_csv(ROOT / "benchmarks" / "labels_basil.csv", dtype=str, keep_default_na=False)
    basil = basil.rename(columns={"article_uuid": "article_id"}).assign(set="basil")

    ev_corpus = ev.events_corpus(data, dev_events())
    basil_ids = list(dict.fromkeys(basil["article_id"]))
    b_corpus = basil_corpus(data, basil_ids)
    main = dict(zip(b_corpus["id"], b_corpus["event"].fillna("").astype(str), strict=True))
    basil["event"] = [SAME_EVENT.get(main[a], f"basil: {main[a]}" if main[a] else "basil") for a in basil["article_id"]]
    s_corpus = coverage.load_corpus(ROOT / "seeds").df
    news = pd.read_csv(ROOT / "benchmarks" / "labels_news.csv", dtype=str, keep_default_na=False).assign(set="news")
    n_corpus = ev.events_corpus(data, ev.SETS["news"][0])
    corpus = pd.concat([
        ev_corpus[["id", "outlet", "text"]],
        pd.DataFrame({"id": s_corpus["article_id"], "outlet": s_corpus["outlet"], "text": s_corpus["text"]}),
        b_corpus[["id", "outlet", "text"]],
        n_corpus[["id", "outlet", "text"]],
    ], ignore_index=True)
    if corpus["id"].duplicated().any():
        sys.exit(f"article ids in more than one set: {sorted(corpus.loc[corpus['id'].duplicated(), 'id'])}")
    labels = pd.concat([events, seeds, basil, news], ignore_index=True).fillna("")
    return corpus, labels[[*LABEL_COLUMNS, "set"]]


def attack_articles(analysis: coverage.Analysis) -> dict[str, bool]:
    """Per article, whether it passes the religion family's gate (an article about a violent attack:
    :func:`coverage.families.religion.article_violence`), from the analysis's own lexicon hits
    (:func:`learned_frames.gate_evidence`): at least
    ``GATE_MIN_SENTENCES`` sentences with a counted hit of ``GATE_CATEGORIES`` of the violence frame (the
    named-perpetrator rule and a violence model left out), at least ``GATE_MIN_SHARE`` of its sentences."""
    from learned_frames import gate_evidence  # (here: learned_frames imports this module)

    from coverage.families.religion import GATE_MIN_SENTENCES, GATE_MIN_SHARE

    g = gate_evidence(analysis).groupby("article_id").agg(v=("gate_sentences", "first"), n=("sentence", "size"))
    return ((g["v"] >= GATE_MIN_SENTENCES) & (g["v"] >= GATE_MIN_SHARE * g["n"])).to_dict()


def held_out_predictions(corpus: pd.DataFrame, labels: pd.DataFrame, lexicon: Lexicon,
                         religion_rules: ReligionRules) -> pd.DataFrame:
    """The label table of :func:`coverage.validate` with the predictions (``pred_<detector>``) of the given rules
    and, per sentence, whether its article passes the attack gate (``gated``, :func:`attack_articles`).

    Only the families the predictions read are run (boilerplate, framing without a violence model, religion
    without a frame model): the sentiment and quotes families change none of these columns.
    """
    families = [BoilerplateFamily(), FramingFamily(lexicon=lexicon, violence_model=None),
                ReligionFamily(rules=religion_rules, frame_model=None)]
    analysis = coverage.analyze(corpus, families=families, exclude_boilerplate=False, n_boot=10)
    table = coverage.validate(labels, analysis=analysis).table
    table = table.assign(article_id=table["article_id"].astype(str))
    table["gated"] = table["article_id"].map(attack_articles(analysis)).fillna(False).astype(bool)
    return table


def score_row(h: pd.Series, p: pd.Series, groups: pd.Series) -> dict[str, float]:
    """Pooled precision, recall, F1 and the median per-event F1 over the events with a human positive.

    The median is taken over the same events for every method (those where the label occurs),
    so a method is not judged on a different set of events because of its false positives.
    """
    pooled = binary_scores(h, p)
    per = [binary_scores(h[groups == g], p[groups == g])["f1"] for g in sorted(set(groups)) if h[groups == g].sum()]
    return {"support": pooled["support"], "precision": pooled["precision"], "recall": pooled["recall"],
            "f1": pooled["f1"], "median_event_f1": float(np.median(per)) if per else float("nan"),
            "events_with_label": len(per)}


def fresh_report(data: Path, C: float, min_df: int, features: str = "all") -> None:
    """Train on every development sentence (shipped rules' features) and score the fresh sets: learned,
    the shipped rules, and their union (a sentence flagged by either), per fresh set and pooled."""
    import events as ev

    t0 = time.perf_counter()
    corpus, labels = load_sets(data)
    plain = labels.drop(columns=["event", "set"])
    dev = coverage.analyze(corpus, exclude_boilerplate=False, n_boot=10)
    models = {d: train_detector(plain, analysis=dev, label=d, C=C, min_df=min_df, cv_splits=0, features=features)
              for d in DETECTORS}
    key = ["article_id", "sentence"]
    parts = []
    for which in FRESH_SETS:
        fl = pd.read_csv(ROOT / "benchmarks" / FRESH_SETS[which][1], dtype=str, keep_default_na=False)
        fa = coverage.analyze(ev.events_corpus(data, ev.SETS[which][0])[["id", "outlet", "text"]],
                              exclude_boilerplate=False, n_boot=10)
        table = coverage.validate(fl[LABEL_COLS], analysis=fa).table
        table = table.assign(article_id=table["article_id"].astype(str), set=which)
        sents = fa.sentences.assign(article_id=fa.sentences["article_id"].astype(str))
        for d in DETECTORS:  # every sentence of the article, so that each has its previous sentence as context
            sents[f"learned_{d}"] = models[d].predict(sents)
        parts.append(table.merge(sents[[*key, *(f"learned_{d}" for d in DETECTORS)]], on=key, how="left"))
    pred = pd.concat(parts, ignore_index=True)
    assert pred[[f"learned_{d}" for d in DETECTORS]].notna().all().all(), "every fresh sentence has a prediction"
    rows = []
    for d in DETECTORS:
        h = pred[d].astype(int)
        subsets = [(w, pred["set"] == w) for w in FRESH_SETS]
        if len(FRESH_SETS) > 1:
            subsets.append(("all, pooled", pred["set"] != ""))
        for subset, sel in subsets:
            rules, learned = pred.loc[sel, f"pred_{d}"].astype(int), pred.loc[sel, f"learned_{d}"].astype(int)
            for method, p in (("shipped rules", rules), ("learned", learned), ("rules or learned", rules | learned)):
                sc = binary_scores(h[sel], p)
                rows.append({"detector": d, "fresh set": subset, "method": method, "support": sc["support"],
                             "precision": sc["precision"], "recall": sc["recall"], "f1": sc["f1"]})
    print(f"media-coverage {coverage.__version__}: learned detector trained on every development sentence "
          f"({len(labels)}: {', '.join(f'{s} {n}' for s, n in labels['set'].value_counts().items())}; C={C:g}, "
          f"n-grams in >= {min_df} sentences; features from the shipped rules), scored on the fresh sets "
          f"({len(pred)} sentences)\n")
    print(pd.DataFrame(rows).to_string(float_format=lambda x: f"{x:.3f}", index=False))
    print(f"\n{time.perf_counter() - t0:.1f} s")


BUILTIN = ROOT / "coverage" / "data" / "models" / "violence.json"


def write_builtin(data: Path, path: Path = BUILTIN, C: float = 1.0, min_df: int = 2) -> None:
    """Train the framing family's built-in violence model (``features="framing"``: no religion features) on every
    development, seed and BASIL sentence, with the built-in lexicon's features, and write it."""
    corpus, labels = load_sets(data)
    model = train_detector(labels.drop(columns=["event", "set"]), corpus=corpus, label="violence", C=C,
                           min_df=min_df, features="framing")
    model.to_json(path)
    print(f"built-in violence model: {model.n_train} sentences ({model.n_positive} violent) of {model.n_articles} "
          f"articles, {len(model.feature_names)} lexicon and cue features, {len(model.vocabulary)} n-grams; "
          f"cross-validation by article {model.cv}; lexicon {model.lexicon['version']}; sha256 {model.sha256[:12]} "
          f"-> {path.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    ap.add_argument("--per-event", action="store_true", help="also print the F1 of each held-out event")
    ap.add_argument("--fresh", action="store_true",
                    help="train on every development sentence and score the fresh sets instead")
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation of the logistic regression")
    ap.add_argument("--min-df", type=int, default=2, help="sentences an n-gram must occur in")
    ap.add_argument("--features", choices=["all", "framing"], default="all",
                    help="every feature, or all but the religion rules' (framing: the built-in violence model's)")
    ap.add_argument("--save", help="also write each detector's held-out predictions to SAVE.<detector>.pkl")
    ap.add_argument("--detectors", nargs="+", choices=DETECTORS, default=DETECTORS, help="the detectors to score")
    ap.add_argument("--write-builtin", action="store_true",
                    help=f"train the framing family's built-in violence model and write {BUILTIN.relative_to(ROOT)}")
    ap.add_argument("--first", type=int, help=argparse.SUPPRESS)  # hold out only the first N events (a smoke test)
    args = ap.parse_args(argv)
    if args.write_builtin:
        write_builtin(args.data, C=args.C, min_df=args.min_df)
        return 0
    if args.fresh:
        fresh_report(args.data, args.C, args.min_df, args.features)
        return 0

    t0 = time.perf_counter()
    corpus, labels = load_sets(args.data)
    plain = labels.drop(columns=["event", "set"])
    key = ["article_id", "sentence"]
    meta = labels.assign(sentence=labels["sentence"].astype(int))[[*key, "event", "set"]]
    # the sentence table the cross-validation reads does not depend on the families or rules: one copy for
    # every fold (the segmentation alone), not a whole Analysis per fold (memory)
    segmented = coverage.analyze(corpus, families=[BoilerplateFamily()], exclude_boilerplate=False, n_boot=10)
    if len(segmented.rejected):
        sys.exit(f"articles rejected by the corpus loader: {segmented.rejected['article_id'].tolist()}")
    sentences = SimpleNamespace(sentences=segmented.sentences[_SENTENCE_COLS].copy())
    del segmented
    rules_of: dict[frozenset[str], pd.DataFrame] = {}  # per set of held-out tags (the BASIL events share theirs)
    parts: dict[str, list[pd.DataFrame]] = {d: [] for d in args.detectors}
    folds = sorted(labels["event"].unique())
    done = folds[:args.first]
    for n_done, event in enumerate(done, 1):
        tags = held_out_tags(event)
        lexicon, religion_rules = rules_without(set(tags))
        if tags not in rules_of:
            rules_of[tags] = held_out_predictions(corpus, plain, lexicon, religion_rules)
        rules = rules_of[tags]
        # the event is one group and the other events make two more (alternately, so that each fold's
        # training sentences hold both labels); only the fold that holds the event out is fitted (only=), and
        # the sentences are featurised once for the detectors (cross_validate_detectors)
        half = {e: f"rest {k % 2}" for k, e in enumerate(e for e in folds if e != event)}
        side = labels["event"].map(lambda e: "held out" if e == event else half[e]).to_numpy()  # noqa: B023
        cvs = cross_validate_detectors(plain.assign(side=side), analysis=sentences, detectors=args.detectors,
                                       groups="side", C=args.C, min_df=args.min_df, features=args.features,
                                       only=["held out"], lexicon=lexicon, religion_rules=religion_rules)
        for d, cv in cvs.items():
            got = cv.predictions[cv.predictions["group"] == "held out"][[*key, "human", "predicted"]]
            parts[d].append(got.merge(rules[[*key, f"pred_{d}", "gated"]], on=key))
        if n_done % 10 == 0 or n_done == len(done):
            print(f"{n_done} of {len(done)} events, {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)

    fmt = {"float_format": lambda x: f"{x:.3f}", "index": False}
    print(f"media-coverage {coverage.__version__}: learned detector, leave-one-event-out "
          f"({len(labels)} labelled sentences, {labels['article_id'].nunique()} articles, "
          f"{labels['event'].nunique()} events: {', '.join(f'{s} {n}' for s, n in labels['set'].value_counts().items())}; "
          f"logistic regression, C={args.C:g}, word 1-2-grams in >= {args.min_df} sentences, lexicon hit counts, "
          "negation and quotation cues; per held-out event, features and rules without the rules written from it: "
          f"{len(rules_of)} analyses)\n")
    rows, seeds_rows, per_event = [], [], []
    for d in args.detectors:
        pred = pd.concat(parts[d], ignore_index=True).merge(meta, on=key)
        assert len(pred) == labels["event"].isin(done).sum(), "every labelled sentence has a held-out prediction"
        for subset, sel in (("all", pred["set"] != ""), (f"{pred.loc[pred['set'].isin(DEV_SETS), 'event'].nunique()} events", pred["set"].isin(DEV_SETS))):
            g = pred[sel]
            rows.append({"detector": d, "sentences": subset, "method": "learned (LOEO)",
                         **score_row(g["human"], g["predicted"], g["event"])})
            rows.append({"detector": d, "sentences": subset, "method": "rules (held out)",
                         **score_row(g["human"], g[f"pred_{d}"], g["event"])})
            rules_, learned_ = g[f"pred_{d}"].astype(int), g["predicted"].astype(int)
            rows.append({"detector": d, "sentences": subset, "method": "rules or learned (both held out)",
                         **score_row(g["human"], rules_ | learned_, g["event"])})
            rows.append({"detector": d, "sentences": subset, "method": "rules or learned in attack articles (gate)",
                         **score_row(g["human"], rules_ | (learned_ & g["gated"].astype(int)), g["event"])})
        if args.save:
            pred.to_pickle(f"{args.save}.{d}.pkl")
        s = pred[pred["event"] == "seeds"]
        seeds_rows.append({"detector": d, "support": int(s["human"].sum()),
                           "learned_f1": binary_scores(s["human"], s["predicted"])["f1"],
                           "rules_f1 (without the seed rules)": binary_scores(s["human"], s[f"pred_{d}"])["f1"]})
        for ev_, g in pred.groupby("event", sort=True):
            per_event.append({"event": ev_, "detector": d, "n": len(g), "support": int(g["human"].sum()),
                              "learned_f1": binary_scores(g["human"], g["predicted"])["f1"],
                              "rules_f1": binary_scores(g["human"], g[f"pred_{d}"])["f1"]})
    table = pd.DataFrame(rows)
    print("Pooled over the held-out events (each sentence predicted by a model that never saw its event):")
    print(table.to_string(**fmt))
    print("\nSeeds held out (trained on the other events only; features and rules without the rules written "
          "from the seeds alone):")
    print(pd.DataFrame(seeds_rows).to_string(**fmt))
    if args.per_event:
        wide = pd.DataFrame(per_event).pivot(index="event", columns="detector",
                                             values=["support", "learned_f1", "rules_f1"])
        wide.columns = [f"{d}_{v}" for v, d in wide.columns]
        wide = wide[[f"{d}_{v}" for d in args.detectors for v in ("support", "learned_f1", "rules_f1")]]
        for d in args.detectors:
            wide[f"{d}_support"] = wide[f"{d}_support"].astype("int64")
        print("\nPer held-out event (F1; support = human positives; NaN: no positive, human or predicted):")
        print(wide.reset_index().to_string(**fmt))
    print(f"\n{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
