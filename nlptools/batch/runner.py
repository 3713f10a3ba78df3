"""The streaming batch runner: read → chunks of articles → pipeline → append to the output.

Memory stays flat whatever the input size: records are read lazily, a chunk
of ``batch_size`` articles goes through one ``Pipeline.run`` (so a model sees
sentences from many articles in one batch) and is written before the next
chunk is read.  With ``workers > 1`` chunks run in that many worker processes
(each builds its pipeline and loads its models once); output order stays the
input order.  ``engine="ray"`` hands the same work to Ray Data
(:mod:`nlptools.batch.ray_engine`).

Hook points for job supervision (locks, per-article time budgets, worker
supervision): :func:`run_batch` prepares the output (``prepare_output``) before
any record is processed; :func:`_run_processes` owns the worker pool; every
engine turns input records into output records through
:func:`nlptools.batch.records.process_records` (the per-article boundary).

>>> from nlptools.batch import BatchOptions, run_batch          # doctest: +SKIP
>>> summary = run_batch("articles.jsonl", "out.jsonl", options=BatchOptions(resume=True))  # doctest: +SKIP
>>> summary.line()                                               # doctest: +SKIP
'batch: 1000 records — ok 990, partial 4, failed 5, duplicate 1 …'
"""

from __future__ import annotations

import functools
import importlib
import itertools
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from ..analysis import PipelineConfig
from ..errors import ConfigError, EmptyInputError, UnsupportedFormatError, UsageError
from ..intake import Limits
from ..pipeline import Pipeline
from ..progress import track
from .readers import InputRecord, ReaderOptions, count_records, iter_records

from .records import chunked, pending_records, process_records, process_stream
from .resume import prepare_output
from .writers import open_writer

#: How to build the pipeline: step names + configs, a ``"module:function"`` factory name, or a callable.
PipelineSpec = Union[PipelineConfig, str, Callable[[], Pipeline]]


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """Settings of one batch job (every field has a safe default)."""

    reader: ReaderOptions = ReaderOptions()
    output_format: str = "jsonl"
    resume: bool = False
    overwrite: bool = False
    batch_size: int = 32  # articles per pipeline call (model batches span them)
    flush_every: int = 100  # records between flushes of the output
    workers: int = 1  # local: processes; ray: actors
    engine: str = "local"
    progress: bool = True
    ray_address: str | None = None  # ray: cluster address; None starts a local Ray
    ray_num_cpus: int | None = None  # ray local mode: CPUs to give Ray (None = all)
    num_gpus: float = 0.0  # ray: GPUs per actor (set it when the steps run on CUDA)
    article_timeout: float | None = 120.0  # batchfaults: seconds per article (local engine); None/0 = no budget, in-process

    @property
    def limits(self) -> Limits:
        return self.reader.limits


@dataclass(slots=True)
class BatchSummary:
    """Counts of one job; ``exit_code`` is non-zero when any record failed or repeated an id."""

    output: str
    ok: int = 0
    partial: int = 0
    failed: int = 0
    duplicates: int = 0
    resumed: int = 0  # records skipped because a previous run already wrote them
    repaired_bytes: int = 0
    seconds: float = 0.0
    engine: str = "local"
    failures: dict[str, int] = field(default_factory=dict)  # error type → count
    skips: dict[tuple[str, str, str], int] = field(default_factory=dict)  # (step, reason, hint) → count

    @property
    def written(self) -> int:
        return self.ok + self.partial + self.failed + self.duplicates

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.duplicates else 0

    def count(self, record: dict[str, Any]) -> None:
        """Add one written output record to the counts."""
        for st in record.get("steps") or ():
            if st.get("status") == "skipped" and st.get("hint") and len(self.skips) < 20:
                key = (st["step"], st.get("reason") or "", st["hint"])
                self.skips[key] = self.skips.get(key, 0) + 1
        if "duplicate_of" in record:
            self.duplicates += 1
        elif record.get("status") == "success":
            self.ok += 1
        elif record.get("status") == "partial":
            self.partial += 1
        else:
            self.failed += 1
            etype = (record.get("error") or {}).get("type", "Error")
            self.failures[etype] = self.failures.get(etype, 0) + 1

    def line(self) -> str:
        rate = self.written / self.seconds if self.seconds > 0 else 0.0
        parts = [f"ok {self.ok}", f"partial {self.partial}", f"failed {self.failed}", f"skipped-duplicate {self.duplicates}"]
        text = f"batch: {self.written} records — {', '.join(parts)}"
        if self.resumed:
            text += f"; already done {self.resumed}"
        if self.repaired_bytes:
            text += f"; repaired a half-written last line ({self.repaired_bytes} bytes)"
        text += f"; {self.seconds:.1f} s, {rate:.1f} docs/s ({self.engine}) → {self.output}"
        if self.failures:
            text += " | failures: " + ", ".join(f"{k} {v}" for k, v in sorted(self.failures.items()))
        return text

    def skip_lines(self) -> list[str]:
        """One line per step skipped for a fixable reason, with the command that enables it."""
        return [f"skipped {step} on {n} records: {reason} Enable it with: {hint}" for (step, reason, hint), n in self.skips.items()]

    def to_dict(self) -> dict[str, Any]:
        return {
            "output": self.output,
            "ok": self.ok,
            "partial": self.partial,
            "failed": self.failed,
            "duplicates": self.duplicates,
            "resumed": self.resumed,
            "seconds": round(self.seconds, 3),
            "engine": self.engine,
            "failures": dict(self.failures),
        }


