"""What redact itself wrote, so the gate neither finds it nor lets it lend context (see :mod:`redact.check`).

Labels and numbered markers are recognised by :func:`marker_pattern`; replacements through the audit's
manifest (:func:`find_manifest`); both are blanked by :func:`mask_own` before analysis and subtracted from
findings after it. :class:`Positions` maps offsets back to lines and columns of the source file.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from redact.documents import Document
from redact.entities import ENTITIES
from redact.fingerprint import text_digest
from redact.policy import Policy

__all__ = [
    "AUDIT_NAME",
    "FILLER",
    "SEARCH_RADIUS",
    "Manifest",
    "Positions",
    "find_manifest",
    "marker_pattern",
    "mask_own",
    "subtract",
    "trim",
]

AUDIT_NAME = "audit.jsonl"  # the name redact run gives its audit trail (redact.batch.AUDIT_NAME)


def marker_pattern(policy: Policy) -> regex.Pattern[str]:
    """Labels and numbered markers redact can emit under ``policy``: ``<PERSON>``, ``[PERSON 3]``, ``<PLACE>``.

    Only entity-type names and the policy's own label texts count, in capitals,
    inside <> or []: ``<Ivan>`` is not a marker.
    """
    words: set[str] = set()
    for ent in ENTITIES:
        words.update({ent, ent.replace("_", " ")})
    rules = [*policy.entities.values(), policy.unnamed_operator]
    for rule in rules:
        text = rule.params.get("text") if isinstance(rule.params, dict) else None
        if isinstance(text, str):
            m = regex.fullmatch(r"\s*[<\[]\s*(.+?)\s*(?:[#№-]?\s*\d+)?\s*[>\]]\s*", text)
            if m and not regex.search(r"\p{Ll}", m.group(1)):
                words.add(m.group(1))
    alts = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"[<\[]\s*(?:{alts})(?:\s*[#№-]?\s*\d+)?\s*[>\]]")


def subtract(start: int, end: int, holes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts of [start, end) outside every hole."""
    parts = [(start, end)]
    for h_start, h_end in holes:
        if h_end <= start or h_start >= end:
            continue
        nxt = []
        for a, b in parts:
            if h_end <= a or h_start >= b:
                nxt.append((a, b))
                continue
            if a < h_start:
                nxt.append((a, h_start))
            if h_end < b:
                nxt.append((h_end, b))
        parts = nxt
    return parts


_EDGE = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")


def trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Shrink [a, b) to start and end on a letter or digit; None when none is left."""
    piece = text[a:b]
    lead = _EDGE.match(piece)
    a2 = a + (lead.end() if lead else 0)
    trail = _EDGE.search(text[a2:b])
    b2 = a2 + (trail.start() if trail else b - a2)
    return (a2, b2) if b2 > a2 else None


# Token edges, for finding replacements whose recorded offsets no longer hold: a replacement starts at a
# word start or a symbol and ends at a word end or a symbol.
_TOKEN_START = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]|[^\s\p{L}\p{N}]")
_TOKEN_END = regex.compile(r"[\p{L}\p{N}](?![\p{L}\p{N}])|[^\s\p{L}\p{N}]")

FILLER = "*"
"""What :func:`mask_own` writes over redact's own text: not a letter, digit or space, so recognizers find
nothing in it and a name pattern's ``\\s+`` cannot join the words on either side across it. spaCy reads a
run of it as a symbol, as it reads redact's own ``mask`` output; "_" and "-" runs, tried on the samples,
made spaCy tag the next capitalised word ("Lord") a PERSON."""


def mask_own(text: str, places: Iterable[tuple[int, int]]) -> str:
    """``text`` with every letter and digit inside ``places`` replaced by :data:`FILLER` (same length;
    whitespace and punctuation stay, so lines, sentences and offsets are unchanged)."""
    chars = list(text)
    for a, b in places:
        for i in range(max(0, a), min(b, len(chars))):
            if chars[i].isalnum():
                chars[i] = FILLER
    return "".join(chars)


SEARCH_RADIUS = 20_000
"""How far (in characters, either way) a replacement whose recorded offset no longer holds is looked for."""


def _nearest(
    text: str, at: int, length: int, digest: str, starts: list[int], ends: set[int], claimed: set[int]
) -> int | None:
    """The token-edge start nearest to ``at`` of an unclaimed stretch of ``length`` with ``digest``."""
    import bisect

    right = bisect.bisect_left(starts, at)
    left = right - 1
    while True:
        r = starts[right] if right < len(starts) and starts[right] - at <= SEARCH_RADIUS else None
        lo = starts[left] if left >= 0 and at - starts[left] <= SEARCH_RADIUS else None
        if r is not None and (lo is None or r - at <= at - lo):
            p, right = r, right + 1
        elif lo is not None:
            p, left = lo, left - 1
        else:
            return None  # nothing left within the radius
        if p not in claimed and p + length in ends and text_digest(text[p : p + length]) == digest:
            return p


@dataclass
class Manifest:
    """What ``redact run`` recorded about one output file."""

    entries: list[tuple[int, int, str]] = field(default_factory=list)  # out_start, out_end, out_digest
    marks: set[tuple[int, str]] = field(default_factory=set)  # (length, digest) of each emitted replacement

    def places(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` still holds what redact wrote, one place per recorded replacement.

        A recorded place counts when its text still has the recorded digest. When it does not (the
        file was edited, or a format's writer moved text: Markdown escapes ``<``, JSON re-splits
        segments), the replacement is looked for by digest at the token edges nearest to where it
        should be, after the shift of the replacement before it, within :data:`SEARCH_RADIUS`. One
        place per replacement: a copy of a pseudonym pasted elsewhere is not masked, so a real name
        written next to it is analysed with its context.
        """
        found: list[tuple[int, int]] = []
        claimed: set[int] = set()
        starts: list[int] | None = None
        ends: set[int] = set()
        delta = 0  # how far the previous replacement moved
        for a, b, digest in sorted(self.entries):
            length = b - a
            for p in (a + delta, a):
                if (
                    p not in claimed
                    and 0 <= p
                    and p + length <= len(text)
                    and text_digest(text[p : p + length]) == digest
                ):
                    break
            else:
                if starts is None:
                    starts = [m.start() for m in _TOKEN_START.finditer(text)]
                    ends = {m.end() for m in _TOKEN_END.finditer(text)}
                hit = _nearest(text, a + delta, length, digest, starts, ends, claimed)
                if hit is None:
                    continue
                p = hit
            found.append((p, p + length))
            claimed.add(p)
            delta = p - a
        return found

    def emitted_around(self, text: str, a: int, b: int) -> bool:
        """Whether [a, b) lies inside some stretch of ``text`` that is one of the replacements redact emitted.

        For when recorded offsets no longer hold (the file was edited, or a format's
        writer moved text): every window of a recorded length covering [a, b) is
        compared by digest.
        """
        for length, digest in self.marks:
            if length < b - a:
                continue
            for p in range(max(0, b - length), min(a, len(text) - length) + 1):
                if text_digest(text[p : p + length]) == digest:
                    return True
        return False


