"""``nlptools quotes FILE...``: direct quotes with speaker, organisation and role (no model needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from ..types import Article
from .common import EXIT_INPUT, EXIT_OK, check_format, emit, error_record, iter_inputs


def register(app: typer.Typer) -> None:
    app.command("quotes")(quotes_command)


def quotes_command(
    files: list[str] = typer.Argument(..., help="Text/Markdown/HTML files; '-' reads stdin."),
    fmt: str = typer.Option("json", "--format", "-f", help="json, jsonl or md."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write results here instead of stdout."),
    language: str | None = typer.Option(None, "--language", help="sv or en (both conventions are always recognised)."),
) -> None:
    """Extract direct quotes and who said them (rules only; use `analyze` for English renderings)."""
    from ..quotes import extract_quotes

    check_format(fmt)
    records: list[Any] = []
    failed = False
    for name, item in iter_inputs(files):
        if isinstance(item, Exception):
            records.append(error_record(name, item))
            failed = True
            continue
        quotes = extract_quotes(item, language=language)
        item.quotes = quotes
        records.append(_markdown(item) if fmt == "md" else {"id": item.id, "quotes": [q.to_dict() for q in quotes]})
    emit(records, fmt, output)
    raise typer.Exit(EXIT_INPUT if failed else EXIT_OK)


def _markdown(article: Article) -> str:
    from ..quotes.render import quotes_markdown

    return f"## {article.title or article.id}\n\n{quotes_markdown(article.quotes or [])}"
