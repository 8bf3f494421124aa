"""Anonymizing block by block gives what one Presidio call over the whole text gives."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from presidio_anonymizer.entities import ConflictResolutionStrategy, OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonResult

from redact.anonymize import _NEVER_FOR_CASE, Anonymizer, RunContext, _blocks
from redact.keys import Key
from redact.names.choose import assigned, distinct, recording
from redact.policy import load_policy
from redact.resolve import Span

_TYPES = ["PERSON", "PHONE_NUMBER", "LOCATION", "MILITARY_UNIT", "CALL_SIGN", "DATE_OF_BIRTH"]


def _one_call(anon: Anonymizer, text: str, spans: list[Span], ctx: Any) -> tuple[str, list[tuple[str, str]]]:
    """The previous implementation: every span in one AnonymizerEngine call."""
    ordered = sorted(spans, key=lambda s: s.start)
    if not ordered:
        return text, []
    operators = {ent: anon._config(ent, ctx) for ent in {s.entity_type for s in ordered}}
    keys = []
    for s in ordered:
        key = s.entity_type
        if s.recognizer == "CaseRegistry" and operators[key].operator_name in _NEVER_FOR_CASE:
            key = "CASE:" + s.entity_type
            operators[key] = OperatorConfig("label", {"text": f"<{s.entity_type}>"})
        keys.append(key)
    result = anon.engine.anonymize(
        text,
        [AnonResult(k, s.start, s.end, s.score) for k, s in zip(keys, ordered, strict=True)],
        operators=operators,
        conflict_resolution=ConflictResolutionStrategy.MERGE_SIMILAR_OR_CONTAINED,
        merge_entities_with_spaces=False,
    )
    items = sorted(result.items, key=lambda i: (i.start, i.end))
    return result.text, [(it.operator, it.text) for it in items]


@pytest.fixture(scope="module")
def anonymizers() -> list[Anonymizer]:
    return [Anonymizer(load_policy(name).policy) for name in ("strict", "first-names-only", "withhold-identities")]


_WORDS = ["Nikita", "Burtsev", "Алёна", "Бурцевой", "+7 916 482-13-07", "Kopeysk", "41st brigade", "Ded", "1998"]


@st.composite
def _doc(draw: st.DrawFn) -> tuple[str, list[Span]]:
    pieces = draw(
        st.lists(
            st.tuples(
                st.sampled_from(_WORDS),
                st.sampled_from(["", " ", ", ", " and "]),
                st.booleans(),
                st.sampled_from(_TYPES),
                st.booleans(),
            ),
            max_size=60,
        )
    )
    text = ""
    spans: list[Span] = []
    for word, sep, tagged, entity, case in pieces:
        if tagged:
            spans.append(Span(len(text), len(text) + len(word), entity, 0.9, "CaseRegistry" if case else "X"))
        text += word + sep
    return text, spans


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_doc())
def test_blocks_equal_one_call(anonymizers: list[Anonymizer], doc: tuple[str, list[Span]]) -> None:
    text, spans = doc
    ctx = RunContext(Key(b"k" * 32, "test"))
    for anon in anonymizers:
        people = [text[s.start : s.end] for s in spans if s.entity_type == "PERSON"]
        signs = [text[s.start : s.end] for s in spans if s.entity_type == "CALL_SIGN"]
        new_text, reps = anon.anonymize(text, spans, ctx.document("en", people, signs), fit=False)
        # The same document-wide pseudonym table (two identities never share a pseudonym) for the one call.
        with recording() as seen:
            _one_call(anon, text, spans, ctx.document("en", people, signs))
        with assigned(distinct(seen)):
            old_text, old_items = _one_call(anon, text, spans, ctx.document("en", people, signs))
        assert new_text == old_text
        assert [(r.operator, r.new_text) for r in reps] == old_items
        assert [r.span for r in reps] == sorted(spans, key=lambda s: s.start)


def test_blocks_cut_only_at_gaps() -> None:
    touching = [Span(i, i + 1, "PERSON", 1.0, "X") for i in range(40)]
    assert _blocks(touching, 4) == [(0, 40)]
    apart = [Span(2 * i, 2 * i + 1, "PERSON", 1.0, "X") for i in range(10)]
    assert _blocks(apart, 4) == [(0, 4), (4, 8), (8, 10)]
    assert _blocks([], 4) == []
