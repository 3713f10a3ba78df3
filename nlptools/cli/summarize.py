"""``nlptools summarize FILE...``: short summaries with a faithfulness flag.

The extractive default needs no model; ``--method abstractive`` uses a seq2seq
model from the registry (or a local directory) and chunks long input instead of
truncating it.  Non-commercial model licences are announced on stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from ..errors import InputError
from ..types import Article, Summary
from .common import EXIT_INPUT, EXIT_OK, check_format, emit, error_record, iter_inputs, warn

FORMATS = ("json", "jsonl", "md", "text")


def register(app: typer.Typer) -> None:
    app.command("summarize")(summarize_command)


def summarize_command(
    files: list[str] = typer.Argument(..., help="Text/Markdown/HTML files; '-' reads stdin."),
    sentences: int | None = typer.Option(None, "--sentences", "-n", min=1, help="Summary length in sentences (default 3)."),
    words: int | None = typer.Option(None, "--words", "-w", min=1, help="Summary length in words (instead of --sentences)."),
    method: str = typer.Option("extractive", "--method", "-m", help="extractive (offline) or abstractive (needs a model)."),
    model: str | None = typer.Option(None, "--model", help="Abstractive model: registry name or local directory."),
    lede: bool = typer.Option(False, "--lede", help="One-sentence lede instead of a summary."),
    language: str | None = typer.Option(None, "--language", help="Source language code; default: detected."),
    device: str = typer.Option("auto", "--device", help="auto, cpu or cuda (abstractive only)."),
    fmt: str = typer.Option("json", "--format", "-f", help="json, jsonl, md or text."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write results here instead of stdout."),
) -> None:
    """Summarise articles (extractive by default), each with a faithfulness check."""
    from ..summarization.api import check_method, summarize

    check_format(fmt, FORMATS)
    if sentences is not None and words is not None:
        raise typer.BadParameter("give --sentences or --words, not both")
    check_method(method)
    if method == "abstractive":
        _announce_model(model, language, device)
    records: list[Any] = []
    failed = False
    for name, item in iter_inputs(files):
        if isinstance(item, Exception):
            records.append(_error(name, item, fmt))
            failed = True
            continue
        try:
            summary = summarize(
                item,
                sentences=sentences if sentences is not None else (None if words else 3),
                words=words,
                method=method,
                model=model,
                lede=lede,
                language=language,
                device=device,
            )
        except InputError as exc:  # e.g. Swedish text for an English-only model: record it, go on
            records.append(_error(name, exc, fmt))
            failed = True
            continue
        records.append(_render(item, summary, fmt))
    emit(records, fmt, output)
    raise typer.Exit(EXIT_INPUT if failed else EXIT_OK)


def _announce_model(model: str | None, language: str | None, device: str) -> None:
    """Load the model once up front (a missing model fails before any input is read) and state its licence."""
    from ..summarization.abstractive import licence_note, load_summarizer

    note = licence_note(load_summarizer(model, language=language or "en", device=device))
    if note:
        warn(note)


def _error(name: str, exc: Exception, fmt: str) -> Any:
    """A failed input: a JSON error record, or one readable line for md/text."""
    return error_record(name, exc) if fmt in ("json", "jsonl") else f"error: {name}: {exc}"


def _render(article: Article, summary: Summary, fmt: str) -> Any:
    if fmt == "text":
        return summary.text
    if fmt == "md":
        title = article.title or article.id
        lines = [f"## {title}", "", *(f"- {s.text}" for s in summary.sentences)]
        fc = summary.faithfulness
        if fc is not None and fc.flagged:
            items = ", ".join(fc.unsupported_entities + fc.unsupported_numbers)
            lines += ["", f"> Check: not found in the source: {items}"]
        lines += ["", f"*{summary.method} summary ({summary.language}{', ' + summary.model if summary.model else ''})*"]
        return "\n".join(lines)
    return {"id": article.id, "summary": summary.to_dict()}
