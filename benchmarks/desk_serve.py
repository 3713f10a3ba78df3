"""``nlptools serve``: time until the page answers, and memory after two users' sessions.

Starts the server as a subprocess on a free port, polls ``GET /`` until it
answers (ready time), runs two sessions (paste the example report, follow the
progress events, fetch the review grid, export a DOCX), and reads the server's
resident memory (RSS) with psutil.  The baseline ("nothing") is a bare Python
interpreter started the same way and asked for its RSS, so the ratio says what
the desk costs over Python itself on this machine.

    python benchmarks/desk_serve.py
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, machine, markdown_table, parser, write_results  # noqa: E402

EXAMPLE = ROOT / "examples" / "klustermote-rapport.md"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    import psutil

    return psutil.Process(pid).memory_info().rss / 1e6


def post(url: str, data: bytes, ctype: str) -> bytes:
    req = urllib.request.Request(url, data=data, headers={"Content-Type": ctype}, method="POST")
    with urllib.request.urlopen(req, timeout=300) as r:
        return r.read()


def session(base: str) -> float:
    """One user's session; returns its seconds."""
    from urllib.parse import urlencode

    t0 = time.perf_counter()
    html = post(base + "/jobs", urlencode({"text": EXAMPLE.read_text(encoding="utf-8")}).encode(), "application/x-www-form-urlencoded").decode()
    job = re.search(r'data-job="([^"]+)"', html).group(1)
    with urllib.request.urlopen(f"{base}/jobs/{job}/events", timeout=300) as r:
        while b"event: done" not in r.readline():
            pass
    with urllib.request.urlopen(f"{base}/jobs/{job}/grid", timeout=60) as r:
        grid = r.read().decode()
    draft = re.search(r'<script type="application/json" id="draft-data">(.*?)</script>', grid, re.S).group(1)
    body = urlencode({"draft": draft, "edits": json.dumps({}), "format": "docx"}).encode()
    assert post(base + "/export", body, "application/x-www-form-urlencoded")[:2] == b"PK"
    return time.perf_counter() - t0


def start(cmd: list[str], port: int | None) -> tuple[subprocess.Popen[bytes], float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if port is None:
        time.sleep(1.0)
        return proc, 0.0
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1):
                return proc, time.perf_counter() - t0
        except OSError:
            if proc.poll() is not None or time.perf_counter() - t0 > 120:
                raise SystemExit("the server did not start") from None
            time.sleep(0.02)


def main() -> int:
    args = parser(__doc__, data=False).parse_args()
    base_proc, _ = start([sys.executable, "-c", "import time; time.sleep(30)"], None)
    base_rss = rss_mb(base_proc.pid)
    base_proc.kill()
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    base_start = time.perf_counter() - t0

    port = free_port()
    hello = f"import uvicorn; from fastapi import FastAPI; app = FastAPI(); app.get('/')(lambda: 'ok'); uvicorn.run(app, port={port}, log_level='warning')"
    fa_proc, fa_ready = start([sys.executable, "-c", hello], port)
    fa_rss = rss_mb(fa_proc.pid)
    fa_proc.terminate()
    fa_proc.wait(10)

    port = free_port()
    proc, ready = start([sys.executable, "-m", "nlptools", "serve", "--port", str(port)], port)
    try:
        idle = rss_mb(proc.pid)
        s1 = session(f"http://127.0.0.1:{port}")
        s2 = session(f"http://127.0.0.1:{port}")
        after = rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)
    result = {
        "ready_s": round(ready, 3),
        "python_start_s": round(base_start, 3),
        "rss_idle_mb": round(idle, 1),
        "rss_after_two_sessions_mb": round(after, 1),
        "python_rss_mb": round(base_rss, 1),
        "fastapi_hello_ready_s": round(fa_ready, 3),
        "fastapi_hello_rss_mb": round(fa_rss, 1),
        "load_average": __import__("os").getloadavg()[0],
        "session_s": [round(s1, 2), round(s2, 2)],
        "environment": machine(("fastapi", "uvicorn", "starlette", "jinja2")),
    }
    md = "\n".join(
        [
            "# nlptools serve: ready time and memory",
            "",
            "Command: `python benchmarks/desk_serve.py` (no translation model here: language, quotes, summary, checks).",
            "",
            markdown_table(
                ["measure", "nlptools serve", "FastAPI hello-world", "bare Python (nothing)", "ratio to hello-world"],
                [
                    ["start → page answers (s)", result["ready_s"], result["fastapi_hello_ready_s"], result["python_start_s"], f"{ready / fa_ready:.1f}×"],
                    ["RSS idle (MB)", result["rss_idle_mb"], result["fastapi_hello_rss_mb"], result["python_rss_mb"], f"{idle / fa_rss:.1f}×"],
                    ["RSS after two sessions (MB)", result["rss_after_two_sessions_mb"], "", result["python_rss_mb"], f"{after / fa_rss:.1f}×"],
                    ["session: paste → grid → DOCX (s)", f"{s1:.2f} (first), {s2:.2f} (second)", "", "", ""],
                ],
            ),
            "",
            "The first session loads the language-id and sentence models; the second reuses them, and they are most"
            " of the memory after two sessions (the web layer itself is the idle figure)."
            f" Load average during the run: {result['load_average']:.1f} on {__import__('os').cpu_count()} CPUs.",
        ]
    )
    write_results("desk_serve", result, md, out=args.out)
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
