"""Incremental batch output: JSONL (default) or Parquet, flushed every N records.

Both writers only ever append, so a killed job leaves everything it flushed
intact and ``--resume`` (see :mod:`nlptools.batch.resume`) can carry on.

* JSONL: one record per line, UTF-8.  A kill can leave at most one
  half-written last line, which resume repairs.
* Parquet: a Parquet file is only readable once its footer is written, so
  while the job runs each flush is a complete *part* file in ``OUT.parts/``
  (written to a temporary name, then renamed: a part is whole or absent).
  Closing the writer appends every part as row groups to ``OUT`` with one
  ``pyarrow.parquet.ParquetWriter`` (streaming, one part in memory at a time)
  and removes the parts.  Columns: ``id``, ``status``, ``language``,
  ``title``, ``summary``, ``quotes`` (count), ``error_type``, ``error_code``,
  ``error_message`` and ``record`` (the full record as JSON, since nested
  results differ in shape from article to article).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any, BinaryIO, Protocol

OUTPUT_FORMATS = ("jsonl", "parquet")


class RecordWriter(Protocol):
    """Append-only writer of output records."""

    path: Path

    def write(self, record: dict[str, Any]) -> None: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


def record_line(record: dict[str, Any]) -> bytes:
    """One JSONL line; text that cannot be UTF-8 (lone surrogates) is written escaped, never dropped."""
    try:
        return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(record, ensure_ascii=True) + "\n").encode("ascii")


class JsonlWriter:
    """Appends one JSON line per record; flushes to the OS every ``flush_every`` records."""

    def __init__(self, path: str | Path, *, flush_every: int = 100, append: bool = False) -> None:
        self.path = Path(path)
        self.flush_every = max(1, flush_every)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh: BinaryIO = open(self.path, "ab" if append else "wb")  # noqa: SIM115 - closed in close()
        self._pending = 0

    def write(self, record: dict[str, Any]) -> None:
        self._fh.write(record_line(record))
        self._pending += 1
        if self._pending >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        self._fh.flush()
        self._pending = 0

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def parts_dir(path: Path) -> Path:
    """Where a Parquet output keeps its flushed parts while the job runs."""
    return path.with_name(path.name + ".parts")


def parquet_schema() -> Any:
    import pyarrow as pa

    s = pa.string()
    return pa.schema(
        [
            ("id", s),
            ("status", s),
            ("language", s),
            ("title", s),
            ("summary", s),
            ("quotes", pa.int32()),
            ("error_type", s),
            ("error_code", s),
            ("error_message", s),
            ("record", s),
        ]
    )


def parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    """The flat Parquet row of one output record."""
    lang = record.get("language")
    summary = record.get("summary")
    quotes = record.get("quotes")
    error = record.get("error") or {}
    return {
        "id": str(record.get("id")),
        "status": record.get("status"),
        "language": lang.get("language") if isinstance(lang, dict) else None,
        "title": record.get("title"),
        "summary": summary.get("text") if isinstance(summary, dict) else None,
        "quotes": len(quotes) if isinstance(quotes, list) else None,
        "error_type": error.get("type"),
        "error_code": error.get("code"),
        "error_message": error.get("message"),
        "record": record_line(record).decode("utf-8").rstrip("\n"),
    }


class ParquetPartsWriter:
    """Writes Parquet parts while running and merges them into one file on close (see module doc)."""

    def __init__(self, path: str | Path, *, flush_every: int = 100, append: bool = False) -> None:
        self.path = Path(path)
        self.flush_every = max(1, flush_every)
        self.parts = parts_dir(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not append:
            shutil.rmtree(self.parts, ignore_errors=True)
            self.path.unlink(missing_ok=True)
        elif self.path.exists():  # the merge finished: any parts left are already inside it
            shutil.rmtree(self.parts, ignore_errors=True)
        self.parts.mkdir(exist_ok=True)
        for tmp in self.parts.glob("*.tmp"):
            tmp.unlink()
        if append and self.path.exists():  # a finished earlier run: its rows become the first part
            os.replace(self.path, self.parts / "part-000000.parquet")
        self._next = 1 + max((int(p.stem.split("-")[1]) for p in self.parts.glob("part-*.parquet")), default=0)
        self._rows: list[dict[str, Any]] = []
        self._closed = False

    def write(self, record: dict[str, Any]) -> None:
        self._rows.append(parquet_row(record))
        if len(self._rows) >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        if not self._rows:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(self._rows, schema=parquet_schema())
        final = self.parts / f"part-{self._next:06d}.parquet"
        tmp = final.with_suffix(".parquet.tmp")
        pq.write_table(table, tmp)
        os.replace(tmp, final)
        self._next += 1
        self._rows = []

    def close(self) -> None:
        if self._closed:
            return
        self.flush()
        merge_parts(self.path)
        self._closed = True

    def __enter__(self) -> ParquetPartsWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def merge_parts(path: Path) -> None:
    """Append every part as row groups to ``path`` (atomically replaced), then drop the parts."""
    import pyarrow.parquet as pq

    parts = parts_dir(path)
    files = sorted(parts.glob("part-*.parquet"))
    tmp = path.with_name(path.name + ".tmp")
    with pq.ParquetWriter(tmp, parquet_schema()) as writer:
        for part in files:
            writer.write_table(pq.read_table(part, schema=parquet_schema()))
    os.replace(tmp, path)
    shutil.rmtree(parts, ignore_errors=True)


def open_writer(path: str | Path, fmt: str = "jsonl", *, flush_every: int = 100, append: bool = False) -> RecordWriter:
    """A writer for ``fmt`` (``jsonl`` or ``parquet``)."""
    if fmt == "jsonl":
        return JsonlWriter(path, flush_every=flush_every, append=append)
    if fmt == "parquet":
        return ParquetPartsWriter(path, flush_every=flush_every, append=append)
    from ..errors import ConfigError

    raise ConfigError(f"unknown output format {fmt!r}.", fix=f"choose one of {', '.join(OUTPUT_FORMATS)}.")
