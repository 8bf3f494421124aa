"""Russian record forms of issue 15 (strict recall): institutions named by apposition, branch, compound or street;
registry offices and district newspapers; unit chains mixing words, numbers and abbreviations; unit nicknames after
an abbreviation; micro-district addresses; municipal units written in capitals.

Invented people, institutions and towns, in other shapes than the tune corpora (case, order, position). Every
positive names the exact span the recogniser must return (not merely cover), and every trap a near miss.
"""

from __future__ import annotations

import pytest

from redact.generalize import generalize_organization
from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.municipal import MunicipalRecognizer
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.street_address import StreetAddressRecognizer
from tests.assertions import assert_found, assert_not_found


def _spans(results, text: str) -> list[str]:
    return [text[r.start : r.end] for r in results]


@pytest.fixture(scope="module")
def org() -> OrganizationRecognizer:
    return OrganizationRecognizer("ru")


@pytest.fixture(scope="module")
def units() -> MilitaryUnitRecognizer:
    return MilitaryUnitRecognizer("ru")


@pytest.fixture(scope="module")
def streets() -> StreetAddressRecognizer:
    return StreetAddressRecognizer("ru")


@pytest.fixture(scope="module")
def municipal() -> dict[str, MunicipalRecognizer]:
    return {"ru": MunicipalRecognizer("ru"), "uk": MunicipalRecognizer("uk")}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a head noun with a legal form and a quoted name in apposition
        ("Трудился дояром на ферме АО «Кедровое поле» до призыва.", "ферме АО «Кедровое поле»"),
        ("Пять лет он водил автобус автобазы ООО «Зареченский транзит».", "автобазы ООО «Зареченский транзит»"),
        # compound heads: a branch of an agricultural college, a medical school, a teacher-training college
        ("Диплом механика получил в Кедровском сельхозтехникуме.", "Кедровском сельхозтехникуме"),
        ("Мать преподаёт в Заречинском медучилище.", "Заречинском медучилище"),
        (
            "Закончил Тальменский филиал Кедровского педколледжа, потом армия.",
            "Тальменский филиал Кедровского педколледжа",
        ),
        # a town adjective with a two-letter stem, at the head of a field ("Орск"-shaped)
        ("Образование: Ейский строительный техникум.", "Ейский строительный техникум"),
        # a registry office, in any case and with its district
        ("Свидетельство о браке выдано отделом ЗАГС Заречинского района.", "отделом ЗАГС Заречинского района"),
        ("Они расписались в Кедровском загсе в 2019 году.", "Кедровском загсе"),
        # a district or town newspaper with its name
        ("Об этом написала городская газета «Кедровский вестник».", "городская газета «Кедровский вестник»"),
        ("Фото предоставлено редакцией районной газеты «Заря Севера».", "районной газеты «Заря Севера»"),
        ("Снимок из архива газеты «Кедровская новь» Заречного района.", "газеты «Кедровская новь» Заречного района"),
        # a cemetery named by a capitalised adjective, and one named by its street
        ("Гроб проводили до Старого кладбища Кедровска.", "Старого кладбища Кедровска"),
        ("Похоронили его на поселковом кладбище по улице Лесной.", "поселковом кладбище по улице Лесной"),
        # a number spelled out, as people say it in a call
        ("Мать: в тридцать седьмой школе про тебя стенд сделают.", "тридцать седьмой школе"),
        ("Отлежал месяц в шестой городской больнице.", "шестой городской больнице"),
        # a church dedicated to two saints is one name
        ("Венчались они в Заречинском храме Петра и Павла.", "Заречинском храме Петра и Павла"),
    ],
)
def test_institutions(org: OrganizationRecognizer, text: str, span: str) -> None:
    found = _spans(org.analyze(text, ["ORGANIZATION"]), text)
    assert span in found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("По данным газеты «Коммерсантъ», его задержали в марте.", "газеты"),
        ("По данным районной газеты, в селе не осталось мужчин.", "газеты"),
        ("Об этом сообщила газета Известия со ссылкой на источник.", "газета"),
        ("Статью перепечатала областная газета «Кедровская правда».", "газета"),
        ("Они расписались в загсе летом, свадьбу не играли.", "загсе"),
        ("После школы работал на ферме, потом уехал.", "ферме"),
        ("В первой школе, куда он пошёл, было холодно.", "школе"),
        ("В сорок второй раз прошу: сходи в школу.", "школу"),
        ("Похоронен на кладбище, за оградой поставили крест.", "кладбище"),
        ("В Новом году на ферме ДНР «Рассвет» не работали.", "ферме"),
    ],
)
def test_institution_traps(org: OrganizationRecognizer, text: str, word: str) -> None:
    assert_not_found(text, org.analyze(text, ["ORGANIZATION"]), word)


