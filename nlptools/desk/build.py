"""Build a :class:`~nlptools.desk.model.Draft` from an analysed article record.

The draft is a renderer's view of :class:`~nlptools.types.Article`: it runs no
pipeline step itself.  Whatever the record holds is shown (a record without a
translation gives the Swedish structure, quotes, summary and review view, with
a first line that says how to enable translation), and every translated
sentence goes through the offline checks of :mod:`nlptools.desk.checks`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from ..types import AlignedSentence, Article, Paragraph, ParagraphKind, Quote
from .checks import Flag, check_pair, check_paragraph
from .checks.logprob import check_logprob
from .checks.quotes import check_quote, check_quote_count
from .checks.terms import check_consistency
from .english import _ATTRIBUTION, press_quote
from .model import Draft, DraftParagraph, DraftSentence, QuoteRow
from .titles import DeskGlossary, desk_glossary

#: scores ``(sources, english)`` pairs with the MT model (see :mod:`nlptools.desk.checks.logprob`)
Scorer = Callable[[Sequence[str], Sequence[str]], list[float]]

ENABLE_TRANSLATION = "nlptools models download opus-mt-sv-en"
UNCERTAIN_CONFIDENCE = 0.75
_PARTICLES = frozenset("af av von van de der den du la le di da och".split())


def build_draft(article: Article, *, glossary: DeskGlossary | None = None, scorer: Scorer | None = None) -> Draft:
    """The English draft of ``article`` (an :class:`Article` from :func:`nlptools.analyze`)."""
    glossary = glossary if glossary is not None else desk_glossary()
    tr = article.translation
    translated = tr is not None and tr.target_language == "en"
    aligned = tr.sentences if tr is not None and translated else []
    by_paragraph: dict[int, list[AlignedSentence]] = {}
    for a in aligned:
        by_paragraph.setdefault(a.paragraph, []).append(a)

    paragraphs = [
        _paragraph(p, by_paragraph.get(p.index, []), tr.text if tr else "", translated, glossary)
        for p in article.paragraphs
        if p.kind is not ParagraphKind.TITLE
    ]
    sentences = [s for p in paragraphs for s in p.sentences if s.english is not None]
    for i, flag in check_consistency([s.english or "" for s in sentences], glossary):
        sentences[i].flags.append(flag)
    if scorer is not None and sentences:
        for s, score in zip(sentences, scorer([s.source for s in sentences], [s.english or "" for s in sentences]), strict=True):
            s.flags += check_logprob(score)

    quotes = [_quote_row(i, q, aligned, translated, glossary) for i, q in enumerate(article.quotes or [])]
    document_flags: list[Flag] = []
    if translated and article.quotes:
        document_flags += check_quote_count(len(article.quotes), sum(q.english is not None for q in quotes))

    title_source = article.title or (article.paragraphs[0].text if article.paragraphs else "")
    headline = (tr.title if translated and tr is not None and tr.title else None) or title_source
    lede_source, lede = _lede(article, aligned, translated)
    return Draft(
        article_id=article.id,
        headline=headline,
        headline_source=title_source,
        lede=lede,
        lede_source=lede_source,
        translated=translated,
        notice=_notice(article, translated),
        paragraphs=paragraphs,
        quotes=quotes,
        fact_box=fact_box(article),
        document_flags=document_flags,
    )


def fact_box(article: Article) -> list[str] | None:
    """HOOK for the events helper's English fact box, shown above the lede.

    Uses ``nlptools.events.render.render_fact_box(article.event)`` (Markdown
    lines such as ``- **When:** 12 May 2026``) when that module is present, as
    plain lines (``When: 12 May 2026``); None until then, or when the article
    is not an event report.
    """
    try:
        from ..events import render as events_render  # type: ignore[import-not-found,attr-defined,unused-ignore]
    except ImportError:
        return None
    fn = getattr(events_render, "render_fact_box", None)
    if fn is None:
        return None
    lines = [str(line) for line in fn(getattr(article, "event", None)) or []]
    plain = [re.sub(r"^\s*[-*]\s+", "", line).replace("**", "").strip() for line in lines[1:] if line.strip()]
    return plain or None


def _notice(article: Article, translated: bool) -> str | None:
    if translated:
        return None
    step = article.step("translation")
    hint = step.hint if step is not None and step.hint else ENABLE_TRANSLATION
    reason = step.reason if step is not None and step.reason else "the translation step did not run."
    return f"Not translated yet ({reason.rstrip('.')}): this draft shows the Swedish text. Enable translation with: {hint}"


def _lede(article: Article, aligned: list[AlignedSentence], translated: bool) -> tuple[str | None, str | None]:
    """The generated lede: ``summary.lede`` when the summary has one, else its first sentence."""
    summary = article.summary
    if summary is None:
        return None, None
    lede = getattr(summary, "lede", None)  # HOOK: the summary's dedicated lede (events helper)
    if isinstance(lede, str) and lede.strip():
        if summary.language == "en" or not translated:
            return lede, lede if summary.language == "en" else None
        for s in article.sentences:  # a lede taken from the article: its English is the aligned sentence
            if s.text.strip() == lede.strip():
                return lede, " ".join(a.text for a in aligned if s.start <= a.source_start < s.end) or None
        return lede, None
    if not summary.sentences:
        return summary.text or None, summary.text if summary.language == "en" else None
    first = summary.sentences[0]
    if summary.language == "en" or not translated:
        return first.source_text or first.text, first.text if summary.language == "en" else None
    if first.source_start is None or first.source_end is None:
        return first.text, None
    english = " ".join(a.text for a in aligned if first.source_start <= a.source_start < first.source_end)
    return first.text, english or None


def _paragraph(p: Paragraph, aligned: list[AlignedSentence], target: str, translated: bool, glossary: DeskGlossary) -> DraftParagraph:
    source = p.marker + p.text
    sentences = []
    aligned = sorted(aligned, key=lambda a: a.source_start)
    starts = [a.source_start for a in aligned]
    for s in p.sentences:  # each sentence's aligned pieces by binary search: linear in the paragraph's size
        pieces = aligned[bisect_left(starts, s.start) : bisect_left(starts, s.end)]
        english = " ".join(a.text.strip() for a in pieces) if translated else None
        flags = check_pair(s.text, english, glossary) if english is not None else []
        sentences.append(DraftSentence(s.text, english, flags))
    english_par: str | None = None
    flags: list[Flag] = []
    if translated:
        if aligned:
            raw = target[min(a.target_start for a in aligned) : max(a.target_end for a in aligned)]
            raw = re.sub(r"\s*\n\s*", " ", raw).strip() or " ".join(s.english or "" for s in sentences)
        else:
            raw = ""
        dash = p.kind is ParagraphKind.DASH_QUOTE or raw.lstrip().startswith(("–", "—"))
        english_par = press_quote(raw) if dash else _quote_marks(raw)
        flags = check_paragraph(p.text, raw) if raw else [Flag("omission", "this paragraph has no English")]
    return DraftParagraph(p.index, p.kind.value, source, english_par, sentences, flags)


def _quote_marks(text: str) -> str:
    """Swedish ”…” (same mark both ends) becomes English “…”."""
    return re.sub(r"”([^”\n]+)”", r"“\1”", text)


def _quote_row(i: int, q: Quote, aligned: list[AlignedSentence], translated: bool, glossary: DeskGlossary) -> QuoteRow:
    english = q.text_en
    if english is None and translated:
        pieces = [a for a in aligned if a.source_start < q.end and q.start < a.source_end]
        english = " ".join(a.text.strip() for a in pieces) or None
        if english:
            english = _strip_attribution(english)
    reason = _uncertainty(q)
    return QuoteRow(
        index=i,
        source=q.text,
        english=english,
        speaker=q.speaker if not q.speakers else " and ".join(q.speakers),
        organisation=q.organisation,
        role=q.role,
        role_en=glossary.render(q.role),
        confidence=q.confidence,
        uncertain=reason is not None,
        uncertain_reason=reason,
        flags=check_quote(q.text, english) if translated else [],
    )


def _strip_attribution(english: str) -> str:
    text = re.sub(r"^\s*[–—-]\s*", "", english).strip().strip("”“\"")
    m = _ATTRIBUTION.match(text)
    return (m["quote"] if m else text).strip().strip("”“\"")


def _uncertainty(q: Quote) -> str | None:
    if not q.speaker and not q.speakers:
        return "no speaker found"
    if q.confidence < UNCERTAIN_CONFIDENCE:
        return f"low confidence ({q.confidence:.2f})"
    if q.speaker and any(w[0].islower() and w not in _PARTICLES for w in q.speaker.split()):
        return "the speaker is a description, not a name"
    return None
