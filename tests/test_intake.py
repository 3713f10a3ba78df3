"""Intake: decoding, structure, offsets."""

from __future__ import annotations

import pytest

from nlptools.errors import BinaryInputError, DecodeError, EmptyInputError, InputTooLargeError, UnsupportedFormatError
from nlptools.intake import Limits, decode_bytes, read_file, read_text
from nlptools.types import ParagraphKind

REPORT = """Vårmöte i klustret

Lund, 3 februari 2026

Ett trettiotal medlemmar deltog i mötet. Det hölls kl. 14.30 i Lund.

Ordföranden Eva Ek inledde:

– Vi har haft ett starkt år. Nu ska vi växa vidare.
Eva Ek, ordförande i Klustret

* Första punkten
* Andra punkten

## Nästa steg

Mer information: eva.ek@example.se
"""


def test_structure_kinds_and_markers() -> None:
    a = read_text(REPORT)
    kinds = [p.kind for p in a.paragraphs]
    assert kinds[0] == ParagraphKind.TITLE and a.title == "Vårmöte i klustret"
    assert ParagraphKind.BYLINE in kinds  # the dateline and the contact line
    dash = next(p for p in a.paragraphs if p.kind == ParagraphKind.DASH_QUOTE)
    assert dash.marker == "– " and dash.text.startswith("Vi har haft")
    attribution = a.paragraphs[dash.index + 1]
    assert attribution.kind == ParagraphKind.ATTRIBUTION and attribution.text.startswith("Eva Ek")
    items = [p for p in a.paragraphs if p.kind == ParagraphKind.LIST_ITEM]
    assert [p.text for p in items] == ["Första punkten", "Andra punkten"] and items[0].marker == "* "
    heading = next(p for p in a.paragraphs if p.kind == ParagraphKind.HEADING)
    assert heading.text == "Nästa steg" and heading.marker == "## "


def test_offsets_index_article_text() -> None:
    a = read_text(REPORT)
    for p in a.paragraphs:
        assert a.text[p.start : p.end] == p.text
        for s in p.sentences:
            assert a.text[s.start : s.end] == s.text
    body = next(p for p in a.paragraphs if p.text.startswith("Ett trettiotal"))
    assert [s.text for s in body.sentences] == ["Ett trettiotal medlemmar deltog i mötet.", "Det hölls kl. 14.30 i Lund."]


def test_crlf_and_bom_are_normalised() -> None:
    a = read_text("\ufeffRubrik\r\n\r\nEn mening här.\r\nEn till.")
    assert "\r" not in a.text and a.title == "Rubrik"


def test_plain_text_without_title() -> None:
    a = read_text("Bara en mening utan rubrik.")
    assert a.title is None and a.paragraphs[0].kind == ParagraphKind.BODY


def test_id_is_stable_hash() -> None:
    assert read_text("Samma text.").id == read_text("Samma text.").id


@pytest.mark.parametrize("data", [b"", b"   \n\n ", "".encode()])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(EmptyInputError):
        decode_bytes(data)


def test_no_letters_is_empty() -> None:
    with pytest.raises(EmptyInputError) as exc:
        read_text("...  -- !!")
    assert exc.value.code == "E101" and "Fix:" in str(exc.value)


def test_binary_input() -> None:
    with pytest.raises(BinaryInputError):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_cp1252_is_detected() -> None:
    text = "Räksmörgås och ärtsoppa på torsdag. Välkomna till Växjö och Hässleholm i år!"
    assert decode_bytes(text.encode("cp1252")) == text


def test_undecodable_bytes() -> None:
    garbage = bytes([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x11, 0xC3, 0x28, 0xFF] * 30)
    with pytest.raises((DecodeError, BinaryInputError)):
        decode_bytes(garbage)


def test_limits_are_explicit() -> None:
    with pytest.raises(InputTooLargeError) as exc:
        decode_bytes(b"a" * 101, limits=Limits(max_bytes=100))
    assert "--max-bytes" in str(exc.value)
    with pytest.raises(InputTooLargeError):
        read_text("ord " * 50, limits=Limits(max_chars=100))


def test_read_file_types(tmp_path) -> None:
    (tmp_path / "a.md").write_text("# Rubrik\n\nText här.", encoding="utf-8")
    a = read_file(tmp_path / "a.md")
    assert a.title == "Rubrik" and a.id.endswith("a.md")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(UnsupportedFormatError):
        read_file(tmp_path / "b.pdf")


def test_html_via_trafilatura(tmp_path) -> None:
    body = "".join(
        f"<p>Detta är stycke nummer {i} i artikeln om det nya klustret i Lund och dess planer.</p>" for i in range(6)
    )
    html = (
        "<html><head><title>Nytt kluster i Lund</title></head><body>"
        "<nav><a href='/'>Hem</a><a href='/om'>Om oss</a></nav>"
        f"<article><h1>Nytt kluster i Lund</h1>{body}<p>– Vi är glada, säger Eva Ek.</p></article>"
        "<footer>Cookies och integritet</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    a = read_file(tmp_path / "page.html")
    assert "Detta är stycke nummer 3" in a.text
    assert "Cookies" not in a.text
    assert any(p.kind == ParagraphKind.DASH_QUOTE for p in a.paragraphs)
