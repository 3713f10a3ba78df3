"""Per-request options of ``POST /api/analyze``: which steps run and the safe scalar step options.

A request may name ``steps`` (registered step names) and step options as
fields named like the CLI options (``--summary-method`` → ``summary_method``;
``sentences``, ``beams``, ``languages``…).  Only options that cannot reach the
server's files or run without bound are taken from a request (:data:`SAFE`,
with upper limits in :data:`LIMITS`).  Path-valued options (``model``,
``glossary``, ``summary_model``) are accepted only when they equal what the
server was started with: a request must not make the server read a file of
its choosing.  Everything else (backend, batch sizes, compute type) is the
server's and refused.  Refusals are coded errors (E302 unknown, E304 not
allowed), never a 500.

Pipelines are built per distinct configuration and kept in a small LRU
(:class:`DeskCache`), so memory stays bounded however many variants arrive.
"""

from __future__ import annotations

import dataclasses
import threading
import typing
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..analysis import PipelineConfig
from ..errors import ConfigError, UsageError
from ..steps import get_spec, specs

#: (step, config field) a request may set.
SAFE: frozenset[tuple[str, str]] = frozenset(
    {
        ("language", "language"),
        ("language", "languages"),
        ("language", "method"),
        ("language", "document_prior"),
        ("language", "prefer"),
        ("summary", "sentences"),
        ("summary", "words"),
        ("summary", "method"),
        ("summary", "lede"),
        ("translation", "beams"),
        ("translation", "titles"),
        ("translation", "protect_names"),
    }
)
#: (step, config field) naming a file or directory on the server: accepted only as the server's own value.
PATHS: frozenset[tuple[str, str]] = frozenset({("translation", "model"), ("translation", "glossary"), ("summary", "model")})
#: Upper bounds of numeric options (bounded work per request).
LIMITS: Mapping[tuple[str, str], int] = {("translation", "beams"): 8, ("summary", "sentences"): 100, ("summary", "words"): 5000}
MAX_LIST = 20  # items of a list-valued option


def request_name(step: str, field: dataclasses.Field[Any]) -> str:
    """The request field of a step option: its CLI flag without ``--``, dashes as underscores."""
    flag = field.metadata.get("flag") or "--" + field.name
    return flag.removeprefix("--").replace("-", "_")


def option_fields() -> dict[str, tuple[str, dataclasses.Field[Any], Any]]:
    """Every step option by request name: (step, field, type hint)."""
    out: dict[str, tuple[str, dataclasses.Field[Any], Any]] = {}
    for name, spec in specs().items():
        hints = typing.get_type_hints(spec.config)
        for f in dataclasses.fields(spec.config):
            out.setdefault(request_name(name, f), (name, f, hints[f.name]))
    return out


def _coerce(key: str, value: Any, hint: Any) -> Any:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    optional = type(None) in typing.get_args(hint)
    base = args[0] if optional and args else hint
    if value is None and optional:
        return None
    if typing.get_origin(base) is tuple:
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items) or len(items) > MAX_LIST:
            raise ConfigError(f"option {key!r} takes a list of at most {MAX_LIST} strings.", fix=f'send e.g. "{key}": ["sv", "en"].')
        return tuple(x.strip() for x in items if x.strip()) or (None if optional else ())
    if base is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"option {key!r} takes true or false, not {value!r}.", fix=f'send "{key}": true.')
        return value
    if base is int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ConfigError(f"option {key!r} takes a positive whole number, not {value!r}.", fix=f'send e.g. "{key}": 2.')
        return value
    if not isinstance(value, str) or len(value) > 200:
        raise ConfigError(f"option {key!r} takes a short string, not {value!r}.", fix=f'send e.g. "{key}": "...".')
    return value


def request_config(base: PipelineConfig, steps: Sequence[str] | None, options: Mapping[str, Any]) -> PipelineConfig:
    """The server's pipeline config ``base`` with the request's ``steps`` and ``options`` (refusals are coded errors)."""
    known = option_fields()
    changes: dict[str, dict[str, Any]] = {}
    for key, value in options.items():
        if key not in known:
            raise ConfigError(
                f"unknown field {key!r}.",
                fix=f"send text, id, format, steps or one of the options {', '.join(sorted(k for k in known if _allowed(known[k])))}.",
            )
        step, f, hint = known[key]
        current = getattr(base.configs.get(step) or get_spec(step).config(), f.name)
        if (step, f.name) in PATHS:
            if value is not None and str(value) == str(current or ""):
                continue  # the server's own value: nothing changes
            raise UsageError(
                f"option {key!r} names a file or directory on the server and cannot be set per request.",
                fix=f"leave {key!r} out (the server uses {current or 'its default'}), or restart `nlptools serve` with it.",
            )
        if (step, f.name) not in SAFE:
            raise UsageError(f"option {key!r} is the server's and cannot be set per request.", fix="restart `nlptools serve` with it.")
        value = _coerce(key, value, hint)
        limit = LIMITS.get((step, f.name))
        if limit is not None and value is not None and value > limit:
            raise UsageError(f"option {key!r} is over its limit of {limit} per request.", fix=f"send {key!r} of at most {limit}.")
        changes.setdefault(step, {})[f.name] = value
    configs = dict(base.configs)
    for step, fields in changes.items():
        configs[step] = dataclasses.replace(configs.get(step) or get_spec(step).config(), **fields)
    names = tuple(steps) if steps is not None else base.steps
    if steps is not None:
        if not steps:
            raise ConfigError("steps is empty.", fix="leave steps out (every step) or name at least one.")
        for name in names:
            get_spec(name)  # [E302] unknown step(s): ... Fix: choose from ...
    return PipelineConfig(tuple(names), configs, base.device, base.required)


def _allowed(entry: tuple[str, dataclasses.Field[Any], Any]) -> bool:
    return (entry[0], entry[1].name) in SAFE


def config_key(config: PipelineConfig) -> tuple[Any, ...]:
    """A hashable key of a pipeline config (configs are frozen dataclasses)."""
    return (tuple(config.names), tuple(sorted(config.configs.items())), config.device, config.required)


class DeskCache:
    """Objects built per distinct pipeline config, at most ``size`` kept (least recently used goes first)."""

    def __init__(self, build: Callable[[PipelineConfig], Any], size: int = 4) -> None:
        self._build = build
        self._size = size
        self._items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, config: PipelineConfig) -> Any:
        key = config_key(config)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        item = self._build(config)  # a failing check() raises here, before anything is cached
        with self._lock:
            self._items[key] = item
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return item

    def __len__(self) -> int:
        return len(self._items)
