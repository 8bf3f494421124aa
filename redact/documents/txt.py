"""Plain text: the whole file is one segment; line endings and a BOM are kept."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from redact.documents import Document, Segment, decode_text, read_source

if TYPE_CHECKING:
    from redact.resolve import Replacement

FORMAT = "txt"


def read(path: Path) -> Document:
    """Read a UTF-8 text file."""
    text, bom = decode_text(path, read_source(path))
    return Document(str(path), FORMAT, text, (Segment(0, len(text), "text"),), source={"bom": bom})


def apply(text: str, replacements: Sequence[Replacement]) -> str:
    """``text`` with every replacement applied (replacements must not overlap)."""
    out: list[str] = []
    pos = 0
    for r in sorted(replacements, key=lambda r: r.span.start):
        out.append(text[pos : r.span.start])
        out.append(r.new_text)
        pos = r.span.end
    out.append(text[pos:])
    return "".join(out)


def render(doc: Document, replacements: Sequence[Replacement]) -> bytes:
    """Encode the redacted text as the input was encoded."""
    data = apply(doc.text, replacements).encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if doc.source and doc.source.get("bom") else data
