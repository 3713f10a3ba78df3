"""Scoring of predicted quotes against the real annotated articles (rules of ``articles/README.md``).

A predicted quote matches a gold quote when the word Dice overlap of their normalised
texts is ≥ 0.5 (one-to-one, best pairs first); "strict" additionally needs ≥ 0.8 of
the gold tokens.  Speaker accuracy is strict full-name equality (case-insensitive, or
any name of a joint attribution's ``speakers``) over matched quotes.  Organisation and
role accuracy are over matched quotes whose gold value is set (equal after
normalisation or word Dice ≥ 0.8; a ``null`` prediction there is wrong); how often
one is given where the gold has ``null`` is counted apart.

A *junk string* is a predicted speaker, organisation or role that is none of the
article's annotated people, organisations or roles (no word stem, its first six letters, in common with
any gold speaker/speakers/organisation/role of that article).  It is a proxy for "not a
person / organisation / role": an annotator who left a field ``null`` everywhere
will also make a real but unannotated organisation count as junk.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

_STRIP = "–—‒-\"”“»«’‘' \t\n,"
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


@dataclass
class Doc:
    """One annotated article and the extractor's output for it."""

    id: str
    path: Path
    site: str
    language: str
    gold: list[dict[str, Any]]
    pred: list[dict[str, Any]] = field(default_factory=list)
    cpu_ms: float = 0.0


def load_docs(folder: Path) -> list[Doc]:
    docs = []
    for txt in sorted(folder.glob("*.txt")):
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        site = urlparse(meta.get("source_url", "")).netloc.lower().removeprefix("www.") or txt.stem
        docs.append(Doc(txt.stem, txt, site, meta.get("language", "?"), meta["quotes"]))
    return docs


