"""Line and row readers whose memory is bounded whatever the input holds.

A JSONL line or a CSV row can be any length: a 100 MB line, or a 50 MB quoted
field, would otherwise be read whole into memory just to be refused as too
large.  These readers keep at most ``cap`` characters of one line/row; the
rest is skipped in fixed-size pieces and the caller is told, so the record
becomes an :class:`~nlptools.errors.InputTooLargeError` and the next one is
read normally.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO, TextIO

from ..intake import Limits

_PIECE = 1 << 16


def record_cap(limits: Limits) -> int:
    """Longest line/row kept: room for a text at the limits, JSON-escaped, plus its other fields."""
    return 6 * limits.max_bytes + (1 << 20)


def csv_row_cap(limits: Limits) -> int:
    """Longest CSV row kept, in characters (the csv module holds a field as 4 bytes per character)."""
    return 2 * limits.max_bytes + (1 << 20)


def bounded_lines(stream: BinaryIO, cap: int) -> Iterator[bytes | int]:
    """Lines of ``stream`` (with their newline); a line longer than ``cap`` bytes yields its length instead."""
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        if len(line) <= cap or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(_PIECE)
            if not line:
                break
            size += len(line)
        yield size


class CappedCsvLines:
    """Text lines for :mod:`csv`; a row longer than ``cap`` characters is skipped, keeping the parser in step.

    The reader tracks only whether it is inside a quoted field (the parity of
    ``"`` characters, which is all standard CSV quoting needs), so it knows
    where a row ends even when the row is skipped.  A skipped row reaches the
    CSV parser as a short line that closes it, and :attr:`cut` is set until
    the caller clears it.
    """

    def __init__(self, fh: TextIO, cap: int) -> None:
        self.fh = fh
        self.cap = cap
        self.cut = False
        self._odd = False  # inside a quoted field (after what was read)
        self._odd_returned = False  # the same, after what the parser has been given
        self._row_chars = 0

    def __iter__(self) -> CappedCsvLines:
        return self

    def __next__(self) -> str:
        parts: list[str] = []
        while True:
            piece = self.fh.readline(_PIECE)
            if not piece:
                if parts:
                    return self._give("".join(parts))
                raise StopIteration
            self._odd ^= piece.count('"') % 2 == 1
            self._row_chars += len(piece)
            if self._row_chars > self.cap:
                return self._skip_row(piece, (parts[0] if parts else piece)[:_PIECE])  # the row's start: its id
            parts.append(piece)
            if piece.endswith(("\n", "\r")):
                if not self._odd:
                    self._row_chars = 0
                return self._give("".join(parts))

    def _give(self, line: str) -> str:
        self._odd_returned = self._odd
        return line

    def _skip_row(self, piece: str, kept: str) -> str:
        """Read to the end of the row without keeping it; give the parser ``kept`` (the row's start) closed."""
        while not (piece.endswith(("\n", "\r")) and not self._odd):
            piece = self.fh.readline(_PIECE)
            if not piece:
                break
            self._odd ^= piece.count('"') % 2 == 1
        self.cut = True
        self._row_chars = 0
        kept = kept.rstrip('"\r\n')  # never end on half of a "" escape
        inside = self._odd_returned ^ (kept.count('"') % 2 == 1)
        # close an open quoted field; a row start alone becomes an empty two-cell row (an empty line is skipped)
        closing = kept + ('"' if inside else "") + ("\n" if kept else ",\n")
        self._odd = self._odd_returned = False
        return closing
