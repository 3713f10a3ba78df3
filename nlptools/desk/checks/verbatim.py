"""URLs, e-mail addresses, phone numbers and names must be copied verbatim.

MT models "translate" names ("Roger Stone" → "Piedra") and mangle addresses;
every such item of the source must appear unchanged in the English.  Names are
the multi-word capitalised runs that the translation glossary also protects
(:func:`nlptools.translation.glossary.detect_names`); a Swedish genitive ``-s``
may be dropped in English.
"""

from __future__ import annotations

import re

from ...translation.glossary import detect_names
from ...translation.units import EMAIL_RE, URL_RE
from .base import Flag

PHONE_RE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[ -]?)?\(?0?\d{1,4}\)?[ -]\d{2,4}(?:[ -]\d{2,4}){1,3}(?!\d)|(?<!\w)0\d{1,3}-\d{5,8}(?!\d)")
_NON_NAME = frozenset("Region Länsstyrelsen Kommun Stad".split())  # generic heads translated with the name


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def check_verbatim(source: str, english: str) -> list[Flag]:
    """Flag URLs, e-mails, phone numbers and names of ``source`` that ``english`` does not copy exactly."""
    flags = []
    for kind, regex in (("URL", URL_RE), ("e-mail", EMAIL_RE)):
        for m in regex.finditer(source):
            if m.group() not in english:
                flags.append(Flag("verbatim", f"{kind} {m.group()} is not copied exactly"))
    target_digits = {_digits(m.group()) for m in PHONE_RE.finditer(english)}
    for m in PHONE_RE.finditer(source):
        if _digits(m.group()) not in target_digits and m.group() not in english:
            flags.append(Flag("verbatim", f"phone number {m.group()} is not copied exactly"))
    for start, end in detect_names(source):
        name = source[start:end]
        if name.split()[0] in _NON_NAME:
            continue
        if re.fullmatch(r"\W*", source[:start][-3:]) or re.search(r"[.!?:]\W*$", source[:start]):
            name = name.split(None, 1)[1] if " " in name else name  # a sentence-initial word is not part of the name
            if " " not in name:
                continue
        if name in english or (name.endswith("s") and name[:-1] in english):
            continue
        if any(w in english for w in _variants(name)):
            continue
        flags.append(Flag("verbatim", f"name {name!r} is not copied as written"))
    return flags


def _variants(name: str) -> list[str]:
    """A name with an internal genitive (``Kronobergs Hamnbolag``) also counts when copied word by word."""
    parts = name.split()
    return [" ".join(p.rstrip("s") if i < len(parts) - 1 else p for i, p in enumerate(parts))]
