"""Markdown: read and written like plain text, so markup is kept byte for byte."""

from __future__ import annotations

from pathlib import Path

from redact.documents import Document
from redact.documents import txt

FORMAT = "md"
render = txt.render


def read(path: Path) -> Document:
    """Read a Markdown file as text."""
    doc = txt.read(path)
    return Document(doc.path, FORMAT, doc.text, doc.segments, doc.source)
