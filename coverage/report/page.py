"""The report as one self-contained HTML page: outputs only, inline CSS, no external resources."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from .._version import __version__
from ..errors import ReportError

__all__ = ["external_references", "to_html", "report_title", "check_page"]


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
main.report { max-width: 1040px; margin: 0 auto; background: var(--paper); padding: 40px 56px 56px;
  box-shadow: 0 0 0 1px var(--rule); }
h1, h2, h3 { font-family: Georgia, "Times New Roman", serif; line-height: 1.2; color: #111; }
h1 { font-size: 2.1em; margin: .1em 0 .4em; }
h2 { font-size: 1.45em; margin: 1.8em 0 .6em; padding-top: .6em; border-top: 2px solid var(--ink); }
h3 { font-size: 1.12em; margin: 1.2em 0 .4em; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .78em; color: var(--accent);
  font-weight: 700; margin: 0; }
.summary { font-size: 1.08em; max-width: 48em; }
p, li { max-width: 52em; }
.note, .meta, figcaption, .legend { color: var(--muted); font-size: .9em; }
code { font-family: "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .85em;
  word-break: break-all; }
table.mc-table { border-collapse: collapse; margin: .6em 0 1em; font-size: .92em; width: 100%; }
table.mc-table th { text-align: left; font-weight: 600; border-bottom: 2px solid var(--ink); padding: 6px 8px;
  vertical-align: bottom; }
table.mc-table td { border-bottom: 1px solid var(--rule); padding: 6px 8px; vertical-align: top; }
table.mc-table tbody tr:nth-child(even) td { background: #fafafb; }
table.mc-table .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.mc-summary td.num .ci { display: block; }
.ci { color: var(--muted); font-size: .85em; }
table.mc-compact { width: auto; min-width: 60%; }
table.mc-hashes td:last-child { font-size: .85em; }
figure.mc-figure { margin: 1.4em 0 2em; }
figure.mc-figure img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figure.mc-figure figcaption { margin-top: .5em; padding-top: .4em; border-top: 1px solid var(--rule); }
.mc-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 8px 28px; }
.mc-card { border: 1px solid var(--rule); border-radius: 6px; padding: 4px 16px 10px; margin: 12px 0;
  background: #fff; }
ol.mc-evidence { padding-left: 1.4em; }
ol.mc-evidence li { margin: .6em 0; }
blockquote { margin: 0; padding: 2px 0 2px 12px; border-left: 3px solid var(--rule); font-family: Georgia, serif; }
mark { padding: 0 2px; border-radius: 2px; color: inherit; }
footer.mc-footer { margin-top: 3em; color: var(--muted); font-size: .85em; border-top: 1px solid var(--rule);
  padding-top: .8em; }
.output_area, .output_subarea { overflow-x: auto; }
@media (max-width: 760px) { main.report { padding: 20px 16px; } .mc-grid { grid-template-columns: 1fr; } }
@media print { body { background: #fff; } main.report { box-shadow: none; padding: 0; } h2 { break-after: avoid; }
  figure { break-inside: avoid; } }
"""


def to_html(nb, title: str) -> str:
    """Self-contained HTML: outputs only, inline CSS, no scripts, no external resources."""
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
        "Self-contained page: no scripts, no external resources.</footer>\n</main>\n</body>\n</html>\n"
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
