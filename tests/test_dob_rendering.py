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
            "Meet Oleg Lipin, born in 1984, from Kedrovsk.",
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


# An English date of birth's span holds its compact marker ("born 1996", "b. 1990", "DOB 11.06.1985"; RECORDS.md):
# the replacement writes the marker back, so no policy leaves "He was 1996 in Omsk." or "Petrov, 1999,".
MARKED = [
    "He was {DATE_OF_BIRTH|born 1996} in Omsk.",
    "Sapper Gleb Tarkov ({DATE_OF_BIRTH|b. 1990}) was wounded.",
    "Detained: Rudakov Ilya, {DATE_OF_BIRTH|DOB 11.06.1985}, a driver.",
    "{DATE_OF_BIRTH|Born 12 May 1991} in Tula, he signed a contract.",
    "Kuzin Artem, {DATE_OF_BIRTH|D.O.B. 2001}, rifleman.",
    "Her brother, {DATE_OF_BIRTH|born mid-1990s}, stayed home.",
    "The medic, {DATE_OF_BIRTH|born 1 September}, was 28.",
]


@pytest.fixture(scope="module")
def strict_anon() -> Anonymizer:
    from redact.policy import load_policy

    return Anonymizer(load_policy("strict").policy)


@pytest.mark.parametrize(
    ("marked", "expected"),
    list(
        zip(
            MARKED,
            [
                "He was born in 1996 in Omsk.",
                "Sapper Gleb Tarkov (b. 1990) was wounded.",
                "Detained: Rudakov Ilya, born in 1985, a driver.",
                "Born in 1991 in Tula, he signed a contract.",
                "Kuzin Artem, born in 2001, rifleman.",
                "Her brother, born in the 1990s, stayed home.",
                "The medic, born [date withheld], was 28.",
            ],
            strict=True,
        )
    ),
)
def test_marker_reads_under_the_default(anon: Anonymizer, marked: str, expected: str) -> None:
    text, spans = unmark(marked)
    # only the date is marked: the names and places around it stay as written
    assert _render(anon, text, spans, "en") == expected


@pytest.mark.parametrize(
    ("marked", "expected"),
    list(
        zip(
            MARKED,
            [
                "He was born <DATE_OF_BIRTH> in Omsk.",
                "Sapper Gleb Tarkov (b. <DATE_OF_BIRTH>) was wounded.",
                "Detained: Rudakov Ilya, DOB <DATE_OF_BIRTH>, a driver.",
                "Born <DATE_OF_BIRTH> in Tula, he signed a contract.",
                "Kuzin Artem, D.O.B. <DATE_OF_BIRTH>, rifleman.",
                "Her brother, born <DATE_OF_BIRTH>, stayed home.",
                "The medic, born <DATE_OF_BIRTH>, was 28.",
            ],
            strict=True,
        )
    ),
)
def test_marker_reads_under_strict(strict_anon: Anonymizer, marked: str, expected: str) -> None:
    text, spans = unmark(marked)
    assert _render(strict_anon, text, spans, "en") == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("He was born 1996 in Omsk.", "born 1996", "He was born <DATE_OF_BIRTH> in <LOCATION>."),
        ("Petrov (b. 1990) drove a truck.", "b. 1990", "<PERSON> (b. <DATE_OF_BIRTH>) drove a truck."),
        (
            "Volkov Denis, DOB 11.06.1985, was detained.",
            "DOB 11.06.1985",
            "<PERSON>, DOB <DATE_OF_BIRTH>, was detained.",
        ),
        # a preposition stays outside: the date alone
        ("He was born in 1993 in Perm.", "1993", "He was born in <DATE_OF_BIRTH> in <LOCATION>."),
        ("She was born on May 3, 1991.", "May 3, 1991", "She was born on <DATE_OF_BIRTH>."),
    ],
)
def test_marker_through_the_strict_pipeline(strict_redactor, text: str, span: str, expected: str) -> None:  # noqa: ANN001
    from redact.documents import Document, Segment

    doc = Document(path="x.txt", format="txt", text=text, segments=(Segment(0, len(text), "line 1"),))
    red = strict_redactor.redact(doc, None)
    dobs = [text[r.span.start : r.span.end] for r in red.replacements if r.span.entity_type == "DATE_OF_BIRTH"]
    assert dobs == [span]
    assert red.output.decode() == expected
