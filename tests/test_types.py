"""Article JSON round trip and schema."""

from __future__ import annotations

import json

from nlptools.intake import read_text
from nlptools.types import (
    SCHEMA_VERSION,
    AlignedSentence,
    Article,
    LanguageResult,
    Quote,
    StepStatus,
    Translation,
    article_json_schema,
)


def test_round_trip() -> None:
    a = read_text("Rubrik\n\n– Det är bra, säger Eva Ek.")
    a.language = LanguageResult("sv", 0.99, "test", [("sv", 0.99), ("da", 0.01)])
    a.quotes = [Quote("Det är bra", 10, 20, "Eva Ek", None, None, "dash-after", 0.9)]
    a.translation = Translation("sv", "en", "m", "torch", "Title\n\n– It is good, says Eva Ek.",
                                sentences=[AlignedSentence(1, 10, 30, "Det är bra, säger Eva Ek.", "It is good, says Eva Ek.")])
    a.steps.append(StepStatus("quotes", "ok"))
    d = json.loads(json.dumps(a.to_dict()))
    assert d["schema_version"] == SCHEMA_VERSION and d["status"] == "success"
    assert d["paragraphs"][1]["kind"] == "dash_quote"
    b = Article.from_dict(d)
    assert b == a


def test_schema_describes_records() -> None:
    schema = article_json_schema()
    assert schema["properties"]["schema_version"] == {"const": SCHEMA_VERSION}
    assert {"id", "text", "paragraphs", "steps"} <= set(schema["properties"])
