"""Bank card numbers (Luhn-checked): Mir 2200–2204, Visa, Mastercard, Maestro, in groups or run together.

A 16-digit number that fails the check is still reported, at a lower score,
when a card word ("карта", "Сбер", "card") is near: transcripts mistype.
Known false positive: any 16-digit reference number that happens to pass the
Luhn check (one in ten do).
"""

from __future__ import annotations

from typing import ClassVar

import regex

from redact.recognizers._cued import CuedPattern, CuedPatternRecognizer, luhn_ok

__all__ = ["CreditCardRecognizer"]

GROUPED_16 = r"(?<![\d-])\b\d{4}(?:[\s\u00a0-]?\d{4}){3}\b(?![-\d])"
GROUPED_19 = r"(?<![\d-])\b\d{4}(?:[\s\u00a0-]?\d{4}){3}[\s\u00a0-]?\d{3}\b(?![-\d])"
# A card named by its last four digits, masked or said to end in them: "карта ****5512", "Карта *7781", "картка
# •• 4417", "последние цифры 9034", "заканчивается на 9034", "ending in 4417", "the one ending 4417", "that ends
# with 4417" (a card word before it).
_CARD_WORD = r"(?:карт\p{L}*|картк\p{L}*|card|сбер\p{L}*|тиньк\p{L}*|моно\p{L}*|приват\p{L}*|visa|mastercard)"
_MASKED = r"(?:[*•xх×]{1,12}|\.{3}|…)[ \t]?"
_SAID = (
    r"(?:последни\p{L}*\s+(?:четыре\s+|4\s+)?цифр\p{L}*|заканчива\p{L}*\s+на|останні\p{L}*\s+(?:чотири\s+|4\s+)?цифр\p{L}*"
    r"|закінчу\p{L}*\s+на|ending(?:\s+(?:in|with))?|ends\s+(?:in|with)|last\s+(?:four\s+|4\s+)?digits)\s*[:—–-]?\s*"
)
# The tail is asserted first, then the card word behind it: a leading lookbehind is tried at every character of the
# text (variable width, 60 characters back), which made this one pattern cost forty times the rest of the recognizer.
CARD_TAIL = (
    rf"(?=(?:{_MASKED}|{_SAID})\d{{4}})(?<={_CARD_WORD}[^.!?\n\d]{{0,60}})"
    rf"(?:(?P<v>{_MASKED}\d{{4}})|{_SAID}(?P<v>\d{{4}}))(?![\d.,]\d|\d)"
)
AMEX = r"(?<![\d-])\b3[47]\d{2}[\s-]?\d{6}[\s-]?\d{5}\b(?![-\d])"


class CreditCardRecognizer(CuedPatternRecognizer):
    """Bank card numbers whose Luhn check digit is right.

    Known false positive: a Luhn-valid 16-digit reference number.
    """

    ENTITY = "CREDIT_CARD"
    ENTITIES: ClassVar[list[str]] = ["CREDIT_CARD"]
    LANGUAGES = ("en", "ru", "uk")
    PATTERNS: ClassVar[list[CuedPattern]] = [
        CuedPattern("card 16", GROUPED_16, 0.5),
        CuedPattern("card 19", GROUPED_19, 0.5),
        CuedPattern("amex", AMEX, 0.5),
        # A mistyped or misheard card still identifies its holder's bank account: keep it beside a card word.
        CuedPattern("card-shaped beside a card word", GROUPED_16, 0.45, needs_context=True),
        CuedPattern("card by its last four digits", CARD_TAIL, 0.6),
    ]
    CONTEXT: ClassVar[dict[str, list[str]]] = {
        "en": ["card", "visa", "mastercard", "mir", "sber", "bank", "transfer", "send", "tinkoff", "monobank"],
        "ru": ["карт", "сбер", "тиньк", "мир", "банк", "скинь", "кинь", "перевед", "переведи", "втб"],
        "uk": ["картк", "карт", "моно", "приват", "банк", "скинь", "переказ", "переказ"],
    }

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language)

    def validate_match(self, pattern: CuedPattern, value: str) -> bool | None:
        """Luhn over the digits (not for the hotword pattern); a run of one repeated digit is never a card."""
        digits = regex.sub(r"\D", "", value)
        if len(set(digits)) <= 1:
            return False
        if pattern.needs_context or pattern.regex == CARD_TAIL:
            return None
        return luhn_ok(digits)
