"""Test-only steps that misbehave on purpose: one runs forever, one kills its own process.

Module-level factories, so supervised worker processes (spawned) can import them.
All text is written for these tests.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Sequence
from typing import Any

from batch_fixtures import CountStep, TagStep

from nlptools.pipeline import BaseStep, Pipeline
from nlptools.types import Article

HANG = "EVIGHETSMASKIN"  # an article containing this word never finishes the step
DIE = "SJÄLVMORD_PROCESS"  # an article containing this word kills the worker process


class RunawayStep(BaseStep):
    """Sleeps without end on :data:`HANG` articles, SIGKILLs its own process on :data:`DIE` ones."""

    name = "runaway"
    requires = ("paragraphs",)
    provides = ("runaway",)

    def predict(self, articles: Sequence[Article]) -> list[Any]:
        for a in articles:
            if DIE in a.text:
                os.kill(os.getpid(), signal.SIGKILL)
            if HANG in a.text:
                while True:
                    time.sleep(0.05)
        return [len(a.text) for a in articles]

    def apply(self, article: Article, result: Any) -> None:
        article.metadata["chars"] = result


def runaway_pipeline() -> Pipeline:
    return Pipeline([TagStep(), RunawayStep(), CountStep()])


def quotes_pipeline() -> Pipeline:
    """Only the (model-free) quotes step."""
    from nlptools.quotes.step import QuotesStep

    return Pipeline([QuotesStep()])
