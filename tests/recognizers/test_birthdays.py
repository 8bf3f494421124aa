"""Dates of birth and birthdays (issue 15): birthday cues, life spans, list years; dates of death stay."""

from __future__ import annotations

import pytest

from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from redact.recognizers.phone import PhoneNumberRecognizer

ENTITY = "DATE_OF_BIRTH"


@pytest.fixture(scope="module")
def recs() -> dict[str, DateOfBirthRecognizer]:
    return {lang: DateOfBirthRecognizer(supported_language=lang) for lang in ("en", "ru", "uk")}


def _spans(rec: DateOfBirthRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [ENTITY]) if r.score >= 0.35]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "5 июня ему бы исполнилось 24 года.", "5 июня"),
        ("ru", "В день рождения, 2 февраля, мама получила похоронку.", "2 февраля"),
        ("uk", "12 серпня йому мало б виповнитися 30 років.", "12 серпня"),
        ("uk", "Він народився 9 травня, у день, коли вся родина збиралася разом.", "9 травня"),
        ("uk", "З днем народження, брате! 17 жовтня тобі 25.", "17 жовтня"),
        ("en", "His birthday was on 12 August; he would have been 30.", "12 August"),
        ("en", "He turned 23 on March 4, two weeks before the storm.", "March 4"),
        ("en", "My dad turned 52 on the 3rd! He is a sergeant.", "the 3rd"),
        ("ru", "Родился 17 ноября 1999 года в селе.", "17 ноября 1999 года"),
        ("ru", "Родился он 10 июня 1998 г. в Кедровке.", "10 июня 1998 г."),
        ("ru", "Родился 11.07.02, учился в школе.", "11.07.02"),
        ("uk", "— Як його звати? — Остап. Народився у 1990 році, як і я.", "1990 році"),
        ("en", "Rybina Z. S., 1958 g.r., naberezhnaya Sadovaya 9.", "1958 g.r."),
        ("uk", "Мельник Василь Петрович (1979–2022), с. Вербівка.", "1979"),
        (
            "uk",
            "ГРИЦЕНКО Степан Ігорович (20 січня 2001 р. – 13 квітня 2024 р.), народився в селі.",
            "20 січня 2001 р.",
        ),
        ("ru", "Чернов Олег Андреевич (2002 г.), с. Кедровка.", "2002 г."),
        ("uk", "1. Бойко Тарас Іванович, 1997, 36 ОБрМП, м. Бар.", "1997"),
        ("en", "Taken prisoner: Vasily Orlov, 1986, Kedrovka, enlistment office.", "1986"),
        (
            "uk",
            "— Дата народження? — Двадцять третього серпня дев'яносто восьмого. — Місце роботи?",
            "Двадцять третього серпня дев'яносто восьмого",
        ),
        ("en", "Q: Date of birth? A: Eleventh of July, 2002. Q: Where?", "Eleventh of July, 2002"),
        ("en", "I was born on the twelfth of March, eighty-eight.", "twelfth of March, eighty-eight"),
    ],
)
def test_finds_birth_dates(recs: dict[str, DateOfBirthRecognizer], lang: str, text: str, surface: str) -> None:
    start = text.index(surface)
    end = start + len(surface)
    found = [r for r in recs[lang].analyze(text, [ENTITY]) if r.score >= 0.35]
    assert any(r.start <= start and r.end >= end for r in found), _spans(recs[lang], text)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Родился 17 ноября 1999 года в селе, погиб 3 марта 2023 года.", "3 марта 2023"),
        ("ru", "Погиб 5 июня, за неделю до дня рождения.", "5 июня"),
        ("en", "On 3 May he died; his birthday was never celebrated.", "3 May"),
        ("uk", "Народився 3 березня 1991 р. у Полтаві, загинув 3 березня 2023 р.", "3 березня 2023"),
        ("uk", "Дата народження: 23.09.1998. Дата смерті: 14.02.2024.", "14.02.2024"),
        ("ru", "Родился 11.07.02, погиб 15.08.23.", "15.08.23"),
        ("en", "Druha svitova: the Second World War (1939–1945) ended.", "1939"),
        ("uk", "Друга світова війна (1939–1945) закінчилась.", "1939"),
        ("ru", "Цена 1994 рубля, 1994 год был тяжёлым, 5 июня праздник.", "5 июня"),
        ("en", "Kharkiv Oblast, 2022, was shelled daily.", "2022"),
        ("uk", "5 червня 2023 року відбулося свято, йому дали 10 діб.", "5 червня"),
    ],
)
def test_leaves_dates_of_death_and_events(
    recs: dict[str, DateOfBirthRecognizer], lang: str, text: str, surface: str
) -> None:
    start = text.index(surface)
    end = start + len(surface)
    found = [r for r in recs[lang].analyze(text, [ENTITY]) if r.score >= 0.35]
    assert not [r for r in found if r.start < end and r.end > start], _spans(recs[lang], text)


def test_a_life_span_is_not_a_phone_number() -> None:
    text = "ЛИТВИН Андрій Степанович (02.11.1988 – 19.07.2023), солдат."
    rec = PhoneNumberRecognizer(supported_language="uk")
    assert rec.analyze(text, ["PHONE_NUMBER"]) == []
