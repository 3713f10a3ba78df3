"""Very short texts: below the reliable length the result says so, and preferred languages win."""

from __future__ import annotations

import pytest

from nlptools.errors import ConfigError
from nlptools.intake import read_text
from nlptools.langid import LanguageDetector, LanguageStep, detect
from nlptools.langid.short import RELIABLE_WORDS, word_count
from nlptools.pipeline import Pipeline

LONG_SV = "Kommunen meddelade på tisdagen att den nya förskolan öppnar i augusti, och föräldrarna är nöjda."


def test_hej_is_swedish_and_flagged_as_short() -> None:
    result = detect("hej")
    assert result.language == "sv"
    assert result.reason and result.reason.startswith("short text (1 word")
    assert dict(result.candidates).get("sv") == result.probability


def test_without_a_preference_an_unlikely_guess_is_und_with_its_candidates() -> None:
    result = detect("hej", prefer=())
    assert result.language == "und" and result.probability == 0.0
    assert result.reason and "too short to identify reliably (1 word" in result.reason
    assert result.candidates  # the guesses stay visible


def test_the_raw_identifier_is_unchanged_when_the_handling_is_off() -> None:
    raw = LanguageDetector(reliable_words=0).detect("hej")
    assert raw.language not in ("und", "sv") and raw.reason is None  # what users saw before: a confident-looking guess


def test_long_and_sure_texts_are_not_flagged() -> None:
    det, raw = LanguageDetector(), LanguageDetector(reliable_words=0)
    for text in (LONG_SV, "Straßenbahnhaltestelle"):  # a long sentence; one unambiguous long word
        assert det.detect(text) == raw.detect(text)
        assert det.detect(text).reason is None


def test_every_short_answer_says_so() -> None:
    for text in ("Guten Morgen", "tack", "hej då", "Vi ses i morgen", "bonjour"):
        result = detect(text)
        assert result.reason, text
        assert result.language == "und" or "short text" in result.reason


def test_preference_follows_the_configuration() -> None:
    english_first = LanguageDetector(languages=["sv", "da", "nb", "en", "de"], prefer=["en"])
    assert english_first.prefer == ("en",)
    assert LanguageDetector(languages=["de", "fr"], prefer=["sv"]).prefer == ()  # outside the candidates: ignored
    assert english_first.detect("hello").language == "en"
    with pytest.raises(ConfigError):
        LanguageDetector(reliable_words=-1)


def test_batch_equals_one_by_one_for_short_texts() -> None:
    det = LanguageDetector(languages=["sv", "da", "nb", "nn", "en", "de"])
    texts = ["hej", "tack", LONG_SV, "Guten Morgen", "ok", "Hej på dig"]
    assert det.detect_many(texts) == [det.detect(t) for t in texts]


def test_word_count_is_bounded_and_counts_unspaced_scripts() -> None:
    assert word_count("ett två tre fyra fem sex sju", RELIABLE_WORDS) == RELIABLE_WORDS
    assert word_count("hej då", RELIABLE_WORDS) == 2
    assert word_count("東京都の人口は多いです", RELIABLE_WORDS) == RELIABLE_WORDS  # 11 characters, no spaces


def test_step_short_paragraphs_take_the_documents_language() -> None:
    article = read_text("Nytt bibliotek\n\n" + LONG_SV + "\n\nHej\n\nTack!", id="s1")
    [out] = Pipeline([LanguageStep(languages=["sv", "da", "nb", "nn", "en", "de"])]).run([article])
    assert out.language is not None and out.language.language == "sv"
    assert [p.language.language for p in out.paragraphs[-2:]] == ["sv", "sv"]  # type: ignore[union-attr]
