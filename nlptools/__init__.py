"""nlptools: article analysis for Swedish and English text.

One obvious function per capability (imported lazily, so ``import nlptools``
is cheap and loads no model)::

    nlptools.detect(text_or_path)         # -> LanguageResult (.language, .probability)
    nlptools.translate(text)              # -> Translation (English, sentence-aligned)
    nlptools.summarize(text, sentences=3) # -> Summary (.text, .sentences, .faithfulness)
    nlptools.extract_quotes(text)         # -> list[Quote] (speaker, organisation, role, offsets)
    nlptools.analyze(text_or_path)        # -> Article with all of the above

Each is a thin call into the same pipeline the commands run (``analyze``
runs every registered step, the others a subset), so a result is the same
whichever door it came through.  A ``str`` is the text itself; pass a
``pathlib.Path`` to read a file (.txt, .md, .html, .docx).  For full control:
``nlptools.Pipeline.from_names(["language", "quotes"], {"language": LanguageConfig(...)})``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import NlptoolsError
from .types import (
    SCHEMA_VERSION,
    AlignedSentence,
    Article,
    FaithfulnessCheck,
    LanguageResult,
    Paragraph,
    ParagraphKind,
    Quote,
    Sentence,
    StepStatus,
    Summary,
    SummarySentence,
    Translation,
)

__version__ = "0.1.0"

# public name -> "module:attribute", resolved on first use
_LAZY = {
    "detect": "nlptools.analysis:detect",
    "LanguageStep": "nlptools.langid:LanguageStep",
    "translate": "nlptools.translation.api:translate",
    "TranslationStep": "nlptools.translation.step:TranslationStep",
    "summarize": "nlptools.summarization.api:summarize",
    "SummaryStep": "nlptools.summarization.step:SummaryStep",
    "extract_quotes": "nlptools.analysis:extract_quotes",
    "QuotesStep": "nlptools.quotes.step:QuotesStep",
    "analyze": "nlptools.analysis:analyze",
    "PipelineConfig": "nlptools.analysis:PipelineConfig",
    "build_pipeline": "nlptools.analysis:build_pipeline",
    "LanguageConfig": "nlptools.langid.step:LanguageConfig",
    "TranslationConfig": "nlptools.translation.step:TranslationConfig",
    "SummaryConfig": "nlptools.summarization.step:SummaryConfig",
    "QuotesConfig": "nlptools.quotes.step:QuotesConfig",
    "register_step": "nlptools.steps:register_step",
    "Pipeline": "nlptools.pipeline:Pipeline",
    "BaseStep": "nlptools.pipeline:BaseStep",
    "Availability": "nlptools.pipeline:Availability",
    "read_text": "nlptools.sources:article_from_text",
    "read_file": "nlptools.sources:read_file",
    "split_sentences": "nlptools.segment:split_sentences",
}

__all__ = [
    "SCHEMA_VERSION",
    "AlignedSentence",
    "Article",
    "FaithfulnessCheck",
    "LanguageResult",
    "NlptoolsError",
    "Paragraph",
    "ParagraphKind",
    "Quote",
    "Sentence",
    "StepStatus",
    "Summary",
    "SummarySentence",
    "Translation",
    *_LAZY,
]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from .analysis import PipelineConfig, analyze, build_pipeline, detect, extract_quotes
    from .sources import article_from_text as read_text
    from .sources import read_file
    from .langid.step import LanguageConfig, LanguageStep
    from .pipeline import Availability, BaseStep, Pipeline
    from .quotes.step import QuotesConfig, QuotesStep
    from .segment import split_sentences
    from .steps import register_step
    from .summarization.api import summarize
    from .summarization.step import SummaryConfig, SummaryStep
    from .translation.api import translate
    from .translation.step import TranslationConfig, TranslationStep


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'nlptools' has no attribute {name!r}")
    module, attr = target.split(":")
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
