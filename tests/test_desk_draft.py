"""The communicator's draft: built from the article record, rendered as md/html/docx."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlptools.cli.app import app
from nlptools.desk import Draft, build_draft, render, write_atomic, write_draft
from nlptools.desk.analyze import Desk, desk_config
from nlptools.desk.english import press_quote
from nlptools.intake import read_text

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "klustermote-rapport.md"
runner = CliRunner()

# Written for these tests; the tiny copy model "translates" by copying, and the glossary
# below turns the Swedish phrases into English so the English-press form can be checked.
DASH_TEXT = """Rubrik: Nytt samarbete mellan städerna

– Vi är nöjda, säger Anna Lindqvist, vd.

Mötet hölls i Lund den 12 mars 2024 och samlade 140 deltagare.
"""
GLOSSARY = "Vi är nöjda\tWe are satisfied\nsäger\tsays\n"


def _desk(model: Path, backend: str, glossary: Path | None = None) -> Desk:
    """The desk's pipeline (the one every command runs) with the tiny model and the shipped titles."""
    from nlptools.translation.step import TranslationConfig

    config = TranslationConfig(model=str(model), backend=backend, glossary=glossary, titles=True)
    return Desk(desk_config({"translation": config}, device="cpu"))


@pytest.mark.parametrize(
    ("english", "expected"),
    [
        ("– We are satisfied, says Anna Berg, CEO.", "“We are satisfied,” says Anna Berg, CEO."),
        ("We are satisfied. says Anna Berg.", "“We are satisfied,” says Anna Berg."),
        ("Is it ready? asks nobody", "“Is it ready? asks nobody”"),
        ("It works, says Per Ek (C). Now we go on.", "“It works,” says Per Ek (C). “Now we go on.”"),
        ("We need test beds now.", "“We need test beds now.”"),
        ("It is a big day, Anna Berg says.", "“It is a big day,” Anna Berg says."),
    ],
)
def test_press_quote(english: str, expected: str) -> None:
    assert press_quote(english) == expected


def _docx(data: bytes):  # noqa: ANN202
    import docx

    return docx.Document(io.BytesIO(data))


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_draft_cli_offline_from_example(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"draft.{fmt}"
    result = runner.invoke(app, ["draft", str(EXAMPLE), "--format", fmt, "--output", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert out.is_file() and not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    if fmt == "docx":
        doc = _docx(out.read_bytes())
        texts = [p.text for p in doc.paragraphs]
        assert "Enable translation with: nlptools models download" in texts[0]
        styles = {p.style.name for p in doc.paragraphs}
        assert {"Title", "Heading 1", "Intense Quote", "Quote"} <= styles
        assert all(t.style.name == "Table Grid" for t in doc.tables) and len(doc.tables) == 2
        quotes_table = doc.tables[0]
        assert quotes_table.rows[0].cells[3].text == "Speaker"
        speakers = {r.cells[3].text for r in quotes_table.rows[1:]}
        assert {"Annika Lindqvist", "Lars Nyström", "Maria Ekström"} <= speakers
        roles = {r.cells[5].text for r in quotes_table.rows[1:]}
        assert "CEO (vd)" in roles and "Cluster Manager (klusterchef)" in roles
        review = doc.tables[1]
        assert any(r.cells[0].text.startswith("– Ingen enskild aktör") for r in review.rows)
        return
    text = out.read_text(encoding="utf-8")
    first = text.splitlines()[0] if fmt == "md" else text.split("<body>")[1].split("</p>")[0]  # first visible line
    assert "Not translated yet" in first and "nlptools models download opus-mt-sv-en" in first
    assert "Klustermöte i Växjö" in text and "Generated lede" in text
    assert "– Ingen enskild aktör" in text  # the Swedish keeps its dash
    assert "Annika Lindqvist" in text and "CEO (vd)" in text
    assert "uncertain: the speaker is a description" in text  # "Representanter från …"
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and "<script" not in text and "http" not in text.split("</style>")[0]


def test_docx_needs_output() -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLE), "--format", "docx"])
    assert result.exit_code != 0 and "--output" in result.output


def test_md_to_stdout() -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLE), "--quiet"])
    assert result.exit_code == 0 and "## Quotes" in result.stdout and "## Review" in result.stdout


