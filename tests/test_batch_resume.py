"""Kill a real ``nlptools batch`` process part-way, resume it, and find every record exactly once."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from batch_fixtures import swedish_article, tiny_pipeline, write_jsonl

from nlptools.batch import BatchOptions, run_batch
from nlptools.batch.resume import jsonl_state, repair_jsonl_tail
from nlptools.batch.writers import parts_dir

TESTS = Path(__file__).parent
N = 300


def make_input(tmp_path: Path, n: int = N) -> tuple[Path, list[str]]:
    rng = random.Random(11)
    rows: list[dict | str] = [{"id": f"art-{i:04d}", "text": swedish_article(rng)} for i in range(n)]
    rows[17] = "{ broken json line"
    rows[30] = {"id": "art-0001", "text": "Samma id som en tidigare artikel."}
    ids = [f"art-{i:04d}" for i in range(n)]
    ids[17] = "in.jsonl:18"
    ids[30] = "art-0001#dup2"
    return write_jsonl(tmp_path / "in.jsonl", rows), ids


def batch_cmd(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "nlptools", "batch", str(src), "--output", str(out),
            "--pipeline", "batch_fixtures:slow_pipeline", "--batch-size", "4", "--flush-every", "3",
            "--no-progress", *extra]  # fmt: skip


def env(delay: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]),
            "NLPTOOLS_TEST_DELAY": delay}  # fmt: skip


def count_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_sigkill_then_resume_gives_every_id_once(tmp_path: Path) -> None:
    src, ids = make_input(tmp_path)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(batch_cmd(src, out), env=env("0.02"), stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while count_lines(out) < 30 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, f"job ended before it could be killed: {proc.stderr.read().decode()[-2000:]}"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()
    written = count_lines(out)
    assert 30 <= written < N
    with out.open("ab") as fh:  # the kill may land between lines; make sure a half-written line is there
        fh.write(b'{"id": "art-0299", "text": "halvskri')

    done = subprocess.run(batch_cmd(src, out, "--resume"), env=env("0"), capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr  # the malformed line and the duplicate are failures
    assert "repaired a half-written last line" in done.stderr
    assert f"already done {written}" in done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    got = [r["id"] for r in records]
    assert sorted(got) == sorted(ids)  # every input id exactly once, nothing extra
    by_id = {r["id"]: r for r in records}
    assert by_id["in.jsonl:18"]["error"]["type"] == "UnsupportedFormatError"
    assert by_id["art-0001#dup2"]["error"]["type"] == "DuplicateIdError"
    assert sum(r["status"] == "success" for r in records) == N - 2

    again = subprocess.run(batch_cmd(src, out, "--resume"), env=env("0"), capture_output=True, text=True, timeout=120)
    assert f"already done {N}" in again.stderr and count_lines(out) == N  # a finished job stays as it is


def test_repair_tail_cases(tmp_path: Path) -> None:
    p = tmp_path / "o.jsonl"
    p.write_bytes(b'{"id": "a"}\n{"id": "b"}\n{"id": "c", "te')
    assert repair_jsonl_tail(p) == len(b'{"id": "c", "te')
    assert p.read_bytes() == b'{"id": "a"}\n{"id": "b"}\n'
    assert repair_jsonl_tail(p) == 0
    p.write_bytes(b'{"id": "only-half')
    assert repair_jsonl_tail(p) == len(b'{"id": "only-half') and p.read_bytes() == b""
    p.write_bytes(b'{"id": "a"}\nnot json\n{"x": 1}\n')
    state = jsonl_state(p)
    assert state.ids == {"a"} and state.bad_lines == 2


def test_parquet_output_resumes_from_parts(tmp_path: Path) -> None:
    src, ids = make_input(tmp_path, 60)
    out = tmp_path / "out.parquet"
    opts = BatchOptions(output_format="parquet", batch_size=8, flush_every=10, progress=False)

    # write some parts, then stop without closing, as a kill would
    from nlptools.batch.records import pending_records, process_records
    from nlptools.batch.readers import iter_records
    from nlptools.batch.writers import ParquetPartsWriter

    writer = ParquetPartsWriter(out, flush_every=10)
    for rec in process_records(tiny_pipeline(), list(pending_records(iter_records(src), set()))[:25]):
        writer.write(rec)
    assert len(list(parts_dir(out).glob("part-*.parquet"))) == 2 and not out.exists()  # 20 flushed, 5 lost
    summary = run_batch(src, out, pipeline=tiny_pipeline, options=_resume(opts))
    assert summary.resumed == 20
    table = pq.read_table(out)
    assert sorted(table.column("id").to_pylist()) == sorted(ids)
    assert not parts_dir(out).exists()
    rows = {r["id"]: r for r in table.to_pylist()}
    row = rows["art-0001#dup2"]
    assert row["error_type"] == "DuplicateIdError" and json.loads(row["record"])["duplicate_of"] == "art-0001"
    ok = rows["art-0002"]
    assert ok["status"] == "success" and ok["language"] == "sv" and json.loads(ok["record"])["text"]
    # resuming a finished Parquet job keeps every row once
    summary = run_batch(src, out, pipeline=tiny_pipeline, options=_resume(opts))
    assert summary.resumed == 60 and pq.read_table(out).num_rows == 60


def _resume(opts: BatchOptions) -> BatchOptions:
    import dataclasses

    return dataclasses.replace(opts, resume=True)


def test_worker_processes_keep_order_and_records(tmp_path: Path) -> None:
    src, ids = make_input(tmp_path, 40)
    out = tmp_path / "out.jsonl"
    opts = BatchOptions(workers=2, batch_size=6, progress=False)
    summary = run_batch(src, out, pipeline="batch_fixtures:tiny_pipeline", options=opts)
    got = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert got == ids  # input order, every record
    assert (summary.ok, summary.failed, summary.duplicates) == (38, 1, 1)


def test_sigterm_flushes_complete_lines_and_says_how_to_resume(tmp_path: Path) -> None:
    src, ids = make_input(tmp_path, 200)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(batch_cmd(src, out, "--flush-every", "1000"), env=env("0.02"), stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while count_lines(out) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "--resume" in err
    data = out.read_bytes()
    assert data.endswith(b"\n") and 0 < data.count(b"\n") < 200  # flushed on the way out, whole lines only
    subprocess.run(batch_cmd(src, out, "--resume"), env=env("0"), capture_output=True, timeout=120)
    assert sorted(json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()) == sorted(ids)


def test_record_id_fast_path_agrees_with_json() -> None:
    from nlptools.batch.resume import record_id

    for rec in ({"id": 'a"b\\c', "x": 1}, {"id": "å ö"}, {"x": 1, "id": "late"}, {"id": 5}, {"x": 1}):
        line = (json.dumps(rec, ensure_ascii=False) + "\n").encode()
        expected = None if "id" not in rec else str(rec["id"])
        assert record_id(line) == expected
    assert record_id(b"not json\n") is None