def test_new_kinds_generalise() -> None:
    assert generalize_organization("отделом ЗАГС Заречинского района", "ru") == "[ЗАГС]"
    assert generalize_organization("районной газеты «Заря Севера»", "ru") == "[газета]"
    assert generalize_organization("Кедровском сельхозтехникуме", "ru") == "[колледж]"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # an unnumbered head with "separate" in front of its arms
        (
            "Числился в отдельной гвардейской танковой роте 12-й бригады.",
            "отдельной гвардейской танковой роте 12-й бригады",
        ),
        # a regiment's bare four-digit number before its abbreviation, later in a chain
        ("Стрелок 3-й роты 1-го батальона 1207 мсп пропал без вести.", "3-й роты 1-го батальона 1207 мсп"),
        # a spelled ordinal with a guards mark and an abbreviation
        ("Брат в двести первой гв. мсд служит.", "двести первой гв. мсд"),
        # the troops a unit belongs to, in the genitive
        ("Его направили в 61-ю бригаду морпехов под Кедровку.", "61-ю бригаду морпехов"),
        ("Командир 7-го полка внутренних войск дал интервью.", "7-го полка внутренних войск"),
        ("Он из 40-й бригады морской пехоты Тихоокеанского флота.", "40-й бригады морской пехоты Тихоокеанского флота"),
        # a sub-unit's field (drones, electronic warfare) inside a chain
        ("Оператор 2-го взвода разведывательных БпЛА 30-го полка.", "2-го взвода разведывательных БпЛА 30-го полка"),
        # nicknames after an abbreviation, and with a dash inside the quotes
        ("Он в ОМСБ «Тайга» с осени.", "ОМСБ «Тайга»"),
        ("Воевал в штурмовом отряде «Кедр — Юг» до ранения.", "штурмовом отряде «Кедр — Юг»"),
        # a quoted name holding its own unit noun, with the formation after it
        ("Добровольцем ушёл в «Заречный батальон» БАРС-7.", "«Заречный батальон» БАРС-7"),
        # a chain in abbreviations only, with no unit word spelled out anywhere in the text
        ("Пропал без вести: 2 мср 1 мсб 1388 мсп.", "2 мср 1 мсб 1388 мсп"),
        # a nickname in brackets after the number
        ("Служил в 71-й («кедровской») отдельной бригаде.", "71-й («кедровской») отдельной бригаде"),
    ],
)
def test_unit_forms(units: MilitaryUnitRecognizer, text: str, span: str) -> None:
    found = _spans(units.analyze(text, ["MILITARY_UNIT"]), text)
    assert span in found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Группировка войск «Запад» продолжает наступление.", "Запад"),
        ("Навідник реактивного артилерійського дивізіону 28-ї бригади.", "Навідник"),
        ("В 1430 году здесь стоял монастырь, а 2023 год был трудным.", "1430"),
    ],
)
def test_unit_traps(units: MilitaryUnitRecognizer, text: str, word: str) -> None:
    found = [r for r in units.analyze(text, ["MILITARY_UNIT"]) if r.score >= 0.35]
    assert_not_found(text, found, word)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Прописан: г. Кедровск, 3-й микрорайон, д. 7, кв. 41.", "г. Кедровск, 3-й микрорайон, д. 7, кв. 41"),
        ("Семья живёт в 12-м мкр., дом 5.", "12-м мкр., дом 5"),
        ("Адрес регистрации: 9 микрорайон, д. 21.", "9 микрорайон, д. 21"),
    ],
)
def test_micro_district_first(streets: StreetAddressRecognizer, text: str, span: str) -> None:
    found = _spans(streets.analyze(text, ["LOCATION"]), text)
    assert span in found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("План на 3-й квартал выполнен досрочно.", "квартал"),
        ("Во 2 квартале 2024 года цены выросли.", "квартале"),
    ],
)
def test_micro_district_traps(streets: StreetAddressRecognizer, text: str, word: str) -> None:
    assert_not_found(text, streets.analyze(text, ["LOCATION"]), word)


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("ru", "СПИСОК ПОГИБШИХ ЖИТЕЛЕЙ ЗАРЕЧИНСКОГО РАЙОНА\n1. Кедров И. П.", "ЗАРЕЧИНСКОГО РАЙОНА"),
        ("ru", "ВЕСТИ КЕДРОВСКОГО ГОРОДСКОГО ОКРУГА: прощание в пятницу", "КЕДРОВСКОГО ГОРОДСКОГО ОКРУГА"),
        ("uk", "ПАМ'ЯТІ ЗАХИСНИКІВ КЕДРІВСЬКОЇ СІЛЬСЬКОЇ ГРОМАДИ", "КЕДРІВСЬКОЇ СІЛЬСЬКОЇ ГРОМАДИ"),
        # a hashtag writes its spaces as underscores
        ("ru", "Кто видел — пишите. #Заречинский_район #поиск", "Заречинский_район"),
    ],
)
def test_municipal_in_capitals(municipal: dict[str, MunicipalRecognizer], lang: str, text: str, span: str) -> None:
    assert_found(text, municipal[lang].analyze(text, ["LOCATION"]), span, "LOCATION")


