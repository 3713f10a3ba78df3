"""Quote candidates and the span helpers the candidate walker uses.

A :class:`Candidate` is a quote found in the text before its speaker is resolved: its parts
(offsets into ``Article.text``), the speaker reference as written, and the cue.  The helpers
trim a quoted piece, tell speech from a title or a lone question, and find where narration
resumes after a mid attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import SpeakerRef
from .lexicon import FIRST_PERSON_EN, FIRST_PERSON_SV
from .marks import DOUBLE_MARKS


@dataclass(slots=True)
class Candidate:
    """A quote found in the text, speaker not yet resolved."""

    parts: list[tuple[int, int]]
    ref: SpeakerRef | None
    cue: str
    inherit: bool = False  # speaker from the previous quote (continuation)
    context_unit: int | None = None  # speaker from this unit's first person (quote-marks-context)
    unit: int = 0


def trim_part(text: str, s: int, e: int, *, attributed: bool) -> tuple[int, int]:
    """Strip spaces, a trailing comma, and a final full stop when an attribution follows."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
        e -= 1
    if attributed and e > s and text[e - 1] == "." and text[e - 3 : e] != "...":
        e -= 1
        while e > s and text[e - 1].isspace():
            e -= 1
    return s, e


def _is_speechlike(text: str, s: int, e: int) -> bool:
    words = text[s:e].split()
    return len(words) >= 4 or text[s:e].rstrip().endswith(("?", "!"))


def _speech_like(text: str) -> bool:
    """A sentence rather than a list item: final punctuation, or at least eight words."""
    t = text.rstrip().rstrip("”\"»")
    return t.endswith((".", "!", "?", "…")) or len(t.split()) >= 8


def _is_lone_question(text: str) -> bool:
    """One short question (an interviewer's), e.g. ``Hur känns det?``."""
    t = text.strip()
    return t.endswith("?") and len(t.split()) <= 12 and not re.search(r"[.!?]\s", t[:-1])


def _first_closing_mark(text: str, start: int, end: int) -> int | None:
    """The first quote mark in closing position in ``text[start:end]``, before any opening one."""
    for j in range(start, end):
        if text[j] in DOUBLE_MARKS:
            before = text[j - 1] if j > start else " "
            after = text[j + 1] if j + 1 < end else " "
            if not before.isspace() and (after.isspace() or after in ",.;:!?"):
                return j
            return None
    return None


def _sentence_bounds(text: str, lo: int, hi: int, s: int, e: int) -> tuple[int, int]:
    """The sentence of ``text[lo:hi]`` around the span ``s..e``."""
    start = lo
    for m in re.finditer(r"[.!?]\s+", text[lo:s]):
        start = lo + m.end()
    m = re.search(r"[.!?](?:\s|$)", text[e + 1 : hi])
    end = e + 1 + m.end() if m else hi
    return start, end


_THIRD_PERSON_START = re.compile(r"^(?:Han|Hon|Hen|De|He|She|They)\s+[a-zåäö]")


def _narration_after(text: str, att_end: int, resume: int, end: int) -> bool:
    """Is what follows a mid attribution narration rather than the quote going on?

    Narration: it starts on a new line, with a third-person pronoun (``Han ansåg …``), or in lower
    case without a first-person word (``, och fortsätter:``; but ``, så får vi …`` goes on).
    """
    rest = text[resume:end].strip()
    if not rest or "\n" in text[att_end:resume] or _THIRD_PERSON_START.match(rest):
        return True
    clause = re.split(r"[,.:;!?]", rest, maxsplit=1)[0]
    return rest[:1].islower() and not (FIRST_PERSON_SV.search(clause) or FIRST_PERSON_EN.search(clause))
