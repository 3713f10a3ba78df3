"""Role and organisation of a speaker, from appositions, prepositions and party letters.

Examples of what is recognised::

    Carmen Ruiz, Head of Strategy and Portfolio Manager på OpenLab
        → role "Head of Strategy and Portfolio Manager", organisation "OpenLab"
    Malin Thelin från Bron Innovation              → organisation "Bron Innovation"
    oppositionsrådet Per Olof Lindvall (M)       → role "oppositionsrådet", organisation "M"
    Tim Sterner, Compare                           → organisation "Compare"
    Ekliden Science Parks vd, Tore Hallgren   → role "vd", organisation "Ekliden Science Park"

The split point between role and organisation is the last preposition of the
strongest kind (``på``/``vid``/``hos``/``at`` before ``för``/``från``/``of``
before ``i``/``in``), so ``chef på Regional utveckling på kommunalförbundet``
gives the role ``chef på Regional utveckling`` and the organisation
``kommunalförbundet``.
"""

from __future__ import annotations

from .lexicon import ACADEMIC_FIELDS, DEFINITE_ORG_NOUNS, NOT_ORG_DEFINITES, ORG_CONNECTORS, ORG_PREPS_MID, ORG_PREPS_STRONG, ORG_PREPS_WEAK, ORIGIN_PREPS, PARTY_NAMES, PLATFORMS, POLITICAL_BODIES
from .lexicon import HONORIFICS  # noqa: I001

import re
from dataclasses import dataclass

from .lexicon import (
    CONTINUATION_WORDS,
    FEMALE_NAMES,
    MALE_NAMES,
    ORG_NOUN_SUFFIXES,
    PARTIES,
    PLACES,
    is_role_word,
)

_STRONG = ORG_PREPS_STRONG
_MID = ORG_PREPS_MID
_WEAK = ORG_PREPS_WEAK
_PLACE_PREPS = ORIGIN_PREPS
_PARTY = re.compile(r"^\s*\(\s*(" + "|".join(sorted(PARTIES, key=len, reverse=True)) + r")\s*\)")
_PARTY_ANYWHERE = re.compile(r"\s*\(\s*(" + "|".join(sorted(PARTIES, key=len, reverse=True)) + r")\s*\)")
_PAREN = re.compile(r"^\s*\([^()]{0,40}\)")
_WORD = re.compile(r"\S+")
_MEMBER_ROLE = re.compile(
    r"(?:ordförande|ordföranden|ledamot|ledamoten|medlem|råd|rådet|hövding|hövdingen|ombud|sekreterare|kassör"
    r"|talesperson|vd|chef|direktör|ledare|member|chair|chairman|president|director)$",
    re.IGNORECASE,
)
_FIELDS = ACADEMIC_FIELDS
_POLITICAL_BODIES = POLITICAL_BODIES
_PARTY_NAMES = PARTY_NAMES


@dataclass(slots=True)
class Profile:
    """What the text says about a speaker: role, organisation, party letters."""

    role: str | None = None
    organisation: str | None = None
    party: str | None = None

    def merged(self, other: Profile) -> Profile:
        """Fill this profile's gaps from ``other``."""
        return Profile(self.role or other.role, self.organisation or other.organisation, self.party or other.party)

    @property
    def org_or_party(self) -> str | None:
        return self.organisation or self.party

    def political(self) -> Profile:
        """A politician's profile with party letters: the elected body stays in the role, the party is
        the organisation (``Kommunstyrelsens ordförande Eva Ek (S)`` → role ``kommunstyrelsens ordförande``,
        organisation ``S``), and a party's own name gives way to its letters (``Liberalernas gruppledare
        Sanna Ek (L)`` → ``L``)."""
        if not self.party or not self.organisation:
            return self
        low = self.organisation.lower()
        if " " not in low and low.endswith(_POLITICAL_BODIES) and self.role and not self.role.lower().startswith(low):
            return Profile(f"{low}s {self.role}", None, self.party)
        if _PARTY_NAMES.get(low) == self.party:
            return Profile(self.role, None, self.party)
        return self

    def empty(self) -> bool:
        return not (self.role or self.organisation or self.party)


