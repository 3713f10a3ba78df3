"""``extract_event(article)``: the facts of an event report, from the article's own words.

How: the headline and the first body sentences (quotes, bylines and datelines
left out) are searched for an event-kind word from the lexicon
(:mod:`.kinds`).  A text is an event report when such a word appears in the
headline or in the opening sentences together with a sign that a gathering
took place (an event verb, a date, a place or a head count).  The *event
sentences* — the headline and the opening sentences that name the event, a date
or an event verb — are then searched for the date (:mod:`.dates`, resolved
against the text's dateline), places (:mod:`.places`), organisers and
participating organisations (:mod:`.organisers`), and the first sentence with a
head count gives the participants (:mod:`.counts`).  Work is linear in the
text and bounded: only the first :data:`OPENING` body sentences are searched.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..types import Article, EventFacts, ParagraphKind
from .counts import find_counts
from .dates import DateMention, find_dates, parse_iso
from .kinds import KindMatch, find_kinds
from .organisers import find_organisers, find_participant_orgs
from .gazetteer import is_country
from .places import find_places, labelled_places

#: Body sentences searched for the event and its facts.
OPENING = 10
#: Characters of one sentence searched for facts (a real sentence is far shorter; this bounds the work).
MAX_SENTENCE_CHARS = 2000
#: Body sentences in which an event-kind word makes the text an event report.
LEAD_SENTENCES = 5

_EVENT_VERB = re.compile(
    r"\b(?:samla(?:des|s|de)|arrangera(?:des|s|de|r)|anordna(?:des|s|de|r)|hölls|hålls|ägde\s+rum|äger\s+rum|"
    r"invig(?:des|s|de)|genomfördes|genomförs|gästade|besökte|besöker|träffade|träffas|träffades|"
    r"bjöd\s+in|bjuder\s+in|deltog|medverkade|välkomnade|"
    r"took\s+place|was\s+held|were\s+held|will\s+be\s+held|is\s+held|gathered|inaugurated|opened|hosted|"
    r"visited|attended|welcomed)\b",
    re.IGNORECASE,
)
#: A sentence about the next event in a series, not this one ("Nästa träff hålls i …").
_NEXT = re.compile(r"\b(?:nästa|kommande|next|upcoming)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_SKIP = {ParagraphKind.TITLE, ParagraphKind.DATELINE, ParagraphKind.BYLINE, ParagraphKind.ATTRIBUTION,
         ParagraphKind.DASH_QUOTE, ParagraphKind.HEADING}  # fmt: skip
_QUOTED = re.compile(r"^\s*[\"“”«»]")


@dataclass(frozen=True, slots=True)
class _Sentence:
    text: str
    start: int
    paragraph: int


def body_sentences(article: Article, limit: int = OPENING) -> list[_Sentence]:
    """The first ``limit`` body sentences (no headline, dateline, byline, heading or quote)."""
    out: list[_Sentence] = []
    quoted = [(q.start, q.end) for q in article.quotes or []]
    for p in article.paragraphs:
        if p.kind in _SKIP:
            continue
        for s in p.sentences or []:
            if _QUOTED.match(s.text) or len(s.text.split()) < 3:
                continue
            if any(a <= s.start and s.end <= b for a, b in quoted):
                continue
            out.append(_Sentence(s.text[:MAX_SENTENCE_CHARS], s.start, p.index))
            if len(out) >= limit:
                return out
    return out


def dateline_info(article: Article) -> tuple[dt.date | None, int | None, list[str]]:
    """The anchor date, the year and the places the article's dateline gives."""
    info = article.metadata.get("dateline") if isinstance(article.metadata, dict) else None
    if not isinstance(info, dict):
        return None, None, []
    anchor = parse_iso(info.get("date"))
    year = anchor.year if anchor else None
    return anchor, year, [str(p) for p in info.get("places") or []]


def _language(article: Article) -> str:
    if article.language is not None and not article.language.is_undetermined:
        return article.language.language
    words = re.findall(r"\w+", article.text[:3000].lower())
    sv = sum(w in {"och", "att", "för", "som", "med", "på", "är"} for w in words)
    en = sum(w in {"the", "and", "to", "of", "for", "with", "is"} for w in words)
    return "en" if en > sv else "sv"


