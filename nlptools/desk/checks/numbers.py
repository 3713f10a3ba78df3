"""Numbers, dates, times, currency and percentages must survive translation unchanged.

Both sides are reduced to canonical tokens before comparing the multisets:
Swedish ``7,5`` and English ``7.5`` are ``7.5``; ``1 200 000`` and ``1,200,000``
are ``1200000``; ``kl. 13.00``, ``13:00`` and ``1 pm`` are ``time 13:00``;
``mnkr`` is ``million`` plus ``SEK``; ``40 procent`` and ``40 per cent`` are
``40`` plus ``%``; month names become ``month 3``; ``tolv`` and ``twelve``
are ``12``.  So "19:30" → "7:30" and "€30" → "$30" are caught, while
"kl. 9.30" → "9:30 am" is not a false alarm.
"""

from __future__ import annotations

import re
from collections import Counter

from .base import Flag

_SV_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()
_EN_MONTHS = "january february march april may june july august september october november december".split()
_MONTHS = {**{m: i + 1 for i, m in enumerate(_SV_MONTHS)}, **{m: i + 1 for i, m in enumerate(_EN_MONTHS)}}
_MONTHS.update({m[:3]: i + 1 for i, m in enumerate(_SV_MONTHS)})
_MONTHS.update({m[:3]: i + 1 for i, m in enumerate(_EN_MONTHS)})
_MONTHS.pop("maj", None), _MONTHS.pop("may", None)  # "may" is also a verb: only full forms with a day count
_MONTHS["maj"] = 5
_MONTH_RE = re.compile(r"(?<!\w)(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?(?!\w)", re.IGNORECASE)

_NUMBER_WORDS = {
    "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "elva": 11,
    "tolv": 12, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "hundra": 100,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100,
}  # fmt: skip
_NUMBER_WORD_RE = re.compile(r"(?<!\w)(" + "|".join(_NUMBER_WORDS) + r")(?!\w)", re.IGNORECASE)

_SCALES = {
    "miljon": "million", "miljoner": "million", "million": "million", "millions": "million", "mn": "million",
    "miljard": "billion", "miljarder": "billion", "billion": "billion", "billions": "billion", "md": "billion",
}  # fmt: skip
_CURRENCIES = {
    "kr": "SEK", "kronor": "SEK", "krona": "SEK", "sek": "SEK", "crowns": "SEK", "kronas": "SEK", "mnkr": "SEK",
    "mdkr": "SEK", "tkr": "SEK", "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "$": "USD",
    "dollar": "USD", "dollars": "USD", "usd": "USD", "£": "GBP", "pund": "GBP", "pounds": "GBP", "gbp": "GBP",
}  # fmt: skip
_CURRENCY_RE = re.compile(r"(?<!\w)(mnkr|mdkr|tkr|kronor|krona|kronas|kr|sek|crowns|euros?|eur|dollars?|usd|pund|pounds|gbp)(?!\w)|[€$£]", re.IGNORECASE)
_SCALE_RE = re.compile(r"(?<=\d)\s?(?:(miljoner|miljon|miljarder|miljard|millions?|billions?)(?!\w)|(mn|md)(?=kr\b))", re.IGNORECASE)
_PERCENT_RE = re.compile(r"%|(?<!\w)(procent|percent|per cent|procentenheter|percentage points?)(?!\w)", re.IGNORECASE)

# kl. 13.00 / klockan 9.30 / 13:00 / 7.30 pm / 7 p.m.
_TIME_RE = re.compile(
    r"(?:(?<!\w)(?:kl\.?|klockan)\s*(\d{1,2})(?:[.:](\d{2}))?(?!\d))"
    r"|(?<![\d.,:])(\d{1,2}):(\d{2})(?!\d)(?:\s*([ap])\.?m\.?(?!\w))?"
    r"|(?<![\d.,:])(\d{1,2})(?:[.](\d{2}))?\s*([ap])\.?m\.?(?!\w)",
    re.IGNORECASE,
)
# 1 200 000 · 1,200,000 · 7,5 · 7.5 · 2024
_NUM_RE = re.compile(r"(?<![\w.,])\d{1,3}(?:(?:[ \u00a0\u202f]|,(?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?(?!\d)|(?<![\w])\d+(?:[.,]\d+)?(?!\d)")


