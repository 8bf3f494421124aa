"""StreetAddressRecognizer: one address grammar, Cyrillic and Latin; a whole address is one LOCATION span (issue 15)."""

from __future__ import annotations

import pytest

from redact.policy import load_policy
from redact.recognizers.location_pattern import LocationPatternRecognizer
from redact.recognizers.street_address import StreetAddressRecognizer
from redact.screen import Screen
from tests.assertions import assert_found, assert_not_found, surfaces


def _spans(rec, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, ["LOCATION"])]


@pytest.fixture(scope="module")
def ru() -> StreetAddressRecognizer:
    return StreetAddressRecognizer("ru")


@pytest.fixture(scope="module")
def uk() -> StreetAddressRecognizer:
    return StreetAddressRecognizer("uk")


@pytest.fixture(scope="module")
def latin() -> StreetAddressRecognizer:
    return StreetAddressRecognizer("en")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Прощание по адресу: улица Петра Зорина, 35, квартира 16.", "улица Петра Зорина, 35, квартира 16"),
        ("Отпевание по адресу: переулок Почтовый, 5/1.", "переулок Почтовый, 5/1"),
        ("Жил на ул. 8 Марта, д. 3, корп. 2, кв. 45 в Кедрогорске.", "ул. 8 Марта, д. 3, корп. 2, кв. 45"),
        ("Адрес: Садовая ул., д. 5, кв. 7.", "Садовая ул., д. 5, кв. 7"),
        ("Мать живёт на Ленинградском пр-те, 12.", "Ленинградском пр-те, 12"),
        ("Прописан: пр-т 50-летия Октября, 14-22.", "пр-т 50-летия Октября, 14-22"),
        ("Посылку на б-р Строителей 7.", "б-р Строителей 7"),
        ("Дом на алл. Героев 3 сгорел.", "алл. Героев 3"),
        ("Жил: наб. Кутузова, 11, кв. 2.", "наб. Кутузова, 11, кв. 2"),
        ("Адрес: Московское ш., 22.", "Московское ш., 22"),
        ("Квартира в мкр. 3, д. 14, кв. 88.", "мкр. 3, д. 14, кв. 88"),
        ("Ул. Лесная, 5 — там его дом.", "Ул. Лесная, 5"),
        ("Дом в тупике Заводском, 2.", "тупике Заводском, 2"),
        ("Адрес: ул. Садовая, д. 5, кв. 12, спросишь соседей.", "ул. Садовая, д. 5, кв. 12"),
        ("Сходи к ней на Садовую, дом пять, скажи, что живой.", "Садовую, дом пять"),
        ("Сборы на проезде Энергетиков, д. 4.", "проезде Энергетиков, д. 4"),
    ],
)
def test_ru_addresses(ru: StreetAddressRecognizer, text: str, span: str) -> None:
    assert span in _spans(ru, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Мешкав за адресою: вул. Т. Зоряного, 12, кв. 4.", "вул. Т. Зоряного, 12, кв. 4"),
        ("Потім переїхали: пров. Садовий, 3.", "пров. Садовий, 3"),
        ("Штаб на просп. Миру, буд. 7.", "просп. Миру, буд. 7"),
        ("Прощання біля будинку на вулиці Героїв Майдану, 17.", "вулиці Героїв Майдану, 17"),
        ("Живе на вулиці 40-річчя Перемоги, 9а.", "вулиці 40-річчя Перемоги, 9а"),
        ("Адреса: вул. Кедрова, 15-А, кв. 88.", "вул. Кедрова, 15-А, кв. 88"),
        ("Офіс на Соборному просп., 35.", "Соборному просп., 35"),
        ("Вулиця Зоряна, 5 — там його дім.", "Вулиця Зоряна, 5"),
        ("Живе на вул. Шевченка, буд. 5, кв. 3.", "вул. Шевченка, буд. 5, кв. 3"),
    ],
)
def test_uk_addresses(uk: StreetAddressRecognizer, text: str, span: str) -> None:
    assert span in _spans(uk, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Вышли на улицу, было темно.", "улицу"),
        ("Каждая улица была пустой.", "улица"),
        ("По проспекту шли машины.", "проспекту"),
        ("Смотри пер. с английского.", "пер"),
        ("Ш. Петров пришёл домой.", "Петров"),
    ],
)
def test_ru_not_addresses(ru: StreetAddressRecognizer, text: str, word: str) -> None:
    assert_not_found(text, ru.analyze(text, ["LOCATION"]), word)


