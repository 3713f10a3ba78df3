"""``nlptools batch INPUT --output OUT``: thousands of articles, resumable, nothing lost.

One output record per input record (JSONL or Parquet), written incrementally;
``--resume`` continues a killed job without duplicating anything.  A summary
line (ok / partial / failed / skipped-duplicate) goes to stderr; the exit
status is 1 when any record failed or repeated an id.
"""

from __future__ import annotations

import signal
from pathlib import Path
from types import FrameType

import typer

from ..analysis import ALL_STEPS, AnalyzeOptions
from ..intake import DEFAULT_LIMITS, Limits
from .common import EXIT_OK, warn


def register(app: typer.Typer) -> None:
    app.command("batch")(batch_command)


def batch_command(
    source: str = typer.Argument(..., metavar="INPUT", help="Directory, .jsonl, .csv, .parquet, a saved HF dataset, or '-' (JSONL on stdin)."),
    output: Path = typer.Option(..., "--output", "-o", help="Output file (.jsonl or .parquet)."),
    fmt: str = typer.Option("auto", "--format", "-f", help="Output format: auto (from --output), jsonl or parquet."),
    input_format: str = typer.Option("auto", "--input-format", help="auto, dir, jsonl, csv, parquet or hf."),
    text_field: str = typer.Option("text", "--text-field", help="Field/column holding the article text."),
    id_field: str = typer.Option("id", "--id-field", help="Field/column holding the id (else <input>:<row>)."),
    resume: bool = typer.Option(False, "--resume", help="Continue a previous run: skip ids already in the output."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing output."),
    steps: str = typer.Option(",".join(ALL_STEPS), "--steps", help="Comma-separated steps to run."),
    pipeline: str | None = typer.Option(None, "--pipeline", help="Custom pipeline factory 'module:function' (overrides --steps)."),
    device: str = typer.Option("auto", "--device", help="auto, cpu or cuda."),
    model: str | None = typer.Option(None, "--model", help="Translation model: registry name or local dir."),
    batch_size: int = typer.Option(32, "--batch-size", help="Articles per pipeline call (model batches span them)."),
    workers: int = typer.Option(1, "--workers", help="Worker processes (local) or actors (ray)."),
    engine: str = typer.Option("local", "--engine", help="local (default) or ray (pip install 'nlptools[ray]')."),
    ray_address: str | None = typer.Option(None, "--ray-address", help="Ray cluster address (e.g. ray://head:10001); default: local Ray."),
    gpus_per_worker: float = typer.Option(0.0, "--gpus-per-worker", help="Ray: GPUs per actor (default 1 with --device cuda; 0.5 packs two actors per GPU)."),
    flush_every: int = typer.Option(100, "--flush-every", help="Flush the output every N records."),
    max_bytes: int = typer.Option(DEFAULT_LIMITS.max_bytes, "--max-bytes", help="Largest accepted document in bytes."),
    max_chars: int = typer.Option(DEFAULT_LIMITS.max_chars, "--max-chars", help="Largest accepted document in characters."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr (TTY only)."),
    article_timeout: float = typer.Option(120.0, "--article-timeout", help="Seconds one article may run (local engine) before it is recorded as failed (E503) and a fresh worker carries on; 0 = no limit, run in this process."),
) -> None:
    """Process many articles into one JSONL/Parquet file; resumable, one record per input."""
    from ..batch import BatchOptions, ReaderOptions, run_batch
    from ..errors import ConfigError

    out_fmt = fmt if fmt != "auto" else ("parquet" if output.suffix.lower() in (".parquet", ".pq") else "jsonl")
    if out_fmt not in ("jsonl", "parquet"):
        raise ConfigError(f"--format must be auto, jsonl or parquet, not {fmt!r}.", fix="pass --format jsonl or parquet.")
    spec: AnalyzeOptions | str = pipeline or AnalyzeOptions(
        steps=tuple(s.strip() for s in steps.split(",") if s.strip()), device=device, translation_model=model
    )
    options = BatchOptions(
        reader=ReaderOptions(input_format, text_field, id_field, Limits(max_bytes=max_bytes, max_chars=max_chars)),
        output_format=out_fmt,
        resume=resume,
        overwrite=overwrite,
        batch_size=batch_size,
        flush_every=flush_every,
        workers=workers,
        engine=engine,
        progress=progress,
        ray_address=ray_address,
        article_timeout=article_timeout or None,  # batchfaults: per-article time budget
        num_gpus=gpus_per_worker or (1.0 if engine == "ray" and device.startswith("cuda") else 0.0),
    )
    previous = signal.signal(signal.SIGTERM, _terminate)  # flush and close the output on `kill`, too
    try:
        summary = run_batch(source, output, pipeline=spec, options=options)
    except KeyboardInterrupt:
        warn(f"batch: interrupted; everything written to {output} is complete. Continue with the same command plus --resume.")
        raise typer.Exit(130) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    for line in summary.skip_lines():
        warn(line)
    warn(summary.line())
    raise typer.Exit(summary.exit_code or EXIT_OK)


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
