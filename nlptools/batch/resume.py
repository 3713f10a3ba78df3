"""Resume a batch job: find the ids already written, repair a half-written tail, never duplicate.

A killed job can leave (JSONL) a last line without its newline, cut anywhere
— that record was never complete, so the line is truncated away and the
record is processed again.  Every complete line's ``id`` is collected; the
runner skips those ids.  For Parquet, the ids come from the finished file
and from the flushed parts (see :mod:`nlptools.batch.writers`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OutputExistsError, ResumeError
from .writers import parts_dir


@dataclass(slots=True)
class ResumeState:
    """What an existing output already holds."""

    ids: set[str] = field(default_factory=set)
    repaired_bytes: int = 0  # bytes of a half-written last line that were cut off
    bad_lines: int = 0  # complete lines that are not JSON records with an id (left in place)


def repair_jsonl_tail(path: Path) -> int:
    """Cut a last line that has no newline (a write the job did not finish); returns the bytes removed."""
    with open(path, "r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        if size == 0:
            return 0
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return 0
        pos = size
        block = 65536
        while pos > 0:  # scan backwards for the last newline
            start = max(0, pos - block)
            fh.seek(start)
            chunk = fh.read(pos - start)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                keep = start + nl + 1
                break
            pos = start
        else:
            keep = 0
        fh.truncate(keep)
        fh.flush()
        os.fsync(fh.fileno())
        return size - keep


_LEADING_ID = re.compile(rb'^\{"id": ("(?:[^"\\]|\\.)*")[,}]')


def record_id(line: bytes) -> str | None:
    """The ``id`` of one JSONL output line; fast path for our own records, which start with it."""
    m = _LEADING_ID.match(line)
    try:
        if m:
            return str(json.loads(m.group(1)))
        rid = json.loads(line).get("id")
    except (ValueError, AttributeError):
        return None
    return None if rid is None else str(rid)


def jsonl_state(path: Path) -> ResumeState:
    """Repair the tail of a JSONL output and collect the ids of its complete records."""
    state = ResumeState()
    state.repaired_bytes = repair_jsonl_tail(path)
    with open(path, "rb") as fh:
        for raw in fh:
            if not raw.strip():
                continue
            rid = record_id(raw)
            if rid is None:
                state.bad_lines += 1
            else:
                state.ids.add(str(rid))
    return state


def parquet_state(path: Path) -> ResumeState:
    """Ids of a Parquet output: the merged file if the last run finished, else its flushed parts."""
    import pyarrow.parquet as pq

    state = ResumeState()
    parts = parts_dir(path)
    if path.exists():
        files = [path]
        if parts.exists():  # merge finished, the parts are already in ``path``
            shutil.rmtree(parts, ignore_errors=True)
    else:
        files = sorted(parts.glob("part-*.parquet")) if parts.exists() else []
    for f in files:
        try:
            ids = pq.read_table(f, columns=["id"]).column("id").to_pylist()
        except Exception as exc:
            raise ResumeError(
                f"cannot read the ids of {f} ({exc}).",
                fix="remove the damaged file (its records will be processed again) or rerun without --resume.",
            ) from exc
        state.ids.update(str(i) for i in ids if i is not None)
    return state


def prepare_output(path: str | Path, fmt: str, *, resume: bool, overwrite: bool) -> ResumeState:
    """Check the output before a job: resume it, replace it, or refuse to clobber it."""
    path = Path(path)
    exists = path.exists() or (fmt == "parquet" and parts_dir(path).exists())
    if not exists:
        return ResumeState()
    if resume:
        if fmt == "jsonl":
            if path.suffix.lower() == ".parquet":
                raise ResumeError(f"{path} looks like Parquet, not JSONL.", fix="pass --format parquet.")
            return jsonl_state(path)
        return parquet_state(path)
    if overwrite:
        return ResumeState()
    raise OutputExistsError(
        f"{path} already exists.",
        fix="pass --resume to continue that job (skipping ids already written) or --overwrite to start over.",
    )
