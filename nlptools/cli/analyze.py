"""``nlptools analyze FILE...``: every registered step that can run here (or ``--steps``).

Steps whose model is absent are skipped with a one-line reason on stderr and
the command that enables them; the records say the same per article.
"""

from __future__ import annotations

import typer

from .common import CommandSpec, pipeline_command

SPEC = CommandSpec(
    name="analyze",
    doc="Analyse articles: language, translation, quotes with speakers, summary.",
    steps=None,
)


def register(app: typer.Typer) -> None:
    app.command("analyze")(pipeline_command(SPEC))
