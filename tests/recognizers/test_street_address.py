"""StreetAddressRecognizer: one address grammar, Cyrillic and Latin; a whole address is one LOCATION span (issue 15)."""

from __future__ import annotations

import pytest

from redact.recognizers.street_address import StreetAddressRecognizer
from tests.assertions import assert_not_found


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
    assert span in _spans(StreetAddressRecognizer(lang), text)


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
    assert span in _spans(StreetAddressRecognizer(lang), text)


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
