"""Quote marks and speech dashes.

Swedish uses ``”…”`` (the same mark opens and closes) and speech dashes
(``– ``, ``— ``, ``‒ ``, ``- ``) at the start of a paragraph; English uses
``“…”`` and ``"…"``.  Real text mixes them (``"…”``, ``“…“``), so a mark is
classified as opening or closing by its neighbours, not by its shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Dashes that open a speech paragraph.
DASHES = "–—‒―-"
_DASH_MARKER = re.compile(r"^[ \t]*(?:[–—‒―]|-(?=[ \t])|-(?=[A-ZÅÄÖ][a-zåäö]))[ \t]*")  # "- Det", "-Det"
#: A speech dash inside a line, right after a sentence end: "… i Sverige. – Det var …".
_MID_DASH = re.compile(r"(?<=[.!?…:])[ \t]*(?=[–—‒―][ \t]+\S)|(?<=[.!?…:])[ \t]+(?=-[ \t]+[A-ZÅÄÖ])")  # "… Lund.– Det", "förslaget: - Det"

DOUBLE_MARKS = "”“\"»«„″"
SINGLE_MARKS = "’‘‚"
_OPEN_BEFORE = set(" \t\n([{/–—‒-:;") | {""}
_CLOSE_AFTER = set(" \t\n)]}.,;:!?–—‒-…") | {""}


def dash_marker_length(line: str) -> int:
    """Length of a leading speech-dash marker (dash plus spaces), 0 when there is none."""
    m = _DASH_MARKER.match(line)
    if not m:
        return 0
    rest = line[m.end() :]
    if not rest or rest[0] in DASHES:  # "--" rules, "– –" decorations
        return 0
    return m.end()


def mid_dash_positions(text: str) -> list[int]:
    """Offsets in ``text`` where a speech dash starts a new quote inside a line."""
    return [m.end() for m in _MID_DASH.finditer(text)]


@dataclass(frozen=True, slots=True)
class MarkSpan:
    """A pair of quote marks: ``open``/``close`` are the offsets of the marks themselves."""

    open: int
    close: int  # offset of the closing mark, or -1 when the quote runs to the end of the block

    @property
    def inner_start(self) -> int:
        return self.open + 1

    def inner_end(self, block_end: int) -> int:
        return self.close if self.close >= 0 else block_end


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return (before in _OPEN_BEFORE or before in DOUBLE_MARKS + SINGLE_MARKS) and bool(after) and not after.isspace()


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return bool(before) and not before.isspace() and (after in _CLOSE_AFTER or after in DOUBLE_MARKS + SINGLE_MARKS)


def find_mark_spans(text: str, start: int = 0, end: int | None = None) -> list[MarkSpan]:
    """Top-level quote-mark spans in ``text[start:end]`` (one paragraph), in order.

    Double marks pair with any double mark in closing position; single marks
    (’…’, ‘…’) only when they are not apostrophes (``WIN’s``).  A quote whose
    closing mark is missing runs to the end of the block (``close == -1``), as
    in English multi-paragraph quotes.
    """
    end = len(text) if end is None else end
    spans: list[MarkSpan] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in DOUBLE_MARKS or ch in SINGLE_MARKS:
            if _can_open(text, i) and ch not in "«":
                marks = DOUBLE_MARKS if ch in DOUBLE_MARKS else SINGLE_MARKS
                j = i + 1
                close = -1
                while j < end:
                    if text[j] in marks and _can_close(text, j):
                        if marks is SINGLE_MARKS and j + 1 < end and text[j + 1].isalpha():
                            j += 1
                            continue
                        close = j
                        break
                    j += 1
                if close == -1 and marks is SINGLE_MARKS:
                    i += 1
                    continue
                spans.append(MarkSpan(i, close))
                if close == -1:
                    break
                i = close + 1
                continue
        i += 1
    return spans
