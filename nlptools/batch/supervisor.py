"""Supervised worker processes: a time budget per article, crash isolation, no orphans.

The local engine runs its chunks here whenever a per-article time budget is
set (``BatchOptions.article_timeout``, ``--article-timeout``; on by default),
with one worker process or ``workers`` of them.  The parent keeps every chunk
until its records are written, so nothing a worker does can lose a record:

* **Time budget.**  A chunk of *n* articles may run ``article_timeout × max(1,
  n/4)`` seconds (in a chunk an article costs far less than alone, because
  model batches span articles).  A chunk that runs over is not failed: its
  worker is killed, a fresh one started, and its articles run again one at a
  time, each with the full budget.  Only an article that alone exceeds the
  budget becomes a failure record (:class:`~nlptools.errors.ArticleTimeoutError`,
  ``E503``), and the job carries on.
* **Warm-up.**  A fresh worker builds its pipeline and runs it once on a
  short built-in text before it takes work, so loading models (lazy in
  every step) never counts against an article's budget.
* **Crashes.**  A worker that dies (segfault, out-of-memory kill) is handled
  the same way; the article it died on is recorded as
  :class:`~nlptools.errors.WorkerCrashError` (``E504``).
* **No orphans.**  Each worker asks the Linux kernel to SIGKILL it when its
  parent dies (``prctl(PR_SET_PDEATHSIG)``) and also polls its parent pid, so
  workers never outlive a ``kill -9`` of the job (the job resumes with
  ``--resume``).  Workers ignore SIGINT: Ctrl-C stops the parent, which stops
  them.

Output order is input order; at most ``2 × workers`` chunks are in flight.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from ..errors import ArticleTimeoutError, BatchError, WorkerCrashError
from ..intake import Limits
from .readers import InputRecord
from .records import failure_record, process_records

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from .runner import BatchOptions

_PR_SET_PDEATHSIG = 1
_MAX_START_FAILURES = 3
_START_SECONDS = 600.0  # a worker that is not ready by then (pipeline built, models loaded) is a start failure
_WARM_UP = "Varmkörning\n\nDet här är en kort mening om vädret. – Det blir regn, säger hon. The weather is fine today."


def die_with_parent(parent_pid: int, poll_seconds: float = 0.5) -> None:
    """Make this process exit when ``parent_pid`` (its parent) dies, however it dies.

    Linux: ``PR_SET_PDEATHSIG`` has the kernel send SIGKILL (works even while
    this process is stuck in native code).  Everywhere: a daemon thread polls
    the parent pid, which also covers a parent that died before the prctl.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no prctl: the polling thread remains
            pass
    if os.getppid() != parent_pid:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(poll_seconds)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="nlptools-parent-watch", daemon=True).start()


def _worker_main(conn: Connection, factory: Callable[[], Pipeline], threads: int, parent_pid: int) -> None:
    """Worker loop: build the pipeline once, then answer ``(task, records, limits)`` messages."""
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "RAYON_NUM_THREADS"):
        os.environ.setdefault(var, str(threads))
    try:
        pipeline = factory()
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    try:  # load the lazily loaded models now, so that no article's time budget pays for it
        process_records(pipeline, [InputRecord("warm-up", text=_WARM_UP)])
    except Exception:  # noqa: BLE001 - a step that cannot run shows up on the real articles
        pass
    conn.send(("ready", None))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        task, records, limits = msg
        conn.send(("done", (task, process_records(pipeline, records, limits))))


@dataclass(slots=True)
class _Entry:
    """One input chunk, in output order, and the records computed for it so far."""

    chunk: list[InputRecord]
    results: dict[int, dict[str, Any]] = field(default_factory=dict)
    todo: int = 0

    def records(self) -> Iterator[dict[str, Any]]:
        for i, rec in enumerate(self.chunk):
            yield failure_record(rec.id, rec.error, rec.metadata) if rec.error is not None else self.results[i]


@dataclass(slots=True)
class _Job:
    entry: _Entry
    indices: list[int]


class _Worker:
    """One worker process and the job it is on."""

    def __init__(self, ctx: Any, factory: Callable[[], Pipeline], threads: int) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, factory, threads, os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.job: _Job | None = None
        self.deadline = time.monotonic() + _START_SECONDS  # until ready: the start deadline
        self.task = 0

    def send(self, job: _Job, limits: Limits, budget: float, task: int) -> None:
        self.job, self.task, self.deadline = job, task, time.monotonic() + budget
        self.conn.send((task, [job.entry.chunk[i] for i in job.indices], limits))

    def stop(self, *, kill: bool) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.proc.kill()
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(timeout=5)
        self.conn.close()

    def exit_reason(self) -> str:
        code = self.proc.exitcode
        if code is not None and code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit status {code}"


def unpicklable(factory: Callable[[], Pipeline]) -> str | None:
    """Why ``factory`` cannot be sent to a spawned worker process (``None`` when it can)."""
    try:
        pickle.dumps(factory)
    except Exception as exc:  # noqa: BLE001 - any pickling failure means: not sendable
        return f"{type(exc).__name__}: {exc}"
    return None


