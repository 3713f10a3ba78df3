"""``translate(...)``: one call from text (or an Article) to an English :class:`Translation`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import ModelNotDownloadedError, UnsupportedLanguageError
from ..types import Article, LanguageResult, Translation
from .glossary import Glossary
from .step import TranslationStep


@lru_cache(maxsize=4)
def _step(model: str | None, backend: str, device: str, glossary: str | None, beams: int) -> TranslationStep:
    return TranslationStep(model=model, backend=backend, device=device, glossary=glossary, beams=beams)


def translate(
    text_or_article: str | Article,
    *,
    model: str | Path | None = None,
    backend: str = "auto",
    device: str = "auto",
    glossary: str | Path | Glossary | None = None,
    beams: int = 4,
    language: str | None = None,
) -> Translation:
    """Translate a text or an :class:`Article` into English, keeping its structure.

    ``language`` overrides detection (default: the article's detected
    language, else :func:`nlptools.langid.detect`).  Models are loaded once
    per settings and reused across calls.  Raises
    :class:`~nlptools.errors.ModelNotDownloadedError` (with the download
    command) when no model is on disk, and
    :class:`~nlptools.errors.UnsupportedLanguageError` for a language no
    available model translates.

    >>> translate("Hej världen.", model="opus-mt-sv-en").text  # doctest: +SKIP
    'Hello world.'
    """
    if isinstance(text_or_article, Article):
        article = text_or_article
    else:
        from ..intake import read_text

        article = read_text(text_or_article)
    if language:
        article.language = LanguageResult(language, 1.0, method="given")
    elif article.language is None:
        from ..langid import detect

        article.language = detect(article.text)
    if isinstance(glossary, Glossary):
        step = TranslationStep(model=model, backend=backend, device=device, glossary=glossary, beams=beams)
    else:
        step = _step(str(model) if model is not None else None, backend, device, str(glossary) if glossary else None, beams)
    avail = step.availability()
    if not avail.ok:
        raise ModelNotDownloadedError(avail.reason or "no translation model.", fix=f"run `{avail.hint}`" if avail.hint else None)
    reason = step.skip_reason(article)
    if reason:
        raise UnsupportedLanguageError(reason, fix="pass model= with a model for this language, or language= to override detection.")
    [result] = step.predict([article])
    return result
