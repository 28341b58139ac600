"""Score :func:`coverage.quotes.extract_quotes` against hand-labelled quotes in news articles.

The gold labels (``benchmarks/labels_quotes.csv``, scheme in ``benchmarks/QUOTES_LABELS.md``)
mark every attribution of speech in whole articles: direct quotes (words in quotation
marks) and reported speech (``X said (that) ...``, ``according to X, ...``), each with its
speaker, cue and source type. The project stores no article text: a row has the article id,
character offsets and the SHA-1 of the labelled characters. This script rebuilds the texts
from their sources, checks every row against them, runs the extractor and prints the scores.

Texts
-----
* ``dataset == "seeds"``: the five seed articles, ``coverage.load_corpus("seeds/")``, the
  ``text`` column of the corpus (offsets point into it).
* ``abp`` / ``basil``: :func:`benchmarks.events.events_corpus` rebuilt from the shared data
  (``--data``), text passed through :func:`coverage.text.normalize_text`, which is what
  :meth:`coverage.Corpus.from_frame` (and so :func:`coverage.load_corpus` and
  :func:`coverage.analyze`) does to a DataFrame's text. The script asserts that both agree.

Every row's ``text_sha1`` must equal ``sha1(text[start:end])``; otherwise the script stops
with an error naming the labels file and the row (1-based data row, header not counted).

Scoring (definitions of issue 19, as in ``benchmarks/quotes_polnear.py``)
-------------------------------------------------------------------------
* A predicted quote *covers* a gold quote by ``|pred ∩ gold| / |gold|`` of the gold
  quote's characters. A gold quote is *found* when one predicted quote covers more than
  30% of it (:data:`COVER`).
* Recall: share of gold quotes found. Precision: share of predicted quotes (in the labelled
  articles) covering more than 30% of some gold quote. F1 is their harmonic mean. An article
  read in full with no attribution has one row of kind ``none`` (:data:`NO_QUOTES`): no gold
  quote, but its predicted quotes are counted (none of them right).
* Direct / indirect rows: recall over gold quotes of that ``kind`` (found by a prediction of
  any kind); precision over predicted quotes of that ``kind`` (right when they cover any gold
  quote). ``kind acc`` is the share of found gold quotes whose best-covering prediction has
  the gold kind.
* Speaker: among found gold quotes with a speaker, the best-covering prediction (largest
  coverage; among equal coverage the one with the fewest characters outside the gold span, so
  an inner reported clause wins over the outer one containing it, hard case 8) is right when its speaker span (``speaker_start:speaker_end``) overlaps the
  gold speaker span, or its speaker string equals the gold speaker case-insensitively, or,
  for person names, they share the surname (last token, case-insensitive, possessive ``'s``
  and punctuation stripped, a generational suffix such as ``II`` or ``Jr.`` skipped). A gold speaker is a person name when every word is capitalised
  (name particles such as ``de`` or ``van`` allowed), it does not start with a determiner and
  it is not a single group noun such as ``Police`` or ``Critics`` (:func:`is_person_name`).
* Rows: all articles, then per dataset group: ``seeds`` (UK vigils, 2017) and ``other
  events`` (ABP and BASIL articles of :mod:`benchmarks.events`).
* Source type: for found gold quotes, the type the quotes family gives the best prediction's
  speaker (the role word near it, then for a named person without one the type of their other
  quotes in the labelled articles, :func:`coverage.sources.corpus_types`) against the gold ``source_type``;
  accuracy over all found quotes and over those whose speaker is right, and the confusion table.
* Also printed: counts of the gold ``source_type`` per outlet.

Run from the repository root::

    python benchmarks/quotes_labels.py
    python benchmarks/quotes_labels.py --data ../shared/data
    python benchmarks/quotes_labels.py --agreement FIRST.csv SECOND.csv   # two annotators, shared articles

``--labels`` takes one or more files (repeat it or list several); a quote id must be unique
within its article over all of them (ids may be global, ``<article>-q01``, or per article, ``1``). ``coverage.quotes`` is imported only when scoring, so ``--help`` works
without running anything.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_LABELS = ROOT / "benchmarks" / "labels_quotes.csv"
SEEDS = ROOT / "seeds"

#: Columns of a labels file, in order.
COLUMNS = [
    "dataset", "article_id", "event", "outlet", "quote_id", "start", "end", "text_sha1",
    "kind", "speaker", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end",
    "source_type", "note",
]
KINDS = ("direct", "indirect")
#: The kind of the one row that records an article read in full with no attribution of speech: it is no gold quote,
#: but the article's predicted quotes are scored (each one a false quote). Its offsets are 0:0 (``text_sha1`` of the
#: empty string), its speaker and cue empty with offsets -1, its type ``unknown``.
NO_QUOTES = "none"
_EMPTY_SHA1 = hashlib.sha1(b"").hexdigest()
SOURCE_TYPES = (
    "police", "official", "faith", "public", "victim", "expert", "perpetrator",
    "organisation", "media", "unknown",
)
#: A gold quote is found when one prediction covers more than this share of its characters.
COVER = 0.30

_DETERMINERS = {"a", "an", "the", "one", "another", "his", "her", "its", "their", "some",
                "several", "many", "two", "three", "multiple", "mr", "ms", "mrs"}
_PARTICLES = {"de", "da", "del", "der", "van", "von", "al", "bin", "la", "le", "du", "el"}
_GROUP_NOUNS = {"police", "authorities", "officials", "critics", "locals", "investigators",
                "organisers", "organizers", "reports", "residents", "witnesses", "families"}
_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")


class LabelsError(ValueError):
    """A labels file is malformed or does not match the rebuilt article text."""


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 with their counts."""

    tp_pred: int
    n_pred: int
    found: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else float("nan")

    @property
    def recall(self) -> float:
        return self.found / self.n_gold if self.n_gold else float("nan")

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r > 0 else float("nan")