def test_uk_memorial_alley_is_not_an_address(uk: StreetAddressRecognizer) -> None:
    text = "Учні поклали квіти біля Алеї Героїв."
    assert_not_found(text, uk.analyze(text, ["LOCATION"]), "Алеї")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He lived at ul. Lenina 5, kv. 12 before.", "ul. Lenina 5, kv. 12"),
        ("Then vul. T. Zoriana, 12 in the centre.", "vul. T. Zoriana, 12"),
        ("Address: pr-t 50-letiya Oktyabrya, 14-22.", "pr-t 50-letiya Oktyabrya, 14-22"),
        ("Send it to sh. Entuziastov 3.", "sh. Entuziastov 3"),
        ("Send it to all. Geroev 7.", "all. Geroev 7"),
        ("Send it to bul. Mira, 2, korp. 1, kv. 5.", "bul. Mira, 2, korp. 1, kv. 5"),
        ("She lives at Sadovaya ul., 5 now.", "Sadovaya ul., 5"),
        ("She lives at 12 Sadovaya Street, apt 4, with him.", "12 Sadovaya Street, apt 4"),
        ("Ulitsa Zorina, dom 22, kvartira 9 is the address.", "Ulitsa Zorina, dom 22, kvartira 9"),
        ("The flat on Pervomayskaya st. 14 burned.", "Pervomayskaya st. 14"),
        ("He was registered at 14 Lenina Street, apartment 7, in the town.", "14 Lenina Street, apartment 7"),
        ("she lives on Sadovaya St. near the school", "Sadovaya St."),
        ("bro im at 14 Sovetskaya, apt 33, come after six", "14 Sovetskaya, apt 33"),
        ("Write it down: ulitsa Mira 14-22, Kopeysk.", "ulitsa Mira 14-22"),
    ],
)
def test_latin_addresses(latin: StreetAddressRecognizer, text: str, span: str) -> None:
    assert span in _spans(latin, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Smith et al. Jones found the same.", "Jones"),
        ("Nothing happened on the street.", "street"),
        ("Wall Street fell again.", "Wall"),
        # a chat export's line: the sender and the message's time, not a street and its house
        ("Marina Sokolova 21:16\nmine called yesterday", "Sokolova"),
        ("Yulia Petrova 9:05 ok deleting", "Petrova"),
    ],
)
def test_latin_not_addresses(latin: StreetAddressRecognizer, text: str, word: str) -> None:
    assert_not_found(text, latin.analyze(text, ["LOCATION"]), word)


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # пр. = проспект: a weak abbreviation, an address once a house follows; house and flat as "17-43"
        ("ru", "Проживает по адресу: пр. Гагарина, 17-43.", "пр. Гагарина, 17-43"),
        ("ru", "Прописан — пр. Победы, 3, кв. 80, спросить соседку.", "пр. Победы, 3, кв. 80"),
        # garden and garage cooperatives with their plot, box or number
        ("ru", "Дача в СНТ «Берёзка», уч. 112, там и жил.", "СНТ «Берёзка», уч. 112"),
        ("ru", "Машину держал в ГСК «Мотор», бокс 17.", "ГСК «Мотор», бокс 17"),
        ("ru", "Жили в садовом товариществе «Яблонька», участок 5.", "садовом товариществе «Яблонька», участок 5"),
        ("uk", "Хата в садівничому товаристві «Калина», діл. 7.", "садівничому товаристві «Калина», діл. 7"),
        # districts named or numbered, then a quarter and a house in any order
        ("ru", "Адрес: мкрн. Заречный, 12, кв. 3.", "мкрн. Заречный, 12, кв. 3"),
        ("ru", "Жил в кв-ле Северном, д. 7.", "кв-ле Северном, д. 7"),
        ("uk", "Мешкав на ж/м Сонячний, буд. 8.", "ж/м Сонячний, буд. 8"),
        # a genitive name with a lowercase word, before a house
        ("ru", "Квартира на наб. реки Фонтанки, 40, кв. 2.", "наб. реки Фонтанки, 40, кв. 2"),
        ("uk", "Мешкала: просп. Незалежності, 14/2, кв. 56.", "просп. Незалежності, 14/2, кв. 56"),
        # Latin transliteration in every shape
        ("en", "He was registered at pr. Pobedy 12-40 in town.", "pr. Pobedy 12-40"),
        ("en", "of mkr. Severny, kv-l 4, d. 11, Dzerzhinsk", "mkr. Severny, kv-l 4, d. 11"),
        ("en", "the flat on naberezhnaya reki Moiki 12 was sold", "naberezhnaya reki Moiki 12"),
        ("en", "a summer house at SNT Rodnik, plot 14.", "SNT Rodnik, plot 14"),
        ("en", "his mother still lives on vulytsia Lisova, 9.", "vulytsia Lisova, 9"),
        ("en", "The wake is on provulok Tykhyi 3.", "provulok Tykhyi 3"),
        # the street type left out, as people say it: name and house after a preposition, a flat after it
        ("uk", "Передачі носіть до мене на Франка 17б, кв. 3, я вдома.", "Франка 17б, кв. 3"),
        ("ru", "Она теперь живёт по Садовой 22.", "Садовой 22"),
        ("en", "She moved to Sovetskaya, 12, apt 5 last year.", "Sovetskaya, 12, apt 5"),
        ("en", "Tell him to come round, we live at Kirova, 15!", "Kirova, 15"),
    ],
)
def test_address_shapes(lang: str, text: str, span: str) -> None:
    assert any(span in s for s in _spans(StreetAddressRecognizer(lang), text))


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("ru", "Книги, тетради и пр. Иванов всё унёс.", "Иванов"),  # пр. = прочее: no house, no address
        ("ru", "Статья 15 ГК РФ не об этом.", "РФ"),
        ("en", "Crowds filled Maidan Nezalezhnosti again.", "Nezalezhnosti"),  # a landmark, not an address
        ("uk", "Зустрілися на майдані, потім пішли додому.", "майдані"),
        # a capitalised noun and a count after "на" is no address; a given name and an age is no street
        ("ru", "На Пасху 5 человек приехали.", "Пасху"),
        ("uk", "Приїхали на Трійцю 12 родичів.", "Трійцю"),
        ("en", "Her children are Marina, 7, and Oleg, 9.", "Marina"),
        ("en", "Olga Petrova, 34.", "Petrova"),
        # a heading and the time of the next entry of a live blog
        ("ru", "Удары по Харькову\n\n02:14 — слышны взрывы.", "Харькову"),
    ],
)
def test_address_traps(lang: str, text: str, word: str) -> None:
    rec = StreetAddressRecognizer(lang)
    assert_not_found(text, rec.analyze(text, ["LOCATION"]), word)


