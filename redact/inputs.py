"""Which files are transcripts: one discovery of the inputs for run, check and report."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from redact.documents import supported_suffixes
from redact.errors import UsageError, no_such_path

__all__ = ["Input", "discover", "is_annotation", "walk"]


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


@dataclass(frozen=True)
class Input:
    """One file to process, and where it was found."""

    path: Path  # the file, resolved
    given: Path  # the input path it came from, as given on the command line
    folder: Path | None  # that input resolved, when it is a folder (None: the file was named itself)
    rel: str  # the file's path inside ``folder`` (POSIX), or its name when named itself


def discover(paths: Sequence[Path]) -> list[Input]:
    """Every transcript under ``paths``, in order: files named, and files found in folders by :func:`walk`.

    A named file with an unsupported suffix is kept, so that it fails loudly rather than being skipped.
    Raises :class:`UsageError` when no path is given or one does not exist.
    """
    if not paths:
        raise UsageError("no input paths given")
    out: list[Input] = []
    for raw in paths:
        if not raw.exists():
            raise no_such_path(raw)
        src = raw.resolve()
        if src.is_dir():
            out += [Input(p, raw, src, p.relative_to(src).as_posix()) for p in walk(src)]
        else:
            out.append(Input(src, raw, None, src.name))
    return out
