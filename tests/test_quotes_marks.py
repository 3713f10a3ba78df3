"""Quote marks, speech dashes and the units quote extraction works on."""

from __future__ import annotations

import pytest

from nlptools.quotes.marks import dash_marker_length, find_mark_spans
from nlptools.quotes.structure import split_units


@pytest.mark.parametrize("line", ["– Det är bra.", "— Det är bra.", "‒ Det är bra.", "- Det är bra."])
def test_every_speech_dash_is_a_marker(line: str) -> None:
    assert dash_marker_length(line) == 2
    assert line[dash_marker_length(line) :] == "Det är bra."


def test_hyphen_glued_to_a_capitalised_word_is_a_marker() -> None:
    assert dash_marker_length("-Det är bra.") == 1  # real copy writes "-Det" for "- Det"


@pytest.mark.parametrize("line", ["-det är bra.", "-- rule", "Det är bra – eller?", "– – –"])
def test_not_a_speech_dash(line: str) -> None:
    assert dash_marker_length(line) == 0


def _inner(text: str) -> list[str]:
    return [text[s.inner_start : s.inner_end(len(text))] for s in find_mark_spans(text)]


def test_swedish_same_mark_opens_and_closes() -> None:
    assert _inner("”Det är bra”, säger hon och ”vi ses”.") == ["Det är bra", "vi ses"]


def test_mixed_and_english_marks() -> None:
    assert _inner('“It works,“ she said. "Yes," he said.') == ["It works,", "Yes,"]
    assert _inner('programmet "Innovation för tillväxt” i fjol') == ["Innovation för tillväxt"]


def test_guillemets_and_single_marks_but_not_apostrophes() -> None:
    assert _inner("»Vi är klara«, sa hon.") == ["Vi är klara"]
    assert _inner("WIN’s team said ’we are ready’ today.") == ["we are ready"]


def test_unclosed_quote_runs_to_the_end() -> None:
    spans = find_mark_spans("“First paragraph of a long quote.")
    assert len(spans) == 1 and spans[0].close == -1


def test_units_split_dash_quotes_and_keep_hard_wrapped_leads() -> None:
    text = (
        "Rubrik\n\nVi åker till \nSkottland med \nförfattaren Eva Ek.\n\n"
        "Hon var i New York. – Det var svårt, säger hon.\n– Men roligt, säger hon.\n"
        "– Vi ses snart.\nCarmen Ruiz, OpenLab"
    )
    units = split_units(text)
    assert units[0].is_title and units[0].text == "Rubrik"
    assert units[1].text.startswith("Vi åker till") and units[1].text.endswith("Eva Ek.")
    dash = [u for u in units if u.is_dash]
    assert [u.text for u in dash] == ["Det var svårt, säger hon.", "Men roligt, säger hon.", "Vi ses snart."]
    assert units[-1].text == "Carmen Ruiz, OpenLab" and not units[-1].is_dash
    for u in units:  # offsets index the text
        assert text[u.start : u.end] == u.text
