"""Event facts: dates, datelines, places, organisers, head counts, the fact box, `nlptools facts`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlptools.cli.app import app
from nlptools.events.counts import find_counts
from nlptools.events.dateline import parse_dateline
from nlptools.events.dates import find_dates
from nlptools.events.extract import extract_event
from nlptools.events.kinds import english_kind
from nlptools.events.places import find_places
from nlptools.events.render import english_date, render_fact_box
from nlptools.intake import read_file, read_text
from nlptools.types import Article, EventFacts, ParagraphKind, article_json_schema

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "klustermote-rapport.md"


def _values(text: str, **kw) -> list[str | None]:
    return [d.value for d in find_dates(text, **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mötet hölls 28–29 april 2025 i Borås.", ["2025-04-28/2025-04-29"]),
        ("Det sker den 3 maj 2026.", ["2026-05-03"]),
        ("Invigningen är onsdagen den 19 maj.", ["--05-19"]),
        ("The fair opens on March 30.", ["--03-30"]),
        ("Posted May 19, 2020 by the editor", ["2020-05-19"]),
        ("Stämman hölls 30 april–2 maj.", ["--04-30/--05-02"]),
        ("Sedan jan. 2024 har antalet ökat.", []),  # a month alone is no date
        ("We may 5 times be wrong.", []),  # "may" the verb
        ("Beslutet 2016-03-18 kl 10.00", ["2016-03-18"]),
    ],
)
def test_date_expressions_become_iso(text: str, expected: list[str | None]) -> None:
    assert _values(text) == expected


def test_relative_days_only_resolve_against_an_anchor() -> None:
    anchor = dt.date(2026, 3, 14)  # a Saturday
    assert _values("De samlades på tisdagen i Växjö.") == [None]
    assert _values("De samlades på tisdagen i Växjö.", anchor=anchor) == ["2026-03-10"]
    assert _values("Vi ses på torsdag.", anchor=anchor) == ["2026-03-19"]
    assert _values("Det hände i går.", anchor=anchor) == ["2026-03-13"]
    assert _values("Invigningen sker imorgon lördag.", anchor=anchor) == ["2026-03-15"]
    assert _values("Den 2 april öppnar mässan.", year=2026) == ["2026-04-02"]


@pytest.mark.parametrize(
    ("line", "date", "places"),
    [
        ("12–13 maj, 2026 – Umeå & Luleå", "2026-05-12/2026-05-13", ["Umeå", "Luleå"]),
        ("Publicerad 3 maj 2026", "2026-05-03", []),
        ("Växjö, 14 mars 2026", "2026-03-14", ["Växjö"]),
        ("PARIS, March 30 (Reuters)", "--03-30", ["PARIS"]),
        ("Pressmeddelande 2016-03-18", "2016-03-18", []),
    ],
)
def test_dateline_lines(line: str, date: str, places: list[str]) -> None:
    found = parse_dateline(line)
    assert found is not None and found.date == date and found.places == places


def test_a_sentence_with_a_date_is_not_a_dateline() -> None:
    assert parse_dateline("Nästa möte hålls i Kalmar den 10 oktober.") is None


def test_example_dateline_below_the_headline() -> None:
    article = read_file(EXAMPLE)
    assert article.title and article.title.startswith("Klustermöte i Växjö")
    assert article.paragraphs[1].kind == ParagraphKind.DATELINE
    assert article.metadata["dateline"] == {"text": "Växjö, 14 mars 2026", "date": "2026-03-14", "places": ["Växjö"], "position": "below"}


DATELINE_ABOVE = """12–13 maj, 2026 – Umeå & Luleå

Klusterdagar i norr samlade fler än väntat

Drygt 120 deltagare samlades i Umeå när nätverket Norrkraft höll sina klusterdagar.

