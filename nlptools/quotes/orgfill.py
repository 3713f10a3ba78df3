"""Organisations filled in after attribution: from the article's other sentences.

* a definite noun (``universitetets rektor``, ``Klustrets vd``) → the organisation the article
  names with that head, else the one starting the sentence before;
* owner roles (``grundaren``, ``vd:n``, ``chief executive``) → the company just named, else the
  lead's subject; groups (``styrelsen``) → the organisation named just before;
* lead companies and universities, wire-style ``COMPANY:`` titles;
* a speaker's organisation and role found at one quote fill the gaps at their others.
"""

from __future__ import annotations

import re

from ..types import Quote
from .lexicon import NATIONALITY_ENDINGS, ORG_KIND_NOUNS, PLACE_PREPS
from .lexicon import COMMON_CAPITALISED, FEMALE_NAMES, MALE_NAMES, ORG_NOUN_SUFFIXES, ORG_WORDS
from .resolve import Resolver
from .speakers import NameIndex, guess_gender


def named_antecedent(text: str, quotes: list[Quote]) -> None:
    """A definite organisation noun → the organisation the article names with it.

    ``Föreningens ordförande`` after ``Föräldraföreningen har …`` → ``Föräldraföreningen``;
    ``universitetets rektor`` with ``Västerbro universitet`` in the lead → ``Västerbro universitet``;
    ``regionen`` with ``Region Västerbro`` → ``Region Västerbro``. Only when one such name exists.
    """
    resolved: dict[tuple[str | None, str], str] = {}
    for q in quotes:
        org = q.organisation
        if not org or " " in org or not org.lower().endswith(("en", "et", "an")):
            continue
        low = org.lower()
        found = None
        if org[:1].isupper():
            for m in re.finditer(rf"\b([A-ZÅÄÖ][\w-]*{re.escape(low)})\b((?:\s+[A-ZÅÄÖ][\w-]+)?)", text[: q.start]):
                after = m.group(2).strip()
                name = m.group(1) + (m.group(2) if after and after.lower() not in FEMALE_NAMES | MALE_NAMES | COMMON_CAPITALISED else "")
                if name != org:
                    found = name  # "Energiklustret Norrsken" for "Klustrets vd"
        if found is None and low.endswith(ORG_NOUN_SUFFIXES):
            stem = low[:-2] if low.endswith(("en", "et")) else low
            forms = {stem, low}
            names: set[str] = set()
            for f in forms:
                pre = rf"\b((?:[A-ZÅÄÖ][\w-]*\s+){{1,3}}{re.escape(f)})(?![\w-])"  # "Västerbro universitet"
                post = rf"\b({re.escape(f.capitalize())}(?:\s+i)?(?:\s+[A-ZÅÄÖ][\w-]+){{1,2}})"  # "Region Västerbro", "Högskolan i Vallsjö"
                for pat in (pre, post):
                    for m in re.finditer(pat, text):
                        cand = m.group(1)
                        first = cand.split()[0]
                        if first.lower() in COMMON_CAPITALISED or first.lower().rstrip("s") in COMMON_CAPITALISED:
                            continue
                        names.add(cand)
            if len(names) == 1:
                found = names.pop()
            elif not names and low in ORG_NOUN_SUFFIXES:  # "Fackförbundet Vårdförbundet är kritiskt. Avdelningens ordförande …"
                para_end = text.find("\n", q.end)
                found = _previous_sentence_org(text, low, len(text) if para_end < 0 else para_end)
        if found:
            resolved[(q.speaker, org)] = found
            q.organisation = found
    for q in quotes:  # a headline or crosshead above the mention takes what its body quote resolved to
        q.organisation = resolved.get((q.speaker, q.organisation), q.organisation)


def _previous_sentence_org(text: str, noun: str, before: int) -> str | None:
    """The organisation that starts the sentence before the last mention of ``noun`` (a definite noun)."""
    hits = list(re.finditer(rf"\b{re.escape(noun)}s?\b", text[:before], re.IGNORECASE))
    if not hits:
        return None
    cut = text[: hits[-1].start()]
    pieces = [p for p in re.split(r"(?<=[.!?:])\s+|\n\s*\n", cut) if p.strip()]
    if not pieces:
        return None
    prev = pieces[-1] if re.search(r"[.!?:]\s*$", cut) or cut.endswith("\n") else (pieces[-2] if len(pieces) > 1 else None)
    if prev is None:
        return None
    prev = prev.strip().lstrip("–—‒-” \"")
    found = _sentence_subject(prev, NameIndex.build(text), [])
    return None if found is None or guess_gender(found) is not None else found


_SHARE_LIMIT = 50