@pytest.fixture(scope="module")
def translated(tiny_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    gl = tmp_path_factory.mktemp("gl") / "g.tsv"
    gl.write_text(GLOSSARY, encoding="utf-8")
    desk = _desk(tiny_copy, "torch", gl)
    return desk.draft(read_text(DASH_TEXT, id="dash"))


def test_translated_draft_english_press_form(translated: tuple) -> None:
    article, draft = translated
    assert draft.translated and draft.notice is None
    quote = next(p for p in draft.paragraphs if p.kind == "dash_quote")
    assert quote.source == "– Vi är nöjda, säger Anna Lindqvist, vd."
    assert quote.english == "“We are satisfied,” says Anna Lindqvist, CEO."
    assert draft.quotes[0].english == "We are satisfied" and draft.quotes[0].speaker == "Anna Lindqvist"
    # the copy model returns the last paragraph in Swedish: the check says so
    last = draft.paragraphs[-1]
    assert [f.check for s in last.sentences for f in s.flags] == ["untranslated"]


def test_docx_comments_on_flagged_sentences(translated: tuple, tmp_path: Path) -> None:
    _, draft = translated
    path = write_draft(draft, tmp_path / "d.docx")
    doc = _docx(path.read_bytes())
    comments = list(doc.comments)
    assert len(comments) == draft.flag_count - len(draft.document_flags)
    assert any("untranslated" in c.text for c in comments)
    assert all(c.author == "nlptools checks" for c in comments)


def test_draft_dict_roundtrip(translated: tuple) -> None:
    _, draft = translated
    again = Draft.from_dict(draft.to_dict())
    assert again.to_dict() == draft.to_dict()
    assert render(again, "md") == render(draft, "md")


def test_draft_is_a_renderer_of_the_record(translated: tuple) -> None:
    article, draft = translated
    from nlptools.types import Article

    rebuilt = build_draft(Article.from_dict(article.to_dict()))
    assert [p.english for p in rebuilt.paragraphs] == [p.english for p in draft.paragraphs]


def test_atomic_write_replaces_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_atomic_write_failure_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")

    def boom(*_a: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_logprob_scores_with_ctranslate2(tiny_ct2: Path) -> None:
    from nlptools.desk.checks.logprob import check_logprob, score_pairs, translate_scored
    from nlptools.translation.backends.ct2_backend import CT2Backend

    backend = CT2Backend(tiny_ct2)
    src = ["Vi behöver fler ingenjörer, fler idéer och mer kapital.", "Hon berättade att arbetet har pågått sedan förra året."]
    [(out0, s0), (out1, s1)] = translate_scored(backend, src)
    assert out0 == src[0] and out1 == src[1]  # the copy model
    faithful = score_pairs(backend, src, [out0, out1])
    detached = score_pairs(backend, src, ["Punkt ett, punkt två och punkt tre.", "Frågorna handlade om energi."])
    assert all(f > d + 1.0 for f, d in zip(faithful, detached, strict=True))
    assert faithful[0] == pytest.approx(s0, abs=0.05) and faithful[1] == pytest.approx(s1, abs=0.05)
    assert check_logprob(faithful[0]) == [] and check_logprob(min(detached))[0].check == "model confidence"


def test_line_break_does_not_split_the_sentence(tiny_copy: Path) -> None:
    desk = _desk(tiny_copy, "torch")
    _, draft = desk.draft(read_text("Rubrik här\n\nMötet hölls i Lund den 12 mars 2024\noch samlade 140 deltagare.\n", id="lb"))
    [p] = draft.paragraphs
    assert len(p.sentences) == 1 and p.english == "Mötet hölls i Lund den 12 mars 2024 och samlade 140 deltagare."
    assert not p.flags  # no "split or added" sentence-count flag


def test_ctranslate2_model_scores_the_draft(tiny_ct2: Path) -> None:
    desk = _desk(tiny_ct2, "ctranslate2")
    _, draft = desk.draft(read_text(DASH_TEXT, id="ct2"))
    scorer = desk.scorer()
    assert scorer is not None and draft.translated
    src = "Mötet hölls i Lund den 12 mars 2024 och samlade 140 deltagare."
    [good, bad] = scorer([src, src], [src, "Punkt ett, punkt två och punkt tre."])
    assert good > -1.5 > bad
    flagged = [s for p in draft.paragraphs for s in p.sentences if any(f.check == "model confidence" for f in s.flags)]
    # the copy model finds its copies likely; only the sentence where the glossary put "CEO" in is unlikely to it
    assert [s.english for s in flagged] == ["Vi är nöjda, säger Anna Lindqvist, CEO."]


def test_several_files_to_a_folder_and_unreadable_input(tmp_path: Path) -> None:
    second = tmp_path / "andra.md"
    second.write_text("Rubrik\n\nKommunen bygger en ny skola i Ekby för 90 mnkr.\n", encoding="utf-8")
    out = tmp_path / "drafts"
    result = runner.invoke(app, ["draft", str(EXAMPLE), str(second), "-f", "html", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["andra.html", "klustermote-rapport.html"]
    result = runner.invoke(app, ["draft", str(tmp_path / "missing.md"), "-o", str(out / "x.md"), "-q"])
    assert result.exit_code == 3 and "missing.md" in result.output


@pytest.mark.timeout(120)
def test_large_translated_paragraph_is_linear() -> None:
    from nlptools.translation.step import passthrough_translation

    text = "Rubrik\n\n" + " ".join(f"Det kom {i} personer till mötet i dag." for i in range(4000)) + "\n"
    article = read_text(text, id="big")
    article.translation = passthrough_translation(article)  # every sentence aligned to itself
    draft = build_draft(article)
    [p] = draft.paragraphs
    assert len(p.sentences) == 4000 and all(s.english == s.source for s in p.sentences)
    assert press_quote("– " + "ord, säger " * 5000).startswith("“ord")  # bounded: no attribution search


def test_fact_box_hook_uses_the_events_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from nlptools.desk.build import fact_box

    assert fact_box(read_text("Rubrik\n\nText här.\n")) is None or "nlptools.events" in sys.modules
    events = types.ModuleType("nlptools.events")
    render_mod = types.ModuleType("nlptools.events.render")
    render_mod.render_fact_box = lambda event: ["**Event facts**", "", "- **What:** spring meeting", "- **When:** 14 March 2026"]
    events.render = render_mod
    monkeypatch.setitem(sys.modules, "nlptools.events", events)
    monkeypatch.setitem(sys.modules, "nlptools.events.render", render_mod)
    import nlptools

    draft = build_draft(nlptools.analyze(read_text(DASH_TEXT, id="fb")))
    assert draft.fact_box == ["What: spring meeting", "When: 14 March 2026"]
    md = render(draft, "md").decode()
    assert md.index("## Fact box") < md.index("Generated lede") and "- When: 14 March 2026" in md


def test_draft_renders_the_record_analyze_writes() -> None:
    """One path: ``draft`` is ``analyze``'s record, rendered (same pipeline, same options, same record)."""
    import json

    from nlptools.cli.common import record_article
    from nlptools.desk.titles import desk_glossary

    options = ["--steps", "language,quotes,summary", "--sentences", "1", "--no-titles", "-q"]
    analysed = runner.invoke(app, ["analyze", str(EXAMPLE), "-f", "json", *options])
    assert analysed.exit_code == 0, analysed.output
    record = json.loads(analysed.stdout)
    expected = render(build_draft(record_article(record), glossary=desk_glossary(titles=False)), "md").decode()
    drafted = runner.invoke(app, ["draft", str(EXAMPLE), *options])
    assert drafted.exit_code == 0, drafted.output
    assert drafted.stdout == expected
    assert "CEO (vd)" not in expected  # --no-titles reached the draft's glossary too
    assert len(record["summary"]["sentences"]) == 1 and "Generated lede" in expected


def test_draft_refuses_what_analyze_refuses(tmp_path: Path) -> None:
    res = runner.invoke(app, ["draft", str(EXAMPLE), "--glossary", str(tmp_path / "missing.tsv")])
    assert res.exit_code == 2 and "[E304]" in res.stderr and res.stdout == ""
    res = runner.invoke(app, ["draft", str(EXAMPLE), "--model", str(tmp_path / "absent")])
    assert res.exit_code == 4 and "[E202]" in res.stderr and res.stdout == ""
    res = runner.invoke(app, ["draft", str(EXAMPLE), "--steps", "nosuchstep"])
    assert res.exit_code == 2 and "nosuchstep" in res.stderr


def test_progress_hook_names_each_step_as_it_starts(tiny_copy: Path) -> None:
    desk = _desk(tiny_copy, "torch")
    seen: list[str] = []
    desk.draft(read_text(DASH_TEXT, id="progress"), report=seen.append)
    assert seen == [s.name for s in desk.pipeline.steps] + ["checks"]
    assert seen[:2] == ["language", "translation"] and "quotes" in seen and "summary" in seen


def test_translation_titles_option_and_user_glossary_override(tmp_path: Path) -> None:
    from nlptools.translation.step import TranslationStep

    plain = TranslationStep()
    plain.prepare()
    assert plain.glossary is None and plain.backends == ()
    titled = TranslationStep(titles=True)
    titled.prepare()
    assert titled.glossary is not None and titled.glossary.find("vd")[0][2] == "CEO"
    mine = tmp_path / "g.tsv"
    mine.write_text("vd\tmanaging director\n", encoding="utf-8")
    both = TranslationStep(titles=True, glossary=mine)
    both.prepare()
    assert both.glossary.find("vd")[0][2] == "managing director"  # type: ignore[union-attr]
    assert both.glossary.find("rektor")[0][2] == "President"  # type: ignore[union-attr]
