"""Named entities from the spaCy pipeline (English): people and places.

Matches what the statistical NER tags PERSON, GPE, LOC or FAC; the mapping to
redact's types lives in :data:`LABELS` and is applied by the NLP engine.
Known false positive: sentence-initial capitalised words ("Mom") are sometimes
tagged PERSON; known misses: Russian given names tagged ORG ("Roman").
"""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import SpacyRecognizer

# spaCy label -> redact entity type. Labels not listed are ignored by the engine.
LABELS: dict[str, str] = {
    "PERSON": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
}


class SpacyNerRecognizer(SpacyRecognizer):
    """People and places found by the spaCy model's NER component."""

    LANGUAGES = ("en",)
    ENTITIES = ["PERSON", "LOCATION"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_language=supported_language,
            supported_entities=list(self.ENTITIES),
            name="SpacyNerRecognizer",
        )
