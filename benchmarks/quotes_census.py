"""Junk speakers and person names on real news: a census of what the quotes family gives (issue 19).

The labelled sets measure the extractor on attack coverage; general news (US politics,
opinion pages, wire copy) brings page furniture and constructions those articles rarely
have. This script counts, on the first ``--n`` ABP articles with text (the rows
``benchmarks/speed.py`` uses, the articles of ``article_bias_prediction/RESERVED.txt``
left out):

* quotes whose speaker is only a function word ("the", "a", "all", "this", "which", ...);
* quotes with the headline/transcript colon cue (``Name: claim``) and their commonest
  speakers (transcript speakers such as "AMY GOODMAN" are right; "FILE PHOTO", "SEE ALSO"
  are page furniture);
* person names (``Analysis.quotes["person"]``) that open with a modal, auxiliary or
  preposition ("Could Barr", "Like Obama"), hold an acronym ending a sentence ("HHS.
  Sebelius") or a page label ("MUST WATCH Obama"), or start with a single initial cut from
  dotted initials ("R. McMaster");
* the share of quotes whose source type is ``unknown``.

Only counts and speaker strings are printed, never article text. It is a census, not a
precision estimate: nobody labelled these quotes.

Run from the repository root::

    python benchmarks/quotes_census.py [--data ../shared/data] [--n 2000]
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path

import pandas as pd

import coverage

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "benchmarks"))
from speed import first_rows  # noqa: E402  (the rows speed.py times)

FUNCTION_WORDS = frozenset("the a an all this that it's its which what there".split())
#: Words that open a question or a prepositional phrase, not a name, when they start a "person".
BAD_FIRST = frozenset("""could would should can did does do is are was were has have had might must like unlike
    despite although though because since unless whether where which during under over about against among
    between into upon amid""".split())
_ACRONYM_STOP = re.compile(r"\b[A-Z]{2,}\. ")
_CAPS_LABEL = re.compile(r"^(?:MUST|JUST|WATCH|WATCHED|BREAKING|PHOTO|PHOTOS|VIDEO|RELATED|UPDATE|READ) ")
_ONE_INITIAL = re.compile(r"^[A-Z]\. ")


def load(data: Path, n: int) -> pd.DataFrame:
    """``id, outlet, text`` of the first ``n`` ABP rows with text, without the reserved articles."""
    path = data / "article_bias_prediction" / "abp_articles.csv.gz"
    reserved_path = data / "article_bias_prediction" / "RESERVED.txt"
    if not path.is_file() or not reserved_path.is_file():
        sys.exit(f"ABP not found under {data}; pass --data pointing at the shared data folder")
    reserved = {line.strip() for line in reserved_path.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")}
    df = first_rows(path, n)
    return df[~df["id"].isin(reserved)].reset_index(drop=True)


def census(quotes: pd.DataFrame) -> dict:
    """The counts of the module docstring for a quotes table (``speaker, person, cue, source_type``)."""
    speaker = quotes["speaker"].fillna("").astype(str)
    person = quotes["person"].fillna("").astype(str)
    low = speaker.str.lower()
    func = low[low.isin(FUNCTION_WORDS)]
    colon = low[quotes["cue"] == ":"]
    first = person.str.split().str[0].fillna("").str.lower()
    several = person.str.split().str.len() > 1
    bad_person = person[(first.isin(BAD_FIRST) & several) | person.str.contains(_ACRONYM_STOP)
                        | person.str.contains(_CAPS_LABEL)]
    initial = person[person.str.contains(_ONE_INITIAL)]
    return {
        "quotes": len(quotes),
        "function_word_speakers": collections.Counter(func).most_common(),
        "colon_cue": len(colon),
        "colon_cue_speakers": collections.Counter(colon).most_common(25),
        "bad_persons": len(bad_person),
        "bad_person_names": collections.Counter(bad_person).most_common(10),
        "one_initial_persons": len(initial),
        "one_initial_names": collections.Counter(initial).most_common(8),
        "unknown_share": float((quotes["source_type"] == "unknown").mean()) if len(quotes) else float("nan"),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    ap.add_argument("--n", type=int, default=2000, help="ABP rows with text to read (before the reserved are dropped)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    df = load(args.data, args.n)
    analysis = coverage.analyze(df, n_boot=20)
    c = census(analysis.quotes)
    print(f"media-coverage {coverage.__version__}: quotes census on {len(df)} ABP articles "
          f"({time.perf_counter() - t0:.0f} s)")
    print(f"quotes: {c['quotes']}; source type unknown: {c['unknown_share']:.3f}")
    print(f"speaker only a function word: {sum(n for _, n in c['function_word_speakers'])} "
          f"{c['function_word_speakers']}")
    print(f"colon-cue quotes: {c['colon_cue']}; commonest speakers: {c['colon_cue_speakers']}")
    print(f"person names opening with a modal/preposition, an acronym stop or a page label: {c['bad_persons']} "
          f"{c['bad_person_names']}")
    print(f"person names starting with one initial: {c['one_initial_persons']} {c['one_initial_names']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
