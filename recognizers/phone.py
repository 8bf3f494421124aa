"""Telephone numbers, validated by phonenumbers over the regions the calls involve.

Matches numbers phonenumbers accepts as *valid* (leniency 1) for any of
:data:`REGIONS`, international forms for every country. Known false positive:
none at VALID in tests; at POSSIBLE it would match unit and passport numbers,
which is why leniency stays at 1.
"""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import PhoneRecognizer

# Russia, Ukraine, Belarus, Kazakhstan first; then where families and diaspora call from.
REGIONS = ("RU", "UA", "BY", "KZ", "GE", "AM", "MD", "PL", "DE", "GB", "US", "FR", "IL", "TR")

CONTEXT = {
    "en": ["phone", "number", "call", "mobile", "cell", "dial", "whatsapp", "telegram", "sim"],
    "ru": ["телефон", "тел", "номер", "мобильн", "сотов", "звон", "набер", "симк", "ватсап"],
    "uk": ["телефон", "тел", "номер", "мобільн", "дзвон", "набери", "симк"],
}


class PhoneNumberRecognizer(PhoneRecognizer):
    """Phone numbers in national and international formats of the calls' regions."""

    LANGUAGES = ("en", "ru", "uk")
    ENTITIES = ["PHONE_NUMBER"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            context=CONTEXT.get(supported_language, CONTEXT["en"]),
            supported_language=supported_language,
            supported_regions=REGIONS,
            leniency=1,
            name="PhoneNumberRecognizer",
        )
