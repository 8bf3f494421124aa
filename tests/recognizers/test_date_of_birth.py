"""DateOfBirthRecognizer: a date or year is a birth date only with a birth cue."""

from __future__ import annotations

import pytest
import regex

from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from tests.assertions import assert_found, assert_not_found

ENTITY = "DATE_OF_BIRTH"


@pytest.fixture(scope="module")
def rec() -> DateOfBirthRecognizer:
    return DateOfBirthRecognizer(supported_language="ru")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Born 14.03.1999, military unit 13579, Pskov Oblast.", "14.03.1999"),
        ("he's 27, born in 1997 in Gusinoozersk", "1997"),
        ("Born 17 April 1992 in Achinsk.", "17 April 1992"),
        ("DOB: 1999-03-14", "1999-03-14"),
        ("Паспорт 45 12 345678, 1999 г.р.", "1999 г.р."),
        ("Андрей Лапин, 1994 года рождения, уроженец села", "1994 года рождения"),
        ("он 99-го года рождения", "99-го года рождения"),
        ("Игорь Смирнов, 14.03.1988 года рождения, в/ч 12128", "14.03.1988 года рождения"),
        ("Я родился 7 ноября 1998-го, если вдруг спросят.", "7 ноября 1998-го"),
        ("родился 14 марта 1999 в Кяхте", "14 марта 1999"),
        ("— Год рождения? — Девяносто девятый.", "Девяносто девятый"),
        ("Олег Ткачук, народився 3 травня 1997 року, з Полонного", "3 травня 1997 року"),
        ("окупант Сорокін, 1996 р.н., уродженець села", "1996 р.н."),
        ("Петренко Олег, 12.08.1991 р.н., 93-тя ОМБр", "12.08.1991 р.н."),
        ("Смирнов Игорь Валерьевич, 14.03.1988, пропал", "14.03.1988"),
        ("Он родился в 1999 году в Кяхте.", "1999 году"),
        ("he was born on the 14th of March 1999.", "14th of March 1999"),
        ("He gave his date of birth as 3 February 1994.", "3 February 1994"),
        # a day and month right after a birthday greeting, past its exclamation mark
        ("Мама: С днём рождения, сынок! Третьего марта, как сейчас помню.", "Третьего марта"),
        ("з днем народження, Олю. 14 лютого ти в нас з'явилась", "14 лютого"),
        ("Happy birthday, Kolya! The 9th of June, 2001, was a cold day.", "9th of June, 2001"),
    ],
)
def test_finds(rec: DateOfBirthRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, [ENTITY]), surface, ENTITY)


def test_cue_outside_span(rec: DateOfBirthRecognizer) -> None:
    text = "born in 1999"
    assert [text[r.start : r.end] for r in rec.analyze(text, [ENTITY])] == ["1999"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("We met on 14.03.2023 near the river.", "14.03.2023"),
        ("in 1999 I was at school", "1999"),
        ("пропал под Работино 23.06, связи нет", "23.06"),
        ("контракт до 2025 года, 195 тысяч", "2025"),
        ("On the 5th of May 2024 they came.", "5th of May 2024"),
        ("З днем народження привітали ще вчора. Двадцятого березня почався обстріл", "Двадцятого березня"),
    ],
)
def test_ignores(rec: DateOfBirthRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Перелік (н. 12.04.1979) та інші.", "12.04.1979"),
        ("Гнатюк Ірина — н.1990, смт Липове.", "1990"),
        ("Пивоваров, 1994 г.р., из Омска.", "1994 г.р."),
    ],
)
def test_cyrillic_marker_stays_outside_span(rec: DateOfBirthRecognizer, text: str, surface: str) -> None:
    # The Cyrillic "н." before a date is a cue left to read ("н. <DATE_OF_BIRTH>"); a tail after it ("1984 г.р.")
    # is inside.
    found = [text[r.start : r.end] for r in rec.analyze(text, [ENTITY])]
    assert found == [surface]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Kedrov Ilgiz Rafailovich, born 03.11.1993, native of a village near Sibay.", "born 03.11.1993"),
        ("the soldier is Pavel Sosnin, born 1989, of the 2nd company", "born 1989"),
        ("Meet Oleg Lipin, DOB 21.05.1986, from a town on the Volga.", "DOB 21.05.1986"),
        ("Born 1988 in a village, he signed a contract in 2023.", "Born 1988"),
        # a preposition or a colon between: the marker stays out, as before
        ("He was born in 1995 in Kedrovsk.", "1995"),
        ("He was born on 3 May 1990.", "3 May 1990"),
        ("Petrov (DOB: 1991-08-14) was listed.", "1991-08-14"),
    ],
)
def test_compact_marker_directly_before_the_date_is_inside(rec: DateOfBirthRecognizer, text: str, surface: str) -> None:
    # the corpus convention: "[born 1994]", "[DOB 17.02.2000]", but "born on [...]", "born in [...]"
    found = [text[r.start : r.end] for r in rec.analyze(text, [ENTITY])]
    assert found == [surface]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Listed: Moroz Taras Ivanovych, b. 1991, Kaniv hromada.", "b. 1991"),
        ("Semen Drach (b. 2 May 1987) taught at the lyceum.", "b. 2 May 1987"),
        ("Zhuk Illia; b.'03; Nizhyn.", "b.'03"),
        ("The gunner, born 1998 in Chita, was captured.", "born 1998"),
        ("Born 3 March 1989 in Ufa, he signed up in 2023.", "Born 3 March 1989"),
        ("Detainee: Gusev Oleg, DOB 21.09.1987, Pskov.", "DOB 21.09.1987"),
        ("Lapin, d.o.b. 1979-04-02, a driver.", "d.o.b. 1979-04-02"),
        ("Kim, D.O.B. 2001, rifleman.", "D.O.B. 2001"),
        # A preposition or a field label's colon ends the marker: the date alone.
        ("He was born in 1993 near Tver.", "1993"),
        ("She was born on May 3, 1991, in Kazan.", "May 3, 1991"),
        ("Born: 14.02.1996", "14.02.1996"),
        ("DOB: 1999-03-14", "1999-03-14"),
        ("date of birth 12.01.1990", "12.01.1990"),
    ],
)
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_english_marker_inside_span(text: str, surface: str, lang: str) -> None:
    # RECORDS.md: "DATE_OF_BIRTH: the whole date with its marker"; the renderer writes the marker back.
    rec = DateOfBirthRecognizer(supported_language=lang)
    found = [text[r.start : r.end] for r in rec.analyze(text, [ENTITY])]
    assert found == [surface]


