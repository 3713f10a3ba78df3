"""Translation speed: the baseline a user would write vs nlptools' default CPU path.

Model: shape-true Helsinki-NLP/opus-mt-sv-en (MarianMT 6+6, d_model 512, 8 heads,
FFN 2048, vocab 56,434, 512 positions — from ``shared/models-configs``) with
random weights (no weights can be downloaded here).  A SentencePiece model
trained on the input sentences stands in for the real spm32k tokenizer (its
ids are spread over the full 56,434-entry vocabulary).

Forced output length: sentence *i* "translates" to exactly as many tokens as
its source has (``target_i = source_i``).  Every configuration generates each
batch to the longest target in it (``min_new_tokens = max_new_tokens``) — the
same work a real model does, since a batch runs until its longest member
ends — and throughput counts only the useful target tokens ``Σ target_i``, so
all configurations are credited the same number of tokens.

Configurations (each in its own subprocess; peak RSS is that process's own ``VmHWM``,
not ``ru_maxrss``, which an exec'd child inherits from its parent):

* ``baseline``: transformers ``generate``, eager attention, fp32, file order,
  batch 32 — what a user writes from the model card.
* ``nlptools``: the default CPU path — CTranslate2 int8 via
  :class:`nlptools.translation.backends.ct2_backend.CT2Backend`, length-sorted
  token-budget batches from :mod:`nlptools.translation.batching`.
* sweep: CTranslate2 token budgets (1024 / default 2048 / 4096 tokens × beams);
  on CUDA also transformers fp16 sdpa length-sorted.

Usage::

    .venv/bin/python benchmarks/translate_speed.py --limit 64   # CPU: ~20 min on 2 busy shared cores
    .venv/bin/python benchmarks/translate_speed.py --device cuda --limit 1000

Writes ``benchmarks/results/translate_speed[_cuda].json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from pathlib import Path

from _common import data_dir, model_config, parser, peak_rss_mb, readme_row, run_child, skip, write_results


def _marian_config() -> dict:
    facts = model_config("Helsinki-NLP__opus-mt-sv-en.facts.json")
    mirror = model_config("Helsinki-NLP__opus-mt-en-sv.config.mirror-Xenova.json")
    keep = {k: v for k, v in mirror.items() if not k.startswith("_") and k not in ("transformers_version", "id2label", "label2id")}
    for k in ("d_model", "encoder_layers", "decoder_layers", "encoder_attention_heads", "decoder_attention_heads",
              "encoder_ffn_dim", "decoder_ffn_dim", "activation_function", "vocab_size", "decoder_vocab_size",
              "max_position_embeddings", "scale_embedding", "normalize_embedding", "normalize_before",
              "share_encoder_decoder_embeddings", "pad_token_id", "decoder_start_token_id", "eos_token_id",
              "forced_eos_token_id", "bos_token_id"):
        keep[k] = facts[k]
    return keep


def build_model(workdir: Path, sentences: list[str]) -> Path:
    """Random-weight, shape-true opus-mt-sv-en with a stand-in tokenizer, cached in ``workdir``."""
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel

    d = workdir / "opus-mt-sv-en-shape-true"
    if (d / "model.safetensors").is_file():
        return d
    d.mkdir(parents=True, exist_ok=True)
    cfg = _marian_config()
    vocab_size = cfg["vocab_size"]
    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences), model_writer=buf, vocab_size=8000, hard_vocab_limit=False,
        character_coverage=1.0, unk_id=0, bos_id=-1, eos_id=1, pad_id=-1, minloglevel=2,
    )
    for name in ("source.spm", "target.spm"):
        (d / name).write_bytes(buf.getvalue())
    sp = spm.SentencePieceProcessor(model_proto=buf.getvalue())
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        vocab.setdefault(sp.id_to_piece(i), len(vocab))
    n = 0
    while len(vocab) < vocab_size - 1:  # fill the rest of the 56,434-entry vocabulary
        vocab.setdefault(f"▁fill{n}", len(vocab))
        n += 1
    vocab["<pad>"] = vocab_size - 1
    (d / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (d / "tokenizer_config.json").write_text(json.dumps({"source_lang": "sv", "target_lang": "en"}), encoding="utf-8")
    torch.manual_seed(0)
    model = MarianMTModel(MarianConfig(**cfg))
    model.save_pretrained(d, safe_serialization=True)
    return d


# --------------------------------------------------------------------------- child side
def _targets(tok, sentences: list[str]) -> tuple[list[list[int]], list[int]]:  # noqa: ANN001
    ids = tok(sentences)["input_ids"]
    return ids, [len(x) - 1 for x in ids]  # target_i = source tokens without </s>


def measure(spec: dict) -> dict:
    """Run one configuration and return its measurements (called in a fresh process)."""
    sentences = Path(spec["sentences_file"]).read_text(encoding="utf-8").splitlines()
    threads = spec["threads"]
    model_dir = Path(spec["model_dir"])
    from transformers import MarianTokenizer

    tok = MarianTokenizer.from_pretrained(str(model_dir))
    ids, targets = _targets(tok, sentences)
    beams = spec["beams"]
    from nlptools.translation.batching import token_budget_batches

    if spec["order"] == "sorted":  # the library's rule: sentences × longest × beams ≤ budget
        batches = token_budget_batches([len(x) * beams for x in ids], max_tokens=spec["batch_tokens"], max_batch=spec.get("max_batch", 64))
    else:
        size = spec["batch_size"]
        batches = [list(range(i, min(i + size, len(ids)))) for i in range(0, len(ids), size)]
    if spec["engine"] == "ct2":
        from nlptools.translation.backends import Decoding
        from nlptools.translation.backends.ct2_backend import CT2Backend

        backend = CT2Backend(Path(spec["ct2_dir"]), device=spec["device"], compute_type=spec["compute_type"],
                             tokenizer_dir=model_dir, threads=threads)

        def run_batch(batch: list[int]) -> None:
            n = max(targets[i] for i in batch)
            backend.translate([sentences[i] for i in batch], Decoding(beams=beams, max_new_tokens=n, min_new_tokens=n))
    else:
        import torch
        from transformers import MarianMTModel

        torch.set_num_threads(threads)
        dtype = getattr(torch, spec.get("dtype", "float32"))
        model = MarianMTModel.from_pretrained(str(model_dir), dtype=dtype, attn_implementation=spec.get("attn", "eager"))
        model = model.to(spec["device"]).eval()

        def run_batch(batch: list[int]) -> None:
            n = max(targets[i] for i in batch)
            enc = tok([sentences[i] for i in batch], return_tensors="pt", padding=True).to(spec["device"])
            with torch.inference_mode():
                model.generate(**enc, num_beams=beams, do_sample=False, min_new_tokens=n, max_new_tokens=n, max_length=None)
            if spec["device"].startswith("cuda"):
                torch.cuda.synchronize()

    run_batch(batches[-1][:4])  # warm-up
    t0, c0 = time.perf_counter(), time.process_time()
    for batch in batches:
        run_batch(batch)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "seconds": round(seconds, 3),
        "sentences": len(sentences),
        "target_tokens": sum(targets),
        "tokens_per_s": round(sum(targets) / seconds, 2),
        "cpu_seconds": round(cpu, 3),
        "tokens_per_cpu_s": round(sum(targets) / cpu, 2),
        "sentences_per_s": round(len(sentences) / seconds, 3),
        "peak_rss_mb": peak_rss_mb(),
        "batches": len(batches),
    }


# --------------------------------------------------------------------------- parent side
def configs(device: str, beam_list: list[int], sweep: bool) -> list[dict]:
    from nlptools.translation.engine import EngineOptions

    DEFAULTS = EngineOptions()  # noqa: N806 - the library's own batching defaults
    out = []
    for beams in beam_list:
        base = {"engine": "hf", "order": "file", "batch_size": 32, "beams": beams, "device": device, "dtype": "float32"}
        out.append({**base, "name": f"baseline transformers eager fp32, file order, batch 32, beam {beams}", "role": "baseline"})
        ct = "int8" if device == "cpu" else "int8_float16"
        out.append({"engine": "ct2", "order": "sorted", "batch_tokens": DEFAULTS.batch_tokens, "max_batch": DEFAULTS.max_batch,
                    "beams": beams, "device": device, "compute_type": ct,
                    "name": f"nlptools default: CTranslate2 {ct}, length-sorted, budget {DEFAULTS.batch_tokens} tok×beams, beam {beams}",
                    "role": "default"})
        if sweep and beams == beam_list[0]:
            for budget in (1024, 4096):
                out.append({"engine": "ct2", "order": "sorted", "batch_tokens": budget, "beams": beams, "device": device,
                            "compute_type": ct, "name": f"CTranslate2 {ct}, length-sorted, budget {budget} tok×beams, beam {beams}", "role": "sweep"})
            if device.startswith("cuda"):
                out.append({**base, "dtype": "float16", "attn": "sdpa", "order": "sorted", "batch_tokens": 4096,
                            "name": f"transformers sdpa fp16, length-sorted, beam {beams}", "role": "sweep"})
    return out


def main() -> None:
    ap = parser(__doc__)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--limit", type=int, default=64, help="first N NTREX-128 Swedish sentences (file order)")
    ap.add_argument("--device", default="cpu", help="cpu or cuda")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--beams", default="4,1", help="beam sizes, comma-separated (first one gets the sweep)")
    ap.add_argument("--no-sweep", action="store_true")
    ap.add_argument("--workdir", type=Path, default=Path(os.environ.get("NLPTOOLS_BENCH_DIR", "/tmp/nlptools-bench")))
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(json.loads(args.child))))
        return
    src = data_dir(args.data, "mt/ntrex128/ntrex128.sv", kind="file")
    _marian_config()  # skips when the model config facts are absent
    if args.device.startswith("cuda"):
        import torch

        if not torch.cuda.is_available():
            skip("--device cuda but torch sees no CUDA GPU")
    all_sentences = src.read_text(encoding="utf-8").splitlines()
    sentences = all_sentences[: args.limit]
    args.workdir.mkdir(parents=True, exist_ok=True)
    model_dir = build_model(args.workdir, all_sentences)
    from nlptools.translation.convert import convert

    ct2_dir = convert(model_dir, quantization="int8")
    sent_file = args.workdir / f"sentences-{args.limit}.txt"
    sent_file.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    beam_list = [int(b) for b in args.beams.split(",")]
    rows = []
    for spec in configs(args.device, beam_list, not args.no_sweep):
        spec.update(sentences_file=str(sent_file), model_dir=str(model_dir), ct2_dir=str(ct2_dir), threads=args.threads)
        print(f"… {spec['name']}", file=sys.stderr, flush=True)
        res = run_child(__file__, spec)
        print(f"   {res['tokens_per_s']} tok/s, {res['peak_rss_mb']} MB", file=sys.stderr, flush=True)
        rows.append({"config": spec["name"], "role": spec["role"], "beams": spec["beams"], **res})
    report(args, rows, len(sentences))


def report(args: argparse.Namespace, rows: list[dict], n: int) -> None:
    """Write ``translate_speed[_cuda].{json,md}`` and print the headline."""

    def pick(role: str, beams: int) -> dict:
        return next(r for r in rows if r["role"] == role and r["beams"] == beams)

    beam4 = 4 if any(r["beams"] == 4 for r in rows) else rows[0]["beams"]
    speedups = {f"beam{b}": round(pick("default", b)["tokens_per_s"] / pick("baseline", b)["tokens_per_s"], 2)
                for b in sorted({r["beams"] for r in rows})}
    for r in rows:
        r["speedup_vs_baseline"] = round(r["tokens_per_s"] / pick("baseline", r["beams"])["tokens_per_s"], 2)
        r["speedup_vs_baseline_cpu"] = round(r["tokens_per_cpu_s"] / pick("baseline", r["beams"])["tokens_per_cpu_s"], 2)
    cpu = args.device == "cpu"
    result = {
        "device": args.device,
        "threads": args.threads,
        "model": "shape-true Helsinki-NLP/opus-mt-sv-en (random weights, stand-in SentencePiece tokenizer)",
        "data": f"NTREX-128 Swedish, first {n} sentences in file order",
        "forced_output": "target_i = source tokens of sentence i; each batch generates to its longest target; only Σ target_i counted",
        "memory_measure": "peak RSS = VmHWM of the configuration's own child process",
        "speedup_vs_baseline": speedups[f"beam{beam4}"],
        "default_peak_rss_mb": pick("default", beam4)["peak_rss_mb"],
        "speedups": speedups,
        "speedup_vs_baseline_cpu": pick("default", beam4)["speedup_vs_baseline_cpu"],
        "speed_note": "wall-clock tokens/s swing with other users' load on a shared machine; tokens per CPU-second "
        "(all threads of the child) are the steadier ratio",
        "goal": {"speedup_vs_baseline": 5.0 if cpu else 10.0, "default_peak_rss_mb": 600 if cpu else None},
        "rows": rows,
    }
    lines = [
        f"# Translation speed ({args.device}, {args.threads} threads)", "",
        f"Model: {result['model']}. Data: {result['data']}. Forced output: {result['forced_output']}. "
        "Peak RSS: each configuration's own process (VmHWM).", "",
        f"**Speed-up of the default path over the baseline (beam {beam4}): {result['speedup_vs_baseline']}×** "
        f"(goal ≥ {result['goal']['speedup_vs_baseline']}×), ×{result['speedup_vs_baseline_cpu']} in tokens per CPU-second; "
        f"default peak RSS {result['default_peak_rss_mb']} MB"
        + (" (goal ≤ 600 MB)." if cpu else "."), "",
        "| configuration | beams | target tok/s | sentences/s | peak RSS MB | × baseline | seconds | tok/CPU-s | × baseline (CPU) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['config']} | {r['beams']} | {r['tokens_per_s']} | {r['sentences_per_s']} | {r['peak_rss_mb']} | "
                     f"{r['speedup_vs_baseline']} | {r['seconds']} | {r['tokens_per_cpu_s']} | {r['speedup_vs_baseline_cpu']} |")
    lines += ["", "The machine is shared; compare ratios within one run. Wall-clock rates swing with other users' load; "
              "tokens per CPU-second (all threads of the configuration's process) are the steadier ratio."]
    readme = [readme_row(
        "translation speed" + ("" if cpu else f" ({args.device})"),
        f"CTranslate2 {'int8' if cpu else 'int8_float16'} default ×{result['speedup_vs_baseline']} the tokens/s of "
        f"transformers fp32 (beam {beam4}; ×{result['speedup_vs_baseline_cpu']} per CPU-second), "
        f"{result['default_peak_rss_mb']} MB peak RSS",
        "≥ ×5, ≤ 600 MB" if cpu else "≥ ×10",
    )]  # fmt: skip
    name = "translate_speed" if cpu else "translate_speed_cuda"
    write_results(name, result, "\n".join(lines), packages=("ctranslate2", "sentencepiece"), out=args.out, readme=readme)
    print(json.dumps({"speedup_vs_baseline": result["speedup_vs_baseline"], "default_peak_rss_mb": result["default_peak_rss_mb"]}))


if __name__ == "__main__":
    main()
