"""A generalised date of birth reads in its sentence under withhold-identities, whatever form the date had (issue
15): a year with a case ending, a date read aloud, a feast, a season, a list marker, a birthday with no year.
Findings are marked by hand ({DATE_OF_BIRTH|...}); what is tested is the rendering. Every name is invented."""

from __future__ import annotations

import pytest

from redact.anonymize import Anonymizer
from redact.generalize import generalize
from tests.assertions import unmark
from tests.test_fit import _render


@pytest.fixture(scope="module")
def anon() -> Anonymizer:
    from redact.policy import load_policy

    return Anonymizer(load_policy("withhold-identities").policy)


@pytest.mark.parametrize(
    ("marked", "lang", "expected"),
    [
        ("Родился в {DATE_OF_BIRTH|1996-м}.", "ru", "Родился в 1996 году."),
        ("Народився у {DATE_OF_BIRTH|1995-му}.", "uk", "Народився у 1995 році."),
        ("Родилась она {DATE_OF_BIRTH|седьмого января восемьдесят шестого}.", "ru", "Родилась она в 1986 году."),
        (
            "— Назовитесь. — Тарасов, {DATE_OF_BIRTH|семьдесят девятого}, Омск.",
            "ru",
            "— Назовитесь. — Тарасов, 1979, Омск.",
        ),
        ("Лысенко, {DATE_OF_BIRTH|девяносто пятого года рождения}.", "ru", "Лысенко, 1995 года рождения."),
        ("Народився на {DATE_OF_BIRTH|Покрову, 14 жовтня 1992 року}.", "uk", "Народився у 1992 році."),
        ("Родилась в ночь на {DATE_OF_BIRTH|1 января 1984 года}.", "ru", "Родилась в 1984 году."),
        ("Народилася {DATE_OF_BIRTH|восени 1999-го}.", "uk", "Народилася в 1999 році."),
        ("Брату {DATE_OF_BIRTH|седьмого мая} исполнилось тридцать.", "ru", "Брату [дата скрыта] исполнилось тридцать."),
        ("Йому {DATE_OF_BIRTH|2 грудня} виповнилося сорок.", "uk", "Йому [дату приховано] виповнилося сорок."),
        ("Родился {DATE_OF_BIRTH|13-го сентября}.", "ru", "Родился [дата скрыта]."),
        ("Сам он родился в {DATE_OF_BIRTH|96-м}.", "ru", "Сам он родился в 1996 году."),
        ("Он родился в {DATE_OF_BIRTH|девяносто шестом году}.", "ru", "Он родился в 1996 году."),
        ("{DATE_OF_BIRTH|14 марта 1992 года} родилась Анна.", "ru", "В 1992 году родилась Анна."),
        ("Так було. {DATE_OF_BIRTH|3 травня 1990 року} народився син.", "uk", "Так було. У 1990 році народився син."),
        ("He was born in {DATE_OF_BIRTH|nineteen ninety-six}.", "en", "He was born in 1996."),
        ("Он родился в {DATE_OF_BIRTH|марте 1996 года} в Омске.", "ru", "Он родился в 1996 году в Омске."),
        (
            "Гонта Семен, н. {DATE_OF_BIRTH|1982}, Бобровицька громада",
            "uk",
            "Гонта Семен, н. 1982, Бобровицька громада",
        ),
        ("She was born in the {DATE_OF_BIRTH|winter of 1979}.", "en", "She was born in 1979."),
        ("He was born on {DATE_OF_BIRTH|Easter Sunday 1989}.", "en", "He was born in 1989."),
        # the compact marker inside the finding is written back
        (
            "Sosnin Pavel, {DATE_OF_BIRTH|born 14.11.1994}, contract soldier.",
            "en",
            "Sosnin Pavel, born in 1994, contract soldier.",
        ),
        (
            "Meet Oleg Lipin, {DATE_OF_BIRTH|DOB 09.02.1984}, from Kedrovsk.",
            "en",
            "Meet Oleg Lipin, DOB 1984, from Kedrovsk.",
        ),
        ("Lipin, {DATE_OF_BIRTH|born the ninth of March}.", "en", "Lipin, born [date withheld]."),
        (
            "He would have turned 33 on the {DATE_OF_BIRTH|fourteenth of July}.",
            "en",
            "He would have turned 33 on [date withheld].",
        ),
        (
            "Hryhorenko Vasyl, b. {DATE_OF_BIRTH|'94}, Kupiansk district.",
            "en",
            "Hryhorenko Vasyl, b. 1994, Kupiansk district.",
        ),
    ],
)
def test_renders(anon: Anonymizer, marked: str, lang: str, expected: str) -> None:
    text, spans = unmark(marked)
    assert _render(anon, text, spans, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("четырнадцатого марта девяносто второго", "ru", "1992"),
        ("двухтысячного", "ru", "2000"),
        ("дві тисячі третього", "uk", "2003"),
        ("nineteen eighty-four", "en", "1984"),
        ("11.07.02", "ru", "2002"),
        ("'88", "en", "1988"),
        ("13 сентября", "ru", "[дата скрыта]"),
        ("двадцять шостого лютого", "uk", "[дату приховано]"),
        ("twenty-second", "en", "[date withheld]"),
    ],
)
def test_year_of_a_date(text: str, lang: str, year: str) -> None:
    assert generalize("DATE_OF_BIRTH", text, lang) == year
