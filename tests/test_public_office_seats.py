"""Regional centres kept by the default policy as places of events (session 15): the seat of a mayor's or governor's
office, and a list of regional centres struck together.

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


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        (
            "The ministry said air defences destroyed 43 drones over eight regions, including Yaroslavl, Tver and "
            "Bryansk.",
            "Tver",
            "en",
        ),
        ("Силы ПВО отразили атаку беспилотников на Шахты, Таганрог и Каменский район.", "Таганрог", "ru"),
    ],
)
def test_a_list_of_regional_centres_struck_together_is_kept(text: str, word: str, language: str) -> None:
    # a list of three or more places, each a public place, a regional centre or a district, in a sentence of the
    # fighting: the geography of the report
    assert kept_by_register(text, word, language)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a life in the sentence: the cities someone lived in
        ("He lived in Tver, Yaroslavl and Bryansk before the war and fought near Bakhmut.", "Yaroslavl", "en"),
        ("Його родина жила в Сумах, Полтаві та Кременчуку, поки не почався обстріл.", "Полтаві", "uk"),
        # a small town in the list: no regional geography, the list may be someone's places
        ("Air defences destroyed drones over eight regions, including Yaroslavl, Tver and Kashin.", "Tver", "en"),
        # no event at all
        ("Волонтёры собирали посылки в Твери, Ярославле и Брянске.", "Ярославле", "ru"),
    ],
)
def test_a_list_with_a_life_a_village_or_no_event_stays_withheld(text: str, word: str, language: str) -> None:
    assert not kept_by_register(text, word, language)
