"""Abstractive summary speed on shape-true models (random weights, forced output length).

No weights can be downloaded here, so each registry model is rebuilt from its
published shape, read from ``../shared/models-configs`` (layers, widths,
vocabulary, generation defaults), with random weights, fed a full input window
of random token ids (one chunk: the registry's ``max_input_tokens``, 1024 for
BART, 512 for mT5) and made to generate exactly the model's default maximum
summary length with its default beams.  That is the cost of one map step of
:mod:`nlptools.summarization.abstractive`; an article of N chunks costs about N
map steps plus the reduce steps.

Usage::

    .venv/bin/python benchmarks/summ_speed.py --device cpu --models distilbart-cnn-12-6 --batch 1
    python3 benchmarks/summ_speed.py --device cuda --dtype bfloat16 --batch 1,8

Writes ``benchmarks/results/summary_speed_<device>[_<dtype>].{json,md}``.
"""

from __future__ import annotations

import json
import time
from typing import Any

from _common import model_config, parser, readme_row, write_results

#: Registry name → (architecture, config file in ../shared/models-configs).
SOURCES = {
    "distilbart-cnn-12-6": ("bart", "sshleifer__distilbart-cnn-12-6.facts.json"),
    "bart-large-cnn": ("bart", "facebook__bart-large-cnn.config.mirror-github.json"),
    "mt5-xlsum": ("mt5", "csebuetnlp__mT5_multilingual_XLSum.config.json"),
}
#: The distilbart facts file has no vocab_size (not retrieved, see its README); the
#: checkpoint's embedding has 50,264 rows, one fewer than bart-large-cnn's 50,265.
VOCAB_FALLBACK = {"distilbart-cnn-12-6": 50264}


def shape(name: str) -> dict[str, Any]:
    """Architecture, model config, input window and generation defaults of ``name``."""
    from transformers import BartConfig, MT5Config

    from nlptools.registry import get_entry

    arch, source = SOURCES[name]
    published = model_config(source)
    cls = BartConfig if arch == "bart" else MT5Config
    known = set(cls().to_dict())
    config = {k: v for k, v in published.items() if k in known and v is not None and not k.startswith("_")}
    for k in ("num_beams", "max_length", "min_length", "length_penalty", "no_repeat_ngram_size", "early_stopping",
              "architectures", "transformers_version", "id2label", "label2id", "task_specific_params"):
        config.pop(k, None)  # generation settings go to generate(), not into the model config
    config.setdefault("vocab_size", VOCAB_FALLBACK.get(name))
    extra = get_entry(name).extra
    length = published["max_length"]
    return {
        "arch": arch,
        "cls": cls,
        "config": config,
        "input_tokens": int(extra.get("max_input_tokens") or published["max_position_embeddings"]),
        "generation": dict(
            num_beams=published["num_beams"], max_new_tokens=length, min_new_tokens=length,
            length_penalty=published["length_penalty"], no_repeat_ngram_size=published["no_repeat_ngram_size"],
        ),
    }  # fmt: skip


def build(name: str, device: str, dtype: str):  # type: ignore[no-untyped-def]
    import torch
    from transformers import BartForConditionalGeneration, MT5ForConditionalGeneration

    spec = shape(name)
    torch.manual_seed(0)
    model_cls = BartForConditionalGeneration if spec["arch"] == "bart" else MT5ForConditionalGeneration
    model = model_cls(spec["cls"](**spec["config"]))
    return model.to(device=device, dtype=getattr(torch, dtype)).eval()


def time_generate(model, name: str, batch: int, repeats: int) -> dict:  # type: ignore[no-untyped-def]
    import torch

    spec = shape(name)
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
    ap = parser(__doc__, data=False)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--dtype", default="float32")
    ap.add_argument("--models", default=",".join(SOURCES))
    ap.add_argument("--batch", default="1")
    ap.add_argument("--repeats", type=int, default=1)
    args = ap.parse_args(argv)
    import torch

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
    tag = "cuda" if args.device.startswith("cuda") else "cpu"
    if tag == "cuda" and args.dtype != "float32":
        tag += "_" + {"bfloat16": "bf16", "float16": "fp16"}.get(args.dtype, args.dtype)
    res = {"device": args.device, "dtype": args.dtype, "rows": rows}
    lines = [
        f"# Abstractive summary speed, shape-true random-weight models ({args.device}, {args.dtype})",
        "",
        "Shapes from ../shared/models-configs; one full input chunk of random ids, beams and forced output "
        "length = the model's defaults.",
        "",
        "| model | params (M) | batch | input tok | output tok | beams | s / batch | s / chunk |",
        "|---|---|---|---|---|---|---|---|",
        *(
            f"| {r['model']} | {r['params_m']} | {r['batch']} | {r['input_tokens']} | {r['output_tokens']} | "
            f"{r['beams']} | {r['seconds_per_batch']} | {r['seconds_per_chunk']} |"
            for r in rows
        ),
    ]
    first = rows[0]
    readme = [readme_row(
        f"abstractive summary ({args.device}, {args.dtype})",
        f"{first['model']}: {first['seconds_per_chunk']} s per {first['input_tokens']}-token chunk "
        f"(beam {first['beams']}, {first['output_tokens']} output tokens, random weights)",
    )]  # fmt: skip
    write_results(f"summary_speed_{tag}", res, "\n".join(lines), out=args.out, readme=readme)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
