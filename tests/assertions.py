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


def touched(text: str, word: str, language: str, redactor) -> bool:  # noqa: ANN001 - a redact.pipeline.Redactor
    """Whether any finding of ``redactor``'s policy overlaps the first occurrence of ``word`` in ``text``."""
    from redact.pipeline import analyze_text

    i = text.index(word)
    found = analyze_text(text, language, redactor.engines, redactor.policy)
    return any(f.start < i + len(word) and i < f.end for f in found)
