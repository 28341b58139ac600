"""Evaluate :func:`coverage.quotes.extract_quotes` on PolNeAR (dev and test splits).

PolNeAR (Newell, Margolin, Ruths 2018; ``../shared/data/polnear``, see its SOURCE.txt) has
brat ``.ann`` files whose ``E`` lines tie a Content span (what is said or thought) to its
Source (who) and Cue (said, told, according to, ...). Texts are read as stored: brat offsets
are character offsets into them. Where an article has several annotators, the first
``.ann`` file by name is used. Only ``dev`` and ``test`` are reported (``train`` was read
to develop the rules).

Scoring (issue 19)
------------------
* A gold Content span is *found* when one predicted quote covers more than 30% of its
  characters (discontinuous spans: all their pieces).
* Precision: share of predicted quotes covering more than 30% of some gold Content.
* Direct / indirect rows: recall over gold contents that contain a quotation mark
  (direct) or not (indirect); precision over predicted quotes of that ``kind``.
* Speaker: among found contents with a gold Source, the best-covering prediction (among equal
  coverage the one with the fewest characters outside the gold content) is right
  when its speaker span overlaps the gold Source span, or when its own speaker mention
  (``mention_start:mention_end``, the pronoun for a resolved pronoun) overlaps it. PolNeAR
  marks the pronoun itself as the Source, so a resolved pronoun counts as right when the
  pronoun is the annotated source.
* ``speech`` variant: gold attributions whose Cue contains a thought / intention verb
  (:data:`coverage.quotes.THOUGHT_CUES`: believe, think, want, hope, fear, ...; the list was
  made by reading the commonest PolNeAR train Cue spans and keeping mental-state verbs)
  are removed; predictions that cover only removed contents are then neither right nor wrong.

Results (issue 19 rules; test split run once per round after the round's rules were final, see each round)
----------------------------------------------------------------------------------------------------------
================  =================  =================  =================  =======
split / variant   all P / R / F1     direct P / R / F1  indirect P / R/F1  speaker
================  =================  =================  =================  =======
dev  all  before  .854 / .490 / .623  .835 / .852 / .843  .871 / .341 / .490  .698
dev  all  after   .894 / .591 / .711  .878 / .896 / .887  .906 / .465 / .614  .750
dev  speech after .893 / .619 / .731  .878 / .898 / .888  .905 / .494 / .639  .757
test all  before  .823 / .505 / .626  .829 / .876 / .852  .817 / .326 / .466  .676
test all  after   .890 / .586 / .706  .895 / .906 / .900  .886 / .431 / .580  .762
test speech after .889 / .607 / .721  .895 / .908 / .901  .885 / .451 / .598  .765
dev  all  round2  .906 / .591 / .715  .883 / .897 / .890  .922 / .465 / .618  .804
dev  speech rnd2  .905 / .620 / .736  .882 / .900 / .891  .921 / .494 / .643  .812
test all  round2  .898 / .589 / .712  .899 / .912 / .905  .898 / .433 / .584  .828
test speech rnd2  .898 / .610 / .726  .898 / .914 / .906  .897 / .453 / .602  .831
dev  all  round3  .908 / .607 / .728  .884 / .903 / .893  .925 / .485 / .636  .806
dev  speech rnd3  .908 / .637 / .748  .883 / .906 / .895  .924 / .516 / .662  .813
test all  round3  .901 / .608 / .726  .900 / .916 / .908  .901 / .459 / .608  .832
test speech rnd3  .900 / .630 / .741  .900 / .919 / .909  .900 / .481 / .627  .834
dev  all  round4  .908 / .633 / .746  .885 / .907 / .896  .922 / .519 / .665  .813
dev  speech rnd4  .907 / .663 / .766  .885 / .909 / .897  .921 / .553 / .691  .819
test all  round4  .897 / .641 / .748  .904 / .916 / .910  .892 / .508 / .647  .846
test speech rnd4  .896 / .663 / .762  .904 / .919 / .911  .891 / .531 / .666  .850
dev  all  round5  .909 / .632 / .745  .885 / .907 / .896  .923 / .518 / .664  .826
dev  speech rnd5  .908 / .662 / .766  .885 / .909 / .897  .922 / .552 / .690  .832
test all  round5  .899 / .641 / .749  .906 / .916 / .911  .895 / .508 / .648  .866
test speech rnd5  .899 / .664 / .764  .906 / .919 / .912  .894 / .533 / .668  .869
dev  all  round6  .911 / .633 / .747  .888 / .908 / .898  .926 / .519 / .665  .865
dev  speech rnd6  .911 / .664 / .768  .888 / .911 / .899  .925 / .553 / .692  .871
test all  round6  .899 / .641 / .749  .908 / .916 / .912  .894 / .508 / .648  .880
test speech rnd6  .899 / .664 / .764  .908 / .919 / .913  .893 / .533 / .668  .883
dev  all  round7  .911 / .633 / .747  .888 / .908 / .898  .926 / .519 / .665  .868
test all  round7  .900 / .642 / .749  .908 / .916 / .912  .895 / .509 / .649  .884
dev  all  round9  .911 / .632 / .746  .888 / .908 / .898  .926 / .517 / .664  .871
test all  round9  .901 / .641 / .749  .908 / .915 / .911  .897 / .509 / .650  .883
dev  all  rnd10   .912 / .632 / .747  .888 / .908 / .898  .927 / .517 / .664  .870
test all  rnd10   .902 / .641 / .750  .908 / .915 / .911  .898 / .509 / .650  .883
dev  all  rnd12   .912 / .632 / .747  .888 / .908 / .898  .927 / .517 / .664  .874
test all  rnd12   .901 / .641 / .749  .906 / .915 / .910  .898 / .509 / .650  .887
dev  all  rnd15   .913 / .639 / .752  .888 / .911 / .900  .928 / .526 / .671  .875
test all  rnd15   .901 / .645 / .752  .906 / .916 / .911  .898 / .513 / .653  .886
dev  all  rnd17   .920 / .639 / .754  .906 / .911 / .908  .929 / .526 / .671  .877
test all  rnd17   .903 / .641 / .750  .910 / .918 / .914  .898 / .507 / .648  .886
dev  all  rnd20   .921 / .640 / .755  .906 / .911 / .908  .929 / .527 / .673  .877
test all  rnd20   .903 / .641 / .750  .910 / .918 / .914  .898 / .508 / .649  .887
================  =================  =================  =================  =======

Round 2 (speaker rules: "Mr."/"Sen." periods, cue in the next sentence, role words
before an inverted name, "who"/"which"/"it" mentions, noun cues, adverbs before the cue;
rules from train and dev, test run once at the end) raised speaker accuracy, not recall.
Round 3 (reported-speech recall: "said there had been" / "said no decision" clauses, inverted
cue after a clause with commas, postposed cue before ", as ...", "according to" without a
comma / after a colon / mid-sentence, "As X reported, ...", "a poll shows/found ..." without
"that", cite/describe as speech acts, "..., citing ..."; rules from train and dev, test run
once at the end) raised indirect recall by about 2-3 points; ABP time per article about 2%
lower than before the round (a cheaper pre-filter of cue sentences, the words before a quote
tokenised only when no cue follows it).

Round 4 (reported speech: stance verbs, "talked about", "pointed out", "declined to", "agreed to",
"asked X to", polls as sources with "in", a poll noun further back in the subject, transcript turns;
speakers: appositions after descriptions, the person after the last title, "of"/"at" chains,
pronouns resolved to the last person named as a sentence subject; rules from train and dev, test
run once at the end) raised indirect recall by about 4 points and speaker accuracy by 1.4; the
extractor is about 10% slower than in round 3.

Round 5 (speakers: opening phrases before the subject, "according to" + a description, the subject
of "issued a statement saying", participle openers, poll shares, lone -ed cues after a quote,
sentences re-joined after "(R-Ky.)"; rules from train and dev; a clean-up of non-speakers found
on ABP came between rounds 4 and 5; the test split was run after each of the three steps and no rule
came from it) raised speaker accuracy by 2 points at the same F1 and time.

Round 6 (speakers: title and initial periods before a postposed name, ", R-Ky.," between commas, quotes
signed "― Name", a second attribution inside a reported clause ("..., but she denied that ...", "..., while
others say ..."), lower-case role words before a name, "“...” for X, she said.", quoted transcript turns
"“PENCE: ...”", datelines, "Ryan's office", apostrophes no quote marks, no merge past a sentence with a
parenthetical cue, the quote after a title quote, "asked by X"; rules from train and dev, written by a
helper who never ran or read the test split; the test split was run once, after the round's rules were
final: the fourth test run in all since round 4) raised dev speaker accuracy from .826 to .865 (train .842
to .853) and test speaker accuracy from .866 to .880 at the same F1 (dev .745 to .747, test .749); time
within 1% (an inscription pre-check offsets the new rules). 17 of the dev speaker fixes come from one dev
article (quotes signed "― Name"), which train does not have.

Round 7 (speaker rules written from the project's own labels, seeds and events 1-11: sentence-final
outer attributions, number-adjective subjects, dotted abbreviations before a name, "the police chief"
taking an earlier fuller mention ...; no PolNeAR text read; test run once after) gave dev speaker .868,
test .884 at the same F1.

Round 8 (18 more speaker rules from the project's labels) was not merged: it did not raise the held-out
events of those labels (benchmarks/README.md); PolNeAR test was not run for it. Round 9 (precision on real
news: cue nouns after an article, page furniture such as "FILE PHOTO:" and "SEE ALSO:", dotted
abbreviations in names; rules from 2,000 non-reserved ABP articles, PolNeAR dev as a regression check, no
PolNeAR test text read) lost 3 dev gold contents that only junk predictions had covered (dev F1 .747 to
.746, speaker .868 to .871); the test split, run once after the round (the sixth test run since round 4),
gave F1 .749 and speaker .883. Round 10 (nested reported speech: every level of "X said Y told Z that ..."
with its own speaker and cue, as the project's labelling scheme asks; rules from the project's development
labels, PolNeAR dev as a check; the scorer now picks, among predictions covering a gold content, the best and
then the tightest) left PolNeAR where it was: dev F1 .747, speaker .870; test, run once after the round (the
seventh test run), F1 .750, speaker .883. Rounds 11 and 12 (speakers from the project's labels) gave test
F1 .749, speaker .887 (ninth run). Round 13 (reported-speech recall from PolNeAR dev and the project's
labels: an aside between the cue and "that", "is warning / claiming that", ", arguing that", a study or
report as the source of "found/shows" with the noun further back) raised dev indirect recall from .517 to
.526 (test after it, the tenth run: F1 .751, speaker .887); rounds 14 and 15 (speakers from the project's
labels) left PolNeAR dev as it was; test, run once after round 15 (the eleventh test run), F1 .752, speaker
.886. Round 16 (speakers from the project's labels) left dev and test (twelfth run) as they were. Round 17
(precision from the project's labels: "claimed responsibility", hedges without a speaker, "attacks" as a
noun, condolences, quoted titles, the reversed "..., said TITLE NAME.") gave dev F1 .754 (P .913 -> .920),
speaker .877; test, run once after it (the thirteenth run), F1 .750 (P .903, R .641), speaker .886.
Rounds 18 and 19 (speakers from the project's labels) left dev as it was; test after round 19 (the
fourteenth run) F1 .750, speaker .887. Round 20 (reported-speech recall from PolNeAR train, dev as the
check: ", arguing / claiming / insisting ... CLAUSE" without "that", plural "say" after a description,
no inverted cue after "NAME, APPOSITION, said X ...") found 29 more of the 6,294 train contents missed:
dev F1 .754 -> .755 (indirect recall .526 -> .527); test, run once after it (the fifteenth run), F1 .750,
speaker .887.
 Round 28 (reported-speech recall from PolNeAR train, dev as the check, kept only
where the project's scheme labels the construction: a short predicate after a parenthetical cue, "But as X noted,
...", "A, according to X, B" after one word or a time phrase, "wrote" without "that" and "wrote in a ... op-ed that",
"warned the plan would ...", ", blaming / accusing / describing ..." after a comma, "discussed", "refer to X as Y",
claim nouns with an owner ("his assertion that ..."), "made clear / the case that ...", "he's suggesting that", an
aside after the cue, a subordinate tail after a postposed cue, a long title before a postposed name) found 93 more
train contents and lost 1 (train F1 .729 -> .732, indirect recall .495 -> .501; dev F1 .756 -> .758, indirect recall
.526 -> .530); the test split was not run.

The issue's speaker goal (>= 0.87) is reached on PolNeAR test (.884; the Gender Gap Tracker reports .865
on its own set); the F1 goal (>= 0.85) is not: most missed gold contents
are attributions with verbs or phrases that have no speech sense of their own ("offered",
"pushed", "echoed"), noun cues ("criticism of") or attributed thoughts, which this speech
extractor leaves out by design. Speed (train+dev, 924 articles, 749 words on average, 2 shared
cores, best of 3): 1.74 s per 1,000 articles, 1.4 ms per 600 words, sentence segmentation
included, in round 3 (before it: 1.73 s and 1.4 ms, measured side by side); round 4 added about
10% to the extractor (CPU time, side by side, measured by the two helpers who wrote its rules).

Run from the repository root: ``python benchmarks/quotes_polnear.py`` (prints a TSV table).
Anchors from the issue: Gender Gap Tracker P 0.846 R 0.827 F1 0.837 speaker 0.865 (its own
set); textacy ``direct_quotations`` F1 about 0.48-0.55.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from coverage.quotes import THOUGHT_CUES, Quote, extract_quotes

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"
_QUOTE_MARK_RE = re.compile("[\"“”«»]|(?<![^\\W_])[‘’]|[‘’](?![^\\W_])")
_WORD_RE = re.compile(r"[^\W\d_]+")


def parse_ann(raw: str) -> list[dict]:
    """Attributions of one brat file: dicts with content/source/cue ranges and cue text."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in raw.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            typ, _, ranges = parts[1].partition(" ")
            rr = [tuple(int(x) for x in r.split()) for r in ranges.split(";")]
            spans[parts[0]] = (typ, rr, parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(a.split(":", 1) for a in parts[1].split()))
    out = []
    for ev in events:
        if "Content" not in ev or ev["Content"] not in spans:
            continue
        src = spans.get(ev.get("Source", ""), ("", [], ""))
        cue = spans.get(ev.get("Cue", ""), ("", [], ""))
        out.append({"content": spans[ev["Content"]][1], "ctext": spans[ev["Content"]][2],
                    "source": src[1], "cue": cue[2].lower()})
    return out


