"""Dates of birth in the forms real obituaries, registers and Q&A use (issue 15): words, feasts, seasons, case
endings, list markers and list shapes, a cue a few words before its date. Every person and place is invented."""

from __future__ import annotations

import pytest

from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from redact.recognizers.nlp.numbers import ordinal_value, spoken_year
from tests.assertions import assert_found, assert_not_found

ENTITY = "DATE_OF_BIRTH"


@pytest.fixture(scope="module")
def recs() -> dict[str, DateOfBirthRecognizer]:
    return {lang: DateOfBirthRecognizer(supported_language=lang) for lang in ("en", "ru", "uk")}


def _found(rec: DateOfBirthRecognizer, text: str) -> list[tuple[int, int]]:
    return [(r.start, r.end) for r in rec.analyze(text, [ENTITY]) if r.score >= 0.35]


def _covers(rec: DateOfBirthRecognizer, text: str, surface: str) -> bool:
    start = text.index(surface)
    end = start + len(surface)
    mask = [False] * len(text)
    for s, e in _found(rec, text):
        mask[s:e] = [True] * (e - s)
    return all(mask[i] or not text[i].isalnum() for i in range(start, end))


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # Read aloud, any case, with or without the year.
        ("ru", "Родилась она седьмого января восемьдесят шестого, в Сочельник.", "седьмого января восемьдесят шестого"),
        ("ru", "— Назовитесь. — Тарасов Глеб, тридцатого июня двухтысячного.", "тридцатого июня двухтысячного"),
        ("uk", "Народилася донька одинадцятого квітня, коли цвіли абрикоси.", "одинадцятого квітня"),
        ("uk", "— Прізвище? — Кущ Остап, дев'яносто третього, з Бортничів.", "дев'яносто третього"),
        ("en", "She was born on the third of June, nineteen ninety-one.", "third of June, nineteen ninety-one"),
        ("en", "Born the 9th of October 1987 in a village near Sumy.", "the 9th of October 1987"),
        ("ru", "Лысенко Игнат, семьдесят девятого года рождения, тракторист.", "семьдесят девятого года рождения"),
        # A year with a case ending, and a cue a few words before its date.
        ("ru", "Сам он родился в Кемерове в 1993-м и рос без отца.", "1993-м"),
        ("uk", "Родом із Ніжина, народився він у 2001-му.", "2001-му"),
        ("ru", "Родилась в ночь под Рождество, 6 января 1990 года.", "6 января 1990 года"),
        ("uk", "Народився у с. Гаврилівка Ніжинського району 12 травня 1984 р.", "12 травня 1984 р."),
        ("en", "He was born at a maternity ward in Lviv on August 2, 1993.", "August 2, 1993"),
        # Feasts, named days and seasons.
        ("en", "He was born on Easter Sunday 1989, his mother said.", "Easter Sunday 1989"),
        ("en", "Born on the feast of St Nicholas, he was named after the saint.", "feast of St Nicholas"),
        ("uk", "Народився на Покрову, 14 жовтня 1992 року, у Ромнах.", "Покрову, 14 жовтня 1992 року"),
        ("ru", "Родился в день Святого Георгия, 6 мая 1995 года.", "день Святого Георгия, 6 мая 1995 года"),
        ("en", "Born in the winter of 1979, he was the eldest.", "winter of 1979"),
        ("ru", "Родился весной 1988 года в Твери.", "весной 1988 года"),
        ("uk", "Народилася восени 1999-го.", "восени 1999-го"),
        # List markers and list shapes.
        ("uk", "Перелік: Гонта Семен, н. 1982, Бобровицька громада; Жук Ілля, н. '01, м. Ніжин.", "1982"),
        ("ru", "Освобождены: Лаптев Пётр Семёнович, р. 1979, г. Льгов.", "1979"),
        ("ru", "Кузьмин Олег, ДР 1987, пос. Тайга.", "1987"),
        ("uk", "Мазур Д. О., 1991 р., Оржицька громада; Бас Р. С., 1994 р.", "1991 р."),
        ("uk", "Ткач Оксана Петрівна, 1977 року, медсестра.", "1977 року"),
        ("ru", "Погибшие: Сомов Р. Е. (1981–2023), Жарков В. В. (1999–2024).", "1981"),
        ("uk", "Тарас Дуда, лісник, 1969–2023, с. Кути.", "1969"),
        ("uk", "Лист військовополонених: Олешко Ігор, 1996 р. народж., м. Суми.", "1996 р. народж."),
        ("en", "Hryhorenko Vasyl, b. '94, Kupiansk district.", "'94"),
        ("uk", "Петрук Іван, н. 03.08.87, с. Кути.", "03.08.87"),
        ("uk", "Сидорчук Лев, р.н. 1990, м. Суми.", "1990"),
        ("uk", "Бондар Олег, 1990 р.н, м. Суми.", "1990 р.н"),
        ("uk", "Козак О., 1985 року нар., с. Липи.", "1985 року нар."),
        ("ru", "показания Рябова, родившегося 12.03.1990 в Омске", "12.03.1990"),
        ("en", "DOB 04/17/1993, Bakhmut district.", "04/17/1993"),
        ("en", "He was born on 4/17/93 in a village.", "4/17/93"),
        ("uk", "ГОРДІЄНКО Тарас, 1986, с. Липове.", "1986"),
        ("ru", "Синицын Глеб, 1994 года рожд., пос. Тайга.", "1994 года рожд."),
        ("ru", "Он родился в марте 1996 года в Омске.", "марте 1996 года"),
        ("en", "Born in March 1996 in Omsk, he was drafted at 19.", "March 1996"),
        ("uk", "Народився у березні 1996-го.", "березні 1996-го"),
        ("ru", "Сам он родился в 96-м, в Омске.", "96-м"),
        ("ru", "Родился 5-го мая 1996 года.", "5-го мая 1996 года"),
        ("uk", "ТКАЧ Ганна (народ. 1985), с. Липове.", "1985"),
        ("uk", "Мирон Кузьмич 1981–2024. Світла пам'ять.", "1981"),
        ("ru", "Смирнов Игорь Петрович — 1988; Клюев А. А. — 1990.", "1990"),
        ("uk", "Народився на Івана Купала, 7 липня 1994 року.", "Івана Купала, 7 липня 1994 року"),
        ("uk", "Тобі мало б виповнитися 35 двадцять шостого лютого.", "двадцять шостого лютого"),
        ("ru", "Он родился в девяносто шестом году в Омске.", "девяносто шестом году"),
        ("en", "He was born in nineteen ninety-six in Omsk.", "nineteen ninety-six"),
        ("ru", "Родился в двухтысячном.", "двухтысячном"),
        ("ru", "Глеб родился седьмого мая восемьдесят девятого года в Чите.", "седьмого мая восемьдесят девятого года"),
        ("ru", "Ярцев Павел Ильич (2 июня 1999), выпускник техникума.", "2 июня 1999"),
        ("uk", "3) Мельничук Остап (1993), с. Липове;", "1993"),
        (
            "ru",
            "Сегодня, третьего марта, нашему дорогому сыночку и внуку Тёме Шилову исполняется 20 лет!",
            "третьего марта",
        ),
        ("uk", "Відповідь: Гнатюк. Семен Гнатюк. Вісімдесят сьомий рік. Питання: Звідки?", "Вісімдесят сьомий рік"),
        ("ru", "В 1996 году в Омске родился Глеб Тарасов.", "1996 году"),
        ("ru", "14 марта 1992 года родилась Анна.", "14 марта 1992 года"),
        ("en", "In 1999, his son was born in Lviv.", "1999"),
        ("uk", "У 1995-му в родині Петренків народилася донька.", "1995-му"),
        # Birthdays with the age in words or before the date.
        ("ru", "Брату седьмого мая исполнилось тридцать, а он в окопе.", "седьмого мая"),
        ("uk", "Йому 2 грудня виповнилося сорок.", "2 грудня"),
        ("ru", "Ему было бы 41 28 февраля.", "28 февраля"),
        ("en", "He would have turned 33 on the fourteenth of July.", "fourteenth of July"),
        ("en", "On 4 March we celebrated his 40th at the dacha.", "4 March"),
        ("uk", "12 березня ми відзначили його 40-ліття.", "12 березня"),
        ("en", "Q: Year of birth? A: Nineteen eighty-four.", "Nineteen eighty-four"),
    ],
)
def test_finds(recs: dict[str, DateOfBirthRecognizer], lang: str, text: str, surface: str) -> None:
    rec = recs[lang]
    assert _covers(rec, text, surface), [text[s:e] for s, e in _found(rec, text)]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # A birth cue does not reach across a new clause, a sentence or a death.
        ("ru", "Родился в Омске, а 9 мая 2015 года ушёл в армию.", "9 мая 2015"),
        ("en", "Born in Omsk, he joined the army in 2014.", "2014"),
        ("en", "He was born in Omsk. In 2014 he moved away.", "2014"),
        ("uk", "Народився в Бахмачі, загинув 3 березня 2023 року.", "3 березня 2023"),
        ("ru", "Родился в Вологде и погиб в Рождество 2024 года.", "Рождество 2024"),
        # Anniversaries of events are not birthdays.
        ("uk", "9 травня виповнилося 80 років від дня Перемоги.", "9 травня"),
        ("en", "On 4 March we celebrated the 40th anniversary of the school.", "4 March"),
        ("ru", "5 мая бригада отметила 30-летие.", "5 мая"),
        # Spans of years that are periods, not lives; a year in a citation after a name; a bare feast.
        ("uk", "У 1991–2022 роках завод змінив трьох власників.", "1991"),
        ("ru", "Работал в колхозе, 1985–2019 гг., потом на пенсии.", "1985"),
        ("ru", "См.: Петров А. В., 2019, с. 45.", "2019"),
        ("en", "On Christmas Eve 1993 the plant closed.", "Christmas Eve 1993"),
        ("ru", "Родился в Омске, в 5-м классе уже играл в хоккей.", "5-м"),
        ("uk", "Працював у Новій Каховці, у 1991–2022 роках.", "1991"),
        ("en", "He was born in a village ninety kilometres from Omsk.", "ninety"),
        ("ru", "Родился в селе в девяноста километрах от Омска.", "девяноста"),
        ("ru", "Родился в Чите, проходил службу в 41-й общевойсковой армии.", "41-й"),
        ("ru", "Родилась в день своего покровителя, 8 ноября 1991 года.", "покровителя"),
        ("en", "He turned 50 on the first of November.", "the"),
        ("ru", "В 2014 году ушёл в армию, а родился в Омске.", "2014"),
        ("ru", "Приговором от 17.06.2024 рядовой Лыков Глеб, родившийся 06.03.2002, осуждён.", "17.06.2024"),
        ("uk", "Ухвалою від 12.05.2023 Петрук, який народився 3 травня 1990 року, звільнений.", "12.05.2023"),
        ("en", "In 2014 the war began, and he was born again as a soldier.", "2014"),
    ],
)
def test_ignores(recs: dict[str, DateOfBirthRecognizer], lang: str, text: str, surface: str) -> None:
    rec = recs[lang]
    start = text.index(surface)
    end = start + len(surface)
    hits = [text[s:e] for s, e in _found(rec, text) if s < end and e > start]
    assert not hits, hits


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("четырнадцатого марта девяносто второго", 1992),
        ("восемьдесят восьмого", 1988),
        ("тысяча девятьсот восьмидесятого", 1980),
        ("двухтысячного", 2000),
        ("дві тисячі третього", 2003),
        ("nineteen ninety-two", 1992),
        ("two thousand and three", 2003),
        ("дев’яносто п’ятого року народження", 1995),
        ("першого листопада", None),
        ("the first of November", None),
    ],
)
def test_spoken_year(text: str, year: int | None) -> None:
    assert spoken_year(text) == year


