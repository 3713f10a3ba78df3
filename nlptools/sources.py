"""Where every article comes from: one reader per document file, one text → Article converter.

Every entry point (each command, ``batch``, the library functions) reads
through here, so a text gives the same :class:`~nlptools.types.Article`
whichever door it came through:

* :func:`read_document` – the text of one ``.txt``/``.md``/``.html``/``.docx``
  file within the input limits (typed, coded errors otherwise; a directory or a
  missing path is an :class:`~nlptools.errors.InputError`, never a traceback).
* :func:`document_text` – the same for a document's bytes (an upload to the desk's page).
* :func:`article_from_text` – the one converter: sentences are split with the
  rules of the given language, else of the detected one (never a silent
  ``"sv"``), and the language step decides ``Article.language`` later.
* :func:`load_article` – the library's rule for a source: an ``Article`` as is,
  an ``os.PathLike`` is a file, a ``str`` is the text itself.  A ``str`` with
  no whitespace that ends in a document extension (``"report.txt"``) is
  refused with a ``ValueError`` telling to pass ``Path("report.txt")``: it is
  almost certainly a file name, and analysing the name would be wrong silently.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .errors import InputNotFoundError, InputTooLargeError, NotAFileError, UnsupportedFormatError
from .intake import DEFAULT_LIMITS, HTML_SUFFIXES, TEXT_SUFFIXES, Limits, decode_bytes, read_text
from .types import Article

#: File types every command (and ``batch`` on a directory) reads.
DOCUMENT_SUFFIXES = frozenset(TEXT_SUFFIXES - {""} | HTML_SUFFIXES | {".docx"})
#: How much text decides the segmentation language (detection is stable long before that).
_DETECT_CHARS = 20_000


#: ``(kind, paragraph text)`` pairs a source format marked: an HTML page's byline and captions.
Labels = list[tuple[str, str]]


def read_document(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> str:
    """The text of one .txt/.md/.html/.docx file, within ``limits`` (typed errors otherwise)."""
    return read_labelled_document(path, limits)[0]


def read_labelled_document(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> tuple[str, Labels]:
    """:func:`read_document` with the paragraphs the format labelled (see :mod:`nlptools.webpage`)."""
    path = Path(path)
    if not path.exists():
        raise InputNotFoundError(f"{path}: no such file.", fix="check the path.")
    if not path.is_file():
        raise NotAFileError(
            f"{path} is a directory, not a document.",
            fix="pass the files in it (e.g. DIR/*.md), or process the directory with `nlptools batch DIR -o out.jsonl`.",
        )
    suffix = path.suffix.lower()
    if suffix and suffix not in DOCUMENT_SUFFIXES:
        raise UnsupportedFormatError(
            f"{path.name}: unsupported file type {suffix!r}.",
            fix="pass .txt, .md, .html or .docx files (or JSONL/CSV/Parquet through `nlptools batch`).",
        )
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise InputTooLargeError(
            f"{path.name} is {size:,} bytes, over the limit of {limits.max_bytes:,}.",
            fix="split the document, or raise the limit (--max-bytes).",
        )
    return labelled_document_text(path.name, path.read_bytes(), limits)


def document_text(name: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> str:
    """The text of a document's bytes, read by the type its ``name`` ends in (an upload, a file's contents)."""
    return labelled_document_text(name, data, limits)[0]


def labelled_document_text(name: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> tuple[str, Labels]:
    """:func:`document_text` with the labelled paragraphs (an HTML page's byline and captions)."""
    suffix = Path(name).suffix.lower()
    if suffix and suffix not in DOCUMENT_SUFFIXES:
        raise UnsupportedFormatError(f"{name}: unsupported file type {suffix!r}.", fix="pass .txt, .md, .html or .docx files.")
    if len(data) > limits.max_bytes:
        raise InputTooLargeError(
            f"{name} is {len(data):,} bytes, over the limit of {limits.max_bytes:,}.",
            fix="split the document, or raise the limit (--max-bytes).",
        )
    if suffix == ".docx":
        from .batch.docx import docx_text

        return docx_text(data, limits), []
    text = decode_bytes(data, limits=limits)
    if suffix in HTML_SUFFIXES:
        from .webpage import extract_page

        page = extract_page(text)
        return page.text, page.labels
    return text, []


def segmentation_language(text: str) -> str:
    """The language whose sentence rules split ``text``: the detected one, ``und`` when unsure."""
    try:
        from .langid import detect
    except ImportError:  # language identification not installed: neutral rules
        return "und"
    return detect(text[:_DETECT_CHARS]).language


def article_from_text(
    text: str,
    *,
    id: str | None = None,
    metadata: dict[str, Any] | None = None,
    language: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    labels: Labels | None = None,
) -> Article:
    """The one text → Article converter (see the module docstring); ``labels`` mark bylines and captions."""
    from .intake import normalise_text

    seg = language or segmentation_language(normalise_text(text))
    return read_text(text, id=id, metadata=metadata, language=seg, limits=limits, labels=labels or ())


def read_file(
    path: str | os.PathLike[str], *, id: str | None = None, language: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Article:
    """An Article from a .txt/.md/.html/.docx file; ``id`` defaults to the path."""
    text, labels = read_labelled_document(path, limits)
    return article_from_text(text, id=id or str(path), metadata={"source": str(path)}, language=language, limits=limits, labels=labels)


def load_article(
    source: str | os.PathLike[str] | Article, *, language: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Article:
    """An Article from an Article, a file path (``os.PathLike``) or the text itself (``str``)."""
    if isinstance(source, Article):
        return source
    if isinstance(source, os.PathLike):
        return read_file(source, language=language, limits=limits)
    if not isinstance(source, str):
        raise TypeError(f"expected text (str), a path (os.PathLike) or an Article, not {type(source).__name__}")
    if looks_like_file_name(source):
        raise ValueError(
            f"{source!r} looks like a file name, but a str is analysed as text. "
            f"Pass Path({source!r}) (from pathlib) to read the file."
        )
    return article_from_text(source, language=language, limits=limits)


def looks_like_file_name(text: str) -> bool:
    """A short string without whitespace that ends in a document extension."""
    stripped = text.strip()
    return bool(stripped) and len(stripped) < 4096 and not any(ch.isspace() for ch in stripped) and (
        Path(stripped).suffix.lower() in DOCUMENT_SUFFIXES
    )
