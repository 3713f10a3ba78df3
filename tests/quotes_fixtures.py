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
Carolina Garcés, OpenTech

Mötet avslutades med fika. Enligt Anna Berg kommer nästa möte att hållas i maj.

Text: Per Nilsson
Kontakt: Anna Berg, projektledare, 070-123 45 67
"""

SV_DASHES_GOLD = [
    ("Vi har väntat länge på det här beslutet", "Malin Thelin", "Bron Innovation", None, "dash-mid"),
    ("Nu kan vi äntligen börja bygga.", "Malin Thelin", "Bron Innovation", None, "dash-mid"),
    ("Det kommer att ta tid", "Sven Ek", "M", "oppositionsrådet", "dash-mid"),
    ("men vi stöder satsningen fullt ut.", "Sven Ek", "M", "oppositionsrådet", "dash-mid"),
    ("Utan nya jobb tappar vi unga människor. Därför är det här så viktigt.", "Lena Holm", "Kommunstyrelsen", "ordförande", "dash-continuation"),
    ("Först bygger vi en pilotanläggning i Luleå.\nSedan skalar vi upp till full produktion inom fem år.", "Anna Berg", None, "Projektledaren", "dash-before-colon"),
    ("Vi räknar med att anställa fyrtio personer under första året.", "Carolina Garcés", "OpenTech", None, "speaker-line"),
]

SV_MARKS = """”Vi måste våga satsa”

Tim Sterner, Compare

Företagen i länet investerar mer än på länge. Det visar en ny rapport från Handelskammaren, som i år har fått hela 400 svar.

”Vi måste våga satsa när andra håller igen. Det är då man vinner marknadsandelar”, säger Tim Sterner, Compare.

Han pekar på att många bolag talar om en så kallad ”vi-känsla” i branschen. Rapporten heter ”Framtidens företag” och presenterades på fredagen.

»Det här är den bästa siffran vi har sett sedan mätningarna började«, skriver Carolina Garcés, Head of Strategy and Portfolio Manager på OpenTech, i en kommentar.

Representanter från Compare berättar:

– Vi har redan fått fler ansökningar än förra året.

Enligt Tim Sterner ska bolaget växa. Han säger att rekryteringen börjar i höst.

”Vi har inte råd att vänta”, säger han.
"""

SV_MARKS_GOLD = [
    ("Vi måste våga satsa", "Tim Sterner", "Compare", None, "headline"),
    ("Vi måste våga satsa när andra håller igen. Det är då man vinner marknadsandelar", "Tim Sterner", "Compare", None, "quote-marks-verb"),
    ("Det här är den bästa siffran vi har sett sedan mätningarna började", "Carolina Garcés", "OpenTech", "Head of Strategy and Portfolio Manager", "quote-marks-verb"),
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
    ("Det här stärker hela regionen. Vi hoppas på fler etableringar.", "Per-Olof Håkansson", None, "Näringslivschefen", "dash-continuation"),
    ("Vi har fått ett fantastiskt mottagande", "Per-Olof Håkansson", None, "Näringslivschefen", "quote-marks-mid"),
    ("men nu måste vi fortsätta jobba hårt.", "Per-Olof Håkansson", None, "Näringslivschefen", "quote-marks-mid"),
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
    ("We are proud of Sara and of all the teams who took part", "Anders Holm", None, "head of the incubator", "quote-marks-verb"),
]

ARTICLES.update({"sv_region": (SV_REGION, SV_REGION_GOLD), "en_prize": (EN_PRIZE, EN_PRIZE_GOLD)})

# --- a fifth set, scored blind before any fix (see the report) -------------------------------

SV_REGERINGEN = """Regeringen förstärker stödet till forskning om AI

Regeringen avsätter 300 miljoner kronor till forskning om artificiell intelligens under de kommande tre åren. Satsningen presenteras i budgetpropositionen för 2025.

– AI kommer att förändra hela samhället. Sverige ska ligga i framkant, och därför gör vi den här satsningen nu, säger utbildningsminister Johan Pehrson.

Pengarna fördelas via Vetenskapsrådet och Vinnova.

– Det är glädjande att regeringen prioriterar forskningen. Nu gäller det att pengarna når ut snabbt, säger Vinnovas generaldirektör Darja Isaksson.

