"""Official and court-register style (issue 15): surname-first names, initials, case and register numbers."""

from __future__ import annotations

import pytest

from redact.recognizers.id_number import IdNumberRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer


@pytest.fixture(scope="module")
def people() -> dict[str, RuPersonRecognizer]:
    return {lang: RuPersonRecognizer(supported_language=lang) for lang in ("ru", "uk")}


@pytest.fixture(scope="module")
def ids() -> dict[str, IdNumberRecognizer]:
    return {lang: IdNumberRecognizer(supported_language=lang) for lang in ("en", "ru", "uk")}


def _covering(results: list, text: str, surface: str) -> bool:
    start = text.index(surface)
    end = start + len(surface)
    return any(r.start <= start and r.end >= end and r.score >= 0.35 for r in results)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Обвинувачений Коваленко Петро Іванович, 1994 р.н., уродженець м. Суми.", "Коваленко Петро Іванович"),
        ("uk", "Суд призначив Сидоренку Петру Івановичу покарання.", "Сидоренку Петру Івановичу"),
        ("ru", "Суд признал Иванова Сергея Петровича виновным.", "Иванова Сергея Петровича"),
        ("uk", "ЛИТВИН Андрій Степанович (02.11.1988 – 19.07.2023), солдат.", "ЛИТВИН Андрій Степанович"),
        ("uk", "МАРТИНЧУК Віктор Богданович, старший солдат, 1972 року народження.", "МАРТИНЧУК Віктор Богданович"),
        ("ru", "КОРЧАКОВ Василий Андреевич, рядовой, погиб.", "КОРЧАКОВ Василий Андреевич"),
        ("uk", "Свідок бачив К. П. І. біля магазину.", "К. П. І."),
        ("uk", "Суд заочно засудив Т. М. Ярошенка, колишнього директора.", "Т. М. Ярошенка"),
        ("uk", "Свідок Петро К. підтвердив це.", "Петро К."),
        ("ru", "Ходатайство Кузнецова А.В. удовлетворено.", "Кузнецова А.В."),
    ],
)
def test_register_names(people: dict[str, RuPersonRecognizer], lang: str, text: str, surface: str) -> None:
    assert _covering(people[lang].analyze(text, ["PERSON"]), text, surface)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("uk", "Обвинувачений Коваленко Петро Іванович визнав вину.", "Обвинувачений"),
        ("ru", "Осуждённый Васильчук Роман Андреевич не явился.", "Осуждённый"),
        ("uk", "Свідок бачив К. П. біля магазину.", "К. П."),
    ],
)
def test_role_words_and_two_initials_stay(
    people: dict[str, RuPersonRecognizer], lang: str, text: str, word: str
) -> None:
    start = text.index(word)
    end = start + len(word)
    found = people[lang].analyze(text, ["PERSON"])
    assert not [r for r in found if r.start < end and r.end > start and r.start >= start]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Кримінальне провадження № 12024071080000328 внесено до ЄРДР.", "12024071080000328"),
        ("uk", "внесені до ЄРДР за № 62025170040002424, повернуто прокурору.", "62025170040002424"),
        ("uk", "Справа № 757/12345/23-к розглянута.", "757/12345/23-к"),
        ("uk", "Провадження № 1-кп/123/4567/24, вирок.", "1-кп/123/4567/24"),
        ("uk", "Цивільна справа № 2-345/2023 закрита.", "2-345/2023"),
        ("ru", "Дело № 3/1-115/2023. Задержание провели сотрудники.", "3/1-115/2023"),
        ("ru", "Дело № 33-9550 (№ 2-1809/2019) рассмотрено.", "33-9550"),
        ("ru", "Дело № 33-9550 (№ 2-1809/2019) рассмотрено.", "2-1809/2019"),
        ("en", "Verdict in case No. 2-3181/2023 was read out.", "2-3181/2023"),
        ("en", "Proceedings 1-kp/628/212/24 were closed.", "1-kp/628/212/24"),
        ("uk", "УНЗР обвинуваченого — 19881102-41928.", "19881102-41928"),
        ("uk", "паспорт НОМЕР_2, РНОКПП НОМЕР_3, УНЗР 19791206-09697,", "19791206-09697"),
        ("ru", "СНИЛС 112-233-445 95, ИНН 500100732259.", "112-233-445 95"),
        ("ru", "СНИЛС 112-233-445 95, ИНН 500100732259.", "500100732259"),
    ],
)
def test_case_and_register_numbers(ids: dict[str, IdNumberRecognizer], lang: str, text: str, surface: str) -> None:
    assert _covering(ids[lang].analyze(text, ["ID_NUMBER"]), text, surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Рішення від 22-23 травня набуло чинності.", "22-23"),
        ("uk", "УНЗР 19931345-01234 (такої дати немає).", "19931345-01234"),
        ("ru", "Трек-код посылки 12345678901234567 пришёл вчера.", "12345678901234567"),
        ("uk", "Закон № 2345-IX набув чинності.", "2345-IX"),
        ("ru", "СНИЛС 112-233-445 96 записан с ошибкой.", "112-233-445 96"),
    ],
)
def test_leaves_dates_laws_and_bad_checksums(
    ids: dict[str, IdNumberRecognizer], lang: str, text: str, surface: str
) -> None:
    start = text.index(surface)
    end = start + len(surface)
    found = [r for r in ids[lang].analyze(text, ["ID_NUMBER"]) if r.score >= 0.35]
    assert not [r for r in found if r.start < end and r.end > start]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("HAIDAK Mykola Ivanovych (born 1 September 1975), a resident of Kedrovka.", "HAIDAK Mykola Ivanovych"),
        ("KOVALIK, Yurii Mykolayovych (b. 8 July 1979). Born in a village.", "KOVALIK, Yurii Mykolayovych"),
    ],
)
def test_english_register_names(text: str, surface: str) -> None:
    from redact.recognizers.patronymic import PatronymicRecognizer

    rec = PatronymicRecognizer(supported_language="en")
    assert _covering(rec.analyze(text, ["PERSON"]), text, surface)


