"""``nlptools serve``: the communicator's desk as a local web page (extra ``nlptools[web]``).

Binds 127.0.0.1 unless told otherwise; see :mod:`nlptools.web` for the safe defaults.
"""

from __future__ import annotations

from pathlib import Path

import typer

from ..desk.analyze import DeskOptions
from ..errors import missing_extra
from .common import warn


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)


def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (0.0.0.0 exposes the page to your network)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    allow_host: list[str] = typer.Option([], "--allow-host", help="Extra Host header names to accept (e.g. this machine's name)."),
    max_body_mb: float = typer.Option(5.0, "--max-body-mb", help="Largest request body accepted (413 above)."),
    model: str | None = typer.Option(None, "--model", help="Translation model: registry name or local dir."),
    backend: str = typer.Option("auto", "--backend", help="Translation backend: auto, torch, ctranslate2."),
    device: str = typer.Option("auto", "--device", help="auto, cpu or cuda."),
    glossary: Path | None = typer.Option(None, "--glossary", help="Your glossary (TSV/TOML); overrides the shipped titles."),
) -> None:
    """Serve the desk: paste or upload Swedish, review the English side by side, export Markdown/DOCX."""
    try:
        import uvicorn

        from ..web import WebSettings, create_app
    except ImportError as exc:
        raise missing_extra(exc.name or "fastapi", "web") from exc
    hosts = ("127.0.0.1", "localhost", "[::1]", *([host] if host not in ("0.0.0.0", "::") else []), *allow_host)
    if host in ("0.0.0.0", "::") and not allow_host:
        warn("listening on all interfaces: pass --allow-host NAME for each name clients use (others get 400).")
    settings = WebSettings(
        desk=DeskOptions(model=model, backend=backend, device=device, glossary=glossary),
        max_body_bytes=int(max_body_mb * 1_000_000),
        allowed_hosts=hosts,
    )
    warn(f"nlptools desk on http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/ (Ctrl+C stops it)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
