"""Translate many units through one backend: protect, batch, check, retry.

1. Glossary terms and detected names become placeholders (:mod:`.glossary`).
2. All units of all articles in the call go through length-sorted
   token-budget batches (:mod:`.batching`); the output length is capped
   relative to the source (:func:`.repetition.max_new_tokens`).
3. Each output is checked: a changed name/URL or a lost placeholder → the
   unit again with every protected span masked, and if that fails too, the
   text between protected spans translated piece by piece and joined around
   the fixed renderings;
   a repetition loop or an output that ran to the cap → retried with
   ``no_repeat_ngram_size`` and a repetition penalty, then cut at the loop
   (noted); an empty output for a non-empty source → retried with a minimum
   length, then the source is kept (noted).  Nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import Sequence
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
        opts = self.options
        inline = [protect(t, opts.glossary, names=opts.protect_names, mask_kept=False) for t in texts]
        results: list[Rendered | None] = [None] * len(texts)
        notes: dict[int, str] = {}
        failed = self._pass(inline, range(len(texts)), results, notes, src_lang)
        if failed:  # a kept name/URL came out changed, or a placeholder was lost: mask everything
            masked = {i: protect(texts[i], opts.glossary, names=opts.protect_names, mask_kept=True) for i in failed}
            still = self._pass([masked[i] for i in failed], failed, results, notes, src_lang)
            for i in set(failed) - set(still):
                r = results[i]
                if r is not None:
                    extra = "names/terms masked with placeholders (changed when left inline)"
                    r.note = f"{r.note}; {extra}" if r.note else extra
            if still:
                self._split_fallback(still, masked, results, notes, src_lang)
        return [r if r is not None else Rendered(t, passthrough=True, note="not translated") for r, t in zip(results, texts)]

    def _pass(
        self,
        protected: list[Protected],
        idx: Sequence[int],
        results: list[Rendered | None],
        notes: dict[int, str],
        src_lang: str | None,
    ) -> list[int]:
        """Translate ``protected`` (for result slots ``idx``), retrying bad outputs; return slots whose restore failed."""
        idx = list(idx)
        first = self._run([p.text for p in protected], src_lang)
        failed: list[int] = []
        retry: list[int] = []
        for k, (i, p, out) in enumerate(zip(idx, protected, first)):
            bad = self._bad(p.text, out)
            if bad:
                retry.append(k)
                notes[i] = f"retried: {bad}"
                continue
            restored = restore(out, p)
            if restored is None:
                failed.append(i)
            else:
                results[i] = Rendered(restored, note=notes.get(i))
        if retry:
            second = self._run([protected[k].text for k in retry], src_lang, retry=True, min_new=1)
            for k, out in zip(retry, second):
                i, p = idx[k], protected[k]
                still = self._bad(p.text, out)
                if still == "empty output":
                    results[i] = Rendered(p.original, passthrough=True, note=notes[i] + "; model gave no output, source kept")
                    continue
                if still == "repetition loop":
                    out, notes[i] = cut_loop(out), notes[i] + "; output cut at the loop"
                elif still:
                    notes[i] += f"; still {still}"
                restored = restore(out, p)
                if restored is None:
                    failed.append(i)
                else:
                    results[i] = Rendered(restored, note=notes[i])
        return failed

    def _split_fallback(
        self,
        idx: list[int],
        protected: dict[int, Protected],
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
