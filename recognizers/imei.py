"""Handset identifiers: 15-digit IMEIs with a correct Luhn check digit (16-digit IMEISV after "IMEI").

Known false positive: any Luhn-valid 15-digit number (one in ten), which is
why the score is modest without "IMEI" near.
"""

from __future__ import annotations

from typing import ClassVar

import regex

from redact.recognizers._cued import CuedPattern, CuedPatternRecognizer, luhn_ok

__all__ = ["ImeiRecognizer"]

IMEI = r"(?<![\d-])\b\d{2}[\s-]?\d{6}[\s-]?\d{6}[\s-]?\d\b(?![-\d])"
IMEISV = r"\b(?:IMEI\s?SV|IMEI)\s*[:№]?\s*(?P<v>\d{16})\b"


class ImeiRecognizer(CuedPatternRecognizer):
    """IMEI numbers (Luhn-checked); IMEISV only after the word IMEI.

    Known false positive: a Luhn-valid 15-digit account number.
    """

    ENTITY = "IMEI"
    ENTITIES: ClassVar[list[str]] = ["IMEI"]
    LANGUAGES = ("en", "ru", "uk")
    PATTERNS: ClassVar[list[CuedPattern]] = [
        CuedPattern("IMEI", IMEI, 0.5),
        CuedPattern("IMEISV", IMEISV, 0.7),
    ]
    CONTEXT: ClassVar[dict[str, list[str]]] = {
        "en": ["imei", "handset", "phone", "device", "serial"],
        "ru": ["imei", "имей", "имеи", "телефон", "трубк", "аппарат"],
        "uk": ["imei", "імей", "телефон", "апарат"],
    }

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language)

    def validate_result(self, pattern_text: str) -> bool | None:
        """Luhn for 15 digits; IMEISV (16 digits) has no check digit."""
        digits = regex.sub(r"\D", "", pattern_text)
        if len(digits) == 16:
            return None
        return luhn_ok(digits)
