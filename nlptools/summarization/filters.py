"""Recognise sentences a summary must never contain, and datelines to trim.

News and event reports carry furniture around the story: author lines
("By Anna Svensson", "Text: …"), publication stamps, photo captions and
credits, contact blocks (e-mail, phone numbers), "read more" teasers and
headings.  A centrality ranker happily picks them (they repeat names), so they
are removed before ranking.  A dateline ("STOCKHOLM (TT) –", "(CNN) --") is not
removed but trimmed off the front of the sentence it starts.
"""

from __future__ import annotations

import re

from ..patterns import CONTACT_LINE

_BYLINE = re.compile(
    r"^\s*(?:by|av|text|foto|photo|photos|bild|bilder|picture|pictures|image|credit|reporter|reporting by|"
    r"written by|skribent|redaktör|editor|published|updated|last updated|publicerad|uppdaterad|"
    r"follow|följ)\b\s*[:.]?\s*",
    re.IGNORECASE,
)
_STAMP = re.compile(
    r"\b(?:PUBLISHED|UPDATED|Last updated|Publicerad|Uppdaterad)\s*:?\s*\.?\s*\d{1,2}[:.]\d{2}", re.IGNORECASE
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s-]?)?(?:\(?0\d{1,4}\)?[\s-]?)\d{2,4}(?:[\s-]\d{2,4}){1,3}")
_TEASER = re.compile(
    r"^\s*(?:scroll down|click here|read more|read also|läs mer|läs också|se även|see also|watch|video:|"
    r"related:|relaterat|share this|dela)\b",
    re.IGNORECASE,
)
_CAPTION_CREDIT = re.compile(
    r"(?:\((?:photo|picture|image|foto|bild)s?\b[^)]*\)|\b(?:Getty Images|Shutterstock|AFP/Getty|Reuters/|"
    r"TT Nyhetsbyrån|Scanpix)\b)",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^\s*(?:[A-ZÅÄÖ][A-ZÅÄÖÉ.'’ -]{1,40}(?:,\s*[A-ZÅÄÖ][\w.’' -]{1,30})?\s*)?"
    r"\((?:CNN|AP|Reuters|AFP|TT|NTB|Ritzau|Bloomberg|dpa|EW\.com|Mashable|CNN Student News)\)\s*(?:--|—|–|-)?\s*"
    r"|^\s*[A-ZÅÄÖ]{3,}(?:[ ,][A-ZÅÄÖ]{2,}){0,2}\s*(?:--|—|–)\s+"
)
_TERMINAL = re.compile(r"[.!?…:;\"”’»)]\s*$")


def junk_reason(text: str) -> str | None:
    """Why ``text`` is not summary material (``byline``, ``contact``, ``caption``…), or ``None``."""
    s = text.strip()
    if not s:
        return "empty"
    n_words = len(s.split())
    if _STAMP.search(s):
        return "byline"
    if _BYLINE.match(s) and n_words <= 12 and not s.endswith("?"):
        return "byline"
    if _EMAIL.search(s) or CONTACT_LINE.match(s):
        return "contact"
    if n_words <= 15 and _URL.search(s):
        return "contact"
    if n_words <= 15 and _PHONE.search(s):
        return "contact"
    if _TEASER.match(s):
        return "teaser"
    if _CAPTION_CREDIT.search(s):
        return "caption"
    if n_words <= 10 and not _TERMINAL.search(s):
        return "heading"
    if sum(map(str.isalpha, s)) < 0.5 * len(s):
        return "non-prose"
    return None


def content_offset(text: str) -> int:
    """Characters to skip at the start of ``text`` to drop a dateline ("LONDON (CNN) --")."""
    m = _DATELINE.match(text)
    if not m or m.end() >= len(text) - 1:
        return 0
    return m.end()
