"""Map coordinates: decimal pairs (dot or Russian decimal comma), hemisphere marks, DMS, MGRS, SK-42, grid squares.

Matches "48.6012, 38.0031", "48,6012 38,0031", "N48.3344 E38.2105",
"48.6012 с.ш. 38.0031 в.д.", 48°36'04"N 38°00'11"E, "37U DP 26274 83473" and
"37UDP2627483473" (checked by the ``mgrs`` library), "X=5382123 Y=7412345",
"квадрат 45-17". Latitude must be within ±90 and longitude within ±180.
Known false positive: two decimal measurements side by side with four or more
decimals ("0.1234 0.5678").
"""

from __future__ import annotations

from typing import ClassVar

import regex

from redact.recognizers._cued import CuedPattern, CuedPatternRecognizer

__all__ = ["CoordinatesRecognizer"]

_NS = r"(?:с\.\s?ш\.?|ю\.\s?ш\.?|пн\.\s?ш\.?|пд\.\s?ш\.?|[NSСЮ])"
_EW = r"(?:в\.\s?д\.?|з\.\s?д\.?|сх\.\s?д\.?|[EWВЗ])"
# Four or more decimals unless a degree sign or hemisphere mark says it is a coordinate ("1,500 2,000" is money).
DECIMAL = (
    r"(?<![\d.,\p{L}])[-+]?\d{1,2}[.,]\d{4,8}°?(?:\s?"
    + _NS
    + r")?\s*[,;/\s]\s*[-+]?\d{1,3}[.,]\d{4,8}°?(?:\s?"
    + _EW
    + r"(?!\p{L}))?(?![\d])"
)
DECIMAL_MARKED = (
    r"(?<![\d.,\p{L}])(?:" + _NS + r"\s?\d{1,2}[.,]\d{2,8}°?|\d{1,2}[.,]\d{2,8}°?\s?" + _NS + r")\s*[,;/\s]\s*"
    r"(?:" + _EW + r"\s?\d{1,3}[.,]\d{2,8}°?|\d{1,3}[.,]\d{2,8}°?\s?" + _EW + r")(?![\d\p{L}])"
)
_DMS_ONE = r"\d{1,3}\s?°\s?\d{1,2}(?:[.,]\d+)?\s?['′’]\s?(?:\d{1,2}(?:[.,]\d+)?\s?(?:[\"″”]|'')\s?)?"
DMS = r"(?<!\d)" + _DMS_ONE + _NS + r"\s*[,;\s]\s*" + _DMS_ONE + _EW + r"(?!\p{L})"
# Zone 1-60, latitude band C-X without I and O, 100 km square letters, an even count of digits.
MGRS = r"(?-i:\b\d{1,2}[C-HJ-NP-X]\s?[A-HJ-NP-Z][A-HJ-NP-V]\s?(?:\d{5}\s?\d{5}|\d{4}\s?\d{4}|\d{3}\s?\d{3}))\b"
SK42 = r"\b[XxХх]\s?[=:]\s?\d{5,7}[,;\s]+[YyУу]\s?[=:]\s?\d{5,7}\b"
YANDEX = r"\bll=(?P<v>-?\d{1,3}\.\d+(?:,|%2C)-?\d{1,2}\.\d+)"
GRID_SQUARE = (
    r"\b(?:квадрат\p{L}*|квадрат|square|grid)\s*[:№]?\s*[—–-]?\s*(?P<v>\d{1,3}\s?[-–/]\s?\d{1,3}"
    r"(?:\s*,?\s*по\s+улитке\s+\d)?)(?!\d)"
)


class CoordinatesRecognizer(CuedPatternRecognizer):
    """Coordinates in decimal, DMS, MGRS and SK-42 forms, and map-grid squares after "квадрат".

    Known false positive: a pair of four-decimal measurements ("0.1234 0.5678").
    """

    ENTITY = "COORDINATES"
    ENTITIES: ClassVar[list[str]] = ["COORDINATES"]
    LANGUAGES = ("en", "ru", "uk")
    PATTERNS: ClassVar[list[CuedPattern]] = [
        CuedPattern("decimal pair", DECIMAL, 0.6),
        CuedPattern("decimal with hemispheres", DECIMAL_MARKED, 0.85),
        CuedPattern("degrees minutes seconds", DMS, 0.9),
        CuedPattern("MGRS", MGRS, 0.5),
        CuedPattern("SK-42 rectangular", SK42, 0.8),
        CuedPattern("Yandex ll= (lon,lat)", YANDEX, 0.8),
        CuedPattern("grid square", GRID_SQUARE, 0.7),
    ]
    CONTEXT: ClassVar[dict[str, list[str]]] = {
        "en": ["coord", "grid", "position", "location", "map", "geolocat", "point", "target", "lat", "lon"],
        "ru": ["коорд", "сетк", "позиц", "точк", "карт", "цель", "квадрат", "метк", "геолок"],
        "uk": ["коорд", "сітк", "позиці", "точк", "карт", "ціль", "квадрат", "мітк", "геолок"],
    }

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language)

    def validate_result(self, pattern_text: str) -> bool | None:
        """MGRS through the ``mgrs`` library; decimal pairs by latitude and longitude range."""
        compact = regex.sub(r"\s", "", pattern_text)
        if regex.fullmatch(r"\d{1,2}[A-Z]{3}\d+", compact):
            import mgrs

            try:
                mgrs.MGRS().toLatLon(compact)
            except Exception:  # noqa: BLE001 - the C library signals any malformed reference this way
                return False
            return True
        if "°" in pattern_text or regex.search(r"[=:]|улитк|-|–|/", pattern_text):
            return None
        numbers = [float(n.replace(",", ".")) for n in regex.findall(r"\d{1,3}[.,]\d+", pattern_text)]
        if len(numbers) == 2 and (numbers[0] > 90 or numbers[1] > 180):
            return False
        return None