# ---------------------------------------------------------------------------
# labels and texts


def read_labels(paths: Sequence[Path]) -> pd.DataFrame:
    """Read and concatenate labels files; adds ``src_file`` and ``src_row`` (1-based data row).

    Raises
    ------
    LabelsError
        A file is missing, lacks a column, has a bad ``kind``/``source_type``/offset, or a
        ``(article_id, quote_id)`` pair is repeated.
    """
    frames = []
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise LabelsError(f"labels file not found: {path}")
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        missing = [c for c in COLUMNS if c not in df.columns]
        if missing:
            raise LabelsError(f"{path}: missing column(s) {missing}; expected {COLUMNS}")
        df["src_file"] = str(path)
        df["src_row"] = range(1, len(df) + 1)
        for col in ("start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end"):
            bad = ~df[col].str.fullmatch(r"-?\d+")
            if bad.any():
                r = df[bad].iloc[0]
                raise LabelsError(f"{path}, row {r['src_row']}: {col}={r[col]!r} is not an integer")
            df[col] = df[col].astype(int)
        for col, allowed in (("kind", (*KINDS, NO_QUOTES)), ("source_type", SOURCE_TYPES)):
            bad = ~df[col].isin(allowed)
            if bad.any():
                r = df[bad].iloc[0]
                raise LabelsError(
                    f"{path}, row {r['src_row']}: {col}={r[col]!r}, expected one of {allowed}"
                )
        none = df[df["kind"] == NO_QUOTES]
        for r in none.itertuples(index=False):
            if (r.start, r.end, r.text_sha1, r.speaker, r.speaker_start, r.speaker_end, r.cue, r.cue_start,
                    r.cue_end) != (0, 0, _EMPTY_SHA1, "", -1, -1, "", -1, -1):
                raise LabelsError(f"{path}, row {r.src_row}: a '{NO_QUOTES}' row (an article with no attribution) "
                                  f"has offsets 0:0, text_sha1 {_EMPTY_SHA1}, no speaker and no cue (offsets -1)")
            if (df["article_id"] == r.article_id).sum() > 1:
                raise LabelsError(f"{path}, row {r.src_row}: article {r.article_id} has a '{NO_QUOTES}' row and "
                                  "quotes; drop the row or the quotes")
        frames.append(df)
    labels = pd.concat(frames, ignore_index=True)
    dup = labels.duplicated(["article_id", "quote_id"], keep=False)
    if dup.any():
        rows = labels[dup][["src_file", "src_row", "article_id", "quote_id"]].head(4).to_dict("records")
        raise LabelsError(f"(article_id, quote_id) repeated across the labels: {rows}")
    return labels


def seed_texts() -> dict[str, str]:
    """``article_id -> text`` of the seed corpus as :func:`coverage.load_corpus` gives it."""
    import coverage

    corpus = coverage.load_corpus(SEEDS)
    return dict(zip(corpus.df["article_id"].astype(str), corpus.df["text"], strict=True))


