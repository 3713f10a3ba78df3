"""Glossary terms and detected names, protected from the model with placeholders.

MT models "translate" names (``Bron Innovation`` → ``The Bridge Innovation``)
and agencies (``Tillväxtverket`` → ``the Growth Agency``) inconsistently.  A
glossary fixes the English rendering of a term, or keeps it as is; detected
person/organisation names (runs of capitalised words that do not start the
sentence with an ordinary word) are kept as is.

Mechanism: a term with a fixed rendering is replaced by a placeholder token
before translation (:func:`protect`), and the placeholder by the rendering
afterwards (:func:`restore`).  Names, URLs and kept terms are first
left in the text (models copy most names fluently) and checked in the output;
if one comes out changed, the unit is translated again with placeholders for
them too.  If the model drops or duplicates a placeholder, the caller falls
back to translating the text *between* the protected spans separately and
joining the pieces around the renderings (:func:`split_around`), so a
rendering is never lost.

File formats (UTF-8):

* TSV: ``term<TAB>rendering`` per line; an empty rendering or ``=`` keeps the
  term; ``#`` starts a comment.
* TOML: ``[terms]`` table ``"Tillväxtverket" = "the Swedish Agency for Economic
  and Regional Growth"``; ``keep = ["Bron Innovation", ...]``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from .units import EMAIL_RE, URL_RE

#: The placeholder pattern: a short capitalised non-word that SentencePiece
#: models copy through as a name.
PLACEHOLDER = "Zqx{}"
_PLACEHOLDER_RE = re.compile(r"Zqx(\d+)")

_SENTENCE_START_WORDS = frozenset(
    """i på av för från till med om under efter vid hos mot utan enligt inom det den de dem detta denna dessa
    en ett vi han hon hen jag du ni man men och eller när där då så som att nu här även också inte alla
    vår vårt våra hans hennes deras min mitt mina sedan idag i dag igår imorgon tack hej
    the a an in on at of for from to with by this that these those we he she they it i you our their""".split()
)
_CAP_WORD = r"[A-ZÅÄÖÆØÉÜ][\w’'\-.]*\w|[A-ZÅÄÖÆØÉÜ]"
_NAME_RUN = re.compile(rf"(?:{_CAP_WORD})(?:\s+(?:{_CAP_WORD}))+")


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    term: str
    rendering: str | None = None  # None: keep the term as it is

    @property
    def output(self) -> str:
        return self.term if self.rendering is None else self.rendering


@dataclass(slots=True)
class Glossary:
    """Terms with fixed English renderings (or kept as is)."""

    entries: list[GlossaryEntry] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path) -> Glossary:
        """Read a TSV or TOML glossary; raises :class:`ConfigError` with the line at fault."""
        path = Path(path)
        try:
            raw = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read glossary {path}: {exc}.", fix="pass an existing UTF-8 .tsv or .toml file.") from exc
        if path.suffix.lower() == ".toml":
            return cls.from_toml(raw, str(path))
        return cls.from_tsv(raw, str(path))

    @classmethod
    def from_tsv(cls, raw: str, source: str = "<tsv>") -> Glossary:
        entries = []
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            term, _, rendering = line.partition("\t")
            term, rendering = term.strip(), rendering.strip()
            if not term:
                raise ConfigError(f"{source}:{n}: empty term.", fix="write `term<TAB>rendering` (rendering empty = keep).")
            entries.append(GlossaryEntry(term, None if rendering in ("", "=") else rendering))
        return cls(entries)

    @classmethod
    def from_toml(cls, raw: str, source: str = "<toml>") -> Glossary:
        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{source}: invalid TOML: {exc}.", fix='write [terms] "term" = "rendering" and keep = [...].') from exc
        entries = [GlossaryEntry(str(t), None if str(r) in ("", "=") else str(r)) for t, r in data.get("terms", {}).items()]
        entries += [GlossaryEntry(str(t)) for t in data.get("keep", [])]
        unknown = set(data) - {"terms", "keep"}
        if unknown:
            raise ConfigError(f"{source}: unknown key(s) {', '.join(sorted(unknown))}.", fix="use [terms] and keep = [...].")
        return cls(entries)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping ``(start, end, rendering)`` of glossary terms in ``text`` (longest term wins)."""
        spans: list[tuple[int, int, str]] = []
        for e in sorted(self.entries, key=lambda e: -len(e.term)):
            for m in re.finditer(rf"(?<!\w){re.escape(e.term)}(?!\w)", text):
                if not any(m.start() < b and a < m.end() for a, b, _ in spans):
                    spans.append((m.start(), m.end(), e.output))
        return sorted(spans)


