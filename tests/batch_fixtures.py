"""Offline test steps and input generators for the batch tests (all text written for these tests).

The steps are real :class:`~nlptools.pipeline.Step` implementations without a
model, so the batch machinery (chunking, error isolation, resume, Ray actors)
is tested end to end in milliseconds.  Factories are module-level so they can
be named on the command line (``--pipeline batch_fixtures:slow_pipeline``)
and imported inside Ray actors and worker processes.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nlptools.pipeline import Availability, BaseStep, Pipeline
from nlptools.types import Article, LanguageResult

SWEDISH = [
    "Kommunen öppnar ett nytt bibliotek i centrum under våren.",
    "Projektet finansieras av regionen och tre lokala företag.",
    "– Vi har väntat länge på det här, säger Maria Holm, rektor på skolan.",
    "Mötet i Lund samlade fler än hundra deltagare från hela Skåne.",
    "Enligt rapporten ökade antalet besökare med tolv procent förra året.",
    "Styrelsen beslutade att skjuta upp frågan till nästa sammanträde.",
    "Arbetet med den nya cykelbanan väntas vara klart i september.",
    "– Det är ett viktigt steg för hela regionen, säger Johan Berg på Region Skåne.",
]
ENGLISH = "The council opened a new library in the town centre. Visitors praised the long opening hours."
GERMAN = "Der Stadtrat hat heute eine neue Bibliothek eröffnet. Die Besucher lobten die langen Öffnungszeiten."


def swedish_article(rng: random.Random, n_paragraphs: int = 3) -> str:
    """A random Swedish article: a title line, then paragraphs of sentences from :data:`SWEDISH`."""
    title = rng.choice(["Nytt bibliotek i centrum", "Regionen satsar på cykel", "Rekordmånga besökare"])
    paras = [" ".join(rng.sample(SWEDISH, k=rng.randint(1, 3))) for _ in range(n_paragraphs)]
    return title + "\n\n" + "\n\n".join(paras)


def write_jsonl(path: Path, rows: Sequence[dict[str, Any] | str]) -> Path:
    """Rows as JSONL; a ``str`` row is written verbatim (for malformed lines)."""
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write((row if isinstance(row, str) else json.dumps(row)) + "\n")
    return path


class TagStep(BaseStep):
    """Marks each article's language by a word list (sv/en/de/und); fails on articles containing 'KRASCH'."""

    name = "language"
    requires = ("paragraphs",)
    provides = ("language",)

    def __init__(self, *, delay: float = 0.0) -> None:
        self.delay = delay

    def predict(self, articles: Sequence[Article]) -> list[Any]:
        if self.delay:
            time.sleep(self.delay * len(articles))
        out = []
        for a in articles:
            if "KRASCH" in a.text:
                raise RuntimeError("test step crashed on purpose")
            words = set(a.text.lower().split())
            lang = "sv" if words & {"och", "för", "det", "säger"} else "de" if words & {"der", "die"} else "en" if words & {"the"} else "und"
            out.append(LanguageResult(lang, 1.0, method="test"))
        return out

    def apply(self, article: Article, result: Any) -> None:
        article.language = result


class CountStep(BaseStep):
    """Counts sentences; skips (with a reason) articles that are not Swedish or English."""

    name = "count"
    requires = ("language",)
    provides = ("count",)

    def skip_reason(self, article: Article) -> str | None:
        lang = article.language.language if article.language else "und"
        if lang not in ("sv", "en"):
            return f"language {lang!r} is not supported without a multilingual model"
        return None

    def predict(self, articles: Sequence[Article]) -> list[Any]:
        return [len(a.sentences) for a in articles]

    def apply(self, article: Article, result: Any) -> None:
        article.metadata["sentences"] = result


def tiny_pipeline() -> Pipeline:
    return Pipeline([TagStep(), CountStep()])


def slow_pipeline() -> Pipeline:
    """Like :func:`tiny_pipeline` but slow enough (``NLPTOOLS_TEST_DELAY`` s/article) to be killed part-way."""
    return Pipeline([TagStep(delay=float(os.environ.get("NLPTOOLS_TEST_DELAY", "0.02"))), CountStep()])


class MissingModelStep(BaseStep):
    """A step whose model is not on disk: always unavailable, with the enabling command."""

    name = "missing"
    provides = ("missing",)

    def availability(self) -> Availability:
        return Availability.no("no test model is downloaded.", hint="nlptools models download tiny-test")


def pipeline_with_missing_model() -> Pipeline:
    return Pipeline([TagStep(), MissingModelStep()])
