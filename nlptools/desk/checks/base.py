"""The result type every check returns, and the word tokenizer the checks share."""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Flag:
    """One reason a sentence needs a human look: ``check`` names the family, ``reason`` says what to verify."""

    check: str
    reason: str

    def __str__(self) -> str:
        return f"{self.check}: {self.reason}"


def words(text: str) -> list[str]:
    """Lower-cased words of ``text`` (letters only; ``don't`` stays one word)."""
    return [w.lower() for w in WORD_RE.findall(text)]