@pytest.mark.parametrize(
    ("word", "value"), [("четырнадцатого", 14), ("шостого", 6), ("eleventh", 11), ("першої", 1), ("школа", None)]
)
def test_ordinal_value(word: str, value: int | None) -> None:
    assert ordinal_value(word) == value


_DOB = DateOfBirthRecognizer("en")


def _texts(recognizer, text: str, entity: str) -> list[str]:  # noqa: ANN001
    return [text[r.start : r.end] for r in recognizer.analyze(text, [entity])]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Vitalii Hordienko, 1988 y.o.b., Kherson region, missing since March.", "1988 y.o.b."),
        ("Ruslan Tkachuk (YOB 1979) was exchanged on Friday.", "1979"),
        ("y.o.b.: 1996", "1996"),
    ],
)
def test_year_of_birth_markers(text: str, span: str) -> None:
    assert span in _texts(_DOB, text, "DATE_OF_BIRTH"), (text, _texts(_DOB, text, "DATE_OF_BIRTH"))


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the cue after a year is that year's tail: the year after it is a call-up, a capture, a death
        ("Oleh Savran, 1994 year of birth, was called up in 2022 and sent east.", "2022"),
        ("Andrii Voloshko, 1990 year of birth, was captured in 2023 near the river.", "2023"),
        ("The yob culture of 2001 was on the front page.", "2001"),  # "yob" in lower case is a word
    ],
)
def test_year_of_birth_traps(text: str, year: str) -> None:
    assert year not in _texts(_DOB, text, "DATE_OF_BIRTH"), (text, _texts(_DOB, text, "DATE_OF_BIRTH"))


