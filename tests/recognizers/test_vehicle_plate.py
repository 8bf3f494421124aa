"""VehiclePlateRecognizer: Russian civil and military plates, Ukrainian plates, a plate typed spaced in lower case."""

from __future__ import annotations

import pytest

from redact.recognizers.vehicle_plate import VehiclePlateRecognizer
from tests.assertions import assert_found, assert_not_found

ENTITY = "VEHICLE_PLATE"


@pytest.fixture(scope="module")
def rec() -> VehiclePlateRecognizer:
    return VehiclePlateRecognizer(supported_language="ru")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Dad's car, plate A123BC 177, is still at the base.", "A123BC 177"),
        ("машина, номер Х737КР 31, возле ТЦ", "Х737КР 31"),
        ("Машина У512ТМ 102, белая Приора", "У512ТМ 102"),
        ("номера а123вс 77 сняли", "а123вс 77"),
        ("a car with Russian plates, T 305 OA 31, crossed", "T 305 OA 31"),
        ("уазик номер 4512 АК 21 военный", "4512 АК 21"),
        ("Номерні знаки машини: ВО 4512 АК, синій Ланос.", "ВО 4512 АК"),
        ("Урал з номером А417ВС 93.", "А417ВС 93"),
    ],
)
def test_finds(rec: VehiclePlateRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, [ENTITY]), surface, ENTITY)


@pytest.fixture(scope="module")
def en() -> VehiclePlateRecognizer:
    return VehiclePlateRecognizer(supported_language="en")


def _found(rec: VehiclePlateRecognizer, text: str) -> list:
    return [r for r in rec.analyze(text, [ENTITY]) if r.score >= 0.4]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a Russian plate as an English translation spells it: Н as N, Р as R, С as S; the region after a space or slash
        ("bro the Granta is sold, S418RN 102, the buyer is from Ufa", "S418RN 102"),
        ("His car, plate number T928KE/196, was at the base.", "T928KE/196"),
        ("a white Lada with plates V 305 NR 31 crossed the border", "V 305 NR 31"),
    ],
)
def test_finds_transliterated(en: VehiclePlateRecognizer, text: str, surface: str) -> None:
    assert_found(text, _found(en, text), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Order part R450VN 12 from the catalogue.", "R450VN 12"),  # no vehicle word near
        ("The flight S123RN 45 landed late.", "S123RN 45"),
    ],
)
def test_transliterated_needs_a_vehicle_word(en: VehiclePlateRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, _found(en, text), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Т-72 и АК-74, 2 АК-74 на руках", "АК-74"),
        ("ФАБ-500 упала в 14:30", "ФАБ-500"),
        ("Военный билет АК 1234567", "АК 1234567"),
        ("у меня 1200 рублей", "1200"),
    ],
)
def test_ignores(rec: VehiclePlateRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("посылку повезет Андрей на газели к 315 мн 152 в субботу, пишите", True),
        ("Ехали на машине в 100 км 30 минут, потом стояли.", False),  # a distance and a time
        ("повезет Андрей к 315 мн 152 в субботу", False),  # no vehicle word near it
    ],
)
def test_spaced_lower_case_plate(text: str, found: bool) -> None:
    from redact.recognizers.vehicle_plate import VehiclePlateRecognizer

    results = VehiclePlateRecognizer(supported_language="ru").analyze(text, ["VEHICLE_PLATE"])
    assert bool(results) == found
