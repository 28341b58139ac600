"""A hostile corpus: XSS payloads in article texts, titles, ids, outlet names, metadata and a lexicon.

The payloads (``tests/data/xss_payloads.txt``, one per line) are in the style of the OWASP
XSS filter-evasion cheat sheet. Every payload that would run tries to set ``window.__xss``
and/or ``document.title`` so a browser test can tell whether anything executed.

The corpus mixes the payloads with real framing sentences so that they end up everywhere
text is shown: in the sentences the evidence highlights (payloads sit between matched
words), in keyness tables (``script``, ``onerror``, ``xss`` are key terms of the outlets
that carry them) and KWIC contexts. A custom lexicon matches markup (terms like
``<script>``) and carries payloads in its name, version, descriptions, group names and notes.

Helpers, not tests: imported by ``tests/test_hostile.py``.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parent / "data"
PAYLOADS: list[str] = [
    line for line in (DATA / "xss_payloads.txt").read_text(encoding="utf-8").split("\n") if line
]

#: Real framing sentences (solidarity, violence, religion) the payloads are mixed into.
FRAMING = [
    "People stood together in solidarity at the vigil",
    "The attacker killed three people and injured dozens in the terror attack",
    "We are not afraid, said a woman laying flowers",
    "Muslims and Christians prayed together at the mosque for the victims",
    "Londoners said they will not be divided by hatred",
    "Police said the rampage was an atrocity and a brutal assault",
    "Hundreds gathered in unity and love to mourn the victims",
    "The imam said the attack has nothing to do with Islam",
]

OUTLETS = [
    "Plain Post",
    "Daily <script>window.__xss=1;document.title='XSS'</script> Mail",
    "\"><img src=x onerror=\"window.__xss=1;document.title='XSS'\"> Herald",
    "The <svg/onload=window.__xss=1> $Times$ & 'Echo' $\\frac$",  # Matplotlib mathtext would choke
    "</td></tr></table><iframe src=javascript:parent.__xss=1></iframe> Gazette",
]

#: Ids of the accepted articles; some carry markup (shown in evidence headings and tables).
IDS = [
    "h01", "h02<img src=x onerror=window.__xss=1>", "h03", "h04\"'><script>window.__xss=1</script>",
    "h05", "h06", "h07</title><script>window.__xss=1</script>", "h08", "h09", "h10", "h11", "h12",
]

REPORT_TITLE = "Hostile report </title><script>window.__xss=1;document.title='XSS'</script> & co"
EVENT = "vigil <script>window.__xss=1;document.title='XSS'</script>"
BAD_DATE = "<img src=x onerror=window.__xss=1>"
CORPUS_FILE = "hostile<svg onload=window.__xss=1>.jsonl"
LEXICON_FILE = "lexicon-<img src=x onerror=window.__xss=1>.yaml"

#: A custom frame whose terms match markup in the texts; payloads in every free-text field.
LEXICON_YAML = """\
name: "<script>window.__xss=1;document.title='XSS'</script>"
version: "1.0\\"><img src=x onerror=window.__xss=1>"
description: "<svg onload=window.__xss=1>"
frames:
  markup:
    description: "<details open ontoggle=window.__xss=1>"
    groups:
      "<img src=x onerror=window.__xss=1> '\\"group":
        reasoning: "</textarea><script>window.__xss=1</script>"
        negated_as: ""
        terms:
          - "<script>"
          - term: "onerror="
            note: "<b onmouseover=window.__xss=1>note</b>"
          - "javascript:"
          - "\\"><"
