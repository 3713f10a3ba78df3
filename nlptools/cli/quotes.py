"""``nlptools quotes FILE...``: direct quotes with speaker, organisation and role (no model needed).

The ``language`` → ``quotes`` pipeline; the JSON record is the article record
of ``nlptools schema`` without the text, paragraphs and other steps' fields.
"""

from __future__ import annotations

from typing import Any

import typer

from .common import CommandSpec, pipeline_command, record_article

FIELDS = ("id", "schema_version", "status", "error", "title", "language", "metadata", "steps", "quotes")


def _project(record: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    return {k: record[k] for k in FIELDS if k in record}


def _render(record: dict[str, Any], fmt: str, values: dict[str, Any]) -> str:
    from ..quotes.render import quotes_markdown

    article = record_article(record)
    return f"## {article.title or article.id}\n\n{quotes_markdown(article.quotes or [])}"


SPEC = CommandSpec(
    name="quotes",
    doc="Extract direct quotes and who said them (rules only; use `analyze` for English renderings).",
    steps=("language", "quotes"),
    primary="quotes",
    render=_render,
    project=_project,
)


def register(app: typer.Typer) -> None:
    app.command("quotes")(pipeline_command(SPEC))
