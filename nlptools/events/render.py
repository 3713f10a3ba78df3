"""The English fact box: an event report's facts as short Markdown lines, offline.

``render_fact_box(event)`` is what a communicator reads first (the desk shows it
above the lede).  No translation model is involved: the event kind is named via
the lexicon (``data/kinds.tsv``: *frukostmöte* → "breakfast meeting"), dates are
written in English ("12–13 May 2026", "19 May" when the year is unknown), and
names of places and organisations are kept verbatim as the text writes them.
Fields the text does not give are left out rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from ..types import EventFacts


@cache
def _month_names() -> tuple[str, ...]:
    """English month names from dateparser's locale data (independent of the process locale)."""
    from dateparser.languages.loader import default_loader

    from .dates import _MONTH_KEYS

    info = default_loader.get_locale("en").info
    return tuple(max(info[k], key=len).capitalize() for k in _MONTH_KEYS)


def _month(d: dt.date) -> str:
    return _month_names()[d.month - 1]


def english_date(value: str | None) -> str | None:
    """``2026-05-12/2026-05-13`` → ``12–13 May 2026``; ``--03-30`` → ``30 March``; ``None`` stays ``None``."""
    if not value:
        return None
    parts = [_one(p) for p in value.split("/")]
    if any(p is None for p in parts):
        return value
    (d1, y1), *rest = parts  # type: ignore[misc]
    if not rest:
        return f"{d1.day} {_month(d1)}" + (f" {y1}" if y1 else "")
    d2, y2 = rest[0]  # type: ignore[misc]
    year = f" {y2}" if y2 else ""
    if d1.month == d2.month and y1 == y2:
        return f"{d1.day}–{d2.day} {_month(d2)}{year}"
    if y1 == y2:
        return f"{d1.day} {_month(d1)} – {d2.day} {_month(d2)}{year}"
    return f"{d1.day} {_month(d1)} {y1} – {d2.day} {_month(d2)} {y2}"


def _one(value: str) -> tuple[dt.date, int | None] | None:
    try:
        if value.startswith("--"):
            return dt.date.fromisoformat("2000" + value[1:]), None
        d = dt.date.fromisoformat(value)
        return d, d.year
    except ValueError:
        return None


def _is_name(what: str) -> bool:
    """A named event ("Sveriges Innovationsdagar"), not just the kind word as the text inflects it."""
    return " " in what.strip() or any(ch.isupper() for ch in what[1:])


def render_fact_box(event: EventFacts | None, *, heading: str = "Event facts") -> list[str]:
    """Markdown lines of the fact box; an empty list when ``event`` is not an event report.

    >>> from nlptools.types import EventFacts
    >>> render_fact_box(EventFacts(True, what="Norrlands Klusterdagar", kind="days of events", date="2026-05-12",
    ...                            places=["Umeå"], organisers=["Exempelklustret"], participants=40))
    ['**Event facts**', '', '- **What:** days of events (Norrlands Klusterdagar)', '- **When:** 12 May 2026', \
'- **Where:** Umeå', '- **Organised by:** Exempelklustret', '- **Participants:** about 40']
    """
    if event is None or not event.is_event_report:
        return []
    lines = [f"**{heading}**", ""]
    if event.kind or event.what:
        what = event.kind or ""
        if event.what and _is_name(event.what) and event.what.lower() != what.lower():
            what = f"{what} ({event.what})" if what else event.what  # a named event, verbatim
        lines.append(f"- **What:** {what}")
    when = english_date(event.date)
    if when:
        lines.append(f"- **When:** {when}")
    if event.places:
        lines.append(f"- **Where:** {', '.join(event.places)}")
    if event.organisers:
        lines.append(f"- **Organised by:** {', '.join(event.organisers)}")
    if event.participants is not None:
        lines.append(f"- **Participants:** about {event.participants}")
    if event.participant_orgs:
        lines.append(f"- **Taking part:** {', '.join(event.participant_orgs)}")
    return lines
