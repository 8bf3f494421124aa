"""Pattern recognizers end to end: through Redactor with the strict policy and the real model."""

from __future__ import annotations

import pytest

from redact.documents import Document, Segment


def _doc(text: str) -> Document:
    return Document("t.txt", "txt", text, (Segment(0, len(text), "text"),))


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "We're in the 155th Separate Guards Marine Brigade now, 2nd battalion.",
            "155th Separate Guards Marine Brigade",
            "MILITARY_UNIT",
        ),
        ("Send the parcel to Moscow-400, military unit 24680.", "24680", "MILITARY_UNIT"),
        ("His number is eight nine one six, one two three, forty-five, sixty-seven.", "forty-five", "PHONE_NUMBER"),
        ("Nadya changed her SIM, her phone ends in 45-67.", "45-67", "PHONE_NUMBER"),
        ("The grid was 37U DP 26274 83473.", "26274 83473", "COORDINATES"),
        ("Transfer it to card 2200 1234 5678 9019, it's in Masha's name.", "2200 1234 5678 9019", "CREDIT_CARD"),
        ("The Thuraya is +88216 1234 5678, IMEI 352099001761481.", "352099001761481", "IMEI"),
        ("Born 14.03.1999, that's all they had.", "14.03.1999", "DATE_OF_BIRTH"),
        ("Перевели из 20-го МСП в 3-ю роту.", "20-го МСП", "MILITARY_UNIT"),
        (
            "Звони на восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь.",
            "девятьсот",
            "PHONE_NUMBER",
        ),
        ("Жетон у него АБ-123456, военный билет АК 1234567.", "АК 1234567", "ID_NUMBER"),
        ("Паспорт 45 12 345678, СНИЛС 123-456-789 64.", "45 12 345678", "ID_NUMBER"),
        ("Координаты 48,6012 38,0031, никому не пересылай.", "48,6012 38,0031", "COORDINATES"),
        ("Машина стоит там, номер Х737КР 31, возле ТЦ.", "Х737КР 31", "VEHICLE_PLATE"),
        ("Пиши в телегу, собака volk_1990, или t.me/volk_1990.", "volk_1990", "SOCIAL_HANDLE"),
        ("Служить у 47-й окремій механізованій бригаді, польова пошта В1234.", "47-й окремій", "MILITARY_UNIT"),
    ],
)
def test_redacted_as(strict_redactor, text: str, surface: str, entity: str) -> None:
    red = strict_redactor.redact(_doc(text))
    start = text.index(surface)
    end = start + len(surface)
    covering = [s for s in red.spans if s.start <= start and s.end >= end]
    assert covering, f"{surface!r} not covered: {[(text[s.start : s.end], s.entity_type) for s in red.spans]}"
    assert covering[0].entity_type == entity
    assert surface not in red.output.decode("utf-8")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The T-72 took a FAB-500 hit, the 5th time this week; two 300s.", "T-72"),
        ("The T-72 took a FAB-500 hit, the 5th time this week; two 300s.", "5th"),
        ("Пришёл груз 200, в 5-й раз, Москва-400, индекс 103400.", "103400"),
        ("Пришёл груз 200, в 5-й раз, Москва-400, индекс 103400.", "груз 200"),
        ("Звоните 112, если что.", "112"),
    ],
)
def test_left_alone(strict_redactor, text: str, surface: str) -> None:
    red = strict_redactor.redact(_doc(text))
    assert surface in red.output.decode("utf-8")