def chunk_budget(article_timeout: float, n: int) -> float:
    """Seconds a chunk of ``n`` articles may run before it is re-run article by article."""
    return article_timeout * max(1.0, n / 4)


def run_supervised(records: Iterable[InputRecord], factory: Callable[[], Pipeline], options: BatchOptions) -> Iterator[dict[str, Any]]:
    """Output records of ``records``, in order, from supervised worker processes (see the module doc)."""
    from .runner import chunked

    problem = unpicklable(factory)
    if problem is not None:  # e.g. a lambda given to run_batch: run here, and say the budget is off
        warnings.warn(
            f"nlptools batch: the per-article time budget is off, because the pipeline cannot be sent to a worker process "
            f"({problem}); articles run in this process. Pass a module-level factory ('module:function') to have it.",
            RuntimeWarning,
            stacklevel=2,
        )
        pipeline = factory()
        for chunk in chunked(records, options.batch_size):
            yield from process_records(pipeline, chunk, options.limits)
        return
    timeout = float(options.article_timeout or 0) or float("inf")
    nworkers = max(1, options.workers)
    ctx = multiprocessing.get_context("spawn")
    threads = max(1, (os.cpu_count() or 1) // nworkers)
    source = iter(chunked(records, options.batch_size))
    entries: deque[_Entry] = deque()
    queue: deque[_Job] = deque()
    workers = [_Worker(ctx, factory, threads) for _ in range(nworkers)]
    start_failures = 0
    next_task = 0
    exhausted = False

    def settle(job: _Job, error: BatchError) -> None:
        """A job that ran over or crashed: split it, or record its one article as failed."""
        if len(job.indices) > 1:
            queue.extendleft(_Job(job.entry, [i]) for i in reversed(job.indices))
            return
        [i] = job.indices
        rec = job.entry.chunk[i]
        job.entry.results[i] = failure_record(rec.id, error, rec.metadata)
        job.entry.todo -= 1

    def replace(w: _Worker, *, kill: bool) -> None:
        w.stop(kill=kill)
        workers[workers.index(w)] = _Worker(ctx, factory, threads)

    try:
        while True:
            while not exhausted and len(entries) < 2 * nworkers:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                    break
                entry = _Entry(chunk)
                indices = [i for i, r in enumerate(chunk) if r.error is None]
                entry.todo = len(indices)
                entries.append(entry)
                if indices:
                    queue.append(_Job(entry, indices))
            while entries and entries[0].todo == 0:
                yield from entries.popleft().records()
            if exhausted and not entries:
                return
            for w in workers:
                if w.ready and w.job is None and queue:
                    job = queue.popleft()
                    next_task += 1
                    w.send(job, options.limits, chunk_budget(timeout, len(job.indices)), next_task)
            now = time.monotonic()
            busy = [w.deadline - now for w in workers if w.job is not None]
            wait_for = max(0.0, min(busy)) if busy else 1.0
            ready = wait([w.conn for w in workers] + [w.proc.sentinel for w in workers], timeout=min(wait_for, 1.0))
            for w in list(workers):
                if w.conn in ready:
                    try:
                        kind, payload = w.conn.recv()
                    except (EOFError, OSError):
                        kind, payload = "dead", None
                    if kind == "ready":
                        w.ready, start_failures = True, 0
                        continue
                    if kind == "done" and w.job is not None and payload[0] == w.task:
                        job = w.job
                        for i, rec in zip(job.indices, payload[1]):
                            job.entry.results[i] = rec
                        job.entry.todo -= len(job.indices)
                        w.job = None
                        continue
                    if kind == "failed":
                        raise BatchError(f"a worker process could not build the pipeline ({payload}).", fix="check the pipeline settings.")
                    if kind != "dead":
                        continue  # an answer to a task already given up on
                elif w.proc.sentinel not in ready:
                    if not w.ready and time.monotonic() > w.deadline:  # stuck while starting
                        start_failures += 1
                        if start_failures >= _MAX_START_FAILURES:
                            raise BatchError(f"worker processes do not get ready within {_START_SECONDS:g} s.", fix="run with --article-timeout 0 to see the problem in this process.")
                        replace(w, kill=True)
                    elif w.job is not None and time.monotonic() > w.deadline:
                        job, budget = w.job, chunk_budget(timeout, len(w.job.indices))
                        replace(w, kill=True)
                        settle(job, ArticleTimeoutError(
                            f"the article ran past the time budget of {budget:g} s; its worker was stopped and replaced.",
                            fix="raise --article-timeout if such articles are expected, or report the article (it may trigger a slow path).",
                        ))
                    continue
                # the worker died (or its pipe broke)
                w.proc.join(timeout=5)
                reason = w.exit_reason()
                job = w.job
                if job is None and not w.ready:
                    start_failures += 1
                    if start_failures >= _MAX_START_FAILURES:
                        raise BatchError(f"worker processes die while starting ({reason}).", fix="run with --article-timeout 0 to see the error in this process.")
                replace(w, kill=True)
                if job is not None:
                    settle(job, WorkerCrashError(
                        f"the worker process died on this article ({reason}); a fresh worker carried on.",
                        fix="check memory limits (an out-of-memory kill?) and report the article.",
                    ))
    finally:
        for w in workers:
            w.stop(kill=w.job is not None)
