"""Ledes and report summaries: never the headline, never a loose quote, no "vi" voice, anchored time."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from nlptools.cli.app import app
from nlptools.events.extract import extract_event
from nlptools.intake import read_file, read_text
from nlptools.summarization.api import REPORT_WORDS, summarize
from nlptools.summarization.lede import LEDE_MAX_WORDS, lede_for
from nlptools.summarization.report import own_voice, quote_like, resolve_time
from nlptools.types import LanguageResult

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "klustermote-rapport.md"

REPORT = """3–4 juni, 2026 – Gävle

Vätgasdagar samlade regionens företag

Ett 70-tal företagare och forskare träffades i Gävle när nätverket Vätgas Mitt höll sina vätgasdagar på Högskolan i Gävle.

– Vi behöver fler tankstationer längs kusten. Utan dem händer ingenting, säger Eva Lund, projektledare.

”Det här är början på något stort”, sa en av deltagarna.

Vi är mycket nöjda med dagarna och vår satsning fortsätter.

Under andra dagen presenterade Region Gävleborg en plan för tre nya tankstationer till år 2028.

Studenterna visade också prototyper av bränslecellsdrivna arbetsfordon.

Nästa träff hålls på torsdag i Sundsvall.
"""


def _article(text: str = REPORT):
    article = read_text(text)
    article.language = LanguageResult("sv", 1.0, method="given")
    article.event = extract_event(article)
    return article


def test_lede_is_the_first_body_sentence_not_the_headline_or_dateline() -> None:
    article = _article()
    lede = lede_for(article)
    assert lede is not None and lede.startswith("Ett 70-tal företagare")
    assert "Vätgasdagar samlade" not in lede and "3–4 juni" not in lede
    assert len(lede.split()) <= LEDE_MAX_WORDS


def test_lede_resolves_relative_days_against_the_dateline() -> None:
    lede = lede_for(read_file(EXAMPLE))
    assert lede is not None and "den 10 mars" in lede and "tisdagen" not in lede


def test_lede_is_never_a_quote() -> None:
    text = "Rubrik om mötet\n\n– Vi är glada att så många kom, säger ordföranden.\n\nÖver 40 medlemmar deltog i årsmötet i Mora."
    assert lede_for(_article(text)) == "Över 40 medlemmar deltog i årsmötet i Mora."


def test_report_summary_has_no_quote_no_vi_voice_and_no_loose_time() -> None:
    article = _article()
    s = summarize(article, sentences=3)
    assert s.lede is not None and s.lede.startswith("Ett 70-tal")
    text = s.text
    assert "tankstationer längs kusten" not in text  # dash quote
    assert "början på något stort" not in text  # quote-marked sentence
    assert "Vi är mycket nöjda" not in text  # the sender's "vi" voice
    assert "på torsdag" not in text  # a relative day is resolved against the dateline or dropped
    assert "Vätgasdagar samlade" not in text  # headline never glued on
    assert len(text.split()) <= REPORT_WORDS
    assert text.startswith("Ett 70-tal företagare")


def test_relative_days_resolved_or_dropped() -> None:
    import datetime as dt

    anchor = dt.date(2026, 3, 14)
    assert resolve_time("Mötet hölls på tisdagen i Växjö.", anchor, "sv") == "Mötet hölls den 10 mars i Växjö."
    assert resolve_time("I går invigdes hallen.", anchor, "sv") == "Den 13 mars invigdes hallen."
    assert resolve_time("Mötet hölls på tisdagen i Växjö.", None, "sv") == "Mötet hölls i Växjö."
    assert resolve_time("I går invigdes hallen.", None, "sv") is None  # cannot drop the opening words
    assert resolve_time("The hall opened yesterday.", anchor, "en") == "The hall opened on 13 March."


def test_quote_and_voice_detectors() -> None:
    assert quote_like("”Det är ett viktigt steg”, säger hon.")
    assert not quote_like("Hon sa att det var ett viktigt steg.")
    assert own_voice("Vi bjuder in till frukost.", "sv")
    assert not own_voice("Arbetet börjar i vår.", "sv")  # "vår" the season
    assert not own_voice("”Vi är glada”, sa hon.", "sv")  # inside a quote: attributed speech


def test_summarize_lede_command_returns_the_lede_not_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "rapport.md"
    path.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(path), "--lede", "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["summary"]["text"].startswith("Ett 70-tal företagare")
    assert record["summary"]["lede"] == record["summary"]["text"]


def test_translated_article_gets_an_english_lede_cut_to_the_limit() -> None:
    from nlptools.types import AlignedSentence, Translation

    first = (
        "Ett 70-tal företagare och forskare från hela länet träffades i Gävle när nätverket Vätgas Mitt höll sina "
        "årliga vätgasdagar på högskolan, där man diskuterade tankstationer, bränsleceller, nya arbetsfordon och "
        "hur regionens hamnar ska kunna ställa om till vätgas före år 2030."
    )
    english = (
        "Some 70 business owners and researchers from across the county met in Gävle when the network Vätgas Mitt "
        "held its annual hydrogen days at the university college, where they discussed filling stations, fuel "
        "cells, new work vehicles and how the region's ports can switch to hydrogen before 2030."
    )
    article = _article(f"Vätgasdagar i Gävle\n\n{first}\n")
    start = article.text.index(first)
    unit = AlignedSentence(1, start, start + len(first), first, english, 0, len(english))
    article.translation = Translation("sv", "en", "hand-made", "test", english, sentences=[unit])
    lede = lede_for(article)
    assert lede is not None and lede.startswith("Some 70 business owners") and "företagare" not in lede
    assert len(lede.split()) <= LEDE_MAX_WORDS and lede.endswith(".")


def test_report_rules_only_after_the_event_step() -> None:
    """Plain news through ``summarize(text)`` (no event step) keeps quotes and "today" as written."""
    text = (
        "The town council approved a new library on Monday after a long debate.\n\n"
        "Today’s vote ends two years of planning for the building near the harbour.\n\n"
        '"We have waited a long time for this library," the council leader said after the vote.\n\n'
        "Construction of the library is expected to start next spring and take two years."
    )
    article = read_text(text)
    article.language = LanguageResult("en", 1.0, method="given")
    plain = summarize(article, sentences=3)
    assert "Today’s vote" in plain.text  # not cut to "’s vote"
    assert len(plain.sentences) == 3
    article.event = extract_event(article)
    report = summarize(article, sentences=3)
    assert "Today’s vote" not in report.text and "We have waited" not in report.text
