"""The configuration a batch output was made with, stored beside it and checked on ``--resume``.

Resuming with other ``--steps`` (or another model, summary length, text
field, limits…) would append records of another shape to the ones already
written, and nothing in the output would say so.  A fresh job writes
``<output>.run.json`` with the settings that decide what a record holds; a
resumed job compares its own settings with it and stops with
:class:`~nlptools.errors.RunConfigMismatchError` listing every difference,
unless the user starts over with ``--overwrite``.

Settings that change only speed (device, workers, batch size, engine,
flushing, the time budget) are left out, so a job can be resumed on other
hardware.  An output from a version that wrote no ``.run.json`` is resumed
as before and gets one.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import RunConfigMismatchError
from ..types import SCHEMA_VERSION
from .writers import parts_dir

if TYPE_CHECKING:
    from .runner import BatchOptions, PipelineSpec

#: Step config fields that change speed, not what a record holds.
_SPEED_ONLY = frozenset({"device", "compute_type", "batch_tokens", "batch_size"})


def config_path(output: str | Path) -> Path:
    """The sidecar holding the run configuration of ``output``."""
    output = Path(output)
    return output.with_name(output.name + ".run.json")


def _plain(value: Any) -> Any:
    """JSON-comparable form (tuples become lists, paths strings)."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def run_config(pipeline: PipelineSpec | None, options: BatchOptions) -> dict[str, Any]:
    """The settings of a job that decide the shape and content of its records."""
    from ..analysis import PipelineConfig

    spec: Any = PipelineConfig() if pipeline is None else pipeline
    if isinstance(spec, PipelineConfig):
        described = spec.describe()  # steps in order and every step's config
        configs = {name: {k: _plain(v) for k, v in cfg.items() if k not in _SPEED_ONLY} for name, cfg in described.get("configs", {}).items()}
        steps: dict[str, Any] = {"steps": _plain(described.get("steps")), "configs": configs}
    elif isinstance(spec, str):
        steps = {"pipeline": spec}
    else:
        name = getattr(spec, "__qualname__", None) or type(spec).__qualname__
        steps = {"pipeline": f"{getattr(spec, '__module__', '?')}:{name}"}
    reader = options.reader
    return {
        "schema_version": SCHEMA_VERSION,
        "output_format": options.output_format,
        "text_field": reader.text_field,
        "id_field": reader.id_field,
        "max_bytes": reader.limits.max_bytes,
        "max_chars": reader.limits.max_chars,
        **steps,
    }


def _differences(stored: dict[str, Any], current: dict[str, Any]) -> list[str]:
    keys = sorted(set(stored) | set(current))
    return [f"{k}: {stored.get(k, '(unset)')!r} then, {current.get(k, '(unset)')!r} now" for k in keys if stored.get(k) != current.get(k)]


def check_run_config(output: str | Path, config: dict[str, Any], *, resume: bool, overwrite: bool) -> None:
    """Refuse to resume ``output`` with another configuration; record ``config`` for the next resume."""
    output = Path(output)
    sidecar = config_path(output)
    existing = output.exists() or parts_dir(output).exists()
    if existing and not resume and not overwrite:
        return  # the job is refused (OutputExistsError) and must leave the stored settings alone
    if resume and existing and sidecar.exists():
        try:
            stored = json.loads(sidecar.read_text(encoding="utf-8")).get("config", {})
        except (OSError, ValueError, AttributeError) as exc:
            raise RunConfigMismatchError(
                f"{sidecar} cannot be read ({exc}), so the settings {output} was made with are unknown.",
                fix="restore the file, or start over with --overwrite.",
            ) from exc
        diff = _differences(stored, config)
        if diff:
            raise RunConfigMismatchError(
                f"{output} was made with other settings than this run: " + "; ".join(diff) + ".",
                fix=f"rerun with the settings stored in {sidecar.name}, write to another --output, or start over with --overwrite.",
            )
        return
    from .. import __version__

    tmp = sidecar.with_name(sidecar.name + ".tmp")
    payload = {"config": config, "nlptools": __version__, "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    sidecar.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, sidecar)
