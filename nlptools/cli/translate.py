"""``nlptools translate FILE...``: Swedish (and other languages) → English, structure kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from ..types import Article, LanguageResult, Translation
from .common import EXIT_FAILED_RECORDS, EXIT_INPUT, EXIT_MODEL, EXIT_OK, emit, error_record, iter_inputs, warn

FORMATS = ("json", "jsonl", "md", "text")


def register(app: typer.Typer) -> None:
    app.command("translate")(translate_command)


def translate_command(
    files: list[str] = typer.Argument(..., help="Text/Markdown/HTML files; '-' reads stdin."),
    model: str | None = typer.Option(None, "--model", "-m", help="Registry name or local model dir (HF or CTranslate2)."),
    backend: str = typer.Option("auto", "--backend", help="auto, torch or ctranslate2."),
    device: str = typer.Option("auto", "--device", help="auto, cpu, cuda or cuda:N."),
    glossary: Path | None = typer.Option(None, "--glossary", "-g", help="TSV or TOML: term → fixed English (or keep)."),
    beams: int = typer.Option(4, "--beams", help="Beam size (1 = greedy, fastest)."),
    language: str | None = typer.Option(None, "--language", help="Source language (default: detected per file)."),
    fmt: str = typer.Option("json", "--format", "-f", help="json, jsonl, md or text."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write results here instead of stdout."),
) -> None:
    """Translate articles into English, keeping paragraphs, line breaks, quotes, lists and headings."""
    from ..translation.step import TranslationStep

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    step = TranslationStep(model=model, backend=backend, device=device, glossary=glossary, beams=beams)
    avail = step.availability()
    if not avail.ok:
        warn(f"error: {avail.reason}" + (f" Fix: run `{avail.hint}`." if avail.hint else ""))
        raise typer.Exit(EXIT_MODEL)
    records: dict[int, Any] = {}
    todo: list[tuple[int, Article]] = []
    bad_input = failed = False
    for n, (name, item) in enumerate(iter_inputs(files)):
        if isinstance(item, Exception):
            records[n] = error_record(name, item)
            bad_input = True
            continue
        _set_language(item, language)
        reason = step.skip_reason(item)
        if reason:
            records[n] = {"id": item.id, "status": "skipped", "reason": reason}
            warn(f"{name}: skipped: {reason}")
            failed = True
            continue
        todo.append((n, item))
    step.prepare()
    for n, article, result in _predict(step, todo):
        if isinstance(result, Exception):
            records[n] = error_record(article.id, result)
            failed = True
        else:
            records[n] = _record(article, result, fmt)
    ordered = [records[i] for i in sorted(records)]
    if fmt in ("md", "text"):
        ordered = [r if isinstance(r, str) else f"<!-- {r['id']}: {r.get('reason') or r.get('error')} -->" for r in ordered]
    emit(ordered, fmt, output)
    raise typer.Exit(EXIT_INPUT if bad_input and not todo else EXIT_FAILED_RECORDS if failed or bad_input else EXIT_OK)


def _set_language(article: Article, language: str | None) -> None:
    if language:
        article.language = LanguageResult(language, 1.0, method="given")
    elif article.language is None:
        from ..langid import detect

        article.language = detect(article.text)


def _predict(step: Any, todo: list[tuple[int, Article]]) -> list[tuple[int, Article, Translation | Exception]]:
    """All articles in one batched call; if it fails, article by article so one bad input costs one record."""
    if not todo:
        return []
    try:
        results = step.predict([a for _, a in todo])
        return [(n, a, r) for (n, a), r in zip(todo, results)]
    except Exception:  # noqa: BLE001 - isolate the failing article below
        out: list[tuple[int, Article, Translation | Exception]] = []
        for n, a in todo:
            try:
                [r] = step.predict([a])
            except Exception as exc:  # noqa: BLE001
                out.append((n, a, exc))
            else:
                out.append((n, a, r))
        return out


def _record(article: Article, tr: Translation, fmt: str) -> Any:
    if fmt in ("md", "text"):
        return tr.text
    return {"id": article.id, "status": "success", "source_language": tr.source_language, "translation": tr.to_dict()}
