"""The shared Typer app and the one place errors become exit codes."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from redact.errors import EXIT_FAILED, RedactError

__all__ = ["app", "fail", "handle_errors", "err"]

app = typer.Typer(
    name="redact",
    help="Withhold names, call signs, units, phones and places from transcripts before publication.",
    no_args_is_help=True,
    add_completion=False,
    # Local variables hold transcripts: never print them in a traceback.
    pretty_exceptions_show_locals=False,
    pretty_exceptions_enable=False,
)

F = TypeVar("F", bound=Callable[..., Any])


def err(message: str) -> None:
    """Print one line to stderr (control characters in it, e.g. from a file name, escaped)."""
    from redact.errors import printable

    typer.echo(f"redact: {printable(message)}", err=True)


def fail(exc: RedactError) -> typer.Exit:
    """Print a RedactError as one line and return the Exit to raise."""
    err(f"error: {exc}")
    return typer.Exit(exc.exit_code)


def handle_errors(func: F) -> F:
    """Turn RedactError into its exit code and anything unexpected into exit 3, never a traceback.

    SIGINT and SIGTERM end the command with 130 and 143 (:mod:`redact.interrupt`).
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from redact.interrupt import signals_interrupt

        try:
            with signals_interrupt():  # SIGTERM as well as Ctrl-C: stop the workers, exit 143 / 130
                return func(*args, **kwargs)
        except RedactError as exc:
            raise fail(exc) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except KeyboardInterrupt as exc:
            from redact.interrupt import exit_code

            err("interrupted")
            raise typer.Exit(exit_code(exc)) from None
        except Exception as exc:
            if os.environ.get("REDACT_DEBUG") == "1":  # opt-in: tracebacks may contain transcript text
                raise
            err(f"internal error ({type(exc).__name__}); set REDACT_DEBUG=1 to see a traceback (it may contain text)")
            raise typer.Exit(EXIT_FAILED) from None

    return wrapper  # type: ignore[return-value]


def is_terminal() -> bool:
    """Whether stderr is an interactive terminal (progress bars, colour)."""
    return sys.stderr.isatty()


def _version_callback(value: bool) -> None:
    if value:
        import redact

        typer.echo(f"redact {redact.__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Show the version."
    ),
) -> None:
    """Withhold names, call signs, units, phones and places from transcripts before publication."""