def test_gave_birth_is_a_birth_cue() -> None:
    text = "His mother gave birth to him on 4 March 1992 in Uman."
    assert _texts(_DOB, text, "DATE_OF_BIRTH") == ["4 March 1992"]


def test_life_span_ending_a_sentence() -> None:
    text = "In memory of Taras Hnyda, 1986–2024. Rest in peace."
    assert _texts(_DOB, text, "DATE_OF_BIRTH") == ["1986"]


def test_life_span_needs_a_birth_before_the_war() -> None:
    # a span of war years after a comma is no life ("Operations, 2014–2022.")
    assert _texts(_DOB, "The unit fought in the east, 2014–2022.", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Мам, запиши: Гнатюк Павло Ігорович, дев'ятого жовтня дві тисячі першого.", "дві тисячі першого"),
        ("ru", "Пишите: Лапин Артём Сергеевич, второго июня девяносто девятого года рождения.", "второго июня"),
    ],
)
def test_spoken_birth_date_after_name(lang: str, text: str, surface: str) -> None:
    from redact.recognizers.date_of_birth import DateOfBirthRecognizer

    rec = DateOfBirthRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["DATE_OF_BIRTH"]), surface, "DATE_OF_BIRTH")


def test_not_spoken_birth_date() -> None:
    from redact.recognizers.date_of_birth import DateOfBirthRecognizer

    text = "Олег Кудрик, дві тисячі гривень переказав, а Павло Гнатюк, сьомого травня приїде."
    results = DateOfBirthRecognizer(supported_language="uk").analyze(text, ["DATE_OF_BIRTH"])
    assert_not_found(text, results, "дві тисячі")
    assert_not_found(text, results, "сьомого травня")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Пленный: Мам, запиши: Сомов Артём Игоревич, 14 июля 2001, часть 41520.", "14 июля 2001"),
        ("ru", "Ищу брата, Лапин Егор Викторович, 19.11.98 г., позывной Лапа, в/ч 12345!", "19.11.98 г."),
        ("ru", "Родные ищут: Фомин Илья Петрович — 03.02.1994, связь пропала в мае.", "03.02.1994"),
        ("uk", "Полонений: Записуйте: Гуров Павло Олегович, 5 квітня 1999, Курськ.", "5 квітня 1999"),
    ],
)
def test_date_after_full_name(lang: str, text: str, surface: str) -> None:
    rec = DateOfBirthRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["DATE_OF_BIRTH"]), surface, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Осуждён Карпов Олег Сергеевич, 12 марта 2024, в Курске.", "12 марта 2024"),  # a recent date
        ("ru", "Пропал 03.06.24, последний звонок был вечером.", "03.06.24"),  # no name before it
    ],
)
def test_not_date_after_full_name(lang: str, text: str, surface: str) -> None:
    rec = DateOfBirthRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["DATE_OF_BIRTH"]), surface)


