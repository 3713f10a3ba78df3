"""Score quote extraction on the real annotated articles: dev, dev2 and cross-validated by site.

    python benchmarks/quotes_eval.py [--data ../shared/data] [--folds 5] [--verbose] [--no-write]
    python benchmarks/quotes_eval.py --write-confidence    # refit nlptools/quotes/data/confidence.json

Sets: ``dev`` and ``dev2`` (``DATA/articles/dev*``, real third-party texts read by path,
never copied; skipped with a message when absent) and the project's invented
``tests/data/heldout_quotes*`` (regression only, not evidence of accuracy).

Figures per set, language and cue: quote P/R/F1, speaker, organisation, role accuracy,
junk strings, mean CPU ms per article (``time.process_time`` around ``extract_quotes``)
and confidence calibration (share of right speakers per confidence bin).  Scoring rules:
``benchmarks/_quotes_scoring.py``.

Cross-validation by source site: articles are grouped by the site of their
``source_url`` and the sites split into ``--folds`` folds.  What is *learned* — the
confidence table (``nlptools/quotes/confidence.py``), a keep-threshold on it and the
salience the article's main organisation needs (``affiliation.MAIN_ORG_MIN_SCORE``) — is
fitted on the training folds only and scored on the held-out fold.  The hand-written rules
themselves were developed while looking at dev and dev2, so the rule figures on any fold
are tuned figures; the honest unseen figure for the rules is the dev2 score measured
before the rules were changed on dev2 (recorded in ``results/quotes.md``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import write_results  # noqa: E402
from _quotes_scoring import Doc, load_docs, match, score, site_folds, speaker_ok  # noqa: E402

from nlptools.intake import read_file  # noqa: E402
from nlptools.quotes import affiliation, extract_quotes  # noqa: E402
from nlptools.quotes.confidence import confidence, feature_keys, fit_table  # noqa: E402

CONFIDENCE_FILE = ROOT / "nlptools" / "quotes" / "data" / "confidence.json"
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5)
MAIN_ORG_SCORES = (4.0, 5.0, 6.0, 7.0, 8.0)  # affiliation.MAIN_ORG_MIN_SCORE candidates, refitted per fold


def run(docs: list[Doc], main_org_score: float | None = None) -> None:
    """Fill each doc's predictions and CPU time (with ``main_org_score`` as the main-organisation salience)."""
    default = affiliation.MAIN_ORG_MIN_SCORE
    affiliation.MAIN_ORG_MIN_SCORE = default if main_org_score is None else main_org_score
    try:
        for d in docs:
            article = read_file(d.path)
            t0 = time.process_time()
            quotes = extract_quotes(article)
            d.cpu_ms = (time.process_time() - t0) * 1000
            d.pred = [q.to_dict() for q in quotes]
    finally:
        affiliation.MAIN_ORG_MIN_SCORE = default


def training_rows(docs: list[Doc]) -> list[tuple[tuple[str, str, str], bool]]:
    """(features, right quote with right speaker) for every prediction."""
    rows = []
    for d in docs:
        pm = dict(match(d.pred, d.gold))
        for i, p in enumerate(d.pred):
            ok = i in pm and speaker_ok(p, d.gold[pm[i]])
            rows.append((feature_keys(p["cue"], p["speaker"], p.get("speakers") is not None), ok))
    return rows


def rescored(docs: list[Doc], table: dict[str, float]) -> list[Doc]:
    """Copies of ``docs`` whose predictions carry confidences from ``table``."""
    out = []
    for d in docs:
        pred = [dict(p, confidence=confidence(p["cue"], p["speaker"], p.get("speakers") is not None, table)) for p in d.pred]
        out.append(Doc(d.id, d.path, d.site, d.language, d.gold, pred, d.cpu_ms))
    return out


def _right(s: dict[str, Any]) -> float:
    """F1 of quotes that also have the right speaker (what the threshold is fitted for)."""
    p, r, spk = s["precision"] or 0.0, s["recall"] or 0.0, s["speaker"] or 0.0
    p, r = p * spk, r * spk
    return 2 * p * r / (p + r) if p + r else 0.0


def cross_validate(docs: list[Doc], k: int) -> dict[str, Any]:
    """Held-out-fold predictions with confidence table and threshold fitted on the other folds."""
    variants: dict[float, dict[str, Doc]] = {}
    for score_min in MAIN_ORG_SCORES:  # predictions under each main-organisation salience
        copies = [Doc(d.id, d.path, d.site, d.language, d.gold) for d in docs]
        run(copies, score_min)
        variants[score_min] = {c.id: c for c in copies}
    folds = site_folds(docs, k)
    held: list[Doc] = []
    thresholds = []
    org_scores = []
    for n, test_docs in enumerate(folds):
        train_ids = [d.id for m, f in enumerate(folds) if m != n for d in f]
        org_min = max(MAIN_ORG_SCORES, key=lambda v: ((score([variants[v][i] for i in train_ids])["organisation"] or 0.0), -abs(v - affiliation.MAIN_ORG_MIN_SCORE)))
        org_scores.append(org_min)
        train = [variants[org_min][i] for i in train_ids]
        test = [variants[org_min][d.id] for d in test_docs]
        table = fit_table(training_rows(train))
        train_r = rescored(train, table)
        keep = max(THRESHOLDS, key=lambda t: (_right(score(train_r, keep=t)), -t))
        thresholds.append(keep)
        held += [Doc(d.id, d.path, d.site, d.language, d.gold, [p for p in d.pred if p["confidence"] >= keep], d.cpu_ms) for d in rescored(test, table)]
    result = score(held)
    result["folds"] = k
    result["sites"] = len({d.site for d in docs})
    result["fold_thresholds"] = thresholds
    result["fold_main_org_scores"] = org_scores
    return result


