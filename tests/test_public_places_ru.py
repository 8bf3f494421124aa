"""Russian public places under the default policy (issue 14, sixteenth release): the forms real Russian war news,
obituaries and search notices write places in, kept as written where they name a place of events and withheld as
someone's home.

Sentences are invented; the places are real, the people are not.
"""

from __future__ import annotations

import pytest

from redact.home import home_context
from redact.public import PublicSpec, public_register
from tests.assertions import kept_by_register


def _kept(text: str, word: str, language: str = "ru", entity: str = "LOCATION") -> bool:
    return kept_by_register(text, word, language, entity)  # the default policy's register


# A settlement's kind abbreviated at the head of the finding ("н.п. Кременная", "г. Брянск"): the name after it decides,
# and "уроженец н.п. X" is a home as "уроженец г. X" is.
@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Младший сержант погиб 4 мая в районе н.п. Кременная (ЛНР).", "н.п. Кременная", True),
        ("Бои в районе н. п. Кременная не стихают вторую неделю.", "н. п. Кременная", True),
        ("Рядовой Лазарев, уроженец н.п. Кременная, служил в штурмовой роте.", "н.п. Кременная", False),
        ("Рядовой Лазарев, уроженец н.п. Кременная, служил в штурмовой роте.", "Кременная", False),
        ("Ефрейтор Сомов родом из пгт Кременная, призван в 2023 году.", "пгт Кременная", False),
    ],
)
def test_a_settlement_abbreviation_before_the_name(text: str, word: str, kept: bool) -> None:
    assert _kept(text, word) is kept


def test_the_abbreviated_kind_is_filler_between_a_home_cue_and_the_place() -> None:
    text = "Уроженец н.п. Кременная Сергей Лазарев погиб."
    i = text.index("Кременная")
    assert home_context(text, i, i + len("Кременная"), "ru")


# A finding that stops inside the region locating its settlement ("Белогоровка [Луганской| Народной Республики]"): the
# settlement decides for both.
@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Погиб в районе н.п. Белогоровка Луганской Народной Республики.", "Белогоровка Луганской", True),
        ("Штурмовики закрепились у Работино Запорожской области.", "Работино Запорожской", True),
        ("Рядовой Лазарев, уроженец с. Белогоровка Луганской Народной Республики.", "Белогоровка Луганской", False),
        ("Иван Лазарев живёт в Курске Курской области.", "Курске Курской", False),
    ],
)
def test_a_settlement_run_into_its_region(text: str, word: str, kept: bool) -> None:
    assert _kept(text, word) is kept


# A side of a place, with or without a distance, and its outskirts reached, as war reports and map retellings write
# them ("к западу от", "в семи километрах к востоку от", "западнее", "вышли к окраинам", "на північ від", "north of").
@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("По оценке аналитиков, российские подразделения продвинулись к западу от Пищаного.", "Пищаного", "ru"),
        ("Штурм села начался в семи километрах к востоку от Суджи.", "Суджи", "ru"),
        ("Российские войска вышли к окраинам Купянска-Узлового.", "Купянска-Узлового", "ru"),
        ("ВСУ удерживают позиции западнее Тоненького.", "Тоненького", "ru"),
        ("Бойцы закрепились на северной окраине Соболевки.", "Соболевки", "ru"),
        ("Окупанти просунулися на північ від Тоненького.", "Тоненького", "uk"),
        ("Russian troops advanced five km north of Tonenke overnight.", "Tonenke", "en"),
    ],
)
def test_a_side_of_a_front_place_is_a_place_of_events(text: str, word: str, language: str) -> None:
    assert _kept(text, word, language)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # home words in the sentence still withhold it
        ("Пётр Лазарев родом из деревни в десяти километрах к западу от Пищаного.", "Пищаного"),
        ("Его мать живёт на северной окраине Соболевки.", "Соболевки"),
        # no word of the war in the sentence: a village anyone may live near
        ("Дача стоит в двух километрах к западу от Пищаного.", "Пищаного"),
    ],
)
def test_a_side_of_a_place_as_a_home_stays_withheld(text: str, word: str) -> None:
    assert not _kept(text, word)


# A day of mourning an authority declares after a strike is the city's act, no one's burial: the struck city is kept.
@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("В начале марта губернатор объявил день траура после ракетного удара по Брянску.", "Брянску", True),
        ("После атаки дронов на Белгород в городе объявлен траур.", "Белгород", True),
        ("Після удару по Сумах у місті оголосили день жалоби.", "Сумах", True),
        # a burial in the sentence still withholds it
        ("В Брянске похоронили бойца, погибшего при обстреле; объявлен траур.", "Брянске", False),
    ],
)
def test_a_declared_day_of_mourning_is_no_burial(text: str, word: str, kept: bool) -> None:
    language = "uk" if "Сумах" in word else "ru"
    assert _kept(text, word, language) is kept


