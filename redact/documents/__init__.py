"""Documents: one reader/writer module per format, registered by suffix.

A reader turns a file into a :class:`Document`: the flattened ``text`` that
recognizers see and the :class:`Segment` map back to the source (a line, a
cue, a JSON field). A writer renders the document with replacements applied
and returns bytes; only :mod:`redact.output` touches disk.

Invariant: ``doc.text[s.start:s.end]`` is the source text at ``s.locator``.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from redact.errors import DecodeError, DocumentTooLargeError, MalformedDocumentError, UnsupportedFormatError

if TYPE_CHECKING:
    from redact.anonymize import Replacement

__all__ = [
    "Document",
    "Segment",
    "READERS",
    "MAX_BYTES",
    "read",
    "render",
    "supported_suffixes",
    "decode_text",
    "format_for",
]

# Transcripts are small; anything larger than this is refused rather than half-processed.
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Segment:
    """A stretch of ``Document.text`` and where it came from in the source."""

    start: int
    end: int
    locator: str


@dataclass(frozen=True)
class Document:
    """A file's flattened text, its segments, and what its writer needs to rebuild it."""

    path: str
    format: str
    text: str
    segments: tuple[Segment, ...]
    source: Any = field(default=None, compare=False, repr=False)

    def bounds(self) -> list[tuple[int, int]]:
        """Segment (start, end) pairs, for clipping spans."""
        return [(s.start, s.end) for s in self.segments]


def decode_text(path: Path, data: bytes) -> tuple[str, bool]:
    """Strict UTF-8 decoding; returns the text and whether a BOM was present."""
    if len(data) > MAX_BYTES:
        raise DocumentTooLargeError(path, f"file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    if b"\x00" in data[:8192]:
        raise DecodeError(path, "binary file (contains NUL bytes), not a text transcript")
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        text = data[3:].decode("utf-8") if bom else data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DecodeError(
            path, "not valid UTF-8", where=f"line {line}", hint="convert the file to UTF-8 first"
        ) from None
    if not text.strip():
        raise MalformedDocumentError(path, "empty file, nothing to redact", hint="check the export that produced it")
    return text, bom


# File suffix -> module with ``read(path) -> Document`` and ``render(doc, replacements) -> bytes``.
# Imported lazily so that a run loads only the formats it meets.
READERS: dict[str, str] = {
    ".txt": "redact.documents.txt",
    ".md": "redact.documents.md",
    ".srt": "redact.documents.srt",
    ".vtt": "redact.documents.vtt",
    ".json": "redact.documents.json_",
    ".docx": "redact.documents.docx",
}


def supported_suffixes() -> list[str]:
    """File suffixes redact can read."""
    return sorted(READERS)


def format_for(path: Path) -> ModuleType:
    """The reader/writer module for ``path``'s suffix."""
    name = READERS.get(Path(path).suffix.lower())
    if name is None:
        raise UnsupportedFormatError(
            path,
            f"unsupported file type '{Path(path).suffix or '(none)'}'",
            hint="supported: " + ", ".join(sorted(READERS)),
        )
    return importlib.import_module(name)


def read(path: Path) -> Document:
    """Read ``path`` with the reader registered for its suffix."""
    mod = format_for(path)
    doc: Document = mod.read(path)
    return doc


def render(doc: Document, replacements: Sequence[Replacement]) -> bytes:
    """The document's bytes with ``replacements`` applied, in its own format."""
    mod = format_for(Path(doc.path))
    out: bytes = mod.render(doc, replacements)
    return out
