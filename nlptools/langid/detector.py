"""Language detection: one configured detector, several methods, one cascade.

Methods (``method=``):

* ``"default"`` – the cascade chosen by measurement (``benchmarks/langid.py``):

  1. py3langid scores the text over the candidate languages.  When its
     probability is at least :data:`GATE` (0.8) the answer is taken as is —
     this settles nearly all sentences and a large part of short texts at
     py3langid's speed.
  2. Otherwise fastText's lite model scores the text too, and lingua (high
     accuracy) is asked about a *small* candidate set: py3langid's languages
     with probability ≥ 0.03 (at least its best two), fastText's top 4, and
     every language in the same confusion group
     (sv/da/nb/nn/is, cs/sk/pl, ru/uk…, see
     :data:`~nlptools.langid.languages.CONFUSION_GROUPS`).  lingua's cost grows
     with the number of languages it compares, so this is several times
     cheaper than asking it about all of them.
  3. The answer maximises ``log(lingua + ε) + 0.2·log(py3langid + ε) +
     0.15·log(fastText + ε)`` (ε = 0.01) over that set; the reported
     probability is the softmax of that score.

* ``"langdetect"`` (seeded, deterministic), ``"py3langid"``,
  ``"lingua-high"``, ``"lingua-low"``, ``"fasttext"`` – one library each,
  restricted to the same candidate languages.

Text with no letters (empty, numbers, punctuation, URLs or e-mail addresses
only) or with fewer than ``min_letters`` letters gives ``und`` and a reason —
never an exception.  URLs and e-mail addresses are removed before detection.
"""

from __future__ import annotations

import heapq
import math
import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from ..errors import ConfigError
from ..types import LanguageResult
from .backends import FastTextBackend, LangdetectBackend, LinguaBackend, Py3LangidBackend, Scores
from .languages import UND, expand_groups, resolve_languages

METHODS: tuple[str, ...] = ("default", "langdetect", "py3langid", "lingua-high", "lingua-low", "fasttext")

#: py3langid probability from which the cascade accepts its answer without asking lingua.
GATE = 0.8
#: Which languages lingua compares in the fallback: py3langid's languages with at least
#: MIN_PROB_PY3 (at least its MIN_PY3 best), fastText's TOP_FASTTEXT best, and their confusion groups.
MIN_PROB_PY3 = 0.03
MIN_PY3 = 2
TOP_FASTTEXT = 4
#: Weights of py3langid and fastText next to lingua (weight 1) in the fallback, and the smoothing ε.
W_PY3 = 0.2
W_FASTTEXT = 0.15
EPS = 0.01

_URL = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def clean_text(text: str) -> str:
    """``text`` without URLs and e-mail addresses (they carry no language)."""
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    if "://" in text or "www." in text.lower():
        text = _URL.sub(" ", text)
    return text


def undetermined_reason(text: str, *, min_letters: int = 3) -> str | None:
    """Why ``text`` (already cleaned) cannot be classified, or ``None`` when it can."""
    letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if letters >= min_letters:
                return None
    if letters == 0:
        return "no letters (only digits, punctuation, URLs or e-mail addresses)"
    if letters < min_letters:
        return f"too short: {letters} letter(s), at least {min_letters} needed"
    return None


