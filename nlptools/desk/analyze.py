"""Analyse text with the one pipeline and build its draft (what the CLI and the web page share)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..analysis import AnalyzeOptions, build_pipeline
from ..pipeline import Pipeline
from ..types import Article
from .build import Scorer, build_draft
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
        self._report: Callable[[str], None] | None = None
        steps = build_pipeline(analyze_options).steps
        self.pipeline: Pipeline = Pipeline([_Reporting(s, self) for s in steps])

    def analyze(self, article: Article, report: Callable[[str], None] | None = None) -> Article:
        """Run the pipeline on one article; ``report(step_name)`` is called as each step starts."""
        self._report = report
        try:
            [out] = self.pipeline.run([article])
        finally:
            self._report = None
        return out

    def draft(self, article: Article, report: Callable[[str], None] | None = None) -> tuple[Article, Draft]:
        """Run the pipeline on ``article`` and build its draft."""
        analysed = self.analyze(article, report)
        if report is not None:
            report("checks")
        return analysed, build_draft(analysed, glossary=self.glossary, scorer=self.scorer())

    def scorer(self) -> Scorer | None:
        """The log-probability scorer of the CTranslate2 model that translated, when there is exactly one."""
        from .checks.logprob import score_pairs

        for step in self.pipeline.steps:
            inner = getattr(step, "_step", step)
            if getattr(inner, "name", None) != "translation":
                continue
            backends = [b for b in getattr(inner, "_backends", {}).values() if getattr(b, "name", "") == "ctranslate2"]
            if len(backends) == 1 and not getattr(backends[0], "multilingual", True):
                backend = backends[0]
                return lambda sources, targets: score_pairs(backend, sources, targets)
        return None


class _Reporting:
    """A pipeline step that tells the desk when it starts predicting (for the page's progress)."""

    def __init__(self, step: Any, desk: Desk) -> None:
        self._step = step
        self._desk = desk

    def predict(self, articles: Sequence[Article]) -> list[Any]:
        if self._desk._report is not None:
            self._desk._report(self._step.name)
        return list(self._step.predict(articles))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._step, name)
