"""The shipped title glossary (``data/titles.toml``) merged with the user's own glossary.

Titles are what communicators translate most and MT gets most often wrong or
inconsistent ("vd" → "CEO" in one paragraph, "managing director" in the next).
The shipped file gives one rendering per title, its accepted alternatives and a
cited source; it becomes an ordinary :class:`~nlptools.translation.glossary.Glossary`
(the same placeholder machinery the translation step uses), and a term in the
user's ``--glossary`` replaces the shipped entry for the same term.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import ConfigError
from ..translation.glossary import Glossary, GlossaryEntry


@dataclass(frozen=True, slots=True)
class Title:
    """One shipped title: Swedish term and forms, English rendering, alternatives, source."""

    term: str
    rendering: str
    forms: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    source: str = ""


@dataclass(slots=True)
class DeskGlossary:
    """The glossary the draft translates and checks with.

    ``alternatives`` maps an English rendering to the other renderings that mean
    the same (the "one rendering per term" check looks for them).
    """

    glossary: Glossary
    alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def render(self, term: str | None) -> str | None:
        """The English rendering of ``term`` (a role such as ``vd``), or None when it has none."""
        if not term:
            return None
        spans = self.glossary.find(term)
        if len(spans) == 1 and spans[0][0] == 0 and spans[0][1] == len(term):
            return spans[0][2]
        if spans:  # "kommunstyrelsens ordförande" inside a longer role
            out, last = [], 0
            for a, b, r in spans:
                out += [term[last:a], r]
                last = b
            return "".join(out + [term[last:]])
        return None


@cache
def shipped_titles() -> tuple[Title, ...]:
    """The titles shipped with the package (read once)."""
    raw = resources.files("nlptools.desk").joinpath("data/titles.toml").read_text(encoding="utf-8")
    return parse_titles(raw, "nlptools/desk/data/titles.toml")


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


def desk_glossary(user: str | Path | Glossary | None = None, *, titles: bool = True) -> DeskGlossary:
    """Shipped titles (unless ``titles=False``) overridden by the user's glossary."""
    entries: dict[str, GlossaryEntry] = {}
    alternatives: dict[str, tuple[str, ...]] = {}
    if titles:
        for t in shipped_titles():
            for form in (t.term, *t.forms):
                entries[form] = GlossaryEntry(form, t.rendering)
            alternatives[t.rendering] = t.alternatives
    if user is not None:
        mine = user if isinstance(user, Glossary) else Glossary.load(user)
        for e in mine.entries:
            entries[e.term] = e
    return DeskGlossary(Glossary(list(entries.values())), alternatives)
