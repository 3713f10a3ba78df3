"""The lede: one sentence of at most :data:`LEDE_MAX_WORDS` words that says who did what, when and where.

News and event reports put that sentence first, so the lede is the report's
opening statement, chosen by rules rather than by centrality:

* only body sentences qualify — never the headline (nor a sentence that repeats
  it), the dateline, a byline, a heading, a quote (dash-quote paragraph, quote
  marks, a span the quotes step found) or a sentence in the sender's *vi/we*
  voice;
* relative days are resolved against the dateline ("på tisdagen" → "den 10
  mars") and a sentence whose relative day cannot be resolved is passed over;
* in an event report (``article.event``) the first of the opening sentences
  that names the event, its date, place or head count wins; otherwise the first
  qualifying sentence;
* a sentence over the word limit is cut at its last clause boundary within the
  limit when it has one (the full sentence stays in the summary's source span).
"""

from __future__ import annotations

import re

from ..types import Article
from .candidates import article_language, candidates_for
from .extractive import Candidate
from .filters import content_offset, junk_reason
from .report import mark_report_candidates, resolve_time

LEDE_MAX_WORDS = 35
LEDE_MIN_WORDS = 6
#: Opening sentences among which an event report's lede is sought.
OPENING = 3
_CLAUSE = re.compile(r"(?:,|;| –| —)\s")


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def lede_candidates(article: Article) -> list[Candidate]:
    """Sentences that may open a lede, in document order (datelines trimmed, quotes and *vi* voice out)."""
    language = article_language(article)
    marked = mark_report_candidates(article, candidates_for(article), language)
    title = _norm(article.title or "")
    out = []
    for c in marked:
        if c.skip or junk_reason(c.text):
            continue
        cut = content_offset(c.text)
        text = c.text[cut:].strip()
        n = len(text.split())
        if n < LEDE_MIN_WORDS or text.rstrip("”\"’'») ").endswith("?"):
            continue
        if title and (_norm(text) == title or _norm(text).startswith(title)):
            continue
        out.append(Candidate(text, c.start + cut, c.end, c.paragraph))
    return out


def _anchor(article: Article):  # noqa: ANN202 - a date or None
    from ..events.extract import dateline_info

    return dateline_info(article)[0]


def _fit(text: str) -> str:
    words = text.split()
    if len(words) <= LEDE_MAX_WORDS:
        return text
    cut = None
    for m in _CLAUSE.finditer(text):
        if len(text[: m.start()].split()) > LEDE_MAX_WORDS:
            break
        if len(text[: m.start()].split()) >= 12:
            cut = m.start()
    return text[:cut].rstrip(" ,;–—") + "." if cut is not None else text


def _mentions_event(text: str) -> bool:
    from ..events.counts import find_counts
    from ..events.dates import find_dates
    from ..events.kinds import find_kinds

    return bool(find_kinds(text) or find_counts(text) or find_dates(text))


def lede_span(article: Article) -> tuple[str, int, int, str] | None:
    """``(lede, source_start, source_end, source_text)`` of ``article``'s lede, or ``None``."""
    language = article_language(article)
    if language == "und":
        language = (article.event.language if article.event is not None else None) or "sv"
    anchor = _anchor(article)
    usable: list[tuple[str, Candidate]] = []
    for c in lede_candidates(article):
        text = resolve_time(c.text, anchor, language)
        if text is not None:
            usable.append((text, c))
        if len(usable) >= OPENING:
            break
    if not usable:
        return None
    chosen = usable[0]
    event = article.event
    if event is not None and event.is_event_report:
        chosen = next((u for u in usable if _mentions_event(u[0])), chosen)
    text, c = chosen
    return _fit(text), c.start, c.end, c.text


def lede_for(article: Article) -> str | None:
    """The one-sentence lede of ``article``, or ``None`` when no sentence qualifies.

    In the source language; for a translated article, in English: the aligned
    English of the lede's sentence, with its relative days resolved and cut to
    the word limit the same way as the source (the source lede when no English
    is aligned or a relative day in it cannot be resolved).
    """
    found = lede_span(article)
    if found is None:
        return None
    text, start, end, source = found
    t = article.translation
    if t is not None and t.sentences:
        from .candidates import english_for

        english = english_for(t, start, end)
        if english and text == source:
            return english
        resolved = resolve_time(english, _anchor(article), "en") if english else None
        if resolved is not None:
            return _fit(resolved)
    return text
