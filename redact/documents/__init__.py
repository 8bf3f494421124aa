"""Documents: one reader/writer module per format, registered by suffix.

A reader turns a file into a :class:`Document`: the flattened ``text`` that
recognizers see and the :class:`Segment` map back to the source (a line, a
cue, a JSON field). A writer renders the document with replacements applied
and returns bytes; only :mod:`redact.output` touches disk.

Invariant: ``doc.text[s.start:s.end]`` is the source text at ``s.locator``.
"""

from __future__ import annotations

import importlib
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from redact.errors import DecodeError, DocumentTooLargeError, MalformedDocumentError, UnsupportedFormatError

if TYPE_CHECKING:
    from redact.resolve import Replacement

__all__ = [
    "Document",
    "Segment",
    "READERS",
    "MAX_BYTES",
    "read",
    "render",
    "supported_suffixes",
    "decode_text",
    "read_source",
    "format_for",
]

# Transcripts are small; anything larger than this is refused rather than half-processed.
# Checked with stat() before a byte is read, and again on the bytes read (the file may grow).
MAX_BYTES = 200 * 1024 * 1024
_MB = 1024 * 1024
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


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


def read_source(path: Path | str, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes, refused by size before it is read (``stat``) and after (it may have grown).

    Only regular files are read: a FIFO or a device would block or never end.
    """
    p = Path(path)
    st = p.stat()
    if not stat.S_ISREG(st.st_mode):
        raise DecodeError(path, "not a regular file (a FIFO, device or socket)", hint="only plain files are read")
    if st.st_size > limit:
        raise DocumentTooLargeError(path, f"file is larger than {limit // _MB} MB")
    with p.open("rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise DocumentTooLargeError(path, f"file is larger than {limit // _MB} MB")
    return data


def _wide_encoding(data: bytes) -> str | None:
    """``UTF-16``/``UTF-32`` for text in those encodings (a BOM, or every other byte NUL), else None.

    Such a file is text saved in the wrong encoding, not a binary file: the message says how to fix it.
    Only bytes that decode in that encoding count (``\\xff\\xfe`` before Latin-1 text is just not UTF-8).
    """
    if data.startswith(_UTF32_BOMS):
        name, codec = "UTF-32", "utf-32"
    elif data.startswith(_UTF16_BOMS):
        name, codec = "UTF-16", "utf-16"
    else:
        head = data[:4096]
        if len(head) < 4:
            return None
        even, odd = head[0::2].count(0) > 0.4 * len(head[0::2]), head[1::2].count(0) > 0.4 * len(head[1::2])
        if even == odd:
            return None
        name, codec = "UTF-16", "utf-16-be" if even else "utf-16-le"
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return None
    return name


def decode_text(path: Path | str, data: bytes) -> tuple[str, bool]:
    """Strict UTF-8 decoding; returns the text and whether a BOM was present.

    A NUL byte anywhere makes the file binary (a NUL is never transcript text and
    would be copied to the output); UTF-16 and UTF-32 are refused by name.
    """
    if len(data) > MAX_BYTES:
        raise DocumentTooLargeError(path, f"file is larger than {MAX_BYTES // _MB} MB")
    wide = _wide_encoding(data)
    if wide:
        raise DecodeError(path, f"{wide} is not supported, save as UTF-8", where="byte 0")
    if b"\x00" in data:
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
