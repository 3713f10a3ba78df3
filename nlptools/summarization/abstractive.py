"""Abstractive summaries with a seq2seq model (BART-CNN, mT5-XLSum), never truncating the input.

A model reads at most its input limit (1024 tokens for BART, 512 for mT5);
tokenizers silently cut the rest when ``truncation=True``.  Instead we split the
text on sentence boundaries into chunks that fit, summarise every chunk (map),
join the chunk summaries and repeat until one text fits, then summarise that
(reduce).  Every input sentence is read by the model in the first round; a
sentence longer than the limit on its own is cut at word boundaries into pieces
that each fit.

Generation settings come from the model's own generation config (BART-CNN:
4 beams, 56–142 tokens, length penalty 2.0, no repeated 3-grams) and can be
overridden per summariser.  Weights are loaded lazily, from local files only,
safetensors only, without remote code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError, ModelError, ModelLoadError

#: Input limit when neither the registry nor the model config gives one (T5 family).
FALLBACK_INPUT_TOKENS = 512
MAX_ROUNDS = 8


@dataclass(slots=True)
class AbstractiveResult:
    """The summary sentences and how the input was chunked, round by round."""

    sentences: list[str]
    rounds: list[list[str]] = field(default_factory=list)  # chunk texts fed to the model per round
    outputs: list[list[str]] = field(default_factory=list)  # the model's summary of each chunk

    @property
    def chunks(self) -> int:
        """How many chunks the first (map) round summarised."""
        return len(self.rounds[0]) if self.rounds else 0


class AbstractiveSummarizer:
    """A seq2seq summariser bound to one model directory; loads on first use."""

    def __init__(
        self,
        *,
        name: str,
        path: str | Path,
        device: str = "auto",
        generation: Mapping[str, Any] | None = None,
        languages: Sequence[str] = (),
        output_language: str | None = None,
        max_input_tokens: int | None = None,
        licence: str | None = None,
        batch_size: int = 8,
    ) -> None:
        self.name = name
        self.path = Path(path)
        self.device = device
        self.generation = dict(generation or {})
        self.languages = tuple(languages)
        self.output_language = output_language
        self.licence = licence
        self.batch_size = batch_size
        self._max_input_tokens = max_input_tokens
        self._model: Any = None
        self._tokenizer: Any = None
        self._gen_defaults: dict[str, Any] = {}

    # -- loading ---------------------------------------------------------------
    def load(self) -> AbstractiveSummarizer:
        """Load tokenizer and model (local files, safetensors, no remote code); idempotent."""
        if self._model is not None:
            return self
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer, GenerationConfig

        from ..device import resolve_device

        device = resolve_device(self.device)
        try:
            self._tokenizer = AutoTokenizer.from_pretrained(self.path, local_files_only=True, trust_remote_code=False)
            model = AutoModelForSeq2SeqLM.from_pretrained(
                self.path, local_files_only=True, trust_remote_code=False, use_safetensors=True
            )
        except (OSError, ValueError) as exc:
            raise ModelLoadError(
                f"cannot load summarisation model from {self.path}: {exc}",
                fix="check that the directory has config.json, model.safetensors and tokenizer files "
                "(re-run `nlptools models download NAME`).",
            ) from exc
        self._model = model.to(device).eval()
        known = GenerationConfig().to_dict()
        unknown = sorted(k for k in self.generation if k not in known)
        if unknown:
            raise ConfigError(
                f"unknown generation setting(s) {', '.join(unknown)}.",
                fix="use GenerationConfig fields such as num_beams, max_length, min_length, length_penalty.",
            )
        gc = self._model.generation_config.to_dict()
        self._gen_defaults = {k: v for k, v in gc.items() if k in known and not k.startswith("_")}
        return self

    @property
    def tokenizer(self) -> Any:
        self.load()
        return self._tokenizer

    def supports(self, language: str) -> bool:
        """Whether the model is meant for ``language`` (``und`` is allowed: the caller decided)."""
        return not self.languages or "*" in self.languages or language in self.languages or language == "und"

    @property
    def input_limit(self) -> int:
        """Tokens the encoder reads: registry value, else ``max_position_embeddings``, else 512."""
        if self._max_input_tokens:
            return self._max_input_tokens
        self.load()
        pos = getattr(self._model.config, "max_position_embeddings", None)
        if isinstance(pos, int) and pos > 0:
            return pos
        tml = getattr(self._tokenizer, "model_max_length", None)
        if isinstance(tml, int) and 0 < tml < 100_000:
            return tml
        return FALLBACK_INPUT_TOKENS

    @property
    def prefix(self) -> str:
        self.load()
        p = getattr(self._model.config, "prefix", None)
        return p.strip() + " " if isinstance(p, str) and p.strip() else ""

    # -- chunking --------------------------------------------------------------
    def _count(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        enc = self.tokenizer(list(texts), add_special_tokens=False, verbose=False)
        return [len(ids) for ids in enc["input_ids"]]

    def _budget(self) -> int:
        special = self.tokenizer.num_special_tokens_to_add(pair=False)
        prefix = self._count([self.prefix])[0] if self.prefix else 0
        return max(8, self.input_limit - special - prefix)

    def plan_chunks(self, text: str, language: str = "en") -> list[str]:
        """Split ``text`` into sentence-aligned chunks that each fit the model input; covers all of it."""
        from ..segment import split_sentences

        budget = self._budget()
        spans = split_sentences(text, language if language not in ("und", "") else "en")
        pieces: list[str] = []
        for (a, b), n in zip(spans, self._count([text[a:b] for a, b in spans])):
            pieces.extend([text[a:b]] if n <= budget else self._split_long(text[a:b], budget))
        counts = self._count(pieces)
        chunks: list[str] = []
        current: list[str] = []
        used = 0
        for piece, n in zip(pieces, counts):
            if current and used + n + 1 > budget:
                chunks.append(" ".join(current))
                current, used = [], 0
            current.append(piece)
            used += n + 1  # a joining space may add a token
        if current:
            chunks.append(" ".join(current))
        return self._enforce(chunks, budget)

    def _enforce(self, chunks: list[str], budget: int) -> list[str]:
        """Re-split any chunk whose joined token count still exceeds the budget."""
        out: list[str] = []
        for chunk, n in zip(chunks, self._count(chunks)):
            out.extend([chunk] if n <= budget else self._split_long(chunk, budget))
        return out

    def _split_long(self, sentence: str, budget: int) -> list[str]:
        """Cut an over-long sentence at word boundaries into pieces of at most ``budget`` tokens."""
        words = sentence.split()
        pieces: list[str] = []
        current: list[str] = []
        for w, n in zip(words, self._count(words)):
            if current and self._count([" ".join(current + [w])])[0] > budget:
                pieces.append(" ".join(current))
                current = []
            if n > budget:  # a single "word" longer than the budget (e.g. a huge URL): cut by characters
                step = max(1, len(w) * budget // (n + 1))
                pieces.extend(w[i : i + step] for i in range(0, len(w), step))
                continue
            current.append(w)
        if current:
            pieces.append(" ".join(current))
        return pieces

    # -- generation ------------------------------------------------------------
    def _generate(self, texts: Sequence[str], settings: Mapping[str, Any]) -> list[str]:
        import torch

        out: list[str] = []
        tok, model = self.tokenizer, self._model
        for i in range(0, len(texts), self.batch_size):
            batch = [self.prefix + t for t in texts[i : i + self.batch_size]]
            enc = tok(batch, return_tensors="pt", padding=True, truncation=False)
            if enc["input_ids"].shape[1] > self.input_limit:  # planning guarantees this never happens
                raise ModelError(f"internal: chunk of {enc['input_ids'].shape[1]} tokens over the model limit.")
            enc = {k: v.to(model.device) for k, v in enc.items()}
            with torch.inference_mode():
                ids = model.generate(**enc, **settings)
            out.extend(s.strip() for s in tok.batch_decode(ids, skip_special_tokens=True))
        return out

    def settings(self, *, words: int | None = None) -> dict[str, Any]:
        """Generation settings: the model's defaults, then overrides, then a word budget."""
        self.load()
        s = {k: v for k, v in self._gen_defaults.items() if v is not None}
        s.update(self.generation)
        for k in ("transformers_version", "_from_model_config"):
            s.pop(k, None)
        if words is not None:
            s["max_new_tokens"] = int(words * 1.5) + 4
            s["min_new_tokens"] = max(1, int(words * 0.6))
            s.pop("max_length", None)
            s["min_length"] = 0
        return s

    def summarize(
        self, text: str, *, language: str = "en", sentences: int | None = None, words: int | None = None
    ) -> AbstractiveResult:
        """Map-reduce summary of ``text``; ``sentences`` keeps the first N output sentences."""
        return self.summarize_many([text], languages=[language], sentences=sentences, words=words)[0]

    def summarize_many(
        self,
        texts: Sequence[str],
        *,
        languages: Sequence[str] | None = None,
        sentences: int | None = None,
        words: int | None = None,
    ) -> list[AbstractiveResult]:
        """Map-reduce summaries of several texts, their chunks batched together round by round.

        Batching chunks across articles is what makes a GPU pay off (8 chunks
        cost about 1.3× one chunk on an H200, see benchmarks/results).
        """
        langs = list(languages) if languages is not None else ["en"] * len(texts)
        results = [AbstractiveResult(sentences=[]) for _ in texts]
        current = list(texts)
        summaries: dict[int, str] = {}
        active = list(range(len(texts)))
        for _ in range(MAX_ROUNDS):
            plans = {i: self.plan_chunks(current[i], langs[i]) for i in active}
            active = [i for i in active if plans[i]]  # an empty text has nothing to summarise
            if not active:
                break
            outputs: dict[int, list[str]] = {}
            for final in (False, True):
                group = [i for i in active if (len(plans[i]) == 1) == final]
                flat = [c for i in group for c in plans[i]]
                if not flat:
                    continue
                generated = iter(self._generate(flat, self.settings(words=words if final else None)))
                for i in group:
                    outputs[i] = [next(generated) for _ in plans[i]]
            for i in active:
                results[i].rounds.append(plans[i])
                results[i].outputs.append(outputs[i])
                if len(plans[i]) == 1:
                    summaries[i] = outputs[i][0]
                    continue
                joined = " ".join(o for o in outputs[i] if o)
                if self._count([joined])[0] >= self._count([current[i]])[0]:
                    raise ModelError(
                        f"model {self.name!r} does not shorten its input; the summary would not fit its input limit.",
                        fix="use a summarisation model (e.g. distilbart-cnn-12-6) or lower max_length "
                        "in the generation settings.",
                    )
                current[i] = joined
            active = [i for i in active if i not in summaries]
        if active:
            raise ModelError(f"map-reduce did not converge in {MAX_ROUNDS} rounds.", fix="lower max_length.")
        for i, summary in summaries.items():
            results[i].sentences = self._sentences(summary, langs[i], sentences)
        return results

    def _sentences(self, summary: str, language: str, limit: int | None) -> list[str]:
        from ..segment import split_sentences

        lang = self.output_language or (language if language != "und" else "en")
        sents = [summary[a:b].strip() for a, b in split_sentences(summary, lang)]
        sents = [s for s in sents if s]
        return sents[:limit] if limit else sents


