"""The draft: what every renderer (Markdown, HTML, DOCX, the web page) shows.

A :class:`Draft` is built from the article record by :func:`nlptools.desk.build_draft`
and holds nothing a renderer would have to recompute: the headline, the
generated lede (labelled as such), the body paragraphs in their original order
with Swedish and English side by side and the check flags per sentence, and the
quotes table.  ``to_dict`` gives the JSON the web API returns.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .checks.base import Flag

LEDE_LABEL = "Generated lede (from the summary): check it before publishing."


@dataclass(slots=True)
class DraftSentence:
    """One Swedish sentence, its English (None when not translated) and what to check."""

    source: str
    english: str | None
    flags: list[Flag] = field(default_factory=list)


@dataclass(slots=True)
class DraftParagraph:
    """One paragraph of the body; ``english`` is in English-press form (quote marks, not dashes)."""

    index: int
    kind: str
    source: str  # the Swedish as written, dialogue dash included
    english: str | None
    sentences: list[DraftSentence] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)  # paragraph-level (sentence count…)
    checked: bool = False

    @property
    def all_flags(self) -> list[Flag]:
        return self.flags + [f for s in self.sentences for f in s.flags]


@dataclass(slots=True)
class QuoteRow:
    """One row of the quotes table."""

    index: int
    source: str
    english: str | None
    speaker: str | None
    organisation: str | None
    role: str | None
    role_en: str | None
    confidence: float
    uncertain: bool
    uncertain_reason: str | None = None
    flags: list[Flag] = field(default_factory=list)
    checked: bool = False


@dataclass(slots=True)
class Draft:
    """An English draft of one article, ready to review, check and export."""

    article_id: str
    headline: str
    headline_source: str
    lede: str | None
    lede_source: str | None
    translated: bool
    notice: str | None  # first line of every rendering when something is missing (how to enable translation)
    paragraphs: list[DraftParagraph] = field(default_factory=list)
    quotes: list[QuoteRow] = field(default_factory=list)
    fact_box: list[str] | None = None  # events helper's fact box, shown above the lede when available
    document_flags: list[Flag] = field(default_factory=list)
    lede_label: str = LEDE_LABEL

    @property
    def open_marks(self) -> int:
        """Paragraphs and quotes not yet marked "checked"."""
        return sum(not p.checked for p in self.paragraphs) + sum(not q.checked for q in self.quotes)

    @property
    def flag_count(self) -> int:
        return sum(len(p.all_flags) for p in self.paragraphs) + sum(len(q.flags) for q in self.quotes) + len(self.document_flags)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["open_marks"] = self.open_marks
        d["flag_count"] = self.flag_count
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Draft:
        """Rebuild a draft from :meth:`to_dict` (the web page sends edited drafts back)."""

        def flags(items: list[dict[str, Any]] | None) -> list[Flag]:
            return [Flag(str(f["check"]), str(f["reason"])) for f in items or []]

        paragraphs = [
            DraftParagraph(
                index=int(p["index"]), kind=str(p["kind"]), source=str(p["source"]), english=p.get("english"),
                sentences=[DraftSentence(str(s["source"]), s.get("english"), flags(s.get("flags"))) for s in p.get("sentences", [])],
                flags=flags(p.get("flags")), checked=bool(p.get("checked", False)),
            )
            for p in data.get("paragraphs", [])
        ]  # fmt: skip
        quotes = [
            QuoteRow(
                index=int(q["index"]), source=str(q["source"]), english=q.get("english"), speaker=q.get("speaker"),
                organisation=q.get("organisation"), role=q.get("role"), role_en=q.get("role_en"),
                confidence=float(q.get("confidence", 0.0)), uncertain=bool(q.get("uncertain", False)),
                uncertain_reason=q.get("uncertain_reason"), flags=flags(q.get("flags")), checked=bool(q.get("checked", False)),
            )
            for q in data.get("quotes", [])
        ]  # fmt: skip
        return cls(
            article_id=str(data.get("article_id", "")), headline=str(data.get("headline", "")),
            headline_source=str(data.get("headline_source", "")), lede=data.get("lede"), lede_source=data.get("lede_source"),
            translated=bool(data.get("translated", False)), notice=data.get("notice"), paragraphs=paragraphs,
            quotes=quotes, fact_box=data.get("fact_box"), document_flags=flags(data.get("document_flags")),
        )  # fmt: skip
