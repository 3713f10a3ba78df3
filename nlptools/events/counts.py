"""How many took part: participant counts such as "ett 40-tal", "drygt hundra", "omkring 20 representanter".

A count is a number (digits with optional thousands spaces, a Swedish/English
number word, or a "-tal" approximation) that is followed within three words by
a noun for people attending (*deltagare*, *besökare*, *personer*, *gäster*,
*participants*, *attendees*…).  Approximation words (*drygt*, *omkring*,
*närmare*, *around*) are kept in the evidence text but do not change the value:
"ett 20-tal" → 20, "närmare 5 500 besökare" → 5500.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Number words a report writes for a head count (the tens and hundreds); compounds such as
# "tvåhundra" are handled by the multiplier rule below.
_UNITS = {
    "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
    "tolv": 12, "femton": 15, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60,
    "sjuttio": 70, "åttio": 80, "nittio": 90, "hundra": 100, "etthundra": 100, "tusen": 1000, "ettusen": 1000,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12,
}  # fmt: skip
_PEOPLE = (
    "deltagare", "personer", "besökare", "gäster", "åhörare", "företagare", "representanter", "företrädare",
    "beslutsfattare", "medlemmar", "forskare", "elever", "studenter", "entreprenörer", "inbjudna", "anmälda",
    "intresserade", "delegater", "personer", "participants", "people", "attendees", "visitors", "guests",
    "delegates", "representatives", "delegations", "members", "researchers", "students", "entrepreneurs",
)  # fmt: skip
_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_NUM = re.compile(
    rf"(?<![\w,.])(?:(?:ett|en|an?|some|about|around|over|nearly|almost|more\s+than|drygt|knappt|närmare|"
    rf"omkring|runt|cirka|ca\.?|över|uppemot|nästan|kring|mer\s+än|fler\s+än)[ \t]+){{0,3}}"
    rf"(?P<num>\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+|\d{{1,5}}|(?:två|tre|fyra|fem|sex|sju|åtta|nio)?(?:{_WORDS}))"
    rf"(?P<tal>-?tal)?(?P<hundred>[ \t]+(?:hundred|thousand))?(?![\w])",
    re.IGNORECASE,
)
_PEOPLE_AFTER = re.compile(
    rf"^(?:[ \t]+(?:[\w-]+)){{0,3}}?[ \t]+(?P<noun>{'|'.join(_PEOPLE)})\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Count:
    """A participant count and the words it was read from."""

    value: int
    text: str
    noun: str


def _value(raw: str) -> int | None:
    raw = raw.lower()
    digits = re.sub(r"[ \u00a0\u202f]", "", raw)
    if digits.isdigit():
        return int(digits)
    if raw in _UNITS:
        return _UNITS[raw]
    for unit in sorted(_UNITS, key=len, reverse=True):  # "tvåhundra" = 2 × 100
        if raw.endswith(unit) and raw[: -len(unit)] in _UNITS:
            return _UNITS[raw[: -len(unit)]] * _UNITS[unit]
    return None


def find_counts(text: str) -> list[Count]:
    """Participant counts in ``text``, in order (a number followed by a people noun)."""
    out: list[Count] = []
    for m in _NUM.finditer(text):
        value = _value(m["num"])
        if value is None or value < 2:
            continue
        if m["hundred"]:
            value *= 100 if "hundred" in m["hundred"].lower() else 1000
        after = text[m.end() : m.end() + 80]
        p = _PEOPLE_AFTER.match(after)
        if p is None:
            continue
        between = after[: p.start("noun")]
        if re.search(r"\d|[.;:!?]|\b(?:procent|percent|kronor|miljoner|år|years?)\b", between, re.IGNORECASE):
            continue
        if re.match(r"^\s*(?:år|procent|percent|%|kr|mkr|miljoner|million)\b", after, re.IGNORECASE):
            continue
        out.append(Count(value, (m.group(0) + between + p["noun"]).strip(), p["noun"].lower()))
    return out
