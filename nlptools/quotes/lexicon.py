"""Word lists for quote attribution in Swedish and English.

Kept as plain data so the rules in the other modules stay readable.  All
entries are lower case; callers compare ``word.lower()``.
"""

from __future__ import annotations

import re

#: Speech and writing verbs that introduce or close a direct quote.
SPEECH_VERBS_SV = frozenset(
    """
    säger sa sade berättar berättade menar menade konstaterar konstaterade betonar betonade
    förklarar förklarade skriver skrev tillägger tillade fortsätter fortsatte understryker underströk
    framhåller framhöll påpekar påpekade uppger uppgav svarar svarade tycker tyckte anser ansåg
    kommenterar kommenterade avslutar avslutade summerar summerade sammanfattar sammanfattade
    poängterar poängterade hävdar hävdade inflikar inflikade utbrister utbrast ropar ropade medger medgav
    erkänner erkände resonerar resonerade beskriver beskrev förtydligar förtydligade meddelar meddelade
    konstaterade noterar noterade skrattar skrattade suckar suckade varnar varnade lovar lovade
    frågar frågade undrar undrade replikerar replikerade argumenterar argumenterade tror trodde
    förklarar säger, uttrycker uttryckte intygar intygade bekräftar bekräftade citerar fastslår fastslog
    hälsar hälsade skämtar skämtade ler log hoppas hoppades tipsar tipsade uppmanar uppmanade inleder inledde
    vidhåller vidhöll tillstår tillstod sade säjer betonar fyller fyllde flikar flikade
    """.replace(",", " ").split()
)
SPEECH_VERBS_EN = frozenset(
    """
    says said tells told explains explained adds added notes noted writes wrote states stated
    continues continued remarks remarked comments commented emphasises emphasised emphasizes emphasized
    stresses stressed recalls recalled concludes concluded argues argued asks asked replies replied
    insists insisted acknowledges acknowledged admits admitted announces announced declares declared
    observes observed claims claimed suggests suggested warns warned believes believed laughs laughed
    explains points pointed reflects reflected predicts predicted promises promised confirms confirmed
    shares shared enthuses enthused jokes joked smiles smiled tweeted posted recounts recounted
    urges urged vows vowed
    """.split()
)
SPEECH_VERBS = SPEECH_VERBS_SV | SPEECH_VERBS_EN

#: Verbs whose object is the listener, not the speaker ("He told Racemail: …").
LISTENER_VERBS = frozenset("told tells asked asks informed informs".split())

#: Verbs that introduce a quote after a colon even without being speech verbs proper.
INTRO_VERBS = SPEECH_VERBS | frozenset(
    "kommenterar berättelse berättelsen sammanfattar beskriver uttalar uttalade".split()
)

#: Subject pronouns that can stand for a speaker, with gender ("f", "m", "n" for unknown/plural).
PRONOUNS = {
    "hon": "f", "han": "m", "hen": "n", "de": "p", "dom": "p",
    "she": "f", "he": "m", "they": "p",
}

#: Words after ", " that show a quote continuing after a mid-sentence attribution.
CONTINUATION_WORDS = frozenset(
    """
    och men så att det den detta jag vi ni man eftersom för medan när om då därför
    and but so that it this i we you because for while when if as then
    """.split()
)

#: Swedish and English parliamentary party abbreviations (used as organisation only if no other).
PARTIES = frozenset("S M MP KD C L V SD FP FI PP".split())

