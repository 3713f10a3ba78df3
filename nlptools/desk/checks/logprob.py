"""The MT model's length-normalised log-probability of its own output.

A hallucinated or detached translation is one the model itself finds unlikely
given the source: the mean per-token log-probability of the English under the
model (CTranslate2 ``return_scores`` when translating, ``score_batch`` for a
text already in the record) is the cheapest strong hallucination signal
published (Guerreiro et al., 2023, "Looking for a Needle in a Haystack").
Only a CTranslate2 model can be scored here; :data:`THRESHOLD` is a starting
point to calibrate on a real model (the tests run the tiny copy model).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .base import Flag

THRESHOLD = -1.5  # mean log-probability per token below which a sentence is flagged


def _source_tokens(backend: Any, sources: Sequence[str]) -> list[list[str]]:
    tok = backend.tokenizer
    return [tok.convert_ids_to_tokens(ids) for ids in tok(list(sources), add_special_tokens=True)["input_ids"]]


def _target_tokens(backend: Any, targets: Sequence[str]) -> list[list[str]]:
    tok = backend.tokenizer
    ids = tok(text_target=list(targets), add_special_tokens=False)["input_ids"]
    return [tok.convert_ids_to_tokens(i) for i in ids]


def score_pairs(backend: Any, sources: Sequence[str], targets: Sequence[str]) -> list[float]:
    """Mean log-probability per target token (end token included) of each ``target`` given its ``source``.

    ``backend`` is a :class:`~nlptools.translation.backends.ct2_backend.CT2Backend`.
    """
    if not sources:
        return []
    results = backend.translator.score_batch(_source_tokens(backend, sources), _target_tokens(backend, targets))
    return [sum(r.log_probs) / max(1, len(r.log_probs)) for r in results]


def translate_scored(backend: Any, sources: Sequence[str], *, beams: int = 1, max_len: int = 256) -> list[tuple[str, float]]:
    """Translate with ``return_scores``: each output with its length-normalised log-probability."""
    if not sources:
        return []
    tok = backend.tokenizer
    results = backend.translator.translate_batch(
        _source_tokens(backend, sources),
        beam_size=beams,
        max_decoding_length=max_len,
        return_scores=True,
        length_penalty=1.0,  # score = sum of log-probs / length: length-normalised
        max_input_length=0,
    )
    out = []
    for r in results:
        text = tok.decode(tok.convert_tokens_to_ids(r.hypotheses[0]), skip_special_tokens=True).strip()
        out.append((text, float(r.scores[0])))
    return out


def check_logprob(score: float | None, *, threshold: float = THRESHOLD) -> list[Flag]:
    """Flag a sentence the model itself found unlikely."""
    if score is None or score >= threshold:
        return []
    return [Flag("model confidence", f"the model's mean log-probability is {score:.2f} (below {threshold}): possible hallucination")]
