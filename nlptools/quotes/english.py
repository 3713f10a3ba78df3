"""The English rendering of a quote, taken from the aligned translation.

``Translation.sentences`` pairs each source sentence (offsets into
``Article.text``) with its English text.  For every part of a quote:

* aligned sentences that lie inside the part are taken whole;
* a sentence that also holds the attribution (``– Det är bra, säger hon.`` →
  ``"It's good," she says.``) is cut on the English side at the attribution:
  the first speech verb clause (``, she says``, ``, says Eva Ek``,
  ``Svensson told …``) ends the quote when the part is the sentence's
  beginning, and starts it (after the clause's comma or full stop) when the
  part is the sentence's end;
* without a recognisable clause, the English sentence is cut in the same
  proportion as the Swedish characters (at the nearest comma, else word boundary);
* a sentence passed through unchanged (already English, numbers) is cut at
  the same offsets as the source;
* speech dashes and surrounding quote marks are removed.

Parts of a multi-paragraph quote are joined with ``\\n`` as in ``Quote.text``.
"""

from __future__ import annotations

import re

from ..types import AlignedSentence, Quote, Translation
from .lexicon import SPEECH_VERBS_EN

_VERBS = "|".join(sorted(SPEECH_VERBS_EN, key=len, reverse=True)) + "|according to"
_NP = r"(?:(?:he|she|they|it|the\s+\w+(?:\s+\w+)?|[A-ZÅÄÖ][\w'’.-]*(?:\s+(?:[A-ZÅÄÖ][\w'’.-]*|of|von|van|de))*))"
_ATTR = re.compile(
    rf"[,;]?\s*[”\"“»’]?\s*,?\s*(?:\b(?:{_VERBS})\b\s+{_NP}|\b{_NP}\s+(?:{_VERBS})\b)",
)
_EDGE = "–—‒―- \t\n\"”“»«’‘,"


def _clean(s: str) -> str:
    s = s.strip(_EDGE)
    return re.sub(r"\s+", " ", s)


def quote_parts(text: str, quote: Quote) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of each ``\\n``-joined part of ``quote`` in ``text``."""
    parts: list[tuple[int, int]] = []
    pos = quote.start
    for piece in quote.text.split("\n"):
        i = text.find(piece, pos, max(quote.end, pos + len(piece)) + 1)
        if i < 0:
            i = text.find(piece, pos)
        if i < 0:
            continue
        parts.append((i, i + len(piece)))
        pos = i + len(piece)
    return parts or [(quote.start, quote.end)]


def _head(en: str, ratio: float) -> str:
    """The quote at the start of an English sentence: everything before the attribution."""
    matches = [m for m in _ATTR.finditer(en) if m.start() > 0]
    if matches:  # the attribution closes the sentence: take the last clause ("We said no, she says.")
        return en[: matches[-1].start()]
    return _proportional(en, 0.0, ratio)


def _tail(en: str, ratio: float) -> str:
    """The quote at the end of an English sentence: everything after the attribution clause."""
    m = _ATTR.search(en)
    if m:
        rest = en[m.end() :]
        cut = re.search(r"[,.:]\s+|\s+[“\"”]", rest)
        if cut:
            return rest[cut.end() :]
    return _proportional(en, 1.0 - ratio, 1.0)


def _snap(en: str, pos: int) -> int:
    """Move a cut to the nearest clause (comma) or word boundary."""
    if pos <= 0 or pos >= len(en):
        return max(0, min(pos, len(en)))
    window = max(4, len(en) // 7)
    commas = [m.end() for m in re.finditer(r"[,;:]\s", en) if abs(m.end() - pos) <= window]
    if commas:
        return min(commas, key=lambda c: abs(c - pos))
    spaces = [m.start() for m in re.finditer(r"\s", en)]
    return min(spaces, key=lambda c: abs(c - pos)) if spaces else pos


def _proportional(en: str, lo: float, hi: float) -> str:
    """The share ``lo..hi`` of an English sentence, cut at clause or word boundaries."""
    a, b = _snap(en, round(lo * len(en))), _snap(en, round(hi * len(en)))
    return en[a:b] if b > a else en


def _marked(en: str) -> str | None:
    """Text inside quote marks in the English sentence, when there is any."""
    found = re.findall(r"[“\"”»]([^“\"”»«]{2,})[”\"“«]", en)
    return " ".join(found) if found else None


def english_for_part(start: int, end: int, sentences: list[AlignedSentence]) -> str:
    pieces: list[str] = []
    for s in sentences:
        if s.source_end <= start or s.source_start >= end:
            continue
        en = s.text
        length = max(1, s.source_end - s.source_start)
        if en == s.source_text:  # passthrough or copied: the same offsets apply
            pieces.append(en[max(start, s.source_start) - s.source_start : min(end, s.source_end) - s.source_start])
            continue
        if s.source_start >= start and s.source_end <= end:
            pieces.append(en)
            continue
        ratio = (min(end, s.source_end) - max(start, s.source_start)) / length
        if start <= s.source_start:  # the part is the beginning of this sentence
            pieces.append(_head(en, ratio))
        elif end >= s.source_end:  # the part is its end
            pieces.append(_tail(en, ratio))
        else:  # a fragment inside the sentence ("vip-plats")
            pieces.append(_marked(en) or _proportional(en, (start - s.source_start) / length, (end - s.source_start) / length))
    return _clean(" ".join(p for p in pieces if p.strip()))


def english_for(text: str, quote: Quote, translation: Translation) -> str | None:
    """``quote`` in English from ``translation``'s aligned sentences, or ``None`` when none overlap."""
    if not translation.sentences:
        return None
    out = [english_for_part(s, e, translation.sentences) for s, e in quote_parts(text, quote)]
    out = [o for o in out if o]
    return "\n".join(out) if out else None


def english_title_quote(quote: Quote, translation: Translation) -> str | None:
    """A headline quote's English from ``Translation.title`` (titles may not be sentence-aligned)."""
    if not translation.title:
        return None
    return _marked(translation.title) or _clean(translation.title.split(":", 1)[-1])
