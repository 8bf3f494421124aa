"""Places named as targets of strikes and captures in war reporting (session 13: the gate on clean copy).

A city of 100,000 people or more struck, and a front-line settlement taken, stay as written under the default
policy; the same places as someone's home stay withheld. The shapes are those of daily strike reports: drones by
their names ("шахеди летіли на"), a place opening a line with a predicate dash ("Х — без влучань"), a place in the
genitive of the object struck ("удар по инфраструктуре Х"), a capture in scare quotes ("о «взятии» села"). Every
private person is invented.
"""

from __future__ import annotations

import pytest

from tests.assertions import touched


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Увечері шахеди летіли на Кременчук, частину збили.", "Кременчук", "uk"),
        ("Ночью «Герани» шли на Полтаву со стороны Сумщины.", "Полтаву", "ru"),
        ("Кременчук – без влучань, але тривога тривала чотири години.", "Кременчук", "uk"),
        ("Житомир — під атакою дронів, працює ППО.", "Житомир", "uk"),
        ("Удар по энергетической инфраструктуре Полтавы и Кременчуга.", "Кременчуга", "ru"),
        ("Росія вдарила по енергетичній інфраструктурі Кременчука вночі.", "Кременчука", "uk"),
        ("Силы беспилотных систем заявили о поражении нефтебазы в Тамбове.", "Тамбове", "ru"),
        ("Генштаб повідомив про ураження складу в Брянську.", "Брянську", "uk"),
        ("Минобороны заявило о «взятии» села Тернове в Днепропетровской области.", "Тернове", "ru"),
        ("Міноборони рф заявило про «звільнення» села Тернове на Дніпропетровщині.", "Тернове", "uk"),
    ],
)
def test_a_struck_or_taken_place_is_kept(redactor, text, word, language) -> None:  # noqa: ANN001
    assert not touched(text, word, language, redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a home, whatever the fighting around it
        ("Моя бабушка из Кременчуга приехала к нам после удара.", "Кременчуга", "ru"),
        ("Квартира сестры в Тамбове пострадала от удара дрона.", "Тамбове", "ru"),
        ("Родина Івана Гулака з Кременчука отримала сповіщення.", "Кременчука", "uk"),
        # a predicate dash after someone's home town is still the home
        ("Іван Гулак, 1990 р.н., Кременчук — загинув.", "Кременчук", "uk"),
        # a home in scare quotes stays a home
        ("Его мать живёт в «родном» селе Тернове.", "Тернове", "ru"),
    ],
)
def test_a_home_stays_withheld(redactor, text, word, language) -> None:  # noqa: ANN001
    assert touched(text, word, language, redactor)
