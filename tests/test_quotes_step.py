"""QuotesStep in a pipeline (text_en from a hand-built translation), Markdown rendering and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlptools.intake import read_text
from nlptools.pipeline import Pipeline
from nlptools.quotes.english import english_for
from nlptools.quotes.render import quotes_markdown
from nlptools.quotes.step import QuotesStep
from nlptools.types import AlignedSentence, Article, Quote, Translation

TEXT = (
    "Nytt kontor i Umeå\n\n"
    "– Det är bra, säger Eva Ek, vd på Ekbolaget. Vi ses snart.\n\n"
    "– Vi har väntat länge.\n\n"
    "– Nu börjar vi bygga, säger hon.\n\n"
    "”Vi växer snabbt”, säger hon."
)
ENGLISH = [
    ("Det är bra, säger Eva Ek, vd på Ekbolaget.", "It is good, says Eva Ek, CEO of Ekbolaget."),
    ("Vi ses snart.", "See you soon."),
    ("Vi har väntat länge.", "We have waited a long time."),
    ("Nu börjar vi bygga, säger hon.", "Now we start building, she says."),
    ("”Vi växer snabbt”, säger hon.", "“We are growing fast,” she says."),
]


def _translated(article: Article) -> Translation:
    sentences = []
    for n, (sv, en) in enumerate(ENGLISH):
        start = article.text.index(sv)
        sentences.append(AlignedSentence(paragraph=n, source_start=start, source_end=start + len(sv), source_text=sv, text=en))
    return Translation("sv", "en", "hand-built", "test", " ".join(en for _sv, en in ENGLISH), sentences=sentences)


def test_step_fills_text_en_from_aligned_sentences() -> None:
    article = read_text(TEXT)
    article.translation = _translated(article)
    [out] = Pipeline([QuotesStep()]).run([article])
    assert out.step("quotes").status == "ok"
    got = [(q.text, q.speaker, q.text_en) for q in out.quotes or []]
    assert got == [
        ("Det är bra", "Eva Ek", "It is good"),
        ("Vi ses snart.", "Eva Ek", "See you soon."),
        ("Vi har väntat länge.\nNu börjar vi bygga", "Eva Ek", "We have waited a long time.\nNow we start building"),
        ("Vi växer snabbt", "Eva Ek", "We are growing fast"),
    ]
    assert all(q.organisation == "Ekbolaget" and q.role == "vd" for q in out.quotes or [])


def test_step_without_translation_leaves_text_en_empty() -> None:
    [out] = Pipeline([QuotesStep()]).run([read_text(TEXT)])
    assert out.quotes and all(q.text_en is None for q in out.quotes)
    assert QuotesStep().availability().ok


def test_text_en_cuts_an_interrupted_sentence_at_the_attribution() -> None:
    text = "T\n\n– Jag är glad, säger Sara Berg, och jag vill tacka alla."
    article = read_text(text)
    s = article.text.index("Jag")
    sent = AlignedSentence(0, s, len(article.text), article.text[s:], "I am happy, says Sara Berg, and I want to thank everyone.")
    tr = Translation("sv", "en", "m", "b", sent.text, sentences=[sent])
    [q1, q2] = [q for q in Pipeline([QuotesStep()]).run([article])[0].quotes or []]
    assert english_for(article.text, q1, tr) == "I am happy"
    assert english_for(article.text, q2, tr) == "and I want to thank everyone."


def test_markdown_lists_speaker_org_role_and_both_languages() -> None:
    quotes = [Quote("Det är bra | väldigt", 0, 5, "Eva Ek", "Ekbolaget", "vd", "dash-after", 0.95, text_en="It is good")]
    md = quotes_markdown(quotes)
    assert "| Speaker | Organisation | Role | Quote | English |" in md
    assert "Eva Ek" in md and "Ekbolaget" in md and "It is good" in md and "Det är bra \\| väldigt" in md
    assert quotes_markdown([]) == "No direct quotes found."


def test_cli_json_for_one_and_several_files(tmp_path: Path) -> None:
    from nlptools.cli.app import app

    a = tmp_path / "a.txt"
    b = tmp_path / "b.md"
    a.write_text(TEXT, encoding="utf-8")
    b.write_text('Title\n\n"We will grow," said Tom Reed, CEO of Reedco.', encoding="utf-8")
    runner = CliRunner()
    one = runner.invoke(app, ["quotes", str(a), "--format", "json"])
    assert one.exit_code == 0, one.output
    rec = json.loads(one.stdout)
    assert rec["quotes"][0]["speaker"] == "Eva Ek"
    assert set(rec["quotes"][0]) >= {"text", "speaker", "speakers", "organisation", "role", "start", "end", "cue", "confidence", "text_en"}
    both = runner.invoke(app, ["quotes", str(a), str(b)])
    recs = json.loads(both.stdout)
    assert [r["quotes"][0]["speaker"] for r in recs] == ["Eva Ek", "Tom Reed"]
    assert recs[1]["quotes"][0]["organisation"] == "Reedco"
    md = runner.invoke(app, ["quotes", str(b), "--format", "md"])
    assert md.exit_code == 0 and "Tom Reed" in md.stdout and "| Speaker |" in md.stdout
    missing = runner.invoke(app, ["quotes", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 3


@pytest.mark.slow
def test_text_en_with_the_tiny_translation_model(tiny_copy: Path) -> None:
    """End to end with the real TranslationStep (a tiny Marian copy model: English == Swedish)."""
    from nlptools.translation.step import TranslationStep
    from nlptools.types import LanguageResult

    text = (
        "Nytt samarbete mellan Bron Innovation och Region Skåne\n\n"
        "Mötet hölls i Lund den 12 mars 2024.\n\n"
        "– Vi är mycket nöjda med resultatet, säger Anna Lindqvist.\n\n"
        "”Det är viktigt att vi samarbetar”, sa Erik Johansson på Vinnova."
    )
    article = read_text(text)
    article.language = LanguageResult("sv", 0.99)
    step = TranslationStep(model=str(tiny_copy), backend="torch", device="cpu", beams=1)
    [tr] = step.predict([article])
    step.apply(article, tr)
    [out] = Pipeline([QuotesStep()]).run([article])
    got = [(q.speaker, q.organisation, q.text, q.text_en) for q in out.quotes or []]
    assert got == [
        ("Anna Lindqvist", None, "Vi är mycket nöjda med resultatet", "Vi är mycket nöjda med resultatet"),
        ("Erik Johansson", "Vinnova", "Det är viktigt att vi samarbetar", "Det är viktigt att vi samarbetar"),
    ]


def test_english_article_quotes_are_their_own_english() -> None:
    from nlptools.types import LanguageResult

    article = read_text('Title\n\n"We will grow," said Tom Reed, CEO of Reedco.')
    article.language = LanguageResult("en", 0.99)
    [out] = Pipeline([QuotesStep()]).run([article])
    assert [(q.text, q.text_en) for q in out.quotes or []] == [("We will grow", "We will grow")]


def test_english_attribution_cut_takes_the_closing_clause() -> None:
    from nlptools.quotes.english import _head

    assert _head("Anna said no to the offer, and I agree, she says.", 0.7) == "Anna said no to the offer, and I agree"
    assert _head('"It is a big bet," Peter Grant of Nordic Equity said.', 0.5) == '"It is a big bet'
    assert _head("No clause at all in this sentence", 0.5) == "No clause at all"
