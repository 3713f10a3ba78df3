"""Summaries: an offline extractive default, abstractive seq2seq models with chunking, a faithfulness check.

* :func:`nlptools.summarization.api.summarize` – the one call (also ``nlptools.summarize``).
* :class:`nlptools.summarization.step.SummaryStep` – the pipeline step ("summary").
* :mod:`.extractive` (ranking), :mod:`.filters` (bylines, captions…),
  :mod:`.abstractive` (chunked map-reduce generation), :mod:`.faithfulness`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["summarize", "SummaryStep"]


def __getattr__(name: str) -> Any:
    if name == "summarize":
        from .api import summarize

        return summarize
    if name == "SummaryStep":
        from .step import SummaryStep

        return SummaryStep
    raise AttributeError(name)
