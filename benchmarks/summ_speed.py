"""Abstractive summary speed on shape-true models (random weights, forced output length).

No weights can be downloaded here, so each registry model is rebuilt from its
published shape (layers, widths, vocabulary; see ``/work/shared/models-configs``)
with random weights, fed a full input window of random token ids (one chunk:
1024 tokens for BART, 512 for mT5) and made to generate exactly the model's
default maximum summary length with its default beams.  That is the cost of one
map step of :mod:`nlptools.summarization.abstractive`; an article of N chunks costs
about N map steps plus the reduce steps.

Usage::

    .venv/bin/python benchmarks/summ_speed.py --device cpu --models distilbart-cnn-12-6 --batch 1
    python3 benchmarks/summ_speed.py --device cuda --dtype bfloat16 --batch 1,8

Writes ``benchmarks/results/summary_speed_<device>.{json,md}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Shapes and generation defaults from /work/shared/models-configs (README "Key numbers").
SHAPES: dict[str, dict] = {
    "distilbart-cnn-12-6": {
        "arch": "bart",
        "config": dict(
            vocab_size=50264, d_model=1024, encoder_layers=12, decoder_layers=6, encoder_attention_heads=16,
            decoder_attention_heads=16, encoder_ffn_dim=4096, decoder_ffn_dim=4096, max_position_embeddings=1024,
            pad_token_id=1, bos_token_id=0, eos_token_id=2, decoder_start_token_id=2,
        ),
        "input_tokens": 1024,
        "generation": dict(num_beams=4, max_new_tokens=142, min_new_tokens=142, length_penalty=2.0, no_repeat_ngram_size=3),
    },
    "bart-large-cnn": {
        "arch": "bart",
        "config": dict(
            vocab_size=50265, d_model=1024, encoder_layers=12, decoder_layers=12, encoder_attention_heads=16,
            decoder_attention_heads=16, encoder_ffn_dim=4096, decoder_ffn_dim=4096, max_position_embeddings=1024,
            pad_token_id=1, bos_token_id=0, eos_token_id=2, decoder_start_token_id=2,
        ),
        "input_tokens": 1024,
        "generation": dict(num_beams=4, max_new_tokens=142, min_new_tokens=142, length_penalty=2.0, no_repeat_ngram_size=3),
    },
    "mt5-xlsum": {
        "arch": "mt5",
        "config": dict(
            vocab_size=250112, d_model=768, d_kv=64, d_ff=2048, num_layers=12, num_decoder_layers=12, num_heads=12,
            feed_forward_proj="gated-gelu", relative_attention_num_buckets=32, tie_word_embeddings=False,
            pad_token_id=0, eos_token_id=1, decoder_start_token_id=0,
        ),
        "input_tokens": 512,
        "generation": dict(num_beams=4, max_new_tokens=84, min_new_tokens=84, length_penalty=0.6, no_repeat_ngram_size=2),
    },
}  # fmt: skip


def build(name: str, device: str, dtype: str):  # type: ignore[no-untyped-def]
    import torch
    from transformers import BartConfig, BartForConditionalGeneration, MT5Config, MT5ForConditionalGeneration

    spec = SHAPES[name]
    torch.manual_seed(0)
    if spec["arch"] == "bart":
        model = BartForConditionalGeneration(BartConfig(**spec["config"]))
    else:
        model = MT5ForConditionalGeneration(MT5Config(**spec["config"]))
    return model.to(device=device, dtype=getattr(torch, dtype)).eval()


def time_generate(model, name: str, batch: int, repeats: int) -> dict:  # type: ignore[no-untyped-def]
    import torch

    spec = SHAPES[name]
    device = next(model.parameters()).device
    vocab = spec["config"]["vocab_size"]
    ids = torch.randint(5, vocab - 1, (batch, spec["input_tokens"]), device=device)
    mask = torch.ones_like(ids)
    gen = dict(spec["generation"], early_stopping=True)

    def once() -> tuple[float, int]:
        if device.type == "cuda":
            torch.cuda.synchronize()
        t0 = time.perf_counter()
        with torch.inference_mode():
            out = model.generate(input_ids=ids, attention_mask=mask, **gen)
        if device.type == "cuda":
            torch.cuda.synchronize()
        return time.perf_counter() - t0, out.shape[1]

    once()  # warm-up
    runs = [once() for _ in range(repeats)]
    secs = min(r[0] for r in runs)
    return {
        "batch": batch,
        "input_tokens": spec["input_tokens"],
        "output_tokens": runs[0][1],
        "beams": gen["num_beams"],
        "seconds_per_batch": round(secs, 3),
        "seconds_per_chunk": round(secs / batch, 3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--dtype", default="float32")
    ap.add_argument("--models", default=",".join(SHAPES))
    ap.add_argument("--batch", default="1")
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results"))
    args = ap.parse_args(argv)
    import torch
    import transformers

    rows = []
    for name in args.models.split(","):
        model = build(name, args.device, args.dtype)
        params = sum(p.numel() for p in model.parameters())
        for b in (int(x) for x in args.batch.split(",")):
            row = {"model": name, "params_m": round(params / 1e6, 1), **time_generate(model, name, b, args.repeats)}
            print(json.dumps(row), flush=True)
            rows.append(row)
        del model
        if args.device.startswith("cuda"):
            torch.cuda.empty_cache()
    gpu = torch.cuda.get_device_name(0) if args.device.startswith("cuda") else None
    res = {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": gpu or f"{platform.machine()} CPU, {__import__('os').cpu_count()} cores (shared)",
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "device": args.device,
        "dtype": args.dtype,
        "rows": rows,
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tag = "cuda" if args.device.startswith("cuda") else "cpu"
    (out / f"summary_speed_{tag}.json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    lines = [
        f"# Abstractive summary speed, shape-true random-weight models ({tag})",
        "",
        f"{res['date']} · {res['machine']} · torch {res['torch']} · transformers {res['transformers']} · {args.dtype}",
        "",
        "One full input chunk of random ids, beams and forced output length = the model's defaults.",
        "",
        "| model | params (M) | batch | input tok | output tok | beams | s / batch | s / chunk |",
        "|---|---|---|---|---|---|---|---|",
        *(
            f"| {r['model']} | {r['params_m']} | {r['batch']} | {r['input_tokens']} | {r['output_tokens']} | "
            f"{r['beams']} | {r['seconds_per_batch']} | {r['seconds_per_chunk']} |"
            for r in rows
        ),
    ]
    (out / f"summary_speed_{tag}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
