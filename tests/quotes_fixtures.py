"""Held-out articles for the quote tests, written for these tests (not taken from any source).

Each article comes with the quotes a careful annotator following
``shared/data/articles/README.md`` would list: (text, speaker, organisation,
role, cue).  They cover every convention of issue 6.
"""

from __future__ import annotations

SV_DASHES = """Ny satsning på vätgas i Norrbotten

Regionen och tre kommuner går samman i ett projekt för vätgasproduktion. Malin Thelin från Bron Innovation leder arbetet.

– Vi har väntat länge på det här beslutet, säger Malin Thelin. Nu kan vi äntligen börja bygga.

– Det kommer att ta tid, säger oppositionsrådet Sven Ek (M), men vi stöder satsningen fullt ut.

Kommunstyrelsens ordförande Lena Holm ser projektet som en nyckel för regionen.

– Utan nya jobb tappar vi unga människor. Därför är det här så viktigt.

Projektledaren Anna Berg beskrev planen så här:

– Först bygger vi en pilotanläggning i Luleå.

– Sedan skalar vi upp till full produktion inom fem år.

Flera företag i regionen har redan visat intresse för att delta.

– Vi räknar med att anställa fyrtio personer under första året.
Carmen Ruiz, OpenLab

Mötet avslutades med fika. Enligt Anna Berg kommer nästa möte att hållas i maj.

Text: Per Nilsson
Kontakt: Anna Berg, projektledare, 070-123 45 67
"""

SV_DASHES_GOLD = [
    ("Vi har väntat länge på det här beslutet", "Malin Thelin", "Bron Innovation", None, "dash-mid"),
    ("Nu kan vi äntligen börja bygga.", "Malin Thelin", "Bron Innovation", None, "dash-mid"),
    ("Det kommer att ta tid", "Sven Ek", "M", "oppositionsråd", "dash-mid"),
    ("men vi stöder satsningen fullt ut.", "Sven Ek", "M", "oppositionsråd", "dash-mid"),
    ("Utan nya jobb tappar vi unga människor. Därför är det här så viktigt.", "Lena Holm", "Kommunstyrelsen", "ordförande", "dash-continuation"),
    ("Först bygger vi en pilotanläggning i Luleå.\nSedan skalar vi upp till full produktion inom fem år.", "Anna Berg", None, "projektledare", "dash-before-colon"),
    ("Vi räknar med att anställa fyrtio personer under första året.", "Carmen Ruiz", "OpenLab", None, "speaker-line"),
]

SV_MARKS = """”Vi måste våga satsa”

Tim Sterner, Compare

Företagen i länet investerar mer än på länge. Det visar en ny rapport från Handelskammaren, som i år har fått hela 400 svar.

”Vi måste våga satsa när andra håller igen. Det är då man vinner marknadsandelar”, säger Tim Sterner, Compare.

Han pekar på att många bolag talar om en så kallad ”vi-känsla” i branschen. Rapporten heter ”Framtidens företag” och presenterades på fredagen.

»Det här är den bästa siffran vi har sett sedan mätningarna började«, skriver Carmen Ruiz, Head of Strategy and Portfolio Manager på OpenLab, i en kommentar.

Representanter från Compare berättar:

– Vi har redan fått fler ansökningar än förra året.

Enligt Tim Sterner ska bolaget växa. Han säger att rekryteringen börjar i höst.

”Vi har inte råd att vänta”, säger han.
"""

SV_MARKS_GOLD = [
    ("Vi måste våga satsa", "Tim Sterner", "Compare", None, "headline"),
    ("Vi måste våga satsa när andra håller igen. Det är då man vinner marknadsandelar", "Tim Sterner", "Compare", None, "quote-marks-verb"),
    ("Det här är den bästa siffran vi har sett sedan mätningarna började", "Carmen Ruiz", "OpenLab", "Head of Strategy and Portfolio Manager", "quote-marks-verb"),
    ("Vi har redan fått fler ansökningar än förra året.", "Representanter från Compare", "Compare", None, "dash-before-colon"),
    ("Vi har inte råd att vänta", "Tim Sterner", "Compare", None, "pronoun"),
]