Dagen därpå fortsatte programmet i Luleå med studiebesök.
"""


def test_dateline_above_the_headline_keeps_the_headline_as_title() -> None:
    article = read_text(DATELINE_ABOVE)
    kinds = [p.kind for p in article.paragraphs]
    assert kinds[:3] == [ParagraphKind.DATELINE, ParagraphKind.TITLE, ParagraphKind.BODY]
    assert article.title == "Klusterdagar i norr samlade fler än väntat"
    assert article.metadata["dateline"]["date"] == "2026-05-12/2026-05-13"
    event = extract_event(article)
    assert event.is_event_report and event.date == "2026-05-12/2026-05-13"
    assert event.places[:2] == ["Umeå", "Luleå"] and event.participants == 120
    assert event.organisers == ["Norrkraft"]


def test_wire_dateline_is_split_off_the_first_paragraph() -> None:
    article = read_text("Carmaker plans new plant\n\nOSLO, March 30 (Reuters) - A carmaker will build a plant. It opens soon.\n")
    dl, body = article.paragraphs[1], article.paragraphs[2]
    assert dl.kind == ParagraphKind.DATELINE and dl.text == "OSLO, March 30 (Reuters) -"
    assert body.kind == ParagraphKind.BODY and body.text.startswith("A carmaker")
    assert article.text[body.start : body.end] == body.text
    assert [p.index for p in article.paragraphs] == list(range(len(article.paragraphs)))


def test_published_line_below_the_headline() -> None:
    article = read_text("Frukostmöte om export\n\nPublicerad 3 maj 2026\n\nEtt 40-tal företagare kom i går till frukostmötet på Hotell Norrsken i Gävle.\n")
    assert article.title == "Frukostmöte om export"
    event = extract_event(article)
    assert event.date == "2026-05-02"  # "i går" against the publication line
    assert event.participants == 40
    assert "Hotell Norrsken" in event.places and "Gävle" in event.places


def test_example_event_facts() -> None:
    event = extract_event(read_file(EXAMPLE))
    assert event.is_event_report and event.kind == "cluster meeting"
    assert event.date == "2026-03-10"  # "på tisdagen" before the dateline's Saturday 14 March
    assert event.places == ["Växjö"]  # not Kalmar: that is the next meeting
    assert event.organisers == ["Småländsk Energi"]
    assert event.participants == 60


def test_not_an_event_report() -> None:
    article = read_text("Vinsten ökade\n\nBolaget redovisar en vinst på 40 miljoner kronor för kvartalet.\n\nOmsättningen steg.")
    assert extract_event(article).is_event_report is False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ett 40-tal deltagare kom", 40),
        ("drygt hundra besökare", 100),
        ("omkring 20 representanter för kommunerna", 20),
        ("närmare 5 500 besökare", 5500),
        ("around 80 people attended", 80),
        ("Över sextio företagare samlades", 60),
    ],
)
def test_participant_counts(text: str, value: int) -> None:
    assert [c.value for c in find_counts(text)] == [value]


def test_counts_of_other_things_are_not_participants() -> None:
    assert find_counts("Antalet ökade med 40 procent på tre år.") == []


def test_places_and_venues() -> None:
    assert find_places("Mötet hölls på Strandhotellet i Karlstad.") == ["Strandhotellet", "Karlstad"]
    assert find_places("Han talade i allmänhet om i morgon.") == []
    assert find_places("Panelen ”Från Kiruna till Malmö” hölls i Uppsala.") == ["Uppsala"]  # a quoted title


def test_organisers_from_phrases() -> None:
    a = read_text("Seminarium om vätgas\n\nSeminariet arrangerades av Energikontoret Syd och Region Kronoberg i Växjö den 4 juni 2025.")
    assert extract_event(a).organisers == ["Energikontoret Syd", "Region Kronoberg"]
    b = read_text("Frukost för företagare\n\nBorås Näringsliv bjöd in till frukost på Stadshotellet den 2 maj.")
    assert extract_event(b).organisers == ["Borås Näringsliv"]


def test_places_labels_compounds_and_inaugurations() -> None:
    from nlptools.events.places import labelled_places

    assert labelled_places("Plats: Norrhallen och Kvarnteatern, Karlstad.") == ["Norrhallen", "Kvarnteatern", "Karlstad"]
    assert labelled_places("Platsen var Solbacka Village i Karlstad och många kom.") == ["Solbacka Village", "Karlstad"]
    assert find_places("Salen i Norrhallen på Karlstads universitet var full.") == ["Norrhallen på Karlstads universitet"]
    assert find_places("Mötet hölls på Ekudden kursgård.") == ["Ekudden kursgård"]
    assert find_places("Firman har öppnat en fabrik at Bergvik in Karlstad.") == ["Bergvik", "Karlstad"]
    assert find_places("Den nya skolan invigdes i Björkliden.") == ["Björkliden"]  # not in the gazetteer
    assert find_places("I dag invigdes nya Lindskolan.") == ["Lindskolan"]
    assert find_places("Hon forskar vid universitetet i Karlstad.") == []  # an affiliation, not a venue
    visit = "A delegation visited the Institute of Forest Studies (IFS) in Karlstad, Sweden."
    assert find_places(visit)[:2] == ["Institute of Forest Studies (IFS)", "Karlstad"]


def test_organisers_from_appositions_lists_and_openings() -> None:
    a = read_text("Årskonferens i Karlstad\n\nMötet är namnet på NVFs – Nätverket för Vätgas – årskonferens, som hölls i Karlstad.")
    assert extract_event(a).organisers == ["NVF"]
    b = read_text("Frukost i Karlstad\n\nSolvik Utveckling AB:s och kommunledningens företagsfrukostar lockar många. I går kom 40 personer.")
    assert extract_event(b).organisers == ["Solvik Utveckling AB", "kommunledningen"]
    c = read_text("Konferens i Karlstad\n\nKonferensen hölls i Karlstad och anordnas av riksorganisationen Alla Byar ska blomstra.")
    assert extract_event(c).organisers == ["Alla Byar ska blomstra"]
    d = read_text("Official opening of a new plant\n\nBergmek has officially opened its new plant in Karlstad on 3 May 2025.")
    assert extract_event(d).organisers == ["Bergmek"]
    e = read_text(
        "Konferens om skog\n\n300 forskare möttes på konferensen i Karlstad.\n\n"
        "– Det gick bra, säger Eva Lind som arrangerat konferensen med en kollega, båda forskare vid Skogshögskolan."
    )
    assert extract_event(e).organisers == ["Skogshögskolan"]


def test_kind_lexicon_and_english_fact_box() -> None:
    assert english_kind("frukostträffen") == "breakfast meeting"
    assert english_kind("invigningen") == "inauguration"
    assert english_date("2026-05-12/2026-05-13") == "12–13 May 2026"
    assert english_date("--03-30") == "30 March"
    box = render_fact_box(extract_event(read_file(EXAMPLE)))
    assert "- **When:** 10 March 2026" in box and "- **Where:** Växjö" in box
    assert any(line.startswith("- **What:** cluster meeting") for line in box)
    assert render_fact_box(EventFacts(is_event_report=False)) == []


def test_event_field_round_trips_and_is_in_the_schema() -> None:
    article = read_file(EXAMPLE)
    article.event = extract_event(article)
    back = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert back.event == article.event
    schema = article_json_schema()
    assert "event" in schema["properties"] and "EventFacts" in json.dumps(schema)


def test_facts_command() -> None:
    result = CliRunner().invoke(app, ["facts", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["event"]["date"] == "2026-03-10" and record["metadata"]["dateline"]["date"] == "2026-03-14"
    assert record["lede"].startswith("Över sextio")
    md = CliRunner().invoke(app, ["facts", str(EXAMPLE), "--format", "md"])
    assert "**Event facts**" in md.output and "**Lede:**" in md.output


def test_event_step_in_the_pipeline() -> None:
    from nlptools.events.step import EventStep
    from nlptools.pipeline import Pipeline

    [article] = Pipeline([EventStep()]).run([read_file(EXAMPLE)])
    assert article.step("event").status == "ok" and article.event is not None and article.event.is_event_report


@pytest.mark.timeout(120)
def test_bounded_on_hostile_input() -> None:
    """A 300 KB one-sentence text full of dates, counts and places: facts and lede in bounded time."""
    from nlptools.summarization.lede import lede_for

    blob = "ett 40-tal deltagare i Umeå den 3 maj på tisdagen ”citat " * 5000
    article = read_text("Konferens\n\n" + blob)
    event = extract_event(article)
    assert event.is_event_report
    lede_for(article)
    assert len(find_dates(blob)) == 10000  # every "den 3 maj" and "på tisdagen", found in linear time


def test_analyze_markdown_shows_fact_box_and_lede() -> None:
    """The communicator's report (`analyze --format md`) puts the fact box and the lede above the summary."""
    result = CliRunner().invoke(app, ["analyze", str(EXAMPLE), "--format", "md", "--steps", "language,quotes,event,summary"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "**Event facts**" in out and "- **When:**" in out
    lede = out.index("**Lede:**")
    assert out.index("**Event facts**") < lede < out.index("## Summary")
