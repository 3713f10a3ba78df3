"""The extractive ranker's memory is linear in the text, and its choices are those of the n × n formula."""

from __future__ import annotations

import dataclasses
import random
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from nlptools.summarization import extractive
from nlptools.summarization.api import summarize
from nlptools.summarization.lexical import content_terms, tfidf_matrix, words

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "klustermote-rapport.md"

# Sentence parts written for this test.
SUBJECTS = ["The council", "A local firm", "The university", "Residents", "The regional board", "Kommunen",
            "Forskarna", "The harbour authority", "Styrelsen", "Two engineers"]  # fmt: skip
VERBS = ["approved", "criticised", "presented", "delayed", "funded", "inspected", "beslutade om", "planerar"]
OBJECTS = ["a new wind farm", "the bridge repairs", "the school budget", "a ferry service", "the bus timetable",
           "en ny cykelbana", "the water treatment plant", "a housing project", "sjukhusets utbyggnad"]  # fmt: skip
TAILS = ["on Monday.", "after a long debate.", "for the third time this year.", "despite the cost.",
         "i höstas.", "with support from the state.", "to the surprise of many.", "before the summer."]  # fmt: skip


def article(rng: random.Random, paragraphs: int) -> str:
    """A generated article: a title and paragraphs of 1–4 sentences, some repeated in other words."""
    out = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"]
    for _ in range(paragraphs):
        sents = []
        for _ in range(rng.randint(1, 4)):
            s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}"
            if rng.random() < 0.2:
                s = f"“{s[:-1]},” said {rng.choice(['Ann Berg', 'Lars Holm', 'Mia Ek'])}."
            if rng.random() < 0.1:
                s = s[:-1] + "?"
            sents.append(s)
        out.append(" ".join(sents))
    return "\n\n".join(out)


_streamed_rank = extractive.rank


def dense_rank(
    texts: list[str], config: extractive.ExtractiveConfig = extractive.DEFAULT_CONFIG, quotes: list[bool] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The ranker as it was, on the full n × n similarity matrix (the reference)."""
    n = len(texts)
    if n < 2:
        scores, _ = _streamed_rank(texts, config, quotes=quotes)
        return scores, np.zeros((n, n))
    vecs = tfidf_matrix([content_terms(t) for t in texts])
    sim = vecs @ vecs.T
    np.fill_diagonal(sim, 0.0)
    off = sim[~np.eye(n, dtype=bool)]
    lo, hi = float(off.min()), float(off.max())
    edges = np.clip(sim - (lo + config.beta * (hi - lo)), 0.0, None)
    cent = config.forward * np.triu(edges, 1).sum(axis=1) + config.backward * np.tril(edges, -1).sum(axis=1)
    span = cent.max() - cent.min()
    cent = (cent - cent.min()) / span if span > 0 else np.zeros(n)
    scores, _ = _streamed_rank(texts, dataclasses.replace(config, centrality=0.0), quotes=quotes)  # the other cues
    return scores + config.centrality * cent, sim


@pytest.mark.parametrize("beta", [0.0, 0.3])
def test_scores_similarity_and_choices_equal_the_dense_formula(beta: float) -> None:
    config = dataclasses.replace(extractive.DEFAULT_CONFIG, beta=beta)
    rng = random.Random(7)
    for _ in range(40):
        texts = [s for p in article(rng, rng.randint(2, 12)).split("\n\n") for s in p.split(". ") if words(s)]
        if len(texts) < 2:
            continue
        scores, sim = extractive.rank(texts, config)
        ref_scores, ref_sim = dense_rank(texts, config)
        np.testing.assert_allclose(scores, ref_scores, rtol=0, atol=1e-12)
        n = len(texts)
        np.testing.assert_allclose(np.array([[sim[i, j] for j in range(n)] for i in range(n)]), ref_sim, atol=1e-12)
        np.testing.assert_allclose(sim[:, [0, n - 1]], ref_sim[:, [0, n - 1]], atol=1e-12)
        n_words = [len(words(t)) for t in texts]
        for budget in ({"sentences": 3, "word_budget": None}, {"sentences": None, "word_budget": 40}):
            got = extractive.select(scores, sim, n_words, config=config, **budget)
            want = extractive.select(ref_scores, ref_sim, n_words, config=config, **budget)
            assert got == want


def test_summaries_of_generated_articles_and_the_example_are_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """summarize() picks what the dense ranker picks (run it both ways on the same texts)."""
    rng = random.Random(11)
    texts = [article(rng, rng.randint(3, 15)) for _ in range(25)] + [EXAMPLE.read_text(encoding="utf-8")]
    streamed = [[s.text for s in summarize(t, sentences=3, language="en").sentences] for t in texts]
    monkeypatch.setattr(extractive, "rank", dense_rank)
    dense = [[s.text for s in summarize(t, sentences=3, language="en").sentences] for t in texts]
    assert streamed == dense
    assert all(streamed) and sum(len(s) >= 2 for s in streamed) > len(streamed) // 2  # real choices were made


def test_long_text_never_allocates_the_square_matrix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extractive, "BLOCK_ENTRIES", 1 << 16)
    rng = random.Random(3)
    texts = [s for p in article(rng, 900).split("\n\n") for s in p.split(". ") if words(s)]
    n = len(texts)
    assert n > 1500
    tracemalloc.start()
    try:
        scores, sim = extractive.rank(texts)
        picked = extractive.select(scores, sim, [len(words(t)) for t in texts], sentences=3, word_budget=None)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(picked) == 3
    square = n * n * 8
    assert peak < square / 4, f"peak {peak / 2**20:.1f} MB for {n} sentences (the n × n matrix: {square / 2**20:.1f} MB)"
