"""The typer application: ``nlptools COMMAND ...``.

Each command lives in its own module under :mod:`nlptools.cli` and adds itself
with ``register(app)``; this file only wires them and turns library errors
into one clear line on stderr plus a stable exit code.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from typing import Any

import typer

from ..errors import NlptoolsError
from .common import exit_code_for

COMMANDS = ["detect", "analyze", "models", "schema", "batch", "quotes", "summarize", "translate", "draft", "serve", "facts"]

app = typer.Typer(
    name="nlptools",
    help="Article analysis: language, Swedish→English translation, summaries, quotes with speakers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"nlptools {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Article analysis: language, Swedish→English translation, summaries, quotes with speakers."""


def _with_error_handling(callback: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into one line on stderr and a stable exit code."""

    @functools.wraps(callback)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return callback(*args, **kwargs)
        except NlptoolsError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(exit_code_for(exc)) from None

    return wrapper


def _wrap_commands(typer_app: typer.Typer) -> None:
    for command in typer_app.registered_commands:
        if command.callback is not None and not hasattr(command.callback, "__wrapped__"):
            command.callback = _with_error_handling(command.callback)
    for group in typer_app.registered_groups:
        if group.typer_instance is not None:
            _wrap_commands(group.typer_instance)


def _register_all() -> None:
    for name in COMMANDS:
        importlib.import_module(f"{__package__}.{name}").register(app)
    _wrap_commands(app)


_register_all()


def main() -> None:
    """Console entry point."""
    app()
