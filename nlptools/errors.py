"""Typed, numbered errors.  Every message says what went wrong and how to fix it.

Codes are stable (scripts and issue reports can refer to them): E1xx input,
E2xx models, E3xx pipeline/configuration, E4xx batch jobs, E5xx batch faults and
hostile input (locks, run configuration, time budgets, bombs).  Each class says
what it means (first docstring line) and what usually fixes it (``remedy``);
:func:`troubleshooting_markdown` turns them into the README's table
(``python -m nlptools.errors``), and a test keeps the two equal.
"""

from __future__ import annotations


class NlptoolsError(Exception):
    """Any nlptools error: ``code`` is stable, ``fix`` tells the user what to do."""

    code = "E000"
    remedy = "read the message; it names the fix."

    def __init__(self, message: str, fix: str | None = None) -> None:
        self.message = message
        self.fix = fix
        text = f"[{self.code}] {message}"
        if fix:
            text += f" Fix: {fix}"
        super().__init__(text)


class InputError(NlptoolsError):
    """The input cannot be read as an article."""

    code = "E100"


class EmptyInputError(InputError):
    """The input (file, record, directory) has no text."""

    code = "E101"
    remedy = "pass a file with text in it; an empty batch input is not a successful run."


class BinaryInputError(InputError):
    """The input is binary (NUL bytes, a broken .docx), not text."""

    code = "E102"
    remedy = "pass plain text, Markdown, HTML or .docx; convert PDFs to text first."


class DecodeError(InputError):
    """The bytes are neither UTF-8 nor a recognisable text encoding."""

    code = "E103"
    remedy = "convert the file to UTF-8 (e.g. `iconv -f cp1252 -t utf-8`)."


class InputTooLargeError(InputError):
    """The document is over the input limit."""

    code = "E104"
    remedy = "split the document, or raise `--max-bytes` / `--max-chars` (every command has them)."


class UnsupportedFormatError(InputError):
    """The file type or record shape is not one nlptools reads."""

    code = "E105"
    remedy = "pass .txt, .md, .html or .docx files; JSONL/CSV/Parquet through `nlptools batch` (`--input-format`)."


class UnsupportedLanguageError(InputError):
    """No available model handles the article's language."""

    code = "E106"
    remedy = "pass `--language` to override detection, or a model for that language (`--model`)."


class InputNotFoundError(InputError):
    """An input path does not exist."""

    code = "E107"
    remedy = "check the path."


class NotAFileError(InputError):
    """A directory (or other non-file) was given where a document is read."""

    code = "E108"
    remedy = "pass the files in it (`DIR/*.md`), or process the directory with `nlptools batch DIR -o out.jsonl`."


class ModelError(NlptoolsError):
    """A model is unknown, missing or broken."""

    code = "E200"


class UnknownModelError(ModelError):
    """The model name is not in the registry."""

    code = "E201"
    remedy = "see `nlptools models list`, or pass a local model directory."


class ModelNotDownloadedError(ModelError):
    """The model is not on disk (a registry model not downloaded, or a directory that does not exist)."""

    code = "E202"
    remedy = "`nlptools models download NAME`, or pass an existing model directory with `--model DIR`."


class ModelLoadError(ModelError):
    """The model directory is incomplete or cannot be loaded."""

    code = "E203"
    remedy = "copy the whole model directory (config.json and the weights), or download it again."


class BackendUnavailableError(ModelError):
    """An optional package a backend needs is not installed."""

    code = "E204"
    remedy = "install the extra the message names (e.g. `pip install 'nlptools[ray]'`)."


class StepUnavailableError(ModelError):
    """The step a command exists for cannot run here (model not downloaded, package missing)."""

    code = "E205"
    remedy = "run the command the message names (e.g. `nlptools models download opus-mt-sv-en`)."


class PipelineError(NlptoolsError):
    """The pipeline is configured wrongly."""

    code = "E300"


