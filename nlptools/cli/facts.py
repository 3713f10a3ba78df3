"""``nlptools facts FILE...``: an event report's facts (kind, date, places, organisers, head count) and lede.

Rules only, offline, no model.  ``--format md`` prints the English fact box
(the same lines the desk shows above the lede) followed by the lede; ``json``
prints ``{"id", "title", "dateline", "event", "lede"}`` per file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from ..types import Article
from .common import EXIT_INPUT, EXIT_OK, check_format, emit, error_record, iter_inputs

FORMATS = ("json", "jsonl", "md", "text")


def register(app: typer.Typer) -> None:
    app.command("facts")(facts_command)


def facts_command(
    files: list[str] = typer.Argument(..., help="Text/Markdown/HTML files; '-' reads stdin."),
    fmt: str = typer.Option("json", "--format", "-f", help="json, jsonl, md or text."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write results here instead of stdout."),
) -> None:
    """Event facts of each article (date as ISO, places, organisers, participants) and its one-sentence lede."""
    from ..events.extract import extract_event
    from ..summarization.lede import lede_for

    check_format(fmt, FORMATS)
    records: list[Any] = []
    failed = False
    for name, item in iter_inputs(files):
        if isinstance(item, Exception):
            records.append(error_record(name, item) if fmt in ("json", "jsonl") else f"error: {name}: {item}")
            failed = True
            continue
        item.event = extract_event(item)
        lede = lede_for(item)
        records.append(_render(item, lede, fmt))
    emit(records, fmt, output)
    raise typer.Exit(EXIT_INPUT if failed else EXIT_OK)


def _render(article: Article, lede: str | None, fmt: str) -> Any:
    from ..events.render import render_fact_box

    event = article.event
    if fmt in ("md", "text"):
        box = render_fact_box(event)
        lines = [f"## {article.title or article.id}", ""]
        lines += box if box else ["*Not an event report: no event facts.*"]
        if lede:
            lines += ["", f"**Lede:** {lede}"]
        return "\n".join(lines)
    return {
        "id": article.id,
        "title": article.title,
        "dateline": article.metadata.get("dateline"),
        "event": event.to_dict() if event is not None else None,
        "lede": lede,
    }