def _f(v: Any) -> str:
    return "—" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))


def section(name: str, title: str, r: dict[str, Any]) -> list[str]:
    lines = [
        f"## {name}: {title}", "",
        f"{r['texts']} texts ({r['texts_without_quotes']} without quotes), {r['gold']} gold quotes, {r['predicted']} predicted; "
        f"CPU {r['cpu_ms_mean']} ms/article mean, {r['cpu_ms_max']} ms max; junk strings {r['junk_strings']}; "
        f"false positives on texts without quotes {r['false_positives_on_texts_without_quotes']}.", "",
        "| slice | gold | pred | P | R | F1 | strict R | speaker | organisation | role | org where gold null |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    rows = [("all", r)] + [(f"lang {k}", v) for k, v in r["per_language"].items()] + [(f"cue {k}", v) for k, v in r["per_cue"].items()]
    for label, v in rows:
        lines.append(
            f"| {label} | {v['gold']} | {v['predicted'] if label == 'all' or label.startswith('lang') else '—'} | "
            f"{_f(v['precision']) if not label.startswith('cue') else '—'} | {_f(v['recall'])} | "
            f"{_f(v['f1']) if not label.startswith('cue') else '—'} | {_f(v['strict_recall'])} | {_f(v['speaker'])} | "
            f"{_f(v['organisation'])} | {_f(v['role'])} | {v['org_given_where_gold_null']} |"
        )
    lines += ["", "Calibration (predicted quotes per confidence bin; share that match a gold quote / also have its speaker):", "",
              "| confidence | predicted | quote precision | right speaker |", "|---|---|---|---|"]
    lines += [f"| {b['bin']} | {b['predicted']} | {_f(b['quote_precision'])} | {_f(b['speaker_correct'])} |" for b in r["calibration"]]
    return lines + [""]


TITLES = {
    "dev": "25 real texts (the rules were developed on them: tuned)",
    "dev2": "72 real texts (tuned: the rules were changed while looking at them after the baseline)",
    "cv": "dev + dev2, cross-validated by source site (confidence table and threshold fitted on training folds only; rules tuned on all)",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="shared data root (DATA/articles/dev, dev2)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--name", default="quotes", help="results file name (benchmarks/results/NAME.json/.md)")
    ap.add_argument("--verbose", action="store_true", help="print every miss and junk string")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--write-confidence", action="store_true", help="fit the confidence table on dev+dev2 and write it")
    args = ap.parse_args(argv)
    sets: dict[str, list[Doc]] = {}
    for name in ("dev", "dev2"):
        folder = args.data / "articles" / name
        if folder.is_dir():
            sets[name] = load_docs(folder)
        else:
            print(f"skipped {name}: {folder} not found (pass --data DIR)", file=sys.stderr)
    for folder in sorted((ROOT / "tests" / "data").glob("heldout_quotes*")):
        sets["invented_" + (folder.name[len("heldout_quotes"):].lstrip("_") or "a")] = load_docs(folder)
    for docs in sets.values():
        run(docs)
    real = sets.get("dev", []) + sets.get("dev2", [])
    if args.write_confidence:
        if not real:
            print("no real data: confidence table not written", file=sys.stderr)
            return 1
        table = fit_table(training_rows(real))
        CONFIDENCE_FILE.write_text(json.dumps({"fitted_on": "dev+dev2 real articles", "quotes": sum(len(d.pred) for d in real),
                                                "command": "python benchmarks/quotes_eval.py --write-confidence", "table": table}, indent=1) + "\n")
        print(f"wrote {CONFIDENCE_FILE}")
        return 0
    results = {name: score(docs) for name, docs in sets.items()}
    if real:
        results["cv"] = cross_validate(real, args.folds)
    if args.verbose:
        for name, r in results.items():
            print(f"== {name}\n" + "\n".join(r["misses"] + r["junk"]))
    brief = {n: {k: r[k] for k in ("texts", "gold", "f1", "speaker", "organisation", "role", "junk_strings", "cpu_ms_mean")} for n, r in results.items()}
    print(json.dumps(brief, indent=1))
    if args.no_write:
        return 0
    md = ["# Quote extraction on real articles", "", "Command: `python benchmarks/quotes_eval.py`", "",
          "| set | texts | gold | F1 | F1 sv | F1 en | speaker | organisation | role | junk | CPU ms/article |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for n, r in results.items():
        lang = r["per_language"]
        md.append(f"| {n} | {r['texts']} | {r['gold']} | {_f(r['f1'])} | {_f(lang.get('sv', {}).get('f1'))} | {_f(lang.get('en', {}).get('f1'))} | "
                  f"{_f(r['speaker'])} | {_f(r['organisation'])} | {_f(r['role'])} | {r['junk_strings']} | {r['cpu_ms_mean']} |")
    md += ["", "Goals on unseen real text: F1 ≥ 0.95 (≥ 0.90 English), speaker ≥ 0.93, organisation ≥ 0.85, no junk, < 20 ms CPU.",
           "Organisation and role: over matched quotes whose gold value is set. `invented_*`: the project's own invented texts (regression only).", ""]
    for n, r in results.items():
        md += section(n, TITLES.get(n, "invented texts (regression only, not evidence)"), r)
    write_results(args.name, {"sets": results}, "\n".join(md))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
