"""``nlptools serve``: the communicator's desk as a local web page (extra ``nlptools[web]``).

Binds 127.0.0.1 unless told otherwise; see :mod:`nlptools.web` for the safe
defaults.  The page runs the pipeline ``nlptools draft`` runs, so ``serve``
takes the same step options (``--model``, ``--glossary``, ``--no-titles``, …)
and ``--device``.
"""

from __future__ import annotations

from typing import Any

import typer

from ..errors import missing_extra
from .common import warn
from .options import _kw, configs_from, make_command, step_parameters

DEFAULTS = {"translation.titles": True}


def register(app: typer.Typer) -> None:
    from ..steps import default_names

    names = default_names()
    own = [
        _kw("host", str, typer.Option("127.0.0.1", "--host", help="Address to bind (0.0.0.0 exposes the page to your network).")),
        _kw("port", int, typer.Option(8000, "--port", help="Port to listen on.")),
        _kw("allow_host", list[str], typer.Option([], "--allow-host", help="Extra Host header names to accept (e.g. this machine's name).")),
        _kw("max_body_mb", float, typer.Option(5.0, "--max-body-mb", help="Largest request body accepted (413 above).")),
        _kw("device", str, typer.Option("auto", "--device", help="auto, cpu, cuda or cuda:N (resolved once for every step).")),
    ]  # fmt: skip
    doc = "Serve the desk: paste or upload Swedish, review the English side by side, export Markdown/DOCX."
    params = [*own, *step_parameters(names, defaults=DEFAULTS)]
    app.command("serve")(make_command(lambda values: serve(names, values), params, name="serve", doc=doc))


def serve(names: list[str], values: dict[str, Any]) -> None:
    """Check the options (a missing --glossary or model is refused now), then serve until Ctrl+C."""
    try:
        import uvicorn

        from ..web import WebSettings, create_app
    except ImportError as exc:
        raise missing_extra(exc.name or "fastapi", "web") from exc
    from ..desk.analyze import desk_config

    host, allow_host = values["host"], values["allow_host"]
    hosts = ("127.0.0.1", "localhost", "[::1]", *([host] if host not in ("0.0.0.0", "::") else []), *allow_host)
    if host in ("0.0.0.0", "::") and not allow_host:
        warn("listening on all interfaces: pass --allow-host NAME for each name clients use (others get 400).")
    config = desk_config(configs_from(names, values), device=values["device"])
    config.build()  # bad options, a missing --glossary or model: refused before the server starts (loads nothing)
    settings = WebSettings(pipeline=config, max_body_bytes=int(values["max_body_mb"] * 1_000_000), allowed_hosts=hosts)
    warn(f"nlptools desk on http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{values['port']}/ (Ctrl+C stops it)")
    uvicorn.run(create_app(settings), host=host, port=values["port"], log_level="warning")