#: Role nouns and role suffixes (lower case).  A token is role-like when it is in ROLE_WORDS
#: or ends with one of ROLE_SUFFIXES.
ROLE_WORDS = frozenset(
    """
    vd vd:n ceo cfo cto coo cmo cio gd ordförande ordföranden talesperson talesman talesmannen
    drottning drottningen kung kungen kronprinsessan kronprinsessa prins prinsen prinsessan prinsessa
    statsminister statsministern minister ministern statsråd statsrådet riksdagsledamot riksdagsledamoten
    professor professorn docent docenten lektor lektorn rektor rektorn forskare forskaren doktorand doktoranden
    grundare grundaren ägare ägaren vice biträdande tillförordnad t.f. tf ställföreträdande
    kommunalråd kommunalrådet regionråd regionrådet oppositionsråd oppositionsrådet landshövding landshövdingen
    borgmästare borgmästaren president presidenten generaldirektör generaldirektören överdirektör
    chef chefen ledare ledaren projektledare projektledaren ledamot ledamoten sekreterare sekreteraren
    pressekreterare pressekreteraren strateg strategen expert experten analytiker analytikern ekonom ekonomen
    journalist journalisten författare författaren skådespelare skådespelaren artist artisten läkare läkaren
    researcher scientist manager director head chief chair chairman chairwoman chairperson founder cofounder
    co-founder officer spokesperson spokesman spokeswoman secretary analyst engineer strategist coordinator
    lead president mayor senator governor professor lecturer author economist partner consultant adviser
    advisor specialist editor producer dean principal owner executive vp evp svp coach captain tränare
    student studenten elev eleven lärare läraren dekan dekanus prorektor prorektorn rektor kassör bonde
    leader developer designer architect doctor nurse teacher representative member ambassador rector
    chancellor vice-chancellor curator intendent intendenten kurator councillor councilor alderman
    senator congressman congresswoman mp mep commissioner inspector sergeant constable detective

    tränaren kapten kaptenen kock kocken
    dr dr. prof prof.
    """.split()
)
ROLE_SUFFIXES = (
    "minister", "ministern", "chef", "chefen", "ordförande", "ordföranden", "direktör", "direktören",
    "strateg", "strategen", "ansvarig", "ansvariga", "ledare", "ledaren", "sekreterare", "sekreteraren",
    "handläggare", "handläggaren", "råd", "rådet", "ombudsman", "ombudsmannen", "forskare", "forskaren",
    "ingenjör", "ingenjören", "samordnare", "samordnaren", "koordinator", "koordinatorn", "expert",
    "experten", "hövding", "hövdingen", "chef:", "vd", "vd:n", "manager", "officer", "director",
    "strategist", "specialist", "journalist", "journalisten", "analytiker", "direktör", "redaktör",
    "redaktören", "inspektör", "entreprenör", "entreprenören", "psykolog", "psykologen", "talesperson",
    "rektor", "rektorn", "kommunikatör", "kommunikatören", "assistent", "assistenten", "medarbetare", "ombud",
    "ombudet", "officer", "president", "manager", "chef", "ansvarig", "ansvarige", "general", "generalen",
    "person", "personen",
    "utvecklare", "utvecklaren", "ägare", "ägaren", "ledamot", "ledamoten", "konsult", "konsulten",
    "sköterska", "sköterskan", "lärare", "läraren", "läkare", "läkaren", "pedagog", "pedagogen", "tekniker",
    "teknikern", "jurist", "juristen", "advokat", "advokaten", "ekonom", "ekonomen", "präst", "prästen",
    "campaigner", "worker", "teacher", "nurse", "doctor", "researcher", "scientist", "coordinator",
    "bibliotekarie", "bibliotekarien", "arkitekt", "arkitekten", "konstnär", "konstnären", "musiker", "musikern",
    "fotograf", "fotografen", "kurator", "kuratorn", "intendent", "intendenten", "dietist", "dietisten",
    "kapten", "kaptenen", "bonde", "bonden", "odlare", "odlaren", "kock", "kocken",
)

#: Capitalised words that start sentences or headings and are never part of a person's name.
COMMON_CAPITALISED = frozenset(
    """
    den det de där då när men och att som för med på i om av till från efter innan under över vid hos
    enligt även också här nu sedan så vi jag hon han hen ni man alla varje vår vårt våra min mitt mina
    hans hennes deras detta denna dessa vad vem vilken vilket hur varför ja nej tack hej bland inte
    the a an and but or of in on at to for from with by as after before when while this that these those
    we i he she they it you our his her their my its there here now then so also yet however according
    mr mrs ms dr prof sir lady lord saint st
    måndag tisdag onsdag torsdag fredag lördag söndag monday tuesday wednesday thursday friday saturday sunday
    januari februari mars april maj juni juli augusti september oktober november december
    january february march may june july august october
    foto bild text photo picture källa source presskontakt kontakt contact läs read
    farmor farfar mormor morfar mamma pappa mor far son sonen dotter dottern bror brodern syster systern
    fru frun make maken hustru hustrun
    var flera många fler färre några ingen inga inget somliga hela halva every many some most several each few
    """.split()
)

