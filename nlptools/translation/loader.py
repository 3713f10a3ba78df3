"""Which model translates which language, and opening it with the right backend.

``model`` is a registry name (``opus-mt-sv-en``), a local Hugging Face model
directory, or a local CTranslate2 directory; ``None`` picks the registry
default for the article's language.  Backend ``auto`` prefers CTranslate2
(int8 on CPU, int8_float16 on CUDA) when it is installed and the model is
already converted or can be converted; otherwise transformers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..device import resolve_device
from ..errors import BackendUnavailableError, ConfigError, ModelLoadError, missing_extra
from ..registry import ModelEntry, default_for, get_entry, load_registry, local_path
from .backends import Backend, is_multilingual
from .convert import converted_dir, convert, ct2_available, is_ct2_model

BACKENDS = ("auto", "torch", "ctranslate2")


@dataclass(frozen=True, slots=True)
class ModelChoice:
    """A model picked for a language: display name, registry entry (if any), directory (if on disk)."""

    name: str
    entry: ModelEntry | None
    path: Path | None

    def accepts(self, language: str) -> bool:
        """Whether the model translates from ``language`` (local directories: trusted)."""
        if self.entry is None:
            return True
        langs = self.entry.languages
        return not langs or "*" in langs or language in langs


def choose(model: str | Path | None, language: str) -> ModelChoice | None:
    """The model for ``language``: the given one, or the registry default (``None`` when there is none)."""
    if model is not None:
        as_path = Path(model).expanduser()
        if as_path.is_dir():
            return ModelChoice(str(as_path), None, as_path)
        entry = get_entry(str(model))
        return ModelChoice(entry.name, entry, local_path(entry))
    entry = default_for("translation", language)
    if entry is None:
        return None
    return ModelChoice(entry.name, entry, local_path(entry))


def any_downloaded() -> bool:
    return any(local_path(e) for e in load_registry().values() if e.task == "translation")


def model_type(path: Path) -> str | None:
    cfg = path / "config.json"
    if not cfg.is_file():
        return None
    try:
        data = json.loads(cfg.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get("model_type")


def multilingual(path: Path) -> bool:
    mt = model_type(path)
    return is_multilingual(mt) or (mt is None and (path / "sentencepiece.bpe.model").is_file())


def open_backend(path: Path, *, backend: str = "auto", device: str = "auto", compute_type: str = "auto") -> Backend:
    """Open ``path`` with the requested backend (see module docstring for ``auto``)."""
    if backend not in BACKENDS:
        raise ConfigError(f"unknown backend {backend!r}.", fix=f"use one of {', '.join(BACKENDS)}.")
    if is_ct2_model(path):
        if backend == "torch":
            raise BackendUnavailableError(
                f"{path} is a CTranslate2 model; the torch backend needs a Hugging Face directory.",
                fix="use --backend ctranslate2 (or auto), or pass the original Hugging Face model directory.",
            )
        if not ct2_available():
            raise missing_extra("ctranslate2", "ctranslate2")
        from .backends.ct2_backend import CT2Backend

        return CT2Backend(path, device=resolve_device(device), compute_type=compute_type)
    if backend == "ctranslate2" or (backend == "auto" and ct2_available()):
        if not ct2_available():
            raise missing_extra("ctranslate2", "ctranslate2")
        from .backends.ct2_backend import CT2Backend

        try:
            ct2_dir = converted_dir(path, "int8") or convert(path, quantization="int8")
            return CT2Backend(ct2_dir, device=resolve_device(device), compute_type=compute_type, tokenizer_dir=path)
        except ModelLoadError:
            if backend == "ctranslate2":
                raise
    from .backends.torch_backend import TorchBackend

    device = resolve_device(device)
    dtype = "auto" if compute_type == "auto" else compute_type
    return TorchBackend(path, device=device, dtype=dtype)
