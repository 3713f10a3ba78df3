"""The multilingual (NLLB) path: language codes, forced English, both backends, no silent loss."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlptools.intake import read_text
from nlptools.translation.backends import NLLB_TARGET, Decoding, nllb_code
from nlptools.translation.loader import open_backend
from nlptools.translation.step import TranslationStep
from nlptools.types import LanguageResult
from tiny_models import build_tiny_nllb


@pytest.fixture(scope="module")
def tiny_nllb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_nllb(tmp_path_factory.getbasetemp() / "tiny-nllb-root")


def test_language_code_map() -> None:
    assert nllb_code("sv") == "swe_Latn" and nllb_code("fi") == "fin_Latn" and nllb_code("nb") == "nob_Latn"
    assert nllb_code("xx") is None


def test_torch_forces_english_first_token(tiny_nllb: Path) -> None:
    backend = open_backend(tiny_nllb, backend="torch", device="cpu")
    ids = backend._generate(backend.model, ["Hyvää päivää."], Decoding(beams=1, max_new_tokens=5), "fin_Latn")
    assert ids[0][1] == backend.tokenizer.convert_tokens_to_ids(NLLB_TARGET)
    assert backend.tokenizer.src_lang == "fin_Latn"


@pytest.mark.parametrize("backend", ["torch", "ctranslate2"])
def test_step_on_finnish_article_never_loses_a_sentence(tiny_nllb: Path, backend: str) -> None:
    step = TranslationStep(model=str(tiny_nllb), backend=backend, device="cpu", beams=1, compute_type="float32"
                           if backend == "ctranslate2" else "auto")
    article = read_text("Otsikko\n\nTämä on ensimmäinen lause. Tämä on toinen lause.")
    article.language = LanguageResult("fi", 0.99)
    assert step.skip_reason(article) is None
    [tr] = step.predict([article])
    assert tr.backend.startswith(backend)
    body = [s for s in tr.sentences if s.paragraph == 1]
    assert [s.source_text for s in body] == ["Tämä on ensimmäinen lause.", "Tämä on toinen lause."]
    for s in tr.sentences:  # random weights: whatever came out, it is accounted for
        assert tr.text[s.target_start : s.target_end] == s.text
        assert s.text.strip() and NLLB_TARGET not in s.text
        if s.passthrough:
            assert s.note and "source kept" in s.note


def test_unknown_language_code_is_skipped(tiny_nllb: Path) -> None:
    step = TranslationStep(model=str(tiny_nllb), device="cpu")
    article = read_text("Xyz abc def.")
    article.language = LanguageResult("xx", 0.9)
    assert "NLLB language code" in (step.skip_reason(article) or "")
