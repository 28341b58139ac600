"""Hostile text (issue 7): HTML and JavaScript in the data never become markup.

A corpus whose article texts, titles, ids, outlet names, event and date fields, file name and
custom lexicon carry the payloads of ``tests/data/xss_payloads.txt`` (see ``tests/_hostile.py``)
goes through every HTML producer of the package:

* ``Corpus._repr_html_``, ``Analysis._repr_html_``, ``Evidence.to_html``/``_repr_html_``
  (hits, custom frame, balance, religion, sentiment), :func:`coverage.evidence.highlight`,
  ``ValidationResult._repr_html_`` and the pandas HTML of ``kwic``/``keyness``/``hits``;
* the report (``coverage.report.render``: titles, summary, figure captions and alt texts,
  evidence, keyness tables, methods, rejected articles, loading notes, provenance);
* the figures (PNG in the report; SVG from ``plots.save_figure`` with text kept as text).

Each output is parsed with :mod:`html.parser`: no element, attribute, comment or URL may come
from the data, and the payloads must be readable, literally, in the text. The report and a page
built from the ``_repr_html_`` outputs are then opened in headless Chromium, which must run
nothing (``window.__xss`` stays undefined, ``document.title`` unchanged, no dialog, no request);
a control page with the raw payloads shows that the browser check does detect execution.
"""

from __future__ import annotations

import html
import re
import warnings
import xml.etree.ElementTree as ET

import _hostile as H
import pandas as pd
import pytest
from _browser import CDP, launch

import coverage
from coverage import plots
from coverage.errors import CoverageWarning, LexiconError
from coverage.evidence import highlight
from coverage.lexicon import Lexicon
from coverage.report import external_references, render
from coverage.text import normalize_text

N_BOOT = 200


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "in"
    return folder, H.write_corpus(folder), H.write_lexicon(folder)


@pytest.fixture(scope="module")
def corpus(files):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CoverageWarning)
        corp = coverage.load_corpus(files[1])
    assert any(H.BAD_DATE in str(w.message) for w in caught)  # the date note quotes the raw value
    return corp


@pytest.fixture(scope="module")
def analysis(corpus, files):
    return coverage.analyze(corpus, lexicon=str(files[2]), n_boot=N_BOOT)


@pytest.fixture(scope="module")
def validation(analysis):
    return coverage.validate(H.labels(analysis), analysis=analysis)


@pytest.fixture(scope="module")
def report(files, analysis):
    """The hostile report, rendered once (labels.csv next to the corpus adds the validation table)."""
    folder, corpus_file, lexicon_file = files
    H.labels(analysis).to_csv(folder / "labels.csv", index=False)
    result = render(corpus_file, out=folder.parent / "out" / "report", progress=False,
                    parameters={"title": H.REPORT_TITLE, "lexicon": str(lexicon_file), "n_boot": N_BOOT})
    return result, result.html.read_text(encoding="utf-8")


def _clean(text: str) -> str:
    return normalize_text(text)


def _squash(text: str) -> str:
    """Whitespace runs (tabs, newlines, no-break spaces) as one space: layout, not content."""
    return " ".join(text.split())


# ------------------------------------------------------------------------------------- the data


def test_payload_file():
    assert len(H.PAYLOADS) >= 50
    assert len(set(H.PAYLOADS)) == len(H.PAYLOADS)
    for p in H.PAYLOADS:
        assert p == p.strip() and "\n" not in p
        # every payload either sets the marker (maybe entity- or base64-encoded) or loads a URL
        assert "__xss" in html.unescape(p) or "base64," in p or "example.invalid" in p, p


def test_fixture_puts_payloads_everywhere(corpus, analysis):
    df = corpus.df
    assert sorted(corpus.outlets) == sorted(H.OUTLETS)
    assert list(df["article_id"]) == H.IDS
    texts = "\n".join(df["text"])
    assert all(_clean(p) in texts for p in H.PAYLOADS)
    assert set(df["title"]) | set(df["headline"]) <= set(H.PAYLOADS)
    assert "<script>window.__xss=1</script>" in corpus.rejected["article_id"].tolist()
    # the custom lexicon with markup terms is merged with the built-in frames and matches markup
    assert analysis.lexicon.frames == ("solidarity", "violence", "markup")
    matched = set(analysis.hits.loc[analysis.hits["metric"] == "markup", "matched"])
    assert {"<script>", "onerror=", "javascript:", "\"><"} <= matched
    # payload words reach keyness and KWIC, and payloads sit in sentences with framing hits
    key = set(analysis.keyness(H.OUTLETS[1], exclude=())["term"])  # payload words are also in the outlet names
    assert {"script", "onerror", "xss"} & key
    assert len(analysis.kwic("onerror")) > 10
    framed = analysis.sentences[(analysis.sentences["solidarity"] > 0) | (analysis.sentences["violence"] > 0)]
    assert framed["text"].str.contains("<", regex=False).sum() > 20


