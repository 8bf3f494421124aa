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
# After its name the number is the handset's whatever its check digit says (a record copies it as it was read out, a
# writer mistypes a digit) and however it is grouped: "IMEI 356938035643801", "ІМЕІ: 356 938 035 643 809", "IMEI1
# 3569 3803 5643 809", "имей телефона 35-693803-564380-9", "IMEI-код був 3569...". Up to three words may stand
# between ("IMEI моего телефона:", "IMEI his handset had was").
# The name in any script mix a keyboard gives ("IMEI", "ІМЕІ" with Cyrillic letters, "IМЕI" mixed), its number of a
# dual-SIM handset, "-код", and the spoken "имей"/"імей" in every case.
_IMEI_NAME = (
    r"(?:(?-i:[IІ][MМ][EЕ][IІИ])(?:\s?[12])?(?:-?(?:код|code|номер|number)\p{L}*)?|имей\p{L}*|імей\p{L}*|імеі\p{L}*)"
)
# Up to six words between ("IMEI у того телефону, що забрали, був ..."), fourteen digits (the number without its
# check digit, as some lists print it) to sixteen (IMEISV).
IMEI_CUED = (
    r"(?<![\p{L}\d])"
    + _IMEI_NAME
    + r"(?:[\s,]+\p{L}+){0,6}?[\s,]*[:№—–-]?\s*(?<!\d)(?P<v>\d(?:[ -]?\d){13,15})(?![ -]?\d)"
)


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
        CuedPattern("IMEI after its name", IMEI_CUED, 0.85),
    ]
    CONTEXT: ClassVar[dict[str, list[str]]] = {
        "en": ["imei", "handset", "phone", "device", "serial"],
        "ru": ["imei", "имей", "имеи", "телефон", "трубк", "аппарат"],
        "uk": ["imei", "імей", "телефон", "апарат"],
    }

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language)

    def validate_match(self, pattern: CuedPattern, value: str) -> bool | None:
        """After its name a number of 15 or 16 digits is the handset's, its check digit unread."""
        if pattern.regex == IMEI_CUED:
            return None if len(regex.sub(r"\D", "", value)) in (14, 15, 16) else False
        return super().validate_match(pattern, value)

    def validate_result(self, pattern_text: str) -> bool | None:
        """Luhn for 15 digits; IMEISV (16 digits) has no check digit."""
        digits = regex.sub(r"\D", "", pattern_text)
        if len(digits) == 16:
            return None
        return luhn_ok(digits)
