"""Provenance per entry: every rule's development events cut to those whose labelled sentences hold its words.

Each rule of the built-in rule files (``coverage/data/lexicons/framing.yaml`` and ``religion.yaml``) names in
``from`` the events whose labelled sentences it was written from. Leave one event out (``validate_frames.py``)
keeps a rule naming several events when one of them is left out: a rule supported by several events. Rule rounds
sometimes gave every entry of a family of constructions all the events the family was written from; an entry that
only one of those events holds then stayed in when that event was left out, and credited it (found on 2026-12-06 in
343 rules). This script lists those rules and, with ``--write``, cuts their development events to the ones whose
labelled sentences hold the entry's words (:func:`validate_frames.cut_provenance`, :func:`validate_frames.term_pattern`;
other tags such as ``seeds``, ``basil`` or ``vocabulary`` stay). Predictions do not change: an event dropped from an
entry's ``from`` has no labelled sentence the entry matches. Only flow-style entries (``{term: ..., from: [...]}``,
as every rule round writes them) are rewritten; any other is listed.

The development events are those of ``validate_frames.DEV_SETS`` and the development ordinary news (each article its
own event, ``news-<id>``); their labelled sentences come from ``events.sentences``. Needs the shared data.

Run from the repository root::

    python benchmarks/provenance.py            # list the rules to cut (exit status 0 either way)
    python benchmarks/provenance.py --write    # rewrite the two rule files (provenance only), then bump their versions
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import events as ev  # noqa: E402
from validate_frames import DEV_SETS, cut_provenance, event_texts, words_held  # noqa: E402

from coverage.lexicon import load_packaged_yaml  # noqa: E402
from coverage.outputs import atomic_write  # noqa: E402

LEXICONS = ROOT / "coverage" / "data" / "lexicons"
RULE_FILES = ("framing.yaml", "religion.yaml")


def labelled_texts(data: Path) -> dict[str, str]:
    """``event -> its labelled sentences, lower-cased and joined``, over the development sets and the development
    ordinary news."""
    parts = [ev.sentences(data, with_text=True, which=w) for w in [*DEV_SETS, "news"]]
    return event_texts(pd.concat(parts, ignore_index=True))


def cuts(spec: object, texts: dict[str, str]) -> list[tuple[str, list[str], list[str]]]:
    """``(term, from, kept from)`` of every rule of ``spec`` whose ``from`` names two or more of the events of
    ``texts``, some but not all of which hold its words (:func:`validate_frames.cut_provenance`)."""
    out: list = []
    cut_provenance(spec, words_held(texts), set(texts), out)
    return out


def rewrite(text: str, rules: list[tuple[str, list[str], list[str]]]) -> tuple[str, list[str]]:
    """``text`` (a rule file) with the ``from`` of each flow-style entry of ``rules`` cut, and the terms not found."""
    missing = []
    for term, tags, kept in rules:
        pat = re.compile(r"(\{term: " + re.escape(term) + r"(?:, [a-z_]+: [^,{}\[\]]+)*, from: \[)"
                         + re.escape(", ".join(tags)) + r"\]")
        text, n = pat.subn(lambda m, k=kept: m.group(1) + ", ".join(k) + "]", text)
        if not n:
            missing.append(term)
    return text, missing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ev.DEFAULT_DATA, help="shared data folder")
    ap.add_argument("--write", action="store_true", help="rewrite the rule files (provenance only)")
    args = ap.parse_args(argv)
    texts = labelled_texts(args.data)
    print(f"{len(texts)} development events and news articles with labelled sentences")
    for name in RULE_FILES:
        rules = cuts(load_packaged_yaml(name)[0], texts)
        print(f"\n{name}: {len(rules)} rules name development events that do not hold them")
        for term, tags, kept in rules:
            print(f"  {term!r}: {', '.join(tags)} -> {', '.join(kept)}")
        if args.write and rules:
            path = LEXICONS / name
            text, missing = rewrite(path.read_text(encoding="utf-8"), rules)
            atomic_write(path, text.encode("utf-8"))
            print(f"{name}: rewritten ({len(rules) - len(missing)} rules)" +
                  (f"; not flow-style, left as they are: {missing}" if missing else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
