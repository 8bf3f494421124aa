"""NumeralNicknameRecognizer: units, colonies and schools called by a numeral noun (двушка, семёрка, dvushka)."""

from __future__ import annotations

import pytest

from redact.recognizers.numeral_nickname import NumeralNicknameRecognizer

ENTITIES = ["MILITARY_UNIT", "ORGANIZATION"]


def _found(language: str, text: str) -> list[tuple[str, str]]:
    rec = NumeralNicknameRecognizer(language)
    return [(text[r.start : r.end], r.entity_type) for r in rec.analyze(text, ENTITIES)]


@pytest.mark.parametrize(
    ("language", "text", "surface", "entity"),
    [
        # a unit: a military word in the same turn or the next one
        ("ru", "Нас из трёшки в пятёрку перекинули, теперь штурмуем.", "пятёрку", "MILITARY_UNIT"),
        ("ru", "— Ты всё в десятке?\n— Да, рота та же.", "десятке", "MILITARY_UNIT"),
        ("uk", "Його перевели до вісімки, на позиції під Торецьком.", "вісімки", "MILITARY_UNIT"),
        ("uk", "Служив у сімці, потім поранення.", "сімці", "MILITARY_UNIT"),
        ("en", "He says our desyatka lost half the company in a week.", "desyatka", "MILITARY_UNIT"),
        # a colony: a prison word near it
        ("ru", "Отсидел пять лет в шестёрке, оттуда и завербовали.", "шестёрке", "ORGANIZATION"),
        ("uk", "Їх везли з «четвірки» етапом, усіх разом.", "четвірки", "ORGANIZATION"),
        # a school: a verb of studying just before it, whatever else the passage says
        ("ru", "Он учился в сороковке, потом пошёл служить.", "сороковке", "ORGANIZATION"),
        ("uk", "Вчився у дванадцятці, потім армія.", "дванадцятці", "ORGANIZATION"),
    ],
)
def test_nicknames_told_by_their_neighbours(language: str, text: str, surface: str, entity: str) -> None:
    assert (surface, entity) in _found(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Купили двушку на Ленина, переезжаем в мае."),  # a flat
        ("ru", "Командир приехал на семёрке, старой, ржавой."),  # a car
        ("ru", "Получил двойку по математике, батальон смеялся."),  # a school mark
        ("uk", "Сіли на вісімку і доїхали до вокзалу."),  # a bus, no military word
        ("ru", "Семёрка червей, твой ход."),  # a card, no preposition before it
        ("en", "The semyorka was a popular Soviet car."),  # no military, prison or school word
    ],
)
def test_the_same_words_elsewhere_are_not_nicknames(language: str, text: str) -> None:
    assert _found(language, text) == []
