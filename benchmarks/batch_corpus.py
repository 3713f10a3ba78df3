"""Generated Swedish news/event articles for the batch benchmark (all text written for nlptools).

Templates with slots (places, organisations, people, roles, numbers, dates)
are combined at random, so 1,000 articles differ in length, structure and
wording: titles, datelines, body paragraphs, dash quotes with ``säger``
attributions, quoted speech in running text, lists and contact lines.
"""

from __future__ import annotations

import random

PLACES = ["Malmö", "Lund", "Helsingborg", "Kristianstad", "Ystad", "Trelleborg", "Landskrona", "Hässleholm", "Göteborg", "Uppsala"]
ORGS = ["Region Skåne", "Tillväxtverket", "Lunds universitet", "Malmö stad", "Länsstyrelsen", "Trafikverket",
        "Sydsvenska handelskammaren", "Innovationsrådet", "Kulturförvaltningen", "Energimyndigheten"]  # fmt: skip
NAMES = ["Anna Lindqvist", "Johan Berg", "Maria Holm", "Erik Sandberg", "Fatima Yusuf", "Lars Ek", "Sara Nilsson",
         "Mikael Åberg", "Eva Strand", "Ali Hassan", "Karin Björk", "Peter Öhman"]  # fmt: skip
ROLES = ["projektledare", "vd", "kommunalråd", "forskare", "ordförande", "enhetschef", "näringslivsdirektör", "rektor"]
TOPICS = ["digitalisering", "hållbar energi", "kollektivtrafik", "kompetensförsörjning", "bostadsbyggande",
          "besöksnäring", "livsmedelsinnovation", "vård på distans", "cirkulär ekonomi", "friluftsliv"]  # fmt: skip
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "augusti", "september", "oktober", "november"]

TITLES = [
    "{org} satsar på {topic} i {place}",
    "Nytt samarbete ska stärka {topic}",
    "Rekordintresse för seminarium om {topic}",
    "{place} får {n} miljoner till {topic}",
    "Så ska {topic} utvecklas i regionen",
]
LEADS = [
    "{org} och {org2} har inlett ett samarbete om {topic} som ska pågå i tre år.",
    "Fler än {n} deltagare samlades i {place} den {day} {month} för att diskutera {topic}.",
    "Satsningen på {topic} i {place} får ytterligare {n} miljoner kronor, meddelade {org} på tisdagen.",
    "Under våren startar ett nytt projekt om {topic} med deltagare från hela Skåne.",
]
BODY = [
    "Projektet leds av {org} och finansieras bland annat av {org2}.",
    "Enligt en ny rapport har intresset för {topic} ökat med {p} procent sedan {year}.",
    "Arbetet sker i nära samarbete med kommuner, företag och forskare i regionen.",
    "Målet är att fler små och medelstora företag ska kunna ta del av resultaten.",
    "Mötet hölls i {place} och avslutades med en paneldebatt kl. 15.30.",
    "Bland deltagarna fanns representanter för bl.a. {org2}, {org} och flera lokala föreningar.",
    "Satsningen omfattar totalt {n} miljoner kronor fördelade på tre år.",
    "Under eftermiddagen presenterades fem nya pilotprojekt, t.ex. inom {topic}.",
    "Frågan har diskuterats länge, men först nu finns en gemensam plan.",
    "Nästa steg är en utvärdering som ska vara klar i {month} {year2}.",
    "Kritiker menar dock att tidsplanen är för kort och att pengarna borde ha fördelats annorlunda.",
    "Det är första gången som så många aktörer samlas kring frågan i {place}.",
]
QUOTES = [
    "Det här är ett viktigt steg för hela regionen",
    "Vi har väntat länge på ett sådant här samarbete",
    "Nu får företagen äntligen de verktyg de behöver",
    "Intresset har varit större än vi någonsin vågat hoppas",
    "Vi måste våga tänka nytt om vi ska klara omställningen",
    "Det handlar i grunden om att skapa jobb och framtidstro",
]
TAILS = [
    "Mer information finns på kommunens webbplats.",
    "Ansökningsperioden öppnar den {day} {month}.",
    "Nästa träff äger rum i {place} i höst.",
]


def _fill(template: str, rng: random.Random) -> str:
    orgs = rng.sample(ORGS, 2)
    return template.format(
        org=orgs[0], org2=orgs[1], place=rng.choice(PLACES), topic=rng.choice(TOPICS), n=rng.randint(12, 480),
        p=rng.randint(5, 60), day=rng.randint(1, 28), month=rng.choice(MONTHS), year=rng.randint(2015, 2022),
        year2=rng.randint(2025, 2027),
    )  # fmt: skip


def _quote(rng: random.Random) -> str:
    name, role, org = rng.choice(NAMES), rng.choice(ROLES), rng.choice(ORGS)
    text = rng.choice(QUOTES)
    style = rng.randint(0, 2)
    if style == 0:
        return f"– {text}, säger {name}, {role} på {org}."
    if style == 1:
        return f"– {text}. {rng.choice(QUOTES)}, säger {name}."
    return f"”{text}”, sade {name}, {role} vid {org}, under mötet."


def article(rng: random.Random) -> str:
    """One random article: title, optional dateline, lead, 3–8 body/quote paragraphs, optional tail."""
    parts = [_fill(rng.choice(TITLES), rng)]
    if rng.random() < 0.3:
        parts.append(f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2025")
    parts.append(_fill(rng.choice(LEADS), rng))
    for _ in range(rng.randint(3, 8)):
        if rng.random() < 0.35:
            parts.append(_quote(rng))
        else:
            parts.append(" ".join(_fill(t, rng) for t in rng.sample(BODY, rng.randint(1, 3))))
    if rng.random() < 0.4:
        parts.append(_fill(rng.choice(TAILS), rng))
    return "\n\n".join(parts)


def corpus(n: int, seed: int = 0) -> list[dict[str, str]]:
    """``n`` records ``{"id", "text"}``."""
    rng = random.Random(seed)
    return [{"id": f"gen-{i:05d}", "text": article(rng)} for i in range(n)]
