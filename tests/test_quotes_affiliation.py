"""Affiliation stage: organisation validity and the article's main organisation (texts written for these tests)."""

from __future__ import annotations

from nlptools.quotes import extract_quotes
from nlptools.quotes.affiliation import affiliate, main_organisation, organisation_mentions, valid_organisation
from nlptools.types import Quote

PLACES = {"västby", "norrfors"}


def test_people_places_and_fragments_are_not_organisations() -> None:
    assert not valid_organisation("Kim Berglund och Alex Norén", PLACES)
    assert not valid_organisation("Västby", PLACES)
    assert not valid_organisation("företaget", PLACES)
    assert not valid_organisation("Ekbolaget. Foto: Ekbolaget", PLACES)
    assert not valid_organisation("Sam Ohlin", PLACES, frozenset({"sam ohlin", "sam", "ohlin"}))
    assert valid_organisation("Ekliden Science Park", PLACES)
    assert valid_organisation("Nordhav A/S", PLACES)


def test_main_organisation_from_title_and_lead() -> None:
    text = (
        "Ekbolaget bygger ny fabrik\n\nEkbolaget AB investerar 200 miljoner i en ny fabrik i Västby, meddelar "
        "bolaget.\n\nFabriken ska stå klar 2027. Ekbolaget har i dag 300 anställda.\n\n– Vi växer, säger Kim Berglund."
    )
    assert main_organisation(text, "Ekbolaget bygger ny fabrik", PLACES) in {"Ekbolaget", "Ekbolaget AB"}
    [q] = extract_quotes(text)
    assert q.speaker == "Kim Berglund" and q.organisation in {"Ekbolaget", "Ekbolaget AB"}


def test_no_main_organisation_without_salience() -> None:
    text = "Vårdag i parken\n\nMånga kom till parken i lördags.\n\n– Det var fint, säger Alex Norén."
    [q] = extract_quotes(text)
    assert q.organisation is None


def test_outside_voices_keep_no_organisation_and_place_suffix_is_cut() -> None:
    quotes = [
        Quote("Bra", 0, 3, "Sam Ohlin", None, "analyst", "dash-after", 0.9),
        Quote("Ja", 5, 7, "Kim Berglund", "Norrfors i Västby", "vd", "dash-after", 0.9),
    ]
    text = "Norrfors Group växer\n\nNorrfors Group köper en konkurrent. Norrfors Group blir större.\n\n– Bra\n\n– Ja"
    affiliate(text, "Norrfors Group växer", quotes)
    assert quotes[0].organisation is None
    assert quotes[1].organisation == "Norrfors"


def test_plausible_person_names() -> None:
    from nlptools.quotes.mentions import plausible_person

    assert plausible_person("Kim H. Berglund")
    assert plausible_person("Mika af Ekhöjd")
    assert plausible_person("Anna Lund")  # a place as surname
    assert not plausible_person("Lund")  # a place alone
    assert not plausible_person("Västerbyske")  # a demonym
    assert not plausible_person("Norrfors Universitet")
    assert not plausible_person("talangen efter period två")


def test_roles_lose_dangling_function_words() -> None:
    from nlptools.quotes.affiliation import clean_role

    assert clean_role("musiklärare och") == "musiklärare"
    assert clean_role("director for") == "director"
    assert clean_role("med") is None


def test_roles_in_base_form_without_their_organisation() -> None:
    from nlptools.quotes.affiliation import clean_role

    assert clean_role("projektledaren") == "projektledare"
    assert clean_role("vd:n") == "vd"
    assert clean_role("vd för Norrfors") == "vd"
    assert clean_role("also the chair of the Norrfors Society") == "chair"
    assert clean_role("project manager at Norrfors AB") == "project manager"
    assert clean_role("Head of R&D") == "Head of R&D"
    assert clean_role("vice ordförande i Västby nämnd") == "vice ordförande i Västby nämnd"  # a membership stays


def test_short_mentions_count_for_the_full_name_and_cut_names_are_completed() -> None:
    from nlptools.quotes.affiliation import _completed, organisation_mentions

    text = (
        "Ny testbädd i Ekliden\n\nEkliden Science Park öppnar en testbädd. Ekliden Science Parks vd är nöjd.\n\n"
        "Ekliden har väntat länge. Västbys kommun betalar."
    )
    assert organisation_mentions(text, "Ny testbädd i Ekliden", set())[0].name == "Ekliden Science Park"
    assert _completed("Västbys", text) == "Västbys kommun"
    assert _completed("Kommunstyrelsen", "Kommunstyrelsens ordförande") == "Kommunstyrelsen"  # no genitive back


def test_the_only_organisation_named_once_is_the_main_one_and_sentence_start_nouns_are_not() -> None:
    text = (
        "Ny forskning om sömn\n\nForskare vid Västby universitet har studerat sömn hos tonåringar.\n\n"
        "Moderbolaget står för mätningarna.\n\n– Vi blev förvånade, säger Kim Berglund, professor."
    )
    assert "Moderbolaget" not in {m.name for m in organisation_mentions(text, "Ny forskning om sömn", PLACES)}
    [q] = extract_quotes(text)
    assert q.organisation == "Västby universitet"  # but the only one, so it stands out