EN_NEWS = """City opens new research centre

The city council opened its new research centre on Monday. Professor Jane Porter, director of the Northfield Institute, cut the ribbon.

"This building will change how we work together," said Porter. "It brings engineers and doctors under one roof."

The centre cost 40 million pounds. According to the council, it will employ 200 people.

"We are proud of what the team has achieved in just two years," she said.

Local business leader Mark Owen, CEO of Owen Logistics, welcomed the news.

"It is good for the whole region," Owen told reporters.

The council's so-called "innovation mile" will be extended next year, the mayor said in a statement.
"""

EN_NEWS_GOLD = [
    ("This building will change how we work together", "Jane Porter", "Northfield Institute", "director", "quote-marks-mid"),
    ("It brings engineers and doctors under one roof.", "Jane Porter", "Northfield Institute", "director", "quote-marks-mid"),
    ("We are proud of what the team has achieved in just two years", "Jane Porter", "Northfield Institute", "director", "pronoun"),
    ("It is good for the whole region", "Mark Owen", "Owen Logistics", "CEO", "quote-marks-verb"),
]

SV_HEADLINE_ROLE = """Ministern: Vi måste agera nu

Klimatminister Eva Lind (C) besökte på tisdagen Umeå för att träffa forskare vid universitetet.

– Klimatet väntar inte på oss. Vi måste agera nu, säger ministern.

Hon fick också frågor om budgeten från studenterna.

– Pengarna finns, men de måste användas klokt, säger hon.

Projektet presenteras i sin helhet i höst.
"""

SV_HEADLINE_ROLE_GOLD = [
    ("Vi måste agera nu", "Eva Lind", "C", "Klimatminister", "headline"),
    ("Klimatet väntar inte på oss. Vi måste agera nu", "Eva Lind", "C", "Klimatminister", "pronoun"),
    ("Pengarna finns, men de måste användas klokt", "Eva Lind", "C", "Klimatminister", "pronoun"),
]

NO_QUOTES = """Kvartalsrapport för tredje kvartalet

Omsättningen ökade med 12 procent till 340 miljoner kronor. Rörelseresultatet blev 41 miljoner kronor.

Bolaget har under perioden lanserat produkten ”Nova” och öppnat ett kontor i Oslo. Enligt vd Karl Svensson är orderläget gott.

Styrelsen föreslår en utdelning på 2 kronor per aktie.

För mer information, kontakta:
Karl Svensson, vd, 08-123 456 78
"""

ARTICLES = {
    "sv_dashes": (SV_DASHES, SV_DASHES_GOLD),
    "sv_marks": (SV_MARKS, SV_MARKS_GOLD),
    "en_news": (EN_NEWS, EN_NEWS_GOLD),
    "sv_headline_role": (SV_HEADLINE_ROLE, SV_HEADLINE_ROLE_GOLD),
    "no_quotes": (NO_QUOTES, []),
}

# --- a second set, written before running the extractor on it -------------------------------

SV_KOMMUN = """Nytt batterilager byggs i Skellefteå

Ett nytt lager för battericeller ska byggas i stadens norra industriområde. Bygget startar i april och beräknas vara klart nästa sommar.

– Vi är mycket glada över beslutet, säger Anna Svensson som är projektledare på Skellefteå kommun.

Lagret blir ett av de största i Norden.

Näringslivschefen Per-Olof Håkansson håller med.

– Det här stärker hela regionen. Vi hoppas på fler etableringar.

”Vi har fått ett fantastiskt mottagande”, säger Per-Olof Håkansson, ”men nu måste vi fortsätta jobba hårt.”

Foto: Jan Ek

Anna Svensson, projektledare, 0910-123 45
"""

SV_KOMMUN_GOLD = [
    ("Vi är mycket glada över beslutet", "Anna Svensson", "Skellefteå kommun", "projektledare", "dash-after"),
    ("Det här stärker hela regionen. Vi hoppas på fler etableringar.", "Per-Olof Håkansson", "Skellefteå kommun", "näringslivschef", "dash-continuation"),
    ("Vi har fått ett fantastiskt mottagande", "Per-Olof Håkansson", "Skellefteå kommun", "näringslivschef", "quote-marks-mid"),
    ("men nu måste vi fortsätta jobba hårt.", "Per-Olof Håkansson", "Skellefteå kommun", "näringslivschef", "quote-marks-mid"),
]

EN_RELEASE = """Smith: We must act now

New research from Lund University shows that coastal erosion is accelerating faster than expected.

Jane Smith, a professor at Lund University, said: “The results surprised all of us in the team.”

The study covered 300 kilometres of coastline over ten years.

“We need far more data before we can say what is driving it,” the professor said.

"The market for coastal protection is growing quickly," according to analyst Tom Berg.

Local groups have called for a so-called "green wave" of new investment.
"""