Presskontakt
Anna Berg
Pressekreterare hos utbildningsminister Johan Pehrson
Telefon 072-123 45 67
"""

SV_REGERINGEN_GOLD = [
    (
        "AI kommer att förändra hela samhället. Sverige ska ligga i framkant, och därför gör vi den här satsningen nu",
        "Johan Pehrson", None, "utbildningsminister", "dash-after",
    ),
    (
        "Det är glädjande att regeringen prioriterar forskningen. Nu gäller det att pengarna når ut snabbt",
        "Darja Isaksson", "Vinnova", "generaldirektör", "dash-after",
    ),
]

SV_SKOLA = """Larm om brist på lärare i Norrbotten

Var femte lärare i Norrbottens grundskolor saknar behörighet, visar ny statistik från Skolverket.

Maria Nilsson är rektor på Centralskolan i Kalix. Hon känner igen bilden.

– Vi har utlyst tjänster i flera månader utan att få en enda behörig sökande, säger hon.

Enligt Maria Nilsson är situationen värst i matematik och NO.

– Eleverna märker det direkt. Det blir många vikarier och det skapar oro, säger rektorn.

Skolverket vill inte kommentera siffrorna.
"""

SV_SKOLA_GOLD = [
    ("Vi har utlyst tjänster i flera månader utan att få en enda behörig sökande", "Maria Nilsson", "Centralskolan i Kalix", "rektor", "pronoun"),
    ("Eleverna märker det direkt. Det blir många vikarier och det skapar oro", "Maria Nilsson", "Centralskolan i Kalix", "rektor", "pronoun"),
]

EN_HERRING = """Researchers map the genome of the Baltic herring

A team at Uppsala University has mapped the complete genome of the Baltic herring, a fish that has adapted to water with very low salt levels.

"The Baltic Sea is a natural experiment," said Leif Andersson, professor of functional genomics at Uppsala University. "In just a few thousand years the herring has adapted to a completely new environment."

The results were published in the journal Nature Ecology & Evolution on Monday.

According to Andersson, the findings could help fisheries management. "We can now tell different populations apart with a simple DNA test," he said.
"""

EN_HERRING_GOLD = [
    ("The Baltic Sea is a natural experiment", "Leif Andersson", "Uppsala University", "professor of functional genomics", "quote-marks-mid"),
    (
        "In just a few thousand years the herring has adapted to a completely new environment.",
        "Leif Andersson", "Uppsala University", "professor of functional genomics", "quote-marks-mid",
    ),
    ("We can now tell different populations apart with a simple DNA test", "Leif Andersson", "Uppsala University", "professor of functional genomics", "pronoun"),
]

SV_INKUBATOR = """Ny inkubator öppnar i Mjärdevi

Anna Holm, inkubatorchef, LEAD

Inkubatorn LEAD öppnar nya lokaler i Mjärdevi Science Park i Linköping. Här får 25 startupbolag plats.

– Vi har haft kö till våra program i flera år. Nu kan vi äntligen ta in fler bolag, säger Anna Holm, inkubatorchef på LEAD.

Ett av bolagen som flyttar in är Sensably, som utvecklar sensorer för äldreboenden.

”Närheten till andra entreprenörer är ovärderlig för oss”, säger grundaren Erik Lund.

Invigningen sker den 14 mars.
"""

SV_INKUBATOR_GOLD = [
    ("Vi har haft kö till våra program i flera år. Nu kan vi äntligen ta in fler bolag", "Anna Holm", "LEAD", "inkubatorchef", "dash-after"),
    ("Närheten till andra entreprenörer är ovärderlig för oss", "Erik Lund", "Sensably", "grundaren", "quote-marks-verb"),
]

SV_BOSTAD = """Kommunalrådet: Vi måste bygga fler bostäder

Bostadsbristen i Växjö är akut. Kommunstyrelsens ordförande Anna Tenje (M) vill nu snabba på byggandet.

– Vi måste bygga fler bostäder, och vi måste göra det snabbare än i dag, säger Anna Tenje.

Oppositionen är kritisk. Socialdemokraternas gruppledare Jon Ek (S) menar att planen saknar finansiering.

