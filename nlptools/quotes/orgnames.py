"""Organisation names checked against the whole article after attribution.

* a place is not an organisation: ``textilkonstnär från Ekeberga`` gives no organisation when the
  article uses ``Ekeberga`` as a place (``Ekeberga konsthall``, ``Ekeberga kommun``, a dateline
  ``EKEBERGA.``; not ``i X``, which also governs companies: ``investerar i X``);
* a short form becomes the full name the article gives: ``Smaknätets verksamhetsledare`` →
  ``Smaknätet Bergslagen`` when the article names ``Smaknätet Bergslagen`` (and no other longer
  name starting the same way); legal suffixes (``AB``, ``Ltd``) are not added. Only a genitive
  lead is expanded: an organisation written at the speaker (``chef på Norrfors``) is kept as written.
"""

from __future__ import annotations

import re

from ..types import Quote
from ..events.gazetteer import is_place
from .lexicon import LEGAL_SUFFIXES
from .lexicon import COMMON_CAPITALISED, FEMALE_NAMES, MALE_NAMES, ORG_NOUN_SUFFIXES, PLACE_SUFFIXES, PLACES, UNIT_NOUNS

INSTITUTION_NOUNS = ORG_NOUN_SUFFIXES + (
    "hall", "hallen", "central", "centralen", "centrum", "gård", "gården", "kyrka", "kyrkan", "station",
    "stationen", "torg", "torget", "park", "parken", "skola", "bygdegård", "bibliotek", "museum",
)
_LEGAL = LEGAL_SUFFIXES
_CAP = r"[A-ZÅÄÖ][\w&-]*"


def article_places(text: str) -> set[str]:
    """Lower-cased single words the article uses as places."""
    places: set[str] = set()
    for m in re.finditer(r"(?m)^([A-ZÅÄÖ][A-ZÅÄÖ-]{2,30})(?:\.|,|\s+[–—-])\s", text):
        places.add(m.group(1).lower())  # dateline "VÄSTERKULLA."
    for m in re.finditer(rf"(?<![\w-])(?<![A-ZÅÄÖ][\w-] )({_CAP}) ([a-zåäö]{{4,}})\b", text):
        word, noun = m.group(1), m.group(2)
        if noun.endswith(INSTITUTION_NOUNS):
            places.add(word.lower())  # "Ekeberga konsthall"
            if word.endswith("s") and not word.endswith("ss"):
                places.add(word[:-1].lower())  # "Storviks vårdcentral"
    return places


def places_are_not_organisations(text: str, quotes: list[Quote]) -> None:
    """Drop a one-word organisation that came from ``från X`` / ``from X`` when X is a place here.

    A place is one the article uses as such, a listed country, a gazetteer place, or a word with a
    place ending (``Norrviksområdet``)."""
    places = article_places(text) | PLACES
    for q in quotes:
        org = q.organisation
        if not org or " " in org or org.isupper():
            continue
        if org.lower() not in places and not is_place(org) and not org.lower().endswith(PLACE_SUFFIXES):
            continue
        if re.search(rf"\b(?:från|from)\s+{re.escape(org)}(?![\w-])(?!\s+[A-ZÅÄÖ])", text) and not re.search(
            rf"\b(?:på|vid|hos|at|för|for)\s+{re.escape(org)}(?=\s*[,.;:!?)]|\s+(?:och|and|som|who|i|in)\s)", text
        ):
            q.organisation = None


def _extensions(text: str, org: str) -> set[str]:
    found: set[str] = set()
    for m in re.finditer(rf"(?<![\w-]){re.escape(org)}((?: {_CAP})+)", text):
        words: list[str] = []
        for w in m.group(1).split():
            if w in _LEGAL or w.lower() in COMMON_CAPITALISED or w.lower() in FEMALE_NAMES | MALE_NAMES:
                break
            words.append(w)
        if words:
            found.add(f"{org} {' '.join(words)}")
    return found


