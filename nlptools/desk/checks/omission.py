"""Dropped or added content: sentences per paragraph and the length ratio band.

A paragraph whose English has fewer sentences than its Swedish (and is
shorter than usual) has probably lost one (MT models drop sentences silently; line breaks that split a sentence
show up as more).  The English/Swedish character-length ratio of a sentence
pair normally lies in a narrow band; the band below is the 0.5th–99.5th
percentile measured on the NTREX-128 and FLORES-101 sv/en pairs
(``python benchmarks/desk_checks.py``, results in ``benchmarks/results/desk_checks.md``).
Pairs shorter than :data:`MIN_CHARS` are too short for a ratio to mean anything.
"""

from __future__ import annotations

from ...segment import split_sentences
from .base import Flag

RATIO_LOW = 0.67
RATIO_HIGH = 1.45
MIN_CHARS = 30
SHORT_PARAGRAPH = 0.88  # a paragraph one sentence short is flagged only when also this much shorter


def length_ratio(source: str, english: str) -> float:
    return len(english.strip()) / max(1, len(source.strip()))


def check_length(source: str, english: str, *, low: float = RATIO_LOW, high: float = RATIO_HIGH) -> list[Flag]:
    """Flag a pair whose length ratio lies outside the measured band."""
    if max(len(source.strip()), len(english.strip())) < MIN_CHARS:
        return []
    r = length_ratio(source, english)
    if r < low:
        return [Flag("omission", f"the English is {r:.0%} of the Swedish length (usual {low:.0%}–{high:.0%}): something may be missing")]
    if r > high:
        return [Flag("omission", f"the English is {r:.0%} of the Swedish length (usual {low:.0%}–{high:.0%}): something may be added")]
    return []


def count_sentences(text: str, language: str) -> int:
    return len(split_sentences(text, language)) if text.strip() else 0


def check_sentence_count(source: str, english: str) -> list[Flag]:
    """Flag a paragraph whose English has a different number of sentences than its Swedish."""
    ns, ne = count_sentences(source, "sv"), count_sentences(english, "en")
    # one sentence fewer at a normal length is usually a merge (or a segmentation slip), not a loss
    if ne < ns and (ne < ns - 1 or length_ratio(source, english) < SHORT_PARAGRAPH):
        return [Flag("omission", f"{ns} Swedish sentences but {ne} English: a sentence may be missing")]
    if ne > ns + 1:
        return [Flag("omission", f"{ns} Swedish sentences but {ne} English: a sentence may be split or added")]
    return []