def pipeline_factory(spec: PipelineSpec | None) -> Callable[[], Pipeline]:
    """A picklable zero-argument function that builds the pipeline (once per process/actor)."""
    if spec is None:
        spec = PipelineConfig()
    if isinstance(spec, PipelineConfig):
        return functools.partial(spec.build, "record")
    if isinstance(spec, str):
        return functools.partial(_import_factory_and_build, spec)
    if callable(spec):
        return spec
    raise ConfigError(f"cannot build a pipeline from {spec!r}.", fix="pass a PipelineConfig, 'module:function' or a callable.")


def _import_factory_and_build(name: str) -> Pipeline:
    module, _, attr = name.partition(":")
    if not module or not attr:
        raise ConfigError(f"pipeline factory {name!r} is not 'module:function'.", fix="e.g. --pipeline mypkg.steps:make_pipeline")
    try:
        factory = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"cannot import pipeline factory {name!r} ({exc}).", fix="check the module is on PYTHONPATH.") from exc
    pipeline = factory()
    if not isinstance(pipeline, Pipeline):
        raise ConfigError(f"{name} returned {type(pipeline).__name__}, not a Pipeline.", fix="return nlptools.Pipeline([...]).")
    return pipeline


def run_batch(
    source: str | Path,
    output: str | Path,
    *,
    pipeline: PipelineSpec | None = None,
    options: BatchOptions = BatchOptions(),
) -> BatchSummary:
    """Process every record of ``source`` into ``output``; returns the counts (see :class:`BatchSummary`).

    One job per output at a time (:mod:`.lock`); ``resume`` checks that the
    output was made with the same settings (:mod:`.runconfig`).
    """
    from .lock import output_lock  # batchfaults: one job per output file

    with output_lock(output):
        return _run_batch(source, output, pipeline=pipeline, options=options)


def _run_batch(source: str | Path, output: str | Path, *, pipeline: PipelineSpec | None, options: BatchOptions) -> BatchSummary:
    if options.engine not in ("local", "ray"):
        raise ConfigError(f"unknown engine {options.engine!r}.", fix="choose local or ray.")
    if options.batch_size < 1 or options.workers < 1 or options.flush_every < 1:
        raise ConfigError("--batch-size, --workers and --flush-every must be at least 1.", fix="pass positive values.")
    if options.engine == "ray" and str(source) == "-":
        raise ConfigError("--engine ray cannot read stdin.", fix="write the input to a file, or use --engine local.")
    factory = pipeline_factory(pipeline)
    local_pipeline = factory()  # built up front: configuration errors surface before any output is touched
    records = iter_records(source, options.reader)
    first = list(itertools.islice(records, 1))  # input-level errors (missing column…) surface before writing
    check_first_record(source, first)
    records = itertools.chain(first, records)
    from .runconfig import check_run_config, run_config  # batchfaults: --resume refuses other settings

    check_run_config(output, run_config(pipeline, options), resume=options.resume, overwrite=options.overwrite)
    state = prepare_output(output, options.output_format, resume=options.resume, overwrite=options.overwrite)
    summary = BatchSummary(output=str(output), repaired_bytes=state.repaired_bytes, engine=options.engine)

    def resumed() -> None:
        summary.resumed += 1

    pending = pending_records(records, state.ids, resumed)
    total = count_records(source, options.reader) if options.progress and sys.stderr.isatty() else None
    if total is not None:
        total = max(0, total - len(state.ids))
    writer = open_writer(output, options.output_format, flush_every=options.flush_every, append=options.resume)
    t0 = time.perf_counter()
    try:
        if options.engine == "ray":
            from .ray_engine import run_ray

            summary.resumed = len(state.ids)  # the filter runs in Ray's read task
            outputs: Iterable[dict[str, Any]] = run_ray(source, state.ids, factory, options)
        elif options.article_timeout:  # batchfaults: supervised workers (time budget, crash isolation, no orphans)
            from .supervisor import run_supervised

            outputs = run_supervised(pending, factory, options)
        elif options.workers > 1:
            outputs = _run_processes(pending, factory, options)
        else:
            outputs = process_stream(local_pipeline, pending, batch_size=options.batch_size, limits=options.limits)

        for record in track(outputs, total=total, description="batch", enabled=options.progress):
            writer.write(record)
            summary.count(record)
    finally:
        writer.close()
        summary.seconds = time.perf_counter() - t0
    return summary


