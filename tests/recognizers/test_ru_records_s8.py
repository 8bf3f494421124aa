"""Russian records and reporting, by class (session 8): invented sentences, each class in several shapes, and a
negative per false-positive trap. Every name, number and small place here is made up."""

from __future__ import annotations

import pytest

from redact.recognizers.street_address import StreetAddressRecognizer


def _found(recognizer, text: str, entity: str) -> list[str]:  # noqa: ANN001
    return [text[r.start : r.end] for r in recognizer.analyze(text, [entity])]


# --- an address line: the town with its type abbreviation, then the street, one span ---------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "зарегистрированного по адресу: Омская обл., г. Калачинск, ул. Заводская, д. 12, кв. 4, ранее не судимого",
            "г. Калачинск, ул. Заводская, д. 12, кв. 4",
        ),
        ("проживающего: пгт Новоорловск, ул. Лесная, д. 3.", "пгт Новоорловск, ул. Лесная, д. 3"),
        ("Прощание по адресу: с. Верхняя Тойма, пер. Школьный, 7.", "с. Верхняя Тойма, пер. Школьный, 7"),
        ("Адрес: д.Кузьминка, ул. Полевая, 15", "д.Кузьминка, ул. Полевая, 15"),
        ("по месту жительства: г. Ростов-на-Дону, пр-т Стачки, 41, кв. 9", "г. Ростов-на-Дону, пр-т Стачки, 41, кв. 9"),
        ("Семья живёт по адресу х. Зелёный, ул. Мира, д. 2.", "х. Зелёный, ул. Мира, д. 2"),
    ],
)
def test_a_town_before_its_street_is_one_address(text: str, span: str) -> None:
    assert span in _found(StreetAddressRecognizer("ru"), text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # no house number: a street named without a house is not an address line; the town stays apart
        ("Он родился в г. Калачинск, улица Заводская там главная.", None),
        # a sentence, not an address line: the town before a comma ends the clause, the street is a new address
        ("Вернулся в Калачинск, ул. Заводская, д. 12 продали.", "ул. Заводская, д. 12"),
    ],
)
def test_a_town_joins_only_an_address_with_a_house(text: str, span: str | None) -> None:
    found = _found(StreetAddressRecognizer("ru"), text, "LOCATION")
    assert not any(x.startswith(("г.", "Калачинск")) for x in found)
    if span:
        assert span in found
