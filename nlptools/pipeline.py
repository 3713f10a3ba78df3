"""Steps and the pipeline that runs them.

A step declares what it ``requires`` and ``provides`` (names such as
``"paragraphs"``, ``"language"``, ``"translation"``, ``"quotes"``,
``"summary"``) and what it ``uses`` when present (a step that uses an output
runs after the step that provides it).  Steps are registered by name with a
typed config (:mod:`nlptools.steps`), so a pipeline is built from names:
``Pipeline.from_names(["language", "quotes"], configs)``.  A step works in
three phases, as in transformers pipelines and spaCy components:

* ``availability()`` – cheap: can the step run here (model present, package
  installed)?  If not, it returns the reason and the command that enables it,
  and the pipeline records the step as *skipped* instead of failing.
* ``prepare()`` – loads models, once, lazily (never in ``__init__``).
* ``predict(articles)`` – pure: computes one result per article, writes nothing.
* ``apply(article, result)`` – the only place that writes onto an article.

The pipeline checks requirements when it is built, runs each step on whole
batches (so models see many sentences at once), records a
:class:`~nlptools.types.StepStatus` per article and step, and never loses an
article: when a batch fails it retries article by article and records the
failures (``on_error="record"``) or raises (``on_error="raise"``).  Steps named
in ``required`` are what the caller asked for (``translate`` needs the
translation): for them a skip is recorded as a failure, with its reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, runtime_checkable

from .errors import MissingRequirementError, NlptoolsError, StepSkippedError, StepUnavailableError
from .types import Article, StepStatus

#: What intake provides before any step runs.
INTRINSIC = frozenset({"text", "paragraphs", "sentences"})

OnError = Literal["raise", "record"]


@dataclass(frozen=True, slots=True)
class Availability:
    """Whether a step can run, and if not, why and how to enable it."""

    ok: bool
    reason: str | None = None
    hint: str | None = None

    @classmethod
    def yes(cls) -> Availability:
        return cls(True)

    @classmethod
    def no(cls, reason: str, hint: str | None = None) -> Availability:
        return cls(False, reason, hint)


@runtime_checkable
class Step(Protocol):
    """The protocol every pipeline step implements."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    uses: tuple[str, ...]

    def availability(self) -> Availability: ...

    def prepare(self) -> None: ...

    def predict(self, articles: Sequence[Article]) -> list[Any]: ...

    def apply(self, article: Article, result: Any) -> None: ...


class BaseStep:
    """Convenience base: no model to prepare, always available."""

    name: str = "step"
    requires: tuple[str, ...] = ("paragraphs",)
    provides: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()

    def availability(self) -> Availability:
        return Availability.yes()

    def prepare(self) -> None:
        return None

    def predict(self, articles: Sequence[Article]) -> list[Any]:
        raise NotImplementedError

    def apply(self, article: Article, result: Any) -> None:
        raise NotImplementedError

    def skip_reason(self, article: Article) -> str | Availability | None:
        """Per-article reason to skip (e.g. already English); ``None`` to run.

        Return ``Availability.no(reason, hint)`` when a command would enable it
        (e.g. the model for this article's language is not downloaded).
        """
        return None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"


