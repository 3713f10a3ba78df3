"""Datelines: the short date/place line above or below a headline.

Examples: "12–13 maj, 2026 – Umeå & Luleå", "Växjö, 14 mars 2026",
"Publicerad 3 maj 2026", "Pressmeddelande 2016-03-18", "PARIS, March 30 (Reuters) -".
A line is a dateline when it holds a date (see :mod:`.dates`) and everything
else on it is a publication word ("Publicerad", "By", "kl."), a clock time, an
agency in parentheses, a separator, or capitalised names (places, a section
label).  :func:`dateline_prefix` finds the wire-style dateline that opens a
body paragraph ("PARIS, March 30 (Reuters) - Volvo …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import find_dates
from .places import dateline_places

MAX_CHARS = 100
_PUBLICATION_WORDS = {
    "publicerad", "published", "uppdaterad", "updated", "pressmeddelande", "press", "release", "by", "on",
    "av", "den", "kl", "klockan", "datum", "date", "posted", "skrivet", "senast", "last", "news", "nyhet",
}  # fmt: skip
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_AGENCY = re.compile(r"\([^()\n]{1,30}\)")
_SEPARATORS = re.compile(r"[–—\-|:,/&•·]|\boch\b|\band\b")
_GLUE = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_]{3,})")
_WIRE = re.compile(
    r"^(?P<line>[A-ZÅÄÖ][A-ZÅÄÖÉ .'’-]{1,40}(?:,\s*[A-ZÅÄÖ][\w .'’-]{1,30})?,\s*[^\n]{3,30}?"
    r"(?:\s*\([^()\n]{1,30}\))?)\s*(?:--|—|–|-)\s+(?=\S)"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A recognised dateline: its text, the ISO date it gives and the places it names."""

    text: str
    date: str | None
    places: list[str] = field(default_factory=list)

    def to_metadata(self) -> dict[str, object]:
        return {"text": self.text, "date": self.date, "places": list(self.places)}


def parse_dateline(line: str) -> Dateline | None:
    """``line`` as a :class:`Dateline`, or ``None`` when it is not one."""
    line = line.strip()
    if not line or "\n" in line or len(line) > MAX_CHARS or not any(ch.isdigit() for ch in line):
        return None
    spaced = _GLUE.sub(" ", line)
    dates = [d for d in find_dates(spaced) if d.value and not d.relative]
    if not dates:
        return None
    rest = spaced
    for d in reversed(dates):
        rest = rest[: d.start] + " | " + rest[d.end :]
    rest = _AGENCY.sub(" ", _TIME.sub(" ", rest))
    names = []
    for token in _SEPARATORS.sub(" ", rest).split():
        word = token.strip(".")
        if not word or word.lower() in _PUBLICATION_WORDS:
            continue
        if not word[:1].isupper():
            return None
        names.append(word)
    if len(names) > 5:
        return None
    places = dateline_places(_AGENCY.sub(" ", _TIME.sub(" ", " ".join(rest.split("|")))))
    return Dateline(line, dates[0].value, [p for p in places if p.lower() not in _PUBLICATION_WORDS])


def dateline_prefix(text: str) -> Dateline | None:
    """A wire dateline that opens ``text`` ("PARIS, March 30 (Reuters) - …"), with the text it covers."""
    m = _WIRE.match(text)
    if not m:
        return None
    found = parse_dateline(m["line"])
    if found is None:
        return None
    return Dateline(text[: m.end()].rstrip(), found.date, found.places)
