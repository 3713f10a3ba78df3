"""``nlptools analyze FILE...``: every step that can run here.

Steps whose model is absent are skipped with a one-line reason on stderr and
the command that enables them; the results say the same per article.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from ..analysis import ALL_STEPS, AnalyzeOptions, build_pipeline
from ..registry import licence_notice
from ..render import article_markdown
from ..types import Article
from .common import EXIT_FAILED_RECORDS, EXIT_INPUT, EXIT_OK, check_format, emit, error_record, iter_inputs, warn
from .progress import track


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze_command)


def analyze_command(
    files: list[str] = typer.Argument(..., help="Text/Markdown/HTML files; '-' reads stdin."),
    fmt: str = typer.Option("json", "--format", "-f", help="json, jsonl or md."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write results here instead of stdout."),
    steps: str = typer.Option(",".join(ALL_STEPS), "--steps", help="Comma-separated steps to run."),
    device: str = typer.Option("auto", "--device", help="auto, cpu or cuda."),
    model: str | None = typer.Option(None, "--model", help="Translation model: registry name or local dir."),
    backend: str = typer.Option("auto", "--backend", help="Translation backend: auto, torch, ctranslate2."),
    glossary: Path | None = typer.Option(None, "--glossary", help="Glossary file (term → fixed rendering)."),
    sentences: int | None = typer.Option(3, "--sentences", help="Summary length in sentences."),
    words: int | None = typer.Option(None, "--words", help="Summary length in words (overrides --sentences)."),
    summary_method: str = typer.Option("extractive", "--summary-method", help="extractive or abstractive."),
    summary_model: str | None = typer.Option(None, "--summary-model", help="Abstractive model: registry name or dir."),
    lede: bool = typer.Option(False, "--lede", help="Summary as a one-line lede."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No skip notices or progress on stderr."),
) -> None:
    """Analyse articles: language, translation, quotes with speakers, summary."""
    check_format(fmt)
    options = AnalyzeOptions(
        steps=tuple(s.strip() for s in steps.split(",") if s.strip()),
        device=device,
        translation_model=model,
        translation_backend=backend,
        glossary=glossary,
        summary_sentences=None if words else sentences,
        summary_words=words,
        summary_method=summary_method,
        summary_model=summary_model,
        summary_lede=lede,
    )
    if not quiet:
        for name in (model, summary_model if summary_method == "abstractive" else None):
            notice = licence_notice(name)
            if notice:
                warn(notice)
    pipeline = build_pipeline(options)
    records: list[Any] = []
    unreadable = failed = False
    notified: set[str] = set()
    for name, item in track(iter_inputs(files), total=len(files), description="analyze", enabled=not quiet):
        if isinstance(item, Exception):
            records.append(error_record(name, item) if fmt != "md" else f"# {name}\n\nerror: {item}")
            unreadable = True
            continue
        [article] = pipeline.run([item])
        failed |= article.status != "success"
        if not quiet:
            _notify_skips(article, notified)
        records.append(article.to_dict() if fmt != "md" else article_markdown(article))
    emit(records, fmt, output)
    raise typer.Exit(EXIT_INPUT if unreadable else EXIT_FAILED_RECORDS if failed else EXIT_OK)


def _notify_skips(article: Article, notified: set[str]) -> None:
    """One line per skipped step and reason (not per article), with the enabling command."""
    for st in article.steps:
        if st.status == "skipped" and st.hint and st.step not in notified:
            notified.add(st.step)
            warn(f"skipped {st.step}: {st.reason} Enable it with: {st.hint}")
        elif st.status == "failed":
            warn(f"{article.id}: step {st.step} failed: {st.reason}")
