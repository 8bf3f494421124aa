"""Document numbers: Russian passports, military IDs, dog tags, SNILS, INN, Ukrainian RNTRC and ID cards.

Matches "паспорт 45 12 345678" / "passport 4512 345678" (needs a passport
word near: the series has no checksum), "серия 63 09, номер 148207", military
ID "АК 1234567", dog tag / personal number "АБ-123456" (also transliterated
"YuK-731208"), SNILS "123-456-789 64" (checksum), INN (``stdnum.ru.inn``),
РНОКПП (``stdnum.ua.rntrc``) and Ukrainian ID-card numbers after "ID-картка".
Known false positive: a two-letter code and seven digits that is not a
military ID (an invoice "АБ 1234567").
"""

from __future__ import annotations

from typing import ClassVar

import regex

from recognizers._cued import CuedPattern, CuedPatternRecognizer

__all__ = ["IdNumberRecognizer", "snils_ok"]

PASSPORT_RU = r"(?<![\d-])\b(?P<v>\d{2}\s?\d{2}\s?(?:№\s?)?\d{6})\b(?![-\d])"
PASSPORT_SERIES = r"\b(?:сери[яиюей]|серія|series)\s*[:№]?\s*(?P<v>\d{2}\s?\d{2})\b(?!\s?\d{6})"
PASSPORT_NUMBER = r"\b(?:номер|number|№|no\.)\s*[:№]?\s*(?P<v>\d{6})\b(?![-\d])"
UA_ID_CARD = r"\b(?:ID-?\s?карт\p{L}*|ID\s?card|id-картк\p{L}*|паспорт\p{L}*)\s*[:№,]?\s*(?P<v>\d{9})\b"
UA_OLD_PASSPORT = r"(?-i:\b[А-ЯІЇЄҐ]{2}\s?№?\s?\d{6}\b)"
# Dog tag / personal number: one to three letters (a transliterated "Ю" is "Yu"), a hyphen, six digits.
DOG_TAG = r"(?-i:\b(?:[А-ЯЁ]{1,2}|[A-Z](?:[a-z]?[A-Z])?)\s?-\s?\d{6}\b)(?![-\d])"
# "жетон АБ 123456": without the hyphen the shape is common, so only beside a document word.
DOG_TAG_SPACED = r"(?-i:\b(?:[А-ЯЁ]{1,2}|[A-Z]{1,2})\s\d{6}\b)(?![-\d])"
MILITARY_ID = r"(?-i:\b(?:[А-ЯЁ]{2}|[A-Z]{2})\s?№?\s?\d{7}\b)(?![-\d])"
SNILS_FORMATTED = r"(?<![\d-])\b\d{3}[-\s]\d{3}[-\s]\d{3}[-\s]\d{2}\b(?![-\d])"
DIGITS_10_12 = r"(?<![\d-])\b(?:\d{12}|\d{11}|\d{10})\b(?![-\d])"

_ID_STEMS_EN = [
    "passport",
    "id",
    "document",
    "dog",
    "tag",
    "personal",
    "military",
    "snils",
    "inn",
    "tax",
    "series",
    "serial",
    "identity",
    "card",
    "number",
]
_ID_STEMS_RU = [
    "паспорт",
    "серия",
    "серии",
    "жетон",
    "военн",
    "билет",
    "военник",
    "личн",
    "снилс",
    "инн",
    "документ",
    "удостовер",
    "ипн",
    "рнокпп",
    "номер",
]
_ID_STEMS_UK = [
    "паспорт",
    "серія",
    "жетон",
    "військов",
    "квиток",
    "особист",
    "рнокпп",
    "іпн",
    "документ",
    "посвідч",
    "картк",
    "номер",
]


def snils_ok(digits: str) -> bool:
    """The SNILS check number: Σ dᵢ·(9−i) over the first nine digits, folded modulo 101."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:9]))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101)
    return (0 if check == 100 else check) == int(digits[9:])


def _inn_ok(digits: str) -> bool:
    from stdnum.ru import inn
    from stdnum.ua import rntrc

    return bool(inn.is_valid(digits) or (len(digits) == 10 and rntrc.is_valid(digits)))


class IdNumberRecognizer(CuedPatternRecognizer):
    """Passport, military-ID, dog-tag, SNILS, INN and RNTRC numbers (Russian and Ukrainian documents).

    Known false positive: an invoice or order code shaped like a military ID ("АБ 1234567").
    """

    ENTITY = "ID_NUMBER"
    ENTITIES: ClassVar[list[str]] = ["ID_NUMBER"]
    LANGUAGES = ("en", "ru", "uk")
    CONTEXT_BEFORE = 8
    PATTERNS: ClassVar[list[CuedPattern]] = [
        CuedPattern("passport (ru)", PASSPORT_RU, 0.65, needs_context=True),
        CuedPattern("passport series", PASSPORT_SERIES, 0.65, needs_context=True),
        CuedPattern("passport number", PASSPORT_NUMBER, 0.65, needs_context=True),
        CuedPattern("ID card (ua)", UA_ID_CARD, 0.7),
        CuedPattern("old passport (ua)", UA_OLD_PASSPORT, 0.4, needs_context=True),
        CuedPattern("dog tag / personal number", DOG_TAG, 0.5),
        CuedPattern("military ID", MILITARY_ID, 0.5),
        CuedPattern("dog tag without hyphen", DOG_TAG_SPACED, 0.6, needs_context=True),
        CuedPattern("SNILS", SNILS_FORMATTED, 0.5),
        CuedPattern("SNILS / INN / RNTRC digits", DIGITS_10_12, 0.4, needs_context=True),
    ]
    CONTEXT: ClassVar[dict[str, list[str]]] = {
        "en": _ID_STEMS_EN,
        "ru": _ID_STEMS_RU + _ID_STEMS_EN,
        "uk": _ID_STEMS_UK + _ID_STEMS_RU + _ID_STEMS_EN,
    }

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language)

    def validate_match(self, pattern: CuedPattern, value: str) -> bool | None:
        """Checksums where the document has one: SNILS, INN, RNTRC."""
        digits = regex.sub(r"\D", "", value)
        if pattern.regex == SNILS_FORMATTED:
            return snils_ok(digits)
        if pattern.regex == DIGITS_10_12:
            return snils_ok(digits) if len(digits) == 11 else _inn_ok(digits)
        return None
