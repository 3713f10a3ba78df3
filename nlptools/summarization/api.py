"""``summarize(text)``: the one call for a short summary with a faithfulness check.

>>> from nlptools import summarize
>>> s = summarize(open("report.md").read(), sentences=2)   # doctest: +SKIP
>>> s.text, s.method, s.faithfulness.flagged                # doctest: +SKIP

The extractive default needs no model and works offline for any language; the
abstractive method needs seq2seq weights (``nlptools models download
distilbart-cnn-12-6``).  For an article whose translation ran, sentences are
chosen in the source and their aligned English is returned.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from ..errors import ConfigError, UnsupportedLanguageError
from ..types import Article, ParagraphKind, Summary, SummarySentence
from . import faithfulness
from .candidates import aligned_units, article_language, candidates_for
from .extractive import DEFAULT_CONFIG, Candidate, ExtractiveConfig, summarize_candidates
from .lede import lede_for
from .report import mark_report_candidates, resolve_time

if TYPE_CHECKING:
    from .abstractive import AbstractiveSummarizer

Method = Literal["extractive", "abstractive"]
METHODS = ("extractive", "abstractive")
#: Words a one-line lede may have before a shorter sentence is preferred.
LEDE_WORDS = 40


@dataclass(frozen=True, slots=True)
class Length:
    """Validated length control: a sentence count, or a word budget, or both."""

    sentences: int | None
    words: int | None
    lede: bool = False  # one sentence, preferably at most LEDE_WORDS words

    @classmethod
    def of(cls, sentences: int | None, words: int | None, lede: bool) -> Length:
        if lede:
            return cls(1, None, True)
        for name, value in (("sentences", sentences), ("words", words)):
            if value is not None and (not isinstance(value, int) or value < 1):
                raise ConfigError(f"{name} must be a positive integer, not {value!r}.", fix=f"pass {name}=3 or so.")
        if words is not None:
            return cls(None, words)  # a word budget replaces the default sentence count
        return cls(sentences if sentences is not None else 3, None)


def check_method(method: str) -> str:
    if method not in METHODS:
        raise ConfigError(f"unknown summary method {method!r}.", fix="use 'extractive' or 'abstractive'.")
    return method


def summarize(
    source: str | os.PathLike[str] | Article,
    *,
    sentences: int | None = None,
    words: int | None = None,
    method: str = "extractive",
    model: str | None = None,
    lede: bool = False,
    language: str | None = None,
    device: str = "auto",
) -> Summary:
    """Summarise a text (``str``), a file (``Path``) or an :class:`Article`.

    ``sentences`` (default 3) or ``words`` control the length (not both);
    ``lede=True`` gives the single best sentence.  ``method``
    is ``"extractive"`` (default, offline) or ``"abstractive"`` (``model`` is a
    registry name or a local directory; default by language).  ``language``
    overrides detection.  The result always carries a faithfulness check
    against the source.  A thin call into the pipeline every command runs
    (``language`` → ``summary``).
    """
    from ..analysis import run_step
    from ..langid.step import LanguageConfig
    from .step import SummaryConfig

    config = SummaryConfig(sentences=sentences, words=words, method=method, model=model, lede=lede)
    article = run_step(source, "summary", {"language": LanguageConfig(language=language), "summary": config}, device=device)
    assert article.summary is not None  # required step: a skip raised
    return article.summary


def _source_language(article: Article) -> str:
    t = article.translation
    if t is not None and t.sentences:
        return t.target_language
    return article_language(article)


#: A report's summary (the article went through the event step and the default 3 sentences were asked
#: for): at most this many words, usually 2–4 sentences, like the hand-written references.
REPORT_WORDS = 70
#: Ranker weights for reports: a stronger lead prior and centrality, longer sentences preferred.  Chosen
#: among 36 settings on summ-sv/dev2; benchmarks/summ_sv_eval.py reports the choice under 6-fold CV.
REPORT_CONFIG = ExtractiveConfig(lead=2.0, centrality=0.8, length=0.4)


def report_policy(article: Article) -> bool:
    """Whether the report policy applies: ``article`` went through the event step.

    Only then are quotes, first-person voice and relative days passed over or
    rewritten (see :mod:`.report`) and the default length a word budget; a plain
    ``summarize(text)`` of news keeps the ranker's own choices (quotes are only
    penalised, "today" stays as written).
    """
    return article.event is not None


def report_length(article: Article, length: Length, config: ExtractiveConfig) -> tuple[Length, ExtractiveConfig]:
    """The report policy's length and weights when ``article`` went through the event step, else as given."""
    if report_policy(article) and length == Length(3, None) and config is DEFAULT_CONFIG:
        return Length(None, REPORT_WORDS), REPORT_CONFIG
    return length, config


