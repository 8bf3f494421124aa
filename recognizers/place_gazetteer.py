"""Settlements and regions of Russia, Ukraine, Belarus and Kazakhstan from the shipped gazetteer.

One Aho-Corasick pass over ``data/places.tsv.gz`` and ``data/regions.tsv``
(GeoNames cities500 and KATOTTG, with English spellings, transliterations
and Cyrillic names; see data/ATTRIBUTION.md), shared with the Russian and
Ukrainian recognizers through :func:`redact.recognizers.nlp.gazetteer.place_gazetteer`.
Matching is case-sensitive and whole-word. Variants the gazetteer marks
ambiguous (also ordinary words or names: "Kosovo", "Mirny") and variants of
three letters or fewer need a place cue before them ("in", "from", "near",
"village of") or an administrative word after them ("... region").
War geography is not excluded here: the policy's allow list keeps it. A lower-case town after a place cue
("going home to ust-kamenka") counts when the gazetteer has it as a town (not a city) not flagged ambiguous.
Known false positive: a village that shares its name with a surname ("Ivanovka"
as a family name) is tagged LOCATION; it is still withheld.
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from redact.recognizers.nlp.gazetteer import place_gazetteer
from redact.recognizers.nlp.morph import fold_script

__all__ = ["PlaceGazetteerRecognizer"]

_CUE_BEFORE = regex.compile(
    r"(?:\b(?:in|from|near|to|at|outside|around|of|village|town|city|settlement|stanitsa|khutor)|[Вв]|[Ии]з|[Сс]|[Пп]од)"
    r"\s+(?:the\s+)?$"
)
_ADMIN_AFTER = regex.compile(r"^\s+(?:region|oblast|district|krai|raion|rayon|area|Oblast|Region|District|Krai)\b")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LOWER_AFTER_CUE = regex.compile(
    r"\b(?:in|from|near|to|outside)\s+(?P<v>[a-z]{4,}(?:-[a-z]{3,}){0,2})(?=[\s,.;:!?)]|$)"
)


# English names no settlement with an article: "the Niva", "a Volga" is a thing (a car, a boat) of that name.
_ARTICLE_BEFORE = regex.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+$")


# What follows a thing named with an article: the clause's end, or an auxiliary, conjunction or preposition.
_THING_AFTER = regex.compile(
    r"(?:\s*(?:[.,;:!?)\"”’]|$)|\s+(?:is|was|has|had|will|would|can|could|needs|and|or|with|for|that|which|"
    r"'s|’s)\b)"
)


def _article_before_settlement(text: str, start: int, end: int, entries: Any) -> bool:
    """A settlement (no region) right after an article or demonstrative, and no admin word after it."""
    if any(e.kind.startswith("region") for e in entries) or _ADMIN_AFTER.match(text[end : end + 16]):
        return False
    if _ARTICLE_BEFORE.search(text[max(0, start - 6) : start]) is None:
        return False
    # "the Yurga one", "the Kedrovka school": a place name modifying a noun is still the place.
    return _THING_AFTER.match(text, end) is not None


class PlaceGazetteerRecognizer(EntityRecognizer):
    """Gazetteer settlements and regions, ambiguous names only with a place cue."""

    LANGUAGES: ClassVar[tuple[str, ...]] = ("en",)
    ENTITIES: ClassVar[list[str]] = ["LOCATION"]
    SCORE: ClassVar[float] = 0.65
    SCORE_CUED: ClassVar[float] = 0.6

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name="PlaceGazetteerRecognizer",
        )
        self.label = "PlaceGazetteerRecognizer"

    def load(self) -> None:
        """Build (or reuse) the shared place gazetteer."""
        self.places = place_gazetteer()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Every gazetteer place in ``text`` that passes the ambiguity test."""
        if "LOCATION" not in entities:
            return []
        out = []
        # a word mixing Latin and Cyrillic lookalikes ("Часів Яp") is looked up in its own script; one character for
        # one, so every offset holds for the text as written
        for start, end, entries in self.places.find(fold_script(text)):
            surface = text[start:end]
            if self.supported_language == "en" and _CYRILLIC.search(surface):
                continue
            unsure = all("ambiguous" in e.flags for e in entries) or sum(ch.isalpha() for ch in surface) <= 3
            if unsure and not self._cued(text, start, end):
                continue
            if self.supported_language == "en" and _article_before_settlement(text, start, end, entries):
                continue
            out.append(self._result(start, end, self.SCORE_CUED if unsure else self.SCORE))
        if self.supported_language == "en":
            out.extend(self._lowercase(text))
        return out

    def _lowercase(self, text: str) -> list[RecognizerResult]:
        """A lower-case town typed in a chat after a place cue ("going home to ust-kamenka", "a guy from chita"):
        the Title-case spelling must be a town of the gazetteer (not a city) that is not also an ordinary word."""
        out = []
        for m in _LOWER_AFTER_CUE.finditer(text):
            word = m.group("v")
            title = "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
            entries = self.places.get(title)
            if not entries or any("ambiguous" in e.flags for e in entries):
                continue
            # A town, not a city: a big city typed in lower case ("i'm in rostov") is public, the allow list keeps
            # it only as written.
            if any(e.kind == "town" for e in entries) and not any(e.kind == "city" for e in entries):
                out.append(self._result(m.start("v"), m.end("v"), self.SCORE_CUED))
        return out

    @staticmethod
    def _cued(text: str, start: int, end: int) -> bool:
        return bool(_CUE_BEFORE.search(text[max(0, start - 30) : start]) or _ADMIN_AFTER.match(text[end : end + 20]))

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type="LOCATION",
            start=start,
            end=end,
            score=score,
            analysis_explanation=AnalysisExplanation(recognizer=self.label, original_score=score),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.label,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
