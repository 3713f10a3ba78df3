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