def _what(kinds: list[KindMatch], text: str) -> str:
    """The event as the text names it: a capitalised name ending in the kind word, else the word."""
    k = kinds[0]
    if k.word[:1].isupper():
        m = re.search(r"(?:[A-ZÅÄÖ][\w-]*\s+){0,3}$", text[: k.start])
        if m and m.group(0).strip():
            return (m.group(0) + k.word).strip()
    return k.word


def extract_event(article: Article) -> EventFacts:
    """The event facts of ``article`` (``is_event_report=False`` and no facts when it is not an event report)."""
    language = _language(article)
    title = (article.title or "")[:MAX_SENTENCE_CHARS]
    body = body_sentences(article)
    anchor, year, dl_places = dateline_info(article)
    if year is None:
        years = set(_YEAR.findall(title))
        year = int(years.pop()) if len(years) == 1 else None
    title_kinds = find_kinds(title)
    lead_kinds = [k for s in body[:LEAD_SENTENCES] for k in find_kinds(s.text)]
    opening = " ".join(s.text for s in body[:6])
    dates = [d for s in body for d in find_dates(s.text, anchor=anchor, year=year)]
    signal = bool(_EVENT_VERB.search(opening) or any(d.value for d in dates) or find_counts(opening))
    is_event = bool(title_kinds and (signal or lead_kinds)) or bool(lead_kinds and signal)
    if not is_event:
        return EventFacts(is_event_report=False, language=language)
    kinds = title_kinds or lead_kinds
    event_sents = [
        s.text
        for s in body
        if (find_kinds(s.text) or _EVENT_VERB.search(s.text) or find_dates(s.text)) and not _NEXT.search(s.text)
    ]
    date = _pick_date([d for s in event_sents for d in find_dates(s, anchor=anchor, year=year)])
    if date is None and _dateline_is_event_date(article):
        info = article.metadata["dateline"]
        date = DateMention(0, 0, str(info.get("text")), info.get("date"))
    places = list(dl_places)
    for s in [*(b.text for b in body), article.text[:MAX_SENTENCE_CHARS]]:  # "Plats: …" wherever it stands
        for p in labelled_places(s):
            if p not in places:
                places.append(p)
    for s in [title, *event_sents]:
        for p in find_places(s):
            if p not in places:
                places.append(p)
    specific = [p for p in places if not is_country(p)]
    if specific:
        places = specific  # "in Sweden" adds nothing once the city or venue is known
    kind_words = {k.word.lower() for s in [title, *(b.text for b in body)] for k in find_kinds(s)}
    organisers = find_organisers([title, *(s.text for s in body)], article.text, kind_words)
    counts = [c for s in body for c in find_counts(s.text)]
    participant_orgs = find_participant_orgs(event_sents, organisers + places)
    return EventFacts(
        is_event_report=True,
        what=_what(kinds, title if title_kinds else next(s.text for s in body if find_kinds(s.text))),
        kind=kinds[0].english,
        date=date.value if date else None,
        date_text=date.text if date else None,
        places=places[:8],
        organisers=organisers[:6],
        participants=counts[0].value if counts else None,
        participants_text=counts[0].text if counts else None,
        participant_orgs=participant_orgs,
        language=language,
    )


def _dateline_is_event_date(article: Article) -> bool:
    """A date line set above the headline, or one giving a range, dates the event (not the publication)."""
    info = article.metadata.get("dateline")
    if not isinstance(info, dict) or not info.get("date"):
        return False
    text = str(info.get("text", "")).lower()
    if re.search(r"\b(?:publicera|published|uppdater|updated|pressmeddelande|press release|by|av)\b", text):
        return False
    return info.get("position") == "above" or "/" in str(info.get("date"))


def _pick_date(mentions: list[DateMention]) -> DateMention | None:
    """The event's date: the first resolved mention in the event sentences."""
    return next((d for d in mentions if d.value), None)
