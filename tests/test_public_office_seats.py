"""A city named as the seat of its mayor's or governor's office is kept by the default policy (session 15).

War news introduces a city's mayor or a region's governor with the city's name before or after the office ("Kharkiv
Mayor Ihor Terekhov", "the mayor of Sumy", "Belgorod governor", "мэр Белгорода", "мер Чернігова", "міський голова
Полтави"): the public office's seat, a city of 100,000 people or more, named for the office and not as anyone's home.
A village head's village, a small town's mayor, a home beside the office and a city nobody holds office in stay
withheld. The officials and their words are invented; the cities are real.
"""

from __future__ import annotations

import pytest

from tests.assertions import kept_by_register


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Thanks to Stavropol Governor Vladimir Vladimirov for the support.", "Stavropol", "en"),
        ("Sumy Mayor Oleksandr Lysenko said a drone hit a school.", "Sumy", "en"),
        ("The mayor of Poltava urged residents to stay in shelters.", "Poltava", "en"),
        ("A spokesman for the Kursk governor's office declined to comment.", "Kursk", "en"),
        ("Мэр Белгорода Валентин Демидов сообщил о повреждениях.", "Белгорода", "ru"),
        ("Глава города Курска Игорь Смирнов провёл совещание.", "Курска", "ru"),
        ("Мер Чернігова закликав містян до укриттів.", "Чернігова", "uk"),
        ("Міський голова Полтави Олексій Петренко повідомив про наслідки.", "Полтави", "uk"),
    ],
)
def test_the_city_of_a_mayor_or_governor_is_kept(text: str, word: str, language: str) -> None:
    assert kept_by_register(text, word, language)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a village head's village: a local office, the village withheld
        ("Сільський голова Вербівки Іван Гнатюк повідомив про загибель земляка.", "Вербівки", "uk"),
        # a small town's mayor: below the size of a public city
        ("Мэр Заречного Иван Петров приехал на похороны.", "Заречного", "ru"),
        # a home beside the office
        ("Ivan Sorokin, a Poltava native, met the governor.", "Poltava", "en"),
        ("He was born in Poltava, the mayor said.", "Poltava", "en"),
        # no office at all
        ("Його дружина мешкає в Полтаві.", "Полтаві", "uk"),
    ],
)
def test_a_local_office_or_a_home_stays_withheld(text: str, word: str, language: str) -> None:
    assert not kept_by_register(text, word, language)
