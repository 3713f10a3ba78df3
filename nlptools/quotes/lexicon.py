"""Word lists for quote attribution in Swedish and English.

The lists live in per-language data files — ``data/sv.toml``, ``data/en.toml`` and
``data/common.toml`` (words real articles mix) — so the rules in the other modules stay
readable and a language is extended without touching code.  All entries are lower case and
callers compare ``word.lower()``, except ``legal_suffixes`` (``AB``, ``GmbH``), compared as written.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from typing import Any


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files(__package__).joinpath(f"data/{name}.toml").read_text(encoding="utf-8"))


_SV, _EN, _COMMON = _load("sv"), _load("en"), _load("common")

#: Speech and writing verbs that introduce or close a direct quote.
SPEECH_VERBS_SV = frozenset(_SV["speech_verbs"])
SPEECH_VERBS_EN = frozenset(_EN["speech_verbs"])
SPEECH_VERBS = SPEECH_VERBS_SV | SPEECH_VERBS_EN
#: Verbs whose object is the listener, not the speaker ("He told Racemail: …").
LISTENER_VERBS = frozenset(_EN["listener_verbs"])
#: Verbs that introduce a quote after a colon even without being speech verbs proper.
INTRO_VERBS = SPEECH_VERBS | frozenset(_SV["intro_verbs"])
#: Subject pronouns that can stand for a speaker, with gender ("f", "m", "n" unknown, "p" plural).
PRONOUNS: dict[str, str] = {**_SV["pronouns"], **_EN["pronouns"]}
#: Words after ", " that show a quote continuing after a mid-sentence attribution.
CONTINUATION_WORDS = frozenset(_COMMON["continuation_words"])
#: Swedish parliamentary party abbreviations (used as organisation only if no other).
PARTIES = frozenset(_SV["parties"])
#: Role nouns and role suffixes: a token is role-like when it is in ROLE_WORDS or ends with a suffix.
ROLE_WORDS = frozenset(_COMMON["role_words"])
ROLE_SUFFIXES = tuple(_COMMON["role_suffixes"])
#: Capitalised words that start sentences or headings and are never part of a person's name.
COMMON_CAPITALISED = frozenset(_COMMON["common_capitalised"])
#: Countries and places: "från Island" is where someone is from, not an organisation.
PLACES = frozenset(_COMMON["places"])
#: Endings of one-word place names ("Norrviksområdet"): such a word is a place, not an organisation.
PLACE_SUFFIXES = tuple(_SV["place_suffixes"])
#: Parts of an organisation ("Norrfors affärsområde"): the genitive names the organisation.
UNIT_NOUNS = frozenset(_SV["unit_nouns"])
#: English title words before a name: head nouns, modifiers, and words that end a subject phrase.
EN_ROLE_HEADS = frozenset(_EN["role_heads"])
EN_MODIFIERS = frozenset(_EN["title_modifiers"])
EN_SUBJECT_STOP = frozenset(_EN["subject_stop"])
#: Roles that speak for a national team ("förbundskapten"): the organisation is the article's "…landslaget".
NATIONAL_TEAM_ROLES = frozenset(_SV["national_team_roles"])
#: Honorifics before a name (never a role of their own): "Dr Laura Chen".
HONORIFICS = frozenset(_EN["honorifics"])
#: Upper-case abbreviations that are no speaker's organisation (events, news agencies, legal suffixes).
NOT_ORG_ACRONYMS = frozenset(_COMMON["not_org_acronyms"])
#: Words that mark a capitalised sequence as an organisation rather than a person.
ORG_WORDS = frozenset(_COMMON["org_words"])
#: Common first names with gender, for pronoun agreement only (never required).
FEMALE_NAMES = frozenset(_COMMON["female_names"])
MALE_NAMES = frozenset(_COMMON["male_names"])
#: Endings of lower-case organisation nouns ("kommunalförbundet", "regionen", "universitetet").
ORG_NOUN_SUFFIXES = tuple(_SV["org_noun_suffixes"])

#: First-person words: a quote speaks for its speaker ("jag", "we").  One pattern per language and both.
FIRST_PERSON_SV = re.compile(r"\b(?:" + "|".join(_SV["first_person"]) + r")\b", re.IGNORECASE)
# "I" only as a capital (never the Swedish "i"); "us", never "US"
FIRST_PERSON_EN = re.compile(r"(?-i:\bI\b)|\b(?:" + "|".join(_EN["first_person"]) + r")\b(?<!US)", re.IGNORECASE)
FIRST_PERSON = re.compile(FIRST_PERSON_SV.pattern + "|" + FIRST_PERSON_EN.pattern, re.IGNORECASE)
#: Personal pronouns only (no possessives: "Mitt liv som hund" is a title, not someone speaking).
FIRST_PERSON_PRONOUNS = re.compile(r"\b(?:[Jj]ag|[Vv]i|mig|oss|I|[Ww]e|us|me)\b")


_ROLE_CHARS = re.compile(r"[^\wåäöæøéü:.-]", re.IGNORECASE)


def is_role_word(word: str) -> bool:
    """True for a title or function word such as ``vd``, ``landsbygdsminister``, ``CEO``."""
    w = _ROLE_CHARS.sub("", word.lower()).rstrip(".,")
    if not w:
        return False
    if w in ROLE_WORDS:
        return True
    if "-" in w.strip("-") and any(is_role_word(part) for part in w.split("-") if part):
        return True  # "vice-dean", "co-founder"
    if len(w) > 4 and w.endswith(ROLE_SUFFIXES):
        return True
    # "-are"/"-aren" agent nouns: forskare, handläggare, skådespelaren (never a capitalised name: "Compare")
    return word[:1].islower() and len(w) > 6 and w.endswith(("are", "aren")) and not w.endswith(("bare", "bara"))


# Word lists of the rule modules (affiliation, attribution, context, mentions,
# organisations, orgfill, orgnames, prenominal and speakers).
KIND_NOUNS = frozenset(_COMMON["kind_nouns"])
AREA_SUFFIX_NOUNS = tuple(_SV["area_suffix_nouns"])
FUNCTION_WORDS = frozenset(_COMMON["function_words"])
DEFINITE_ENDINGS = tuple(_SV["definite_endings"])
EXTRA_VERBS = dict(_COMMON["extra_verbs"])
AFTER_PRONOUN = frozenset(_COMMON["after_pronoun"])
NOT_SPEAKERS = frozenset(_COMMON["not_speakers"])
LEADING_ADVERBIALS = frozenset(_COMMON["leading_adverbials"])
DESCRIBE_VERBS = frozenset(_COMMON["describe_verbs"])
NAME_PARTICLES = frozenset(_COMMON["name_particles"])
ADJECTIVE_ENDINGS_SV = tuple(_SV["adjective_endings"])
ORG_PREPS_STRONG = frozenset(_COMMON["org_preps_strong"])
ORG_PREPS_MID = frozenset(_COMMON["org_preps_mid"])
ORG_PREPS_WEAK = frozenset(_COMMON["org_preps_weak"])
ORIGIN_PREPS = frozenset(_COMMON["origin_preps"])
ACADEMIC_FIELDS = frozenset(_EN["academic_fields"])
POLITICAL_BODIES = tuple(_SV["political_bodies"])
PARTY_NAMES = dict(_SV["party_names"])
ORG_CONNECTORS = frozenset(_COMMON["org_connectors"])
PLATFORMS = frozenset(_COMMON["platforms"])
DEFINITE_ORG_NOUNS = tuple((a, b) for a, b in _SV["definite_org_nouns"])
NOT_ORG_DEFINITES = frozenset(_SV["not_org_definites"])
PLACE_PREPS = frozenset(_COMMON["place_preps"])
NATIONALITY_ENDINGS = tuple(_COMMON["nationality_endings"])
ORG_KIND_NOUNS = frozenset(_SV["org_kind_nouns"])
LEGAL_SUFFIXES = frozenset(_COMMON["legal_suffixes"])
PRENOMINAL_PREPS = frozenset(_COMMON["prenominal_preps"])
CONTACT_LABELS = frozenset(_COMMON["contact_labels"])
AWARD_FIRST_WORDS = frozenset(_COMMON["award_first_words"])
AWARD_LAST_WORDS = frozenset(_COMMON["award_last_words"])
