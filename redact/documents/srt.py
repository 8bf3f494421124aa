"""SubRip (.srt): cues parsed with the ``srt`` library, text patched in place.

Each line of a cue's text is a segment (locator ``cue N line L``); formatting
tags (``<i>``, ``<font color=…>``, ``{\\an8}``) are left out of the flattened
text, so ``<i>Sergei</i>`` reads as ``Sergei``. Cues are
joined into running text (see :func:`redact.documents._layout.joiner`), so a
name or number split across two cues is seen whole. The writer replaces only
the redacted characters inside cue text: indexes, timings, blank lines, line
endings and a BOM are kept byte for byte, so the cue count and timings never change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import srt as srtlib

from redact.documents import Document, Segment, decode_text
from redact.documents._layout import Layout, joiner, patch_source
from redact.errors import MalformedDocumentError

if TYPE_CHECKING:
    from redact.anonymize import Replacement

FORMAT = "srt"
_CONTENT = 5  # group of the cue text in srt.SRT_REGEX
# Formatting players understand: HTML-like tags and ASS overrides. Left out of the text, kept in the file.
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>|\{\\[^{}\n]*\}")


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def parse_cues(path: Path | str, text: str) -> list[tuple[srtlib.Subtitle, int, int]]:
    """Each cue with the start and end of its text in ``text``; raises on broken SRT."""
    try:
        subs = list(srtlib.parse(text))
    except srtlib.SRTParseError as exc:
        bad = exc.expected_start + len(exc.unmatched_content) - len(exc.unmatched_content.lstrip())
        cue = sum(1 for m in srtlib.SRT_REGEX.finditer(text) if m.end() <= exc.expected_start) + 1
        raise MalformedDocumentError(
            path,
            "malformed SRT cue (bad index or timing line)",
            where=f"line {_line_of(text, bad)} (cue {cue})",
            hint="each cue needs a timing line 'HH:MM:SS,mmm --> HH:MM:SS,mmm'",
        ) from None
    except ValueError:
        raise MalformedDocumentError(path, "malformed SRT timestamp", hint="fix the cue timings") from None
    # The library's own pattern gives the same matches with their positions.
    matches = list(srtlib.SRT_REGEX.finditer(text))
    if len(matches) != len(subs):  # pragma: no cover - same regex, same input
        raise MalformedDocumentError(path, "SRT cues could not be located", where=f"cue {len(subs)}")
    if not subs:
        raise MalformedDocumentError(path, "no SRT cues found", where="line 1", hint="is this really a .srt file?")
    return [(s, m.start(_CONTENT), m.end(_CONTENT)) for s, m in zip(subs, matches, strict=True)]


def read(path: Path) -> Document:
    """Read an SRT file into running text with segments per cue line (formatting tags left out)."""
    text, bom = decode_text(path, Path(path).read_bytes())
    layout = Layout()
    prev = ""
    for n, (sub, c_start, c_end) in enumerate(parse_cues(path, text), start=1):
        pos = c_start
        for ln, raw in enumerate(text[c_start:c_end].split("\n"), start=1):
            line = raw[:-1] if raw.endswith("\r") else raw
            if line.strip():
                if layout.segments:
                    layout.sep(joiner(prev, _TAG.sub("", line)))
                for start, piece in _pieces(line):
                    idx = layout.add(piece, f"cue {n} line {ln}", pos + start)
                    layout.time(idx, sub.start.total_seconds(), sub.end.total_seconds())
                prev = _TAG.sub("", line)
            pos += len(raw) + 1
    return layout.document(str(path), FORMAT, text=text, bom=bom)


def _pieces(line: str) -> list[tuple[int, str]]:
    """The text between formatting tags (``<i>``, ``<font …>``, ``{\\an8}``), with offsets in the line."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _TAG.finditer(line):
        if m.start() > pos:
            out.append((pos, line[pos : m.start()]))
        pos = m.end()
    if pos < len(line):
        out.append((pos, line[pos:]))
    return out


def render(doc: Document, replacements: Sequence[Replacement]) -> bytes:
    """The source with replacements applied inside cue text only."""
    out = patch_source(doc.source["text"], doc, replacements, _one_line).encode("utf-8")
    return (b"\xef\xbb\xbf" + out) if doc.source["bom"] else out


def _one_line(_seg: Segment, new_text: str) -> str:
    """A line break in a replacement would end the cue early: keep replacements on one line."""
    return " ".join(new_text.splitlines())
