"""Russian records and reporting, by class (session 8): invented sentences, each class in several shapes, and a
negative per false-positive trap. Every name, number and small place here is made up."""

from __future__ import annotations

import pytest

from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from redact.recognizers.municipal import MunicipalRecognizer
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from redact.recognizers.street_address import StreetAddressRecognizer


def _found(recognizer, text: str, entity: str) -> list[str]:  # noqa: ANN001
    return [text[r.start : r.end] for r in recognizer.analyze(text, [entity])]


# --- an address line: the town with its type abbreviation, then the street, one span ---------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "зарегистрированного по адресу: Омская обл., г. Калачинск, ул. Заводская, д. 12, кв. 4, ранее не судимого",
            "г. Калачинск, ул. Заводская, д. 12, кв. 4",
        ),
        ("проживающего: пгт Новоорловск, ул. Лесная, д. 3.", "пгт Новоорловск, ул. Лесная, д. 3"),
        ("Прощание по адресу: с. Верхняя Тойма, пер. Школьный, 7.", "с. Верхняя Тойма, пер. Школьный, 7"),
        ("Адрес: д.Кузьминка, ул. Полевая, 15", "д.Кузьминка, ул. Полевая, 15"),
        ("по месту жительства: г. Ростов-на-Дону, пр-т Стачки, 41, кв. 9", "г. Ростов-на-Дону, пр-т Стачки, 41, кв. 9"),
        ("Семья живёт по адресу х. Зелёный, ул. Мира, д. 2.", "х. Зелёный, ул. Мира, д. 2"),
    ],
)
def test_a_town_before_its_street_is_one_address(text: str, span: str) -> None:
    assert span in _found(StreetAddressRecognizer("ru"), text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # no house number: a street named without a house is not an address line; the town stays apart
        ("Он родился в г. Калачинск, улица Заводская там главная.", None),
        # a sentence, not an address line: the town before a comma ends the clause, the street is a new address
        ("Вернулся в Калачинск, ул. Заводская, д. 12 продали.", "ул. Заводская, д. 12"),
    ],
)
def test_a_town_joins_only_an_address_with_a_house(text: str, span: str | None) -> None:
    found = _found(StreetAddressRecognizer("ru"), text, "LOCATION")
    assert not any(x.startswith(("г.", "Калачинск")) for x in found)
    if span:
        assert span in found


# --- municipal units by their abbreviation, in a list, and in a glued hashtag ------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("находясь в отпуске в п. Заречный Кедровского МО, не вернулся в часть", "Кедровского МО"),
        ("сообщила администрация Сосновоборского ГО в своём канале", "Сосновоборского ГО"),
        ("Уроженец с. Луговое Луговского МР Омской области.", "Луговского МР"),
        ("Глава Верхнекамского СП выразил соболезнования семье.", "Верхнекамского СП"),
        ("Призван: ВК г. Кедровск, Кедровского и Луговского р-нов, 03.10.2022", "Кедровского и Луговского р-нов"),
        ("#Память #Луговскойрайон #СВО", "Луговскойрайон"),
        ("#НеЗабудем #КедровскийРайон", "КедровскийРайон"),
    ],
)
def test_municipal_abbreviations_lists_and_hashtags(text: str, span: str) -> None:
    assert any(span in x for x in _found(MunicipalRecognizer("ru"), text, "LOCATION"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Согласно приказу МО РФ № 185 выплаты увеличены.", "МО"),
        ("Начальник отдела ГО и ЧС администрации провёл учения.", "ГО"),
        ("Наш МО выделил средства на памятник.", "МО"),
        ("#Нашрайон #СВО", "Нашрайон"),
        ("Совместное СП открыли в прошлом году.", "СП"),
    ],
)
def test_municipal_abbreviations_need_a_place_adjective(text: str, word: str) -> None:
    assert not any(word in x for x in _found(MunicipalRecognizer("ru"), text, "LOCATION"))


