"""StreetAddressRecognizer / LatinStreetAddressRecognizer: a whole address is one LOCATION span (issue 15)."""

from __future__ import annotations

import pytest

from redact.recognizers.street_address import StreetAddressRecognizer
from redact.recognizers.street_address_en import LatinStreetAddressRecognizer
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
def latin() -> LatinStreetAddressRecognizer:
    return LatinStreetAddressRecognizer("en")


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
    ],
)
def test_latin_addresses(latin: LatinStreetAddressRecognizer, text: str, span: str) -> None:
    assert span in _spans(latin, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Smith et al. Jones found the same.", "Jones"),
        ("Nothing happened on the street.", "street"),
        ("Wall Street fell again.", "Wall"),
    ],
)
def test_latin_not_addresses(latin: LatinStreetAddressRecognizer, text: str, word: str) -> None:
    assert_not_found(text, latin.analyze(text, ["LOCATION"]), word)
