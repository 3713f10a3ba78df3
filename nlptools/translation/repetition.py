"""Repetition loops and runaway output (complaint 5).

A unit's output is *looping* when an n-gram of words (n ≤ 6) repeats back to
back — 5 times for single words, 4 times for longer n-grams — and the source
has no such repetition; it is *runaway* when generation stopped at the length
cap (far longer than any translation of the source should be).  The step
retries such units with ``no_repeat_ngram_size`` and a repetition penalty, and
if the retry still loops, keeps the output up to the loop and records that.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def find_loop(seq: Sequence[T], *, max_ngram: int = 6) -> int | None:
    """Index in ``seq`` where a back-to-back repetition starts, or ``None``."""
    n_items = len(seq)
    for n in range(1, max_ngram + 1):
        need = 5 if n == 1 else 4
        if n * need > n_items:
            break
        for start in range(0, n_items - n * need + 1):
            gram = seq[start : start + n]
            reps = 1
            pos = start + n
            while pos + n <= n_items and seq[pos : pos + n] == gram:
                reps += 1
                pos += n
            if reps >= need:
                return start
    return None


def text_loop(text: str) -> int | None:
    """Character offset in ``text`` where a word-level loop starts, or ``None``."""
    words = text.split()
    i = find_loop(words)
    if i is None:
        return None
    pos = 0
    for w in words[:i]:
        pos = text.index(w, pos) + len(w)
    return text.index(words[i], pos)


def is_degenerate(source: str, output: str) -> bool:
    """Output loops where the source does not."""
    return text_loop(output) is not None and text_loop(source) is None


def cut_loop(output: str) -> str:
    """``output`` up to and including the first occurrence of its looping n-gram."""
    words = output.split()
    i = find_loop(words)
    if i is None:
        return output
    for n in range(1, 7):
        gram = words[i : i + n]
        if words[i + n : i + 2 * n] == gram:
            return " ".join(words[: i + n])
    return " ".join(words[: i + 1])


def max_new_tokens(source_tokens: int, *, ratio: float = 1.6, slack: int = 10, limit: int = 512) -> int:
    """The output length cap for a source of ``source_tokens`` tokens."""
    return max(4, min(limit, math.ceil(ratio * source_tokens) + slack))
