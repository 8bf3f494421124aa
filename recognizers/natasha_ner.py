"""People and places found by natasha's slovnet NER in Russian text.

The NLP engine for ``ru`` (``redact/cyrillic_nlp.py``) runs slovnet and
applies the gazetteer-first combination rule (a one-word "person" that is a
known place becomes a place); this recognizer only reports those entities.
Known false positive: call signs that are ordinary nouns ("Бес") are tagged
PER, so they come out as PERSON unless the call-sign recognizer wins.
"""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import SpacyRecognizer


class NatashaNerRecognizer(SpacyRecognizer):
    """PERSON and LOCATION entities from slovnet (Russian only: natasha has no Ukrainian model)."""

    LANGUAGES = ("ru",)
    ENTITIES = ["PERSON", "LOCATION"]

    def __init__(self, supported_language: str = "ru") -> None:
        super().__init__(
            supported_language=supported_language,
            supported_entities=list(self.ENTITIES),
            name="NatashaNerRecognizer",
        )
