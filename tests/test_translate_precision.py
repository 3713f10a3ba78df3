"""Complaint 7: half precision is checked against float32 and rejected when it breaks."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from nlptools.translation.backends import Decoding
from nlptools.translation.backends.torch_backend import TorchBackend

SENTENCES = ["Det här är en kort mening om vädret i Malmö.", "Vi behöver fler ingenjörer, fler idéer och mer kapital."]


def _half_works_on_cpu(dtype: torch.dtype) -> bool:
    try:
        torch.nn.Linear(4, 4).to(dtype)(torch.ones(1, 4, dtype=dtype))
    except RuntimeError:
        return False
    return True


@pytest.mark.skipif(not _half_works_on_cpu(torch.float16), reason="this torch build has no float16 matmul on CPU")
def test_float16_overflow_falls_back_to_float32(tiny_models: dict[str, Path]) -> None:
    # the "overflow" model is exact in float32 but produces inf/NaN in float16
    backend = TorchBackend(tiny_models["overflow"], device="cpu", dtype="float16")
    out = backend.translate(SENTENCES, Decoding(beams=1, max_new_tokens=60))
    assert backend.precision == "float32"
    assert backend.precision_note is not None and "float16 rejected" in backend.precision_note
    assert out == SENTENCES


@pytest.mark.skipif(not _half_works_on_cpu(torch.bfloat16), reason="this torch build has no bfloat16 matmul on CPU")
def test_bfloat16_kept_when_it_agrees_with_float32(tiny_models: dict[str, Path]) -> None:
    backend = TorchBackend(tiny_models["copy"], device="cpu", dtype="bfloat16")
    out = backend.translate(SENTENCES, Decoding(beams=1, max_new_tokens=60))
    assert backend.precision == "bfloat16" and backend.precision_note is None
    assert out == SENTENCES


@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_cuda_auto_precision_matches_float32(tiny_models: dict[str, Path]) -> None:
    backend = TorchBackend(tiny_models["copy"], device="cuda", dtype="auto")
    out = backend.translate(SENTENCES, Decoding(beams=4, max_new_tokens=60))
    assert backend.precision in ("bfloat16", "float16")
    assert out == SENTENCES
    overflow = TorchBackend(tiny_models["overflow"], device="cuda", dtype="float16")
    assert overflow.translate(SENTENCES, Decoding(beams=1, max_new_tokens=60)) == SENTENCES
    assert overflow.precision == "float32"


@pytest.mark.cuda
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_cuda_ctranslate2_int8_float16(tiny_models: dict[str, Path]) -> None:
    from nlptools.translation.loader import open_backend

    backend = open_backend(tiny_models["copy"], backend="ctranslate2", device="cuda")
    assert backend.precision == "int8_float16"
    assert backend.translate(SENTENCES, Decoding(beams=4, max_new_tokens=60)) == SENTENCES
