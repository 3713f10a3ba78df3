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
_NON_NAME = frozenset("Region Länsstyrelsen Kommun Stad Republiken Nya Norra Södra Östra Västra VD".split())  # generic heads translated with the name


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
        if re.fullmatch(r"\W*", source[:start][-3:]) or re.search(r"[.!?:]\W*$", source[:start]):
            name = name.split(None, 1)[1] if " " in name else name  # a sentence-initial word is not part of the name
        missing = [w for w in _name_words(name) if not _copied(w, english)]
        if len(_name_words(name)) >= 2 and missing:
            flags.append(Flag("verbatim", f"name {name!r} is not copied as written ({', '.join(missing)})"))
    return flags


def _name_words(name: str) -> list[str]:
    """The words of a name that must be copied: Swedish compound tails (``-förlust``) and titles dropped."""
    out = []
    for w in name.split():
        w = re.sub(r"-[a-zåäö][\w-]*$", "", w)  # "Premier League-förlust": the Swedish tail is not the name
        if w and w[0].isupper() and w not in _NON_NAME and not re.fullmatch(r"[A-ZÅÄÖ]{1,3}:?n?", w):
            out.append(w)
    return out


def _copied(word: str, english: str) -> bool:
    """``word`` occurs in ``english`` as written, or without a Swedish genitive ``s``."""
    bare = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return re.search(rf"(?<!\w)(?:{re.escape(word)}|{re.escape(bare)})", english) is not None
