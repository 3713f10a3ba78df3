"""The tiny, real models the tests build (no downloads): one factory for every model family.

Every builder takes a root folder, builds its model there once (safetensors,
real transformers classes, tokenizers trained on sentences written for these
tests) and returns the model directory; a second call reuses it.  The session
fixtures in ``conftest.py`` call them.

* :func:`build_tiny_marian` — MarianMT (1+1 layers, d_model 256) whose weights
  are set by hand so that it *copies* its input (no training): the
  "translation" of a unit is the unit itself, which makes structure,
  alignment, glossary-placeholder and backend-agreement tests exact.  Variants:
  ``looping`` (one token gets a huge output bias, so it never stops) and
  ``overflow`` (activations beyond float16's range).
* :func:`build_tiny_nllb` — an NLLB-style model (M2M-100 classes,
  ``NllbTokenizer`` with language codes), random weights.
* :func:`build_tiny_bart` — BART with random weights (1+1 layers, d_model 32)
  and a byte-level BPE tokenizer, so a text of a few hundred words must be
  chunked; its generation config mirrors BART-CNN's shape at tiny lengths.

All have :data:`MAX_POSITIONS` input positions.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

#: Input positions of every tiny model (64: a paragraph of a few sentences already needs chunking).
MAX_POSITIONS = 64
#: Marian: SentencePiece vocabulary size, and the token the looping variant repeats.
VOCAB_SIZE = 320
LOOP_TOKEN = 5

# Sentences written for these tests (never third-party text).
MARIAN_CORPUS = [
    "Det här är en kort mening om vädret i Malmö.",
    "Bron Innovation finansierar projekt i hela Öresundsregionen.",
    "Tillväxtverket och Region Skåne bjöd in till ett seminarium på tisdagen.",
    "– Vi är mycket nöjda med resultatet, säger Anna Lindqvist.",
    "Mötet hölls i Lund den 12 mars 2024 och samlade 140 deltagare.",
    "Läs mer på https://example.org/rapport eller mejla info@example.org.",
    "Företagen diskuterade digitalisering, hållbarhet och kompetensförsörjning.",
    "Programmet startade klockan nio och avslutades med en paneldebatt.",
    "Hon berättade att arbetet har pågått sedan förra året.",
    "Enligt rapporten ökade exporten med 7,5 procent under 2023.",
    "Klustret består av små och stora företag, universitet och kommuner.",
    "”Det är viktigt att vi samarbetar”, sa Erik Johansson på Vinnova.",
    "Deltagarna fick också besöka en testbädd för smarta städer.",
    "Nästa träff planeras till hösten, troligen i Helsingborg.",
    "Projektet har fått stöd från Europeiska regionala utvecklingsfonden.",
    "Vi behöver fler ingenjörer, fler idéer och mer kapital.",
    "Seminariet modererades av Sara Ek från Almi Företagspartner.",
    "Frågorna handlade om energi, transporter, livsmedel och vård.",
    "This sentence is already English and should pass through.",
    "The meeting in Stockholm was opened by the chair.",
    "Sammanfattningsvis var dagen lyckad; alla ville ses igen.",
    "Kontakt: Per Olsson, tel. 040-123 45 67.",
    "Rubrik: Nytt samarbete mellan städerna",
    "Punkt ett, punkt två och punkt tre.",
    "Han sa: ”Vi kommer att fortsätta” och log.",
    "Kostnaden var 1 200 000 kronor (cirka 110 000 euro).",
    "Den långa meningen fortsatte, och fortsatte, men den tog slut till sist.",
    "Vad händer nu? Ingen vet! Men alla hoppas.",
    "Abcdefghijklmnopqrstuvwxyzåäö ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ 0123456789 .,;:!?()-–”\"'/@#%&*+=_",
]

BART_CORPUS = [
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


def _built(directory: Path) -> bool:
    """Whether a builder already saved its model in ``directory``."""
    return (directory / "model.safetensors").is_file()


def _train_spm(path: Path) -> None:
    import sentencepiece as spm

    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(MARIAN_CORPUS * 3),
        model_writer=buf,
        vocab_size=VOCAB_SIZE,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        unk_id=0,
        bos_id=-1,
        eos_id=1,
        pad_id=-1,
        normalization_rule_name="identity",
        minloglevel=2,
    )
    path.write_bytes(buf.getvalue())


def _write_tokenizer(d: Path) -> None:
    import sentencepiece as spm

    _train_spm(d / "source.spm")
    (d / "target.spm").write_bytes((d / "source.spm").read_bytes())
    sp = spm.SentencePieceProcessor(model_file=str(d / "source.spm"))
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    vocab = {"</s>": 0, "<unk>": 1}
    for p in pieces:
        if p not in vocab:
            vocab[p] = len(vocab)
    vocab["<pad>"] = len(vocab)
    (d / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (d / "tokenizer_config.json").write_text(
        json.dumps({"source_lang": "sv", "target_lang": "en", "model_max_length": MAX_POSITIONS}), encoding="utf-8"
    )


D_MODEL = 256
_POS_DIMS = [j for j in range(16)] + [D_MODEL // 2 + j for j in range(16)]  # high-frequency sin/cos dims
_TOK_DIMS = list(range(64, 127))  # sin dims of frequencies so low that positions barely touch them
_REF_DIM = 127  # ~0 for every position and token: subtracting it cancels LayerNorm's mean shift


def _config(vocab_size: int):  # noqa: ANN202
    from transformers import MarianConfig

    pad = vocab_size - 1
    return MarianConfig(
        vocab_size=vocab_size,
        decoder_vocab_size=vocab_size,
        d_model=D_MODEL,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=1,
        decoder_attention_heads=1,
        encoder_ffn_dim=32,
        decoder_ffn_dim=32,
        activation_function="swish",
        max_position_embeddings=MAX_POSITIONS,
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
        pad_token_id=pad,
        decoder_start_token_id=pad,
        eos_token_id=0,
        forced_eos_token_id=0,
        bos_token_id=0,
        dropout=0.0,
        attention_dropout=0.0,
        activation_dropout=0.0,
    )


def _make_copy_weights(model, vocab_size: int, seed: int = 0) -> None:  # noqa: ANN001
    """Set weights by hand so the model copies its input token by token.

    Token identity lives in 64 embedding dims that the sinusoidal positions
    barely touch (a random ±1 code per token); every self-attention and FFN
    adds nothing; the decoder's cross-attention matches its position against
    the encoder positions (high-frequency sinusoid dims, sharpened) and copies
    the token code found there, amplified over the previous token's code; the
    tied output projection reads the code back.  Exact for greedy and beam
    search on inputs up to ``MAX_POSITIONS`` tokens.
    """
    import torch

    g = torch.Generator().manual_seed(seed)
    d = D_MODEL
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "embed_positions" not in name:  # the sinusoidal table stays
                p.zero_()
        for name, mod in model.named_modules():
            if isinstance(mod, torch.nn.LayerNorm):
                mod.weight.fill_(1.0)
        codes = torch.randint(0, 2, (vocab_size, len(_TOK_DIMS)), generator=g).float() * 2 - 1
        emb = torch.zeros(vocab_size, d)
        emb[:, _TOK_DIMS] = 4.0 * codes / (d**0.5)  # scale_embedding multiplies by sqrt(d): codes enter as ±4
        model.model.shared.weight.copy_(emb)
        cross = model.model.decoder.layers[0].encoder_attn
        qw = torch.zeros(d, d)
        kw = torch.zeros(d, d)
        for i in _POS_DIMS:  # features h[i] - h[ref]: position only, free of the LayerNorm mean
            qw[i, i], qw[i, _REF_DIM] = 100.0, -100.0
            kw[i, i], kw[i, _REF_DIM] = 1.0, -1.0
        cross.q_proj.weight.copy_(qw)
        cross.k_proj.weight.copy_(kw)
        vw = torch.zeros(d, d)
        vw[_TOK_DIMS, _TOK_DIMS] = 1.0
        cross.v_proj.weight.copy_(vw)
        cross.out_proj.weight.copy_(vw * 40.0)
        model.model.decoder.layers[0].final_layer_norm.weight.fill_(6.0)


def build_tiny_marian(root: Path) -> dict[str, Path]:
    """Build (once) and return ``{"copy", "looping", "overflow"}`` model directories under ``root``.

    * ``copy``: reproduces its input exactly (greedy and beam search).
    * ``looping``: one token gets a huge output bias, so it repeats forever.
    * ``overflow``: the copy model with activations beyond float16's range —
      fine in float32 (LayerNorm rescales), NaN/inf in float16.
    """
    import torch
    from transformers import MarianMTModel

    dirs = {k: root / f"tiny-marian-{k}" for k in ("copy", "looping", "overflow")}
    if all(_built(d) for d in dirs.values()):
        return dirs
    copy_dir = dirs["copy"]
    copy_dir.mkdir(parents=True, exist_ok=True)
    _write_tokenizer(copy_dir)
    vocab_size = len(json.loads((copy_dir / "vocab.json").read_text(encoding="utf-8")))
    model = MarianMTModel(_config(vocab_size))
    _make_copy_weights(model, vocab_size)
    model.generation_config.num_beams = 1
    model.generation_config.max_length = MAX_POSITIONS
    model.save_pretrained(copy_dir, safe_serialization=True)

    def variant(name: str, edit) -> None:  # noqa: ANN001
        d = dirs[name]
        d.mkdir(parents=True, exist_ok=True)
        for f in ("source.spm", "target.spm", "vocab.json", "tokenizer_config.json"):
            (d / f).write_bytes((copy_dir / f).read_bytes())
        m = MarianMTModel.from_pretrained(str(copy_dir))
        with torch.no_grad():
            edit(m)
        m.save_pretrained(d, safe_serialization=True)

    variant("looping", lambda m: m.final_logits_bias.__setitem__((0, LOOP_TOKEN), 1e4))
    variant("overflow", lambda m: m.model.decoder.layers[0].encoder_attn.out_proj.weight.mul_(1e4))
    return dirs


def build_tiny_nllb(root: Path) -> Path:
    """A tiny random-weight NLLB-style model (M2M-100 classes, NllbTokenizer with language codes)."""
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, NllbTokenizer

    d = root / "tiny-nllb"
    if _built(d):
        return d
    d.mkdir(parents=True, exist_ok=True)
    _train_spm(d / "sentencepiece.bpe.model")
    tok = NllbTokenizer(vocab_file=str(d / "sentencepiece.bpe.model"))
    tok.save_pretrained(str(d))
    cfg = M2M100Config(
        vocab_size=len(tok), d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64, max_position_embeddings=128,
        pad_token_id=tok.pad_token_id, bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
        decoder_start_token_id=tok.eos_token_id, scale_embedding=True,
    )
    torch.manual_seed(0)
    M2M100ForConditionalGeneration(cfg).save_pretrained(str(d), safe_serialization=True)
    return d


def build_tiny_bart(root: Path) -> Path:
    """Build (once) and return ``root/tiny-bart``: tokenizer, model (safetensors), generation config."""
    import torch
    from tokenizers import ByteLevelBPETokenizer, processors
    from transformers import BartConfig, BartForConditionalGeneration, PreTrainedTokenizerFast

    directory = root / "tiny-bart"
    if _built(directory):
        return directory
    directory.mkdir(parents=True, exist_ok=True)
    specials = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(BART_CORPUS * 3, vocab_size=400, min_frequency=1, special_tokens=specials)
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
    model.save_pretrained(directory, safe_serialization=True)
    return directory
