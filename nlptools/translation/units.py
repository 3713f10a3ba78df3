"""Translation units: what is sent to the model, with offsets into ``Article.text``.

Why units and not paragraphs: MT models trained on sentence pairs translate
only part of a multi-sentence input and silently cut everything after their
position limit (512 tokens for Marian).  So every paragraph is cut into its
sentences, each sentence at line breaks, and any piece still longer than the
model's budget is split at clause boundaries (``;``, ``:``, ``,``, ``och``,
``men``…), then at spaces, then — only for a single unbroken token run — at
characters.  Every character of the source outside a unit (markers, blank
lines, spaces between sentences, edge quote marks) is copied verbatim by
:mod:`nlptools.translation.reassemble`, which is what keeps the structure.

Units that a model would only hallucinate on — no letters (``-``, numbers,
punctuation), a bare URL or e-mail address, an English paragraph — are marked
``passthrough`` and copied untranslated.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..types import Article, Paragraph

#: Quote marks and brackets that are kept outside a unit when they enclose it whole.
OPENERS = "”“„\"«»‘’'("
CLOSERS = "”“\"»«’')"

URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"”]+[^\s<>\"”.,;:!?)]", re.IGNORECASE)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CLAUSE_AFTER = re.compile(r"[;:,–—)](?=\s)")
_CLAUSE_BEFORE = re.compile(r"\s(?=(?:och|men|eller|samt|som|att|eftersom|medan|när|då|där|vilket|så)\b)")
_EN_MARKER = re.compile(r"\b(the|and|of|is|are|was|were|with|this|that|for|will|has|have)\b", re.IGNORECASE)


@dataclass(slots=True)
class Unit:
    """One piece of source text that is translated (or passed through) on its own."""

    paragraph: int
    start: int  # offsets into Article.text
    end: int
    text: str
    passthrough: str | None = None  # the reason it is copied untranslated
    split: bool = False  # a clause of an over-long sentence


def passthrough_reason(text: str) -> str | None:
    """Why ``text`` must be copied untranslated, or ``None`` when it should be translated."""
    stripped = text.strip()
    if not stripped:
        return "empty"
    if not any(ch.isalpha() for ch in stripped):
        return "no letters (number or punctuation)"
    if URL_RE.fullmatch(stripped.rstrip(".")):
        return "URL"
    if EMAIL_RE.fullmatch(stripped.rstrip(".")):
        return "e-mail address"
    return None


def _is_english(paragraph: Paragraph) -> bool:
    lang = paragraph.language
    return lang is not None and lang.language == "en" and lang.probability >= 0.9


def _sentence_spans(article: Article, paragraph: Paragraph) -> list[tuple[int, int]]:
    if paragraph.sentences:
        spans = [(s.start, s.end) for s in paragraph.sentences]
    else:
        from ..segment import split_sentences

        spans = [(paragraph.start + s, paragraph.start + e) for s, e in split_sentences(paragraph.text)]
    if not spans:
        spans = [(paragraph.start, paragraph.end)]
    # sentences must cover the paragraph: text between them (other than spaces) becomes its own unit
    out: list[tuple[int, int]] = []
    pos = paragraph.start
    for s, e in sorted(spans):
        s, e = max(s, pos), min(e, paragraph.end)
        if s > pos and article.text[pos:s].strip():
            out.append((pos, s))
        if e > s:
            out.append((s, e))
            pos = e
    if pos < paragraph.end and article.text[pos : paragraph.end].strip():
        out.append((pos, paragraph.end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding whitespace and quote marks enclosing the whole span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start >= 3 and text[start] in OPENERS and text[end - 1] in CLOSERS:
        inner = text[start + 1 : end - 1]
        if any(q in inner for q in "”“„\"«»"):
            break
        start, end = start + 1, end - 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for piece in text[start:end].split("\n"):
        out.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


def split_long(
    text: str, start: int, end: int, count: Callable[[str], int], budget: int
) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into pieces of at most ``budget`` tokens, at the best boundary.

    Clause boundaries nearest the middle first, then whitespace, then characters;
    the pieces cover the span exactly (nothing is dropped).
    """
    if end - start <= 1 or count(text[start:end]) <= budget:
        return [(start, end)]
    chunk = text[start:end]
    mid = len(chunk) / 2
    candidates: list[int] = [m.end() for m in _CLAUSE_AFTER.finditer(chunk)]
    candidates += [m.start() for m in _CLAUSE_BEFORE.finditer(chunk)]
    candidates = [c for c in candidates if 0 < c < len(chunk) and chunk[:c].strip() and chunk[c:].strip()]
    if not candidates:
        candidates = [m.start() for m in re.finditer(r"\s+", chunk) if chunk[: m.start()].strip() and chunk[m.end() :].strip()]
    if candidates:
        # prefer a clause boundary that leaves both halves substantial
        cut = min(candidates, key=lambda c: abs(c - mid))
    else:
        cut = max(1, int(mid))
    left_end, right_start = start + cut, start + cut
    while left_end > start and text[left_end - 1].isspace():
        left_end -= 1
    while right_start < end and text[right_start].isspace():
        right_start += 1
    return split_long(text, start, left_end, count, budget) + split_long(text, right_start, end, count, budget)


def segment_article(
    article: Article,
    *,
    count_tokens: Callable[[str], int] | None = None,
    max_tokens: int = 200,
) -> list[Unit]:
    """Cut ``article`` into translation units, in document order, covering every letter of its paragraphs.

    ``count_tokens`` measures a piece in model tokens (default: a conservative
    estimate of 2 tokens per word); pieces over ``max_tokens`` are split.
    """
    count = count_tokens or (lambda s: 2 * len(s.split()) + 2)
    text = article.text
    units: list[Unit] = []
    for para in article.paragraphs:
        english = _is_english(para)
        for s_start, s_end in _sentence_spans(article, para):
            for l_start, l_end in _lines(text, s_start, s_end):
                a, b = _trim(text, l_start, l_end)
                if a >= b:
                    continue
                reason = passthrough_reason(text[a:b]) or ("paragraph is already English" if english else None)
                if reason:
                    units.append(Unit(para.index, a, b, text[a:b], passthrough=reason))
                    continue
                pieces = split_long(text, a, b, count, max_tokens)
                for p_start, p_end in pieces:
                    p_start, p_end = _trim(text, p_start, p_end)
                    if p_start >= p_end:
                        continue
                    sub = text[p_start:p_end]
                    units.append(
                        Unit(para.index, p_start, p_end, sub, passthrough=passthrough_reason(sub), split=len(pieces) > 1)
                    )
    return units


def looks_english(text: str) -> bool:
    """A cheap check used for whole-article passthrough decisions on tiny inputs."""
    words = text.split()
    return bool(words) and len(_EN_MARKER.findall(text)) / len(words) > 0.15
