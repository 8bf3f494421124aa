"""Assertion helpers shared by recognizer tests (Presidio's pattern)."""

from __future__ import annotations

from collections.abc import Iterable


def spans_of(results: Iterable, entity: str | None = None) -> list[tuple[int, int, str]]:
    return sorted((r.start, r.end, r.entity_type) for r in results if entity is None or r.entity_type == entity)


def assert_found(text: str, results: Iterable, surface: str, entity: str) -> None:
    start = text.index(surface)
    end = start + len(surface)
    hits = [r for r in results if r.entity_type == entity and r.start <= start and r.end >= end]
    assert hits, f"{entity} '{surface}' not found; got {[(text[r.start : r.end], r.entity_type) for r in results]}"


def assert_not_found(text: str, results: Iterable, surface: str) -> None:
    start = text.index(surface)
    end = start + len(surface)
    hits = [r for r in results if r.start < end and r.end > start]
    assert not hits, f"'{surface}' wrongly found as {[(text[r.start : r.end], r.entity_type) for r in hits]}"