– Det är lätt att lova. Det svåra är att betala, säger han.
"""

SV_BOSTAD_GOLD = [
    ("Vi måste bygga fler bostäder", "Anna Tenje", "Kommunstyrelsen", "ordförande", "headline"),
    ("Vi måste bygga fler bostäder, och vi måste göra det snabbare än i dag", "Anna Tenje", "Kommunstyrelsen", "ordförande", "dash-after"),
    ("Det är lätt att lova. Det svåra är att betala", "Jon Ek", "Socialdemokraterna", "gruppledare", "pronoun"),
]

BLIND_5 = {
    "sv_regeringen": (SV_REGERINGEN, SV_REGERINGEN_GOLD),
    "sv_skola": (SV_SKOLA, SV_SKOLA_GOLD),
    "en_herring": (EN_HERRING, EN_HERRING_GOLD),
    "sv_inkubator": (SV_INKUBATOR, SV_INKUBATOR_GOLD),
    "sv_bostad": (SV_BOSTAD, SV_BOSTAD_GOLD),
}
ARTICLES.update(BLIND_5)

# --- a sixth set, scored blind before any fix --------------------------------------------------

SV_SKIDOR = """Rekordmånga besökare på skidorten

Vintersäsongen blev den bästa någonsin för Björkliden. Över 80 000 gäster besökte anläggningen.
– Vi har aldrig haft så mycket folk här, säger platschefen Lars Mäki till NSD. Det har varit fullt varje helg sedan jul.
Han tror att det beror på den tidiga snön.
– Många säger att de kommer tillbaka nästa år. "Vi har aldrig åkt i så bra backar", säger kunderna till oss hela tiden.

Foto: Eva Ström
"""

SV_SKIDOR_GOLD = [
    ("Vi har aldrig haft så mycket folk här", "Lars Mäki", "Björkliden", "platschefen", "dash-mid"),
    ("Det har varit fullt varje helg sedan jul.", "Lars Mäki", "Björkliden", "platschefen", "dash-mid"),
    (
        'Många säger att de kommer tillbaka nästa år. "Vi har aldrig åkt i så bra backar", säger kunderna till oss hela tiden.',
        "Lars Mäki", "Björkliden", "platschefen", "dash-continuation",
    ),
]

EN_FACULTY = """Two new professors join the faculty

The Faculty of Engineering welcomes two new professors this autumn: Karin Berg and Omar Haddad.

"We are delighted to welcome two such strong researchers," said dean Helena Lind and vice-dean Jonas Persson in a joint statement.

Karin Berg will lead the new robotics lab.

"Robotics is moving faster than ever. I look forward to building a strong team here."
"""

EN_FACULTY_GOLD = [
    ("We are delighted to welcome two such strong researchers", "dean Helena Lind and vice-dean Jonas Persson", None, None, "quote-marks-verb"),
    ("Robotics is moving faster than ever. I look forward to building a strong team here.", "Karin Berg", None, None, "quote-marks-context"),
]

SV_SJUKHUS = """Kronprinsessan invigde nya barnsjukhuset

Kronprinsessan Victoria klippte bandet vid det nya barnsjukhuset i Lund på tisdagen. Hon fick en rundvisning av personalen. – Det här är en fantastisk miljö för barnen, säger kronprinsessan.
Sjukhusdirektören Eva Borg var också nöjd.
– Vi har väntat på det här i tio år, säger Eva Borg.
"""

SV_SJUKHUS_GOLD = [
    ("Det här är en fantastisk miljö för barnen", "Victoria", None, "Kronprinsessan", "pronoun"),
    ("Vi har väntat på det här i tio år", "Eva Borg", None, "Sjukhusdirektören", "dash-after"),
]

BLIND_6 = {
    "sv_skidor": (SV_SKIDOR, SV_SKIDOR_GOLD),
    "en_faculty": (EN_FACULTY, EN_FACULTY_GOLD),
    "sv_sjukhus": (SV_SJUKHUS, SV_SJUKHUS_GOLD),
}
ARTICLES.update(BLIND_6)

# --- a seventh set, scored blind before any fix -------------------------------------------------

SV_VATGAS = """”Vi är redo” – Anna Ek om satsningen på vätgas

Energibolaget Norrkraft satsar två miljarder kronor på en vätgasfabrik i Boden.

– Vi är redo att bygga, och vi har finansieringen klar, säger Anna Ek, vd för Norrkraft, till Norrbottens-Kuriren.

Kommunalrådet Sara Lind (S) välkomnar beslutet.

– Det betyder 300 nya jobb för Boden, säger hon och pekar på kartan över industriområdet.

Även Carl af Klercker, ordförande i Bodens företagarförening, är positiv.

– Äntligen händer det något här.

