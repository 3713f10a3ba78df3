"""The shipped title glossary (``titles.toml``), merged with the user's own glossary.

Titles are what communicators translate most and MT gets most often wrong or
inconsistent ("vd" → "CEO" in one paragraph, "managing director" in the next).
The shipped file gives one rendering per title, its accepted alternatives and a
cited source; with the translation step's ``titles`` option it becomes part of
the ordinary :class:`~nlptools.translation.glossary.Glossary` the step
translates with, and a term in the user's ``--glossary`` replaces the shipped
entry for the same term.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import ConfigError
from .glossary import Glossary, GlossaryEntry


@dataclass(frozen=True, slots=True)
class Title:
    """One shipped title: Swedish term and forms, English rendering, alternatives, source."""

    term: str
    rendering: str
    forms: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    source: str = ""


@cache
def shipped_titles() -> tuple[Title, ...]:
    """The titles shipped with the package (read once)."""
    raw = resources.files("nlptools.translation").joinpath("titles.toml").read_text(encoding="utf-8")
    return parse_titles(raw, "nlptools/translation/titles.toml")


def parse_titles(raw: str, source: str) -> tuple[Title, ...]:
    """Parse a titles TOML (``[[title]]`` tables); every entry must cite a source."""
    data = tomllib.loads(raw)
    titles = []
    for n, t in enumerate(data.get("title", []), 1):
        if not t.get("term") or not t.get("rendering") or not t.get("source"):
            raise ConfigError(f"{source}: title #{n} lacks term, rendering or source.", fix="give all three.")
        titles.append(
            Title(t["term"], t["rendering"], tuple(t.get("forms", [])), tuple(t.get("alternatives", [])), t["source"])
        )
    return tuple(titles)


def merged_glossary(user: str | Path | Glossary | None = None, *, titles: bool = True) -> Glossary:
    """Shipped titles (unless ``titles=False``) overridden term by term by the user's glossary."""
    if not titles:
        return user if isinstance(user, Glossary) else Glossary.load(user) if user is not None else Glossary()
    entries: dict[str, GlossaryEntry] = {}
    for t in shipped_titles():
        for form in (t.term, *t.forms):
            entries[form] = GlossaryEntry(form, t.rendering)
    if user is not None:
        mine = user if isinstance(user, Glossary) else Glossary.load(user)
        for e in mine.entries:
            entries[e.term] = e
    return Glossary(list(entries.values()))