def test_an_address_outranks_a_person_reading() -> None:
    """An address with a house number scores above every person recognizer: its surname-shaped name is a street."""
    text = "Адрес: ул. Винокурова, 31, кв. 7."
    (hit,) = [r for r in StreetAddressRecognizer("ru").analyze(text, ["LOCATION"]) if r.start == text.index("ул.")]
    assert hit.score > 0.9


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # court-register style: "дом № 5, квартира № 17", a house with a hyphenated letter
        (
            "ru",
            "проживающего по адресу: ул. Зорина, дом № 5, квартира № 17, ранее",
            "ул. Зорина, дом № 5, квартира № 17",
        ),
        # (the town before it joins the address line: session 8)
        ("ru", "по адресу: г. Кедрогорск, ул. Лесная, д. 24-а, жалобу", "г. Кедрогорск, ул. Лесная, д. 24-а"),
        # a name with an abbreviation in capitals, before a house
        ("uk", "Мешкав на вул. Героїв АТО, 15, кв. 2.", "вул. Героїв АТО, 15, кв. 2"),
    ],
)
def test_register_style_addresses(lang: str, text: str, span: str) -> None:
    assert any(span in s for s in _spans(StreetAddressRecognizer(lang), text))


def test_capitals_after_a_street_without_a_house_are_not_its_name() -> None:
    text = "На ул. Лесной ГАИ остановила машину."
    assert_not_found(text, StreetAddressRecognizer("ru").analyze(text, ["LOCATION"]), "ГАИ")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Latin abbreviations that are English words need a house number: "all." (алея), "per." (переулок), "pl."
        ("SOLDIER: Don't save it all. Buy Grandma Nina her heart pills.", "Buy"),
        ("Costs were counted per. Capita Group paid the rest.", "Capita"),
        ("See the notes in vol. 2, pl. Seven Bridges is a print.", "Seven"),
    ],
)
def test_english_word_abbreviations_need_a_house(text: str, word: str) -> None:
    assert_not_found(text, StreetAddressRecognizer("en").analyze(text, ["LOCATION"]), word)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He lived at all. Rozovaya 5, kv. 3 in Kherson.", "all. Rozovaya 5, kv. 3"),
        ("She lives on per. Sadovy 12.", "per. Sadovy 12"),
    ],
)
def test_english_word_abbreviations_with_a_house_are_addresses(text: str, span: str) -> None:
    assert span in _spans(StreetAddressRecognizer("en"), text)


