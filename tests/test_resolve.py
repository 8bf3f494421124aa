"""resolve(): overlapping findings become non-overlapping spans that hide every finding entirely."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from redact.resolve import Finding, Span, clip_to_segments, resolve

TYPES = ["PERSON", "CALL_SIGN", "LOCATION", "PHONE_NUMBER", "MILITARY_UNIT"]


def f(start: int, end: int, entity: str = "PERSON", score: float = 0.8, rec: str = "R") -> Finding:
    return Finding(start, end, entity, score, rec)


def shape(spans: list[Span]) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.entity_type) for s in spans]


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        # Nested: a contained higher-score finding must not leave the outer one partly visible (Presidio #1156).
        ([f(0, 20, "LOCATION", 0.5), f(5, 10, "PERSON", 0.9)], [(0, 20, "PERSON")]),
        ([f(5, 10, "PERSON", 0.9), f(0, 20, "LOCATION", 0.5)], [(0, 20, "PERSON")]),
        # Same score: the longer finding names the union.
        ([f(0, 20, "LOCATION", 0.8), f(5, 10, "PERSON", 0.8)], [(0, 20, "LOCATION")]),
        # Partial overlap: the union is withheld.
        ([f(0, 10, "PERSON", 0.6), f(6, 15, "CALL_SIGN", 0.7)], [(0, 15, "CALL_SIGN")]),
        # Chain of overlaps merges into one span.
        ([f(0, 5), f(4, 9), f(8, 12)], [(0, 12, "PERSON")]),
        # Adjacent (touching) findings stay separate and both are replaced (Presidio #1925).
        ([f(0, 5, "PERSON"), f(5, 9, "LOCATION")], [(0, 5, "PERSON"), (5, 9, "LOCATION")]),
        ([f(0, 5), f(6, 9), f(10, 14)], [(0, 5, "PERSON"), (6, 9, "PERSON"), (10, 14, "PERSON")]),
        # Identical spans of different types: the tie goes to policy priority (PHONE_NUMBER before PERSON).
        ([f(0, 5, "PERSON", 0.8), f(0, 5, "PHONE_NUMBER", 0.8)], [(0, 5, "PHONE_NUMBER")]),
        # Empty findings are dropped.
        ([f(3, 3)], []),
    ],
)
def test_resolve_cases(findings: list[Finding], expected: list[tuple[int, int, str]]) -> None:
    assert shape(resolve(findings)) == expected


def test_merged_counts_members() -> None:
    spans = resolve([f(0, 5), f(2, 8), f(20, 25)])
    assert [s.merged for s in spans] == [2, 1]


def test_clip_to_segments_keeps_type_and_drops_outside() -> None:
    spans = resolve([f(2, 12, "PERSON")])
    clipped = clip_to_segments(spans, [(0, 5), (7, 10)])
    assert shape(clipped) == [(2, 5, "PERSON"), (7, 10, "PERSON")]


findings_strategy = st.lists(
    st.builds(
        Finding,
        start=st.integers(0, 60),
        end=st.integers(0, 80),
        entity_type=st.sampled_from(TYPES),
        score=st.sampled_from([0.3, 0.5, 0.85, 1.0]),
        recognizer=st.sampled_from(["a", "b"]),
    ),
    max_size=25,
)


@given(findings_strategy)
def test_never_overlapping_and_sorted(findings: list[Finding]) -> None:
    spans = resolve(findings)
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start
    assert all(s.start < s.end for s in spans)


@given(findings_strategy)
def test_every_finding_is_entirely_covered_by_one_span(findings: list[Finding]) -> None:
    spans = resolve(findings)
    for x in findings:
        if x.end > x.start:
            assert any(s.start <= x.start and x.end <= s.end for s in spans), x
    # and nothing else is covered: every span is the union of findings
    for s in spans:
        members = [x for x in findings if x.end > x.start and s.start <= x.start and x.end <= s.end]
        assert min(m.start for m in members) == s.start and max(m.end for m in members) == s.end


@given(findings_strategy, st.randoms(use_true_random=False))
def test_deterministic_under_permutation(findings: list[Finding], rnd: random.Random) -> None:
    shuffled = list(findings)
    rnd.shuffle(shuffled)
    assert resolve(shuffled) == resolve(findings)


def test_equal_findings_from_two_recognizers_resolve_the_same_in_any_order() -> None:
    a, b = f(0, 5, rec="a"), f(0, 5, rec="b")
    assert resolve([a, b]) == resolve([b, a])
