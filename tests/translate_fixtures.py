"""Session fixtures for the translation tests: tiny Marian models built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiny_marian import build_tiny_marian


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``{"copy", "looping", "overflow"}`` → model directory (safetensors, real Marian classes)."""
    return build_tiny_marian(tmp_path_factory.getbasetemp() / "tiny-marian")


@pytest.fixture(scope="session")
def tiny_copy(tiny_models: dict[str, Path]) -> Path:
    return tiny_models["copy"]


@pytest.fixture(scope="session")
def tiny_ct2(tiny_copy: Path) -> Path:
    """The copy model converted to CTranslate2 int8 (cached next to it, as users get it)."""
    from nlptools.translation.convert import convert

    return convert(tiny_copy, quantization="int8")
