"""``nlptools summarize``: formats, length options, abstractive model errors and licence note."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from nlptools.cli.app import app
from test_summarize_extractive import ENGLISH, SWEDISH

runner = CliRunner()


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_json_output_for_two_files(tmp_path):
    a = _write(tmp_path, "a.md", ENGLISH)
    b = _write(tmp_path, "b.md", SWEDISH)
    res = runner.invoke(app, ["summarize", a, b, "--sentences", "2", "--format", "json"])
    assert res.exit_code == 0, res.output
    records = json.loads(res.stdout)
    assert [r["id"] for r in records] == [a, b]
    for r in records:
        assert r["summary"]["method"] == "extractive"
        assert len(r["summary"]["sentences"]) == 2
        assert r["summary"]["faithfulness"]["flagged"] is False
    assert records[0]["summary"]["language"] == "en" and records[1]["summary"]["language"] == "sv"


def test_text_and_md_formats_and_lede(tmp_path):
    a = _write(tmp_path, "a.md", ENGLISH)
    res = runner.invoke(app, ["summarize", a, "--lede", "--format", "text"])
    assert res.exit_code == 0, res.output
    assert res.stdout.strip().startswith("The Northport harbour bridge will close")
    assert res.stdout.strip().count("\n") == 0
    res = runner.invoke(app, ["summarize", a, "--words", "40", "--format", "md"])
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("## Harbour bridge to close for six months")


def test_sentences_and_words_together_is_a_usage_error(tmp_path):
    a = _write(tmp_path, "a.md", ENGLISH)
    res = runner.invoke(app, ["summarize", a, "--sentences", "2", "--words", "20"])
    assert res.exit_code == 2


def test_unreadable_input_is_reported_and_others_still_summarised(tmp_path):
    a = _write(tmp_path, "a.md", ENGLISH)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\xff" * 100)
    res = runner.invoke(app, ["summarize", a, str(bad), "--format", "jsonl"])
    assert res.exit_code == 3
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert lines[0]["summary"]["text"] and lines[1]["status"] == "failure"


def test_abstractive_without_weights_exits_with_model_code(tmp_path, monkeypatch):
    monkeypatch.setenv("NLPTOOLS_CACHE", str(tmp_path / "empty-cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    a = _write(tmp_path, "a.md", ENGLISH)
    res = runner.invoke(app, ["summarize", a, "--method", "abstractive"])
    assert res.exit_code == 4
    assert "nlptools models download distilbart-cnn-12-6" in res.stderr


def test_non_commercial_licence_is_announced(tmp_path, monkeypatch, tiny_bart_dir):
    from nlptools.summarization import abstractive

    def fake_load(model, *, language="en", device="auto"):
        return abstractive.AbstractiveSummarizer(
            name="mt5-xlsum", path=tiny_bart_dir, device="cpu", licence="CC-BY-NC-SA-4.0"
        ).load()

    monkeypatch.setattr(abstractive, "load_summarizer", fake_load)
    a = _write(tmp_path, "a.md", ENGLISH)
    res = runner.invoke(app, ["summarize", a, "--method", "abstractive", "--model", str(tiny_bart_dir), "-f", "text"])
    assert res.exit_code == 0, res.output
    assert "CC-BY-NC-SA-4.0" in res.stderr and "non-commercial" in res.stderr


def test_unsupported_language_is_a_per_record_failure(tmp_path, monkeypatch, tiny_bart_dir):
    from nlptools.summarization import abstractive

    def english_only(model, *, language="en", device="auto"):
        return abstractive.AbstractiveSummarizer(
            name="tiny-en", path=tiny_bart_dir, device="cpu", languages=("en",)
        ).load()

    monkeypatch.setattr(abstractive, "load_summarizer", english_only)
    sv = _write(tmp_path, "sv.md", SWEDISH)
    en = _write(tmp_path, "en.md", ENGLISH)
    res = runner.invoke(app, ["summarize", sv, en, "--method", "abstractive", "--model", str(tiny_bart_dir), "-f", "jsonl"])
    assert res.exit_code == 3, res.output
    first, second = (json.loads(x) for x in res.stdout.splitlines())
    assert first["status"] == "failure" and first["error"]["type"] == "UnsupportedLanguageError"
    assert second["summary"]["method"] == "abstractive"
