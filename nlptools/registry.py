"""The model registry (``models/registry.toml``) and model files on disk.

The registry pins every model to a Hub commit so results are reproducible.
Nothing here downloads anything unless :func:`download` is called explicitly
(``nlptools models download NAME``); loading code asks :func:`local_path`,
which only looks in the local Hugging Face cache (``local_files_only``) or at
a directory the user gave.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError, ModelNotDownloadedError, UnknownModelError

#: File patterns a download fetches: safetensors weights only, never pickles.
DOWNLOAD_PATTERNS = [
    "*.json",
    "*.safetensors",
    "*.model",  # SentencePiece
    "*.spm",
    "vocab.*",
    "merges.txt",
    "tokenizer*",
    "*.txt",
]


@dataclass(frozen=True, slots=True)
class ModelEntry:
    """One registry entry."""

    name: str
    task: str
    hf_id: str
    revision: str
    licence: str
    languages: tuple[str, ...] = ()
    target: str | None = None
    size_mb: int | None = None
    default: bool = False
    description: str = ""
    # The Hub's safetensors conversion of the same weights (SFconvertbot's PR ref), used
    # when the pinned revision only has pickled weights; its resolved commit is reported.
    safetensors_ref: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def download_command(self) -> str:
        return f"nlptools models download {self.name}"


def registry_path() -> Path:
    """Where the registry is read from: $NLPTOOLS_REGISTRY, the source tree, or the installed copy."""
    env = os.environ.get("NLPTOOLS_REGISTRY")
    if env:
        return Path(env)
    source_tree = Path(__file__).resolve().parent.parent / "models" / "registry.toml"
    if source_tree.is_file():
        return source_tree
    return Path(__file__).resolve().parent / "_registry.toml"


@lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, ModelEntry]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"model registry {path} not found.", fix="set NLPTOOLS_REGISTRY to a registry.toml") from exc
    entries: dict[str, ModelEntry] = {}
    known = set(ModelEntry.__slots__) - {"name", "extra"}
    for name, raw in data.get("models", {}).items():
        fields = {k: v for k, v in raw.items() if k in known}
        extra = {k: v for k, v in raw.items() if k not in known}
        for required in ("task", "hf_id", "revision", "licence"):
            if required not in fields:
                raise ConfigError(f"registry entry {name!r} in {path} lacks {required!r}.", fix=f"add {required} = ...")
        fields["languages"] = tuple(fields.get("languages", ()))
        entries[name] = ModelEntry(name=name, extra=extra, **fields)
    return entries


def load_registry() -> dict[str, ModelEntry]:
    """All registry entries by name."""
    return _load(registry_path())


def get_entry(name: str) -> ModelEntry:
    reg = load_registry()
    if name not in reg:
        raise UnknownModelError(
            f"unknown model {name!r}.",
            fix=f"use one of {', '.join(sorted(reg))} (see `nlptools models list`) or a local model directory.",
        )
    return reg[name]


def default_for(task: str, language: str | None = None) -> ModelEntry | None:
    """The default entry for a task (and source language, when given)."""
    candidates = [e for e in load_registry().values() if e.task == task]
    if language:
        candidates = [e for e in candidates if not e.languages or language in e.languages or "*" in e.languages]
    for e in candidates:
        if e.default:
            return e
    return candidates[0] if candidates else None


def licence_notice(name_or_path: str | None) -> str | None:
    """A one-line notice when a registry model is non-commercial (CC-BY-NC…); ``None`` otherwise."""
    if not name_or_path:
        return None
    entry = load_registry().get(str(name_or_path))
    if entry is None or "-NC" not in entry.licence.upper():
        return None
    return f"note: {entry.name} is licensed {entry.licence} (non-commercial use only)."


def cache_dir() -> Path | None:
    """An explicit model cache ($NLPTOOLS_CACHE), else the Hugging Face default."""
    env = os.environ.get("NLPTOOLS_CACHE")
    return Path(env) if env else None


def local_path(entry: ModelEntry) -> Path | None:
    """The downloaded snapshot of ``entry`` with safetensors weights, or ``None``. Never downloads."""
    from huggingface_hub import snapshot_download

    for revision in (entry.revision, entry.safetensors_ref):
        if not revision:
            continue
        try:
            path = Path(
                snapshot_download(
                    entry.hf_id,
                    revision=revision,
                    cache_dir=cache_dir(),
                    local_files_only=True,
                    allow_patterns=DOWNLOAD_PATTERNS,
                )
            )
        except Exception:
            continue
        if any(path.glob("*.safetensors")):
            return path
    return None


def resolve_model(name_or_path: str | os.PathLike[str]) -> tuple[str, Path]:
    """Map a registry name or a local directory to ``(display name, directory)``.

    Raises :class:`ModelNotDownloadedError` with the download command when a
    registry model is not on disk.
    """
    as_path = Path(name_or_path).expanduser()
    if as_path.is_dir():
        return str(as_path), as_path
    entry = get_entry(str(name_or_path))
    path = local_path(entry)
    if path is None:
        raise ModelNotDownloadedError(
            f"model {entry.name!r} ({entry.hf_id}@{entry.revision[:10]}) is not downloaded.",
            fix=f"run `{entry.download_command}` (needs network access to huggingface.co), "
            "or pass a local model directory.",
        )
    return entry.name, path


def download(entry: ModelEntry, progress: Callable[[str], None] | None = None) -> Path:
    """Download ``entry`` (safetensors only) and return its directory.

    The pinned revision is used when it has safetensors weights; otherwise the
    entry's ``safetensors_ref`` (the Hub's conversion of the same weights), whose
    resolved commit is reported so it can be pinned.
    """
    from huggingface_hub import HfApi, snapshot_download

    say = progress or (lambda _msg: None)
    api = HfApi()
    say(f"checking {entry.hf_id}@{entry.revision[:10]}")
    revision = entry.revision
    if not _has_safetensors(api, entry.hf_id, revision):
        if not entry.safetensors_ref:
            raise _no_safetensors(entry, revision)
        revision = api.model_info(entry.hf_id, revision=entry.safetensors_ref).sha or entry.safetensors_ref
        say(f"{entry.revision[:10]} has pickled weights only; using the safetensors conversion "
            f"{entry.safetensors_ref} at commit {revision}")
        if not _has_safetensors(api, entry.hf_id, revision):
            raise _no_safetensors(entry, revision)
    say(f"downloading {entry.hf_id} (~{entry.size_mb or '?'} MB)")
    snapshot_download(entry.hf_id, revision=revision, cache_dir=cache_dir(), allow_patterns=DOWNLOAD_PATTERNS)
    path = local_path(entry) if revision in (entry.revision, entry.safetensors_ref) else None
    if path is None:  # the ref resolved to a commit: make it findable offline under the ref name too
        path = Path(
            snapshot_download(
                entry.hf_id,
                revision=entry.safetensors_ref or revision,
                cache_dir=cache_dir(),
                allow_patterns=DOWNLOAD_PATTERNS,
            )
        )
    return path


def _has_safetensors(api: object, repo: str, revision: str) -> bool:
    files = api.list_repo_files(repo, revision=revision)  # type: ignore[attr-defined]
    return any(f.endswith(".safetensors") for f in files)


def _no_safetensors(entry: ModelEntry, revision: str) -> ModelNotDownloadedError:
    return ModelNotDownloadedError(
        f"{entry.hf_id}@{revision[:10]} has no safetensors weights; nlptools never loads pickled weights.",
        fix="pin a revision with model.safetensors in models/registry.toml, or set safetensors_ref to the "
        "Hub's safetensors-conversion PR (e.g. refs/pr/1).",
    )
