"""Hang guard for quote extraction: no input may make it run long.

Runs the extractor on every real evaluation text (skipped when the shared data is
absent) and on a few thousand generated texts built to stress the places where
rule engines loop or backtrack: hard-wrapped lines, text without punctuation,
quote marks left open across paragraphs, and one pattern repeated many times.
The limits are generous hang guards (seconds per text, a pytest-timeout for the
whole test), not timing assertions.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from nlptools.intake import read_file, read_text
from nlptools.quotes import extract_quotes

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "articles"
PER_TEXT_LIMIT_S = 5.0  # a hang guard: the extractor takes milliseconds per article

# invented vocabulary, no evaluation text in it
_WORDS_SV = "vi har det är bra och att på i en som för med till nu inte kan ska var också mycket nya projektet".split()
_WORDS_EN = "we have it is good and that on in a as for with to now not can will was also very new project".split()
_NAMES = ["Kim Berglund", "Alex Norén", "Sam Ohlin", "Robin Falk", "Jo Dahl", "Lee H. Strand", "Mika af Ekhöjd"]
_ROLES = ["vd", "projektledare", "chief executive", "ordförande", "professor"]
_ORGS = ["Norrfors AB", "Västby kommun", "Example Corp", "Ekliden Science Park", "Nordhav A/S"]
_OPENERS = ["– ", "— ", "- ", "”", "“", '"', "«", "»", "’", "‘", ""]
_CLOSERS = ["”", '"', "“", "»", "«", "’", ""]
_VERBS = ["säger", "said", "says", "berättar", "told", "menar", "enligt", "according to"]


def _sentence(rng: random.Random, words: list[str], punct: bool) -> str:
    s = " ".join(rng.choice(words) for _ in range(rng.randint(3, 25)))
    return s[:1].upper() + s[1:] + (rng.choice([".", "?", "!", ",", ":", "…", ""]) if punct else "")


def _paragraph(rng: random.Random, punct: bool) -> str:
    words = rng.choice([_WORDS_SV, _WORDS_EN])
    kind = rng.randint(0, 5)
    body = " ".join(_sentence(rng, words, punct) for _ in range(rng.randint(1, 4)))
    who = rng.choice(_NAMES)
    if kind == 0:
        return f"{rng.choice(_OPENERS)}{body}, {rng.choice(_VERBS)} {who}, {rng.choice(_ROLES)} på {rng.choice(_ORGS)}"
    if kind == 1:
        return f"{rng.choice(_OPENERS)}{body}{rng.choice(_CLOSERS)} {who} {rng.choice(_VERBS)} {body}"
    if kind == 2:
        return f"{who}, {rng.choice(_ROLES)}, {rng.choice(_ORGS)}:"
    if kind == 3:
        return f"— {who}, {rng.choice(_ROLES)}, {rng.choice(_ORGS)}"
    if kind == 4:
        return f"{rng.choice(_OPENERS)}{body}"
    return body


def _hard_wrap(text: str, width: int) -> str:
    out: list[str] = []
    for para in text.split("\n\n"):
        line, lines = "", []
        for w in para.split():
            if line and len(line) + len(w) + 1 > width:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        lines.append(line)
        out.append("\n".join(lines))
    return "\n\n".join(out)


def generated_texts(n: int, seed: int = 7) -> list[str]:
    """``n`` stress texts: plain, hard-wrapped, unpunctuated and repeated-pattern ones, in turn."""
    rng = random.Random(seed)
    texts: list[str] = []
    for i in range(n):
        style = i % 4
        punct = style != 2
        paras = [_paragraph(rng, punct) for _ in range(rng.randint(2, 12))]
        if style == 3:  # one pattern many times, in one paragraph or many
            pattern = rng.choice(
                ['"A," said Kim Berglund. "', "– Ja, säger hon. ", "”", '"', "“x” ", ", säger ", "Kim Berglund ",
                 "– ", "\n“", "X: ”", "(Kim Berglund från Norrfors)\n", "AB AB AB ", "’s ", "vd, "]
            )
            reps = rng.randint(20, 400)
            sep = rng.choice(["", " ", "\n", "\n\n"])
            paras.append(sep.join([pattern] * reps))
        text = "Rubrik " + str(i) + "\n\n" + "\n\n".join(paras)
        if style == 1:
            text = _hard_wrap(text, rng.randint(20, 70))
        texts.append(text)
    return texts


def _run(article_or_text: object) -> float:
    t0 = time.perf_counter()
    extract_quotes(article_or_text)  # type: ignore[arg-type]
    return time.perf_counter() - t0


@pytest.mark.timeout(600)
def test_every_real_text_finishes() -> None:
    files = sorted(DATA.glob("dev*/*.txt")) if DATA.is_dir() else []
    if not files:
        pytest.skip(f"no real evaluation texts at {DATA}")
    slow = [(f.name, s) for f in files if (s := _run(read_file(f))) > PER_TEXT_LIMIT_S]
    assert not slow, f"extraction ran long on {slow}"


@pytest.mark.timeout(900)
def test_generated_hard_texts_finish() -> None:
    slow: list[tuple[int, float]] = []
    for i, text in enumerate(generated_texts(2400)):
        secs = _run(read_text(text))
        if secs > PER_TEXT_LIMIT_S:
            slow.append((i, secs))
    assert not slow, f"extraction ran long on generated texts {slow[:5]}"


@pytest.mark.timeout(300)
def test_long_repeated_inputs_finish() -> None:
    """Large inputs of one repeated shape (100–300 KB): the work must grow about linearly."""
    shapes = [
        '"A," said Kim Berglund. ', "– Ja, säger hon.\n\n", "“open quote without end ", "Kim Berglund Alex Norén ",
        "“", ", ", "vd, ordförande, ", "Kim Berglund, vd på Norrfors AB, ", "Norrfors Universitet ", "x@",
        "– Ja, det är bra, säger Kim Berglund, vd på Norrfors AB.\n\n",  # thousands of quotes by one speaker
    ]
    for shape in shapes:
        text = "Rubrik\n\n" + shape * (120_000 // len(shape))
        secs = _run(read_text(text))
        assert secs < 60, f"{shape!r} × {len(text) // len(shape)}: {secs:.1f} s"
    # many distinct organisation-like mentions (acronyms, "X kommun", "X AB"), none repeated
    letters = "BCDFGHJKLMNPQRSTVWXZ"
    names = [a + b + c for a in letters for b in letters for c in letters][:6000]
    text = "Rubrik\n\n" + " ".join(f"{n} och {n.title()} kommun och {n.title()}x AB." for n in names)
    assert _run(read_text(text)) < 60
