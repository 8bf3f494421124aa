"""Shared plumbing for the structured formats: building flattened text, mapping edits back.

A reader adds source pieces (which become segments) and separators (which
belong to no segment) to a :class:`Layout`. Each segment remembers where its
text starts in the source (``origin``), so a writer can patch the source in
place and leave every byte outside the replaced stretches alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from redact.documents import Document, Segment

if TYPE_CHECKING:
    from redact.resolve import Replacement

__all__ = ["Layout", "TimedRange", "Edit", "edits_by_segment", "patch_source", "redact_slice", "joiner"]

# A cue ending like this closes a sentence; the next cue starts on a new line.
_SENTENCE_END = (".", "?", "!", "…", ":", ";", '"', "»", "”", ")", "]")


def joiner(prev: str, nxt: str) -> str:
    """Separator between two pieces of running speech (cues, lines of a cue).

    A line break when ``prev`` ends a sentence or ``nxt`` opens a dialogue line (``- ``),
    else a space: a phone number or a name split across two cues must read as one stretch,
    and phonenumbers does not match across a line break.
    """
    p, n = prev.rstrip(), nxt.lstrip()
    if not p or not n or p.endswith(_SENTENCE_END) or n[:1] in "-–—":
        return "\n"
    return " "


@dataclass(frozen=True)
class TimedRange:
    """A stretch of ``Document.text`` spoken between ``t0`` and ``t1`` seconds."""

    start: int
    end: int
    t0: float
    t1: float
    level: str  # "word" or "cue"


@dataclass
class Layout:
    """Accumulates flattened text, segments and their source origins."""

    parts: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    origins: list[int] = field(default_factory=list)
    timed: list[TimedRange] = field(default_factory=list)
    leads: list[int] = field(default_factory=list)  # blanks left out at each segment's start
    pos: int = 0

    def sep(self, text: str) -> None:
        """Add text that belongs to no segment (a separator, a label's colon)."""
        self.parts.append(text)
        self.pos += len(text)

    def add(self, text: str, locator: str, origin: int = -1) -> int:
        """Add one segment; return its index (or -1 for blank text, which is skipped).

        Outer whitespace is added as separator text, outside the segment: a span
        clipped at a segment start then never swallows the blank before a word
        (``NOTE<PERSON>Speaker``), and the flattened text is unchanged.
        """
        core = text.strip()
        if not core:
            self.sep(text)
            return -1
        lead = len(text) - len(text.lstrip())
        self.sep(text[:lead])
        self.segments.append(Segment(self.pos, self.pos + len(core), locator))
        self.origins.append(origin + lead if origin >= 0 else -1)
        self.leads.append(lead)
        self.parts.append(core)
        self.pos += len(core)
        self.sep(text[lead + len(core) :])
        return len(self.segments) - 1

    def time(self, index: int, t0: float, t1: float, level: str = "cue", a: int = 0, b: int | None = None) -> None:
        """Attach timings to segment ``index`` (or to its local slice ``a:b``)."""
        if index < 0:
            return
        seg = self.segments[index]
        end = seg.end if b is None else seg.start + b
        self.timed.append(TimedRange(seg.start + a, end, float(t0), float(t1), level))

    @property
    def text(self) -> str:
        """The flattened text so far."""
        return "".join(self.parts)

    def document(self, path: str, fmt: str, **source: object) -> Document:
        """The finished :class:`Document`; ``source`` carries what the writer needs."""
        src = dict(source)
        src["origins"] = tuple(self.origins)
        src["timed"] = tuple(self.timed)
        src["leads"] = tuple(self.leads)
        return Document(path, fmt, self.text, tuple(self.segments), src)


@dataclass(frozen=True)
class Edit:
    """A replacement in segment-local offsets."""

    start: int
    end: int
    new_text: str


def edits_by_segment(doc: Document, replacements: Sequence[Replacement]) -> dict[int, list[Edit]]:
    """Group replacements by the segment holding them, in segment-local offsets.

    Spans are clipped to segments by the pipeline; one that is not inside a single
    segment is a bug, and the writer refuses rather than write a half-redacted file.
    """
    starts = [s.start for s in doc.segments]
    out: dict[int, list[Edit]] = {}
    for r in sorted(replacements, key=lambda r: r.span.start):
        i = bisect.bisect_right(starts, r.span.start) - 1
        if i < 0 or r.span.end > doc.segments[i].end:
            raise ValueError(f"replacement at {r.span.start}-{r.span.end} is not inside one segment")
        seg = doc.segments[i]
        out.setdefault(i, []).append(Edit(r.span.start - seg.start, r.span.end - seg.start, r.new_text))
    return out


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with non-overlapping ``edits`` applied."""
    out: list[str] = []
    pos = 0
    for e in sorted(edits, key=lambda e: e.start):
        out.append(text[pos : e.start])
        out.append(e.new_text)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def patch_source(
    source: str,
    doc: Document,
    replacements: Sequence[Replacement],
    escape: Callable[[Segment, str], str] | None = None,
) -> str:
    """``source`` with every replacement applied at its segment's origin.

    ``escape`` adapts a replacement's text to where it lands (e.g. ``<`` in WebVTT cue text).
    """
    origins: Sequence[int] = doc.source["origins"]
    edits: list[Edit] = []
    for i, seg_edits in edits_by_segment(doc, replacements).items():
        base = origins[i]
        seg = doc.segments[i]
        if base < 0:
            raise ValueError(f"segment {seg.locator} has no place in the source")
        for e in seg_edits:
            new = escape(seg, e.new_text) if escape else e.new_text
            edits.append(Edit(base + e.start, base + e.end, new))
    return apply_edits(source, edits)


def redact_slice(text: str, edits: Sequence[Edit], a: int, b: int) -> str:
    """The redacted form of ``text[a:b]`` when ``text`` is cut into pieces (runs, words).

    Characters inside an edit are dropped from every piece; the edit's new text goes
    to the piece where the edit starts. Concatenating the redacted pieces of a tiling
    gives the redacted whole.
    """
    out: list[str] = []
    pos = a
    for e in sorted(edits, key=lambda e: e.start):
        if e.end <= a and e.start < a:
            continue
        if e.start >= b:
            break
        if e.start >= a:
            out.append(text[pos : e.start])
            out.append(e.new_text)
        pos = max(pos, min(e.end, b))
    if pos < b:
        out.append(text[pos:b])
    return "".join(out)
