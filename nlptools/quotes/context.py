"""Attribution found around a quote rather than right after it.

* a sentence ending in a colon (or comma) that announces the speaker:
  ``kommenterar Ekliden Science Parks vd, Tore Hallgren:``;
* the next sentence: ``Det säger Maria Sandell, vice vd …``;
* a testimonial speaker line: ``Carmen Ruiz, OpenLab``, ``— Name, Role, Org``, ``(Name från X)``;
* the speaker of a quoted fragment: ``en "vip-plats" som Rydin beskrev det``,
  ``Hon beskriver satsningen som ”ett historiskt steg”``.
"""

from __future__ import annotations

import re

from .attribution import (
    _NEXT_SENTENCE,
    Attribution,
    SpeakerRef,
    _name_span,
    _runs_person_like,
    _strip_terminal,
    clause_end,
    parse_speaker_phrase,
    prenominal,
)
from .lexicon import DESCRIBE_VERBS, LEADING_ADVERBIALS
from .lexicon import INTRO_VERBS, LISTENER_VERBS, PRONOUNS, SPEECH_VERBS
from .organisations import Profile, parse_apposition, split_role_org
from .speakers import NameIndex, capital_runs, guess_gender, is_cap


_HOW = re.compile(r"^(?:That(?:'s|\s+is|\s+was)|This\s+is|So)\s+how\s+(?=[A-ZÅÄÖ])")


def next_sentence(text: str, start: int, end: int, index: NameIndex) -> Attribution | None:
    """``Det säger Maria Sandell, vice vd …`` at ``text[start:end]`` (the unit after a quote)."""
    how = _HOW.match(text[start:end])
    if how:  # "That is how Amina Osei, founder of AquaSense, describes it."
        cend, _resume = clause_end(text, start + how.end(), end)
        ref = parse_speaker_phrase(text, start + how.end(), _strip_terminal(text, start, cend), index)
        return Attribution(ref, "describes", start, cend) if ref is not None and ref.kind == "name" else None
    m = _NEXT_SENTENCE.match(text[start:end])
    if not m or m.group("verb") not in SPEECH_VERBS:
        return None
    vs = start + m.end()
    cend, _resume = clause_end(text, vs, end)
    ref = parse_speaker_phrase(text, vs, _strip_terminal(text, vs, cend), index)
    if ref is None or ref.kind == "group":
        return None
    return Attribution(ref, m.group("verb"), start, cend)


def intro(text: str, start: int, end: int, index: NameIndex) -> SpeakerRef | None:
    """The speaker announced by a sentence ending in a colon (or a comma) before a quote."""
    body = text[start:end].rstrip(" :,\n")
    hi = start + len(body)
    # the last sentence only
    lo = start
    for m in re.finditer(r"[.!?]\s+(?=[A-ZÅÄÖ])", body):
        lo = start + m.end()
    words = list(re.finditer(r"[^\s,.;:()]+", text[lo:hi]))
    verb_pos = [w for w in words if w.group(0).lower() in INTRO_VERBS or w.group(0) in ("enligt",)]
    verb_group: SpeakerRef | None = None
    for w in verb_pos:  # verb first: "kommenterar Ekliden Science Parks vd, Tore Hallgren:"
        if w.group(0) in LISTENER_VERBS and text[lo : lo + w.start()].strip():
            continue  # "He told Racemail:" — the name after the verb is the listener
        vs = lo + w.end()
        ref = parse_speaker_phrase(text, vs, hi, index)
        if ref is not None and ref.kind in ("name", "joint", "pronoun"):
            return ref
        if ref is not None and verb_group is None and len(ref.text.split()) <= 4:
            verb_group = ref  # "I ett pressmeddelande skriver kommunen:"
    listeners = {lo + w.end() for w in verb_pos if w.group(0) in LISTENER_VERBS}
    runs = [r for r in capital_runs(text, lo, hi) if not any(0 < r.start - p <= 2 for p in listeners)]
    while (run := _runs_person_like(text, runs, index, lo)) is not None:
        toks = index.name_tokens(run)
        sentence_initial = run.start == lo or text[lo:run.start].strip() == ""
        full = index.fullest(toks[0]) if len(toks) == 1 else ""
        known = len(full.split()) >= 2 and guess_gender(full) is not None  # "Whitfield added:" after "Sarah Whitfield"
        if len(toks) >= 2 or not sentence_initial or known:
            ns, ne = _name_span(text, run, index)
            return SpeakerRef("name", text[ns:ne], ns, ne, parse_apposition(text[ne:hi]).merged(prenominal(text, ns, lo)))
        runs = runs[runs.index(run) + 1 :]  # "But Unite regional officer Steve Harley said:"
    for w in words:
        if w.group(0).lower() in PRONOUNS and verb_pos:
            return SpeakerRef("pronoun", w.group(0), lo + w.start(), lo + w.end())
    if verb_pos:  # group subject: "Representanter från Compare berättar:"
        np = text[lo : lo + verb_pos[0].start()].strip(" ,")
        first = np.split()[0].lower() if np.split() else ""
        if verb_group is not None and (not np or first in _LEADING_ADVERBIALS):
            return verb_group
        if np and 1 <= len(np.split()) <= 6 and first not in _LEADING_ADVERBIALS:
            prof = split_role_org(np)
            return SpeakerRef("group", np, lo, lo + len(np), Profile(None, prof.organisation))
    return None


