"""Institutions as calls and chats name them (issue #15): a town's adjective in lower case before an office the
town has one of, a school by its number alone when the school was just named, a local office, hospital or school as
speech names it, a quoted employer named with its place first, and an office, shop or workplace by the street it stands
on with the street's type word left out ("в соцзащиту на Ленина"). Sentences are invented."""

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


def _orgs(lang: str, text: str) -> list:
    return OrganizationRecognizer(supported_language=lang).analyze(text, ["ORGANIZATION"])


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Мама ходила в военкомат на Ленинградском, там опять ничего.", "военкомат на Ленинградском"),
        ("uk", "Він у травмпункті на Шевченка, зламав руку.", "травмпункті на Шевченка"),
        ("uk", "Сидимо в підвалі школи в Кременівці, світла нема.", "школи в Кременівці"),
        ("ru", "Ночевали в школе в Кедрино, потом увезли.", "школе в Кедрино"),
        ("ru", "ты в каменск-уральский военкомат звонила?", "каменск-уральский военкомат"),
    ],
)
def test_local_institutions_in_speech(lang: str, text: str, surface: str) -> None:
    from redact.recognizers.organization import OrganizationRecognizer

    rec = OrganizationRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["ORGANIZATION"]), surface, "ORGANIZATION")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Он получил травму на Донецком направлении, лежит.", "травму"),  # a front, not a street
        ("ru", "Дочка ходит в школу в Москве, во второй класс.", "школу"),  # a big city has many schools
        ("uk", "Його перевели у військово-морський госпіталь.", "військово-морський"),  # no town in it
        ("uk", "Діти пішли в школу в Київському районі, а не в селі.", "школу"),  # the adjective of a district
    ],
)
def test_not_local_institutions(lang: str, text: str, surface: str) -> None:
    from redact.recognizers.organization import OrganizationRecognizer

    rec = OrganizationRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["ORGANIZATION"]), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "— Он до мобилизации на «Химволокне» работал, аппаратчиком.", "«Химволокне»"),
        ("ru", "— Тебя Игорь с работы спрашивал, с «Стройдетали», звонил два раза.", "«Стройдетали»"),
        ("uk", "— Вона в «Агроспецбуді» бухгалтером працює.", "«Агроспецбуді»"),
    ],
)
def test_employer_named_first(lang: str, text: str, surface: str) -> None:
    rec = OrganizationRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["ORGANIZATION"]), surface, "ORGANIZATION")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "— Мы в «Тайге» стояли, работали по посадке.", "«Тайге»"),  # a verb between: no job, a position
        ("ru", "— Пришёл с работы, смотрел «Время» и уснул.", "«Время»"),  # no "с" before the quoted name
    ],
)
def test_not_employer_named_first(lang: str, text: str, surface: str) -> None:
    rec = OrganizationRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["ORGANIZATION"]), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Мам, сходи в соцзащиту на Гагарина, там по детским пересчитают.", "соцзащиту на Гагарина"),
        ("ru", "Она в библиотеке на Космонавтов до вечера сидит.", "библиотеке на Космонавтов"),
        ("ru", "Ключи я в гараже на Заречной оставил, у Петровича.", "гараже на Заречной"),
        ("ru", "Она теперь в собесе на Мира работает, справку даст.", "собесе на Мира"),
        ("uk", "Дівчата, в суботу плетемо сітки в будинку культури на Соборній.", "будинку культури на Соборній"),
        ("uk", "Мама ходила в соцзахист на Шевченка, сказали чекати.", "соцзахист на Шевченка"),
    ],
)
def test_office_by_bare_street(lang: str, text: str, surface: str) -> None:
    assert_found(text, _orgs(lang, text), surface, "ORGANIZATION")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # the adjective's own noun follows: a road or a square, not a street with its type word left out
        ("ru", "Купили воды в магазине на Красной площади и поехали.", "Красной"),
        ("ru", "Склад на Донецкой трассе разбили ещё весной.", "Донецкой"),
        # the head noun alone, with no street
        ("ru", "Гараж у него свой, склад тоже, а библиотека закрыта.", "Гараж"),
        ("uk", "Соцзахист нічого не платить, пишіть скарги.", "Соцзахист"),
        # "у складі": as part of a unit, no depot
        ("uk", "Він воював у складі загону «Шторм Z» під Бахмутом.", "складі"),
    ],
)
def test_office_by_bare_street_traps(lang: str, text: str, surface: str) -> None:
    assert_not_found(text, _orgs(lang, text), surface)
