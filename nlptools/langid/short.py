"""Very short texts: below the length where language identification is reliable.

Measured on the benchmark's test set (``benchmarks/langid.py``, accuracy by
length, held-out lines), the default cascade alone is right on 55 / 82 / 90 / 95 %
of texts of 1 / 2 / 3 / 5 words; "hej" scores as Slovak.  So for a text of fewer than
:data:`RELIABLE_WORDS` words whose answer is not sure (< :data:`SHORT_SURE`):

* the preferred languages (``prefer``; default :data:`DEFAULT_PREFER`, the
  toolkit's own) are scored too and weighed × :data:`PREFER_WEIGHT`
  (:class:`Preference`);
* an unlikely guess (< :data:`SHORT_MIN_PROB`) outside them yields to the best
  preferred language when that has :data:`PREFER_RATIO` of its probability, and
  is ``und`` otherwise, with its candidates kept (:func:`short_text`);
* every such answer says so in ``reason``.
"""

from __future__ import annotations

from ..types import LanguageResult
from .backends import Scores
from .languages import UND

#: Texts of fewer words are "short": below the length where identification is reliable
#: (the default cascade reaches 95 % at 5 words on the benchmark's test set, 90 % at 3).
RELIABLE_WORDS = 5
#: A short text's answer at least this probable stands as it is (measured ≥ 96 % right).
SHORT_SURE = 0.9
#: A short text's best guess below this probability, and not a preferred language, is ``und``.
SHORT_MIN_PROB = 0.5
#: How much more likely a preferred language is a priori, for a short text.
PREFER_WEIGHT = 4.0
#: A short text whose unlikely best guess is not preferred takes the best preferred language
#: instead when that has at least this share of the guess's probability ("hej": sv over sk).
PREFER_RATIO = 0.5
#: Languages preferred for short texts unless ``prefer=`` says otherwise: the toolkit's own.
DEFAULT_PREFER: tuple[str, ...] = ("sv", "en")


def word_count(text: str, limit: int) -> int:
    """Words of ``text``, counted up to ``limit`` (scripts without spaces: two characters a word)."""
    n = len(text.split(None, limit)[:limit])
    if n < limit and any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text):
        n = max(n, sum(ch.isalpha() for ch in text) // 2)  # kana, CJK ideographs, hangul
    return min(n, limit)


class Preference:
    """The prior for short texts: preferred languages ×PREFER_WEIGHT (only texts in ``short``)."""

    def __init__(self, languages: tuple[str, ...], short: dict[int, int]) -> None:
        self.languages = list(languages)
        self.short = short
        self.weighted: dict[int, Scores] = {}  # the scores after the prior, per short text

    def applies(self, i: int) -> bool:
        return i in self.short

    def __call__(self, i: int, scores: Scores) -> Scores:
        if i not in self.short or not self.languages or not scores or max(scores.values()) >= SHORT_SURE:
            return scores
        weighted = {c: p * (PREFER_WEIGHT if c in self.languages else 1.0) for c, p in scores.items()}
        total = sum(weighted.values())
        out = {c: p / total for c, p in weighted.items()} if total > 0 else scores
        self.weighted[i] = out
        return out


def short_text(
    result: LanguageResult | None, words: int, limit: int, preferred: tuple[str, ...], scores: Scores | None
) -> LanguageResult | None:
    """Say that a short text's answer is unsure; prefer ``preferred``; ``und`` for an unlikely other guess."""
    if result is None or result.is_undetermined or result.probability >= SHORT_SURE:
        return result
    size = f"{words} word{'s' if words != 1 else ''}"
    if result.language not in preferred and result.probability < SHORT_MIN_PROB and scores:
        best = max(preferred, key=lambda c: scores.get(c, 0.0), default=None)
        if best is not None and scores.get(best, 0.0) >= PREFER_RATIO * result.probability:
            p = round(scores[best], 6)
            ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
            if best not in dict(ranked):
                ranked[-1] = (best, scores[best])
            result = LanguageResult(best, p, result.method, [(c, round(v, 6)) for c, v in ranked])
    if result.language in preferred or result.probability >= SHORT_MIN_PROB:
        why = "a preferred language" if result.language in preferred else "the likeliest language"
        note = f"short text ({size}, reliable from {limit}): {why}, probability {result.probability:.2f}"
        return LanguageResult(result.language, result.probability, result.method, result.candidates, note)
    reason = (
        f"too short to identify reliably ({size}, reliable from {limit}); best guess {result.language} "
        f"at {result.probability:.2f}: pass more text, or languages= / prefer= with the languages you expect"
    )
    return LanguageResult(UND, 0.0, result.method, result.candidates, reason)
