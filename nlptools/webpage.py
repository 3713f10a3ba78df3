"""Article text of an HTML page, with its byline and image captions kept as labelled paragraphs.

trafilatura finds the main text and drops navigation, footers, comments —
and also the byline and every ``<figcaption>``.  A caption often carries the
only mention of a speaker's organisation ("Anna Berg, vd på Exempel AB, på
mässan"), so dropping it loses information, while gluing it into a body
paragraph makes a false quote.  :func:`extract_page` therefore takes bylines
and captions out of the page first (each replaced by a placeholder paragraph
trafilatura keeps in place), lets trafilatura extract the rest, and puts them
back as their own paragraphs, returned with their labels (``byline`` /
``caption``) so :func:`nlptools.intake.read_text` marks those paragraphs.  The
quotes step may read them for names and organisations but never takes a quote
from them.

Hostile pages are bounded: the HTML parser stops at 255 levels of nesting
(libxml2) and would silently drop what lies deeper, so a page that reaches
that depth is refused with :class:`~nlptools.errors.HostileInputError`.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import EmptyInputError, HostileInputError

#: libxml2's HTML parser nests at most this deep; anything below is dropped.
PARSER_MAX_DEPTH = 255
_MAX_LABEL_CHARS = 300  # a byline or caption longer than this is a box of body text, left to trafilatura
_BYLINE_ATTR = re.compile(r"\b(?:byline|by-line|author|writer|dateline)\b", re.IGNORECASE)
_TOKEN = "NLPTOOLSLABEL{:04d}X"
_TOKEN_RE = re.compile(r"NLPTOOLSLABEL(\d{4})X")


@dataclass(slots=True)
class PageText:
    """Extracted text and the paragraphs in it that are bylines or captions: ``(kind, text)``."""

    text: str
    labels: list[tuple[str, str]] = field(default_factory=list)


def _parse(html: str) -> Any:
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise EmptyInputError(f"the HTML page cannot be parsed ({exc}).", fix="check that the file is an HTML page.") from exc
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    if deepest >= PARSER_MAX_DEPTH - 1:
        raise HostileInputError(
            f"the HTML page is nested {PARSER_MAX_DEPTH} or more elements deep; the parser would silently drop what lies deeper.",
            fix="flatten the page (or extract its text with another tool) and pass the text.",
        )
    return tree


def _text_of(el: Any) -> str:
    return " ".join(el.text_content().split())


def _is_byline(el: Any) -> bool:
    if el.tag == "address":
        return True
    attrs = " ".join(str(el.get(a) or "") for a in ("class", "id", "rel", "itemprop"))
    return bool(_BYLINE_ATTR.search(attrs))


def _take_labels(tree: Any) -> list[tuple[str, str]]:
    """Replace bylines and figures by placeholder paragraphs; return ``(kind, text)`` per placeholder."""
    import lxml.html

    found: list[tuple[Any, str, str]] = []
    for el in tree.iter("figure"):
        cap = next(iter(el.iter("figcaption")), None)
        found.append((el, "caption", _text_of(cap) if cap is not None else ""))
    body = tree.find("body")
    for el in (body if body is not None else tree).iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "article", "main", "figure", "figcaption"):
            continue
        if _is_byline(el) and not any(a is el or a in el.iterancestors() for a, _, _ in found):
            found.append((el, "byline", _text_of(el)))
    labels: list[tuple[str, str]] = []
    for el, kind, text in found:
        if el.getparent() is None:
            continue
        if not text or len(text) > _MAX_LABEL_CHARS:
            if kind == "caption":
                el.drop_tree()  # an image without a caption: nothing to keep
            continue
        holder = lxml.html.fromstring(f"<p>{_TOKEN.format(len(labels))}</p>")
        holder.tail = el.tail
        el.getparent().replace(el, holder)
        labels.append((kind, text))
    return labels


def extract_page(html: str) -> PageText:
    """Main text of ``html`` (Markdown-ish, blank-line paragraphs) with bylines and captions labelled."""
    import trafilatura

    tree = _parse(html)
    meta = trafilatura.extract_metadata(copy.deepcopy(tree))
    taken = _take_labels(tree)
    extracted = trafilatura.extract(tree, output_format="markdown", include_comments=False, include_tables=False, with_metadata=False)
    if not extracted or not _TOKEN_RE.sub("", extracted).strip():
        raise EmptyInputError("no article text found in the HTML page.", fix="check that the page has body text.")
    labels: list[tuple[str, str]] = []
    used: set[int] = set()

    def put_back(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if n >= len(taken) or n in used:
            return ""
        used.add(n)
        labels.append(taken[n])
        return f"\n\n{taken[n][1]}\n\n"

    text = _TOKEN_RE.sub(put_back, extracted)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    missing = [t for n, t in enumerate(taken) if n not in used and t[0] == "byline"]
    captions = [t for n, t in enumerate(taken) if n not in used and t[0] == "caption"]
    heading = getattr(meta, "title", None) if meta else None
    if heading and not text.lstrip().startswith(("#", heading)):
        text = f"{heading}\n\n{text}"
    if missing:  # trafilatura left the byline's placeholder out (outside the main text): keep it under the title
        first, _, rest = text.partition("\n\n")
        text = "\n\n".join([first, *(t for _, t in missing), rest]).strip()
        labels.extend(missing)
    if captions:  # a caption whose figure trafilatura left out: kept at the end, never lost
        text = "\n\n".join([text, *(t for _, t in captions)])
        labels.extend(captions)
    return PageText(text, labels)
