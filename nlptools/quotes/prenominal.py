"""The title and organisation written before a speaker's name.

``NSPs styrelseordförande Lena Mirelius``, ``Norrfors vd Kim Berglund``, ``local business owner
Sam Ohlin``: the words between the start of the attribution and the name give a role and, in the
genitive, an organisation.  Part of the attribution stage (:mod:`.attribution`); the English word
lists are in ``data/en.toml``.
"""

from __future__ import annotations

import re

from .lexicon import PRENOMINAL_PREPS
from .lexicon import COMMON_CAPITALISED, EN_MODIFIERS, EN_ROLE_HEADS, EN_SUBJECT_STOP, FEMALE_NAMES, MALE_NAMES, ORG_WORDS, is_role_word
from .orgnames import INSTITUTION_NOUNS
from .organisations import Profile, definite_org_noun, split_role_org, strip_genitive
from .speakers import Run, capital_runs, clean_token, is_cap, looks_like_title

#: Prepositions before a capitalised run that make it a place or organisation, not the speaker.
PREPS = PRENOMINAL_PREPS
_EN_ROLE_HEADS = EN_ROLE_HEADS
_EN_STOP = EN_SUBJECT_STOP
_EN_MODIFIERS = EN_MODIFIERS
_PREPS = PREPS




def _title_before_name(word: str) -> bool:
    """A capitalised word right before a name that is a title, not a name (``Striker``, ``Superintendent``)."""
    low = word.lower()
    if not is_cap(word) or low in COMMON_CAPITALISED or low in FEMALE_NAMES or low in MALE_NAMES or "-" in word:
        return False
    return looks_like_title(word) or low.endswith(("or", "er", "ist", "ent", "ant", "ian", "en", "et"))


def _looks_like_org(run: Run) -> bool:
    toks = [clean_token(t) for t in run.tokens]
    if any(t.lower() in COMMON_CAPITALISED for t in toks[:1]):
        return False
    return any(t.lower() in ORG_WORDS for t in toks) or any(t.isupper() and len(t) > 1 for t in toks)