def test_lexicon_rejects_markup_in_frame_names_and_keeps_it_in_free_text():
    bad = H.LEXICON_YAML.replace("  markup:", "  \"<script>\":")
    with pytest.raises(LexiconError, match="frame names must be lower-case identifiers"):
        Lexicon.from_yaml(bad)
    lex = Lexicon.from_yaml(H.LEXICON_YAML)
    assert lex.name == "<script>window.__xss=1;document.title='XSS'</script>"
    assert lex.version == "1.0\"><img src=x onerror=window.__xss=1>"
    assert set(lex.terms_for("markup")["term"]) == set(H.MARKUP_TERMS)


# ------------------------------------------------------------------------------ HTML producers


def _producers(corpus, analysis, validation) -> dict[str, tuple[str, list[str]]]:
    """name -> (HTML, strings that must be readable in its text)."""
    texts = [_clean(p) for p in H.PAYLOADS]
    ev = analysis.explain()
    out = {
        "Corpus._repr_html_": (corpus._repr_html_(), [*H.OUTLETS, H.CORPUS_FILE]),
        "Analysis._repr_html_": (analysis._repr_html_(), [*H.OUTLETS, analysis.lexicon.version]),
        "Evidence.to_html": (ev.to_html(), [*texts, *H.IDS, *H.OUTLETS, *H.MARKUP_TERMS]),
        "Evidence._repr_html_ (markup)": (analysis.explain(metric="markup")._repr_html_(), H.MARKUP_TERMS),
        "Evidence._repr_html_ (balance)": (analysis.explain(metric="balance")._repr_html_(), []),
        "Evidence._repr_html_ (religion)": (analysis.explain(metric="religion")._repr_html_(), []),
        "Evidence._repr_html_ (sentiment, one article)": (
            analysis.explain(H.IDS[1], metric="sentiment")._repr_html_(), [H.IDS[1], H.OUTLETS[1]]),
        "ValidationResult._repr_html_": (
            validation._repr_html_(),
            [*validation.errors.head(50)["text"], *validation.errors.head(50)["note"]]),
    }
    for name, df in {"kwic": analysis.kwic("xss"), "keyness": analysis.keyness(H.OUTLETS[2]),
                     "hits": analysis.hits, "outlets": analysis.outlets}.items():
        markup = df._repr_html_()
        markup = re.sub(r"^<div>\s*<style scoped>.*?</style>", "<div>", markup, flags=re.S)  # pandas' own CSS
        out[f"DataFrame._repr_html_ ({name})"] = (markup, [])
    return out


PRODUCERS = [
    "Corpus._repr_html_", "Analysis._repr_html_", "Evidence.to_html", "Evidence._repr_html_ (markup)",
    "Evidence._repr_html_ (balance)", "Evidence._repr_html_ (religion)",
    "Evidence._repr_html_ (sentiment, one article)", "ValidationResult._repr_html_",
    "DataFrame._repr_html_ (kwic)", "DataFrame._repr_html_ (keyness)", "DataFrame._repr_html_ (hits)",
    "DataFrame._repr_html_ (outlets)",
]


@pytest.fixture(scope="module")
def produced(corpus, analysis, validation):
    out = _producers(corpus, analysis, validation)
    assert sorted(out) == sorted(PRODUCERS)
    return out


@pytest.mark.parametrize("name", PRODUCERS)
def test_producer_escapes_everything(produced, name):
    markup, expected = produced[name]
    assert H.unsafe(markup) == []
    assert not re.search(r"<\s*/?\s*(script|iframe|svg|img|object|embed)\b", markup, re.I)
    # layout only: pandas writes runs of spaces as &nbsp; and a tab or newline in a cell as \t, \n
    text = _squash(H.Page(markup).text)
    missing = [s for s in map(str, expected)
               if _squash(s) not in text and _squash(s.replace("\t", "\\t").replace("\n", "\\n")) not in text]
    assert missing == [], f"{name} does not show {len(missing)} string(s) literally, e.g. {missing[0]!r}"


