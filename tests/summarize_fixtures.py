"""Fixtures for the summary tests: a tiny, real BART built at test time (no downloads).

* A byte-level BPE tokenizer (the BART scheme) is trained with ``tokenizers``
  on sentences written for these tests and wrapped in the real
  :class:`transformers.PreTrainedTokenizerFast` with BART's ``<s> … </s>`` template.
* A :class:`transformers.BartForConditionalGeneration` with random weights
  (1+1 layers, d_model 32) and only **64 input positions**, so a text of a few
  hundred words must be chunked.  Its generation config mirrors BART-CNN's
  shape (beams, min/max length, no repeated 3-grams) at tiny lengths.

Saved as safetensors under a session temp dir and built once per session.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = [
    "The city council approved a new wind farm with forty turbines north of the town.",
    "The park will be finished in 2027 and costs 3.5 billion kronor, officials said.",
    "The decision was taken on Tuesday after a long debate in the council chamber.",
    "The opposition voted against the plan and called the cost unreasonable.",
    "Critics say the turbines threaten reindeer herding in the area.",
    "Kommunen har beslutat att bygga en ny vindkraftpark med 40 verk norr om staden.",
    "Parken ska stå klar 2027 och kostar 3,5 miljarder kronor.",
    "Beslutet togs på tisdagen efter en lång debatt i kommunfullmäktige.",
    "By Anna Svensson. Contact: anna@example.org, tel 070-123 45 67.",
    "Abcdefghijklmnopqrstuvwxyzåäö ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ 0123456789 .,;:!?()-–”\"'/@#%&*+=_",
]

MAX_POSITIONS = 64


def build_tiny_bart(directory: Path) -> Path:
    """Write tokenizer + model (safetensors) + generation config to ``directory``; return it."""
    import torch
    from tokenizers import ByteLevelBPETokenizer, processors
    from transformers import BartConfig, BartForConditionalGeneration, PreTrainedTokenizerFast

    specials = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(CORPUS * 3, vocab_size=400, min_frequency=1, special_tokens=specials)
    bpe.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>",
        pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", bpe.token_to_id("<s>")), ("</s>", bpe.token_to_id("</s>"))],
    )
    tok = PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
        unk_token="<unk>",
        mask_token="<mask>",
        model_max_length=MAX_POSITIONS,
    )
    tok.save_pretrained(directory)
    torch.manual_seed(0)
    config = BartConfig(
        vocab_size=len(tok),
        d_model=32,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=MAX_POSITIONS,
        pad_token_id=tok.pad_token_id,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        decoder_start_token_id=tok.eos_token_id,
        forced_bos_token_id=tok.bos_token_id,
        forced_eos_token_id=tok.eos_token_id,
    )
    model = BartForConditionalGeneration(config).eval()
    # pad/bos/eos/decoder-start ids come from the model config; transformers does not carry
    # forced_bos over, so it is set with BART-CNN's search settings
    model.generation_config.update(
        num_beams=2,
        min_length=6,
        max_length=14,
        length_penalty=2.0,
        no_repeat_ngram_size=3,
        early_stopping=True,
        forced_bos_token_id=tok.bos_token_id,
    )
    model.save_pretrained(directory)
    return directory


@pytest.fixture(scope="session")
def tiny_bart_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding the tiny BART (built once per test session)."""
    return build_tiny_bart(tmp_path_factory.mktemp("tiny-bart"))
