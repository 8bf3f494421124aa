"""Institutions as calls and chats name them (issue #15): a town's adjective in lower case before an office the
town has one of, and a school by its number alone when the school was just named. Sentences are invented."""

from __future__ import annotations

import pytest

from redact.recognizers.organization import OrganizationRecognizer
from tests.assertions import assert_found, assert_not_found

ENTITY = "ORGANIZATION"


@pytest.fixture(scope="module")
def ru() -> OrganizationRecognizer:
    return OrganizationRecognizer("ru")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("девочки а в ржевский военкомат кто ходил", "ржевский военкомат"),
        ("его в сальскую больницу увезли ночью", "сальскую больницу"),
        ("Сын в какую школу ходит? — В двадцать третью, через дорогу.", "двадцать третью"),
        ("Записали в школу? Да, в 14-ю, к хорошей учительнице.", "14-ю"),
        # the district's central hospital needs no other name in a call from home
        ("отца вчера в ЦРБ увезли с давлением", "ЦРБ"),
        # an enlistment office or selection point by the town it stands in
        ("подписал контракт в пункте отбора в Котласе осенью", "пункте отбора в Котласе"),
        # an office serving two towns names both
        ("повестка пришла из военкомата Шахт и Новошахтинска в среду", "военкомата Шахт и Новошахтинска"),
    ],
)
def test_chat_institutions(ru: OrganizationRecognizer, text: str, surface: str) -> None:
    assert_found(text, ru.analyze(text, [ENTITY]), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("похоронили на братском кладбище у реки", "братском кладбище"),
        ("в районной больнице мест нет", "районной больнице"),
        ("в ООО работал до войны", "ООО"),
        # a big city's name stays outside: it has many such offices and is public
        ("в военкомате в Москве была очередь", "Москве"),
        ("в военкомате в понедельник никого", "понедельник"),
        ("в военкомате Губкина и Ивана встретила", "Ивана"),
        ("в советском военкомате очередь", "советском военкомате"),
        # an ordinal with its own noun, or with a unit word after the school
        ("в школе сказали в первую очередь принести справку", "первую"),
        ("в школе была утром, в шестую смену не берут", "шестую"),
        ("школу бросил, служит в 45-й, под Донецком", "45-й"),
    ],
)
def test_not_institutions(ru: OrganizationRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, ru.analyze(text, [ENTITY]), surface)
