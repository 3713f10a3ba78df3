"""Paragraph text of a ``.docx`` file, read straight from its XML (no extra dependency).

A .docx is a zip archive whose ``word/document.xml`` holds ``<w:p>`` paragraphs
made of ``<w:t>`` runs.  We keep paragraphs (blank-line separated, as the text
intake expects), tabs and line breaks; tables, images and styles are ignored.
A file that is not a valid .docx raises a typed input error.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from ..errors import BinaryInputError, EmptyInputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_XML_BYTES = 50_000_000  # refuse zip bombs: the document part is never this large for an article


def docx_text(data: bytes) -> str:
    """Text of the body paragraphs of a .docx document given as bytes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("word/document.xml")
            if info.file_size > _MAX_XML_BYTES:
                raise BinaryInputError(
                    f"the .docx document part is {info.file_size:,} bytes, too large to be an article.",
                    fix="export the document as text and split it.",
                )
            root = ElementTree.fromstring(zf.read(info))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise BinaryInputError(
            f"not a readable .docx file ({exc}).", fix="save it again as .docx, or export it as .txt."
        ) from exc
    paragraphs = []
    for para in root.iter(f"{_W}p"):
        parts = []
        for node in para.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag == f"{_W}tab":
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        text = "".join(parts).strip()
        if text:
            paragraphs.append(text)
    if not paragraphs:
        raise EmptyInputError("the .docx file has no paragraph text.", fix="check that the document has body text.")
    return "\n\n".join(paragraphs)
