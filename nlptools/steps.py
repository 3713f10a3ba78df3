"""The step registry: every pipeline step by name, with a typed config and its requires/provides/uses.

A pipeline is built from step names and configs::

    >>> from nlptools.pipeline import Pipeline
    >>> from nlptools.langid.step import LanguageConfig
    >>> pipe = Pipeline.from_names(["language", "quotes"], {"language": LanguageConfig(languages=("sv", "en"))})
    >>> [s.name for s in pipe.steps]
    ['language', 'quotes']

Adding a step takes one decorator and no edit anywhere else: write a frozen
config dataclass whose fields are the step's options (``metadata={"help": ...}``
becomes the ``--option`` help of every command that runs the step; ``"flag"``
overrides the option name) and decorate the step class::

    @dataclass(frozen=True, slots=True)
    class EventConfig:
        window: int = field(default=3, metadata={"help": "Sentences around a quote to read."})

    @register_step(EventConfig)
    class EventStep(BaseStep):
        name = "event"
        requires = ("paragraphs",)
        provides = ("event",)
        uses = ("quotes",)            # runs after the step that provides quotes, when present
        def __init__(self, *, window: int = 3) -> None: ...

A config may define ``check()`` raising a coded error (a missing file, an
incomplete model directory): it runs when the pipeline is built, before any
input is read.  The class is built as ``EventStep(**config_fields)`` (plus ``device=`` when its
``__init__`` takes one: the device is resolved once per pipeline).  Put it in
``nlptools/<package>/step.py`` and it is found on the first lookup (every
``nlptools.*.step`` module is imported then); a plugin outside the package
declares an entry point in the ``nlptools.steps`` group naming its module.

``requires``: must be provided by an earlier step (else the pipeline refuses to
build).  ``uses``: read when present, so when both are in a pipeline the step
runs after the one that provides it (:func:`order` sorts names that way, and
:class:`~nlptools.pipeline.Pipeline` refuses the opposite order).
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class StepSpec:
    """One registered step: its class, its config type and what it needs and gives."""

    name: str
    cls: type
    config: type
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    uses: tuple[str, ...]
    takes_device: bool

    def build(self, config: Any = None, *, device: str = "auto") -> Any:
        """The step instance for ``config`` (the config type's defaults when ``None``)."""
        if config is None:
            config = self.config()
        if not isinstance(config, self.config):
            raise ConfigError(
                f"step {self.name!r} takes a {self.config.__name__}, not {type(config).__name__}.",
                fix=f"pass {self.config.__name__}(...) for {self.name!r}.",
            )
        check = getattr(config, "check", None)
        if check is not None:  # e.g. a missing --glossary file or model directory: refused before any work
            check()
        kwargs = {f.name: getattr(config, f.name) for f in dataclasses.fields(config)}
        if self.takes_device:
            kwargs["device"] = device
        return self.cls(**kwargs)


_REGISTRY: dict[str, StepSpec] = {}
_DISCOVERED = False


def register_step(config: type | None = None) -> Any:
    """Class decorator: register a step under its ``name`` with its config dataclass.

    ``@register_step(MyConfig)``; a bare ``@register_step`` registers a step
    without options (or with its class attribute ``Config``).
    """
    if config is not None and not dataclasses.is_dataclass(config) and hasattr(config, "provides"):
        step_cls = config  # used bare: @register_step
        return register_step(getattr(step_cls, "Config", None))(step_cls)
    if config is not None and not dataclasses.is_dataclass(config):
        raise TypeError(f"register_step takes the step's config dataclass, not {config!r}")

    def decorate(cls: type) -> type:
        for attr in ("name", "requires", "provides"):
            if not hasattr(cls, attr):
                raise TypeError(f"{cls.__name__} lacks the Step attribute {attr!r}")
        cfg = config or _empty_config(cls)
        params = inspect.signature(cls.__init__).parameters
        names = {f.name for f in dataclasses.fields(cfg)}
        unknown = names - set(params)
        if unknown and not any(p.kind is p.VAR_KEYWORD for p in params.values()):
            raise TypeError(f"{cls.__name__} does not accept config field(s) {', '.join(sorted(unknown))}")
        _REGISTRY[cls.name] = StepSpec(
            cls.name,
            cls,
            cfg,
            tuple(cls.requires),
            tuple(cls.provides),
            tuple(getattr(cls, "uses", ())),
            "device" in params and "device" not in names,
        )
        return cls

    return decorate


def _empty_config(cls: type) -> type:
    cfg = dataclasses.make_dataclass(f"{cls.__name__}Config", [], frozen=True)
    cfg.__module__ = cls.__module__
    module = sys.modules.get(cls.__module__)
    if module is not None and not hasattr(module, cfg.__name__):  # picklable: batch sends configs to worker processes
        setattr(module, cfg.__name__, cfg)
    return cfg


def _discover() -> None:
    """Import every ``nlptools.*.step`` module and the ``nlptools.steps`` entry points (once)."""
    global _DISCOVERED
    if _DISCOVERED:
        return
    _DISCOVERED = True
    import nlptools

    for root in nlptools.__path__:
        for info in sorted(pkgutil.iter_modules([root]), key=lambda m: m.name):
            if info.ispkg and (Path(root) / info.name / "step.py").is_file():
                importlib.import_module(f"nlptools.{info.name}.step")
    from importlib.metadata import entry_points

    for ep in entry_points(group="nlptools.steps"):
        ep.load()


def specs() -> dict[str, StepSpec]:
    """Every registered step by name."""
    _discover()
    return dict(_REGISTRY)


def get_spec(name: str) -> StepSpec:
    """The registered step ``name`` (a :class:`ConfigError` listing the known names otherwise)."""
    known = specs()
    if name not in known:
        raise ConfigError(f"unknown step(s): {name}.", fix=f"choose from {', '.join(order(known))}.")
    return known[name]


def order(names: Iterable[str]) -> list[str]:
    """``names`` in a runnable order: after every step whose output they require or use.

    The order is canonical (registration order breaks ties), so the same set of
    names always gives the same pipeline.
    """
    spec = {n: get_spec(n) for n in dict.fromkeys(names)}
    rank = {n: i for i, n in enumerate(_REGISTRY)}
    wanted = sorted(spec, key=lambda n: rank[n])
    done: list[str] = []
    while len(done) < len(wanted):
        ready = [
            n
            for n in wanted
            if n not in done
            and not any(
                need in spec[m].provides for m in wanted if m not in done and m != n for need in spec[n].requires + spec[n].uses
            )
        ]
        if not ready:
            raise ConfigError(f"steps {', '.join(n for n in wanted if n not in done)} depend on each other.", fix="drop one.")
        done.append(ready[0])
    return done


def default_names() -> list[str]:
    """Every registered step, in pipeline order (what ``analyze`` runs)."""
    return order(specs())


def build(names: Iterable[str], configs: Mapping[str, Any] | None = None, *, device: str = "auto") -> list[Any]:
    """Step instances for ``names`` (ordered), each from its config in ``configs`` (defaults otherwise).

    ``device`` is resolved here, once, and only when a step takes one.
    """
    names = order(names)
    configs = dict(configs or {})
    extra = set(configs) - set(names)
    if extra - set(specs()):
        raise ConfigError(f"config for unknown step(s): {', '.join(sorted(extra))}.", fix=f"choose from {', '.join(default_names())}.")
    chosen = [get_spec(n) for n in names]
    if any(s.takes_device for s in chosen):
        from .device import resolve_device

        device = resolve_device(device)
    return [s.build(configs.get(s.name), device=device) for s in chosen]
