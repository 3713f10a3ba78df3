"""The CTranslate2 backend: int8 on the CPU, int8_float16 on CUDA.

CTranslate2 runs the same Marian/NLLB weights through an optimised C++
runtime with quantised matrices — several times faster than transformers
eager fp32 on a CPU, at a fraction of the memory.  The Hugging Face tokenizer
(copied into the converted directory) turns text into the subword tokens it
expects.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ...errors import ModelLoadError, missing_extra
from . import NLLB_TARGET, Decoding, is_multilingual
from .torch_backend import load_tokenizer


def default_compute_type(device: str) -> str:
    return "int8_float16" if device.startswith("cuda") else "int8"


class CT2Backend:
    """Translate with a CTranslate2 model directory."""

    name = "ctranslate2"

    def __init__(
        self,
        ct2_dir: Path,
        *,
        device: str = "cpu",
        compute_type: str = "auto",
        tokenizer_dir: Path | None = None,
        threads: int = 0,
    ) -> None:
        try:
            import ctranslate2
        except ImportError as exc:
            raise missing_extra("ctranslate2", "ctranslate2") from exc
        self.ct2_dir = Path(ct2_dir)
        self.tokenizer = load_tokenizer(tokenizer_dir or self.ct2_dir)
        dev, index = (device.split(":") + ["0"])[:2] if device.startswith("cuda") else ("cpu", "0")
        self.precision = default_compute_type(device) if compute_type == "auto" else compute_type
        try:
            self.translator = ctranslate2.Translator(
                str(self.ct2_dir), device=dev, device_index=int(index), compute_type=self.precision, intra_threads=threads
            )
        except Exception as exc:  # noqa: BLE001
            raise ModelLoadError(f"cannot load the CTranslate2 model in {self.ct2_dir}: {exc}", fix="re-run `nlptools models convert`.") from exc
        config: dict[str, Any] = {}
        for hf_config in (self.ct2_dir / "hf_config.json", (tokenizer_dir or self.ct2_dir) / "config.json"):
            if hf_config.is_file():
                config = json.loads(hf_config.read_text(encoding="utf-8"))
                if "model_type" in config:
                    break
        self.model_type = config.get("model_type") or type(self.tokenizer).__name__.lower().replace("tokenizer", "").replace("fast", "")
        self.multilingual = is_multilingual(self.model_type) or "nllb" in str(self.model_type)
        self.max_source_tokens = int(config.get("max_position_embeddings") or getattr(self.tokenizer, "model_max_length", 512) or 512)
        self.max_source_tokens = min(self.max_source_tokens, 1024)

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer(texts, add_special_tokens=True)["input_ids"]]

    def translate(self, texts: list[str], decoding: Decoding, *, src_lang: str | None = None) -> list[str]:
        if not texts:
            return []
        tok = self.tokenizer
        if self.multilingual and src_lang:
            tok.src_lang = src_lang
        sources = [tok.convert_ids_to_tokens(ids) for ids in tok(texts, add_special_tokens=True)["input_ids"]]
        prefix = [[NLLB_TARGET]] * len(texts) if self.multilingual else None
        results = self.translator.translate_batch(
            sources,
            target_prefix=prefix,
            beam_size=decoding.beams,
            max_decoding_length=decoding.max_new_tokens + (1 if prefix else 0),
            min_decoding_length=decoding.min_new_tokens,
            no_repeat_ngram_size=decoding.no_repeat_ngram_size,
            repetition_penalty=decoding.repetition_penalty,
            max_input_length=0,
        )
        out = []
        for r in results:
            tokens = r.hypotheses[0]
            if prefix and tokens and tokens[0] == NLLB_TARGET:
                tokens = tokens[1:]
            out.append(tok.decode(tok.convert_tokens_to_ids(tokens), skip_special_tokens=True).strip())
        return out
