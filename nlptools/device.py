"""Device selection, in one place: ``auto`` picks CUDA when a GPU is visible, else the CPU.

The pipeline resolves the device once (:func:`nlptools.steps.build`) and hands
the concrete name to every step that takes one; backends call
:func:`resolve_device` again only to validate an explicit name.
"""

from __future__ import annotations

import importlib.util
import sys
from typing import Literal

from .errors import ConfigError

DeviceName = Literal["auto", "cpu", "cuda"]


def cuda_device_count() -> int:
    """GPUs visible to the installed runtime, without importing torch when it is not loaded yet.

    torch costs ~180 MB of memory to import; CTranslate2 answers the same
    question for a fraction of that, so it is asked first unless torch is
    already in use.
    """
    if "torch" not in sys.modules and importlib.util.find_spec("ctranslate2") is not None:
        import ctranslate2

        return int(ctranslate2.get_cuda_device_count())
    if importlib.util.find_spec("torch") is None:
        return 0
    import torch

    return int(torch.cuda.device_count()) if torch.cuda.is_available() else 0


def resolve_device(device: str = "auto") -> str:
    """Return ``"cpu"`` or ``"cuda"`` (or ``"cuda:N"``) for a requested device.

    Raises :class:`ConfigError` when CUDA is asked for but unavailable, instead
    of failing later inside a model call.
    """
    device = (device or "auto").lower()
    if device == "cpu":
        return "cpu"
    if device == "auto":
        return "cuda" if cuda_device_count() > 0 else "cpu"
    if device == "cuda" or (device.startswith("cuda:") and device[5:].isdigit()):
        if cuda_device_count() == 0:
            raise ConfigError(
                f"device {device!r} requested but no CUDA GPU is visible.",
                fix="use --device cpu (or auto), or install a CUDA build of torch.",
            )
        return device
    raise ConfigError(f"unknown device {device!r}.", fix="use auto, cpu, cuda or cuda:N.")
