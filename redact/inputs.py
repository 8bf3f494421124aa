"""Which files are transcripts: one discovery of the inputs for run, check and report."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from redact.documents import supported_suffixes
from redact.errors import UsageError, no_such_path

__all__ = ["Input", "discover", "is_annotation", "walk", "special_file", "refusal"]


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


_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device"}


def special_file(path: Path) -> str | None:
    """Why ``path`` must not be opened (a FIFO, socket or device would block or never end), else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # reported when it is read
    if stat.S_ISREG(mode):
        return None
    return f"not a regular file ({_KINDS.get(stat.S_IFMT(mode), 'a special file')}); never opened"


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def refusal(path: Path, folder: Path | None, *, follow_symlinks: bool = False) -> str | None:
    """Why a discovered file is refused (it is reported as failed and never opened), else None.

    Special files (FIFOs, sockets, devices) are always refused; a symbolic link found in ``folder``
    that leads outside it only without ``follow_symlinks`` (a link inside the folder is fine).
    """
    special = special_file(path)
    if special is not None:
        return special
    if folder is not None and not follow_symlinks and path.is_symlink():
        if not _inside(path.resolve(), folder):
            return "symbolic link to a file outside the input folder; not followed (pass --follow-symlinks)"
    return None


@dataclass(frozen=True)
class Input:
    """One file to process, and where it was found."""

    path: Path  # the file, resolved
    given: Path  # the input path it came from, as given on the command line
    folder: Path | None  # that input resolved, when it is a folder (None: the file was named itself)
    rel: str  # the file's path inside ``folder`` (POSIX), or its name when named itself
    refused: str | None = None  # why the file must not be opened (see :func:`refusal`)


def discover(paths: Sequence[Path], *, follow_symlinks: bool = False) -> list[Input]:
    """Every transcript under ``paths``, in order: files named, and files found in folders by :func:`walk`.

    A named file with an unsupported suffix is kept, so that it fails loudly rather than being skipped.
    Special files and symbolic links leading out of their folder are listed with ``refused`` set
    (:func:`refusal`), so that each is reported as a failed file without being opened. Symbolic links
    to folders are not descended. Raises :class:`UsageError` when no path is given or one does not exist.
    """
    if not paths:
        raise UsageError("no input paths given")
    out: list[Input] = []
    for raw in paths:
        if not raw.exists():
            raise no_such_path(raw)
        src = raw.resolve()
        if src.is_dir():
            out += [
                Input(p, raw, src, p.relative_to(src).as_posix(), refusal(p, src, follow_symlinks=follow_symlinks))
                for p in walk(src)
            ]
        else:
            out.append(Input(src, raw, None, src.name, special_file(src)))
    return out
