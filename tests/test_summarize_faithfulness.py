"""The faithfulness check flags invented names and numbers and passes faithful summaries."""

from __future__ import annotations

from nlptools.summarization.faithfulness import check, number_values

SOURCE_EN = (
    "The Northport harbour bridge will close for six months from June, the city council said on Monday. "
    "About 40,000 vehicles cross it every day. Mayor Lena Holm said the repairs cost 120 million kronor. "
    "The 58-year-old mayor called the closure painful but necessary."
)
SOURCE_SV = (
    "Skellefteå kommun bygger en vindkraftpark med 40 verk. Parken kostar 3,5 miljarder kronor och ska stå "
    "klar 2027, säger kommunalrådet Lars Berg. Tre av fyra ledamöter röstade för."
)


def test_faithful_english_summary_passes():
    fc = check("Mayor Lena Holm says Northport's bridge closes for six months; repairs cost 120 million kronor.", SOURCE_EN)
    assert not fc.flagged
    assert fc.unsupported_entities == [] and fc.unsupported_numbers == []
    assert fc.unsupported_rate == 0.0


def test_invented_number_is_flagged():
    fc = check("About 45,000 vehicles cross the Northport bridge every day.", SOURCE_EN)
    assert fc.flagged
    assert fc.unsupported_numbers == ["45,000"]
    assert fc.unsupported_entities == []


def test_invented_name_is_flagged():
    fc = check("Mayor Peter Sand said the Northport bridge will close.", SOURCE_EN)
    assert fc.flagged
    assert fc.unsupported_entities == ["Peter Sand"]
    assert 0 < fc.unsupported_rate < 1


def test_number_formats_and_words_are_normalised():
    assert not check("Roughly 40 000 vehicles a day; 120,000,000 kronor.", SOURCE_EN).flagged
    assert not check("The 58-year-old mayor spoke.", SOURCE_EN).flagged
    assert check("The 59-year-old mayor spoke.", SOURCE_EN).unsupported_numbers == ["59"]
    values = dict(number_values("3,5 miljarder och 1 200 kronor"))
    assert 3.5e9 in values["3,5"]
    assert 1200.0 in values["1 200"]


def test_swedish_summary_checks():
    assert not check("Kommunalrådet Lars Berg: parken i Skellefteå kostar 3,5 miljarder kronor.", SOURCE_SV).flagged
    fc = check("Kommunalrådet Lars Berg i Umeå säger att parken kostar 4,5 miljarder kronor.", SOURCE_SV)
    assert fc.flagged
    assert fc.unsupported_entities == ["Umeå"]
    assert fc.unsupported_numbers == ["4,5"]
    # genitive and number words
    assert not check("Skellefteås park har 40 verk; tre av fyra röstade för.", SOURCE_SV).flagged


def test_translated_summary_numbers_are_checked_against_the_original():
    english = "The park costs 3.5 billion kronor and will be ready in 2027, says Lars Berg."
    assert not check(english, english, number_source=SOURCE_SV).flagged
    mistranslated = "The park costs 5.3 billion kronor and will be ready in 2027, says Lars Berg."
    fc = check(mistranslated, mistranslated, number_source=SOURCE_SV)
    assert fc.unsupported_numbers == ["5.3"]


def test_uncased_summaries_use_the_sources_capitalisation():
    assert not check("mayor lena holm said the northport bridge will close.", SOURCE_EN).flagged
    fc = check("mayor anna berg said the bridge in oslo will close.", SOURCE_EN)
    assert fc.flagged and "anna berg" in fc.unsupported_entities


def test_flagged_summary_warning_is_one_line_for_every_renderer() -> None:
    """`analyze --format md` and `summarize --format md` flag unsupported names/numbers with the same line."""
    from nlptools.render import faithfulness_warning
    from nlptools.types import FaithfulnessCheck, Summary

    flagged = FaithfulnessCheck(True, ["Nordvik AB"], ["42"], 0.5, 0.1)
    summary = Summary("Nordvik AB sålde 42 bilar.", "extractive", "sv", [], faithfulness=flagged)
    assert faithfulness_warning(summary) == "> **Check:** not found in the source: Nordvik AB, 42"
    clean = Summary("En mening.", "extractive", "sv", [], faithfulness=FaithfulnessCheck(False, [], [], 0.0, 0.0))
    assert faithfulness_warning(clean) is None
