"""SummaryStep: Swedish source sentences are chosen, their aligned English is output."""

from __future__ import annotations

from nlptools.intake import read_text
from nlptools.pipeline import Pipeline
from nlptools.summarization.step import SummaryStep
from nlptools.types import AlignedSentence, LanguageResult, Translation

SWEDISH = """Ny vindkraftpark norr om Skellefteå

Av Anna Svensson

Skellefteå kommun har beslutat att bygga en ny vindkraftpark med 40 vindkraftverk norr om staden, och arbetet med vindkraftparken börjar redan i vår.

Vindkraftparken ska stå klar 2027 och kostar 3,5 miljarder kronor enligt kommunen.

Beslutet om vindkraftparken togs på tisdagen efter en lång debatt i kommunfullmäktige.

Vädret var fint under dagen.

Kontakt: anna.svensson@example.se, tel 070-123 45 67
"""

ENGLISH = {
    "Skellefteå kommun har beslutat": [
        "Skellefteå municipality has decided to build a new wind farm with 40 turbines north of the town,",
        "and work on the wind farm begins this spring.",
    ],
    "Vindkraftparken ska stå klar": ["The wind farm will be finished in 2027 and costs 3.5 billion kronor, according to the municipality."],
    "Beslutet om vindkraftparken": ["The decision on the wind farm was taken on Tuesday after a long debate in the council."],
    "Vädret var fint": ["The weather was fine during the day."],
    "Ny vindkraftpark": ["New wind farm north of Skellefteå"],
    "Av Anna": ["By Anna Svensson"],
    "Kontakt": ["Contact: anna.svensson@example.se, tel 070-123 45 67"],
}


def _translated_article():
    article = read_text(SWEDISH, language="sv")
    article.language = LanguageResult("sv", 0.99)
    units: list[AlignedSentence] = []
    target = ""
    for p in article.paragraphs:
        for s in p.sentences:
            [english] = [v for k, v in ENGLISH.items() if s.text.startswith(k)]
            if len(english) == 2:  # the long Swedish sentence was translated as two clauses
                cut = s.text.index(", och") + 1
                spans = [(s.start, s.start + cut), (s.start + cut + 1, s.end)]
            else:
                spans = [(s.start, s.end)]
            for (a, b), text in zip(spans, english):
                t0 = len(target)
                target += text + " "
                units.append(AlignedSentence(p.index, a, b, SWEDISH[a:b], text, t0, t0 + len(text)))
    article.translation = Translation("sv", "en", "hand-made", "test", target.strip(), sentences=units)
    return article


def test_swedish_article_gets_the_aligned_english_sentences():
    article = _translated_article()
    [out] = Pipeline([SummaryStep(sentences=2)]).run([article])
    assert out.step("summary").status == "ok"
    s = out.summary
    assert s is not None and s.language == "en" and s.method == "extractive"
    first, second = s.sentences
    # the split Swedish sentence comes back as both English units, joined, in order
    assert first.text == " ".join(ENGLISH["Skellefteå kommun har beslutat"])
    assert SWEDISH[first.source_start : first.source_end] == first.source_text
    assert first.source_text.startswith("Skellefteå kommun har beslutat")
    assert second.text.startswith("The wind farm will be finished in 2027")
    assert s.text == f"{first.text} {second.text}"
    assert "Anna" not in s.text and "Contact" not in s.text
    assert not s.faithfulness.flagged


def test_mistranslated_number_is_flagged_against_the_swedish_source():
    article = _translated_article()
    for u in article.translation.sentences:
        if "3.5 billion" in u.text:
            u.text = u.text.replace("3.5 billion", "5.3 billion")
    [out] = Pipeline([SummaryStep(sentences=2)]).run([article])
    assert out.summary.faithfulness.flagged
    assert out.summary.faithfulness.unsupported_numbers == ["5.3"]


def test_without_translation_the_summary_stays_swedish():
    article = read_text(SWEDISH, language="sv")
    article.language = LanguageResult("sv", 0.99)
    [out] = Pipeline([SummaryStep(words=30)]).run([article])
    s = out.summary
    assert s.language == "sv"
    assert s.sentences[0].text.startswith("Skellefteå kommun har beslutat")
    assert s.sentences[0].text == s.sentences[0].source_text.strip()


def test_extractive_step_needs_nothing():
    step = SummaryStep()
    assert step.availability().ok
    assert step.name == "summary" and step.requires == ("paragraphs",) and step.uses == ("language", "translation", "quotes", "event")


def test_after_the_real_translation_step(tiny_copy):
    """With TranslationStep (tiny copy model) before it, the summary uses the step's real alignment."""
    from nlptools.translation.step import TranslationStep

    text = (
        "Nästa steg\n\n"
        "Tillväxtverket och Region Skåne bjöd in till ett seminarium i mars.\n\n"  # no unanchored "på tisdagen": see test_report_summary
        "Mötet hölls i Lund den 12 mars 2024 och samlade 140 deltagare.\n\n"
        "Företagen diskuterade digitalisering, hållbarhet och kompetensförsörjning.\n\n"
        "Seminariet modererades av Sara Ek från Almi Företagspartner."
    )
    article = read_text(text, language="sv")
    article.language = LanguageResult("sv", 0.99)
    translate = TranslationStep(model=str(tiny_copy), backend="torch", device="cpu", beams=1)
    [translation] = translate.predict([article])  # (a Pipeline would also need LanguageStep)
    translate.apply(article, translation)
    [out] = Pipeline([SummaryStep(sentences=2)]).run([article])
    assert out.step("summary").status == "ok", out.steps
    tr, s = out.translation, out.summary
    assert s.language == tr.target_language == "en"
    assert len(s.sentences) == 2
    assert s.sentences[0].source_text.startswith("Tillväxtverket")
    for sent in s.sentences:
        units = [u for u in tr.sentences if u.source_start < sent.source_end and u.source_end > sent.source_start]
        assert units and sent.text == " ".join(u.text.strip() for u in units)
        assert text[sent.source_start : sent.source_end] == sent.source_text
