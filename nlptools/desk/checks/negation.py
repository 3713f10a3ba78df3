"""Negation polarity: a "not" gained or lost in translation reverses the meaning.

Counts negators on each side (Swedish inte/ej/aldrig/ingen/inget/inga/utan/…,
English not/n't/never/no/none/nothing/without/…) and flags a pair where one side has
a negation and the other has none, or where the counts differ by two or more.
"""

from __future__ import annotations

import re

from .base import Flag

SV_NEGATORS = frozenset("inte icke ej aldrig ingen inget inga ingenting ingenstans varken knappast utan".split())
EN_NEGATORS = frozenset("not never no none nothing nobody nowhere neither nor cannot without hardly non".split())
_EN_NT = re.compile(r"\w+n['’]t\b", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


def negations(text: str, language: str) -> int:
    """Number of negators in ``text``."""
    ws = [w.lower() for w in _WORD.findall(text)]
    if language == "sv":
        return sum(w in SV_NEGATORS for w in ws)
    return sum(w in EN_NEGATORS for w in ws) + len(_EN_NT.findall(text))


def check_negation(source: str, english: str, *, name: str = "negation") -> list[Flag]:
    """Flag a pair whose negation polarity differs."""
    ns, ne = negations(source, "sv"), negations(english, "en")
    if (ns == 0) != (ne == 0) or abs(ns - ne) >= 2:
        return [Flag(name, f"{ns} negation(s) in the Swedish, {ne} in the English: check the meaning is not reversed")]
    return []
