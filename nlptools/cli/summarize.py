"""``nlptools summarize FILE...``: short summaries with a faithfulness flag.

The ``language`` → ``summary`` pipeline.  The extractive default needs no
model; ``--method abstractive`` uses a seq2seq model from the registry (or a
local directory) and chunks long input instead of truncating it.
Non-commercial model licences are announced on stderr.
"""

from __future__ import annotations

from typing import Any

import typer

from ..render import faithfulness_warning
from .common import CommandSpec, pipeline_command, record_article


def _render(record: dict[str, Any], fmt: str, values: dict[str, Any]) -> str:
    article = record_article(record)
    summary = article.summary
    if summary is None:
        return ""
    if fmt == "text":
        return summary.text
    lines = [f"## {article.title or article.id}", "", *(f"- {s.text}" for s in summary.sentences)]
    warning = faithfulness_warning(summary)
    if warning:
        lines += ["", warning]
    lines += ["", f"*{summary.method} summary ({summary.language}{', ' + summary.model if summary.model else ''})*"]
    return "\n".join(lines)


SPEC = CommandSpec(
    name="summarize",
    doc="Summarise articles (extractive by default), each with a faithfulness check.",
    steps=("language", "summary"),
    primary="summary",
    formats=("json", "jsonl", "md", "text"),
    render=_render,
)


def register(app: typer.Typer) -> None:
    app.command("summarize")(pipeline_command(SPEC))
