"""Typer options generated from the step configs, so every step option reaches every command.

Each field of a registered step's config dataclass becomes one ``--option``
(name from the field, or ``metadata["flag"]``; help from ``metadata["help"]``;
``metadata["alias"]`` adds short or plain names on the command whose main step
it is, e.g. ``summarize --model``).  ``bool`` fields become ``--x/--no-x``,
``tuple`` fields take a comma-separated list.  The values come back as one
config per step (:func:`configs_from`), exactly what the library takes.
"""

from __future__ import annotations

import dataclasses
import inspect
import typing
from collections.abc import Mapping, Sequence
from typing import Any

import typer

from ..intake import DEFAULT_LIMITS, Limits
from ..steps import get_spec

_SEP = "__"  # parameter name: <step>__<field>


@dataclasses.dataclass(frozen=True, slots=True)
class _Field:
    step: str
    field: dataclasses.Field[Any]
    hint: Any


def _fields(names: Sequence[str]) -> list[_Field]:
    out = []
    for name in names:
        cfg = get_spec(name).config
        hints = typing.get_type_hints(cfg)
        out.extend(_Field(name, f, hints[f.name]) for f in dataclasses.fields(cfg))
    return out


def _cli_type(hint: Any) -> tuple[Any, bool]:
    """The type typer parses for a config field, and whether it is a comma-separated tuple."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    base = args[0] if args and type(None) in typing.get_args(hint) else hint
    if typing.get_origin(base) is tuple:
        return str | None, True
    if base is bool:
        return bool, False
    return (base | None) if base is not hint else base, False


def step_parameters(
    names: Sequence[str], primary: str | None = None, defaults: Mapping[str, Any] | None = None
) -> list[inspect.Parameter]:
    """One keyword parameter with a ``typer.Option`` per config field of the steps ``names``.

    ``defaults`` (``{"translation.titles": True}``) changes a field's default
    for this command only (``draft`` turns the title glossary on).
    """
    params = []
    defaults = defaults or {}
    for f in _fields(names):
        meta = f.field.metadata
        flag = meta.get("flag") or "--" + f.field.name.replace("_", "-")
        flags = [flag, *(meta.get("alias", ()) if f.step == primary else ())]
        cli_type, _ = _cli_type(f.hint)
        if cli_type is bool:
            flags = [f"{fl}/--no-{fl[2:]}" if fl.startswith("--") else fl for fl in flags]
        default = f.field.default if f.field.default is not dataclasses.MISSING else None
        default = defaults.get(f"{f.step}.{f.field.name}", default)
        if isinstance(default, tuple):
            default = ",".join(default)
        option = typer.Option(default, *flags, help=f"\\[{f.step}] {meta.get('help', '')}".strip(), show_default=default is not None)
        params.append(inspect.Parameter(f"{f.step}{_SEP}{f.field.name}", inspect.Parameter.KEYWORD_ONLY, default=option, annotation=cli_type))
    return params


def configs_from(names: Sequence[str], values: dict[str, Any]) -> dict[str, Any]:
    """One config dataclass per step from the parsed option values."""
    configs: dict[str, Any] = {}
    for name in names:
        spec = get_spec(name)
        kwargs = {}
        for f in _fields([name]):
            value = values[f"{name}{_SEP}{f.field.name}"]
            if _cli_type(f.hint)[1] and isinstance(value, str):
                value = tuple(x.strip() for x in value.split(",") if x.strip()) or None
            kwargs[f.field.name] = value
        configs[name] = spec.config(**kwargs)
    return configs


def input_parameters() -> list[inspect.Parameter]:
    """The input options every command that reads documents shares (``batch`` included)."""
    return [
        _kw("max_bytes", int, typer.Option(DEFAULT_LIMITS.max_bytes, "--max-bytes", help="Largest accepted document in bytes.")),
        _kw("max_chars", int, typer.Option(DEFAULT_LIMITS.max_chars, "--max-chars", help="Largest accepted document in characters.")),
    ]


def limits_from(values: dict[str, Any]) -> Limits:
    return Limits(max_bytes=values["max_bytes"], max_chars=values["max_chars"])


def run_parameters() -> list[inspect.Parameter]:
    """Options about running rather than about a step: device, quiet, batch size."""
    return [
        _kw("device", str, typer.Option("auto", "--device", help="auto, cpu, cuda or cuda:N (resolved once for every step).")),
        _kw("batch_size", int, typer.Option(32, "--batch-size", min=1, help="Articles per pipeline call (model batches span them).")),
        _kw("quiet", bool, typer.Option(False, "--quiet", "-q", help="No notices, progress, model-loading output or warnings on stderr.")),
    ]


def _kw(name: str, annotation: Any, option: Any) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=annotation)


def make_command(function: Any, params: Sequence[inspect.Parameter], *, name: str, doc: str) -> Any:
    """A typer callback with ``params`` that hands the parsed values to ``function(values)``."""

    def command(**values: Any) -> Any:
        return function(values)

    command.__signature__ = inspect.Signature(list(params))  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in params}
    command.__name__ = f"{name}_command"
    command.__qualname__ = command.__name__
    command.__doc__ = doc
    return command


__all__ = ["configs_from", "input_parameters", "limits_from", "make_command", "run_parameters", "step_parameters"]


def with_step_options(names: Sequence[str]) -> Any:
    """Decorator: add the input options and every option of the steps ``names`` to a typer callback.

    The callback receives them as ``limits`` (:class:`Limits`) and ``configs``
    (one config per step), next to its own parameters.
    """

    def decorate(function: Any) -> Any:
        hints = typing.get_type_hints(function)
        own = [
            p.replace(annotation=hints.get(p.name, p.annotation))
            for p in inspect.signature(function).parameters.values()
            if p.name not in ("configs", "limits")
        ]

        def call(values: dict[str, Any]) -> Any:
            kwargs = {p.name: values[p.name] for p in own}
            return function(**kwargs, configs=configs_from(names, values), limits=limits_from(values))

        params = [*own, *input_parameters(), *step_parameters(names)]
        return make_command(call, params, name=function.__name__.removesuffix("_command"), doc=function.__doc__ or "")

    return decorate
