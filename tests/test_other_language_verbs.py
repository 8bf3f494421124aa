"""A verb or common word of the other Cyrillic language is no name: Ukrainian questions put to a Russian prisoner.

Ukrainian outlets publish interrogations in which the interviewer speaks Ukrainian and the prisoner Russian ("–
Представтеся." / "– Сомов Пётр Ильич ..."), and a paragraph of Russian speech is analysed as Russian: pymorphy3's
Russian guesser reads the unknown "Представтеся" as a woman's name. The type discipline drops a PERSON finding the
run's dictionary does not know and the other dictionary reads only as a verb (``redact.discipline``). Names are
invented.
"""

from __future__ import annotations

import pytest

from tests.assertions import touched


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("– Представтеся.\n– Сомов Пётр Ильич, восемьдесят девятого года, из Кирова.", "Представтеся", "ru"),
        ("КУРАТОР: Сфоткай и скинь в бот, деньги завтра переведём.", "Сфоткай", "ru"),
    ],
)
def test_a_verb_of_the_other_language_is_no_name(strict_redactor, text: str, word: str, language: str) -> None:
    assert not touched(text, word, language, strict_redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("– Представтеся.\n– Сомов Пётр Ильич, восемьдесят девятого года, из Кирова.", "Сомов", "ru"),
        ("МАТЬ: Сашка, ты где? Позвони Любе, она волнуется.", "Сашка", "ru"),
    ],
)
def test_names_beside_them_stay_names(strict_redactor, text: str, word: str, language: str) -> None:
    assert touched(text, word, language, strict_redactor)


# --- any common word of the other language, read by the wrong dictionary ------------------------------------------
# The same mixed passages carry Ukrainian frame lines, questions and headings inside a Russian run ("Мову оригіналу
# збережено", "– Військова частина?", "Група у Viber …") and Russian answers inside a Ukrainian one ("Улица …"):
# pymorphy3's guesser reads the unknown common word as a surname or a place (Мову: Surn, Група: Geox). A word the
# run's dictionary does not know and the other knows is read in the other (``redact.discipline.reading_language``).


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        (
            "ГУР оприлюднив ще одну розмову. Мову оригіналу збережено.\nСОЛДАТ: Короче, нас опять на штурм гонят.",
            "Мову",
            "ru",
        ),
        ("– Звідки родом?\n– С Ижевска я.\n– Військова частина?\n– Не помню номер, честно.", "Військова", "ru"),
        ("Група у Telegram «Жёны мобилизованных Кирова»\n\nЛюда: Девочки, кто что слышал про наших?", "Група", "ru"),
        ("– Скільки вас було?\n– Четверо. Бригада наша под Угледаром стояла, потом перевели.", "Бригада", "uk"),
    ],
)
def test_a_common_word_of_the_other_language_is_no_name(strict_redactor, text: str, word: str, language: str) -> None:
    assert not touched(text, word, language, strict_redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        # a Ukrainian surname inside a Russian run is still a surname, a street still a street
        ("– Прізвище командира?\n– Ковальчук, старший лейтенант. Позывной не знаю.", "Ковальчук", "ru"),
        ("– Де жили?\n– Из Чебоксар. Улица Хевешская, там с отцом жил.", "Хевешская", "uk"),
        ("Мати: Мирось, де ти? Подзвони, я хвилююсь.\nСОЛДАТ: Мам, всё нормально, не переживай.", "Мирось", "ru"),
    ],
)
def test_names_and_streets_in_mixed_passages_stay_withheld(
    strict_redactor, text: str, word: str, language: str
) -> None:
    assert touched(text, word, language, strict_redactor)
