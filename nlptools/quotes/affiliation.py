"""Affiliation stage: the speaker's organisation from the whole article, with a validity filter last.

Annotators of real articles fill a quote's organisation wherever the article names
it — the title, the lead, a caption, the press release's sender — also when the
attribution gives only a name or a pronoun.  The earlier passes find the
organisation next to the speaker; this stage

1. drops organisation strings that are not organisations (a person's name, a place,
   a generic noun such as ``företaget``, a caption fragment ``X. Foto: Y``, a word
   that only starts a sentence such as ``Även``);
2. finds the article's *main organisation* — the organisation mention that is most
   salient in the title and lead and recurs in the body (an organisation word, a
   legal suffix, an acronym, or a title word the body repeats) — and gives it to
   single-speaker quotes that have no organisation, or only a party letter
   (a party abbreviation counts only when no other organisation is given).

Word lists live in :mod:`.lexicon`; every regex here is bounded (no nested
unbounded repetition), so the work is linear in the article length.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..types import Quote
from ..events.gazetteer import is_country, is_place
from .lexicon import AREA_SUFFIX_NOUNS, AWARD_FIRST_WORDS, AWARD_LAST_WORDS, DEFINITE_ENDINGS, FUNCTION_WORDS, KIND_NOUNS
from .lexicon import (NOT_ORG_ACRONYMS, COMMON_CAPITALISED, FEMALE_NAMES, MALE_NAMES, ORG_NOUN_SUFFIXES, ORG_WORDS, NATIONAL_TEAM_ROLES, PARTIES, PLACE_SUFFIXES,
                      PLACES, ROLE_WORDS, is_role_word)
from .mentions import plausible_person
from .speakers import _ADDRESSES
from .orgnames import article_places

_CAPW = r"[A-ZÅÄÖÆØÉÜ][\w&'’-]{0,40}"
_LEGAL = r"(?:AB|Inc\.?|Ltd\.?|Oy|Oyj|ASA|GmbH|plc|LLC|AS|A/S|AG|SE)"
#: "Västby kommun", "Luleå tekniska universitet", "Norrfors AB", "Ekliden Science Park"
_SP = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"  # one space or one line break, never a blank line
_ORG_PHRASE = re.compile(
    rf"\b({_CAPW}(?:{_SP}{_CAPW}){{0,3}}(?:{_SP}[a-zåäö]{{3,15}}a)?{_SP}(?:kommun|region|universitet|högskola|län|landsting|{_LEGAL})"
    rf"|(?:{_CAPW}{_SP}){{0,3}}(?:Science{_SP}Park|University(?:{_SP}of{_SP}{_CAPW}(?:{_SP}{_CAPW}){{0,2}})?|Institute|Group|Foundation|Council|Agency))(?![\w/])"
)
_ONE_WORD = re.compile(rf"\b({_CAPW})\b")
_MID_SENTENCE_WORD = re.compile(rf"[\w,] ({_CAPW})(?![\w-])")
_ACRONYM = re.compile(r"\b([A-ZÅÄÖ]{2,6})\b")
_ROLE_CAPS = frozenset(w.upper() for w in ROLE_WORDS if len(w) <= 6)
_KIND_NOUNS = KIND_NOUNS
_BAD_ORG = re.compile(r"(?:\b(?:Foto|Photo|Bild|Text):|\n|^\W)")
_FIRST_NAMES = FEMALE_NAMES | MALE_NAMES
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zåäöéü][\w-]{2,40}")
#: Roles of people quoted from outside the article's organisation (an analyst, a local business owner).
_OUTSIDER_ROLE = re.compile(
    r"\b(?:analyst|analytiker|business\s+owner|företagare|invånare|resident|boende|kund|customer|expert|bedömare|kritiker|critic)\b"
    r"|minister\b",  # a minister speaks for the government, not for the organisation the article is about
    re.IGNORECASE,
)
_IN_PLACE = re.compile(r"^(.{2,60}?)\s+(?:i|in)\s+[A-ZÅÄÖ][\w-]{1,30}s?$")


@dataclass(frozen=True, slots=True)
class OrgMention:
    """An organisation named in the article, with how salient it is."""

    name: str
    score: float


def _is_person(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and words[0].lower() in _FIRST_NAMES and all(w[:1].isupper() for w in words)


def is_award(name: str) -> bool:
    """An award ("Årets Innovatör", "Nordic Design Award") is given by a body; it is not one."""
    words = name.split()
    return bool(words) and ((len(words) > 1 and words[0].lower() in AWARD_FIRST_WORDS) or words[-1].lower() in AWARD_LAST_WORDS)


def valid_organisation(org: str, places: set[str], speakers: frozenset[str] = frozenset()) -> bool:
    """Could ``org`` be an organisation?  Not a person (``speakers``: the article's speakers and their
    name parts, lower case), a place, a generic noun or a fragment."""
    s = org.strip()
    low = s.lower()
    if not s or _BAD_ORG.search(s) or low in _KIND_NOUNS or low in places or is_country(s):
        return False  # a country is where, not who ("delegationen till Norge")
    words = s.split()
    if is_award(s):
        return False
    if words[0].lower() in COMMON_CAPITALISED and words[0][:1].isupper() and len(words) > 1 and words[0].lower() not in ("the",):
        return False  # "Även Bolaget": a sentence-start word in front
    if _is_person(s) or low in speakers or low in _FIRST_NAMES:
        return False
    parts = re.split(r"\s+(?:och|and)\s+", s)
    if len(parts) == 2 and all(_name_like(p) for p in parts):
        return False  # "Kim Berglund och Alex Norén": two people, not an organisation
    return s.count("(") == s.count(")")


_SUFFIX_NOUNS = AREA_SUFFIX_NOUNS


def _completed(org: str, text: str) -> str:
    """An organisation cut short before its head noun: ``Västbys`` → ``Västbys kommun``."""
    w = re.escape(org)
    if org.endswith("s") and " " not in org:
        m = re.search(rf"(?<![\w-]){w}\s+({'|'.join(_SUFFIX_NOUNS)})s?(?![\w-])", text)
        if m:
            return f"{org} {m.group(1)}"
    return org


def _as_written(org: str, text: str) -> str:
    """The name as the article writes it: a genitive ``s`` taken off a name that ends in ``s``
    (``Norrlabs`` → ``Norrlab``) is put back when the article never writes the shorter form alone."""
    if " " in org or not org[:1].isupper() or org.endswith(("s", "en", "et", "na")) or org.lower().endswith(ORG_NOUN_SUFFIXES):
        return org  # "Kommunstyrelsen" is a definite noun: its genitive is "Kommunstyrelsens"
    if re.search(rf"(?<![\w-]){re.escape(org)}(?![\w’'-])", text) is None and re.search(rf"(?<![\w-]){re.escape(org)}s(?![\w-])", text):
        return org + "s"
    return org


def _generic_head(name: str) -> bool:
    """``Högskolan``, ``Region``: a generic institution word whose place is part of the name."""
    last = name.split()[-1].lower()
    return last in ORG_WORDS or last.endswith(ORG_NOUN_SUFFIXES)


def _name_like(s: str) -> bool:
    words = s.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words) and not _org_word(s)


def _org_word(name: str) -> bool:
    toks = [t.lower().strip(".,") for t in name.split()]
    return any(t in ORG_WORDS for t in toks) or toks[-1].endswith(ORG_NOUN_SUFFIXES) or bool(re.search(rf"\s{_LEGAL}$", name))


def organisation_mentions(text: str, title: str | None, places: set[str]) -> list[OrgMention]:
    """Organisation-like mentions with salience: title 3, lead 2, repeats up to 3, organisation word 2."""
    title = (title or "").strip()
    body = text[len(title) :] if title and text.startswith(title) else text
    lead_m = re.search(r"\S(?:[^\n]|\n(?![ \t]*\n)){0,1500}", body)  # the first paragraph (its first 1,500 characters)
    lead = lead_m.group(0) if lead_m else ""
    mid_sentence = {m.group(1) for m in _MID_SENTENCE_WORD.finditer(text)}  # one pass, not one search per word
    found: Counter[str] = Counter()
    kinds: dict[str, str] = {}
    for m in _ORG_PHRASE.finditer(text):
        name = " ".join(m.group(1).split())
        words = name.split()
        while words and words[0].lower() in COMMON_CAPITALISED:
            words.pop(0)
        if len(words) >= 2 or (words and _org_word(words[0]) and words[0].lower() not in ORG_WORDS):  # not a bare "Council"
            name = " ".join(words)
            found[name] += 1
            kinds[name] = "phrase"
    for m in _ONE_WORD.finditer(text):  # "Västbyuniversitetet", "Kulturnämnden": one-word institutions
        w = m.group(1).rstrip("’'")
        if re.search(r"[A-ZÅÄÖ][\w-]*\s$", text[max(0, m.start() - 30) : m.start()]):
            continue  # the last word of a longer name ("… Institutet")
        if len(w) >= 8 and w.lower().endswith(ORG_NOUN_SUFFIXES) and w.lower() not in _KIND_NOUNS:
            if w not in found and w not in mid_sentence:
                continue  # only ever at a sentence start: a common noun ("Moderbolaget"), not a name
            found[w] += 1
            kinds.setdefault(w, "institution")
    for m in _ACRONYM.finditer(text):
        a = m.group(1)
        if a in PARTIES or a in _ROLE_CAPS or a in NOT_ORG_ACRONYMS or a.lower() in places or a.lower() in PLACES:
            continue
        found[a] += 1
        kinds.setdefault(a, "acronym")
    for phrase in _title_phrases(title, body, places):  # the company or club the article is about
        reps = len(re.findall(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", body))
        if reps >= 2 and phrase not in found:
            full = _full_form(phrase, lead, places)  # "Norrfors" in the title, "Norrfors Marine" in the lead
            found[full] = reps
            kinds[full] = "title"
    out = []
    for name, count in found.items():
        if is_award(name):
            continue
        score = min(count, 3) + (3 if name in title else 0) + (2 if name in lead else 0)
        score += 2 if kinds[name] in ("phrase", "institution") or _org_word(name) else 0
        out.append(OrgMention(name, score))
    # a shorter mention contained in a longer one ("Norrfors" in "Norrfors AB") counts for the longer one
    out = sorted(out, key=lambda o: (-o.score, -len(o.name), o.name))[:_MAX_MERGED]  # bounded: pairs below are quadratic
    merged: dict[str, float] = {o.name: o.score for o in out}
    for short in sorted(merged, key=len):
        longer = [n for n in merged if n != short and re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", n)]
        if longer and short in merged:
            best = max(longer, key=lambda n: merged[n])
            merged[best] = max(merged[best], merged.pop(short)) + 1
    return sorted((OrgMention(n, sc) for n, sc in merged.items()), key=lambda o: (-o.score, -len(o.name), o.name))


def _title_phrases(title: str, body: str, places: set[str]) -> list[str]:
    """Capitalised words and runs of them in the title that are no common word, place or person's name."""
    words = [w.strip("”“\"'’:,.!?–-()") for w in title.split()]
    out: list[str] = []
    run: list[str] = []
    for n, w in enumerate(words + [""]):
        ok = len(w) >= 2 and w[:1].isupper() and not w.isupper() and _title_word_ok(w, n, body, places)
        if ok:
            run.append(re.sub(r"(?<=[a-zåäö])(?:s|['’]s)$", "", w) if len(run) == 0 and n == len(words) - 1 else w)
            continue
        if run:
            out += [" ".join(run)] + (run if len(run) > 1 else [])
            run = []
    return out


