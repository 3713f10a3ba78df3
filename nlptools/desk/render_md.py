"""The draft as Markdown: notice, headline, lede, body, quotes table, review view."""

from __future__ import annotations

from .model import Draft, DraftParagraph, QuoteRow


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", "<br>")


def _flags_text(p: DraftParagraph) -> str:
    items = [f"⚠ {f}" for f in p.flags]
    for s in p.sentences:
        items += [f"⚠ “{s.source[:40]}…” {f}" if len(s.source) > 40 else f"⚠ “{s.source}” {f}" for f in s.flags]
    return "<br>".join(items)


def quote_cells(q: QuoteRow) -> list[str]:
    """The quotes-table row shared by the renderers (English, Swedish, speaker, organisation, role, confidence, attribution)."""
    role = q.role or ""
    if q.role_en:
        role = f"{q.role_en} ({q.role})"
    mark = f"⚠ uncertain: {q.uncertain_reason}" if q.uncertain else "ok"
    if q.flags:
        mark += "; " + "; ".join(str(f) for f in q.flags)
    return [q.english or "(not translated)", q.source, q.speaker or "?", q.organisation or "", role, f"{q.confidence:.2f}", mark]


QUOTE_HEADER = ["English", "Swedish", "Speaker", "Organisation", "Role", "Confidence", "Attribution / checks"]


def render_markdown(draft: Draft) -> str:
    """Markdown with the same content as the HTML and DOCX renderings."""
    out: list[str] = []
    if draft.notice:
        out += [f"**Note:** {draft.notice}", ""]
    out += [f"# {draft.headline}", ""]
    if draft.translated and draft.headline_source != draft.headline:
        out += [f"*Swedish: {draft.headline_source}*", ""]
    if draft.fact_box:
        out += ["## Fact box", ""] + [f"- {line}" for line in draft.fact_box] + [""]
    if draft.lede or draft.lede_source:
        out += [f"> *{draft.lede_label}*", ">", f"> {draft.lede or draft.lede_source}", ""]
    for p in draft.paragraphs:
        text = p.english if p.english is not None else p.source
        out += [text.replace("\n", "  \n"), ""]
    out += ["## Quotes", ""]
    if draft.quotes:
        out += ["| # | " + " | ".join(QUOTE_HEADER) + " |", "|" + "---|" * (len(QUOTE_HEADER) + 1)]
        out += [f"| {q.index + 1} | " + " | ".join(_cell(c) for c in quote_cells(q)) + " |" for q in draft.quotes]
    else:
        out.append("No direct quotes found.")
    out += ["", "## Review: Swedish and English side by side", ""]
    if draft.document_flags:
        out += [f"- ⚠ {f}" for f in draft.document_flags] + [""]
    out += ["| ¶ | Swedish | English | Check this |", "|---|---|---|---|"]
    for p in draft.paragraphs:
        english = p.english if p.english is not None else "(not translated)"
        out.append(f"| {p.index} | {_cell(p.source)} | {_cell(english)} | {_cell(_flags_text(p))} |")
    return "\n".join(out).rstrip() + "\n"
