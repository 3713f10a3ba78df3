"""Language detection: one configured detector, several methods, one cascade.

Methods (``method=``):

* ``"default"`` – the cascade chosen by measurement (``benchmarks/langid.py``):

  1. A text of three words or more is scored by fastText's lite model first
     (C++, cheap on long text); when it is sure (≥ :data:`FASTTEXT_FIRST`,
     0.9) of a language outside :data:`FASTTEXT_UNSURE` (the Scandinavian
     ones, where it is weak) its answer is taken.
  2. py3langid scores the rest.  When its probability is at least
     :data:`GATE` (0.8) the answer is taken as is.  A batch
     (:meth:`LanguageDetector.detect_many`) is scored with one naive-Bayes
     matrix product.
  3. Otherwise lingua (high accuracy) is asked about a *small* candidate set:
     py3langid's languages with probability ≥ 0.05 (≥ 0.03 for a single
     word; at least its best one) and, for a single word, fastText's best.
     lingua's cost grows with the number of languages it compares, so this
     is several times cheaper than asking it about all of them.  (Expanding
     the set to whole confusion groups, :data:`~nlptools.langid.languages.CONFUSION_GROUPS`,
     was measured: slower and no more accurate.)
  4. The answer maximises ``log(lingua + ε) + w·log(py3langid + ε)
     [+ 0.15·log(fastText + ε) for a single word]`` (ε = 0.01, w = 0.3,
     0.1 for a single word) over that set; the reported probability is the
     softmax of that score.

  The thresholds and weights were chosen on lines 0–399 of each file of the
  benchmark's test set and checked on lines 400–999.

* ``"langdetect"`` (seeded, deterministic), ``"py3langid"``,
  ``"lingua-high"``, ``"lingua-low"``, ``"fasttext"`` – one library each,
  restricted to the same candidate languages.

Text with no letters (empty, numbers, punctuation, URLs or e-mail addresses
only) or with fewer than ``min_letters`` letters gives ``und`` and a reason —
never an exception.  URLs and e-mail addresses are removed before detection.

Short texts (fewer than five words) prefer the configured ``prefer`` languages
and say so in ``reason``; see :mod:`nlptools.langid.short`.
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
from .languages import UND, resolve_languages
from .short import DEFAULT_PREFER, RELIABLE_WORDS, SHORT_SURE, Preference, short_text, word_count

METHODS: tuple[str, ...] = ("default", "langdetect", "py3langid", "lingua-high", "lingua-low", "fasttext")

#: Texts of at least FASTTEXT_FIRST_MIN_WORDS words: fastText's probability from which its answer
#: is taken without asking py3langid — except for languages it is known to confuse
#: (FASTTEXT_UNSURE: Scandinavian, where its Nynorsk and Danish are weak).
FASTTEXT_FIRST = 0.9
FASTTEXT_FIRST_MIN_WORDS = 3
FASTTEXT_UNSURE = frozenset({"sv", "da", "nb", "nn", "is", "fo"})
#: py3langid probability from which the cascade accepts its answer without asking lingua.
GATE = 0.8
#: Which languages lingua compares in the fallback: py3langid's languages with at least
#: MIN_PROB_PY3 (MIN_PROB_PY3_ONE_WORD for a single word; at least its best one) and, for a
#: single word, fastText's TOP_FASTTEXT best.  No confusion-group expansion: measured, it cost
#: time (lingua's cost grows with the number of languages) and lost accuracy.
MIN_PROB_PY3 = 0.05
MIN_PROB_PY3_ONE_WORD = 0.03
TOP_FASTTEXT = 1
#: Weights of py3langid and fastText next to lingua (weight 1) in the fallback, and the smoothing ε.
#: fastText is consulted for single words only: on longer texts it did not help (measured).
W_PY3 = 0.3
W_PY3_ONE_WORD = 0.1
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
        prefer: Sequence[str] | None = DEFAULT_PREFER,
        reliable_words: int = RELIABLE_WORDS,
    ) -> None:
        """``prefer``: languages weighed up for short texts (``()``/``None``: none; codes outside
        ``languages`` are ignored).  ``reliable_words``: texts with fewer words are short
        (0 turns the short-text handling off: the raw identifier, as the benchmark measures it)."""
        if method not in METHODS:
            raise ConfigError(f"unknown language-detection method {method!r}.", fix=f"choose one of {', '.join(METHODS)}.")
        if min_letters < 1:
            raise ConfigError(f"min_letters must be at least 1, not {min_letters}.", fix="pass min_letters=1 or more.")
        if reliable_words < 0:
            raise ConfigError(f"reliable_words must be 0 or more, not {reliable_words}.", fix="pass reliable_words=5.")
        self.languages: tuple[str, ...] = resolve_languages(languages)
        self.method = method
        self.min_letters = min_letters
        self.prefer = self._preferred(prefer)
        self.reliable_words = reliable_words
        self._backends: dict[str, Any] = {}
        self._py3_columns: list[str] | None = None
        self._lingua_langs: frozenset[str] | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"LanguageDetector(method={self.method!r}, languages={len(self.languages)}, prefer={self.prefer})"

    def _preferred(self, prefer: Sequence[str] | None) -> tuple[str, ...]:
        if not prefer:
            return ()
        return tuple(c for c in resolve_languages(prefer) if c in self.languages)

    # -- backends -------------------------------------------------------------
    def _backend(self, name: str) -> Any:
        backend = self._backends.get(name)  # a dict read is atomic: no lock on the hot path
        if backend is not None:
            return backend
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

    def detect_many(self, texts: Iterable[str], *, prefer: Sequence[str] | None = None) -> list[LanguageResult]:
        """Detect many texts at once (fastText scores the uncertain ones in one batch).

        ``prefer`` overrides the detector's preferred languages for this call (``()``: none,
        e.g. when the caller weighs short texts by a document's language itself).
        """
        texts = list(texts)
        preferred = self.prefer if prefer is None else self._preferred(prefer)
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
        limit = self.reliable_words
        short = {i: n for i, text in todo if (n := word_count(text, limit)) < limit} if limit else {}
        weigh = Preference(preferred, short)
        if self.method == "default":
            self._cascade(todo, results, weigh)
        elif self.method == "fasttext":
            all_scores = self._backend("fasttext").scores_many([t for _, t in todo])
            for (i, _), scores in zip(todo, all_scores):
                results[i] = _result(weigh(i, scores), "fasttext")
        else:
            backend = self._backend(self.method)
            for i, text in todo:
                results[i] = _result(weigh(i, backend.scores(text)), self.method)
        for i, n in short.items():
            results[i] = short_text(results[i], n, limit, preferred, weigh.weighted.get(i))
        return [r if r is not None else LanguageResult(UND, 0.0, self.method, [], "no result") for r in results]

    def _cascade(self, todo: list[tuple[int, str]], results: list[LanguageResult | None], weigh: Preference) -> None:
        todo = self._fasttext_first(todo, results)
        py3 = self._backend("py3langid")
        columns = self._py3_columns
        if columns is None:
            columns = self._py3_columns = py3.columns() or []
        uncertain: list[tuple[int, str, Scores]] = []
        if columns:  # fast path: decide on py3langid's probability vector, no dict
            n_top = min(3, len(columns))
            # one naive-Bayes product for the batch; a row depends only on its own text, so
            # detect_many gives exactly what detect gives text by text
            matrix = py3.probs_many([text for _, text in todo])
            for (i, text), probs in zip(todo, matrix):
                best = int(probs.argmax())
                if probs[best] >= (SHORT_SURE if weigh.applies(i) else GATE):
                    top = probs.argsort()[: -n_top - 1 : -1].tolist()
                    results[i] = LanguageResult(
                        columns[best],
                        round(float(probs[best]), 6),
                        "default:py3langid",
                        [(columns[j], round(float(probs[j]), 6)) for j in top],
                    )
                else:
                    uncertain.append((i, text, dict(zip(columns, probs.tolist()))))
        else:  # pragma: no cover - py3langid without the fast path
            for i, text in todo:
                scores = py3.scores(text)
                if scores and max(scores.values()) >= (SHORT_SURE if weigh.applies(i) else GATE):
                    results[i] = _result(scores, "default:py3langid")
                else:
                    uncertain.append((i, text, scores))
        if not uncertain:
            return
        one_word = [len(text.split(None, 1)) < 2 for _, text, _ in uncertain]
        ft_texts = [text for (_, text, _), one in zip(uncertain, one_word) if one]
        ft_iter = iter(self._backend("fasttext").scores_many(ft_texts) if ft_texts else [])
        lingua: LinguaBackend = self._backend("lingua-high")
        lingua_langs = self._lingua_langs
        if lingua_langs is None:
            lingua_langs = self._lingua_langs = frozenset(lingua.languages)
        log = math.log
        plans = []
        for (i, text, p), one in zip(uncertain, one_word):
            floor = MIN_PROB_PY3_ONE_WORD if one else MIN_PROB_PY3
            top = [c for c, prob in p.items() if prob >= floor]
            if not top and p:
                top.append(max(p, key=p.__getitem__))
            f: Scores = {}
            if one:
                f = next(ft_iter)
                top += heapq.nlargest(TOP_FASTTEXT, f, key=f.__getitem__)
            if weigh.applies(i):  # a short text: the preferred languages are scored too
                top += weigh.languages
            subset = lingua_langs.intersection(top)
            plans.append((sorted(subset), i, text, p, one, top, f, subset))
        # texts with the same candidate set one after another: each lingua detector (and the
        # models it reads) stays hot in the CPU caches; results do not depend on the order
        plans.sort(key=lambda plan: plan[:2])
        for _, i, text, p, one, top, f, subset in plans:
            h = lingua.scores(text, subset) if subset else {}
            w_py3, w_ft = (W_PY3_ONE_WORD, W_FASTTEXT) if one else (W_PY3, 0.0)
            combined = {
                c: log(h.get(c, 0.0) + EPS) + w_py3 * log(p.get(c, 0.0) + EPS) + w_ft * log(f.get(c, 0.0) + EPS)
                for c in set(top)
            }
            results[i] = _result(weigh(i, _softmax(combined)), "default:lingua-high")

    def _fasttext_first(
        self, todo: list[tuple[int, str]], results: list[LanguageResult | None]
    ) -> list[tuple[int, str]]:
        """Settle texts of FASTTEXT_FIRST_MIN_WORDS words or more that fastText is sure about
        (outside :data:`FASTTEXT_UNSURE`); return the rest.  fastText is C++ and scales with the
        text's length much better than py3langid's per-byte Python loop."""
        n = FASTTEXT_FIRST_MIN_WORDS
        long = [(i, text) for i, text in todo if len(text.split(None, n - 1)) >= n]
        if not long:
            return todo
        settled: set[int] = set()
        for (i, _), f in zip(long, self._backend("fasttext").scores_many([t for _, t in long])):
            if f:
                best = max(f, key=f.__getitem__)
                if f[best] >= FASTTEXT_FIRST and best not in FASTTEXT_UNSURE:
                    results[i] = _result(f, "default:fasttext")
                    settled.add(i)
        return [(i, text) for i, text in todo if i not in settled]


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
def get_detector(
    languages: tuple[str, ...] | None = None, method: str = "default", prefer: tuple[str, ...] | None = DEFAULT_PREFER
) -> LanguageDetector:
    """A shared, cached detector for a candidate set, method and preference (what :func:`detect` uses)."""
    return LanguageDetector(languages=languages, method=method, prefer=prefer)


def detect(
    text: str,
    *,
    languages: Sequence[str] | None = None,
    method: str = "default",
    prefer: Sequence[str] | None = DEFAULT_PREFER,
) -> LanguageResult:
    """The language of ``text`` as an ISO 639-1 code with its probability.

    ``languages`` restricts the candidates (default:
    :data:`~nlptools.langid.languages.DEFAULT_LANGUAGES`); ``method`` picks the
    detector (see :data:`METHODS`).  Never raises for empty, numeric,
    punctuation-only or URL/e-mail-only text: the result is ``und`` with a
    ``reason``.  A text under :data:`RELIABLE_WORDS` words prefers the
    ``prefer`` languages (Swedish, English) and says so in ``reason``; an
    unlikely guess outside them is ``und``.  Deterministic.

    >>> detect("hej").language, detect("hej", prefer=()).language
    ('sv', 'und')

    >>> detect("Det här är en svensk mening om vädret i Göteborg.").language
    'sv'
    """
    key = resolve_languages(languages) if languages is not None else None
    return get_detector(key, method, tuple(prefer) if prefer else None).detect(text)
