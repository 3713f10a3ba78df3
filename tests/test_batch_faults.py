"""Batch under faults: two jobs on one output, resume with other settings, kill -9, runaway articles."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_fixtures import swedish_article, write_jsonl
from fault_fixtures import DIE, HANG

from nlptools.batch import BatchOptions, run_batch
from nlptools.batch.lock import lock_path, output_lock
from nlptools.batch.runconfig import config_path
from nlptools.errors import OutputExistsError, OutputLockedError, RunConfigMismatchError

TESTS = Path(__file__).parent
pytestmark = pytest.mark.timeout(180)  # hang guard only
OPTS = BatchOptions(progress=False, batch_size=4)


def make_input(tmp_path: Path, n: int = 12, special: dict[int, str] | None = None) -> Path:
    rng = random.Random(5)
    rows = [{"id": f"a{i:03d}", "text": swedish_article(rng)} for i in range(n)]
    for i, word in (special or {}).items():
        rows[i]["text"] += f"\n\nDetta stycke innehåller ordet {word} och inget annat."
    return write_jsonl(tmp_path / "in.jsonl", rows)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def env(delay: str = "0.0") -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]), "NLPTOOLS_TEST_DELAY": delay}


def cli(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "nlptools", "batch", str(src), "--output", str(out), "--no-progress", "--batch-size", "4", *extra]


def wait_for(cond, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not cond():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


# --- 10: one job per output -------------------------------------------------------------------


def test_second_job_on_the_same_output_is_refused_and_names_the_first(tmp_path: Path) -> None:
    src = make_input(tmp_path, n=60)
    out = tmp_path / "out.jsonl"
    first = subprocess.Popen(cli(src, out, "--pipeline", "batch_fixtures:slow_pipeline", "--flush-every", "1"), env=env("0.05"), stderr=subprocess.PIPE)
    try:
        wait_for(lambda: out.exists() and out.stat().st_size > 0)
        second = subprocess.run(cli(src, out, "--pipeline", "batch_fixtures:slow_pipeline", "--resume"), env=env(), capture_output=True, text=True, timeout=120)
        assert second.returncode != 0
        assert "[E501]" in second.stderr and f"process {first.pid}" in second.stderr, second.stderr
        with pytest.raises(OutputLockedError, match=str(first.pid)):
            run_batch(src, out, pipeline="batch_fixtures:slow_pipeline", options=dataclasses.replace(OPTS, resume=True))
    finally:
        assert first.wait(timeout=120) == 0, first.stderr.read().decode()[-2000:] if first.stderr else ""
    ids = [r["id"] for r in records(out)]
    assert sorted(ids) == [f"a{i:03d}" for i in range(60)]  # 60 inputs, 60 lines: nobody wrote twice
    assert not lock_path(out).exists()


def test_a_lock_file_left_by_a_killed_job_does_not_block(tmp_path: Path) -> None:
    src = make_input(tmp_path, n=3)
    out = tmp_path / "out.jsonl"
    lock_path(out).write_text('{"pid": 999999, "host": "elsewhere"}')  # no process holds it
    summary = run_batch(src, out, pipeline="batch_fixtures:tiny_pipeline", options=OPTS)
    assert summary.ok == 3


def test_lock_is_held_for_the_block_and_released_after(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    with output_lock(out):
        info = json.loads(lock_path(out).read_text())
        assert info["pid"] == os.getpid() and info["host"]
        with pytest.raises(OutputLockedError, match=f"process {os.getpid()}"), output_lock(out):
            pass
    with output_lock(out):
        pass


# --- 11: resume checks the run's configuration --------------------------------------------------


def test_resume_with_other_steps_is_refused_unless_overwrite(tmp_path: Path) -> None:
    src = make_input(tmp_path, n=4)
    out = tmp_path / "out.jsonl"
    done = subprocess.run(cli(src, out, "--steps", "language"), env=env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    stored = json.loads(config_path(out).read_text())["config"]
    assert stored["steps"] == ["language"]
    before = out.read_bytes()
    again = subprocess.run(cli(src, out, "--steps", "language,quotes", "--resume"), env=env(), capture_output=True, text=True, timeout=300)
    assert again.returncode != 0
    assert "[E502]" in again.stderr and "steps" in again.stderr and "--overwrite" in again.stderr, again.stderr
    assert out.read_bytes() == before  # nothing appended
    same = subprocess.run(cli(src, out, "--steps", "language", "--resume", "--device", "cpu", "--workers", "2"), env=env(), capture_output=True, text=True, timeout=300)
    assert same.returncode == 0, same.stderr  # device and workers change speed, not the records
    fresh = subprocess.run(cli(src, out, "--steps", "language,quotes", "--overwrite"), env=env(), capture_output=True, text=True, timeout=300)
    assert fresh.returncode == 0, fresh.stderr
    assert json.loads(config_path(out).read_text())["config"]["steps"] == ["language", "quotes"]
    assert all({s["step"] for s in r["steps"]} >= {"language", "quotes"} for r in records(out))


def test_resume_with_another_text_field_or_pipeline_is_refused(tmp_path: Path) -> None:
    src = make_input(tmp_path, n=3)
    out = tmp_path / "out.jsonl"
    run_batch(src, out, pipeline="batch_fixtures:tiny_pipeline", options=OPTS)
    with pytest.raises(RunConfigMismatchError, match="pipeline"):
        run_batch(src, out, pipeline="batch_fixtures:slow_pipeline", options=dataclasses.replace(OPTS, resume=True))
    stored = config_path(out).read_bytes()
    with pytest.raises(OutputExistsError):  # refused without --resume/--overwrite: the stored settings stay
        run_batch(src, out, pipeline="batch_fixtures:slow_pipeline", options=OPTS)
    assert config_path(out).read_bytes() == stored
    config_path(out).unlink()  # an output from before run.json existed: resumed, and given one
    assert run_batch(src, out, pipeline="batch_fixtures:tiny_pipeline", options=dataclasses.replace(OPTS, resume=True)).resumed == 3
    assert config_path(out).exists()


# --- 12: workers die with the parent --------------------------------------------------------------


def descendants(pid: int) -> set[int]:
    """Live (non-zombie) descendants of ``pid`` from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            if fields[0] != "Z":
                children.setdefault(int(fields[1]), []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("timeout", ["120", "0"], ids=["supervised", "process-pool"])
def test_sigkill_of_the_job_leaves_no_worker_running(tmp_path: Path, timeout: str) -> None:
    src = make_input(tmp_path, n=400)
    out = tmp_path / "out.jsonl"
    job = subprocess.Popen(cli(src, out, "--pipeline", "batch_fixtures:slow_pipeline", "--workers", "2", "--article-timeout", timeout, "--flush-every", "1"),
                           env=env("0.05"), stderr=subprocess.PIPE)  # fmt: skip
    try:
        wait_for(lambda: out.exists() and out.stat().st_size > 0)
        workers = descendants(job.pid)
        assert len(workers) >= 2, workers
    finally:
        job.send_signal(signal.SIGKILL)
        job.wait(timeout=30)
    deadline = time.monotonic() + 20
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in workers if alive(p)], "worker processes outlived the killed job"


