"""Device selection: ``auto`` picks CUDA when torch sees a GPU, else the CPU."""

from __future__ import annotations

from typing import Literal

from .errors import ConfigError

DeviceName = Literal["auto", "cpu", "cuda"]


def resolve_device(device: str = "auto") -> str:
    """Return ``"cpu"`` or ``"cuda"`` (or ``"cuda:N"``) for a requested device.

    Raises :class:`ConfigError` when CUDA is asked for but unavailable, instead
    of failing later inside a model call.
    """
    device = (device or "auto").lower()
    if device == "cpu":
        return "cpu"
    import torch

    has_cuda = torch.cuda.is_available()
    if device == "auto":
        return "cuda" if has_cuda else "cpu"
    if device.startswith("cuda"):
        if not has_cuda:
            raise ConfigError(
                f"device {device!r} requested but torch sees no CUDA GPU.",
                fix="use --device cpu (or auto), or install a CUDA build of torch.",
            )
        return device
    raise ConfigError(f"unknown device {device!r}.", fix="use auto, cpu, cuda or cuda:N.")