Enligt Sara Lind ska kommunen bygga 500 nya bostäder till 2030.
"""

SV_VATGAS_GOLD = [
    ("Vi är redo", "Anna Ek", "Norrkraft", "vd", "headline"),
    ("Vi är redo att bygga, och vi har finansieringen klar", "Anna Ek", "Norrkraft", "vd", "dash-after"),
    ("Det betyder 300 nya jobb för Boden", "Sara Lind", "S", "Kommunalrådet", "pronoun"),
    ("Äntligen händer det något här.", "Carl af Klercker", "Bodens företagarförening", "ordförande", "dash-continuation"),
]

EN_BAKERY = """Local bakery wins national award

A family bakery in York has been named the best independent bakery in Britain.

Owner Sarah Jones, 52, said she was "completely overwhelmed" by the news.

"We started with one oven in a garage. Now we have twelve staff," Jones said. "I couldn't be prouder of the team."

Her husband Mark, who runs the shop with her, added: "It's recognition for years of early mornings."
"""

EN_BAKERY_GOLD = [
    ("completely overwhelmed", "Sarah Jones", None, "Owner", "partial-quote"),
    ("We started with one oven in a garage. Now we have twelve staff", "Sarah Jones", None, "Owner", "quote-marks-mid"),
    ("I couldn't be prouder of the team.", "Sarah Jones", None, "Owner", "quote-marks-mid"),
    ("It's recognition for years of early mornings.", "Mark", None, None, "quote-marks-colon"),
]

SV_PROFESSORER = """Två nya professorer vid Luleå tekniska universitet

Luleå tekniska universitet har utsett två nya professorer i år. Eva Holm blir professor i gruvteknik och Lena Strand professor i materialvetenskap.

– Det är en stor ära, säger Eva Holm.

Lena Strand kommer närmast från KTH i Stockholm.

– Jag ser fram emot att bygga upp en ny forskargrupp här, säger hon.
"""

SV_PROFESSORER_GOLD = [
    ("Det är en stor ära", "Eva Holm", "Luleå tekniska universitet", "professor i gruvteknik", "dash-after"),
    ("Jag ser fram emot att bygga upp en ny forskargrupp här", "Lena Strand", "Luleå tekniska universitet", "professor i materialvetenskap", "pronoun"),
]

BLIND_7 = {
    "sv_vatgas": (SV_VATGAS, SV_VATGAS_GOLD),
    "en_bakery": (EN_BAKERY, EN_BAKERY_GOLD),
    "sv_professorer": (SV_PROFESSORER, SV_PROFESSORER_GOLD),
}
ARTICLES.update(BLIND_7)

# --- an eighth set, scored blind before any fix -------------------------------------------------

SV_KLUSTER = """Klustret växer med tio nya medlemmar

Foto: Johan Berg

Sedan årsskiftet har tio nya företag gått med i klustret Robotdalen. Nu har nätverket över 120 medlemmar.

Klusterchef Maja Eriksson är nöjd med utvecklingen:

– Det visar att behovet av samverkan är stort. Företagen vill lära av varandra.

– Vi ska fortsätta att växa, men inte på bekostnad av kvaliteten.

En av de nya medlemmarna är Automation Nord, där Peter Ljung är teknisk chef.

”Vi gick med för att få kontakt med forskningen. Det har redan gett oss två nya projekt”, säger Peter Ljung.

Läs mer om Robotdalen på klustrets webbplats.
"""

SV_KLUSTER_GOLD = [
    (
        "Det visar att behovet av samverkan är stort. Företagen vill lära av varandra.\nVi ska fortsätta att växa, men inte på bekostnad av kvaliteten.",
        "Maja Eriksson", None, "Klusterchef", "dash-before-colon",  # implied only; the dev gold leaves such cases null
    ),
    (
        "Vi gick med för att få kontakt med forskningen. Det har redan gett oss två nya projekt",
        "Peter Ljung", "Automation Nord", "teknisk chef", "quote-marks-verb",
    ),
]

EN_STARTUP = """Startup raises 5 million euros

Stockholm-based startup Greenfoil has raised 5 million euros to scale up production of its compostable packaging.

- We have proven that the material works. Now it is about volume, says Elin Sjöberg, co-founder and CEO of Greenfoil.

The round was led by Nordic Impact Partners.

