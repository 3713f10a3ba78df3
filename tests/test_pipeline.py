"""Pipeline: requirement checks, per-step status, failure isolation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from nlptools.errors import MissingRequirementError
from nlptools.intake import read_text
from nlptools.pipeline import Availability, BaseStep, Pipeline
from nlptools.types import Article


class Counter(BaseStep):
    name = "count"
    provides = ("count",)

    def __init__(self) -> None:
        self.prepared = 0
        self.batches: list[int] = []

    def prepare(self) -> None:
        self.prepared += 1

    def predict(self, articles: Sequence[Article]) -> list[Any]:
        self.batches.append(len(articles))
        if any("BOOM" in a.text for a in articles):
            if len(articles) > 1:
                raise RuntimeError("batch failed")
            raise ValueError("this article is broken")
        return [len(a.sentences) for a in articles]

    def apply(self, article: Article, result: Any) -> None:
        article.metadata["count"] = result


class NeedsCount(BaseStep):
    name = "needs_count"
    requires = ("count",)

    def predict(self, articles: Sequence[Article]) -> list[Any]:
        return [a.metadata["count"] * 2 for a in articles]

    def apply(self, article: Article, result: Any) -> None:
        article.metadata["double"] = result


class Unavailable(BaseStep):
    name = "fancy"

    def availability(self) -> Availability:
        return Availability.no("model 'x' is not downloaded.", "nlptools models download x")

    def predict(self, articles: Sequence[Article]) -> list[Any]:  # pragma: no cover - never called
        raise AssertionError("must not run")


def test_requirements_checked_at_build() -> None:
    with pytest.raises(MissingRequirementError) as exc:
        Pipeline([NeedsCount(), Counter()])
    assert "move it after count" in str(exc.value)


def test_runs_in_batches_and_prepares_once() -> None:
    step = Counter()
    pipe = Pipeline([step, NeedsCount()])
    arts = pipe.run([read_text("En mening. Två meningar."), read_text("En.")])
    assert [a.metadata["double"] for a in arts] == [4, 2]
    pipe.run([read_text("Tre.")])
    assert step.prepared == 1 and step.batches == [2, 1]
    assert all(s.status == "ok" for a in arts for s in a.steps)


def test_failure_is_isolated_and_recorded() -> None:
    pipe = Pipeline([Counter(), NeedsCount()])
    arts = pipe.run([read_text("Bra text."), read_text("BOOM här."), read_text("Också bra.")])
    assert [a.status for a in arts] == ["success", "failure", "success"]
    bad = arts[1]
    assert bad.step("count").status == "failed" and bad.step("count").error_type == "ValueError"
    assert bad.step("needs_count").status == "skipped" and "count" in bad.step("needs_count").reason
    assert len(arts) == 3


def test_on_error_raise() -> None:
    with pytest.raises(ValueError):
        Pipeline([Counter()], on_error="raise").run([read_text("BOOM")])


def test_unavailable_step_is_skipped_with_hint() -> None:
    [a] = Pipeline([Unavailable()]).run([read_text("Text.")])
    st = a.step("fancy")
    assert st.status == "skipped" and st.hint == "nlptools models download x"
    assert a.status == "success"
