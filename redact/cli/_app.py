"""The shared Typer app and the one place errors become exit codes."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError
from typer.core import TyperGroup

from redact.errors import EXIT_FAILED, EXIT_USAGE, RedactError

__all__ = ["CONTEXT", "app", "err", "fail", "handle_errors"]

# Help is click's plain layout (option, then its description in one column) at one width: Typer's rich panels
# squeeze descriptions into a narrow column, break words there and label every flag `<bool>` as if it took a
# value. Wider terminals still get at most 100 columns, so paragraphs read the same everywhere.
CONTEXT: dict[str, Any] = {"max_content_width": 100, "help_option_names": ["--help", "-h"]}


def _one_line(text: str) -> str:
    return " ".join(text.split())


class RedactGroup(TyperGroup):
    """The root group: a usage error (bad option, value, missing argument) is one line on stderr, exit 2."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, windows_expand_args, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except NoArgsIsHelpError as exc:  # `redact` or `redact policy` alone: the help, as before
            exc.show()
            sys.exit(exc.exit_code)
        except ClickException as exc:
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            message = _one_line(exc.format_message()).replace("Value error, ", "")
            err(f"error: {message}{hint}")
            sys.exit(EXIT_USAGE)  # every click error is a usage error (exit 1 means "found" for check)
        except typer.Abort:
            err("aborted")
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)


app = typer.Typer(
    name="redact",
    cls=RedactGroup,
    help="Withhold names, call signs, units, phones and places from transcripts before publication.",
    no_args_is_help=True,
    # `--install-completion` / `--show-completion` (bash, zsh, fish, PowerShell); candidates come from
    # `_REDACT_COMPLETE=complete_bash` etc., including shipped policy names for `--policy`.
    add_completion=True,
    rich_markup_mode=None,
    context_settings=CONTEXT,
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