- Greenfoil has exactly the kind of technology we look for, says Tom Larsen, partner at Nordic Impact Partners. The market for plastic-free packaging is growing fast.
"""

EN_STARTUP_GOLD = [
    ("We have proven that the material works. Now it is about volume", "Elin Sjöberg", "Greenfoil", "co-founder and CEO", "dash-after"),
    ("Greenfoil has exactly the kind of technology we look for", "Tom Larsen", "Nordic Impact Partners", "partner", "dash-mid"),
    ("The market for plastic-free packaging is growing fast.", "Tom Larsen", "Nordic Impact Partners", "partner", "dash-mid"),
]

SV_INTERVJU = """Hon tar över efter 30 år

Lisa Öberg, 34, tar över familjeföretaget Öbergs Bageri i Sundsvall efter sin far Sven Öberg.

– Jag har vuxit upp i bageriet, så det känns naturligt, säger Lisa Öberg.

Hennes far går nu i pension.

– Jag lämnar över med gott samvete. Lisa kan det här bättre än jag, säger Sven Öberg och skrattar.

Bageriet har i dag tolv anställda.
"""

SV_INTERVJU_GOLD = [
    ("Jag har vuxit upp i bageriet, så det känns naturligt", "Lisa Öberg", None, None, "dash-after"),
    ("Jag lämnar över med gott samvete. Lisa kan det här bättre än jag", "Sven Öberg", None, None, "dash-after"),
]

BLIND_8 = {
    "sv_kluster": (SV_KLUSTER, SV_KLUSTER_GOLD),
    "en_startup": (EN_STARTUP, EN_STARTUP_GOLD),
    "sv_intervju": (SV_INTERVJU, SV_INTERVJU_GOLD),
}
ARTICLES.update(BLIND_8)

# --- a ninth set, scored blind before any fix -------------------------------------------------

SV_MYNDIGHET = """Tillväxtverket fördelar 50 miljoner till landsbygdsföretag

Tillväxtverket har beslutat att fördela 50 miljoner kronor till företag på landsbygden. Stödet ska gå till investeringar i digitalisering.

– Många företag på landsbygden har svårt att få lån till investeringar. Det här stödet kan göra stor skillnad, säger Karin Sundberg, enhetschef på Tillväxtverket.

Ansökan öppnar den 1 april. Enligt Tillväxtverket kan ett företag få högst 200 000 kronor.

Landsbygdsminister Erik Ström (KD) välkomnar satsningen. I ett uttalande skriver han:

”Landsbygden ska ha samma möjligheter som städerna. Digitaliseringen är nyckeln.”

Läs mer: ”Stöd för digitalisering” på Tillväxtverkets webbplats.
"""

SV_MYNDIGHET_GOLD = [
    (
        "Många företag på landsbygden har svårt att få lån till investeringar. Det här stödet kan göra stor skillnad",
        "Karin Sundberg", "Tillväxtverket", "enhetschef", "dash-after",
    ),
    ("Landsbygden ska ha samma möjligheter som städerna. Digitaliseringen är nyckeln.", "Erik Ström", "KD", "Landsbygdsminister", "quote-marks-colon"),
]

SV_EKOT = """Brist på vårdplatser i Region Gävleborg

Region Gävleborg har stängt 40 vårdplatser sedan i höstas på grund av brist på sjuksköterskor.

– Situationen är mycket ansträngd. Vi gör allt vi kan för att rekrytera, säger hälso- och sjukvårdsdirektör Pia Lind till Ekot.

Fackförbundet Vårdförbundet är kritiskt. Avdelningens ordförande Sara Nyman menar att regionen har varit för passiv.

– De har vetat om det här i flera år. Nu är det patienterna som får betala, säger Sara Nyman till Ekot.
"""

SV_EKOT_GOLD = [
    ("Situationen är mycket ansträngd. Vi gör allt vi kan för att rekrytera", "Pia Lind", None, "hälso- och sjukvårdsdirektör", "dash-after"),
    ("De har vetat om det här i flera år. Nu är det patienterna som får betala", "Sara Nyman", "Vårdförbundet", "ordförande", "dash-after"),
]

EN_COMMENT = """Port of Gothenburg reports record volumes

The Port of Gothenburg handled a record 1 million containers last year, according to figures released on Tuesday.

"This is a milestone for the port and for Swedish exports," commented Elvir Dzanic, CEO of the Gothenburg Port Authority.

The port has invested heavily in new rail connections. Dzanic believes this has been decisive.

"Rail is the key. Around 60 percent of our containers now leave the port by train," he added.

