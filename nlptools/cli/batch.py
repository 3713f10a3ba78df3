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

from ..analysis import PipelineConfig
from ..errors import UsageError
from ..intake import Limits
from ..steps import default_names
from .common import EXIT_OK, check_output, silence_libraries, warn
from .options import with_step_options

OUTPUT_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".parquet": "parquet", ".pq": "parquet"}


def register(app: typer.Typer) -> None:
    app.command("batch")(with_step_options(default_names())(batch_command))


def batch_command(
    source: str = typer.Argument(..., metavar="INPUT", help="Directory, .jsonl, .csv, .parquet, a saved HF dataset, or '-' (JSONL on stdin)."),
    output: Path = typer.Option(..., "--output", "-o", help="Output file (.jsonl or .parquet)."),
    fmt: str = typer.Option("auto", "--format", "-f", help="Output format: auto (from --output), jsonl or parquet."),
    input_format: str = typer.Option("auto", "--input-format", help="auto, dir, jsonl, csv, parquet or hf."),
    text_field: str = typer.Option("text", "--text-field", help="Field/column holding the article text."),
    id_field: str = typer.Option("id", "--id-field", help="Field/column holding the id (else <input>:<row>)."),
    resume: bool = typer.Option(False, "--resume", help="Continue a previous run: skip ids already in the output."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing output."),
    steps: str = typer.Option(",".join(default_names()), "--steps", help="Comma-separated steps to run."),
    pipeline: str | None = typer.Option(None, "--pipeline", help="Custom pipeline factory 'module:function' (overrides --steps)."),
    device: str = typer.Option("auto", "--device", help="auto, cpu or cuda."),
    batch_size: int = typer.Option(32, "--batch-size", help="Articles per pipeline call (model batches span them)."),
    workers: int = typer.Option(1, "--workers", help="Worker processes (local) or actors (ray)."),
    engine: str = typer.Option("local", "--engine", help="local (default) or ray (pip install 'nlptools\\[ray]')."),
    ray_address: str | None = typer.Option(None, "--ray-address", help="Ray cluster address (e.g. ray://head:10001); default: local Ray."),
    gpus_per_worker: float = typer.Option(0.0, "--gpus-per-worker", help="Ray: GPUs per actor (default 1 with --device cuda; 0.5 packs two actors per GPU)."),
    flush_every: int = typer.Option(100, "--flush-every", help="Flush the output every N records."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr (TTY only)."),
    article_timeout: float = typer.Option(120.0, "--article-timeout", help="Seconds one article may run (local engine) before it is recorded as failed (E503) and a fresh worker carries on; 0 = no limit, run in this process."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress, model-loading output or warnings on stderr (the summary line stays)."),
    configs: dict[str, object] | None = None,
    limits: Limits | None = None,
) -> None:
    """Process many articles into one JSONL/Parquet file; resumable, one record per input."""
    from ..batch import BatchOptions, ReaderOptions, run_batch
    from ..errors import ConfigError

    if resume and overwrite:
        raise UsageError("--resume and --overwrite contradict each other.", fix="pass one: --resume continues the output, --overwrite replaces it.")
    check_output(output)
    out_fmt = fmt if fmt != "auto" else OUTPUT_SUFFIXES.get(output.suffix.lower(), "")
    if fmt == "auto" and not out_fmt:
        raise UsageError(
            f"cannot tell the output format from {output.name!r}.",
            fix="name the output .jsonl or .parquet, or pass --format jsonl|parquet explicitly.",
        )
    if out_fmt not in ("jsonl", "parquet"):
        raise ConfigError(f"--format must be auto, jsonl or parquet, not {fmt!r}.", fix="pass --format jsonl or parquet.")
    if quiet:
        silence_libraries()
    from .common import parse_steps

    names = tuple(parse_steps(steps))
    spec: PipelineConfig | str = pipeline or PipelineConfig(names, {n: c for n, c in (configs or {}).items() if n in names}, device)
    options = BatchOptions(
        reader=ReaderOptions(input_format, text_field, id_field, limits or Limits()),
        output_format=out_fmt,
        resume=resume,
        overwrite=overwrite,
        batch_size=batch_size,
        flush_every=flush_every,
        workers=workers,
        engine=engine,
        progress=progress and not quiet,
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
