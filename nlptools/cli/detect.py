"""``nlptools detect FILE...``: document and paragraph language.

The ``language`` pipeline; the JSON record is the article record of
``nlptools schema`` limited to the language fields (and the paragraphs).
"""

from __future__ import annotations

import inspect
from typing import Any

import typer

from .common import CommandSpec, pipeline_command

FIELDS = ("id", "schema_version", "status", "error", "title", "language", "metadata", "steps")

PARAGRAPHS = inspect.Parameter(
    "paragraphs",
    inspect.Parameter.KEYWORD_ONLY,
    annotation=bool,
    default=typer.Option(True, "--paragraphs/--no-paragraphs", help="Also report each paragraph."),
)


def _project(record: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    out = {k: record[k] for k in FIELDS if k in record}
    if values["paragraphs"] and "paragraphs" in record:
        out["paragraphs"] = [{k: v for k, v in p.items() if k != "sentences"} for p in record["paragraphs"]]
    return out


def _render(record: dict[str, Any], fmt: str, values: dict[str, Any]) -> str:
    lang = record.get("language") or {}
    lines = [f"**{record['id']}**: {lang.get('language', 'und')} (p={lang.get('probability', 0.0):.2f})"]
    for p in record.get("paragraphs") or () if values["paragraphs"] else ():
        pl = p.get("language") or {}
        lines.append(f"- ¶{p['index']} {p['kind']}: {pl.get('language', 'und')} ({pl.get('probability', 0.0):.2f})")
    return "\n".join(lines)


SPEC = CommandSpec(
    name="detect",
    doc="Detect the language of each document (and of each paragraph).",
    steps=("language",),
    primary="language",
    render=_render,
    project=_project,
    extra=(PARAGRAPHS,),
)


def register(app: typer.Typer) -> None:
    app.command("detect")(pipeline_command(SPEC))
