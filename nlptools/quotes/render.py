"""Markdown listing of quotes: speaker, organisation, role, original and English side by side."""

from __future__ import annotations

from ..types import Quote


def _cell(text: str | None) -> str:
    if not text:
        return "—"
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def quotes_markdown(quotes: list[Quote]) -> str:
    """A Markdown table, one row per quote; the English column shows ``text_en`` or "—".

    Called by ``analyze --format md`` (``nlptools.render``) and ``nlptools quotes --format md``.
    """
    if not quotes:
        return "No direct quotes found."
    rows = [
        "| # | Speaker | Organisation | Role | Quote | English | Cue |",
        "|---|---|---|---|---|---|---|",
    ]
    for n, q in enumerate(quotes, 1):
        speaker = q.speaker or "unknown"
        if q.speakers:
            speaker += f" ({', '.join(q.speakers)})"
        rows.append(
            f"| {n} | {_cell(speaker)} | {_cell(q.organisation)} | {_cell(q.role)} | {_cell(q.text)} | "
            f"{_cell(q.text_en)} | {q.cue} ({q.confidence:.2f}) |"
        )
    return "\n".join(rows)
