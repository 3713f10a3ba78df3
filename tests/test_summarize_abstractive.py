"""The abstractive path end to end on a tiny real BART: chunking, map-reduce, no input dropped."""

from __future__ import annotations

import pytest

from nlptools.errors import ConfigError, UnsupportedLanguageError
from nlptools.pipeline import Pipeline
from nlptools.summarization.abstractive import AbstractiveSummarizer
from nlptools.summarization.api import summarize
from nlptools.summarization.step import SummaryStep

from tiny_models import MAX_POSITIONS

LONG = " ".join(
    f"Report {i}: the council discussed the wind farm plan number {i} and the cost for the town on Tuesday."
    for i in range(14)
)


@pytest.fixture(scope="module")
def summarizer(tiny_bart_dir):
    import torch

    torch.set_num_threads(1)  # the tiny model is faster single-threaded on a busy machine
    return AbstractiveSummarizer(name="tiny-bart", path=tiny_bart_dir, device="cpu").load()


def test_generation_defaults_come_from_the_model_and_can_be_overridden(summarizer, tiny_bart_dir):
    s = summarizer.settings()
    assert s["num_beams"] == 2 and s["no_repeat_ngram_size"] == 3 and s["max_length"] == 14
    other = AbstractiveSummarizer(name="t", path=tiny_bart_dir, device="cpu", generation={"num_beams": 1}).load()
    assert other.settings()["num_beams"] == 1
    bad = AbstractiveSummarizer(name="t", path=tiny_bart_dir, device="cpu", generation={"num_beam": 1})
    with pytest.raises(ConfigError):
        bad.load()


def test_input_limit_is_the_models_positions(summarizer):
    assert summarizer.input_limit == MAX_POSITIONS


def test_long_input_is_chunked_and_every_sentence_is_read(summarizer):
    result = summarizer.summarize(LONG, language="en")
    assert result.chunks > 1
    assert len(result.rounds) >= 2  # map, then reduce until one summary fits
    assert len(result.rounds[-1]) == 1
    first_round = " ".join(result.rounds[0])
    for i in range(14):
        assert f"Report {i}: the council discussed" in first_round
    tok = summarizer.tokenizer
    for round_chunks in result.rounds:
        for chunk in round_chunks:
            assert len(tok(chunk)["input_ids"]) <= MAX_POSITIONS
    assert result.sentences and all(isinstance(s, str) for s in result.sentences)


def test_a_sentence_longer_than_the_limit_is_split_not_cut(summarizer):
    words = [f"word{i}" for i in range(120)]
    text = " ".join(words) + "."
    chunks = summarizer.plan_chunks(text)
    assert len(chunks) > 1
    assert " ".join(chunks).split() == text.split()


def test_summarize_abstractive_end_to_end(tiny_bart_dir):
    s = summarize(LONG, method="abstractive", model=str(tiny_bart_dir), language="en", sentences=None, device="cpu")
    assert s.method == "abstractive"
    assert s.model == str(tiny_bart_dir)
    assert s.text
    assert s.faithfulness is not None
    assert all(x.source_start is None for x in s.sentences)


def test_english_only_model_refuses_untranslated_swedish(tiny_bart_dir, summarizer):
    from nlptools.summarization.api import Length, abstractive_summary

    english_only = AbstractiveSummarizer(name="tiny", path=tiny_bart_dir, device="cpu", languages=("en",)).load()
    from nlptools.intake import read_text
    from nlptools.types import LanguageResult

    article = read_text("Kommunen bygger en ny bro. Den kostar mycket pengar.")
    article.language = LanguageResult("sv", 0.99)
    with pytest.raises(UnsupportedLanguageError):
        abstractive_summary(article, Length(3, None), english_only)


def test_step_is_skipped_with_download_hint_when_weights_are_absent(tmp_path, monkeypatch):
    monkeypatch.setenv("NLPTOOLS_CACHE", str(tmp_path))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    step = SummaryStep(method="abstractive")
    avail = step.availability()
    assert not avail.ok
    assert avail.hint == "nlptools models download distilbart-cnn-12-6"
    from nlptools.intake import read_text

    [article] = Pipeline([step]).run([read_text("The council met. It decided to build a bridge.")])
    status = article.step("summary")
    assert status is not None and status.status == "skipped"
    assert article.summary is None


def test_step_runs_abstractive_with_a_local_model(tiny_bart_dir):
    from nlptools.intake import read_text
    from nlptools.types import LanguageResult

    article = read_text(LONG, language="en")
    article.language = LanguageResult("en", 0.99)
    [out] = Pipeline([SummaryStep(method="abstractive", model=str(tiny_bart_dir), device="cpu")]).run([article])
    assert out.step("summary").status == "ok", out.steps
    assert out.summary is not None and out.summary.method == "abstractive"


def test_several_texts_share_batches_and_each_is_fully_read(summarizer):
    short = "The council met on Tuesday. It approved the wind farm plan."
    results = summarizer.summarize_many([LONG, short, ""], languages=["en", "en", "en"])
    assert results[0].chunks > 1 and results[1].chunks == 1
    assert results[1].rounds[0] == [short]
    assert results[2].chunks == 0 and results[2].sentences == []
    assert len(results[0].rounds[-1]) == 1 and results[0].sentences


def test_step_batches_articles(tiny_bart_dir):
    from nlptools.intake import read_text
    from nlptools.types import LanguageResult

    articles = [read_text(LONG, language="en"), read_text("The bridge closes in June. Ferries will run.", language="en")]
    for a in articles:
        a.language = LanguageResult("en", 0.99)
    out = Pipeline([SummaryStep(method="abstractive", model=str(tiny_bart_dir), device="cpu")]).run(articles)
    assert [a.step("summary").status for a in out] == ["ok", "ok"]
    assert all(a.summary.method == "abstractive" and a.summary.text for a in out)


def test_step_skips_swedish_without_translation_for_an_english_model(tiny_bart_dir):
    from nlptools.intake import read_text
    from nlptools.types import LanguageResult

    step = SummaryStep(method="abstractive", model=str(tiny_bart_dir), device="cpu")
    step._summarizer = AbstractiveSummarizer(name="tiny-en", path=tiny_bart_dir, device="cpu", languages=("en",))
    article = read_text("Kommunen bygger en ny bro. Den kostar 40 miljoner kronor.")
    article.language = LanguageResult("sv", 0.99)
    [out] = Pipeline([step]).run([article])
    status = out.step("summary")
    assert status.status == "skipped" and "'sv'" in status.reason
    assert out.summary is None


def test_licence_note_only_for_non_commercial_models(tiny_bart_dir):
    from nlptools.registry import get_entry
    from nlptools.summarization.abstractive import licence_note

    nc = AbstractiveSummarizer(name="mt5-xlsum", path=tiny_bart_dir, licence=get_entry("mt5-xlsum").licence)
    assert "non-commercial" in (licence_note(nc) or "")
    free = AbstractiveSummarizer(name="d", path=tiny_bart_dir, licence=get_entry("distilbart-cnn-12-6").licence)
    assert licence_note(free) is None
