"""Date expressions in Swedish and English text → ISO dates and ranges.

Recognised (case-insensitive, month and weekday names taken from ``dateparser``'s
locale data, so no calendar is written by hand here):

* day–month with optional year and range: ``28–29 april``, ``den 3 maj 2026``,
  ``onsdagen den 19 maj``, ``12–13 maj, 2026``, ``8 October``, ``30 april–2 maj``;
* month–day (English and some blogs): ``March 30``, ``May 19, 2020``, ``januari 27, 2011``;
* ISO dates: ``2016-03-18`` (a following clock time is ignored);
* relative days (``i dag``, ``i går``, ``imorgon``, ``today``, ``yesterday``,
  ``i tisdags``, ``på torsdag``, ``på tisdagen``) — resolved **only** against an
  anchor date the text itself gives (its dateline or publication line), else left
  unresolved.

Output strings follow the summ-sv convention: ``YYYY-MM-DD``, a range
``YYYY-MM-DD/YYYY-MM-DD``, ``--MM-DD`` when no year is known.  A year is added
only when the expression has one or the caller passes the anchor's year.
All patterns are linear (no nested quantifiers), so any input is scanned in
bounded time.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Abbreviations that are also common words: only the full month name is a month there.
_AMBIGUOUS = {"mar", "may", "jul", "mån", "sun", "sat", "su", "sa", "mo", "tu", "we", "th", "fr"}


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression: its span in the text and its value (``None`` when unresolved)."""

    start: int
    end: int
    text: str
    value: str | None
    relative: bool = False
    has_year: bool = False


@cache
def _names() -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names (lower case) → number, from dateparser's sv and en locales."""
    from dateparser.languages.loader import default_loader

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for lang in ("sv", "en"):
        info = default_loader.get_locale(lang).info
        for i, key in enumerate(_MONTH_KEYS, start=1):
            names = [n.lower().rstrip(".") for n in info.get(key, [])]
            full = max(names, key=len, default="")
            for n in names:
                if n == full or (len(n) >= 3 and n not in _AMBIGUOUS):
                    months[n] = i
        for i, key in enumerate(_WEEKDAY_KEYS):
            for name in info.get(key, []):
                n = name.lower().rstrip(".")
                if len(n) > 4:  # full names only ("tisdag", "tuesday")
                    weekdays[n] = i
    return months, weekdays


def _alt(names: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    months, weekdays = _names()
    m = f"(?:{_alt(months)})"
    wd = f"(?:{_alt(weekdays)})"
    ord_ = r"(?:e|:e|st|nd|rd|th)?"
    dm = re.compile(
        rf"(?<![\w-])(?:{wd}(?:en|s)?\s*,?\s+)?(?:den\s+|the\s+)?(?P<d1>\d{{1,2}}){ord_}\.?"
        rf"(?:\s*(?P<m1>{m})\.?)?"
        rf"(?:\s*(?:[-–—]|till|to|och|and)\s*(?P<d2>\d{{1,2}}){ord_}\.?)?\s*(?:of\s+)?(?P<m>{m})\b\.?"
        rf"(?:\s*,?\s*(?P<y>(?:19|20)\d{{2}})(?!\d))?",
        re.IGNORECASE,
    )
    md = re.compile(
        rf"(?<![\w-])(?:{wd}\s*,?\s+)?(?P<m>{m})\.?\s+(?P<d1>\d{{1,2}}){ord_}(?![\d:.]\d)"
        rf"(?:\s*[-–—]\s*(?P<d2>\d{{1,2}}){ord_}(?!\d))?(?:\s*,?\s*(?P<y>(?:19|20)\d{{2}})(?!\d))?",
        re.IGNORECASE,
    )
    iso = re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d{2})-(?P<mo>\d{2})-(?P<d1>\d{2})(?![\d-])")
    rel = re.compile(
        rf"\b(?P<day>i\s*dag|i\s*går|i\s*morgon|today|yesterday|tomorrow)\b"
        rf"(?:\s*,?\s*(?P<dw>{wd}))?"
        rf"|\bi\s+(?P<past>{wd[3:-1]})s\b"
        rf"|\b(?:på|nu\s+på|kommande|nästa)\s+(?P<future>{wd[3:-1]})\b(?!en)"
        rf"|\b(?:på|under)\s+(?P<def>{wd[3:-1]})en\b",
        re.IGNORECASE,
    )
    return dm, md, iso, rel