def _cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def strip_genitive(org: str) -> str:
    """``Ekliden Science Parks`` → ``Ekliden Science Park``; ``City’s`` → ``City``; ``IKEA:s`` → ``IKEA``."""
    if re.search(r":s$", org):
        return org[:-2]
    org = re.sub(r"['’]s?$", "", org)
    if org.endswith("s") and not org.endswith(("ss", "us")) and len(org) > 3:
        org = org[:-1]
    return org


def is_place(text: str) -> bool:
    return text.strip(" ,.;:()").lower() in PLACES


_CONNECTORS = ORG_CONNECTORS


def trim_org(org: str | None) -> str | None:
    """Keep the organisation's own words: ``Bron Innovation leder arbetet`` → ``Bron Innovation``."""
    if not org:
        return None
    words = org.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    keep: list[str] = []
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        bare = w.strip(",.;:()")
        nxt_bare = nxt.strip(",.;:()")
        if _cap(bare) or (k == 0 and bare.lower().endswith(ORG_NOUN_SUFFIXES)) or keep and bare.lower() in _CONNECTORS and _cap(nxt):
            keep.append(w)
        elif keep and keep[-1].endswith("-") and bare.lower() in ("och", "and", "eller", "or", "&"):
            keep.append(w)  # "Hjärt- och lungföreningen"
        elif keep and bare.lower().endswith(ORG_NOUN_SUFFIXES):
            keep.append(w)
            if bare == w and bare.endswith(("en", "et", "an")) and _cap(nxt_bare) and nxt_bare.lower() not in FEMALE_NAMES | MALE_NAMES:
                keep.append(nxt)  # "Hjärt- och lungföreningen Västerbro"
            break
        elif keep and keep[-1][0].isupper() and bare == w and bare.isalpha() and bare.endswith("a") and nxt_bare == nxt and nxt_bare.islower() and nxt_bare.endswith(ORG_NOUN_SUFFIXES):
            keep += [w, nxt]  # "Ekeby tekniska högskola", "Mälardalens nya sjukhuset"
            break
        elif keep and keep[-1][0].isupper() and keep[-1].endswith("s") and bare.isalpha() and bare.islower() and len(bare) > 4 and bare not in _CONNECTORS:
            keep.append(w)  # "Norrbottens handelskammare", "Lunds universitet"
            if bare == w and nxt_bare == nxt and nxt_bare.islower() and nxt_bare.endswith(ORG_NOUN_SUFFIXES):
                keep.append(nxt)  # "Norrviks tekniska högskola"
            break
        else:
            break
    if keep and (keep[0].strip(".").lower() in HONORIFICS or (len(keep) >= 2 and keep[0].lower() in FEMALE_NAMES | MALE_NAMES and _cap(keep[-1]))):
        return None  # "Dr Elizabeth Earland", "Anna Ek": a person ("Gunnar Ohlins stiftelse" is not)
    out = " ".join(keep).strip(" ,;:()")
    if out.endswith(".") and not re.search(r"\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr|AG|S\.A|N\.V)\.$", out):
        out = out.rstrip(".")
    if not out or not any(ch.isalpha() for ch in out) or re.search(r"\d{3}|@", out):
        return None
    return out


_COORD_PERSON = re.compile(r"\s+(?:och|and|&)\s+([A-ZÅÄÖ][\w-]+)\s+([A-ZÅÄÖ][\w-]+)(?=\s+(?:från|from|på|at|of|vid|hos)\s|,)")


def _cut_coordinated_person(seg: str) -> str:
    """``Norrfors Open and Alice Holmer from WIN`` → ``Norrfors Open`` (a second person starts after "and")."""
    for m in _COORD_PERSON.finditer(seg):
        if not is_role_word(m.group(2)) and not is_role_word(m.group(1)):
            return seg[: m.start()]
    return seg


_REL = (
    r"(?:som\s+(?:(?:i\s*dag|numera|nu|sedan\s+\S+|fortfarande)\s+)?(?:är|var|arbetar|jobbar|driver|äger|grundade)"
    r"|who\s+(?:is|was|now\s+is|is\s+now|works|runs|owns|founded|co-founded))"
)
_DETERMINERS = re.compile(r"^(?:(?:" + _REL + r"|a|an|the|its|their|his|her)\s+)+(?:[\w-]+['’]s\s+)?", re.IGNORECASE)