# A place named by a possessive adjective, declined in Russian ("Часового Яра", "под Часовым Яром", "под Кураховым").
@pytest.mark.parametrize("surface", ["Часового Яра", "Часовым Яром", "Часовом Яре", "Кураховым"])
def test_a_possessive_place_in_every_russian_case(surface: str) -> None:
    m = public_register(PublicSpec()).match(surface, "ru", "LOCATION")
    assert m is not None and m.kind == "front"


def test_a_possessive_place_as_a_home_stays_withheld() -> None:
    assert _kept("Его батальон третью неделю стоит под Часовым Яром.", "Часовым Яром")
    assert not _kept("Сержант Лазарев, уроженец Часового Яра, вернулся домой.", "Часового Яра")


# The first word of a two-word front place a recognizer took alone ("под [Малой] Токмачкой").
def test_the_first_word_of_a_two_word_place() -> None:
    text = "Пропал без вести под Малой Токмачкой 21 августа, признан погибшим."
    assert _kept(text, "Малой", entity="ORGANIZATION")
    assert _kept(text, "Малой", entity="PERSON")
    assert not _kept("Уроженец Малой Токмачки, он ушёл добровольцем.", "Малой", entity="PERSON")
    assert not _kept("Позывной Малой, Иван Лазарев, вышел на связь.", "Малой", entity="CALL_SIGN")


# Soldiers and their wives name the front by its region's adjective alone after a preposition; a woman's surname or a
# railway station of the same adjective is no front.
@pytest.mark.parametrize(
    ("text", "word", "entity", "kept"),
    [
        (
            "— Говорят, после Курской нас на Запорожье кинут.\n— Арта опять молчит, птичка висит.",
            "Курской",
            "PERSON",
            True,
        ),
        ("Девочки, кто знает, третий батальон вывели с Херсонского? Мой молчит.", "Херсонского", "LOCATION", True),
        ("— Звонил Анне Курской, она ничего не знает.\n— Птичка опять висит над позицией.", "Курской", "PERSON", False),
        ("Встретимся после Курской, у неё магазин на углу.", "Курской", "PERSON", False),
    ],
)
def test_a_front_region_said_by_its_adjective_alone(text: str, word: str, entity: str, kept: bool) -> None:
    assert _kept(text, word, entity=entity) is kept


def test_a_body_named_again_by_its_head_noun() -> None:
    text = (
        "Заявление Координационного штаба по вопросам обращения с военнопленными.\n"
        "Сегодня домой вернулись 90 защитников. Родным пропавших напоминаем: звоните на горячую линию Штаба."
    )
    assert _kept(text, "Штаба", entity="ORGANIZATION")
    local = "Волонтёры открыли Штаб помощи в посёлке Заречном. Звоните на горячую линию Штаба."
    assert not _kept(local, "Штаба", entity="ORGANIZATION")


@pytest.mark.parametrize(("surface", "name"), [("Южного Урала", "Southern Urals"), ("НАО", "Nenets Autonomous Okrug")])
def test_regions_by_the_names_regional_news_use(surface: str, name: str) -> None:
    m = public_register(PublicSpec()).match(surface, "ru", "LOCATION")
    assert m is not None and m.entry.name == name and m.kind == "region"


# A Russian border district by its municipal name since the reform ("Грайворонский городской округ"): a front area,
# withheld as a home.
@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        (
            "Дрон атаковал автомобиль в Грайворонском городском округе, сообщил губернатор.",
            "Грайворонском городском округе",
            True,
        ),
        (
            "ВСУ обстреляли территорию Шебекинского городского округа, пострадавших нет.",
            "Шебекинского городского округа",
            True,
        ),
        ("Иван Лазарев, житель Грайворонского городского округа, погиб.", "Грайворонского городского округа", False),
    ],
)
def test_a_municipal_okrug_of_a_front_region(text: str, word: str, kept: bool) -> None:
    assert _kept(text, word) is kept


