"""CoordinatesRecognizer: decimal, DMS, MGRS (checked with mgrs), SK-42, grid squares."""

from __future__ import annotations

import pytest

from redact.recognizers.coordinates import CoordinatesRecognizer
from tests.assertions import assert_found, assert_not_found

ENTITY = "COORDINATES"


@pytest.fixture(scope="module")
def rec() -> CoordinatesRecognizer:
    return CoordinatesRecognizer(supported_language="ru")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Our position is 48.6012, 38.0031, don't send it to anyone.", "48.6012, 38.0031"),
        ("The grid was 37U DP 26274 83473.", "37U DP 26274 83473"),
        ("A: Grid 37UDQ4410259870, repeat.", "37UDQ4410259870"),
        ("Координаты 48,6012 38,0031, никому не пересылай.", "48,6012 38,0031"),
        ("Второй — 48°36'04\"N 38°00'11\"E, не перепутай.", "48°36'04\"N 38°00'11\"E"),
        ("The numbers are N48.3344 E38.2105.", "N48.3344 E38.2105"),
        ("точка 48.6012 с.ш. 38.0031 в.д. у посадки", "48.6012 с.ш. 38.0031 в.д."),
        ("цель: X=5382123 Y=7412345, как понял?", "X=5382123 Y=7412345"),
        ("Квадрат какой? — Квадрат 38-12.", "38-12"),
        ("квадрат 45-17, по улитке 7", "45-17, по улитке 7"),
        ("https://yandex.ru/maps/?ll=38.0031%2C48.6012&z=15", "38.0031%2C48.6012"),
    ],
)
def test_finds(rec: CoordinatesRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, [ENTITY]), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He paid 1,500 2,000 rubles for the two.", "1,500 2,000"),
        ("Bad grid 37U IP 26274 83473 (no I band letters).", "37U IP 26274 83473"),
        ("values 95.1234, 200.5555 out of range", "95.1234, 200.5555"),
        ("Т-72 в 14.30 у дома 5", "14.30"),
        ("паспорт 45 12 345678", "45 12 345678"),
    ],
)
def test_ignores(rec: CoordinatesRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)