Environmental groups have criticised the so-called "port expansion plan" for its effects on the river.
"""

EN_COMMENT_GOLD = [
    ("This is a milestone for the port and for Swedish exports", "Elvir Dzanic", "Gothenburg Port Authority", "CEO", "quote-marks-verb"),
    ("Rail is the key. Around 60 percent of our containers now leave the port by train", "Elvir Dzanic", "Gothenburg Port Authority", "CEO", "pronoun"),
]

SV_INGA = """Årsmöte i hembygdsföreningen

Hembygdsföreningen höll sitt årsmöte i bygdegården på söndagen. Ett 40-tal medlemmar deltog.

Ordföranden Anders Berg berättade att föreningen har fått nya medlemmar under året och att ekonomin är god. Han sa också att ”sommarcaféet” blev en succé.

Föreningen har gett ut boken ”Byn vid sjön” om ortens historia.

Kontakt: Anders Berg, ordförande, 070-555 12 34
"""

BLIND_9 = {
    "sv_myndighet": (SV_MYNDIGHET, SV_MYNDIGHET_GOLD),
    "sv_ekot": (SV_EKOT, SV_EKOT_GOLD),
    "en_comment": (EN_COMMENT, EN_COMMENT_GOLD),
    "sv_inga": (SV_INGA, []),
}
ARTICLES.update(BLIND_9)

#: Fields the extractor is known to get wrong, with the reason: the tests skip these fields,
#: the benchmark counts them as errors.
KNOWN_GAPS = {
    ("sv_ekot", 1): ("organisation", "'Avdelningens ordförande' refers back to Vårdförbundet; no anaphora for organisations"),
}

# --- a tenth set, scored blind before any fix -------------------------------------------------

EN_BRITISH = """Council approves new cycle lanes

Leeds City Council has approved plans for 20 miles of new cycle lanes across the city.

Councillor Helen Hayden, executive member for infrastructure, said: ‘This is a big step towards a greener Leeds.’

‘We know not everyone is happy about losing parking spaces,’ she added. ‘But the evidence is clear.’

Local business owner Tariq Mahmood was less positive. ‘Nobody asked us,’ he said.
"""

EN_BRITISH_GOLD = [
    ("This is a big step towards a greener Leeds.", "Helen Hayden", None, "executive member for infrastructure", "quote-marks-colon"),
    ("We know not everyone is happy about losing parking spaces", "Helen Hayden", None, "executive member for infrastructure", "pronoun"),
    ("But the evidence is clear.", "Helen Hayden", None, "executive member for infrastructure", "pronoun"),
    ("Nobody asked us", "Tariq Mahmood", None, "business owner", "pronoun"),
]

SV_GUILLEMETS = """Festivalen lockade 30 000 besökare

Musikfestivalen i Hultsfred slog publikrekord i helgen.

Festivalgeneralen Johanna Ek: »Det här är det bästa år vi någonsin haft. Vi är helt överväldigade.«

Polisen rapporterade få incidenter. »Det har varit en lugn festival«, säger polisens presstalesperson Mats Ahl.

Nästa år hålls festivalen i juni.
"""

SV_GUILLEMETS_GOLD = [
    ("Det här är det bästa år vi någonsin haft. Vi är helt överväldigade.", "Johanna Ek", None, "Festivalgeneralen", "quote-marks-colon"),
    ("Det har varit en lugn festival", "Mats Ahl", "polisen", "presstalesperson", "quote-marks-verb"),
]

BLIND_10 = {"en_british": (EN_BRITISH, EN_BRITISH_GOLD), "sv_guillemets": (SV_GUILLEMETS, SV_GUILLEMETS_GOLD)}
ARTICLES.update(BLIND_10)

# --- an eleventh set, scored blind before any fix -----------------------------------------------

EN_PRESS = """Volvo Cars and Northvolt open battery research centre

GOTHENBURG, Sweden — Volvo Cars and Northvolt today opened a joint battery research centre in Gothenburg.

The centre will employ 400 engineers by 2026.

"Batteries are the heart of an electric car," said Anna Svensson, Head of Battery Research at Volvo Cars. "With this centre we take control of that technology."

Northvolt's chief technology officer, Martin Berg, said the centre would speed up development. "We will be able to test new cell chemistries in weeks instead of months," he said.

About Volvo Cars
Volvo Cars is a premium car maker headquartered in Gothenburg.

