"""The text units quote extraction works on.

A *unit* is a paragraph, or the part of one that starts a new speech turn: a
line that opens with a speech dash or a quote mark, or a speech dash right
after a sentence end in the middle of a line (``… i Sverige. – Det var …``).
Hard-wrapped lines (a lead broken every 40 characters) stay in one unit.

Units are computed from ``Article.text`` itself, so every offset indexes it
whatever paragraph model produced the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .marks import DOUBLE_MARKS, dash_marker_length, mid_dash_positions

_MD_HEADING = re.compile(r"#{1,6}[ \t]+")
_BLOCK = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")
_TERMINAL = tuple(".!?:…”\"»)")


@dataclass(slots=True)
class Unit:
    """A speech turn or paragraph: ``text`` is ``article_text[start:end]`` without the dash marker."""

    index: int
    block: int  # index of the blank-line separated block it belongs to
    start: int  # after the dash marker
    end: int
    text: str
    dash: str = ""  # the speech-dash marker ("– ") when the unit is a dash quote
    is_title: bool = False

    @property
    def is_dash(self) -> bool:
        return bool(self.dash)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def split_units(text: str, title: str | None = None) -> list[Unit]:
    """Split ``text`` into units; the first block is the title when a blank line follows it."""
    units: list[Unit] = []
    blocks = [_trim(text, m.start(), m.end()) for m in _BLOCK.finditer(text)]
    blocks = [(s, e) for s, e in blocks if s < e]
    for b, (bs, be) in enumerate(blocks):
        heading = _MD_HEADING.match(text, bs, be)
        if b == 0 and heading:  # "# ”Vi är redo”": a Markdown title
            bs = heading.end()
        is_title = b == 0 and len(blocks) > 1 and "\n" not in text[bs:be] and (title is None or title.strip() == text[bs:be].strip())
        for ls, le in _split_block(text, bs, be):
            marker = 0 if is_title else dash_marker_length(text[ls:le])
            s = ls + marker
            units.append(Unit(len(units), b, s, le, text[s:le], text[ls:s], is_title))
    return units


def _split_block(text: str, bs: int, be: int) -> list[tuple[int, int]]:
    cuts = [bs]
    pos = bs
    lines = text[bs:be].split("\n")
    prev_line = lines[0]
    in_dash = dash_marker_length(lines[0]) > 0
    # a hard-wrapped block has lines that end mid-sentence; elsewhere a line break after a
    # sentence end starts a new paragraph, also inside a dash quote
    wrapped = any(ln.strip() and not ln.rstrip().endswith(_TERMINAL) for ln in lines[:-1])
    pos += len(lines[0]) + 1
    for line in lines[1:]:
        stripped = line.strip()
        starts_turn = dash_marker_length(line) > 0 or stripped[:1] in DOUBLE_MARKS
        prev_ends = prev_line.rstrip().endswith(_TERMINAL)
        short_prev = len(prev_line.split()) <= 12 and not prev_line.rstrip().endswith(",")
        speaker_line = len(stripped.split()) <= 8 and not stripped.endswith(_TERMINAL) and prev_ends
        sentence_break = prev_ends and not wrapped and stripped[:1].isupper()
        if stripped and (starts_turn or speaker_line or sentence_break or (not in_dash and (prev_ends or (short_prev and not prev_line.endswith(" "))))):
            cuts.append(pos)
            in_dash = dash_marker_length(line) > 0
        prev_line = line
        pos += len(line) + 1
    pieces: list[tuple[int, int]] = []
    for i, s in enumerate(cuts):
        e = cuts[i + 1] if i + 1 < len(cuts) else be
        # a speech dash after a sentence end inside the line starts a new unit
        sub = [s] + [s + p for p in mid_dash_positions(text[s:e])]
        for k, ss in enumerate(sub):
            ee = sub[k + 1] if k + 1 < len(sub) else e
            ps, pe = _trim(text, ss, ee)
            if ps < pe:
                pieces.append((ps, pe))
    return pieces