_STREET = StreetAddressRecognizer("en")


_LOCATION = LocationPatternRecognizer("en")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The family lives at 14 Kozatska St in the old town.", "14 Kozatska St"),
        ("Police searched the flat at 3 Sadova St, apt 5, on Tuesday.", "3 Sadova St, apt 5"),
        ("Relatives gathered at 27 Myru Sq to say goodbye.", "27 Myru Sq"),
    ],
)
def test_bare_street_abbreviation(text: str, span: str) -> None:
    assert span in surfaces(_STREET, text, "LOCATION"), (text, surfaces(_STREET, text, "LOCATION"))


@pytest.mark.parametrize(
    "text",
    [
        "A service was held at St Michael's Cathedral in Kyiv.",  # "St" before a name is a saint
        "He flew from 5 Gatwick St Petersburg flights a week.",  # "St" before a capital: not a street
        "Meet me near Shevchenko St tomorrow.",  # no house number, no Russian-shaped name
    ],
)
def test_bare_street_traps(text: str) -> None:
    assert surfaces(_STREET, text, "LOCATION") == [], text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Parcels go to Pushkina 7-31, then on to the unit.", "Pushkina 7-31"),
        ("She still lives at Lesnaya 12/4.", "Lesnaya 12/4"),
    ],
)
def test_translit_street_with_house_and_flat(text: str, span: str) -> None:
    assert span in surfaces(_LOCATION, text, "LOCATION")


def test_street_shape_needs_the_flat() -> None:
    assert surfaces(_LOCATION, "Anna 12 was the youngest in the class.", "LOCATION") == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("SOLDIER: Go to his mum. On Sovetskaya, house 40, the green gate.", "Sovetskaya, house 40"),
        ("Tell her to bring it to Lesnaya, dom 3, kv. 7 before Friday.", "Lesnaya, dom 3, kv. 7"),
        ("(W): We moved to Zarechnaya house 12, near the school.", "Zarechnaya house 12"),
        ("the parcel goes to Kirovskaya, d. 5, flat 9", "Kirovskaya, d. 5, flat 9"),
    ],
)
def test_translated_addresses_with_a_house_word(text: str, surface: str) -> None:
    rec = StreetAddressRecognizer(supported_language="en")
    assert_found(text, rec.analyze(text, ["LOCATION"]), surface, "LOCATION")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Marina house 5 times bigger than ours.", "Marina house 5"),  # a given name
        ("Ivanova, house rules apply here.", "Ivanova, house"),  # no number
    ],
)
def test_not_translated_addresses(text: str, surface: str) -> None:
    rec = StreetAddressRecognizer(supported_language="en")
    assert_not_found(text, rec.analyze(text, ["LOCATION"]), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "— Тока адрес скинь заново, Заречная, 41, квартира 7, да?", "Заречная, 41, квартира 7"),
        ("ru", "— Записывай: Лесная, 4, кв. 9. Это у тёти.", "Лесная, 4, кв. 9"),
        ("uk", "— Пиши адресу: Вишнева, 12, кв. 30, там мама.", "Вишнева, 12, кв. 30"),
    ],
)
def test_street_house_flat(lang: str, text: str, surface: str) -> None:
    rec = StreetAddressRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["LOCATION"]), surface, "LOCATION")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Марина, 34, квартира своя, двое детей.", "Марина, 34"),  # a woman's age, no flat number
        ("ru", "Было 12, квартира 5 пустая.", "12, квартира 5"),  # no street name
    ],
)
def test_not_street_house_flat(lang: str, text: str, surface: str) -> None:
    rec = StreetAddressRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["LOCATION"]), surface)