def event_texts(data: Path) -> dict[str, str]:
    """``article_id -> text`` of the multi-event and fresh-event articles, normalised as the corpus loader does."""
    import coverage
    from coverage.text import normalize_text

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.events import all_events, events_corpus

    frame = events_corpus(data, all_events())
    texts = {str(i): normalize_text(t) for i, t in zip(frame["id"], frame["text"], strict=True)}
    loaded = coverage.Corpus.from_frame(frame[["id", "outlet", "text"]]).df
    for aid, text in zip(loaded["article_id"].astype(str), loaded["text"], strict=True):
        if texts[aid] != text:
            raise LabelsError(f"{aid}: normalize_text differs from the corpus loader's text")
    return texts


def load_texts(labels: pd.DataFrame, data: Path) -> dict[str, str]:
    """The text of every labelled article (only the sources the labels need are read)."""
    texts: dict[str, str] = {}
    if (labels["dataset"] == "seeds").any():
        texts.update(seed_texts())
    if (labels["dataset"] != "seeds").any():
        texts.update(event_texts(data))
    return texts


def check_rows(labels: pd.DataFrame, texts: dict[str, str]) -> None:
    """Check offsets and ``text_sha1`` of every row against the rebuilt texts.

    Raises
    ------
    LabelsError
        Naming the file and row of the first row that does not match.
    """
    for r in labels.itertuples(index=False):
        where = f"{r.src_file}, row {r.src_row} ({r.article_id} quote {r.quote_id})"
        text = texts.get(r.article_id)
        if text is None:
            raise LabelsError(f"{where}: article {r.article_id!r} not found in its source")
        if r.kind == NO_QUOTES:
            continue  # (read_labels checked its fixed fields)
        if not 0 <= r.start < r.end <= len(text):
            raise LabelsError(f"{where}: offsets {r.start}:{r.end} outside the text ({len(text)})")
        sha = hashlib.sha1(text[r.start:r.end].encode("utf-8")).hexdigest()
        if sha != r.text_sha1:
            raise LabelsError(
                f"{where}: text_sha1 mismatch (labels {r.text_sha1}, text {sha}); the labels do "
                "not match the rebuilt article text"
            )
        for a, b, what in ((r.speaker_start, r.speaker_end, "speaker"), (r.cue_start, r.cue_end, "cue")):
            if (a, b) != (-1, -1) and not 0 <= a < b <= len(text):
                raise LabelsError(f"{where}: {what} offsets {a}:{b} outside the text")


# ---------------------------------------------------------------------------
# scoring


def coverage_of(pred: tuple[int, int], gold: tuple[int, int]) -> float:
    """Share of the gold span's characters inside the predicted span."""
    inter = min(pred[1], gold[1]) - max(pred[0], gold[0])
    return max(inter, 0) / (gold[1] - gold[0])


def outside_of(pred: tuple[int, int], gold: tuple[int, int]) -> int:
    """Number of the predicted span's characters outside the gold span."""
    inter = max(min(pred[1], gold[1]) - max(pred[0], gold[0]), 0)
    return (pred[1] - pred[0]) - inter


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}  # generational suffixes: "Walter Lee Pike II" has the surname Pike


def _surname(name: str) -> str:
    tokens = name.split()
    while len(tokens) > 1 and _PUNCT.sub("", tokens[-1]).lower() in _SUFFIXES:
        tokens.pop()
    if len(tokens) > 1 and tokens[-1] == ",":
        tokens.pop()
    if not tokens:
        return ""
    last = _PUNCT.sub("", tokens[-1])
    last = re.sub(r"['’]s$", "", last)
    return last.lower()


def is_person_name(name: str) -> bool:
    """Whether a gold speaker looks like a person's name (for the surname rule).

    Examples
    --------
    >>> is_person_name("Amber Rudd"), is_person_name("Harsha de Silva"), is_person_name("Trump")
    (True, True, True)
    >>> is_person_name("a young woman"), is_person_name("Police"), is_person_name("The FBI")
    (False, False, False)
    """
    tokens = name.split()
    if not tokens or tokens[0].lower() in _DETERMINERS:
        return False
    if len(tokens) == 1 and tokens[0].lower() in _GROUP_NOUNS:
        return False
    return all(t[:1].isupper() or t.lower() in _PARTICLES for t in tokens)


def speaker_right(pred, gold) -> bool:
    """The issue's speaker rule (span overlap, equal strings, or shared surname for names)."""
    if pred.speaker_start >= 0 and gold.speaker_start >= 0:
        if min(pred.speaker_end, gold.speaker_end) > max(pred.speaker_start, gold.speaker_start):
            return True
    if pred.speaker and pred.speaker.strip().lower() == gold.speaker.strip().lower():
        return True
    if pred.speaker and is_person_name(gold.speaker):
        return _surname(pred.speaker) != "" and _surname(pred.speaker) == _surname(gold.speaker)
    return False


