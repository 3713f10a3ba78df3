"""The one path: every command, ``batch`` engine and library function runs a pipeline built here.

A :class:`PipelineConfig` names the steps (registered in :mod:`nlptools.steps`),
holds one typed config per step, the device (resolved once when the pipeline
is built) and the steps the caller *requires* (for ``translate`` a skipped
translation is a failure, not a success).  ``analyze`` runs every registered
step; ``detect``, ``translate``, ``extract_quotes`` and ``summarize`` run a
subset, so a result is the same whichever door it came through.

Sources: a ``str`` is the text itself, an ``os.PathLike`` is a file
(.txt/.md/.html/.docx), an :class:`~nlptools.types.Article` is used as is; a
``str`` that looks like a file name raises ``ValueError`` telling to pass
``Path(...)`` (see :mod:`nlptools.sources`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from .errors import NlptoolsError
from .pipeline import OnError, Pipeline
from .sources import load_article
from .steps import default_names, get_spec, order
from .types import Article, LanguageResult, Quote

Source = str | os.PathLike[str] | Article


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """Which steps run, with which settings: everything needed to build the same pipeline anywhere.

    ``steps`` empty means every registered step; ``configs`` maps a step name
    to its config dataclass (defaults for the others).  Picklable, so worker
    processes and Ray actors build the very same pipeline.
    """

    steps: tuple[str, ...] = ()
    configs: Mapping[str, Any] = field(default_factory=dict)
    device: str = "auto"
    required: tuple[str, ...] = ()

    @property
    def names(self) -> list[str]:
        return order(self.steps) if self.steps else default_names()

    def build(self, on_error: OnError = "record") -> Pipeline:
        return Pipeline.from_names(self.names, self.configs, device=self.device, on_error=on_error, required=self.required)

    def describe(self) -> dict[str, Any]:
        """A JSON-ready description (steps in order, every config field, device): what a run was configured with."""
        configs = {}
        for name in self.names:
            cfg = self.configs.get(name) or get_spec(name).config()
            configs[name] = {f.name: _plain(getattr(cfg, f.name)) for f in fields(cfg)}
        return {"steps": self.names, "configs": configs, "device": self.device, "required": list(self.required)}

    def language(self) -> str | None:
        """The source language given to the language step, if any."""
        return given_language(self.configs)


def given_language(configs: Mapping[str, Any]) -> str | None:
    """The source language the caller gave the language step in ``configs`` (``None``: detect it)."""
    return getattr(configs.get("language"), "language", None)


def _plain(value: Any) -> Any:
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def build_pipeline(config: PipelineConfig | None = None, *, on_error: OnError = "record") -> Pipeline:
    """The pipeline for ``config`` (default: every registered step, offline-safe)."""
    return (config or PipelineConfig()).build(on_error)


def analyze(
    source: Source,
    *,
    steps: Sequence[str] | None = None,
    configs: Mapping[str, Any] | None = None,
    device: str = "auto",
) -> Article:
    """Run every available step (or ``steps``) on one article and return it.

    ``source``: text (``str``), a file (``pathlib.Path``) or an Article.  Steps
    whose model is absent are skipped with the reason and the command that
    enables them (``Article.steps``); a failing step is recorded, not raised.

    >>> from pathlib import Path
    >>> article = analyze(Path("examples/klustermote-rapport.md"))   # doctest: +SKIP
    """
    config = PipelineConfig(tuple(steps or ()), dict(configs or {}), device)
    article = load_article(source, language=config.language())
    key = (tuple(config.names), _config_items(config.configs), device, (), "record")
    [article] = _cached_pipeline(key).run([article])
    return article


def run_step(source: Source, step: str, configs: Mapping[str, Any], *, device: str = "auto") -> Article:
    """The article after the ``language`` step and ``step``, which must succeed (else its error is raised).

    The thin core of every capability function (the same pipeline the
    commands run, with the two steps).
    """
    article = load_article(source, language=given_language(configs))
    names = tuple(dict.fromkeys(["language", step]))
    key = (names, _config_items(configs), device, names[-1:], "raise")
    [article] = _cached_pipeline(key).run([article])
    return article


def _config_items(configs: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(configs.items()))


PipelineKey = tuple[tuple[str, ...], tuple[tuple[str, Any], ...], str, tuple[str, ...], OnError]


@lru_cache(maxsize=8)
def _cached_pipeline(key: PipelineKey) -> Pipeline:
    """Pipelines of the library functions, kept per settings so models load once across calls."""
    names, configs, device, required, on_error = key
    return PipelineConfig(names, dict(configs), device, required=required).build(on_error=on_error)


def detect(source: Source, *, languages: Sequence[str] | None = None, method: str = "default") -> LanguageResult:
    """The language of a text, file or Article (each paragraph's is on ``analyze(...).paragraphs``)."""
    from .langid.step import LanguageConfig

    config = LanguageConfig(languages=tuple(languages) if languages else None, method=method)
    result = run_step(source, "language", {"language": config}).language
    if result is None:  # pragma: no cover - the step always sets it
        raise NlptoolsError("language step produced no result.")
    return result


def extract_quotes(source: Source, *, language: str | None = None) -> list[Quote]:
    """Direct quotes with speaker, organisation and role (rules only; no model needed).

    ``language`` overrides detection.  Offsets index ``Article.text`` (for a
    string, the normalised text :func:`nlptools.intake.read_text` builds).
    """
    from .langid.step import LanguageConfig

    return run_step(source, "quotes", {"language": LanguageConfig(language=language)}).quotes or []
