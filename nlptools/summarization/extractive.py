"""The offline extractive summariser: position-aware centrality plus redundancy removal.

Why this design: plain TextRank/LexRank ignores that news puts the key facts
first and scores several ROUGE points below simply taking the first three
sentences (LEAD-3).  PacSum (Zheng & Lapata 2019) fixes this with *directed*
centrality: a sentence gains from being similar to sentences that come after it
(it introduces what they elaborate) and loses from being similar to earlier
ones (it repeats them).  We compute that over TF-IDF sentence vectors, add an
explicit lead prior and a few cheap cues (length, quotes, questions), filter
furniture (bylines, contact blocks, captions, headings) and pick sentences
greedily with maximal marginal relevance so the summary does not say one thing
twice.  Everything is numpy on a matrix of a few dozen rows: a few milliseconds
per article, no weights, any language with word boundaries.

Every sentence of the article is a candidate: nothing is cut off by length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .filters import content_offset, junk_reason
from .lexical import content_terms, tfidf_matrix, words


@dataclass(frozen=True, slots=True)
class Candidate:
    """One source sentence: its text and offsets into the article text."""

    text: str
    start: int
    end: int
    paragraph: int = 0
    skip: str | None = None  # reason it can never be picked (heading, byline paragraph…)
    quote: bool = False  # a direct quote (e.g. a dash-quote paragraph): rarely summary material


@dataclass(frozen=True, slots=True)
class ExtractiveConfig:
    """Weights of the ranker (tuned on the FRANK CNN/DM + XSum validation split).

    ``backward``/``forward`` are PacSum's λ1/λ2 (similarity to earlier/later
    sentences); ``beta`` sets the edge threshold between the smallest and the
    largest similarity; ``lead`` weighs the position prior ``1/(1+i)**decay``;
    ``mmr`` is the redundancy penalty (max cosine to a picked sentence).
    """

    backward: float = -0.3
    forward: float = 1.0
    beta: float = 0.0
    centrality: float = 0.4
    lead: float = 1.0
    decay: float = 1.0
    length: float = 0.15
    quote_penalty: float = 0.15
    question_penalty: float = 0.3
    short_words: int = 6
    mmr: float = 0.5
    max_sim: float = 0.5


DEFAULT_CONFIG = ExtractiveConfig()
#: Sentences a word-budget selection passes over for being too long before it stops (bounds the work
#: on texts with thousands of sentences: each pass scans every remaining sentence).
MAX_PASSED_OVER = 25

_QUOTE_START = re.compile(r"^\s*[\"“”‘’'«»–—-]")
_QUOTE_CHARS = re.compile(r"[\"“”«»]|(?:^|\s)[‘']|[’'](?:\s|$)")


def rank(
    texts: Sequence[str], config: ExtractiveConfig = DEFAULT_CONFIG, *, quotes: Sequence[bool] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Score each sentence; returns ``(scores, similarity matrix)``.

    ``texts`` are the candidate sentences in document order; ``quotes`` marks
    sentences known to be direct quotes (besides those with quote marks).
    """
    n = len(texts)
    if n == 0:
        return np.zeros(0), np.zeros((0, 0))
    vecs = tfidf_matrix([content_terms(t) for t in texts])
    sim = vecs @ vecs.T
    np.fill_diagonal(sim, 0.0)
    if n > 1:
        off = sim[~np.eye(n, dtype=bool)]
        lo, hi = float(off.min()), float(off.max())
        edges = np.clip(sim - (lo + config.beta * (hi - lo)), 0.0, None)
        upper = np.triu(edges, 1).sum(axis=1)  # similarity to later sentences
        lower = np.tril(edges, -1).sum(axis=1)  # similarity to earlier sentences
        cent = config.forward * upper + config.backward * lower
        span = cent.max() - cent.min()
        cent = (cent - cent.min()) / span if span > 0 else np.zeros(n)
    else:
        cent = np.zeros(n)
    pos = 1.0 / (1.0 + np.arange(n)) ** config.decay
    n_words = np.array([len(words(t)) for t in texts], dtype=np.float64)
    length = np.minimum(n_words, 40.0) / 40.0
    known = quotes if quotes is not None else [False] * n
    quote = np.array(
        [1.0 if q or _QUOTE_START.match(t) or len(_QUOTE_CHARS.findall(t)) >= 2 else 0.0 for t, q in zip(texts, known)]
    )
    question = np.array([1.0 if t.rstrip().rstrip("”\"’'»)").endswith("?") else 0.0 for t in texts])
    short = (n_words < config.short_words).astype(np.float64)
    scores = (
        config.centrality * cent
        + config.lead * pos
        + config.length * length
        - config.quote_penalty * quote
        - config.question_penalty * question
        - 1.0 * short
    )
    return scores, sim


