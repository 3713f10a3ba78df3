"""From input records to output records: the part every engine (local, Ray) shares.

* :func:`pending_records` applies the duplicate-id policy and skips ids a
  resumed job already wrote.
* :func:`process_records` turns a chunk of input records into output
  records with one ``Pipeline.run`` call (so model batches span articles) and
  never loses one: an input error, a pipeline crash or an unexpected bug
  becomes a failure record with an ``error`` object.
* :func:`process_stream` is the in-process loop every command and the local
  ``batch`` engine run: chunks of input records → :func:`process_records`.
* :func:`failure_record` and :func:`article_record` are the only builders of
  output records (the article record of ``nlptools schema``; a failure record
  is the same type, with empty text and an ``error`` object).

Duplicate ids: the first occurrence is processed; every later occurrence is
written as a failure record with id ``<id>#dup<n>`` (n = 2, 3, …), error type
``DuplicateIdError`` and ``duplicate_of`` naming the original id — nothing
disappears, no id is written twice, and the job exits non-zero so the input
can be fixed.  Input order is deterministic, so a resumed job gives the same
suffixes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..errors import DuplicateIdError, InputError, InputTooLargeError, NlptoolsError, code_of
from ..intake import DEFAULT_LIMITS, Limits
from ..pipeline import Pipeline
from ..sources import article_from_text
from ..types import SCHEMA_VERSION, Article
from .readers import InputRecord


def pending_records(records: Iterable[InputRecord], done: set[str], on_resumed: Callable[[], None] | None = None) -> Iterator[InputRecord]:
    """Apply the duplicate-id policy, then drop records whose (final) id is in ``done``."""
    seen: set[str] = set()
    dups: dict[str, int] = {}
    for rec in records:
        if rec.id in seen:
            original = rec.id
            n = dups.get(original, 1)
            while f"{original}#dup{n}" in seen or n < 2:
                n += 1
            dups[original] = n
            err = DuplicateIdError(
                f"id {original!r} appears again (occurrence {n}); this record was not processed.",
                fix="make the ids unique (or pick another --id-field); the first occurrence was processed.",
            )
            rec = InputRecord(f"{original}#dup{n}", error=err, metadata={**rec.metadata, "duplicate_of": original})
        seen.add(rec.id)
        if rec.id in done:
            if on_resumed is not None:
                on_resumed()
            continue
        yield rec


def to_article(rec: InputRecord, limits: Limits = DEFAULT_LIMITS, language: str | None = None) -> Article | Exception:
    """The Article for a record, or the typed error explaining why there is none.

    ``language``: the given source language (segmentation rules); ``None`` detects it.
    """
    if rec.error is not None:
        return rec.error
    text = rec.text or ""
    try:
        size = len(text.encode("utf-8"))  # also refuses lone surrogates, which models choke on
    except UnicodeEncodeError:
        from ..errors import DecodeError

        return DecodeError("text contains lone surrogate code points (broken UTF-16).", fix="re-encode the source as UTF-8.")
    if size > limits.max_bytes:
        return InputTooLargeError(
            f"text is {size:,} bytes, over the limit of {limits.max_bytes:,}.",
            fix="split the document, or raise the limit (--max-bytes).",
        )
    try:
        return article_from_text(text, id=rec.id, metadata=rec.metadata, language=language, limits=limits, labels=rec.labels)  # batchfaults: labels
    except InputError as exc:
        return exc
    except Exception as exc:  # a bug in intake must not end the job: record it
        return exc


def failure_record(rid: str, exc: BaseException, metadata: dict[str, Any] | None = None) -> dict[str, Any]:
    """The output record of an input that produced no article."""
    error: dict[str, Any] = {"type": type(exc).__name__, "message": str(exc)}
    if isinstance(exc, NlptoolsError):
        error.update(message=exc.message, code=exc.code, fix=exc.fix)
    record: dict[str, Any] = {
        "id": rid,
        "text": "",
        "schema_version": SCHEMA_VERSION,
        "status": "failure",
        "error": error,
        "metadata": dict(metadata or {}),
        "steps": [],
    }
    if metadata and "duplicate_of" in metadata:
        record["duplicate_of"] = metadata["duplicate_of"]
    return record


def article_record(article: Article, required: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The output record of an article (``Article.to_dict``), with ``error`` naming its first failed step.

    A record fails when every step that ran failed, or when a step in
    ``required`` (the step a command exists for) failed.
    """
    record = article.to_dict()
    failed = [s for s in article.steps if s.status == "failed"]
    if any(s.step in required for s in failed):
        record["status"] = "failure"
    if failed:
        first = next((s for s in failed if s.step in required), failed[0])
        record["error"] = {
            "type": first.error_type or "StepError",
            "message": first.reason or "",
            "code": code_of(first.error_type),
            "fix": first.hint,
            "step": first.step,
        }
    return record


def process_records(pipeline: Pipeline, records: Sequence[InputRecord], limits: Limits = DEFAULT_LIMITS) -> list[dict[str, Any]]:
    """Output records for ``records``, in order, from one pipeline run over the readable ones."""
    language = given_language(pipeline)
    built = [to_article(r, limits, language) for r in records]
    articles = [a for a in built if isinstance(a, Article)]
    if articles:
        _run(pipeline, articles)
    out = []
    for rec, item in zip(records, built):
        out.append(article_record(item, pipeline.required) if isinstance(item, Article) else failure_record(rec.id, item, rec.metadata))
    return out


def process_stream(
    pipeline: Pipeline, records: Iterable[InputRecord], *, batch_size: int = 32, limits: Limits = DEFAULT_LIMITS
) -> Iterator[dict[str, Any]]:
    """Output records for ``records``, in order, ``batch_size`` articles per pipeline call."""
    for chunk in chunked(records, batch_size):
        yield from process_records(pipeline, chunk, limits)


def chunked(items: Iterable[InputRecord], size: int) -> Iterator[list[InputRecord]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    chunk: list[InputRecord] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def given_language(pipeline: Pipeline) -> str | None:
    """The source language the pipeline's language step was told (``--language``), if any."""
    for step in pipeline.steps:
        if step.name == "language":
            return getattr(step, "language", None)
    return None


def _run(pipeline: Pipeline, articles: list[Article]) -> None:
    """Run the pipeline on the chunk; if it raises (it should record instead), article by article."""
    try:
        pipeline.run(articles)
        return
    except Exception:
        pass
    for article in articles:
        article.steps.clear()
        try:
            pipeline.run([article])
        except Exception as exc:
            from ..types import StepStatus

            article.steps.append(StepStatus("pipeline", "failed", str(exc) or type(exc).__name__, None, type(exc).__name__))
