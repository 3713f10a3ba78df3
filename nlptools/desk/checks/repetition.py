"""Repeated output: a word or phrase the model loops on, or a sentence said twice.

Flags an English rendering in which the same 1–4-word phrase runs three or more
times in a row, or a sentence of 4+ words occurs twice, unless the Swedish
repeats as well.
"""

from __future__ import annotations

import re

from .base import Flag, words

_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+")


def _looping(ws: list[str]) -> str | None:
    for n in range(1, 5):
        for i in range(0, max(0, len(ws) - 3 * n + 1)):
            gram = ws[i : i + n]
            if ws[i + n : i + 2 * n] == gram and ws[i + 2 * n : i + 3 * n] == gram:
                return " ".join(gram)
    return None


def _repeated_sentence(text: str) -> str | None:
    seen: set[tuple[str, ...]] = set()
    for part in _SENT_SPLIT.split(text):
        key = tuple(words(part))
        if len(key) >= 4:
            if key in seen:
                return part.strip()
            seen.add(key)
    return None


def check_repetition(source: str, english: str) -> list[Flag]:
    """Flag a loop or a doubled sentence in ``english`` that ``source`` does not have."""
    flags = []
    loop = _looping(words(english))
    if loop and not _looping(words(source)):
        flags.append(Flag("repetition", f"'{loop}' repeats three or more times in a row"))
    dup = _repeated_sentence(english)
    if dup and not _repeated_sentence(source):
        flags.append(Flag("repetition", f"the sentence '{dup[:60]}' occurs twice"))
    return flags