def share_within_speaker(quotes: list[Quote]) -> None:
    """A speaker's organisation/role found at one quote fills the gaps at their other quotes."""
    by_speaker: dict[str, list[Quote]] = {}
    for q in quotes:
        if q.speakers is None and q.speaker is not None:
            by_speaker.setdefault(q.speaker, []).append(q)
    for q in quotes:
        if q.speakers is not None or q.speaker is None:
            continue
        for other in by_speaker[q.speaker][:_SHARE_LIMIT]:  # bounded: a speaker's first quotes carry the profile
            if other is q:
                continue
            if q.organisation is None and other.organisation is not None and (q.role is None or q.role == other.role):
                q.organisation = other.organisation
            if q.role is None and other.role is not None and (q.organisation is None or q.organisation == other.organisation):
                q.role = other.role


_OWNER_ROLES = re.compile(
    r"^(?:\w*(?:chefen|direktören|grundaren|ägaren|ledaren|ansvarige|samordnaren|strategen)|vd|vd:n|ny\s+vd|rektorn|\w*ordföranden|the\s+(?:co-?)?founder|the\s+owner"
    r"|chief\s+executive|chief\s+executive\s+officer|managing\s+director)$",
    re.IGNORECASE
)


def definite_role_company(text: str, units: list, index: NameIndex, resolver: Resolver, quotes: list[Quote]) -> None:
    """``Ett av bolagen är Sensably. … säger grundaren Erik Lund``: the definite role points at the company just named."""
    from .lexicon import COMMON_CAPITALISED
    from .organisations import is_place
    from .speakers import capital_runs, guess_gender

    for q in quotes:
        if q.organisation is not None or not q.role or not _OWNER_ROLES.match(q.role.strip()):
            continue
        prev = [u for u in units if u.end <= q.start and not u.is_title and not u.is_dash]
        if not prev:
            continue
        u = prev[-1]
        names = [w for n in resolver._confirmed() for w in n.split()]
        found: list[tuple[str, bool]] = []  # (organisation, looks like one), nearest first
        for run in reversed(capital_runs(text, u.start, u.end)):
            sentence_start = run.start == u.start or text[run.start - 2 : run.start].strip() in (".", "!", "?")
            words = run.text.split()
            rs = run.start
            w0 = words[0].lower()
            common = w0 in index.lower_vocab | COMMON_CAPITALISED or (
                len(w0) > 5 and w0.endswith(("en", "et")) and not w0.endswith(ORG_NOUN_SUFFIXES)
            )  # "Konkurrenten Norrström Kraft": a definite common noun before the name
            if sentence_start and len(words) >= 2 and common:
                rs = text.index(words[1], run.start)  # "Även Tollby Chark har gått med": drop the sentence's first word
                words, sentence_start = words[1:], False
            if len(words) >= 2 and words[0].lower().endswith(("-based", "baserade")):
                rs = text.index(words[1], rs)  # "Gothenburg-based Vindkraft Marin AB"
                words = words[1:]
            after = text[run.end : run.end + 20].split()[:1]
            if len(words) == 1 and after and after[0].islower() and words[0].lower().endswith(_ADJECTIVE_ENDINGS):
                continue  # "off the Scottish coast", "den svenska marknaden": an adjective
            kind = len(words) >= 2 and words[0][1:].islower() and words[0].lower().endswith(ORG_NOUN_SUFFIXES)
            if kind and (len(words) >= 3 or not words[0].lower() in ORG_NOUN_SUFFIXES):
                rs = text.index(words[1], rs)  # "Fotbollsklubben Ekeby IF" → "Ekeby IF", "Energibolaget Nordvind" → "Nordvind"
                words, sentence_start = words[1:], False
            prev_word = text[max(u.start, rs - 12) : rs].split()[-1:]
            if prev_word and prev_word[0].lower() in _PLACE_WORDS:
                continue  # "Störst ökning syns i Västra Götaland", "linjerna till Berlin och Aten": places
            proper = len(words) >= 2 and not any(w.lower() in index.lower_vocab | COMMON_CAPITALISED for w in words)
            if sentence_start and proper and guess_gender(" ".join(words)) is None:
                sentence_start = False  # "LRF Ungdomen ser samma trend …": a name, not a capitalised first word
            if sentence_start or any(w in names for w in words) or is_place(run.text) or (
                index.name_tokens(run) and len(words) >= 2 and guess_gender(" ".join(words)) is not None
            ):
                continue
            strong = kind or any(w.lower() in ORG_WORDS or (w.isupper() and len(w) > 1) for w in words)
            found.append((text[rs : run.end], strong))
        if found:
            q.organisation = next((o for o, strong in found if strong), found[0][0])
    share_within_speaker(quotes)
    names = [w for n in resolver._confirmed() for w in n.split()]
    for q in quotes:  # a group ("styrelsen", "the board") of the organisation the narration just named
        if q.organisation is not None or not q.speaker or not q.speaker[:1].islower() or q.speakers is not None:
            continue
        prev = [u for u in units if u.end <= q.start and not u.is_title and not u.is_dash]
        if prev:
            last = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", prev[-1].text.strip())[-1]
            q.organisation = _sentence_subject(last, index, names)
    for q in quotes:  # else the organisation the lead is about: "Almi Företagspartner beviljade …"
        if q.organisation is None and q.role and (_OWNER_ROLES.match(q.role.strip()) or _company_word_near(text, q.speaker)):
            q.organisation = _lead_subject(text, units, index, [w for n in resolver._confirmed() for w in n.split()])


