"""The command line end to end (offline): analyze, detect, schema, models, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlptools.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "klustermote-rapport.md"
runner = CliRunner()


def invoke(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_analyze_example_offline_json() -> None:
    result = invoke("analyze", str(EXAMPLE), "--format", "json", "--quiet")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["language"]["language"] == "sv"
    assert record["title"].startswith("Klustermöte i Växjö")
    assert record["schema_version"] and record["status"] == "success"
    steps = {s["step"]: s for s in record["steps"]}
    assert steps["language"]["status"] == "ok"
    kinds = {p["kind"] for p in record["paragraphs"]}
    assert {"title", "dash_quote", "attribution", "byline"} <= kinds


def test_analyze_markdown_lists_skips_with_enable_command() -> None:
    result = invoke("analyze", str(EXAMPLE), "--format", "md")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Klustermöte i Växjö")
    assert "**Language:** sv" in result.stdout
    skipped = [line for line in result.stdout.splitlines() if "**skipped**" in line]
    for line in skipped:
        assert "enable: `nlptools models download" in line


def test_analyze_stdin_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "res.jsonl"
    text = "Rubrik\n\nDet här är en kort svensk text om ett möte i Lund. Alla var nöjda."
    result = invoke("analyze", "-", "--format", "jsonl", "--output", str(out), "--steps", "language", input=text)
    assert result.exit_code == 0, result.output
    [line] = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["id"] == "stdin"


def test_unreadable_input_is_reported_with_exit_3(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("En helt vanlig svensk mening om vädret i Malmö idag.", encoding="utf-8")
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00")
    result = invoke("analyze", str(good), str(binary), "--format", "json", "--steps", "language", "--quiet")
    assert result.exit_code == 3
    records = json.loads(result.stdout)
    assert [r["status"] for r in records] == ["success", "failure"]
    assert records[1]["error"]["code"] == "E102" and records[1]["error"]["fix"]


def test_detect_paragraphs(tmp_path: Path) -> None:
    f = tmp_path / "mixed.txt"
    f.write_text(
        "Mötet i Lund\n\nStyrelsen träffades i går för att diskutera budgeten för nästa år och de nya projekten.\n\n"
        "The board met yesterday to discuss next year's budget and the new projects in the region.",
        encoding="utf-8",
    )
    result = invoke("detect", str(f))
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout)
    langs = [p["language"]["language"] for p in rec["paragraphs"]]
    assert langs[1:] == ["sv", "en"]


def test_unknown_model_is_a_clear_error() -> None:
    result = invoke("models", "download", "no-such-model")
    assert result.exit_code == 4
    assert "E201" in result.stderr and "nlptools models list" in result.stderr


def test_models_list_shows_registry() -> None:
    result = invoke("models", "list")
    assert result.exit_code == 0
    assert "opus-mt-sv-en" in result.stdout and "4815f4057b" in result.stdout


def test_schema_command() -> None:
    result = invoke("schema")
    schema = json.loads(result.stdout)
    assert schema["title"].startswith("nlptools Article")


def test_bad_format_is_usage_error() -> None:
    result = invoke("analyze", str(EXAMPLE), "--format", "xml")
    assert result.exit_code == 2


@pytest.mark.slow
def test_console_entry_point_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "nlptools", "detect", "-", "--no-paragraphs"],
        input="Hej, det här är en svensk mening om vädret.".encode(),
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["language"]["language"] == "sv"
