"""Mentions stage: is a string a plausible person's name?

A person mention is one to four capitalised words (name particles such as ``af``,
``von`` and initials such as ``H.`` allowed) none of which is an organisation word,
a place (as first word), a word that only starts sentences, an upper-case abbreviation, or a word
the article otherwise writes in lower case; a single word is no demonym or
adjective (``Västbyske``, ``Norrlandska``).  Pronouns and role nouns resolve only
to mentions that pass (see :mod:`.resolve`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .lexicon import ADJECTIVE_ENDINGS_SV, NAME_PARTICLES
from .lexicon import COMMON_CAPITALISED, NOT_ORG_ACRONYMS, ORG_WORDS, PLACES

_PARTICLES = NAME_PARTICLES
_INITIAL = re.compile(r"^[A-ZÅÄÖ]\.$")
_ADJECTIVE_ENDINGS = ADJECTIVE_ENDINGS_SV


def plausible_person(name: str | None, places: Collection[str] = (), lower_vocab: Collection[str] = ()) -> bool:
    """Could ``name`` be a person's name as written in an article?"""
    if not name:
        return False
    words = name.split()
    if not 1 <= len(words) <= 4:
        return False
    for n, w in enumerate(words):
        core = w.strip(",.:;()’'")
        low = core.lower()
        if _INITIAL.match(w) and 0 < n < len(words) - 1:
            continue  # "Kim H. Berglund"
        if low in _PARTICLES and 0 < n < len(words) - 1:
            continue
        if not core[:1].isupper() or core.isupper() and len(core) > 1 and core in NOT_ORG_ACRONYMS:
            return False
        if low in ORG_WORDS or low in COMMON_CAPITALISED or low in lower_vocab:
            return False
        if n == 0 and (low in PLACES or low in places):
            return False  # a place never starts a name; as a surname it may ("Anna Lund")
    if len(words) == 1 and words[0].lower().endswith(_ADJECTIVE_ENDINGS):
        return False
    return True
