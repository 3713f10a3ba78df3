"""Speech-dash variants of real copy: no space after the dash, a dash glued to the sentence before,
a dash after a colon inside a line, a full stop where the comma before ``säger`` belongs."""

from __future__ import annotations

import pytest

from nlptools.quotes import extract_quotes

CASES = [
    ("Rubrik\n\n-Det här är en bra dag för oss, säger Kim Berglund, vd.", "Det här är en bra dag för oss"),
    ("Rubrik\n\nNorrfors växer i Västby.– Vi behöver fler händer, säger Kim Berglund.", "Vi behöver fler händer"),
    ("Rubrik\n\nKim Berglund svarar på kritiken: - Det är fel väg att gå, säger Kim Berglund.", "Det är fel väg att gå"),
    ("Rubrik\n\n– Vi röstar om saken i höst. säger Kim Berglund (M), ordförande.", "Vi röstar om saken i höst"),
]


@pytest.mark.parametrize(("text", "quote"), CASES)
def test_dash_variants(text: str, quote: str) -> None:
    [q] = extract_quotes(text)
    assert q.text.rstrip(".") == quote
    assert q.speaker == "Kim Berglund"


def test_a_minus_sign_or_suffix_is_no_dash_marker() -> None:
    from nlptools.quotes.marks import dash_marker_length

    assert dash_marker_length("-Det var bra") == 1
    assert dash_marker_length("-talets musik") == 0
    assert dash_marker_length("-5 grader i natt") == 0
    assert dash_marker_length("-AB") == 0


def test_a_bare_quoted_crosshead_speaks_for_the_quote_below() -> None:
    text = (
        "Norrfors bygger ut\n\nNorrfors öppnar en ny hall i Västby.\n\n”Toppen”\n\n"
        "Hallen blir klar till jul.\n\n– Det här betyder mycket för oss, säger Kim Berglund, vd."
    )
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker, q.cue) for q in quotes][0] == ("Toppen", "Kim Berglund", "headline")


@pytest.mark.parametrize(
    "text",
    [
        "Rubrik\n\n– Planen håller, tyckte Kim Berglund. Hon tyckte också att kommunen borde vänta.",
        "Rubrik\n\n– Vi vann, säger Kim Berglund till tidningen.\nLaget möter Norrfors i nästa omgång.",
        "Rubrik\n\n– Vi måste bygga nu, säger Kim Berglund, och lägger till:",
    ],
)
def test_narration_after_a_mid_attribution_is_not_a_second_span(text: str) -> None:
    assert len(extract_quotes(text)) == 1


def test_the_quote_going_on_after_a_mid_attribution_is_a_second_span() -> None:
    text = "Rubrik\n\n– Juli är vår bästa månad. Om ingen kommer, säger Kim Berglund, så får vi stänga tidigare."
    assert [q.cue for q in extract_quotes(text)] == ["dash-mid", "dash-mid"]


def test_pull_quote_followed_by_the_name_and_a_source_note() -> None:
    text = (
        "Året som gått\n\nMaj\n\n”Priset visar att långsiktigt arbete lönar sig i slutändan.” Kim Berglund i en intervju i maj\n\n"
        "Kim Berglund fick priset för sin forskning om skog."
    )
    [q] = extract_quotes(text)
    assert (q.speaker, q.cue) == ("Kim Berglund", "speaker-line")