#: Countries and places: "från Island" is where someone is from, not an organisation.
PLACES = frozenset(
    """
    sverige sweden norge norway danmark denmark finland island iceland grønland grönland greenland
    färöarna faroe åland estland estonia lettland latvia litauen lithuania tyskland germany frankrike france
    england storbritannien britain uk usa amerika america kina china japan indien india ryssland russia
    ukraina ukraine polen poland spanien spain italien italy nederländerna holland netherlands belgien belgium
    österrike austria schweiz switzerland europa europe afrika africa asien asia kanada canada australien australia
    stockholm göteborg gothenburg malmö uppsala lund linköping örebro västerås umeå luleå skellefteå sundsvall
    jönköping norrköping helsingborg karlstad gävle växjö halmstad borås östersund kiruna visby kalmar
    köpenhamn copenhagen oslo helsingfors helsinki reykjavik london paris berlin bryssel brussels
    new york washington
    skåne norrland norrbotten västerbotten jämtland västernorrland dalarna värmland halland blekinge gotland
    """.split()
)

#: Honorifics before a name (never a role of their own): "Dr Laura Chen".
HONORIFICS = frozenset("dr prof mr mrs ms miss sir dame lord lady".split())

#: First-person words: a quote speaks for its speaker ("jag", "we").  One list per language and both.
FIRST_PERSON_SV = re.compile(r"\b(?:jag|vi|mig|oss|min|mitt|mina|vår|vårt|våra)\b", re.IGNORECASE)
FIRST_PERSON_EN = re.compile(r"(?-i:\bI\b)|\b(?:we|us|me|my|our)\b(?<!US)", re.IGNORECASE)  # "I", never the Swedish "i"; "us", not "US"
FIRST_PERSON = re.compile(FIRST_PERSON_SV.pattern + "|" + FIRST_PERSON_EN.pattern, re.IGNORECASE)
#: Personal pronouns only (no possessives: "Mitt liv som hund" is a title, not someone speaking).
FIRST_PERSON_PRONOUNS = re.compile(r"\b(?:[Jj]ag|[Vv]i|mig|oss|I|[Ww]e|us|me)\b")

#: Upper-case abbreviations that are no speaker's organisation (events, agencies of news, legal suffixes).
NOT_ORG_ACRONYMS = frozenset(
    "AB SA AS ASA LLC INC LTD PLC GMBH OY OYJ EU EM VM SM OS OL IT TT AP AFP FN UN USA UK PR HR AI ID CV DN SVT SR TV VD CEO CFO CTO".split()
)

#: Words that mark a capitalised sequence as an organisation rather than a person.
ORG_WORDS = frozenset(
    """
    ab inc ltd llc gmbh asa oy plc group park science village city center centre centrum institute institut
    institutet university universitet universitetet högskola högskolan kommun kommunen region regionen
    verket myndigheten agency department departementet foundation stiftelse stiftelsen association förening
    föreningen förbund förbundet kluster cluster open innovation innovations network nätverk council rådet
    bank banken society sällskap company bolag bolaget holding partners lab labs hub tech technology
    technologies systems solutions services energy school skola skolan sjukhus hospital museum
    akademi akademin academy regeringen government ministry styrelse styrelsen
    """.split()
)

