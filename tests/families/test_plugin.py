"""A metric family defined in user code: the README's example, run exactly as written (issue 16)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import coverage
from coverage.errors import ParameterError
from coverage.families import Family, Hit, Metric, check_families, default_families

ROOT = Path(__file__).resolve().parents[2]


def readme_example() -> str:
    """The first ``python`` block of the README's section "Adding a metric family"."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Adding a metric family"):]
    section = section[: section.index("\n## ", 1)]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> dict:
    import os

    here = os.getcwd()
    os.chdir(ROOT)  # the example says "seeds/"
    try:
        namespace: dict = {}
        exec(compile(readme_example(), "README.md", "exec"), namespace)  # noqa: S102 - the documented example
    finally:
        os.chdir(here)
    return namespace


def test_the_readme_example_adds_columns_to_the_article_and_outlet_tables(example):
    a = example["analysis"]
    assert {"hedging", "hedging_rate"} <= set(a.articles.columns)
    assert {"hedging_rate", "hedging_rate_low", "hedging_rate_high"} <= set(a.outlets.columns)
    assert "hedging" in a.sentences.columns
    # the numbers are what the hits say: one hedging word is one unit of the column
    hits = a.hits[a.hits["metric"] == "hedging"]
    per_article = hits[~hits["boilerplate"]].groupby("article_id").size()
    got = a.articles.set_index("article_id")["hedging"]
    assert got.sum() == len(hits[~hits["boilerplate"]]) > 0
    assert (got[per_article.index] == per_article).all()
    rate = a.articles["hedging"] / a.articles["n_tokens"] * 1000
    np.testing.assert_allclose(a.articles["hedging_rate"], rate)
    # every hit is a hedging word of the original text, with its rule
    texts = dict(zip(a.corpus.df["article_id"], a.corpus.df["text"], strict=True))
    words = example["Hedging"].words
    for r in hits.itertuples():
        assert texts[r.article_id][r.start:r.end].lower() in words and r.rule.startswith("hedging word")
    ev = example["evidence"]
    assert len(ev) == len(hits[hits["article_id"] == "seed-003"]) and "<mark" in ev.to_html()
    # the outlet CIs come from the same bootstrap as every other metric (seeded per outlet and metric)
    assert a.outlets["hedging_rate_low"].notna().any()
    assert "hedging_rate" in a.metrics and a.spec("hedging_rate").label == "Hedging per 1,000 words"


def test_the_family_does_not_change_the_other_numbers(example, seeds_analysis):
    a = example["analysis"]
    for table in ("articles", "outlets"):
        cols = list(getattr(seeds_analysis, table).columns)
        pd.testing.assert_frame_equal(getattr(a, table)[cols], getattr(seeds_analysis, table), check_exact=True)


def test_heatmap_and_summary_include_the_family(example):
    import matplotlib.pyplot as plt

    from coverage.plots import plot_frame_heatmap
    from coverage.report import sections

    a = example["analysis"]
    assert [m.name for m in sections.summary_metrics(a)][-1] == "hedging_rate"
    ax = plot_frame_heatmap(a.outlets, specs=a.metric_specs)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    plt.close(ax.figure)
    assert any(lbl.startswith("Hedging") for lbl in labels)
    html = sections.summary_table(a)
    assert "Hedging per 1,000 words" in html
    assert any("hedging_rate" in item for item in sections.methods_items(a))


def test_a_report_shows_a_family_from_a_file(tmp_path):
    """The README's class in hedging.py next to the corpus: summary table, methods, provenance; no package edit."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    code = readme_example().split("\nanalysis = ")[0]  # the class, without the example's analysis
    (tmp_path / "hedging.py").write_text(code, encoding="utf-8")
    from coverage.report import render

    res = render(tmp_path / "seeds", out=tmp_path / "report", progress=False,
                 parameters={"families": ["hedging.py:Hedging"], "n_boot": 200})
    page = res.html.read_text(encoding="utf-8")
    summary = page[page.index('id="outlets"'):page.index('id="evidence"')]
    assert "Hedging per 1,000 words" in summary
    methods = page[page.index('id="methods"'):page.index('id="provenance"')]
    assert "hedging_rate" in methods and "reportedly, allegedly" in methods
    assert "hedging" in page[page.index('id="provenance"'):]
    assert "Hedging per 1,000 words" in page[page.index('id="findings"'):page.index('id="outlets"')]
    outlets = pd.read_csv(res.metrics / "outlets.csv")
    assert {"hedging_rate", "hedging_rate_low", "hedging_rate_high"} <= set(outlets.columns)
    import json

    manifest = json.loads(res.manifest.read_text(encoding="utf-8"))
    assert manifest["parameters"]["families"] == ["hedging.py:Hedging"]


def test_a_missing_family_file_fails_before_a_kernel(tmp_path, capsys):
    from coverage.cli import main

    code = main(["report", str(ROOT / "seeds"), "--out", str(tmp_path / "r"), "--quiet", "-p", "families",
                 "[nope.py:Hedging]"])
    assert code == 2 and "nope.py" in capsys.readouterr().err
    assert not (tmp_path / "r").exists()


# ---------------------------------------------------------------------------
# the declarations are checked, with messages that say what to fix


class _Counts(Family):
    name = "counts"

    def columns(self):
        return {"n_words": "int64"}

    def metrics(self):
        return [Metric("n_words_total", kind="total", column="n_words", outlet="mean")]

    def sentence(self, s):
        return SentenceLen(len(s.tokens))


def SentenceLen(n):  # noqa: N802 - a tiny helper of the test
    from coverage.families import SentenceResult

    return SentenceResult({"n_words": n})


def test_a_new_column_is_one_metric_spec_with_any_aggregation():
    """The bug of old: a per-outlet column whose aggregation came from its name's suffix (n_boilerplate)."""
    from coverage.families import BoilerplateFamily

    class MoreBoilerplate(BoilerplateFamily):
        def metrics(self):
            return [Metric("n_boilerplate", kind="total", column="boilerplate", sentences="all", outlet="mean")]

    df = pd.DataFrame({"id": ["a", "b", "c"], "outlet": ["A", "A", "B"],
                       "text": ["Vigil held\n\nJane Doe\n\nCrowds gathered.", "Crowds gathered.",
                                "Read more: vigils\n\nPeople met."]})
    fams = [MoreBoilerplate(), *default_families()[1:]]
    a = coverage.analyze(df, families=fams, n_boot=50)
    assert a.articles["n_boilerplate"].tolist() == [1, 0, 1]
    row = a.outlets.set_index("outlet")
    assert row.loc["A", "n_boilerplate"] == 0.5 and row.loc["B", "n_boilerplate"] == 1.0
    assert {"n_boilerplate_low", "n_boilerplate_high"} <= set(a.outlets.columns)
    b = coverage.analyze(df, families=[*default_families(), _Counts()], n_boot=50)
    assert (b.articles["n_words_total"] > 0).all()


