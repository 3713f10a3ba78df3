"""Translation quality: BLEU and chrF (sacrebleu) of nlptools' translation on NTREX-128 / FLORES-101.

Two numbers per run, so a user with real weights can check that our
sentence/clause segmentation and int8 quantisation cost ≤ 0.5 BLEU:

* ``line``: each test line translated on its own (how published scores are made);
* ``document``: the lines of each document (NTREX ``docids``; FLORES: blocks of
  10 lines) joined into paragraphs and run through the full
  :class:`~nlptools.translation.step.TranslationStep` (segmentation, protection,
  checks, reassembly), then split back into lines through the sentence alignment.

Published anchors (sacreBLEU, swe→eng):

| model | FLORES-101 devtest | NTREX-128 |
|---|---:|---:|
| Helsinki-NLP/opus-mt-sv-en (model card / OPUS-MT dashboard) | 45.5 | – |
| Helsinki-NLP/opus-mt-tc-big-gmq-en (model card) | 49.8 (chrF 0.720) | 46.1 |

Note: in both test sets English is the original and Swedish a translation of it.

Usage::

    .venv/bin/python benchmarks/translate_quality.py --model opus-mt-sv-en --testset flores101-devtest
    .venv/bin/python benchmarks/translate_quality.py --model /path/to/model --testset ntrex128 --backend torch

Writes ``benchmarks/results/translate_quality_<testset>_<model>.json`` and ``.md``.
Without downloaded weights it exits with a message saying how to get them.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from _common import data_dir, parser, readme_row, skip, write_results

ANCHORS = {
    ("opus-mt-sv-en", "flores101-devtest"): 45.5,
    ("opus-mt-tc-big-gmq-en", "flores101-devtest"): 49.8,
    ("opus-mt-tc-big-gmq-en", "ntrex128"): 46.1,
}
TESTSETS = {
    "ntrex128": ("ntrex128/ntrex128.sv", "ntrex128/ntrex128.en", "ntrex128/ntrex128.docids"),
    "flores101-devtest": ("flores101/flores101-devtest.sv", "flores101/flores101-devtest.en", None),
    "flores101-dev": ("flores101/flores101-dev.sv", "flores101/flores101-dev.en", None),
}


def documents(n: int, docids: list[str] | None) -> list[list[int]]:
    """Line indices grouped into documents (consecutive equal ids; else blocks of 10)."""
    if not docids:
        return [list(range(i, min(i + 10, n))) for i in range(0, n, 10)]
    groups: list[list[int]] = []
    for i, d in enumerate(docids):
        if groups and docids[groups[-1][0]] == d:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def main() -> None:
    ap = parser(__doc__)
    ap.add_argument("--model", required=True, help="registry name or local model directory (HF or CTranslate2)")
    ap.add_argument("--testset", choices=sorted(TESTSETS), default="flores101-devtest")
    ap.add_argument("--backend", default="auto")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--beams", type=int, default=4)
    ap.add_argument("--limit", type=int, default=0, help="only the first N lines (0 = all)")
    args = ap.parse_args()

    src_rel, ref_rel, doc_rel = TESTSETS[args.testset]
    base = data_dir(args.data, f"mt/{src_rel}", kind="file").parents[1]
    from nlptools.errors import NlptoolsError
    from nlptools.registry import resolve_model

    try:
        name, path = resolve_model(args.model)
    except NlptoolsError as exc:
        skip(f"cannot run: {exc}\nThis benchmark needs real weights: `nlptools models download opus-mt-sv-en` "
                 "(network access to huggingface.co), or --model DIR with a downloaded model directory.")
    import sacrebleu

    from nlptools.intake import read_text
    from nlptools.translation.backends import Decoding
    from nlptools.translation.loader import open_backend
    from nlptools.translation.step import TranslationStep
    from nlptools.types import LanguageResult

    src = (base / src_rel).read_text(encoding="utf-8").splitlines()
    ref = (base / ref_rel).read_text(encoding="utf-8").splitlines()
    docids = (base / doc_rel).read_text(encoding="utf-8").splitlines() if doc_rel else None
    if args.limit:
        src, ref = src[: args.limit], ref[: args.limit]
        docids = docids[: args.limit] if docids else None

    step = TranslationStep(model=str(path), backend=args.backend, device=args.device, beams=args.beams)
    backend = step.backend_for(path)
    t0 = time.perf_counter()
    limit = backend.max_source_tokens
    line_hyp = []
    for i in range(0, len(src), 32):  # plain line-by-line translation, as published scores are made
        chunk = src[i : i + 32]
        n = max(backend.count_tokens(chunk))
        line_hyp += backend.translate(chunk, Decoding(beams=args.beams, max_new_tokens=min(limit, 2 * n + 10)))
    line_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    articles, spans = [], []
    for d, idx in enumerate(documents(len(src), docids)):
        text, offs = "", []
        for i in idx:  # one paragraph per document; remember where each line starts
            if text:
                text += " "
            offs.append((i, len(text), len(text) + len(src[i])))
            text += src[i]
        a = read_text(text, id=f"doc{d}")
        a.language = LanguageResult("sv", 1.0, method="given")
        articles.append(a)
        spans.append(offs)
    doc_hyp = [""] * len(src)
    for a, offs, tr in zip(articles, spans, step.predict(articles)):
        for i, s, e in offs:  # aligned units whose source lies inside line i
            doc_hyp[i] = " ".join(x.text for x in tr.sentences if x.source_start >= s and x.source_end <= e + 1)
    doc_s = time.perf_counter() - t0

    def scores(hyp: list[str]) -> dict[str, float]:
        return {"bleu": round(sacrebleu.corpus_bleu(hyp, [ref]).score, 2), "chrf": round(sacrebleu.corpus_chrf(hyp, [ref]).score, 2)}

    result = {
        "model": name, "testset": args.testset, "lines": len(src), "backend": f"{backend.name}:{backend.precision}",
        "beams": args.beams,
        "line": {**scores(line_hyp), "seconds": round(line_s, 1)},
        "document": {**scores(doc_hyp), "seconds": round(doc_s, 1)},
        "published_bleu": ANCHORS.get((Path(name).name, args.testset)),
    }
    stem = f"translate_quality_{args.testset}_{re.sub(r'[^A-Za-z0-9._-]+', '_', Path(name).name)}"
    md = [f"# Translation quality: {name} on {args.testset} ({len(src)} lines)", "",
          f"Backend {result['backend']} · beams {args.beams}.", "",
          "| mode | BLEU | chrF | seconds |", "|---|---:|---:|---:|",
          f"| line by line | {result['line']['bleu']} | {result['line']['chrf']} | {result['line']['seconds']} |",
          f"| documents through TranslationStep | {result['document']['bleu']} | {result['document']['chrf']} | {result['document']['seconds']} |",
          "", f"Published anchor BLEU: {result['published_bleu'] if result['published_bleu'] is not None else 'n/a'}."]
    readme = [readme_row(
        f"translation quality ({Path(name).name}, {args.testset})",
        f"BLEU {result['document']['bleu']} through TranslationStep, {result['line']['bleu']} line by line",
        f"≤ 0.5 BLEU below the published {result['published_bleu']}" if result["published_bleu"] else "—",
    )]  # fmt: skip
    write_results(stem, result, "\n".join(md), packages=("sacrebleu", "ctranslate2"), out=args.out, readme=readme)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
