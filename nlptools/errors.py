"""Typed, numbered errors.  Every message says what went wrong and how to fix it.

Codes are stable (scripts and issue reports can refer to them): E1xx input,
E2xx models, E3xx pipeline/configuration, E4xx batch jobs.
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


class StepUnavailableError(ModelError):
    """A step the command exists for cannot run here (its model is not downloaded, a package is missing)."""

    code = "E205"


class PipelineError(NlptoolsError):
    """The pipeline is configured wrongly."""

    code = "E300"


class MissingRequirementError(PipelineError):
    code = "E301"


class ConfigError(PipelineError):
    code = "E302"


class StepSkippedError(PipelineError):
    """A step the command exists for could not run on this article (e.g. no model for its language)."""

    code = "E303"


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



class InputNotFoundError(InputError):
    """An input path does not exist."""

    code = "E107"


class NotAFileError(InputError):
    """A directory (or other non-file) was given where a document file is read or written."""

    code = "E108"


class UsageError(NlptoolsError):
    """Options that contradict each other or name something unusable; raised before any work."""

    code = "E304"


def code_of(error_type: str | None) -> str | None:
    """The stable code of an error class named ``error_type`` (``None`` for non-nlptools errors)."""
    if not error_type:
        return None
    todo: list[type[NlptoolsError]] = [NlptoolsError]
    while todo:
        cls = todo.pop()
        if cls.__name__ == error_type:
            return cls.code
        todo.extend(cls.__subclasses__())
    return None


def error_table() -> list[tuple[str, str, str]]:
    """``(code, class name, what it means)`` for every error class, by code (the README's table)."""
    rows: list[tuple[str, str, str]] = []
    todo: list[type[NlptoolsError]] = [NlptoolsError]
    while todo:
        cls = todo.pop()
        doc = (cls.__doc__ or "").strip().splitlines()
        rows.append((cls.code, cls.__name__, doc[0] if doc else ""))
        todo.extend(cls.__subclasses__())
    return sorted(set(rows))
