"""Vehicle registration plates: Russian civil and military, Ukrainian.

Matches RU "А123ВС 77" / "A123BC 777" / "T 305 OA 31" (letters АВЕКМНОРСТУХ or
their Latin look-alikes, region 2–3 digits), RU military "1234 АВ 21" and
Ukrainian "АН 1234 ВХ". Known false positive: a military-plate shape that is a
count and an abbreviation ("1200 ТК 15").
"""

from __future__ import annotations

from typing import ClassVar

from redact.recognizers._cued import CuedPattern, CuedPatternRecognizer

__all__ = ["VehiclePlateRecognizer"]

_RU = r"[АВЕКМНОРСТУХABEKMHOPCTYX]"
_UA = r"[АВСЕНІКМОРТХABCEHIKMOPTX]"
# Upper case as printed: "А123ВС 77", "T 305 OA 31" (spaces allowed inside).
RU_CIVIL = (
    r"(?-i:(?<![\p{L}\d-])"
    + _RU
    + r"\s?\d{3}\s?"
    + _RU
    + r"\s?"
    + _RU
    + r"(?:\s?\d{2,3}(?:\s?(?:RUS|РУС))?)?(?![\p{L}\d]))"
)
# Chat writes "х737кр 31" in lower case: then the block must be unbroken and the region code present,
# or "a 152mm" and "на 1000 от" would look like plates.
RU_CIVIL_LOWER = r"(?<![\p{L}\d-])" + _RU + r"\d{3}" + _RU + r"{2}\s?\d{2,3}(?![\p{L}\d])"
# Spaced in lower case as typed on a phone, "м 742 рх 761": the region code present and a vehicle word near it (the
# shape alone is also "в 100 км 30 минут").
RU_CIVIL_LOWER_SPACED = (
    r"(?<![\p{L}\d-])" + _RU + r"\s\d{3}\s" + _RU + r"{2}\s\d{2,3}(?![\p{L}\d])(?!\s*(?:минут|мин|хвилин|час|год|сек))"
)
# A Russian plate as English translations spell it: the letters transliterated by their sound ("Н" as N, "Р" as R,
# "С" as S, "В" as V, "У" as U), the region after a space or a slash: "E725TN 116", "T928KE/196". Upper case, the
# region code present and a vehicle word near ("the Granta, E725TN 116"): the shape alone is also a part number.
_RU_TRANSLIT = r"[ABEKMHOPCTYXNRSVU]"
RU_CIVIL_TRANSLIT = (
    r"(?-i:(?<![\p{L}\d-])" + _RU_TRANSLIT + r"\s?\d{3}\s?" + _RU_TRANSLIT + r"{2}\s?/?\s?\d{2,3}(?![\p{L}\d]))"
)
RU_MILITARY = r"(?-i:(?<![\p{L}\d-])\d{4}\s?" + _RU + r"{2}\s?\d{2}(?![\p{L}\d]))"
UA_PLATE = r"(?-i:(?<![\p{L}\d-])" + _UA + r"{2}\s?\d{4}\s?" + _UA + r"{2}(?![\p{L}\d]))"


class VehiclePlateRecognizer(CuedPatternRecognizer):
    """Russian (civil, military) and Ukrainian number plates.

    Known false positive: "1200 ТК 15"-like counts followed by a two-letter abbreviation and a number.
    """

    ENTITY = "VEHICLE_PLATE"
    ENTITIES: ClassVar[list[str]] = ["VEHICLE_PLATE"]
    LANGUAGES = ("en", "ru", "uk")
    PATTERNS: ClassVar[list[CuedPattern]] = [
        CuedPattern("RU civil plate", RU_CIVIL, 0.6),
        CuedPattern("RU civil plate, lower case", RU_CIVIL_LOWER, 0.5),
        CuedPattern("RU civil plate, lower case and spaced", RU_CIVIL_LOWER_SPACED, 0.5, needs_context=True),
        CuedPattern("RU military plate", RU_MILITARY, 0.4),
        CuedPattern("RU civil plate, transliterated", RU_CIVIL_TRANSLIT, 0.5, needs_context=True),
        CuedPattern("UA plate", UA_PLATE, 0.6),
    ]
    CONTEXT: ClassVar[dict[str, list[str]]] = {
        "en": [
            "plate",
            "plates",
            "car",
            "registration",
            "reg",
            "vehicle",
            "truck",
            "number",
            "lada",
            "niva",
            "uaz",
            "kamaz",
            "granta",
            "priora",
            "vesta",
            "kalina",
            "gazelle",
            "zhiguli",
        ],
        "ru": [
            "номер",
            "госномер",
            "машин",
            "авто",
            "тачк",
            "уаз",
            "камаз",
            "урал",
            "нив",
            "грузовик",
            "знак",
            "газел",
            "бус",
            "микроавтобус",
        ],
        "uk": ["номер", "знак", "машин", "авто", "автівк", "уаз", "камаз", "урал", "вантажівк", "газел", "бус"],
    }

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language)
