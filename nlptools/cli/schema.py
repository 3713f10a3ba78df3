"""``nlptools schema``: the JSON Schema of one output record."""

from __future__ import annotations

import json

import typer

from ..types import article_json_schema


def register(app: typer.Typer) -> None:
    app.command("schema")(schema_command)


def schema_command() -> None:
    """Print the versioned JSON Schema of analyze/batch output records."""
    typer.echo(json.dumps(article_json_schema(), indent=2, ensure_ascii=False))