def split_role_org(segment: str) -> Profile:
    """Role and organisation of one apposition segment (``vd för Cluster 55``)."""
    seg = _cut_coordinated_person(segment.strip(" ,;:()")).strip(" ,;:()")
    if seg.endswith(".") and not re.search(r"\b(?:Inc|Ltd|Co|Corp|Bros|AG)\.$", seg):
        seg = seg.rstrip(".")
    seg = _DETERMINERS.sub("", seg)  # "the company's CEO" → "CEO", "som är vd på X" → "vd på X"
    seg = re.sub(r"\s+(?:sedan|since)\s+(?:\d{4}|\w+\s+år)\s*$", "", seg)  # "kund sedan 2019" → "kund"
    if not seg:
        return Profile()
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(seg)]
    if len(words) >= 3 and words[-2][2].lower() == "of" and words[-1][2].lower() in _FIELDS:
        return Profile(seg, None)  # "Dean of Science", "Director of Research": a field, not an organisation
    best: tuple[int, int, int] | None = None  # (strength, word index, words skipped)
    for k, (_s, _e, w) in enumerate(words[:-1]):
        lw = w.lower()
        nxt = words[k + 1][2]
        if lw == "of" and k > 0 and words[k - 1][2].lower() in ("head", "chief"):
            continue  # "Head of R&D" is a role
        j = k + 1
        if nxt.lower() == "the" and k + 2 < len(words):
            j += 1
            nxt = words[j][2]
        skip = 0
        definite = nxt.endswith(ORG_NOUN_SUFFIXES) or (len(nxt) > 5 and nxt.endswith(("et", "en", "an"))) or j > k + 1
        if nxt.isalpha() and nxt.islower() and definite and j + 1 < len(words) and _cap(words[j + 1][2]):
            # "ordförande i simklubben Stensjö SS", "på åkeriet Norrbäcks Transport", "of the group Data Rights Now"
            nxt, skip = words[j + 1][2], j - k
        strength = 3 if lw in _STRONG else 2 if lw in _MID and _cap(nxt) else 1 if lw in _WEAK and _cap(nxt) else 0
        if strength and (best is None or strength >= best[0]):
            best = (strength, k, skip)
    if best is not None:
        k = best[1]
        role = seg[: words[k][0]].strip(" ,") or None
        org = trim_org(seg[words[k + best[2]][1] :].strip(" ,"))
        if org and words[k][2].lower() in _PLACE_PREPS and is_place(org):
            org = None
        if org and words[k][2].lower() in _WEAK and " " not in org and not org.isupper() and not (role and _MEMBER_ROLE.search(role)):
            org = None  # "mjölkbonde i Västanfors": where a farmer lives ("landshövding i Norrbotten" is an office)
        return Profile(role, org)
    # no preposition: "vice vd", "Compare", "verksamhetschef Norrfors", "CFO"
    head: list[str] = []
    for _s, _e, w in words:
        if _cap(w) and not is_role_word(w) and head and not head[-1].endswith("-"):
            break
        if _cap(w) and not is_role_word(w) and not head:
            break
        head.append(w)
    tail = " ".join(w for *_x, w in words[len(head) :])
    role = " ".join(head) or None
    if role is None and any(is_role_word(w) for *_x, w in words):
        return Profile(seg, None)
    if tail and is_place(tail):
        tail = ""
    return Profile(role, trim_org(tail))


_PLATFORMS = PLATFORMS