def test_highlight_shows_every_article_literally_and_escapes_rules(analysis, corpus):
    for aid, text in zip(corpus.df["article_id"], corpus.df["text"], strict=True):
        hits = analysis.hits[analysis.hits["article_id"] == aid]
        assert len(hits) > 0
        markup = highlight(text, hits)
        assert H.unsafe(markup) == []
        page = H.Page(markup)
        assert page.text == text  # every character shown, nothing swallowed as markup
        assert set(page.tags) == {"mark"}
        rules = {v for tag, name, v in page.attrs if name == "title"}
        assert rules and rules <= set(hits["rule"])  # tooltips decode to the exact rule text
    assert any("<img src=x onerror=window.__xss=1> '\"group" in r for r in analysis.hits["rule"])


def test_sentiment_evidence_renders(analysis):
    """explain(metric="sentiment"/"tone") marks each sentence with its score (it used to raise)."""
    for metric in ("sentiment", "tone"):
        markup = analysis.explain(H.IDS[0], metric=metric)._repr_html_()
        assert markup.count("<mark") == int((analysis.sentences["article_id"] == H.IDS[0]).sum())
        assert f"title='{metric} " in markup


# ---------------------------------------------------------------------------------- figures


def test_figures_show_dollar_signs_and_markup_as_plain_text(analysis, tmp_path):
    import matplotlib as mpl
    import matplotlib.pyplot as plt

    outlets = analysis.outlets
    figures = {
        "balance": plots.plot_balance(outlets),
        "sentiment": plots.plot_sentiment(outlets),
        "arc": plots.plot_sentiment_arc(analysis.sentences),
        "arc1": plots.plot_sentiment_arc(analysis.sentences, article_id=H.IDS[3]),
        "religion": plots.plot_religion_frames(outlets),
        "heatmap": plots.plot_frame_heatmap(outlets),
        "keyness": plots.plot_keyness(analysis.keyness(H.OUTLETS[3]), target_label=H.OUTLETS[3],
                                      reference_label="${window.__xss=1} $\\frac{1}{0}$ $"),
    }
    try:
        with mpl.rc_context({"svg.fonttype": "none"}):  # keep text as <text> so it can be checked
            for name, ax in figures.items():
                path = plots.save_figure(ax, tmp_path / f"{name}.svg")  # mathtext would raise here
                root = ET.parse(path).getroot()  # well-formed XML: markup in labels is escaped
                elements = {el.tag.rsplit("}", 1)[-1] for el in root.iter()}
                assert not elements & {"script", "foreignObject", "iframe", "a", "object", "embed"}, name
                attrs = [(k.rsplit("}", 1)[-1], v) for el in root.iter() for k, v in el.attrib.items()]
                assert not [k for k, v in attrs if k.lower().startswith("on")], name
                hrefs = [v for k, v in attrs if k == "href"]  # <use> of a glyph, imshow's embedded PNG
                assert all(v.startswith(("#", "data:image/png;base64,")) for v in hrefs), name
                text = " ".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))
                if name in ("balance", "sentiment", "religion", "heatmap"):
                    assert "$Times$" in text, f"{name}: '$' was read as mathtext"
                    assert "<svg/onload=window.__xss=1>" in text
        labels = [t.get_text() for t in figures["balance"].get_yticklabels()]
        assert any("\\$Times\\$" in label for label in labels)
    finally:
        plt.close("all")


# ----------------------------------------------------------------------------------- report


def test_report_has_no_markup_from_the_data(report):
    result, page = report
    assert H.unsafe(page, fragment=False) == []  # one script, the page's own; links only into the page
    assert external_references(page) == []
    assert len(re.findall(r"<img\b[^>]*\ssrc=[\"']data:image/png;base64,", page)) >= 3
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert html.unescape(title) == H.REPORT_TITLE


def test_report_shows_the_hostile_text_literally(report, analysis, files):
    result, page = report
    text = H.Page(page).text
    shown = [H.REPORT_TITLE, H.EVENT, H.BAD_DATE, *H.OUTLETS, H.CORPUS_FILE, H.LEXICON_FILE,
             analysis.lexicon.version]  # the merged version quotes the custom lexicon's name and version
    missing = [s for s in shown if s not in text]
    assert missing == []
    sorts = {v for tag, name, v in H.Page(page).attrs if tag == "td" and name == "data-sort"}
    assert {o.lower() for o in H.OUTLETS} <= sorts  # sort keys decode to the names
    quoted = sum(_clean(p) in text for p in H.PAYLOADS)
    assert quoted >= 10, "the evidence section should quote sentences with payloads"
    assert str(files[0]) not in page, "machine-specific path in the report"


