"""What every benchmark script shares: arguments, data paths, machine facts, child RSS, result files.

Every script in ``benchmarks/`` goes through this module, so that each results
file carries the same header (date, machine, Python, package versions,
command), each script takes ``--data`` and ``--out`` the same way, absent data
is a clear skip (exit 0), and peak memory is measured the same way:

* A measured configuration runs in a **child process** and reports its own
  high-water mark, ``VmHWM`` from ``/proc/self/status`` (:func:`peak_rss_mb`).
  ``resource.getrusage(...).ru_maxrss`` is *not* used: it survives ``exec``, so
  a child started from a large parent reports the parent's peak.
* :func:`run_child` starts ``python <script> --child <json>`` and reads the
  last stdout line of the child as its JSON result.

Results go to ``results/<name>.json`` and ``results/<name>.md``.  A script may
add ``readme`` rows (``capability`` / ``measured`` / ``goal``); ``make bench``
copies them into README.md through :mod:`readme_results`.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import shlex
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any, NoReturn

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
MODEL_CONFIGS = ROOT.parent / "shared" / "models-configs"
#: Packages whose versions every results file lists (others are added per script).
BASE_PACKAGES = ("nlptools", "numpy", "torch", "transformers")

if str(ROOT) not in sys.path:  # the checkout's nlptools, also when run as `python benchmarks/x.py`
    sys.path.insert(0, str(ROOT))


# --------------------------------------------------------------------------- arguments and data
def parser(doc: str | None, *, data: bool = True) -> argparse.ArgumentParser:
    """An argument parser with the shared ``--data`` and ``--out`` options (description: first paragraph)."""
    commit()  # recorded as the run starts: the code measured, not the code at write time
    ap = argparse.ArgumentParser(description=(doc or "").strip().split("\n\n")[0])
    if data:
        ap.add_argument(
            "--data", type=Path, default=None,
            help=f"shared data root (default: $NLPTOOLS_DATA or {DEFAULT_DATA})",
        )  # fmt: skip
    ap.add_argument("--out", type=Path, default=RESULTS, help=f"results folder (default {RESULTS})")
    return ap


def skip(message: str) -> NoReturn:
    """Say why the benchmark does not run and exit 0 (absent data is not a failure)."""
    print(f"skipped: {message}", file=sys.stderr, flush=True)
    raise SystemExit(0)


def data_root(arg: Path | str | None) -> Path:
    """The data root: ``--data``, else ``$NLPTOOLS_DATA``, else ``../shared/data``."""
    return Path(arg) if arg else Path(os.environ.get("NLPTOOLS_DATA", DEFAULT_DATA))


def data_dir(arg: Path | str | None, sub: str, *, kind: str = "dir") -> Path:
    """``sub`` under the data root; skips (exit 0) with a message naming the path when it is absent."""
    path = data_root(arg) / sub
    ok = path.is_dir() if kind == "dir" else path.is_file()
    if not ok:
        skip(f"{path} not found (pass --data DIR or set NLPTOOLS_DATA).")
    return path.resolve()


def model_config(name: str) -> dict[str, Any]:
    """A published model config from ``../shared/models-configs`` (skips when absent)."""
    path = MODEL_CONFIGS / name
    if not path.is_file():
        skip(f"model config {path} not found.")
    return json.loads(path.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- machine facts
def versions(*packages: str) -> dict[str, str | None]:
    """Installed versions of :data:`BASE_PACKAGES` plus ``packages`` (``None`` when absent)."""
    out: dict[str, str | None] = {}
    for name in dict.fromkeys((*BASE_PACKAGES, *packages)):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def gpu_name() -> str | None:
    """The first CUDA device's name when torch is already imported and sees one (never imports torch)."""
    torch = sys.modules.get("torch")
    try:
        return torch.cuda.get_device_name(0) if torch is not None and torch.cuda.is_available() else None
    except Exception:  # noqa: BLE001 - a broken CUDA setup only loses the header field
        return None


