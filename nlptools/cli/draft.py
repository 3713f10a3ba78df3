"""``nlptools draft FILE... --format md|html|docx --output OUT``: an English draft to review and export.

The same command as ``analyze`` (same pipeline, same options, same input loop
and error records) with another output: each record is rendered as a draft
(see :mod:`nlptools.desk`).  The one difference in options: the translation
step's title glossary is on by default (``--no-titles`` turns it off).
Without a translation model the draft still holds the structure, quotes,
summary and review view, and says on its first line how to enable translation.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import typer

from ..errors import UsageError
from .common import CommandSpec, exit_code, failure_line, pipeline_command, record_article, run_pipeline, warn

SPEC = CommandSpec(
    name="draft",
    doc="Write an English draft: headline, generated lede, body, quotes table, review view with checks.",
    steps=None,
    formats=("md", "html", "docx"),
    default_format="md",
    output_help="Output file (one input) or folder (several inputs; one draft per input).",
    defaults={"translation.titles": True},
)


def register(app: typer.Typer) -> None:
    app.command("draft")(pipeline_command(SPEC, run=run_draft))


def run_draft(spec: CommandSpec, all_names: Sequence[str], values: dict[str, Any]) -> None:
    """Run the pipeline over every input, then write one draft per readable one."""
    from ..desk.analyze import glossary_for, translation_scorer
    from ..desk.build import build_draft
    from ..desk.write import render, write_atomic

    fmt, files, output, quiet = values["fmt"], values["files"], values["output"], values["quiet"]
    if fmt not in spec.formats:
        raise UsageError(f"unknown --format {fmt!r}.", fix=f"choose one of {', '.join(spec.formats)}.")
    several = len(files) > 1
    if output is None and (fmt == "docx" or several):
        raise UsageError("a .docx draft or several drafts need --output.", fix="add --output draft.docx (or a folder).")
    if output is not None and several and output.exists() and not output.is_dir():
        raise UsageError(f"--output {output} is a file; several drafts need a folder.", fix="name a folder.")
    run = run_pipeline(spec, all_names, values)
    glossary = glossary_for(run.configs.get("translation"))
    scorer = translation_scorer(run.pipeline)
    written: set[Path] = set()
    for record in run.records:
        if not record.get("steps"):  # unreadable input: no draft; its error line goes to stderr even with -q
            if quiet:
                warn(failure_line(record))
            continue
        draft = build_draft(record_article(record), glossary=glossary, scorer=scorer)
        data = render(draft, fmt)
        if output is None:
            sys.stdout.write(data.decode("utf-8"))
            continue
        target = _target(output, record, fmt, several, written)
        write_atomic(target, data)
        if not quiet:
            warn(f"wrote {target} ({draft.flag_count} sentence(s) to check)")
    raise typer.Exit(exit_code(run.records))


def _target(output: Path, record: dict[str, Any], fmt: str, several: bool, written: set[Path]) -> Path:
    """``output`` itself, or ``output/<input stem>.<fmt>`` (``-2``, ``-3`` … when two inputs share a stem)."""
    if not several and not output.is_dir():
        return output
    stem = Path(str((record.get("metadata") or {}).get("source") or record["id"])).stem or "stdin"
    target, n = output / f"{stem}.{fmt}", 1
    while target in written:
        n += 1
        target = output / f"{stem}-{n}.{fmt}"
    written.add(target)
    return target
