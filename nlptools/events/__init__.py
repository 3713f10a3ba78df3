"""Event reports: the facts (kind, date, places, organisers, head count) and an English fact box.

* :func:`extract_event` – ``EventFacts`` for one :class:`~nlptools.types.Article`.
* :class:`EventStep` – the pipeline step ("event").
* :func:`render_fact_box` – the facts as English Markdown lines (offline, no model).
* :mod:`.dates`, :mod:`.dateline`, :mod:`.places`, :mod:`.organisers`, :mod:`.counts`, :mod:`.kinds`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["extract_event", "EventStep", "render_fact_box"]


def __getattr__(name: str) -> Any:
    if name == "extract_event":
        from .extract import extract_event

        return extract_event
    if name == "EventStep":
        from .step import EventStep

        return EventStep
    if name == "render_fact_box":
        from .render import render_fact_box

        return render_fact_box
    raise AttributeError(name)
