"""The FastAPI application behind ``nlptools serve``.

Routes (the page uses the same doors as scripts):

* ``GET /`` — the page; ``GET /static/...`` — vendored HTMX, the page's script and style
* ``POST /jobs`` — start analysing pasted text or an uploaded .txt/.md/.html/.docx (returns the progress fragment)
* ``GET /jobs/{id}/events`` — server-sent progress events; ``GET /jobs/{id}/grid`` — the review grid (once)
* ``POST /check`` — re-check one edited paragraph (HTMX fragment)
* ``POST /export`` — the edited draft as Markdown or DOCX
* ``POST /api/analyze`` — JSON ``{"text": ...}`` (plus ``steps`` and safe step options, see
  :mod:`nlptools.web.options`) → ``{"article": <record>, "draft": <draft>}``
"""

from __future__ import annotations

import asyncio
import json
import queue
import shutil
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..analysis import PipelineConfig
from ..batch.records import article_record
from ..desk.analyze import Desk, desk_config
from ..desk.edit import apply_edits, recheck
from ..desk.model import Draft
from ..desk.write import render
from ..errors import ConfigError, InputError, NlptoolsError
from ..sources import article_from_text, document_text
from .jobs import Jobs, TooManyJobs
from .options import DeskCache, request_config
from .security import BodyLimitMiddleware, SameOriginMiddleware

HERE = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class WebSettings:
    """Server settings: what ``nlptools serve`` passes on."""

    pipeline: PipelineConfig = field(default_factory=desk_config)  # what `nlptools draft` would run
    max_body_bytes: int = 5_000_000
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]")


class AnalyzeRequest(BaseModel):
    """``POST /api/analyze`` body."""

    text: str = Field(..., description="The Swedish article (plain text or Markdown).")
    id: str = Field("api", description="The article id in the record.")
    format: str | None = Field(None, description="Also return the draft rendered as md or html.")
    steps: list[str] | None = Field(None, description="Steps to run (default: the server's); e.g. [\"language\", \"quotes\"].")

    # step options ride as further fields (``sentences``, ``beams``…): checked by web.options, coded errors
    model_config = {"extra": "allow"}


class CheckRequest(BaseModel):
    source: str
    english: str

    model_config = {"extra": "forbid"}