class LanguageDetector:
    """Detects the language of texts over a configured candidate set, with the chosen method.

    Models are loaded on first use (or by :meth:`prepare`) and cached per
    process for each (library, language set), so detectors with the same
    configuration share them; a detector is safe to share between threads.

    >>> LanguageDetector(languages=["sv", "da", "nb", "en"]).detect("Det här är en mening på svenska.").language
    'sv'
    """

    def __init__(
        self,
        *,
        languages: Sequence[str] | None = None,
        method: str = "default",
        min_letters: int = 3,
    ) -> None:
        if method not in METHODS:
            raise ConfigError(f"unknown language-detection method {method!r}.", fix=f"choose one of {', '.join(METHODS)}.")
        if min_letters < 1:
            raise ConfigError(f"min_letters must be at least 1, not {min_letters}.", fix="pass min_letters=1 or more.")
        self.languages: tuple[str, ...] = resolve_languages(languages)
        self.method = method
        self.min_letters = min_letters
        self._backends: dict[str, Any] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"LanguageDetector(method={self.method!r}, languages={len(self.languages)})"

    # -- backends -------------------------------------------------------------
    def _backend(self, name: str) -> Any:
        with self._lock:
            backend = self._backends.get(name)
            if backend is None:
                backend = self._backends[name] = _shared_backend(name, self.languages)
        return backend

    def backends_used(self) -> tuple[str, ...]:
        """The libraries this detector's method needs."""
        if self.method == "default":
            return ("py3langid", "fasttext", "lingua-high")
        return (self.method,)

    def prepare(self, *, preload: bool = False) -> None:
        """Load the models now instead of on first use.

        ``preload=True`` also loads lingua's models for every candidate
        language (seconds and a few hundred MB) instead of loading each
        language's models the first time it is compared.
        """
        for name in self.backends_used():
            backend = self._backend(name)
            if isinstance(backend, LinguaBackend) and preload:
                backend.preload()
            else:
                backend.load()

    # -- detection ------------------------------------------------------------
    def detect(self, text: str) -> LanguageResult:
        """The language of ``text`` (``und`` with a reason when it cannot be told)."""
        return self.detect_many([text])[0]

    def detect_many(self, texts: Iterable[str]) -> list[LanguageResult]:
        """Detect many texts at once (fastText scores the uncertain ones in one batch)."""
        texts = list(texts)
        results: list[LanguageResult | None] = [None] * len(texts)
        todo: list[tuple[int, str]] = []
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"detect expects str, not {type(text).__name__}")
            cleaned = clean_text(text)
            reason = "empty text" if not text.strip() else undetermined_reason(cleaned, min_letters=self.min_letters)
            if reason:
                results[i] = LanguageResult(UND, 0.0, self.method, [], reason)
            else:
                todo.append((i, cleaned))
        if self.method == "default":
            self._cascade(todo, results)
        elif self.method == "fasttext":
            all_scores = self._backend("fasttext").scores_many([t for _, t in todo])
            for (i, _), scores in zip(todo, all_scores):
                results[i] = _result(scores, "fasttext")
        else:
            backend = self._backend(self.method)
            for i, text in todo:
                results[i] = _result(backend.scores(text), self.method)
        return [r if r is not None else LanguageResult(UND, 0.0, self.method, [], "no result") for r in results]

    def _cascade(self, todo: list[tuple[int, str]], results: list[LanguageResult | None]) -> None:
        py3 = self._backend("py3langid")
        uncertain: list[tuple[int, str, Scores]] = []
        for i, text in todo:
            scores = py3.scores(text)
            if scores and max(scores.values()) >= GATE:
                results[i] = _result(scores, "default:py3langid")
            else:
                uncertain.append((i, text, scores))
        if not uncertain:
            return
        ft_scores = self._backend("fasttext").scores_many([t for _, t, _ in uncertain])
        lingua: LinguaBackend = self._backend("lingua-high")
        lingua_langs = frozenset(lingua.languages)
        log = math.log
        for (i, text, p), f in zip(uncertain, ft_scores):
            top = [c for c, prob in p.items() if prob >= MIN_PROB_PY3]
            if len(top) < MIN_PY3:
                top += heapq.nlargest(MIN_PY3, p, key=p.__getitem__)
            top += heapq.nlargest(TOP_FASTTEXT, f, key=f.__getitem__)
            subset = frozenset(expand_groups(top, lingua_langs))
            h = lingua.scores(text, subset) if subset else {}
            candidates = subset | {c for c in top if c not in lingua_langs}
            combined = {
                c: log(h.get(c, 0.0) + EPS) + W_PY3 * log(p.get(c, 0.0) + EPS) + W_FASTTEXT * log(f.get(c, 0.0) + EPS)
                for c in candidates
            }
            results[i] = _result(_softmax(combined), "default:lingua-high")


@lru_cache(maxsize=32)
def _shared_backend(name: str, languages: tuple[str, ...]) -> Any:
    """One backend per (library, language set) per process: detectors with the same
    configuration share loaded models instead of loading them again."""
    if name == "py3langid":
        return Py3LangidBackend(languages)
    if name == "fasttext":
        return FastTextBackend(languages)
    if name == "lingua-high":
        return LinguaBackend(languages)
    if name == "lingua-low":
        return LinguaBackend(languages, low_accuracy=True)
    if name == "langdetect":
        return LangdetectBackend(languages)
    raise ConfigError(f"unknown backend {name!r}.")  # pragma: no cover - guarded by METHODS


def _softmax(scores: dict[str, float]) -> Scores:
    if not scores:
        return {}
    top = max(scores.values())
    exp = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(exp.values())
    return {k: v / total for k, v in exp.items()}


def _result(scores: Scores, method: str) -> LanguageResult:
    if not scores:
        return LanguageResult(UND, 0.0, method, [], "no language features found")
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    candidates = [(c, round(p, 6)) for c, p in ranked[:3]]
    return LanguageResult(ranked[0][0], round(ranked[0][1], 6), method, candidates)


@lru_cache(maxsize=16)
def get_detector(languages: tuple[str, ...] | None = None, method: str = "default") -> LanguageDetector:
    """A shared, cached detector for a candidate set and method (what :func:`detect` uses)."""
    return LanguageDetector(languages=languages, method=method)


def detect(text: str, *, languages: Sequence[str] | None = None, method: str = "default") -> LanguageResult:
    """The language of ``text`` as an ISO 639-1 code with its probability.

    ``languages`` restricts the candidates (default:
    :data:`~nlptools.langid.languages.DEFAULT_LANGUAGES`); ``method`` picks the
    detector (see :data:`METHODS`).  Never raises for empty, numeric,
    punctuation-only or URL/e-mail-only text: the result is ``und`` with a
    ``reason``.  Deterministic.

    >>> detect("Det här är en svensk mening om vädret i Göteborg.").language
    'sv'
    """
    key = resolve_languages(languages) if languages is not None else None
    return get_detector(key, method).detect(text)
