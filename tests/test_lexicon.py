"""Tests for coverage.lexicon: loading, validation, merging, the phrase matcher."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from coverage.errors import LexiconError, ParameterError
from coverage.lexicon import Lexicon, PhraseMatcher, compile_term, match_key, match_keys
from coverage.text import tokenize

ECONOMY = """
version: "0.1"
name: econ
frames:
  economy:
    description: Economic consequences of the attack.
    groups:
      markets:
        reasoning: Market reactions.
        weight: 2.0
        terms:
          - stock market
          - econom*
          - {term: jobs, weight: 0.5}
"""


def test_default_lexicon_metadata():
    lex = Lexicon.default()
    assert lex.frames == ("solidarity", "violence")
    assert lex.version == "1.29.1"
    raw = (Path(__file__).parents[1] / "coverage/data/lexicons/framing.yaml").read_bytes()
    assert lex.sha256 == hashlib.sha256(raw).hexdigest()
    assert Lexicon.default() is lex  # cached


def test_default_lexicon_groups_and_negated_as():
    lex = Lexicon.default()
    sol = lex.terms_for("solidarity")
    vio = lex.terms_for("violence")
    assert list(sol.columns) == [
        "frame", "category", "term", "weight", "negated_as", "wildcard", "n_words", "case", "from", "reasoning",
    ]
    assert set(sol.category) == {"unity", "mourning", "defiance", "compassion", "courage", "values"}
    assert set(vio.category) == {"attack", "casualties", "perpetrator", "fear", "division", "defeat"}
    neg = vio.groupby("category").negated_as.first().to_dict()
    assert neg == {
        "attack": "", "casualties": "", "perpetrator": "",
        "fear": "solidarity", "division": "solidarity", "defeat": "solidarity",
    }
    assert (sol.negated_as == "").all()
    # every group documents its reasoning
    assert (sol.reasoning.str.len() > 20).all() and (vio.reasoning.str.len() > 20).all()
    # "victims" is deliberately in no group
    assert "victims" not in set(sol.term) | set(vio.term)
    row = sol[sol.term == "solidar*"].iloc[0]
    assert bool(row.wildcard) and row.n_words == 1 and row.weight == 1.0
    assert vio.loc[vio.term == "attack", "weight"].item() == 0.5


def test_custom_frame_from_yaml_string():
    lex = Lexicon.from_yaml(ECONOMY)
    assert lex.frames == ("economy",)
    assert lex.version == "0.1" and lex.name == "econ" and lex.source == "<string>"
    assert lex.sha256 == hashlib.sha256(ECONOMY.encode()).hexdigest()
    t = lex.terms_for("economy")
    assert t[["term", "weight", "wildcard", "n_words"]].values.tolist() == [
        ["stock market", 2.0, False, 2],
        ["econom*", 2.0, True, 1],
        ["jobs", 0.5, False, 1],
    ]


def test_custom_frame_from_path_and_dict(tmp_path):
    p = tmp_path / "econ.yaml"
    p.write_text(ECONOMY, encoding="utf-8")
    a = Lexicon.from_yaml(p)
    b = Lexicon.from_yaml(str(p))
    assert a.sha256 == b.sha256 == hashlib.sha256(p.read_bytes()).hexdigest()
    assert a.source == str(p)
    c = Lexicon.from_yaml({"version": 3, "frames": {"economy": {"groups": {"m": {"terms": ["jobs"]}}}}})
    assert c.version == "3" and c.source == "<dict>" and len(c.sha256) == 64


def test_merge_adds_custom_frame():
    merged = Lexicon.default().merge(Lexicon.from_yaml(ECONOMY))
    assert merged.frames == ("solidarity", "violence", "economy")
    assert merged.version == "1.29.1+econ@0.1"
    assert merged.sha256 != Lexicon.default().sha256
    assert len(merged.terms_for("economy")) == 3
    assert len(merged.terms_for("violence")) == len(Lexicon.default().terms_for("violence"))


def test_merge_conflicting_group_is_an_error():
    other = Lexicon.from_yaml('version: "1"\nframes: {violence: {groups: {fear: {terms: [dread]}}}}')
    with pytest.raises(LexiconError, match=r"frames\.violence\.groups\.fear already exists"):
        Lexicon.default().merge(other)
    with pytest.raises(ParameterError):
        Lexicon.default().merge("economy.yaml")


def test_unknown_frame_in_terms_for():
    with pytest.raises(ParameterError, match="unknown frame 'economy'"):
        Lexicon.default().terms_for("economy")


def test_unsafe_yaml_refused_and_names_file(tmp_path):
    p = tmp_path / "evil.yaml"
    p.write_text('version: "1"\nframes: !!python/object/apply:os.system ["echo pwned"]\n')
    with pytest.raises(LexiconError, match=r"evil\.yaml: refused YAML tag.*safe_load"):
        Lexicon.from_yaml(p)
    with pytest.raises(LexiconError, match="refused YAML tag"):
        Lexicon.from_yaml("a: !!python/object:collections.OrderedDict {}\nb: 1")


def test_invalid_yaml_syntax_names_file_and_line(tmp_path):
    p = tmp_path / "broken.yaml"
    p.write_text('version: "1"\nframes:\n  economy: [unclosed\n')
    with pytest.raises(LexiconError, match=r"broken\.yaml: invalid YAML at line \d+"):
        Lexicon.from_yaml(p)


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("frames: {economy: {groups: {m: {terms: [jobs]}}}}", r"bad\.yaml: key 'version' is missing"),
        ('version: "1"', r"bad\.yaml: key 'frames' is missing or empty"),
        ('version: "1"\nframes: {economy: {groups: {m: {terms: []}}}}',
         r"bad\.yaml: frames\.economy\.groups\.m\.terms must be a non-empty list"),
        ('version: "1"\nframes: {economy: {groups: {m: {terms: [jobs], weight: -1}}}}',
         r"frames\.economy\.groups\.m\.weight must be a positive number"),
        ('version: "1"\nframes: {economy: {groups: {m: {terms: [jobs], negated_as: sport}}}}',
         r"frames\.economy\.groups\.m\.negated_as must be ''"),
        ('version: "1"\nframes: {economy: {groups: {m: {terms: ["a*"]}}}}',
         r"frames\.economy\.groups\.m\.terms\[0\]: wildcard 'a\*'.*at least 3 letters"),
        ('version: "1"\nframes: {economy: {groups: {m: {terms: ["so*lid"]}}}}',
         r"terms\[0\]: term 'so\*lid' has '\*' inside a word"),
        ('version: "1"\nframes: {economy: {groups: {m: {terms: [jobs, jobs]}}}}',
         r"terms\[1\]: term 'jobs' duplicates frames\.economy\.groups\.m"),
        ('version: "1"\nframes: {economy: {groups: {m: {terms: [{weight: 2}]}}}}',
         r"terms\[0\]: entry mapping needs a 'term' key"),
        ('version: "1"\nframes: {economy: {groups: {m: {terms: [jobs], weigth: 2}}}}',
         r"frames\.economy\.groups\.m: unknown key\(s\) \['weigth'\]"),
        ('version: "1"\nframes: {Economy: {groups: {m: {terms: [jobs]}}}}',
         r"frames\.Economy: frame names must be lower-case identifiers"),
        ('version: "1"\nframes: {article_id: {groups: {m: {terms: [jobs]}}}}', r"'article_id' is a reserved"),
        ('version: "1"\nsettings: {negation_window: 99}\nframes: {e: {groups: {m: {terms: [jobs]}}}}',
         r"settings\.negation_window must be an integer 0\.\.10"),
        ("- just\n- a list\n", r"bad\.yaml: top level must be a mapping"),
    ],
)
def test_malformed_lexicon_errors_name_file_and_key(tmp_path, text, pattern):
    p = tmp_path / "bad.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=pattern):
        Lexicon.from_yaml(p)


def test_missing_file_is_lexicon_error():
    with pytest.raises(LexiconError, match=r"nope\.yaml: cannot read lexicon file"):
        Lexicon.from_yaml("nope.yaml")


def test_constructor_is_keyword_only():
    with pytest.raises(TypeError):
        Lexicon({"version": "1", "frames": {}})  # type: ignore[misc]


def test_match_key_and_compile_term():
    assert match_key("minute's") == "minute"
    assert match_key("won't") == "won't"
    assert compile_term("minute's silence").parts == (("exact", "minute"), ("exact", "silence"))
    assert compile_term("tear * * apart").parts == (
        ("exact", "tear"), ("any", ""), ("any", ""), ("exact", "apart"),
    )
    with pytest.raises(LexiconError, match="starts with a lone"):
        compile_term("* apart")


def _find(matcher, text):
    toks = tokenize(text)
    return [(" ".join(t.text for t in toks[a:b]), p) for a, b, p in matcher.find(toks)]


def test_matcher_longest_match_and_exclusions():
    m = PhraseMatcher([
        (compile_term("hatred"), "division"),
        (compile_term("hatred for none"), "values"),
        (compile_term("attack"), "attack"),
        (compile_term("heart attack"), None),
    ])
    assert _find(m, "Love for all, hatred for none. Hatred.") == [
        ("hatred for none", ["values"]), ("Hatred", ["division"]),
    ]
    assert _find(m, "He had a heart attack, not an attack") == [("attack", ["attack"])]


def test_matcher_wildcards_prefer_more_specific():
    m = PhraseMatcher([
        (compile_term("terror*"), "attack"),
        (compile_term("terrorist*"), "perpetrator"),
        (compile_term("solidar*"), "unity"),
        (compile_term("stand in solidar*"), "phrase"),
    ])
    assert _find(m, "Terrorists, terror-related terrorism; solidarity; we stand in solidarity") == [
        ("Terrorists", ["perpetrator"]),
        ("terror-related", ["attack"]),
        ("terrorism", ["attack"]),
        ("solidarity", ["unity"]),
        ("stand in solidarity", ["phrase"]),
    ]


def test_matcher_case_modes():
    m = PhraseMatcher([(compile_term("united", case="lower"), "u"), (compile_term("ISIS", case="exact"), "g")])
    assert _find(m, "The United States stood united against ISIS near the Isis") == [
        ("united", ["u"]), ("ISIS", ["g"]),
    ]


def test_terms_for_returns_dataframe():
    df = Lexicon.default().terms_for("solidarity")
    assert isinstance(df, pd.DataFrame)
    assert df.loc[df.term == "hatred for none", "category"].item() == "values"


def _all_patterns(matcher: PhraseMatcher):
    return [p for plist in (*matcher._exact.values(), *matcher._prefix.values()) for p, _ in plist]


def _surface_tokens(pattern):
    """A token sequence that matches ``pattern``: its words as written, '*' filled in."""
    words = []
    for (kind, _value), surface in zip(pattern.parts, pattern.surface, strict=True):
        words.append("word" if kind == "any" else surface + ("ing" if kind == "prefix" else ""))
    return words


@pytest.mark.parametrize("which", ["framing", "religion"])
def test_anchor_precheck_never_misses_a_match(which):
    """PhraseMatcher.may_match_at (the engine's sentence pre-check) is true for a token of every match."""
    from coverage.families.religion import _default_rules

    matcher = Lexicon.default().matcher if which == "framing" else _default_rules().term_matcher
    patterns = _all_patterns(matcher)
    assert len(patterns) > 100
    checked = 0
    for pattern in patterns:
        words = _surface_tokens(pattern)
        toks = tokenize(" ".join(words))
        if not matcher.find(toks):
            continue  # e.g. an exclusion blocks it, or a case rule the filled-in text does not meet
        checked += 1
        assert any(matcher.may_match_at(t.text) for t in toks), (pattern, words)
        # the finer test: an anchor whose pattern has all its exact words in the sentence
        keys = set(match_keys([t.norm for t in toks]))
        assert any(matcher.may_match_at(t.text) and matcher.needs_met(t.norm, keys) for t in toks), (pattern, words)
    assert checked > 0.8 * len(patterns)  # the rest are exclusions or blocked by longer entries


def test_needs_met_wants_every_exact_word_of_a_pattern():
    m = PhraseMatcher([(compile_term("in memory of"), "z"), (compile_term("stand* together"), "s"),
                       (compile_term("vigil"), "v")])
    assert m.needs_met("memory", {"in", "memory", "of", "the"})
    assert not m.needs_met("memory", {"memory", "of"})  # "in" is missing: find() has nothing either
    assert not m.find(tokenize("memory of them")) and m.find(tokenize("in memory of them"))
    # "together" is a stopword, so the prefix anchors the pattern; the other words are looked up
    assert m.needs_met("standing", {"standing", "together"}) and m.needs_met("stands", {"stands", "together"})
    assert not m.needs_met("standing", {"standing", "alone"}) and not m.needs_met("together", {"standing", "together"})
    assert m.needs_met("vigil", {"vigil"}) and not m.needs_met("candle", {"candle"})


def test_anchor_respects_case_rules():
    m = PhraseMatcher([(compile_term("ISIS", case="exact"), "x"), (compile_term("united", case="lower"), "y"),
                       (compile_term("in memory of"), "z")])
    assert m.may_match_at("ISIS") and not m.may_match_at("Isis")
    assert m.may_match_at("united") and not m.may_match_at("United")
    assert m.may_match_at("memory") and not m.may_match_at("in")  # the rarest word anchors a phrase


@pytest.mark.parametrize("which", ["framing", "religion"])
def test_anchored_many_equals_anchors_of(which):
    """The engine's vectorised anchor test (Arrow) says what anchors_of says, word by word."""
    import pyarrow as pa

    from coverage.families.religion import _default_rules
    from coverage.lexicon import match_key

    matcher = Lexicon.default().matcher if which == "framing" else _default_rules().term_matcher
    words = set()
    for pattern in _all_patterns(matcher):
        for kind, value in pattern.parts:
            if kind != "any":  # the word, its prefix, one letter short, longer, possessive, non-ASCII
                words |= {value, value[:-1], value + "s", value + "ing", value + "'s", value + "'", "é" + value,
                          value + "é", value.upper()}
    words |= {"", "a", "'", "'s", "x's", "😀", "中文", "pray", "prayers'", "vigils"}
    norms = sorted(words)
    keys = pa.array([match_key(n) for n in norms], type=pa.large_string())
    got = matcher.anchored_many(keys)
    expected = [bool(matcher.anchors_of(n)) for n in norms]
    assert got.tolist() == expected
    assert 50 < sum(expected) < len(norms)


# ---------------------------------------------------------------------------
# YAML limits (issue 15): "billion laughs" and deep nesting

# 685 bytes whose aliases expand to 9**9 (387 million) strings under frames.economy.groups.*.reasoning
BILLION_LAUGHS = """version: "1"
frames:
  economy:
    groups:
      a: {reasoning: &a ["x","x","x","x","x","x","x","x","x"], terms: [jobs]}
      b: {reasoning: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a], terms: [work]}
      c: {reasoning: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b], terms: [money]}
      d: {reasoning: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c], terms: [trade]}
      e: {reasoning: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d], terms: [shops]}
      f: {reasoning: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e], terms: [banks]}
      g: {reasoning: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f], terms: [stock]}
      h: {reasoning: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g], terms: [tourism]}
      i: {reasoning: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h], terms: [economy]}
"""

# Loads a lexicon in a fresh process and prints the outcome and its peak-RSS growth in kB. The
# address space is capped at 1 GB over the start so a loader without limits fails there (MemoryError)
# instead of taking the machine's memory; terms_for() reads every group's reasoning, as a report does.
_LOAD_CHILD = r"""
import resource, sys
from coverage.errors import LexiconError
from coverage.lexicon import Lexicon

try:
    with open("/proc/self/status") as fh:
        vm = next(int(line.split()[1]) for line in fh if line.startswith("VmSize:")) * 1024
    resource.setrlimit(resource.RLIMIT_AS, (vm + 2**30, resource.getrlimit(resource.RLIMIT_AS)[1]))
except (OSError, ValueError, StopIteration):
    pass
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    lex = Lexicon.from_yaml(sys.argv[1])
    lex.terms_for("economy")
    print("LOADED")
except LexiconError as exc:
    print("ERROR", exc)
except MemoryError:
    print("MemoryError")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""


def test_billion_laughs_lexicon_is_refused_in_bounded_memory(tmp_path):
    import subprocess
    import sys

    p = tmp_path / "laughs.yaml"
    p.write_text(BILLION_LAUGHS, encoding="utf-8")
    assert len(BILLION_LAUGHS.encode()) < 700
    out = subprocess.run([sys.executable, "-c", _LOAD_CHILD, str(p)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    outcome, growth_kb = out.stdout.strip().splitlines()
    assert outcome == (
        f"ERROR {p}: YAML aliases expand to more than 100,000 values (line 10: alias '*e'); "
        "write the lists out instead of nesting anchors"
    )
    assert int(growth_kb) < 200 * 1024  # ru_maxrss is in kB on Linux


def test_billion_laughs_lexicon_in_cli_is_one_line_exit_2(tmp_path, seeds_dir, capsys):
    from coverage.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text(BILLION_LAUGHS, encoding="utf-8")
    code = main(["analyze", str(seeds_dir), "--lexicon", str(bad), "--out", str(tmp_path / "m"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(f"media-coverage: error: {bad}: YAML aliases expand to more")
    assert "write the lists out instead of nesting anchors" in err


def _with_reasoning(reasoning: str) -> str:
    return (
        'version: "1"\ndescription: &a ["x","x","x","x","x","x","x","x","x"]\n'
        "frames:\n  economy:\n    groups:\n"
        "      b: {reasoning: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a], terms: [work]}\n"
        "      c: {reasoning: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b], terms: [money]}\n"
        "      d: {reasoning: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c], terms: [trade]}\n"
        f"      e: {{reasoning: {reasoning}, terms: [banks]}}\n"
    )


def test_alias_expansion_limit_and_ordinary_anchors():
    # *d is a list of 7,380 strings (7,381 values with the list): the document with 12 of them in
    # e's reasoning holds 96,909 values, with 13 of them 104,290
    twelve = "[" + ",".join(["*d"] * 12) + "]"
    lex = Lexicon.from_yaml(_with_reasoning(twelve))
    groups = lex.spec["frames"]["economy"]["groups"]
    assert len(groups["e"]["reasoning"]) == 12 and groups["e"]["reasoning"][11] is groups["d"]["reasoning"]
    with pytest.raises(LexiconError, match=r"^<string>: YAML aliases expand to more than 100,000 values "
                       r"\(line 9: alias '\*d'\); write the lists out instead of nesting anchors$"):
        Lexicon.from_yaml(_with_reasoning("[" + ",".join(["*d"] * 13) + "]"))
    # anchors as people use them still work
    lex = Lexicon.from_yaml("""
version: "1"
frames:
  economy:
    groups:
      markets: {reasoning: &why Economic consequences., weight: &w 2, terms: &t [stock market, econom*]}
      jobs: {reasoning: *why, weight: *w, terms: [jobs, unemployment]}
  trade:
    groups:
      all: {reasoning: *why, terms: [exports, imports]}
""")
    t = lex.terms_for("economy")
    assert t[["category", "term", "weight", "reasoning"]].values.tolist() == [
        ["markets", "stock market", 2.0, "Economic consequences."],
        ["markets", "econom*", 2.0, "Economic consequences."],
        ["jobs", "jobs", 2.0, "Economic consequences."],
        ["jobs", "unemployment", 2.0, "Economic consequences."],
    ]


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ('version: "1"\nframes: ' + "[" * 10_000, r"nested more than 100 levels deep \(line 2\)"),
        ('version: "1"\nframes: ' + "{a: " * 10_000, r"nested more than 100 levels deep \(line 2\)"),
        ('version: "1"\nframes: &r [*r]\n', r"alias refers to the list or mapping it is in \(line 2: alias '\*r'\)"),
        ('version: "1"\ndescription: &a ' + "[" * 60 + "]" * 60 + "\nframes: &b " + "[" * 60 + "*a" + "]" * 60,
         r"aliases nest lists/mappings more than 100 levels deep \(line 3: alias '\*a'\)"),
        ('version: "1"\ndescription:\n  a: &a {k1: x, k2: x, k3: x, k4: x, k5: x, k6: x, k7: x, k8: x, k9: x}\n'
         + "".join(f"  {n}: &{n} {{<<: [{','.join(['*' + p] * 9)}], z{n}: 1}}\n"
                   for p, n in zip("abcdefgh", "bcdefghi", strict=True))
         + "frames: {economy: {groups: {m: {terms: [jobs]}}}}\n",
         r"YAML aliases expand to more than 100,000 values \(line 7: alias '\*d'\)"),
    ],
    ids=["deep-flow-lists", "deep-flow-mappings", "recursive-alias", "deep-through-aliases", "merge-key-laughs"],
)
def test_deep_or_recursive_yaml_is_a_lexicon_error(tmp_path, text, pattern):
    p = tmp_path / "deep.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"deep\.yaml: .*" + pattern):
        Lexicon.from_yaml(p)


# ---------------------------------------------------------------------------
# frame names that clash with result columns (issue 15)


#: Frame names a lexicon may not use, and the column each clashes with. The first ones are refused when the
#: lexicon is read (the base tables' columns, the derived endings); the rest when the families are put
#: together in analyze() (other families' columns and metrics).
CLASHES = [
    ("solidarity_rate", "solidarity_rate"), ("violence_rate", "violence_rate"), ("economy_low", "economy_low"),
    ("sentiment_high", "sentiment_high"), ("religion_rate", "religion_rate"), ("ci_basis", "ci_basis"),
    ("n_tokens", "n_tokens"), ("article_id", "article_id"), ("outlet", "outlet"), ("text", "text"),
    ("sentence", "sentence"), ("n_articles", "n_articles"),
]
AT_ANALYSIS = [
    ("religion_target", "religion_target"), ("religion_community", "religion_community"),
    ("n_boilerplate", "n_boilerplate"), ("boilerplate_reason", "boilerplate_reason"), ("religion", "religion"),
    ("sentiment", "sentiment"), ("tone", "tone"), ("balance", "balance"),
]


@pytest.mark.parametrize(("name", "column"), CLASHES)
def test_frame_named_like_a_result_column_is_refused(tmp_path, name, column):
    p = tmp_path / "clash.yaml"
    p.write_text(f'version: "1"\nframes:\n  {name}:\n    groups:\n      m:\n        terms: [jobs]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"clash\.yaml: frames\.{name}: .*'{column}'.*rename the frame") as info:
        Lexicon.from_yaml(p)
    assert f"frame '{name}'" in str(info.value)


@pytest.mark.parametrize(("name", "column"), AT_ANALYSIS)
def test_frame_named_like_another_familys_column_is_refused_by_analyze(tmp_path, name, column):
    import pandas as pd

    import coverage

    p = tmp_path / "clash.yaml"
    p.write_text(f'version: "1"\nframes:\n  {name}:\n    groups:\n      m:\n        terms: [jobs]\n', encoding="utf-8")
    Lexicon.from_yaml(p)  # a valid lexicon on its own
    df = pd.DataFrame({"id": ["1"], "outlet": ["A"], "text": ["Jobs and more jobs."]})
    with pytest.raises(LexiconError, match=rf"clash\.yaml: frames\.{name}: .*'{column}' \(a (column|metric) of "
                                           rf"family .*\); rename the frame"):
        coverage.analyze(df, lexicon=p, n_boot=10)


def test_check_frame_names():
    from coverage.lexicon import check_frame_names

    taken = {"religion_target": "a column of family 'religion'", "headline": "a metadata column of the corpus"}
    check_frame_names(["solidarity", "violence", "economy"], taken, source="x.yaml")  # no clash
    with pytest.raises(LexiconError, match=r"^x\.yaml: frames\.headline: frame 'headline' clashes with the column "
                       r"'headline' \(a metadata column of the corpus\); rename the frame, e.g. to 'headline_frame'$"):
        check_frame_names(["economy", "headline"], taken, source="x.yaml")
    with pytest.raises(LexiconError, match=r"the column 'page_rate' of frame 'page' clashes with the column 'page_rate'"):
        check_frame_names(["page"], ["page_rate"], source="x.yaml")


# ---------------------------------------------------------------------------
# '*' wildcards without regex backtracking (issue 15, kwic)


def test_compile_glob_is_linear_on_long_tokens():
    """50 '*' against a 10,000-character token: a regex '^a.*a.*...a$' would backtrack for hours."""
    from coverage.lexicon import compile_glob

    token = "ab" * 5000
    assert compile_glob("*" * 50 + "q")(token) is False
    assert compile_glob("*" * 50 + "b")(token) is True
    assert compile_glob("a*" * 50)(token) is True          # 50 a's, each after the last, then anything
    assert compile_glob("*a" * 50)(token) is False         # must end in 'a'
    assert compile_glob("a" + "*a" * 50 + "*b")(token) is True
    assert compile_glob("*ba" * 25 + "*bb*")(token) is False  # no 'bb' anywhere
    assert compile_glob("*ab" * 5001)(token) is False      # 5,001 'ab' do not fit in 5,000
    assert compile_glob("*ab" * 5000)(token) is True
    assert compile_glob("x" * 10_000 + "*")("x" * 9_999) is False


def test_compile_glob_agrees_with_a_regex_on_short_strings():
    import itertools
    import re

    from coverage.lexicon import compile_glob

    strings = ["".join(p) for n in range(5) for p in itertools.product("ab*", repeat=n)]
    patterns = ["".join(p) for n in range(5) for p in itertools.product("ab*", repeat=n)]
    for pat in patterns:
        rx = re.compile("".join(".*" if c == "*" else re.escape(c) for c in pat), re.DOTALL)
        glob = compile_glob(pat)
        for s in strings:
            assert glob(s) == bool(rx.fullmatch(s)), (pat, s)


# ---------------------------------------------------------------------------
# provenance ("from") and leave-one-event-out exclusion (issue 18)

_PROV = """
version: "1"
exclusions:
  terms: [heart attack, {term: attack line, from: [basil]}]
frames:
  solidarity:
    groups:
      unity:
        terms: [stand together, {term: stands with, from: [sri-lanka-2019, finsbury-park-2017]},
                {term: ready to help, from: [sri-lanka-2019]}]
      commemoration:
        from: [scheme]
        terms: [half-staff, {term: funerals, from: [scheme, christchurch-2019]}]
  violence:
    groups:
      attack:
        terms: [{term: attack, weight: 0.5}, {term: shooter, from: [parkland-2018, pittsburgh-2018]}]
"""


def test_provenance_is_parsed_per_entry_group_and_default():
    lex = Lexicon.from_yaml(_PROV)
    assert [(e.term, e.provenance) for e in lex.entries] == [
        ("stand together", ("seeds",)),
        ("stands with", ("finsbury-park-2017", "sri-lanka-2019")),
        ("ready to help", ("sri-lanka-2019",)),
        ("half-staff", ("scheme",)),
        ("funerals", ("christchurch-2019", "scheme")),
        ("attack", ("seeds",)),
        ("shooter", ("parkland-2018", "pittsburgh-2018")),
    ]
    assert lex.terms_for("solidarity")["from"].tolist() == [
        "seeds", "finsbury-park-2017, sri-lanka-2019", "sri-lanka-2019", "scheme", "christchurch-2019, scheme"]


def test_without_events_drops_rules_written_only_from_the_events():
    lex = Lexicon.from_yaml(_PROV)
    held = lex.without_events({"sri-lanka-2019"})
    assert [e.term for e in held.entries] == [
        "stand together", "stands with", "half-staff", "funerals", "attack", "shooter"]
    assert held.frames == ("solidarity", "violence")
    assert held.exclude_events == frozenset({"sri-lanka-2019"}) and not held.strict_exclusion
    assert held.sha256 != lex.sha256 and held.version == lex.version
    both = lex.without_events({"sri-lanka-2019", "finsbury-park-2017"})
    assert [e.term for e in both.entries] == ["stand together", "half-staff", "funerals", "attack", "shooter"]
    # a rule also written from the scheme stays, except in the strict variant
    assert [e.term for e in lex.without_events({"christchurch-2019"}).entries] == [e.term for e in lex.entries]
    strict = lex.without_events({"christchurch-2019"}, strict=True)
    assert [e.term for e in strict.entries] == [
        "stand together", "stands with", "ready to help", "half-staff", "attack", "shooter"]
    assert strict.sha256 != lex.without_events({"christchurch-2019"}).sha256
    assert lex.without_events(set()) is lex
    # seed rules are "seeds": excluding them leaves the frames (columns) in place
    assert [e.term for e in lex.without_events({"seeds"}).entries] == [
        "stands with", "ready to help", "half-staff", "funerals", "shooter"]
    assert lex.without_events({"seeds"}).frames == ("solidarity", "violence")


def test_without_events_drops_exclusions_too():
    from coverage.families.framing import match_frames

    lex = Lexicon.from_yaml(_PROV)
    s = tokenize("The attack line worked.")
    assert match_frames(s, lex) == []
    hits = match_frames(s, lex.without_events({"basil"}))
    assert [(h.term, h.counted_as, h.weight) for h in hits] == [("attack", "violence", 0.5)]


def test_default_lexicon_exclude_events_exact():
    lex = Lexicon.default()
    assert lex.version == "1.29.1"
    held = Lexicon.default(exclude_events={"boston-2013"})
    dropped = sorted({e.term for e in lex.entries} - {e.term for e in held.entries})
    # 1.29.1 (provenance per entry): "is with you", "picked the wrong city", "recalled * * * the victims" and "will
    # all be with you" named Boston and other events, but only Boston's labelled sentences hold them
    assert dropped == ["al qaeda", "al-qaeda", "be with you", "interfaith ceremony", "interfaith service", "is with you",
                       "keep going", "pick ourselves up", "picked the wrong city", "qaeda", "recalled * * * the victims",
                       "run again", "will all be with you", "your resolve"]
    assert (len(lex.entries), len(held.entries)) == (2794, 2780)   # 2683 and 2673 before the 111 entries of 1.29.0
    # strict keeps 9 more: Boston was named in their families but holds none of them (1.29.1)
    assert len(Lexicon.default(exclude_events={"boston-2013"}, strict=True).entries) == 2744
    assert all(e.provenance == ("seeds",) for e in lex.entries if e.category == "fear" and e.term == "afraid")


@pytest.mark.parametrize("bad", ['"Christchurch 2019"', "[]", "[seeds, 3]", "{a: b}"])
def test_bad_provenance_is_refused(bad):
    spec = f'version: "1"\nframes: {{solidarity: {{groups: {{u: {{terms: [{{term: unity, from: {bad}}}]}}}}}}}}'
    with pytest.raises(LexiconError, match=r"frames.solidarity.groups.u.terms\[0\].from must be a non-empty list"):
        Lexicon.from_yaml(spec)
    with pytest.raises(ParameterError, match="not the string"):
        Lexicon.default().without_events("boston-2013")


def test_merge_keeps_exclusion_provenance_and_exclusion():
    lex = Lexicon.from_yaml(_PROV).without_events({"basil"})
    econ = Lexicon.from_yaml('version: "1"\nframes: {economy: {groups: {m: {terms: [jobs]}}}}')
    merged = lex.merge(econ)
    assert merged.exclude_events == frozenset({"basil"})
    assert {"term": "attack line", "from": ["basil"]} in merged.spec["exclusions"]


def test_isis_and_isis_exact_entries_are_not_duplicates():
    lex = Lexicon.default()
    terms = [(e.term, e.case) for e in lex.entries if e.term.lower() == "isis"]
    assert terms == [("ISIS", "exact"), ("Isis", "exact")]


# framing 1.3.0: commemoration, justice and heroism idiom attested in two or more labelled sets
@pytest.mark.parametrize(("text", "expected"), [
    ("After a short silence, the chairman spoke.", [("silence", "mourning", "solidarity", 1.0)]),
    ("Crowds stood in silence on the bridge.", [("silence", "mourning", "solidarity", 1.0)]),
    ("The senator broke his silence on the bill.", []),
    ("The mayor read aloud the names of the 17 victims.", [("read * the names", "mourning", "solidarity", 1.0)]),
    ("He wanted swift justice for the families.", [("justice", "defiance", "solidarity", 1.0)]),
    ("The Justice Department opened an inquiry.", []),
    ("A man jumped on to the truck to try to stop it.", [("try to stop it", "courage", "solidarity", 0.5)]),
    ("Talks on peace and security resumed.", []),
])
def test_framing_1_3_0_terms_exact(text, expected):
    from coverage.families.framing import match_frames

    hits = match_frames(tokenize(text), Lexicon.default())
    assert [(h.term, h.category, h.counted_as, h.weight) for h in hits] == expected


def test_framing_1_3_0_terms_held_out():
    from coverage.families.framing import match_frames

    s = tokenize("After a short silence, he spoke.")
    # attested in the seeds and Finsbury Park: kept when Finsbury Park is held out, dropped in the strict variant
    assert [h.term for h in match_frames(s, Lexicon.default(exclude_events={"finsbury-park-2017"}))] == ["silence"]
    assert match_frames(s, Lexicon.default(exclude_events={"finsbury-park-2017"}, strict=True)) == []
    e = next(e for e in Lexicon.default().entries if e.term == "justice")
    assert (e.case, e.provenance) == ("lower", ("boston-2013", "charleston-2015", "sri-lanka-2019"))


@pytest.mark.parametrize("name", ["framing.yaml", "religion.yaml", "sources.yaml"])
def test_packaged_yaml_loads_as_the_bounded_loader_loads_it(name):
    # load_packaged_yaml uses libyaml's safe loader for the package's own files; it must give what the bounded
    # pure-Python loader (used for users' files) gives, with the file's sha256
    import hashlib
    from importlib import resources

    from coverage.lexicon import bounded_safe_load, load_packaged_yaml

    raw = resources.files("coverage").joinpath(f"data/lexicons/{name}").read_bytes()
    data, digest = load_packaged_yaml(name)
    assert data == bounded_safe_load(raw.decode("utf-8-sig"))
    assert digest == hashlib.sha256(raw).hexdigest()


# framing 1.4.0: "let the terrorists defeat us" (defeat group), negated as defiance like "let the terrorists win"
@pytest.mark.parametrize(("text", "expected"), [
    ("We can't let the terrorists defeat us.", [("let the terrorists defeat us", "defeat", "solidarity", 1.0)]),
    ("We will not let them defeat us.", [("let them defeat us", "defeat", "solidarity", 1.0)]),
    ("They hope to let the terrorists defeat us.", [("let the terrorists defeat us", "defeat", "violence", 1.0)]),
])
def test_framing_1_4_0_let_them_defeat_us_exact(text, expected):
    from coverage.families.framing import match_frames

    hits = match_frames(tokenize(text), Lexicon.default())
    assert [(h.term, h.category, h.counted_as, h.weight) for h in hits] == expected


def test_framing_1_4_0_held_out():
    from coverage.families.framing import match_frames

    s = tokenize("We can't let the terrorists defeat us.")
    # written from the seeds' negated "defeat us" and Paris: kept when Paris is held out, dropped in the strict
    # variant (then the negation stops at "terrorists", which it leaves uncounted, and "defeat us" counts as violence)
    held = Lexicon.default(exclude_events={"paris-2015"})
    assert [h.term for h in match_frames(s, held)] == ["let the terrorists defeat us"]
    strict = Lexicon.default(exclude_events={"paris-2015"}, strict=True)
    assert [(h.term, h.counted_as) for h in match_frames(s, strict)] == [
        ("terrorist*", ""), ("defeat us", "violence")]


# framing 1.5.0: general attack-news idiom attested in the labelled sets (inflections of seed words, the noun
# "suspect", exchanges of fire, the wounded's condition and transport to hospital, people hurt, taking cover)
V = "violence"


@pytest.mark.parametrize(("text", "expected"), [
    # inflections of seed words; "die" weak like "died"; political "live or die" and "kill the bill" stay out
    ("The hotel was bombed on Sunday.", [("bombed", "attack", V, 1.0)]),
    ("They watched people get slaughtered.", [("slaughtered", "attack", V, 1.0)]),
    ("He vowed to kill as many as he could.", [("kill", "casualties", V, 1.0)]),
    ("He shouted that they must die.", [("die", "casualties", V, 0.5)]),
    ("Reform will live or die this year.", []),
    ("They promised to kill the bill.", []),
])
def test_framing_1_5_0_inflections_exact(text, expected):
    from coverage.families.framing import match_frames

    hits = match_frames(tokenize(text), Lexicon.default())
    assert [(h.term, h.category, h.counted_as, h.weight) for h in hits] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the noun with any modifier; the verb is an exclusion
    ("A fifth suspect was arrested on Wednesday.", [("suspect", "perpetrator", V, 1.0)]),
    ("Police are searching for a new suspect.", [("suspect", "perpetrator", V, 1.0)]),
    ("The 28-year-old suspect bought a car.", [("suspect", "perpetrator", V, 1.0)]),
    ("The suspect was named.", [("the suspect", "perpetrator", V, 1.0)]),
    ("I suspect that the vote will be close.", []),
    ("They had no basis to suspect a crime.", []),
    ("Police began a manhunt.", [("manhunt", "perpetrator", V, 1.0)]),
    ("They believe the plot is wider.", [("the plot", "attack", V, 1.0)]),
    ("He bought a plot of land.", []),
])
def test_framing_1_5_0_suspect_exact(text, expected):
    from coverage.families.framing import match_frames

    hits = match_frames(tokenize(text), Lexicon.default())
    assert [(h.term, h.category, h.counted_as, h.weight) for h in hits] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He watched the gunfight unfold.", [("gunfight", "attack", V, 1.0)]),
    ("He died in a shootout with police.", [("died", "casualties", V, 0.5), ("shootout", "attack", V, 1.0)]),
    ("He came to the car with his weapon.", [("his weapon", "attack", V, 1.0)]),
    ("The van was slamming into a bus.", [("slamming into", "attack", V, 1.0)]),
    ("The senator slammed his rivals.", []),
    ("Worshippers were set upon at night.", [("set upon", "attack", V, 1.0)]),
    ("Hundreds scrambled for cover.", [("for cover", "attack", V, 1.0)]),
    ("It will pay for coverage.", []),
])
def test_framing_1_5_0_attack_mechanics_exact(text, expected):
    from coverage.families.framing import match_frames

    hits = match_frames(tokenize(text), Lexicon.default())
    assert [(h.term, h.category, h.counted_as, h.weight) for h in hits] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The other officer hurt is in stable condition.",
     [("officer hurt", "casualties", V, 1.0), ("stable condition", "casualties", V, 1.0)]),
    ("Two officers were hurt.", [("were hurt", "casualties", V, 1.0)]),
    ("Cuts would hurt the economy.", []),
    ("His condition was upgraded on Thursday.", [("condition was upgraded", "casualties", V, 1.0)]),
    ("He was taken to a local hospital.", [("to a local hospital", "casualties", V, 1.0)]),
    ("Nine were taken to three hospitals.", [("to * hospitals", "casualties", V, 1.0)]),
    ("Nobody was taken to a hospital.", [("to a hospital", "casualties", "", 0.0)]),
])
def test_framing_1_5_0_wounded_exact(text, expected):
    from coverage.families.framing import match_frames

    hits = match_frames(tokenize(text), Lexicon.default())
    assert [(h.term, h.category, h.counted_as, h.weight) for h in hits] == expected


def test_framing_1_5_0_held_out():
    from coverage.families.framing import match_frames

    # "suspect" was written from twelve events: kept when one of them is held out, dropped in its strict variant
    s = tokenize("A fifth suspect was arrested.")
    assert [h.term for h in match_frames(s, Lexicon.default(exclude_events={"manchester-2017"}))] == ["suspect"]
    assert match_frames(s, Lexicon.default(exclude_events={"manchester-2017"}, strict=True)) == []
    # "set upon" was written from one event only: dropped when that event is held out
    s = tokenize("They were set upon.")
    assert match_frames(s, Lexicon.default(exclude_events={"finsbury-park-2017"})) == []
    # an inflection shares the provenance of its seed word: "bombed" stays in every held-out variant
    e = next(e for e in Lexicon.default().entries if e.term == "bombed")
    assert e.provenance == ("seeds", "sri-lanka-2019")


# framing 1.12.0: general solidarity idiom (hand-written sentences; each fails without its entry)
_S = "solidarity"


def _frame_hits(text, lexicon=None):
    from coverage.families.framing import match_frames

    return [(h.term, h.category, h.counted_as, h.weight)
            for h in match_frames(tokenize(text), lexicon or Lexicon.default())]


@pytest.mark.parametrize(("text", "expected"), [
    # commemoration vocabulary: inflections of "pay respects", wreaths, candles, the memory of the dead
    ("Hundreds paid their respects and the mayor paid his respects too.",
     [("paid their respects", "mourning", _S, 1.0), ("paid his respects", "mourning", _S, 1.0)]),
    ("The queen laid a wreath at the cenotaph.", [("laid a wreath", "mourning", _S, 1.0)]),
    ("Neighbours lit candles outside the cafe.", [("lit candles", "mourning", _S, 1.0)]),
    ("The race will honor the memory of the three runners.", [("honor the memory", "mourning", _S, 1.0)]),
    ("Flags flew low in honour of the victims.", [("in honour of the victims", "mourning", _S, 1.0)]),
    ("Thousands gathered to remember the nine who died.",
     [("gathered to remember", "mourning", _S, 1.0), ("died", "casualties", "violence", 0.5)]),
    ("Millions prayed for the girl.", [("prayed for", "mourning", _S, 1.0)]),
    ("Bouquets and teddy bears piled up at the gate.",
     [("bouquets", "mourning", _S, 0.5), ("teddy bears", "mourning", _S, 0.5)]),
    # support vocabulary
    ("Students donated blood on Monday.", [("donated blood", "compassion", _S, 1.0)]),
    ("The club is collecting donations for the families.", [("donations for the families", "compassion", _S, 1.0)]),
    ("The mayor will visit survivors on Friday.", [("visit survivors", "compassion", _S, 1.0)]),
    ("Well-wishers left cards.", [("well-wishers", "compassion", _S, 1.0)]),
    ("Sending love to everyone in the town.", [("sending love", "compassion", _S, 1.0)]),
    # unity and values
    ("The bridge was lit up in the colours of the French flag.", [("lit up in the colours of", "unity", _S, 1.0)]),
    ("A banner read Je suis Nice.", [("je suis", "unity", _S, 1.0)]),
    ("Love is stronger than hate.", [("stronger than hate", "values", _S, 1.0)]),
    # resilience (defiance) and heroism
    ("We will overcome, the minister said.", [("we will overcome", "defiance", _S, 1.0)]),
    ("A brighter day will come, she said.", [("a brighter day", "defiance", _S, 1.0)]),
    ("We will square our shoulders and go on.", [("square our shoulders", "defiance", _S, 1.0)]),
    ("The guard probably saved dozens of innocent lives.", [("saved * * innocent lives", "courage", _S, 0.5)]),
])
def test_solidarity_1120_fires(text, expected):
    assert _frame_hits(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses kept out: memory lapses, policy that "saved lives", a perpetrator's political sympathies
    ("She admitted gaps in her memory.", []),
    ("The policy saved a significant number of lives.", []),
    ("He harboured Nazi sympathies.", []),
    ("They shared neo-Nazi sympathies.", []),
    ("Our sympathies are with the family.", [("sympathies", "compassion", _S, 1.0)]),
    # "hate" alone stays violence/division
    ("They spread hate online.", [("spread hate", "division", "violence", 1.0)]),
])
def test_solidarity_1120_near_misses(text, expected):
    assert _frame_hits(text) == expected


def test_1120_provenance_and_held_out():
    lex = Lexicon.default()
    prov = {e.term: e.provenance for e in lex.entries}
    assert prov["laid a wreath"] == ("vocabulary",)
    # 1.29.1: provenance per entry (benchmarks/provenance.py): of the three events its family was written from, only
    # Gaziantep's labelled sentences hold "we will overcome", so it goes when Gaziantep is held out
    assert prov["we will overcome"] == ("gaziantep-2016",)
    s = "But God willing, we will overcome."
    assert [h[0] for h in _frame_hits(s, Lexicon.default(exclude_events={"aurora-2012"}))] == ["we will overcome"]
    assert _frame_hits(s, Lexicon.default(exclude_events={"gaziantep-2016"})) == []
    assert _frame_hits(s, Lexicon.default(exclude_events={"gaziantep-2016"}, strict=True)) == []
    w = "They laid a wreath."
    assert _frame_hits(w, Lexicon.default(exclude_events={"gaziantep-2016"}, strict=True)) == [
        ("laid a wreath", "mourning", _S, 1.0)]
    # the exclusion of one event: dropped in its held-out variant, so "sympathies" counts again
    n = "He harboured Nazi sympathies."
    assert _frame_hits(n, Lexicon.default(exclude_events={"charlottesville-2017"})) == [
        ("sympathies", "compassion", _S, 1.0)]


# framing 1.13.0: general violence vocabulary (hand-written sentences; each positive fails without its entry)
_V = "violence"


@pytest.mark.parametrize(("text", "expected"), [
    # weapons named
    ("Police said the man carried a pistol.", [("pistol", "attack", _V, 1.0)]),
    ("A customer wrestled the gun away from him.", [("wrestled the gun", "attack", _V, 1.0)]),
    ("He wore a suicide vest under his coat.", [("suicide vest", "attack", _V, 1.0)]),
    ("A woman was robbed at knifepoint.", [("at knifepoint", "attack", _V, 1.0)]),
    # attack acts
    ("The offices were firebombed last year.", [("firebombed", "attack", _V, 1.0)]),
    ("The minister called it an act of barbarism.", [("barbarism", "attack", _V, 1.0)]),
    ("The ambassador's assassination shocked the capital.", [("assassination", "attack", _V, 1.0)]),
    ("Kidnappers held two aid workers.", [("kidnappers", "perpetrator", _V, 1.0)]),
    ("Militants released a video of the beheading.",
     [("militants", "perpetrator", _V, 1.0), ("beheading", "attack", _V, 1.0)]),
    # the security response when a threat is named
    ("The country raised its security alert.", [("security alert", "attack", _V, 1.0)]),
    ("The threat level was raised to critical.", [("threat level", "attack", _V, 1.0)]),
    ("Officers examined a suspicious package near the station.", [("suspicious package", "attack", _V, 1.0)]),
    # fleeing
    ("Students ran for their lives.", [("for their lives", "attack", _V, 1.0)]),
    ("Some guests managed to escape through the kitchen.", [("managed to escape", "attack", _V, 1.0)]),
    # casualty wording
    ("One man later succumbed to his wounds.", [("his wounds", "casualties", _V, 1.0)]),
    ("She was treated for stab wounds.", [("stab wounds", "casualties", _V, 1.0)]),
    ("Bullet holes scarred the door.", [("bullet holes", "casualties", _V, 1.0)]),
    ("A woman was grazed by a bullet.", [("grazed by a bullet", "casualties", _V, 1.0)]),
    ("Two were treated at the scene.", [("treated at the scene", "casualties", _V, 1.0)]),
    ("Homicides rose last year.", [("homicides", "casualties", _V, 1.0)]),
    ("Pictures showed bloodied survivors.", [("bloodied", "casualties", _V, 1.0)]),
    # perpetrators and extremism
    ("Witnesses heard a man shout Allahu Akbar.", [("allahu akbar", "perpetrator", _V, 1.0)]),
    ("Foley's captors demanded a ransom.", [("captors", "perpetrator", _V, 1.0), ("demanded a ransom", "attack", _V, 1.0)]),   # 1.20.0
    ("The group declared a caliphate.", [("caliphate", "perpetrator", _V, 1.0)]),
])
def test_violence_1130_fires(text, expected):
    assert _frame_hits(text) == expected


@pytest.mark.parametrize("text", [
    # figurative and political uses kept out (an exclusion, or no entry on purpose)
    "Critics called it character assassination.",
    "The senator dodged a bullet.",
    "The reform will heal the wounds of the past.",
    "He is trying to escape responsibility.",
    "Critics called the law barbaric.",
    "Markets were on high alert.",
    "He was a homicide prosecutor.",
    "The district was targeted for a state takeover.",
    "The campaign launched a counterattack on Twitter.",
    "The bill would let a licensed owner carry a firearm.",
    "He refused to say the words radical Islam.",
    "Hunters keep slaughtering elephants.",
])
def test_violence_1130_near_misses(text):
    assert _frame_hits(text) == []


def test_1130_provenance_and_held_out():
    prov = {e.term: e.provenance for e in Lexicon.default().entries}
    assert prov["assassination"] == ("vocabulary",)
    assert prov["allahu akbar"] == ("bamako-2015", "charlie-hebdo-2015", "nice-2016", "nyc-truck-2017")
    s = "A man shouted Allahu Akbar."
    assert [h[0] for h in _frame_hits(s, Lexicon.default(exclude_events={"nice-2016"}))] == ["allahu akbar"]
    assert _frame_hits(s, Lexicon.default(exclude_events={"nice-2016"}, strict=True)) == []
    # the exclusion beats the vocabulary entry by the longest match
    assert _frame_hits("It was an assassination, not character assassination.") == [
        ("assassination", "attack", _V, 1.0)]
