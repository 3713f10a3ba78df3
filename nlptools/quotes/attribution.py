"""Attribution clauses: who said a quote, as written in the text.

Recognised shapes (Swedish and English)::

    …, säger oppositionsrådet Per Olof Lindvall (M).      verb first
    …," Svensson told the TT news agency.                   subject first
    …, säger hon till Expressen.                            pronoun
    …, säger drottningen.  /  …, said the CEO.              role noun
    …, säger Sara Ekwall, och jag vill …                     quote resumes after a comma
    kommenterar Ekliden Science Parks vd, Tore Hallgren:   colon intro
    Det säger Maria Sandell, vice vd …                      next sentence
    (Nivi Holm från Grönfjord)  /  Carmen Ruiz, OpenLab   speaker line
    en "vip-plats" som Rydin beskrev det                 partial quote

Every function takes the full article text and offsets into it and returns
offsets into it; nothing is resolved here (see :mod:`.speakers`).
"""

from __future__ import annotations

from .lexicon import AFTER_PRONOUN, EXTRA_VERBS, NOT_SPEAKERS
from .lexicon import FIRST_PERSON  # noqa: I001

import re
from dataclasses import dataclass, field

from .lexicon import (
    CONTINUATION_WORDS,
    ORG_WORDS,
    PRONOUNS,
    SPEECH_VERBS,
    SPEECH_VERBS_EN,
    is_role_word,
)
from .organisations import Profile, parse_apposition, split_role_org
from .prenominal import _EN_ROLE_HEADS, PREPS as _PREPS, prenominal  # noqa: F401  (prenominal: part of this stage's API)
from .speakers import NameIndex, Run, capital_runs, clean_token, is_cap

_WORD = re.compile(r"[^\s,;:()]{1,40}")  # bounded: a 10 000-character "word" must not be rescanned per comma
_EXTRA_VERBS = EXTRA_VERBS
_NEXT_SENTENCE = re.compile(
    r"^(?:Det|Detta|Så|Det här|Orden|That(?:'s| is)|This is|So)\s+(?:är\s+vad\s+|what\s+)?(?P<verb>[a-zåäö]+)\s+",
)
_MIDDLE_INITIAL = re.compile(r"[a-zåäöéü] [A-ZÅÄÖ]\.")
_NAME_AFTER = re.compile(r" [A-ZÅÄÖ][a-zåäöéü]")
_ABBREV = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|St|Jr|Sr|Inc|Ltd|Co|Corp|bl\.a|t\.ex|d\.v\.s|dvs|ca|resp|jfr)\.\Z")
_AFTER_PRONOUN = AFTER_PRONOUN
_NOT_SPEAKERS = NOT_SPEAKERS
_COORD_AFTER_PARTY = re.compile(r"\s*\([A-ZÅÄÖ]{1,3}\)\s+(?:och|and|&)\s+")
_COORD = re.compile(r"\s+(?:och|and|&)\s+")
_DASH_SEPARATOR = re.compile(r",[\s”\"]|(?<=[?!…”\"])\s|(?<=[a-zåäö]\.)\s(?=[a-zåäö])")  # "… till. säger X" (a typo for ",")
_DASH_LEAD = re.compile(r"[ \t]*[–—][ \t]*(?:(?:det|så)[ \t]+)?")
_COMMA_LEAD = re.compile(r"[ \t]*,?[ \t]*")
_ACCORDING_TO = re.compile(r"according\s+to\b")


@dataclass(slots=True)
class SpeakerRef:
    """A speaker as written at the attribution: a name, pronoun, role noun or group."""

    kind: str  # "name" | "pronoun" | "rolenoun" | "group" | "joint"
    text: str
    start: int
    end: int
    profile: Profile = field(default_factory=Profile)
    names: list[str] = field(default_factory=list)  # joint: each person's name as written
    profiles: list[Profile] = field(default_factory=list)  # joint: each person's profile


@dataclass(slots=True)
class Attribution:
    """An attribution clause ``text[start:end]``; the quote may resume at ``resume``."""

    ref: SpeakerRef
    verb: str
    start: int
    end: int
    resume: int | None = None


