"""Command-line interface: one module per command, all on the shared ``app``."""

# ruff: noqa: I001
from __future__ import annotations

# Order matters (no import sorting): redact._offline first, then the commands in the order `--help` lists them.
from redact import _offline  # noqa: F401
from redact.cli import run  # noqa: F401  (registers the command)
from redact.cli import check  # noqa: F401  (registers the command)
from redact.cli import eval  # noqa: F401  (registers the command)
from redact.cli import policy  # noqa: F401  (registers the command group)
from redact.cli import report  # noqa: F401  (registers the command)
from redact.cli._app import app

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    app(prog_name="redact")
