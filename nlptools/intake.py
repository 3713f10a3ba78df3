"""Text intake: bytes or files → :class:`~nlptools.types.Article`.

* Decoding: UTF-8 first (with or without BOM); otherwise the encoding is
  detected with charset-normalizer (cp1252/latin-1 Swedish text is common).
  Binary data and text that decodes to garbage raise typed errors with a fix —
  a bad byte never crashes a caller.
* Structure: plain text and Markdown.  The first line is the title when a
  blank line follows it (or it is a ``# heading``); paragraphs are separated by
  blank lines; single line breaks inside a paragraph are kept.  Each paragraph
  gets a :class:`~nlptools.types.ParagraphKind` (dash quote, attribution line,
  list item, heading, byline…) and its leading marker (``– ``, ``* ``, ``## ``)
  is kept apart from its text so steps can preserve it.
* Every offset indexes ``Article.text``: the decoded text with newlines
  normalised to ``\\n`` and Unicode in NFC form.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import BinaryInputError, DecodeError, EmptyInputError, InputTooLargeError, UnsupportedFormatError
from .patterns import CONTACT_WORDS
from .segment import split_sentences
from .types import Article, Paragraph, ParagraphKind, Sentence


@dataclass(frozen=True, slots=True)
class Limits:
    """Explicit input limits; a larger input is an error, never silently cut."""

    max_bytes: int = 2_000_000
    max_chars: int = 1_000_000


DEFAULT_LIMITS = Limits()
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

_DASH_MARKER = re.compile(r"^([–—‒]|-(?=\s))\s*")
_LIST_MARKER = re.compile(r"^(?:[*•·▪◦]|\d{1,3}[.)])\s+")
_MD_HEADING = re.compile(r"^(#{1,6})\s+")
_BYLINE = re.compile(
    rf"^(?:text|foto|bild|photo|av|by|publicerad|uppdaterad|published|updated|{CONTACT_WORDS})\b"
    r"|@\w+\.\w+|\+?\d[\d\s-]{7,}\d",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^(?:[A-ZÅÄÖ][\w .-]{1,30},\s*)?(?:(?:mån|tis|ons|tors|fre|lör|sön|mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?"
    r"(?:\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}[:.]\d{2})?)\.?$",
    re.IGNORECASE,
)


def decode_bytes(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> str:
    """Decode ``data`` to text, refusing binary input and undecodable bytes with a clear error."""
    if len(data) > limits.max_bytes:
        raise InputTooLargeError(
            f"input is {len(data):,} bytes, over the limit of {limits.max_bytes:,}.",
            fix="split the document, or raise the limit (--max-bytes / Limits(max_bytes=...)).",
        )
    if not data.strip():
        raise EmptyInputError("input is empty.", fix="pass a file with text in it.")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryInputError(
            "input looks binary (it contains NUL bytes), not text.",
            fix="pass plain text, Markdown or HTML; convert PDFs/Word files to text first.",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise _decode_error()
    best = matches[0]
    # Swedish and English text in a legacy encoding is nearly always cp1252/latin-1;
    # prefer those when they read as well as the best guess (cp1250 turns å into ĺ).
    for m in matches:
        if m.encoding in _WESTERN and m.chaos <= best.chaos + 0.05:
            best = m
            break
    text = str(best)
    if best.chaos > 0.3 or not _looks_like_text(text):
        raise _decode_error()
    return text


_WESTERN = ("cp1252", "latin_1", "iso8859_15")


def _decode_error() -> DecodeError:
    return DecodeError(
        "input is neither UTF-8 nor a recognisable text encoding.",
        fix="convert the file to UTF-8 (e.g. `iconv -f cp1252 -t utf-8`).",
    )


def _looks_like_text(text: str) -> bool:
    """At least 70 % of the non-space characters are letters, digits or ordinary punctuation."""
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return False
    ordinary = sum(ch.isalnum() or ch in ".,;:!?-–—'\"”“’()/%&@#+*=<>[]" for ch in visible)
    return ordinary / len(visible) >= 0.7


def normalise_text(text: str) -> str:
    """The canonical form all offsets index: ``\\n`` newlines, NFC, no BOM, no NUL."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\x00", "")
    return unicodedata.normalize("NFC", text)