@functools.lru_cache(maxsize=64)
def _audit_records(audit: Path, mtime_ns: int, size: int) -> dict[str, list[dict[str, Any]]]:
    """Output name → its ``ok`` records in an audit.jsonl, of every run, in file order (cached per file version).

    ``redact run`` appends: one audit may hold several runs (each record carries its ``run`` id), an
    interrupted run has no summary record, and a line torn by a kill is skipped.
    """
    out: dict[str, list[dict[str, Any]]] = {}
    try:
        lines = audit.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return out
    for line in lines:
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict) and rec.get("status") == "ok" and isinstance(rec.get("output"), str):
            out.setdefault(rec["output"], []).append(rec)
    return out


def _current(records: list[dict[str, Any]], path: Path, data: bytes | None) -> dict[str, Any]:
    """The record that wrote the file as it is now (by its sha256), else the last one written."""
    if len(records) == 1:
        return records[0]
    import hashlib

    try:
        digest = hashlib.sha256(data if data is not None else path.read_bytes()).hexdigest()
    except OSError:
        return records[-1]
    matching = [r for r in records if r.get("output_sha256") == digest]
    return matching[-1] if matching else records[-1]


def find_manifest(path: Path, data: bytes | None = None) -> Manifest | None:
    """The record ``redact run`` wrote for ``path``, from an audit.jsonl in its folder or any parent.

    When several runs wrote the file, the record whose output hash matches ``data`` (the file's bytes,
    read again when not given) is used, else the latest.
    """
    p = path.resolve()
    for folder in p.parents:
        audit = folder / AUDIT_NAME
        if not audit.is_file():
            continue
        st = audit.stat()
        records = _audit_records(audit, st.st_mtime_ns, st.st_size).get(p.relative_to(folder).as_posix())
        if not records:
            continue
        rec = _current(records, path, data)
        man = Manifest()
        for f in rec.get("findings", []):
            if not isinstance(f, dict):
                continue
            start, end, digest = f.get("out_start"), f.get("out_end"), f.get("out_digest")
            if isinstance(start, int) and isinstance(end, int) and isinstance(digest, str) and end > start:
                man.entries.append((start, end, digest))
                man.marks.add((end - start, digest))
        return man
    return None


# --- positions ----------------------------------------------------------------------------------


class Positions:
    """Map offsets in a document's flattened text to 1-based line and column in the source file."""

    def __init__(self, doc: Document, raw: str | None) -> None:
        self.doc = doc
        self.raw = raw
        self.pieces: list[tuple[int, int, int | None, str]] = []
        cursor = 0
        for seg in doc.segments:
            at: int | None = None
            if raw is not None:
                piece = doc.text[seg.start : seg.end]
                found = raw.find(piece, cursor) if piece else -1
                if found >= 0:
                    at = found
                    cursor = found + len(piece)
            self.pieces.append((seg.start, seg.end, at, seg.locator))
        self.line_starts: list[int] = [0]
        if raw is not None:
            self.line_starts += [i + 1 for i, c in enumerate(raw) if c == "\n"]

    def _raw_offset(self, pos: int) -> tuple[int | None, str]:
        for start, end, at, locator in self.pieces:
            if start <= pos <= end:
                return (at + pos - start if at is not None else None), locator
        return None, ""

    def line_col(self, pos: int) -> tuple[int, int, str]:
        """(line, column, locator) of ``pos``; (1, 1, locator) when the source has no lines to point at."""
        import bisect

        off, locator = self._raw_offset(pos)
        if off is None:
            return 1, 1, locator
        i = bisect.bisect_right(self.line_starts, off) - 1
        return i + 1, off - self.line_starts[i] + 1, locator
