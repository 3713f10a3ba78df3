"""The desk on the one pipeline: analyse with the pipeline every command runs, then render the record.

The desk runs no step of its own.  :class:`Desk` holds a pipeline built from a
:class:`~nlptools.analysis.PipelineConfig` (what ``nlptools analyze`` builds
from the same options); a draft is :func:`~nlptools.desk.build.build_draft` of
the article it returns, checked with the glossary the translation step used
and scored with the CTranslate2 model that translated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..analysis import PipelineConfig
from ..pipeline import Pipeline
from ..translation.step import TranslationConfig
from ..types import Article
from .build import Scorer, build_draft
from .model import Draft
from .titles import DeskGlossary, desk_glossary


def desk_config(configs: Mapping[str, Any] | None = None, *, steps: Sequence[str] = (), device: str = "auto") -> PipelineConfig:
    """The desk's pipeline: every step (or ``steps``), the title glossary on unless ``configs`` say otherwise."""
    return PipelineConfig(tuple(steps), {"translation": TranslationConfig(titles=True), **(configs or {})}, device)


def glossary_for(config: TranslationConfig | None) -> DeskGlossary:
    """The glossary the draft checks with: the one the translation step translates with under ``config``."""
    config = config or TranslationConfig()
    return desk_glossary(config.glossary, titles=config.titles)


def translation_scorer(pipeline: Pipeline) -> Scorer | None:
    """The log-probability scorer of the CTranslate2 model that translated, when exactly one bilingual one did."""
    from .checks.logprob import score_pairs

    step = next((s for s in pipeline.steps if s.name == "translation"), None)
    backends = [b for b in getattr(step, "backends", ()) if getattr(b, "name", "") == "ctranslate2"]
    if len(backends) == 1 and not getattr(backends[0], "multilingual", True):
        backend = backends[0]
        return lambda sources, targets: score_pairs(backend, sources, targets)
    return None


class Desk:
    """A pipeline plus the draft's glossary, built once and used for many drafts (no state between documents)."""

    def __init__(self, config: PipelineConfig | None = None) -> None:
        self.config = config or desk_config()
        self.pipeline: Pipeline = self.config.build()  # a missing --glossary or model: refused here
        self.glossary: DeskGlossary = glossary_for(self.config.configs.get("translation"))

    def analyze(self, article: Article, report: Callable[[str], None] | None = None) -> Article:
        """Run the pipeline on one article; ``report(step_name)`` is called as each step starts."""
        [out] = self.pipeline.run([article], on_step=report)
        return out

    def draft(self, article: Article, report: Callable[[str], None] | None = None) -> tuple[Article, Draft]:
        """Run the pipeline on ``article`` and build its draft."""
        analysed = self.analyze(article, report)
        if report is not None:
            report("checks")
        return analysed, self.render(analysed)

    def render(self, article: Article) -> Draft:
        """The draft of an analysed article (checked with this desk's glossary and model)."""
        return build_draft(article, glossary=self.glossary, scorer=self.scorer())

    def scorer(self) -> Scorer | None:
        """See :func:`translation_scorer`."""
        return translation_scorer(self.pipeline)