@pytest.mark.parametrize("policy", ["strict", "withhold-identities"])
def test_address_on_a_public_named_street_is_withheld(policy: str) -> None:
    """A street named after a public thing ("Героев Украины") with a house number is someone's address."""
    text = "АГЕНТКА: Дома, на Героев Украины, 17. С балкона видно."
    start = text.index("Героев")
    end = text.index("17") + 2
    assert Screen(load_policy(policy).policy).entity(text, start, end, "LOCATION", "ru") == "LOCATION"


def test_public_names_run_together_still_kept() -> None:
    """Public names with no house number run together stay as written ("Президент Украины Владимир Зеленский")."""
    text = "Вчера Президент Украины Владимир Зеленский сказал."
    start = text.index("Президент")
    end = text.index(" сказал")
    assert Screen(load_policy("withhold-identities").policy).entity(text, start, end, "PERSON", "ru") is None


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Посылку оставили у дома 3 на проспекте Полевом.", "дома 3 на проспекте Полевом"),
        ("Сбор у дома 27 на улице Кедровой в девять утра.", "дома 27 на улице Кедровой"),
    ],
)
def test_an_address_with_the_house_first(text: str, address: str) -> None:
    assert address in surfaces(StreetAddressRecognizer(supported_language="ru"), text, "LOCATION")


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
    assert span in surfaces(StreetAddressRecognizer("ru"), text, "LOCATION")


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
    found = surfaces(StreetAddressRecognizer("ru"), text, "LOCATION")
    assert not any(x.startswith(("г.", "Калачинск")) for x in found)
    if span:
        assert span in found


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
    assert span in surfaces(StreetAddressRecognizer("ru"), text, "LOCATION")


def test_a_name_and_an_age_after_address_words_elsewhere_is_no_address() -> None:
    text = "Написал по адресу, который дал Сергей, 34 года, водитель."
    assert not surfaces(StreetAddressRecognizer("ru"), text, "LOCATION")


# --- Ukrainian: the settlement's type word inside an address line, the type word of a route outside ------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Прощання вдома (с. Вербівка, вул. Лісова, буд. 12).", "с. Вербівка, вул. Лісова, буд. 12"),
        ("Вдова проживає: с. Нові Кривці, вул. Садова, 4.", "с. Нові Кривці, вул. Садова, 4"),
        ("Адреса: с. Кам'янка-Бузька, вул. Шевченка, 17, кв. 2.", "с. Кам'янка-Бузька, вул. Шевченка, 17, кв. 2"),
        ("Адреса: м. Кедрогірськ, вул. Житомирська, 5, кв. 12.", "м. Кедрогірськ, вул. Житомирська, 5, кв. 12"),
        ("Зареєстрований: смт Кедрівка, вул. Полтавська, 7.", "смт Кедрівка, вул. Полтавська, 7"),
        ("Місце проживання: м. Кедрогорськ, вул. Лісна, д. 112, кв. 47", "м. Кедрогорськ, вул. Лісна, д. 112, кв. 47"),
    ],
)
def test_uk_address_line_keeps_its_settlement_type(uk: StreetAddressRecognizer, text: str, span: str) -> None:
    # Writers split here ("м. [Миргород], [вул. ...]" and "[м. Стерлітамак, вул. ...]"): the whole line withholds more.
    assert max(_spans(uk, text), key=len) == span


def test_ru_address_line_keeps_its_town_type(ru: StreetAddressRecognizer) -> None:
    text = "Проживает по адресу: г. Абакан, ул. Партизанская, д. 17, кв. 42."
    assert max(_spans(ru, text), key=len) == "г. Абакан, ул. Партизанская, д. 17, кв. 42"


