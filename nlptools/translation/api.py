"""``translate(...)``: one call from a text, file or Article to an English :class:`Translation`.

A thin call into the pipeline every command runs (``language`` → ``translation``).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..types import Article, Translation
from .step import TranslationConfig


def translate(
    source: str | os.PathLike[str] | Article,
    *,
    model: str | Path | None = None,
    backend: str = "auto",
    device: str = "auto",
    glossary: str | Path | None = None,
    beams: int = 4,
    language: str | None = None,
) -> Translation:
    """Translate a text (``str``), a file (``Path``) or an :class:`Article` into English, keeping its structure.

    ``language`` overrides detection.  English paragraphs pass through
    unchanged.  Raises :class:`~nlptools.errors.StepSkippedError` (with the
    download command as its fix) when no model for the language is on disk.

    >>> translate("Hej världen.", model="opus-mt-sv-en").text  # doctest: +SKIP
    'Hello world.'
    """
    from ..analysis import run_step
    from ..langid.step import LanguageConfig

    config = TranslationConfig(
        model=str(model) if model is not None else None,
        backend=backend,
        glossary=Path(glossary) if glossary is not None else None,
        beams=beams,
    )
    article = run_step(source, "translation", {"language": LanguageConfig(language=language), "translation": config}, device=device)
    assert article.translation is not None  # required step: a skip raised
    return article.translation
