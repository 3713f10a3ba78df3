"""The draft as a Word document (python-docx): real styles, check results as Word comments.

Headline in the Title style, section heads in Heading 1, the generated lede in
Intense Quote, dialogue quotes in Quote, tables in Table Grid; each check
result is a Word comment anchored on the English sentence it concerns in the
review table (python-docx writes comments, not tracked changes).
"""

from __future__ import annotations

import io
from typing import Any

from ..errors import missing_extra
from .model import Draft
from .render_md import QUOTE_HEADER, quote_cells

AUTHOR = "nlptools checks"


def _document() -> Any:
    try:
        import docx
    except ImportError as exc:
        raise missing_extra("python-docx", "docx") from exc
    return docx.Document()


def render_docx(draft: Draft) -> bytes:
    """The .docx file's bytes."""
    doc = _document()
    if draft.notice:
        p = doc.add_paragraph()
        p.add_run("Note: ").bold = True
        p.add_run(draft.notice)
    doc.add_paragraph(draft.headline, style="Title")
    if draft.translated and draft.headline_source != draft.headline:
        doc.add_paragraph(f"Swedish: {draft.headline_source}", style="Subtitle")
    if draft.fact_box:
        doc.add_heading("Fact box", level=2)
        for line in draft.fact_box:
            doc.add_paragraph(line, style="List Bullet")
    if draft.lede or draft.lede_source:
        p = doc.add_paragraph(style="Intense Quote")
        p.add_run(draft.lede_label + " ").italic = True
        p.add_run(draft.lede or draft.lede_source or "")
    for par in draft.paragraphs:
        text = par.english if par.english is not None else par.source
        doc.add_paragraph(text, style="Quote" if par.kind == "dash_quote" else None)

    doc.add_heading("Quotes", level=1)
    if draft.quotes:
        table = doc.add_table(rows=1, cols=len(QUOTE_HEADER) + 1, style="Table Grid")
        for cell, head in zip(table.rows[0].cells, ["#", *QUOTE_HEADER], strict=True):
            cell.text = head
        for q in draft.quotes:
            cells = table.add_row().cells
            for cell, value in zip(cells, [str(q.index + 1), *quote_cells(q)], strict=True):
                cell.text = value
    else:
        doc.add_paragraph("No direct quotes found.")

    doc.add_heading("Review: Swedish and English side by side", level=1)
    for f in draft.document_flags:
        doc.add_paragraph(f"⚠ {f}", style="List Bullet")
    table = doc.add_table(rows=1, cols=2, style="Table Grid")
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Swedish", "English"
    for par in draft.paragraphs:
        sv, en = table.add_row().cells
        sv.text = par.source
        para = en.paragraphs[0]
        if par.english is None:
            para.add_run("(not translated)").italic = True
            continue
        for i, s in enumerate(par.sentences):
            run = para.add_run(("" if i == 0 else " ") + (s.english or ""))
            if s.flags:
                doc.add_comment(run, text="\n".join(str(f) for f in s.flags), author=AUTHOR, initials="NC")
        if par.flags:
            run = para.add_run(" ¶")
            doc.add_comment(run, text="\n".join(str(f) for f in par.flags), author=AUTHOR, initials="NC")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