@pytest.mark.parametrize("text", ["Разыскивается Семён Кочетов, 88 г. р., рост 180.", "Ольга, 01 р.н., з Кедрівки"])
def test_a_two_digit_birth_year_with_its_tail(text: str) -> None:
    lang = "uk" if "р.н." in text else "ru"
    found = _texts(DateOfBirthRecognizer(supported_language=lang), text, "DATE_OF_BIRTH")
    assert any(f[:2].isdigit() for f in found)


def test_two_digits_before_grams_are_no_birth_year() -> None:
    assert _texts(DateOfBirthRecognizer(supported_language="ru"), "Добавьте 95 гр. муки.", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Раненые:\n1. Ольхов Тимур, ефрейтор, механик-водитель, 1994, Кедровск;", "1994"),
        ("• Кедрова Дарья Олеговна, фельдшер, 1987.", "1987"),
    ],
)
def test_a_year_after_role_fields_in_a_list_line(text: str, year: str) -> None:
    assert year in _texts(DateOfBirthRecognizer(supported_language="ru"), text, "DATE_OF_BIRTH")


def test_a_year_in_running_text_after_a_name_and_role_is_not_a_birth() -> None:
    text = "Как пишет Семён Ольхов, командир роты, в 1994 году всё было иначе."
    assert _texts(DateOfBirthRecognizer(supported_language="ru"), text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("— Мухаметов Ильдар Ринатович, девяносто девятого года, двадцать первого июня.", "двадцать первого июня"),
        ("— Кедрин Олег, восемьдесят седьмого года рождения, третьего марта. Из Тулуна.", "третьего марта"),
        ("Луговой Иван Петрович, 1996 г.р., 12 июня, уроженец с. Сосновка.", "12 июня"),
    ],
)
def test_day_and_month_after_the_year_of_birth(text: str, span: str) -> None:
    assert span in _texts(DateOfBirthRecognizer("ru"), text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text",
    [
        "Рота вышла в девяносто пятом году, тридцатого мая мы были под Грозным.",
        "Летом 2023 года, 30 мая, начался штурм.",
        "Кедрин Олег, 1996 г.р., 12 июня 2024 года ушёл на контракт.",
    ],
)
def test_a_date_after_an_ordinary_year_is_no_birthday(text: str) -> None:
    found = _texts(DateOfBirthRecognizer("ru"), text, "DATE_OF_BIRTH")
    assert not any("мая" in x or "июня" in x for x in found), found


