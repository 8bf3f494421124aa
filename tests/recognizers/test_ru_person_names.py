"""Russian person names in list lines and notices, and the words beside them that are no names.

- a list line opening with a surname the dictionary knows as a word, a given name's -ka form before a surname, a
  place-shaped surname opening a full name, a list of surnames;
- traps: a rank before a given name in a list line, a town after its preposition (outside the full name), a Muslim
  funeral notice's rite words, place adjectives of courts sharing one plural office noun.

Every name and small place here is made up.
"""

from __future__ import annotations

import pytest

from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from tests.assertions import surfaces


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Список раненых:\n1) Долгих Семён, 29 лет, Сосновоборск;\n2) ...", "Долгих Семён"),
        ("• Рыжих Надежда, 1983 г.р., медсестра", "Рыжих Надежда"),
    ],
)
def test_a_list_line_opens_with_the_surname(text: str, name: str) -> None:
    assert name in surfaces(RuPersonRecognizer(supported_language="ru"), text, "PERSON")


def test_a_rank_before_a_given_name_in_a_list_line_stays() -> None:
    text = "Погибли:\n— Ефрейтор Семён, 29 лет;\n— Младший Пётр, 40 лет"
    found = surfaces(RuPersonRecognizer(supported_language="ru"), text, "PERSON")
    assert not any("Ефрейтор" in f or "Младший" in f for f in found)


def test_a_given_names_ka_form_before_a_surname() -> None:
    text = "На видео он зовёт Гришку Левашова и ещё двоих."
    assert "Гришку Левашова" in surfaces(RuPersonRecognizer(supported_language="ru"), text, "PERSON")


def test_a_place_shaped_surname_opening_a_full_name() -> None:
    text = "Ольшанск Тимофей Ильич (03.02.1990 – 11.11.2023), младший сержант."
    found = surfaces(RuPersonRecognizer(supported_language="ru"), text, "PERSON")
    assert any(f.startswith("Ольшанск Тимофей") for f in found), found


def test_a_town_after_its_preposition_stays_out_of_the_full_name() -> None:
    text = "Из Кедровска Тимофей Ильич приехал к матери."
    found = surfaces(RuPersonRecognizer(supported_language="ru"), text, "PERSON")
    assert not any("Кедровска" in f for f in found), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Джаназа-намаз состоится сегодня после зухра в мечети села.", "Джаназа"),
        ("Джаназа-намаз состоится сегодня после зухра в мечети села.", "зухра"),
        ("Джаназа пройдёт после аср у дома отца.", "Джаназа"),
        ("Инна лилляхи ва инна иляйхи раджиун! Сообщаем о гибели земляка.", "инна"),
    ],
)
def test_funeral_rite_words_are_not_names(text: str, word: str) -> None:
    assert not any(word in x for x in surfaces(RuPersonRecognizer("ru"), text, "PERSON"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("После Зухры выступила её сестра.", "Зухры"),
        ("Соболезнования принимает Инна Петровна, мать погибшего.", "Инна Петровна"),
        ("Джаназа-намаз прочитал имам Магомед Алиев.", "Магомед Алиев"),
    ],
)
def test_names_beside_rite_words_stay_names(text: str, name: str) -> None:
    assert name in surfaces(RuPersonRecognizer("ru"), text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Дела рассматривались Екатеринбургским, Оренбургским и Казанским гарнизонными военными судами.",
        "Приговоры вынесли Новосибирским и Барнаульским районными судами.",
    ],
)
def test_place_adjectives_of_courts_in_a_list_are_not_people(text: str) -> None:
    people = surfaces(RuPersonRecognizer("ru"), text, "PERSON")
    call_signs = surfaces(RuCallSignRecognizer("ru"), text, "CALL_SIGN")
    assert not people and not call_signs, (people, call_signs)


def test_a_list_of_surnames_stays_a_list_of_people() -> None:
    text = "Сослуживцы Мухаметов, Луговой и Сосновский вернулись домой."
    assert len(surfaces(RuPersonRecognizer("ru"), text, "PERSON")) == 3
