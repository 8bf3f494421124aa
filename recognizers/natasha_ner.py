"""People and places found by natasha's slovnet NER in Russian text.

The NLP engine for ``ru`` (``redact/cyrillic_nlp.py``) runs slovnet and
applies the gazetteer-first combination rule (a one-word "person" that is a
known place becomes a place); this recognizer only reports those entities.
A one-word "person" that is an ordinary noun or adjective ("Бес", "Гром") is
reported as CALL_SIGN. Known false positive: a capitalised common noun at the
start of a sentence that slovnet takes for a name ("Передай" is trimmed, but
a noun such as "Позывной" can survive) is reported as CALL_SIGN.
"""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import SpacyRecognizer


class NatashaNerRecognizer(SpacyRecognizer):
    """PERSON, LOCATION and nickname-like CALL_SIGN from slovnet (Russian only: natasha has no Ukrainian model)."""

    LANGUAGES = ("ru",)
    ENTITIES = ["PERSON", "LOCATION", "CALL_SIGN"]

    def __init__(self, supported_language: str = "ru") -> None:
        super().__init__(
            supported_language=supported_language,
            supported_entities=list(self.ENTITIES),
            name="NatashaNerRecognizer",
        )