def extractive_summary(article: Article, length: Length, config: ExtractiveConfig = DEFAULT_CONFIG) -> Summary:
    """Pick sentences in the source; output aligned English when the article was translated.

    For an article the event step has seen (``article.event`` set) the default
    three sentences become the report summary: at most :data:`REPORT_WORDS` words.
    """
    length, config = report_length(article, length, config)
    translation = article.translation if article.translation is not None and article.translation.sentences else None
    source_language = article_language(article)
    report = report_policy(article)
    anchor = dateline_anchor(article) if report else None
    candidates = candidates_for(article)
    if report:
        candidates = report_candidates(article, candidates, source_language, anchor, drop=translation is None)
    if translation is not None:  # only sentences that have a translation can be output in English
        candidates = [
            c if c.skip or aligned_units(translation, c.start, c.end) else _skip(c, "untranslated")
            for c in candidates
        ]
    picked = summarize_candidates(
        candidates,
        sentences=length.sentences,
        word_budget=length.words,
        max_sentence_words=LEDE_WORDS if length.lede else None,
        config=config,
    )
    out: list[SummarySentence] = []
    rewritten: list[str] = []
    used: set[int] = set()
    for c in picked:
        text = c.text.strip()
        if translation is not None:
            units = [u for u in aligned_units(translation, c.start, c.end) if id(u) not in used]
            used.update(id(u) for u in units)
            text = " ".join(u.text.strip() for u in units if u.text.strip())
            if not text:
                continue
        if report and translation is None:  # relative days resolved against the dateline, or dropped
            resolved = resolve_time(text, anchor, source_language) or text
            if resolved != text:
                rewritten.append(resolved)
            text = resolved
        out.append(SummarySentence(text=text, source_start=c.start, source_end=c.end, source_text=c.text))
    lede = lede_for(article)
    if length.lede and lede is not None and translation is None:
        out = [_lede_sentence(article, lede)]
        rewritten = [lede]
    summary_text = " ".join(s.text for s in out)
    # resolved relative days ("den 10 mars") come from the dateline: they count as supported
    support = "\n".join([article.text, *rewritten])
    if translation is not None:
        language = translation.target_language
        check = faithfulness.check(summary_text, translation.text, number_source=support)
    else:
        language = source_language
        check = faithfulness.verbatim([s.text for s in out], article.text) or faithfulness.check(summary_text, support)
    return Summary(
        text=summary_text, method="extractive", language=language, sentences=out, faithfulness=check, lede=lede
    )


def _lede_sentence(article: Article, lede: str) -> SummarySentence:
    """The lede as a summary sentence, with the source span it was taken from when found."""
    for c in candidates_for(article):
        if lede.rstrip(".") and lede.rstrip(".")[:40] in c.text:
            return SummarySentence(text=lede, source_start=c.start, source_end=c.end, source_text=c.text)
    return SummarySentence(text=lede)


def report_candidates(
    article: Article, candidates: list[Candidate], language: str, anchor: object, *, drop: bool = True
) -> list[Candidate]:
    """Quotes, first-person voice and unusable relative days get a skip reason (see :mod:`.report`).

    ``drop``: an unresolvable relative day may be cut out of the sentence (source-language
    output); with an English rendering it cannot, so such a sentence is passed over.
    """
    out = []
    for c in mark_report_candidates(article, candidates, language):
        usable = c.skip or resolve_time(c.text, anchor, language, drop=drop) is not None  # type: ignore[arg-type]
        out.append(c if usable else _skip(c, "relative time"))
    return out


def dateline_anchor(article: Article):  # noqa: ANN201 - datetime.date | None
    """The date of the article's own dateline (anchors "i går", "på tisdag"), or ``None``."""
    from ..events.extract import dateline_info

    return dateline_info(article)[0]


def _skip(c: Candidate, reason: str) -> Candidate:
    return replace(c, skip=reason)


def abstractive_input(article: Article) -> tuple[str, str]:
    """The text the model reads and its language: the English translation when present, else the body."""
    t = article.translation
    if t is not None and t.sentences:
        return t.text, t.target_language
    furniture = (ParagraphKind.BYLINE, ParagraphKind.TITLE, ParagraphKind.DATELINE)
    keep = [p for p in article.paragraphs if p.kind not in furniture]
    body = "\n\n".join(article.text[p.start : p.end] for p in keep) if keep else article.text
    return body, article_language(article)


def abstractive_summary(article: Article, length: Length, summarizer: AbstractiveSummarizer) -> Summary:
    """Summarise one article with a seq2seq model, chunking long input (see :mod:`.abstractive`)."""
    return abstractive_summaries([article], length, summarizer)[0]


def abstractive_summaries(
    articles: Sequence[Article], length: Length, summarizer: AbstractiveSummarizer
) -> list[Summary]:
    """Summarise several articles; their chunks share model batches."""
    inputs = [abstractive_input(a) for a in articles]
    for _, language in inputs:
        if not summarizer.supports(language):
            raise UnsupportedLanguageError(
                f"model {summarizer.name!r} summarises {', '.join(summarizer.languages)}, not {language!r}.",
                fix="run the translation step first (nlptools analyze), or use a multilingual model (--model mt5-xlsum).",
            )
    results = summarizer.summarize_many(
        [t for t, _ in inputs], languages=[lang for _, lang in inputs], sentences=length.sentences, words=length.words
    )
    out: list[Summary] = []
    for article, (text, language), result in zip(articles, inputs, results):
        summary_text = " ".join(result.sentences)
        number_source = article.text if text != article.text else None
        out_lang = language if language != "und" else summarizer.output_language or "und"
        out.append(
            Summary(
                text=summary_text,
                method="abstractive",
                language=out_lang,
                sentences=[SummarySentence(text=s) for s in result.sentences],
                model=summarizer.name,
                faithfulness=faithfulness.check(summary_text, text, number_source=number_source),
            )
        )
    return out
