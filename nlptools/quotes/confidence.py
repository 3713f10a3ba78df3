"""``Quote.confidence``: how often a quote like this one had the right speaker.

The confidence is an estimate of P(real quote and right speaker) for quotes with
the same features — the cue and the shape of the speaker string — read from a
table (``data/confidence.json``) that ``benchmarks/quotes_eval.py --write-confidence``
fits on the annotated real articles.  Sparse cells back off to the cue and then to
all quotes (additive smoothing), so every key has a value.  The benchmark refits the
table on training folds only when it reports cross-validated calibration.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

_PRIOR_WEIGHT = 3.0


def speaker_shape(speaker: str | None, joint: bool = False) -> str:
    """``joint``, ``full`` (two or more words), ``one`` (a single word) or ``none``."""
    if joint:
        return "joint"
    if not speaker:
        return "none"
    return "full" if len(speaker.split()) >= 2 else "one"


def feature_keys(cue: str, speaker: str | None, joint: bool = False) -> tuple[str, str, str]:
    """Back-off keys, most specific first."""
    return f"{cue}|{speaker_shape(speaker, joint)}", cue, "*"


def fit_table(rows: Iterable[tuple[tuple[str, str, str], bool]]) -> dict[str, float]:
    """Smoothed success rate per key from ``(feature_keys, correct)`` rows."""
    n: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    for keys, correct in rows:
        for k in keys:
            n[k] += 1
            ok[k] += correct
    table = {"*": round((ok["*"] + 1) / (n["*"] + 2), 3)}
    for level in (1, 0):  # cue, then cue|shape, each shrunk towards its parent
        for k in n:
            if (k.count("|") == 1) == (level == 0) and k != "*":
                parent = table["*"] if level == 1 else table.get(k.split("|")[0], table["*"])
                table[k] = round((ok[k] + _PRIOR_WEIGHT * parent) / (n[k] + _PRIOR_WEIGHT), 3)
    return dict(sorted(table.items()))


def lookup(table: Mapping[str, float], keys: tuple[str, str, str]) -> float:
    for k in keys:
        if k in table:
            return table[k]
    return 0.5


@lru_cache(maxsize=1)
def default_table() -> dict[str, float]:
    """The committed table (packaged data file)."""
    raw: Any = json.loads(resources.files(__package__).joinpath("data/confidence.json").read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in raw["table"].items()}


def confidence(cue: str, speaker: str | None, joint: bool = False, table: Mapping[str, float] | None = None) -> float:
    """Estimated probability that a quote with this cue and speaker shape has the right speaker."""
    return lookup(default_table() if table is None else table, feature_keys(cue, speaker, joint))
