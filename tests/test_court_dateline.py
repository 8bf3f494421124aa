"""The place a court's decision is dated at (session 13): where the court sits, kept by the default policy.

Ukrainian and Russian verdicts open with a dateline, a date and the city on a line of their own ("17 квітня 2025 року
м. Кривий Ріг", "13.11.2025 року місто Львів", "04 марта 2020 года г. Находка Приморского края"), or the city before
the case number ("м. Київ Справа № ..."), and name the decision's place or the courtroom in the text ("місце
ухвалення рішення м. Ужгород", "в залі суду в місті Суми"): the court's place, as public as the court
(tests/corpus/BLIND.md: courts are `~`). A bare town on a line of a record, a town after a date with no court near,
and a home in the verdict stay withheld. The dates and case numbers are invented.
"""

from __future__ import annotations

import pytest

from tests.assertions import kept_by_register


def _kept(text: str, word: str, language: str) -> bool:
    return kept_by_register(text, word, language)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        (
            "ВИРОК\nІМЕНЕМ УКРАЇНИ\n12 березня 2025 року м. Кривий Ріг\nДовгинцівський районний суд у складі",
            "Кривий Ріг",
            "uk",
        ),
        ("Справа № 111/222/25\n03 червня 2025 року місто Кременчук\nАвтозаводський районний суд", "Кременчук", "uk"),
        ("ПОСТАНОВА\nм. Ужгород Справа № 308/1234/24\nЗакарпатський апеляційний суд у складі", "Ужгород", "uk"),
        ("Суддя першої інстанції: Петренко О. В.; місце ухвалення рішення м. Рівне.", "Рівне", "uk"),
        (
            "розглянувши у відкритому судовому засіданні в залі суду в місті Черкаси кримінальне провадження",
            "Черкаси",
            "uk",
        ),
        ("ПРИГОВОР\n14 мая 2024 года г. Находка Приморского края\nНаходкинский городской суд", "Находка", "ru"),
    ],
)
def test_the_place_a_court_decides_at_is_kept(text: str, word: str, language: str) -> None:
    assert _kept(text, word, language)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a home in the verdict: the accused's birthplace and address
        (
            "Районний суд встановив: обвинувачений, уродженець м. Рогатин, проживає за адресою вул. Садова, 4.",
            "Рогатин",
            "uk",
        ),
        # a bare town on a line of a list, a court named nearby: no date, no case number
        ("Суд встановив перелік загиблих:\nм. Рогатин\nІван Коваль, 1990 р.н.", "Рогатин", "uk"),
        # a date and a town with no court near: a dateline of some other writing
        ("12 березня 2025 року м. Рогатин\nНа Алеї Героїв поховали бійця.", "Рогатин", "uk"),
    ],
)
def test_a_home_or_a_dateline_without_a_court_stays_withheld(text: str, word: str, language: str) -> None:
    assert not _kept(text, word, language)
