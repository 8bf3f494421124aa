"""Russian institutions tied to a person, as district news, obituaries and court releases name them.

- a legal form with its region's capitals and quoted name, farm and firm forms of villages (artel, cooperative,
  partnership, security company), an institution of a stanitsa ("ст."), an enlistment office of a town and its
  district, an institution of a compound village (Усть-, Верх-, Ново-), a bank's or company's branch by its town's
  adjective, a named funeral house, local institutions (ОШ, a town adjective in lower case);
- traps: capitals after a common noun, a form alone, "ст." of a stage or an article, a person after the town, a
  graduate after the school, a ward or an ordinal, a substantivised participle, a hall with no funeral word, a
  quality adjective before an office.

Every name, number and small place here is made up.
"""

from __future__ import annotations

import pytest

from redact.recognizers.organization import OrganizationRecognizer
from tests.assertions import surfaces


@pytest.fixture(scope="module")
def org() -> OrganizationRecognizer:
    return OrganizationRecognizer("ru")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Выпускник Ольховской ОШ I-II ст. № 3, затем техникум.", "Ольховской ОШ I-II ст. № 3"),
        ("Повестку ему вручили в кинешемском военкомате.", "кинешемском военкомате"),
        ("Мать пошла в энгельсский военкомат за справкой.", "энгельсский военкомат"),
    ],
)
def test_local_institutions(text: str, org: str) -> None:
    assert org in surfaces(OrganizationRecognizer(supported_language="ru"), text, "ORGANIZATION")


def test_a_quality_adjective_before_an_office_is_no_town() -> None:
    text = "Он пришёл в гигантском пальто в военкомат."
    assert surfaces(OrganizationRecognizer(supported_language="ru"), text, "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Прощание состоится в ритуальном зале «Берёзка» в 11.00.", "ритуальном зале «Берёзка»"),
        ("Гражданская панихида пройдёт в траурном зале «Покой».", "траурном зале «Покой»"),
        ("Прощание пройдёт в зале прощания «Светлая память» с 10 часов.", "зале прощания «Светлая память»"),
        ("Расходы взяло на себя ритуальное агентство «Ладья».", "ритуальное агентство «Ладья»"),
        ("Похоронное бюро «Кедр» сообщило время прощания.", "Похоронное бюро «Кедр»"),
        ("Панихида пройдёт в прощальном зале Краснотурьинска.", "прощальном зале Краснотурьинска"),
    ],
)
def test_a_named_funeral_house_is_an_institution(text: str, span: str) -> None:
    assert span in surfaces(OrganizationRecognizer("ru"), text, "ORGANIZATION")


@pytest.mark.parametrize(
    "text",
    [
        "Прощание прошло в траурном зале, пришли все одноклассники.",
        "В актовом зале школы прошёл урок мужества.",
        "В зале «Олимп» прошёл турнир по самбо.",
        "Ритуальные услуги оплатило государство.",
    ],
)
def test_a_hall_without_a_funeral_word_and_a_name_is_not_one(text: str) -> None:
    assert not any("зал" in x or "услуг" in x for x in surfaces(OrganizationRecognizer("ru"), text, "ORGANIZATION"))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Мать наблюдалась в ГБУЗ СК «Кедровская РБ» с 2019 года.", "ГБУЗ СК «Кедровская РБ»"),
        ("До мобилизации трудился электриком в ГУП РК «Кедрэнерго».", "ГУП РК «Кедрэнерго»"),
        (
            "Окончил ГБПОУ РД «Кедровский аграрный колледж» по специальности механика.",
            "ГБПОУ РД «Кедровский аграрный колледж»",
        ),
        (
            "Работала медсестрой в ГАУЗ РТ «Кедровская ЦРБ», сын служил в Херсонской области.",
            "ГАУЗ РТ «Кедровская ЦРБ»",
        ),
    ],
)
def test_a_legal_form_with_its_region_and_name(org: OrganizationRecognizer, text: str, span: str) -> None:
    assert span in surfaces(org, text, "ORGANIZATION")


