"""From an :class:`Article` to summary candidates, and from source sentences to their English.

Structure the intake already recognised is used: titles, headings, bylines and
speaker lines are never summary sentences; dash-quote paragraphs are marked as
quotes.  When the translation step ran, each source sentence is mapped to the
aligned English unit(s) that overlap it (a long Swedish sentence may have been
translated as several units: they are joined in order).
"""

from __future__ import annotations

from ..types import AlignedSentence, Article, ParagraphKind, Translation
from .extractive import Candidate

_NEVER = {
    ParagraphKind.TITLE: "title",
    ParagraphKind.HEADING: "heading",
    ParagraphKind.BYLINE: "byline",
    ParagraphKind.CAPTION: "caption",
    ParagraphKind.DATELINE: "dateline",
    ParagraphKind.ATTRIBUTION: "attribution",
}


def article_language(article: Article) -> str:
    """The article's language code, ``und`` when no step decided it."""
    if article.language is not None and not article.language.is_undetermined:
        return article.language.language
    return "und"


def candidates_for(article: Article) -> list[Candidate]:
    """Every sentence of the article as a candidate, in document order (nothing left out)."""
    out: list[Candidate] = []
    for p in article.paragraphs:
        skip = _NEVER.get(p.kind)
        quote = p.kind == ParagraphKind.DASH_QUOTE
        sentences = p.sentences or []
        if not sentences and p.text.strip():
            out.append(Candidate(p.text, p.start, p.end, p.index, skip, quote))
            continue
        for s in sentences:
            out.append(Candidate(s.text, s.start, s.end, p.index, skip, quote))
    if not out and article.text.strip():
        from ..segment import split_sentences

        lang = article_language(article)
        for a, b in split_sentences(article.text, lang if lang != "und" else "en"):
            out.append(Candidate(article.text[a:b], a, b))
    return out


def aligned_units(translation: Translation, start: int, end: int) -> list[AlignedSentence]:
    """Aligned English units whose source span overlaps ``[start, end)``, in order."""
    units = [u for u in translation.sentences if u.source_start < end and u.source_end > start]
    return sorted(units, key=lambda u: (u.source_start, u.target_start))


def english_for(translation: Translation, start: int, end: int) -> str | None:
    """The English text for the source span ``[start, end)``, or ``None`` when nothing is aligned."""
    units = aligned_units(translation, start, end)
    text = " ".join(u.text.strip() for u in units if u.text.strip())
    return text or None
