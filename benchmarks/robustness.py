"""Robustness: every command on hostile input and on random texts — crashes, hangs, worst time, worst RSS.

Generates the hostile inputs of ``tests/hostile_fixtures.py`` at full size
(10,000-level nested HTML, 1 GB .docx zip bombs, an entity bomb, a 100 MB
line as .txt and as JSONL, NUL bytes, invalid UTF-8, a CSV with a 50 MB
field, JSONL with broken lines) plus ``--random`` texts drawn with Hypothesis
(any Unicode, control characters, dashes and quote marks, long runs).  Each
command runs in a child process with a time limit and a memory limit on its
whole process tree (RSS polled from /proc), and each run is classified:

* ``ok`` — exit 0, or a non-zero exit with a coded error (``[E###]``) and no
  traceback; for ``batch``, every input has one record and every failure
  record has an error code;
* ``uncoded`` — a clean exit with an error message that has no code;
* ``crash`` — a traceback, a signal, a failure record without a code, a
  failed step, or a lost record;
* ``hang`` — over the time limit; ``memory`` — over the memory limit.

Crashes, hangs and memory failures should be zero; worst time and worst RSS
are reported against the stated bounds (``--max-seconds``, ``--max-rss-mb``).

    python benchmarks/robustness.py                 # full run (~10 min on 2 CPUs)
    python benchmarks/robustness.py --random 200 --quick   # smaller inputs, fewer texts
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from _common import ROOT, machine, markdown_table, tree_rss_mb, write_results  # noqa: E402

import hostile_fixtures as hostile  # noqa: E402

SINGLE = ("analyze", "translate", "summarize", "quotes", "detect")
CODED = re.compile(r"\[E\d{3}\]")
RANDOM_BATCH_SECONDS = 900


def run(cmd: list[str], *, max_seconds: float, max_rss_mb: float, cwd: Path) -> dict[str, Any]:
    """Run ``cmd`` in its own process group; kill the group on a time or memory overrun."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")])}
    t0 = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd, env=env, start_new_session=True)
        peak, verdict = 0.0, None
        while proc.poll() is None:
            peak = max(peak, tree_rss_mb(proc.pid))
            if peak > max_rss_mb:
                verdict = "memory"
            elif time.monotonic() - t0 > max_seconds:
                verdict = "hang"
            if verdict:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                break
            time.sleep(0.05)
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # stray workers of a finished run, if any
        except ProcessLookupError:
            pass
        seconds = time.monotonic() - t0
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        out.seek(0)
        stdout = out.read(1 << 20).decode("utf-8", "replace")
    code = proc.returncode
    if verdict is None:
        coded = bool(CODED.search(stderr) or CODED.search(stdout))
        if "Traceback" in stderr or code < 0:
            verdict = "crash"
        elif code not in (0, 1) and not coded:
            verdict = "uncoded"
        else:
            verdict = "ok"
    return {"exit": code, "verdict": verdict, "seconds": round(seconds, 2), "rss_mb": round(peak, 1), "stderr": stderr[-600:]}


def check_batch(result: dict[str, Any], expected: int | None, output: Path) -> None:
    """A batch run is a crash if it lost a record or wrote a failure without an error code."""
    if result["verdict"] != "ok" or not output.exists():
        if result["verdict"] == "ok" and result["exit"] == 0:
            result["verdict"] = "crash"
        return
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").split("\n") if line]  # not splitlines: U+2028 is raw in JSON
    uncoded = [r["id"] for r in records if r.get("status") == "failure" and not (r.get("error") or {}).get("code")]
    broken_steps = [r["id"] for r in records for s in r.get("steps", []) if s.get("status") == "failed"]
    timeouts = [r["id"] for r in records if (r.get("error") or {}).get("code") == "E503"]
    result["records"] = len(records)
    if uncoded or broken_steps or (expected is not None and len(records) != expected):
        result["verdict"] = "crash"
        result["detail"] = {"uncoded": uncoded[:5], "failed_steps": broken_steps[:5], "records": len(records), "expected": expected}
    elif timeouts:
        result["verdict"] = "hang"
        result["detail"] = {"timeouts": timeouts[:5]}