# --- 13: a runaway article becomes a failure record, the job goes on --------------------------------


def test_runaway_article_is_recorded_and_the_job_carries_on(tmp_path: Path, workers: int = 1) -> None:
    src = make_input(tmp_path, n=10, special={5: HANG})
    out = tmp_path / "out.jsonl"
    opts = dataclasses.replace(OPTS, article_timeout=2.0, workers=workers)
    summary = run_batch(src, out, pipeline="fault_fixtures:runaway_pipeline", options=opts)
    recs = records(out)
    assert [r["id"] for r in recs] == [f"a{i:03d}" for i in range(10)]
    assert recs[5]["status"] == "failure" and recs[5]["error"]["code"] == "E503", recs[5]
    assert "--article-timeout" in recs[5]["error"]["fix"]
    assert all(r["status"] == "success" and r["metadata"]["chars"] > 0 for i, r in enumerate(recs) if i != 5)
    assert (summary.ok, summary.failed) == (9, 1)


def test_an_article_that_kills_its_worker_is_recorded_and_the_job_carries_on(tmp_path: Path) -> None:
    src = make_input(tmp_path, n=9, special={2: DIE, 7: HANG})
    out = tmp_path / "out.jsonl"
    summary = run_batch(src, out, pipeline="fault_fixtures:runaway_pipeline", options=dataclasses.replace(OPTS, article_timeout=2.0))
    recs = records(out)
    assert [r["id"] for r in recs] == [f"a{i:03d}" for i in range(9)]
    assert recs[2]["error"]["code"] == "E504" and "SIGKILL" in recs[2]["error"]["message"]
    assert recs[7]["error"]["code"] == "E503"
    assert summary.ok == 7


def test_cli_article_timeout_option(tmp_path: Path) -> None:
    src = make_input(tmp_path, n=3, special={1: HANG})
    out = tmp_path / "out.jsonl"
    done = subprocess.run(cli(src, out, "--pipeline", "fault_fixtures:runaway_pipeline", "--article-timeout", "1.5"), env=env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert [r["status"] for r in records(out)] == ["success", "failure", "success"]
    assert "ArticleTimeoutError 1" in done.stderr


def test_a_pipeline_that_cannot_go_to_a_worker_runs_here_with_a_warning(tmp_path: Path) -> None:
    from batch_fixtures import tiny_pipeline

    src = make_input(tmp_path, n=3)
    with pytest.warns(RuntimeWarning, match="time budget is off"):
        summary = run_batch(src, tmp_path / "out.jsonl", pipeline=lambda: tiny_pipeline(), options=OPTS)
    assert summary.ok == 3