def _cover(pred: tuple[int, int], ranges: list[tuple[int, int]]) -> float:
    total = sum(e - s for s, e in ranges) or 1
    inter = sum(max(0, min(e, pred[1]) - max(s, pred[0])) for s, e in ranges)
    return inter / total


def _outside(pred: tuple[int, int], ranges: list[tuple[int, int]]) -> int:
    inter = sum(max(0, min(e, pred[1]) - max(s, pred[0])) for s, e in ranges)
    return (pred[1] - pred[0]) - inter


def _overlaps(a: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return a[0] >= 0 and any(min(e, a[1]) > max(s, a[0]) for s, e in ranges)


def score(docs: list[tuple[list[Quote], list[dict]]], speech_only: bool = False) -> dict[str, float]:
    """P/R/F1 overall, direct, indirect and speaker accuracy over ``(predictions, gold)`` pairs."""
    c = dict.fromkeys(["tp_all", "np_all", "tp_d", "np_d", "tp_i", "np_i", "found_all", "ng_all",
                       "found_d", "ng_d", "found_i", "ng_i", "sp_ok", "sp_n"], 0)
    for preds, gold in docs:
        kept = [g for g in gold if not (speech_only and set(_WORD_RE.findall(g["cue"])) & THOUGHT_CUES)]
        dropped = [g for g in gold if g not in kept]
        for q in preds:
            span = (q.start, q.end)
            hit = any(_cover(span, g["content"]) > 0.3 for g in kept)
            if not hit and any(_cover(span, g["content"]) > 0.3 for g in dropped):
                continue
            k = "d" if q.kind == "direct" else "i"
            c["np_all"] += 1
            c["np_" + k] += 1
            c["tp_all"] += hit
            c["tp_" + k] += hit
        for g in kept:
            k = "d" if _QUOTE_MARK_RE.search(g["ctext"]) else "i"
            c["ng_all"] += 1
            c["ng_" + k] += 1
            # the best-covering prediction; among equal coverage the tightest (fewest characters outside the
            # gold content: an inner reported clause rather than the outer one containing it)
            best = max(preds, key=lambda q: (_cover((q.start, q.end), g["content"]),
                                             -_outside((q.start, q.end), g["content"])), default=None)
            if best is None or _cover((best.start, best.end), g["content"]) <= 0.3:
                continue
            c["found_all"] += 1
            c["found_" + k] += 1
            if g["source"]:
                c["sp_n"] += 1
                c["sp_ok"] += (_overlaps((best.speaker_start, best.speaker_end), g["source"])
                               or _overlaps((best.mention_start, best.mention_end), g["source"]))
    out = {}
    for k in ("all", "d", "i"):
        p = c["tp_" + k] / c["np_" + k] if c["np_" + k] else 0.0
        r = c["found_" + k] / c["ng_" + k] if c["ng_" + k] else 0.0
        out[k] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, c["ng_" + k], c["np_" + k])
    out["speaker"] = c["sp_ok"] / c["sp_n"] if c["sp_n"] else 0.0
    return out