def create_app(settings: WebSettings | None = None) -> FastAPI:
    """A new application (one per server; tests build their own)."""
    settings = settings or WebSettings()
    state: dict[str, Any] = {"tmp": None}
    desks = DeskCache(Desk, size=4)  # one per distinct request configuration, least recently used dropped
    jobs = Jobs()
    language = settings.pipeline.language()  # the given source language segments the text, as in every command

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state["tmp"] = app.state.tmpdir = tempfile.mkdtemp(prefix="nlptools-serve-")
        try:
            yield
        finally:
            jobs.shutdown()
            shutil.rmtree(state["tmp"], ignore_errors=True)

    app = FastAPI(title="nlptools desk", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.add_middleware(SameOriginMiddleware)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")

    def desk() -> Desk:
        return desks.get(settings.pipeline)  # built on first use: the server is ready at once

    def error_json(exc: Exception, status: int = 422) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=status)

    def config_error(exc: NlptoolsError) -> JSONResponse:
        """422 for an unknown field or step, 400 for a refused or failing option (a config ``check()``)."""
        return error_json(exc, 422 if isinstance(exc, ConfigError) else 400)

    @app.get("/", response_class=HTMLResponse)
    async def index(request: Request) -> Response:
        return templates.TemplateResponse(request, "index.html", {"max_mb": settings.max_body_bytes / 1_000_000})

    @app.post("/jobs", response_class=HTMLResponse)
    async def start_job(request: Request, text: str = Form(""), file: UploadFile | None = File(None)) -> Response:
        try:
            if file is not None and file.filename:  # read in memory: nothing is written to disk
                article = article_from_text(document_text(file.filename, await file.read()), id=file.filename, language=language)
            else:
                article = article_from_text(text, id="pasted", language=language)
            job = jobs.start(lambda report: desk().draft(article, report))
        except (InputError, NlptoolsError) as exc:
            return templates.TemplateResponse(request, "error.html", {"error": str(exc)}, status_code=422)
        except TooManyJobs:
            return templates.TemplateResponse(request, "error.html", {"error": "The server is busy; try again in a minute."}, status_code=429)
        return templates.TemplateResponse(request, "progress.html", {"job": job.id})

    @app.get("/jobs/{job_id}/events")
    async def job_events(job_id: str) -> Response:
        job = jobs.get(job_id)
        if job is None:
            return JSONResponse({"error": "no such job"}, status_code=404)

        async def stream() -> AsyncIterator[str]:
            yield "event: progress\ndata: reading\n\n"
            while True:
                try:
                    kind, data = await asyncio.to_thread(job.events.get, True, 15.0)
                except queue.Empty:
                    yield ": keep-alive\n\n"
                    continue
                yield f"event: {kind}\ndata: {data}\n\n"
                if kind in ("done", "error"):
                    return

        return StreamingResponse(stream(), media_type="text/event-stream", headers={"Cache-Control": "no-store"})

    @app.get("/jobs/{job_id}/grid", response_class=HTMLResponse)
    async def job_grid(request: Request, job_id: str) -> Response:
        job = jobs.get(job_id)
        if job is None or not job.done.is_set():
            return JSONResponse({"error": "no such finished job"}, status_code=404)
        jobs.pop(job_id)  # handed out once: the server keeps no copy of the document
        if job.error:
            return templates.TemplateResponse(request, "error.html", {"error": job.error}, status_code=500)
        _, draft = job.result
        return templates.TemplateResponse(request, "grid.html", {"draft": draft, "draft_json": json.dumps(draft.to_dict())})

    @app.post("/check", response_class=HTMLResponse)
    async def check(request: Request, source: str = Form(...), english: str = Form("")) -> Response:
        flags = recheck(source, english, desk().glossary)
        return templates.TemplateResponse(request, "flags.html", {"flags": flags})

    @app.post("/export")
    async def export(draft: str = Form(...), edits: str = Form("{}"), format: str = Form("docx")) -> Response:
        try:
            d = apply_edits(Draft.from_dict(json.loads(draft)), json.loads(edits), desk().glossary)
            if d.open_marks:
                note = f"{d.open_marks} paragraph(s)/quote(s) not yet marked checked."
                d.notice = f"{d.notice} {note}" if d.notice else note
            data = render(d, format)
        except (ValueError, KeyError, TypeError, NlptoolsError) as exc:
            return error_json(exc)
        media = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}.get(
            format, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        )
        return Response(data, media_type=media, headers={"Content-Disposition": f'attachment; filename="draft.{format}"'})

    @app.post("/api/analyze")
    async def api_analyze(body: AnalyzeRequest) -> Response:
        try:
            config = request_config(settings.pipeline, body.steps, body.model_extra or {})
        except NlptoolsError as exc:
            return config_error(exc)

        def work(report: Any) -> Any:
            try:
                chosen = desks.get(config)  # built in the worker: models are not shared across threads
            except NlptoolsError as exc:  # a config check() (missing file, bad method): the caller's error
                return exc
            return chosen.draft(article, report)

        try:
            article = article_from_text(body.text, id=body.id, language=config.language())
            job = jobs.start(work)
        except NlptoolsError as exc:
            return error_json(exc)
        except TooManyJobs:
            return JSONResponse({"error": "the server is busy; try again in a minute."}, status_code=429)
        await asyncio.to_thread(job.done.wait)
        jobs.pop(job.id)
        if job.error:
            return JSONResponse({"error": job.error}, status_code=500)
        if isinstance(job.result, NlptoolsError):
            return config_error(job.result)
        analysed, draft = job.result
        out: dict[str, Any] = {"article": article_record(analysed), "draft": draft.to_dict()}
        if body.format in ("md", "html"):
            out["rendered"] = render(draft, body.format).decode("utf-8")
        return JSONResponse(out)

    @app.post("/api/check")
    async def api_check(body: CheckRequest) -> Response:
        return JSONResponse({"flags": [{"check": f.check, "reason": f.reason} for f in recheck(body.source, body.english, desk().glossary)]})

    return app