def read_text(
    text: str,
    *,
    id: str | None = None,
    metadata: dict[str, Any] | None = None,
    language: str = "sv",
    limits: Limits = DEFAULT_LIMITS,
    labels: Sequence[tuple[str, str]] = (),
) -> Article:
    """Build an :class:`Article` from a string (plain text or Markdown).

    ``language`` only guides sentence splitting (abbreviation lists); the
    language step decides the article's language.  ``labels`` are ``(kind,
    paragraph text)`` pairs that the source format marked (an HTML page's
    byline and captions, see :mod:`nlptools.webpage`): those paragraphs get that kind.
    """
    text = normalise_text(text)
    if len(text) > limits.max_chars:
        raise InputTooLargeError(
            f"input has {len(text):,} characters, over the limit of {limits.max_chars:,}.",
            fix="split the document, or raise the limit (--max-chars / Limits(max_chars=...)).",
        )
    if not any(ch.isalnum() for ch in text):
        raise EmptyInputError("input has no letters or digits.", fix="pass a file with text in it.")
    article_id = id or "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    paragraphs = parse_paragraphs(text, language=language)
    if labels:
        _apply_labels(paragraphs, labels)
    metadata = dict(metadata or {})
    dateline = mark_dateline(text, paragraphs, language=language)
    if dateline is not None:
        metadata.setdefault("dateline", dateline)
    title = next((p.text for p in paragraphs if p.kind == ParagraphKind.TITLE), None)
    return Article(id=article_id, text=text, paragraphs=paragraphs, title=title, metadata=metadata)