class Pipeline:
    """Runs steps in order over batches of articles.

    >>> from nlptools import Pipeline, LanguageStep, read_text
    >>> pipe = Pipeline([LanguageStep()])
    >>> [article] = pipe.run([read_text("Hej! Det här är en svensk text om vädret.")])
    >>> article.language.language
    'sv'
    """

    def __init__(self, steps: Iterable[Step], on_error: OnError = "record", *, required: Iterable[str] = ()) -> None:
        self.steps: list[Step] = list(steps)
        if on_error not in ("raise", "record"):
            raise ValueError(f"on_error must be 'raise' or 'record', not {on_error!r}")
        self.on_error: OnError = on_error
        self.required = frozenset(required)
        self._check_requirements()
        self._prepared: set[int] = set()
        self._availability: dict[int, Availability] = {}
        self._provides = {s.name: tuple(s.provides) for s in self.steps}

    def _check_requirements(self) -> None:
        provided = set(INTRINSIC)
        for step in self.steps:
            missing = [r for r in step.requires if r not in provided]
            if missing:
                before = [s.name for s in self.steps if any(m in s.provides for m in missing)]
                where = f" (move it after {', '.join(before)})" if before else ""
                raise MissingRequirementError(
                    f"step {step.name!r} requires {', '.join(missing)}, which no earlier step provides{where}.",
                    fix="add a step that provides it before this one, e.g. LanguageStep() for 'language'.",
                )
            provided.update(step.provides)
        for i, step in enumerate(self.steps):  # `uses`: read when present, so it must come first
            later = [s.name for s in self.steps[i + 1 :] if set(s.provides) & set(getattr(step, "uses", ()))]
            if later:
                raise MissingRequirementError(
                    f"step {step.name!r} uses the output of {', '.join(later)}, which runs after it.",
                    fix=f"move {step.name!r} after {', '.join(later)} (Pipeline.from_names orders steps for you).",
                )

    @classmethod
    def from_names(
        cls,
        names: Iterable[str],
        configs: Mapping[str, Any] | None = None,
        *,
        device: str = "auto",
        on_error: OnError = "record",
        required: Iterable[str] = (),
    ) -> Pipeline:
        """The registered steps ``names`` (put in order), each built from its config in ``configs``."""
        from .steps import build

        return cls(build(names, configs, device=device), on_error, required=required)

    def check_required(self) -> None:
        """Raise :class:`StepUnavailableError` (with the enabling command) when a required step cannot run here."""
        for step in self.steps:
            if step.name in self.required:
                avail = self.availability(step)
                if not avail.ok:
                    raise StepUnavailableError(f"step {step.name!r} cannot run: {avail.reason}", fix=avail.hint)

    def availability(self, step: Step) -> Availability:
        key = id(step)
        if key not in self._availability:
            self._availability[key] = step.availability()
        return self._availability[key]

    def run(self, articles: Sequence[Article], *, on_step: Callable[[str], None] | None = None) -> list[Article]:
        """Run every step on ``articles`` (in place) and return them, in order.

        ``on_step(name)`` is called as each step starts on this batch: progress
        for a caller that shows it (the desk's web page streams it to the browser).
        """
        articles = list(articles)
        for step in self.steps:
            if on_step is not None:
                on_step(step.name)
            self._run_step(step, articles)
        return articles

    def __call__(self, articles: Sequence[Article]) -> list[Article]:
        return self.run(articles)

    def _run_step(self, step: Step, articles: list[Article]) -> None:
        todo: list[Article] = []
        for a in articles:  # per-article reasons first: "already English" beats "no model"
            reason = self._article_skip_reason(step, a)
            if isinstance(reason, Availability):  # a reason with the command that fixes it
                self._skip(step, a, reason.reason, reason.hint)
            elif reason:
                self._skip(step, a, reason, None)
            else:
                todo.append(a)
        if not todo:
            return
        avail = self.availability(step)
        if not avail.ok:
            for a in todo:
                self._skip(step, a, avail.reason, avail.hint)
            return
        t0 = time.perf_counter()
        try:
            self._prepare(step)
            results = step.predict(todo)
            if len(results) != len(todo):
                raise RuntimeError(f"step {step.name!r} returned {len(results)} results for {len(todo)} articles")
        except Exception as exc:  # isolate the article(s) that fail
            if self.on_error == "raise" or len(todo) == 1:
                if self.on_error == "raise":
                    raise
                self._record_failure(step, todo[0], exc, time.perf_counter() - t0)
                return
            for a in todo:
                self._run_step_one(step, a)
            return
        per_article = (time.perf_counter() - t0) / len(todo)
        for a, r in zip(todo, results):
            self._apply(step, a, r, per_article)

    def _skip(self, step: Step, article: Article, reason: str | None, hint: str | None) -> None:
        """Record a skip; for a step the caller requires, a failure with the same reason."""
        if step.name in self.required:
            if self.on_error == "raise":
                raise StepSkippedError(f"step {step.name!r} could not run: {reason}", fix=hint)
            article.steps.append(StepStatus(step.name, "failed", reason, hint, StepSkippedError.__name__))
        else:
            article.steps.append(StepStatus(step.name, "skipped", reason, hint))

    def _run_step_one(self, step: Step, article: Article) -> None:
        t0 = time.perf_counter()
        try:
            [result] = step.predict([article])
        except Exception as exc:
            self._record_failure(step, article, exc, time.perf_counter() - t0)
            return
        self._apply(step, article, result, time.perf_counter() - t0)

    def _apply(self, step: Step, article: Article, result: Any, seconds: float) -> None:
        try:
            step.apply(article, result)
        except Exception as exc:
            if self.on_error == "raise":
                raise
            self._record_failure(step, article, exc, seconds)
            return
        article.steps.append(StepStatus(step.name, "ok", seconds=round(seconds, 6)))

    def _record_failure(self, step: Step, article: Article, exc: Exception, seconds: float) -> None:
        fix = exc.fix if isinstance(exc, NlptoolsError) else None
        article.steps.append(
            StepStatus(step.name, "failed", str(exc) or type(exc).__name__, fix, type(exc).__name__, round(seconds, 6))
        )

    def _prepare(self, step: Step) -> None:
        if id(step) not in self._prepared:
            step.prepare()
            self._prepared.add(id(step))

    def _article_skip_reason(self, step: Step, article: Article) -> str | Availability | None:
        for req in step.requires:
            if req in INTRINSIC:
                continue
            prior = [s for s in article.steps if req in self._provides.get(s.step, ()) and s.status != "ok"]
            if prior:
                return f"needs {req}, but step {prior[0].step!r} {prior[0].status}"
        fn = getattr(step, "skip_reason", None)
        return fn(article) if fn else None


from .steps import register_step  # noqa: E402  (re-exported: step modules import it from here)

__all__ = ["INTRINSIC", "Availability", "BaseStep", "OnError", "Pipeline", "Step", "register_step"]
