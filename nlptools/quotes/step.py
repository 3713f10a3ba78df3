"""``QuotesStep``: direct quotes with speakers as a pipeline step (rules only, always available)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..pipeline import BaseStep, register_step
from ..types import Article, ParagraphKind, Quote
from .english import english_for, english_title_quote
from .extract import extract_quotes


@dataclass(frozen=True, slots=True)
class QuotesConfig:
    """Options of the ``quotes`` step (none yet: the rules need no settings; the language comes from ``language``)."""


@register_step(QuotesConfig)
class QuotesStep(BaseStep):
    """Finds direct quotes and their speakers; fills ``text_en`` when a translation ran before it.

    ``text_en`` comes from the aligned translated sentences (see :mod:`.english`);
    for an article already in English it is the quote itself.  Needs no model
    weights, so it is always available.
    """

    name = "quotes"
    requires = ("paragraphs",)
    provides = ("quotes",)
    uses = ("language", "translation")

    def __init__(self, *, language: str | None = None) -> None:
        self.language = language

    def predict(self, articles: Sequence[Article]) -> list[list[Quote]]:
        results: list[list[Quote]] = []
        for article in articles:
            lang = self.language
            if lang is None and article.language is not None and not article.language.is_undetermined:
                lang = article.language.language
            quotes = extract_quotes(article, language=lang)
            quotes = [q for q in quotes if not _in_label(article, q.start)]  # batchfaults: never quote a byline/caption
            if article.translation is None and lang == "en":
                for q in quotes:  # already English: the rendering is the quote itself
                    q.text_en = q.text
            elif article.translation is not None:
                for q in quotes:
                    q.text_en = english_for(article.text, q, article.translation)
                    if q.text_en is None and q.cue == "headline":
                        q.text_en = english_title_quote(q, article.translation)
            results.append(quotes)
        return results

    def apply(self, article: Article, result: list[Quote]) -> None:
        article.quotes = result


def _in_label(article: Article, offset: int) -> bool:
    """Whether ``offset`` lies in a caption or byline paragraph (read for names, never a quote's source)."""
    return any(p.start <= offset < p.end for p in article.paragraphs if p.kind in _LABELS)


_LABELS = (ParagraphKind.CAPTION, ParagraphKind.BYLINE, ParagraphKind.DATELINE)
