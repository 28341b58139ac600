"""The report as one self-contained HTML page: outputs only, inline CSS, no external resources."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from .._version import __version__
from ..errors import ReportError

__all__ = ["external_references", "to_html", "report_title", "check_page", "SCRIPT"]


class _ExternalRefFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action", "poster", "data", "formaction") and value:
                v = value.strip().lower()
                if v.startswith(("http:", "https:", "//", "ftp:", "ws:", "wss:")):
                    self.found.append((tag, name, value))
            if name == "style" and value and re.search(r"url\(\s*['\"]?\s*(https?:|//)", value, re.I):
                self.found.append((tag, name, value))

    handle_startendtag = handle_starttag


def external_references(markup: str) -> list[tuple[str, str, str]]:
    """``(tag, attribute, value)`` of every attribute in ``markup`` that would fetch from the network.

    Examples
    --------
    >>> external_references("<img src='data:image/png;base64,AA=='><a href='#x'>x</a>")
    []
    >>> external_references("<script src='https://cdn.example/x.js'></script>")
    [('script', 'src', 'https://cdn.example/x.js')]
    """
    finder = _ExternalRefFinder()
    finder.feed(markup)
    finder.close()
    found = finder.found
    # CSS @import / url() inside <style> blocks
    for m in re.finditer(r"<style[^>]*>(.*?)</style>", markup, re.S | re.I):
        for u in re.finditer(r"(@import|url\()\s*['\"]?\s*((?:https?:)?//[^'\")\s]+)", m.group(1), re.I):
            found.append(("style", u.group(1), u.group(2)))
    return found


def _strip_external(markup: str) -> str:
    """Remove script/link tags that load remote resources (defence in depth; the template adds none)."""
    markup = re.sub(r"<script\b[^>]*\bsrc\s*=[^>]*>\s*</script>", "", markup, flags=re.I | re.S)
    markup = re.sub(r"<link\b[^>]*\bhref\s*=\s*['\"]?(?:https?:)?//[^>]*>", "", markup, flags=re.I)
    return markup


_CSS = """
:root { --ink:#1d1d1f; --muted:#5f6368; --rule:#d9d9de; --accent:#0072B2; --paper:#ffffff; --band:#f6f6f8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin:0; background:var(--band); color:var(--ink);
  font: 16px/1.55 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main.report { max-width: 1200px; margin: 0 auto; background: var(--paper); padding: 32px 40px 48px;
  box-shadow: 0 0 0 1px var(--rule); overflow-wrap: anywhere; }
h1, h2, h3 { font-family: Georgia, "Times New Roman", serif; line-height: 1.2; color: #111; }
h1 { font-size: 2.1em; margin: .1em 0 .4em; }
h2 { font-size: 1.45em; margin: 1.6em 0 .6em; padding-top: .6em; border-top: 2px solid var(--ink); }
h3 { font-size: 1.12em; margin: 1.2em 0 .4em; }
h4 { font-size: 1em; margin: 1em 0 .3em; }
a { color: var(--accent); }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .78em; color: var(--accent);
  font-weight: 700; margin: 0; }
.mc-scope, .summary { font-size: 1.05em; max-width: 52em; }
p, li { max-width: 56em; }
.note, .meta, figcaption, .legend { color: var(--muted); font-size: .9em; }
code { font-family: "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .85em;
  word-break: break-all; }
nav.mc-toc ul { list-style: none; padding: 0; margin: .8em 0 0; display: flex; flex-wrap: wrap; gap: 4px 14px;
  font-size: .92em; }
.mc-search, .mc-tools { margin: .6em 0; font-size: .92em; }
.mc-search input, .mc-tools input { font: inherit; padding: 4px 8px; border: 1px solid var(--rule);
  border-radius: 4px; max-width: 100%; }
ul.mc-findings li { margin: .45em 0; }
.mc-scroll { overflow-x: auto; max-width: 100%; }
.mc-tall { max-height: 78vh; overflow-y: auto; border-bottom: 1px solid var(--rule); }
table.mc-table { border-collapse: collapse; margin: .6em 0 1em; font-size: .9em; width: 100%;
  overflow-wrap: normal; word-break: normal; }
table.mc-table td:first-child, table.mc-table th:first-child { min-width: 9em; }
table.mc-table th { text-align: left; font-weight: 600; border-bottom: 2px solid var(--ink); padding: 6px 8px;
  vertical-align: bottom; background: var(--paper); }
.mc-tall table.mc-table thead th { position: sticky; top: 0; z-index: 1; }
table.mc-table td { border-bottom: 1px solid var(--rule); padding: 5px 8px; vertical-align: top; }
table.mc-table tbody tr:nth-child(even) td { background: #fafafb; }
table.mc-table .num { text-align: right; font-variant-numeric: tabular-nums; }
table.mc-table td.num .ci, table.mc-table td.num .est { display: block; white-space: nowrap; }
table.mc-table td.mc-terms { min-width: 12em; }
table.mc-table td.num .mc-parts { display: block; text-align: right; color: var(--muted); font-size: .8em;
  white-space: normal; max-width: 11em; margin-left: auto; }
.mc-unit { display: block; font-weight: 400; color: var(--muted); font-size: .85em; }
button.mc-sort { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0;
  cursor: pointer; text-align: inherit; }
th[aria-sort=ascending] button.mc-sort::after { content: " \\25B2"; }
th[aria-sort=descending] button.mc-sort::after { content: " \\25BC"; }
.mc-bar { position: relative; display: block; height: 12px; width: 100%; min-width: 70px; margin: 2px 0 3px; }
.mc-bar .mc-whisker { position: absolute; top: 5px; height: 2px; background: #9aa0a6; }
.mc-bar .mc-dot { position: absolute; top: 2px; width: 8px; height: 8px; margin-left: -4px; border-radius: 50%; }
.mc-bar .mc-zero { position: absolute; top: 0; height: 12px; width: 1px; background: #bdbdbd; }
.mc-flag { font-size: .75em; color: var(--muted); border: 1px solid var(--rule); border-radius: 3px; padding: 0 3px; }
.ci { color: var(--muted); font-size: .85em; }
table.mc-compact { width: auto; min-width: 60%; }
table.mc-hashes td:last-child { font-size: .85em; }
figure.mc-figure { margin: 1.2em 0 1.8em; }
figure.mc-figure img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figure.mc-figure figcaption { margin-top: .5em; padding-top: .4em; border-top: 1px solid var(--rule); }
details > summary { cursor: pointer; }
details > summary h2 { display: inline; border: 0; padding: 0; margin: 0; }
details.mc-fold > summary { margin: 1.6em 0 .6em; padding-top: .6em; border-top: 2px solid var(--ink); }
details.mc-panel { border: 1px solid var(--rule); border-radius: 6px; padding: 4px 12px; margin: 6px 0; background: #fff; }
details.mc-panel[open] { padding-bottom: 10px; }
details.mc-panel-group > summary { margin: .6em 0; font-weight: 600; }
.mc-card { border: 1px solid var(--rule); border-radius: 6px; padding: 4px 16px 10px; margin: 12px 0; background: #fff; }
ol.mc-evidence { padding-left: 1.4em; }
ol.mc-evidence li { margin: .5em 0; }
blockquote { margin: 0; padding: 2px 0 2px 12px; border-left: 3px solid var(--rule); font-family: Georgia, serif; }
mark { padding: 0 2px; border-radius: 2px; color: inherit; }
:target { scroll-margin-top: 12px; }
footer.mc-footer { margin-top: 3em; color: var(--muted); font-size: .85em; border-top: 1px solid var(--rule);
  padding-top: .8em; }
.output_area, .output_subarea, .jp-OutputArea-output { overflow-x: auto; max-width: 100%; }
@media (max-width: 760px) { main.report { padding: 16px 12px; } h1 { font-size: 1.6em; }
  table.mc-table { font-size: .82em; } .mc-bar { min-width: 50px; } }
@media print { body { background: #fff; } main.report { box-shadow: none; padding: 0; } h2 { break-after: avoid; }
  figure { break-inside: avoid; } .mc-tall { max-height: none; overflow: visible; } }
"""

#: The page's only script: sorting, filtering, the search box and opening the evidence a link points to.
#: It reads the page and moves or hides elements; it adds no markup from the data and loads nothing.
SCRIPT = r"""
(function () {
  "use strict";
  var doc = document, each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  each(doc.querySelectorAll(".mc-tools, .mc-search"), function (el) { el.hidden = false; });
  function value(td, type) {
    var v = td ? td.getAttribute("data-sort") : null;
    if (v === null) { v = td ? td.textContent : ""; }
    if (type === "num") { var x = parseFloat(v); return isNaN(x) ? null : x; }
    return v.toLowerCase();
  }
  each(doc.querySelectorAll("table.mc-sortable"), function (table) {
    if (!table.tHead || !table.tBodies.length) { return; }
    var heads = table.tHead.rows[0].cells;
    each(heads, function (th, col) {
      var type = th.getAttribute("data-type") || (th.className.indexOf("num") >= 0 ? "num" : "text");
      var button = doc.createElement("button");
      button.type = "button";
      button.className = "mc-sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "descending" ? 1 : -1;
        if (!th.getAttribute("aria-sort") && type === "text") { dir = 1; }
        each(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = value(a.cells[col], type), y = value(b.cells[col], type);
          if (x === y) { return 0; }
          if (x === null) { return 1; }
          if (y === null) { return -1; }
          return (x < y ? -1 : 1) * dir;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  function filterRows(table, q) {
    var shown = 0;
    each(table.tBodies[0].rows, function (r) {
      var hide = q !== "" && r.textContent.toLowerCase().indexOf(q) < 0;
      r.hidden = hide;
      if (!hide) { shown += 1; }
    });
    return shown;
  }
  each(doc.querySelectorAll("input.mc-filter"), function (input) {
    var table = doc.getElementById(input.getAttribute("data-table"));
    if (!table) { return; }
    input.addEventListener("input", function () { filterRows(table, input.value.trim().toLowerCase()); });
  });
  function reveal(id) {
    var el = id ? doc.getElementById(id) : null;
    if (!el) { return false; }
    for (var p = el; p; p = p.parentElement) { if (p.tagName === "DETAILS") { p.open = true; } }
    el.scrollIntoView();
    return true;
  }
  doc.addEventListener("click", function (ev) {
    var a = ev.target && ev.target.closest ? ev.target.closest("a[href^='#']") : null;
    if (!a) { return; }
    var id = decodeURIComponent(a.getAttribute("href").slice(1));
    if (reveal(id)) {
      ev.preventDefault();
      try { history.replaceState(null, "", "#" + id); } catch (e) { /* file: pages may refuse: fine */ }
    }
  });
  if (location.hash) { reveal(decodeURIComponent(location.hash.slice(1))); }
  var search = doc.getElementById("mc-search"), count = doc.querySelector(".mc-search-count");
  if (search) {
    search.addEventListener("input", function () {
      var q = search.value.trim().toLowerCase(), hits = 0;
      each(doc.querySelectorAll("table.mc-sortable"), function (t) { hits += filterRows(t, q); });
      each(doc.querySelectorAll("details.mc-panel"), function (d) {
        var match = q !== "" && d.textContent.toLowerCase().indexOf(q) >= 0;
        d.hidden = q !== "" && !match;
        if (match) { hits += 1; }
      });
      if (count) { count.textContent = q === "" ? "" : hits + " match" + (hits === 1 ? "" : "es"); }
    });
  }
}());
"""


def to_html(nb, title: str) -> str:
    """Self-contained HTML: outputs only, inline CSS and the page's one inline :data:`SCRIPT`, no external resources.

    Everything is readable without the script (it only sorts, filters, searches and opens
    the evidence a link points to).
    """
    import copy

    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor
    from traitlets.config import Config

    nb = copy.deepcopy(nb)
    nb.cells = [c for c in nb.cells if not (c.cell_type == "code" and not c.get("outputs"))]
    cfg = Config()
    cfg.TagRemovePreprocessor.remove_cell_tags = {"notebook-only"}
    cfg.TagRemovePreprocessor.enabled = True
    exporter = HTMLExporter(config=cfg, template_name="basic")
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.embed_images = True
    exporter.register_preprocessor(TagRemovePreprocessor(config=cfg), enabled=True)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    body = _strip_external(body)
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<meta name=\"generator\" content=\"media-coverage {html.escape(__version__)}\">\n"
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main class=\"report\">\n"
        f"{body}\n<footer class=\"mc-footer\">Generated by media-coverage {html.escape(__version__)}. "
        "Self-contained page: no external resources; readable without JavaScript.</footer>\n</main>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
    bad = external_references(page)
    if bad:
        raise ReportError(f"the rendered HTML would load external resources {bad[:3]}; this is a bug, please report it")
    return page


def report_title(nb) -> str:
    """The <h1> of the executed report (escaped text), used as the HTML <title>."""
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            markup = out.get("data", {}).get("text/html", "")
            if isinstance(markup, list):
                markup = "".join(markup)
            m = re.search(r"<h1[^>]*>(.*?)</h1>", markup, re.S)
            if m:
                return html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip()
    return "Media coverage report"


def check_page(page: str, tmp: Path) -> None:
    """The HTML never shows a temporary path, a traceback or a swallowed error."""
    for needle, what in ((str(tmp), "a temporary path"), (tmp.name, "a temporary folder name"),
                         ("Traceback (most recent call last)", "a traceback")):
        if needle in page:
            raise ReportError(f"the rendered HTML contains {what}; this is a bug, please report it")
