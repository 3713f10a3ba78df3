"""Rebuild the English article around the translated units.

Everything outside a unit — the title line, blank lines, line breaks, speech
dashes (``– ``), list bullets, Markdown heading marks, quote marks enclosing a
sentence, the spaces between sentences — is copied verbatim from
``Article.text``; each unit's span is replaced by its English text.  So the
paragraph structure is preserved by construction, and every aligned sentence
knows its exact span in both texts: ``Translation.text[target_start:target_end]
== AlignedSentence.text`` and ``Article.text[source_start:source_end] ==
AlignedSentence.source_text``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..types import AlignedSentence
from .units import Unit


@dataclass(slots=True)
class Rendered:
    """A unit's final output."""

    text: str
    passthrough: bool = False
    note: str | None = None


class OffsetMap:
    """Maps source offsets (``Article.text``) to target offsets (``Translation.text``)."""

    def __init__(self) -> None:
        self._src: list[int] = []  # start of each segment in the source
        self._segments: list[tuple[int, int, int, int, bool]] = []  # src_start, src_end, tgt_start, tgt_end, is_unit

    def add(self, src_start: int, src_end: int, tgt_start: int, tgt_end: int, is_unit: bool) -> None:
        self._src.append(src_start)
        self._segments.append((src_start, src_end, tgt_start, tgt_end, is_unit))

    def target(self, offset: int) -> int:
        """The target offset of a source offset (a unit's interior maps to its start)."""
        i = bisect_right(self._src, offset) - 1
        if i < 0:
            return 0
        s0, s1, t0, t1, is_unit = self._segments[i]
        if offset >= s1:
            return t1
        return t0 if is_unit else t0 + (offset - s0)


def reassemble(text: str, units: list[Unit], rendered: list[Rendered]) -> tuple[str, list[AlignedSentence], OffsetMap]:
    """The English text, its aligned sentences and the source→target offset map."""
    if len(units) != len(rendered):
        raise ValueError("one rendering per unit is required")
    out: list[str] = []
    aligned: list[AlignedSentence] = []
    omap = OffsetMap()
    pos = tpos = 0
    for unit, r in sorted(zip(units, rendered), key=lambda ur: ur[0].start):
        if unit.start < pos:
            raise ValueError(f"overlapping units at offset {unit.start}")
        gap = text[pos : unit.start]
        omap.add(pos, unit.start, tpos, tpos + len(gap), False)
        out.append(gap)
        tpos += len(gap)
        omap.add(unit.start, unit.end, tpos, tpos + len(r.text), True)
        aligned.append(
            AlignedSentence(
                paragraph=unit.paragraph,
                source_start=unit.start,
                source_end=unit.end,
                source_text=unit.text,
                text=r.text,
                target_start=tpos,
                target_end=tpos + len(r.text),
                passthrough=r.passthrough,
                note=r.note,
            )
        )
        out.append(r.text)
        tpos += len(r.text)
        pos = unit.end
    omap.add(pos, len(text), tpos, tpos + len(text) - pos, False)
    out.append(text[pos:])
    return "".join(out), aligned, omap