@pytest.mark.parametrize(("families", "message"), [
    ([], "families is empty"),
    (["boilerplate"], "must be Family instances"),
    ([*default_families(), default_families()[1]], "two families are named 'sentiment'"),
])
def test_bad_family_lists(families, message):
    with pytest.raises(ParameterError, match=message):
        check_families(families)


def test_declarations_are_checked():
    class NoHook(Family):
        name = "nohook"

        def columns(self):
            return {"x": "float64"}

        def metrics(self):
            return []

    with pytest.raises(ParameterError, match="has no hook"):
        check_families([NoHook()])

    class Clash(_Counts):
        def columns(self):
            return {"sentiment": "float64"}

        def metrics(self):
            return []

    with pytest.raises(ParameterError, match="column 'sentiment' is already a metric of family 'sentiment'; rename it"):
        check_families([*default_families(), Clash()])

    class Orphan(_Counts):
        def metrics(self):
            return [Metric("orphan_rate", kind="rate", column="nowhere")]

    with pytest.raises(ParameterError, match="built from column 'nowhere'"):
        check_families([Orphan()])
    with pytest.raises(ParameterError, match="kind must be one of"):
        Metric("x", kind="median", column="y")
    with pytest.raises(ParameterError, match="needs numerator= and denominator="):
        Metric("x", kind="ratio")
    with pytest.raises(ParameterError, match="metadata column"):
        check_families([*default_families(), _Counts()], taken=["n_words"])


def test_families_and_lexicon_together_is_an_error():
    with pytest.raises(ParameterError, match="FramingFamily"):
        coverage.analyze(pd.DataFrame({"id": ["1"], "outlet": ["A"], "text": ["x y"]}), families=default_families(),
                         lexicon={"version": "1", "frames": {"e": {"groups": {"g": {"terms": ["x"]}}}}})


def test_a_family_without_anchors_sees_every_sentence_and_one_with_anchors_only_candidates():
    seen: list[str] = []

    class Spy(Family):
        name = "spy"

        def columns(self):
            return {"spy": "float64"}

        def metrics(self):
            return []

        def sentence(self, s):
            seen.append(s.text)
            return [Hit("spy", counted_as="spy", start=s.start, end=s.end)]

    df = pd.DataFrame({"id": ["a"], "outlet": ["A"], "text": ["We stand together. It rained. The attack."]})
    a = coverage.analyze(df, families=[*default_families(), Spy()], n_boot=10)
    assert seen == ["We stand together.", "It rained.", "The attack."]
    assert a.sentences["spy"].tolist() == [1.0, 1.0, 1.0]


def test_candidates_add_sentences_to_the_anchored_ones_and_are_checked():
    from coverage.lexicon import Lexicon

    seen: list[str] = []

    class Spy(Family):
        name = "spy"

        def __init__(self, extra=None):
            self.extra = extra

        def columns(self):
            return {"spy": "float64"}

        def metrics(self):
            return []

        def anchors(self):
            return Lexicon.default().matcher  # "attack" is an anchor, "rained" is not

        def candidates(self, view):
            if self.extra == "short":
                return [True]
            if self.extra == "none":
                return None
            return view.rows_with({"rained"}) | view.rows_with({"no-such-word"})

        def sentence(self, s):
            seen.append(s.text)
            return None

    df = pd.DataFrame({"id": ["a"], "outlet": ["A"], "text": ["We stand together. It rained. The attack."]})
    coverage.analyze(df, families=[*default_families(quotes=False), Spy()], n_boot=10)
    # "stand" and "attack" are anchor words; "It rained." has none and is passed because candidates() adds it
    assert seen == ["We stand together.", "It rained.", "The attack."]
    seen.clear()
    coverage.analyze(df, families=[*default_families(quotes=False), Spy("none")], n_boot=10)
    assert seen == ["We stand together.", "The attack."]  # without candidates(): the anchored sentences only
    with pytest.raises(ValueError, match=r"family 'spy': candidates\(\) must return 3 booleans"):
        coverage.analyze(df, families=[*default_families(quotes=False), Spy("short")], n_boot=10)
