"""Analyse text with the one pipeline and build its draft (what the CLI and the web page share)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..analysis import AnalyzeOptions, build_pipeline
from ..pipeline import Pipeline
from ..types import Article
from .build import build_draft
from .model import Draft
from .titles import DeskGlossary, desk_glossary


@dataclass(frozen=True, slots=True)
class DeskOptions:
    """What the desk needs beyond the pipeline: the translation model and glossaries."""

    model: str | None = None
    backend: str = "auto"
    device: str = "auto"
    glossary: Path | None = None  # the user's; overrides the shipped titles
    titles: bool = True  # use the shipped title glossary


class Desk:
    """A pipeline plus glossary, built once and used for many drafts (no state between documents)."""

    def __init__(self, options: DeskOptions | None = None) -> None:
        self.options = options or DeskOptions()
        self.glossary: DeskGlossary = desk_glossary(self.options.glossary, titles=self.options.titles)
        analyze_options = replace(
            AnalyzeOptions(),
            device=self.options.device,
            translation_model=self.options.model,
            translation_backend=self.options.backend,
            glossary=self.glossary.glossary,  # type: ignore[arg-type]  # the step accepts a Glossary object too
            summary_lede=False,
        )
        self.pipeline: Pipeline = build_pipeline(analyze_options)

    def analyze(self, article: Article) -> Article:
        [out] = self.pipeline.run([article])
        return out

    def draft(self, article: Article) -> tuple[Article, Draft]:
        """Run the pipeline on ``article`` and build its draft."""
        analysed = self.analyze(article)
        return analysed, build_draft(analysed, glossary=self.glossary)