def test_a_pronoun_does_not_resolve_to_a_lone_unknown_word() -> None:
    text = (
        "Samarbete i norr\n\nKim Berglund, vd, leder kontoren i Västerlid, Norrhamn och Österby.\n\n"
        "Kontoren i Norrhamn, som samarbetar med Västerlid, ska växa.\n\n– Vi är redo, säger hen."
    )
    [q] = extract_quotes(text)
    assert q.speaker == "Kim Berglund"


def test_title_name_takes_the_longer_form_the_lead_writes() -> None:
    text = (
        "Norrfors expands north\n\nNorrfors Marine will open a yard in the north, the company said. "
        "Norrfors already builds ferries.\n\nNorrfors hires fifty people.\n\n"
        '"We are ready," said Kim Berglund.'
    )
    [q] = extract_quotes(text)
    assert q.organisation == "Norrfors Marine"


def test_junk_check_of_the_benchmark() -> None:
    """The benchmark's junk count flags values that are not of their kind (invented strings)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from _quotes_scoring import ill_formed

    assert ill_formed("speaker", "spelaren efter matchen")
    assert not ill_formed("speaker", "styrelsen")
    assert not ill_formed("speaker", "Tove Lindqvist")
    assert ill_formed("organisation", "Tove Lindqvist")
    assert ill_formed("organisation", "Norway")
    assert not ill_formed("organisation", "Norrfors Marin AB")
    assert ill_formed("role", "säger också")
    assert not ill_formed("role", "projektledare")


def test_a_country_is_no_organisation() -> None:
    from nlptools.quotes.affiliation import valid_organisation

    assert not valid_organisation("Norway", set())
    assert valid_organisation("Norrfors Marin", set())


def test_genitive_of_a_name_ending_in_s_keeps_its_s() -> None:
    from nlptools.quotes import extract_quotes

    text = ("Nytt lager i hamnen\n\nNorrlabs vd Kim Bergfeldt är nöjd med året.\n\n"
            "– Det gick bättre än vi trodde, säger Kim Bergfeldt.\n")
    (q,) = extract_quotes(text)
    assert (q.speaker, q.organisation, q.role) == ("Kim Bergfeldt", "Norrlabs", "vd")  # never written "Norrlab" alone


def test_a_unit_is_named_by_its_company() -> None:
    from nlptools.quotes import extract_quotes

    text = ("Order till Kvarnby Marin\n\nKvarnby Marin har fått en stor order. "
            "– Vi anställer fler i vår, säger Eja Hallmark, chef för Kvarnbys affärsområde.\n")
    quotes = extract_quotes(text)
    assert [(q.speaker, q.organisation) for q in quotes] == [("Eja Hallmark", "Kvarnby Marin")]


def test_role_and_body_before_a_name_set_off_by_a_comma() -> None:
    from nlptools.quotes import extract_quotes

    text = ("Ny trupp\n\nI dag presenterade den nya förbundskaptenen för det svenska herrlandslaget, Kim Ekvall, truppen.\n\n"
            "– Vi är redo, säger Ekvall.\n")
    assert [(q.speaker, q.role, q.organisation) for q in extract_quotes(text)] == [("Kim Ekvall", "förbundskapten", "herrlandslaget")]


def test_national_team_role_speaks_for_the_team() -> None:
    from nlptools.quotes.affiliation import national_team
    from nlptools.types import Quote

    text = "Herrlandslaget samlas i dag. – Vi är redo, säger förbundskaptenen Kim Ekvall. Han leder herrlandslaget."
    q = Quote("Vi är redo", 0, 10, "Kim Ekvall", None, "förbundskapten", "dash-after", 0.9)
    national_team(text, [q])
    assert q.organisation == "herrlandslaget"
    other = Quote("Vi är redo", 0, 10, "Kim Ekvall", None, "förbundskapten", "dash-after", 0.9)
    national_team(text + " Även juniorlandslaget spelar.", [other])
    assert other.organisation is None  # two teams named: no guess


def test_awards_and_countries_are_not_organisations() -> None:
    assert not valid_organisation("Årets Innovatör", PLACES)
    assert not valid_organisation("Nordic Design Award", PLACES)
    assert not valid_organisation("Portugal", PLACES | {"portugal"})
    assert valid_organisation("Designföreningen Norrfors", PLACES)
    text = (
        "Nordic Design Award delas ut i Västby. Nordic Design Award lockar många.\n\n"
        "Juryn för Nordic Design Award har valt.\n\n– Det är en ära, säger Kim Berglund."
    )
    names = [m.name for m in organisation_mentions(text, "Nordic Design Award till Västby", PLACES)]
    assert not any("Award" in n for n in names)
