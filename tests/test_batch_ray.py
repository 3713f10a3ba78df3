"""``--engine ray`` end to end in Ray local mode: error rows, not dropped blocks; resume by id."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import pytest
from batch_fixtures import swedish_article, tiny_pipeline, write_jsonl

from nlptools.batch import BatchOptions, run_batch
from nlptools.batch.ray_engine import actor_cpus

ray = pytest.importorskip("ray", reason="the ray extra is not installed")


@pytest.fixture(scope="module")
def local_ray():
    from ray import cloudpickle

    import batch_fixtures

    cloudpickle.register_pickle_by_value(batch_fixtures)  # actors get the test steps without the tests dir
    # 2 CPUs and a pool of 1: the read task and the actor both fit (ray-project/ray#44687)
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    if started:
        ray.shutdown()
    cloudpickle.unregister_pickle_by_value(batch_fixtures)


def test_actor_cpus_leave_room_for_the_read_task() -> None:
    assert actor_cpus(2, 1) == 1.0
    assert actor_cpus(2, 2) < 1.0 and 2 * actor_cpus(2, 2) + 0.25 <= 2
    assert 4 * actor_cpus(1, 4) + 0.25 <= 1


@pytest.mark.slow
def test_ray_local_end_to_end_with_error_rows_and_resume(local_ray, tmp_path: Path) -> None:
    rng = random.Random(2)
    rows: list[dict | str] = [{"id": f"r{i}", "text": swedish_article(rng)} for i in range(40)]
    rows[5] = "{malformed"
    rows[9] = {"id": "r9", "text": "Det här och KRASCH i steget."}
    rows[12] = {"id": "r12", "text": "   "}
    rows[20] = {"id": "r3", "text": "Dubblett."}
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    expected = {f"r{i}" for i in range(40)} - {"r5", "r20"} | {"in.jsonl:6", "r3#dup2"}
    out = tmp_path / "out.jsonl"
    opts = BatchOptions(engine="ray", workers=1, batch_size=8, progress=False)
    summary = run_batch(src, out, pipeline=tiny_pipeline, options=opts)
    lines = out.read_text(encoding="utf-8").splitlines()
    recs = {r["id"]: r for r in map(json.loads, lines)}
    assert len(lines) == len(recs) and set(recs) == expected
    assert recs["in.jsonl:6"]["error"]["type"] == "UnsupportedFormatError"
    assert recs["r9"]["status"] == "failure" and recs["r9"]["error"]["type"] == "RuntimeError"
    assert recs["r12"]["error"]["type"] == "EmptyInputError" and recs["r12"]["error"]["fix"]
    assert recs["r3#dup2"]["error"]["type"] == "DuplicateIdError"
    assert recs["r0"]["language"]["language"] == "sv" and recs["r0"]["metadata"]["sentences"] > 0
    assert (summary.ok, summary.failed, summary.duplicates, summary.exit_code) == (36, 3, 1, 1)

    # kill simulation: keep 15 complete lines and half of the next, then resume on Ray with 2 actors on
    # 2 CPUs — the configuration that hangs with 1-CPU actors (ray-project/ray#44687)
    out.write_text("\n".join(lines[:15]) + "\n" + lines[15][:40], encoding="utf-8")
    summary = run_batch(src, out, pipeline=tiny_pipeline, options=dataclasses.replace(opts, resume=True, workers=2))
    again = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(again) == sorted(expected) and summary.written == len(expected) - 15
