"""Markdown (.md): markup kept byte for byte; link targets and code are not redacted.

The flattened text is the whole file, so recognizers read headings, lists and
quotes with their context. Segments cover everything except what a
replacement would break or what is not prose: fenced and indented-by-fence code
blocks, inline code spans, link and image destinations (``](https://…)``),
reference-link definitions and URL autolinks. ``mailto:`` and ``tel:``
destinations and e-mail autolinks stay in the segments: they are contact
details, not page addresses.

A replacement that contains ``<`` (the ``label`` operator's ``<PERSON>``) is
written as ``\\<PERSON>`` so Markdown renders it as text, not as an HTML tag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from redact.documents import Document, Segment, decode_text
from redact.documents._layout import patch_source

if TYPE_CHECKING:
    from redact.anonymize import Replacement

FORMAT = "md"

_FENCE_OPEN = re.compile(r" {0,3}(`{3,}|~{3,})")
# A code span never crosses a blank line (a paragraph break): a stray backtick must not hide a paragraph.
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.S)
# ](dest "title") and ](<dest>): group 1 is the destination.
_LINK_DEST = re.compile(r"\]\(\s*(<[^>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)", re.M)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>")
_KEEP_SCHEMES = ("mailto:", "tel:", "<mailto:", "<tel:")


def _fences(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks, from the opening fence line to the closing one (or the end)."""
    out: list[tuple[int, int]] = []
    pos = 0
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        m = _FENCE_OPEN.match(lines[i])
        if m and not (m.group(1)[0] == "`" and "`" in lines[i][m.end() :]):
            fence, start = m.group(1), pos
            pos += len(lines[i])
            i += 1
            while i < len(lines):
                pos += len(lines[i])
                closing = lines[i].strip()
                i += 1
                if closing and closing[0] == fence[0] and set(closing) == {fence[0]} and len(closing) >= len(fence):
                    break
            out.append((start, pos))
            continue
        pos += len(lines[i])
        i += 1
    return out


def excluded_ranges(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` that are code or page addresses, sorted and merged."""
    ranges: list[tuple[int, int]] = _fences(text)

    def outside_fences(pos: int) -> bool:
        return not any(a <= pos < b for a, b in ranges)

    fences = list(ranges)
    ranges.extend(m.span() for m in _CODE_SPAN.finditer(text) if outside_fences(m.start()))
    for pattern in (_LINK_DEST, _REF_DEF, _AUTOLINK):
        for m in pattern.finditer(text):
            dest = m.group(1)
            if dest and not dest.lower().startswith(_KEEP_SCHEMES) and not any(a <= m.start() < b for a, b in fences):
                ranges.append(m.span(1))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(r for r in ranges if r[1] > r[0]):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def read(path: Path) -> Document:
    """Read a Markdown file; segments skip code and link destinations."""
    text, bom = decode_text(path, Path(path).read_bytes())
    segments: list[Segment] = []
    pos = 0
    for a, b in [*excluded_ranges(text), (len(text), len(text))]:
        if a > pos:
            line = text.count("\n", 0, pos) + 1
            segments.append(Segment(pos, a, f"line {line}"))
        pos = max(pos, b)
    origins = tuple(s.start for s in segments)
    return Document(str(path), FORMAT, text, tuple(segments), {"text": text, "bom": bom, "origins": origins})


def _escape(_seg: Segment, new_text: str) -> str:
    return new_text.replace("<", "\\<")


def render(doc: Document, replacements: Sequence[Replacement]) -> bytes:
    """The Markdown source with replacements applied; markup untouched."""
    out = patch_source(doc.source["text"], doc, replacements, _escape).encode("utf-8")
    return (b"\xef\xbb\xbf" + out) if doc.source["bom"] else out
