"""A line that opens with emoji opens a sentence: its capitalised first word is no evidence of a name or a place.

Hromada, school and brigade posts decorate their lines ("🕯 Громада схиляє голови", "⚡️СУМНА ЗВІСТКА", "💔 Сьогодні",
"🇺🇦 Слава Героям"), and a pictograph often ends a sentence in them ("Героєм 💔 У боях за ..."). Shared by the
Cyrillic name, place, address and municipal recognizers (``redact.recognizers.nlp.sentences``). Names and villages
are invented.
"""

from __future__ import annotations

import pytest

from redact.recognizers.nlp.sentences import sentence_initial
from redact.recognizers.ru_location import RuLocationRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def uk_place() -> RuLocationRecognizer:
    return RuLocationRecognizer("uk")


@pytest.mark.parametrize(
    ("text", "word", "initial"),
    [
        ("🕯 Громада схиляє голови", "Громада", True),
        ("⚡️СУМНА ЗВІСТКА", "СУМНА", True),
        ("🇺🇦 Слава Героям", "Слава", True),
        ("Пішов ще одним Героєм 💔 У боях за село", "У", True),
        ("Мамо 🙏 Громада чекає", "Громада", True),
        ("‼️ Увага", "Увага", True),
        ("— «Громада", "Громада", True),
        ("пам'ять\n🕯 Громада", "Громада", True),
        ("наш земляк Громада", "Громада", False),
        ("ліцей № 4 Громада", "Громада", False),
        ("загинув 5 Громада", "Громада", False),
    ],
)
def test_sentence_initial(text: str, word: str, initial: bool) -> None:
    assert sentence_initial(text, text.index(word)) is initial


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("🕯 Громада схиляє голови у скорботі.\nНа щиті повертається наш земляк.", "Громада"),
        ("💔 Громада прощається з Героєм.", "Громада"),
        ("Вічна пам'ять Герою 🙏 Громада висловлює співчуття рідним.", "Громада"),
    ],
)
def test_common_word_after_emoji_is_no_place(uk_place: RuLocationRecognizer, text: str, word: str) -> None:
    assert_not_found(text, uk_place.analyze(text, ["LOCATION"]), word)


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("🕯 Прощання з Героєм відбудеться у с. Дубівка Чернелицької громади.", "Дубівка", "LOCATION"),
        ("⚡️ Повертається додому на щиті наш земляк із Дубівки.", "Дубівки", "LOCATION"),
    ],
)
def test_places_after_emoji_still_found(uk_place: RuLocationRecognizer, text: str, surface: str, entity: str) -> None:
    assert_found(text, uk_place.analyze(text, ["LOCATION"]), surface, entity)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("🕯 Іван Петрович Гайдучок загинув 3 травня під Часовим Яром.", "Іван Петрович Гайдучок"),
        ("💔 Солдат Остап Мельничук назавжди залишиться в наших серцях.", "Остап Мельничук"),
        ("Вічна пам'ять 🙏 Тарас Гнатюк захищав Україну з 2022 року.", "Тарас Гнатюк"),
    ],
)
def test_names_after_emoji_still_found(uk_person: RuPersonRecognizer, text: str, surface: str) -> None:
    assert_found(text, uk_person.analyze(text, ["PERSON"]), surface, "PERSON")
