"""Assertion helpers shared by recognizer tests (Presidio's pattern)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

# "{PERSON|Kolya} called": a finding written in place, its type before the bar (the rendering tests' markup).
_MARK = regex.compile(r"\{([A-Z_]+)\|([^{}]*)\}")


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


def unmark(marked: str) -> tuple[str, list[Any]]:
    """The plain text of ``marked`` and a finding (a :class:`redact.resolve.Span`, score 0.9) per ``{TYPE|words}``."""
    from redact.resolve import Span

    text, spans, pos = "", [], 0
    for m in _MARK.finditer(marked):
        text += marked[pos : m.start()]
        spans.append(Span(len(text), len(text) + len(m.group(2)), m.group(1), 0.9, "Test"))
        text += m.group(2)
        pos = m.end()
    return text + marked[pos:], spans


def surfaces(recognizer: Any, text: str, entity: str, min_score: float = 0.0) -> list[str]:
    """The text of every finding of ``entity`` (score ``min_score`` or more) a recognizer returns for ``text``."""
    return [text[r.start : r.end] for r in recognizer.analyze(text, [entity]) if r.score >= min_score]


def each_covered(recognizer: Any, text: str, entity: str, surface: str) -> list[bool]:
    """For every occurrence of ``surface``, whether one finding of ``entity`` (score 0.35 or more) covers it."""
    found = [r for r in recognizer.analyze(text, [entity]) if r.score >= 0.35]
    out, i = [], text.find(surface)
    while i >= 0:
        out.append(any(r.start <= i and i + len(surface) <= r.end for r in found))
        i = text.find(surface, i + 1)
    return out


def types_over(text: str, word: str, redactor: Any, language: str = "uk") -> list[str]:
    """Types of the pipeline's findings that overlap ``word`` in ``text`` (a redact.pipeline.Redactor's engines)."""
    from redact.pipeline import analyze_text

    i = text.index(word)
    found = analyze_text(text, language, redactor.engines, redactor.policy)
    return [f.entity_type for f in found if f.start < i + len(word) and i < f.end]


def kept_by_register(text: str, word: str, language: str, entity: str = "LOCATION", spec: Any = None) -> bool:
    """Whether the public register keeps the first ``word`` of ``text`` as a place of events (``front=True``); the
    register of ``spec`` (a redact.public.PublicSpec), by default that of the default policy."""
    from redact.policy import load_policy
    from redact.public import public_register

    register = public_register(spec if spec is not None else load_policy("withhold-identities").policy.public)
    i = text.index(word)
    return register.verdict(text, i, i + len(word), entity, language, front=True) is not None


def output_of(system: Any, text: str, lang: str) -> str:
    """What a `redact eval` system (``redact.evaluate.Ours``, the ``strict``/``withhold`` fixtures) writes."""
    from redact.corpus import Passage

    return str(system.output(Passage("t", lang, text, ())).text)
