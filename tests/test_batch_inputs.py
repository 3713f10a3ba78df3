"""Every input format, and every bad input ending as a recorded failure or a clean skip — never a crash."""

from __future__ import annotations

import csv
import io
import json
import random
import zipfile
from pathlib import Path

import pytest

from nlptools.batch import BatchOptions, ReaderOptions, iter_records, run_batch
from nlptools.batch.readers import detect_format
from nlptools.errors import InputNotFoundError, OutputExistsError, UnsupportedFormatError
from nlptools.intake import Limits

from batch_fixtures import ENGLISH, GERMAN, swedish_article, tiny_pipeline, write_jsonl

CP1252_TEXT = "Göteborgs kommun välkomnar åtgärden.\n\n– Det är bra, säger Åsa Öberg på förvaltningen."
LATIN1_TEXT = "Förslaget om ökad tillgänglighet på Åland möttes av stöd. Även äldre invånare är nöjda med beslutet."
OPTS = BatchOptions(progress=False)


def read_out(path: Path) -> dict[str, dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "an id was written twice"
    return {r["id"]: r for r in records}


def docx_bytes(paragraphs: list[str]) -> bytes:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", xml)
    return buf.getvalue()


@pytest.fixture()
def bad_dir(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    (root / "nested").mkdir(parents=True)
    rng = random.Random(3)
    (root / "good.md").write_text(swedish_article(rng), encoding="utf-8")
    (root / "nested" / "deep.txt").write_text(swedish_article(rng), encoding="utf-8")
    (root / "page.html").write_text(
        "<html><head><title>Nytt bibliotek</title></head><body><nav>Meny Hem Kontakt</nav><article>"
        "<h1>Nytt bibliotek i centrum</h1><p>Kommunen öppnar ett nytt bibliotek i centrum under våren, "
        "och arbetet har redan börjat enligt planen.</p><p>– Vi har väntat länge på det här, säger Maria Holm, "
        "rektor på skolan.</p><p>Projektet finansieras av regionen och tre lokala företag.</p></article>"
        "<footer>© Kommunen</footer></body></html>",
        encoding="utf-8",
    )
    (root / "report.docx").write_bytes(docx_bytes(["Rapport från mötet", "Mötet i Lund samlade hundra deltagare."]))
    (root / "empty.txt").write_bytes(b"  \n\n ")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "cp1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (root / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (root / "huge.txt").write_bytes(("Det här är en mening om mötet. " * 170_000).encode("utf-8"))  # ~5 MB
    (root / "english.txt").write_text(ENGLISH, encoding="utf-8")
    (root / "german.md").write_text(GERMAN, encoding="utf-8")
    (root / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4 ignored: not a supported suffix")
    (root / ".hidden.txt").write_text("Dold fil som hoppas över.", encoding="utf-8")
    return root


def test_directory_every_bad_input_is_a_record(bad_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = run_batch(bad_dir, out, pipeline=tiny_pipeline, options=OPTS)
    recs = read_out(out)
    expected = {
        "good.md", "nested/deep.txt", "page.html", "report.docx", "empty.txt", "binary.txt", "cp1252.txt",
        "latin1.txt", "huge.txt", "english.txt", "german.md", "broken.docx",
    }  # fmt: skip
    assert set(recs) == expected  # .pdf and hidden files are not inputs
    assert recs["empty.txt"]["error"]["type"] == "EmptyInputError"
    assert recs["binary.txt"]["error"]["type"] == "BinaryInputError"
    assert recs["broken.docx"]["error"]["type"] == "BinaryInputError"
    assert recs["huge.txt"]["error"]["type"] == "InputTooLargeError"
    assert recs["huge.txt"]["error"]["fix"] and "--max-bytes" in recs["huge.txt"]["error"]["fix"]
    for rid in ("empty.txt", "binary.txt", "huge.txt"):
        assert recs[rid]["status"] == "failure" and recs[rid]["error"]["code"].startswith("E1")
    assert recs["cp1252.txt"]["text"] == CP1252_TEXT and recs["cp1252.txt"]["status"] == "success"
    assert recs["latin1.txt"]["text"] == LATIN1_TEXT
    assert recs["page.html"]["title"] == "Nytt bibliotek i centrum"
    assert "Meny" not in recs["page.html"]["text"] and "Maria Holm" in recs["page.html"]["text"]
    assert any(p["kind"] == "dash_quote" for p in recs["page.html"]["paragraphs"])
    assert recs["report.docx"]["title"] == "Rapport från mötet"
    assert recs["nested/deep.txt"]["status"] == "success"
    # a non-Swedish article: English runs through; another language is skipped with its reason, not failed
    assert recs["english.txt"]["language"]["language"] == "en"
    assert [s["status"] for s in recs["english.txt"]["steps"]] == ["ok", "ok"]
    german = {s["step"]: s for s in recs["german.md"]["steps"]}
    assert recs["german.md"]["status"] == "success" and german["count"]["status"] == "skipped"
    assert "'de'" in german["count"]["reason"]
    assert (summary.ok, summary.failed, summary.duplicates) == (8, 4, 0)
    assert summary.exit_code == 1


def test_limits_are_configurable(bad_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    limits = Limits(max_bytes=6_000_000, max_chars=100)
    run_batch(bad_dir, out, pipeline=tiny_pipeline, options=BatchOptions(reader=ReaderOptions(limits=limits), progress=False))
    recs = read_out(out)
    assert "characters" in recs["huge.txt"]["error"]["message"]  # bytes now pass, characters do not
    assert recs["nested/deep.txt"]["error"]["type"] == "InputTooLargeError"


def test_jsonl_malformed_lines_duplicates_and_fields(tmp_path: Path) -> None:
    rng = random.Random(5)
    rows = [
        {"doc": "a", "body": swedish_article(rng), "source": "test"},
        "{not json",
        "[1, 2, 3]",
        {"doc": "b", "body": 42},
        {"doc": "c"},
        {"body": swedish_article(rng)},  # no id: falls back to <file>:<line>
        {"doc": "a", "body": "En annan text med samma id."},
        {"doc": "a", "body": "Och en tredje."},
        {"doc": "d", "body": ""},
        {"doc": "e", "body": "Det är \ud800 trasigt."},
        {"doc": "huge", "body": "Ett mycket långt dokument. " * 200_000},  # ~5 MB, over the 2 MB default
    ]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    with src.open("ab") as fh:
        fh.write(b'{"doc": "f", "body": "\xff\xfe ogiltig utf-8"}\n')  # line 12
    out = tmp_path / "out.jsonl"
    opts = BatchOptions(reader=ReaderOptions(text_field="body", id_field="doc"), progress=False)
    summary = run_batch(src, out, pipeline=tiny_pipeline, options=opts)
    recs = read_out(out)
    assert recs["a"]["status"] == "success" and recs["a"]["metadata"]["source"] == "test"
    assert recs["in.jsonl:2"]["error"]["type"] == "UnsupportedFormatError" and "line 2" in recs["in.jsonl:2"]["error"]["message"]
    assert recs["in.jsonl:3"]["error"]["type"] == "UnsupportedFormatError"
    assert recs["b"]["error"]["type"] == "UnsupportedFormatError"
    assert "--text-field" in recs["c"]["error"]["fix"]
    assert recs["in.jsonl:6"]["status"] == "success"
    assert recs["a#dup2"]["error"]["type"] == "DuplicateIdError" and recs["a#dup2"]["duplicate_of"] == "a"
    assert recs["a#dup3"]["error"]["code"] == "E401"
    assert recs["d"]["error"]["type"] == "EmptyInputError"
    assert recs["e"]["error"]["type"] == "DecodeError"
    assert recs["in.jsonl:12"]["error"]["type"] == "DecodeError"
    assert recs["huge"]["error"]["type"] == "InputTooLargeError" and "bytes" in recs["huge"]["error"]["message"]
    assert summary.duplicates == 2 and summary.ok == 2 and summary.written == len(rows) + 1


def test_step_crash_is_isolated_to_its_article(tmp_path: Path) -> None:
    rows = [{"id": str(i), "text": f"Det här är artikel {i} och den är kort."} for i in range(6)]
    rows[3]["text"] = "Det här och KRASCH i mitten."
    out = tmp_path / "out.jsonl"
    run_batch(write_jsonl(tmp_path / "in.jsonl", rows), out, pipeline=tiny_pipeline, options=BatchOptions(batch_size=6, progress=False))
    recs = read_out(out)
    assert recs["3"]["status"] == "failure" and recs["3"]["error"]["type"] == "RuntimeError"
    assert all(recs[str(i)]["status"] == "success" for i in (0, 1, 2, 4, 5))


def test_csv_parquet_and_hf_inputs(tmp_path: Path) -> None:
    import datasets
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = random.Random(7)
    rows = [{"id": f"r{i}", "text": swedish_article(rng)} for i in range(5)]
    rows.append({"id": "big", "text": "Ett långt fält. " * 20_000})  # over csv's default field limit
    rows.append({"id": "blank", "text": ""})
    with (tmp_path / "in.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "text"])
        writer.writeheader()
        writer.writerows(rows)
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    datasets.Dataset.from_list(rows).save_to_disk(str(tmp_path / "hfds"))
    for name, fmt in (("in.csv", "csv"), ("in.parquet", "parquet"), ("hfds", "hf")):
        assert detect_format(tmp_path / name) == fmt
        got = {r.id: r for r in iter_records(tmp_path / name)}
        assert list(got) == [r["id"] for r in rows]
        assert got["big"].text == rows[-2]["text"] and got["r0"].text == rows[0]["text"]
        out = tmp_path / f"out-{fmt}.jsonl"
        summary = run_batch(tmp_path / name, out, pipeline=tiny_pipeline, options=OPTS)
        assert (summary.ok, summary.failed) == (6, 1)
        assert read_out(out)["blank"]["error"]["type"] == "EmptyInputError"


def test_input_level_problems_raise_before_writing(tmp_path: Path) -> None:
    (tmp_path / "in.csv").write_text("id,body\n1,hej\n", encoding="utf-8")
    with pytest.raises(UnsupportedFormatError, match="--text-field|text"):
        run_batch(tmp_path / "in.csv", tmp_path / "out.jsonl", pipeline=tiny_pipeline, options=OPTS)
    with pytest.raises(InputNotFoundError):
        run_batch(tmp_path / "missing.jsonl", tmp_path / "out.jsonl", pipeline=tiny_pipeline, options=OPTS)
    with pytest.raises(UnsupportedFormatError, match="--input-format"):
        detect_format(tmp_path / "in.xyz")
    assert not (tmp_path / "out.jsonl").exists()
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "text": "Hej och välkommen."}])
    run_batch(src, tmp_path / "out.jsonl", pipeline=tiny_pipeline, options=OPTS)
    with pytest.raises(OutputExistsError, match="--resume"):
        run_batch(src, tmp_path / "out.jsonl", pipeline=tiny_pipeline, options=OPTS)


def test_damaged_inputs_end_in_error_records_not_a_crash(tmp_path: Path) -> None:
    import gzip

    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"id": f"p{i}", "text": f"Det här är mening nummer {i} om mötet i Lund och Malmö. " * 5} for i in range(30)]
    data = gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])  # a truncated download
    recs = list(iter_records(tmp_path / "cut.jsonl.gz"))
    assert recs[0].text == rows[0]["text"] and recs[-1].error is not None and "breaks off" in str(recs[-1].error)

    path = tmp_path / "damaged.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=10, compression="snappy")
    col = pq.ParquetFile(path).metadata.row_group(1).column(1)
    start = col.dictionary_page_offset or col.data_page_offset
    raw = bytearray(path.read_bytes())
    raw[start : start + col.total_compressed_size] = b"\xab" * col.total_compressed_size
    path.write_bytes(bytes(raw))
    out = tmp_path / "out.jsonl"
    summary = run_batch(path, out, pipeline=tiny_pipeline, options=OPTS)
    got = read_out(out)
    assert len(got) == 30 and (summary.ok, summary.failed) == (20, 10)  # every row accounted for
    assert got["damaged.parquet:11"]["error"]["type"] == "DecodeError" and got["p20"]["status"] == "success"