@pytest.mark.parametrize(
    "text",
    ["The newborn 1996 cohort was small.", "Plan b. 2000 was dropped.", "Firstborn, 1990s"],
)
def test_marker_is_a_word_of_its_own(text: str) -> None:
    rec = DateOfBirthRecognizer(supported_language="en")
    assert not [r for r in rec.analyze(text, [ENTITY]) if regex.match(r"(?i)b", text[r.start : r.end])]


def test_abbreviated_marker_needs_a_list_position(rec: DateOfBirthRecognizer) -> None:
    text = "Appendix b. 1990s budgets were tight."
    assert not [r for r in rec.analyze(text, [ENTITY]) if text[r.start : r.end].startswith("b.")]


def _span(lang: str, text: str, surface: str) -> bool:
    i = text.index(surface)
    found = DateOfBirthRecognizer(supported_language=lang).analyze(text, ["DATE_OF_BIRTH"])
    return any(r.start == i and r.end == i + len(surface) for r in found)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # "the" before a day said as an ordinal is the date's own when no preposition governs it
        ("en", "Her birthday is soon, the fourth of June, and he promised to call.", "the fourth of June"),
        ("en", "His birthday: the 2nd of April. He turned 30.", "the 2nd of April"),
        ("en", "He would have turned 40 on the twelfth of May.", "twelfth of May"),
        # the Ukrainian "came into the world" in every gender
        ("uk", "Олег з'явився на світ 14 лютого 1996 року в Ірпені.", "14 лютого 1996 року"),
        ("uk", "Дочка з’явилася на світ 2 вересня 2001 року.", "2 вересня 2001 року"),
    ],
)
def test_article_and_came_into_the_world(lang: str, text: str, surface: str) -> None:
    assert _span(lang, text, surface), surface


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # the tail with a slash, as informal lists write it
        ("ru", "Разыскивается Сомов Пётр, 1987 г/р, уроженец Тулы.", "1987 г/р"),
        ("uk", "Мельник Ігор, 1992 р/н, мешканець с. Вишневе.", "1992 р/н"),
        # a full date with a two-digit year before the tail
        ("uk", "Бойко О. П., 14.08.93 р.н., уродженець м. Ніжин", "14.08.93 р.н."),
        # a register's "ДР:" label, the label outside the span
        ("ru", "Кравцов Д. С.; ДР: 02.11.1989; адрес не установлен", "02.11.1989"),
        # the English adjective of a birth year
        ("en", "The suspect, a 1989-born native of Tver, was detained.", "1989-born"),
    ],
)
def test_slash_tails_short_years_labels_and_born_adjectives(lang: str, text: str, surface: str) -> None:
    assert _span(lang, text, surface), surface
