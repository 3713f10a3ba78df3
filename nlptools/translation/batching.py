"""Length-sorted, token-budget batches with the original order restored.

Sorting by length before batching keeps padding (wasted compute) small; a
token budget instead of a fixed batch size keeps memory flat when a few very
long units meet many short ones.  All units of all articles in a call go
through one sorted queue, so a thousand short articles batch as well as one
long one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def token_budget_batches(lengths: Sequence[int], *, max_tokens: int = 4096, max_batch: int = 64) -> list[list[int]]:
    """Indices grouped into batches, longest first, each with ``len(batch) * longest <= max_tokens``.

    A single item longer than the budget still gets a batch of its own (it is
    never dropped).
    """
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    batches: list[list[int]] = []
    current: list[int] = []
    longest = 0
    for i in order:
        n = max(1, lengths[i])
        width = max(longest, n)
        if current and (width * (len(current) + 1) > max_tokens or len(current) >= max_batch):
            batches.append(current)
            current, width = [], n
        current.append(i)
        longest = width
    if current:
        batches.append(current)
    return batches


def run_batched(
    items: Sequence[T],
    lengths: Sequence[int],
    fn: Callable[[list[T]], list[R]],
    *,
    max_tokens: int = 4096,
    max_batch: int = 64,
) -> list[R]:
    """Apply ``fn`` to length-sorted batches of ``items`` and return results in input order."""
    if len(items) != len(lengths):
        raise ValueError("items and lengths differ in length")
    results: list[R | None] = [None] * len(items)
    for batch in token_budget_batches(lengths, max_tokens=max_tokens, max_batch=max_batch):
        out = fn([items[i] for i in batch])
        if len(out) != len(batch):
            raise RuntimeError(f"batch function returned {len(out)} results for {len(batch)} inputs")
        for i, r in zip(batch, out):
            results[i] = r
    return results  # type: ignore[return-value]
