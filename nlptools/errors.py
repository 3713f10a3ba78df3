"""Typed, numbered errors.  Every message says what went wrong and how to fix it.

Codes are stable (scripts and issue reports can refer to them): E1xx input,
E2xx models, E3xx pipeline/configuration, E4xx batch jobs, E5xx batch faults and
hostile input (E501 output locked, E502 run configuration differs, E503 article
timeout, E504 worker crash, E510 hostile input).
"""

from __future__ import annotations


class NlptoolsError(Exception):
    """Base class: ``code`` is stable, ``fix`` tells the user what to do."""

    code = "E000"

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
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class DecodeError(InputError):
    code = "E103"


class InputTooLargeError(InputError):
    code = "E104"


class UnsupportedFormatError(InputError):
    code = "E105"


class UnsupportedLanguageError(InputError):
    code = "E106"


class ModelError(NlptoolsError):
    """A model is unknown, missing or broken."""

    code = "E200"


class UnknownModelError(ModelError):
    code = "E201"


class ModelNotDownloadedError(ModelError):
    code = "E202"


class ModelLoadError(ModelError):
    code = "E203"


class BackendUnavailableError(ModelError):
    code = "E204"


class PipelineError(NlptoolsError):
    """The pipeline is configured wrongly."""

    code = "E300"


class MissingRequirementError(PipelineError):
    code = "E301"


class ConfigError(PipelineError):
    code = "E302"


class BatchError(NlptoolsError):
    code = "E400"


def missing_extra(package: str, extra: str) -> BackendUnavailableError:
    """The error for an optional backend that is not installed, with the install hint."""
    return BackendUnavailableError(
        f"the optional package {package!r} is not installed.",
        fix=f"pip install 'nlptools[{extra}]'",
    )


class DuplicateIdError(BatchError):
    """A batch input repeats an id: the later occurrence is recorded, not processed."""

    code = "E401"


class OutputExistsError(BatchError):
    """A batch output already exists and neither resume nor overwrite was asked for."""

    code = "E402"


class ResumeError(BatchError):
    """An existing batch output cannot be resumed (unreadable, or another format)."""

    code = "E403"



# --- E5xx: batch faults and hostile input (locks, run configuration, time budgets, bombs) ---------


class OutputLockedError(BatchError):
    """Another batch process is writing the same output (its pid and host are in the message)."""

    code = "E501"


class RunConfigMismatchError(BatchError):
    """``--resume`` with steps/model/options other than those the output was started with."""

    code = "E502"


class ArticleTimeoutError(BatchError):
    """One article ran past the per-article time budget; its worker was replaced."""

    code = "E503"


class WorkerCrashError(BatchError):
    """A worker process died (killed, out of memory, crash in native code) while on this article."""

    code = "E504"


class HostileInputError(InputError):
    """Input built to exhaust a parser: nesting too deep, a compression bomb, an endless line."""

    code = "E510"
