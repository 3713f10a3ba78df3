"""Cheap lexical features shared by the extractive ranker and the faithfulness check.

Word tokens are lower-cased, stop words for English and Swedish are dropped,
and words are reduced by prefix truncation: a language-independent stemmer that
conflates inflections (``minister``/``ministers``, ``kommunen``/``kommunens``)
well enough for sentence similarity and costs nothing.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)

STOPWORDS_EN = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over own
    said same she should so some such than that the their theirs them themselves then there these they
    this those through to too under until up very was we were what when where which while who whom why
    will with would you your yours yourself yourselves says say one two new also year years told s t
    """.split()
)
STOPWORDS_SV = frozenset(
    """
    alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina ditt
    du där då efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon honom hur
    här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu
    när någon något några och om oss på samma sedan sig sin sina sitta själv skulle som så sådan
    sådana till under upp ut utan vad var vara varför varit varje vars vem vi vid vilka vilkas vilken
    vilket vår våra vårt än är åt över också säger sa enligt år även fler flera ska kommer
    """.split()
)
STOPWORDS = STOPWORDS_EN | STOPWORDS_SV

#: Prefix length that stands in for a stem.
STEM_LENGTH = 6


def words(text: str) -> list[str]:
    """All word tokens of ``text``, in order, original case."""
    return WORD_RE.findall(text)


def content_terms(text: str) -> list[str]:
    """Lower-cased, stop-word-free, truncation-stemmed terms of ``text``."""
    out: list[str] = []
    for w in WORD_RE.findall(text):
        lw = w.lower()
        if lw in STOPWORDS or (len(lw) < 2 and not lw.isdigit()):
            continue
        out.append(lw[:STEM_LENGTH])
    return out


def tfidf_rows(term_lists: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows, one per sentence, IDF from the sentences themselves (sparse).

    Sublinear term frequency (1 + log tf) keeps a repeated word from dominating a
    sentence; smoothed IDF keeps words found in every sentence from vanishing.
    Sparse, so memory grows with the number of words, not sentences × vocabulary.
    """
    vocab: dict[str, int] = {}
    indptr, indices, data = [0], [], []
    for terms in term_lists:
        row = sorted((vocab.setdefault(t, len(vocab)), 1.0 + math.log(c)) for t, c in Counter(terms).items())
        indices.extend(j for j, _ in row)
        data.extend(v for _, v in row)
        indptr.append(len(indices))
    n, width = len(term_lists), max(1, len(vocab))
    mat = sparse.csr_matrix(
        (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)),
        shape=(n, width),
    )
    df = np.bincount(mat.indices, minlength=width).astype(np.float64)
    idf = np.log((n + 1) / (df + 1)) + 1.0
    mat.data *= idf[mat.indices]
    norms = np.sqrt(np.asarray(mat.multiply(mat).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    mat.data /= np.repeat(norms, np.diff(mat.indptr))
    return mat


def tfidf_matrix(term_lists: Sequence[Sequence[str]]) -> np.ndarray:
    """:func:`tfidf_rows` as a dense array (for a handful of sentences)."""
    return tfidf_rows(term_lists).toarray()
