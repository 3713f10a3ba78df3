"""Held-out articles for the quote tests, sets 5–8 (written for these tests, scored blind first).

Merged into ``quotes_fixtures.ARTICLES``; see that module for the format.
"""

from __future__ import annotations

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
    ("Närheten till andra entreprenörer är ovärderlig för oss", "Erik Lund", "Sensably", "grundare", "quote-marks-verb"),
]

SV_BOSTAD = """Kommunalrådet: Vi måste bygga fler bostäder

Bostadsbristen i Växjö är akut. Kommunstyrelsens ordförande Anna Tenje (M) vill nu snabba på byggandet.

– Vi måste bygga fler bostäder, och vi måste göra det snabbare än i dag, säger Anna Tenje.

Oppositionen är kritisk. Socialdemokraternas gruppledare Jon Ek (S) menar att planen saknar finansiering.

– Det är lätt att lova. Det svåra är att betala, säger han.
"""

SV_BOSTAD_GOLD = [
    # a municipal body stays in the role and the party letter is the organisation (as the dev gold and
    # held-out set A annotate: "ordförande i miljö- och hållbarhetsutskottet" (S), "Kommunstyrelsens ordförande … (S)")
    ("Vi måste bygga fler bostäder", "Anna Tenje", "M", "kommunstyrelsens ordförande", "headline"),
    ("Vi måste bygga fler bostäder, och vi måste göra det snabbare än i dag", "Anna Tenje", "M", "kommunstyrelsens ordförande", "dash-after"),
    ("Det är lätt att lova. Det svåra är att betala", "Jon Ek", "S", "gruppledare", "pronoun"),  # the party's letters, not its name
]

BLIND_5 = {
    "sv_regeringen": (SV_REGERINGEN, SV_REGERINGEN_GOLD),
    "sv_skola": (SV_SKOLA, SV_SKOLA_GOLD),
    "en_herring": (EN_HERRING, EN_HERRING_GOLD),
    "sv_inkubator": (SV_INKUBATOR, SV_INKUBATOR_GOLD),
    "sv_bostad": (SV_BOSTAD, SV_BOSTAD_GOLD),
}

# --- a sixth set, scored blind before any fix --------------------------------------------------

SV_SKIDOR = """Rekordmånga besökare på skidorten

Vintersäsongen blev den bästa någonsin för Björkliden. Över 80 000 gäster besökte anläggningen.
– Vi har aldrig haft så mycket folk här, säger platschefen Lars Mäki till NSD. Det har varit fullt varje helg sedan jul.
Han tror att det beror på den tidiga snön.
– Många säger att de kommer tillbaka nästa år. "Vi har aldrig åkt i så bra backar", säger kunderna till oss hela tiden.

Foto: Eva Ström
"""

SV_SKIDOR_GOLD = [
    ("Vi har aldrig haft så mycket folk här", "Lars Mäki", "Björkliden", "platschef", "dash-mid"),
    ("Det har varit fullt varje helg sedan jul.", "Lars Mäki", "Björkliden", "platschef", "dash-mid"),
    (
        'Många säger att de kommer tillbaka nästa år. "Vi har aldrig åkt i så bra backar", säger kunderna till oss hela tiden.',
        "Lars Mäki", "Björkliden", "platschef", "dash-continuation",
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
    ("Vi har väntat på det här i tio år", "Eva Borg", None, "sjukhusdirektör", "dash-after"),
]

BLIND_6 = {
    "sv_skidor": (SV_SKIDOR, SV_SKIDOR_GOLD),
    "en_faculty": (EN_FACULTY, EN_FACULTY_GOLD),
    "sv_sjukhus": (SV_SJUKHUS, SV_SJUKHUS_GOLD),
}

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
    ("Det betyder 300 nya jobb för Boden", "Sara Lind", "S", "kommunalråd", "pronoun"),
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
