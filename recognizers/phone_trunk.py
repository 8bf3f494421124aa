"""Phone numbers phonenumbers' matcher misses: old "8 0XX" trunk forms and satellite numbers without "+".

"8 050 123 45 67" was Ukraine's domestic form before 2009 and "8 029 …" is
still Belarus's; the matcher finds neither for Russia or Ukraine. Satellite
numbers are written "8816 …" or "00 870 …" as often as "+8816 …". Each match
is checked with phonenumbers (Belarus first, then Ukraine; satellite as
international). Known false positive: an 11-digit reference number that
happens to form a valid Belarusian or Ukrainian mobile number after an "8".
"""

from __future__ import annotations

from typing import ClassVar

import phonenumbers
import regex

from redact.recognizers._cued import CuedPattern, CuedPatternRecognizer

__all__ = ["TrunkPhoneRecognizer"]

_SEP = r"[\s.\-\u00a0\u202f]?"
TRUNK_8_0XX = (
    r"(?<![\d+])\b8" + _SEP + r"\(?0\d{2}\)?" + _SEP + r"\d{3}" + _SEP + r"\d{2}" + _SEP + r"\d{2}\b(?![-.]?\d)"
)
# Thuraya 88216, Iridium 8816/8817, Inmarsat 870, Globalstar 8818/8819, without a "+".
SATELLITE = (
    r"(?<![\d+])(?:00" + _SEP + r")?(?:88216|8816|8817|8818|8819|870)"
    r"(?:" + _SEP + r"\d){6,9}\b(?![-.]?\d)"
)


class TrunkPhoneRecognizer(CuedPatternRecognizer):
    """Old "8 0XX" Ukrainian/Belarusian domestic numbers and satellite numbers written without "+".

    Known false positive: an 11-digit reference number starting "80" that is also a valid mobile number.
    """

    ENTITY = "PHONE_NUMBER"
    ENTITIES: ClassVar[list[str]] = ["PHONE_NUMBER"]
    LANGUAGES = ("en", "ru", "uk")
    PATTERNS: ClassVar[list[CuedPattern]] = [
        CuedPattern("8 0XX trunk form", TRUNK_8_0XX, 0.6),
        CuedPattern("satellite without +", SATELLITE, 0.5),
    ]
    CONTEXT: ClassVar[dict[str, list[str]]] = {
        "en": ["phone", "number", "call", "mobile", "cell", "dial", "sat", "thuraya", "iridium", "inmarsat"],
        "ru": ["телефон", "тел", "номер", "мобильн", "сотов", "звон", "набер", "спутник", "турай", "иридиум"],
        "uk": ["телефон", "тел", "номер", "мобільн", "дзвон", "набер", "супутник", "турай"],
    }

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language)

    def validate_result(self, pattern_text: str) -> bool | None:
        """The number must be valid in Belarus or Ukraine (trunk form) or internationally (satellite)."""
        digits = regex.sub(r"\D", "", pattern_text)
        if digits.startswith("80") and len(digits) == 11:
            candidates = [("+375" + digits[2:], None), ("+380" + digits[2:], None)]
        else:
            candidates = [("+" + (digits[2:] if digits.startswith("00") else digits), None)]
        for number, region in candidates:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                    return True
            except phonenumbers.NumberParseException:
                continue
        return False