# A city of 100,000 people or more named by its head or its administration is the seat of a public office; a town below
# that size and a home stay withheld.
@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Глава Армавира Андрей Харченко пообещал семьям помощь.", "Армавира", True),
        ("Поправка: список опубликовали не в МЧС, а в администрации Якутска.", "Якутска", True),
        ("Мэрия Новочеркасска сообщила о повреждениях.", "Новочеркасска", True),
        ("Глава Мценска прислал приветственный адрес.", "Мценска", False),
        ("Иван Лазарев родом из Армавира, теперь глава семьи.", "Армавира", False),
    ],
)
def test_a_city_named_by_its_head_or_administration(text: str, word: str, kept: bool) -> None:
    assert _kept(text, word) is kept


# Districts listed by their adjectives after one plural noun and a dash or colon, as border-region reports list them.
@pytest.mark.parametrize(
    ("text", "word", "entity", "kept"),
    [
        (
            "Сообщения об атаках на приграничные районы Брянщины — Погарский, Суземский — приходят ежедневно.",
            "Суземский",
            "LOCATION",
            True,
        ),
        (
            "Сообщения об атаках на приграничные районы Брянщины — Погарский, Суземский — приходят ежедневно.",
            "Погарский",
            "PERSON",
            True,
        ),
        (
            "Сообщения об атаках на приграничные районы Брянщины — Погарский, Суземский — приходят ежедневно.",
            "Суземский",
            "CALL_SIGN",
            True,
        ),
        ("Дроны атаковали приграничные округа: Грайворонский и Шебекинский.", "Шебекинский", "LOCATION", True),
        # no word of the fighting governs the noun: a family's moves are no events
        ("Его семья жила в двух районах — Погарском, потом Суземском.", "Суземском", "LOCATION", False),
    ],
)
def test_districts_listed_after_their_noun(text: str, word: str, entity: str, kept: bool) -> None:
    assert _kept(text, word, entity=entity) is kept


# A border or front-line village the gazetteer does not know (too small, or of a name it places elsewhere) with the
# district that locates it, as governors' reports and Минобороны summaries write it ("в районе сёл X и Y Суджанского
# района", "у села X Климовского района Брянской области"): a front-line settlement where the fighting governs it; a
# home ("уроженец села X Y района"), a funeral or an occupation crime's village stay withheld.
@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Подразделения отразили четыре атаки в районе сёл Гуево и Заречное Суджанского района.", "Заречное", True),
        (
            "Село Малое Подлесье Суджанского района обстреляли со стороны Украины.",
            "Малое Подлесье Суджанского района",
            True,
        ),
        ("Дрон атаковал автомобиль у села Верхние Дубки Климовского района Брянской области.", "Верхние Дубки", True),
        (
            "Рядовой Лазарев, уроженец села Малое Подлесье Суджанского района, погиб в зоне СВО.",
            "Малое Подлесье",
            False,
        ),
        (
            "Прощание с бойцом прошло в селе Малое Подлесье Суджанского района.",
            "Малое Подлесье Суджанского района",
            False,
        ),
        ("Он вырос в посёлке Верхние Дубки Климовского района, окончил школу.", "Верхние Дубки", False),
        ("В селе Малое Подлесье Суджанского района оккупанты задержали местного жителя.", "Малое Подлесье", False),
    ],
)
def test_a_village_placed_on_the_front_by_its_district(text: str, word: str, kept: bool) -> None:
    assert _kept(text, word) is kept


# The district after such a village: a place of events where the fighting governs the village or the district, even
# when the village itself stays withheld; withheld with a home village.
@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        (
            "Ночью дроны атаковали посёлок Прохоровка в Прохоровском районе Белгородской области.",
            "Прохоровском районе",
            True,
        ),
        ("Накануне ВСУ обстреляли деревню Заречье в Глушковском районе.", "Глушковском районе", True),
        ("Отразили атаки в районе сёл Гуево и Заречное Суджанского района.", "Суджанского района", True),
        ("Над Белгородским районом и Яковлевским городским округом сбиты три БПЛА.", "Белгородским районом", True),
        ("Рядовой Лазарев, уроженец села Заречное Суджанского района, погиб в зоне СВО.", "Суджанского района", False),
        ("Родился в селе Дубки Прохоровского района, работал трактористом.", "Прохоровского района", False),
    ],
)
def test_the_district_of_a_front_line_village(text: str, word: str, kept: bool) -> None:
    assert _kept(text, word) is kept


