"""Typed results shared by every step.

Every span (paragraph, sentence, quote, summary sentence, aligned translation
sentence) carries ``start``/``end`` character offsets into ``Article.text``, the
exact text the article was built from, so results can always be traced back to
the source.  Only a step's ``apply`` writes these objects onto an article.

The JSON form is produced by :meth:`Article.to_dict` and read back by
:meth:`Article.from_dict`; its shape is versioned by :data:`SCHEMA_VERSION`
(``nlptools schema`` prints the JSON Schema).  Bump the minor version for
added fields and the major version for renamed or removed ones.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

SCHEMA_VERSION = "1.1"

StepState = Literal["ok", "skipped", "failed"]
ArticleState = Literal["success", "partial", "failure"]


class ParagraphKind(str, enum.Enum):
    """What a paragraph is, so later steps can treat structure faithfully."""

    TITLE = "title"
    HEADING = "heading"
    BODY = "body"
    DASH_QUOTE = "dash_quote"  # starts with a speech dash: "– Det är bra, säger hon."
    ATTRIBUTION = "attribution"  # a short speaker line after a quote: "Maja Lind, Nordvik AB"
    LIST_ITEM = "list_item"
    BYLINE = "byline"  # author lines, photo credits, contact blocks
    DATELINE = "dateline"  # a date/place line above or below the headline: "Växjö, 14 mars 2026", "Publicerad 3 maj"
    CAPTION = "caption"  # an image caption (HTML <figcaption>): read for names, never quoted or summarised


@dataclass(slots=True)
class Sentence:
    """One sentence of a paragraph; offsets index ``Article.text``."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class LanguageResult:
    """A language decision: ISO 639-1 code (``und`` when undetermined) and its probability."""

    language: str
    probability: float
    method: str = ""
    candidates: list[tuple[str, float]] = field(default_factory=list)
    reason: str | None = None  # why the result is ``und`` (too short, no letters…)

    @property
    def is_undetermined(self) -> bool:
        return self.language == "und"

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


@dataclass(slots=True)
class Paragraph:
    """A block of text separated from its neighbours by a blank line (or a title line)."""

    index: int
    kind: ParagraphKind
    text: str
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)
    marker: str = ""  # the leading structural marker kept apart from the text: "– ", "* ", "## "
    language: LanguageResult | None = None


@dataclass(slots=True)
class AlignedSentence:
    """One source sentence (or clause of an over-long one) and its English rendering.

    ``source_start``/``source_end`` index ``Article.text``;
    ``target_start``/``target_end`` index ``Translation.text``.
    """

    paragraph: int
    source_start: int
    source_end: int
    source_text: str
    text: str
    target_start: int = 0
    target_end: int = 0
    passthrough: bool = False  # copied, not translated (number, URL, already English…)
    note: str | None = None  # e.g. "retried: repetition loop"