Media contact: press@volvocars.com
"""

EN_PRESS_GOLD = [
    ("Batteries are the heart of an electric car", "Anna Svensson", "Volvo Cars", "Head of Battery Research", "quote-marks-mid"),
    ("With this centre we take control of that technology.", "Anna Svensson", "Volvo Cars", "Head of Battery Research", "quote-marks-mid"),
    ("We will be able to test new cell chemistries in weeks instead of months", "Martin Berg", "Northvolt", "chief technology officer", "pronoun"),
]

EN_NEWS2 = """Flooding closes roads in northern Sweden

Heavy rain has flooded several roads in Norrbotten, the Swedish Transport Administration said on Sunday.

"We advise everyone to avoid unnecessary travel," spokesperson Lena Ahl told local radio.

Residents in Kalix described the situation as "the worst in living memory".

The rain is expected to ease on Tuesday.
"""

EN_NEWS2_GOLD = [
    ("We advise everyone to avoid unnecessary travel", "Lena Ahl", None, "spokesperson", "quote-marks-verb"),
]

BLIND_11 = {"en_press": (EN_PRESS, EN_PRESS_GOLD), "en_news2": (EN_NEWS2, EN_NEWS2_GOLD)}
ARTICLES.update(BLIND_11)

# --- a twelfth set, scored blind before any fix -------------------------------------------------

SV_REPORTAGE = """Han bygger båtar som på 1800-talet

I en gammal lada utanför Öregrund står Nils Wester, 67, och hyvlar en ekplanka. Han har byggt träbåtar i över 40 år.

– Det är ett hantverk som nästan har försvunnit. Jag vill att det ska leva vidare, säger han och stryker med handen över virket.

Intresset har ökat de senaste åren. Förra sommaren gick sex ungdomar hans kurs.
– De är otroligt duktiga. En av dem har redan byggt en egen eka.

Hans fru Karin Wester sköter bokningarna.

– Nils glömmer bort tiden när han står här ute, säger hon och skrattar.

Båtbyggarföreningens ordförande Olle Sand hoppas att fler ska upptäcka hantverket.

”Utan eldsjälar som Nils skulle kunskapen dö ut”, säger Olle Sand.
"""

SV_REPORTAGE_GOLD = [
    ("Det är ett hantverk som nästan har försvunnit. Jag vill att det ska leva vidare", "Nils Wester", None, None, "pronoun"),
    ("De är otroligt duktiga. En av dem har redan byggt en egen eka.", "Nils Wester", None, None, "dash-continuation"),
    ("Nils glömmer bort tiden när han står här ute", "Karin Wester", None, None, "pronoun"),
    ("Utan eldsjälar som Nils skulle kunskapen dö ut", "Olle Sand", "Båtbyggarföreningen", "ordförande", "quote-marks-verb"),
]

BLIND_12 = {"sv_reportage": (SV_REPORTAGE, SV_REPORTAGE_GOLD)}
ARTICLES.update(BLIND_12)

# --- a thirteenth set, scored blind before any fix ----------------------------------------------

SV_FORSKNING = """Ny metod kan upptäcka cancer tidigare

Forskare vid Karolinska Institutet har utvecklat ett blodprov som kan upptäcka tarmcancer i ett tidigt skede.

– Vi hoppas att testet ska kunna användas i screening inom fem år, säger Sofia Berglund, docent i molekylär medicin och en av forskarna bakom studien.

Studien omfattade 2 000 patienter. Resultaten publiceras i tidskriften Gut.

Överläkaren Martin Ek, som inte deltagit i studien, är försiktigt positiv:

– Det är lovande, men vi behöver större studier innan vi kan dra några slutsatser.

Enligt Socialstyrelsen insjuknar cirka 4 000 svenskar i tarmcancer varje år.
"""

SV_FORSKNING_GOLD = [
    (
        "Vi hoppas att testet ska kunna användas i screening inom fem år",
        "Sofia Berglund", "Karolinska Institutet", "docent i molekylär medicin och en av forskarna bakom studien", "dash-after",
    ),
    (
        "Det är lovande, men vi behöver större studier innan vi kan dra några slutsatser.",
        "Martin Ek", None, "Överläkaren", "dash-before-colon",
    ),
]

EN_SPORT = """Sundsvall wins the derby

GIF Sundsvall beat Östersund 2–1 in Saturday's derby in front of a record crowd.

"The lads gave everything today," said head coach Joel Cedergren. "I'm proud of every single one of them."

Striker Eric Larsson, who scored both goals, was modest about his own role.