def norm_text(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(_STRIP)


def tokens(s: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", norm_text(s).lower()))


def dice(a: Counter[str], b: Counter[str]) -> float:
    n = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / n if n else 0.0


def norm_field(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip(" .,").casefold()


def field_ok(pred: str | None, gold: str | None) -> bool:
    """Organisation/role equality: normalised equal, or word Dice ≥ 0.8."""
    if not pred or not gold:
        return False
    return norm_field(pred) == norm_field(gold) or dice(tokens(pred), tokens(gold)) >= 0.8


def speaker_ok(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    names = [gold.get("speaker")] + list(gold.get("speakers") or [])
    return any(n and norm_field(pred.get("speaker")) == norm_field(n) for n in names)


def match(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) with Dice ≥ 0.5, best first."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            d = dice(tokens(p["text"]), tokens(g["text"]))
            if d >= 0.5:
                pairs.append((d, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _d, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _stems(s: str) -> set[str]:
    return {t[:6] for t in tokens(s)}  # "projektledaren" and "projektledare" share a stem


def _article_vocab(gold: list[dict[str, Any]]) -> set[str]:
    words: set[str] = set()
    for g in gold:
        for v in [g.get("speaker"), g.get("organisation"), g.get("role"), *(g.get("speakers") or [])]:
            words |= _stems(v or "")
    return words


def junk_fields(doc: Doc) -> list[str]:
    """Predicted speaker/organisation/role strings sharing no word with any annotated one of the article."""
    vocab = _article_vocab(doc.gold)
    out = []
    for p in doc.pred:
        for key in ("speaker", "organisation", "role"):
            v = p.get(key)
            if v and not _stems(v) & vocab:
                out.append(f"{doc.id}: {key} {v!r}")
    return out


class Tally:
    """Counts for one slice (all, a language, a cue)."""

    def __init__(self) -> None:
        self.c: Counter[str] = Counter()

    def add(self, **kw: int) -> None:
        self.c.update(kw)

    def summary(self) -> dict[str, Any]:
        c = self.c
        r = lambda a, b: round(c[a] / c[b], 4) if c[b] else None
        p, rec = r("tp", "pred"), r("tp", "gold")
        f1 = round(2 * p * rec / (p + rec), 4) if p and rec else (0.0 if c["gold"] or c["pred"] else None)
        return {
            "gold": c["gold"], "predicted": c["pred"], "precision": p, "recall": rec, "f1": f1,
            "strict_recall": r("strict", "gold"), "speaker": r("spk", "tp"),
            "organisation": r("org", "org_gold"), "role": r("role", "role_gold"),
            "org_given_where_gold_null": c["org_extra"], "role_given_where_gold_null": c["role_extra"],
        }


def score(docs: list[Doc], keep: float = 0.0) -> dict[str, Any]:
    """All figures for ``docs`` (their ``pred`` filled); quotes with confidence < ``keep`` are dropped."""
    total, langs, cues, pcues = Tally(), defaultdict(Tally), defaultdict(Tally), defaultdict(Tally)
    bins: list[Counter[str]] = [Counter() for _ in BINS[:-1]]
    misses: list[str] = []
    junk: list[str] = []
    fp_no_quote = 0
    for doc in docs:
        pred = [p for p in doc.pred if p.get("confidence", 1.0) >= keep]
        pairs = match(pred, doc.gold)
        gm = {j: i for i, j in pairs}
        pm = {i: j for i, j in pairs}
        if not doc.gold:
            fp_no_quote += len(pred)
        junk += junk_fields(Doc(doc.id, doc.path, doc.site, doc.language, doc.gold, pred))
        for j, g in enumerate(doc.gold):
            slices = (total, langs[doc.language], cues[g.get("cue", "?")])
            for t in slices:
                t.add(gold=1)
            if j not in gm:
                misses.append(f"{doc.id}: MISSED [{g.get('cue')}] #{j} ({g['speaker']!r})")
                continue
            p = pred[gm[j]]
            gt, pt = tokens(g["text"]), tokens(p["text"])
            strict = sum((gt & pt).values()) >= 0.8 * sum(gt.values())
            s_ok, o_ok, r_ok = speaker_ok(p, g), field_ok(p.get("organisation"), g.get("organisation")), field_ok(p.get("role"), g.get("role"))
            for t in slices:
                t.add(
                    tp=1, strict=strict, spk=s_ok, org=o_ok, org_gold=bool(g.get("organisation")), role=r_ok,
                    role_gold=bool(g.get("role")), org_extra=bool(p.get("organisation") and not g.get("organisation")),
                    role_extra=bool(p.get("role") and not g.get("role")),
                )
            for key, ok, pv, gv in (("speaker", s_ok, p.get("speaker"), g.get("speaker")), ("org", o_ok, p.get("organisation"), g.get("organisation")), ("role", r_ok, p.get("role"), g.get("role"))):
                if not ok and (gv or key == "speaker"):
                    misses.append(f"{doc.id}: {key} {pv!r} != gold {gv!r} [{g.get('cue')}] #{j}")
        for i, p in enumerate(pred):
            for t in (total, langs[doc.language]):
                t.add(pred=1)
            pcues[p.get("cue", "?")].add(pred=1, tp=i in pm)
            b = next(k for k in range(len(BINS) - 1) if p.get("confidence", 0.0) < BINS[k + 1])
            bins[b].update(pred=1, tp=i in pm, spk=i in pm and speaker_ok(p, doc.gold[pm[i]]))
            if i not in pm:
                misses.append(f"{doc.id}: FALSE POSITIVE [{p.get('cue')}] {p['start']}-{p['end']} ({p.get('speaker')!r})")
    cpu = [d.cpu_ms for d in docs]
    out = total.summary()
    out.update(
        texts=len(docs), cpu_ms_mean=round(sum(cpu) / len(cpu), 2) if cpu else None, cpu_ms_max=round(max(cpu), 2) if cpu else None,
        false_positives_on_texts_without_quotes=fp_no_quote, texts_without_quotes=sum(not d.gold for d in docs),
        junk_strings=len(junk), junk=junk,
        per_language={k: v.summary() for k, v in sorted(langs.items())},
        per_cue={k: v.summary() for k, v in sorted(cues.items())},
        predicted_cue_precision={k: v.summary()["precision"] for k, v in sorted(pcues.items())},
        calibration=[
            {"bin": f"[{BINS[k]:.1f}, {min(BINS[k + 1], 1.0):.1f}{']' if BINS[k + 1] > 1 else ')'}", "predicted": b["pred"],
             "quote_precision": round(b["tp"] / b["pred"], 3) if b["pred"] else None,
             "speaker_correct": round(b["spk"] / b["pred"], 3) if b["pred"] else None}
            for k, b in enumerate(bins)
        ],
        misses=misses,
    )
    return out


def site_folds(docs: list[Doc], k: int) -> list[list[Doc]]:
    """``k`` folds with no site in two folds: sites by size (largest first) into the emptiest fold."""
    by_site: dict[str, list[Doc]] = defaultdict(list)
    for d in docs:
        by_site[d.site].append(d)
    folds: list[list[Doc]] = [[] for _ in range(k)]
    for site in sorted(by_site, key=lambda s: (-len(by_site[s]), s)):
        min(folds, key=len).extend(by_site[site])
    return folds
