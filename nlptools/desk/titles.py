"""The glossary the draft checks with: the translation step's glossary plus the titles' alternatives.

The title glossary itself (shipped renderings with sources, merged with the
user's ``--glossary``) belongs to the translation step
(:mod:`nlptools.translation.titles`, option ``titles``), so the draft checks
exactly the glossary the text was translated with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..translation.glossary import Glossary
from ..translation.titles import merged_glossary, shipped_titles


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


def desk_glossary(user: str | Path | Glossary | None = None, *, titles: bool = True) -> DeskGlossary:
    """Shipped titles (unless ``titles=False``) overridden by the user's glossary, with the titles' alternatives."""
    alternatives = {t.rendering: t.alternatives for t in shipped_titles()} if titles else {}
    return DeskGlossary(merged_glossary(user, titles=titles), alternatives)
