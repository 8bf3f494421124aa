"""CreditCardRecognizer: Luhn-checked card numbers, Mir 2200–2204 included, and a card named by its last four digits."""

from __future__ import annotations

import pytest

from redact.recognizers.credit_card import CreditCardRecognizer
from tests.assertions import assert_found, assert_not_found, surfaces

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
        # a card named by its last digits, as said on a call
        ("Send it to the card, the one ending 4190, I'll buy boots.", "4190"),
        ("Which card, the Tinkoff one ending in 0917?", "0917"),
        ("Put it on my card that ends with 7712, not the old one.", "7712"),
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
        ("The call ending 4190 seconds later was cut.", "4190"),  # no card word before it
        ("the card game ended with 3 to 1, ending 2024 on a high", "2024"),  # a year after the card's name
    ],
)
def test_ignores(rec: CreditCardRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("Помочь можно переводом на карту •• 3319 (Ольга).", "3319"),
        ("Картка ПриватБанку, останні цифри 8802.", "8802"),
    ],
)
def test_a_card_by_its_last_four_digits(text: str, tail: str) -> None:
    from redact.recognizers.credit_card import CreditCardRecognizer

    lang = "uk" if "Картка" in text else "ru"
    found = surfaces(CreditCardRecognizer(supported_language=lang), text, "CREDIT_CARD")
    assert any(f.endswith(tail) for f in found)


def test_a_sum_near_a_card_word_is_no_card() -> None:
    from redact.recognizers.credit_card import CreditCardRecognizer

    text = "На карту пришло 3319 рублей."
    assert surfaces(CreditCardRecognizer(supported_language="ru"), text, "CREDIT_CARD") == []
