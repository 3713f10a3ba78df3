"""In-flight analyses: one worker thread, a progress queue per job, results handed out once.

A job is reachable only by its random id and is forgotten as soon as its
result is fetched (or after :data:`TTL_S`), so two users' documents never meet.
"""

from __future__ import annotations

import queue
import secrets
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

TTL_S = 600.0
MAX_JOBS = 16


@dataclass(slots=True)
class Job:
    id: str
    events: queue.Queue[tuple[str, str]] = field(default_factory=queue.Queue)
    result: Any = None
    error: str | None = None
    done: threading.Event = field(default_factory=threading.Event)
    created: float = field(default_factory=time.monotonic)


class TooManyJobs(Exception):
    """More analyses waiting than :data:`MAX_JOBS`."""


class Jobs:
    """Run ``work(report)`` functions one at a time (models are not shared across threads)."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nlptools-desk")

    def start(self, work: Callable[[Callable[[str], None]], Any]) -> Job:
        self._expire()
        with self._lock:
            if len(self._jobs) >= MAX_JOBS:
                raise TooManyJobs
            job = Job(secrets.token_urlsafe(16))
            self._jobs[job.id] = job

        def run() -> None:
            try:
                job.result = work(lambda step: job.events.put(("progress", step)))
            except Exception as exc:  # noqa: BLE001 - reported to the page, the server goes on
                job.error = str(exc) or type(exc).__name__
            job.done.set()
            job.events.put(("error", job.error) if job.error else ("done", "ready"))

        self._pool.submit(run)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def pop(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.pop(job_id, None)

    def _expire(self) -> None:
        now = time.monotonic()
        with self._lock:
            for key in [k for k, j in self._jobs.items() if now - j.created > TTL_S]:
                del self._jobs[key]

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            self._jobs.clear()