def _full_form(name: str, lead: str, places: set[str]) -> str:
    """The lead's longer form of a title name: ``Norrfors`` → ``Norrfors Marine`` when the lead writes it so."""
    m = re.search(rf"(?<![\w-]){re.escape(name)}((?: [A-ZÅÄÖ][a-zåäö]+){{1,2}})(?![\w-])", lead)
    if not m:
        return name
    extra = m.group(1).split()
    if any(w.lower() in COMMON_CAPITALISED or w.lower() in _FIRST_NAMES or w.lower() in places or w.lower() in PLACES for w in extra):
        return name
    return name + m.group(1)


def _title_word_ok(w: str, n: int, body: str, places: set[str]) -> bool:
    low = w.lower()
    if low in COMMON_CAPITALISED or low in _FIRST_NAMES or low in places or low in PLACES or low in ROLE_WORDS:
        return False
    if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", body):
        return False  # used as a common word in the body: capitalised only in the title
    if is_role_word(low):
        return False
    # a person's surname ("Kim Berglund" in the body): not an organisation
    return not any(f.lower() in _FIRST_NAMES for f in re.findall(rf"([A-ZÅÄÖ][\w-]+)\s+{re.escape(w)}\b", body))


#: Mentions compared pairwise when short names are merged into long ones (the most salient only).
_MAX_MERGED = 60

