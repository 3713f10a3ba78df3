"""Markdown rendering of an analysed article, for communicators.

Sections appear only for what the pipeline produced; skipped steps are
listed with the reason and the command that enables them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from .events.render import render_fact_box
from .types import Article, Quote, Summary


def article_markdown(article: Article) -> str:
    """One article as Markdown: language, steps, event facts, lede, summary, quotes, translation."""
    lines: list[str] = [f"# {article.title or article.id}", ""]
    lines += _overview(article)
    fact_box = render_fact_box(article.event)
    if fact_box:
        lines += ["", *fact_box]
    if article.summary is not None:
        s = article.summary
        if s.lede:
            lines += ["", f"**Lede:** {s.lede}"]
        lines += ["", f"## Summary ({s.language}, {s.method})", "", s.text]
        warning = faithfulness_warning(s)
        if warning:
            lines += ["", warning]
    if article.quotes is not None:
        lines += ["", f"## Quotes ({len(article.quotes)})", ""]
        lines += [_quotes_markdown()(article.quotes)] if article.quotes else ["No direct quotes found."]
    if article.translation is not None:
        t = article.translation
        lines += ["", f"## Translation ({t.source_language} → {t.target_language}, {t.model}, {t.backend})", ""]
        lines += [t.text]
    return "\n".join(lines).rstrip() + "\n"


def faithfulness_warning(summary: Summary) -> str | None:
    """The Markdown line that flags names and numbers of a summary not found in its source, if any."""
    fc = summary.faithfulness
    if fc is None or not fc.flagged:
        return None
    return f"> **Check:** not found in the source: {', '.join(fc.unsupported_entities + fc.unsupported_numbers)}"


def _overview(article: Article) -> list[str]:
    out = []
    if article.language is not None:
        lang = article.language
        out.append(f"- **Language:** {lang.language} (p={lang.probability:.2f})")
    kinds: dict[str, int] = {}
    for p in article.paragraphs:
        kinds[p.kind.value] = kinds.get(p.kind.value, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in kinds.items())
    out.append(f"- **Paragraphs:** {len(article.paragraphs)} ({summary}); {len(article.sentences)} sentences")
    out.append(f"- **Status:** {article.status}")
    for st in article.steps:
        if st.status == "ok":
            out.append(f"- {st.step}: ok ({st.seconds:.2f} s)")
        else:
            hint = f" — enable: `{st.hint}`" if st.hint and st.status == "skipped" else ""
            fix = f" — fix: {st.hint}" if st.hint and st.status == "failed" else ""
            out.append(f"- {st.step}: **{st.status}** — {st.reason}{hint}{fix}")
    return out


def _quotes_markdown() -> Callable[[list[Quote]], str]:
    """The quotes step's own renderer when present (Swedish and English side by side)."""
    try:
        module = importlib.import_module("nlptools.quotes.render")
        fn: Callable[[list[Quote]], str] = module.quotes_markdown
        return fn
    except (ImportError, AttributeError):
        return _plain_quotes


def _plain_quotes(quotes: list[Quote]) -> str:
    rows = []
    for q in quotes:
        who = ", ".join(x for x in (q.speaker, q.role, q.organisation) if x) or "unknown speaker"
        rows.append(f"- “{q.text}” — {who}" + (f"\n  - EN: “{q.text_en}”" if q.text_en else ""))
    return "\n".join(rows)
