"""Summaries: an offline extractive default, abstractive seq2seq models with chunking, a faithfulness check.

* :func:`nlptools.summarize.api.summarize` – the one call.
* :class:`nlptools.summarize.step.SummaryStep` – the pipeline step ("summary").
* :mod:`.extractive` (ranking), :mod:`.filters` (bylines, captions…),
  :mod:`.abstractive` (chunked map-reduce generation), :mod:`.faithfulness`.

``nlptools.summarize`` is both this package and the public function: once any
submodule is imported, Python binds the package to the name
``nlptools.summarize``, so the package itself is made callable and forwards to
:func:`.api.summarize` (same keyword-only signature, so typos still fail).
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..types import Article, Summary

__all__ = ["summarize", "SummaryStep"]


def __getattr__(name: str) -> Any:
    if name == "summarize":
        from .api import summarize

        return summarize
    if name == "SummaryStep":
        from .step import SummaryStep

        return SummaryStep
    raise AttributeError(name)


class _CallablePackage(types.ModuleType):
    def __call__(
        self,
        text_or_article: str | Article,
        *,
        sentences: int | None = 3,
        words: int | None = None,
        method: str = "extractive",
        model: str | None = None,
        lede: bool = False,
        language: str | None = None,
        device: str = "auto",
    ) -> Summary:
        from .api import summarize

        return summarize(
            text_or_article,
            sentences=sentences,
            words=words,
            method=method,
            model=model,
            lede=lede,
            language=language,
            device=device,
        )


sys.modules[__name__].__class__ = _CallablePackage