#: Common first names with gender, for pronoun agreement only (never required).
FEMALE_NAMES = frozenset(
    """
    anna maria eva karin kristina lena sara emma elin ida johanna malin linda camilla sofia susanne helena
    marie annika ulrika jenny cecilia hanna louise ingrid birgitta margareta elisabeth kerstin marita
    lotta charlotte matilda alice amanda julia emilia ella maja wilma ebba klara linnea moa lisa frida
    ingrid margareta ulla cecilia ebba wilma elsa alva ester stina agnes astrid saga freja olivia nora lova
    selma vera signe tilda tove therese josefin frida helen ellen carin karolina katarina marianne monica åsa
    pia ulrika gunilla britt siv ann anne sanna maja moa nathalie jessica emelie emilie amanda rebecka
    patricia linda barbara susan karen nancy betty margaret sandra ashley kimberly donna carol dorothy melissa
    deborah stephanie sharon laura cynthia kathleen amy angela shirley brenda pamela nicole samantha katherine
    christine debra carolyn janet heather diane ruth julie joyce virginia victoria kelly lauren christina joan
    evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa madison frances kathryn janice
    jean abigail judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie
    brittany charlotte kayla alexis lori jane lucy chloe harriet fiona
    claire mia ewa inger anita annie birte gunilla renée renee silvia sylvia lena helene berit emina isabella
    magdalena jenny yvonne fatima carolina caroline sophie anne mary jennifer sarah jessica laura
    elizabeth susan karen nancy lisa michelle kate catherine jane rachel rebecca emily olivia
    amina aisha leila layla yasmin zainab maryam nour sara priya anjali deepa mei ling yuki aino kaisa
    ritva riitta pirjo tuula sirpa marja päivi anneli gunnel gun inga ingegerd agneta solveig majken ylva
    malin tiina hedvig irene irma iris jasmine jasmin kristin gabriella petra paula rosa rut viola
    """.split()
)
MALE_NAMES = frozenset(
    """
    lars anders johan per erik karl peter jan thomas mikael michael hans bengt bo nils fredrik daniel
    magnus stefan mats björn ulf göran leif jonas martin andreas mattias patrik tord carl gilbert henrik
    micael ibrahim sven jöns lennart alexander emanuel bertil tim anders david john james robert william
    richard joseph charles christopher paul mark steven kevin brian george edward oscar hugo lucas liam
    tom thomas sam adam eric olof ola lennart kjell rolf sten åke gunnar
    oskar william viktor filip isak emil axel ludvig olle anton gustav edvin sixten arvid albin melker
    christian kristian robert tomas rickard tobias sebastian simon jakob joakim niklas jesper marcus markus
    kalle pelle janne roger kent tommy håkan ingvar arne rune claes lasse hasse göte torbjörn
    matthew anthony donald steven andrew joshua kenneth timothy ronald jason jeffrey ryan jacob gary nicholas
    jonathan stephen larry justin scott brandon benjamin samuel gregory frank patrick raymond jack dennis
    jerry tyler aaron adam nathan henry douglas zachary kyle ethan walter noah jeremy keith terry gerald
    harold sean austin arthur lawrence dylan jesse jordan bryan joe bruce gabriel logan albert alan wayne
    elijah vincent ralph eugene russell philip louis tariq omar ali ahmed mohammed mohamed hassan
    yusuf youssef mustafa mehmet hussein karim amir reza arash raj rahul ravi wei jukka matti pekka timo
    mikko kari juha esa jouni veikko kent krister rasmus elias theo theodor alfred harald sigurd einar
    ragnar östen curt kurt birger östen stig sune tage ture valter werner conny benny ronny lenny
    """.split()
)

_ROLE_CHARS = re.compile(r"[^\wåäöæøéü:.-]", re.IGNORECASE)


def is_role_word(word: str) -> bool:
    """True for a title or function word such as ``vd``, ``landsbygdsminister``, ``CEO``."""
    w = _ROLE_CHARS.sub("", word.lower()).rstrip(".,")
    if not w:
        return False
    if w in ROLE_WORDS:
        return True
    if "-" in w.strip("-") and any(is_role_word(part) for part in w.split("-") if part):
        return True  # "vice-dean", "co-founder"
    if len(w) > 4 and w.endswith(ROLE_SUFFIXES):
        return True
    # "-are"/"-aren" agent nouns: forskare, handläggare, skådespelaren (never a capitalised name: "Compare")
    return word[:1].islower() and len(w) > 6 and w.endswith(("are", "aren")) and not w.endswith(("bare", "bara"))



#: Endings of lower-case organisation nouns ("kommunalförbundet", "regionen", "universitetet").
ORG_NOUN_SUFFIXES = (
    "förbund", "förbundet", "kommun", "kommunen", "region", "regionen", "bolag", "bolaget", "universitet",
    "universitetet", "högskola", "högskolan", "institut", "institutet", "verket", "myndighet", "myndigheten",
    "departement", "departementet", "förening", "föreningen", "stiftelse", "stiftelsen", "akademi", "akademien",
    "klustret", "nätverket", "rådet", "nämnden", "nämnd", "styrelsen", "utskottet", "koncernen", "gruppen",
    "företaget", "sjukhuset", "skolan", "länsstyrelsen", "kansliet", "avdelningen", "enheten", "klubben",
    "polisen", "tullen", "räddningstjänsten", "kustbevakningen", "försvarsmakten",
    "flygplats", "flygplatsen", "bibliotek", "biblioteket", "museum", "museet", "teater", "teatern",
    "gymnasium", "gymnasiet", "sjukhus", "hamn", "hamnen", "församling", "församlingen",
)
