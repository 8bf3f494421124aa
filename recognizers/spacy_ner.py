"""Named entities from the spaCy pipeline (English): people and places.

Matches what the statistical NER tags PERSON, GPE, LOC or FAC; the mapping to
redact's types lives in :data:`LABELS` and is applied by the NLP engine.
The model's own false positives are filtered here: a PERSON span that is only
a kinship or role word ("Mom", "MOTHER", "Grandma") or holds a digit or a
colon (a timestamp) is dropped, and so is a place glued to a number
("Moscow-400", a postal code shared by the whole army). Spans are never
trimmed: a kinship word inside a span may be part of a call sign ("Ded
Khasan"), and recall comes first. Known false positive still left: capitalised
hardware and brand names tagged PERSON; known misses: Russian given names
tagged ORG ("Roman"), which the given-name gazetteer covers.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

_WORD = regex.compile(r"[\p{L}'’-]+")
# Words spaCy tags PERSON that never name anyone on their own. Not "Ded"/"Batya": common call signs.
_FAMILY_AND_ROLES = frozenset(
    """
    mom mum mama mamma mommy mummy mother dad daddy papa father grandma granny grandmother babushka grandpa
    grandad granddad grandfather son daughter brother sister wife husband uncle aunt auntie soldier interviewer
    """.split()
)
_GLUED_NUMBER = regex.compile(r"-?\s?\d")

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

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """spaCy's entities, with the model's known false positives trimmed or dropped."""
        out: list[RecognizerResult] = []
        for r in super().analyze(text, entities, nlp_artifacts):
            surface = text[r.start : r.end]
            if r.entity_type == "PERSON":
                if any(c.isdigit() or c == ":" for c in surface):
                    continue
                words = [m.group().casefold().removesuffix("'s").removesuffix("’s") for m in _WORD.finditer(surface)]
                if words and all(w in _FAMILY_AND_ROLES for w in words):
                    continue
            elif r.entity_type == "LOCATION" and _GLUED_NUMBER.match(text, r.end):
                continue
            out.append(r)
        return out
