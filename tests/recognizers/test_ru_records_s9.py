"""Russian records and reporting, by class (session 9): invented sentences in the shapes district news, obituaries
and court releases use, each class in several shapes, and a negative per trap. Names and small places are made up."""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.numeral_nickname import NumeralNicknameRecognizer
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from redact.recognizers.ru_location import RuLocationRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer


def _found(recognizer, text: str, entity: str) -> list[str]:  # noqa: ANN001
    return [text[r.start : r.end] for r in recognizer.analyze(text, [entity])]


@pytest.fixture(scope="module")
def org() -> OrganizationRecognizer:
    return OrganizationRecognizer("ru")


# --- a legal form, its region's capitals, then the quoted name: one institution ---------------------------------


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
    assert span in _found(org, text, "ORGANIZATION")


def test_capitals_after_a_common_noun_are_no_legal_form(org: OrganizationRecognizer) -> None:
    # "ферме ДНР «...»": a region's capitals stand in apposition only to a legal form, not to a noun
    assert _found(org, "Работал на ферме ДНР «Кедр».", "ORGANIZATION") == []


# --- farm and firm forms of Russian villages: artel, cooperative, partnership, security company -----------------


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
    assert span in _found(org, text, "ORGANIZATION")


def test_a_form_alone_is_no_institution(org: OrganizationRecognizer) -> None:
    assert _found(org, "В СХПК тогда платили мало, и он уехал.", "ORGANIZATION") == []


# --- "ст." (станица) after an institution: its stanitsa names it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Окончил СОШ № 12 ст. Кедровской, служил по контракту.", "СОШ № 12 ст. Кедровской"),
        ("Прощание прошло в Доме культуры ст. Кедровской.", "Доме культуры ст. Кедровской"),
        ("Похоронен на кладбище ст. Новокедровской.", "кладбище ст. Новокедровской"),
    ],
)
def test_an_institution_of_a_stanitsa(org: OrganizationRecognizer, text: str, span: str) -> None:
    assert span in _found(org, text, "ORGANIZATION")


@pytest.mark.parametrize(
    "text",
    ["Окончил школу I ст. и уехал в город.", "Осуждён по ст. 337 УК РФ, отбывал в колонии."],
)
def test_st_of_a_stage_or_article_is_no_stanitsa(org: OrganizationRecognizer, text: str) -> None:
    assert _found(org, text, "ORGANIZATION") == []


# --- an obituary that gives a call sign also quotes awards and schools: those quotes name no man -----------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Позывной «Кедр». Посмертно награжден медалью «За отвагу».", "За отвагу"),
        ("Позывной «Кедр». Окончил МБОУ «Кедровская СОШ», работал на ферме.", "Кедровская СОШ"),
        ("Позывной «Кедр», награжден знаком «Гвардия» и медалью «За боевые отличия».", "Гвардия"),
        ("Позывной «Кедр». Работал в ООО «Северный Кедр» водителем.", "Северный Кедр"),
    ],
)
def test_an_award_or_an_institution_in_quotes_is_no_call_sign(text: str, plain: str) -> None:
    found = _found(RuCallSignRecognizer("ru"), text, "CALL_SIGN")
    assert "Кедр" in found
    assert plain not in found


def test_a_quoted_comrade_after_a_call_sign_still_is_one() -> None:
    text = "Позывной «Кедр». С ним был «Шуруп», тоже из нашего района."
    assert "Шуруп" in _found(RuCallSignRecognizer("ru"), text, "CALL_SIGN")


# --- a prisoner's interview: the unit number as the answer to "Номер части?", after a false start ---------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("— Номер части помните?\n— Два-один-семь-ноль-пять... нет, 21750, да.\n— Позывной?", "21750"),
        ("— Номер части помните?\n— Два-один-семь-ноль-пять... нет, 21750, да.", "Два-один-семь-ноль-пять"),
        ("— Номер вашей части?\n— Пять-два-семь-один-один.", "Пять-два-семь-один-один"),
        ("— Номер части назовите.\n— 61899, под Кедровкой стояли.", "61899"),
        ("— Номер части знаешь?\n— Да, 43052, это под Кедровском.", "43052"),
    ],
)
def test_a_unit_number_answering_the_question(text: str, span: str) -> None:
    assert span in _found(MilitaryUnitRecognizer("ru"), text, "MILITARY_UNIT")


@pytest.mark.parametrize(
    "text",
    [
        "— Номер части?\n— Не помню, в 2022 году призвали.",
        "— Номер части?\n— Не знаю, 1500 человек там было.",
        "Номер части? Не помню, в 2022 году призвали.",
    ],
)
def test_a_year_or_a_count_in_the_answer_is_no_unit(text: str) -> None:
    assert _found(MilitaryUnitRecognizer("ru"), text, "MILITARY_UNIT") == []


# --- an enlistment office named by its town and district: "военкомат X и X-ского района" -------------------------


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
    assert span in _found(org, text, "ORGANIZATION")


def test_a_person_after_the_town_is_not_joined(org: OrganizationRecognizer) -> None:
    assert _found(org, "Обратилась в военкомат Кедровска и Петрова.", "ORGANIZATION") == ["военкомат Кедровска"]


