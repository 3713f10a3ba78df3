"""One batch job per output: an advisory lock on the sidecar ``<output>.lock``.

Two ``batch`` runs on one output (say, the same ``--resume`` command started
twice) would both see the same "already done" ids and both write every other
record.  :func:`output_lock` takes an exclusive, non-blocking ``fcntl.flock``
on ``<output>.lock`` for the whole job and writes the holder's pid, host,
start time and command line into it; a second job fails at once with
:class:`~nlptools.errors.OutputLockedError` naming that process.

The lock belongs to the open file description, so the kernel releases it when
the holder exits in any way (``kill -9`` included): a stale ``.lock`` file left
behind never blocks the next run.  On platforms without ``fcntl`` the job runs
unlocked (documented, not silent: :data:`LOCKING` is ``False``).
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import OutputLockedError

try:
    import fcntl

    LOCKING = True
except ImportError:  # pragma: no cover - Windows
    LOCKING = False


def lock_path(output: str | Path) -> Path:
    """The sidecar lock file of ``output``."""
    output = Path(output)
    return output.with_name(output.name + ".lock")


def _holder(path: Path) -> str:
    """Who holds the lock, as a readable phrase (from the JSON the holder wrote)."""
    try:
        info: dict[str, Any] = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    if not info.get("pid"):
        return "another process (it has not written its pid yet)"
    since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(info.get("started", 0)))
    return f"process {info['pid']} on host {info.get('host', '?')} (started {since}: {info.get('command', '?')})"


@contextmanager
def output_lock(output: str | Path) -> Iterator[Path | None]:
    """Hold the exclusive lock of ``output`` for the ``with`` block; raise ``OutputLockedError`` if taken."""
    if not LOCKING:  # pragma: no cover
        yield None
        return
    path = lock_path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputLockedError(
                f"{output} is being written by {_holder(path)}.",
                fix=f"wait for that job to finish (or stop it), then rerun with --resume; {path} names the holder.",
            ) from None
        try:  # the previous holder may have removed the file between our open and our lock: retry on the new one
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        info = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time(), "command": " ".join(sys.argv)[:500]}
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(info).encode("utf-8"))
        yield path
    finally:
        try:
            path.unlink()  # while still locked: a waiter that opened this inode retries on a fresh file
        except FileNotFoundError:
            pass
        os.close(fd)