def _genitive_lead(text: str, org: str, speaker: str | None) -> bool:
    """Is the speaker introduced by the short form in the genitive (``Norrfors verksamhetsledare X``)?"""
    if not speaker:
        return False
    names = "|".join(re.escape(w) for w in speaker.split() if len(w) > 1)
    return bool(names) and re.search(
        rf"(?<![\w-]){re.escape(org)}(?::s|['’]s|s)\s+[^.!?\n]{{0,60}}?\b(?:{names})\b", text
    ) is not None


_GENITIVE_UNIT = re.compile(r"([A-ZÅÄÖ][\w&-]+?)(?:s|['’]s|:s) ([a-zåäö]{4,30})")


def full_organisation_names(text: str, quotes: list[Quote]) -> None:
    """A short organisation name becomes the article's one longer name that starts with it."""
    decided: dict[tuple[str, str | None], str] = {}  # once per (organisation, speaker): each look-up scans the text
    for q in quotes:
        org = q.organisation
        if not org or org.isupper() or len(org) < 3:
            continue
        if (m := _GENITIVE_UNIT.fullmatch(org)) and m.group(2) in UNIT_NOUNS:
            org = q.organisation = m.group(1)  # "Norrfors affärsområde": a unit of the company, named by the company
            if (org, q.speaker) not in decided:
                longer = _extensions(text, org)
                decided[(org, q.speaker)] = longer.pop() if len(longer) == 1 else org
        key = (org, q.speaker)
        if key not in decided:
            decided[key] = org
            if _genitive_lead(text, org, q.speaker):  # "verksamhetschef på X" keeps the form written at the speaker
                longer = _extensions(text, org)
                if len(longer) == 1:
                    decided[key] = longer.pop()
        q.organisation = decided[key]


_KIND = r"(?:bolaget|företaget|föreningen|klubben|klustret|stiftelsen|[Tt]he\s+(?:company|firm|charity|club))"


def definite_kind_noun(text: str, quotes: list[Quote]) -> None:
    """``Det unga bolaget Mykora … Bakom bolaget står Jonna Sivertsen, vd, och Dawit Haile Mariam, teknikchef``:
    a person introduced (with a role) in a sentence that refers to ``bolaget`` works at the company
    the article introduced as ``bolaget Mykora``."""
    for q in quotes:
        if q.organisation is not None or not q.role or not q.speaker or q.speakers is not None or " " not in q.speaker:
            continue
        i = text.find(q.speaker)
        if i < 0:
            continue
        lo = max(text.rfind(". ", 0, i) + 2, text.rfind("\n", 0, i) + 1)
        hi_m = re.search(r"[.!?](?:\s|$)", text[i:])
        hi = i + hi_m.end() if hi_m else len(text)
        ref = re.search(rf"\b({_KIND})(?!\s+[A-ZÅÄÖ])(?![\w:’'])", text[lo:hi])
        if ref is None:
            continue
        kind = ref.group(1).lower()
        named = [
            m.group(1)
            for m in re.finditer(rf"\b(?i:{re.escape(kind)})\s+({_CAP}(?: {_CAP})*)", text[:lo])
        ]
        if named and named[-1].lower() not in FEMALE_NAMES | MALE_NAMES:
            q.organisation = named[-1]


def group_from_title(title: str | None, quotes: list[Quote]) -> None:
    """A group speaker (``styrelsen``) with no organisation named before it belongs to the organisation
    the title is about in the genitive (``Hallbo IF:s damer laddar …`` → ``Hallbo IF``)."""
    m = re.match(rf"^((?:{_CAP} ){{0,3}}{_CAP}?)(?::s|['’]s)\s+[a-zåäö]", title or "")
    if m is None:
        return
    org = m.group(1).strip()
    if org.lower() in FEMALE_NAMES | MALE_NAMES or org.split()[0].lower() in COMMON_CAPITALISED:
        return
    for q in quotes:
        if q.organisation is None and q.speaker and q.speaker[:1].islower() and q.speakers is None:
            q.organisation = org
