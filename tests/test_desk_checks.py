"""Each offline check of the desk, on sentence pairs written for these tests."""

from __future__ import annotations

import pytest

from nlptools.desk.checks import check_document, check_pair
from nlptools.desk.checks.negation import check_negation
from nlptools.desk.checks.numbers import check_numbers, tokens
from nlptools.desk.checks.omission import check_length, check_sentence_count
from nlptools.desk.checks.quotes import check_quote, check_quote_count
from nlptools.desk.checks.repetition import check_repetition
from nlptools.desk.checks.terms import check_consistency, check_terms
from nlptools.desk.checks.untranslated import check_untranslated
from nlptools.desk.checks.verbatim import check_verbatim
from nlptools.desk.titles import desk_glossary


def names(flags: list) -> set[str]:
    return {f.check for f in flags}


# --- numbers, dates, times, currency, percentages -------------------------------------------
@pytest.mark.parametrize(
    ("sv", "en"),
    [
        ("Mötet börjar kl. 13.00 i Lund.", "The meeting starts at 13:00 in Lund."),
        ("Mötet börjar kl. 13.00 i Lund.", "The meeting starts at 1 pm in Lund."),
        ("Exporten ökade med 7,5 procent.", "Exports rose by 7.5 per cent."),
        ("Budgeten är 1 200 000 kronor.", "The budget is SEK 1,200,000."),
        ("Projektet kostar 3 mnkr.", "The project costs SEK 3 million."),
        ("Vi ses den 4 april 2025.", "See you on 4 April 2025."),
        ("Stationen laddar tolv lastbilar.", "The station charges 12 trucks."),
        ("Biljetten kostar 30 euro.", "The ticket costs €30."),
    ],
)
def test_numbers_normalised_forms_agree(sv: str, en: str) -> None:
    assert check_numbers(sv, en) == []


@pytest.mark.parametrize(
    ("sv", "en", "expect"),
    [
        ("Konserten börjar kl. 19.30.", "The concert starts at 7:30.", "time 19:30"),
        ("Biljetten kostar 30 euro.", "The ticket costs $30.", "currency EUR"),
        ("Exporten ökade med 7,5 procent.", "Exports rose by 75 per cent.", "7.5"),
        ("Mötet hölls den 12 mars.", "The meeting was held on 12 May.", "month 3"),
        ("Vi har 140 deltagare.", "We have 410 participants.", "140"),
    ],
)
def test_numbers_changed_are_flagged(sv: str, en: str, expect: str) -> None:
    flags = check_numbers(sv, en)
    assert flags and expect in flags[0].reason


def test_number_tokens_swedish_forms() -> None:
    t = tokens("kl. 9.30, 1 200 000 kr, 7,5 procent, 3 mnkr, jan. 2024", "sv")
    assert t["time 09:30"] == 1 and t["1200000"] == 1 and t["7.5"] == 1 and t["%"] == 1
    assert t["million"] == 1 and t["currency SEK"] == 2 and t["month 1"] == 1 and t["2024"] == 1


# --- verbatim --------------------------------------------------------------------------------
def test_verbatim_url_email_phone_name() -> None:
    sv = "Kontakta Karin Sjöberg på karin@example.org, tel. 040-123 45 67, eller läs https://example.org/mer."
    good = "Contact Karin Sjöberg at karin@example.org, tel. 040-123 45 67, or read https://example.org/mer."
    assert check_verbatim(sv, good) == []
    bad = "Contact Karin Seaberg at karin@example.com, tel. 040-123 45 76, or read https://example.org/more."
    reasons = " ".join(f.reason for f in check_verbatim(sv, bad))
    for item in ("URL", "e-mail", "phone number", "Karin Sjöberg"):
        assert item in reasons


def test_translated_name_is_flagged() -> None:
    flags = check_verbatim("Enligt Roger Stone är det klart.", "According to Roger Piedra it is done.")
    assert flags and "Roger Stone" in flags[0].reason


# --- untranslated ----------------------------------------------------------------------------
def test_source_returned_unchanged_is_flagged() -> None:
    sv = "Det är inte klart när arbetet med den nya bron ska vara färdigt."
    assert names(check_untranslated(sv, sv)) == {"untranslated"}
    assert names(check_untranslated(sv, "Det är inte klart när arbetet with the new bridge")) == {"untranslated"}
    assert check_untranslated(sv, "It is not clear when work on the new bridge will be finished.") == []


def test_short_names_may_stay() -> None:
    assert check_untranslated("Karin Sjöberg", "Karin Sjöberg") == []


