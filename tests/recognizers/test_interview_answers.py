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


@pytest.mark.parametrize(
    ("lang", "text", "spans"),
    [
        # a transcript puts the answer on the line after the question
        ("ru", "— Год рождения?\n— 1993.\n— Откуда?", ["1993"]),
        ("uk", "— Дата народження?\n— 14.09.1989.", ["14.09.1989"]),
        ("en", "Q: Year of birth?\nA: 2001\nQ: Unit?", ["2001"]),
        # the year said, then the birthday
        (
            "ru",
            "— Год рождения?\n— Девяносто четвёртый, двадцать первое июня.",
            ["Девяносто четвёртый, двадцать первое июня"],
        ),
        # the name first when the question asks for both
        ("en", "— Surname, date of birth?\n— Lisitsyn Oleg Pavlovich, eighty-nine.", ["eighty-nine"]),
        ("ru", "— ФИО, год рождения?\n— Гусев Артём Ильич, девяносто шестого.", ["девяносто шестого"]),
        # a speaker who corrects the year: both are dates of birth
        ("en", "— Year of birth?\n— Ninety-four... no, ninety-five. Sorry.", ["Ninety-four", "ninety-five"]),
        ("en", "— Name, date of birth?\n— Rudakov Ilya, ninety-one... I mean 1992.", ["ninety-one", "1992"]),
        (
            "ru",
            "— Дата рождения?\n— Восемьдесят пятый… третье мая восемьдесят пятого.",
            ["третье мая восемьдесят пятого"],
        ),
        ("uk", "— Рік народження?\n— 1990, ні, 1991-й.", ["1990", "1991-й"]),
    ],
)
def test_a_birth_answered_on_the_next_line(lang: str, text: str, spans: list[str]) -> None:
    found = surfaces(DateOfBirthRecognizer(lang), text, "DATE_OF_BIRTH")
    assert all(s in found for s in spans), (text, found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "— Год рождения?\n— Не скажу.\n— В 2022 году где были?"),
        ("ru", "— Дата рождения?\n— Зачем вам? Мне 30 лет, в 2022 году мобилизовали."),
        ("en", "— Name, year of birth?\n— Petrov Ivan, I don't remember, 2022 they called me up."),
        # a correction word with no date after it, and a date after "no" that is no correction
        ("ru", "Родился в 1990, нет у него никого, в 2014 уехал."),
        ("en", "— Where were you in 2022?\n— Kupiansk, no, 2023 it was."),
    ],
)
def test_what_is_no_birth_in_an_answer(lang: str, text: str) -> None:
    found = surfaces(DateOfBirthRecognizer(lang), text, "DATE_OF_BIRTH")
    assert not any(y in f for f in found for y in ("2022", "2023", "2014")), (text, found)
