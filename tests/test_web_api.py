"""The desk's web server: routes, the JSON door, and its safe defaults (413, 400, 403, temp dir, no shared state)."""

from __future__ import annotations

import inspect
import io
import json
import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra (nlptools[web]) is not installed")
from fastapi.testclient import TestClient  # noqa: E402

from nlptools.types import Article  # noqa: E402
from nlptools.web import WebSettings, create_app  # noqa: E402

BASE = "http://127.0.0.1:8000"
EXAMPLE = (Path(__file__).resolve().parents[1] / "examples" / "klustermote-rapport.md").read_text(encoding="utf-8")
TEXT_A = "Nytt bibliotek i Ekby\n\nKommunen öppnar ett nytt bibliotek i Ekby den 3 juni. Det kostar 12 mnkr.\n"
TEXT_B = "Cykelbana klar\n\nDen nya cykelbanan mellan Åby och Ekby invigdes i går av kommunalrådet.\n"


@pytest.fixture(scope="module")
def client() -> TestClient:
    with TestClient(create_app(), base_url=BASE) as c:
        yield c


def run_job(client: TestClient, **form: object) -> str:
    files = form.pop("files", None)
    r = client.post("/jobs", data=form, files=files)
    assert r.status_code == 200, r.text
    job = re.search(r'data-job="([^"]+)"', r.text).group(1)
    with client.stream("GET", f"/jobs/{job}/events") as s:
        events = "".join(s.iter_text())
    assert "event: done" in events and "data: language" in events
    grid = client.get(f"/jobs/{job}/grid")
    assert grid.status_code == 200
    return job, grid.text


def test_page_is_self_contained(client: TestClient) -> None:
    page = client.get("/").text
    assert '<script src="/static/htmx.min.js">' in page and "https://" not in page
    assert client.get("/static/htmx.min.js").status_code == 200


def test_api_analyze_returns_record_and_draft(client: TestClient) -> None:
    r = client.post("/api/analyze", json={"text": EXAMPLE, "id": "example", "format": "md"})
    assert r.status_code == 200
    body = r.json()
    article = Article.from_dict(body["article"])  # the record of `nlptools schema`
    assert body["article"]["schema_version"] and article.id == "example" and article.quotes
    jsonschema = pytest.importorskip("jsonschema")
    from nlptools.types import article_json_schema

    jsonschema.Draft202012Validator(article_json_schema()).validate(body["article"])
    assert body["draft"]["headline"].startswith("Klustermöte") and len(body["draft"]["quotes"]) == len(article.quotes)
    assert body["rendered"].startswith("**Note:** Not translated yet")


def test_api_rejects_unknown_fields(client: TestClient) -> None:
    assert client.post("/api/analyze", json={"text": "Hej.", "colour": "red"}).status_code == 422


def test_job_grid_is_handed_out_once_and_not_shared(client: TestClient) -> None:
    job_a, grid_a = run_job(client, text=TEXT_A)
    job_b, grid_b = run_job(client, text=TEXT_B)
    assert job_a != job_b and len(job_a) >= 20
    assert "Ekby den 3 juni" in grid_a and "Ekby den 3 juni" not in grid_b and "cykelbanan" in grid_b
    assert client.get(f"/jobs/{job_a}/grid").status_code == 404  # the server kept no copy
    assert client.get("/jobs/not-a-job/events").status_code == 404


def test_upload_docx_and_bad_type(client: TestClient) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Rubrik om hamnen")
    d.add_paragraph("Hamnen i Ekby får en ny kaj för 40 mnkr.")
    buf = io.BytesIO()
    d.save(buf)
    _, grid = run_job(client, files={"file": ("hamn.docx", buf.getvalue(), "application/octet-stream")})
    assert "ny kaj för 40 mnkr" in grid
    r = client.post("/jobs", files={"file": ("x.exe", b"MZ\x00\x00", "application/octet-stream")})
    assert r.status_code == 422 and "unsupported file type" in r.text


