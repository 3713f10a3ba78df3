"""The communicator's desk: an English draft of a Swedish article to review, check and export.

::

    from pathlib import Path
    import nlptools
    from nlptools.desk import build_draft, write_draft

    article = nlptools.analyze(Path("report.md"))  # the one pipeline (what `nlptools analyze` runs)
    draft = build_draft(article)                   # a renderer's view of the record, checks included
    write_draft(draft, "report.docx")              # md, html or docx, written atomically

The draft is built from the article record only (:class:`nlptools.Article`);
see :mod:`nlptools.desk.checks` for what marks a sentence "check this".
:class:`~nlptools.desk.analyze.Desk` keeps one pipeline for many drafts (the
web page), with the title glossary of the translation step on
(:func:`~nlptools.desk.analyze.desk_config`).
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