#: Minimum salience for the main organisation (title 3 + repeats, or lead 2 + organisation word 2 + a repeat).
MAIN_ORG_MIN_SCORE = 5.0


def main_organisation(text: str, title: str | None, places: set[str]) -> str | None:
    mentions = organisation_mentions(text, title, places)
    if not mentions or mentions[0].score < MAIN_ORG_MIN_SCORE:
        return None
    return mentions[0].name


_TRAILING_FUNCTION = re.compile(r"(?:\s+(?:och|and|eller|or|med|with|för|for|of|the|i|in|på|at|vid|av|by))+$", re.IGNORECASE)
_FUNCTION_ONLY = FUNCTION_WORDS


_LEADING_FILLER = re.compile(r"^(?:(?:also|now|even|även|också|nu|numera|the|a|an|our|vår|vårt)\s+)+", re.IGNORECASE)
#: Where the organisation starts inside a role: "vd för festivalen", "project manager at X", "leader of the Party"
_ROLE_ORG_CUT = re.compile(r"\s+(?:på|vid|hos|för|at|with|of\s+the)\s+(?:[A-ZÅÄÖ]|the\s|[a-zåäö]+(?:en|et|na)\b)")
_DEFINITE = DEFINITE_ENDINGS


def base_form(word: str) -> str | None:
    """``projektledaren`` → ``projektledare``, ``målvakten`` → ``målvakt``, ``vd:n`` → ``vd``; ``None`` if not definite."""
    low = word.lower()
    for suffix in _DEFINITE:
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and len(stem) >= 2 and is_role_word(stem) and stem != low:
            if suffix == "n" and not stem.endswith("e"):
                continue
            return stem
    return None


