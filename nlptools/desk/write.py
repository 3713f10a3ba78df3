"""Render a draft in a format and write it atomically (temp file in the same folder, then rename)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import ConfigError
from .model import Draft

FORMATS = ("md", "html", "docx")


def render(draft: Draft, fmt: str) -> bytes:
    """The draft as ``md``, ``html`` or ``docx`` bytes."""
    if fmt == "md":
        from .render_md import render_markdown

        return render_markdown(draft).encode("utf-8")
    if fmt == "html":
        from .render_html import render_html

        return render_html(draft).encode("utf-8")
    if fmt == "docx":
        from .render_docx import render_docx

        return render_docx(draft)
    raise ConfigError(f"unknown draft format {fmt!r}.", fix=f"choose one of {', '.join(FORMATS)}.")


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that a reader never sees a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_draft(draft: Draft, path: str | Path, fmt: str | None = None) -> Path:
    """Render ``draft`` (format from ``fmt`` or the file suffix) and write it atomically."""
    fmt = fmt or Path(path).suffix.lstrip(".").lower()
    return write_atomic(path, render(draft, fmt))