_COMPANY_WORDS = re.compile(
    r"\b(?:the\s+(?:company|firm|start-?up|organisation|organization|charity|group)['’]s|its|bolagets|företagets|"
    r"koncernens|organisationens|föreningens)\s+(?:\S+\s+){0,5}?$|^,?\s*(?:the\s+(?:company|firm|start-?up|"
    r"organisation|organization|charity)['’]s|its)\s",
    re.IGNORECASE,
)


def _company_word_near(text: str, speaker: str | None) -> bool:
    """Is the speaker's first mention tied to "the company's" / "bolagets" (the organisation the lead names)?"""
    if not speaker or " " not in speaker:
        return False
    i = text.find(speaker)
    if i < 0:
        return False
    before, after = text[max(0, i - 60) : i], text[i + len(speaker) : i + len(speaker) + 30]
    return bool(_COMPANY_WORDS.search(before) or _COMPANY_WORDS.search(after))


def _lead_subject(text: str, units: list, index: NameIndex, names: list[str]) -> str | None:
    for u in units:
        if u.is_title or u.is_dash or _BYLINE.match(u.text):
            continue  # "Av Karin Ljung", "Text och foto: …" come before the lead
        return _sentence_subject(_DATELINE.sub("", u.text, count=1), index, names)
    return None


_BYLINE = re.compile(r"^(?:Av|By|Text|Foto|Bild|Photo|Text\s+och\s+foto|Text\s+&\s+foto)\b[^.\n]{0,60}$")
_DATELINE = re.compile(r"^[A-ZÅÄÖ][A-ZÅÄÖ -]{2,30}(?:\.|\s+[–—-])\s+")


def _sentence_subject(sentence: str, index: NameIndex, names: list[str]) -> str | None:
    """The organisation a sentence starts with (``Almi Företagspartner beviljade …``), else ``None``."""
    from .lexicon import COMMON_CAPITALISED, ORG_WORDS
    from .organisations import is_place

    of = re.match(r"([A-ZÅÄÖ][a-zåäö]+)\s+(?:för|vid|på|of|at)\s+((?:the\s+)?[A-ZÅÄÖ][\w&-]*(?:\s+[A-ZÅÄÖ][\w&-]*){0,3})\s+[a-zåäö]", sentence)
    if of and (of.group(1).lower().endswith(ORG_NOUN_SUFFIXES) or of.group(1).lower() in ("board", "management")):
        named = re.sub(r"^the\s+", "", of.group(2))
        if not is_place(named) and guess_gender(named) is None:
            return named  # "Styrelsen för Ekeby Energi har utsett …" → "Ekeby Energi"
    m = re.match(r"([A-ZÅÄÖ][\w&-]*(?:\s+[A-ZÅÄÖ][\w&-]*){0,3}),?\s+[a-zåäö]", sentence)
    if not m or sentence[m.end(1) :].split()[:1] in (["och"], ["and"], ["&"]):
        return None  # "Ekeby och Byvik ska …": a coordination, not one organisation
    words = m.group(1).split()
    nxt = sentence[m.end(1) :].split()[:1]
    if nxt and nxt[0].islower() and nxt[0].endswith(ORG_NOUN_SUFFIXES) and not m.group(1).endswith(","):
        words.append(nxt[0])  # "Ekeby flygplats hade …"
    if len(words) >= 2 and words[0].lower().endswith(("-based", "baserade")):
        words = words[1:]  # "Gothenburg-based Vindkraft Marin AB", "Ekebybaserade Sensora AB"
    kind = len(words) >= 2 and words[0][1:].islower() and (
        words[0].lower() in index.lower_vocab | _KIND_NOUNS
        or words[0].lower().endswith(("organisationen", "förbundet", "föreningen", "företaget", "bolaget"))
        or (len(words[0]) > 5 and words[0].lower().endswith(("en", "et")) and not words[0].lower().endswith(ORG_NOUN_SUFFIXES))
    )  # "Konkurrenten Norrström Kraft", "Intresseorganisationen Tågforum"
    if not kind and len(words) >= 3 and words[0][1:].islower() and words[0].lower().endswith(ORG_NOUN_SUFFIXES):
        kind = True  # "Fotbollsklubben Ekeby IF" → "Ekeby IF" ("Stiftelsen Norden" keeps its kind noun)
    if kind:
        words = words[1:]  # "Intresseorganisationen Resenärsforum" → "Resenärsforum"
    if words[0].lower() in COMMON_CAPITALISED or any(w in names for w in words) or is_place(m.group(1)):
        return None
    if len(words) == 1 and words[0].lower() in index.lower_vocab and words[0].lower() not in ORG_WORDS:
        return None  # a capitalised common word ("Forskare …")
    if len(words) == 1 and not kind and not words[0].isupper() and words[0].lower().endswith(("en", "et", "na", "erna")):
        return None  # a Swedish definite noun ("Vintersäsongen blev …")
    return " ".join(words)


