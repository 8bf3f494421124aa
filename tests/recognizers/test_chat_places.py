"""Home places as chats write them (issue #15): a town in lower case after a preposition of home or origin, and a
street named without its type, with the house number and the town after it, a home place after a man's name and a
home-town adjective; plain words the default policy keeps. Sentences are invented."""

from __future__ import annotations

import pytest

from redact.recognizers.ru_location import RuLocationRecognizer
from redact.recognizers.street_address import StreetAddressRecognizer
from tests.assertions import assert_found, assert_not_found, touched

ENTITY = "LOCATION"


@pytest.fixture(scope="module")
def places() -> RuLocationRecognizer:
    return RuLocationRecognizer("ru")


@pytest.fixture(scope="module")
def streets() -> StreetAddressRecognizer:
    return StreetAddressRecognizer("ru")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("оксана из новочеркасска: я тоже передам", "новочеркасска"),
        ("мы с саранска все тут, человек двадцать", "саранска"),
        ("мама в шадринске сидит ждёт", "шадринске"),
    ],
)
def test_lowercase_town(places: RuLocationRecognizer, text: str, surface: str) -> None:
    assert_found(text, places.analyze(text, [ENTITY]), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("в мире всё плохо", "мире"),
        ("в орле живут родители", "орле"),  # орёл is a bird before it is a town in lower case
        ("с надеждой ждём", "надеждой"),
        ("у вали в гостях были", "вали"),
        ("из дома не выхожу", "дома"),
        # a big city written in passing is most often no one's home, and public
        ("нас с новосибирска человек пять", "новосибирска"),
    ],
)
def test_lowercase_common_words_are_no_towns(places: RuLocationRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, places.analyze(text, [ENTITY]), surface)


def test_street_without_type_before_its_town(streets: StreetAddressRecognizer) -> None:
    text = "Вещи несите на Гагарина 27 в Шахтах, там примут."
    assert_found(text, streets.analyze(text, [ENTITY]), "Гагарина 27", ENTITY)


def test_feast_and_count_before_a_town_are_no_street(streets: StreetAddressRecognizer) -> None:
    text = "На Пасху 5 в Москву поедем всей семьёй."
    assert_not_found(text, streets.analyze(text, [ENTITY]), "Пасху 5")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("вырос в селе Хову-Аксы Чеди-Хольского кожууна", "Чеди-Хольского кожууна"),
        ("их призвали из Усть-Алданского улуса", "Усть-Алданского улуса"),
    ],
)
def test_hyphenated_districts(places: RuLocationRecognizer, text: str, surface: str) -> None:
    assert_found(text, places.analyze(text, [ENTITY]), surface, ENTITY)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Слухай, Ільдар з Азнакая поранений, лежить у Ростові.", "Азнакая"),
        ("ru", "он у нас щёкинский парень, все его знают", "щёкинский"),
    ],
)
def test_home_places(lang: str, text: str, surface: str) -> None:
    rec = RuLocationRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["LOCATION"]), surface, "LOCATION")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Дима с Работы пришёл поздно.", "Работы"),  # a common word, capitalised by mistake
        ("uk", "Сашка з Ромою пішли на склад.", "Ромою"),  # company kept, the instrumental
    ],
)
def test_not_home_places(lang: str, text: str, surface: str) -> None:
    rec = RuLocationRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["LOCATION"]), surface)


def test_pipeline_keeps_plain_words(redactor) -> None:  # noqa: ANN001 - the session Redactor
    """Through the default policy: a store answering "who", an animal opening a sentence and an anniversary stay."""
    text = "— Кто вас кормит?\n— «Магнит» рядом, там и берём. Кошка одна живёт."
    assert not touched(text, "Магнит", "ru", redactor)
    assert not touched(text, "Кошка", "ru", redactor)
    text = "She said the seventy-fifth anniversary parade starts at 10."
    assert not touched(text, "seventy-fifth", "en", redactor)