# --- omission ---------------------------------------------------------------------------------
def test_dropped_sentence_in_paragraph() -> None:
    sv = "Mötet var välbesökt. Alla deltog i diskussionen. Nästa möte är i maj."
    assert check_sentence_count(sv, "The meeting was well attended. Everyone joined the discussion. The next meeting is in May.") == []
    assert names(check_sentence_count(sv, "The meeting was well attended. The next meeting is in May.")) == {"omission"}


def test_length_ratio_band() -> None:
    sv = "Regionen satsar på nya cykelvägar mellan de största orterna under nästa år."
    assert check_length(sv, "Next year the region is investing in new cycle paths between the largest towns.") == []
    assert names(check_length(sv, "The region invests.")) == {"omission"}
    assert check_length("Tack.", "Thanks.") == []  # too short to judge


# --- repetition -------------------------------------------------------------------------------
def test_repetition_loop_and_doubled_sentence() -> None:
    sv = "Vi bygger en ny skola i centrum."
    assert names(check_repetition(sv, "We are building a new school school school school in the centre.")) == {"repetition"}
    assert names(check_repetition(sv + " " + sv, "We build a new school here. We build a new school here.")) == set()
    assert names(check_repetition(sv, "We build a new school here. We build a new school here.")) == {"repetition"}
    assert check_repetition(sv, "We are building a new school in the centre.") == []


# --- negation ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sv", "en", "flagged"),
    [
        ("Vi är inte nöjda.", "We are not satisfied.", False),
        ("Vi är inte nöjda.", "We are satisfied.", True),
        ("Vi är nöjda.", "We are not satisfied.", True),
        ("Ingen kom till mötet.", "Nobody came to the meeting.", False),
        ("Hon har aldrig varit där.", "She hasn't ever been there.", False),
    ],
)
def test_negation_polarity(sv: str, en: str, flagged: bool) -> None:
    assert bool(check_negation(sv, en)) is flagged


# --- glossary and consistency -----------------------------------------------------------------
def test_glossary_compliance_and_user_override(tmp_path) -> None:  # noqa: ANN001
    g = desk_glossary()
    assert names(check_terms("Det säger Per Ek, vd.", "So says Per Ek, managing director.", g)) == {"glossary"}
    assert check_terms("Det säger Per Ek, vd.", "So says Per Ek, CEO.", g) == []
    mine = tmp_path / "mine.tsv"
    mine.write_text("vd\tmanaging director\n", encoding="utf-8")
    g2 = desk_glossary(mine)
    assert check_terms("Det säger Per Ek, vd.", "So says Per Ek, managing director.", g2) == []
    assert g2.render("vd") == "managing director" and g.render("vd") == "CEO"


def test_one_rendering_per_term() -> None:
    g = desk_glossary()
    texts = ["Per Ek, CEO of the firm, spoke.", "The managing director then left.", "Nothing else."]
    hits = check_consistency(texts, g)
    assert [i for i, _ in hits] == [1] and hits[0][1].check == "consistency"
    assert check_consistency(["Per Ek, CEO.", "The CEO left."], g) == []


def test_shipped_titles_cite_sources() -> None:
    from nlptools.translation.titles import shipped_titles

    titles = shipped_titles()
    assert {"vd", "rektor", "prefekt", "kommunalråd", "kommunstyrelsens ordförande", "verksamhetsledare"} <= {t.term for t in titles}
    assert all(len(t.source) > 20 for t in titles)


# --- quotes -----------------------------------------------------------------------------------
def test_quote_content_and_count() -> None:
    assert check_quote("Vi har inte råd med 40 nya bussar.", "We cannot afford 40 new buses.") == []
    assert names(check_quote("Vi har inte råd med 40 nya bussar.", "We can afford 14 new buses.")) == {"quote numbers", "quote negation"}
    assert names(check_quote("Vi är nöjda.", None)) == {"quote"}
    assert check_quote_count(3, 3) == [] and names(check_quote_count(3, 2)) == {"quote"}


# --- the combination --------------------------------------------------------------------------
def test_check_pair_clean_and_faulty() -> None:
    sv = "Mötet i Lund samlade 140 deltagare från hela regionen."
    assert check_pair(sv, "The meeting in Lund gathered 140 participants from the whole region.") == []
    assert names(check_pair(sv, sv)) == {"untranslated"}
    assert names(check_pair(sv, "")) == {"omission"}
    assert "numbers" in names(check_pair(sv, "The meeting in Lund gathered 104 participants from the whole region."))


def test_check_document_adds_consistency() -> None:
    g = desk_glossary()
    flags = check_document([("Per Ek är vd.", "Per Ek is CEO."), ("Vår vd talade.", "Our managing director spoke.")], g)
    assert "consistency" in names(flags[1]) and "glossary" in names(flags[1]) and flags[0] == []
