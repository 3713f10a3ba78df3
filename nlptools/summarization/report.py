"""Summary policy for reports: what a communicator can reuse without checking it against the text.

* **No quote cut loose from its speaker**: sentences of dash-quote paragraphs,
  sentences inside a quote the quotes step found, and sentences that are mostly
  quoted speech are never summary material (unless nothing else is left).
* **No organisational "vi"**: a sentence whose own (unquoted) words say
  *vi/vår/oss/jag* (*we/our/us/I*) is the sender speaking; as an unattributed
  summary sentence it reads as the summariser's claim, so it is passed over.
* **Relative time resolved or dropped**: "på tisdagen", "i går", "imorgon lördag"
  are replaced by the date they denote when the text's own dateline anchors
  them ("den 10 mars"), else the sentence is passed over (see :func:`resolve_time`).
* Headline and dateline are separate paragraphs (see ``nlptools.intake``), so
  they are never glued to the first sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from ..types import Article, ParagraphKind
from .extractive import Candidate

_QUOTE_MARKS = re.compile(r"[\"“”«»]")
_QUOTED_SPAN = re.compile(r"[\"“”«»][^\"“”«»\n]{0,600}[\"“”«»]")
_VOICE = {
    # lower case anywhere, capitalised only where a sentence starts ("Vätgas Mitt" is a name)
    "sv": re.compile(r"\b(?:vi|vår|vårt|våra|oss|jag|mig|min|mitt|mina)\b|^\s*(?:Vi|Vår|Vårt|Våra|Jag)\b"),
    "en": re.compile(r"\b(?:we|our|ours|us|I|my|me)\b"),
}
_SEASON = re.compile(r"\b(?:i|under|till|nästa|förra|kommande|sedan|varje|denna|från|om)\s+vår\b|\bvår\s*(?:[.,;:!?)]|$)", re.I)
_SV_DAY_START = re.compile(r"^\s*(?:i\s*dag|i\s*går|i\s*morgon|idag|igår|imorgon)\b", re.IGNORECASE)


def quote_like(text: str) -> bool:
    """A sentence that is mostly direct speech (opens with a quote mark or dash, or ≥ half quoted)."""
    s = text.strip()
    if not s:
        return False
    if s[0] in "\"“”«»–—":
        return True
    quoted = sum(len(m.group(0)) for m in _QUOTED_SPAN.finditer(s))
    return quoted >= 0.5 * len(s)


def own_voice(text: str, language: str) -> bool:
    """The sentence's unquoted words speak as *we/I* (the sender's voice)."""
    unquoted = _QUOTED_SPAN.sub(" ", text)
    pattern = _VOICE.get(language) or _VOICE["sv"]
    for m in pattern.finditer(unquoted):
        if m.group(0).lower() == "vår" and _SEASON.search(unquoted[max(0, m.start() - 12) : m.end() + 2]):
            continue  # "i vår", "under våren": the season, not "our"
        return True
    return False


def mark_report_candidates(article: Article, candidates: list[Candidate], language: str) -> list[Candidate]:
    """Give quote and first-person sentences a skip reason (kept in the list: nothing is dropped silently)."""
    spans = [(q.start, q.end) for q in article.quotes or []]
    kinds = {p.index: p.kind for p in article.paragraphs}
    out = []
    for c in candidates:
        if c.skip:
            out.append(c)
            continue
        in_quote = any(a < c.end and b > c.start and (min(b, c.end) - max(a, c.start)) >= 0.5 * (c.end - c.start)
                       for a, b in spans)  # fmt: skip
        if c.quote or in_quote or kinds.get(c.paragraph) == ParagraphKind.DASH_QUOTE or quote_like(c.text):
            out.append(replace(c, skip="quote", quote=True))
        elif own_voice(c.text, language):
            out.append(replace(c, skip="first-person voice"))
        else:
            out.append(c)
    return out


@cache
def _month_names(language: str) -> tuple[str, ...]:
    from dateparser.languages.loader import default_loader

    from ..events.dates import _MONTH_KEYS

    info = default_loader.get_locale("sv" if language == "sv" else "en").info
    names = tuple(max(info[k], key=len) for k in _MONTH_KEYS)
    return names if language == "sv" else tuple(n.capitalize() for n in names)


def spoken_date(value: str, language: str) -> str:
    """``2026-03-10`` → ``den 10 mars`` (sv) / ``on 10 March`` (en); the year is left out as the text does."""
    d = dt.date.fromisoformat(value.split("/")[0])
    month = _month_names(language)[d.month - 1]
    return f"den {d.day} {month}" if language == "sv" else f"on {d.day} {month}"


def resolve_time(text: str, anchor: dt.date | None, language: str, *, drop: bool = True) -> str | None:
    """``text`` with its relative days replaced by their dates, or dropped; ``None`` when neither works.

    A relative day the anchor (the text's own dateline) resolves becomes its date
    ("på tisdagen" → "den 10 mars").  One it cannot resolve is removed when it is
    not the sentence's first words and ``drop`` is true ("bjöd in till ett
    seminarium på tisdagen." → "bjöd in till ett seminarium."); otherwise the
    sentence cannot be used as it stands and ``None`` is returned.
    """
    from ..events.dates import find_dates

    mentions = [d for d in find_dates(text, anchor=anchor) if d.relative]
    if not mentions:
        return text
    out = text
    for d in reversed(mentions):
        before = out[: d.start]
        if d.value is None:
            if not drop or not before.strip():
                return None
            out = before.rstrip() + out[d.end :]
            continue
        words = spoken_date(d.value, language)
        if not before.strip():
            words = words[:1].upper() + words[1:]
        out = before + words + out[d.end :]
    return re.sub(r"\s+([,.;:!?])", r"\1", out)


def time_problem(text: str, anchor: dt.date | None) -> bool:
    """Whether ``text`` has a relative day that the anchor cannot resolve."""
    return resolve_time(text, anchor, "sv", drop=False) is None
