"""The communicator's desk as a local web page: ``nlptools serve`` (extra ``nlptools[web]``).

FastAPI + Jinja2 + a vendored HTMX (no CDN).  Paste or upload a Swedish text,
follow the analysis (server-sent events), review Swedish and English side by
side, edit, mark paragraphs and quotes "checked", export Markdown or DOCX.
``POST /api/analyze`` gives scripts the article record plus the draft.

Safe by default: binds 127.0.0.1, limits request bodies (413), accepts only
known ``Host`` headers (400) and same-origin POSTs (403), writes nothing
outside a temporary folder that is removed on shutdown, and keeps no document
state between requests beyond an in-flight job reachable only by its random id.
"""

from __future__ import annotations

from .app import WebSettings, create_app

__all__ = ["WebSettings", "create_app"]