def check_first_record(source: str | Path, first: list[InputRecord]) -> None:
    """Refuse an input with no records, and plain text piped where JSONL is read, before any output."""
    if not first:
        raise EmptyInputError(
            f"{source}: no input records (a directory needs .txt, .md, .html or .docx files).",
            fix="check the input path; an empty input is not a successful run.",
        )
    err = first[0].error
    if str(source) == "-" and isinstance(err, UnsupportedFormatError) and err.message.startswith("line 1 is not valid JSON"):
        raise UsageError(
            "stdin is not JSONL: `batch -` reads one JSON object per line.",
            fix='pipe lines like {"id": "a1", "text": "..."}, or analyse one plain-text article with `nlptools analyze -`.',
        )


# --- worker processes -------------------------------------------------------------------------

_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(factory: Callable[[], Pipeline], threads: int) -> None:
    """Build the worker's pipeline; cap its thread pools so N workers do not oversubscribe the CPUs."""
    global _WORKER_PIPELINE
    from .supervisor import die_with_parent  # batchfaults: no orphans after a kill -9 of the job

    die_with_parent(os.getppid())
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "RAYON_NUM_THREADS"):
        os.environ.setdefault(var, str(threads))
    if "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(threads)
    _WORKER_PIPELINE = factory()


def _work(chunk: list[InputRecord], limits: Limits) -> list[dict[str, Any]]:
    assert _WORKER_PIPELINE is not None
    return process_records(_WORKER_PIPELINE, chunk, limits)


def _run_processes(records: Iterable[InputRecord], factory: Callable[[], Pipeline], options: BatchOptions) -> Iterator[dict[str, Any]]:
    """Chunks in ``options.workers`` spawned processes; at most 2 chunks per worker in flight; input order kept."""
    import multiprocessing

    from .records import failure_record

    ctx = multiprocessing.get_context("spawn")
    threads = max(1, (os.cpu_count() or 1) // options.workers)
    with ProcessPoolExecutor(options.workers, mp_context=ctx, initializer=_init_worker, initargs=(factory, threads)) as pool:
        inflight: deque[tuple[list[InputRecord], Future[list[dict[str, Any]]]]] = deque()

        def drain_one() -> Iterator[dict[str, Any]]:
            chunk, fut = inflight.popleft()
            try:
                done = iter(fut.result())
            except Exception as exc:  # a worker died: the chunk's records are failures, not lost
                done = iter([failure_record(r.id, exc, r.metadata) for r in chunk if r.error is None])
            for rec in chunk:  # input errors are recorded here: a `fix` does not survive pickling
                yield failure_record(rec.id, rec.error, rec.metadata) if rec.error is not None else next(done)

        for chunk in chunked(records, options.batch_size):
            sendable = [r for r in chunk if r.error is None]
            fut: Future[list[dict[str, Any]]] = Future()
            if sendable:
                fut = pool.submit(_work, sendable, options.limits)
            else:
                fut.set_result([])
            inflight.append((chunk, fut))
            while len(inflight) >= 2 * options.workers:
                yield from drain_one()
        while inflight:
            yield from drain_one()