def _iso(year: int | None, month: int, day: int) -> str | None:
    try:
        d = dt.date(year if year is not None else 2000, month, day)  # 2000: leap year, so 29 Feb is valid
    except ValueError:
        return None
    return d.isoformat() if year is not None else d.strftime("--%m-%d")


def _value(year: int | None, m1: int, d1: int, m2: int | None = None, d2: int | None = None) -> str | None:
    first = _iso(year, m1, d1)
    if first is None:
        return None
    if d2 is None:
        return first
    second = _iso(year, m2 or m1, d2)
    if second is None or second <= first:
        return first if second is None else None
    return f"{first}/{second}"


def find_dates(text: str, *, anchor: dt.date | None = None, year: int | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order, with ISO values.

    ``anchor`` (the text's own dateline/publication date) resolves relative days;
    ``year`` (usually the anchor's) completes dates written without one.
    """
    months, weekdays = _names()
    dm, md, iso, rel = _patterns()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping spans already used

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(taken, (a, a))
        before_ok = i == 0 or taken[i - 1][1] <= a
        after_ok = i == len(taken) or taken[i][0] >= b
        return before_ok and after_ok

    def add(mt: re.Match[str], value: str | None, *, relative: bool = False, has_year: bool = False) -> None:
        found.append(DateMention(mt.start(), mt.end(), mt.group(0).strip(), value, relative, has_year))
        bisect.insort(taken, (mt.start(), mt.end()))

    for mt in iso.finditer(text):
        add(mt, _iso(int(mt["y"]), int(mt["mo"]), int(mt["d1"])), has_year=True)
    for pattern in (dm, md):
        for mt in pattern.finditer(text):
            if not free(mt.start(), mt.end()):
                continue
            if not _is_month_word(mt["m"]):
                continue
            y = int(mt["y"]) if mt["y"] else year
            m2 = months[mt["m"].lower().rstrip(".")]
            m1 = months[mt["m1"].lower().rstrip(".")] if mt.groupdict().get("m1") else m2
            d2 = int(mt["d2"]) if mt["d2"] else None
            if mt.groupdict().get("m1") and d2 is None:
                continue  # "3 maj maj": not a date
            add(mt, _value(y, m1, int(mt["d1"]), m2 if d2 else None, d2), has_year=bool(mt["y"]))
    for mt in rel.finditer(text):
        if not free(mt.start(), mt.end()):
            continue
        add(mt, _relative(mt, anchor, weekdays), relative=True)
    return sorted(found, key=lambda d: d.start)


def _is_month_word(word: str) -> bool:
    """English months are capitalised; a lower-case "may"/"march" is a verb, not a month."""
    return word[:1].isupper() or word.lower() not in {"may", "march", "august"}


def _relative(mt: re.Match[str], anchor: dt.date | None, weekdays: dict[str, int]) -> str | None:
    if anchor is None:
        return None
    if mt["day"]:
        word = re.sub(r"\s+", "", mt["day"].lower())
        shift = {"idag": 0, "today": 0, "igår": -1, "yesterday": -1, "imorgon": 1, "tomorrow": 1}[word]
        return (anchor + dt.timedelta(days=shift)).isoformat()
    if mt["past"] or mt["def"]:  # "i tisdags", "på tisdagen": the last such day on or before the anchor
        target = weekdays[(mt["past"] or mt["def"]).lower()]
        back = (anchor.weekday() - target) % 7
        if mt["past"] and back == 0:
            back = 7
        return (anchor - dt.timedelta(days=back)).isoformat()
    target = weekdays[mt["future"].lower()]  # "på torsdag": the next such day after the anchor
    ahead = (target - anchor.weekday()) % 7 or 7
    return (anchor + dt.timedelta(days=ahead)).isoformat()


def parse_iso(value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` value (or the start of a range) as a date; ``None`` for partial values."""
    if not value or value.startswith("--"):
        return None
    try:
        return dt.date.fromisoformat(value.split("/")[0])
    except ValueError:
        return None
