"""``POST /api/analyze`` per-request options: steps and safe step options; coded refusals; no file reads."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra (nlptools[web]) is not installed")
from fastapi.testclient import TestClient  # noqa: E402

from nlptools.analysis import PipelineConfig  # noqa: E402
from nlptools.desk.analyze import desk_config  # noqa: E402
from nlptools.translation.step import TranslationConfig  # noqa: E402
from nlptools.web import WebSettings, create_app  # noqa: E402
from nlptools.web.options import DeskCache  # noqa: E402

BASE = "http://127.0.0.1:8000"
TEXT = (
    "Nytt bibliotek i Ekby\n\nKommunen öppnar ett nytt bibliotek i Ekby den 3 juni. Det kostar 12 mnkr. "
    "Biblioteket får tre våningar och en stor läsesal. Barnavdelningen hamnar på bottenvåningen.\n\n"
    "– Vi har väntat länge på det här, säger Eva Lind, bibliotekschef i Ekby kommun.\n"
)


@pytest.fixture(scope="module")
def client() -> TestClient:
    with TestClient(create_app(), base_url=BASE) as c:
        yield c


def analyze(client: TestClient, **fields: object) -> dict:
    r = client.post("/api/analyze", json={"text": TEXT, **fields})
    assert r.status_code == 200, r.text
    return r.json()


def test_steps_choose_what_runs(client: TestClient) -> None:
    full = analyze(client)["article"]
    assert full["summary"] and len(full["summary"]["sentences"]) > 1
    some = analyze(client, steps=["language", "quotes"])["article"]
    assert some["summary"] is None and some["quotes"]
    assert [s["step"] for s in some["steps"]] == ["language", "quotes"]


def test_sentences_and_lede_change_the_summary(client: TestClient) -> None:
    one = analyze(client, sentences=1)["article"]["summary"]
    assert len(one["sentences"]) == 1
    two = analyze(client, sentences=2)["article"]["summary"]
    assert len(two["sentences"]) == 2


def test_language_option_is_used(client: TestClient) -> None:
    article = analyze(client, language="sv", steps=["language", "quotes"])["article"]
    assert article["language"]["language"] == "sv"


def test_record_still_validates(client: TestClient) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from nlptools.types import article_json_schema

    body = analyze(client, steps=["language", "quotes", "summary"], sentences=1, languages=["sv", "en"])
    jsonschema.Draft202012Validator(article_json_schema()).validate(body["article"])


@pytest.mark.parametrize(
    ("fields", "status", "code"),
    [
        ({"colour": "red"}, 422, "[E302]"),
        ({"steps": ["nope"]}, 422, "[E302]"),
        ({"steps": []}, 422, "[E302]"),
        ({"summary_method": "bogus"}, 422, "[E302]"),
        ({"sentences": "three"}, 422, "[E302]"),
        ({"sentences": 0}, 422, "[E302]"),
        ({"languages": 5}, 422, "[E302]"),
        ({"sentences": 1, "words": 5}, 400, "[E304]"),  # the summary config's check()
        ({"beams": 99}, 400, "[E304]"),  # bounded work per request
        ({"backend": "torch"}, 400, "[E304]"),  # the server's own option
        ({"glossary": "/etc/passwd"}, 400, "[E304]"),
        ({"model": "/etc"}, 400, "[E304]"),
        ({"summary_model": "/tmp"}, 400, "[E304]"),
    ],
)
def test_bad_options_get_coded_errors(client: TestClient, fields: dict, status: int, code: str) -> None:
    r = client.post("/api/analyze", json={"text": TEXT, **fields})
    assert r.status_code == status, r.text
    assert r.json()["error"].startswith(code) and "Fix:" in r.json()["error"]


def test_path_option_only_as_the_servers_own(tmp_path: Path) -> None:
    glossary = tmp_path / "g.tsv"
    glossary.write_text("bibliotek\tlibrary\n", encoding="utf-8")
    other = tmp_path / "other.tsv"
    other.write_text("kommun\tcouncil\n", encoding="utf-8")
    settings = WebSettings(pipeline=desk_config({"translation": TranslationConfig(titles=True, glossary=glossary)}))
    with TestClient(create_app(settings), base_url=BASE) as c:
        ok = c.post("/api/analyze", json={"text": TEXT, "glossary": str(glossary), "steps": ["language", "quotes"]})
        assert ok.status_code == 200, ok.text
        refused = c.post("/api/analyze", json={"text": TEXT, "glossary": str(other)})
        assert refused.status_code == 400 and refused.json()["error"].startswith("[E304]")
        assert str(glossary) in refused.json()["error"]  # says what the server uses


def test_desk_cache_is_bounded_lru() -> None:
    built: list[tuple[str, ...]] = []

    def build(config: PipelineConfig) -> tuple[str, ...]:
        built.append(config.steps)
        return config.steps

    cache = DeskCache(build, size=2)
    a, b, c = (PipelineConfig(s) for s in (("language",), ("quotes",), ("language", "quotes")))
    cache.get(a), cache.get(b), cache.get(a), cache.get(c)  # b is least recently used: dropped
    assert len(cache) == 2 and built == [("language",), ("quotes",), ("language", "quotes")]
    cache.get(a)
    assert len(built) == 3  # a was kept
    cache.get(b)
    assert len(built) == 4 and len(cache) == 2  # b was rebuilt
