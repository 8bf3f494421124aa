"""NumeralNicknameRecognizer: units, colonies and schools called by a numeral noun (двушка, семёрка, dvushka).

Including a quoted nickname in apposition to the unit's number or name, one with a possessive after it ("Семёрку нашу"),
and one in a call about money; a car, "at first" or a playing card are none.
"""

from __future__ import annotations

import pytest

from redact.recognizers.numeral_nickname import NumeralNicknameRecognizer
from tests.assertions import assert_found, assert_not_found

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
        # where the men came from: a verb of arriving is no ride when the nickname follows "с"/"з"
        ("ru", "Из колонии забрали: с шестёрки нас тридцать человек приехало.", "шестёрки", "ORGANIZATION"),
        ("uk", "З вісімки нас двадцять приїхало, зеків одразу на штурм.", "вісімки", "ORGANIZATION"),
        # a school: a verb of studying just before it, whatever else the passage says
        ("ru", "Он учился в сороковке, потом пошёл служить.", "сороковке", "ORGANIZATION"),
        ("uk", "Вчився у дванадцятці, потім армія.", "дванадцятці", "ORGANIZATION"),
        # a possessive or a place after it is no count
        ("ru", "В десятку нашу пришло пополнение, штурмовики.", "десятку", "MILITARY_UNIT"),
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
        ("ru", "Он на семёрке приехал к колонии, на свидание."),  # a car or bus ridden to the colony
        ("ru", "Семёрка червей, твой ход."),  # a card, no preposition before it
        ("en", "The semyorka was a popular Soviet car."),  # no military, prison or school word
        # a count or a ranking of the genitive plural after it, in a text about the front or a colony
        ("ru", "Число завербованных в колониях заключённых оценивают в десятки тысяч."),
        ("ru", "По потерям бригады область входит в десятку регионов, штурмы продолжаются."),
        ("uk", "Кількість завербованих у колоніях в'язнів оцінюють у десятки тисяч, кажуть на зоні."),
    ],
)
def test_the_same_words_elsewhere_are_not_nicknames(language: str, text: str) -> None:
    assert _found(language, text) == []


def _texts(recognizer, text: str, entity: str) -> list[str]:  # noqa: ANN001
    return [text[r.start : r.end] for r in recognizer.analyze(text, [entity])]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "found"),
    [
        ("uk", "«Шістнадцяткою» чоловік називає колонію, де сидів до мобілізації.", "Шістнадцяткою", True),
        ("ru", "«Семёрка» у нас была строгая зона, сидел там три года.", "Семёрка", True),
        ("ru", "«Двойка» по математике опять, оценки плохие.", "Двойка", False),  # a school mark
    ],
)
def test_quoted_numeral_nicknames(lang: str, text: str, surface: str, found: bool) -> None:
    from redact.recognizers.numeral_nickname import NumeralNicknameRecognizer

    rec = NumeralNicknameRecognizer(supported_language=lang)
    results = rec.analyze(text, ["ORGANIZATION", "MILITARY_UNIT"])
    if found:
        assert_found(text, results, surface, "ORGANIZATION")
    else:
        assert_not_found(text, results, surface)


def test_numeral_nickname_in_a_call_about_money() -> None:
    """A bank card money is sent to is no playing card: the unit's nickname is still read by the military words."""
    text = (
        "— Бумажку принесли, что ты теперь в «пятёрке», а не в «семёрке».\n"
        "— Ну да, перевели. Денег скину на карту, как дадут."
    )
    results = NumeralNicknameRecognizer(supported_language="ru").analyze(text, ["MILITARY_UNIT"])
    assert_found(text, results, "пятёрке", "MILITARY_UNIT")
    assert_found(text, results, "семёрке", "MILITARY_UNIT")


def test_numeral_nickname_card_still_rules_out() -> None:
    """A playing card near it still rules the nickname out ("семёрка" of a deck)."""
    text = "Перевели нас, сидим, в карты играем, а у меня в руке одна семёрка. Зашла в семёрку карта бубей."
    results = NumeralNicknameRecognizer(supported_language="ru").analyze(text, ["MILITARY_UNIT"])
    assert_not_found(text, results, "семёрку")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Под Работино опять. Семёрку нашу всю перемешали, половина роты в ямах.", "Семёрку"),
        ("ru", "Двушку нашу расформировали, нас в штурмовую роту кинули.", "Двушку"),
        ("uk", "Трійку нашу перекинули на інший напрямок, батальйон розбитий.", "Трійку"),
    ],
)
def test_numeral_nickname_possessive_after(lang: str, text: str, surface: str) -> None:
    found = NumeralNicknameRecognizer(supported_language=lang).analyze(text, ["MILITARY_UNIT", "ORGANIZATION"])
    assert_found(text, found, surface, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a flat or a car: the vehicle or flat word rules it out, possessive or not
        ("ru", "Двушку нашу продали, квартиру в Туле, а он пошёл служить.", "Двушку"),
        ("ru", "Семёрку свою он продал, теперь на маршрутке ездит, хоть и служит.", "Семёрку"),
        # no military word near it
        ("ru", "Пятёрку свою сын принёс из школы, радовался.", "Пятёрку"),
    ],
)
def test_numeral_nickname_possessive_traps(lang: str, text: str, surface: str) -> None:
    found = NumeralNicknameRecognizer(supported_language=lang).analyze(text, ["MILITARY_UNIT", "ORGANIZATION"])
    assert_not_found(text, found, surface)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Отправили в в/ч 12345, это «шестёрка», шестой полк.", "шестёрка"),
        ("Служил в полку, «семёрка» его звали, под Кедровкой стояли.", "семёрка"),
        ("Он называет свой батальон «первухой» и жалуется на командира роты.", "первухой"),
    ],
)
def test_a_quoted_numeral_nickname_of_a_unit(text: str, span: str) -> None:
    assert span in _texts(NumeralNicknameRecognizer("ru"), text, "MILITARY_UNIT")


@pytest.mark.parametrize(
    "text",
    ["Купил машину, это «шестёрка», старая совсем.", "По первухе было страшно, потом привык к позициям."],
)
def test_a_car_or_at_first_is_no_unit(text: str) -> None:
    assert _texts(NumeralNicknameRecognizer("ru"), text, "MILITARY_UNIT") == []


def test_a_quoted_numeral_nickname_after_the_regiment() -> None:
    text = "Мужчина называет свой батальон 1-го полка «первухой», жалуется на командира роты."
    assert "первухой" in _texts(NumeralNicknameRecognizer("ru"), text, "MILITARY_UNIT")