def predicted_types(preds: dict[str, list], texts: dict[str, str], source_model: Any = "builtin"
                    ) -> dict[tuple[str, int, int], str]:
    """Source type of every predicted quote, as the quotes family gives it: the role word near the
    speaker (:meth:`coverage.sources.SourceTypes.classify`), then, for a named person without one,
    the type of the same person's other quotes in the labelled articles
    (:func:`coverage.sources.corpus_types`, the articles taken as one corpus), then for a speaker still
    ``unknown`` the source-type model (:func:`coverage.source_model.model_types`; ``source_model`` the
    model, ``"builtin"`` the package's, ``None`` the rules alone)."""
    from coverage.source_model import load_source_model, model_types
    from coverage.sources import SourceTypes, canonical_name, corpus_types

    st = SourceTypes.default()
    rows = []
    for aid, plist in preds.items():
        for q in plist:
            typ, rule = st.classify(texts[aid], q.speaker, q.speaker_start, q.speaker_end)
            rows.append({"article_id": aid, "start": q.start, "end": q.end, "speaker_start": q.speaker_start,
                         "speaker_end": q.speaker_end, "person": canonical_name(texts[aid], q.speaker),
                         "source_type": typ, "source_rule": rule})
    if not rows:
        return {}
    df = model_types(corpus_types(pd.DataFrame(rows), st), texts, load_source_model(source_model))
    return {(a, s, e): t for a, s, e, t in zip(df["article_id"], df["start"], df["end"], df["source_type"],
                                               strict=True)}