def select(
    scores: np.ndarray,
    sim: np.ndarray,
    n_words: Sequence[int],
    *,
    sentences: int | None,
    word_budget: int | None,
    max_sentence_words: int | None = None,
    config: ExtractiveConfig = DEFAULT_CONFIG,
) -> list[int]:
    """Greedy MMR selection under a sentence count and/or word budget; indices in document order.

    With a word budget, sentences that would overflow it are passed over for
    shorter ones; the best sentence is always taken, so the result is never empty.
    ``max_sentence_words`` passes over longer sentences while shorter ones exist
    (a one-line lede should be readable at a glance).
    """
    n = len(scores)
    chosen: list[int] = []
    used_words = 0
    passed_over = 0
    remaining = set(range(n))
    if max_sentence_words is not None:
        short = {i for i in remaining if n_words[i] <= max_sentence_words}
        remaining = short or remaining
    while remaining:
        if sentences is not None and len(chosen) >= sentences:
            break
        best, best_val = -1, -np.inf
        for i in remaining:
            red = max((sim[i, j] for j in chosen), default=0.0)
            if red > config.max_sim:
                continue
            val = scores[i] - config.mmr * red
            if val > best_val:
                best, best_val = i, val
        if best < 0:
            break
        remaining.discard(best)
        if word_budget is not None and chosen and used_words + n_words[best] > word_budget:
            passed_over += 1  # too long for what is left of the budget: try a shorter one, a bounded number of times
            if passed_over >= MAX_PASSED_OVER:
                break
            continue
        chosen.append(best)
        used_words += n_words[best]
        if word_budget is not None and used_words >= word_budget:
            break
    return sorted(chosen)


def summarize_candidates(
    candidates: Sequence[Candidate],
    *,
    sentences: int | None = 3,
    word_budget: int | None = None,
    max_sentence_words: int | None = None,
    config: ExtractiveConfig = DEFAULT_CONFIG,
) -> list[Candidate]:
    """Pick the summary sentences among ``candidates`` (all of them are considered).

    Returned candidates have datelines trimmed (text and ``start`` adjusted).
    Furniture (bylines, contact blocks, captions, headings) is never picked
    unless nothing else is left.
    """
    if sentences is None and word_budget is None:
        sentences = 3
    pool: list[Candidate] = []
    for c in candidates:
        if c.skip or junk_reason(c.text):
            continue
        cut = content_offset(c.text)
        if cut:
            c = Candidate(c.text[cut:], c.start + cut, c.end, c.paragraph, quote=c.quote)
        pool.append(c)
    if not pool:  # only furniture: fall back to everything that has words
        pool = [c for c in candidates if words(c.text)]
    if not pool:
        return []
    scores, sim = rank([c.text for c in pool], config, quotes=[c.quote for c in pool])
    picked = select(
        scores,
        sim,
        [len(words(c.text)) for c in pool],
        sentences=sentences,
        word_budget=word_budget,
        max_sentence_words=max_sentence_words,
        config=config,
    )
    return [pool[i] for i in picked]
