"""``EventStep``: the pipeline step that writes ``Article.event`` (no model, offline)."""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline import BaseStep, register_step
from ..types import Article, EventFacts
from .extract import extract_event


@register_step
class EventStep(BaseStep):
    """Event facts for each article: kind, ISO date, places, organisers, head count."""

    name = "event"
    requires = ("paragraphs",)
    provides = ("event",)
    uses = ("language", "quotes")  # sentences inside a found quote are speech, not the report's facts

    def predict(self, articles: Sequence[Article]) -> list[EventFacts]:
        return [extract_event(a) for a in articles]

    def apply(self, article: Article, result: EventFacts) -> None:
        article.event = result
