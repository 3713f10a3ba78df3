"""Batch input readers: every format yields :class:`InputRecord` and never raises for one bad record.

Formats (``detect_format`` picks one from the path when ``auto``):

* ``dir`` – a directory, recursively: ``.txt``/``.md`` (plain text/Markdown),
  ``.html`` (article text extracted with trafilatura) and ``.docx`` (paragraph
  text from the document XML).  The id is the path relative to the directory.
* ``jsonl`` – one JSON object per line (``-`` reads stdin).  A malformed line
  becomes an error record whose id is ``<name>:<line number>``.
* ``csv`` – a header row, then one record per row (any field size).
* ``parquet`` – streamed by record batch with pyarrow.
* ``hf`` – a Hugging Face ``datasets`` dataset saved with ``save_to_disk``.

A record without an id gets ``<name>:<row number>`` (1-based), so ids are
stable between runs and ``--resume`` can find them.  Only a problem with the
input as a whole (missing file, missing column) raises, before any record.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import DecodeError, EmptyInputError, InputError, InputNotFoundError, InputTooLargeError, UnsupportedFormatError
from ..intake import DEFAULT_LIMITS, HTML_SUFFIXES, Limits, decode_bytes
from .bounded import CappedCsvLines, bounded_lines, csv_row_cap, record_cap

INPUT_FORMATS = ("auto", "dir", "jsonl", "csv", "parquet", "hf")
DIR_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".docx"} | HTML_SUFFIXES)
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines", ".json")


@dataclass(slots=True)
class InputRecord:
    """One input record: its id and either its text or the error that prevented reading it."""

    id: str
    text: str | None = None
    error: Exception | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    labels: list[tuple[str, str]] = field(default_factory=list)  # (kind, paragraph): an HTML page's byline/captions


@dataclass(frozen=True, slots=True)
class ReaderOptions:
    """Which fields hold the text and the id, and the limits applied while reading."""

    input_format: str = "auto"
    text_field: str = "text"
    id_field: str = "id"
    limits: Limits = DEFAULT_LIMITS


def detect_format(source: str | Path, input_format: str = "auto") -> str:
    """The concrete format of ``source`` (``-`` is JSONL on stdin)."""
    if input_format not in INPUT_FORMATS:
        raise UnsupportedFormatError(
            f"unknown input format {input_format!r}.", fix=f"choose one of {', '.join(INPUT_FORMATS)}."
        )
    if input_format != "auto":
        return input_format
    if str(source) == "-":
        return "jsonl"
    path = Path(source)
    if path.is_dir():
        markers = ("dataset_info.json", "state.json", "dataset_dict.json")
        return "hf" if any((path / m).exists() for m in markers) else "dir"
    suffixes = [x.lower() for x in path.suffixes]
    suffix = suffixes[-2] if len(suffixes) > 1 and suffixes[-1] == ".gz" else path.suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    raise UnsupportedFormatError(
        f"cannot tell the format of {path.name!r} from its name.",
        fix="pass --input-format dir|jsonl|csv|parquet|hf.",
    )


def iter_records(source: str | Path, options: ReaderOptions = ReaderOptions()) -> Iterator[InputRecord]:
    """Yield every record of ``source``; bad records come back as records with an ``error``."""
    if str(source) != "-" and not Path(source).exists():
        raise InputNotFoundError(f"{source}: no such file or directory.", fix="check the input path.")
    fmt = detect_format(source, options.input_format)
    if fmt == "dir":
        return read_directory(Path(source), options)
    if fmt == "jsonl":
        if str(source) == "-":
            return read_jsonl_stream(sys.stdin.buffer, "stdin", options)
        return read_jsonl(Path(source), options)
    if fmt == "csv":
        return read_csv(Path(source), options)
    if fmt == "parquet":
        return read_parquet(Path(source), options)
    return read_hf(Path(source), options)


def count_records(source: str | Path, options: ReaderOptions = ReaderOptions()) -> int | None:
    """A cheap record count for the progress bar (``None`` when it would cost a full parse)."""
    try:
        fmt = detect_format(source, options.input_format)
        if str(source) == "-":
            return None
        path = Path(source)
        if fmt == "dir":
            return sum(1 for _ in _directory_files(path))
        if fmt == "jsonl" and path.suffix.lower() != ".gz":
            with path.open("rb") as fh:
                return sum(1 for line in fh if line.strip())
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
        if fmt == "hf":
            return sum(len(ds) for _, ds in _hf_splits(path))
    except Exception:  # a count is a nicety; the read reports real problems
        return None
    return None


# --- directory ------------------------------------------------------------------------------


def _directory_files(root: Path) -> Iterator[Path]:
    """Supported files under ``root`` in a stable (sorted) order, hidden files skipped."""
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file() and path.suffix.lower() in DIR_SUFFIXES:
            yield path


def read_directory(root: Path, options: ReaderOptions = ReaderOptions()) -> Iterator[InputRecord]:
    """One record per supported file; the id is the path relative to ``root`` (with ``/``)."""
    for path in _directory_files(root):
        rel = path.relative_to(root).as_posix()
        meta = {"source": rel}
        try:
            text, labels = read_labelled_document(path, options.limits)
            yield InputRecord(rel, text=text, metadata=meta, labels=labels)
        except Exception as exc:  # one unreadable file (I/O, parser bug) is that file's record, never the job's end
            yield InputRecord(rel, error=exc, metadata=meta)


def read_document(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """The text of one .txt/.md/.html/.docx file (see :func:`nlptools.sources.read_document`)."""
    from ..sources import read_document as read

    return read(path, limits)


def read_labelled_document(path: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[str, list[tuple[str, str]]]:
    """Text of one file and its labelled paragraphs (see :func:`nlptools.sources.read_labelled_document`)."""
    from ..sources import read_labelled_document as read

    return read(path, limits)


# --- JSONL ----------------------------------------------------------------------------------


def read_jsonl(path: Path, options: ReaderOptions = ReaderOptions()) -> Iterator[InputRecord]:
    """Records of a JSONL file (``.gz`` is decompressed on the fly)."""
    if path.suffix.lower() == ".gz":
        import gzip

        with gzip.open(path, "rb") as fh:
            yield from read_jsonl_stream(fh, path.name, options)
    else:
        with path.open("rb") as fh:
            yield from read_jsonl_stream(fh, path.name, options)


def read_jsonl_stream(stream: BinaryIO, name: str, options: ReaderOptions = ReaderOptions()) -> Iterator[InputRecord]:
    """Records of a JSONL byte stream; each malformed line is an error record ``<name>:<line>``.

    A stream that breaks off (truncated .gz, I/O error) ends with one error record saying where.
    """
    lineno = 0
    cap = record_cap(options.limits)  # batchfaults: a line of any length costs bounded memory
    try:
        for lineno, raw in enumerate(bounded_lines(stream, cap), start=1):
            if isinstance(raw, int):
                err = InputTooLargeError(
                    f"line {lineno} is {raw:,} bytes, longer than any record within the limits ({cap:,} bytes); it was skipped unread.",
                    fix="split the document, or raise the limit (--max-bytes).",
                )
                yield InputRecord(f"{name}:{lineno}", error=err, metadata={"source": name, "line": lineno})
                continue
            yield from _jsonl_line(raw, lineno, name, options)
    except (OSError, EOFError) as exc:
        err = DecodeError(
            f"the input breaks off after line {lineno} ({exc}); the rest cannot be read.",
            fix="check the file (a truncated download or a damaged .gz?) and rerun with --resume.",
        )
        yield InputRecord(f"{name}:{lineno + 1}", error=err, metadata={"source": name, "line": lineno + 1})


def _jsonl_line(raw: bytes, lineno: int, name: str, options: ReaderOptions) -> Iterator[InputRecord]:
    """Zero (blank line) or one record for one JSONL line."""
    if not raw.strip():
        return
    fallback = f"{name}:{lineno}"
    meta: dict[str, Any] = {"source": name, "line": lineno}
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        err: InputError = DecodeError(f"line {lineno} is not UTF-8 ({exc.reason}).", fix="write JSONL as UTF-8.")
        yield InputRecord(fallback, error=err, metadata=meta)
    except json.JSONDecodeError as exc:
        err = UnsupportedFormatError(
            f"line {lineno} is not valid JSON ({exc.msg} at column {exc.colno}).",
            fix="fix or remove the line; each line must be one JSON object.",
        )
        yield InputRecord(fallback, error=err, metadata=meta)
    else:
        yield _from_mapping(obj, fallback, meta, options)

def _from_mapping(obj: Any, fallback: str, meta: dict[str, Any], options: ReaderOptions) -> InputRecord:
    """An InputRecord from one parsed row (JSON object, CSV row, Parquet/HF row)."""
    if not isinstance(obj, dict):
        err = UnsupportedFormatError(
            f"{fallback}: expected a JSON object, got {type(obj).__name__}.",
            fix=f'write one object per line, e.g. {{"{options.id_field}": "a1", "{options.text_field}": "..."}}.',
        )
        return InputRecord(fallback, error=err, metadata=meta)
    raw_id = obj.get(options.id_field)
    rid = fallback if raw_id is None or str(raw_id) == "" else str(raw_id)
    text = obj.get(options.text_field)
    if text is None:
        fields = ", ".join(sorted(map(str, obj))[:8]) or "none"
        err = EmptyInputError(
            f"record has no {options.text_field!r} field (fields: {fields}).",
            fix="name the text field with --text-field.",
        )
        return InputRecord(rid, error=err, metadata=meta)
    if not isinstance(text, str):
        err = UnsupportedFormatError(
            f"field {options.text_field!r} is {type(text).__name__}, not a string.", fix="store the text as a string."
        )
        return InputRecord(rid, error=err, metadata=meta)
    extra = {k: v for k, v in obj.items() if k not in (options.text_field, options.id_field) and _is_scalar(v)}
    return InputRecord(rid, text=text, metadata={**meta, **extra})


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


# --- CSV ------------------------------------------------------------------------------------


def read_csv(path: Path, options: ReaderOptions = ReaderOptions()) -> Iterator[InputRecord]:
    """Records of a CSV (or TSV) file with a header row; fields may be any size."""
    csv.field_size_limit(2**31 - 1)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with path.open("r", encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
        lines = CappedCsvLines(fh, csv_row_cap(options.limits))  # batchfaults: a field of any size costs bounded memory
        reader = csv.DictReader(lines, delimiter=delimiter)
        if reader.fieldnames is None or options.text_field not in reader.fieldnames:
            raise UnsupportedFormatError(
                f"{path.name} has no {options.text_field!r} column (columns: {', '.join(reader.fieldnames or [])}).",
                fix="name the text column with --text-field.",
            )
        rownum = 0
        while True:
            rownum += 1
            fallback = f"{path.name}:{rownum}"
            meta: dict[str, Any] = {"source": path.name, "row": rownum}
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                err = UnsupportedFormatError(f"row {rownum}: {exc}.", fix="fix the CSV quoting in that row.")
                yield InputRecord(fallback, error=err, metadata=meta)
                continue
            if lines.cut:
                lines.cut = False
                err = InputTooLargeError(
                    f"row {rownum} is longer than any record within the limits ({lines.cap:,} characters); it was skipped unread.",
                    fix="split the document, or raise the limit (--max-bytes).",
                )
                yield InputRecord(_clean(str(row.get(options.id_field) or fallback)), error=err, metadata=meta)
                continue
            bad = next((k for k, v in row.items() if isinstance(v, str) and _has_surrogates(v)), None)
            if bad is not None:
                rid = row.get(options.id_field) or fallback
                err = DecodeError(f"row {rownum}: field {bad!r} is not UTF-8.", fix="save the CSV as UTF-8.")
                yield InputRecord(_clean(rid), error=err, metadata=meta)
                continue
            row.pop(None, None)  # type: ignore[call-overload]  # extra cells without a header
            yield _from_mapping(row, fallback, meta, options)


def _has_surrogates(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def _clean(value: str) -> str:
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# --- Parquet / Hugging Face datasets ---------------------------------------------------------


def read_parquet(path: Path, options: ReaderOptions = ReaderOptions(), *, batch_rows: int = 1024) -> Iterator[InputRecord]:
    """Records of a Parquet file, streamed one row group (and record batch) at a time.

    A row group that cannot be decoded yields one error record per row it holds
    (ids ``<name>:<row>``), so a damaged file never loses records silently.
    """
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    _require_column(path.name, pf.schema_arrow.names, options.text_field)
    rownum = 0
    for group in range(pf.num_row_groups):
        rows_in_group = pf.metadata.row_group(group).num_rows
        start = rownum
        try:
            for batch in pf.iter_batches(batch_size=batch_rows, row_groups=[group]):
                for row in batch.to_pylist():
                    rownum += 1
                    yield _from_mapping(row, f"{path.name}:{rownum}", {"source": path.name, "row": rownum}, options)
        except Exception as exc:  # damaged row group: report every row of it that was not yet read
            err = DecodeError(f"row group {group} of {path.name} cannot be read ({exc}).", fix="check or rewrite the Parquet file.")
            for n in range(rownum + 1, start + rows_in_group + 1):
                yield InputRecord(f"{path.name}:{n}", error=err, metadata={"source": path.name, "row": n})
            rownum = start + rows_in_group

def _hf_splits(path: Path) -> list[tuple[str | None, Any]]:
    try:
        import datasets
    except ImportError as exc:  # pragma: no cover - datasets is a core dependency
        from ..errors import missing_extra

        raise missing_extra("datasets", "hf") from exc
    loaded = datasets.load_from_disk(str(path))
    if isinstance(loaded, datasets.DatasetDict):
        return [(name, loaded[name]) for name in loaded]
    return [(None, loaded)]


def read_hf(path: Path, options: ReaderOptions = ReaderOptions()) -> Iterator[InputRecord]:
    """Records of a dataset saved with ``save_to_disk`` (every split of a DatasetDict, in order)."""
    for split, ds in _hf_splits(path):
        _require_column(path.name, ds.column_names, options.text_field)
        prefix = f"{path.name}/{split}" if split else path.name
        for i, row in enumerate(ds, start=1):
            meta: dict[str, Any] = {"source": prefix, "row": i}
            yield _from_mapping(dict(row), f"{prefix}:{i}", meta, options)


def _require_column(name: str, columns: list[str], column: str) -> None:
    if column not in columns:
        raise UnsupportedFormatError(
            f"{name} has no {column!r} column (columns: {', '.join(columns)}).",
            fix="name the text column with --text-field.",
        )

