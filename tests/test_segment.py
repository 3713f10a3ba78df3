"""Sentence segmentation: Swedish abbreviations, layout, coverage."""

from __future__ import annotations

import pytest

from nlptools.segment import split_sentences


def sents(text: str, language: str = "sv") -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, language)]


@pytest.mark.parametrize(
    "text",
    [
        "Vi ses kl. 14.30 i aulan.",
        "Det gäller t.ex. cyklar och bilar.",
        "Vi bjuder in medlemmar, partner m.fl. till mötet.",
        "Projektet startade i jan. 2024 och pågår fortfarande.",
        "Det är alltså, dvs. enligt styrelsen, klart nu.",
        "Det kom ca. 30 personer till frukosten.",
        "Hon presenterade bl.a. en ny studie.",
    ],
)
def test_swedish_abbreviations_do_not_split(text: str) -> None:
    assert sents(text) == [text]


def test_normal_sentences_split() -> None:
    assert sents("Mötet är slut. Alla gick hem! Kommer du? Ja.") == ["Mötet är slut.", "Alla gick hem!", "Kommer du?", "Ja."]


def test_sentence_final_abbreviation_before_capital() -> None:
    assert sents("Vi åt kakor, bullar osv. Sedan kom Anna.") == ["Vi åt kakor, bullar osv.", "Sedan kom Anna."]


def test_closing_quote_stays_with_sentence() -> None:
    assert sents("”Det här är bra.” Det sa Anna.") == ["”Det här är bra.”", "Det sa Anna."]


def test_line_breaks() -> None:
    # a speaker line on the next line is its own sentence; a hard-wrapped line continues
    assert sents("Det är bra, säger hon.\nEva Ek, Klustret") == ["Det är bra, säger hon.", "Eva Ek, Klustret"]
    assert sents("Detta är en hårt\nbruten mening.") == ["Detta är en hårt\nbruten mening."]


def test_english() -> None:
    assert sents("Mr. Smith arrived at 9 a.m. on Monday. He left early.", "en")[-1] == "He left early."


def test_coverage_of_every_character() -> None:
    text = "  Första.  Andra meningen utan slut\n\nTredje!!  "
    covered = set()
    for s, e in split_sentences(text):
        covered.update(range(s, e))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
