"""Turn overlapping recognizer findings into non-overlapping spans.

Presidio's own conflict handling can leave part of an entity visible (it drops
a contained higher-score span in favour of a larger one, and has replaced only
the first of adjacent entities). redact resolves conflicts itself, so the
audit and the report describe exactly what was replaced:

* findings that overlap are merged into one span covering their union, so no
  part of any finding stays visible;
* the merged span takes its type, score and recognizer from the best member:
  higher score, then longer, then the entity's policy priority, then earlier
  start, then type name, then recognizer name (a total order, so the result is deterministic);
* touching but not overlapping findings stay separate;
* spans are clipped at segment boundaries (a cue, a JSON field), each part
  keeping the span's type.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Finding", "Span", "Replacement", "resolve", "clip_to_segments", "ENTITY_PRIORITY"]

# When two findings tie on score and length, the more sensitive type wins.
ENTITY_PRIORITY: dict[str, int] = {
    "PHONE_NUMBER": 0,
    "ID_NUMBER": 1,
    "CREDIT_CARD": 2,
    "IMEI": 3,
    "EMAIL_ADDRESS": 4,
    "SOCIAL_HANDLE": 5,
    "PERSON": 6,
    "CALL_SIGN": 7,
    "MILITARY_UNIT": 8,
    "VEHICLE_PLATE": 9,
    "COORDINATES": 10,
    "DATE_OF_BIRTH": 11,
    "LOCATION": 12,
    "ORGANIZATION": 13,
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One recognizer result, in redact's own terms (slots: a 50 MB transcript holds a million of them)."""

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str


@dataclass(frozen=True, slots=True)
class Span:
    """A resolved, non-overlapping stretch of text to replace."""

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str
    merged: int = 1  # how many findings were merged into this span


def _rank(f: Finding) -> tuple[float, int, int, int, str, str]:
    # The recognizer name closes the order: without it, two findings equal in everything else
    # would let input order decide which recognizer the audit names.
    return (-f.score, -(f.end - f.start), ENTITY_PRIORITY.get(f.entity_type, 99), f.start, f.entity_type, f.recognizer)


def resolve(findings: Iterable[Finding]) -> list[Span]:
    """Merge overlapping findings into non-overlapping spans, sorted by start."""
    items = sorted((f for f in findings if f.end > f.start), key=lambda f: (f.start, f.end))
    spans: list[Span] = []
    group: list[Finding] = []
    group_end = -1

    def flush() -> None:
        if not group:
            return
        best = min(group, key=_rank)
        spans.append(
            Span(
                start=group[0].start,
                end=group_end,
                entity_type=best.entity_type,
                score=best.score,
                recognizer=best.recognizer,
                merged=len(group),
            )
        )

    for f in items:
        if group and f.start < group_end:
            group.append(f)
            group_end = max(group_end, f.end)
        else:
            flush()
            group = [f]
            group_end = f.end
    flush()
    return spans


def clip_to_segments(spans: Sequence[Span], bounds: Sequence[tuple[int, int]]) -> list[Span]:
    """Split spans at segment boundaries; parts outside every segment are dropped.

    ``bounds`` are (start, end) pairs in text order that do not overlap.
    """
    out: list[Span] = []
    for s in spans:
        for b_start, b_end in bounds:
            if b_end <= s.start:
                continue
            if b_start >= s.end:
                break
            start, end = max(s.start, b_start), min(s.end, b_end)
            if end > start:
                out.append(Span(start, end, s.entity_type, s.score, s.recognizer, s.merged))
    return out


@dataclass(frozen=True)
class Replacement:
    """One resolved span and the text that replaces it (made by the anonymizer, fitted by :mod:`redact.fit`)."""

    span: Span
    operator: str
    new_text: str
