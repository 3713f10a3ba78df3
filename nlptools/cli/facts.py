"""``nlptools facts FILE...``: an event report's facts (kind, date, places, organisers, head count) and lede.

The ``language`` → ``event`` → ``summary`` pipeline, rules only, offline.
``--format md`` prints the English fact box (the lines the desk shows above the
lede) and the lede; ``json`` keeps the record's ``event``, ``metadata`` (with
the dateline) and the lede.
"""

from __future__ import annotations

from typing import Any

import typer

from .common import CommandSpec, pipeline_command, record_article

FIELDS = ("id", "schema_version", "status", "error", "title", "language", "metadata", "steps", "event")


def _project(record: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    out = {k: record[k] for k in FIELDS if k in record}
    out["lede"] = (record.get("summary") or {}).get("lede")
    return out


def _render(record: dict[str, Any], fmt: str, values: dict[str, Any]) -> str:
    from ..events.render import render_fact_box

    article = record_article(record)
    box = render_fact_box(article.event)
    lines = [f"## {article.title or article.id}", ""]
    lines += box if box else ["*Not an event report: no event facts.*"]
    lede = article.summary.lede if article.summary is not None else None
    if lede:
        lines += ["", f"**Lede:** {lede}"]
    return "\n".join(lines)


SPEC = CommandSpec(
    name="facts",
    doc="Event facts of each article (ISO date, places, organisers, participants) and its one-sentence lede.",
    steps=("language", "event", "summary"),
    primary="event",
    formats=("json", "jsonl", "md", "text"),
    render=_render,
    project=_project,
)


def register(app: typer.Typer) -> None:
    app.command("facts")(pipeline_command(SPEC))
