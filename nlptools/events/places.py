"""Where an event took place: venues and cities named in the text.

A place is taken from a prepositional phrase (``i X``, ``på X``, ``vid X``,
``in X``, ``at X``) whose capitalised name is a gazetteer place
(:mod:`.gazetteer`) or a venue (its last word is a venue noun such as *hotell*,
*gård*, *universitet*, *village*, *centre*), plus the names listed after it
("på A och B").  Only the sentences that speak about the event are searched (the
caller chooses them), and only names written in the text are returned.
"""

from __future__ import annotations

import re

from .gazetteer import is_place

_UPPER = "A-ZÅÄÖÆØÜÉ"
_NAME_WORD = rf"(?:[{_UPPER}][\w&.'’-]*|AB|&)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,5}}"
_LOWER_VENUES = "universitet|universitetet|högskola|högskolan|gård|hotell|kyrka|kyrkan|skola|skolan|campus"
_PLACE_PREP = re.compile(
    rf"\b(?:i|på|vid|utanför|in|at|till|to)[ \t]+(?P<name>{_NAME}(?:[ \t]+(?:{_LOWER_VENUES})\b)?)"
    rf"(?P<more>(?:[ \t]*(?:,|och|and|&)[ \t]*{_NAME}){{0,4}})"
)
_LIST_SPLIT = re.compile(r"[ \t]*(?:,|\boch\b|\band\b|&)[ \t]*")
#: Last words that make a capitalised name a venue (lower-cased, also as compound ends).
VENUE_NOUNS = (
    "hotell", "hotel", "gård", "gästgivargård", "kursgård", "herrgård", "slott", "village", "center", "centre",
    "centrum", "hall", "hallen", "huset", "hus", "arena", "scen", "scenen", "skola", "skolan", "universitet",
    "universitetet", "högskola", "högskolan", "university", "campus", "park", "museum", "museet", "bibliotek",
    "biblioteket", "kyrka", "kyrkan", "stadshus", "stadshuset", "kommunhus", "kommunhuset", "teater", "teatern",
    "strand", "torg", "torget", "konserthus", "kulturhus", "kulturhuset", "mässhall", "aula", "aulan", "salen",
    "stadion", "library", "square", "gårdar", "institute", "institutet", "hotellet", "gården", "slottet",
    "parken", "arenan", "centret", "salongen", "konferenscenter", "folkets hus",
)  # fmt: skip
_VENUE_START = ("Hotell", "Hotel", "Scandic", "Clarion", "Quality", "Elite", "Restaurang", "Café")
_LOWER_VENUE_TAIL = re.compile(r"^(?P<head>.+?)[ \t]+(?P<tail>[a-zåäö]+)$")


def _is_venue(name: str) -> bool:
    words = name.split()
    if not words:
        return False
    last = words[-1].lower()
    if name.startswith(_VENUE_START) and len(words) >= 2:
        return True
    return any(last == v or (len(last) > len(v) + 2 and last.endswith(v)) for v in VENUE_NOUNS)


def _clean(name: str) -> str | None:
    """A place name as written, or ``None`` when it is not one (a gazetteer place or a venue)."""
    name = name.strip(" \t.,;:")
    if not name:
        return None
    m = _LOWER_VENUE_TAIL.match(name)
    if m and m["tail"] not in VENUE_NOUNS:
        name = m["head"]  # "i Växjö när" → "Växjö"
    if is_place(name) or _is_venue(name):
        return name
    words = name.split()
    if len(words) > 1 and is_place(words[0]) and not _is_venue(name):
        return words[0]  # "Umeå Universitet" is a venue; "Luleå Energi" is not a place but Luleå is
    return None


_QUOTED = re.compile(r"[\"“”«»][^\"“”«»\n]{1,200}[\"“”«»]")
_VENUE_LABEL = re.compile(
    rf"\b(?:(?i:platsen|lokalen|plats|venue|location))\s*(?::|(?i:var|är|blir|was|is|will\s+be))\s*(?P<name>{_NAME})"
)


def find_places(text: str) -> list[str]:
    """Places named in ``text`` (one or a few sentences) after a locative preposition, in order."""
    out: list[str] = []
    text = _QUOTED.sub(" ", text)  # a quoted title ("From X to Y") names no venue
    for m in _VENUE_LABEL.finditer(text):  # "Platsen var X i Y": X is the venue whatever its name
        out.append(m["name"].strip(" \t.,;:"))
    for m in _PLACE_PREP.finditer(text):
        first = _clean(m["name"])
        if first is None:
            continue
        names = [first]
        names += [n for n in (_clean(part) for part in _LIST_SPLIT.split(m["more"] or "")) if n]
        for n in names:
            if n not in out:
                out.append(n)
    return out


def dateline_places(rest: str) -> list[str]:
    """Places in what is left of a dateline once its date is removed ("Umeå & Luleå", "PARIS")."""
    out: list[str] = []
    for part in _LIST_SPLIT.split(rest):
        part = part.strip(" \t–—-|:()")
        if not part or not part[:1].isupper():
            continue
        for cand in (part, part.title()):
            if is_place(cand):
                out.append(part)
                break
    return out