def clause_end(text: str, pos: int, limit: int) -> tuple[int, int | None]:
    """End of the attribution clause starting at ``pos`` and where a quote resumes after it."""
    i = pos
    depth = 0
    while i < limit:
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "." and _ABBREV.search(text, max(0, i - 6), i + 1):
            pass  # "Dr. Laura Chen", "Acme Inc. in a statement"
        elif ch == "." and _MIDDLE_INITIAL.match(text, max(0, i - 3)) and i >= 3 and _NAME_AFTER.match(text, i + 1):
            pass  # "Kim H. Berglund": a middle initial, not a sentence end
        elif depth == 0 and ch in ".!?" and (i + 1 >= limit or text[i + 1].isspace() or text[i + 1] in "”\"“»"):
            j = i + 1
            while j < limit and text[j] in "”\"“»":
                j += 1
            k = j
            while k < limit and text[k].isspace():
                k += 1
            if k >= limit:
                return j, None
            if text[k].islower() and ch == ".":  # abbreviation such as "t.ex."
                i += 1
                continue
            return j, k
        elif depth == 0 and ch == "," and i + 1 < limit and text[i + 1 : i + 3].strip()[:1] in ("”", '"', "“", "»", "’"):
            return i, i + 1 + (1 if text[i + 1] == " " else 0)  # ", säger X, ”men …”" : the quote resumes
        elif depth == 0 and ch == "," and i + 1 < limit:
            m = _WORD.match(text, i + 1 + (1 if text[i + 1 : i + 2] == " " else 0))
            if m and m.group(0).lower() in CONTINUATION_WORDS and m.group(0)[0].islower():
                tail = re.match(r"(?:och|and)\s+([a-zåäö]+)(?:\s+[a-zåäö]+)?\s*[.!]", text[m.start() : limit])
                if tail and not FIRST_PERSON.search(tail.group(0)) and tail.group(1) not in CONTINUATION_WORDS:
                    i += 1  # ", säger X, och skrattar.": narration closing the attribution, not the quote resuming
                    continue
                return i, m.start()
        elif ch == "\n" and text[i + 1 : i + 2] == "\n":
            return i, None
        i += 1
    return limit, None


def is_org_run(text: str, run: Run) -> bool:
    """An organisation rather than a person: an organisation word, or a genitive before a role."""
    toks = [clean_token(t) for t in run.tokens]
    if any(t.lower() in ORG_WORDS for t in toks):
        return True
    after = text[run.end : run.end + 40].split()
    # "Ekliden Science Parks vd, ...", "Kommunstyrelsens ordförande ..." name an organisation
    return bool(re.search(r"(?<!s)s$|['’]s?$", run.tokens[-1]) and after and is_role_word(after[0].strip(",")))


def _runs_person_like(text: str, runs: list[Run], index: NameIndex, lo: int) -> Run | None:
    """The first run that names a person (not an organisation, not after a preposition)."""
    for run in runs:
        if is_org_run(text, run):
            continue
        before = text[lo : run.start].split()
        if before and before[-1].lower() in _PREPS:
            continue
        if len(before) >= 2 and before[-1].lower() in ("the", "den", "det") and before[-2].lower() in _PREPS:
            continue  # "Martin Hale of the Eastbrook Independents"
        if index.name_tokens(run):
            return run
    return None


def _name_span(text: str, run: Run, index: NameIndex) -> tuple[int, int]:
    toks = index.name_tokens(run)
    s = text.find(toks[0], run.start, run.end + 1)
    last = toks[-1]
    e = text.find(last, s) + len(last)
    return s, e


