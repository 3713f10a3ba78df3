"""ASGI middleware for safe defaults: request body limit (413) and same-origin POSTs (403).

The ``Host`` check (400) is Starlette's ``TrustedHostMiddleware``.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

Scope = dict[str, Any]
Receive = Any
Send = Any
ASGIApp = Any

_UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


async def _reply(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode("utf-8")
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """Answer 413 to a request whose body is over ``max_bytes`` (by Content-Length or as it streams)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def message(self) -> str:
        mb = self.max_bytes / 1_000_000
        return f"[E104] the request is over the {mb:g} MB limit. Fix: send a shorter text, or start the server with a larger --max-body-mb."

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await _reply(send, 413, self.message())
            return
        seen = 0
        refused = False

        async def limited_receive() -> dict[str, Any]:
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    refused = True  # answer now; the app sees the client go away
                    await _reply(send, 413, self.message())
                    return {"type": "http.disconnect"}
            return msg

        async def guarded_send(msg: dict[str, Any]) -> None:
            if not refused:
                await send(msg)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not refused:
                raise


class SameOriginMiddleware:
    """Answer 403 to a state-changing request that a browser sent from another site.

    A browser sends ``Origin`` with every cross-origin POST (and ``Sec-Fetch-Site``);
    it must name this server (the request's own ``Host``).  Scripts such as curl
    send neither and are allowed: the server listens on 127.0.0.1 by default.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in _UNSAFE:
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
            origin = headers.get("origin")
            host = headers.get("host", "")
            if origin is not None and (origin == "null" or urlsplit(origin).netloc != host):
                await _reply(send, 403, f"[E300] a request from {origin} is not accepted. Fix: use the page served by this server.")
                return
            if origin is None and headers.get("sec-fetch-site") == "cross-site":
                await _reply(send, 403, "[E300] a cross-site request is not accepted. Fix: use the page served by this server.")
                return
        await self.app(scope, receive, send)
