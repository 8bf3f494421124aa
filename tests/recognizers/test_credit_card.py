"""CreditCardRecognizer: Luhn-checked card numbers, Mir 2200–2204 included."""

from __future__ import annotations

import pytest

from redact.recognizers.credit_card import CreditCardRecognizer
from tests.assertions import assert_found, assert_not_found

ENTITY = "CREDIT_CARD"


@pytest.fixture(scope="module")
def rec() -> CreditCardRecognizer:
    return CreditCardRecognizer(supported_language="ru")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Transfer it to card 2200 1234 5678 9019, it's in Masha's name.", "2200 1234 5678 9019"),
        ("Скинь на карту Сбера 2200 5260 1815 9085, она на Машу.", "2200 5260 1815 9085"),
        ("Скиньте на картку монобанку 5375 1186 2527 6015", "5375 1186 2527 6015"),
        ("карта 2204310866250171 мир", "2204310866250171"),
        ("card 2200-7014-3382-5517", "2200-7014-3382-5517"),
        ("сюда переводи на карту 2200 7804 1264 3341 это сбер", "2200 7804 1264 3341"),
    ],
)
def test_finds(rec: CreditCardRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, [ENTITY]), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("ref 2200 1234 5678 9010 (bad check digit)", "2200 1234 5678 9010"),
        ("0000 0000 0000 0000", "0000 0000 0000 0000"),
        ("IMEI 352099001761481", "352099001761481"),
    ],
)
def test_ignores(rec: CreditCardRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)