def read_file(
    path: str | Path,
    *,
    id: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    language: str = "sv",
) -> Article:
    """Read a .txt/.md (or .html, via trafilatura) file into an Article; ``id`` defaults to the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise UnsupportedFormatError(
            f"{path.name}: unsupported file type {suffix!r}.",
            fix="pass .txt, .md or .html files (or JSONL/CSV/Parquet through `nlptools batch`).",
        )
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise UnsupportedFormatError(f"{path}: no such file.", fix="check the path.") from exc
    if size > limits.max_bytes:
        raise InputTooLargeError(
            f"{path.name} is {size:,} bytes, over the limit of {limits.max_bytes:,}.",
            fix="split the document, or raise the limit (--max-bytes).",
        )
    text = decode_bytes(path.read_bytes(), limits=limits)
    labels: list[tuple[str, str]] = []
    if suffix in HTML_SUFFIXES:
        from .webpage import extract_page

        page = extract_page(text)
        text, labels = page.text, page.labels
    return read_text(text, id=id or str(path), metadata={"source": str(path)}, language=language, limits=limits, labels=labels)


def html_to_text(html: str) -> str:
    """Main article text of an HTML page (title, paragraphs, dash quotes, byline and captions kept; menus and
    footers dropped).  :func:`nlptools.webpage.extract_page` also says which paragraphs are bylines and captions."""
    from .webpage import extract_page

    return extract_page(html).text


def _apply_labels(paragraphs: list[Paragraph], labels: Sequence[tuple[str, str]]) -> None:
    """Give the paragraphs whose text is a labelled block (byline, caption) that kind."""
    wanted: dict[str, ParagraphKind] = {}
    for kind, text in labels:
        wanted[" ".join(text.split())] = ParagraphKind(kind)
    for p in paragraphs:
        kind = wanted.get(" ".join((p.marker + p.text).split())) or wanted.get(" ".join(p.text.split()))
        if kind is not None and p.kind != ParagraphKind.TITLE:
            p.kind = kind


def parse_paragraphs(text: str, *, language: str = "sv") -> list[Paragraph]:
    """Split normalised text into typed paragraphs with sentences (offsets into ``text``)."""
    blocks = list(_blocks(text))
    paragraphs: list[Paragraph] = []
    for n, (start, end) in enumerate(blocks):
        for ls, le in _split_block(text, start, end):
            kind, marker_len = _classify(text[ls:le], is_first=(n == 0 and not paragraphs), n_blocks=len(blocks))
            body_start = ls + marker_len
            kind = _refine_kind(kind, text[body_start:le], paragraphs)
            para = Paragraph(
                index=len(paragraphs),
                kind=kind,
                text=text[body_start:le],
                start=body_start,
                end=le,
                marker=text[ls:body_start],
            )
            para.sentences = [
                Sentence(text[body_start + s : body_start + e], body_start + s, body_start + e)
                for s, e in split_sentences(para.text, language)
            ]
            paragraphs.append(para)
    return paragraphs


#: Paragraphs at the top of a text searched for a dateline.
_DATELINE_SEARCH = 4


def mark_dateline(text: str, paragraphs: list[Paragraph], *, language: str = "sv") -> dict[str, Any] | None:
    """Find the dateline among the first paragraphs, mark it ``DATELINE`` (in place) and return its facts.

    A dateline above the headline ("12–13 maj, 2026 – Umeå & Luleå" then the
    headline) would otherwise be taken for the title: the line after it becomes
    the title.  A wire dateline opening the first body paragraph ("PARIS, March
    30 (Reuters) - …") is split off as its own paragraph.  Returns
    ``{"text", "date", "places"}`` for the article's metadata, or ``None``.
    """
    candidates = [p for p in paragraphs[:_DATELINE_SEARCH] if "\n" not in p.text and any(c.isdigit() for c in p.text)]
    first_body = next((p for p in paragraphs[:_DATELINE_SEARCH] if p.kind == ParagraphKind.BODY), None)
    wire = first_body is not None and first_body.text[:2].isupper() and any(c.isdigit() for c in first_body.text[:60])
    multi = [p for p in paragraphs[:_DATELINE_SEARCH]
             if p.kind == ParagraphKind.BODY and "\n" in p.text and any(c.isdigit() for c in p.text.split("\n", 1)[0])]  # fmt: skip
    if not candidates and not wire and not multi:
        return None  # nothing date-like at the top: no need to load the date patterns
    from .events.dateline import dateline_prefix, parse_dateline

    for p in candidates:
        if p.kind not in (ParagraphKind.TITLE, ParagraphKind.BYLINE, ParagraphKind.HEADING, ParagraphKind.BODY):
            continue
        found = parse_dateline(p.text)
        if found is None:
            continue
        if p.kind == ParagraphKind.TITLE:
            nxt = paragraphs[p.index + 1] if p.index + 1 < len(paragraphs) else None
            if nxt is None or not _can_be_title(nxt):
                continue  # a short "Umeå 12 maj" that is the only title-like line stays the title
            nxt.kind = ParagraphKind.TITLE
        position = "above" if p.kind == ParagraphKind.TITLE else "below"
        p.kind = ParagraphKind.DATELINE
        return {**found.to_metadata(), "position": position}
    for p in multi:  # "Publicerad 3 maj 2026\nBody text…" written as one block
        first_line = p.text.split("\n", 1)[0]
        found = parse_dateline(first_line)
        if found is not None:
            _split_off_dateline(text, paragraphs, p, len(first_line), language)
            return {**found.to_metadata(), "position": "below"}
    if wire and first_body is not None:
        found = dateline_prefix(first_body.text)
        if found is not None:
            _split_off_dateline(text, paragraphs, first_body, len(found.text), language)
            return {**found.to_metadata(), "position": "wire"}
    return None


def _can_be_title(p: Paragraph) -> bool:
    return (
        p.kind in (ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.BYLINE)
        and "\n" not in p.text
        and len(p.text) < 300
        and p.text.rstrip()[-1:] not in ".:"
    )


def _split_off_dateline(text: str, paragraphs: list[Paragraph], p: Paragraph, cut: int, language: str) -> None:
    """Split a body paragraph that opens with a wire dateline into a DATELINE and a BODY paragraph."""
    line_end = p.start + cut
    body_start = line_end
    while body_start < p.end and text[body_start].isspace():
        body_start += 1
    dateline = Paragraph(index=p.index, kind=ParagraphKind.DATELINE, text=text[p.start : line_end], start=p.start,
                         end=line_end, marker=p.marker)  # fmt: skip
    dateline.sentences = [Sentence(dateline.text, p.start, line_end)]
    p.marker = ""
    p.start, p.text = body_start, text[body_start : p.end]
    p.sentences = [
        Sentence(text[body_start + a : body_start + b], body_start + a, body_start + b)
        for a, b in split_sentences(p.text, language)
    ]
    paragraphs.insert(p.index, dateline)
    for i, q in enumerate(paragraphs):
        q.index = i


def _blocks(text: str) -> list[tuple[int, int]]:
    """Blank-line separated blocks, trimmed of surrounding whitespace."""
    out = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        s, e = m.start(), m.end()
        span = _trimmed(text, s, e)
        if span is not None:
            out.append(span)
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` moved inward past surrounding whitespace; ``None`` when only whitespace is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a block at line breaks that start a new structural unit (dash quote, list item, heading)."""
    lines = []
    pos = start
    for line in text[start:end].split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    cuts = [start]
    for ls, le in lines[1:]:
        stripped = text[ls:le].lstrip()
        if _DASH_MARKER.match(stripped) or _LIST_MARKER.match(stripped) or _MD_HEADING.match(stripped):
            cuts.append(ls)
        elif _is_speaker_line_after_quote(text[start:ls], stripped):
            cuts.append(ls)
    pieces = []
    for i, s in enumerate(cuts):
        span = _trimmed(text, s, cuts[i + 1] - 1 if i + 1 < len(cuts) else end)
        if span is not None:
            pieces.append(span)
    return pieces


def _is_speaker_line_after_quote(before: str, line: str) -> bool:
    """``– Quote.\nName, Role`` written as one block: the name line is its own paragraph."""
    if not _DASH_MARKER.match(before.lstrip()) and before.lstrip()[:1] not in "”\"“»":
        return False
    return (
        len(line) <= 90
        and before.rstrip()[-1:] in ".!?”\"»…"
        and line.rstrip()[-1:] not in ".!?:"
        and ("," in line or _looks_like_name(line))
    )


def _classify(block: str, *, is_first: bool, n_blocks: int) -> tuple[ParagraphKind, int]:
    """Kind of a paragraph and the length of its leading marker."""
    if m := _MD_HEADING.match(block):
        kind = ParagraphKind.TITLE if is_first and len(m.group(1)) == 1 else ParagraphKind.HEADING
        return kind, m.end()
    if is_first and "\n" not in block and n_blocks > 1 and len(block) < 300:
        return ParagraphKind.TITLE, 0
    if m := _DASH_MARKER.match(block):
        return ParagraphKind.DASH_QUOTE, m.end()
    if m := _LIST_MARKER.match(block):
        return ParagraphKind.LIST_ITEM, m.end()
    return ParagraphKind.BODY, 0


def _refine_kind(kind: ParagraphKind, body: str, previous: list[Paragraph]) -> ParagraphKind:
    """Tell bylines, datelines, speaker lines and crossheads apart from body text."""
    if kind != ParagraphKind.BODY:
        return kind
    one_line = "\n" not in body
    short = len(body) <= 90
    if one_line and short and (_DATE_LINE.match(body.strip()) or _BYLINE.search(body)):
        return ParagraphKind.BYLINE
    ends_like_sentence = body.rstrip()[-1:] in ".!?:”\"»…"
    if one_line and short and not ends_like_sentence:
        prev = previous[-1] if previous else None
        if prev is not None and prev.kind == ParagraphKind.DASH_QUOTE and "," in body:
            return ParagraphKind.ATTRIBUTION
        if prev is not None and prev.kind == ParagraphKind.DASH_QUOTE and _looks_like_name(body):
            return ParagraphKind.ATTRIBUTION
        return ParagraphKind.HEADING
    return kind


def _looks_like_name(line: str) -> bool:
    words = line.replace(",", " ").split()
    return 1 < len(words) <= 8 and sum(w[:1].isupper() for w in words) >= 2
