"""Options several commands share: one spelling, one help text, one set of choices, one completion."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

__all__ = ["Language", "LangOption", "PolicyOption", "complete_policy"]

# The languages redact analyses; `auto` decides per document. Typed case-insensitively (`--lang RU` is `ru`).
Language = Literal["auto", "en", "ru", "uk"]


def complete_policy(incomplete: str) -> list[str]:
    """``--policy`` candidates: the shipped policy names, then YAML files (and folders) under what was typed."""
    from redact.policy import shipped_policies

    names = [n for n in sorted(shipped_policies()) if n.startswith(incomplete)]
    slash = incomplete.rfind("/")
    prefix, stem = incomplete[: slash + 1], incomplete[slash + 1 :]
    base = Path(prefix or ".")
    files: list[str] = []
    try:
        entries = sorted(base.iterdir())
    except OSError:
        entries = []
    for entry in entries:
        if not entry.name.startswith(stem) or (entry.name.startswith(".") and not stem.startswith(".")):
            continue
        if entry.is_dir() and incomplete:  # folders once something is typed, so the names come first
            files.append(f"{prefix}{entry.name}/")
        elif entry.suffix in {".yaml", ".yml"}:
            files.append(f"{prefix}{entry.name}")
    return names + files


LangOption = Annotated[
    Language,
    typer.Option(case_sensitive=False, help="Language of the text; auto decides per document."),
]


PolicyOption = Annotated[
    str,
    typer.Option(
        metavar="NAME|FILE", help="A shipped policy (e.g. strict) or a YAML file.", autocompletion=complete_policy
    ),
]
