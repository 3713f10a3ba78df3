"""Issue "Hardening", input and error items: every trap a new user fell into is a coded error or the right result."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nlptools
from nlptools.cli.app import app

runner = CliRunner()
SWEDISH = (
    "Nytt bibliotek i centrum\n\nKommunen öppnar ett nytt bibliotek i centrum under våren, och arbetet har redan börjat."
    "\n\n– Vi har väntat länge på det här, säger Maria Holm, rektor på skolan.\n"
)
COMMANDS = [["analyze"], ["translate"], ["quotes"], ["summarize"], ["detect"]]


@pytest.fixture()
def model_args(tiny_copy: Path) -> dict[str, list[str]]:
    """``translate`` exists for its model: give it the tiny one (no weights can be downloaded here)."""
    return {"translate": ["--model", str(tiny_copy), "--device", "cpu"]}


def invoke(*args: str, input: str | bytes | None = None):  # noqa: ANN201
    return runner.invoke(app, list(args), input=input)


def no_traceback(res) -> bool:  # noqa: ANN001
    return "Traceback" not in res.output and res.exception is None or isinstance(res.exception, SystemExit)


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.md"
    path.write_text(SWEDISH, encoding="utf-8")
    return path


# 1. a directory as input or --output; a missing batch input


@pytest.mark.parametrize("command", COMMANDS)
def test_a_directory_as_input_is_a_coded_input_error(command: list[str], tmp_path: Path, model_args: dict) -> None:
    res = invoke(*command, str(tmp_path), *model_args.get(command[0], []))
    assert res.exit_code == 3 and no_traceback(res)
    assert json.loads(res.stdout)["error"]["code"] == "E108"
    assert "[E108]" in res.stderr and "is a directory" in res.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_a_directory_as_output_is_a_usage_error_before_any_work(command: list[str], article: Path, tmp_path: Path) -> None:
    res = invoke(*command, str(article), "--output", str(tmp_path), "-q")
    assert res.exit_code == 2 and no_traceback(res)
    assert "[E304]" in res.stderr and "is a directory" in res.stderr and res.stdout == ""


def test_a_missing_batch_input_is_a_coded_input_error(tmp_path: Path) -> None:
    res = invoke("batch", str(tmp_path / "nope"), "-o", str(tmp_path / "o.jsonl"))
    assert res.exit_code == 3 and no_traceback(res) and "[E107]" in res.stderr
    assert not (tmp_path / "o.jsonl").exists()


# 2. --glossary and --model that cannot be used: one coded error before any work, from every command


@pytest.mark.parametrize("command", [["analyze"], ["translate"], ["batch"]])
def test_a_missing_glossary_is_a_usage_error(command: list[str], article: Path, tmp_path: Path) -> None:
    out = ["-o", str(tmp_path / "o.jsonl")] if command == ["batch"] else []
    res = invoke(*command, str(article.parent if command == ["batch"] else article), *out, "--glossary", str(tmp_path / "missing.tsv"))
    assert res.exit_code == 2 and no_traceback(res), res.output
    assert "[E304]" in res.stderr and "missing.tsv" in res.stderr and "--glossary" in res.stderr
    assert res.stdout == "" and not (tmp_path / "o.jsonl").exists()


@pytest.mark.parametrize("command", [["analyze"], ["translate"], ["summarize", "--method", "abstractive"], ["batch"]])
def test_a_missing_or_incomplete_model_directory_is_a_model_error(command: list[str], article: Path, tmp_path: Path) -> None:
    incomplete = tmp_path / "model"
    incomplete.mkdir()
    (incomplete / "config.json").write_text("{}", encoding="utf-8")
    target = str(article.parent) if command == ["batch"] else str(article)
    out = ["-o", str(tmp_path / "o.jsonl")] if command == ["batch"] else []
    cases = ((tmp_path / "absent", "[E202]", "does not exist"), (incomplete, "[E203]", "no weights"), ("no-such-model", "[E201]", "unknown model"))
    for model, code, says in cases:
        res = invoke(*command, target, *out, "--model", str(model))
        assert res.exit_code == 4 and no_traceback(res), res.output
        assert code in res.stderr and says in res.stderr and res.stdout == ""
        assert "Step" not in res.stderr  # no internal class names


# 3. str is text, a Path is a file


def test_a_file_name_as_str_is_refused_with_the_fix(article: Path) -> None:
    with pytest.raises(ValueError, match=r"Path\('missing.txt'\)"):
        nlptools.analyze("missing.txt")
    with pytest.raises(ValueError, match="Path"):
        nlptools.extract_quotes("rapport.docx")
    assert nlptools.analyze(article, steps=["language"]).language.language == "sv"  # type: ignore[union-attr]
    assert nlptools.analyze("Det här är en mening. Den handlar om ett bibliotek.").text.startswith("Det här")


# 4. every command reads .txt .md .html .docx and '-' the same way, with the same input options


def docx_bytes(paragraphs: list[str]) -> bytes:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>')
    return buf.getvalue()


@pytest.mark.parametrize("command", [["analyze"], ["quotes"], ["summarize"], ["detect"]])
def test_every_command_reads_every_document_type(command: list[str], tmp_path: Path) -> None:
    paragraphs = [p.strip() for p in SWEDISH.split("\n\n") if p.strip()]
    files = {"a.txt": SWEDISH, "a.md": SWEDISH}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "a.docx").write_bytes(docx_bytes(paragraphs))
    (tmp_path / "a.html").write_text(
        "<html><body><article><h1>" + paragraphs[0] + "</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs[1:]) + "</article></body></html>",
        encoding="utf-8",
    )
    names = [str(tmp_path / n) for n in ("a.txt", "a.md", "a.docx", "a.html")]
    res = invoke(*command, *names, "-", "-f", "jsonl", "-q", input=SWEDISH)
    assert res.exit_code == 0, res.output
    records = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["status"] for r in records] == ["success"] * 5
    assert {r["language"]["language"] for r in records} == {"sv"}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_the_input_limits_its_errors_suggest(command: list[str], article: Path, model_args: dict) -> None:
    extra = model_args.get(command[0], [])
    res = invoke(*command, str(article), "--max-bytes", "20", "-f", "jsonl", "-q", *extra)
    assert res.exit_code == 3
    [record] = [json.loads(x) for x in res.stdout.splitlines()]
    assert record["error"]["code"] == "E104" and "--max-bytes" in record["error"]["fix"]
    res = invoke(*command, str(article), "--max-bytes", "100000", "--max-chars", "1000", "-f", "jsonl", "-q", *extra)
    assert res.exit_code == 0, res.output


# 5. batch: empty input, output formats, contradicting flags, plain text on stdin


def test_batch_refuses_what_it_cannot_do_well(tmp_path: Path, article: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    res = invoke("batch", str(empty), "-o", str(tmp_path / "o.jsonl"))
    assert res.exit_code == 3 and "[E101]" in res.stderr and "not a successful run" in res.stderr
    res = invoke("batch", str(article.parent), "-o", str(tmp_path / "o.csv"), "--steps", "language")
    assert res.exit_code == 2 and "[E304]" in res.stderr and "--format jsonl" in res.stderr
    assert not (tmp_path / "o.csv").exists()
    res = invoke("batch", str(article.parent), "-o", str(tmp_path / "o.csv"), "--format", "jsonl", "--steps", "language", "--no-progress")
    assert res.exit_code == 0, res.output  # asked for explicitly: honoured
    assert json.loads((tmp_path / "o.csv").read_text(encoding="utf-8").splitlines()[0])["status"] == "success"
    res = invoke("batch", str(article.parent), "-o", str(tmp_path / "o.jsonl"), "--resume", "--overwrite")
    assert res.exit_code == 2 and "[E304]" in res.stderr and "contradict" in res.stderr
    res = invoke("batch", "-", "-o", str(tmp_path / "stdin.jsonl"), input=SWEDISH)
    assert res.exit_code == 2 and "not JSONL" in res.stderr and "nlptools analyze -" in res.stderr
    assert not (tmp_path / "stdin.jsonl").exists()


# 6. readable failures, help text, --version, -h, -q


def test_failures_in_markdown_and_text_are_readable_lines(article: Path, tmp_path: Path, model_args: dict) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary\x00")
    for command, fmt in (("analyze", "md"), ("summarize", "text"), ("quotes", "md"), ("translate", "text")):
        res = invoke(command, str(bad), "-f", fmt, "-q", *model_args.get(command, []))
        line = res.stdout.strip()
        assert line.startswith(f"error: {bad}: [E102] ") and "Fix:" in line, (command, res.output)
        assert "{" not in line


def test_help_version_and_short_help() -> None:
    res = invoke("batch", "--help")
    assert "nlptools[ray]" in res.stdout
    res = invoke("--version")
    assert res.exit_code == 0 and res.stdout.strip() == f"nlptools {nlptools.__version__}"
    assert invoke("-h").exit_code == 0 and "analyze" in invoke("-h").stdout
    assert invoke("translate", "-h").exit_code == 0


@pytest.mark.slow
def test_quiet_silences_model_loading_and_warnings(tiny_copy: Path, article: Path) -> None:
    for command in ("analyze", "translate"):
        proc = subprocess.run(
            [sys.executable, "-m", "nlptools", command, str(article), "--model", str(tiny_copy), "--device", "cpu", "-q"],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == "", proc.stderr
        assert json.loads(proc.stdout)["translation"]["model"] == str(tiny_copy)


# 9. translate passes English paragraphs through unchanged, as analyze does


def test_translate_passes_english_paragraphs_through_like_analyze(tiny_copy: Path, tmp_path: Path) -> None:
    text = SWEDISH + (
        "\nThe council said the new library will open in the spring and that the work has already started on time.\n"
    )
    path = tmp_path / "mixed.md"
    path.write_text(text, encoding="utf-8")
    opts = ("--model", str(tiny_copy), "--device", "cpu", "-q")
    translated = json.loads(invoke("translate", str(path), *opts).stdout)["translation"]
    analyzed = json.loads(invoke("analyze", str(path), *opts).stdout)["translation"]
    assert translated == analyzed
    english = [s for s in translated["sentences"] if s["source_text"].startswith("The council")]
    assert english and all(s["passthrough"] for s in english)
    assert not all(s["passthrough"] for s in translated["sentences"])