@functools.lru_cache(maxsize=1)
def commit() -> str | None:
    """The checkout's commit (``+dirty`` with uncommitted changes), or ``None`` outside git."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True,
                               text=True, timeout=10)  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    if head.returncode != 0:
        return None
    return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def environment(packages: Iterable[str] = ()) -> dict[str, Any]:
    """Date, machine, load, Python, versions and command line: the header of every results file."""
    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": {
            "cpu": cpu_model(),
            "cpus": os.cpu_count(),
            "gpu": gpu_name(),
            "platform": platform.platform(),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        },
        "python": platform.python_version(),
        "versions": versions(*packages),
        "commit": commit(),
        "command": "python " + " ".join(shlex.quote(a) for a in [os.path.relpath(sys.argv[0], ROOT), *sys.argv[1:]]),
    }


def machine(packages: Iterable[str] = ()) -> dict[str, Any]:
    """:func:`environment` under the name scripts used before (``payload["environment"] = machine(...)``)."""
    return environment(packages)


def header(env: dict[str, Any]) -> str:
    """One Markdown line with the facts of :func:`environment`."""
    m = env["machine"]
    device = f" · GPU {m['gpu']}" if m.get("gpu") else ""
    vers = ", ".join(f"{k} {v}" for k, v in env["versions"].items() if v)
    return (
        f"_{env['date']} · {m['cpu']}, {m['cpus']} CPUs{device} (load {m['load_average'][0]}) · "
        f"Python {env['python']} · {vers}_  \n_Command: `{env['command']}` at commit {env.get('commit')}_"
    )


# --------------------------------------------------------------------------- memory of a child
def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def peak_rss_mb() -> float:
    """This process's own peak resident memory (``VmHWM``), in MB; call it in the measured child.

    ``VmHWM`` belongs to the address space, which ``exec`` replaces, so a child
    reports only itself — unlike ``ru_maxrss``, which carries the parent's peak over.
    """
    return round(_status_kb("VmHWM") / 1024, 1)


def rss_mb() -> float:
    """This process's current resident memory (``VmRSS``), in MB."""
    return round(_status_kb("VmRSS") / 1024, 1)


def tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and all its descendants now, in MB (from /proc).

    For a job that is a process tree (a CLI with worker processes, Ray's daemons):
    sample it with :class:`TreePeak`.  A single measured child reports
    :func:`peak_rss_mb` itself instead, which misses no short peak.
    """
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    todo, total, page = [pid], 0, os.sysconf("SC_PAGE_SIZE")
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm", encoding="ascii") as fh:
                total += int(fh.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            pass
        todo.extend(children.get(p, []))
    return round(total / 2**20, 1)


class TreePeak:
    """Samples :func:`tree_rss_mb` of ``pid`` every ``every`` seconds in a thread; :meth:`stop` gives the peak (MB)."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid, self.every, self.peak = pid, every, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss_mb(self.pid))
            self._stop.wait(self.every)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


def run_child(script: str | Path, spec: dict[str, Any], *, timeout: float = 3600, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``python script --child '<spec json>'`` and return the JSON on its last stdout line."""
    cmd = [sys.executable, str(script), "--child", json.dumps(spec)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"child {spec} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- result files
def markdown_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def readme_row(capability: str, measured: str, goal: str = "—") -> dict[str, str]:
    """One row of the README's "Latest results" table."""
    return {"capability": capability, "measured": measured, "goal": goal}


def write_results(
    name: str,
    payload: dict[str, Any],
    markdown: str,
    *,
    packages: Iterable[str] = (),
    out: Path | None = None,
    readme: Sequence[dict[str, str]] = (),
    readme_tables: dict[str, str] | None = None,
) -> tuple[Path, Path]:
    """Write ``<out>/<name>.json`` and ``<out>/<name>.md``, both with the :func:`environment` header.

    ``markdown`` starts with its ``# title`` line; the header goes right under it.
    A ``payload["environment"]`` made earlier with :func:`environment` (or :func:`machine`)
    is used as it is; otherwise it is made here.
    ``readme`` rows are stored under ``"readme"`` for :mod:`readme_results`, and each
    ``readme_tables`` entry (key → Markdown) replaces README.md's
    ``<!-- table:KEY:start -->`` … ``<!-- table:KEY:end -->`` block.
    """
    folder = out or RESULTS
    folder.mkdir(parents=True, exist_ok=True)
    payload = dict(payload)
    given = payload.pop("environment", None)
    env = given if isinstance(given, dict) and isinstance(given.get("machine"), dict) else environment(packages)
    doc: dict[str, Any] = {"benchmark": name, "environment": env}
    if readme:
        doc["readme"] = list(readme)
    if readme_tables:
        doc["readme_tables"] = dict(readme_tables)
    doc.update(payload)
    js, md = folder / f"{name}.json", folder / f"{name}.md"
    js.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    title, _, body = markdown.strip().partition("\n")
    md.write_text(f"{title}\n\n{header(env)}\n{body.rstrip()}\n", encoding="utf-8")
    print(f"wrote {js} and {md}", file=sys.stderr)
    return js, md
