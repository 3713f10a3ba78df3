"""Helpers shared by CLI commands: reading inputs, writing outputs, exit codes."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import typer

from ..errors import InputError, ModelError, NlptoolsError
from ..intake import DEFAULT_LIMITS, Limits, decode_bytes, read_file, read_text
from ..types import Article

# Exit codes scripts can rely on.
EXIT_OK = 0
EXIT_FAILED_RECORDS = 1  # ran, but at least one record/step failed
EXIT_USAGE = 2  # typer/click usage errors
EXIT_INPUT = 3  # no input could be read
EXIT_MODEL = 4  # a requested model is missing or broken

FORMATS = ("json", "jsonl", "md")


def iter_inputs(files: Sequence[str], *, limits: Limits = DEFAULT_LIMITS) -> Iterator[tuple[str, Article | Exception]]:
    """Yield ``(name, Article or the error that prevented reading it)`` for each input; ``-`` is stdin."""
    for name in files:
        try:
            if name == "-":
                data = sys.stdin.buffer.read()
                yield name, read_text(decode_bytes(data, limits=limits), id="stdin", limits=limits)
            else:
                yield name, read_file(name, limits=limits)
        except InputError as exc:
            yield name, exc


def dumps(record: Any) -> str:
    return json.dumps(record, ensure_ascii=False)


def emit(records: Sequence[Any], fmt: str, output: Path | None = None) -> None:
    """Write JSON (one object, or a list for several), JSONL, or pre-rendered text/Markdown."""
    if fmt == "json":
        payload = records[0] if len(records) == 1 else list(records)
        text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "jsonl":
        text = "".join(dumps(r) + "\n" for r in records)
    else:
        text = "\n\n".join(str(r).rstrip("\n") for r in records) + "\n"
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")


def check_format(fmt: str, allowed: Sequence[str] = FORMATS) -> str:
    if fmt not in allowed:
        raise typer.BadParameter(f"--format must be one of {', '.join(allowed)}")
    return fmt


def error_record(name: str, exc: Exception) -> dict[str, Any]:
    """The JSON record for an input that could not be processed."""
    rec: dict[str, Any] = {"id": name, "status": "failure", "error": {"type": type(exc).__name__, "message": str(exc)}}
    if isinstance(exc, NlptoolsError):
        rec["error"]["code"] = exc.code
        rec["error"]["fix"] = exc.fix
    return rec


def warn(message: str) -> None:
    """A one-line message on stderr (never mixed into the results on stdout)."""
    typer.echo(message, err=True)


def exit_code_for(exc: BaseException) -> int:
    if isinstance(exc, InputError):
        return EXIT_INPUT
    if isinstance(exc, ModelError):
        return EXIT_MODEL
    return EXIT_FAILED_RECORDS
