"""Extractive summary memory and time by input size: peak RSS of ``summarize(text)`` from 10 KB to 1 MB.

Each size runs in its own child process, which reports its own peak resident
memory (``VmHWM``), its RSS after a warm-up (every language model of the default
set preloaded, as a long text's paragraphs load them lazily, and a call on three
other articles; so the difference is what the long text itself costs), wall and CPU seconds of the
``nlptools.summarize(text, sentences=3)`` call (intake, segmentation, language
detection, ranking, faithfulness check) and the number of sentences.  The
text is generated Swedish news (:mod:`batch_corpus`, written for nlptools):
articles joined until the size is reached.

    python benchmarks/summ_memory.py [--sizes 10,30,100,300,1000] [--before DIR]

``--before DIR`` also measures the nlptools package in ``DIR`` (e.g. an older
commit: ``git archive <commit> nlptools models | tar -x -C DIR``) on the sizes up
to ``--before-max-kb``, for a before/after comparison.  Writes
``benchmarks/results/summary_memory.{json,md}``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from _common import ROOT, markdown_table, parser, peak_rss_mb, readme_row, rss_mb, run_child, write_results

#: The goal, as the issue states it (it saw 2.2 GB peak RSS at 950 KB, 9.9 GB at 990 KB).
GOAL = "memory linear in the input (was 2.2–9.9 GB at ~1 MB)"


def text_of_size(kilobytes: int) -> str:
    """Generated articles joined by blank lines up to ``kilobytes`` KB of UTF-8 (deterministic)."""
    from batch_corpus import corpus

    target, parts, size, seed = kilobytes * 1000, [], 0, 0
    while size < target:
        for rec in corpus(200, seed=seed):
            parts.append(rec["text"])
            size += len(rec["text"].encode("utf-8")) + 2
            if size >= target:
                break
        seed += 1
    return "\n\n".join(parts).encode("utf-8")[:target].decode("utf-8", "ignore")


def measure(spec: dict) -> dict:
    """Child side: summarise one generated text and report memory and time."""
    if spec.get("nlptools"):
        sys.path.insert(0, spec["nlptools"])
    from nlptools import summarize

    from batch_corpus import corpus

    text = text_of_size(spec["kb"])
    # warm-up: every language model of the default set (a text's paragraphs load them lazily, up to
    # all of them: bounded, but not the summary's cost) and a call on three other articles, so that
    # 'peak − warm-up' is what the long text itself costs
    try:
        from nlptools.langid import get_detector

        get_detector().prepare(preload=True)
    except ImportError:  # an older checkout without it
        pass
    summarize("\n\n".join(r["text"] for r in corpus(3, seed=99)), sentences=3)
    before = rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    summary = summarize(text, sentences=3)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    import nlptools

    return {
        "kb": spec["kb"],
        "bytes": len(text.encode("utf-8")),
        "sentences_in_summary": len(summary.sentences),
        "summary_start": [s.text[:40] for s in summary.sentences],
        "rss_before_mb": before,
        "peak_rss_mb": peak_rss_mb(),
        "peak_over_before_mb": round(peak_rss_mb() - before, 1),
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "nlptools_from": str(Path(nlptools.__file__).parent.parent),
    }


def readme_rows(payload: dict) -> list[dict[str, str]]:
    """The README row: what the largest and the smallest input cost over the warm-up, and before."""
    rows = payload["rows"]
    if not rows:
        return []
    big, small = max(rows, key=lambda r: r["kb"]), min(rows, key=lambda r: r["kb"])
    before = (payload.get("before") or {}).get("rows") or []
    was = max(before, key=lambda r: r["kb"]) if before else None
    return [readme_row(
        "summary memory",
        f"extractive `summarize` on {big['kb']} KB: +{big['peak_over_before_mb']} MB peak RSS over the warm-up "
        f"(+{small['peak_over_before_mb']} MB at {small['kb']} KB), {big['wall_s']} s"
        + (f"; before: +{was['peak_over_before_mb']} MB already at {was['kb']} KB" if was else ""),
        GOAL,
    )]  # fmt: skip


def _run(kb: int, package_root: str) -> dict:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])))
    row = run_child(__file__, {"kb": kb, "nlptools": package_root}, timeout=1800, env=env)
    if Path(row["nlptools_from"]).resolve() != Path(package_root).resolve():
        raise RuntimeError(f"measured {row['nlptools_from']}, not {package_root}")
    print(f"{kb:>5} KB ({package_root}): peak {row['peak_rss_mb']} MB (+{row['peak_over_before_mb']}), {row['wall_s']} s",
          file=sys.stderr)  # fmt: skip
    return row


def _describe(folder: str) -> str:
    note = Path(folder) / "COMMIT"
    return note.read_text(encoding="utf-8").strip() if note.is_file() else "no COMMIT file"


def main() -> int:
    ap = parser(__doc__, data=False)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--sizes", default="10,30,100,300,1000", help="input sizes in KB, comma-separated")
    ap.add_argument("--before", default=None, help="also measure the nlptools package under this folder")
    ap.add_argument("--before-max-kb", type=int, default=300, help="largest size measured with --before")
    args = ap.parse_args()
    if args.child:
        import json

        print(json.dumps(measure(json.loads(args.child))))
        return 0
    sizes = [int(x) for x in args.sizes.split(",")]
    rows = [_run(kb, str(ROOT)) for kb in sizes]
    before = [_run(kb, str(Path(args.before).resolve())) for kb in sizes if kb <= args.before_max_kb] if args.before else []
    old = {r["kb"]: r for r in before}
    headers = ["input", "bytes", "peak RSS MB", "RSS after warm-up MB", "peak − warm-up MB", "wall s", "CPU s"]
    if before:
        headers += ["before: peak − warm-up MB", "before: wall s"]
    table = []
    for r in rows:
        cells = [f"{r['kb']} KB", f"{r['bytes']:,}", r["peak_rss_mb"], r["rss_before_mb"], r["peak_over_before_mb"],
                 r["wall_s"], r["cpu_s"]]  # fmt: skip
        if before:
            b = old.get(r["kb"])
            cells += [b["peak_over_before_mb"], b["wall_s"]] if b else ["not run", ""]
        table.append(cells)
    md = (
        "# Extractive summary: memory and time by input size\n\n"
        "`nlptools.summarize(text, sentences=3)` on generated Swedish news, one child process per size; peak RSS is "
        "the child's own VmHWM, 'warm-up' its RSS after preloading the language models and a call on three other articles.\n\n" + markdown_table(headers, table)
    )
    if before:
        md += f"\n\n'before': the nlptools package in `{args.before}` ({_describe(args.before)}), same texts and process setup."
    payload = {"method": "extractive", "rows": rows, "before": {"from": args.before, "rows": before} if before else None}
    write_results("summary_memory", payload, md, out=args.out, readme=readme_rows(payload))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
