"""Model registry: pinned entries, offline resolution, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlptools.errors import ConfigError, ModelNotDownloadedError, UnknownModelError
from nlptools.registry import _load, default_for, get_entry, load_registry, resolve_model


def test_every_entry_is_pinned_to_a_commit() -> None:
    reg = load_registry()
    assert reg, "registry is empty"
    for entry in reg.values():
        assert len(entry.revision) == 40 and all(c in "0123456789abcdef" for c in entry.revision), entry.name
        assert entry.licence and entry.task and "/" in entry.hf_id


def test_default_translation_model_for_swedish() -> None:
    entry = default_for("translation", "sv")
    assert entry is not None and entry.hf_id == "Helsinki-NLP/opus-mt-sv-en"


def test_unknown_name() -> None:
    with pytest.raises(UnknownModelError) as exc:
        get_entry("nope")
    assert "opus-mt-sv-en" in str(exc.value)


def test_missing_download_says_how(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NLPTOOLS_CACHE", str(tmp_path))  # an empty cache
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelNotDownloadedError) as exc:
        resolve_model("opus-mt-sv-en")
    assert "nlptools models download opus-mt-sv-en" in str(exc.value)


def test_local_directory_is_accepted(tmp_path: Path) -> None:
    name, path = resolve_model(tmp_path)
    assert path == tmp_path and name == str(tmp_path)


def test_registry_override_and_validation(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bad = tmp_path / "reg.toml"
    bad.write_text('[models.x]\ntask = "translation"\nhf_id = "a/b"\n', encoding="utf-8")
    monkeypatch.setenv("NLPTOOLS_REGISTRY", str(bad))
    _load.cache_clear()
    with pytest.raises(ConfigError) as exc:
        load_registry()
    assert "revision" in str(exc.value)
    _load.cache_clear()


class _FakeApi:
    """Stands in for the Hub: the pinned commit has pickles only, the conversion ref has safetensors."""

    files = {
        "pinned": ["config.json", "pytorch_model.bin", "source.spm"],
        "c0ffee" * 6 + "abcd": ["config.json", "pytorch_model.bin", "model.safetensors", "source.spm"],
    }

    def list_repo_files(self, repo: str, revision: str) -> list[str]:
        return self.files[revision]

    def model_info(self, repo: str, revision: str):
        assert revision == "refs/pr/4"
        return type("Info", (), {"sha": "c0ffee" * 6 + "abcd"})()


def test_download_uses_the_safetensors_conversion_when_pinned_has_pickles(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import huggingface_hub

    from nlptools.registry import ModelEntry, download

    fetched: list[str] = []

    def fake_snapshot(repo: str, *, revision: str, cache_dir, allow_patterns, local_files_only: bool = False):
        assert "*.bin" not in allow_patterns and "*.safetensors" in allow_patterns
        if local_files_only:
            raise FileNotFoundError
        fetched.append(revision)
        (tmp_path / "model.safetensors").write_bytes(b"x")
        return str(tmp_path)

    monkeypatch.setattr(huggingface_hub, "HfApi", _FakeApi)
    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake_snapshot)
    messages: list[str] = []
    entry = ModelEntry("m", "translation", "org/m", "pinned", "Apache-2.0", safetensors_ref="refs/pr/4")
    assert download(entry, progress=messages.append) == tmp_path
    assert fetched[0] == "c0ffee" * 6 + "abcd"
    assert any("refs/pr/4" in m and "c0ffee" in m for m in messages)

    without_ref = ModelEntry("m", "translation", "org/m", "pinned", "Apache-2.0")
    with pytest.raises(ModelNotDownloadedError) as exc:
        download(without_ref)
    assert "never loads pickled weights" in str(exc.value)