@pytest.mark.parametrize(
    "text", ["ПРОТОКОЛ ЗАСЕДАНИЯ РАЙОННОЙ КОМИССИИ. ВСЕ ПРИСУТСТВОВАЛИ.", "файл big_data_район.csv и #новости_дня"]
)
def test_capitals_and_underscores_without_a_unit_stay(municipal: dict[str, MunicipalRecognizer], text: str) -> None:
    assert municipal["ru"].analyze(text, ["LOCATION"]) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the first part of a compound town name, without its linking vowel: Анжеро-Судженск
        ("Погибший — анжерец, выпускник местного техникума.", "анжерец"),
        ("Землячку, анжерку Марину, наградили посмертно.", "анжерку"),
        # a town whose name is also a word (Гай), when the text names the town too
        ("Похороны прошли в Гае. Покойный, гаец по рождению, работал шахтёром.", "гаец"),
        # a plural place adjective standing for its people after a possessive
        ("Как там наши кстовские? Звонил кто?", "кстовские"),
    ],
)
def test_demonyms_of_hard_names(municipal: dict[str, MunicipalRecognizer], text: str, word: str) -> None:
    assert_found(text, municipal["ru"].analyze(text, ["LOCATION"]), word, "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        "Покойный, гаец по рождению, работал шахтёром.",  # no town named: no evidence
        "Он северянин, а она южанка, оба из деревни.",  # "Северо-", "Южно-" are words of their own
        "Наши русские и ваши городские, все пришли.",  # a nation and a common adjective
        "Наши кстовские ребята вернулись.",  # an adjective with its noun is no demonym (the noun decides)
    ],
)
def test_demonym_traps(municipal: dict[str, MunicipalRecognizer], text: str) -> None:
    assert municipal["ru"].analyze(text, ["LOCATION"]) == []
