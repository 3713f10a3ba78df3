"""Glossary compliance and one rendering per term.

Every glossary term in the Swedish must come out as its fixed rendering in the
English (or, for a kept term, unchanged); and a document that renders a title
once as "CEO" and once as "managing director" is flagged, because readers take
two names for two things.
"""

from __future__ import annotations

import re

from ..titles import DeskGlossary
from .base import Flag


def _has(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?:s|es)?(?!\w)", text, re.IGNORECASE) is not None  # plural too


def check_terms(source: str, english: str, glossary: DeskGlossary | None) -> list[Flag]:
    """Flag glossary terms of ``source`` whose rendering is missing from ``english``."""
    if glossary is None:
        return []
    flags = []
    for a, b, rendering in glossary.glossary.find(source):
        if not _has(english, rendering):
            flags.append(Flag("glossary", f"'{source[a:b]}' should be rendered '{rendering}'"))
    return flags


def check_consistency(english_texts: list[str], glossary: DeskGlossary | None) -> list[tuple[int, Flag]]:
    """``(index, flag)`` for texts that use an alternative of a rendering the document also uses."""
    if glossary is None:
        return []
    out = []
    for rendering, alts in glossary.alternatives.items():
        if not any(_has(t, rendering) for t in english_texts):
            continue
        for i, t in enumerate(english_texts):
            for alt in alts:
                if _has(t, alt):
                    out.append((i, Flag("consistency", f"'{alt}' here, '{rendering}' elsewhere: use one rendering")))
    return out
