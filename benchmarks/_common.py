"""Shared helpers for benchmark scripts: data paths, machine facts, result files."""

from __future__ import annotations

import json
import os
import platform
import sys
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
DEFAULT_DATA = ROOT.parent / "shared" / "data"


def data_dir(arg: str | None, sub: str) -> Path:
    """The data folder ``sub`` under ``--data`` (default ../shared/data); exit 0 with a message when absent."""
    base = Path(arg) if arg else Path(os.environ.get("NLPTOOLS_DATA", DEFAULT_DATA))
    path = base / sub
    if not path.exists():
        print(f"skipped: {path} not found (pass --data DIR or set NLPTOOLS_DATA).", file=sys.stderr)
        raise SystemExit(0)
    return path


def machine(packages: tuple[str, ...] = ()) -> dict[str, Any]:
    """Machine, versions and date for a results file."""
    versions = {}
    for name in ("nlptools", "torch", "transformers", *packages):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "versions": versions,
    }


def write_results(name: str, payload: dict[str, Any], markdown: str) -> tuple[Path, Path]:
    """Write ``results/<name>.json`` and ``results/<name>.md`` (with a machine/versions header)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    info = payload.setdefault("environment", machine())
    js = RESULTS / f"{name}.json"
    md = RESULTS / f"{name}.md"
    js.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    versions = ", ".join(f"{k} {v}" for k, v in info["versions"].items() if v)
    header = f"_{info['date']} · {info['machine']} · Python {info['python']} · {versions}_\n\n"
    md.write_text(markdown.rstrip() + "\n\n" + header, encoding="utf-8")
    return js, md


def markdown_table(headers: list[str], rows: list[list[Any]]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)