def test_capitals_after_a_common_noun_are_no_legal_form(org: OrganizationRecognizer) -> None:
    # "ферме ДНР «...»": a region's capitals stand in apposition only to a legal form, not to a noun
    assert surfaces(org, "Работал на ферме ДНР «Кедр».", "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Работал ветеринарным фельдшером в СХА «Кедровская». Призван осенью.", "СХА «Кедровская»"),
        ("После армии вернулся в СХПК «Заря», водил комбайн.", "СХПК «Заря»"),
        ("Охранником в ЧОП «Кедр-Щит» проработал три года.", "ЧОП «Кедр-Щит»"),
        ("Трудился на ФГУП «Кедровский завод» токарем.", "ФГУП «Кедровский завод»"),
    ],
)
def test_a_farm_or_firm_form_with_its_name(org: OrganizationRecognizer, text: str, span: str) -> None:
    assert span in surfaces(org, text, "ORGANIZATION")


def test_a_form_alone_is_no_institution(org: OrganizationRecognizer) -> None:
    assert surfaces(org, "В СХПК тогда платили мало, и он уехал.", "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Окончил СОШ № 12 ст. Кедровской, служил по контракту.", "СОШ № 12 ст. Кедровской"),
        ("Прощание прошло в Доме культуры ст. Кедровской.", "Доме культуры ст. Кедровской"),
        ("Похоронен на кладбище ст. Новокедровской.", "кладбище ст. Новокедровской"),
    ],
)
def test_an_institution_of_a_stanitsa(org: OrganizationRecognizer, text: str, span: str) -> None:
    assert span in surfaces(org, text, "ORGANIZATION")


@pytest.mark.parametrize(
    "text",
    ["Окончил школу I ст. и уехал в город.", "Осуждён по ст. 337 УК РФ, отбывал в колонии."],
)
def test_st_of_a_stage_or_article_is_no_stanitsa(org: OrganizationRecognizer, text: str) -> None:
    assert surfaces(org, text, "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Его призвал военкомат Кедровска и Кедровского района.", "военкомат Кедровска и Кедровского района"),
        (
            "Призван военкоматом Кедровки и Кедровского муниципального округа в 2022 году.",
            "военкоматом Кедровки и Кедровского муниципального округа",
        ),
    ],
)
def test_an_office_of_a_town_and_its_district(org: OrganizationRecognizer, text: str, span: str) -> None:
    assert span in surfaces(org, text, "ORGANIZATION")


def test_a_person_after_the_town_is_not_joined(org: OrganizationRecognizer) -> None:
    assert surfaces(org, "Обратилась в военкомат Кедровска и Петрова.", "ORGANIZATION") == ["военкомат Кедровска"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Прощание прошло в Доме культуры Усть-Кедровки, пришли сотни людей.", "Доме культуры Усть-Кедровки"),
        ("Прощание прошло в Доме культуры Усть-Курдюма.", "Доме культуры Усть-Курдюма"),
        ("Похоронен на кладбище Верх-Кедровки рядом с дедом.", "кладбище Верх-Кедровки"),
    ],
)
def test_an_institution_of_a_compound_village(org: OrganizationRecognizer, text: str, span: str) -> None:
    assert span in surfaces(org, text, "ORGANIZATION")


def test_a_graduate_named_after_the_school_is_no_tail(org: OrganizationRecognizer) -> None:
    assert surfaces(org, "Выпускник школы Кедров Иван Петрович погиб под Кедровкой.", "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Кредит за машину в Кедровском отделении банка снова просрочен.", "Кедровском отделении"),
        ("Работал водителем в Новокедровском отделении ЧЭС.", "Новокедровском отделении"),
        ("Жена работает в Кедровском филиале, он на фронте.", "Кедровском филиале"),
    ],
)
def test_a_branch_by_its_towns_adjective(org: OrganizationRecognizer, text: str, span: str) -> None:
    assert span in surfaces(org, text, "ORGANIZATION")


@pytest.mark.parametrize(
    "text",
    [
        "Лежал в хирургическом отделении, потом выписали.",
        "Служил во Втором отделении.",
        "Деньги лежат в Московском отделении банка.",
    ],
)
def test_a_ward_an_ordinal_or_the_capitals_branch_is_none(org: OrganizationRecognizer, text: str) -> None:
    assert surfaces(org, text, "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Как сообщил осужденный ИК-6 в Кедровске, их вербовали летом.", "ИК-6 в Кедровске"),
        ("Завербован заключённый ИК-17 Иван Кедров.", "ИК-17"),
        ("Лечился в районной ЦРБ, потом в области.", "районной ЦРБ"),
    ],
)
def test_a_substantivised_participle_stays_outside(org: OrganizationRecognizer, text: str, span: str) -> None:
    assert surfaces(org, text, "ORGANIZATION") == [span]