class MissingRequirementError(PipelineError):
    """A step needs the output of a step that is not before it."""

    code = "E301"
    remedy = "add the step that provides it, or build with `Pipeline.from_names`, which orders steps."


class ConfigError(PipelineError):
    """An option has a value nlptools does not know (step, backend, device, format…)."""

    code = "E302"
    remedy = "use one of the values the message lists (exit status 2)."


class StepSkippedError(PipelineError):
    """The step a command exists for could not run on this article (e.g. no model for its language)."""

    code = "E303"
    remedy = "follow the reason in the record (e.g. `--language sv` when detection is unsure)."


class UsageError(NlptoolsError):
    """Options contradict each other or name something unusable (`--glossary`, `--output`); refused before any work."""

    code = "E304"
    remedy = "fix the option the message names (exit status 2)."


class BatchError(NlptoolsError):
    """A batch job cannot go on."""

    code = "E400"


class DuplicateIdError(BatchError):
    """A batch input repeats an id: the later occurrence is recorded, not processed."""

    code = "E401"
    remedy = "make the ids unique, or pick another `--id-field`."


class OutputExistsError(BatchError):
    """A batch output already exists and neither resume nor overwrite was asked for."""

    code = "E402"
    remedy = "`--resume` to continue it, or `--overwrite` to replace it."


class ResumeError(BatchError):
    """An existing batch output cannot be resumed (unreadable, or another format)."""

    code = "E403"
    remedy = "`--overwrite`, or resume with the output's own format."


# --- E5xx: batch faults and hostile input (locks, run configuration, time budgets, bombs) ---------


class OutputLockedError(BatchError):
    """Another batch job is writing the same output (the message names its pid and host)."""

    code = "E501"
    remedy = "wait for that job (or stop it), then rerun with `--resume`; `OUT.lock` names the holder."


class RunConfigMismatchError(BatchError):
    """`--resume` with other steps, model or options than the output was started with."""

    code = "E502"
    remedy = "rerun with the settings stored in `OUT.run.json`, write to another `--output`, or `--overwrite`."


class ArticleTimeoutError(BatchError):
    """One article ran past the per-article time budget; a fresh worker carried on."""

    code = "E503"
    remedy = "raise `--article-timeout` if such articles are expected, or report the article."


class WorkerCrashError(BatchError):
    """A worker process died (killed, out of memory, native crash) on this article."""

    code = "E504"
    remedy = "check memory limits (an out-of-memory kill?) and report the article."


class HostileInputError(InputError):
    """Input built to exhaust a parser: nesting too deep, a zip or entity bomb."""

    code = "E510"
    remedy = "extract the text with another tool and pass the text; split huge documents."


def missing_extra(package: str, extra: str) -> BackendUnavailableError:
    """The error for an optional backend that is not installed, with the install hint."""
    return BackendUnavailableError(
        f"the optional package {package!r} is not installed.",
        fix=f"pip install 'nlptools[{extra}]'",
    )


def _classes() -> list[type[NlptoolsError]]:
    out: list[type[NlptoolsError]] = []
    todo: list[type[NlptoolsError]] = [NlptoolsError]
    while todo:
        cls = todo.pop()
        out.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted(out, key=lambda c: (c.code, c.__name__))


def code_of(error_type: str | None) -> str | None:
    """The stable code of an error class named ``error_type`` (``None`` for non-nlptools errors)."""
    return next((c.code for c in _classes() if c.__name__ == error_type), None) if error_type else None


def troubleshooting_markdown() -> str:
    """The README's table of error codes: code, error, meaning, fix (group codes ending in 00 left out)."""
    rows = ["| code | error | meaning | fix |", "| --- | --- | --- | --- |"]
    for cls in _classes():
        if cls.code.endswith("00"):
            continue
        meaning = (cls.__doc__ or "").strip().splitlines()[0]
        rows.append(f"| {cls.code} | `{cls.__name__}` | {meaning} | {cls.remedy} |")
    return "\n".join(rows)


if __name__ == "__main__":  # python -m nlptools.errors: print the README table
    print(troubleshooting_markdown())
