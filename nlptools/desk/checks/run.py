"""Run the check families on a sentence pair, a paragraph pair or a whole document."""

from __future__ import annotations

from ..titles import DeskGlossary
from .base import Flag
from .negation import check_negation
from .numbers import check_numbers
from .omission import check_length, check_sentence_count
from .repetition import check_repetition
from .terms import check_terms
from .untranslated import check_untranslated
from .verbatim import check_verbatim


def check_pair(source: str, english: str, glossary: DeskGlossary | None = None) -> list[Flag]:
    """Every sentence-level check on one Swedish sentence and its English."""
    if not english.strip():
        return [Flag("omission", "no English for this sentence")] if source.strip() else []
    flags = check_untranslated(source, english)
    if flags:  # a copy of the source: the other checks would only repeat it
        return flags
    return (
        check_numbers(source, english)
        + check_verbatim(source, english)
        + check_negation(source, english)
        + check_repetition(source, english)
        + check_length(source, english)
        + check_terms(source, english, glossary)
    )


def check_paragraph(source: str, english: str) -> list[Flag]:
    """Paragraph-level checks: sentence count (a dropped or split sentence)."""
    return check_sentence_count(source, english)


def check_document(pairs: list[tuple[str, str]], glossary: DeskGlossary | None = None) -> list[list[Flag]]:
    """Sentence checks for each pair plus the document-wide consistency check."""
    from .terms import check_consistency

    out = [check_pair(s, e, glossary) for s, e in pairs]
    for i, flag in check_consistency([e for _, e in pairs], glossary):
        out[i].append(flag)
    return out
