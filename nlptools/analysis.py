"""The main job: every step that can run here, on one or many articles.

``analyze`` runs language identification, translation to English, quote
extraction and summarisation.  Steps whose model is not on disk are skipped
with a one-line reason and the command that enables them (see
``Article.steps``); everything that needs no weights always runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .intake import read_file, read_text
from .pipeline import OnError, Pipeline, Step
from .types import Article

ALL_STEPS = ("language", "translation", "quotes", "event", "summary")


@dataclass(frozen=True, slots=True)
class AnalyzeOptions:
    """Settings for :func:`build_pipeline`; every field has a safe offline default."""

    steps: tuple[str, ...] = ALL_STEPS
    device: str = "auto"
    translation_model: str | None = None  # registry name or local dir; None = by detected language
    translation_backend: str = "auto"
    glossary: Path | None = None
    beams: int = 4
    summary_sentences: int | None = 3
    summary_words: int | None = None
    summary_method: str = "extractive"
    summary_model: str | None = None
    summary_lede: bool = False  # one-line lede instead of N sentences
    languages: tuple[str, ...] | None = None  # language-id candidates; None = the detector's default set


def build_steps(options: AnalyzeOptions) -> list[Step]:
    """The steps named in ``options.steps``, in pipeline order."""
    unknown = set(options.steps) - set(ALL_STEPS)
    if unknown:
        from .errors import ConfigError

        raise ConfigError(f"unknown step(s): {', '.join(sorted(unknown))}.", fix=f"choose from {', '.join(ALL_STEPS)}.")
    steps: list[Step] = []
    if "language" in options.steps:
        from .langid import LanguageStep

        steps.append(LanguageStep(languages=options.languages))
    if "translation" in options.steps:
        from .translation.step import TranslationStep

        steps.append(
            TranslationStep(
                model=options.translation_model,
                backend=options.translation_backend,
                device=options.device,
                glossary=options.glossary,
                beams=options.beams,
            )
        )
    if "quotes" in options.steps:
        from .quotes.step import QuotesStep

        steps.append(QuotesStep())
    if "event" in options.steps:
        from .events.step import EventStep

        steps.append(EventStep())
    if "summary" in options.steps:
        from .summarization.step import SummaryStep

        steps.append(
            SummaryStep(
                sentences=options.summary_sentences,
                words=options.summary_words,
                method=options.summary_method,
                model=options.summary_model,
                device=options.device,
                lede=options.summary_lede,
            )
        )
    return steps


def build_pipeline(options: AnalyzeOptions | None = None, *, on_error: OnError = "record") -> Pipeline:
    """The analyze pipeline for ``options`` (defaults: all steps, offline-safe)."""
    return Pipeline(build_steps(options or AnalyzeOptions()), on_error=on_error)


def to_article(text_or_path: str | Path | Article) -> Article:
    """Accept an Article, a path to a file, or the text itself."""
    if isinstance(text_or_path, Article):
        return text_or_path
    if isinstance(text_or_path, Path):
        return read_file(text_or_path)
    if "\n" not in text_or_path and len(text_or_path) < 4096 and Path(text_or_path).is_file():
        return read_file(text_or_path)
    return read_text(text_or_path)


def analyze(text_or_path: str | Path | Article, *, options: AnalyzeOptions | None = None) -> Article:
    """Run every available step on one article (text, path or Article) and return it."""
    [article] = build_pipeline(options).run([to_article(text_or_path)])
    return article


def analyze_many(articles: Sequence[Article], *, options: AnalyzeOptions | None = None) -> list[Article]:
    """Run the pipeline over many articles at once (model batches span articles)."""
    return build_pipeline(options).run(articles)
