"""Quotes in the title: ``”Jag går på moln”``, ``Farmor Silvia: ”…”``, ``Ministern: Vi måste agera nu``.

A headline quote is kept only when the article shows whose words they are:
a name before the colon, a caption line under the title
(``Maria Sandell, vice vd, Ekliden Science Park``), the body quote it
repeats, or the article's first quoted speaker.
"""

from __future__ import annotations

from .lexicon import FIRST_PERSON_PRONOUNS  # noqa: I001

import re

from . import context as ctx
from .attribution import SpeakerRef
from .marks import find_mark_spans
from .speakers import NameIndex, capital_runs
from .structure import Unit



def _repeated(statement: str, body: tuple[str, ...]) -> bool:
    toks = set(re.findall(r"\w+", statement.lower()))
    return len(toks) >= 3 and any(len(toks & set(re.findall(r"\w+", b.lower()))) >= 0.9 * len(toks) for b in body)


def headline_quote(
    text: str, units: list[Unit], index: NameIndex, body: tuple[str, ...] = ()
) -> tuple[tuple[int, int], SpeakerRef | None, bool] | None:
    """``((start, end), speaker named in the title or its caption, has_marks)``, or ``None``.

    ``body`` holds the body quotes' texts: ``Name: statement`` without a first-person word is a
    headline quote only when a body quote repeats the statement."""
    title = next((u for u in units if u.is_title), None)
    if title is None:
        return None
    spans = find_mark_spans(text, title.start, title.end)
    part: tuple[int, int] | None = None
    prefix_end = title.start
    for sp in spans:
        s, e = sp.inner_start, sp.inner_end(title.end)
        if len(text[s:e].split()) < 3:
            continue
        before = text[title.start : sp.open].strip()
        after = text[e + 1 : title.end].strip(" .")
        # a quote headline: the whole title, "Name: ”…”", "”…” – Name", or speech-like words;
        # not a work title inside a sentence ("Premiär för ”Mitt liv som hund”")
        framed = (not before or before.endswith((":", "–", "—", "‒", " -"))) and (not after or after[:1] in "–—-:,")
        if framed or FIRST_PERSON_PRONOUNS.search(text[s:e]) or text[s:e].rstrip().endswith(("!", "?")):
            part, prefix_end = (s, e), sp.open
            break
    if part is None:  # "Ministern: Vi måste agera nu"
        m = re.match(r"^([^:]{2,40}):\s+(.+)$", title.text)
        if not m or not (FIRST_PERSON_PRONOUNS.search(m.group(2)) or _repeated(m.group(2), body)) or m.group(1).isupper():
            return None
        part = (title.start + m.start(2), title.end)
        prefix_end = title.start + m.end(1)
    ref: SpeakerRef | None = None
    prefix = text[title.start : prefix_end]
    if ":" in prefix:
        for run in capital_runs(text, title.start, prefix_end):
            if index.name_tokens(run):
                toks = index.name_tokens(run)
                s = text.find(toks[0], run.start)
                e = text.find(toks[-1], s) + len(toks[-1])
                ref = SpeakerRef("name", text[s:e], s, e)
                break
        if ref is None:
            word = prefix.split(":")[0].split()[-1] if prefix.split(":")[0].split() else ""
            if word:
                s = text.find(word, title.start)
                ref = SpeakerRef("rolenoun", word, s, s + len(word))
    if ref is None:
        nxt = next((u for u in units if not u.is_title), None)
        if nxt is not None:
            ref = ctx.speaker_line(text, nxt.start - len(nxt.dash), nxt.end, index)
    s, e = part
    while e > s and text[e - 1] in " ,":
        e -= 1
    return (s, e), ref, bool(spans)