def parse_speaker_phrase(text: str, pos: int, end: int, index: NameIndex) -> SpeakerRef | None:
    """Who ``text[pos:end]`` (the words after a speech verb) names."""
    phrase = text[pos:end]
    words = phrase.split()
    if not words:
        return None
    first = words[0].strip(",.").lower()
    if first in PRONOUNS:
        nxt = words[1].lower() if len(words) > 1 else ""
        if PRONOUNS[first] == "p" and nxt and not words[0].endswith((",", ".")) and nxt not in _AFTER_PRONOUN:
            return None  # "säger de flesta": not a speaker we can name
        at = pos + len(phrase) - len(phrase.lstrip())  # the pronoun itself, after any leading space
        return SpeakerRef("pronoun", words[0].strip(",."), at, at + len(words[0].strip(",.")))
    runs = capital_runs(text, pos, end)
    run = _runs_person_like(text, runs, index, pos)
    if run is not None and len(index.name_tokens(run)) == 1 and run in runs:
        # "said Unite regional officer Karen Walsh": an organisation and a title before the name
        later = [r for r in runs if r.start > run.end]
        between = text[run.end : later[0].start].split() if later else []
        titled = between and len(between) <= 4 and all(w.islower() for w in between) and is_role_word(between[-1])
        if later and titled and len(index.name_tokens(later[0])) >= 2:
            run = later[0]
    if run is not None:
        pre = text[pos : run.start]
        if len(pre.split()) <= 8 and not re.search(r"\b(att|that|som|who|när|when)\b", pre):
            ns, ne = _name_span(text, run, index)
            prof = prenominal(text, ns, pos)
            # joint attribution: "Näringsminister Ibrahim Kaya och Landsbygdsminister Jenny Lindqvist"
            m = _COORD.match(text, ne) or _COORD_AFTER_PARTY.match(text, ne)  # "Anna Ek (M) och Bo Strand (S)"
            if m:
                rest_runs = [r for r in capital_runs(text, m.end(), end) if r.start - m.end() < 60]
                other = _runs_person_like(text, rest_runs, index, m.end())
                if other is not None and all(is_role_word(w) for w in text[m.end() : other.start].split()):
                    os_, oe = _name_span(text, other, index)
                    profs = [prof.merged(parse_apposition(text[ne : m.start()])), prenominal(text, os_, m.end()).merged(parse_apposition(text[oe:end]))]
                    return SpeakerRef(
                        "joint", text[pos:oe].strip(), pos + len(phrase) - len(phrase.lstrip()), oe, Profile(),
                        [text[ns:ne], text[os_:oe]], profs,
                    )
            prof = parse_apposition(text[ne:end], attribution=True).merged(prof)
            return SpeakerRef("name", text[ns:ne], ns, ne, prof)
    # no person name: a role noun ("drottningen", "vd:n", "the CEO") or a group ("styrelsen")
    np_m = re.match(r"\s*([^,]+?)(?=\s+(?:till|to|i|in|on|på)\s|[,]|$)", phrase)
    np = np_m.group(1).strip(" .") if np_m else ""
    np_words = np.split()
    if not np_words or len(np_words) > 5 or np_words[0].lower() in _NOT_SPEAKERS:
        return None
    if any(ch.isdigit() for ch in np):
        return None  # ", fyller 50 år" is not a speaker
    s = pos + phrase.find(np)
    head = np_words[-1] if np_words[0].lower() in ("the", "vår", "our", "deras") else np_words[0]
    if len(np_words) <= 2 and is_role_word(head) and (np_words[0].lower() in ("the",) or len(np_words) == 1):
        return SpeakerRef("rolenoun", np, s, s + len(np))
    if len(np_words) == 3 and np_words[0].endswith("-") and np_words[1].lower() in ("och", "eller", "and", "&") and is_role_word(np_words[2]):
        return SpeakerRef("rolenoun", np, s, s + len(np))  # "säger barn- och utbildningschefen"
    if any(is_cap(w) for w in np_words) or len(np_words) >= 1:
        prof = split_role_org(np)
        return SpeakerRef("group", np, s, s + len(np), Profile(None, prof.organisation))
    return None


