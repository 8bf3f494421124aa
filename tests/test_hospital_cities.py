"""A city where a wounded soldier is treated or dies in hospital (session 13): kept by the default policy.

Obituaries and casualty reports name the hospital's city ("У лікарні імені Мечникова у Дніпрі помер важкопоранений
воїн", "У Дніпрі в лікарні помер боєць", "В Днепре в больнице скончался военный"): a city of 100,000 people or more
named as an event's place, no one's home (tests/corpus/BLIND.md, set o: a city named only as an event's place is `~`).
A home beside it (a resident, "з", a life, a burial, a family), the hospital as someone's workplace and a hospital
with no casualty or soldier keep it withheld. People are invented.
"""

from __future__ import annotations

import pytest

from redact.front import hospital_scene
from tests.assertions import kept_by_register


def _kept(text: str, word: str, language: str) -> bool:
    return kept_by_register(text, word, language)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("У лікарні імені Пирогова у Вінниці помер важкопоранений воїн Збройних сил України.", "Вінниці", "uk"),
        ("У Полтаві в лікарні помер боєць 43-го батальйону.", "Полтаві", "uk"),
        ("Старший сержант помер у госпіталі в Житомирі від отриманих поранень.", "Житомирі", "uk"),
        ("Поранений солдат лікувався у військовому госпіталі в Черкасах.", "Черкасах", "uk"),
        ("В Череповце в больнице скончался военный, получивший ранение в голову.", "Череповце", "ru"),
    ],
)
def test_the_city_of_a_casualtys_hospital_is_kept(text: str, word: str, language: str) -> None:
    assert _kept(text, word, language)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Боєць з Полтави помер у госпіталі від поранень.", "Полтави", "uk"),
        ("Мешканець Полтави помер у лікарні від поранень, отриманих на фронті.", "Полтави", "uk"),
        ("Він працював у лікарні в Полтаві до мобілізації, а помер на фронті.", "Полтаві", "uk"),
        ("Медсестра лікарні в Полтаві померла після обстрілу.", "Полтаві", "uk"),
        ("Військовий помер у лікарні в Полтаві, його поховали в рідному селі.", "Полтаві", "uk"),
        ("Бабуся лікувалася в лікарні у Полтаві.", "Полтаві", "uk"),
    ],
)
def test_a_home_or_a_workplace_or_no_casualty_stays_withheld(text: str, word: str, language: str) -> None:
    assert not _kept(text, word, language)


def test_the_hospital_must_govern_the_city() -> None:
    text = "Боєць помер у лікарні. Його батьки приїхали з Полтави на похорон."
    i = text.index("Полтави")
    assert not hospital_scene(text, i, i + len("Полтави"))