def detect_names(text: str) -> list[tuple[int, int]]:
    """Spans of multi-word capitalised names (``Region Skåne``, ``Anna Lindqvist``, ``Bron Innovation``).

    A run starting the text counts only when its first word is not an ordinary
    sentence-initial word (``I Stockholm`` is not a name).
    """
    spans = []
    for m in _NAME_RUN.finditer(text):
        start, words = m.start(), m.group().split()
        if words[0].lower().strip(".") in _SENTENCE_START_WORDS:
            nxt = re.match(r"\S+\s+", text[start:])
            if nxt is None or len(words) < 3:
                continue
            start += nxt.end()
        spans.append((start, m.end()))
    return spans


@dataclass(slots=True)
class Protected:
    """A unit with protected spans; those in ``masked`` are replaced by placeholders in ``text``."""

    text: str  # what the model sees
    original: str
    spans: list[tuple[int, int, str]]  # (start, end, rendering) in ``original``
    masked: list[bool] = field(default_factory=list)  # per span: placeholder (True) or left inline (False)

    @property
    def renderings(self) -> list[str]:
        return [r for _, _, r in self.spans]


def protect(text: str, glossary: Glossary | None, *, names: bool = True, mask_kept: bool = True) -> Protected:
    """Protect glossary terms, URLs, e-mail addresses (and, with ``names``, detected names).

    Terms with a fixed rendering always become placeholders.  Spans kept as they
    are (names, URLs, ``keep`` terms) become placeholders only with
    ``mask_kept``; otherwise they stay in the text — models copy most names
    fluently — and :func:`restore` checks that they came through verbatim.
    """
    found = glossary.find(text) if glossary else []
    spans = [(a, b, r, text[a:b] != r) for a, b, r in found]
    for m in [*URL_RE.finditer(text), *EMAIL_RE.finditer(text)]:
        if not any(m.start() < e and s < m.end() for s, e, _, _ in spans):
            spans.append((m.start(), m.end(), m.group(), False))
    if names:
        for a, b in detect_names(text):
            if not any(a < e and s < b for s, e, _, _ in spans):
                spans.append((a, b, text[a:b], False))
    spans.sort()
    out, pos = [], 0
    masked = []
    for i, (a, b, _, fixed) in enumerate(spans):
        mask = fixed or mask_kept
        masked.append(mask)
        out.append(text[pos:a])
        out.append(PLACEHOLDER.format(i) if mask else text[a:b])
        pos = b
    out.append(text[pos:])
    return Protected("".join(out), text, [(a, b, r) for a, b, r, _ in spans], masked)


def restore(output: str, protected: Protected) -> str | None:
    """Put the renderings back; ``None`` when a placeholder was lost or duplicated or a kept span changed."""
    if not protected.spans:
        return output
    expected = [i for i, m in enumerate(protected.masked) if m]
    found = [int(n) for n in _PLACEHOLDER_RE.findall(output)]
    if sorted(found) != expected:
        return None
    for (_, _, rendering), mask in zip(protected.spans, protected.masked):
        if not mask and rendering not in output:
            return None
    renderings = protected.renderings
    return _PLACEHOLDER_RE.sub(lambda m: renderings[int(m.group(1))], output)


def split_around(protected: Protected) -> list[tuple[str, str | None]]:
    """The fallback: ``[(piece, None) to translate | (rendering, "fixed")]`` in order."""
    parts: list[tuple[str, str | None]] = []
    pos = 0
    for a, b, rendering in protected.spans:
        if a > pos:
            parts.append((protected.original[pos:a], None))
        parts.append((rendering, "fixed"))
        pos = b
    if pos < len(protected.original):
        parts.append((protected.original[pos:], None))
    return parts
