"""RuLocationRecognizer forms met on blind reporting (issue 15): a capitalised common noun that opens a monument's
or square's name is no settlement. Invented sentences."""

from __future__ import annotations

import pytest

from redact.recognizers.ru_location import RuLocationRecognizer
from tests.assertions import assert_not_found


@pytest.fixture(scope="module")
def uk() -> RuLocationRecognizer:
    return RuLocationRecognizer("uk")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Його поховали на Алеї Слави поруч із батьком.", "Алеї"),
        ("Прізвище викарбували на Алеї пам'яті біля гімназії.", "Алеї"),
        ("Люди прийшли до Площі Героїв зі свічками.", "Площі"),
    ],
)
def test_memorial_names_are_not_settlements(uk: RuLocationRecognizer, text: str, word: str) -> None:
    assert_not_found(text, uk.analyze(text, ["LOCATION"]), word)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a village after a preposition is still one, with an adjective or a region after it
        ("Він виріс у Кедрівці Полтавського району.", "Кедрівці"),
        ("Тіло привезли до Сосонки вранці.", "Сосонки"),
        ("Він жив у Діброві до війни.", "Діброві"),
    ],
)
def test_villages_after_a_preposition_stay(uk: RuLocationRecognizer, text: str, span: str) -> None:
    assert span in [text[r.start : r.end] for r in uk.analyze(text, ["LOCATION"])]
