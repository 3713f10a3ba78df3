"""The transformers backend: ``AutoModelForSeq2SeqLM.generate``.

fp32 on the CPU.  On CUDA it runs bf16 (fp16 where bf16 is unsupported), but
only after a check on the first real inputs: the half-precision model must
produce finite logits, no repetition loop that fp32 does not have, and
greedy output that agrees with fp32; otherwise it falls back to fp32 and says
why in :attr:`TorchBackend.precision_note` (complaint 7: fp16 NaNs and
repeated tokens).
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from ...errors import ModelLoadError
from . import NLLB_TARGET, Decoding, is_multilingual
from ..repetition import find_loop

_DTYPES = {"float32": "float32", "fp32": "float32", "bfloat16": "bfloat16", "bf16": "bfloat16", "float16": "float16", "fp16": "float16"}


def load_tokenizer(model_dir: Path) -> Any:
    """The model's tokenizer; in a CTranslate2 directory (no HF config) by the files it holds."""
    from transformers import AutoTokenizer

    try:
        if (model_dir / "model.bin").is_file() and (model_dir / "source.spm").is_file():
            from transformers import MarianTokenizer

            return MarianTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        if (model_dir / "model.bin").is_file() and (model_dir / "sentencepiece.bpe.model").is_file():
            from transformers import NllbTokenizer

            return NllbTokenizer.from_pretrained(str(model_dir), local_files_only=True)
        return AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True, trust_remote_code=False)
    except Exception as exc:  # noqa: BLE001 - reported as a typed error with the directory
        raise ModelLoadError(
            f"cannot load the tokenizer from {model_dir}: {exc}",
            fix="point --model at a Hugging Face model directory with its tokenizer files (source.spm/vocab.json…).",
        ) from exc


class TorchBackend:
    """Translate with transformers on the CPU or a CUDA device."""

    name = "torch"

    def __init__(self, model_dir: Path, *, device: str = "cpu", dtype: str = "auto", check_half: bool = True) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM

        self.model_dir = Path(model_dir)
        self.device = device
        self.tokenizer = load_tokenizer(self.model_dir)
        try:
            model = AutoModelForSeq2SeqLM.from_pretrained(
                str(self.model_dir),
                local_files_only=True,
                use_safetensors=True,
                trust_remote_code=False,
                dtype=torch.float32,
            )
        except Exception as exc:  # noqa: BLE001
            raise ModelLoadError(
                f"cannot load a seq2seq model from {self.model_dir}: {exc}",
                fix="the directory needs config.json and model.safetensors (pickled .bin weights are refused).",
            ) from exc
        self.model = model.to(device).eval()
        self.model_type = getattr(model.config, "model_type", None)
        self.multilingual = is_multilingual(self.model_type)
        self.max_source_tokens = int(getattr(model.config, "max_position_embeddings", 512) or 512)
        if dtype == "auto":
            dtype = "float32"
            if device.startswith("cuda"):
                dtype = "bfloat16" if torch.cuda.is_bf16_supported() else "float16"
        if dtype not in _DTYPES:
            raise ModelLoadError(f"unknown dtype {dtype!r}.", fix="use auto, float32, bfloat16 or float16.")
        self.precision = "float32"
        self.precision_note: str | None = None
        self._half: Any = None
        self._pending_half = _DTYPES[dtype] if _DTYPES[dtype] != "float32" else None
        self._check_half = check_half

    # -- tokens -------------------------------------------------------------------------
    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer(texts, add_special_tokens=True)["input_ids"]]

    # -- generation ---------------------------------------------------------------------
    def _generate(self, model: Any, texts: list[str], decoding: Decoding, src_lang: str | None) -> list[list[int]]:
        import torch

        tok = self.tokenizer
        extra: dict[str, Any] = {}
        if self.multilingual:
            if src_lang:
                tok.src_lang = src_lang
            extra["forced_bos_token_id"] = tok.convert_tokens_to_ids(NLLB_TARGET)
        enc = tok(texts, return_tensors="pt", padding=True, truncation=False).to(self.device)
        if enc["input_ids"].shape[1] > self.max_source_tokens:
            raise ValueError(f"unit of {enc['input_ids'].shape[1]} tokens exceeds the model limit {self.max_source_tokens}")
        with torch.inference_mode():
            out = model.generate(
                **enc,
                num_beams=decoding.beams,
                do_sample=False,
                max_new_tokens=decoding.max_new_tokens,
                min_new_tokens=decoding.min_new_tokens or None,
                max_length=None,
                no_repeat_ngram_size=decoding.no_repeat_ngram_size or None,
                repetition_penalty=decoding.repetition_penalty if decoding.repetition_penalty != 1.0 else None,
                early_stopping=True if decoding.beams > 1 else None,
                **extra,
            )
        return out.tolist()

    def _decode(self, ids: list[list[int]]) -> list[str]:
        return [s.strip() for s in self.tokenizer.batch_decode(ids, skip_special_tokens=True)]

    def translate(self, texts: list[str], decoding: Decoding, *, src_lang: str | None = None) -> list[str]:
        if not texts:
            return []
        if self._pending_half is not None:
            self._setup_half(texts[:8], src_lang)
        model = self._half if self._half is not None else self.model
        return self._decode(self._generate(model, texts, decoding, src_lang))

    # -- half precision -----------------------------------------------------------------
    def _setup_half(self, probe: list[str], src_lang: str | None) -> None:
        import torch

        dtype_name = self._pending_half
        self._pending_half = None
        half = self.model.to(dtype=getattr(torch, dtype_name)) if not self._check_half else None
        if half is not None:  # unchecked: trust the caller
            self._half, self.precision = half, dtype_name
            return
        import copy

        candidate = copy.deepcopy(self.model).to(dtype=getattr(torch, dtype_name))
        ok, reason = self.compare_precision(candidate, probe, src_lang)
        if ok:
            self._half, self.precision = candidate, dtype_name
            self.model = candidate  # free the fp32 copy
        else:
            del candidate
            self.precision_note = f"{dtype_name} rejected ({reason}); using float32"

    def compare_precision(self, candidate: Any, probe: list[str], src_lang: str | None) -> tuple[bool, str]:
        """Whether ``candidate`` (a half-precision copy) matches the fp32 model on ``probe`` texts."""
        import torch

        greedy = Decoding(beams=1, max_new_tokens=min(128, 2 * max(self.count_tokens(probe)) + 10))
        ref = self._generate(self.model, probe, greedy, src_lang)
        enc = self.tokenizer(probe, return_tensors="pt", padding=True).to(self.device)
        with torch.inference_mode():
            logits = candidate(**enc, decoder_input_ids=torch.tensor([r[:-1] for r in ref], device=self.device)).logits
        if not torch.isfinite(logits.float()).all():
            return False, "non-finite logits (NaN/inf)"
        got = self._generate(candidate, probe, greedy, src_lang)
        for r, g in zip(self._decode(ref), self._decode(got)):
            if find_loop(g.split()) is not None and find_loop(r.split()) is None:
                return False, "repetition loop that float32 does not produce"
        agreement = sum(difflib.SequenceMatcher(a=r, b=g).ratio() for r, g in zip(ref, got)) / len(ref)
        if agreement < 0.8:
            return False, f"greedy output agrees with float32 on only {agreement:.0%} of tokens"
        return True, f"agrees with float32 on {agreement:.0%} of tokens"
