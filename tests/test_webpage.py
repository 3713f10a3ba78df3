"""HTML pages: byline and captions kept as labelled paragraphs, never quoted; menus dropped; deep nesting refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlptools.batch import BatchOptions, run_batch
from nlptools.errors import HostileInputError
from nlptools.intake import read_file
from nlptools.pipeline import Pipeline
from nlptools.quotes.step import QuotesStep
from nlptools.types import ParagraphKind
from nlptools.webpage import extract_page

pytestmark = pytest.mark.timeout(60)  # hang guard only
PAGE = """<html><head><title>Ny bro invigs</title></head><body>
<header><nav><a href="/">Startsidan</a> | <a href="/kultur">Kulturredaktionen</a></nav></header>
<article><h1>Ny bro invigs</h1>
<div class="article-byline"><span itemprop="author">Karin Lund</span>, reporter</div>
<p>Den nya gång- och cykelbron över ån invigdes på lördagen inför flera hundra åskådare. Bygget har pågått i två år.</p>
<figure><img src="b.jpg"><figcaption>{caption}</figcaption></figure>
<p>– Det här är en dag vi har väntat på länge, säger Sven Ek.</p>
<p>Bron kostade 40 miljoner kronor och finansierades av kommunen och staten gemensamt.</p></article>
<footer>Prenumerera på nyhetsbrevet. Alla rättigheter förbehållna.</footer></body></html>"""
CAPTION = "Sven Ek, projektledare på Brobyggarna AB, klipper bandet."
QUOTING_CAPTION = "”Vi bygger för framtiden”, säger Sven Ek, projektledare på Brobyggarna AB."


def page(tmp_path: Path, caption: str = CAPTION, name: str = "bro.html") -> Path:
    path = tmp_path / name
    path.write_text(PAGE.format(caption=caption), encoding="utf-8")
    return path


def test_byline_and_caption_are_labelled_paragraphs_and_menus_are_dropped(tmp_path: Path) -> None:
    article = read_file(page(tmp_path))
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds[CAPTION] == ParagraphKind.CAPTION
    assert kinds["Karin Lund, reporter"] == ParagraphKind.BYLINE  # as text alone it would read as a crosshead
    assert article.title == "Ny bro invigs"
    for junk in ("Startsidan", "Kulturredaktionen", "Prenumerera", "rättigheter"):
        assert junk not in article.text
    # the caption is its own paragraph, between the paragraphs it stood between
    order = [p.kind for p in article.paragraphs]
    assert order == [ParagraphKind.TITLE, ParagraphKind.BYLINE, ParagraphKind.BODY, ParagraphKind.CAPTION, ParagraphKind.DASH_QUOTE, ParagraphKind.BODY]


def test_the_organisation_given_only_in_the_caption_reaches_the_quote(tmp_path: Path) -> None:
    article = read_file(page(tmp_path))
    Pipeline([QuotesStep()]).run([article])
    [quote] = article.quotes
    assert quote.text.startswith("Det här är en dag") and quote.speaker == "Sven Ek"
    assert quote.organisation == "Brobyggarna AB"


def test_no_quote_is_taken_from_a_caption_or_byline(tmp_path: Path) -> None:
    article = read_file(page(tmp_path, QUOTING_CAPTION))
    Pipeline([QuotesStep()]).run([article])
    caption = next(p for p in article.paragraphs if p.kind == ParagraphKind.CAPTION)
    assert caption.text == QUOTING_CAPTION
    assert article.quotes and all(not (caption.start <= q.start < caption.end) for q in article.quotes)
    assert [q.text for q in article.quotes] == ["Det här är en dag vi har väntat på länge"]


def test_batch_keeps_the_labels_of_html_files(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    page(src, QUOTING_CAPTION)
    out = tmp_path / "out.jsonl"
    run_batch(src, out, pipeline="fault_fixtures:quotes_pipeline", options=BatchOptions(progress=False, article_timeout=None))
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["kind"] for p in record["paragraphs"]].count("caption") == 1
    assert [q["text"] for q in record["quotes"]] == ["Det här är en dag vi har väntat på länge"]
    assert record["quotes"][0]["organisation"] == "Brobyggarna AB"


def test_a_page_without_byline_or_figure_reads_as_before() -> None:
    html = "<html><body><article><h1>Rubrik här</h1><p>En mening om vädret i dag. En till mening om regnet.</p></article></body></html>"
    result = extract_page(html)
    assert result.labels == [] and "En mening om vädret" in result.text


def test_deeply_nested_html_is_refused_not_cut(tmp_path: Path) -> None:
    html = "<html><body><p>Början av texten här.</p>" + "<div>" * 10_000 + "Djup text." + "</div>" * 10_000 + "</body></html>"
    with pytest.raises(HostileInputError, match="nested"):
        extract_page(html)
    path = tmp_path / "deep.html"
    path.write_text(html)
    with pytest.raises(HostileInputError):
        read_file(path)
