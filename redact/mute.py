"""Mute spans: the time ranges of the audio that hold redacted words.

Timed formats (SRT, WebVTT, Whisper/WhisperX and speaker-turn JSON) record
which stretch of ``Document.text`` was spoken when
(:class:`redact.documents._layout.TimedRange`). A replacement inside a word
with its own timing mutes that word; otherwise the whole cue or segment that
holds it is muted. Ranges are merged and sorted, so an editor can mute or
bleep them in one pass. The file holds times only, never text.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from redact.documents import Document

if TYPE_CHECKING:
    from redact.resolve import Replacement

__all__ = ["mute_ranges", "mute_json", "MUTE_SUFFIX"]

MUTE_SUFFIX = ".mute.json"


def _timed(doc: Document) -> tuple[Any, ...]:
    src = doc.source
    return tuple(src.get("timed", ())) if isinstance(src, dict) else ()


def _overlapping(ranges: Sequence[Any], starts: Sequence[int], a: int, b: int) -> list[tuple[float, float]]:
    """Timings of the (sorted, disjoint) ``ranges`` that overlap text ``a:b``."""
    out: list[tuple[float, float]] = []
    i = bisect.bisect_left(starts, b) - 1
    while i >= 0 and ranges[i].end > a:
        out.append((ranges[i].t0, ranges[i].t1))
        i -= 1
    return out[::-1]


def mute_ranges(doc: Document, replacements: Sequence[Replacement]) -> list[tuple[float, float]] | None:
    """Merged, sorted (start, end) seconds covering every replacement; None for untimed documents."""
    timed = _timed(doc)
    if not timed:
        return None
    # Within a level, timed stretches do not overlap: sorted by start they are sorted by end too.
    words = sorted((t for t in timed if t.level == "word"), key=lambda t: t.start)
    cues = sorted((t for t in timed if t.level != "word"), key=lambda t: t.start)
    word_starts, cue_starts = [w.start for w in words], [c.start for c in cues]
    raw: list[tuple[float, float]] = []
    for r in replacements:
        a, b = r.span.start, r.span.end
        hit = _overlapping(words, word_starts, a, b) or _overlapping(cues, cue_starts, a, b)
        raw.extend(hit)
    merged: list[tuple[float, float]] = []
    for t0, t1 in sorted((min(x, y), max(x, y)) for x, y in raw):
        if merged and t0 <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], t1))
        else:
            merged.append((t0, t1))
    return merged


def mute_json(doc: Document, replacements: Sequence[Replacement], name: str) -> bytes | None:
    """The ``.mute.json`` content for ``doc`` (None for untimed documents)."""
    ranges = mute_ranges(doc, replacements)
    if ranges is None:
        return None
    body = {
        "file": name,
        "unit": "seconds",
        "ranges": [{"start": round(a, 3), "end": round(b, 3)} for a, b in ranges],
        "redactions": len(replacements),
    }
    return (json.dumps(body, indent=2) + "\n").encode("utf-8")