_SV_WORD_TIME_RE = re.compile(r"(?<!\w)(?:kl\.?|klockan)\s+(" + "|".join(_NUMBER_WORDS) + r"|ett|en)(?!\w)|(?<!\w)(\d{1,2})-tiden(?!\w)", re.IGNORECASE)
_MAY_RE = re.compile(r"(?<=\d )May(?!\w)|(?<!\w)May(?= \d| of \d)")


def _time_token(hour: str, minute: str | None, ampm: str | None) -> str | None:
    h, m = int(hour), int(minute or 0)
    if ampm:
        if h == 12:
            h = 0
        if ampm.lower() == "p":
            h += 12
    if h > 24 or m > 59:
        return None
    return f"time {h:02d}:{m:02d}"


def _number_token(raw: str, language: str) -> str:
    s = re.sub(r"[ \u00a0\u202f]", "", raw)
    if language == "en" or ("," not in s and "." in s and not re.fullmatch(r"\d{1,3}(\.\d{3})+", s)):
        s = s.replace(",", "")  # English thousands separator / decimal point
    else:
        s = s.replace(".", "").replace(",", ".")  # Swedish decimal comma (a dot is a thousands separator)
    try:
        value = float(s)
    except ValueError:
        return raw
    return f"{value:g}" if value != int(value) else str(int(value))


def tokens(text: str, language: str) -> Counter[str]:
    """Canonical number/date/time/currency/percent tokens of ``text`` (``language``: ``sv`` or ``en``)."""
    out: Counter[str] = Counter()
    taken: list[tuple[int, int]] = []
    for m in _TIME_RE.finditer(text):
        g = m.groups()
        tok = _time_token(g[0], g[1], None) if g[0] else _time_token(g[2], g[3], g[4]) if g[2] else _time_token(g[5], g[6], g[7])
        if tok:
            out[tok] += 1
            taken.append(m.span())
    if language == "sv":
        for m in _SV_WORD_TIME_RE.finditer(text):
            word = (m.group(1) or "").lower()
            hour = str(_NUMBER_WORDS.get(word, 1)) if word else m.group(2)
            tok = _time_token(hour, None, None)
            if tok:
                out[tok] += 1
                taken.append(m.span())
    else:
        for m in _MAY_RE.finditer(text):
            out["month 5"] += 1
    for m in _NUMBER_WORD_RE.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            out[str(_NUMBER_WORDS[m.group().lower()])] += 1
    for m in _NUM_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        out[_number_token(m.group(), language)] += 1
    for m in _MONTH_RE.finditer(text):
        word = m.group(1).lower()
        if len(word) == 3 and word not in ("maj",) and not m.group().endswith(".") and not re.search(r"\d\s*$", text[: m.start()]):
            continue  # "mar", "jun" only count as abbreviated months next to a day or with a dot
        out[f"month {_MONTHS[word]}"] += 1
    for m in _SCALE_RE.finditer(text):
        out[_SCALES[(m.group(1) or m.group(2)).lower()]] += 1
    for m in _CURRENCY_RE.finditer(text):
        out[f"currency {_CURRENCIES[m.group().lower()]}"] += 1
    for _ in _PERCENT_RE.finditer(text):
        out["%"] += 1
    return out


def check_numbers(source: str, english: str, *, name: str = "numbers") -> list[Flag]:
    """Flag numbers, times, dates, currencies or percentages that differ between source and English."""
    src, tgt = tokens(source, "sv"), tokens(english, "en")
    missing = src - tgt
    extra = tgt - src
    # the same currency said once by a symbol and once by a word is one mention
    for key in [k for k in missing if k.startswith("currency ")]:
        if tgt[key]:
            missing.pop(key)
    for key in [k for k in extra if k.startswith("currency ")]:
        if src[key]:
            extra.pop(key)
    flags = []
    if missing:
        flags.append(Flag(name, "not in the English: " + ", ".join(sorted(missing))))
    if extra:
        flags.append(Flag(name, "in the English but not the Swedish: " + ", ".join(sorted(extra))))
    return flags
