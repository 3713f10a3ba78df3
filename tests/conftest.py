"""Session fixtures shared by the test modules: the tiny models, built once per test session.

pytest finds these by name; test modules use them without importing anything.
The builders live in :mod:`tiny_models`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tiny_models import build_tiny_bart, build_tiny_marian


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``{"copy", "looping", "overflow"}`` → tiny Marian model directory (safetensors, real Marian classes)."""
    return build_tiny_marian(tmp_path_factory.getbasetemp() / "tiny-marian")


@pytest.fixture(scope="session")
def tiny_copy(tiny_models: dict[str, Path]) -> Path:
    """The Marian model that copies its input: translation tests become exact."""
    return tiny_models["copy"]


@pytest.fixture(scope="session")
def tiny_ct2(tiny_copy: Path) -> Path:
    """The copy model converted to CTranslate2 int8 (cached next to it, as users get it)."""
    from nlptools.translation.convert import convert

    return convert(tiny_copy, quantization="int8")


@pytest.fixture(scope="session")
def tiny_bart_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding the tiny BART summariser (64 input positions)."""
    return build_tiny_bart(tmp_path_factory.getbasetemp())
