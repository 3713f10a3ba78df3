"""Flag names and numbers in a summary that the source does not contain.

The commonest serious error of an abstractive summary (and of a summary built
from a bad translation) is a wrong entity or number: a person, place or figure
that is not in the article.  This check is cheap, needs no model and works for
English and Swedish:

* **numbers**: digit groups (``150,000``, ``1 200``, ``3,5``, ``54-year-old``)
  and number words (``three``, ``tre``) are normalised to values; ``1.2 million``
  equals ``1,200,000``.  A summary number is supported when its value occurs in
  the source.
* **entities**: runs of capitalised words (not sentence-initial common words)
  are names; each word must occur in the source after case folding, accent
  stripping and genitive removal (``Locke's``, ``Stockholms``).
* **uncased summaries** (all lower case, as some models and datasets produce):
  a word the source writes capitalised is an entity; a content word the source
  does not contain at all counts as an unsupported entity candidate.

``unsupported_rate`` is unsupported / checked items; ``flagged`` is true when
anything is unsupported.  ``novel_bigram_rate`` (word pairs of the summary not in
the source) is reported as a graded signal but does not set the flag.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..types import FaithfulnessCheck
from .lexical import STOPWORDS, WORD_RE

_NUMBER_WORDS = {
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "thousand": 1000, "dozen": 12,
    # Swedish ("en"/"ett" are articles far more often than numbers: left out)
    "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
    "elva": 11, "tolv": 12, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "hundra": 100,
    "tusen": 1000, "första": 1, "andra": 2, "tredje": 3, "first": 1, "second": 2, "third": 3,
}  # fmt: skip
# Number words that are more often something else ("one of", "andra" = other, English "sex"):
# they support a summary's number but are never checked as one.
_AMBIGUOUS = frozenset({"one", "first", "second", "andra", "sex", "första"})
_SCALES = {
    "million": 1e6, "millions": 1e6, "miljon": 1e6, "miljoner": 1e6, "mn": 1e6, "m": 1e6, "milj": 1e6,
    "billion": 1e9, "billions": 1e9, "miljard": 1e9, "miljarder": 1e9, "bn": 1e9, "mdr": 1e9,
    "thousand": 1e3, "tusen": 1e3, "k": 1e3,
}  # fmt: skip
# 1,200,000 · 1 200 000 · 3.5 · 3,5 · 14.30 — a digit group with optional separators
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+(?:[.,:]\d+)*")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_TITLES = frozenset(
    "mr mrs ms miss dr prof sir lord lady st mt gen col capt sgt rev herr fru".split()
)
_APOSTROPHE_S = re.compile(r"['’]s$|['’]$")
# Tokenisation debris and model artefacts that are never content: clitics, PTB brackets, <unk>.
_DEBRIS = frozenset({"n't", "n’t", "lrb", "rrb", "lsb", "rsb", "unk", "'s", "'re", "'ll", "'ve", "'d", "'m"})
_SUFFIXES = sorted(
    "ing ed es s er est ly ies ied arna erna orna ande ende en et ar or na ade".split(), key=len, reverse=True
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English/Swedish suffix stripper for matching inflected forms (``jumped`` ~ ``jumps``)."""
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


@dataclass(frozen=True, slots=True)
class _Source:
    words: frozenset[str]
    capitalised: frozenset[str]
    proper: frozenset[str]  # capitalised mid-sentence and never written in lower case
    stems: frozenset[str]
    numbers: frozenset[float]


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Case-fold, strip accents and a possessive: ``Renée's`` → ``renee``."""
    w = _APOSTROPHE_S.sub("", word.lower())
    if w.isascii():
        return w
    w = unicodedata.normalize("NFKD", w)
    return "".join(c for c in w if not unicodedata.combining(c))


def number_values(text: str, *, ambiguous: bool = True) -> list[tuple[str, set[float]]]:
    """Numbers in ``text`` as ``(surface, possible values)``; separators are ambiguous, so a set.

    ``ambiguous=False`` leaves out number words that usually mean something else.
    """
    out: list[tuple[str, set[float]]] = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0)
        values = _parse_number(raw)
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt and nxt.group(1).lower() in _SCALES:
            scale = _SCALES[nxt.group(1).lower()]
            values |= {v * scale for v in values}
        out.append((raw, values))
    for w in WORD_RE.findall(text):
        lw = w.lower()
        if lw in _NUMBER_WORDS and (ambiguous or lw not in _AMBIGUOUS):
            out.append((w, {float(_NUMBER_WORDS[lw])}))
    return out


def _parse_number(raw: str) -> set[float]:
    compact = re.sub(r"[ \u00a0\u202f]", "", raw)
    values: set[float] = set()
    for cand in (compact.replace(",", ""), compact.replace(",", "."), compact.replace(".", "").replace(",", ".")):
        try:
            values.add(float(cand.replace(":", ".")))
        except ValueError:
            continue
    if ":" in compact or compact.count(".") > 1 or compact.count(",") > 1:
        values.add(float(re.sub(r"\D", "", compact) or 0))
    return values or {float(re.sub(r"\D", "", compact) or 0)}