def test_english_acronyms_before_a_name_stay() -> None:
    from redact.recognizers.patronymic import PatronymicRecognizer

    text = "The OSCE report on NATO and Ivanovich was read."
    found = PatronymicRecognizer(supported_language="en").analyze(text, ["PERSON"])
    assert all(text[r.start : r.end] != "NATO and Ivanovich" for r in found)
    assert not [r for r in found if r.start <= text.index("OSCE") < r.end]


def test_an_adjective_nickname_stays_with_the_surname(people: dict[str, RuPersonRecognizer]) -> None:
    text = "Дима: Толик Корнеев, Серый Лунин. Лунина разорвало."
    assert _covering(people["ru"].analyze(text, ["PERSON"]), text, "Серый Лунин")


# Register, list and obituary shapes of session 4 (issue 15): invented people, other cases and orders than the
# corpora's.
@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # Surname in capitals, any given name (unknown to the dictionary too), with or without a patronymic.
        ("ru", "ТОЛИБОВ Азамат Шухратович, 12.03.2001 г.р., уроженец Самарканда.", "ТОЛИБОВ Азамат Шухратович"),
        ("ru", "Список: ЖУМАЕВ Ойбек, 1999 г.р.; КАЛМЫКОВ Семён, 1987 г.р.", "ЖУМАЕВ Ойбек"),
        ("uk", "ДРОЗДЮК Устим Миронович — солдат, навідник.", "ДРОЗДЮК Устим Миронович"),
        ("ru", "Разыскивается ТОКАРЕВ В. Н., 1984 г.р.", "ТОКАРЕВ В. Н."),
        # Turkic patronymics with оглы / кызы / угли / улы.
        ("ru", "Суд рассмотрел дело Гасанова Эмиля Вугар оглы, рядового.", "Гасанова Эмиля Вугар оглы"),
        ("ru", "ИСМАИЛОВА Лейла Фуад кызы, 1996 г.р.", "ИСМАИЛОВА Лейла Фуад кызы"),
        ("ru", "Юлдашев Бобур Анвар угли получил три года.", "Юлдашев Бобур Анвар угли"),
        # A surname that is also a town, before initials; a noun-homonym surname before a full name.
        ("ru", "В списке: Гусев Т. К., 2001 г.р.", "Гусев Т. К."),
        ("ru", "с участием Пенька Олега Игоревича и его защитника", "Пенька Олега Игоревича"),
        ("ru", "при секретаре Ложкина Р.С. в открытом заседании", "Ложкина Р.С."),
        # A patronymic the dictionary lacks.
        ("uk", "Сопілко Устим Тимурович загинув під Кліщіївкою.", "Сопілко Устим Тимурович"),
        # A capitalised word after a given name: the surname, adjective-shaped or not.
        ("ru", "Погибли Тимур Полторак, 41 год, и Денис Задорожный, 38 лет.", "Тимур Полторак"),
        ("ru", "Погибли Тимур Полторак, 41 год, и Денис Задорожный, 38 лет.", "Денис Задорожный"),
        ("uk", "Разом з ним служив Остап Кругловий.", "Остап Кругловий"),
        # A rank before a surname that is also a common noun.
        ("uk", "Поранено старшого сержанта Горобця, його евакуювали.", "Горобця"),
        ("ru", "Рядом был младший сержант Сорока.", "Сорока"),
    ],
)
def test_register_and_list_names(people: dict[str, RuPersonRecognizer], lang: str, text: str, surface: str) -> None:
    assert _covering(people[lang].analyze(text, ["PERSON"]), text, surface)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("uk", "Вирок Сорочинському Петру Івановичу залишено без змін.", "Вирок"),  # a noun opening the sentence
        ("uk", "Військові Тарас Гайда і Остап Лісний вийшли з оточення.", "Військові"),  # a plural adjective
        ("ru", "Приложение А. Б. к протоколу.", "Приложение"),  # a heading before lettered items
        ("ru", "В Курске Андрей Белгородской области не видел.", "Белгородской"),  # a place after a name
        ("ru", "ПРИГОВОР Сидоренко вынесен.", "ПРИГОВОР"),  # a heading in capitals, no name reading
        ("ru", "Иван Первый и Иван Второй.", "Первый"),  # an ordinal
        ("uk", "мешканець с. Верхівка Тетіївської МТГ, 1990 р.н.", "Верхівка"),  # a village after "с."
        ("uk", "родом із с. Гниловоди Хабаровського краю", "Гниловоди"),
    ],
)
def test_register_traps_stay(people: dict[str, RuPersonRecognizer], lang: str, text: str, word: str) -> None:
    start = text.index(word)
    end = start + len(word)
    found = people[lang].analyze(text, ["PERSON"])
    assert not [r for r in found if r.start < end and r.end > start], [text[r.start : r.end] for r in found]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "word"),
    [
        # A person noun in apposition is not part of the name; a surname in capitals after a given name is.
        ("uk", "Низький уклін Герою Тарасу Дмитруку.", "Тарасу Дмитруку", "Герою"),
        ("ru", "Сегодня простились с Денисом ГОРБУНОМ, 29 лет.", "Денисом ГОРБУНОМ", "Сегодня"),
    ],
)
def test_apposition_and_capital_surnames(
    people: dict[str, RuPersonRecognizer], lang: str, text: str, surface: str, word: str
) -> None:
    found = people[lang].analyze(text, ["PERSON"])
    assert _covering(found, text, surface)
    start = text.index(word)
    assert not [r for r in found if r.start <= start < r.end]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # Place adjectives of an institution or a municipal unit are not people.
        ("ru", "Приговор вынес Тобольский гарнизонный военный суд.", "Тобольский"),
        ("uk", "Справу розглянув Бериславський районний суд.", "Бериславський"),
        ("uk", "Вона працювала в Маньківській сільській бібліотеці.", "Маньківській"),
        ("ru", "Работал в Кизлярской горадминистрации, окончил Омскую ГСХА.", "Кизлярской"),
        ("uk", "мешканець Тальнівської МТГ Черкаської області", "Тальнівської"),
        # Towns by the case a preposition gives them.
        ("uk", "Він родом з Копейська, жив у Копейську.", "Копейську"),
        ("uk", "Я зі Львова Андрій Мельничук, служу тут.", "Львова"),
    ],
)
def test_places_and_institutions_are_not_people(
    people: dict[str, RuPersonRecognizer], lang: str, text: str, word: str
) -> None:
    start = text.index(word)
    found = people[lang].analyze(text, ["PERSON"])
    assert not [r for r in found if r.start <= start < r.end], [text[r.start : r.end] for r in found]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Ковальський автомат взяв і пішов.", "Ковальський"),  # an agreeing noun alone: still the surname
        ("uk", "Разом з Петренком ми вийшли.", "Петренком"),  # "з" + instrumental: with a person
        ("ru", "Письмо от Петрова пришло.", "Петрова"),
    ],
)
def test_people_beside_the_same_shapes_stay_found(
    people: dict[str, RuPersonRecognizer], lang: str, text: str, surface: str
) -> None:
    assert _covering(people[lang].analyze(text, ["PERSON"]), text, surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # Surname first in lists with a given name only, either part unknown to the dictionary.
        ("uk", "Загиблі: Грицюк Любомир, 1971 р.н.; Дмитрук Остап, 1988 р.н.", "Грицюк Любомир"),
        ("ru", "Список: Дондоков Баир, 1990 г.р.; Жамсуев Аюр, 1985 г.р.", "Жамсуев Аюр"),
    ],
)
def test_surname_first_lists(people: dict[str, RuPersonRecognizer], lang: str, text: str, surface: str) -> None:
    assert _covering(people[lang].analyze(text, ["PERSON"]), text, surface)


def test_a_latin_brand_before_a_name_stays(people: dict[str, RuPersonRecognizer]) -> None:
    text = "Starlink Андрій увімкнув о шостій."
    found = people["uk"].analyze(text, ["PERSON"])
    assert not [r for r in found if r.start == 0]