def _verb_at(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """A lower-case speech verb starting at ``pos`` (after spaces): ``(verb, end)``."""
    m = _WORD.match(text, pos, limit)
    if not m or m.start() >= limit:
        return None
    w = m.group(0)
    if w in SPEECH_VERBS:
        return w, m.end()
    if w in _EXTRA_VERBS:
        if w == "according":
            m2 = _ACCORDING_TO.match(text, m.start(), limit)
            return ("according to", m2.end()) if m2 else None
        return w, m.end()
    return None


def attribution_at(text: str, pos: int, limit: int, index: NameIndex) -> Attribution | None:
    """An attribution clause starting at ``pos`` (right after a quote or a dash quote's comma)."""
    # ", säger X", and after a quote mark also "– det säger X" / "– säger X"
    # patterns match in place (``pattern.match(text, pos, limit)``): slicing ``text[pos:limit]`` per call
    # made a paragraph with thousands of commas quadratic
    m = _DASH_LEAD.match(text, pos, limit) if text[pos - 1 : pos] in "”\"»“’" else None
    m = m or _COMMA_LEAD.match(text, pos, limit)
    p = m.end() if m else pos
    if p >= limit:
        return None
    if text[pos - 1 : pos] in "”\"»“’" and text[p : p + 1] in (".", "!", "?"):
        return None  # '… ”ambitiös”. Oppositionen menade …': the sentence ended after the quote
    verb = _verb_at(text, p, limit)
    if verb is not None:  # verb first: ", säger X"
        v, ve = verb
        cend, resume = clause_end(text, ve, limit)
        ref = parse_speaker_phrase(text, ve, _strip_terminal(text, ve, cend), index)
        if ref is not None:
            return Attribution(ref, v, pos, cend, resume)
        return None
    # subject first: ", Svensson told …", ", she said", ", Alice explains"
    words = list(re.finditer(r"[^\s,.;:]+", text[p : min(limit, p + 80)]))
    for k in range(1, min(5, len(words))):
        vw = words[k].group(0)
        if vw not in SPEECH_VERBS:
            continue
        np_s, np_e = p + words[0].start(), p + words[k - 1].end()
        if text[np_s:np_e].count(",") or "\n" in text[np_s:np_e]:
            return None
        np_toks = text[np_s:np_e].split()
        ve = p + words[k].end()
        cend, resume = clause_end(text, ve, limit)
        if len(np_toks) == 1 and np_toks[0].lower() in PRONOUNS:
            return Attribution(SpeakerRef("pronoun", np_toks[0], np_s, np_e), vw, pos, cend, resume)
        if np_toks[0].lower() == "the" and len(np_toks) <= 3 and is_role_word(np_toks[-1]):
            return Attribution(SpeakerRef("rolenoun", text[np_s:np_e], np_s, np_e), vw, pos, cend, resume)
        lead = 0  # "spokesperson Lena Ahl told …", "council leader Sarah Whitfield told …": title words before the name
        while lead < len(np_toks) - 1 and not is_cap(np_toks[lead]) and (
            is_role_word(np_toks[lead]) or np_toks[lead + 1].lower() in _EN_ROLE_HEADS or is_role_word(np_toks[lead + 1])
        ):
            lead += 1
        if lead:
            np_s = text.index(np_toks[lead], np_s)
            np_toks = np_toks[lead:]
        if all(is_cap(t) for t in np_toks):
            run = Run(np_s, np_e, np_toks)
            if index.name_tokens(run) and not any(clean_token(t).lower() in ORG_WORDS for t in np_toks):
                ns, ne = _name_span(text, run, index)
                prof = prenominal(text, ns, p)
                return Attribution(SpeakerRef("name", text[ns:ne], ns, ne, prof), vw, pos, cend, resume)
        return None
    return _long_subject(text, pos, p, limit, index)


#: '…," jury member Kim Berglund, chair of the Norrfors Society, explained.': a subject with an
#: apposition before an English speech verb that ends the sentence (bounded: 160 characters)
_LONG_SUBJECT = re.compile(r"(?P<np>[^.!?\n”\"“]{3,160}?),?\s+(?P<verb>[a-z]+)(?P<tail>\s+(?:to\s+)?[^.!?\n,]{0,40})?[.!?]")


def _long_subject(text: str, pos: int, p: int, limit: int, index: NameIndex) -> Attribution | None:
    m = _LONG_SUBJECT.match(text, p, min(limit, p + 220))
    if not m or m.group("verb") not in SPEECH_VERBS_EN or not text[pos - 1 : pos] in "”\"’":
        return None
    np_s, np_e = m.start("np"), m.end("np")
    if text[np_s:np_e].count(",") > 2 or re.search(r"\b(?:that|who|which|when|if)\b", text[np_s:np_e]):
        return None
    runs = [r for r in capital_runs(text, np_s, np_e)]
    run = _runs_person_like(text, runs, index, np_s)
    if run is None:
        return None
    ns, ne = _name_span(text, run, index)
    if not re.fullmatch(r"[^,]{0,60}", text[np_s:ns]):
        return None  # the name must open the subject (after at most a title)
    prof = parse_apposition(text[ne:np_e], attribution=True).merged(prenominal(text, ns, np_s))
    cend, resume = clause_end(text, m.end("verb"), limit)
    return Attribution(SpeakerRef("name", text[ns:ne], ns, ne, prof), m.group("verb"), pos, cend, resume)


def _inside_inner_quote(inner: list, sep: int) -> bool:
    """Is ``sep`` inside (or right after) one of the quotations ``inner`` opened inside a dash quote?"""
    for span in inner:
        if span.open >= sep:
            break
        if span.close < 0 or span.close >= sep - 2:
            return True
    return False


def _strip_terminal(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1] in ".!?”\"“» ":
        hi -= 1
    return hi


def find_in_dash(text: str, start: int, end: int, index: NameIndex) -> tuple[int, Attribution] | None:
    """The attribution inside a dash quote ``text[start:end]``: ``(quote text end, attribution)``.

    Candidates are a comma, or a ``?``/``!``/``…`` followed by a space; named
    and pronoun attributions win over group ones (``…, säger kunderna`` inside
    a quote stays part of it).
    """
    from .marks import find_mark_spans

    best: tuple[int, Attribution] | None = None
    inner = [sp for sp in find_mark_spans(text, start, end) if sp.open > start]  # once per quote, not per comma
    for m in _DASH_SEPARATOR.finditer(text, start, end):
        sep = m.start()
        if text[sep] != "," and not text[sep - 1 : sep].strip():
            continue
        if _inside_inner_quote(inner, sep):
            continue  # '"Vi har aldrig åkt …", säger kunderna' inside someone's quote stays part of it
        att = attribution_at(text, sep, end, index)
        if att is None:
            continue
        if att.ref.kind != "group":
            return sep, att
        if best is None:
            best = (sep, att)
    return best