_PLACE_WORDS = PLACE_PREPS
_ADJECTIVE_ENDINGS = NATIONALITY_ENDINGS
_KIND_NOUNS = ORG_KIND_NOUNS


_COMPANY = re.compile(r"\b((?:[A-ZÅÄÖ][\w&-]*\s+){1,4}(?:AB|Inc\.|Ltd|Oy|ASA|GmbH|plc|LLC|AS|A/S))(?![\w])")


_ACADEMIC = re.compile(
    r"^(?:professor|forskare|forskaren|lektor|docent|doktorand|rektor|prorektor|dekan|researcher|lecturer|dean"
    r"|vice-chancellor|chancellor|rector|doctoral\s+student|phd\s+student|postdoc|postdoktor)\b",
    re.IGNORECASE,
)
_LEAD_UNIVERSITY = re.compile(
    r"^([A-ZÅÄÖ][\w-]*(?:\s+[a-zåäö]+ska)?\s+(?:universitet|högskola|högskolan|institutet))\b"
)


_NAMED_UNIVERSITY = re.compile(
    r"\b((?:[A-ZÅÄÖ][\w-]*\s+){1,5}(?:Institutet|Universitet|Högskola)"
    r"|(?:[A-ZÅÄÖ][\w-]*\s+){0,5}(?:University|Institute)(?:\s+of(?:\s+[A-ZÅÄÖ][\w-]*){1,5})?)\b"
    r"|\b([A-ZÅÄÖ][\w-]*s\s+universitet)\b"
)


def lead_company(text: str, units: list, quotes: list[Quote]) -> None:
    """The lead's own organisation is the implied one of its vd/CEO (``Norrtech AB``) or professor
    (``Luleå tekniska universitet har utsett två nya professorer``)."""
    body = [u for u in units if not u.is_title][:2]
    found = {m.group(1) for u in body for m in _COMPANY.finditer(u.text)}
    company = found.pop() if len(found) == 1 else None
    first_sentence = re.split(r"(?<=[.!?])\s", body[0].text, maxsplit=1)[0] if body else ""
    m = _LEAD_UNIVERSITY.match(first_sentence) or _NAMED_UNIVERSITY.search(first_sentence)
    university = (m.group(1) or m.group(m.lastindex or 1)) if m else None
    if university and university.startswith("The "):
        university = university[4:]
    for q in quotes:
        if q.organisation is not None or not q.role or q.speakers is not None:
            continue
        if company and _CORPORATE.match(q.role.strip()):
            q.organisation = company
        elif university and _ACADEMIC.match(q.role.strip()):
            q.organisation = university


_CORPORATE = re.compile(r"^(?:vice\s+)?(?:vd|vd:n|ceo|cfo|cto|coo|finanschef|koncernchef|ekonomichef|styrelseordförande)$", re.IGNORECASE)
_WIRE_TITLE = re.compile(r"^([A-ZÅÄÖ0-9&.\- ]{2,30}):\s")


def wire_company(text: str, title: str | None, quotes: list[Quote]) -> None:
    """News-wire titles name the company first (``NOTE: ORDERLÄGE …``): the implied organisation of its vd/CFO."""
    m = _WIRE_TITLE.match(title or "")
    if not m:
        return
    name = m.group(1).strip()
    body = text[len(title or "") :]
    found = re.search(rf"\b({re.escape(name)})(?:s)?\b", body, re.IGNORECASE)
    if not found or found.group(1).isupper() and len(name) > 4:
        return
    for q in quotes:
        if q.organisation is None and q.role and _CORPORATE.match(q.role.strip()) and q.speakers is None:
            q.organisation = found.group(1)
