"""Hostile inputs, generated at run time (nothing large is stored): bombs, endless lines, broken bytes.

Used by ``tests/test_hostile_input.py`` and ``benchmarks/robustness.py``.  Each
generator writes one file into ``folder`` and returns its path.  Sizes are
parameters so the tests can stay fast and the benchmark can go large.
"""

from __future__ import annotations

import json
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

GOOD = "Kommunen öppnar ett nytt bibliotek i centrum. – Vi har väntat länge, säger Maria Holm, rektor.\n\nProjektet finansieras av regionen."
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MB = 1_000_000


def deep_html(folder: Path, levels: int = 10_000) -> Path:
    path = folder / "deep.html"
    path.write_text("<html><body><p>Början av sidan.</p>" + "<div>" * levels + "Djup text." + "</div>" * levels + "</body></html>")
    return path


def docx_bomb(folder: Path, megabytes: int = 1000, text: bool = True) -> Path:
    """A .docx whose document part inflates to ``megabytes`` MB (a few hundred KB on disk)."""
    path = folder / ("bomb-text.docx" if text else "bomb-space.docx")
    unit = (f"<w:p><w:r><w:t>{'bomb ' * 40}</w:t></w:r></w:p>" if text else " " * 1000).encode()
    block = unit * (MB // len(unit))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("[Content_Types].xml", "w") as fh:
            fh.write(b'<?xml version="1.0"?><Types/>')
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0"?><w:document {_W}><w:body>'.encode())
            for _ in range(megabytes):
                fh.write(block)
            fh.write(b"</w:body></w:document>")
    return path


def xml_entity_bomb(folder: Path) -> Path:
    """A .docx whose XML defines the 'billion laughs' entity expansion."""
    path = folder / "laughs.docx"
    ents = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    xml = f'<?xml version="1.0"?><!DOCTYPE d [{ents}]><w:document {_W}><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>'
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", xml)
    return path


def long_line(folder: Path, megabytes: int = 100) -> Path:
    path = folder / "line.txt"
    with path.open("wb") as fh:
        chunk = b"ord " * (MB // 4)
        for _ in range(megabytes):
            fh.write(chunk)
    return path


def long_jsonl_line(folder: Path, megabytes: int = 100) -> Path:
    """A JSONL file: a good record, one line of ``megabytes`` MB, another good record."""
    path = folder / "longline.jsonl"
    with path.open("wb") as fh:
        fh.write((json.dumps({"id": "before", "text": GOOD}) + "\n").encode())
        fh.write(b'{"id": "huge", "text": "')
        chunk = b"ord " * (MB // 4)
        for _ in range(megabytes):
            fh.write(chunk)
        fh.write(b'"}\n')
        fh.write((json.dumps({"id": "after", "text": GOOD}) + "\n").encode())
    return path


def nul_bytes(folder: Path) -> Path:
    path = folder / "nul.txt"
    path.write_bytes(GOOD.encode() + b"\x00" * 10 + b" mer text " * 2000 + b"\x00slut")
    return path


def nul_start(folder: Path) -> Path:
    path = folder / "nulstart.txt"
    path.write_bytes(b"\x00\x00" + GOOD.encode())
    return path


def invalid_utf8(folder: Path, size: int = 200_000) -> Path:
    path = folder / "garbage.txt"
    rng = random.Random(3)
    path.write_bytes(bytes(rng.randrange(128, 256) for _ in range(size)))
    return path


def mixed_utf8(folder: Path) -> Path:
    """Mostly good UTF-8 with stray invalid bytes."""
    path = folder / "mixed.txt"
    path.write_bytes(GOOD.encode() + b"\xff\xfe\xc3(" + GOOD.encode())
    return path


def csv_big_field(folder: Path, megabytes: int = 50) -> Path:
    path = folder / "bigfield.csv"
    with path.open("wb") as fh:
        cell = ('"' + GOOD.replace('"', '""') + '"').encode()
        fh.write(b"id,text\nfirst," + cell + b"\nhuge,\"")
        chunk = b"ord " * (MB // 4)
        for _ in range(megabytes):
            fh.write(chunk)
        fh.write(b'"\nlast,' + cell + b"\n")
    return path


def broken_jsonl(folder: Path) -> Path:
    path = folder / "broken.jsonl"
    good = json.dumps({"id": "ok1", "text": GOOD})
    text = json.dumps(GOOD).encode()
    lines = [
        good.encode(),
        b'{"id": "cut", "text": "halv',  # a line cut off mid-string
        b"\xff\xfe garbage \x00",  # not UTF-8, with a NUL
        b"[1, 2, 3]",  # JSON, but not an object
        b'{"id": "nul", "text": "NUL\\u0000inside ' + text[1:] + b"}",  # an escaped NUL in the text
        b'{"id": "ok2", "text": ' + text + b"}",
        b"{" * 100_000,  # deeply nested garbage
        b'"just a string"',
        b'{"id": "ok3", "text": ' + text + b"}",  # the last line has no newline
    ]
    path.write_bytes(b"\n".join(lines))  # the last line has no newline
    return path


#: name → generator(folder) for every hostile input, at full size.
ALL: dict[str, Callable[[Path], Path]] = {
    "deep-html-10k": deep_html,
    "docx-bomb-1GB-text": docx_bomb,
    "docx-bomb-1GB-space": lambda d: docx_bomb(d, text=False),
    "docx-entity-bomb": xml_entity_bomb,
    "line-100MB.txt": long_line,
    "line-100MB.jsonl": long_jsonl_line,
    "nul-bytes": nul_bytes,
    "nul-at-start": nul_start,
    "invalid-utf8": invalid_utf8,
    "mixed-utf8": mixed_utf8,
    "csv-50MB-field": csv_big_field,
    "broken-jsonl": broken_jsonl,
}
