"""Paragraph text of a ``.docx`` file, read straight from its XML (with defusedxml).

A .docx is a zip archive whose ``word/document.xml`` holds ``<w:p>`` paragraphs
made of ``<w:t>`` runs.  We keep paragraphs (blank-line separated, as the text
intake expects), tabs and line breaks; tables, images and styles are ignored.
A file that is not a valid .docx raises a typed input error.

Bounded against bombs: the document part is parsed as a stream (each
paragraph is dropped from memory once read), inflating stops after
:func:`max_xml_bytes`, and the text stops at ``limits.max_chars``; expat
and defusedxml refuse DTDs and entity-expansion bombs ("billion laughs").  A bomb is a
:class:`~nlptools.errors.HostileInputError` (or ``InputTooLargeError`` for
honest text over the limit), in bounded time and memory.
"""

from __future__ import annotations

import io
import zipfile
from typing import IO
from xml.etree import ElementTree

from defusedxml import DefusedXmlException

from ..errors import BinaryInputError, EmptyInputError, HostileInputError, InputTooLargeError
from ..intake import DEFAULT_LIMITS, Limits

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def max_xml_bytes(limits: Limits) -> int:
    """Most bytes of document XML read: markup is rarely more than 15× the text it holds."""
    return 16 * limits.max_bytes + (1 << 20)


class _Capped(io.RawIOBase):
    """A read-only stream that raises once more than ``cap`` bytes were read from ``inner``."""

    def __init__(self, inner: IO[bytes], cap: int) -> None:
        self.inner, self.cap, self.total = inner, cap, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self.inner.read(65536 if size is None or size < 0 else min(size, 65536))
        self.total += len(data)
        if self.total > self.cap:
            raise HostileInputError(
                f"the .docx document part inflates to more than {self.cap:,} bytes (a zip bomb, or far over the limits).",
                fix="export the document as text and split it, or raise --max-bytes.",
            )
        return data


def docx_text(data: bytes, limits: Limits = DEFAULT_LIMITS) -> str:
    """Text of the body paragraphs of a .docx document given as bytes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open("word/document.xml") as part:
            paragraphs = _paragraphs(_Capped(part, max_xml_bytes(limits)), limits)
    except DefusedXmlException as exc:  # a DTD or entities: never in a real .docx, the way of XML bombs
        raise HostileInputError(f"the .docx XML declares a DTD or entities ({exc}), as XML bombs do.", fix="export the document as text.") from exc
    except ElementTree.ParseError as exc:
        raise BinaryInputError(f"not a readable .docx file ({exc}).", fix="save it again as .docx, or export it as .txt.") from exc
    except (zipfile.BadZipFile, KeyError, EOFError, NotImplementedError) as exc:
        raise BinaryInputError(
            f"not a readable .docx file ({exc}).", fix="save it again as .docx, or export it as .txt."
        ) from exc
    if not paragraphs:
        raise EmptyInputError("the .docx file has no paragraph text.", fix="check that the document has body text.")
    return "\n\n".join(paragraphs)


def _paragraphs(stream: IO[bytes], limits: Limits) -> list[str]:
    paragraphs: list[str] = []
    chars = 0
    stack: list[ElementTree.Element] = []
    in_p = 0
    from defusedxml import ElementTree as SafeTree

    for event, node in SafeTree.iterparse(stream, events=("start", "end"), forbid_dtd=True):
        if event == "start":
            stack.append(node)
            in_p += node.tag == f"{_W}p"
            continue
        stack.pop()
        if node.tag == f"{_W}p":
            in_p -= 1
            text = _text_of(node).strip()
            if text and not in_p:
                paragraphs.append(text)
                chars += len(text) + 2
                if chars > limits.max_chars:
                    raise InputTooLargeError(
                        f"the .docx text is over the limit of {limits.max_chars:,} characters.",
                        fix="split the document, or raise the limit (--max-chars).",
                    )
        if not in_p and stack and len(stack[-1]) and stack[-1][-1] is node:
            del stack[-1][-1]  # read: drop it from the tree (streaming, flat memory)
    return paragraphs


def _text_of(para: ElementTree.Element) -> str:
    parts = []
    for child in para.iter():
        if child.tag == f"{_W}t" and child.text:
            parts.append(child.text)
        elif child.tag == f"{_W}tab":
            parts.append("\t")
        elif child.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)