_LEADING_ADVERBIALS = LEADING_ADVERBIALS
_SPEAKER_LINE = re.compile(r"^[\s(–—‒-]*(?P<body>[^()\n]{3,120}?)[\s)]*$")


def speaker_line(text: str, start: int, end: int, index: NameIndex) -> SpeakerRef | None:
    """A testimonial speaker line: ``Carmen Ruiz, OpenLab``, ``— Name, Role, Org``, ``(Name från X)``."""
    line = text[start:end]
    m = _SPEAKER_LINE.match(line)
    if not m or "\n" in line.strip() or re.search(r"\d{2,4}[-\s]\d{2,}|\d{5,}|\+\d|@|https?:", line):
        return None
    body_s = start + m.start("body")
    body = m.group("body")
    if body.rstrip().endswith((".", "!", "?", ":")) or len(body.split()) > 14:
        return None
    if any(w.lower() in SPEECH_VERBS for w in body.split()):
        return None
    runs = capital_runs(text, body_s, body_s + len(body))
    if not runs or runs[0].start != body_s:
        return None
    toks = index.name_tokens(runs[0])
    if len(toks) < 2:
        return None
    ns, ne = _name_span(text, runs[0], index)
    return SpeakerRef("name", text[ns:ne], ns, ne, parse_apposition(text[ne : body_s + len(body)], attribution=True))


_PARTIAL_SV = re.compile(r"^[\s,]*som\s+(?P<who>\S+(?:\s+[A-ZÅÄÖ]\S*)?)\s+(?:beskrev|beskriver|uttryckte|uttrycker|kallade|kallar|formulerade|sa|sade|säger)\s+det")
_PARTIAL_EN = re.compile(r"^[\s,]*as\s+(?P<who>\S+(?:\s+[A-Z]\S*)?)\s+(?:put|puts|described|describes|called|calls)\s+it")


def partial(text: str, pos: int, limit: int, index: NameIndex) -> SpeakerRef | None:
    """``en "vip-plats" som Rydin beskrev det``: the speaker of a quoted fragment."""
    seg = text[pos : min(limit, pos + 120)]
    m = _PARTIAL_SV.match(seg) or _PARTIAL_EN.match(seg)
    if not m:
        return None
    who = m.group("who").strip(",")
    ws = pos + m.start("who")
    if who.lower() in PRONOUNS:
        return SpeakerRef("pronoun", who, ws, ws + len(who))
    if is_cap(who):
        return SpeakerRef("name", who, ws, ws + len(who))
    return None


_DESCRIBE_VERBS = DESCRIBE_VERBS
_SO_CALLED = re.compile(r"(?:så\s+kallade?t?|ett\s+slags|en\s+sorts?|ett\s+slag\s+av|a\s+kind\s+of|a\s+sort\s+of|s\.k\.|so-called|so\s+called|titled|entitled|named|heter|kallas|känd\s+som|known\s+as)\s*$", re.IGNORECASE)


def sentence_speaker(text: str, lo: int, frag_s: int, frag_e: int, hi: int, index: NameIndex) -> SpeakerRef | None:
    """The speaker of a quoted fragment inside reported speech: ``Hon beskriver satsningen som ”…”``.

    The sentence ``text[lo:hi]`` must hold a speech verb with a person or
    pronoun as subject (before the verb) or as the name after it.
    """
    if _SO_CALLED.search(text[max(lo, frag_s - 20) : frag_s - 1]):
        return None
    outside = [(lo, frag_s), (frag_e, hi)]
    for a, b in outside:
        verbs = [m for m in re.finditer(r"[^\s,.;:()”“\"»«]+", text[a:b]) if m.group(0) in SPEECH_VERBS or m.group(0) in _DESCRIBE_VERBS]
        if a == lo:  # before the fragment only the nearest verb counts ("X said …, while Y called it ”…”")
            verbs = verbs[-1:]
        for m in verbs:
            w = m.group(0)
            vs, ve = a + m.start(), a + m.end()
            before = text[lo:vs].split()
            if before and before[-1].lower() in PRONOUNS:
                tok = before[-1]
                s = text.rfind(tok, lo, vs)
                return SpeakerRef("pronoun", tok, s, s + len(tok))
            runs = [r for r in capital_runs(text, lo, vs) if r.end >= vs - 1 - 30 and text[r.start - 1 : r.start] != "("]
            run = _runs_person_like(text, runs[-1:], index, lo) if runs else None
            if run is not None and re.sub(r"\([^()]{1,6}\)", "", text[run.end : vs]).strip(" ,") == "":  # "Per Lind (C) sa"
                ns, ne = _name_span(text, run, index)
                return SpeakerRef("name", text[ns:ne], ns, ne)
            # "Lars Ek, ordförande i X, beskriver avhandlingen som ”…”": the sentence's subject with an apposition
            first = _runs_person_like(text, capital_runs(text, lo, vs)[:1], index, lo)
            if first is not None and text[lo : first.start].strip() == "":
                ns, ne = _name_span(text, first, index)
                between = text[ne:vs]
                if re.fullmatch(r",[^,.;:!?”“\"»«]{2,120},\s*|\s+(?:of|from|at|på|från|vid|hos)\s[^,.;:!?”“\"»«]{2,60}", between):
                    return SpeakerRef("name", text[ns:ne], ns, ne, parse_apposition(between, attribution=True))
            after_end = frag_s if ve < frag_s else hi
            ref = parse_speaker_phrase(text, ve, min(after_end, ve + 60), index)
            if ref is not None and ref.kind in ("name", "pronoun") and ref.start - ve <= 2:
                return ref
    return None
