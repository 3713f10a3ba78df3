"""``SummaryStep``: the pipeline step that writes ``Article.summary``.

Runs after translation when present, so a Swedish article's summary is English:
the extractive method picks sentences in the Swedish source and outputs their
aligned English; the abstractive method reads the English translation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..errors import ModelError
from ..pipeline import Availability, BaseStep, register_step
from ..types import Article, Summary
from .abstractive import AbstractiveSummarizer
from .api import Length, abstractive_input, abstractive_summaries, check_method, extractive_summary


@dataclass(frozen=True, slots=True)
class SummaryConfig:
    """Options of the ``summary`` step (the device is the pipeline's)."""

    sentences: int | None = field(
        default=None, metadata={"help": "Summary length in sentences (default 3).", "alias": ("-n",)}
    )
    words: int | None = field(
        default=None, metadata={"help": "Summary length in words (replaces --sentences).", "alias": ("-w",)}
    )
    method: str = field(
        default="extractive",
        metadata={"help": "extractive (offline) or abstractive (needs a model).", "flag": "--summary-method", "alias": ("--method",)},
    )
    model: str | None = field(
        default=None,
        metadata={"help": "Abstractive model: registry name or local dir.", "flag": "--summary-model", "alias": ("--model",)},
    )
    lede: bool = field(default=False, metadata={"help": "One-sentence lede instead of a summary."})

    def check(self) -> None:
        """A missing or incomplete model directory is refused before any work (coded model error)."""
        from ..errors import UsageError
        from ..modelcheck import check_model_dir

        if self.sentences is not None and self.words is not None:
            raise UsageError("give a length in sentences or in words, not both.", fix="drop --sentences or --words.")
        check_model_dir(self.model, "summary")


@register_step(SummaryConfig)
class SummaryStep(BaseStep):
    """Summarise each article (extractive by default: no model, offline)."""

    name = "summary"
    requires = ("paragraphs",)
    provides = ("summary",)
    uses = ("language", "translation", "quotes", "event")

    def __init__(
        self,
        *,
        sentences: int | None = None,
        words: int | None = None,
        method: str = "extractive",
        model: str | None = None,
        device: str = "auto",
        lede: bool = False,
    ) -> None:
        self.method = check_method(method)
        self.length = Length.of(sentences, words, lede)
        self.model = model
        self.device = device
        self._summarizer: AbstractiveSummarizer | None = None
        self._resolved: AbstractiveSummarizer | None = None

    def _resolve(self) -> AbstractiveSummarizer:
        """The (unloaded) summariser for the configured model; resolved once."""
        if self._resolved is None:
            from .abstractive import summarizer_for

            self._resolved = summarizer_for(self.model, language="en", device=self.device)
        return self._resolved

    def availability(self) -> Availability:
        if self.method == "extractive":
            return Availability.yes()
        try:
            self._resolve()
        except ModelError as exc:
            name = self.model or "distilbart-cnn-12-6"
            return Availability.no(
                f"abstractive summary model {name!r} is not available ({exc.message})",
                hint=f"nlptools models download {name}",
            )
        return Availability.yes()

    def prepare(self) -> None:
        if self.method == "abstractive" and self._summarizer is None:
            import warnings

            from .abstractive import licence_note, load_summarizer

            self._summarizer = load_summarizer(self.model, language="en", device=self.device)
            note = licence_note(self._summarizer)
            if note:  # e.g. mT5-XLSum is CC BY-NC-SA: users must be told
                warnings.warn(note, UserWarning, stacklevel=2)

    def skip_reason(self, article: Article) -> str | None:
        if self.method != "abstractive":
            return None
        _, language = abstractive_input(article)
        try:
            s = self._summarizer or self._resolve()
        except ModelError:
            return None  # availability() reports the missing model with its download command
        if not s.supports(language):
            return f"model {s.name!r} does not summarise {language!r} text and no English translation is present"
        return None

    def predict(self, articles: Sequence[Article]) -> list[Summary]:
        if self.method == "extractive":
            return [extractive_summary(a, self.length) for a in articles]
        self.prepare()
        assert self._summarizer is not None
        return abstractive_summaries(articles, self.length, self._summarizer)

    def apply(self, article: Article, result: Summary) -> None:
        article.summary = result
