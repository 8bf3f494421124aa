"""A unit number or a date of birth given as the answer to an interrogator's or interviewer's question.

- English questions and answers ("Year of birth? — 1994."), the year with the birthday after it or alone;
- Russian and Ukrainian: the unit number answering "Номер части?" after a false start, a unit number read aloud
  after a question with its verb;
- traps: a year or a count in the answer, a refusal, an answer to another question.

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from redact.recognizers.military_unit import MilitaryUnitRecognizer
from tests.assertions import surfaces

_DOB = DateOfBirthRecognizer("en")


_UNIT = MilitaryUnitRecognizer("en")


def _scored_spans(rec: object, text: str, entity: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [entity]) if r.score >= 0.35]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "span", "entity", "rec"),
    [
        ("— Year of birth? — 1997. — Where from?", "1997", "DATE_OF_BIRTH", _DOB),
        ("Q: Date of birth? A: 04.11.1993 Q: Region?", "04.11.1993", "DATE_OF_BIRTH", _DOB),
        ("— Your unit? — 31907, the 3rd company.", "31907", "MILITARY_UNIT", _UNIT),  # the question stays out
        ("Q: Which brigade? A: The fifty-third. Q: Commander?", "fifty-third", "MILITARY_UNIT", _UNIT),
    ],
)
def test_answers(text: str, span: str, entity: str, rec: object) -> None:
    assert span in surfaces(rec, text, entity), (text, surfaces(rec, text, entity))


@pytest.mark.parametrize(
    ("text", "entity", "rec"),
    [
        ("Was he born there? 2022 was the year he left.", "DATE_OF_BIRTH", _DOB),  # the year starts a clause
        ("Which unit? — 2022 was a hard year for it.", "MILITARY_UNIT", _UNIT),
        ("Which place did you take in the race? The third.", "MILITARY_UNIT", _UNIT),  # no unit word near
    ],
)
def test_answers_traps(text: str, entity: str, rec: object) -> None:
    assert surfaces(rec, text, entity) == [], (text, surfaces(rec, text, entity))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an interrogation's answer to "Year of birth?" going on with the birthday
        ("— Year of birth?\n— Two thousand and one, the fourth of March.", "Two thousand and one, the fourth of March"),
        ("Year of birth? — Ninety-six, May 4th. Where from?", "Ninety-six, May 4th"),
    ],
)
def test_year_of_birth_answer_with_birthday(text: str, surface: str) -> None:
    from redact.recognizers.date_of_birth import DateOfBirthRecognizer

    rec = DateOfBirthRecognizer(supported_language="en")
    assert surface in [text[r.start : r.end] for r in rec.analyze(text, ["DATE_OF_BIRTH"])]


def test_year_of_birth_answer_alone() -> None:
    from redact.recognizers.date_of_birth import DateOfBirthRecognizer

    text = "Year of birth? — Eighty-eight. Fourth of March we moved out."
    rec = DateOfBirthRecognizer(supported_language="en")
    assert [text[r.start : r.end] for r in rec.analyze(text, ["DATE_OF_BIRTH"])] == ["Eighty-eight"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("— Номер части помните?\n— Два-один-семь-ноль-пять... нет, 21750, да.\n— Позывной?", "21750"),
        ("— Номер части помните?\n— Два-один-семь-ноль-пять... нет, 21750, да.", "Два-один-семь-ноль-пять"),
        ("— Номер вашей части?\n— Пять-два-семь-один-один.", "Пять-два-семь-один-один"),
        ("— Номер части назовите.\n— 61899, под Кедровкой стояли.", "61899"),
        ("— Номер части знаешь?\n— Да, 43052, это под Кедровском.", "43052"),
    ],
)
def test_a_unit_number_answering_the_question(text: str, span: str) -> None:
    assert span in surfaces(MilitaryUnitRecognizer("ru"), text, "MILITARY_UNIT")


@pytest.mark.parametrize(
    "text",
    [
        "— Номер части?\n— Не помню, в 2022 году призвали.",
        "— Номер части?\n— Не знаю, 1500 человек там было.",
        "Номер части? Не помню, в 2022 году призвали.",
    ],
)
def test_a_year_or_a_count_in_the_answer_is_no_unit(text: str) -> None:
    assert surfaces(MilitaryUnitRecognizer("ru"), text, "MILITARY_UNIT") == []


@pytest.mark.parametrize(
    ("text", "lang", "spoken"),
    [
        ("— Номер частини знаєте? — Сорок два триста п'ятнадцять.", "uk", "Сорок два триста п'ятнадцять"),
        ("— Номер части помнишь? — Двадцать три шестьсот сорок.", "ru", "Двадцать три шестьсот сорок"),
    ],
)
def test_spoken_unit_number_after_a_question_verb(text: str, lang: str, spoken: str) -> None:
    assert spoken in _scored_spans(MilitaryUnitRecognizer(lang), text, "MILITARY_UNIT")


def test_a_refusal_after_the_question_is_no_number() -> None:
    text = "— Номер частини пам'ятаєте? — Ні, не пам'ятаю, десь два роки тому змінили."
    assert not _scored_spans(MilitaryUnitRecognizer("uk"), text, "MILITARY_UNIT")