# --- an institution named by a compound village (Усть-, Верх-, Ново-): the dictionary misreads its stem ---------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Прощание прошло в Доме культуры Усть-Кедровки, пришли сотни людей.", "Доме культуры Усть-Кедровки"),
        ("Прощание прошло в Доме культуры Усть-Курдюма.", "Доме культуры Усть-Курдюма"),
        ("Похоронен на кладбище Верх-Кедровки рядом с дедом.", "кладбище Верх-Кедровки"),
    ],
)
def test_an_institution_of_a_compound_village(org: OrganizationRecognizer, text: str, span: str) -> None:
    assert span in _found(org, text, "ORGANIZATION")


def test_a_graduate_named_after_the_school_is_no_tail(org: OrganizationRecognizer) -> None:
    assert _found(org, "Выпускник школы Кедров Иван Петрович погиб под Кедровкой.", "ORGANIZATION") == []


# --- "вырос в Платнировской": after a verb of living the adjective-shaped word is a stanitsa or village ---------


@pytest.mark.parametrize(
    "text",
    [
        "Родился и вырос в Кедроватской, окончил школу.",
        "Жил в Кедровском до армии, работал трактористом.",
        "Похоронен в Кедроватской на станичном кладбище.",
    ],
)
def test_an_adjective_shaped_village_after_living_is_no_person(text: str) -> None:
    assert _found(RuPersonRecognizer("ru"), text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Он служил вместе с Кедроватской, она санинструктор.", "Кедроватской"),
        ("Жила в Москве с Анной Кедровской.", "Анной Кедровской"),
    ],
)
def test_a_woman_of_that_surname_elsewhere_stays_a_person(text: str, span: str) -> None:
    assert span in _found(RuPersonRecognizer("ru"), text, "PERSON")


# --- a unit's numeral nickname in quotes, in apposition to its number or name ------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Отправили в в/ч 12345, это «шестёрка», шестой полк.", "шестёрка"),
        ("Служил в полку, «семёрка» его звали, под Кедровкой стояли.", "семёрка"),
        ("Он называет свой батальон «первухой» и жалуется на командира роты.", "первухой"),
    ],
)
def test_a_quoted_numeral_nickname_of_a_unit(text: str, span: str) -> None:
    assert span in _found(NumeralNicknameRecognizer("ru"), text, "MILITARY_UNIT")


@pytest.mark.parametrize(
    "text",
    ["Купил машину, это «шестёрка», старая совсем.", "По первухе было страшно, потом привык к позициям."],
)
def test_a_car_or_at_first_is_no_unit(text: str) -> None:
    assert _found(NumeralNicknameRecognizer("ru"), text, "MILITARY_UNIT") == []


# --- a bank's or company's branch by its town's adjective --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Кредит за машину в Кедровском отделении банка снова просрочен.", "Кедровском отделении"),
        ("Работал водителем в Новокедровском отделении ЧЭС.", "Новокедровском отделении"),
        ("Жена работает в Кедровском филиале, он на фронте.", "Кедровском филиале"),
    ],
)
def test_a_branch_by_its_towns_adjective(org: OrganizationRecognizer, text: str, span: str) -> None:
    assert span in _found(org, text, "ORGANIZATION")


@pytest.mark.parametrize(
    "text",
    [
        "Лежал в хирургическом отделении, потом выписали.",
        "Служил во Втором отделении.",
        "Деньги лежат в Московском отделении банка.",
    ],
)
def test_a_ward_an_ordinal_or_the_capitals_branch_is_none(org: OrganizationRecognizer, text: str) -> None:
    assert _found(org, text, "ORGANIZATION") == []


# --- the man before the colony: a participle used as a noun does not join the institution ------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Как сообщил осужденный ИК-6 в Кедровске, их вербовали летом.", "ИК-6 в Кедровске"),
        ("Завербован заключённый ИК-17 Иван Кедров.", "ИК-17"),
        ("Лечился в районной ЦРБ, потом в области.", "районной ЦРБ"),
    ],
)
def test_a_substantivised_participle_stays_outside(org: OrganizationRecognizer, text: str, span: str) -> None:
    assert _found(org, text, "ORGANIZATION") == [span]


# --- "ст." before a capitalised name is the stanitsa (or the railway station); an article or a rank is not --------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("На СВО погиб Иван Кедров, житель ст. Кедроватской. Прощание в пятницу.", "Кедроватской"),
        ("Родился в ст. Кедроватской Краснодарского края.", "Кедроватской"),
    ],
)
def test_a_stanitsa_after_st(text: str, span: str) -> None:
    assert span in _found(RuLocationRecognizer("ru"), text, "LOCATION")


@pytest.mark.parametrize("text", ["Осуждён по ст. 337 УК РФ.", "Его знал ст. сержант Сомов."])
def test_an_article_or_a_rank_after_st_is_no_place(text: str) -> None:
    assert _found(RuLocationRecognizer("ru"), text, "LOCATION") == []


def test_a_quoted_numeral_nickname_after_the_regiment() -> None:
    text = "Мужчина называет свой батальон 1-го полка «первухой», жалуется на командира роты."
    assert "первухой" in _found(NumeralNicknameRecognizer("ru"), text, "MILITARY_UNIT")


def test_a_capital_inside_an_awards_name_is_no_nickname() -> None:
    text = "Награждён орденом «За заслуги перед Отечеством» IV степени и медалью Суворова."
    assert "Отечеством" not in _found(RuCallSignRecognizer("ru"), text, "CALL_SIGN")