"It's a team effort. I just happened to be in the right place," Larsson said.
"""

EN_SPORT_GOLD = [
    ("The lads gave everything today", "Joel Cedergren", None, "head coach", "quote-marks-mid"),
    ("I'm proud of every single one of them.", "Joel Cedergren", None, "head coach", "quote-marks-mid"),
    ("It's a team effort. I just happened to be in the right place", "Eric Larsson", None, "Striker", "quote-marks-verb"),
]

BLIND_13 = {"sv_forskning": (SV_FORSKNING, SV_FORSKNING_GOLD), "en_sport": (EN_SPORT, EN_SPORT_GOLD)}
ARTICLES.update(BLIND_13)

# --- a fourteenth set, scored blind before any fix ----------------------------------------------

SV_ALMI = """Almi lånar ut rekordmycket till småföretag

Almi Företagspartner beviljade under första halvåret lån på totalt 1,2 miljarder kronor, det högsta beloppet någonsin.

Bakom ökningen ligger framför allt stigande räntor hos bankerna, menar Almis vd Johan Ek.

– Många företag som tidigare fick lån i banken vänder sig nu till oss. Vi är en viktig kompletterande finansiär, säger han.

Störst ökning syns i Västra Götaland.

– Här har vi sett en fördubbling jämfört med i fjol, berättar regionchefen Lina Nord.

Almi ägs av staten och regionerna.
"""

SV_ALMI_GOLD = [
    (
        "Många företag som tidigare fick lån i banken vänder sig nu till oss. Vi är en viktig kompletterande finansiär",
        "Johan Ek", "Almi", "vd", "pronoun",
    ),
    ("Här har vi sett en fördubbling jämfört med i fjol", "Lina Nord", "Almi Företagspartner", "regionchefen", "dash-after"),
]

EN_UNI = """University launches climate institute

The University of Gothenburg is launching a new institute for climate research with 60 researchers.

Professor Deliang Chen, who will lead the institute, says: "We need to bring together knowledge from many different fields."

According to the university, the institute will receive 100 million kronor over five years.

"This is one of the largest investments in the university's history," says vice-chancellor Eva Wiberg.
"""

EN_UNI_GOLD = [
    ("We need to bring together knowledge from many different fields.", "Deliang Chen", "University of Gothenburg", "Professor", "quote-marks-colon"),
    ("This is one of the largest investments in the university's history", "Eva Wiberg", "University of Gothenburg", "vice-chancellor", "quote-marks-verb"),
]

BLIND_14 = {"sv_almi": (SV_ALMI, SV_ALMI_GOLD), "en_uni": (EN_UNI, EN_UNI_GOLD)}
ARTICLES.update(BLIND_14)

# --- a fifteenth set, scored blind before any fix -----------------------------------------------

SV_FULLMAKTIGE = """Skolnedläggning splittrar fullmäktige

Kommunfullmäktige i Ånge beslutade på måndagskvällen att lägga ned Torpshammars skola. Beslutet fattades med rösterna 24 mot 17.

– Det här är ett tungt beslut, men vi har inget val med de elevkullar vi ser, säger kommunstyrelsens ordförande Eva Sjölund (S).

Oppositionen protesterade högljutt under debatten.

– Ni slår sönder en hel bygd, sa Lars Norén (C) från talarstolen. Skolan är hjärtat i Torpshammar.

Föräldraföreningen har samlat in över 1 000 namn mot nedläggningen. Föreningens ordförande Anna Holmberg var på plats i salen.

– Vi kommer att överklaga beslutet. Det här är inte över, säger hon.

Skolan stänger efter vårterminen.
"""

SV_FULLMAKTIGE_GOLD = [
    (
        "Det här är ett tungt beslut, men vi har inget val med de elevkullar vi ser",
        "Eva Sjölund", "kommunstyrelsen", "ordförande", "dash-after",  # a committee beats the party letter
    ),
    ("Ni slår sönder en hel bygd", "Lars Norén", "C", None, "dash-mid"),
    ("Skolan är hjärtat i Torpshammar.", "Lars Norén", "C", None, "dash-mid"),
    ("Vi kommer att överklaga beslutet. Det här är inte över", "Anna Holmberg", "Föräldraföreningen", "ordförande", "pronoun"),
]

BLIND_15 = {"sv_fullmaktige": (SV_FULLMAKTIGE, SV_FULLMAKTIGE_GOLD)}
ARTICLES.update(BLIND_15)