def match(gold: pd.DataFrame, preds: dict[str, list], texts: dict[str, str] | None = None,
          source_model: Any = "builtin") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Match gold rows and predictions article by article.

    Returns
    -------
    (gold, pred) : DataFrames
        ``gold`` with ``found``, ``best_start`` / ``best_end`` (the best prediction's offsets, -1 when not
        found), ``pred_speaker`` / ``pred_speaker_start`` / ``pred_speaker_end`` (its speaker; "" and -1 when not
        found), ``kind_ok``, ``speaker_ok`` (NaN where the gold quote has no speaker or is not found) and, with ``texts``, ``type_pred`` (the source type of the best
        prediction, :func:`predicted_types`); ``pred`` with one row per predicted quote: ``dataset``,
        ``kind``, ``right``. An article whose only row is of kind ``none`` (:data:`NO_QUOTES`) has no gold quote;
        each of its predictions is a row of ``pred`` that is not right.
    """
    g_out, p_rows = [], []
    types = predicted_types(preds, texts, source_model) if texts is not None else {}
    for aid, grp in gold.groupby("article_id", sort=False):
        plist = preds.get(aid, [])
        dataset = grp["dataset"].iloc[0]
        grp = grp[grp["kind"] != NO_QUOTES]  # (an article with no attribution: its predictions only)
        spans = list(zip(grp["start"], grp["end"], strict=True))
        for q in plist:
            right = any(coverage_of((q.start, q.end), s) > COVER for s in spans)
            p_rows.append({"article_id": aid, "dataset": dataset, "kind": q.kind, "right": right})
        for g in grp.itertuples(index=False):
            best, best_key = None, None
            for q in plist:
                cov = coverage_of((q.start, q.end), (g.start, g.end))
                if cov <= COVER:
                    continue
                # the best-covering prediction; among equal coverage the tightest (fewest characters outside
                # the gold span: an inner reported clause rather than the outer one that contains it)
                key = (cov, -outside_of((q.start, q.end), (g.start, g.end)))
                if best_key is None or key > best_key:
                    best, best_key = q, key
            row = g._asdict()
            row["found"] = best is not None
            row["best_start"], row["best_end"] = (best.start, best.end) if best is not None else (-1, -1)
            row["pred_speaker"], row["pred_speaker_start"], row["pred_speaker_end"] = (
                (best.speaker, best.speaker_start, best.speaker_end) if best is not None else ("", -1, -1))
            row["kind_ok"] = (best.kind == g.kind) if best is not None else float("nan")
            if best is not None and g.speaker:
                row["speaker_ok"] = speaker_right(best, g)
            else:
                row["speaker_ok"] = float("nan")
            if texts is not None:
                row["type_pred"] = types[(aid, best.start, best.end)] if best is not None else ""
            g_out.append(row)
    pred = pd.DataFrame(p_rows, columns=["article_id", "dataset", "kind", "right"])
    return pd.DataFrame(g_out), pred


def scores(gold: pd.DataFrame, pred: pd.DataFrame, kind: str | None = None) -> Scores:
    """P/R/F1 counts, optionally restricted to one kind (gold kind for recall, predicted for precision)."""
    if kind is not None:
        gold = gold[gold["kind"] == kind]
        pred = pred[pred["kind"] == kind]
    return Scores(int(pred["right"].sum()), len(pred), int(gold["found"].sum()), len(gold))


def _fmt(x: float) -> str:
    return "  -  " if x != x else f"{x:.3f}"


def report_table(gold: pd.DataFrame, pred: pd.DataFrame) -> pd.DataFrame:
    """One row per group (all, seeds, other events) with P/R/F1 by kind and speaker accuracy."""
    groups = [("all", gold, pred),
              ("seeds", gold[gold["dataset"] == "seeds"], pred[pred["dataset"] == "seeds"]),
              ("other events", gold[gold["dataset"] != "seeds"], pred[pred["dataset"] != "seeds"])]
    rows = []
    for name, g, p in groups:
        if g.empty:
            continue
        row = {"group": name, "articles": g["article_id"].nunique(), "gold": len(g),
               "pred": len(p)}
        for kind, label in ((None, "all"), ("direct", "direct"), ("indirect", "indirect")):
            s = scores(g, p, kind)
            row[f"{label} P/R/F1"] = f"{_fmt(s.precision)} / {_fmt(s.recall)} / {_fmt(s.f1)}"
            row[f"{label} n"] = f"{s.tp_pred}/{s.n_pred} {s.found}/{s.n_gold}"
        found = g[g["found"]]
        row["kind acc"] = _fmt(found["kind_ok"].astype(float).mean()) if len(found) else _fmt(float("nan"))
        spk = g["speaker_ok"].dropna().astype(bool)
        row["speaker"] = f"{_fmt(spk.mean()) if len(spk) else _fmt(float('nan'))} ({int(spk.sum())}/{len(spk)})"
        rows.append(row)
    return pd.DataFrame(rows)


def source_counts(labels: pd.DataFrame) -> pd.DataFrame:
    """Gold ``source_type`` counts per outlet (rows: dataset and outlet)."""
    labels = labels[labels["kind"] != NO_QUOTES]
    tab = pd.crosstab([labels["dataset"], labels["outlet"]], labels["source_type"])
    tab = tab[[c for c in SOURCE_TYPES if c in tab.columns]]
    tab["total"] = tab.sum(axis=1)
    return tab


def run(label_paths: Iterable[Path], data: Path, source_model: Any = "builtin"
        ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Read and check the labels, extract quotes and score; returns (table, gold, sources). ``source_model``:
    as for :func:`predicted_types` (``None``: the source types of the rules alone)."""
    from coverage.quotes import extract_quotes

    labels = read_labels(list(label_paths))
    texts = load_texts(labels, data)
    check_rows(labels, texts)
    preds = {aid: extract_quotes(texts[aid]) for aid in labels["article_id"].unique()}
    gold, pred = match(labels, preds, texts, source_model)
    return report_table(gold, pred), gold, source_counts(labels)


def type_table(gold: pd.DataFrame) -> pd.DataFrame:
    """Source-type accuracy over found gold quotes: all, and those whose speaker is right."""
    found = gold[gold["found"]]
    rows = []
    for name, g in (("found quotes", found), ("speaker right", found[found["speaker_ok"] == True])):  # noqa: E712
        rows.append({"quotes": name, "n": len(g), "type accuracy": _fmt((g["type_pred"] == g["source_type"]).mean())
                     if len(g) else _fmt(float("nan"))})
    return pd.DataFrame(rows)


