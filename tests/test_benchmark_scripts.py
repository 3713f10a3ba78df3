"""Every benchmark script runs when called (``make bench`` calls them by path).

A merge once left a script with its ``main()`` but without the
``if __name__ == "__main__"`` call: it exited 0 having measured nothing.
"""

from __future__ import annotations

import ast
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
LIBRARIES = {"batch_corpus.py"}  # imported by other scripts, not run


def test_every_benchmark_script_calls_its_main() -> None:
    scripts = [p for p in sorted(BENCHMARKS.glob("*.py")) if not p.name.startswith("_") and p.name not in LIBRARIES]
    assert len(scripts) > 5
    missing = []
    for path in scripts:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        guards = [n for n in tree.body if isinstance(n, ast.If) and "__main__" in ast.unparse(n.test)]
        if not guards or "main(" not in ast.unparse(guards[-1]):
            missing.append(path.name)
    assert missing == []
