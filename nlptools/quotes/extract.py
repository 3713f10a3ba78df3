"""``extract_quotes``: direct quotes with speaker, role and organisation, from rules alone.

The pipeline is: split the article into units (:mod:`.structure`), find quote
candidates and their attributions as written (:mod:`.candidates`,
:mod:`.attribution`), then resolve speakers to full names with role and
organisation (:mod:`.resolve`), and finally the headline quote
(:mod:`.headline`), whose speaker the body shows; organisations the attribution
did not give come from the rest of the article (:mod:`.orgfill`).
"""

from __future__ import annotations

import re

from ..types import Article, Quote
from .candidates import Candidate, Walker
from .affiliation import affiliate, organisation_mentions, plausible_speaker
from .confidence import confidence
from .headline import headline_quote
from .resolve import Resolved, Resolver
from .orgnames import article_places, definite_kind_noun, full_organisation_names, group_from_title, places_are_not_organisations
from .orgfill import (
    definite_role_company,
    lead_company,
    named_antecedent,
    share_within_speaker,
    wire_company,
)
from .speakers import NameIndex
from .structure import split_units

_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000"})



def _article(text_or_article: str | Article) -> Article:
    if isinstance(text_or_article, Article):
        return text_or_article
    from ..sources import article_from_text  # the one text → Article converter

    return article_from_text(text_or_article)


def extract_quotes(text_or_article: str | Article, *, language: str | None = None) -> list[Quote]:
    """Direct quotes of ``text_or_article`` with their speakers, in text order.

    Works without any model: quote marks, speech dashes, speech verbs and the
    article's structure.  Offsets index ``Article.text`` (for a string, the
    normalised text that :func:`nlptools.intake.read_text` builds from it).
    ``language`` (``"sv"``/``"en"``) is accepted for symmetry with other steps;
    Swedish and English conventions are always both recognised because real
    articles mix them (English texts with Swedish speech dashes).
    """
    article = _article(text_or_article)
    original = article.text
    # no-break and thin spaces become plain spaces, one character for one, so every offset still
    # indexes Article.text while the rules only have to know " " ("–\u00a0Det är bra")
    text = original.translate(_SPACES)
    index = NameIndex.build(text)
    units = split_units(text, article.title)
    candidates = Walker(text, units, index).walk()
    resolver = Resolver(text, units, index, candidates)
    quotes: list[Quote] = []
    previous: Resolved | None = None
    for cand in candidates:
        res = resolver.resolve(cand, previous)
        if res.speaker is None:
            continue
        quotes.append(_quote(original, cand, res))
        previous = res
    head = _headline(text, units, index, resolver, quotes)
    if head is not None:
        head.text = original[head.start : head.end]
        quotes.insert(0, head)
    quotes = _crossheads(original, text, units, quotes)
    wire_company(text, article.title, quotes)
    lead_company(text, units, quotes)
    definite_role_company(text, units, index, resolver, quotes)
    share_within_speaker(quotes)
    named_antecedent(text, quotes)
    definite_kind_noun(text, quotes)
    group_from_title(article.title, quotes)
    places_are_not_organisations(text, quotes)
    full_organisation_names(text, quotes)
    orgs = {m.name for m in organisation_mentions(text, article.title, set())}
    places = article_places(text)
    quotes = [q for q in quotes if q.speaker and plausible_speaker(q.speaker, places, index.lower_vocab, orgs)]
    affiliate(text, article.title, quotes)
    for q in quotes:  # how often such a quote had the right speaker in the annotated real articles
        q.confidence = confidence(q.cue, q.speaker, q.speakers is not None)
    return quotes


def _quote(text: str, cand: Candidate, res: Resolved) -> Quote:
    pieces = [text[s:e] for s, e in cand.parts]
    res = Resolved(res.speaker, res.speakers, res.profile.political())
    return Quote(
        text="\n".join(pieces),
        start=cand.parts[0][0],
        end=cand.parts[-1][1],
        speaker=res.speaker,
        organisation=res.profile.org_or_party,  # a joint attribution: only a shared profile
        role=res.profile.role,
        cue=cand.cue,
        confidence=0.0,  # set from the fitted table once the quote is final
        speakers=res.speakers,
    )


