"""Translation backends: transformers (``torch``) and CTranslate2.

Both expose the same small interface (:class:`Backend`) so the step, the
batching and the repetition handling do not care which one runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Decoding:
    """Decoding settings for one call (every text in the call gets the same)."""

    beams: int = 4
    max_new_tokens: int = 256
    min_new_tokens: int = 0
    no_repeat_ngram_size: int = 0
    repetition_penalty: float = 1.0


class Backend(Protocol):
    """What a translation backend offers the step."""

    name: str  # "torch" or "ctranslate2"
    precision: str  # e.g. "float32", "bfloat16", "int8"
    max_source_tokens: int  # the model's input position limit

    def count_tokens(self, texts: list[str]) -> list[int]: ...

    def translate(self, texts: list[str], decoding: Decoding, *, src_lang: str | None = None) -> list[str]: ...


#: NLLB-200 / FLORES-200 codes for ISO 639-1 languages the detector reports.
NLLB_CODES = {
    "sv": "swe_Latn", "da": "dan_Latn", "nb": "nob_Latn", "no": "nob_Latn", "nn": "nno_Latn", "fi": "fin_Latn",
    "is": "isl_Latn", "fo": "fao_Latn", "de": "deu_Latn", "fr": "fra_Latn", "es": "spa_Latn", "it": "ita_Latn",
    "nl": "nld_Latn", "pl": "pol_Latn", "pt": "por_Latn", "et": "est_Latn", "lv": "lvs_Latn", "lt": "lit_Latn",
    "ru": "rus_Cyrl", "uk": "ukr_Cyrl", "ar": "arb_Arab", "fa": "pes_Arab", "tr": "tur_Latn", "so": "som_Latn",
    "ti": "tir_Ethi", "zh": "zho_Hans", "ja": "jpn_Jpan", "ko": "kor_Hang", "en": "eng_Latn", "cs": "ces_Latn",
    "hu": "hun_Latn", "ro": "ron_Latn", "el": "ell_Grek", "bs": "bos_Latn", "hr": "hrv_Latn", "sr": "srp_Cyrl",
}
NLLB_TARGET = "eng_Latn"


def is_multilingual(model_type: str | None) -> bool:
    """NLLB/M2M-100 style models need a source-language code and a forced target token."""
    return model_type in ("m2m_100", "nllb", "nllb-moe")


def nllb_code(language: str) -> str | None:
    return NLLB_CODES.get(language)