def clean_role(role: str | None) -> str | None:
    """A role as the annotation rules want it: without a dangling conjunction or preposition
    (``musiklärare och``), filler words (``also the leader``), the organisation (``vd för festivalen`` → ``vd``),
    and a simple title in base form (``Projektledaren`` → ``projektledare``)."""
    if not role:
        return role
    r = _LEADING_FILLER.sub("", role.strip())
    cut = _ROLE_ORG_CUT.search(r)
    if cut and cut.start() > 0:
        r = r[: cut.start()]
    r = _TRAILING_FUNCTION.sub("", r)
    if not r or r.lower() in _FUNCTION_ONLY:
        return None
    if " " not in r and (base := base_form(r)) is not None:
        return base
    return r


_MUNICIPAL_ROLE = re.compile(r"kommun|region|landsting|municipal|county|mayor|borgmästar|council", re.IGNORECASE)


def _place_not_body(org: str, role: str | None, text: str) -> bool:
    """A one-word place (gazetteer, or a place ending such as ``-området``) given as an organisation: where the
    speaker lives or works, not whom they speak for — unless the role is municipal (``kommunalråd i Västby``
    speaks for the municipality) or the article names it as a workplace (``på X``, ``at X``)."""
    if " " in org or org.isupper() or not (is_place(org) or org.lower().endswith(PLACE_SUFFIXES)):
        return False
    if role and _MUNICIPAL_ROLE.search(role):
        return False
    return not re.search(rf"\b(?:på|vid|hos|at|för|for)\s+{re.escape(org)}(?=\s*[,.;:!?)]|\s+(?:och|and|som|who)\s)", text)


_ROLE_FOR_BODY = re.compile(
    r"([a-zåäö:]{2,30}) för (?:det |den |de )?(?:[a-zåäö]{2,20}a )?([a-zåäö]{4,30}),[ \t]+$"
)


