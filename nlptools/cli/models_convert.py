"""``nlptools models convert NAME|DIR``: a downloaded model → CTranslate2 (cached next to it).

Wired into the ``models`` group by :mod:`nlptools.cli.models` (``models_app.command("convert")(convert_command)``).
"""

from __future__ import annotations

from pathlib import Path

import typer


def convert_command(
    model: str = typer.Argument(..., help="Registry name (downloaded) or a local Hugging Face model directory."),
    quantization: str = typer.Option("int8", "--quantization", "-q", help="int8 (CPU default), int8_float16, float16, float32…"),
    output: Path | None = typer.Option(None, "--output", "-o", help="Where to write it (default: next to the model)."),
    force: bool = typer.Option(False, "--force", help="Convert again even if a conversion exists."),
) -> None:
    """Convert a translation model to CTranslate2 so `--backend auto` runs it int8 (several times faster on CPU)."""
    from ..registry import resolve_model
    from ..translation.convert import convert

    name, path = resolve_model(model)
    typer.echo(f"converting {name} ({path}) to CTranslate2 {quantization}…", err=True)
    out = convert(path, quantization=quantization, output_dir=output, force=force)
    typer.echo(str(out))