# A refinery, oil depot or airfield named by its town's adjective or its own name, as Russian and Ukrainian war news
# write the targets of strikes ("на Туапсинском НПЗ", "аэродром Энгельс", "авиабазу «Бельбек»"); never where someone
# works or serves.
@pytest.mark.parametrize(
    ("text", "word", "entity", "kept"),
    [
        (
            "Пожар на Туапсинском нефтеперерабатывающем заводе потушили после атаки беспилотников.",
            "Туапсинском нефтеперерабатывающем заводе",
            "ORGANIZATION",
            True,
        ),
        ("Дроны атаковали Рязанский НПЗ, сообщил губернатор.", "Рязанский", "LOCATION", True),
        (
            "Обломки беспилотника упали у МКАД.\n\nВ пресс-службе Московского НПЗ заявили, что завод работает.",
            "Московского НПЗ",
            "ORGANIZATION",
            True,
        ),
        ("Беспилотники пытались атаковать аэродром Энгельс, обломки упали на СНТ.", "Энгельс", "LOCATION", True),
        (
            "Иван Сомов 20 лет работал оператором на Туапсинском НПЗ, погиб при обстреле.",
            "Туапсинском НПЗ",
            "ORGANIZATION",
            False,
        ),
        ("Валерий Дёмин, машинист Сызранского НПЗ, ушёл добровольцем.", "Сызранского НПЗ", "ORGANIZATION", False),
        ("Сергей Лазарев служил на аэродроме Ахтубинск, погиб при ударе дрона.", "Ахтубинск", "LOCATION", False),
    ],
)
def test_a_struck_refinery_or_airfield(text: str, word: str, entity: str, kept: bool) -> None:
    assert _kept(text, word, entity=entity) is kept


# An airport by its own name after the noun, alone or in a list, where the report speaks of strikes ("ограничения в
# аэропортах Домодедово и Жуковский из-за атаки дронов"); an airfield where a soldier served stays withheld (above).
@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Из-за атаки дронов ввели ограничения в аэропортах Домодедово и Жуковский.", "Жуковский", True),
        ("После удара беспилотников аэропорт Курумоч временно закрыли.", "Курумоч", True),
        ("Из-за атаки дронов ввели ограничения в аэропортах Домодедово и Жуковский.", "Домодедово", True),
    ],
)
def test_an_airport_named_in_a_strike_report(text: str, word: str, kept: bool) -> None:
    assert _kept(text, word) is kept


# A district of a public city by its own noun after "район", its side of the city right after ("в районе Капотня на
# юго-востоке Москвы"): kept as a place of events, withheld as someone's home.
@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Обломки беспилотника обнаружены ночью в районе Капотня на юго-востоке Москвы.", "Капотня", True),
        ("Беспилотник упал в районе Бирюлёво на юге Москвы, сообщил Собянин.", "Бирюлёво", True),
        ("Мой брат живёт в районе Капотня на юго-востоке Москвы.", "Капотня", False),
        ("Беспилотник упал в районе Заречное на юге Курской области.", "Заречное", False),
    ],
)
def test_a_city_district_by_its_noun(text: str, word: str, kept: bool) -> None:
    assert _kept(text, word) is kept


# The capitalised noun of a region's government with the region after it, as a press service signs: the body, never
# a call sign ("Пресс-служба Главы и Правительства Республики Ингушетия").
@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Пресс-служба Главы и Правительства Республики Ингушетия", "Правительства", True),
        ("Об этом сообщили в пресс-службе Администрации Курской области.", "Администрации", True),
        ("Позывной «Правительство», ответь, где вы?", "Правительство", False),
    ],
)
def test_the_government_of_a_region(text: str, word: str, kept: bool) -> None:
    assert _kept(text, word, entity="CALL_SIGN") is kept


# A sector of the front named by its places after the noun, as intercept headers write it ("направление Угледар —
# Великая Новосёлка"), and a place after "под" followed by a unit number ("погиб под Часовым Яром, в/ч 12721"): no
# address, no home. "Псков, в/ч 12345" and "уроженец Пскова" stay homes.
@pytest.mark.parametrize(
    ("text", "word", "home"),
    [
        (
            "Перехват переговоров штурмовой роты 1428-го полка, направление Угледар — Великая Новосёлка.",
            "Угледар",
            False,
        ),
        (
            "Перехват переговоров штурмовой роты 1428-го полка, направление Угледар — Великая Новосёлка.",
            "Великая Новосёлка",
            False,
        ),
        ("Мой муж Павел Ёжиков, 1984 г.р., погиб 3 апреля под Часовым Яром, в/ч 12721.", "Часовым Яром", False),
        ("Рядовой Павел Ёжиков, Псков, в/ч 12345, пропал без вести.", "Псков", True),
        ("Получил направление в Псков, уроженец Пскова Павел Ёжиков.", "Пскова", True),
    ],
)
def test_a_sector_or_a_place_under_is_no_home(text: str, word: str, home: bool) -> None:
    i = text.index(word)
    assert home_context(text, i, i + len(word), "ru") is home