def test_check_and_export_with_edits(client: TestClient) -> None:
    draft = client.post("/api/analyze", json={"text": TEXT_A}).json()["draft"]
    flags = client.post("/check", data={"source": "Det kostar 12 mnkr.", "english": "It costs SEK 21 million."}).text
    assert "numbers" in flags
    assert client.post("/check", data={"source": "Det kostar 12 mnkr.", "english": "It costs SEK 12 million."}).text.strip() == ""
    body = draft["paragraphs"][0]
    edits = {"paragraphs": {str(body["index"]): {"english": "The municipality opens a new library in Ekby on 3 June.", "checked": False}}}
    r = client.post("/export", data={"draft": json.dumps(draft), "edits": json.dumps(edits), "format": "docx"})
    assert r.status_code == 200 and r.headers["content-disposition"].endswith('draft.docx"')
    import docx

    doc = docx.Document(io.BytesIO(r.content))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "The municipality opens a new library in Ekby on 3 June." in text
    assert "not yet marked checked" in doc.paragraphs[0].text
    md = client.post("/export", data={"draft": json.dumps(draft), "edits": "{}", "format": "md"})
    assert md.status_code == 200 and md.text.startswith("**Note:**")


# --- safe defaults -----------------------------------------------------------------------------
def test_body_limit_413() -> None:
    with TestClient(create_app(WebSettings(max_body_bytes=2_000)), base_url=BASE) as c:
        r = c.post("/api/analyze", json={"text": "a" * 5_000})
        assert r.status_code == 413 and "limit" in r.json()["error"]

        def chunks():  # no Content-Length: counted as it streams
            for _ in range(10):
                yield b"x" * 500

        r = c.post("/jobs", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
        assert r.status_code == 413
        assert c.post("/api/analyze", json={"text": "Hej hej."}).status_code == 200


def test_foreign_host_400(client: TestClient) -> None:
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200


def test_cross_origin_post_403(client: TestClient) -> None:
    r = client.post("/api/analyze", json={"text": "Hej."}, headers={"origin": "http://evil.example"})
    assert r.status_code == 403
    assert client.post("/api/analyze", json={"text": "Hej."}, headers={"origin": "null"}).status_code == 403
    assert client.post("/api/analyze", json={"text": "Hej."}, headers={"sec-fetch-site": "cross-site"}).status_code == 403
    assert client.post("/api/analyze", json={"text": "Hej."}, headers={"origin": BASE}).status_code == 200
    assert client.get("/", headers={"origin": "http://evil.example"}).status_code == 200  # reads are harmless


def test_temp_dir_removed_on_shutdown() -> None:
    app = create_app()
    with TestClient(app, base_url=BASE):
        tmp = Path(app.state.tmpdir)
        assert tmp.is_dir()
    assert not tmp.exists()


def test_serve_binds_localhost_by_default() -> None:
    from nlptools.cli.app import app

    [serve] = [c.callback for c in app.registered_commands if c.name == "serve"]
    assert inspect.signature(serve).parameters["host"].default.default == "127.0.0.1"


def test_serve_takes_the_step_options_and_refuses_bad_ones_before_starting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import uvicorn
    from typer.testing import CliRunner

    import nlptools.web
    from nlptools.cli.app import app

    started: list[tuple] = []
    monkeypatch.setattr(uvicorn, "run", lambda web_app, **kw: started.append((web_app, kw)))
    monkeypatch.setattr(nlptools.web, "create_app", lambda settings: settings)
    runner = CliRunner()
    res = runner.invoke(app, ["serve", "--glossary", str(tmp_path / "missing.tsv")])
    assert res.exit_code == 2 and "[E304]" in res.stderr and "missing.tsv" in res.stderr and not started
    glossary = tmp_path / "g.tsv"
    glossary.write_text("Ekby\t=\n", encoding="utf-8")
    res = runner.invoke(app, ["serve", "--glossary", str(glossary), "--beams", "2", "--sentences", "1", "--device", "cpu"])
    assert res.exit_code == 0, res.output
    [(settings, kw)] = started
    assert kw == {"host": "127.0.0.1", "port": 8000, "log_level": "warning"}
    config = settings.pipeline  # what the page's pipeline is built from: the same configs `draft` builds
    assert config.device == "cpu" and config.configs["summary"].sentences == 1
    translation = config.configs["translation"]
    assert translation.beams == 2 and translation.glossary == glossary and translation.titles