def prenominal(text: str, name_start: int, lo: int) -> Profile:
    """Role (and genitive organisation) written before a name: ``NSPs styrelseordförande Lena Mirelius``."""
    seg = text[lo:name_start]
    words = [(m.start() + lo, m.end() + lo, m.group(0)) for m in re.finditer(r"[^\s]+", seg)]
    if words and words[-1][2].endswith(","):  # "…s vd, Tore Hallgren"
        words[-1] = (words[-1][0], words[-1][1] - 1, words[-1][2][:-1])
    role_words: list[tuple[int, int, str]] = []
    k = len(words) - 1
    while k >= 0:
        w = words[k][2]
        if is_role_word(w) or (k == len(words) - 1 and _title_before_name(w)) or w.endswith("-") or (w.lower() in ("och", "and", "&") and role_words and k > 0 and (is_role_word(words[k - 1][2]) or words[k - 1][2].endswith("-"))):
            role_words.insert(0, words[k])
            k -= 1
            continue
        break
    if not role_words:
        # "Kulturchefen i Ekeby kommun, Tomas Rydén": a role with its organisation, then a comma
        m = re.search(r"(?:^|\s)(\S+)\s+(?:i|på|vid|för|hos|at|of)\s+((?:the\s+)?[A-ZÅÄÖ][^,.;:]{1,50}),\s*$", seg)
        if m and is_role_word(m.group(1)) and m.group(1)[:1].isalpha():
            from .organisations import split_role_org

            return split_role_org(seg[m.start(1) :].rstrip(" ,"))
        return Profile()
    # English compound titles: "business owner", "research director" (lower-case nouns before the head)
    if role_words[-1][2].lower().strip(",") in _EN_ROLE_HEADS:
        extra_en = 0
        while (
            k >= 0 and extra_en < 2 and words[k][2].isalpha() and words[k][2].islower()
            and words[k][2] not in _EN_STOP
            and (not words[k][2].endswith(("ed", "ing", "ly")) or words[k][2] in ("managing", "acting", "leading"))
        ):
            role_words.insert(0, words[k])
            k -= 1
            extra_en += 1
    org = None
    if k >= 0 and is_cap(words[k][2]) and not re.search(r"(?:s|['’]s?|[,.])$", words[k][2]):
        # English attributive organisation: "Lund University student Sara Khan", "Volvo CEO Jim Rowan"
        runs = [r for r in capital_runs(text, max(lo, words[k][0] - 80), words[k][1]) if r.end == words[k][1]]
        generic = runs and len(runs[-1].tokens) == 1 and clean_token(runs[-1].tokens[0]).lower() in ORG_WORDS
        if generic:  # "Council leader Tom Ashby": a generic organisation word is part of the title
            return Profile(text[runs[-1].start : role_words[-1][1]].strip(" ,"), None)
        single = runs[-1].tokens[0] if runs and len(runs[-1].tokens) == 1 else ""
        sentence_start = text[: runs[-1].start].rstrip()[-1:] in ("", ".", "!", "?", "\n", ":", "”", '"') if single else True
        bare_name = bool(single) and not sentence_start and not (
            single.lower() in FEMALE_NAMES or single.lower() in MALE_NAMES or single.lower() in COMMON_CAPITALISED
            or single.lower() in _EN_MODIFIERS
        )  # "said Unite regional officer Karen Walsh", "CityLink managing director Paul Hart"
        if runs and (_looks_like_org(runs[-1]) or bare_name):
            role = text[role_words[0][0] : role_words[-1][1]].strip(" ,") or None
            return Profile(role, text[runs[-1].start : runs[-1].end])
    # up to two lower-case words and a genitive organisation before the role: "Science City’s innovation manager"
    j = k
    extra: list[tuple[int, int, str]] = []
    while j >= 0 and len(extra) < 2 and words[j][2][:1].islower() and not words[j][2].lower() in _PREPS:
        extra.insert(0, words[j])
        j -= 1
    possessive = j >= 0 and words[j][2].lower() in ("its", "his", "hers", "their", "our", "hans", "hennes", "deras", "dess", "vårt", "vår")
    if possessive:  # "Its lead architect, James Farrow": a pronoun, not an organisation
        role_words = extra + role_words
    elif (
        len(extra) == 1 and j >= 0 and is_cap(words[j][2]) and extra[0][2].endswith("s")
        and extra[0][2][:-1].endswith(INSTITUTION_NOUNS) and not re.search(r"(?:['’]s?|:s|[,.])$", words[j][2])
    ):
        org = f"{words[j][2]} {extra[0][2][:-1]}"  # "Ekeberga konsthalls chef" → "Ekeberga konsthall"
    elif j >= 0 and is_cap(words[j][2]) and re.search(r"s['’]$", words[j][2]) and (j == 0 or not is_cap(words[j - 1][2])):
        role_words = [words[j]] + extra + role_words  # "Residents' association chair Helen Fry": all of it is the title
    elif j >= 0 and is_cap(words[j][2]) and re.search(r"(s|['’]s?|:s)$", words[j][2]):
        runs = [r for r in capital_runs(text, max(lo, words[j][0] - 80), words[j][1]) if r.end == words[j][1]]
        if runs:
            org_text = strip_genitive(text[runs[-1].start : runs[-1].end])
            from .organisations import is_place

            if not is_place(org_text):
                org = org_text
            role_words = extra + role_words
    elif extra and (noun := definite_org_noun(extra[-1][2])) is not None:
        org = noun  # "näringsdepartements departementssekreterare" → "näringsdepartementet"
    elif len(extra) == 1 and k > 0 and extra[0][2].lower() in ("och", "and", "samt"):
        # "Hallbo IF:s tränare Malin Ek och lagkapten Nora Bäck": the genitive covers both people
        prev = [r for r in capital_runs(text, lo, extra[0][0]) if not text[r.end : extra[0][0]].strip()]
        if prev and prev[-1].start > lo:
            org = prenominal(text, prev[-1].start, lo).organisation
    role = text[role_words[0][0] : role_words[-1][1]].strip(" ,") or None
    return Profile(role, org)