@dataclass(slots=True)
class Translation:
    """The article in the target language, paragraph by paragraph, sentence-aligned."""

    source_language: str
    target_language: str
    model: str
    backend: str
    text: str
    title: str | None = None
    sentences: list[AlignedSentence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


@dataclass(slots=True)
class FaithfulnessCheck:
    """Entities and numbers in a summary that the source does not support."""

    flagged: bool
    unsupported_entities: list[str] = field(default_factory=list)
    unsupported_numbers: list[str] = field(default_factory=list)
    unsupported_rate: float = 0.0
    novel_bigram_rate: float = 0.0  # share of the summary's word pairs not in the source (paraphrase/invention)


@dataclass(slots=True)
class SummarySentence:
    """A sentence of the summary; for extractive summaries, its source span."""

    text: str
    source_start: int | None = None
    source_end: int | None = None
    source_text: str | None = None


@dataclass(slots=True)
class Summary:
    """A short summary of an article, with the method used and a faithfulness check."""

    text: str
    method: str
    language: str
    sentences: list[SummarySentence] = field(default_factory=list)
    model: str | None = None
    faithfulness: FaithfulnessCheck | None = None
    lede: str | None = None  # one sentence (≤ 35 words): who/what/when/where; never the headline or a quote

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


@dataclass(slots=True)
class Quote:
    """A direct quote with its speaker.

    ``text`` is the quote as in the article without dashes, quote marks or the
    attribution clause; a quote running over several paragraphs joins its
    parts with ``\\n``.  ``start``/``end`` cover the whole quote in ``Article.text``.
    """

    text: str
    start: int
    end: int
    speaker: str | None
    organisation: str | None = None
    role: str | None = None
    cue: str = ""
    confidence: float = 0.0
    speakers: list[str] | None = None  # joint attribution to several named people
    text_en: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


@dataclass(slots=True)
class EventFacts:
    """What an event report is about: the event's kind, date, places, organisers and head count.

    ``date`` is ISO: ``YYYY-MM-DD``, a range ``YYYY-MM-DD/YYYY-MM-DD``, or
    ``--MM-DD`` when the text gives no year; relative days ("i tisdags") are
    resolved only against the text's own dateline.  Names are verbatim from the
    text.  ``is_event_report`` is false for texts whose main subject is not a
    gathering; the other fields are then empty.
    """

    is_event_report: bool
    what: str | None = None  # the event as the text names it ("frukostträff", "Sveriges X-dagar")
    kind: str | None = None  # English name of the event kind ("breakfast meeting"), from the lexicon
    date: str | None = None
    date_text: str | None = None  # the words the date was read from
    places: list[str] = field(default_factory=list)
    organisers: list[str] = field(default_factory=list)
    participants: int | None = None
    participants_text: str | None = None
    participant_orgs: list[str] = field(default_factory=list)
    language: str = "und"

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


@dataclass(slots=True)
class StepStatus:
    """What one step did to one article."""

    step: str
    status: StepState
    reason: str | None = None
    hint: str | None = None  # the command or setting that fixes/enables it
    error_type: str | None = None
    seconds: float = 0.0


@dataclass(slots=True)
class Article:
    """A document and everything the pipeline found in it.

    ``text`` is the full normalised text (newlines ``\\n``); all offsets index it.
    """

    id: str
    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    title: str | None = None
    language: LanguageResult | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    translation: Translation | None = None
    summary: Summary | None = None
    quotes: list[Quote] | None = None
    event: EventFacts | None = None
    steps: list[StepStatus] = field(default_factory=list)

    @property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    @property
    def status(self) -> ArticleState:
        """``success`` when no step failed, ``failure`` when every step that ran failed."""
        failed = [s for s in self.steps if s.status == "failed"]
        if not failed:
            return "success"
        if all(s.status != "ok" for s in self.steps):
            return "failure"
        return "partial"

    def step(self, name: str) -> StepStatus | None:
        for s in self.steps:
            if s.step == name:
                return s
        return None

    def to_dict(self) -> dict[str, Any]:
        d = to_dict(self)
        d["schema_version"] = SCHEMA_VERSION
        d["status"] = self.status
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        data = {k: v for k, v in data.items() if k not in ("schema_version", "status")}
        return _adapter(cls).validate_python(data)


def to_dict(obj: Any) -> dict[str, Any]:
    """Dataclass → plain JSON-ready dict (enums become their values)."""
    return _plain(dataclasses.asdict(obj))


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


@cache
def _adapter(cls: type) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(cls)


def article_json_schema() -> dict[str, Any]:
    """JSON Schema of one output record (``Article.to_dict``)."""
    schema: dict[str, Any] = _adapter(Article).json_schema(mode="serialization")
    schema["title"] = f"nlptools Article v{SCHEMA_VERSION}"
    props = schema.setdefault("properties", {})
    props["schema_version"] = {"const": SCHEMA_VERSION}
    props["status"] = {"enum": ["success", "partial", "failure"]}
    # a record whose input could not be read, or whose step failed, says why (code and fix as in nlptools.errors)
    nullable = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    props["error"] = {
        "type": "object",
        "properties": {"type": {"type": "string"}, "message": {"type": "string"}, "code": nullable, "fix": nullable, "step": nullable},
        "required": ["type", "message"],
    }
    props["duplicate_of"] = {"type": "string"}
    return schema