"""

#: Lexicon terms with markup that the lexicon accepts (they tokenise to punctuation + words).
MARKUP_TERMS = ["<script>", "onerror=", "javascript:", "\"><"]


def _text(k: int, payloads: list[str]) -> str:
    """Article k: each payload glued to a framing sentence (before, inside or after it)."""
    paras = []
    for j, p in enumerate(payloads):
        frame = FRAMING[(k + j) % len(FRAMING)]
        words = frame.split(" ")
        mid = len(words) // 2
        if j % 3 == 0:
            s = f"{p} {frame}."
        elif j % 3 == 1:
            s = f"{' '.join(words[:mid])} {p} {' '.join(words[mid:])}."
        else:
            s = f"{frame} {p}."
        paras.append(s)
    return "\n\n".join(paras)


def articles() -> pd.DataFrame:
    """The hostile corpus as a table (12 articles, 5 outlets, plus 2 rows that are rejected)."""
    n = len(IDS)
    chunks = [PAYLOADS[i::n] for i in range(n)]  # every payload in exactly one article text
    rows = []
    for k, aid in enumerate(IDS):
        rows.append({
            "id": aid,
            "outlet": OUTLETS[k % len(OUTLETS)],
            "title": PAYLOADS[(k * 7) % len(PAYLOADS)],
            "headline": PAYLOADS[(k * 7 + 3) % len(PAYLOADS)],
            "byline": PAYLOADS[(k * 5 + 1) % len(PAYLOADS)],
            "date": BAD_DATE if k == 3 else f"2017-03-{23 + k % 5:02d}",
            "event": EVENT if k % 2 else "Westminster vigil",
            "text": _text(k, chunks[k]),
        })
    # rejected rows: their ids and sources end up in rejection reasons
    rows.append({**rows[0], "outlet": OUTLETS[1]})  # duplicate id
    rows.append({**rows[1], "id": "<script>window.__xss=1</script>", "text": "   "})  # empty text
    return pd.DataFrame(rows)


def write_corpus(folder: Path) -> Path:
    """Write the corpus as JSON lines (keeps every character) into ``folder``; returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CORPUS_FILE
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in articles().to_dict("records"):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def write_lexicon(folder: Path) -> Path:
    path = folder / LEXICON_FILE
    path.write_text(LEXICON_YAML, encoding="utf-8")
    return path


def labels(analysis) -> pd.DataFrame:
    """Sentence labels for every sentence, deliberately wrong on some so ``errors`` lists texts."""
    s = analysis.sentences
    out = pd.DataFrame({
        "article_id": s["article_id"].astype(str),
        "sentence": s["sentence"].astype(int),
        "solidarity": (s["solidarity"] > 0).astype(int),
        "violence": (s["violence"] == 0).astype(int),  # inverted: every sentence is a disagreement
        "religion": (s["religion"] > 0).astype(int),
        "religion_frame": ["community" if r > 0 else "" for r in s["religion"]],
        "note": [PAYLOADS[i % len(PAYLOADS)] for i in range(len(s))],
    })
    return out


# ---------------------------------------------------------------------------------------------
# checking HTML


#: Elements the project's HTML may contain; anything else came from data.
ALLOWED_TAGS = frozenset({
    "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "section", "div", "span",
    "p", "h1", "h2", "h3", "h4", "b", "i", "em", "strong", "small", "sub", "sup", "code", "br",
    "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "blockquote", "mark", "figure",
    "figcaption", "img", "details", "summary",
})
#: Attributes the project's HTML may carry.
ALLOWED_ATTRS = frozenset({
    "class", "style", "title", "id", "lang", "charset", "name", "content", "src", "alt", "colspan", "rowspan",
    "border",
})
#: Attributes whose value is only ever shown as text (tooltips, alt text) or compared as text by the
#: page's script (sort keys, placeholders): they may quote a payload.
TEXT_ATTRS = frozenset({"title", "alt", "data-sort", "data-outlet", "placeholder", "aria-label"})
#: Elements and attributes a whole report page may have besides those of a fragment: its one script, links
#: within the page, search boxes, the contents.
PAGE_TAGS = frozenset({"script", "a", "input", "label", "nav", "h4"})
PAGE_ATTRS = frozenset({"href", "type", "placeholder", "aria-label", "aria-live", "aria-hidden", "hidden", "scope",
                        "data-type", "data-sort", "data-table", "data-outlet", "loading", "open"})
