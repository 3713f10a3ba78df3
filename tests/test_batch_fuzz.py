"""Property/fuzz tests (hypothesis) over intake and segmentation: the batch runner's foundations.

Properties: decoding and reading never fail except with the typed InputError
family; every offset indexes the text; sentences cover every non-space
character; paragraph and sentence text equal ``article.text[start:end]``.
"""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from nlptools.errors import InputError
from nlptools.intake import decode_bytes, read_text
from nlptools.segment import split_sentences

FRAGMENTS = [
    "Det", "är", "bra", "säger", "Åsa", "Öberg", "kl.", "14.30", "t.ex.", "osv.", "m.fl.", "bl.a.", "ca.", "dvs.",
    "jan.", "Dr.", "– ", "- ", "— ", "* ", "1. ", "# ", "## ", "”", "\"", "»", "«", "'", "(", ")", ".", "!", "?", "…",
    ":", ",", ";", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u2028", "\ufeff", "\x00", "e\u0301",
    "Text: Anna", "2024-03-12", "info@example.org", "https://example.org/a.b", "US.", "A.", "mr.", "etc.", "ÅÄÖ",
    "😀", "\u200b", "Ⅻ", "ﬁ", "İ", "ß",
]  # fmt: skip
article_text = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join) | st.text(max_size=300)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    """In order, in bounds, non-overlapping, trimmed, and covering every non-space character."""
    last = 0
    covered = [False] * len(text)
    for s, e in spans:
        assert last <= s < e <= len(text), (s, e, spans)
        assert not text[s].isspace() and not text[e - 1].isspace()
        for i in range(s, e):
            covered[i] = True
        last = e
    missing = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert not missing, f"characters dropped at {missing[:5]}: {[text[i] for i in missing[:5]]}"


@FAST
@given(article_text, st.sampled_from(["sv", "en", "de", "und", "xx"]))
@example("Hej.\u2028Då.", "sv")
@example("”Ja.” ”Nej.”", "sv")
def test_split_sentences_covers_text(text: str, language: str) -> None:
    check_spans(text, split_sentences(text, language))


@FAST
@given(st.binary(max_size=400))
def test_decode_bytes_never_crashes(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except InputError:
        return
    assert isinstance(text, str)


@FAST
@given(article_text, st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]))
def test_decode_then_read_never_crashes(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        article = read_text(decode_bytes(data))
    except InputError:
        return
    check_article(article)


@FAST
@given(article_text)
def test_read_text_offsets_index_the_text(text: str) -> None:
    try:
        article = read_text(text)
    except InputError:
        assert not any(ch.isalnum() for ch in unicodedata.normalize("NFC", text))
        return
    check_article(article)


def check_article(article) -> None:  # type: ignore[no-untyped-def]
    text = article.text
    covered = [False] * len(text)
    last = 0
    for para in article.paragraphs:
        assert para.text == text[para.start : para.end]
        assert para.marker == text[para.start - len(para.marker) : para.start]
        assert last <= para.start - len(para.marker) and para.start <= para.end
        last = para.end
        for i in range(para.start - len(para.marker), para.end):
            covered[i] = True
        spans = []
        for sent in para.sentences:
            assert sent.text == text[sent.start : sent.end]
            assert para.start <= sent.start < sent.end <= para.end
            spans.append((sent.start - para.start, sent.end - para.start))
        check_spans(para.text, spans)
    missing = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert not missing, f"characters outside every paragraph: {[text[i] for i in missing[:5]]}"


@FAST
@given(st.lists(st.binary(max_size=80) | st.sampled_from([b'{"id": 1, "text": "Hej och v\xc3\xa4lkommen."}', b"[]", b"{}", b"null"]), max_size=12))
def test_jsonl_reader_gives_one_record_per_line_and_never_raises(lines: list[bytes]) -> None:
    import io

    from nlptools.batch.readers import read_jsonl_stream
    from nlptools.batch.records import pending_records, to_article

    lines = [line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines]
    data = b"\n".join(lines) + b"\n"
    records = list(read_jsonl_stream(io.BytesIO(data), "in"))
    assert len(records) == sum(1 for line in io.BytesIO(data) if line.strip())
    ids = [r.id for r in pending_records(records, set())]
    assert len(ids) == len(set(ids)) == len(records)
    for rec in records:
        assert (rec.text is None) != (rec.error is None)
        to_article(rec)  # returns an Article or an error, never raises