EN_RELEASE_GOLD = [
    ("We must act now", "Jane Smith", "Lund University", "professor", "headline"),
    ("The results surprised all of us in the team.", "Jane Smith", "Lund University", "professor", "quote-marks-colon"),
    ("We need far more data before we can say what is driving it", "Jane Smith", "Lund University", "professor", "pronoun"),
    ("The market for coastal protection is growing quickly", "Tom Berg", None, "analyst", "quote-marks-verb"),
]

SV_DEBATT = """Hård debatt om budgeten

Socialdemokraternas gruppledare Eva Ström och Karl Berg (M) möttes i fullmäktige på måndagen.

– Det här är en budget för framtiden, säger Eva Ström.

– Den saknar finansiering, säger Karl Berg.

Han fick medhåll från flera ledamöter.

– Vi kommer att rösta nej, säger han.

Eva Ström svarade:

– Pengarna finns, och de räcker till alla satsningar.

Jag har aldrig sett något liknande i det här huset, säger Karl Berg efter mötet.
"""

SV_DEBATT_GOLD = [
    ("Det här är en budget för framtiden", "Eva Ström", "Socialdemokraterna", "gruppledare", "dash-after"),
    ("Den saknar finansiering", "Karl Berg", "M", None, "dash-after"),
    ("Vi kommer att rösta nej", "Karl Berg", "M", None, "pronoun"),
    ("Pengarna finns, och de räcker till alla satsningar.", "Eva Ström", "Socialdemokraterna", "gruppledare", "dash-before-colon"),
    ("Jag har aldrig sett något liknande i det här huset", "Karl Berg", "M", None, "unmarked-verb"),
]

TESTIMONIALS = """Kundröster

”Tjänsten har sparat oss massor av tid varje vecka och supporten är alltid snabb.”
— Lisa Holm, inköpschef, Byggbolaget Norr

”Vi rekommenderar dem varmt till alla som arbetar med logistik.”
— Omar Said, vd, Fraktab
"""

TESTIMONIALS_GOLD = [
    ("Tjänsten har sparat oss massor av tid varje vecka och supporten är alltid snabb.", "Lisa Holm", "Byggbolaget Norr", "inköpschef", "speaker-line"),
    ("Vi rekommenderar dem varmt till alla som arbetar med logistik.", "Omar Said", "Fraktab", "vd", "speaker-line"),
]

ARTICLES.update(
    {
        "sv_kommun": (SV_KOMMUN, SV_KOMMUN_GOLD),
        "en_release": (EN_RELEASE, EN_RELEASE_GOLD),
        "sv_debatt": (SV_DEBATT, SV_DEBATT_GOLD),
        "testimonials": (TESTIMONIALS, TESTIMONIALS_GOLD),
    }
)

# --- a third set: harder shapes --------------------------------------------------------------

SV_PRESS = """”Vi ser en enorm efterfrågan” – Norrtech växer

Norrtech AB anställer 50 personer under våren. Företaget tillverkar sensorer för gruvindustrin.

– Vi får se… det beror på hur marknaden utvecklas, säger VD Ann-Sofie Lindqvist Berg.

– Vi ser en enorm efterfrågan från hela Europa. Därför bygger vi ut nu, säger hon.

Hon beskriver satsningen som ”ett historiskt steg för hela regionen”.

”Det här är precis vad Norrbotten behöver”, skriver Carl von Essen, ordförande för Norrbottens handelskammare, på Linkedin.

Företaget lanserar också appen ”Norrsense” och en så kallad ”digital tvilling”.
"""

SV_PRESS_GOLD = [
    ("Vi ser en enorm efterfrågan", "Ann-Sofie Lindqvist Berg", "Norrtech AB", "VD", "headline"),
    ("Vi får se… det beror på hur marknaden utvecklas", "Ann-Sofie Lindqvist Berg", "Norrtech AB", "VD", "dash-after"),
    ("Vi ser en enorm efterfrågan från hela Europa. Därför bygger vi ut nu", "Ann-Sofie Lindqvist Berg", "Norrtech AB", "VD", "pronoun"),
    ("ett historiskt steg för hela regionen", "Ann-Sofie Lindqvist Berg", "Norrtech AB", "VD", "partial-quote"),
    ("Det här är precis vad Norrbotten behöver", "Carl von Essen", "Norrbottens handelskammare", "ordförande", "quote-marks-verb"),
]

