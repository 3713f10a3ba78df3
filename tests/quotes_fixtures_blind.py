"""Held-out articles for the quote tests, sets 9–15 (written for these tests, scored blind first).

Merged into ``quotes_fixtures.ARTICLES``; see that module for the format.
"""

from __future__ import annotations

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
    ("This is a big step towards a greener Leeds.", "Helen Hayden", "Leeds City Council", "executive member for infrastructure", "quote-marks-colon"),
    ("We know not everyone is happy about losing parking spaces", "Helen Hayden", "Leeds City Council", "executive member for infrastructure", "pronoun"),
    ("But the evidence is clear.", "Helen Hayden", "Leeds City Council", "executive member for infrastructure", "pronoun"),
    ("Nobody asked us", "Tariq Mahmood", None, "business owner", "pronoun"),
]

SV_GUILLEMETS = """Festivalen lockade 30 000 besökare

Musikfestivalen i Hultsfred slog publikrekord i helgen.

Festivalgeneralen Johanna Ek: »Det här är det bästa år vi någonsin haft. Vi är helt överväldigade.«

Polisen rapporterade få incidenter. »Det har varit en lugn festival«, säger polisens presstalesperson Mats Ahl.

Nästa år hålls festivalen i juni.
"""

SV_GUILLEMETS_GOLD = [
    ("Det här är det bästa år vi någonsin haft. Vi är helt överväldigade.", "Johanna Ek", None, "festivalgeneral", "quote-marks-colon"),
    ("Det har varit en lugn festival", "Mats Ahl", "polisen", "presstalesperson", "quote-marks-verb"),
]

BLIND_10 = {"en_british": (EN_BRITISH, EN_BRITISH_GOLD), "sv_guillemets": (SV_GUILLEMETS, SV_GUILLEMETS_GOLD)}

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
        "Martin Ek", None, "överläkare", "dash-before-colon",
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
        "Johan Ek", "Almi Företagspartner", "vd", "pronoun",  # genitive short form "Almis vd" → full name
    ),
    ("Här har vi sett en fördubbling jämfört med i fjol", "Lina Nord", "Almi Företagspartner", "regionchef", "dash-after"),
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
        "Eva Sjölund", "S", "kommunstyrelsens ordförande", "dash-after",  # a municipal body stays in the role
    ),
    ("Ni slår sönder en hel bygd", "Lars Norén", "C", None, "dash-mid"),
    ("Skolan är hjärtat i Torpshammar.", "Lars Norén", "C", None, "dash-mid"),
    ("Vi kommer att överklaga beslutet. Det här är inte över", "Anna Holmberg", "Föräldraföreningen", "ordförande", "pronoun"),
]

BLIND_15 = {"sv_fullmaktige": (SV_FULLMAKTIGE, SV_FULLMAKTIGE_GOLD)}