# --- a Muslim funeral notice's words are not names --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Джаназа-намаз состоится сегодня после зухра в мечети села.", "Джаназа"),
        ("Джаназа-намаз состоится сегодня после зухра в мечети села.", "зухра"),
        ("Джаназа пройдёт после аср у дома отца.", "Джаназа"),
        ("Инна лилляхи ва инна иляйхи раджиун! Сообщаем о гибели земляка.", "инна"),
    ],
)
def test_funeral_rite_words_are_not_names(text: str, word: str) -> None:
    assert not any(word in x for x in _found(RuPersonRecognizer("ru"), text, "PERSON"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("После Зухры выступила её сестра.", "Зухры"),
        ("Соболезнования принимает Инна Петровна, мать погибшего.", "Инна Петровна"),
        ("Джаназа-намаз прочитал имам Магомед Алиев.", "Магомед Алиев"),
    ],
)
def test_names_beside_rite_words_stay_names(text: str, name: str) -> None:
    assert name in _found(RuPersonRecognizer("ru"), text, "PERSON")


# --- a funeral house: hall, agency, bureau by a funeral adjective, with its name or town -------------------------


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
    assert span in _found(OrganizationRecognizer("ru"), text, "ORGANIZATION")


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
    assert not any("зал" in x or "услуг" in x for x in _found(OrganizationRecognizer("ru"), text, "ORGANIZATION"))


# --- a list of place adjectives sharing one plural office noun is no list of names ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Дела рассматривались Екатеринбургским, Оренбургским и Казанским гарнизонными военными судами.",
        "Приговоры вынесли Новосибирским и Барнаульским районными судами.",
    ],
)
def test_place_adjectives_of_courts_in_a_list_are_not_people(text: str) -> None:
    people = _found(RuPersonRecognizer("ru"), text, "PERSON")
    call_signs = _found(RuCallSignRecognizer("ru"), text, "CALL_SIGN")
    assert not people and not call_signs, (people, call_signs)


def test_a_list_of_surnames_stays_a_list_of_people() -> None:
    text = "Сослуживцы Мухаметов, Луговой и Сосновский вернулись домой."
    assert len(_found(RuPersonRecognizer("ru"), text, "PERSON")) == 3


# --- the day and month said after the year of birth -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("— Мухаметов Ильдар Ринатович, девяносто девятого года, двадцать первого июня.", "двадцать первого июня"),
        ("— Кедрин Олег, восемьдесят седьмого года рождения, третьего марта. Из Тулуна.", "третьего марта"),
        ("Луговой Иван Петрович, 1996 г.р., 12 июня, уроженец с. Сосновка.", "12 июня"),
    ],
)
def test_day_and_month_after_the_year_of_birth(text: str, span: str) -> None:
    assert span in _found(DateOfBirthRecognizer("ru"), text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text",
    [
        "Рота вышла в девяносто пятом году, тридцатого мая мы были под Грозным.",
        "Летом 2023 года, 30 мая, начался штурм.",
        "Кедрин Олег, 1996 г.р., 12 июня 2024 года ушёл на контракт.",
    ],
)
def test_a_date_after_an_ordinary_year_is_no_birthday(text: str) -> None:
    found = _found(DateOfBirthRecognizer("ru"), text, "DATE_OF_BIRTH")
    assert not any("мая" in x or "июня" in x for x in found), found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Панихида пройдёт в храме по адресу Максима Горького, 44.", "Максима Горького, 44"),
        ("Прощание состоится по адресу: Садовая, 12, в 11 часов.", "Садовая, 12"),
        ("Прощание пройдёт по адресу Луговая, 7, кв. 3.", "Луговая, 7, кв. 3"),
        ("Адрес: Заречная, 15, спросить Нину.", "Заречная, 15"),
    ],
)
def test_a_street_without_its_type_after_the_word_address(text: str, span: str) -> None:
    assert span in _found(StreetAddressRecognizer("ru"), text, "LOCATION")


def test_a_name_and_an_age_after_address_words_elsewhere_is_no_address() -> None:
    text = "Написал по адресу, который дал Сергей, 34 года, водитель."
    assert not _found(StreetAddressRecognizer("ru"), text, "LOCATION")