def licence_note(summarizer: AbstractiveSummarizer) -> str | None:
    """A one-line notice for models under a non-commercial licence (e.g. mT5-XLSum, CC BY-NC-SA 4.0)."""
    lic = summarizer.licence or ""
    if "NC" not in lic.upper().replace("_", "-").split("-"):
        return None
    return f"note: {summarizer.name} is licensed {lic} (non-commercial use only); its summaries must not be used commercially."


_LOADED: dict[tuple[str, str], AbstractiveSummarizer] = {}


def summarizer_for(model: str | None, *, language: str = "en", device: str = "auto") -> AbstractiveSummarizer:
    """A summariser (not yet loaded) for a registry name, a local directory, or the default for ``language``."""
    from ..registry import default_for, get_entry, resolve_model

    if model is None:
        entry = default_for("summarization", language if language != "und" else "en") or default_for("summarization")
        if entry is None:
            raise ModelError("no summarisation model in the registry.", fix="pass --model DIR.")
        model = entry.name
    name, path = resolve_model(model)
    if Path(str(model)).expanduser().is_dir():
        return AbstractiveSummarizer(name=name, path=path, device=device)
    entry = get_entry(str(model))
    limit = entry.extra.get("max_input_tokens")
    return AbstractiveSummarizer(
        name=entry.name,
        path=path,
        device=device,
        languages=entry.languages,
        output_language=entry.target,
        max_input_tokens=int(limit) if isinstance(limit, int) else None,
        licence=entry.licence,
    )


def load_summarizer(model: str | None, *, language: str = "en", device: str = "auto") -> AbstractiveSummarizer:
    """Like :func:`summarizer_for`, loaded and cached per (directory, device)."""
    s = summarizer_for(model, language=language, device=device)
    key = (str(s.path), device)
    if key not in _LOADED:
        _LOADED[key] = s.load()
    return _LOADED[key]
