"""The one loop every document command runs: options → pipeline → inputs → records → output.

A command is a :class:`CommandSpec`: which steps it runs (a subset of the
registered ones, or all of them with ``--steps``), which step it exists for
(a skip of that step is a failure), its output formats and how a record is
shown as Markdown/text.  Everything else is shared: the generated step
options, the input options, reading ``.txt .md .html .docx`` and ``-``, the
pipeline call over chunks of articles (model batches span files), the
article record of ``nlptools schema`` for every input (failures included),
the output writer and the exit code.
"""

from __future__ import annotations

import inspect
import json
import os
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from ..errors import ConfigError, InputError, ModelError, UsageError
from ..intake import Limits, decode_bytes
from ..types import Article
from .options import configs_from, input_parameters, limits_from, make_command, run_parameters, step_parameters

if TYPE_CHECKING:
    from ..analysis import PipelineConfig
    from ..pipeline import Pipeline

# Exit codes scripts can rely on.
EXIT_OK = 0
EXIT_FAILED_RECORDS = 1  # ran, but at least one record/step failed
EXIT_USAGE = 2  # usage errors: bad options, contradicting flags, unusable --output/--glossary
EXIT_INPUT = 3  # an input could not be read
EXIT_MODEL = 4  # a requested model is missing or broken

FORMATS = ("json", "jsonl", "md")

#: (record, values) → the record's Markdown/text rendering.
Renderer = Callable[[dict[str, Any], str, dict[str, Any]], str]


@dataclass(frozen=True, slots=True)
class CommandSpec:
    """What makes one command different from the others (everything else is shared)."""

    name: str
    doc: str
    steps: tuple[str, ...] | None  # None: every registered step, chosen with --steps
    primary: str | None = None  # the step the command exists for (its options get their aliases)
    formats: tuple[str, ...] = FORMATS
    render: Renderer | None = None  # md/text; default: the article's Markdown
    project: Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]] | None = None  # json fields kept
    extra: tuple[inspect.Parameter, ...] = ()  # command-only options (shape only)
    default_format: str = "json"
    output_help: str = "Write results here instead of stdout."
    defaults: Mapping[str, Any] = field(default_factory=dict)  # {"step.field": value}: this command's option defaults


@dataclass(frozen=True, slots=True)
class Run:
    """What :func:`run_pipeline` did: the configuration, the pipeline it built and one record per input."""

    config: PipelineConfig
    configs: dict[str, Any]  # every step's config from the options (also of steps not run)
    pipeline: Pipeline
    records: list[dict[str, Any]]


#: (spec, step names, parsed option values) → None: what a command does with them (raises typer.Exit).
Runner = Callable[[CommandSpec, Sequence[str], dict[str, Any]], None]


def pipeline_command(spec: CommandSpec, run: Runner | None = None) -> Callable[..., Any]:
    """The typer callback of ``spec``: shared options plus one option per field of its steps' configs.

    ``run`` replaces :func:`run_command` for a command whose output is not
    records (``draft`` renders each record into a document).
    """
    from ..steps import default_names

    names = list(spec.steps) if spec.steps is not None else default_names()
    params = [
        inspect.Parameter("files", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=list[str],
                          default=typer.Argument(..., metavar="FILE", help="Text, Markdown, HTML or .docx files; '-' reads stdin.")),
        _kw("fmt", str, typer.Option(spec.default_format, "--format", "-f", help=", ".join(spec.formats) + ".")),
        _kw("output", Path | None, typer.Option(None, "--output", "-o", help=spec.output_help)),
        *input_parameters(),
        *run_parameters(),
    ]  # fmt: skip
    if spec.steps is None:
        params.append(_kw("steps", str, typer.Option(",".join(names), "--steps", help="Comma-separated steps to run.")))
    params += [*spec.extra, *step_parameters(names, spec.primary, spec.defaults)]
    runner = run or run_command
    return make_command(lambda values: runner(spec, names, values), params, name=spec.name, doc=spec.doc)


def _kw(name: str, annotation: Any, option: Any) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=annotation)


def run_command(spec: CommandSpec, all_names: Sequence[str], values: dict[str, Any]) -> None:
    """Run ``spec`` with the parsed ``values``: the body of every document command."""
    fmt = check_format(values["fmt"], spec.formats)
    output = check_output(values["output"])
    records = run_pipeline(spec, all_names, values).records
    if fmt in ("json", "jsonl"):
        out: list[Any] = [spec.project(r, values) if spec.project else r for r in records]
    else:
        render = spec.render or _article_markdown
        out = [render(r, fmt, values) if r["status"] != "failure" else failure_line(r) for r in records]
    emit(out, fmt, output)
    raise typer.Exit(exit_code(records))


