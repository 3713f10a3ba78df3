"""``nlptools batch`` on the command line: stdin, Parquet output, exit codes and the summary line."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from batch_fixtures import swedish_article
from typer.testing import CliRunner

from nlptools.cli.app import app

TESTS = str(Path(__file__).parent)


@pytest.fixture(autouse=True)
def _fixtures_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(TESTS)  # --pipeline batch_fixtures:tiny_pipeline


def lines(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def test_stdin_jsonl_all_ok_exits_zero(tmp_path: Path) -> None:
    rng = random.Random(4)
    rows = [{"id": f"s{i}", "body": swedish_article(rng)} for i in range(5)]
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["batch", "-", "-o", str(out), "--text-field", "body", "--pipeline", "batch_fixtures:tiny_pipeline", "--no-progress"],
        input=lines(rows),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "ok 5, partial 0, failed 0, skipped-duplicate 0" in result.stderr
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == [r["id"] for r in rows]


def test_parquet_output_and_failure_exit_code(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": "Det här är en text och den är svensk."}, {"id": "b", "text": ""}, {"id": "a", "text": "igen"}]
    src = tmp_path / "in.jsonl"
    src.write_text(lines(rows), encoding="utf-8")
    out = tmp_path / "out.parquet"
    args = ["batch", str(src), "-o", str(out), "--pipeline", "batch_fixtures:tiny_pipeline", "--no-progress"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert "ok 1, partial 0, failed 1, skipped-duplicate 1" in result.stderr and "EmptyInputError 1" in result.stderr
    table = pq.read_table(out).to_pylist()
    assert [(r["id"], r["status"], r["error_type"]) for r in table] == [
        ("a", "success", None), ("b", "failure", "EmptyInputError"), ("a#dup2", "failure", "DuplicateIdError")
    ]  # fmt: skip
    again = CliRunner().invoke(app, args)  # refuses to clobber the output
    assert again.exit_code != 0 and "--resume" in again.stderr
    assert pq.read_table(out).num_rows == 3


def test_bad_options_are_clear_errors(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(lines([{"id": "a", "text": "Hej och hå."}]), encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), "--steps", "nonsense"])
    assert result.exit_code != 0 and "unknown step" in result.stderr
    result = CliRunner().invoke(app, ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), "--engine", "spark",
                                      "--pipeline", "batch_fixtures:tiny_pipeline"])  # fmt: skip
    assert result.exit_code != 0 and "engine" in result.stderr
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths")
def test_module_entry_point_runs_batch_help() -> None:
    import subprocess

    done = subprocess.run([sys.executable, "-m", "nlptools", "batch", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "--resume" in done.stdout


def test_skipped_steps_are_reported_once_with_the_enabling_command(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(lines([{"id": str(i), "text": f"Det här är text nummer {i}."} for i in range(3)]), encoding="utf-8")
    args = ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), "--pipeline", "batch_fixtures:pipeline_with_missing_model"]
    result = CliRunner().invoke(app, [*args, "--no-progress"])
    assert result.exit_code == 0
    assert result.stderr.count("skipped missing on 3 records: no test model is downloaded.") == 1
    assert "Enable it with: nlptools models download tiny-test" in result.stderr
