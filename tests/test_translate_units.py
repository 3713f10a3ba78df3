"""Segmentation into units, batching, glossary parsing, loop detection (no model needed)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlptools.errors import ConfigError
from nlptools.intake import read_text
from nlptools.translation.batching import run_batched, token_budget_batches
from nlptools.translation.glossary import Glossary, detect_names, protect, restore, split_around
from nlptools.translation.repetition import cut_loop, find_loop, is_degenerate, max_new_tokens
from nlptools.translation.units import passthrough_reason, segment_article, split_long

ARTICLE = """Klustermöte i Malmö

Mötet hölls i Lund den 12 mars. Det samlade 140 deltagare! Vad händer nu?

– Vi är nöjda, säger Anna Lindqvist.

* Energi och klimat
* Transporter

Läs mer på https://example.org/rapport
-
2024
info@example.org
"""


def _letters_covered(text: str, units) -> bool:  # noqa: ANN001
    covered = [False] * len(text)
    for u in units:
        for i in range(u.start, u.end):
            covered[i] = True
    return all(covered[i] for i, ch in enumerate(text) if ch.isalnum())


def test_every_sentence_is_its_own_unit_and_every_letter_is_covered() -> None:
    # complaint 2: a multi-sentence paragraph is never sent as one input
    article = read_text(ARTICLE)
    units = segment_article(article)
    texts = [u.text for u in units]
    assert "Mötet hölls i Lund den 12 mars." in texts
    assert "Det samlade 140 deltagare!" in texts
    assert "Vad händer nu?" in texts
    assert _letters_covered(article.text, units)
    for u in units:
        assert article.text[u.start : u.end] == u.text


def test_markers_stay_outside_units() -> None:
    article = read_text(ARTICLE)
    units = segment_article(article)
    texts = [u.text for u in units]
    assert "Vi är nöjda, säger Anna Lindqvist." in texts  # no "– "
    assert "Energi och klimat" in texts  # no "* "


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "empty"), ("-", "no letters"), ("2024", "no letters"), ("12 345,50", "no letters"), ("–", "no letters"),
     ("https://example.org/rapport", "URL"), ("www.example.se/a?b=1", "URL"), ("info@example.org", "e-mail")],
)
def test_passthrough_segments(text: str, reason: str) -> None:
    # complaint 4: these are copied, never sent to the model
    got = passthrough_reason(text)
    assert got is not None and got.startswith(reason)


def test_sentences_with_letters_are_translated() -> None:
    assert passthrough_reason("Läs mer på https://example.org") is None
    assert passthrough_reason("Nr 5") is None


def test_passthrough_lines_inside_a_paragraph() -> None:
    article = read_text(ARTICLE)
    units = {u.text: u for u in segment_article(article)}
    assert units["-"].passthrough and units["2024"].passthrough and units["info@example.org"].passthrough
    assert units["Läs mer på https://example.org/rapport"].passthrough is None


def test_over_long_sentence_is_split_at_clauses_without_losing_text() -> None:
    # complaint 1: nothing beyond a length limit is dropped
    clause = "företagen i regionen diskuterade energi och transporter under hela dagen"
    sentence = "Enligt rapporten " + ", ".join([clause] * 12) + "."
    article = read_text(f"Rubrik\n\n{sentence}")
    units = segment_article(article, count_tokens=lambda s: len(s.split()), max_tokens=25)
    body = [u for u in units if u.paragraph == 1]
    assert len(body) > 1 and all(u.split for u in body)
    assert all(len(u.text.split()) <= 25 for u in body)
    assert _letters_covered(article.text, units)
    assert all(u.text.endswith(",") or u.text.endswith(".") or " och " in u.text for u in body[:-1])


def test_split_long_without_spaces_still_covers_everything() -> None:
    text = "x" * 300
    pieces = split_long(text, 0, len(text), lambda s: len(s), 50)
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(b - a <= 50 for a, b in pieces)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="abc åäö,.;:–\n", min_size=1, max_size=60), min_size=1, max_size=6))
def test_units_never_overlap_and_cover_letters(paragraphs: list[str]) -> None:
    text = "\n\n".join(p for p in paragraphs if p.strip()) or "a"
    if not any(ch.isalnum() for ch in text):
        return
    article = read_text(text)
    units = segment_article(article, count_tokens=lambda s: len(s), max_tokens=10)
    spans = sorted((u.start, u.end) for u in units)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert _letters_covered(article.text, units)


def test_token_budget_batches_sort_and_respect_budget() -> None:
    lengths = [5, 50, 7, 48, 6, 49, 300]
    batches = token_budget_batches(lengths, max_tokens=100, max_batch=8)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    assert batches[0] == [6]  # the over-budget item gets its own batch, never dropped
    for b in batches[1:]:
        assert max(lengths[i] for i in b) * len(b) <= 100


def test_run_batched_restores_order() -> None:
    items = ["ccc", "a", "bb", "dddd", "e"]
    out = run_batched(items, [len(s) for s in items], lambda batch: [s.upper() for s in batch], max_tokens=4)
    assert out == ["CCC", "A", "BB", "DDDD", "E"]


def test_glossary_tsv_and_toml(tmp_path) -> None:  # noqa: ANN001
    tsv = tmp_path / "g.tsv"
    tsv.write_text("# comment\nTillväxtverket\tthe Swedish Agency for Economic and Regional Growth\nBron Innovation\t=\n", encoding="utf-8")
    g = Glossary.load(tsv)
    assert [(e.term, e.rendering) for e in g.entries] == [
        ("Tillväxtverket", "the Swedish Agency for Economic and Regional Growth"), ("Bron Innovation", None)]
    toml = tmp_path / "g.toml"
    toml.write_text('keep = ["Region Skåne"]\n[terms]\n"Vinnova" = "Sweden\'s innovation agency"\n', encoding="utf-8")
    g2 = Glossary.load(toml)
    assert {e.term: e.output for e in g2.entries} == {"Vinnova": "Sweden's innovation agency", "Region Skåne": "Region Skåne"}
    bad = tmp_path / "bad.toml"
    bad.write_text("[terms\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        Glossary.load(bad)


def test_protect_and_restore_round_trip() -> None:
    g = Glossary.from_tsv("Tillväxtverket\tthe Growth Agency\n")
    p = protect("Tillväxtverket och Region Skåne bjöd in Anna Lindqvist, se https://ex.org.", g)
    assert "Tillväxtverket" not in p.text and "Region Skåne" not in p.text and "https://ex.org" not in p.text
    assert restore(p.text, p) == "the Growth Agency och Region Skåne bjöd in Anna Lindqvist, se https://ex.org."
    assert restore(p.text.replace("Zqx1", ""), p) is None  # a lost placeholder is detected
    parts = split_around(p)
    assert [r for r, fixed in parts if fixed] == ["the Growth Agency", "Region Skåne", "Anna Lindqvist", "https://ex.org"]


def test_name_detection_skips_sentence_initial_words() -> None:
    text = "I Stockholm träffade Region Skåne och Bron Innovation chefen Per Olsson."
    found = [text[a:b] for a, b in detect_names(text)]
    assert found == ["Region Skåne", "Bron Innovation", "Per Olsson"]


def test_loop_detection() -> None:
    assert find_loop("a b c d".split()) is None
    assert find_loop("x x x x x".split()) == 0
    assert find_loop("we said the plan the plan the plan the plan".split()) == 2
    assert is_degenerate("Hej då.", "bye bye bye bye bye bye")
    assert not is_degenerate("ha ha ha ha ha", "ha ha ha ha ha")  # the source repeats too
    assert cut_loop("we went to to to to to to") == "we went to"
    assert max_new_tokens(10) == 26 and max_new_tokens(1000, limit=512) == 512
