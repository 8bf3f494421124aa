"""RuCallSignRecognizer: Russian/Ukrainian call signs and inflected repeats (domain-identifiers §3, §8 ru 9, 10, 21)."""

from __future__ import annotations

import pytest

from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def ru() -> RuCallSignRecognizer:
    return RuCallSignRecognizer("ru")


@pytest.fixture(scope="module")
def uk() -> RuCallSignRecognizer:
    return RuCallSignRecognizer("uk")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Позывной у меня «Тайга», а у командира «Шаман».", "Тайга"),
        ("Позывной у меня «Тайга», а у командира «Шаман».", "Шаман"),
        ("Бойца с позывным «Бес» ранило, Беса увезли в тыл.", "Бес"),
        ("Бойца с позывным «Бес» ранило, Беса увезли в тыл.", "Беса"),
        ("Его позывной Гром, он старший.", "Гром"),
        ("Пришёл новенький с позывным «Утюг», смешной.", "Утюг"),
        ("Воевал под позывным Кот. С Котом мы и вышли.", "Котом"),
        ("Кличка у него Сизый. Сизого тоже зацепило.", "Сизого"),
        ("Погоняло у него Лютый, злой был.", "Лютый"),
        ("Его все зовут Малой, хотя ему сорок.", "Малой"),
        ("— Гром, Гром, я Утюг, приём.", "Гром"),
        ("— Гром, Гром, я Утюг, приём.", "Утюг"),
        ("— Как позывной? — Кабан.", "Кабан"),
        ("— Рыжий, ты где? — Да на месте.", "Рыжий"),
        ("Вчера с ним Сизый был, тоже ранен.", "Сизый"),
    ],
)
def test_ru_finds(ru: RuCallSignRecognizer, text: str, surface: str) -> None:
    assert_found(text, ru.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Позивний «Кобзар», служить у бригаді.", "Кобзар"),
        ("Військовий на псевдо Грім перейшов на наш бік.", "Грім"),
        ("У нас тут теж є Дід — позивний такий.", "Дід"),
        ("Його позивний Сокіл. Сокола поранило.", "Сокола"),
    ],
)
def test_uk_finds(uk: RuCallSignRecognizer, text: str, surface: str) -> None:
    assert_found(text, uk.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Позывной не помню, спроси у ротного.", "не"),
        ("— Мам, ты меня слышишь?", "Мам"),
        ("— Слушай, короче, всё нормально.", "Слушай"),
        ("Кот у бабушки опять пропал.", "Кот"),
        ("Скинь на карту Сбера, она оформлена.", "Сбера"),
        ("Пиши на полевую почту: Москва-400.", "Москва"),
        ("МАТЬ: Сыночек, ты где?", "Сыночек"),
    ],
)
def test_ru_ignores(ru: RuCallSignRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, ru.analyze(text, ["CALL_SIGN"]), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Поруч Тарас Мельничук з Калуша, нормальний хлопець.", "Калуша"),
        ("Його повезли до Дніпра, в лікарню.", "Дніпра"),
        ("Сьогодні Великдень, привітай усіх.", "Великдень"),
    ],
)
def test_uk_ignores(uk: RuCallSignRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, uk.analyze(text, ["CALL_SIGN"]), surface)