@pytest.mark.parametrize(
    ("lang", "text", "death"),
    [
        # a memory book's card: the name, the life span on its own line, then the story from "Born in ..."
        ("en", "KOVALENKO Petro Ivanovych\n1983 – 2023\n\nBorn in the village of Tarasivka, he drove a bus.", "2023"),
        ("ru", "ЗАЙЦЕВ Роман Ильич\n03.02.1990 – 14.11.2023\nРодился в с. Кедровка, окончил школу.", "14.11.2023"),
        ("uk", "МАЗУР Андрій Петрович\n22.06.1977 – 09.01.2024\n\nНародився в с. Липове.", "09.01.2024"),
        ("uk", "Сергій Гнатюк\n1995–2022\nНародився у Житомирі в родині вчителів.", "2022"),
        # the death date of a span, even with no line break before the birth verb
        ("ru", "Игнат Лосев (1988 г. – 2024 г.) родился в Туле.", "2024"),
    ],
)
def test_the_death_date_of_a_life_span_is_no_birth(lang: str, text: str, death: str) -> None:
    found = _texts(DateOfBirthRecognizer(lang), text, "DATE_OF_BIRTH")
    assert not any(death in f for f in found), (text, found)


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # the date before its birth verb still counts when the verb goes on in lower case on the next line
        ("ru", "В марте 1994 года\nв семье Орловых родился сын.", "марте 1994 года"),
        ("en", "In 1999 his son was born in Kherson.", "1999"),
    ],
)
def test_a_date_before_its_birth_verb(lang: str, text: str, span: str) -> None:
    found = _texts(DateOfBirthRecognizer(lang), text, "DATE_OF_BIRTH")
    assert any(span in f or f in span for f in found), (text, found)


