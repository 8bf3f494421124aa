"""Telephone numbers, validated by phonenumbers over the regions the calls involve.

Matches numbers phonenumbers accepts as *valid* (leniency 1) for any of
:data:`REGIONS`, international forms for every country. Known false positive:
none at VALID in tests; at POSSIBLE it would match unit and passport numbers,
which is why leniency stays at 1.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

# Russia, Ukraine, Belarus, Kazakhstan first; then where families and diaspora call from.
REGIONS = ("RU", "UA", "BY", "KZ", "GE", "AM", "MD", "PL", "DE", "GB", "US", "FR", "IL", "TR")

# The shortest national number of any region (DE: 4 digits); international forms are longer.
MIN_DIGITS = 4
_DIGIT_LINE = re.compile(rf"^(?:[^\d\n]*\d){{{MIN_DIGITS}}}[^\n]*", re.MULTILINE)

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

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Presidio's phonenumbers matching, run only on the lines that have enough digits.

        phonenumbers scans the whole text once per region (14 here) and tries to parse every digit
        run; that was a quarter of all analysis time. No candidate crosses a line break (its
        pattern has no newline), and a line with fewer than :data:`MIN_DIGITS` digits cannot hold
        a valid number of any region, so the same matches are found on the digit-bearing lines
        joined by newlines, offsets mapped back.
        """
        starts: list[int] = []
        parts: list[str] = []
        for m in _DIGIT_LINE.finditer(text):
            starts.append(m.start())
            parts.append(m.group())
        if not parts:
            return []
        joined = "\n".join(parts)
        offsets = []  # start of each part inside ``joined``
        pos = 0
        for part in parts:
            offsets.append(pos)
            pos += len(part) + 1
        results = super().analyze(joined, entities, nlp_artifacts)
        for r in results:
            i = bisect.bisect_right(offsets, r.start) - 1
            shift = starts[i] - offsets[i]
            r.start += shift
            r.end += shift
        return results
