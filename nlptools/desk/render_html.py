"""The draft as one self-contained HTML page (inline CSS, no scripts, no CDN)."""

from __future__ import annotations

from html import escape

from .model import Draft, DraftParagraph
from .render_md import QUOTE_HEADER, quote_cells

CSS = """
body{font-family:Georgia,serif;max-width:70rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
.notice{background:#fff4d6;border-left:4px solid #d9a400;padding:.5rem 1rem}
.lede{border-left:4px solid #7a9cc6;padding:.25rem 1rem;background:#f3f7fc}.label{font-size:.85em;color:#555;font-style:italic}
table{border-collapse:collapse;width:100%;font-family:system-ui,sans-serif;font-size:.9em}
td,th{border:1px solid #ccc;padding:.35rem;vertical-align:top;text-align:left}th{background:#eee}
mark{background:#ffe08a}.flags{color:#8a4b00;font-size:.85em}.uncertain{color:#a00}
blockquote{margin:0;padding-left:1rem;border-left:3px solid #ccc}
"""


def _sentences_html(p: DraftParagraph, english: bool) -> str:
    parts = []
    for s in p.sentences:
        text = (s.english or "") if english else s.source
        if english and s.flags:
            parts.append(f'<mark title="{escape("; ".join(str(f) for f in s.flags))}">{escape(text)}</mark>')
        else:
            parts.append(escape(text))
    return " ".join(parts)


def render_html(draft: Draft) -> str:
    """A complete HTML document with the same content as the Markdown rendering."""
    h: list[str] = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">', f"<title>{escape(draft.headline)}</title>"]
    h += [f"<style>{CSS}</style></head><body>"]
    if draft.notice:
        h.append(f'<p class="notice"><strong>Note:</strong> {escape(draft.notice)}</p>')
    h.append(f"<h1>{escape(draft.headline)}</h1>")
    if draft.translated and draft.headline_source != draft.headline:
        h.append(f'<p class="label">Swedish: {escape(draft.headline_source)}</p>')
    if draft.fact_box:
        h.append('<section class="factbox"><h2>Fact box</h2><ul>' + "".join(f"<li>{escape(x)}</li>" for x in draft.fact_box) + "</ul></section>")
    if draft.lede or draft.lede_source:
        h.append(f'<div class="lede"><p class="label">{escape(draft.lede_label)}</p><p>{escape(draft.lede or draft.lede_source or "")}</p></div>')
    for p in draft.paragraphs:
        text = escape(p.english if p.english is not None else p.source).replace("\n", "<br>")
        h.append(f"<blockquote><p>{text}</p></blockquote>" if p.kind == "dash_quote" else f"<p>{text}</p>")
    h.append("<h2>Quotes</h2>")
    if draft.quotes:
        h.append("<table><tr><th>#</th>" + "".join(f"<th>{escape(c)}</th>" for c in QUOTE_HEADER) + "</tr>")
        for q in draft.quotes:
            cells = quote_cells(q)
            row = "".join(f"<td>{escape(c)}</td>" for c in cells[:-1])
            cls = ' class="uncertain"' if q.uncertain or q.flags else ""
            h.append(f"<tr><td>{q.index + 1}</td>{row}<td{cls}>{escape(cells[-1])}</td></tr>")
        h.append("</table>")
    else:
        h.append("<p>No direct quotes found.</p>")
    h.append("<h2>Review: Swedish and English side by side</h2>")
    if draft.document_flags:
        h.append("<ul>" + "".join(f'<li class="flags">⚠ {escape(str(f))}</li>' for f in draft.document_flags) + "</ul>")
    h.append("<table><tr><th>¶</th><th>Swedish</th><th>English</th><th>Check this</th></tr>")
    for p in draft.paragraphs:
        english = _sentences_html(p, True) if p.english is not None else "<em>(not translated)</em>"
        flags = "<br>".join(escape(f"⚠ {f}") for f in p.all_flags)
        h.append(f'<tr><td>{p.index}</td><td>{escape(p.source)}</td><td>{english}</td><td class="flags">{flags}</td></tr>')
    h.append("</table></body></html>")
    return "\n".join(h) + "\n"
