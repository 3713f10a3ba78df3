"""``nlptools models list|download``: the model registry and downloads."""

from __future__ import annotations

import typer

from ..errors import ModelNotDownloadedError
from ..registry import download, get_entry, licence_notice, load_registry, local_path, registry_path
from .models_convert import convert_command

models_app = typer.Typer(help="List, download and convert models (weights are never bundled).", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    models_app.command("list")(list_command)
    models_app.command("download")(download_command)
    models_app.command("convert")(convert_command)
    app.add_typer(models_app, name="models")


def list_command(
    task: str | None = typer.Option(None, "--task", help="Only this task (translation, summarization…)."),
) -> None:
    """Show registry models, their pinned revision, licence and whether they are downloaded."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"nlptools models ({registry_path()})")
    for col in ("name", "task", "hub id", "revision", "licence", "languages", "size", "downloaded"):
        table.add_column(col)
    for e in sorted(load_registry().values(), key=lambda e: (e.task, e.name)):
        if task and e.task != task:
            continue
        present = "yes" if local_path(e) else "no"
        default = " (default)" if e.default else ""
        table.add_row(
            e.name + default,
            e.task,
            e.hf_id,
            e.revision[:10],
            e.licence,
            ",".join(e.languages) + (f"→{e.target}" if e.target else ""),
            f"{e.size_mb} MB" if e.size_mb else "?",
            present,
        )
    Console(width=160).print(table)


def download_command(name: str = typer.Argument(..., help="Registry name (see `nlptools models list`).")) -> None:
    """Download a model at its pinned revision (safetensors only) into the Hugging Face cache."""
    entry = get_entry(name)
    try:
        path = download(entry, progress=lambda msg: typer.echo(msg, err=True))
    except ModelNotDownloadedError:
        raise
    except Exception as exc:  # network, auth, offline mode
        raise ModelNotDownloadedError(
            f"could not download {entry.hf_id}@{entry.revision[:10]}: {exc}",
            fix="check network access to huggingface.co (HF_HUB_OFFLINE must not be 1; set HF_ENDPOINT for a "
            "mirror), or copy the model directory to this machine and pass it with --model DIR.",
        ) from exc
    typer.echo(f"{entry.name}: {path}")
    notice = licence_notice(entry.name)
    if notice:
        typer.echo(notice, err=True)
