"""Which files are transcripts: one walk of the input folders for run, check and report."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from redact.documents import supported_suffixes

__all__ = ["is_annotation", "walk"]


def is_annotation(path: Path) -> bool:
    """Gold annotation files (``*.gold.json``) sit beside samples but are never transcripts."""
    return path.name.endswith(".gold.json")


def walk(folder: Path) -> Iterator[Path]:
    """Transcript files under ``folder`` in a stable order (no hidden paths, no gold annotations)."""
    suffixes = set(supported_suffixes())
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            p = Path(root) / name
            if name.startswith(".") or is_annotation(p) or p.suffix.lower() not in suffixes:
                continue
            yield p
