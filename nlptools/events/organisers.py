"""Who arranged an event, and which organisations took part.

Organisers come from explicit phrasing only:

* passive/agent phrases: "arrangerad(e) av X", "anordnades av X", "i regi av X",
  "på initiativ av X", "organised/hosted by X";
* the organisation as subject of an arranging verb: "X bjuder in till",
  "X bjöd in", "X arrangerar", "X anordnade", "X höll i", "X hosted";
* "Arrangör(er): X";
* the organisation's genitive on the event word: "Xs årskonferens", "X:s frukostmöte".

``X`` is a capitalised name (with "AB", "kommun", "region"… as parts) or a
list of them joined by "och"/"and"/"&"/",".  Participating organisations are the
capitalised organisation-like names (``AB``, ``kommun``, acronyms, university…)
in the event sentences, minus the organisers.
"""

from __future__ import annotations

import re

from .gazetteer import is_place
from .kinds import find_kinds

_UP = "A-ZÅÄÖÆØÜÉ"
_W = rf"(?:[{_UP}][\w&.'’-]*|[{_UP}]{{2,}}s?)"
_TAIL = r"(?:[ \t]+(?:AB|kommun|kommuner|region|regionen|län|universitet|högskola|förening|föreningen|Group|Inc\.?|Ltd))?"
_ORG = rf"{_W}(?:[ \t]+(?:{_W}|&))" + "{0,5}" + _TAIL
_LIST = rf"(?P<orgs>{_ORG}(?:[ \t]*(?:,|och|and|&)[ \t]*{_ORG}){{0,3}})"
_AGENT = re.compile(
    rf"\b(?i:(?:arrangera(?:d|de|des|s|t)?|anordna(?:d|de|des|s|t)?|organisera(?:d|de|des|s|t)?|"
    rf"i\s+regi|på\s+initiativ|organi[sz]ed|hosted|arranged|co-hosted|sponsored)\s+(?:av|by|från|of)\s+){_LIST}"
)
_SUBJECT = re.compile(
    rf"(?P<orgs>{_ORG}(?:[ \t]*(?:och|and|&)[ \t]*{_ORG})?)[ \t]+(?:bjuder|bjöd|bjudit)\s+in\b"
    rf"|(?P<orgs2>{_ORG})[ \t]+(?:arrangerar|arrangerade|anordnar|anordnade|ordnade|"
    rf"(?:höll|håller|hade)\s+(?:i|sitt|sin|sina|ett|en|its|their)|står\s+värd|stod\s+värd|var\s+värd|är\s+värd|"
    rf"delar\s+ut|delade\s+ut|hosted|hosts|organi[sz]ed|organi[sz]es|invited|invites|held\s+(?:its|their|a|an))\b"
)
_LABEL = re.compile(rf"\b(?:Arrangörer?|Arrangör|Organi[sz]ers?|Host)\s*(?::|är|var|was|were|is)\s*{_LIST}")
_GENITIVE = re.compile(rf"(?P<org>{_ORG}?)(?::s|s)[ \t]+(?P<kind>\w+)")
_NOT_ORG = {
    "Vi", "Han", "Hon", "De", "Det", "Den", "Här", "Där", "Nu", "I", "På", "Under", "Efter", "Sedan", "Många",
    "Alla", "Flera", "We", "They", "He", "She", "It", "The", "This", "In", "On", "At", "Sverige", "Sweden",
    "Dagen", "Mötet", "Frukosten", "Konferensen", "Seminariet", "Träffen", "Invigningen", "Kommunen",
}  # fmt: skip
_ORGISH = re.compile(
    rf"\b(?:{_W}(?:[ \t]+{_W}){{0,4}}[ \t]+(?:AB|kommun|Kommun|universitet|Universitet|högskola|University|Institute|"
    rf"Institutet|Region|län)|Region[ \t]+{_W}|[{_UP}]{{2,6}}(?![\w-]))\b"
)


def _split(orgs: str) -> list[str]:
    parts = re.split(r"[ \t]*(?:,|\boch\b|\band\b)[ \t]*", orgs)
    out = []
    for p in parts:
        p = p.strip(" \t.,;:")
        if not p or p in _NOT_ORG or p.split()[0] in _NOT_ORG:
            continue
        out.append(p)
    return out


def _strip_genitive(name: str, text: str) -> str:
    """``Mittuniversitetets`` → ``Mittuniversitetet`` when the text also writes the base form."""
    if name.endswith(":s"):
        return name[:-2]
    if name.endswith("s") and re.search(rf"\b{re.escape(name[:-1])}\b", text):
        return name[:-1]
    return name


def find_organisers(sentences: list[str], text: str, kind_words: set[str]) -> list[str]:
    """Organisers named in ``sentences`` (the event sentences); ``text`` is the whole article."""
    out: list[str] = []

    def add(names: list[str]) -> None:
        for n in names:
            n = _strip_genitive(n, text)
            if n and n not in out and not is_place(n):
                out.append(n)

    for s in sentences:
        for m in _AGENT.finditer(s):
            add(_split(m["orgs"]))
        for m in _LABEL.finditer(s):
            add(_split(m["orgs"]))
        for m in _SUBJECT.finditer(s):
            add(_split(m["orgs"] or m["orgs2"] or ""))
        for m in _GENITIVE.finditer(s):
            if m["kind"].lower() in kind_words and m["org"] and m["org"] not in _NOT_ORG and not find_kinds(m["org"]):
                add([m["org"]])  # "Xs årskonferens" (but "Konferensveckans program" names no organiser)
    return out


def find_participant_orgs(sentences: list[str], exclude: list[str]) -> list[str]:
    """Organisation-like names in ``sentences`` that are not organisers (bounded to 10)."""
    out: list[str] = []
    skip = {e.lower() for e in exclude}
    for s in sentences:
        for m in _ORGISH.finditer(s):
            name = m.group(0).strip()
            if name.lower() in skip or name in out or name in _NOT_ORG or is_place(name):
                continue
            out.append(name)
            if len(out) >= 10:
                return out
    return out
