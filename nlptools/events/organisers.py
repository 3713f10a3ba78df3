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
#: "anordnas av riksorganisationen X ska leva": after a kind-of-organisation noun the name runs to the clause end.
_AGENT_NOUN = re.compile(
    r"\b(?i:arrangera(?:d|de|des|s|t)?|anordna(?:d|de|des|s|t)?|organisera(?:d|de|des|s|t)?|i\s+regi|"
    r"organi[sz]ed|hosted|arranged)\s+(?:av|by)\s+(?:the\s+)?[a-zåäö]*(?:organisationen|föreningen|förbundet|"
    r"nätverket|stiftelsen|bolaget|företaget|myndigheten|organisation|association|network|foundation|company)"
    rf"[ \t]+(?P<name>[{_UP}][^\n.,;:()!?]{{1,60}})"
)
#: "X has (officially) opened its new …", "X invigde sin nya …": an organisation opening its own site.
_OPENS_OWN = re.compile(
    rf"(?P<org>{_ORG})[ \t]+(?:(?:has|have|har)[ \t]+)?(?:\w+ly[ \t]+|officiellt[ \t]+)?"
    r"(?:opened|inaugurated|invigde|invigt|öppnade|öppnat)[ \t]+(?:its|their|sin|sitt|sina)\b"
)
#: People who "arrangerat konferensen … vid X": the institution they work at arranged it.
ARRANGED_AT_CHARS = 8000
#: "när X (på tisdagskvällen) delar ut sina stipendier": an organisation handing out its own awards hosts the event.
_GIVES_OWN = re.compile(
    rf"(?P<org>{_ORG})(?:[ \t]+(?:på|under|i)[ \t]+[a-zåäö]+)?[ \t]+(?:delar|delade)[ \t]+ut[ \t]+(?:sina|sitt|sin)\b"
)
_ARRANGED_AT = re.compile(
    r"\b(?:arrangera(?:t|de)|anordna(?:t|de)|organi[sz]ed|arranged)\b[^.\n]{0,160}?\b(?:vid|från|at|from)[ \t]+"
    rf"(?P<org>[{_UP}][\w-]*(?:universitetet|högskolan|institutet)|{_W}(?:[ \t]+{_W}){{0,3}}[ \t]+"
    r"(?:universitet|högskola|University|Institute|kommun|AB))\b"
)
#: "A:s och Bs kind": the genitives before the one joined by "och"; a lower-case definite one ("kommunens") too.
_GENITIVE_LIST = re.compile(
    rf"(?P<first>{_ORG}?)(?::s|s)[ \t]+(?:och|and)[ \t]+(?P<second>{_ORG}?(?::s|s)|[a-zåäö]+(?:ens|ets))"
    r"[ \t]+(?P<kind>\w+)"
)
_LABEL = re.compile(rf"\b(?:Arrangörer?|Arrangör|Organi[sz]ers?|Host)\s*(?::|är|var|was|were|is)\s*{_LIST}")
_GENITIVE = re.compile(
    rf"(?P<org>{_ORG}?)(?::s|s)(?:[ \t]+[–—-][ \t]+[^–—\n]{{1,60}}?[ \t]+[–—]|[ \t]+\([^()\n]{{1,60}}\))?"
    r"[ \t]+(?P<kind>\w+)"
)  # "Xs årskonferens", "Xs – full name – årskonferens"
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
        for m in _GENITIVE_LIST.finditer(s):
            if m["kind"].lower() in kind_words and m["first"] and m["first"] not in _NOT_ORG:
                second = m["second"][:-2] if m["second"].endswith(":s") else m["second"][:-1]
                add([m["first"], second])
        for m in _AGENT_NOUN.finditer(s):
            words = m["name"].split()
            if len(words) <= 6:
                add([" ".join(words)])
        for m in _OPENS_OWN.finditer(s):
            add(_split(m["org"]))

    for m in _ARRANGED_AT.finditer(text[:ARRANGED_AT_CHARS]):  # also in a quote's attribution ("…, säger X som …")
        if any(k.word.lower() in kind_words for k in find_kinds(m.group(0))):
            add([m["org"]])
    for m in _GIVES_OWN.finditer(text[:ARRANGED_AT_CHARS]):  # also in a quote's attribution
        add(_split(m["org"]))
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
