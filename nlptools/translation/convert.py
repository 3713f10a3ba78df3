"""Hugging Face model directory → CTranslate2 model, cached next to it.

``nlptools models convert NAME|DIR`` and backend ``auto`` use this.  The
converted model lives in ``<model dir>/ctranslate2-<quantization>/`` (with the
tokenizer files copied in, so it is self-contained); when the model directory
is read-only it goes to ``$NLPTOOLS_CACHE/ct2/`` or ``~/.cache/nlptools/ct2/``
instead.  A CTranslate2 directory (``model.bin``) given by the user is used as is.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from ..errors import ModelLoadError, missing_extra

TOKENIZER_FILES = (
    "source.spm", "target.spm", "vocab.json", "target_vocab.json", "tokenizer_config.json",
    "special_tokens_map.json", "sentencepiece.bpe.model", "tokenizer.json", "spiece.model", "generation_config.json",
)
QUANTIZATIONS = ("int8", "int8_float16", "int8_float32", "float16", "bfloat16", "float32")


def is_ct2_model(path: Path) -> bool:
    """A CTranslate2 model directory (``model.bin`` plus its config)."""
    return (path / "model.bin").is_file()


def ct2_available() -> bool:
    try:
        import ctranslate2  # noqa: F401
    except ImportError:
        return False
    return True


def _fallback_dir(hf_dir: Path, quantization: str) -> Path:
    base = Path(os.environ.get("NLPTOOLS_CACHE") or Path.home() / ".cache" / "nlptools") / "ct2"
    digest = hashlib.sha1(str(hf_dir.resolve()).encode()).hexdigest()[:12]
    return base / f"{hf_dir.name}-{digest}-{quantization}"


def converted_dir(hf_dir: Path, quantization: str = "int8") -> Path | None:
    """An existing conversion of ``hf_dir``, or ``None``."""
    for candidate in (Path(hf_dir) / f"ctranslate2-{quantization}", _fallback_dir(Path(hf_dir), quantization)):
        if is_ct2_model(candidate):
            return candidate
    return None


def convert(hf_dir: str | Path, *, quantization: str = "int8", output_dir: str | Path | None = None, force: bool = False) -> Path:
    """Convert ``hf_dir`` (safetensors) to CTranslate2 and return the output directory.

    Returns the cached conversion when one exists (unless ``force``).
    """
    hf_dir = Path(hf_dir)
    if quantization not in QUANTIZATIONS:
        raise ModelLoadError(f"unknown quantization {quantization!r}.", fix=f"use one of {', '.join(QUANTIZATIONS)}.")
    if is_ct2_model(hf_dir):
        return hf_dir
    if not (hf_dir / "config.json").is_file():
        raise ModelLoadError(f"{hf_dir} is not a Hugging Face model directory (no config.json).", fix="pass the downloaded model directory.")
    if not any(hf_dir.glob("*.safetensors")):
        raise ModelLoadError(f"{hf_dir} has no .safetensors weights.", fix="download safetensors weights; pickled .bin files are refused.")
    if output_dir is None:
        existing = converted_dir(hf_dir, quantization)
        if existing is not None and not force:
            return existing
        output_dir = hf_dir / f"ctranslate2-{quantization}"
        if not os.access(hf_dir, os.W_OK):
            output_dir = _fallback_dir(hf_dir, quantization)
    output_dir = Path(output_dir)
    if is_ct2_model(output_dir) and not force:
        return output_dir
    if not ct2_available():
        raise missing_extra("ctranslate2", "ctranslate2")
    from ctranslate2.converters import TransformersConverter

    copy = [str(hf_dir / f) for f in TOKENIZER_FILES if (hf_dir / f).is_file()]
    tmp = output_dir.with_name(output_dir.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.parent.mkdir(parents=True, exist_ok=True)
    try:
        TransformersConverter(str(hf_dir), copy_files=copy, low_cpu_mem_usage=True).convert(
            str(tmp), quantization=quantization, force=True
        )
    except Exception as exc:  # noqa: BLE001
        shutil.rmtree(tmp, ignore_errors=True)
        raise ModelLoadError(f"CTranslate2 conversion of {hf_dir} failed: {exc}", fix="use --backend torch.") from exc
    shutil.copyfile(hf_dir / "config.json", tmp / "hf_config.json")  # model type and limits for the backend
    if force:
        shutil.rmtree(output_dir, ignore_errors=True)
    tmp.rename(output_dir)  # atomic: a half-written conversion is never picked up
    return output_dir
