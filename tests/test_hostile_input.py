"""Hostile input gives a coded failure record (or a clean result) in bounded memory, and batch goes on.

The big inputs are generated here at test time (see ``hostile_fixtures``);
memory is measured with ``tracemalloc`` around the reading only, so a reader
that holds a whole 100 MB line fails the test.
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import hostile_fixtures as hostile
import pytest

from nlptools.batch import BatchOptions, ReaderOptions, iter_records, run_batch
from nlptools.batch.docx import docx_text
from nlptools.errors import HostileInputError, InputTooLargeError, NlptoolsError

pytestmark = pytest.mark.timeout(120)  # hang guard only
OPTS = BatchOptions(progress=False, article_timeout=None)
MB = 1_000_000


def peak_mb(fn: Callable[[], Any]) -> tuple[Any, float]:
    tracemalloc.start()
    try:
        result = fn()
        return result, tracemalloc.get_traced_memory()[1] / MB
    finally:
        tracemalloc.stop()


def summarise(records: list[Any]) -> list[tuple[str, str | None]]:
    return [(r.id, type(r.error).__name__ if r.error else None) for r in records]


def test_jsonl_line_of_100_mb_is_one_failure_in_bounded_memory(tmp_path: Path) -> None:
    path = hostile.long_jsonl_line(tmp_path, megabytes=100)
    records, peak = peak_mb(lambda: list(iter_records(path)))
    assert summarise(records) == [("before", None), ("longline.jsonl:2", "InputTooLargeError"), ("after", None)]
    assert "skipped unread" in str(records[1].error) and "--max-bytes" in str(records[1].error)
    assert peak < 30, f"reading held {peak:.0f} MB"


def test_csv_field_of_50_mb_is_one_failure_in_bounded_memory(tmp_path: Path) -> None:
    path = hostile.csv_big_field(tmp_path, megabytes=50)
    records, peak = peak_mb(lambda: list(iter_records(path)))
    assert summarise(records) == [("first", None), ("huge", "InputTooLargeError"), ("last", None)]
    assert records[2].text == hostile.GOOD  # the parser is back in step after the skipped field
    assert peak < 50, f"reading held {peak:.0f} MB"


def test_csv_rows_after_a_skipped_multiline_field_are_read_right(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    quoted = '"rad med ""citat""\n' + "en rad till\n" * 200_000 + '"'
    path.write_text(f'id,text\na,hej då\nb,{quoted}\nc,"slut, sa hon"\n', encoding="utf-8")
    opts = ReaderOptions(limits=hostile_limits())
    records = list(iter_records(path, opts))
    assert summarise(records) == [("a", None), ("b", "InputTooLargeError"), ("c", None)]
    assert records[2].text == "slut, sa hon"


def hostile_limits() -> Any:
    from nlptools.intake import Limits

    return Limits(max_bytes=50_000, max_chars=50_000)


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda d: hostile.docx_bomb(d, megabytes=100, text=False), HostileInputError),
        (lambda d: hostile.docx_bomb(d, megabytes=40, text=True), InputTooLargeError),
        (hostile.xml_entity_bomb, HostileInputError),
    ],
    ids=["zip-bomb-whitespace", "zip-bomb-text", "entity-bomb"],
)
def test_docx_bombs_are_refused_in_bounded_memory(tmp_path: Path, make: Callable[[Path], Path], error: type) -> None:
    data = make(tmp_path).read_bytes()

    def read() -> None:
        with pytest.raises(error):
            docx_text(data)

    _, peak = peak_mb(read)
    assert peak < 60, f"reading held {peak:.0f} MB"


def test_batch_over_every_hostile_file_records_each_and_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-good.txt").write_text(hostile.GOOD, encoding="utf-8")
    for make in (hostile.deep_html, hostile.long_line, hostile.nul_bytes, hostile.nul_start, hostile.invalid_utf8, hostile.mixed_utf8, hostile.xml_entity_bomb):
        make(src)
    hostile.docx_bomb(src, megabytes=100, text=False)
    (src / "z-good.md").write_text(hostile.GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch(src, out, pipeline="batch_fixtures:tiny_pipeline", options=OPTS)
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert len(records) == 10 and summary.written == 10
    assert records["a-good.txt"]["status"] == records["z-good.md"]["status"] == "success"
    assert records["mixed.txt"]["status"] == "success"  # stray bad bytes: decoded, not refused
    codes = {rid: r["error"]["code"] for rid, r in records.items() if r["status"] == "failure"}
    assert codes == {
        "deep.html": "E510",
        "line.txt": "E104",
        "nul.txt": "E102",
        "nulstart.txt": "E102",
        "garbage.txt": "E103",
        "laughs.docx": "E510",
        "bomb-space.docx": "E510",
    }


def test_broken_jsonl_lines_are_each_one_record(tmp_path: Path) -> None:
    path = hostile.broken_jsonl(tmp_path)
    records = list(iter_records(path))
    assert [r.id for r in records] == ["ok1", "broken.jsonl:2", "broken.jsonl:3", "broken.jsonl:4", "nul", "ok2", "broken.jsonl:7", "broken.jsonl:8", "ok3"]
    assert all(isinstance(r.error, NlptoolsError) for r in records if r.error is not None)
    out = tmp_path / "out.jsonl"
    summary = run_batch(path, out, pipeline="batch_fixtures:tiny_pipeline", options=OPTS)
    assert (summary.ok, summary.failed) == (4, 5)
    nul = next(r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines()) if r["id"] == "nul")
    assert "\x00" not in nul["text"]