def role_for_body_before_name(text: str, quotes: list[Quote]) -> None:
    """``den nya förbundskaptenen för det svenska damlandslaget, Kim Ek``: the role and the body before a
    name set off by a comma, for the speaker's quotes that have neither."""
    done: dict[str, tuple[str, str] | None] = {}
    for q in quotes:
        if not q.speaker or q.speakers is not None or q.role or q.organisation or " " not in q.speaker:
            continue
        if q.speaker not in done:
            done[q.speaker] = None
            i, seen = text.find(q.speaker), 0
            while i > 0 and seen < 5 and done[q.speaker] is None:  # the first few mentions (bounded)
                m = _ROLE_FOR_BODY.search(text, max(0, i - 120), i)
                if m is not None:
                    role = base_form(m.group(1)) or (m.group(1) if is_role_word(m.group(1)) else None)
                    body = m.group(2)
                    if role and (body.endswith(ORG_NOUN_SUFFIXES) or _TEAM.fullmatch(body)):
                        done[q.speaker] = (role, body)
                i, seen = text.find(q.speaker, i + 1), seen + 1
        if (found := done[q.speaker]) is not None:
            q.role, q.organisation = found


_TEAM = re.compile(r"(?<![\w-])([a-zåäö]*landslaget)(?![\w-])")


def national_team(text: str, quotes: list[Quote]) -> None:
    """A national-team role (``förbundskapten``) without an organisation speaks for the team the article
    names (``damlandslaget``), when it names exactly one."""
    todo = [q for q in quotes if q.organisation is None and q.role and q.role.lower().split()[-1] in NATIONAL_TEAM_ROLES]
    if not todo:
        return
    teams = {m.group(1) for m in _TEAM.finditer(text)}
    if len(teams) == 1:
        team = teams.pop()
        for q in todo:
            q.organisation = team


def plausible_speaker(speaker: str, places: set[str], lower_vocab: frozenset[str], orgs: set[str]) -> bool:
    """A one-word capitalised speaker must be a plausible person or one of the article's organisations."""
    if " " in speaker or not speaker[:1].isupper() or speaker in orgs:
        return True
    return plausible_person(speaker, places, lower_vocab)


def affiliate(text: str, title: str | None, quotes: list[Quote], min_score: float | None = None) -> None:
    """Validity filter, then the main organisation for quotes without one (see the module doc).

    ``min_score``: salience the main organisation needs (default :data:`MAIN_ORG_MIN_SCORE`, which the
    benchmark's cross-validation refits on training folds)."""
    min_score = MAIN_ORG_MIN_SCORE if min_score is None else min_score
    places = article_places(text) | PLACES
    lower_vocab = frozenset(m.group(0) for m in _LOWER_WORD.finditer(_ADDRESSES.sub(" ", text)))  # not "x@bolaget.se"
    lower_vocab |= frozenset(w + "s" for w in lower_vocab)  # "året" → "årets": a genitive of a common word
    completed: dict[str, str] = {}
    people = [q.speaker for q in quotes if q.speaker and _name_like(q.speaker)]
    speakers = frozenset(w.lower() for p in people for w in [p, *p.split()])
    for q in quotes:
        if q.organisation and (m := _IN_PLACE.match(q.organisation)) and not _generic_head(m.group(1)):
            q.organisation = m.group(1)  # "Norrfors i Västby": the place is not part of the name ("Högskolan i Västby" is)
        if q.organisation and not valid_organisation(q.organisation, places, speakers):
            q.organisation = None
        if q.organisation and " " not in q.organisation and q.organisation[:1].isupper() and q.organisation.lower() in lower_vocab:
            q.organisation = None  # a common word capitalised at a sentence start ("Årets")
        if q.organisation and _place_not_body(q.organisation, q.role, text):
            q.organisation = None
        if q.organisation:
            if q.organisation not in completed:  # once per name, not once per quote
                completed[q.organisation] = _as_written(_completed(q.organisation, text), text)
            q.organisation = completed[q.organisation]
        q.role = clean_role(q.role)
    role_for_body_before_name(text, quotes)
    national_team(text, quotes)
    mentions = organisation_mentions(text, title, places)
    main = mentions[0].name if mentions and mentions[0].score >= min_score else None
    top = mentions[0] if mentions else None
    if main is None and top is not None and top.score >= min_score - 2 and _org_word(top.name) and (
        len(mentions) == 1 or mentions[1].score <= top.score - 2
    ):
        main = top.name  # the only organisation (by its name's own words) stands out even when named once
    if main is None:
        return
    for q in quotes:
        if q.speakers is not None or not q.speaker or q.speaker == main:
            continue
        if q.organisation is None and not (q.role and _OUTSIDER_ROLE.search(q.role)):
            q.organisation = main
