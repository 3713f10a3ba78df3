"""The event-kind lexicon (``data/kinds.tsv``): which words name a gathering, and their English names.

Swedish writes event kinds as compounds (``frukostträff``, ``klustermöte``,
``forskningskonferens``), so a word matches an entry when it *ends* with the
entry's stem plus an inflection ending; the longest stem wins.  The English
name is what the fact box shows ("frukostmöte" → "breakfast meeting"); names of
events are always kept verbatim elsewhere.  Edit the TSV to extend it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_ENDINGS = r"(?:arna|erna|ena|orna|um|en|et|na|ar|er|or|an|n|t|s|a)?"


@dataclass(frozen=True, slots=True)
class KindMatch:
    """One event-kind word in a text."""

    start: int
    end: int
    word: str
    stem: str
    english: str


@dataclass(frozen=True, slots=True)
class _Entry:
    stem: str
    english: str
    compound_only: bool
    capitalised: bool
    excluded: bool = False


@cache
def lexicon() -> tuple[_Entry, ...]:
    """The entries of ``data/kinds.tsv``, longest stem first."""
    text = resources.files(__package__).joinpath("data/kinds.tsv").read_text(encoding="utf-8")
    entries: dict[str, _Entry] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("stem\t"):
            continue
        stem, english, *rest = line.split("\t")
        flags = rest[0] if rest else ""
        entries.setdefault(stem, _Entry(stem, english, "c" in flags.lower(), "C" in flags, "x" in flags))
    return tuple(sorted(entries.values(), key=lambda e: len(e.stem), reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    stems = "|".join(re.escape(e.stem).replace(r"\ ", r"\s+") for e in lexicon())
    return re.compile(rf"\b(?P<pre>\w*?)(?P<stem>{stems}){_ENDINGS}\b", re.IGNORECASE)


def _entry(stem: str) -> _Entry | None:
    key = " ".join(stem.lower().split())
    for e in lexicon():
        if e.stem == key:
            return e
    return None


def find_kinds(text: str) -> list[KindMatch]:
    """Every event-kind word in ``text``, in order."""
    out: list[KindMatch] = []
    for m in _pattern().finditer(text):
        e = _entry(m["stem"])
        if e is None or e.excluded:
            continue
        if e.compound_only and len(m["pre"]) < 3:
            continue
        if e.capitalised and not m.group(0)[:1].isupper():
            continue
        out.append(KindMatch(m.start(), m.end(), m.group(0), e.stem, e.english))
    return out


def english_kind(word: str) -> str | None:
    """The English name of an event-kind word (``"frukostträffen"`` → ``"breakfast meeting"``), or ``None``."""
    found = find_kinds(word)
    return found[0].english if found else None
