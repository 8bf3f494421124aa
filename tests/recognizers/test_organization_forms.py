"""OrganizationRecognizer forms met on blind reporting (issue 15): offices serving several towns, an office named by
the town it stands in, and their traps. Invented towns and sentences, in other shapes than the corpora's."""

from __future__ import annotations

import pytest

from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.organization_en import EnglishOrganizationRecognizer
from tests.assertions import assert_not_found


def _spans(rec, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"])]


@pytest.fixture(scope="module")
def recs() -> dict[str, object]:
    return {
        "ru": OrganizationRecognizer("ru"),
        "uk": OrganizationRecognizer("uk"),
        "en": EnglishOrganizationRecognizer("en"),
    }


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # an enlistment office serving two towns: both towns are its name
        (
            "ru",
            "Повестку ему вручили из военкомата Сызрани и Октябрьска прямо на работе.",
            "военкомата Сызрани и Октябрьска",
        ),
        ("uk", "Мобілізували через ТЦК Ужгорода та Мукачева взимку.", "ТЦК Ужгорода та Мукачева"),
        # a selection point or enlistment office by the town it stands in (no "г." before it)
        (
            "ru",
            "Сам пришёл в пункт отбора на контракт в Вологде и подписал бумаги.",
            "пункт отбора на контракт в Вологде",
        ),
        ("ru", "В военкомате в Сызрани ему сказали ждать.", "военкомате в Сызрани"),
        ("uk", "Його оформили у ТЦК в Лубнах за одну годину.", "ТЦК в Лубнах"),
        # English: an office serving several districts; a colony with its town
        (
            "en",
            "He was drafted by the enlistment office of the Kedrove and Lypy districts in 2023.",
            "enlistment office of the Kedrove and Lypy districts",
        ),
        ("en", "Recruiters took him from IK-8 in Kedrogorsk last winter.", "IK-8 in Kedrogorsk"),
    ],
)
def test_offices_by_their_towns(recs: dict[str, object], language: str, text: str, span: str) -> None:
    found = _spans(recs[language], text)
    assert span in found, found


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        # a second institution after the towns is no part of the first one's name
        ("ru", "Сотрудники военкомата Сызрани и полиции пришли к нему домой.", "полиции"),
        # a region, a day or a person after "в" names no office
        ("ru", "Контракт он подписал в пункте отбора в Белгородской области.", "Белгородской"),
        ("ru", "Был в военкомате в понедельник и ничего не понял.", "понедельник"),
        ("uk", "Мобілізований у ТЦК у Полтавській області.", "Полтавській"),
        ("ru", "Он пошёл в военкомат.", "военкомат"),
        # English: a region after a colony is context; a month is a date
        ("en", "Recruiters came to IK-4 in Karelia in the spring.", "Karelia"),
        ("en", "He served time in IK-2 in March 2021.", "March"),
        ("en", "The Russian and Ukrainian districts were shelled.", "districts"),
    ],
)
def test_office_traps(recs: dict[str, object], language: str, text: str, word: str) -> None:
    assert_not_found(text, recs[language].analyze(text, ["ORGANIZATION"]), word)


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # a service or filling station by its quoted name, or by the road it stands on (the road joins the span)
        ("ru", "На СТО «Кедр-Моторс» его знали все механики.", "СТО «Кедр-Моторс»"),
        ("uk", "Вона була операторкою АЗС «Кедр-Ойл» понад п'ять років.", "АЗС «Кедр-Ойл»"),
        ("uk", "Ремонтував машини на СТО по вул. Кедровій разом із батьком.", "СТО по вул. Кедровій"),
        ("ru", "Держал шиномонтаж на ул. Сосновой вместе с братом.", "шиномонтаж на ул. Сосновой"),
        ("uk", "Чергував на АЗС на проспекті Кедровому до війни.", "АЗС на проспекті Кедровому"),
    ],
)
def test_roadside_stations(recs: dict[str, object], language: str, text: str, span: str) -> None:
    assert span in _spans(recs[language], text)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        # a station with neither name nor road is any station
        ("uk", "Працювала касиркою на АЗС і фотографувала техніку.", "АЗС"),
        ("ru", "Работал на СТО, потом в такси.", "СТО"),
        ("uk", "Працював на СТО біля вокзалу.", "СТО"),
        # a street after someone's home is no station's
        ("ru", "Жил на ул. Ленина, работал на СТО.", "Ленина"),
    ],
)
def test_roadside_traps(recs: dict[str, object], language: str, text: str, word: str) -> None:
    assert_not_found(text, recs[language].analyze(text, ["ORGANIZATION"]), word)
