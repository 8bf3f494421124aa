"""Partial phone numbers named by a hotword: "the number ending in 45-67", "последние цифры 4567".

Only the digits are the span; the cue stays visible. Known false positive:
"the year ending in 99" style phrases with no phone around (scored lower
unless a phone word is near).
"""

from __future__ import annotations

from typing import ClassVar

from redact.recognizers._cued import CuedPattern, CuedPatternRecognizer

__all__ = ["PartialPhoneRecognizer"]

# Two to six digits, optionally in pairs: 45-67, 45 67, 4567, 123-45-67.
_DIGITS = r"(?P<v>\d{2,3}(?:[-\s.]\d{2}){1,2}|\d(?:[-\s.]\d){3,5}|\d{2,6})(?![\d-])"
_GAP = r"[\s:,\-—–«\"“]{0,4}"
PARTIAL_EN = (
    r"\b(?:end(?:s|ed|ing)?\s+(?:in|with)|last\s+(?:(?:two|three|four|five|six|\d)\s+)?(?:digits|numbers)"
    r"(?:\s+(?:are|were|is|was))?|(?:finish(?:es|ed|ing)?)\s+(?:in|with))" + _GAP + _DIGITS
)
PARTIAL_RU = (
    r"\b(?:(?:за|о)?канчива\p{L}*\s+на|конча\p{L}*\s+на|последн\p{L}*\s+(?:[\p{L}\d]+\s+){0,2}цифр\p{L}*"
    r"(?:\s+(?:были|был|было))?|на\s+конце)" + _GAP + _DIGITS
)
# Russian word order lets the digits come first: "на 38-19 заканчивается".
PARTIAL_RU_BEFORE = r"\bна\s+" + _DIGITS + r"\s+(?:(?:за|о)?канчива\p{L}*|конча\p{L}*|закінчу\p{L}*)"
PARTIAL_UK = r"\b(?:закінчу\p{L}*\s+на|останн\p{L}*\s+(?:[\p{L}\d]+\s+){0,2}цифр\p{L}*|в\s+кінці)" + _GAP + _DIGITS


class PartialPhoneRecognizer(CuedPatternRecognizer):
    """The tail of a phone number after "ending in" / "заканчивается на" / "останні цифри".

    Known false positive: "ends in 2024" about a contract or a year, without a phone word near.
    """

    ENTITY = "PHONE_NUMBER"
    ENTITIES: ClassVar[list[str]] = ["PHONE_NUMBER"]
    LANGUAGES = ("en", "ru", "uk")
    PATTERNS: ClassVar[list[CuedPattern]] = [
        CuedPattern("partial (en)", PARTIAL_EN, 0.5),
        CuedPattern("partial (ru)", PARTIAL_RU, 0.5),
        CuedPattern("partial (uk)", PARTIAL_UK, 0.5),
        CuedPattern("partial, digits first (ru/uk)", PARTIAL_RU_BEFORE, 0.5),
    ]
    CONTEXT: ClassVar[dict[str, list[str]]] = {
        "en": ["phone", "number", "call", "mobile", "cell", "dial", "sim", "digits"],
        "ru": ["телефон", "тел", "номер", "мобильн", "сотов", "звон", "набер", "симк", "цифр"],
        "uk": ["телефон", "тел", "номер", "мобільн", "дзвон", "набер", "симк", "цифр"],
    }
    CONTEXT_BEFORE = 10

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """A bare four-digit year (1900–2099) is not a number's tail."""
        if pattern_text.isdigit() and len(pattern_text) == 4 and pattern_text[:2] in ("19", "20"):
            return True
        return None