def load(split: str) -> list[tuple[list[Quote], list[dict]]]:
    """Predictions and gold for every article of ``split`` (one annotator per article)."""
    docs = []
    seen = set()
    for ann in sorted((DATA / split / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        if stem in seen:
            continue
        seen.add(stem)
        text = (DATA / split / "text" / f"{stem}.txt").read_text("utf-8")
        docs.append((extract_quotes(text), parse_ann(ann.read_text("utf-8"))))
    return docs


def main(splits: tuple[str, ...] = ("dev", "test")) -> None:
    """Print one TSV row per split x variant x subset."""
    print("split\tvariant\tsubset\tP\tR\tF1\tn_gold\tn_pred\tspeaker")
    for split in splits:
        docs = load(split)
        for variant, speech in (("all", False), ("speech", True)):
            res = score(docs, speech)
            for k, name in (("all", "all"), ("d", "direct"), ("i", "indirect")):
                p, r, f, ng, npred = res[k]
                print(f"{split}\t{variant}\t{name}\t{p:.3f}\t{r:.3f}\t{f:.3f}\t{ng}\t{npred}\t{res['speaker']:.3f}")


if __name__ == "__main__":
    splits = tuple(sys.argv[1:]) or ("dev", "test")
    if {"-h", "--help"} & set(splits):
        print("usage: python benchmarks/quotes_polnear.py [dev] [test]\n\n" + __doc__)
        sys.exit(0)
    bad = [s for s in splits if s not in ("dev", "test")]
    if bad:
        sys.exit(f"usage: python benchmarks/quotes_polnear.py [dev] [test]\n"
                 f"error: unknown split {bad[0]!r}: give dev, test or both (train was read to write the rules)")
    if not DATA.is_dir():
        sys.exit(f"error: PolNeAR not found at {DATA}; the shared data folder must sit beside the repository")
    main(splits)
