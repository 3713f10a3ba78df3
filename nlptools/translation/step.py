"""``TranslationStep``: articles in Swedish (and other languages) → English.

* The model is picked from the article's detected language
  (``registry.default_for("translation", lang)``) unless one is given.
* English articles pass through: the translation is the source text, every
  sentence marked ``passthrough`` (recorded, not skipped, so quotes and
  summaries downstream see a translation either way).
* An article in a language no available model translates is skipped with the
  reason (per article), never failed.
* Units of all articles in a ``predict`` call that share a model are batched
  together; see :mod:`.engine` for the checks on each output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError, UnknownModelError
from ..pipeline import Availability, BaseStep, register_step
from ..types import AlignedSentence, Article, ParagraphKind, Translation
from .backends import Backend, nllb_code
from .engine import Engine, EngineOptions
from .glossary import Glossary
from .loader import BACKENDS, ModelChoice, any_downloaded, choose, multilingual, open_backend
from .reassemble import Rendered, reassemble
from .units import segment_article

DOWNLOAD_HINT = "nlptools models download opus-mt-sv-en"
TARGET = "en"


@dataclass(slots=True)
class _Plan:
    article: Article
    language: str
    choice: ModelChoice | None  # None: English passthrough


@dataclass(frozen=True, slots=True)
class TranslationConfig:
    """Options of the ``translation`` step (the device is the pipeline's)."""

    model: str | None = field(
        default=None,
        metadata={"help": "Translation model: registry name or local dir (HF or CTranslate2).", "alias": ("-m",)},
    )
    backend: str = field(default="auto", metadata={"help": "Translation backend: auto, torch or ctranslate2."})
    glossary: Path | None = field(
        default=None, metadata={"help": "Glossary, TSV or TOML: term → fixed English (or keep).", "alias": ("-g",)}
    )
    titles: bool = field(
        default=False,
        metadata={"help": "Add the shipped title glossary (vd → CEO, rektor → President, …); --glossary overrides its terms."},
    )
    beams: int = field(default=4, metadata={"help": "Beam size (1 = greedy, fastest)."})
    batch_tokens: int = field(default=2048, metadata={"help": "Source tokens per model batch."})
    max_unit_tokens: int = field(default=200, metadata={"help": "Longest unit sent to the model (longer sentences are split)."})
    protect_names: bool = field(default=True, metadata={"help": "Keep names unchanged in the translation."})
    compute_type: str = field(default="auto", metadata={"help": "CTranslate2 compute type (auto, int8, float16…)."})

    def check(self) -> None:
        """A missing glossary or model directory is refused before any work (coded usage/model error)."""
        from ..errors import UsageError
        from ..modelcheck import check_model_dir

        if self.glossary is not None and not Path(self.glossary).is_file():
            raise UsageError(f"glossary {self.glossary} not found.", fix="pass an existing --glossary file (TSV or TOML).")
        check_model_dir(self.model, "translation")


@register_step(TranslationConfig)
class TranslationStep(BaseStep):
    """Translate each article into English, keeping its structure and a sentence alignment.

    >>> step = TranslationStep(model="opus-mt-sv-en", backend="auto", beams=4)  # doctest: +SKIP
    """

    name = "translation"
    requires = ("language",)
    provides = ("translation",)
    uses = ()

    def __init__(
        self,
        *,
        model: str | Path | None = None,
        backend: str = "auto",
        device: str = "auto",
        glossary: str | Path | Glossary | None = None,
        titles: bool = False,
        beams: int = 4,
        batch_tokens: int = 2048,
        max_unit_tokens: int = 200,
        protect_names: bool = True,
        compute_type: str = "auto",
    ) -> None:
        if backend not in BACKENDS:
            raise ConfigError(f"unknown backend {backend!r}.", fix=f"use one of {', '.join(BACKENDS)}.")
        if beams < 1 or batch_tokens < 1 or max_unit_tokens < 8:
            raise ConfigError("beams and batch_tokens must be ≥ 1, max_unit_tokens ≥ 8.", fix="pass positive sizes.")
        self.model = model
        self.backend = backend
        self.device = device
        self.glossary_source = glossary
        self.titles = titles
        self.beams = beams
        self.batch_tokens = batch_tokens
        self.max_unit_tokens = max_unit_tokens
        self.protect_names = protect_names
        self.compute_type = compute_type
        self._glossary: Glossary | None = None
        self._backends: dict[Path, Backend] = {}
        self._availability: Availability | None = None

    # -- availability / skipping -------------------------------------------------------
    def availability(self) -> Availability:
        if self.backend == "ctranslate2":
            from .convert import ct2_available

            if not ct2_available():
                return Availability.no("the ctranslate2 package is not installed.", hint="pip install ctranslate2")
        if self.glossary_source is not None and not isinstance(self.glossary_source, Glossary):
            if not Path(self.glossary_source).is_file():
                return Availability.no(f"glossary {self.glossary_source} not found.", hint="pass an existing --glossary file")
        if self.model is not None:
            try:
                choice = choose(self.model, "sv")
            except UnknownModelError as exc:
                return Availability.no(exc.message, hint="nlptools models list")
            if choice is None or choice.path is None:
                return Availability.no(f"translation model {self.model} is not downloaded.", hint=f"nlptools models download {self.model}")
            return Availability.yes()
        if not any_downloaded():
            return Availability.no("no translation model is downloaded.", hint=DOWNLOAD_HINT)
        return Availability.yes()

    def _cached_availability(self) -> Availability:
        if self._availability is None:
            self._availability = self.availability()
        return self._availability

    def skip_reason(self, article: Article) -> str | None:
        lang = article.language.language if article.language else None
        if not lang or lang == "und":
            return "source language undetermined; not translated (pass --language sv / language=\"sv\" to force)"
        if lang == TARGET:
            return None  # passes through (recorded in the result)
        choice = choose(self.model, lang)
        if choice is None or not choice.accepts(lang):
            return f"no translation model for language {lang!r}; use a multilingual model (--model nllb-200-distilled-600M)"
        if choice.path is None:
            if not self._cached_availability().ok:
                return None  # the step-level skip says it, with the command that enables it
            return f"the translation model for {lang!r} ({choice.name}) is not downloaded: run `nlptools models download {choice.name}`"
        if choice.entry is None and multilingual(choice.path) and nllb_code(lang) is None:
            return f"no NLLB language code known for {lang!r}"
        return None

    # -- running -----------------------------------------------------------------------
    def prepare(self) -> None:
        """Load the glossary (with the shipped titles when ``titles``); models load on first use."""
        if self._glossary is None and (self.glossary_source is not None or self.titles):
            from .titles import merged_glossary

            self._glossary = merged_glossary(self.glossary_source, titles=self.titles)

    @property
    def glossary(self) -> Glossary | None:
        """The glossary the step translates with (after :meth:`prepare`; ``None`` without one)."""
        return self._glossary

    @property
    def backends(self) -> tuple[Backend, ...]:
        """The model backends opened so far, one per model used (e.g. to score outputs with the model that made them)."""
        return tuple(self._backends.values())

    def backend_for(self, path: Path) -> Backend:
        if path not in self._backends:
            self._backends[path] = open_backend(
                path, backend=self.backend, device=self.device, compute_type=self.compute_type
            )
        return self._backends[path]

    def predict(self, articles: Sequence[Article]) -> list[Translation]:
        self.prepare()
        plans: list[_Plan] = []
        for a in articles:
            reason = self.skip_reason(a)
            if reason:
                from ..errors import UnsupportedLanguageError

                raise UnsupportedLanguageError(f"article {a.id}: {reason}", fix="pass --model with a model for this language.")
            lang = a.language.language if a.language else "sv"
            plans.append(_Plan(a, lang, None if lang == TARGET else choose(self.model, lang)))
        results: dict[int, Translation] = {}
        groups: dict[tuple[Path, str | None], list[int]] = {}
        for i, plan in enumerate(plans):
            if plan.choice is None:
                results[i] = passthrough_translation(plan.article)
                continue
            if plan.choice.path is None:
                from ..errors import ModelNotDownloadedError

                raise ModelNotDownloadedError(
                    f"translation model {plan.choice.name} is not downloaded.", fix=f"run `nlptools models download {plan.choice.name}`."
                )
            src = nllb_code(plan.language) if multilingual(plan.choice.path) else None
            groups.setdefault((plan.choice.path, src), []).append(i)
        for (path, src), idx in groups.items():
            backend = self.backend_for(path)
            name = plans[idx[0]].choice.name  # type: ignore[union-attr]
            for i, tr in zip(idx, self._translate_group([plans[i].article for i in idx], backend, src, name)):
                results[i] = tr
        return [results[i] for i in range(len(plans))]

    def _translate_group(self, articles: list[Article], backend: Backend, src: str | None, name: str) -> list[Translation]:
        budget = min(self.max_unit_tokens, backend.max_source_tokens - 8)

        def count(s: str) -> int:
            return backend.count_tokens([s])[0]

        units = [segment_article(a, count_tokens=count, max_tokens=budget) for a in articles]
        todo = [(ai, ui) for ai, us in enumerate(units) for ui, u in enumerate(us) if not u.passthrough]
        engine = Engine(
            backend,
            EngineOptions(
                beams=self.beams, batch_tokens=self.batch_tokens, protect_names=self.protect_names, glossary=self._glossary
            ),
        )
        outputs = engine.translate([units[ai][ui].text for ai, ui in todo], src_lang=src)
        rendered: list[list[Rendered]] = [
            [Rendered(u.text, passthrough=True, note=f"passthrough: {u.passthrough}") for u in us] for us in units
        ]
        for (ai, ui), r in zip(todo, outputs):
            if units[ai][ui].split:
                r.note = "clause of an over-long sentence" + (f"; {r.note}" if r.note else "")
            rendered[ai][ui] = r
        precision = getattr(backend, "precision", "")
        note = getattr(backend, "precision_note", None)
        out = []
        for a, us, rs in zip(articles, units, rendered):
            text, aligned, omap = reassemble(a.text, us, rs)
            tr = Translation(
                source_language=a.language.language if a.language else "sv",
                target_language=TARGET,
                model=name,
                backend=f"{backend.name}:{precision}" + (f" ({note})" if note else ""),
                text=text,
                title=_title(a, text, omap),
                sentences=aligned,
            )
            out.append(tr)
        return out

    def apply(self, article: Article, result: Translation) -> None:
        article.translation = result


def _title(article: Article, text: str, omap: object) -> str | None:
    for p in article.paragraphs:
        if p.kind == ParagraphKind.TITLE:
            return text[omap.target(p.start) : omap.target(p.end)]  # type: ignore[attr-defined]
    return None


def passthrough_translation(article: Article) -> Translation:
    """The translation of an English article: the text itself, every sentence marked passthrough."""
    sentences = [
        AlignedSentence(p.index, s.start, s.end, s.text, s.text, s.start, s.end, passthrough=True, note="source is English")
        for p in article.paragraphs
        for s in p.sentences
    ]
    return Translation(
        source_language=TARGET,
        target_language=TARGET,
        model="none",
        backend="passthrough",
        text=article.text,
        title=article.title,
        sentences=sentences,
    )