def run_pipeline(spec: CommandSpec, all_names: Sequence[str], values: dict[str, Any]) -> Run:
    """Options → pipeline → every input → one record each (notices on stderr): the shared part of every command."""
    from ..analysis import PipelineConfig
    from ..batch.records import process_stream
    from ..progress import track

    quiet = values["quiet"]
    if quiet:
        silence_libraries()
    names = parse_steps(values["steps"]) if "steps" in values else list(all_names)
    configs = configs_from(all_names, values)
    config = PipelineConfig(tuple(names), {n: configs[n] for n in names if n in configs}, values["device"],
                            required=(spec.primary,) if spec.primary else ())  # fmt: skip
    pipeline = config.build()  # bad options, a missing --glossary or --model: one coded error before any work
    pipeline.check_required()  # the step the command exists for cannot run here: say so once, exit 4
    if not quiet:
        announce_licences(config)
    limits = limits_from(values)
    files = values["files"]
    stream = process_stream(pipeline, input_records(files, limits), batch_size=values["batch_size"], limits=limits)
    with warnings.catch_warnings(record=True) as caught:  # library warnings: one plain line each, or none with -q
        warnings.simplefilter("ignore" if quiet else "always")
        records = list(track(stream, total=len(files), description=spec.name, enabled=not quiet))
    for message in dict.fromkeys(str(w.message) for w in caught):
        warn(message)
    if not quiet:
        notify(records)
    return Run(config, configs, pipeline, records)


def parse_steps(text: str) -> list[str]:
    from ..steps import order

    return order(s.strip() for s in text.split(",") if s.strip())


def input_records(files: Sequence[str], limits: Limits) -> Iterator[Any]:
    """One input record per file (``-`` is stdin): its text, or the coded error that prevented reading it."""
    from ..batch.readers import InputRecord
    from ..sources import read_document

    for name in files:
        try:
            if name == "-":
                yield InputRecord("stdin", text=decode_bytes(sys.stdin.buffer.read(), limits=limits))
            else:
                yield InputRecord(name, text=read_document(name, limits), metadata={"source": name})
        except InputError as exc:
            yield InputRecord("stdin" if name == "-" else name, error=exc, metadata={} if name == "-" else {"source": name})


def check_output(output: Path | None) -> Path | None:
    """Refuse an ``--output`` that cannot be a file before any work is done."""
    if output is None:
        return None
    if output.is_dir():
        raise UsageError(f"--output {output} is a directory.", fix="name a file, e.g. --output results.json.")
    parent = next((p for p in output.parents if p.exists()), None)
    if parent is not None and not parent.is_dir():
        raise UsageError(f"--output {output}: {parent} is a file, not a directory.", fix="choose another output path.")
    return output


def silence_libraries() -> None:
    """``-q``: no model-loading progress, logging or library warnings on stderr."""
    import logging

    warnings.simplefilter("ignore")
    for var, value in (("HF_HUB_DISABLE_PROGRESS_BARS", "1"), ("TRANSFORMERS_VERBOSITY", "error"),
                       ("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1"), ("TQDM_DISABLE", "1")):  # fmt: skip
        os.environ[var] = value
    logging.disable(logging.WARNING)
    if "transformers" in sys.modules:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()


def announce_licences(config: Any) -> None:
    """State a non-commercial model licence once, up front."""
    from ..registry import licence_notice

    for cfg in config.configs.values():
        model = getattr(cfg, "model", None)
        if model is not None and getattr(cfg, "method", "abstractive") == "abstractive":
            notice = licence_notice(str(model))
            if notice:
                warn(notice)


def notify(records: Iterable[dict[str, Any]]) -> None:
    """One line per skipped step and reason (not per article) with the enabling command; one per failure."""
    seen: set[str] = set()
    for rec in records:
        for st in rec.get("steps") or ():
            if st["status"] == "skipped" and st.get("hint") and st["step"] not in seen:
                seen.add(st["step"])
                warn(f"skipped {st['step']}: {st['reason']} Enable it with: {st['hint']}")
        if rec["status"] != "success":
            warn(failure_line(rec) if rec.get("error") else f"{rec['id']}: {rec['status']}")


def failure_line(record: dict[str, Any]) -> str:
    """A failed record as one readable line with its code: ``error: ID: [E102] … Fix: …``."""
    err = record.get("error") or {}
    code = f"[{err['code']}] " if err.get("code") else ""
    fix = f" Fix: {err['fix']}" if err.get("fix") else ""
    where = f" (step {err['step']})" if err.get("step") else ""
    return f"error: {record['id']}{where}: {code}{err.get('message') or err.get('type', 'failed')}{fix}"


def exit_code(records: Sequence[dict[str, Any]]) -> int:
    """3 when an input could not be read, 4 for a model error, 1 for any other failure, else 0."""
    codes = [str((r.get("error") or {}).get("code") or "") for r in records if r["status"] != "success"]
    if any(c.startswith("E1") for c in codes):
        return EXIT_INPUT
    if any(c.startswith("E2") for c in codes):
        return EXIT_MODEL
    return EXIT_FAILED_RECORDS if codes else EXIT_OK


def _article_markdown(record: dict[str, Any], fmt: str, values: dict[str, Any]) -> str:
    from ..render import article_markdown

    return article_markdown(record_article(record))


def record_article(record: dict[str, Any]) -> Article:
    """The Article of a (non-failure) record, for renderers."""
    return Article.from_dict({k: v for k, v in record.items() if k not in ("error", "duplicate_of")})


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


def warn(message: str) -> None:
    """A one-line message on stderr (never mixed into the results on stdout)."""
    typer.echo(message, err=True)


def exit_code_for(exc: BaseException) -> int:
    if isinstance(exc, UsageError):
        return EXIT_USAGE
    if isinstance(exc, InputError):
        return EXIT_INPUT
    if isinstance(exc, ModelError):
        return EXIT_MODEL
    if isinstance(exc, ConfigError):  # a bad option value
        return EXIT_USAGE
    return EXIT_FAILED_RECORDS
