"""A base for redact's hand-written (non-pattern) recognizers of one entity type.

It names the recognizer after its class, loads nothing, and builds results that
carry the explanation and the recognizer name the audit and the report read.
"""

from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult


class SingleEntityRecognizer(LocalRecognizer):
    """A LocalRecognizer that reports ``ENTITIES[0]`` (or the type it names) with a textual reason per result."""

    ENTITIES: list[str] = []

    def __init__(self, supported_language: str = "ru") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name=type(self).__name__,
        )

    def load(self) -> None:
        """Nothing to load: data and morphology are shared module-level caches."""

    def _result(self, start: int, end: int, score: float, why: str, entity: str | None = None) -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity or self.ENTITIES[0],
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(
                recognizer=type(self).__name__, original_score=score, textual_explanation=why
            ),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
