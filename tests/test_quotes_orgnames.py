"""Organisation rules checked against the whole article: places, party letters, full names."""

from __future__ import annotations

from nlptools.quotes import extract_quotes
from nlptools.quotes.orgnames import article_places


def _one(text: str, needle: str):
    found = [q for q in extract_quotes(text) if needle in q.text]
    assert len(found) == 1, [q.text for q in extract_quotes(text)]
    return found[0]


def test_party_letters_win_over_the_place_a_politician_serves_in() -> None:
    text = (
        "Ny badplats i Holmby\n\n"
        "Sven Lagerkvist (KD), kommunalråd i Holmby, vill bygga en brygga.\n\n"
        "– Alla barn ska kunna lära sig simma här hemma, säger Sven Lagerkvist.\n"
    )
    q = _one(text, "lära sig simma")
    assert (q.speaker, q.role, q.organisation) == ("Sven Lagerkvist", "kommunalråd", "KD")


def test_place_after_fran_is_not_an_organisation() -> None:
    text = (
        "Keramik på museet\n\n"
        "Ulla Brandén, konstnär från Torvsta, ställer ut på Torvsta museum i vår.\n\n"
        "– Leran här hemma har en färg som inte finns någon annanstans, säger Ulla Brandén.\n"
    )
    q = _one(text, "Leran här")
    assert (q.speaker, q.role, q.organisation) == ("Ulla Brandén", "konstnär", None)
    assert "torvsta" in article_places(text)


def test_organisation_after_fran_stays_when_not_a_place() -> None:
    text = (
        "Nytt avtal\n\n"
        "Fonden investerar i Kvintus.\n\n"
        "– Vi är glada över samarbetet, säger Lars Moberg från Kvintus.\n"
    )
    assert _one(text, "glada över").organisation == "Kvintus"


def test_genitive_short_form_becomes_the_full_name() -> None:
    text = (
        "Skördefest i Dalby\n\n"
        "Bärnätet Sörmland bjöd in till skördefest. Dagen öppnades av Bärnätets ordförande Eva Holm.\n\n"
        "– Vi vill att fler odlare ska hitta varandra, sa Eva Holm.\n"
    )
    q = _one(text, "fler odlare")
    assert (q.role, q.organisation) == ("ordförande", "Bärnätet Sörmland")


def test_short_form_written_at_the_speaker_is_kept() -> None:
    text = (
        "Ny hall\n\n"
        "Norrby Science Park bygger en ny hall.\n\n"
        "– Det här blir bra, säger Kim Ek, projektledare på Norrby.\n"
    )
    assert _one(text, "blir bra").organisation == "Norrby"


def test_field_after_of_stays_in_the_role() -> None:
    from nlptools.quotes.organisations import split_role_org

    p = split_role_org("Director of Research")
    assert (p.role, p.organisation) == ("Director of Research", None)


def test_relative_clause_ends_the_role_and_university_news_fills_students() -> None:
    text = (
        "New lab opens\n\n"
        "Marlow University has opened a lab for coastal erosion.\n\n"
        "Ravi Menon, a doctoral student who will work in the lab from May, described the first tests.\n\n"
        "“The sand moves more in one storm than in a whole summer,” Menon said.\n"
    )
    q = _one(text, "sand moves")
    assert (q.speaker, q.role, q.organisation) == ("Ravi Menon", "doctoral student", "Marlow University")


def test_three_part_name_in_comma_apposition_keeps_an_unknown_first_name() -> None:
    text = (
        "Ferry firm grows\n\n"
        "Tidewell Shipping has ordered two new ferries. Tidewell’s chief executive, Aisling Maeve Connolly, "
        "said the order was the largest yet.\n\n"
        "“We will need thirty more crew by spring,” Connolly added.\n"
    )
    q = _one(text, "thirty more crew")
    assert (q.speaker, q.role, q.organisation) == ("Aisling Maeve Connolly", "chief executive", "Tidewell Shipping")


def test_profession_in_a_village_has_no_organisation_but_an_office_does() -> None:
    from nlptools.quotes.organisations import split_role_org

    assert (split_role_org("fårbonde i Lillsjö").role, split_role_org("fårbonde i Lillsjö").organisation) == ("fårbonde", None)
    assert split_role_org("landshövding i Västerbotten").organisation == "Västerbotten"
    assert split_role_org("ordförande i ABF").organisation == "ABF"


def test_coordinated_genitive_lead_covers_both_people_and_a_place_after_is_not_theirs() -> None:
    text = (
        "Ekby BK vidare i cupen\n\n"
        "Vi mötte Ekby BK:s tränare Jonas Lerner och lagkapten Sofia Vik vid Ekbyvallen efter matchen.\n\n"
        "– Vi spelade vår bästa match i år, säger Sofia Vik.\n"
    )
    q = _one(text, "bästa match")
    assert (q.speaker, q.role, q.organisation) == ("Sofia Vik", "lagkapten", "Ekby BK")


