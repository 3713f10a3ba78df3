"""Quote count and quote content: every quote rendered, its numbers and negation intact.

A quote is a person's words: a changed number or a lost "not" inside one is
the worst error a press text can make, so each quote is checked on its own,
and a quote without an English rendering is reported.
"""

from __future__ import annotations

from .base import Flag
from .negation import check_negation
from .numbers import check_numbers


def check_quote(source: str, english: str | None) -> list[Flag]:
    """Flags for one quote: missing English, numbers, negation."""
    if english is None or not english.strip():
        return [Flag("quote", "this quote has no English rendering")]
    return check_numbers(source, english, name="quote numbers") + check_negation(source, english, name="quote negation")


def check_quote_count(n_source: int, n_rendered: int) -> list[Flag]:
    """Flag a draft that renders fewer quotes than the article has."""
    if n_rendered < n_source:
        return [Flag("quote", f"{n_source} quotes in the Swedish, {n_rendered} in the English")]
    return []
