"""Markdown (.md): markup kept byte for byte; link targets and code are not redacted.

The flattened text is the whole file, so recognizers read headings, lists and
quotes with their context. Segments cover everything except what a
replacement would break or what is not prose: fenced and indented-by-fence code
blocks, inline code spans, link and image destinations (``](https://…)``),
reference-link definitions and URL autolinks. ``mailto:`` and ``tel:``
destinations and e-mail autolinks stay in the segments: they are contact
details, not page addresses.

Emphasis and strikethrough delimiters (``**``, ``_``, ``~~`` next to a word)
are markup, not text: no segment holds them, so a replacement never takes a
``*`` with it, and the flattened text has them as ``_`` (same length, so
offsets are the file's): spaCy splits ``_`` off as its own token, whereas
``**Pavel Hill**,`` left as is gave it ``Pavel`` alone and ``Walker*`` glued
to a name. Segments never start or end with a blank and never cross a line
break, so a replacement cannot join two lines.

A replacement is written so that Markdown reads it as the same plain text:
``\\ * _ [ < & ~ |`` are backslash-escaped (``_`` only outside a word; the
``label`` operator's ``<PERSON>`` becomes ``\\<PERSON>``, not an HTML tag), a
backslash just before it in the file is kept from escaping it, a block marker
at a line start (``#``, ``>``, ``-``, ``+``, ``1.``) is escaped, a backtick
becomes ``'`` (a backslash does not stop it closing a code span) and a line
break becomes a space.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from redact.documents import Document, Segment, decode_text, read_source
from redact.documents._layout import Edit, apply_edits, edits_by_segment

if TYPE_CHECKING:
    from redact.resolve import Replacement

FORMAT = "md"

_FENCE_OPEN = re.compile(r" {0,3}(`{3,}|~{3,})")
# A code span never crosses a blank line (a paragraph break): a stray backtick must not hide a paragraph.
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.S)
# ](dest "title") and ](<dest>): group 1 is the destination.
_LINK_DEST = re.compile(r"\]\(\s*(<[^>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)", re.M)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>")
_KEEP_SCHEMES = ("mailto:", "tel:", "<mailto:", "<tel:")
# Emphasis/strikethrough delimiter runs; flanking is checked in code (CommonMark's left/right-flanking rule).
_DELIMS = re.compile(r"\*{1,3}|_{1,3}|~{1,2}")
_ESCAPE = re.compile(r"[\\`*_\[<&~|]")
_BLOCK_START = re.compile(r"[#>+=-]|\d{1,9}[.)]")
_LINE = re.compile(r"[^\n]+")


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


def _backslashes(text: str, at: int) -> int:
    """How many backslashes run up to ``at``."""
    k = at
    while k > 0 and text[k - 1] == "\\":
        k -= 1
    return at - k


def delimiters(text: str, excluded: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Emphasis and strikethrough delimiter runs outside code and link addresses.

    A run counts when it touches a word on one side and not a blank on both
    (``**Ivan**``, ``_Ivan_``, ``~~Ivan~~``); ``_`` inside a word (``snake_case``)
    and a list bullet (``* item``) do not.
    """
    out: list[tuple[int, int]] = []
    starts = [x for x, _ in excluded]
    for m in _DELIMS.finditer(text):
        a, b = m.span()
        k = bisect.bisect_right(starts, a) - 1
        if k >= 0 and a < excluded[k][1]:
            continue
        if _backslashes(text, a) % 2:
            a += 1  # \* is a literal star; the rest of its run ("\~~") may still be a delimiter
            if a == b:
                continue
        before = text[a - 1] if a else " "
        after = text[b] if b < len(text) else " "
        if before.isspace() and after.isspace():
            continue
        if m.group(0)[0] == "_" and before.isalnum() and after.isalnum():
            continue
        out.append((a, b))
    return out


def read(path: Path) -> Document:
    """Read a Markdown file; segments are the prose on each line, without code, addresses and delimiters."""
    text, bom = decode_text(path, read_source(path))
    excluded = excluded_ranges(text)
    delims = delimiters(text, excluded)
    flat = list(text)
    for a, b in delims:
        flat[a:b] = "_" * (b - a)
    line_starts = [0, *(m.end() for m in re.finditer("\n", text))]
    segments: list[Segment] = []
    pos = 0
    for a, b in [*sorted(excluded + delims), (len(text), len(text))]:
        for m in _LINE.finditer(text, pos, a) if a > pos else ():
            core = m.group(0).strip()
            if core:
                start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                line = bisect.bisect_right(line_starts, start)
                segments.append(Segment(start, start + len(core), f"line {line}"))
        pos = max(pos, b)
    origins = tuple(s.start for s in segments)
    return Document(str(path), FORMAT, "".join(flat), tuple(segments), {"text": text, "bom": bom, "origins": origins})


def escape(source: str, at: int, new_text: str) -> str:
    """``new_text`` as Markdown that reads as exactly that text, when it replaces ``source`` from ``at``."""
    # A backtick would close a code span opened by a stray backtick before it (backslashes do not escape there).
    flat = " ".join(new_text.splitlines()).replace("`", "'")

    def esc(m: re.Match[str]) -> str:
        i = m.start()
        if m.group(0) == "_" and 0 < i < len(flat) - 1 and flat[i - 1].isalnum() and flat[i + 1].isalnum():
            return "_"  # inside a word (MILITARY_UNIT): never emphasis
        return "\\" + m.group(0)

    out = _ESCAPE.sub(esc, flat)
    line_start = source.rfind("\n", 0, at) + 1
    if not source[line_start:at].strip() and _BLOCK_START.match(out):
        out = "\\" + out if not out[0].isdigit() else out.replace(".", "\\.", 1).replace(")", "\\)", 1)
    if _backslashes(source, at) % 2 and out.startswith("\\"):
        out = "\\" + out  # the file's lone backslash now escapes a backslash, not our escape
    return out


def render(doc: Document, replacements: Sequence[Replacement]) -> bytes:
    """The Markdown source with replacements applied; markup untouched."""
    source: str = doc.source["text"]
    origins: Sequence[int] = doc.source["origins"]
    edits: list[Edit] = []
    for i, seg_edits in edits_by_segment(doc, replacements).items():
        for e in seg_edits:
            a, b = origins[i] + e.start, origins[i] + e.end
            new = escape(source, a, e.new_text)
            replaced = source[a:b]
            if (len(replaced) - len(replaced.rstrip("\\"))) % 2:
                new += "\\"  # the replaced text ended in an escaping backslash: the next character stays escaped
            edits.append(Edit(a, b, new))
    out = apply_edits(source, edits).encode("utf-8")
    return (b"\xef\xbb\xbf" + out) if doc.source["bom"] else out