def random_texts(n: int) -> list[str]:
    """``n`` texts drawn with Hypothesis (derandomized): article-like pieces, any Unicode, long runs."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    words = st.sampled_from(["Det", "säger", "hon", "–", "”", "»", "said", "the", ",", ".", "\n", "\n\n", "Anna Berg", "AB", "vd", ":", "#", "*", "«", "'", '"', "…", "(", ")"])
    article = st.lists(words, min_size=1, max_size=400).map(" ".join)
    anything = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=2000)
    runs = st.tuples(st.sampled_from(["–", "”", "a", ".", "\n", " ", "ä", "\u200b", "\u00a0"]), st.integers(1, 20000)).map(lambda t: t[0] * t[1])
    mixed = st.lists(st.one_of(article, anything, runs), min_size=1, max_size=4).map("\n\n".join)
    texts: list[str] = []

    @settings(max_examples=n, database=None, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(article, anything, runs, mixed))
    def collect(text: str) -> None:
        texts.append(text)

    collect()
    return texts[:n]


def tiny_model(work: Path) -> Path | None:
    """A tiny copy MarianMT model built here (no download), so ``translate`` runs a real model."""
    try:
        from tiny_marian import build_tiny_marian
    except ImportError:
        return None
    return build_tiny_marian(work / "models")["copy"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--random", type=int, default=2000, help="random texts (default 2000)")
    ap.add_argument("--quick", action="store_true", help="smaller hostile inputs (10 MB instead of 100 MB / 1 GB)")
    ap.add_argument("--max-seconds", type=float, default=120.0, help="time limit per run (a hang beyond it)")
    ap.add_argument("--max-rss-mb", type=float, default=3000.0, help="memory limit per run's process tree")
    ap.add_argument("--name", default="robustness")
    args = ap.parse_args()
    py = sys.executable
    limits = {"max_seconds": args.max_seconds, "max_rss_mb": args.max_rss_mb}
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        model = tiny_model(work)
        model_note = "tiny copy MarianMT built by tests/tiny_marian.py" if model is not None else "none (translate has no model)"

        def model_args(cmd: str) -> list[str]:
            return ["--model", str(model)] if model is not None and cmd == "translate" else []

        inputs = work / "inputs"
        inputs.mkdir()
        size = 10 if args.quick else None
        makers = dict(hostile.ALL)
        if size:
            makers.update({
                "docx-bomb-1GB-text": lambda d: hostile.docx_bomb(d, megabytes=100),
                "docx-bomb-1GB-space": lambda d: hostile.docx_bomb(d, megabytes=100, text=False),
                "line-100MB.txt": lambda d: hostile.long_line(d, megabytes=size),
                "line-100MB.jsonl": lambda d: hostile.long_jsonl_line(d, megabytes=size),
                "csv-50MB-field": lambda d: hostile.csv_big_field(d, megabytes=size),
            })  # fmt: skip
        for name, make in makers.items():
            case = inputs / name
            case.mkdir()
            path = make(case)
            targets = [(cmd, [str(path), *model_args(cmd)]) for cmd in SINGLE]
            batch_src = str(path) if path.suffix in (".jsonl", ".csv") else str(case)
            targets.append(("batch", [batch_src]))
            for cmd, argv in targets:
                out = work / f"{name}-{cmd}.jsonl"
                full = [py, "-m", "nlptools", cmd, *argv, *(["--output", str(out), "--no-progress"] if cmd == "batch" else [])]
                result = run(full, cwd=work, **limits)
                if cmd == "batch":
                    check_batch(result, None, out)
                rows.append({"input": name, "command": cmd, **result})
                print(f"{name:22s} {cmd:9s} {result['verdict']:6s} exit {result['exit']} {result['seconds']:6.1f} s {result['rss_mb']:7.1f} MB", flush=True)
            for p in case.iterdir():  # free the disk before the next case
                p.unlink()
        if args.random:
            texts = random_texts(args.random)
            src = work / "random.jsonl"
            with src.open("w", encoding="utf-8") as fh:
                for i, text in enumerate(texts):
                    fh.write(json.dumps({"id": f"r{i}", "text": text}) + "\n")
            out = work / "random-out.jsonl"
            result = run([py, "-m", "nlptools", "batch", str(src), "--output", str(out), "--no-progress", "--article-timeout", "30"],
                         cwd=work, max_seconds=RANDOM_BATCH_SECONDS, max_rss_mb=args.max_rss_mb)  # fmt: skip
            check_batch(result, len(texts), out)
            rows.append({"input": f"random-{len(texts)}", "command": "batch", **result})
            print(f"random texts batch: {result['verdict']} {result['seconds']} s {result['rss_mb']} MB", flush=True)
            sample = work / "sample"
            sample.mkdir()
            for i, text in enumerate(texts[:100]):
                (sample / f"r{i:03d}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
            files = sorted(str(p) for p in sample.iterdir())
            for cmd in SINGLE:
                result = run([py, "-m", "nlptools", cmd, *files, *model_args(cmd)], cwd=work, **limits)
                rows.append({"input": f"random-{len(files)}-files", "command": cmd, **result})
                print(f"random texts {cmd}: {result['verdict']} {result['seconds']} s {result['rss_mb']} MB", flush=True)
    counts = {v: sum(r["verdict"] == v for r in rows) for v in ("ok", "uncoded", "crash", "hang", "memory")}
    hostile_rows = [r for r in rows if not r["input"].startswith("random")]
    worst_time = max(hostile_rows, key=lambda r: r["seconds"])
    worst_rss = max(hostile_rows, key=lambda r: r["rss_mb"])
    random_rows = [r for r in rows if r["input"].startswith("random")]
    payload = {
        "environment": machine(("trafilatura", "lxml", "defusedxml", "hypothesis")),
        "command": "python benchmarks/robustness.py " + " ".join(sys.argv[1:]),
        "limits": {**limits, "random_batch_seconds": RANDOM_BATCH_SECONDS, "random_article_timeout": 30},
        "translate_model": model_note,
        "counts": counts,
        "hostile_worst_seconds": {"seconds": worst_time["seconds"], "input": worst_time["input"], "command": worst_time["command"]},
        "hostile_worst_rss_mb": {"rss_mb": worst_rss["rss_mb"], "input": worst_rss["input"], "command": worst_rss["command"]},
        "runs": rows,
    }
    table = markdown_table(
        ["input", "command", "verdict", "exit", "seconds", "peak RSS MB (tree)"],
        [[r["input"], r["command"], r["verdict"], r["exit"], r["seconds"], r["rss_mb"]] for r in rows],
    )
    bad = [r for r in rows if r["verdict"] != "ok"]
    notes = "\n".join(f"- {r['input']} / {r['command']}: {r['verdict']} — {r.get('detail') or r['stderr'][-300:]!r}" for r in bad) or "- none"
    randoms = "\n".join(f"- {r['input']} / {r['command']}: {r['verdict']}, {r['seconds']} s, {r['rss_mb']} MB" for r in random_rows) or "- not run"
    md = (
        f"# Robustness: hostile input and random texts\n\n`{payload['command']}`\n\n"
        f"Runs: {len(rows)} — ok {counts['ok']}, uncoded errors {counts['uncoded']}, crashes {counts['crash']}, hangs {counts['hang']}, over memory {counts['memory']}.  \n"
        f"Hostile inputs (each command, one run each): worst time {worst_time['seconds']} s ({worst_time['input']} / {worst_time['command']}; "
        f"bound {args.max_seconds:g} s), worst peak RSS {worst_rss['rss_mb']} MB ({worst_rss['input']} / {worst_rss['command']}; "
        f"bound {args.max_rss_mb:g} MB, whole process tree).\n\n"
        f"Random texts (Hypothesis, derandomized; the batch run has {RANDOM_BATCH_SECONDS} s for all of them and 30 s per article; "
        f"the single-file commands get the first 100 as files; translate uses {model_note}):\n\n{randoms}\n\n"
        f"Not ok:\n\n{notes}\n\n{table}\n"
    )
    write_results(args.name, payload, md)
    print(md.split("\n\n")[2])
    raise SystemExit(1 if counts["crash"] or counts["hang"] or counts["memory"] or counts["uncoded"] else 0)


if __name__ == "__main__":
    main()
