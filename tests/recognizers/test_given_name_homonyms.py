"""A given name that is also a town (Володимир) or stands after a settlement word ("староста села Богдан Кравець").

The Ukrainian dictionary tags Володимир and Богдан as plain nouns, so the gazetteer's town of Volodymyr won: the
name became a place ("До війни [населений пункт] працював") and, as a capitalised common noun, a call sign. A given
name as written is a person unless a place preposition or a home cue puts it in place position; a given name and a
surname after "села" are the village's headman, not the village. Every private name and village is invented.
"""

from __future__ import annotations

import pytest

from redact.documents import Document, Segment
from redact.pipeline import Redactor


def _doc(text: str) -> Document:
    return Document("t.txt", "txt", text, (Segment(0, len(text), "text"),))


def _types(redactor: Redactor, text: str, surface: str) -> list[str]:
    """Types of the spans that cover the first occurrence of ``surface``."""
    start = text.index(surface)
    end = start + len(surface)
    return [s.entity_type for s in redactor.find(_doc(text)).spans if s.start <= start and end <= s.end]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Володимир Дзюбенко жив у селі Ліщинці. До війни Володимир працював трактористом.", "Володимир працював"),
        ("Спочатку Богдан служив у тероборони, а потім перевівся до штурмового батальйону.", "Богдан"),
        ("Тоді Ярослав сказав матері, що повернеться навесні.", "Ярослав"),
    ],
)
def test_a_given_name_the_dictionary_reads_as_a_town_is_a_person(
    strict_redactor: Redactor, text: str, surface: str
) -> None:
    word = surface.split()[0]
    start = text.index(surface)
    spans = [s for s in strict_redactor.find(_doc(text)).spans if s.start <= start and start + len(word) <= s.end]
    assert [s.entity_type for s in spans] == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Про це повідомив староста села Богдан Кравчишин.", "Богдан Кравчишин"),
        ("Голова села Петро Мельничук висловив співчуття родині.", "Петро Мельничук"),
        ("Глава посёлка Иван Сидорчук пришёл на прощание.", "Иван Сидорчук"),
    ],
)
def test_a_name_and_surname_after_a_settlement_word_is_a_person(
    strict_redactor: Redactor, text: str, surface: str
) -> None:
    assert _types(strict_redactor, text, surface) == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Він родом з Володимира, там і похований.", "Володимира"),
        ("Жив у Володимирі на околиці.", "Володимирі"),
        ("Уродженка села Нова Ушиця поїхала до Хмельницького.", "Нова Ушиця"),
        ("Служив у селі Велика Олександрівка.", "Велика Олександрівка"),
    ],
)
def test_the_town_and_two_word_villages_stay_places(strict_redactor: Redactor, text: str, surface: str) -> None:
    assert _types(strict_redactor, text, surface) == ["LOCATION"]