def parse_apposition(text: str, *, attribution: bool = False) -> Profile:
    """Role/organisation/party from what follows a name: ``(M)``, ``, vd för X``, ``från Y``."""
    prof = Profile()
    rest = text
    m = _PARTY.match(rest)
    if m:
        prof.party = m.group(1)
        rest = rest[m.end() :]
    inner = _PARTY_ANYWHERE.search(rest)
    if inner and not prof.party:  # "Bo Ek, kommunstyrelsens ordförande (S) i Umeå"
        prof.party = inner.group(1)
        rest = rest[: inner.start()] + rest[inner.end() :]
    while (p := _PAREN.match(rest)) is not None:  # "(picture)", "(foto)"
        rest = rest[p.end() :]
    rest = rest.strip()
    if not rest:
        return prof
    if rest[0] == ",":
        rest = rest[1:]
    else:
        words = rest.split()
        preps = _STRONG | _PLACE_PREPS | (frozenset({"of", "vid"}) if attribution else frozenset())
        nxt = words[2] if len(words) > 2 and words[1].lower() == "the" else words[1] if len(words) > 1 else ""
        starts_prep = words[0].lower() in preps and _cap(nxt)
        if starts_prep and words[1].strip(".,").lower() in _PLATFORMS:
            return prof  # "skriver X på Linkedin": where, not who
        relative = re.match(_REL + r"\s", rest)
        if not (starts_prep or relative or is_role_word(words[0])):
            return prof
    for n, seg in enumerate(s.strip() for s in re.split(r",\s+", rest)[:3]):
        first = seg.split()[0].lower() if seg.split() else ""
        relative = re.match(_REL + r"\s", seg)
        if not first or first in CONTINUATION_WORDS or (first in ("som", "who", "which", "whose", "vars", "where", "där") and not relative):
            break
        rel = re.search(r"\s+(?:who|which|som|där|where)\s", seg)
        if rel and not re.match(_REL, seg[rel.start() :].strip()):
            seg = seg[: rel.start()]  # "a doctoral student who will be among the first …" → "a doctoral student"
        part = split_role_org(seg)
        plausible = attribution and n == 0 and len(seg.split()) <= 8 and seg[:1].islower()
        if part.role and (len(part.role.split()) > (14 if attribution else 8) or re.search("[”“\"»«]", part.role)):
            break  # narration, not a title
        if part.role and not plausible and not any(is_role_word(w) for w in part.role.split()[:4]):
            # narration after a comma ("Sara Ekwall, får utmärkelsen …") is neither role nor organisation
            part.role = None
            part.organisation = None
        if n > 0 and part.role and not part.organisation and not any(is_role_word(w) for w in seg.split()):
            break  # a trailing description ("the project owner" is fine, narration is not)
        if prof.party and part.organisation and " " not in part.organisation and re.search(
            r"\b(?:i|in)\s+" + re.escape(part.organisation) + r"$", seg.rstrip(" .")
        ):
            part.organisation = None  # "Eva Ek (C), kommunalråd i Västerkulla": where she serves; the party is hers
        prof.role = prof.role or part.role
        prof.organisation = prof.organisation or part.organisation
        if prof.organisation:
            break
    return prof


_COPULA = re.compile(
    r"\s+(?:är|var|blir|blev|is|was|has\s+been|will\s+be|becomes|became|till|as)\s+"
    r"(?:(?:ny|nya|nytillträdd|tillförordnad|sedan\s+\w+|new|the|a|an|interim)\s+)*"
)


def copula_profile(text: str) -> Profile:
    """``Anna Ek är vd för Uminova.`` → role ``vd``, organisation ``Uminova`` (``text`` follows the name).

    Also appointments: ``valdes Torgerd Janning till ny ordförande``, ``named Jo Li as CEO``.
    """
    m = _COPULA.match(text)
    if not m:
        return Profile()
    rest = text[m.end() :]
    end = re.search(r"[.!?](?:\s|$)|,\s|\s(?:och|and|som|who|sedan|since)\s", rest)
    seg = rest[: end.start()] if end else rest
    part = split_role_org(seg)
    if not part.role or not any(is_role_word(w) for w in part.role.split()[:3]) or len(part.role.split()) > 6:
        return Profile()
    return part


_DEFINITE = DEFINITE_ORG_NOUNS


def definite_org_noun(word: str) -> str | None:
    """A lower-case genitive organisation noun in its definite form: ``kommunens`` → ``kommunen``,
    ``näringsdepartements`` → ``näringsdepartementet``; ``None`` for other words."""
    w = word.strip(",.")
    if not w.islower() or not w.endswith("s") or len(w) < 6:
        return None
    w = w[:-1]
    for suffix, add in _DEFINITE:
        if w.endswith(suffix):
            return w + add
    if w.endswith(("en", "et")) and w not in _NOT_ORGS and len(w) >= 6:
        return w  # another definite noun: "polisens presstalesperson" → "polisen"
    return None


_NOT_ORGS = NOT_ORG_DEFINITES