@pytest.mark.parametrize(
    ("text", "span", "word"),
    [
        ("Кортеж рухатиметься вулицями Лісовою, Садовою до кладовища.", "Лісовою", "вулицями"),
        ("Траурна хода пройде вулицями Миру – Козацька до храму.", "Миру", "вулицями"),
        ("Зупинка біля перехрестя вулиць Пилипа Орлика та Луцької.", "Пилипа Орлика", "вулиць"),
        ("Колонна пройдёт улицами Ленина и Гагарина.", "Ленина", "улицами"),
    ],
)
def test_route_type_word_stays_outside(
    uk: StreetAddressRecognizer, ru: StreetAddressRecognizer, text: str, span: str, word: str
) -> None:
    rec = ru if "ё" in text else uk
    spans = _spans(rec, text)
    assert any(span in s for s in spans), spans
    assert_not_found(text, rec.analyze(text, ["LOCATION"]), word)


def test_one_street_keeps_its_type_word(uk: StreetAddressRecognizer) -> None:
    assert max(_spans(uk, "Зустріч біля будинку на вулиці Садовій, 14."), key=len) == "вулиці Садовій, 14"


def test_a_russian_address_in_a_ukrainian_record_stays_whole(uk: StreetAddressRecognizer) -> None:
    text = "Зареєстрований за адресою: г. Абакан, ул. Партизанская, д. 17, кв. 42."
    assert max(_spans(uk, text), key=len) == "г. Абакан, ул. Партизанская, д. 17, кв. 42"


# An address dictated in words, as a prisoner or a soldier gives it: a compound house number and a flat in words.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "— Где жили? — На Кленовой, сорок один, квартира двенадцать. Там мама.",
            "Кленовой, сорок один, квартира двенадцать",
        ),
        ("Адрес: Заречная, двадцать два, квартира семь.", "Заречная, двадцать два, квартира семь"),
        ("По адресу: Луговая, сто двенадцать.", "Луговая, сто двенадцать"),
        ("Живу на Кленовой, пятнадцать, там спросишь.", "Кленовой, пятнадцать"),
    ],
)
def test_ru_dictated_addresses(ru: StreetAddressRecognizer, text: str, span: str) -> None:
    assert span in _spans(ru, text)


@pytest.mark.parametrize("text", ["На Пасху, пять человек приехало.", "По Троице, два дня гуляли."])
def test_a_number_of_people_after_a_holiday_is_no_address(ru: StreetAddressRecognizer, text: str) -> None:
    assert not _spans(ru, text)


# --- address lines typed without spaces, villages with no streets, residential complexes ------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Проживал по адресу: г.Кедрогорск, ул.Лесная, д.2, кв.5.", "г.Кедрогорск, ул.Лесная, д.2, кв.5"),
        ("Зарегистрирован: ул.Садовая, д.14.", "ул.Садовая, д.14"),
        ("Проживал: пер.Школьный, 3.", "пер.Школьный, 3"),
        ("Проживал: Кедровский р-н, д. Кедровка, д. 12.", "д. Кедровка, д. 12"),
        ("Жил в д. Кедровка, дом 7, с матерью.", "д. Кедровка, дом 7"),
        ("Проживал в ЖК «Кедровый», д. 3, кв. 17.", "ЖК «Кедровый», д. 3, кв. 17"),
    ],
)
def test_ru_address_shapes(ru: StreetAddressRecognizer, text: str, span: str) -> None:
    assert max(_spans(ru, text), key=len) == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Мешкає: с. Кедрівка, буд. 5, кв. 2.", "с. Кедрівка, буд. 5, кв. 2"),
        ("Проживав у ЖК «Сонячний», буд. 3, кв. 17.", "ЖК «Сонячний», буд. 3, кв. 17"),
        ("Адреса: м.Кедрогірськ, вул.Лісова, 5.", "м.Кедрогірськ, вул.Лісова, 5"),
    ],
)
def test_uk_address_shapes(uk: StreetAddressRecognizer, text: str, span: str) -> None:
    assert max(_spans(uk, text), key=len) == span