def test_hyphen_coordinated_role_noun_resolves_to_the_person() -> None:
    text = (
        "Ny idrottshall\n\n"
        "Om bygget säger kultur- och fritidschef Petra Hallin:\n\n"
        "– Hallen blir klar till jul.\n\n"
        "Kommunen bjuder in till visning i april.\n\n"
        "– Alla föreningar ska få träningstider, säger kultur- och fritidschefen.\n"
    )
    q = _one(text, "träningstider")
    assert (q.speaker, q.role, q.cue) == ("Petra Hallin", "kultur- och fritidschef", "pronoun")


def test_genitive_of_a_lowercase_institution_noun_after_a_place_name() -> None:
    text = (
        "Ny utställning\n\n"
        "Norrvikens biblioteks chef Hanna Sjö visar de nya rummen.\n\n"
        "– Här ska barnen kunna läsa i lugn och ro, säger Hanna Sjö.\n"
    )
    q = _one(text, "läsa i lugn")
    assert (q.role, q.organisation) == ("chef", "Norrvikens bibliotek")


def test_who_runs_names_the_business() -> None:
    text = (
        "Market reopens\n\n"
        "Traders welcomed the news. Colm Reilly, who runs the Harbour Bakery, lost a week of sales.\n\n"
        "“We baked for nobody for five days. Now the queue is back.”\n"
    )
    q = _one(text, "baked for nobody")
    assert (q.speaker, q.organisation) == ("Colm Reilly", "Harbour Bakery")


def test_joint_attribution_shares_the_apposition_after_the_last_name() -> None:
    text = (
        "Mässan växer\n\n"
        "– Vi har fått dubbelt så många utställare i år, säger Ida Berg och Omar Nasser, projektledare på Mässbolaget Norr.\n"
    )
    q = _one(text, "dubbelt så många")
    assert (q.speakers, q.role, q.organisation) == (["Ida Berg", "Omar Nasser"], "projektledare", "Mässbolaget Norr")


def test_joint_attribution_with_different_parties_has_no_shared_organisation() -> None:
    text = (
        "Enig nämnd\n\n"
        "– Vi står bakom förslaget, säger Eva Lind (S) och Per Holm (M).\n"
    )
    q = _one(text, "står bakom")
    assert q.speakers == ["Eva Lind", "Per Holm"] and q.organisation is None


def test_name_colon_headline_without_first_person_needs_the_body_to_repeat_it() -> None:
    text = (
        "Lindqvist: Badhuset i Åby ska byggas om\n\n"
        "Kommunalrådet Per Lindqvist (S) talade på stämman och sa:\n\n"
        "– Badhuset i Åby ska byggas om. Arbetet börjar i höst.\n"
    )
    quotes = extract_quotes(text)
    assert [q.cue for q in quotes] == ["headline", "dash-before-colon"]
    assert quotes[0].speaker == "Per Lindqvist"
    other = "Lindqvist: Badhuset i Åby stänger\n\nKommunalrådet Per Lindqvist (S) talade om annat.\n"
    assert extract_quotes(other) == []


def test_first_person_quote_closing_a_narrated_paragraph_goes_to_its_subject() -> None:
    text = (
        "Glass från gården\n\n"
        "Maja Lindgren började göra glass av mjölken från familjens kor 2021. ”Vi sålde slut första helgen "
        "och har inte hunnit ikapp sedan dess.”\n\n"
        "Rapporten slår fast att glassen är populär. ”Efterfrågan ökar i hela regionen och väntas fortsätta.”\n"
    )
    quotes = extract_quotes(text)
    assert [(q.speaker, q.cue) for q in quotes] == [("Maja Lindgren", "quote-marks-context")]


def test_partial_quote_after_a_long_relative_clause_apposition() -> None:
    text = (
        "Bridge reopens\n\n"
        "Councillor Ann Petrie, who has campaigned for the repair since the bridge was closed three winters ago, "
        "called the reopening “the best news this valley has had in years”.\n"
    )
    q = _one(text, "best news")
    assert (q.speaker, q.cue) == ("Ann Petrie", "partial-quote")


def test_definite_kind_noun_ties_people_to_the_company_introduced_with_it() -> None:
    text = (
        "Ny app för skogsägare\n\n"
        "Det nystartade bolaget Trädkoll har tagit in fem miljoner kronor. Bakom bolaget står Lisa Norén, "
        "vd, och Ahmed Sayed, teknikchef.\n\n"
        "– Appen mäter tillväxten med mobilkameran, säger Ahmed Sayed.\n"
    )
    q = _one(text, "mobilkameran")
    assert (q.speaker, q.role, q.organisation) == ("Ahmed Sayed", "teknikchef", "Trädkoll")


def test_group_speaker_takes_the_title_genitive_organisation() -> None:
    text = (
        "Ekby SK:s simmare siktar mot SM\n\n"
        "Klubben har fått nya tider i simhallen. I ett brev till medlemmarna skriver styrelsen: "
        "”Vi behöver fler frivilliga till tävlingarna i vår. Anmäl er i kansliet.”\n"
    )
    q = _one(text, "fler frivilliga")
    assert (q.speaker, q.organisation) == ("styrelsen", "Ekby SK")