@pytest.mark.parametrize(
    ("lang", "text", "birth"),
    [
        # a memory book's card: full dates under the name, the name in capitals on a plaque
        ("ru", "ЛОСЕВ Игнат Петрович\n14.02.1984 – 03.10.2023\nУроженец г. Кедровка.", "14.02.1984"),
        ("uk", "МАЗУР Андрій Петрович\n22.06.1977 р. – 09.01.2024 р.", "22.06.1977"),
        ("uk", "АНДРІЙ МАЗУР 1977 — 2024", "1977"),
        ("en", "Taras Hnyda 12.05.1986 – 03.02.2024", "12.05.1986"),
    ],
)
def test_a_life_span_of_full_dates_after_a_name(lang: str, text: str, birth: str) -> None:
    found = _texts(DateOfBirthRecognizer(lang), text, "DATE_OF_BIRTH")
    assert found == [birth], (text, found)


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # the month in Roman figures, as registers and old passports write it (the Ukrainian І is Cyrillic)
        ("ru", "Родился 14.III.1988 в д. Кедровка.", "14.III.1988"),
        ("uk", "Народився 7.ХІ.1979 у с. Кедрівка.", "7.ХІ.1979"),
        # the month abbreviated between hyphens, the year first
        ("en", "Sergeant Lis, born 14-Mar-1991, from Kedrovka.", "14-Mar-1991"),
        ("en", "Date of birth 1991.03.14, place of birth Kedrovka.", "1991.03.14"),
        # a cue cut short with its full stop, and "birth year"
        ("uk", "Кедрук Остап, рік народж. 1993, рядовий.", "1993"),
        ("en", "Birth year 1993, rank private.", "1993"),
    ],
)
def test_registers_date_forms(lang: str, text: str, span: str) -> None:
    found = _texts(DateOfBirthRecognizer(lang), text, "DATE_OF_BIRTH")
    assert any(span in f for f in found), (text, found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the same shapes with no birth cue
        ("ru", "Приказ от 14.III.1988 отменён."),
        ("en", "The contract dated 14-Mar-2021 was signed in Kedrovka."),
        ("en", "The report of 2023.03.14 lists the losses."),
    ],
)
def test_registers_date_forms_need_a_cue(lang: str, text: str) -> None:
    assert _texts(DateOfBirthRecognizer(lang), text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("lang", "text", "full"),
    [
        # a year of birth restated as a full date a few words on
        ("uk", "Кедрук Василь Петрович, 1981 р.н. (повна дата – 9 жовтня 1981 року), солдат.", "9 жовтня 1981 року"),
        ("ru", "Лосев Игнат, 1990 г.р. (точная дата — 14.02.1990), рядовой.", "14.02.1990"),
        ("en", "Ihor Lis, born in 1987 (on 3 March 1987, his mother says), was a driver.", "3 March 1987"),
    ],
)
def test_a_year_of_birth_restated_in_full(lang: str, text: str, full: str) -> None:
    found = _texts(DateOfBirthRecognizer(lang), text, "DATE_OF_BIRTH")
    assert any(full in f for f in found), (text, found)


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        # another year, or a death between, is no restatement
        ("uk", "Кедрук Василь, 1981 р.н., загинув 9 жовтня 1981 року під час аварії.", "9 жовтня 1981"),
        ("ru", "Лосев Игнат, 1990 г.р., призван 14.02.2022, рядовой.", "14.02.2022"),
    ],
)
def test_no_restatement_past_a_death_or_of_another_year(lang: str, text: str, other: str) -> None:
    found = _texts(DateOfBirthRecognizer(lang), text, "DATE_OF_BIRTH")
    assert not any(other in f for f in found), (text, found)