#: Tags that must appear in no produced HTML at all.
FORBIDDEN_TAGS = frozenset({
    "script", "iframe", "object", "embed", "svg", "math", "base", "link", "form", "input", "button", "select",
    "textarea", "video", "audio", "source", "template", "noscript", "marquee", "isindex", "x", "a",
    "animate", "frame", "frameset", "applet",
})


class Page(HTMLParser):
    """Tags, attributes and the concatenated text of a page (entities decoded)."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.comments: list[str] = []
        self.decls: list[str] = []
        self._text: list[str] = []
        self._skip = 0
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, k, v or "") for k, v in attrs]
        if tag in ("style", "script", "title"):
            self._skip += 1

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, k, v or "") for k, v in attrs]

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self._text.append(data)

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_decl(self, decl):
        self.decls.append(decl)

    def unknown_decl(self, data):
        self.decls.append(data)

    @property
    def text(self) -> str:
        return "".join(self._text)


def unsafe(markup: str, *, fragment: bool = True, interactive: bool = False) -> list[str]:
    """Everything in ``markup`` that could run code, load something or came from data as markup.

    ``interactive``: a fragment of the report (a notebook output) may have the page's links, search
    boxes and contents (not its script); links must still point into the page (``#...``).
    """
    page = Page(markup)
    found = []
    extra_tags = PAGE_TAGS if not fragment else (PAGE_TAGS - {"script"} if interactive else frozenset())
    for tag in page.tags:
        if tag in extra_tags:
            continue
        if tag in FORBIDDEN_TAGS or tag not in ALLOWED_TAGS:
            found.append(f"element <{tag}>")
    if not fragment:  # the page's own script, exactly once and unchanged; links only within the page
        from coverage.report.page import SCRIPT

        scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", markup, re.S | re.I)
        if scripts != [SCRIPT] or page.tags.count("script") != 1:
            found.append(f"the page must have exactly its own script, found {len(scripts)} <script>")
        ids = {v for _, name, v in page.attrs if name == "id"}
        for tag, name, value in page.attrs:
            if tag == "a" and name == "href" and not (value.startswith("#") and value[1:] in ids):
                found.append(f"a link that does not point into the page: {value[:60]!r}")
            if tag == "input" and name == "type" and value != "search":
                found.append(f"an input of type {value!r}")
    if fragment:
        for tag in ("html", "head", "body", "title", "meta", "style", "main"):
            if tag in page.tags:
                found.append(f"document element <{tag}> in a fragment")
    elif page.tags.count("style") != 1 or page.tags.count("title") != 1 or page.tags.count("body") != 1:
        found.append("a page must have exactly one <title>, <style> and <body>")
    for tag, name, value in page.attrs:
        v = "".join(value.split()).lower()
        if name.startswith("on"):
            found.append(f"event handler {tag}[{name}]")
        elif name not in ALLOWED_ATTRS and not ((not fragment or interactive) and name in PAGE_ATTRS):
            found.append(f"attribute {tag}[{name}]")
        if name not in TEXT_ATTRS and ("javascript:" in v or "vbscript:" in v):
            found.append(f"script URL in {tag}[{name}]")
        if name == "src" and not v.startswith("data:image/png;base64,"):
            found.append(f"{tag}[src] is not an embedded PNG: {value[:40]!r}")
        if name == "style" and ("expression(" in v or "url(" in v or "@import" in v):
            found.append(f"{tag}[style] loads or runs something: {value!r}")
    if fragment and interactive:
        for tag, name, value in page.attrs:
            if tag == "a" and name == "href" and not value.startswith("#"):
                found.append(f"a link that does not point into the page: {value[:60]!r}")
            if tag == "input" and name == "type" and value != "search":
                found.append(f"an input of type {value!r}")
    for c in page.comments:
        found.append(f"comment <!--{c[:40]}-->")
    for d in page.decls:
        if not (d.lower() == "doctype html" and not fragment):
            found.append(f"declaration <!{d[:40]}>")
    return found