EN_INTERVIEW = """Acme opens northern plant

Acme Inc. opened its new plant in Luleå on Friday.

“I think,” said Maria Lopez, CEO at Acme Inc., in a statement, “that this is the start of something big.”

Lopez described the plant as "the most modern factory we have ever built".

Analysts were less convinced. "It is a big bet on one market," said Peter Grant of Nordic Equity.
"""

EN_INTERVIEW_GOLD = [
    ("I think", "Maria Lopez", "Acme Inc.", "CEO", "quote-marks-mid"),
    ("that this is the start of something big.", "Maria Lopez", "Acme Inc.", "CEO", "quote-marks-mid"),
    ("the most modern factory we have ever built", "Maria Lopez", "Acme Inc.", "CEO", "partial-quote"),
    ("It is a big bet on one market", "Peter Grant", "Nordic Equity", None, "quote-marks-verb"),
]

ARTICLES.update({"sv_press": (SV_PRESS, SV_PRESS_GOLD), "en_interview": (EN_INTERVIEW, EN_INTERVIEW_GOLD)})

# --- a fourth set: press-release furniture, names that are also words, attributive organisations ----

SV_REGION = """Region Västerbotten satsar på life science

Region Västerbotten och Umeå universitet inleder ett nytt samarbete inom life science. Satsningen omfattar 20 miljoner kronor under tre år.

– Life science är en av våra viktigaste tillväxtbranscher. Med det här samarbetet kan vi locka fler företag till regionen, säger Ulrika Persson (S), regionråd i Region Västerbotten.

Samarbetet ska bland annat leda till fler kliniska studier.

– Vi har en unik position med både forskning och sjukvård på samma ställe, säger Hans Ek, prorektor vid Umeå universitet.

Om Region Västerbotten
Region Västerbotten ansvarar för hälso- och sjukvård, kollektivtrafik och regional utveckling.

För mer information, kontakta:
Ulrika Persson, regionråd, 070-111 22 33
Hans Ek, prorektor, hans.ek@umu.se
"""

SV_REGION_GOLD = [
    (
        "Life science är en av våra viktigaste tillväxtbranscher. Med det här samarbetet kan vi locka fler företag till regionen",
        "Ulrika Persson", "Region Västerbotten", "regionråd", "dash-after",
    ),
    ("Vi har en unik position med både forskning och sjukvård på samma ställe", "Hans Ek", "Umeå universitet", "prorektor", "dash-after"),
]

EN_PRIZE = """Student wins innovation prize

Lund University student Sara Khan has won this year's Venture Cup with her idea for a low-cost water filter.

"I never expected to win. There were so many strong teams," Khan said after the ceremony on Thursday.

The jury described the filter as "simple, cheap and genuinely useful".

Khan will now receive 100,000 kronor and six months of coaching at the university's incubator.

"We are proud of Sara and of all the teams who took part," said Anders Holm, head of the incubator.
"""

EN_PRIZE_GOLD = [
    ("I never expected to win. There were so many strong teams", "Sara Khan", "Lund University", "student", "quote-marks-verb"),
    # organisation from context (the real-article convention): the university's own incubator
    ("We are proud of Sara and of all the teams who took part", "Anders Holm", "Lund University", "head of the incubator", "quote-marks-verb"),
]

ARTICLES.update({"sv_region": (SV_REGION, SV_REGION_GOLD), "en_prize": (EN_PRIZE, EN_PRIZE_GOLD)})

# sets 5–8 and 9–15 live in quotes_fixtures_more.py and quotes_fixtures_blind.py (file size)
from quotes_fixtures_more import BLIND_5, BLIND_6, BLIND_7, BLIND_8  # noqa: E402
from quotes_fixtures_blind import KNOWN_GAPS, BLIND_9, BLIND_10, BLIND_11, BLIND_12, BLIND_13, BLIND_14, BLIND_15  # noqa: E402

for _set in (BLIND_5, BLIND_6, BLIND_7, BLIND_8, BLIND_9, BLIND_10, BLIND_11, BLIND_12, BLIND_13, BLIND_14, BLIND_15):
    ARTICLES.update(_set)

__all__ = ["ARTICLES", "KNOWN_GAPS"]
