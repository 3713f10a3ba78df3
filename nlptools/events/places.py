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
#: A lower-case venue word after a name ("Xs kursgård", "Ys campusområde", "Zs scen"): any word ending so.
_LOWER_VENUES = (
    r"[a-zåäö]*(?:universitet|universitetet|högskola|högskolan|gård|gården|hotell|hotellet|kyrka|kyrkan|skola|"
    r"skolan|campus|område|området|scen|scenen|hall|hallen|aula|aulan|sal|salen)"
)
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
    "parken", "arenan", "centret", "salongen", "konferenscenter", "folkets hus", "scen",
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
    if m and not _is_venue(m["tail"]):
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
#: "Plats: A och B, C" — a label line lists the venues and the city.
_LABEL_LINE = re.compile(r"(?:^|\n)[ \t]*(?i:plats|platser|lokal|venue|location|where)[ \t]*:[ \t]*(?P<list>[^\n.;]{1,160})")
#: "V1 på V2": a hall inside an institution is one venue ("Aulan på X universitet").
_ON = re.compile(rf"[ \t]+på[ \t]+(?P<name>{_NAME}(?:[ \t]+(?:{_LOWER_VENUES})\b)?)")
#: "… at X in <city>": a name set in a known place is a venue even when the gazetteer lacks it.
_IN_PLACE = re.compile(rf"[ \t]+(?:i|in)[ \t]+(?P<name>{_NAME})")
#: "X, <city>": a name the gazetteer lacks, placed by the city after it.
_COMMA_PLACE = re.compile(rf"[ \t]*,[ \t]*(?P<name>{_NAME})")
#: A gathering verb then "i/på/in/at X": X is where it happened, whether the gazetteer knows it or not.
_HELD_AT = re.compile(
    r"\b(?:invigd|invigdes|invigs|hölls|hålls|arrangeras|arrangerades|anordnas|anordnades|ägde[ \t]+rum|"
    r"äger[ \t]+rum|samlades|took[ \t]+place|was[ \t]+held|is[ \t]+held|will[ \t]+be[ \t]+held)"
    rf"[ \t]+(?:i|på|in|at)[ \t]+(?P<name>{_NAME}(?:[ \t]+(?:{_LOWER_VENUES})\b)?)"
)
#: "visited (the) X (ACR) in <town>": the host a visit went to, placed by its town, is a venue.
_VISITED = re.compile(
    r"\b(?:visited|visits|besökte|besöker|besöka|besökt)[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:(?:of|for|för)[ \t]+)?{_NAME_WORD}){{0,6}}(?:[ \t]*\([{_UPPER}]{{2,8}}\))?)"
    rf"[ \t]+(?:i|in)[ \t]+(?P<town>{_NAME})"
)
#: "invigde (den) nya Xskolan": the inaugurated building is the venue.
_INAUGURATED = re.compile(
    r"\b(?i:invigdes|invigde|inviga|invigs|inaugurated|opened)[ \t]+(?:(?:den|det|de|nya|new|the)[ \t]+){0,2}"
    rf"(?P<name>{_NAME})"
)
#: An affiliation ("forskare vid universitetet i X") names where someone works, not where the event was.
_AFFILIATION_BEFORE = re.compile(
    r"(?:universitetet|högskolan|institutet|kommunen|university|college|company)[ \t]*$", re.IGNORECASE
)
_NOT_PLACE_WORDS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}  # fmt: skip


def labelled_places(text: str) -> list[str]:
    """Places a label gives ("Plats: A och B, C", "Platsen var X"), wherever the sentence stands."""
    out: list[str] = []
    for m in _LABEL_LINE.finditer(text):
        parts = [p.strip(" \t.,;:()") for p in _LIST_SPLIT.split(m["list"])]
        for i, part in enumerate(parts):
            if i and parts[i - 1][-1:].isdigit() and out and out[-1] == parts[i - 1]:
                out[-1] = f"{parts[i - 1]}, {part}"  # "Storgatan 5, Ort": an address with its town is one place
            elif part[:1].isupper() and len(part.split()) <= 6 and part not in out:
                out.append(part)
    for m in _VENUE_LABEL.finditer(text):
        name = m["name"].strip(" \t.,;:")
        if not any(o.startswith(name) for o in out):  # "Plats: Xs scen" is already there in full
            out.append(name)
            nxt = _IN_PLACE.match(text, m.end("name"))  # "Platsen var X i Y": Y too
            city = nxt["name"].strip(" \t.,;:") if nxt else ""
            if city and is_place(city) and city not in out:
                out.append(city)
    return out


def find_places(text: str) -> list[str]:
    """Places named in ``text`` (one or a few sentences) after a locative preposition, in order."""
    out: list[str] = []
    text = _QUOTED.sub(" ", text)  # a quoted title ("From X to Y") names no venue
    for m in _VENUE_LABEL.finditer(text):  # "Platsen var X i Y": X is the venue whatever its name
        out.append(m["name"].strip(" \t.,;:"))
    for m in _HELD_AT.finditer(text):
        name = _strip_tail(m["name"])
        if name and name.split()[0] not in _NOT_PLACE_WORDS and name not in out:
            out.append(name)
    for m in _VISITED.finditer(text):
        if is_place(m["town"].strip(" \t.,;:")) and not is_place(m["name"]) and m["name"] not in out:
            out.append(m["name"])
    for m in _INAUGURATED.finditer(text):
        name = m["name"].strip(" \t.,;:")
        if _is_venue(name) and name not in out:
            out.append(name)
    skip_to = -1
    for m in _PLACE_PREP.finditer(text):
        if m.start() < skip_to or _AFFILIATION_BEFORE.search(text[: m.start()]):
            continue
        first = _clean(m["name"])
        comma = _COMMA_PLACE.match(text, m.end("name")) if first is None else None
        if comma and is_place(comma["name"].strip(" \t.,;:")) and not m["more"]:
            first = m["name"].strip(" \t.,;:") + ", " + comma["name"].strip(" \t.,;:")  # "i X, <city>": one place
            skip_to = comma.end()
        elif first is None:
            nxt = _IN_PLACE.match(text, m.end("name"))
            raw = m["name"].strip(" \t.,;:")
            near = m.group(0).split()[0].lower() in ("vid", "till", "to", "utanför")  # near/towards: not the spot
            if near or not (nxt and is_place(nxt["name"].strip(" \t.,;:")) and len(raw.split()) <= 3 and not raw.endswith("AB")):
                continue
            first = raw  # "at X in <city>": X is a venue there
        elif _is_venue(first) and not m["more"]:
            on = _ON.match(text, m.end("name"))
            second = _clean(on["name"]) if on else None
            if on and second is not None and _is_venue(second):
                first = f"{first} på {second}"  # "V1 på V2" is one venue
                skip_to = on.end()
        names = [first]
        names += [n for n in (_clean(part) for part in _LIST_SPLIT.split(m["more"] or "")) if n]
        for n in names:
            if n not in out:
                out.append(n)
    return out


def _strip_tail(name: str) -> str:
    name = name.strip(" \t.,;:")
    m = _LOWER_VENUE_TAIL.match(name)
    return m["head"] if m and not _is_venue(m["tail"]) else name


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
