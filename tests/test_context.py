"""redact.context's enhancer gives Presidio's scores and explanations on real analyzer output."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from redact.context import FastLemmaContextAwareEnhancer, _TokenIndex
from redact.corpus import load_corpus
from redact.pipeline import analyze_piece

ROOT = Path(__file__).resolve().parent.parent


def _key(results: list[RecognizerResult]) -> list[tuple[Any, ...]]:
    return [
        (
            r.entity_type,
            r.start,
            r.end,
            r.score,
            tuple(sorted((r.recognition_metadata or {}).items())),
            tuple(sorted(vars(r.analysis_explanation).items())) if r.analysis_explanation else None,
        )
        for r in results
    ]


class _Compare:
    """Stands in for the analyzer's enhancer: runs Presidio's and ours on copies and records both."""

    def __init__(self) -> None:
        self.presidio = LemmaContextAwareEnhancer()
        self.ours = FastLemmaContextAwareEnhancer()
        self.calls = 0
        self.enhanced = 0

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: Any,
        recognizers: list[Any],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        before = _key(raw_results)
        theirs = self.presidio.enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        assert _key(raw_results) == before  # Presidio's works on a copy
        mine = self.ours.enhance_using_context(text, copy.deepcopy(raw_results), nlp_artifacts, recognizers, context)
        assert _key(mine) == _key(theirs)
        self.calls += 1
        self.enhanced += sum(
            1 for r in theirs if r.analysis_explanation and r.analysis_explanation.supportive_context_word
        )
        return theirs


@pytest.mark.parametrize("lang, limit", [("en", 200), ("ru", 40), ("uk", 20)])
def test_same_scores_and_explanations_as_presidio(strict_policy, strict_redactor, lang: str, limit: int) -> None:
    policy = strict_policy.policy
    analyzer = strict_redactor.engines.analyzer(lang)
    saved = analyzer.context_aware_enhancer
    compare = _Compare()
    analyzer.context_aware_enhancer = compare
    try:
        passages = list(load_corpus(ROOT / "tests" / "corpus" / f"{lang}.jsonl"))[:limit]
        # Passages one by one, and joined (long texts: token lookup far from the start).
        for p in passages:
            analyze_piece(p.text, lang, strict_redactor.engines, policy)
        analyze_piece("\n\n".join(p.text for p in passages), lang, strict_redactor.engines, policy)
    finally:
        analyzer.context_aware_enhancer = saved
    assert compare.calls == len(passages) + 1
    assert compare.enhanced > 0  # context words really raised scores in what was compared


class _Tok:
    def __init__(self, text: str) -> None:
        self.text = text

    def __len__(self) -> int:
        return len(self.text)


class _Artifacts:
    def __init__(self, starts: list[int], lengths: list[int]) -> None:
        self.tokens = [_Tok("x" * n) for n in lengths]
        self.tokens_indices = starts
        self.lemmas = ["w"] * len(starts)
        self.keywords = ["w"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 4)), min_size=1, max_size=30), st.integers(0, 120))
def test_token_lookup_matches_presidio_scan(gaps_lengths: list[tuple[int, int]], start: int) -> None:
    starts: list[int] = []
    lengths: list[int] = []
    pos = 0
    for gap, length in gaps_lengths:
        pos += gap
        starts.append(pos)
        lengths.append(length)
        pos += length
    art = _Artifacts(starts, lengths)
    index = _TokenIndex(art)  # type: ignore[arg-type]
    try:
        expected: int | None = LemmaContextAwareEnhancer._find_index_of_match_token("w", start, art.tokens, starts)
    except ValueError:
        expected = None
    try:
        got: int | None = index.index_of("w", start)
    except ValueError:
        got = None
    assert got == expected


def test_repeated_analysis_is_not_enhanced_twice(strict_policy, strict_redactor) -> None:
    """Results are updated in place: a recognizer that handed out the same objects twice would show here."""
    analyzer = strict_redactor.engines.analyzer("en")
    assert isinstance(analyzer.context_aware_enhancer, FastLemmaContextAwareEnhancer)
    first_passage = next(iter(load_corpus(ROOT / "tests" / "corpus" / "en.jsonl"))).text
    text = first_passage + " Call me on the phone, number 8 916 482 13 07."
    first = analyzer.analyze(text, language="en", return_decision_process=True)
    second = analyzer.analyze(text, language="en", return_decision_process=True)
    assert _key(first) == _key(second)
    assert any(r.analysis_explanation.supportive_context_word for r in first)


class _PassThrough:
    def enhance_using_context(self, text: str, raw_results: list[RecognizerResult], *args: Any, **kw: Any) -> Any:
        return raw_results


def test_recognizer_level_step_matches_presidio(strict_policy, strict_redactor) -> None:
    """ContextAnalyzerEngine's one-pass grouping hands the enhancer Presidio's list, in Presidio's order."""
    from presidio_analyzer import AnalyzerEngine

    from redact.context import ContextAnalyzerEngine

    analyzer = strict_redactor.engines.analyzer("en")
    assert isinstance(analyzer, ContextAnalyzerEngine)
    seen: list[tuple[Any, ...]] = []
    original = analyzer._enhance_using_context

    def record(
        text: str, raw: list[RecognizerResult], nlp_artifacts: Any, recognizers: Any, context: Any = None
    ) -> Any:
        seen.append((text, copy.deepcopy(raw), nlp_artifacts, recognizers, context))
        return original(text, raw, nlp_artifacts, recognizers, context)

    analyzer._enhance_using_context = record  # type: ignore[method-assign]
    try:
        passages = list(load_corpus(ROOT / "tests" / "corpus" / "en.jsonl"))[:40]
        analyze_piece("\n\n".join(p.text for p in passages), "en", strict_redactor.engines, strict_policy.policy)
    finally:
        del analyzer._enhance_using_context
    saved = analyzer.context_aware_enhancer
    analyzer.context_aware_enhancer = _PassThrough()
    try:
        for text, raw, art, recognizers, context in seen:
            ours = ContextAnalyzerEngine._enhance_using_context(analyzer, text, raw, art, recognizers, context)
            theirs = AnalyzerEngine._enhance_using_context(analyzer, text, raw, art, recognizers, context)
            assert [id(r) for r in ours] == [id(r) for r in theirs]
            assert len(ours) > 10
    finally:
        analyzer.context_aware_enhancer = saved