def test_report_notebook_outputs_are_clean_fragments(report):
    import nbformat

    nb = nbformat.read(report[0].notebook, as_version=4)
    n = 0
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error"
            markup = out.get("data", {}).get("text/html")
            if markup:
                n += 1
                assert H.unsafe("".join(markup) if isinstance(markup, list) else markup, interactive=True) == []
    assert n >= 6


# ---------------------------------------------------------------------------------- browser


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with launch(tmp_path_factory.mktemp("chromium-profile")) as ws_url:
        yield ws_url


_PROBE = """(() => {
  const all = [...document.querySelectorAll('*')];
  return {
    title: document.title,
    xss: typeof window.__xss,
    handlers: all.filter(e => [...e.attributes].some(a => a.name.toLowerCase().startsWith('on'))).length,
    active: document.querySelectorAll('iframe, object, embed, svg, math, base, link, form, select, textarea, '
      + 'video, audio, source, template, noscript, marquee, meta[http-equiv]').length,
    scripts: [...document.scripts].map(s => s.textContent),
    links: [...document.querySelectorAll('a')].filter(a => !(a.getAttribute('href') || '').startsWith('#')).length,
    inputs: [...document.querySelectorAll('input')].filter(i => i.type !== 'search').length,
    buttons: [...document.querySelectorAll('button')].filter(b => b.className !== 'mc-sort').length,
    text: document.body ? document.body.textContent : '',
  };
})()"""


def _visit(browser, path) -> dict:
    cdp = CDP(browser)
    try:
        url = path.resolve().as_uri()
        cdp.open(url, settle=0.5)  # onerror/onload handlers and timers would have run by now
        # hover and focus everything once, so mouse/focus handlers would fire if there were any
        cdp.send("Input.dispatchMouseEvent", type="mouseMoved", x=300, y=300)
        cdp.evaluate("document.querySelectorAll('*').forEach(e => { try { e.focus(); } catch (err) {} }), 1")
        cdp.drain(0.2)
        probe = cdp.evaluate(_PROBE)
        events = list(cdp.events)
    finally:
        cdp.close()
    requests = [e["params"]["request"]["url"] for e in events if e.get("method") == "Network.requestWillBeSent"]
    probe["dialogs"] = [e["params"].get("message") for e in events if e.get("method") == "Page.javascriptDialogOpening"]
    probe["requests"] = [u for u in requests if u != url and not u.startswith("data:")]
    probe["loaded"] = url in requests
    return probe


def _assert_nothing_ran(probe, title):
    assert probe["loaded"]
    assert probe["xss"] == "undefined", "a payload executed (window.__xss is set)"
    assert probe["title"] == title, f"document.title changed to {probe['title']!r}"
    assert probe["dialogs"] == [], f"a payload opened a dialog: {probe['dialogs']}"
    assert probe["requests"] == [], f"the page made requests: {probe['requests'][:5]}"
    assert probe["handlers"] == 0 and probe["active"] == 0
    from coverage.report.page import SCRIPT

    assert probe["scripts"] in ([], [SCRIPT]), "a script other than the page's own"
    assert probe["links"] == probe["inputs"] == probe["buttons"] == 0


def test_browser_detects_raw_payloads(browser, tmp_path):
    """Control: the same payloads unescaped do run, so the checks below can see execution."""
    page = tmp_path / "control.html"
    raw = "".join(H.PAYLOADS[:2] + [p for p in H.PAYLOADS if "alert(" in p or "confirm(" in p])
    page.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>control</title></head>"
                    f"<body><p>{raw}</p></body></html>", encoding="utf-8")
    probe = _visit(browser, page)
    assert probe["xss"] == "number"
    assert probe["title"] == "XSS"
    assert probe["dialogs"]


def test_hostile_report_runs_nothing_in_a_browser(browser, report):
    probe = _visit(browser, report[0].html)
    _assert_nothing_ran(probe, H.REPORT_TITLE)
    assert H.REPORT_TITLE in probe["text"] and H.OUTLETS[1] in probe["text"]


def test_repr_html_page_runs_nothing_in_a_browser(browser, produced, tmp_path):
    title = "Hostile evidence"
    body = "".join(produced[name][0] for name in PRODUCERS)
    page = tmp_path / "evidence.html"
    page.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
                    f"<body>{body}</body></html>", encoding="utf-8")
    probe = _visit(browser, page)
    _assert_nothing_ran(probe, title)
    assert all(_clean(p) in probe["text"] for p in H.PAYLOADS)
    assert pd.Series(H.OUTLETS).map(lambda o: o in probe["text"]).all()
