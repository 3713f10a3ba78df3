"""Role/organisation parsing, name resolution and attribution clauses."""

from __future__ import annotations

import pytest

from nlptools.quotes.attribution import attribution_at, find_in_dash, prenominal
from nlptools.quotes.context import intro
from nlptools.quotes.organisations import parse_apposition, split_role_org
from nlptools.quotes.speakers import NameIndex


@pytest.mark.parametrize(
    ("segment", "role", "org"),
    [
        ("Head of Strategy and Portfolio Manager på OpenLab", "Head of Strategy and Portfolio Manager", "OpenLab"),
        ("chef på Regional utveckling på kommunalförbundet", "chef på Regional utveckling", "kommunalförbundet"),
        ("etableringsstrateg på Position Väst i Fyrbodals kommunalförbund", "etableringsstrateg", "Position Väst i Fyrbodals kommunalförbund"),
        ("Head of R&D at Ascom", "Head of R&D", "Ascom"),
        ("CEO of the Northfield Institute", "CEO", "Northfield Institute"),
        ("vd för Cluster 55", "vd", "Cluster 55"),
        ("landshövding i Norrbotten", "landshövding", "Norrbotten"),
        ("kommunalråd och ordförande i miljöutskottet", "kommunalråd och ordförande i miljöutskottet", None),
        ("verksamhetschef Ideon", "verksamhetschef", "Ideon"),
        ("Compare", None, "Compare"),
        ("vice vd", "vice vd", None),
        ("från Bron Innovation", None, "Bron Innovation"),
        ("från Grønland", None, None),
    ],
)
def test_split_role_org(segment: str, role: str | None, org: str | None) -> None:
    p = split_role_org(segment)
    assert (p.role, p.organisation) == (role, org)


def test_apposition_party_and_narration() -> None:
    p = parse_apposition(" (M), kommunalråd i Gnesta.")  # the place she serves in is not an organisation
    assert (p.party, p.role, p.organisation) == ("M", "kommunalråd", None)
    assert parse_apposition(", får priset för sitt arbete.").empty()  # narration, not a role
    p = parse_apposition(" från Norrfors Open and Alice Holmer from WIN.")
    assert p.organisation == "Norrfors Open"


def test_prenominal_role_and_genitive_organisation() -> None:
    text = "kommenterar Ekliden Science Parks vd, Tore Hallgren:"
    p = prenominal(text, text.index("Tore"), 0)
    assert (p.role, p.organisation) == ("vd", "Ekliden Science Park")
    text = "säger samordnings- och energiminister Ibrahim Kaya."
    assert prenominal(text, text.index("Ibrahim"), 0).role == "samordnings- och energiminister"
    text = "enligt Sveriges näringsminister Anna Ek"
    p = prenominal(text, text.index("Anna"), 0)
    assert (p.role, p.organisation) == ("näringsminister", None)  # a country is not an organisation


def test_fullest_mention() -> None:
    text = "We talked to Ylva Berner-Kallin from Norrfors Open. “Yes,” says Ylva. Grevinnan Linnea log."
    index = NameIndex.build(text)
    assert index.fullest("Ylva") == "Ylva Berner-Kallin"
    assert index.fullest("Linnea") == "Linnea"  # a title is not part of the name


def test_attribution_shapes() -> None:
    text = "– Det är bra, säger Sara Ekwall, och jag vill tacka alla."
    index = NameIndex.build(text)
    qend, att = find_in_dash(text, 2, len(text), index)
    assert text[2:qend] == "Det är bra" and att.ref.text == "Sara Ekwall"
    assert text[att.resume :].startswith("och jag vill")

    text = '"It is a clear link," Svensson told the TT news agency.'
    index = NameIndex.build(text)
    att = attribution_at(text, text.index('"', 1) + 1, len(text), index)
    assert att is not None and (att.ref.kind, att.ref.text, att.verb) == ("name", "Svensson", "told")

    text = "”Bra”, säger hon till Expressen."
    att = attribution_at(text, 5, len(text), NameIndex.build(text))
    assert att is not None and (att.ref.kind, att.ref.text) == ("pronoun", "hon")

    text = "Vid mötet konstaterade Sveriges näringsminister Agnes Lövgren :"
    ref = intro(text, 0, len(text), NameIndex.build(text))
    assert ref is not None and ref.text == "Agnes Lövgren" and ref.profile.role == "näringsminister"


def test_indirect_speech_is_no_attribution() -> None:
    text = "– Vi vet, säger att det blir bra."
    assert find_in_dash(text, 2, len(text), NameIndex.build(text)) is None


def test_lower_case_genitive_organisations_and_appointments() -> None:
    from nlptools.quotes.organisations import copula_profile, definite_org_noun

    assert definite_org_noun("näringsdepartements") == "näringsdepartementet"
    assert definite_org_noun("kommunens") == "kommunen"
    assert definite_org_noun("styrelses") == "styrelsen"
    assert definite_org_noun("hans") is None
    text = "Vinnaren, näringsdepartements departementssekreterare Eva Ek, fick priset."
    p = prenominal(text, text.index("Eva"), 0)
    assert (p.role, p.organisation) == ("departementssekreterare", "näringsdepartementet")
    assert copula_profile(" till ny ordförande.").role == "ordförande"
    assert copula_profile(" är vd för Uminova sedan 2019.").organisation == "Uminova"
    assert copula_profile(" till Expressen.").empty()


def test_a_village_is_no_organisation() -> None:
    from nlptools.quotes import extract_quotes

    text = ("Grannar samlas om ny cykelväg\n\n"
            "– Vi har väntat länge på vägen, säger Tove Lindqvist från Rönnäng, som cyklar till jobbet varje dag.\n")
    (q,) = extract_quotes(text)
    assert q.speaker == "Tove Lindqvist"
    assert q.organisation is None  # a gazetteer place: where she lives, not whom she speaks for



def test_middle_initial_keeps_the_name_together() -> None:
    from nlptools.quotes import extract_quotes

    text = ("Ny skola i byn\n\nRektor Kim H. Bergfeldt berättar om planerna.\n\n"
            "– Vi börjar i augusti, säger Bergfeldt.\n\n"
            "– Alla är välkomna, säger Kim.\n\n"
            "”Det blir roligt”, sa Ann B. Ek, lärare, i ett pressmeddelande.\n")
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Kim H. Bergfeldt", "Kim H. Bergfeldt", "Ann B. Ek"]
    assert NameIndex.build(text).fullest("Bergfeldt") == "Kim H. Bergfeldt"
