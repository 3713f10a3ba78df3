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
twice.  Everything is numpy/scipy on sparse TF-IDF rows: a few milliseconds per
article, no weights, any language with word boundaries.  The sentence
similarity is streamed in blocks of rows (:class:`Similarity`), so memory stays
linear in the input also for a 1 MB text.

Every sentence of the article is a candidate: nothing is cut off by length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse

from .filters import content_offset, junk_reason
from .lexical import content_terms, tfidf_rows, words


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


#: Entries of one block (block rows × (sentences + vocabulary), 8 bytes each: 32 MB): the ranker's
#: working memory is a few such blocks plus what grows linearly with the text, never n × n.
BLOCK_ENTRIES = 1 << 22


class Similarity:
    """Cosine similarities between candidate sentences, computed a block of rows at a time.

    Indexing ``sim[i, j]`` works as on the n × n matrix (diagonal 0), but only the
    rows asked for are computed (and kept): selection reads the rows of the few
    sentences it picked; centrality streams over :meth:`blocks`.  So a 1 MB text
    (ten thousand sentences) needs tens of megabytes here, not the gigabytes of the matrix.
    """

    def __init__(self, vecs: sparse.csr_matrix) -> None:
        self.vecs = vecs
        self.n = vecs.shape[0]
        self._rows: dict[int, np.ndarray] = {}

    @property
    def shape(self) -> tuple[int, int]:
        return (self.n, self.n)

    def block(self, start: int, stop: int) -> np.ndarray:
        """Rows ``start:stop`` of the similarity matrix, dense, diagonal set to 0."""
        dense = self.vecs[start:stop].toarray()
        out = np.ascontiguousarray((self.vecs @ dense.T).T)
        k = np.arange(stop - start)
        out[k, start + k] = 0.0
        return out

    def blocks(self) -> Iterator[tuple[int, np.ndarray]]:
        """``(start, rows)`` over the whole matrix, at most :data:`BLOCK_ENTRIES` entries each."""
        step = max(1, BLOCK_ENTRIES // (self.n + self.vecs.shape[1]))
        for start in range(0, self.n, step):
            yield start, self.block(start, min(self.n, start + step))

    def row(self, j: int) -> np.ndarray:
        """Row ``j`` (similarities of every sentence to sentence ``j``), cached."""
        r = self._rows.get(j)
        if r is None:
            r = self._rows[j] = self.block(j, j + 1)[0]
        return r

    def __getitem__(self, key: tuple[Any, Any]) -> Any:
        i, j = key
        if isinstance(j, (int, np.integer)):
            return self.row(int(j))[i]  # symmetric: sim[i, j] = sim[j, i]
        return np.stack([self.row(int(jj))[i] for jj in np.arange(self.n)[j]], axis=-1)


def centrality(sim: Similarity, config: ExtractiveConfig = DEFAULT_CONFIG) -> np.ndarray:
    """PacSum's directed centrality, scaled to [0, 1], streamed over the similarity's blocks.

    Edges are similarities above ``lo + beta·(hi − lo)`` (lo/hi: the smallest and
    largest similarity between two different sentences); a sentence gains
    ``forward`` × its edges to later sentences and ``backward`` × those to earlier
    ones.  The first pass finds lo/hi and sums the edges for a threshold of 0 (what
    a text with two unrelated sentences has under the default ``beta = 0``); a
    second pass runs only for another threshold.
    """
    n = sim.n
    if n < 2:
        return np.zeros(n)
    cols = np.arange(n)

    def directed(start: int, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        idx = np.arange(start, start + edges.shape[0])[:, None]
        return np.where(cols > idx, edges, 0.0).sum(axis=1), np.where(cols < idx, edges, 0.0).sum(axis=1)

    lo, hi = np.inf, -np.inf
    upper, lower = np.zeros(n), np.zeros(n)
    for start, rows in sim.blocks():
        stop = start + rows.shape[0]
        k = np.arange(rows.shape[0])
        rows[k, start + k] = np.inf
        lo = min(lo, float(rows.min()))
        rows[k, start + k] = -np.inf
        hi = max(hi, float(rows.max()))
        rows[k, start + k] = 0.0
        upper[start:stop], lower[start:stop] = directed(start, np.clip(rows, 0.0, None))
    threshold = lo + config.beta * (hi - lo)
    if threshold != 0.0:
        for start, rows in sim.blocks():
            stop = start + rows.shape[0]
            upper[start:stop], lower[start:stop] = directed(start, np.clip(rows - threshold, 0.0, None))
    cent = config.forward * upper + config.backward * lower
    span = cent.max() - cent.min()
    return (cent - cent.min()) / span if span > 0 else np.zeros(n)


def rank(
    texts: Sequence[str], config: ExtractiveConfig = DEFAULT_CONFIG, *, quotes: Sequence[bool] | None = None
) -> tuple[np.ndarray, Similarity]:
    """Score each sentence; returns ``(scores, similarity)``.

    ``texts`` are the candidate sentences in document order; ``quotes`` marks
    sentences known to be direct quotes (besides those with quote marks).
    The similarity is a :class:`Similarity` (index it as ``sim[i, j]``): memory
    stays linear in the text, however many sentences it has.
    """
    n = len(texts)
    sim = Similarity(tfidf_rows([content_terms(t) for t in texts]))
    if n == 0:
        return np.zeros(0), sim
    cent = centrality(sim, config)
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
    sim: Similarity,
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
