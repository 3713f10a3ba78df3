"""One path: the five doors to each capability give the same result, and every record fits the schema.

The doors: the capability's own command, ``analyze``, ``batch``, the library
function and library ``analyze``; all on ``examples/klustermote-rapport.md``.
Translation uses the tiny copy model the tests build (no weights here).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

import nlptools
from nlptools.cli.app import app
from nlptools.steps import default_names, get_spec, order
from nlptools.types import article_json_schema

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "klustermote-rapport.md"
runner = CliRunner()


def cli(*args: str, input: str | None = None) -> Any:
    res = runner.invoke(app, [*args, "--quiet"] if args[0] != "batch" else list(args), input=input)
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def batch(tmp_path: Path, *extra: str) -> dict[str, Any]:
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    shutil.copy(EXAMPLE, src / EXAMPLE.name)
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["batch", str(src), "-o", str(out), "--no-progress", "--overwrite", *extra])
    assert res.exit_code == 0, res.output
    [record] = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    return record






def test_language_is_the_same_through_every_door(tmp_path: Path) -> None:
    expected = nlptools.detect(EXAMPLE).to_dict()
    assert expected["language"] == "sv"
    assert cli("detect", str(EXAMPLE))["language"] == expected
    assert cli("analyze", str(EXAMPLE))["language"] == expected
    assert batch(tmp_path)["language"] == expected
    assert nlptools.analyze(EXAMPLE).language.to_dict() == expected


def test_quotes_are_the_same_through_every_door(tmp_path: Path) -> None:
    expected = [q.to_dict() for q in nlptools.extract_quotes(EXAMPLE)]
    assert len(expected) >= 3 and all(q["speaker"] for q in expected)
    assert cli("quotes", str(EXAMPLE))["quotes"] == expected
    assert cli("analyze", str(EXAMPLE))["quotes"] == expected
    assert batch(tmp_path)["quotes"] == expected
    assert [q.to_dict() for q in nlptools.analyze(EXAMPLE).quotes or []] == expected


def test_summary_is_the_same_through_every_door(tmp_path: Path) -> None:
    expected = nlptools.summarize(EXAMPLE, sentences=2).to_dict()
    assert len(expected["sentences"]) == 2
    assert cli("summarize", str(EXAMPLE), "--sentences", "2")["summary"] == expected
    plain = ("--steps", "language,summary")  # summarize's steps: no event step, so no report rules
    assert cli("analyze", str(EXAMPLE), "--sentences", "2", *plain)["summary"] == expected
    assert batch(tmp_path, "--sentences", "2", *plain)["summary"] == expected
    config = nlptools.SummaryConfig(sentences=2)
    article = nlptools.analyze(EXAMPLE, steps=["language", "summary"], configs={"summary": config})
    assert article.summary is not None and article.summary.to_dict() == expected
    # every step (the event step included): the report rules, the same through every door
    report = cli("analyze", str(EXAMPLE), "--sentences", "2")["summary"]
    assert batch(tmp_path, "--sentences", "2")["summary"] == report
    article = nlptools.analyze(EXAMPLE, configs={"summary": config})
    assert article.summary is not None and article.summary.to_dict() == report
    assert "på tisdagen" in expected["text"] and "på tisdagen" not in report["text"]  # resolved to its date


def test_translation_is_the_same_through_every_door(tmp_path: Path, tiny_copy: Path) -> None:
    model = str(tiny_copy)
    expected = nlptools.translate(EXAMPLE, model=model, device="cpu", beams=1).to_dict()
    assert expected["text"] == EXAMPLE.read_text(encoding="utf-8")  # the copy model keeps every character
    opts = ("--model", model, "--device", "cpu", "--beams", "1")
    assert cli("translate", str(EXAMPLE), *opts)["translation"] == expected
    assert cli("analyze", str(EXAMPLE), *opts)["translation"] == expected
    assert batch(tmp_path, *opts, "--steps", "language,translation")["translation"] == expected
    config = nlptools.TranslationConfig(model=model, beams=1)
    article = nlptools.analyze(EXAMPLE, configs={"translation": config}, device="cpu")
    assert article.translation is not None and article.translation.to_dict() == expected


def test_registry_orders_steps_by_requires_and_uses() -> None:
    assert default_names()[:5] == ["language", "translation", "quotes", "event", "summary"]  # summary uses event
    assert order(["summary", "quotes", "translation", "language"]) == ["language", "translation", "quotes", "summary"]
    assert get_spec("translation").requires == ("language",)
    with pytest.raises(nlptools.NlptoolsError, match="unknown step"):
        get_spec("nonsense")


def test_a_step_that_uses_an_output_must_run_after_it() -> None:
    from nlptools.errors import MissingRequirementError
    from nlptools.langid.step import LanguageStep
    from nlptools.quotes.step import QuotesStep

    with pytest.raises(MissingRequirementError, match="uses the output of language"):
        nlptools.Pipeline([QuotesStep(), LanguageStep()])


def test_a_new_step_registers_with_one_decorator() -> None:
    from dataclasses import dataclass, field

    from nlptools.pipeline import BaseStep, Pipeline
    from nlptools.steps import _REGISTRY, register_step

    @dataclass(frozen=True, slots=True)
    class CountConfig:
        minimum: int = field(default=1, metadata={"help": "Smallest count reported."})

    @register_step(CountConfig)
    class CountStep(BaseStep):
        name = "test-count"
        requires = ("paragraphs",)
        provides = ("test-count",)
        uses = ("quotes",)

        def __init__(self, *, minimum: int = 1) -> None:
            self.minimum = minimum

        def predict(self, articles: Any) -> list[Any]:
            return [max(self.minimum, len(a.quotes or [])) for a in articles]

        def apply(self, article: Any, result: Any) -> None:
            article.metadata["count"] = result

    try:
        pipe = Pipeline.from_names(["test-count", "quotes", "language"], {"test-count": CountConfig(minimum=2)})
        assert [s.name for s in pipe.steps] == ["language", "quotes", "test-count"]
        [article] = pipe.run([nlptools.read_text(EXAMPLE.read_text(encoding="utf-8"))])
        assert article.metadata["count"] == len(article.quotes or [])
    finally:
        del _REGISTRY["test-count"]


def _validate(records: list[dict[str, Any]]) -> None:
    validator = jsonschema.Draft202012Validator(article_json_schema())
    for record in records:
        errors = [e.message for e in validator.iter_errors(record)]
        assert not errors, (record.get("id"), errors)


def test_every_record_validates_against_the_schema(tmp_path: Path, tiny_copy: Path) -> None:
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x00\x01binary\x00")
    empty = tmp_path / "empty.md"
    empty.write_text("   \n", encoding="utf-8")
    res = runner.invoke(app, ["analyze", str(EXAMPLE), str(binary), str(empty), "-f", "jsonl", "-q"])
    analyzed = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["status"] for r in analyzed] == ["success", "failure", "failure"]
    res = runner.invoke(app, ["translate", str(EXAMPLE), str(binary), "--model", str(tiny_copy), "--device", "cpu", "-f", "jsonl", "-q"])
    translated = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["status"] for r in translated] == ["success", "failure"]
    # a required step that cannot run for one article: a failure record, valid by the schema too
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("12 345 678. 90 11 22.", encoding="utf-8")  # no language: not translated
    res = runner.invoke(app, ["translate", str(numbers), "--model", str(tiny_copy), "--device", "cpu", "-f", "jsonl", "-q"])
    skipped = [json.loads(x) for x in res.stdout.splitlines()]
    assert skipped[0]["status"] == "failure" and skipped[0]["error"]["step"] == "translation"
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": EXAMPLE.read_text(encoding="utf-8")}) + "\n" + '{"id": "b", "text": ""}\n{broken\n'
        + json.dumps({"id": "a", "text": "igen"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["batch", str(src), "-o", str(out), "--no-progress"])
    batched = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["status"] for r in batched] == ["success", "failure", "failure", "failure"]
    _validate(analyzed + translated + skipped + batched)


def test_readme_lists_every_error_code_with_its_fix() -> None:
    from nlptools.errors import troubleshooting_markdown

    readme = (EXAMPLE.parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- errors:start -->\n", 1)[1].split("\n<!-- errors:end -->", 1)[0]
    assert table == troubleshooting_markdown(), "regenerate the table: python -m nlptools.errors"


def test_device_is_resolved_once_per_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    from nlptools import device
    from nlptools.errors import ConfigError

    calls: list[str] = []
    monkeypatch.setattr(device, "cuda_device_count", lambda: calls.append("probe") or 0)
    pipe = nlptools.Pipeline.from_names(["language", "translation", "summary"], device="auto")
    assert calls == ["probe"]  # one probe for the two steps that take a device
    assert {getattr(s, "device", "cpu") for s in pipe.steps} == {"cpu"}
    assert nlptools.Pipeline.from_names(["language", "quotes"]) and calls == ["probe"]  # no device step: no probe
    with pytest.raises(ConfigError, match="no CUDA GPU"):
        device.resolve_device("cuda:0")
    with pytest.raises(ConfigError, match="unknown device"):
        device.resolve_device("tpu")


def test_a_pipeline_config_describes_itself_for_resume_checks() -> None:
    from nlptools.analysis import PipelineConfig

    config = PipelineConfig(("quotes", "language"), {"language": nlptools.LanguageConfig(languages=("sv", "en"))})
    described = config.describe()
    assert described["steps"] == ["language", "quotes"]
    assert described["configs"]["language"]["languages"] == ["sv", "en"]
    assert json.loads(json.dumps(described)) == described


def test_a_step_without_options_registers_bare() -> None:
    from nlptools.pipeline import BaseStep
    from nlptools.steps import _REGISTRY, get_spec, register_step

    @register_step
    class MarkStep(BaseStep):
        name = "test-mark"
        provides = ("test-mark",)

    try:
        assert get_spec("test-mark").cls is MarkStep and isinstance(get_spec("test-mark").build(), MarkStep)
    finally:
        del _REGISTRY["test-mark"]


def test_library_analyze_reuses_its_pipeline() -> None:
    """Repeated `nlptools.analyze` calls with the same settings load models once (one cached pipeline)."""
    from nlptools import analysis

    analysis.analyze("Det här är en kort text om ett möte i staden.", steps=["language"])
    before = analysis._cached_pipeline.cache_info()
    analysis.analyze("En annan kort text om samma möte i staden.", steps=["language"])
    after = analysis._cached_pipeline.cache_info()
    assert after.hits == before.hits + 1 and after.misses == before.misses
