"""Checks of a ``--model`` value made before any work: a directory must exist and hold a model.

A registry name must be in the registry (whether it is downloaded is left
to the steps: a skip with the download command); a path that is missing, a
file, or a directory without a config or weights is one coded error naming
what is missing.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ModelLoadError, ModelNotDownloadedError

WEIGHTS = ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin", "pytorch_model.bin.index.json", "model.bin")


def looks_like_path(model: str) -> bool:
    """Whether ``model`` names a directory rather than a registry entry."""
    return "/" in model or "\\" in model or model.startswith((".", "~")) or Path(model).expanduser().exists()


def check_model_dir(model: str | Path | None, what: str) -> None:
    """Raise a coded model error when ``model`` names a missing or incomplete model directory."""
    if model is None:
        return
    if not looks_like_path(str(model)):
        from .registry import get_entry

        get_entry(str(model))  # UnknownModelError (E201) with `nlptools models list`
        return
    path = Path(model).expanduser()
    if not path.exists():
        raise ModelNotDownloadedError(
            f"{what} model directory {path} does not exist.",
            fix="pass an existing model directory, or a registry name (see `nlptools models list`).",
        )
    if not path.is_dir():
        raise ModelLoadError(f"{what} model {path} is a file, not a model directory.", fix="pass the directory that holds config.json and the weights.")
    missing = [] if (path / "config.json").is_file() else ["config.json"]
    if not any((path / w).is_file() for w in WEIGHTS):
        missing.append("weights (" + " or ".join(WEIGHTS[:1] + WEIGHTS[2:3] + WEIGHTS[4:]) + ")")
    if missing:
        raise ModelLoadError(
            f"{what} model directory {path} is incomplete: no {', '.join(missing)}.",
            fix="copy the whole model directory (or `nlptools models download NAME`).",
        )