def _index_source(source: str) -> _Source:
    tokens = set(WORD_RE.findall(source))
    words = {fold(t) for t in tokens}
    # also split hyphenated tokens so "year-old" parts and "Louis-Dreyfus" halves match
    words |= {fold(p) for t in tokens if "-" in t for p in t.split("-")}
    capitalised = {fold(t) for t in tokens if t[:1].isupper()}
    lower = {fold(t) for t in tokens if t[:1].islower()}
    mid = {fold(m.group(0)) for m in re.finditer(r"(?<=[\w,;] )[^\W\d_][\w'’-]*", source) if m.group(0)[:1].isupper()}
    nums: set[float] = set()
    for _, vals in number_values(source):
        nums |= vals
    stems = frozenset(stem(w) for w in words)
    return _Source(frozenset(words), frozenset(capitalised), frozenset(mid - lower), stems, frozenset(nums))


def _supported_word(word: str, src: _Source, *, inflected: bool = False) -> bool:
    w = fold(word)
    if w in src.words or w.isdigit() or w in _DEBRIS:
        return True
    if inflected and stem(w) in src.stems:
        return True
    if all(fold(p) in src.words for p in w.split("-") if p):
        return True
    # Swedish/English genitive or plural without apostrophe: "Stockholms", "Smiths"
    return len(w) > 3 and w.endswith("s") and w[:-1] in src.words


def _cased_entities(summary: str, src: _Source) -> list[list[str]]:
    """Runs of capitalised words; a lone sentence-initial capital is a name only if the source capitalises it."""
    entities: list[list[str]] = []
    for sent in re.split(r"(?<=[.!?])\s+|\n+", summary):
        toks = WORD_RE.findall(sent)
        run: list[str] = []
        run_starts_sentence = False
        for i, tok in enumerate(toks + [""]):
            is_cap = bool(tok) and tok[:1].isupper() and fold(tok) not in _TITLES
            if is_cap and not (i == 0 and fold(tok) in STOPWORDS):
                if not run:
                    run_starts_sentence = i == 0
                run.append(tok)
                continue
            lone_initial = run_starts_sentence and len(run) == 1 and not run[0].isupper()
            if run and (not lone_initial or fold(run[0]) in src.proper):
                entities.append(run)
            run = []
    return entities


def check(summary: str, source: str, *, number_source: str | None = None) -> FaithfulnessCheck:
    """Names and numbers in ``summary`` that ``source`` does not support.

    ``number_source`` is the original of a translated ``source``: numbers must
    then occur in the original (a mistranslated figure is caught), names in
    either text (a name may be spelt the target language's way).
    """
    src = _index_source(source if number_source is None else source + "\n" + number_source)
    num_src = src if number_source is None else _index_source(number_source)
    unsupported_numbers: list[str] = []
    n_numbers = 0
    for surface, values in number_values(summary, ambiguous=False):
        n_numbers += 1
        if not values & num_src.numbers:
            unsupported_numbers.append(surface)
    unsupported_entities: list[str] = []
    n_entities = 0
    if any(c.isupper() for c in summary):
        for run in _cased_entities(summary, src):
            n_entities += 1
            ok = [_supported_word(w, src) or w.isdigit() for w in run]
            if not all(ok):  # report the span from the first to the last unsupported word
                first, last = ok.index(False), len(ok) - 1 - ok[::-1].index(False)
                unsupported_entities.append(" ".join(run[first : last + 1]))
    else:
        run: list[str] = []
        for tok in WORD_RE.findall(summary) + [""]:
            lw = fold(tok)
            content = (
                bool(tok) and lw not in STOPWORDS and lw not in _DEBRIS and len(lw) > 2 and not any(c.isdigit() for c in lw)
            )
            if content and not _supported_word(tok, src, inflected=True):
                run.append(tok)
                continue
            if content and lw in src.capitalised:
                n_entities += 1
            if run:
                n_entities += 1
                unsupported_entities.append(" ".join(run))
                run = []
    total = n_entities + n_numbers
    bad = len(unsupported_entities) + len(unsupported_numbers)
    return FaithfulnessCheck(
        flagged=bad > 0,
        unsupported_entities=_dedupe(unsupported_entities),
        unsupported_numbers=_dedupe(unsupported_numbers),
        unsupported_rate=round(bad / total, 4) if total else 0.0,
        novel_bigram_rate=round(novel_bigram_rate(summary, source), 4),
    )


def _bigrams(text: str) -> list[tuple[str, str]]:
    toks = [stem(fold(t)) for t in WORD_RE.findall(text)]
    return list(zip(toks, toks[1:]))


def verbatim(summary_sentences: list[str], source: str) -> FaithfulnessCheck | None:
    """The (clean) check for a summary made only of verbatim source passages, else ``None``.

    Every name, number and word pair of such a summary is in the source by
    construction, so the full check is skipped (it costs more than the ranking).
    """
    if all(s in source for s in summary_sentences):
        return FaithfulnessCheck(flagged=False)
    return None


def novel_bigram_rate(summary: str, source: str) -> float:
    """Share of the summary's (stemmed) word pairs that never occur in the source.

    Not part of the flag (paraphrase is legitimate), but a useful graded signal:
    high values mean the summary recombines or invents (see benchmarks/summ_eval.py).
    """
    pairs = _bigrams(summary)
    if not pairs:
        return 0.0
    have = set(_bigrams(source))
    return sum(1 for p in pairs if p not in have) / len(pairs)


def _dedupe(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for it in items:
        seen.setdefault(it, None)
    return list(seen)