@pytest.mark.parametrize(
    "text",
    [
        "Задержан в Москве, д. 5 по делу № 12 не рассматривали.",  # no settlement type before the house
        "Согласно ЖК РФ, жильё предоставляется.",  # the housing code, not a residential complex
        "См. ул.15 и далее.",  # a dotted abbreviation touches only a capitalised name
    ],
)
def test_ru_address_shapes_that_are_not(ru: StreetAddressRecognizer, text: str) -> None:
    assert not any(len(s) > 6 for s in _spans(ru, text)), _spans(ru, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Зареєстрований: вул. Кедрова, буд. 12-А, під'їзд 2, кв. 31.", "вул. Кедрова, буд. 12-А, під'їзд 2, кв. 31"),
        ("Жил в г. Кедрогорск, мкр. 3-й, д. 12, кв. 5.", "мкр. 3-й, д. 12, кв. 5"),
    ],
)
def test_an_entrance_and_a_numbered_district_stay_inside(text: str, span: str) -> None:
    lang = "uk" if "і" in text else "ru"
    assert any(span in s for s in _spans(StreetAddressRecognizer(lang), text))


@pytest.mark.parametrize(
    ("lang", "text", "streets"),
    [
        # a plural type word, then the route's streets: each its own span, the type word outside
        ("uk", "Кортеж проїде вулицями Соборною, Шевченка та Незалежності.", ["Соборною", "Шевченка", "Незалежності"]),
        ("uk", "Кортеж пройде вулицями Миру – Івана Кедрука до батьківського дому.", ["Миру", "Івана Кедрука"]),
        ("ru", "Кортеж проследует по улицам Советской, Гагарина и Мира.", ["Советской", "Гагарина", "Мира"]),
        # one type word, then a route dash by dash, a house after any street
        (
            "uk",
            "Маршрут до дому: вул. Лісова – Коцюбинського – Княгині Ольги – Польова, 21.",
            ["вул. Лісова", "Коцюбинського", "Княгині Ольги", "Польова, 21"],
        ),
        (
            "uk",
            "Траурна хода: вул. Кедрова, 21 — Прилісна — Соборності, 40, далі до храму.",
            ["Прилісна", "Соборності, 40"],
        ),
    ],
)
def test_a_funeral_route_withholds_every_street(lang: str, text: str, streets: list[str]) -> None:
    found = _spans(StreetAddressRecognizer(lang), text)
    assert all(s in found for s in streets), found


@pytest.mark.parametrize(
    ("lang", "text", "plain"),
    [
        ("uk", "Живе на вул. Шевченка — Олег Кедрук підтвердив.", "Олег"),  # a person speaks after the dash
        ("uk", "Він жив на вул. Садовій – це біля школи.", "школи"),
        ("ru", "По улицам Москвы и Петербурга прошли колонны.", "Петербурга"),  # a city's streets, no route
        ("uk", "Процесія пройшла вулицями села, де він виріс.", "села"),
    ],
)
def test_a_route_stops_at_a_person_a_clause_or_a_city(lang: str, text: str, plain: str) -> None:
    assert not any(plain in s for s in _spans(StreetAddressRecognizer(lang), text))


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # a street named alone with its house, in figures or words, where the sentence says someone lives there
        ("ru", "Из военкомата спрашивали адрес, я назвала — Заводская, 17.", "Заводская, 17"),
        ("ru", "Прописан он у бабушки, в Ельце, Песочная, тридцать один.", "Песочная, тридцать один"),
        ("ru", "Проживал в Брянске, Бежицкая, 4, квартира девять.", "Бежицкая, 4, квартира девять"),
        ("uk", "Мешкала в Лубнах, Монастирська, 12а, з дітьми.", "Монастирська, 12а"),
        ("uk", "Зареєстрований у Ромнах, Гоголя, сорок два.", "Гоголя, сорок два"),
    ],
)
def test_street_alone_with_its_house_after_a_home_word(lang: str, text: str, span: str) -> None:
    assert span in _spans(StreetAddressRecognizer(lang), text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Живёт с матерью, Марией, 62 года."),
        ("ru", "Живёт с женой, Светлана, 34, медсестра."),
        ("ru", "Он жил в Ростове, Ленинский район, 1990-е."),
        ("uk", "Живе в Києві, Оболонь, 5 років уже."),
        ("ru", "Я жил в Твери, Лена, 7 лет там."),
        ("ru", "Хоккей: Металлург, 3, Трактор, 2."),
    ],
)
def test_name_and_number_without_an_address(lang: str, text: str) -> None:
    assert _spans(StreetAddressRecognizer(lang), text) == []