def _crossheads(original: str, text: str, units: list, quotes: list[Quote]) -> list[Quote]:
    """A short quoted crosshead (``”Vi måste våga mer”``) repeating words of a quote below it."""
    from .marks import find_mark_spans

    taken = [(q.start, q.end) for q in quotes]
    out = list(quotes)
    for u in units:
        if u.is_title or u.is_dash or any(s <= u.start < e for s, e in taken):
            continue
        spans = find_mark_spans(text, u.start, u.end)
        if len(spans) != 1 or spans[0].close < 0:
            continue
        before, after = text[u.start : spans[0].open].strip(), text[spans[0].close + 1 : u.end].strip(" .!?")
        framed_before = not before or (before.endswith(":") and len(before.split()) <= 4)  # "Resenärsforum: ”…”"
        framed_after = not after or (after[:1] in "–—-" and len(after.split()) <= 5)  # "”…” – Lena Ek"
        if not (framed_before and framed_after) or (before and after):
            continue
        s, e = spans[0].inner_start, spans[0].close
        words = _tokens(text[s:e])
        if not 1 <= len(text[s:e].split()) <= 12 or any(q.start <= s < q.end for q in quotes):
            continue
        below = [q for q in quotes if q.start > u.end and q.speaker]
        same = next((q for q in below[:3] if len(words & _tokens(q.text)) >= 0.6 * len(words)), None)
        # a quoted crosshead or deck with nothing around it speaks for the next quote's speaker below it
        nearby = below[0] if below and not before and not after and below[0].start - u.end <= _CROSSHEAD_REACH else None
        q = same if same is not None and len(text[s:e].split()) >= 3 else nearby
        if q is not None:
            out.append(Quote(original[s:e], s, e, q.speaker, q.organisation, q.role, "headline", 0.0, q.speakers))
    return sorted(out, key=lambda q: q.start)


#: How far below a bare quoted crosshead the quote whose speaker it takes may start (characters).
_CROSSHEAD_REACH = 600


def _tokens(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.lower()))


def _headline(text: str, units: list, index: NameIndex, resolver: Resolver, body: list[Quote]) -> Quote | None:
    found = headline_quote(text, units, index, tuple(q.text for q in body))
    if found is None:
        return None
    (s, e), ref, _marks = found
    qtext = text[s:e]
    res: Resolved | None = None
    title_end = next((u.end for u in units if u.is_title), e)
    toks = _tokens(qtext)
    repeated = next((q for q in body if len(toks) >= 3 and len(toks & _tokens(q.text)) >= 0.8 * len(toks)), None)
    if repeated is not None and (ref is None or ref.start >= title_end):
        ref = None  # the headline repeats a body quote: its speaker beats a caption or byline after the title
        res = Resolved(repeated.speaker, repeated.speakers, resolver.profile_of(repeated.speaker))
    if ref is not None:
        cand = Candidate([(s, e)], ref, "headline")
        res = resolver.resolve(cand, None)
        if ref.kind == "name":
            res = Resolved(res.speaker, None, resolver.profile_of(res.speaker).merged(ref.profile))
    if res is None or res.speaker is None:
        for q in body:  # the body quote the headline repeats
            qt = _tokens(q.text)
            if toks and qt and 2 * len(toks & qt) / (len(toks) + len(qt)) >= 0.5:
                res = Resolved(q.speaker, q.speakers, resolver.profile_of(q.speaker))
                break
    if (res is None or res.speaker is None) and body:
        first = body[0]
        res = Resolved(first.speaker, first.speakers, resolver.profile_of(first.speaker))
    if res is None or res.speaker is None:
        return None
    res = Resolved(res.speaker, res.speakers, res.profile.political())
    return Quote(
        text=qtext, start=s, end=e, speaker=res.speaker,
        organisation=res.profile.org_or_party, role=res.profile.role,
        cue="headline", confidence=0.0, speakers=res.speakers,
    )
