"""Words that open a sentence and are no one's name, under `strict` (the plain words of `redact eval`).

A function word or an adverb opening a sentence ("Только не плачь", "Далі військовий розповідає"), however the
Ukrainian dictionary reads the Russian speech a Ukrainian post quotes; a sentence after an acronym's full stop
("Перехоплення ГУР. Розмова …"); a quoted utterance after a colon; an English month's abbreviation before a day or a
year ("Sept 17", "Aug. 10"); a possessive pronoun before a name ("Мой Егор"). A surname with two initials is a
person, not the village that shares it (a judge's surname is then kept as an official's: tests/test_officials.py).

Every sentence is invented; private names are invented, places are real.
"""

from __future__ import annotations

import pytest

from redact.discipline import location_verdict, person_verdict, role_before_name
from redact.evaluate import Ours
from tests.assertions import output_of


def _out(system: Ours, text: str, lang: str) -> str:
    return output_of(system, text, lang)


def _verdict(text: str, word: str, lang: str) -> str | None:
    i = text.index(word)
    return person_verdict(text, i, i + len(word), lang)


# --- a function word or an adverb opening a sentence --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "lang"),
    [
        # Russian speech in a Ukrainian post: the Ukrainian dictionary reads these as a name and a surname
        ("СИН: Мам, я на связи. Только не плачь, ладно?", "Только", "uk"),
        ("Окупант – матері: «Меня в разведку перевели, не звони»", "Меня", "uk"),
        ("Солдат: Не знаю. Потом перезвоню, связь плохая.", "Потом", "uk"),
        # an adverb the dictionary also has as a surname
        ("Він розповів, де служив.\nДалі військовий просить передати привіт матері.", "Далі", "uk"),
        ("Сказал, что жив. Тоже просил денег на карту.", "Тоже", "ru"),
    ],
)
def test_a_function_word_opening_a_sentence_is_no_name(text: str, word: str, lang: str) -> None:
    assert _verdict(text, word, lang) == "drop"


@pytest.mark.parametrize(
    ("text", "word", "lang"),
    [
        ("Позвонили из части. Слава не выходит на связь.", "Слава", "ru"),  # a given name, whatever noun it is
        ("Повідомили рідні. Коваль не виходить на зв'язок.", "Коваль", "uk"),  # a surname, no function word
        ("Сказали, что Далі не вернулся.", "Далі", "uk"),  # inside a sentence: the man
        ("Ждём. Только Зинченко.", "Зинченко", "ru"),
    ],
)
def test_a_name_opening_a_sentence_stays_a_name(text: str, word: str, lang: str) -> None:
    assert _verdict(text, word, lang) is None


def test_strict_leaves_the_russian_speech_and_withholds_the_son(strict: Ours) -> None:
    text = "Перехоплення, мову оригіналу збережено.\nМАТИ: Остапчику, ти де?\nСИН: Мам, всё нормально. Только не плачь."
    out = _out(strict, text, "uk")
    assert "Только не плачь" in out
    assert "Остапчику" not in out


# --- a sentence after an acronym's full stop ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "lang"),
    [
        ("Перехоплення ГУР. Розмова окупанта з матір'ю про обстріли.", "Розмова", "uk"),
        ("Запис оприлюднила СБУ. Мова оригіналу збережена.", "Мова", "uk"),
    ],
)
def test_a_common_word_after_an_acronyms_full_stop_opens_a_sentence(text: str, word: str, lang: str) -> None:
    assert _verdict(text, word, lang) == "drop"


def test_a_name_after_an_acronyms_full_stop_is_still_withheld(strict: Ours) -> None:
    out = _out(strict, "Про це повідомили в СБУ. Остап Гнатюк загинув під Куп'янськом.", "uk")
    assert "Гнатюк" not in out and "Остап" not in out
    assert "СБУ" in out


# --- an English month's abbreviation before a day or a year ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("KYIV, Sept 17 (Reuters) - Ukrainian drones struck a refinery overnight.", "Sept"),
        ("On Aug. 10, a drone hit a depot near the border.", "Aug"),
        ("He was mobilised Oct 2022 and sent to the front.", "Oct"),
        ("Dec 3: shelling again, the regional governor said.", "Dec"),
    ],
)
def test_a_month_abbreviation_before_a_number_is_no_name(text: str, word: str) -> None:
    assert _verdict(text, word, "en") == "drop"


def test_strict_leaves_a_dateline_month_and_withholds_the_soldier(strict: Ours) -> None:
    out = _out(strict, "KYIV, Sept 17 (Reuters) - Private Taras Hnatiuk, 31, was killed near Pokrovsk.", "en")
    assert "Sept 17" in out
    assert "Hnatiuk" not in out


def test_a_name_that_starts_like_a_month_is_still_a_name() -> None:
    text = "Octavian Brusnik, 24, was killed on 4 May."
    assert _verdict(text, "Octavian Brusnik", "en") is None


# --- a possessive pronoun before a name --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "finding", "name_start"),
    [
        ("Мой Егор с шестого числа молчит.", "ru", "Мой Егор", 4),
        ("Наша Оля вчера звонила из Ростова.", "ru", "Наша Оля", 5),
        ("Мій Андрій вже вдома.", "uk", "Мій Андрій", 4),
        ("Мойсеєнко Андрій Петрович, 1990 р.н.", "uk", "Мойсеєнко Андрій Петрович", 0),  # a surname, no pronoun
    ],
)
def test_a_possessive_pronoun_before_a_name_stays_in_the_text(
    text: str, lang: str, finding: str, name_start: int
) -> None:
    assert role_before_name(text, 0, len(finding), lang) == name_start


# --- a surname with two initials is a person; a judge or prosecutor acting in office is public --------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("суд в составе председательствующего Зуева А. Н., при секретаре", "Зуева"),
        ("с участием прокурора Шилова К.С., подсудимого", "Шилова"),
        ("Приговор подписал В. А. Зуев.", "Зуев"),
    ],
)
def test_a_surname_with_two_initials_is_a_person_not_a_village(text: str, word: str) -> None:
    i = text.index(word)
    assert location_verdict(text, i, i + len(word), "ru") == "PERSON"


@pytest.mark.parametrize("text", ["Похоронен в Шилово 5 мая.", "С. Петрівка, вул. Миру, 4."])
def test_a_village_without_initials_stays_a_place(text: str) -> None:
    word = "Шилово" if "Шилово" in text else "Петрівка"
    i = text.index(word)
    assert location_verdict(text, i, i + len(word), "ru") is None


# --- a parenthesised speaker label opens a line of dialogue -------------------------------------------------------


def test_a_common_word_after_a_parenthesised_speaker_label_is_no_name() -> None:
    text = "(W): What is it?\n(S): Coordinates. If I don't call by Friday, tell Mum."
    assert _verdict(text, "Coordinates", "en") == "drop"


def test_a_name_after_a_parenthesised_speaker_label_is_still_a_name() -> None:
    assert _verdict("(W): Who is there?\n(S): Kostya, the driver from Tver.", "Kostya", "en") is None
