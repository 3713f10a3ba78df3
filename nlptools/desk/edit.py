"""Edits made on the desk (web page): new English for a paragraph, "checked" marks.

An edited paragraph's English no longer lines up sentence by sentence with
the Swedish, so it becomes one review unit and is checked again as a whole.
"""

from __future__ import annotations

from typing import Any

from .checks import Flag, check_pair, check_paragraph
from .model import Draft, DraftParagraph, DraftSentence
from .titles import DeskGlossary


def recheck(source: str, english: str, glossary: DeskGlossary | None) -> list[Flag]:
    """The checks for an edited paragraph (sentence checks on the whole, plus sentence count)."""
    if not english.strip():
        return []
    return check_pair(source, english, glossary) + check_paragraph(source, english)


def apply_edit(paragraph: DraftParagraph, english: str, glossary: DeskGlossary | None) -> None:
    """Replace a paragraph's English with the user's text and re-run the checks on it."""
    english = english.strip()
    if english == (paragraph.english or ""):
        return
    plain = paragraph.source.lstrip("–—- ").strip() if paragraph.kind == "dash_quote" else paragraph.source
    paragraph.english = english or None
    paragraph.sentences = [DraftSentence(plain, english or None, recheck(plain, english, glossary))]
    paragraph.flags = []


def apply_edits(draft: Draft, edits: dict[str, Any], glossary: DeskGlossary | None) -> Draft:
    """Apply ``{"paragraphs": {index: {"english", "checked"}}, "quotes": {index: {"checked"}}}`` to ``draft``."""
    by_index = {p.index: p for p in draft.paragraphs}
    for key, change in (edits.get("paragraphs") or {}).items():
        p = by_index.get(int(key))
        if p is None:
            continue
        if isinstance(change.get("english"), str):
            apply_edit(p, change["english"], glossary)
        p.checked = bool(change.get("checked", p.checked))
    quotes = {q.index: q for q in draft.quotes}
    for key, change in (edits.get("quotes") or {}).items():
        q = quotes.get(int(key))
        if q is not None:
            q.checked = bool(change.get("checked", q.checked))
    return draft
