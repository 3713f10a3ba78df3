"""``nlptools draft FILE... --format md|html|docx --output OUT``: an English draft to review and export.

The draft renders the article record of the one pipeline (see
:mod:`nlptools.desk`); without a translation model it still holds the
structure, quotes, summary and review view, and says on its first line how to
enable translation.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..desk.analyze import Desk, DeskOptions
from ..desk.write import FORMATS, render, write_atomic
from ..errors import ConfigError
from .common import EXIT_FAILED_RECORDS, EXIT_INPUT, EXIT_OK, iter_inputs, warn


def register(app: typer.Typer) -> None:
    app.command("draft")(draft_command)


def draft_command(
    files: list[str] = typer.Argument(..., help="Swedish text/Markdown/HTML/.docx files; '-' reads stdin."),
    fmt: str = typer.Option("md", "--format", "-f", help="md, html or docx."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Output file (one input) or folder (several)."),
    model: str | None = typer.Option(None, "--model", help="Translation model: registry name or local dir."),
    backend: str = typer.Option("auto", "--backend", help="Translation backend: auto, torch, ctranslate2."),
    device: str = typer.Option("auto", "--device", help="auto, cpu or cuda."),
    glossary: Path | None = typer.Option(None, "--glossary", help="Your glossary (TSV/TOML); overrides the shipped titles."),
    titles: bool = typer.Option(True, "--titles/--no-titles", help="Use the shipped title glossary (vd → CEO, …)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No notices on stderr."),
) -> None:
    """Write an English draft: headline, generated lede, body, quotes table, review view with checks."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown --format {fmt!r}.", fix=f"choose one of {', '.join(FORMATS)}.")
    if output is None and (fmt == "docx" or len(files) > 1):
        raise ConfigError("a .docx draft or several drafts need --output.", fix="add --output draft.docx (or a folder).")
    desk = Desk(DeskOptions(model=model, backend=backend, device=device, glossary=glossary, titles=titles))
    unreadable = failed = False
    for name, item in iter_inputs(files):
        if isinstance(item, Exception):
            warn(f"{name}: {item}")
            unreadable = True
            continue
        article, draft = desk.draft(item)
        failed |= article.status != "success"
        if not quiet and draft.notice:
            warn(draft.notice)
        data = render(draft, fmt)
        if output is None:
            sys.stdout.write(data.decode("utf-8"))
            continue
        target = output / f"{Path(name).stem or 'stdin'}.{fmt}" if len(files) > 1 or output.is_dir() else output
        write_atomic(target, data)
        if not quiet:
            warn(f"wrote {target} ({draft.flag_count} sentence(s) to check)")
    raise typer.Exit(EXIT_INPUT if unreadable else EXIT_FAILED_RECORDS if failed else EXIT_OK)
