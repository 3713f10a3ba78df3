"""``nlptools translate FILE...``: Swedish (and other languages) → English, structure kept.

The ``language`` → ``translation`` pipeline; English paragraphs pass through
unchanged, as in ``analyze``.
"""

from __future__ import annotations

from typing import Any

import typer

from .common import CommandSpec, pipeline_command, record_article


def _render(record: dict[str, Any], fmt: str, values: dict[str, Any]) -> str:
    translation = record_article(record).translation
    return translation.text if translation is not None else ""


SPEC = CommandSpec(
    name="translate",
    doc="Translate articles into English, keeping paragraphs, line breaks, quotes, lists and headings.",
    steps=("language", "translation"),
    primary="translation",
    formats=("json", "jsonl", "md", "text"),
    render=_render,
)


def register(app: typer.Typer) -> None:
    app.command("translate")(pipeline_command(SPEC))
