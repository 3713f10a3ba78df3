"""Translate many units through one backend: protect, batch, check, retry.

1. Glossary terms and detected names become placeholders (:mod:`.glossary`).
2. All units of all articles in the call go through length-sorted
   token-budget batches (:mod:`.batching`); the output length is capped
   relative to the source (:func:`.repetition.max_new_tokens`).
3. Each output is checked: a lost placeholder → the text between protected
   spans is translated piece by piece and joined around the fixed renderings;
   a repetition loop or an output that ran to the cap → retried with
   ``no_repeat_ngram_size`` and a repetition penalty, then cut at the loop
   (noted); an empty output for a non-empty source → retried with a minimum
   length, then the source is kept (noted).  Nothing is dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .backends import Backend, Decoding
from .batching import run_batched
from .glossary import Glossary, Protected, protect, restore, split_around
from .reassemble import Rendered
from .repetition import cut_loop, is_degenerate, max_new_tokens
from .units import passthrough_reason

RETRY = {"no_repeat_ngram_size": 3, "repetition_penalty": 1.3}


@dataclass(slots=True)
class EngineOptions:
    beams: int = 4
    #: budget per batch of ``sentences × longest source tokens × beams``: decoder state (KV caches,
    #: beam logits) grows with hypotheses × length, so this bounds memory (≈600 MB peak RSS for
    #: opus-mt with CTranslate2 int8 at 2048) whatever the beam size.
    batch_tokens: int = 2048
    max_batch: int = 64
    protect_names: bool = True
    glossary: Glossary | None = None
    no_repeat_ngram_size: int = 0
    length_ratio: float = 1.6


class Engine:
    """Runs units through ``backend`` with the checks above."""

    def __init__(self, backend: Backend, options: EngineOptions) -> None:
        self.backend = backend
        self.options = options

    def _run(self, texts: list[str], src_lang: str | None, *, retry: bool = False, min_new: int = 0) -> list[str]:
        """Batched translation of ``texts`` in input order."""
        if not texts:
            return []
        lengths = self.backend.count_tokens(texts)
        limit = self.backend.max_source_tokens
        opts = self.options

        def batch_fn(batch: list[tuple[str, int]]) -> list[str]:
            longest = max(n for _, n in batch)
            decoding = Decoding(
                beams=opts.beams,
                max_new_tokens=max_new_tokens(longest, ratio=opts.length_ratio, limit=limit),
                min_new_tokens=min_new,
                no_repeat_ngram_size=RETRY["no_repeat_ngram_size"] if retry else opts.no_repeat_ngram_size,
                repetition_penalty=RETRY["repetition_penalty"] if retry else 1.0,
            )
            return self.backend.translate([t for t, _ in batch], decoding, src_lang=src_lang)

        weighted = [n * opts.beams for n in lengths]
        return run_batched(
            list(zip(texts, lengths)), weighted, batch_fn, max_tokens=opts.batch_tokens, max_batch=opts.max_batch
        )

    def _bad(self, source: str, output: str) -> str | None:
        """Why an output needs a retry, or ``None``."""
        if not output.strip():
            return "empty output"
        if is_degenerate(source, output):
            return "repetition loop"
        cap = max_new_tokens(self.backend.count_tokens([source])[0], ratio=self.options.length_ratio, limit=self.backend.max_source_tokens)
        if self.backend.count_tokens([output])[0] >= cap:
            return "runaway output (reached the length cap)"
        return None

    def translate(self, texts: list[str], *, src_lang: str | None = None) -> list[Rendered]:
        """One :class:`Rendered` per input text, in order."""
        protected = [protect(t, self.options.glossary, names=self.options.protect_names) for t in texts]
        first = self._run([p.text for p in protected], src_lang)
        results: list[Rendered | None] = [None] * len(texts)
        retry_idx: list[int] = []
        split_idx: list[int] = []
        reasons: dict[int, str] = {}
        for i, (p, out) in enumerate(zip(protected, first)):
            bad = self._bad(p.text, out)
            if bad:
                retry_idx.append(i)
                reasons[i] = bad
                continue
            restored = restore(out, p)
            if restored is None:
                split_idx.append(i)
            else:
                results[i] = Rendered(restored)
        if retry_idx:
            second = self._run([protected[i].text for i in retry_idx], src_lang, retry=True, min_new=1)
            for i, out in zip(retry_idx, second):
                p = protected[i]
                still = self._bad(p.text, out)
                note = f"retried: {reasons[i]}"
                if still == "empty output":
                    results[i] = Rendered(p.original, passthrough=True, note=note + "; model gave no output, source kept")
                    continue
                if still == "repetition loop":
                    out, note = cut_loop(out), note + "; output cut at the loop"
                elif still:
                    note += f"; still {still}"
                restored = restore(out, p)
                if restored is None:
                    split_idx.append(i)
                    reasons[i] = note
                else:
                    results[i] = Rendered(restored, note=note)
        if split_idx:
            self._split_fallback(split_idx, protected, results, reasons, src_lang)
        return [r if r is not None else Rendered(t, passthrough=True, note="not translated") for r, t in zip(results, texts)]

    def _split_fallback(
        self,
        idx: list[int],
        protected: list[Protected],
        results: list[Rendered | None],
        reasons: dict[int, str],
        src_lang: str | None,
    ) -> None:
        """Translate the text between protected spans separately and join it around the renderings."""
        plans = {i: split_around(protected[i]) for i in idx}
        todo: list[str] = []
        for parts in plans.values():
            todo += [piece.strip() for piece, fixed in parts if fixed is None and not passthrough_reason(piece)]
        no_names = replace(self.options, protect_names=False, glossary=None)
        sub = Engine(self.backend, no_names).translate(todo, src_lang=src_lang) if todo else []
        it = iter(sub)
        for i, parts in plans.items():
            pieces = []
            for piece, fixed in parts:
                if fixed is not None or passthrough_reason(piece):
                    pieces.append(piece)
                    continue
                lead = piece[: len(piece) - len(piece.lstrip())]
                trail = piece[len(piece.rstrip()) :]
                pieces.append(lead + next(it).text + trail)
            prefix = reasons.get(i)
            note = "protected terms kept by translating around them (placeholder lost)"
            results[i] = Rendered("".join(pieces), note=f"{prefix}; {note}" if prefix else note)
