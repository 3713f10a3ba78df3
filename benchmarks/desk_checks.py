"""Detection and false-alarm rates of the desk's offline checks on injected faults.

Data: the line-aligned sv/en pairs of NTREX-128 and FLORES-101 (dev + devtest)
under ``../shared/data/mt`` (``--data DIR`` overrides the parent folder).  The
English side is a human translation, so a flag on an unchanged pair counts as a
false alarm (some are real divergences of the human translation).

Faults injected into the English of otherwise clean pairs:

* **dropped sentence** — paragraphs of three consecutive sentences of one
  document; the English loses its middle sentence (paragraph checks: sentence
  count and length ratio);
* **changed number** — one number of the English changed (pairs whose English
  has a digit);
* **flipped negation** — a negator removed from the English, or ``not``
  inserted after the first auxiliary when it has none;
* **copied source** — the English replaced by the Swedish source.

Also measures the English/Swedish length-ratio band the omission check uses.

    python benchmarks/desk_checks.py [--data DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import data_dir, machine, markdown_table, write_results  # noqa: E402

from nlptools.desk.checks import check_pair, check_paragraph  # noqa: E402
from nlptools.desk.checks.omission import MIN_CHARS, check_length, length_ratio  # noqa: E402
from nlptools.desk.titles import desk_glossary  # noqa: E402

SETS = {
    "ntrex128": ("ntrex128/ntrex128.sv", "ntrex128/ntrex128.en", "ntrex128/ntrex128.docids"),
    "flores101-dev": ("flores101/flores101-dev.sv", "flores101/flores101-dev.en", None),
    "flores101-devtest": ("flores101/flores101-devtest.sv", "flores101/flores101-devtest.en", None),
}
_NEG = re.compile(r"\b(not|never|no|none|nothing|nobody|cannot)\b\s*|n't\b", re.IGNORECASE)
_AUX = re.compile(r"\b(is|are|was|were|will|can|could|would|should|has|have|had|must|may|might|does|did|do)\b")
_NUM = re.compile(r"\d+")


def load(root: Path, limit: int | None) -> list[tuple[str, str, str, str]]:
    """``(set, doc, sv, en)`` per line."""
    rows = []
    for name, (sv, en, docs) in SETS.items():
        svl = (root / sv).read_text(encoding="utf-8").splitlines()
        enl = (root / en).read_text(encoding="utf-8").splitlines()
        dl = (root / docs).read_text(encoding="utf-8").splitlines() if docs else [f"{name}:{i // 5}" for i in range(len(svl))]
        rows += [(name, d, s, e) for s, e, d in zip(svl, enl, dl, strict=True)][:limit]
    return rows


def flip_negation(en: str) -> str | None:
    if _NEG.search(en):
        return _NEG.sub("", en, count=1)
    m = _AUX.search(en)
    return en[: m.end()] + " not" + en[m.end() :] if m else None


def change_number(en: str, rng: random.Random) -> str | None:
    nums = list(_NUM.finditer(en))
    if not nums:
        return None
    m = rng.choice(nums)
    value = int(m.group())
    new = str(value + rng.choice([1, 2, 3, 7, 10])) if len(m.group()) < 4 else m.group()[:-1] + str((int(m.group()[-1]) + 3) % 10)
    return en[: m.start()] + new + en[m.end() :]


def families(flags: list) -> set[str]:
    return {f.check for f in flags}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", help="folder holding mt/ (default ../shared/data)")
    ap.add_argument("--limit", type=int, default=None, help="at most N lines per set")
    args = ap.parse_args(argv)
    root = data_dir(args.data, "mt")
    rows = load(root, args.limit)
    rng = random.Random(13)
    g = desk_glossary()
    t0 = time.perf_counter()

    # length-ratio band on clean pairs
    ratios = sorted(length_ratio(s, e) for _, _, s, e in rows if max(len(s), len(e)) >= MIN_CHARS)
    pct = {p: round(ratios[min(len(ratios) - 1, int(p / 100 * len(ratios)))], 3) for p in (0.5, 1, 50, 99, 99.5)}

    # sentence-level: clean pairs and injected faults
    clean_any, clean_by = 0, Counter()
    faults = {"changed number": [0, 0, 0], "flipped negation": [0, 0, 0], "copied source": [0, 0, 0]}  # n, any, intended
    intended = {"changed number": "numbers", "flipped negation": "negation", "copied source": "untranslated"}
    for _, _, sv, en in rows:
        fams = families(check_pair(sv, en, g))
        clean_any += bool(fams)
        clean_by.update(fams)
        for fault, bad in (
            ("changed number", change_number(en, rng)),
            ("flipped negation", flip_negation(en)),
            ("copied source", sv),
        ):
            if bad is None or bad == en:
                continue
            ff = families(check_pair(sv, bad, g))
            faults[fault][0] += 1
            faults[fault][1] += bool(ff)
            faults[fault][2] += intended[fault] in ff

    # paragraph-level: three consecutive sentences of one document, middle sentence dropped
    paras = []
    for i in range(0, len(rows) - 2, 3):
        group = rows[i : i + 3]
        if len({(r[0], r[1]) for r in group}) == 1:
            paras.append((" ".join(r[2] for r in group), [r[3] for r in group]))
    par_clean = par_drop = 0
    par_clean_by: Counter[str] = Counter()
    for sv, ens in paras:
        clean = families(check_paragraph(sv, " ".join(ens)) + check_length(sv, " ".join(ens)))
        par_clean += bool(clean)
        par_clean_by.update(clean)
        dropped = " ".join([ens[0], ens[2]])
        par_drop += bool(check_paragraph(sv, dropped) + check_length(sv, dropped))
    seconds = time.perf_counter() - t0

    n = len(rows)
    result = {
        "pairs": n,
        "paragraphs": len(paras),
        "length_ratio_percentiles": pct,
        "clean_pairs_false_alarm": round(clean_any / n, 4),
        "clean_pairs_false_alarm_by_check": {k: round(v / n, 4) for k, v in sorted(clean_by.items())},
        "faults": {
            k: {"n": v[0], "detected_any": round(v[1] / max(1, v[0]), 4), "detected_by_intended_check": round(v[2] / max(1, v[0]), 4)}
            for k, v in faults.items()
        },
        "dropped_sentence": {"n": len(paras), "detected": round(par_drop / max(1, len(paras)), 4)},
        "clean_paragraphs_false_alarm": round(par_clean / max(1, len(paras)), 4),
        "clean_paragraphs_false_alarm_by_check": {k: round(v / max(1, len(paras)), 4) for k, v in par_clean_by.items()},
        "seconds": round(seconds, 1),
        "environment": machine(("python-docx",)),
    }
    rows_md = [[k, v["n"], f"{v['detected_any']:.1%}", f"{v['detected_by_intended_check']:.1%}"] for k, v in result["faults"].items()]
    rows_md.append(["dropped sentence (3-sentence paragraph)", len(paras), f"{par_drop / max(1, len(paras)):.1%}", f"{par_drop / max(1, len(paras)):.1%}"])
    md = [
        "# Desk checks: detection of injected faults, false alarms on clean pairs",
        "",
        f"NTREX-128 + FLORES-101 dev/devtest, {n} sv/en pairs, {len(paras)} three-sentence paragraphs. "
        f"Command: `python benchmarks/desk_checks.py` ({seconds:.0f} s).",
        "",
        markdown_table(["fault injected into the English", "n", "detected (any check)", "detected by the intended check"], rows_md),
        "",
        f"False alarms on clean (human) pairs: **{clean_any / n:.1%}** of sentence pairs have at least one flag; "
        f"{par_clean / max(1, len(paras)):.1%} of clean paragraphs get a paragraph flag.",
        "",
        markdown_table(["check", "share of clean pairs flagged"], [[k, f"{v:.1%}"] for k, v in result["clean_pairs_false_alarm_by_check"].items()]),
        "",
        "English/Swedish character-length ratio on clean pairs (≥ "
        f"{MIN_CHARS} chars): " + ", ".join(f"p{k}: {v}" for k, v in pct.items()) + ".",
    ]
    js, mdp = write_results("desk_checks", result, "\n".join(md))
    print("\n".join(md))
    print(f"wrote {js} and {mdp}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
