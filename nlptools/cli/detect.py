"""``nlptools detect FILE...``: document and paragraph language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from ..pipeline import Pipeline
from ..types import Article
from .common import EXIT_INPUT, EXIT_OK, check_format, emit, error_record, iter_inputs


def register(app: typer.Typer) -> None:
    app.command("detect")(detect_command)


def detect_command(
    files: list[str] = typer.Argument(..., help="Text/Markdown/HTML files; '-' reads stdin."),
    fmt: str = typer.Option("json", "--format", "-f", help="json, jsonl or md."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write results here instead of stdout."),
    paragraphs: bool = typer.Option(True, "--paragraphs/--no-paragraphs", help="Also report each paragraph."),
    languages: str | None = typer.Option(None, "--languages", help="Comma-separated ISO 639-1 candidates."),
) -> None:
    """Detect the language of each document (and of each paragraph)."""
    from ..langid import LanguageStep

    check_format(fmt)
    step = LanguageStep(languages=tuple(languages.split(",")) if languages else None)
    pipe = Pipeline([step])
    records: list[Any] = []
    failed = False
    for name, item in iter_inputs(files):
        if isinstance(item, Exception):
            records.append(error_record(name, item))
            failed = True
            continue
        [article] = pipe.run([item])
        records.append(_record(article, paragraphs) if fmt != "md" else _markdown(article, paragraphs))
    emit(records, fmt, output)
    raise typer.Exit(EXIT_INPUT if failed else EXIT_OK)


def _record(article: Article, paragraphs: bool) -> dict[str, Any]:
    lang = article.language
    rec: dict[str, Any] = {
        "id": article.id,
        "language": lang.language if lang else "und",
        "probability": round(lang.probability, 4) if lang else 0.0,
        "method": lang.method if lang else None,
    }
    if lang is not None and lang.reason:
        rec["reason"] = lang.reason
    if paragraphs:
        rec["paragraphs"] = [
            {
                "index": p.index,
                "kind": p.kind.value,
                "start": p.start,
                "end": p.end,
                "language": p.language.language if p.language else "und",
                "probability": round(p.language.probability, 4) if p.language else 0.0,
            }
            for p in article.paragraphs
        ]
    return rec


def _markdown(article: Article, paragraphs: bool) -> str:
    rec = _record(article, paragraphs)
    lines = [f"**{article.id}**: {rec['language']} (p={rec['probability']:.2f})"]
    for p in rec.get("paragraphs", []):
        lines.append(f"- ¶{p['index']} {p['kind']}: {p['language']} ({p['probability']:.2f})")
    return "\n".join(lines)
