"""``nlptools translate`` and ``models convert`` on the tiny model; ``translate(...)`` API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from nlptools.cli.app import app
from nlptools.cli.models_convert import convert_command
from nlptools.translation.api import translate
from nlptools.translation.convert import is_ct2_model

TEXT = "Klustermöte i Malmö\n\nMötet hölls i Lund. Det samlade 140 deltagare.\n\n– Vi är nöjda, säger Anna Lindqvist.\n"


def test_cli_text_and_json(tiny_copy: Path, tmp_path: Path) -> None:
    src = tmp_path / "a.md"
    src.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["translate", str(src), "--model", str(tiny_copy), "--language", "sv", "--device", "cpu", "--format", "text"])
    assert res.exit_code == 0, res.output
    assert res.stdout == TEXT
    out = tmp_path / "out.json"
    res = runner.invoke(app, ["translate", str(src), "--model", str(tiny_copy), "--backend", "torch", "--language", "sv",
                              "--device", "cpu", "--format", "json", "--output", str(out)])
    assert res.exit_code == 0, res.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["status"] == "success" and record["translation"]["text"] == TEXT
    assert record["translation"]["backend"].startswith("torch")


def test_cli_bad_input_and_skips_are_records(tiny_copy: Path, tmp_path: Path) -> None:
    good, binary = tmp_path / "good.txt", tmp_path / "bin.txt"
    good.write_text(TEXT, encoding="utf-8")
    binary.write_bytes(b"\x00\x01\x02binary")
    res = CliRunner().invoke(app, ["translate", str(good), str(binary), "--model", str(tiny_copy), "--language", "sv",
                                   "--device", "cpu", "--format", "jsonl"])
    assert res.exit_code == 3  # an input could not be read (the same rule in every command)
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert lines[0]["status"] == "success" and lines[1]["status"] == "failure"


def test_cli_without_model_exits_with_download_hint(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    res = CliRunner().invoke(app, ["translate", str(src), "--language", "sv"])
    assert res.exit_code == 4
    assert "nlptools models download opus-mt-sv-en" in res.stderr


def test_models_convert_command(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    cli = typer.Typer()
    cli.command("convert")(convert_command)
    cli.command("noop")(lambda: None)
    out = tmp_path / "ct2"
    res = CliRunner().invoke(cli, ["convert", str(tiny_models["looping"]), "--output", str(out)])
    assert res.exit_code == 0, res.output
    assert res.stdout.strip() == str(out) and is_ct2_model(out)


def test_api_translate(tiny_copy: Path) -> None:
    tr = translate(TEXT, model=tiny_copy, device="cpu", language="sv", beams=1)
    assert tr.text == TEXT and tr.title == "Klustermöte i Malmö"
    assert tr.source_language == "sv" and tr.target_language == "en"


ANALYZE_TEXT = """Klustermöte i Malmö

Företagen i regionen diskuterade digitalisering, hållbarhet och kompetensförsörjning under hela tisdagen. Mötet hölls i Lund.

– Vi är mycket nöjda med resultatet, säger Anna Lindqvist.

* Energi och klimat
* Transporter och logistik
"""


@pytest.mark.parametrize("backend", ["torch", "ctranslate2"])
def test_analyze_translates_with_structure(tiny_copy: Path, tmp_path: Path, backend: str) -> None:
    src = tmp_path / "a.md"
    src.write_text(ANALYZE_TEXT, encoding="utf-8")
    res = CliRunner().invoke(app, ["analyze", str(src), "--model", str(tiny_copy), "--backend", backend, "--device", "cpu",
                                   "--steps", "language,translation,quotes", "--quiet"])
    assert res.exit_code == 0, res.output
    record = json.loads(res.stdout)
    assert record["language"]["language"] == "sv"
    assert record["translation"]["text"] == ANALYZE_TEXT  # the copy model: structure kept character for character
    [quote] = record["quotes"]
    assert quote["text_en"] == "Vi är mycket nöjda med resultatet"
