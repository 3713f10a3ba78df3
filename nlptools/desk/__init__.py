"""The communicator's desk: an English draft of a Swedish article to review, check and export.

::

    import nlptools
    from nlptools.desk import build_draft, write_draft

    article = nlptools.analyze("report.md")      # the one pipeline
    draft = build_draft(article)                 # a renderer's view of the record, checks included
    write_draft(draft, "report.docx")            # md, html or docx, written atomically

The draft is built from the article record only (:class:`nlptools.Article`);
see :mod:`nlptools.desk.checks` for what marks a sentence "check this".
"""

from __future__ import annotations

from .build import build_draft
from .model import Draft, DraftParagraph, DraftSentence, QuoteRow
from .titles import DeskGlossary, desk_glossary
from .write import FORMATS, render, write_atomic, write_draft

__all__ = [
    "FORMATS",
    "DeskGlossary",
    "Draft",
    "DraftParagraph",
    "DraftSentence",
    "QuoteRow",
    "build_draft",
    "desk_glossary",
    "render",
    "write_atomic",
    "write_draft",
]