def agreement(first: pd.DataFrame, second: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Agreement of two annotators on the articles both labelled, scored like the extractor.

    ``second``'s rows stand for the predictions and ``first``'s for the gold quotes (:func:`match`): P is
    the share of the second annotator's quotes that cover more than 30% of one of the first's, R the share
    of the first's quotes covered so, speaker agreement the issue's speaker rule (:func:`speaker_right`)
    on the matched pairs. Source types are compared on the matched pairs too.

    Returns
    -------
    (table, types) : DataFrames
        :func:`report_table` of the shared articles, and one row with the number of matched pairs and the
        share whose ``source_type`` agrees, with Cohen's kappa of the types over those pairs.

    >>> rows = [dict(article_id="a", dataset="abp", quote_id="1", start=0, end=10, kind="direct", speaker="Ann Lee",
    ...              speaker_start=20, speaker_end=27, source_type="police")]
    >>> other = [dict(rows[0], end=9, speaker="Lee", speaker_start=24, source_type="official")]
    >>> table, types = agreement(pd.DataFrame(rows), pd.DataFrame(other))
    >>> table[["all P/R/F1", "speaker"]].iloc[0].tolist()
    ['1.000 / 1.000 / 1.000', '1.000 (1/1)']
    >>> int(types["pairs"].iloc[0]), types["type agreement"].iloc[0]
    (1, '0.000')
    """
    from sklearn.metrics import cohen_kappa_score

    shared = sorted(set(first["article_id"]) & set(second["article_id"]))
    first = first[first["article_id"].isin(shared)]
    second = second[second["article_id"].isin(shared)]
    preds: dict[str, list] = {}
    for r in second.itertuples(index=False):
        if r.kind != NO_QUOTES:  # (the second annotator found no attribution in that article)
            preds.setdefault(r.article_id, []).append(r)
    gold, pred = match(first, preds)
    typ = {(a, s, e): t for a, s, e, t in zip(second["article_id"], second["start"], second["end"],
                                              second["source_type"], strict=True)}
    found = gold[gold["found"]]
    a = found["source_type"].tolist()
    b = [typ[(r.article_id, r.best_start, r.best_end)] for r in found.itertuples(index=False)]
    same = sum(x == y for x, y in zip(a, b, strict=True))
    kappa = cohen_kappa_score(a, b) if len(set(a) | set(b)) > 1 else float("nan")
    types = pd.DataFrame([{"pairs": len(a), "type agreement": _fmt(same / len(a) if a else float("nan")),
                           "type kappa": _fmt(kappa)}])
    return report_table(gold, pred), types


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Scheme: benchmarks/QUOTES_LABELS.md. Scoring rules: see the module docstring.",
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="shared data folder with article_bias_prediction/ and basil/ "
                             "(default: %(default)s)")
    parser.add_argument("--labels", type=Path, nargs="+", action="extend", default=None,
                        help="labels CSV file(s); repeat or list several "
                             f"(default: {DEFAULT_LABELS.relative_to(ROOT)})")
    parser.add_argument("--agreement", type=Path, nargs=2, metavar=("FIRST", "SECOND"),
                        help="instead of scoring the extractor, the agreement of two annotators' labels files on "
                             "the articles both labelled (the second file scored against the first)")
    args = parser.parse_args(argv)
    if args.agreement:
        return _print_agreement(*args.agreement, data=args.data)
    paths = args.labels or [DEFAULT_LABELS]
    try:
        table, gold, sources = run(paths, args.data)
    except LabelsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    kinds = gold.groupby(["dataset", "kind"]).size().unstack(fill_value=0)
    print(f"Labels: {', '.join(str(p) for p in paths)}")
    print(f"{len(gold)} gold quotes in {gold['article_id'].nunique()} articles; by dataset and kind:")
    print(kinds.to_string())
    print(f"\nextract_quotes vs gold (found = one prediction covers > {COVER:.0%} of a gold quote; "
          "n = right/predicted found/gold)")
    with pd.option_context("display.width", 250, "display.max_columns", 30):
        print(table.to_string(index=False))
    print("\nSource type of the speaker (coverage.sources on the extracted speaker) vs the gold type:")
    print(type_table(gold).to_string(index=False))
    found = gold[gold["found"]]
    print(pd.crosstab(found["source_type"], found["type_pred"]).to_string())
    print("\nGold source types per outlet:")
    print(sources.to_string())
    return 0


def _print_agreement(first_path: Path, second_path: Path, data: Path) -> int:
    try:
        first, second = read_labels([first_path]), read_labels([second_path])
        both = pd.concat([first, second], ignore_index=True)
        check_rows(both, load_texts(both, data))
    except LabelsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    table, types = agreement(first, second)
    n = len(set(first["article_id"]) & set(second["article_id"]))
    print(f"Agreement of {second_path} (as predictions) with {first_path} (as gold) on the {n} articles both "
          f"labelled; found = a quote of the second covers > {COVER:.0%} of one of the first's")
    with pd.option_context("display.width", 250, "display.max_columns", 30):
        print(table.to_string(index=False))
    print("\nSource types of the matched pairs:")
    print(types.to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
