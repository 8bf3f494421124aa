"""Dates and years of birth said in words (Q&A, interviews, a mother's account), and the shared alternation of a said
date.

- the answer after a name and a speaker's correction share one alternation of a said date (``_SAID_DATE``): folded from
  two copies in different orders, every match stays the same (random texts of the pieces, every tune-corpus text);
- a year or a day read aloud before its birth verb ("девяносто седьмого, первого сентября родился", "в дев'яносто
  п'ятому році народився", "in ninety-three, on the fourth of March, I was born");
- an English year read aloud after a full name with its patronymic, as an introduction gives it ("Kuzmin Vadim
  Sergeyevich. Ninety-three, fourth of March.");
- traps: years of events and of service read aloud, ages after a name, a birth verb with its own date.

Every sentence is invented.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redact.recognizers import date_of_birth as dob
from redact.recognizers._cued import DEFAULT_FLAGS
from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from tests.assertions import surfaces

# The two alternations as they were before the fold: the answer after a name (year words first) and the correction
# (a day read aloud first).
_ANSWER_BEFORE = (
    dob._EN_YEAR_WORDS
    + r"|(?:"
    + dob._ORD_WORDS
    + r")(?:\s+(?:год|года|рік|року))?|"
    + dob.WORD_DATE
    + r"|"
    + dob.DATE
    + dob._YEAR_SUFFIX
    + r"|"
    + dob._YEAR
    + r"(?!\d)"
    + dob._YEAR_SUFFIX
)
_CORRECTED_BEFORE = (
    r"(?:"
    + dob.WORD_DATE
    + r"|"
    + dob.DATE
    + dob._YEAR_SUFFIX
    + r"|"
    + dob._YEAR
    + r"(?!\d)"
    + dob._YEAR_SUFFIX
    + r"|(?:"
    + dob._ORD_WORDS
    + r")(?:\s+(?:год|года|рік|року))?|"
    + dob._EN_YEAR_WORDS
    + r")"
)
_PAIRS = [
    (regex.compile(r"(?:" + _ANSWER_BEFORE + r")", DEFAULT_FLAGS), regex.compile(dob._SAID_DATE, DEFAULT_FLAGS)),
    (regex.compile(_CORRECTED_BEFORE, regex.IGNORECASE | regex.VERSION1), dob._CORRECTED),
]
_PIECES = [
    "nineteen",
    " ninety",
    "-three",
    "nineteenth",
    " of ",
    "March",
    "the ",
    "fourth",
    "twenty-",
    "first",
    "two thousand",
    " and one",
    "девяносто",
    " седьмого",
    "дев'яносто",
    " шостого",
    " года",
    " року",
    "восьм",
    "идесятого",
    "первого",
    " сентября",
    "двадцать ",
    "третьего",
    " травня",
    "две тысячи",
    "тысяча девятьсот ",
    "1997",
    "14.03.1999",
    "1999-03-14",
    "-го",
    " г.",
    "2003",
    " ",
    ", ",
    "\n",
    "x",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


def _same(text: str) -> None:
    for before, after in _PAIRS:
        for start in range(len(text) + 1):
            old, new = before.match(text, start), after.match(text, start)
            assert (old and old.span()) == (new and new.span()), (before.pattern[:40], text, start)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS)
def test_said_date_fold_matches_what_both_orders_matched(text: str) -> None:
    _same(text)


def test_said_date_fold_examples() -> None:
    for text in [
        "девяносто седьмого года, первого сентября",
        "nineteen ninety-three, the fourth of March",
        "two thousand and one",
        "14.03.1999 года",
        "1997-го",
        "двадцать третьего мая девяносто первого года рождения",
    ]:
        _same(text)
        assert any(after.match(text) for _, after in _PAIRS)


def test_said_date_fold_on_the_tune_corpora() -> None:
    """Every tune-corpus text, at every line start and after every comma: the same match."""
    from redact.corpus import load_corpus

    files = sorted((Path(__file__).parents[1] / "corpus").glob("*.jsonl"))
    texts = [p.text for f in files for p in load_corpus(f)]
    assert len(texts) > 1000
    starts = regex.compile(r"(?:^|[,.?!—–-]\s*|\s)", regex.MULTILINE)
    for text in texts:
        for m in starts.finditer(text):
            for before, after in _PAIRS:
                old, new = before.match(text, m.end()), after.match(text, m.end())
                assert (old and old.span()) == (new and new.span())


@cache
def _rec(lang: str) -> DateOfBirthRecognizer:
    return DateOfBirthRecognizer(lang)


def _found(lang: str, text: str) -> list[str]:
    return surfaces(_rec(lang), text, "DATE_OF_BIRTH", 0.35)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a year or a day read aloud before its birth verb, the birthday after the year
        (
            "ru",
            "Сашка девяносто пятого, двадцать третьего мая родился, в самую жару.",
            "девяносто пятого, двадцать третьего мая",
        ),
        ("ru", "В восемьдесят восьмом году у них родился первенец.", "восемьдесят восьмом году"),
        ("ru", "Третьего октября двухтысячного родилась дочь.", "Третьего октября двухтысячного"),
        (
            "uk",
            "Вона дев'яносто дев'ятого року, восьмого березня народилася.",
            "дев'яносто дев'ятого року, восьмого березня",
        ),
        ("uk", "У дві тисячі третьому році в нас народився син.", "дві тисячі третьому році"),
        # a year said after the person it is said of, with no birth word
        ("ru", "Он у меня восемьдесят шестого года, младший.", "восемьдесят шестого года"),
        ("ru", "— Сколько ему? — Да он двухтысячного, совсем пацан.", "двухтысячного"),
        ("ru", "Брат девяносто первого, второго февраля.", "девяносто первого, второго февраля"),
        ("uk", "Тарасик у нас дев'яносто восьмого, наймолодший.", "дев'яносто восьмого"),
        ("uk", "Я з вісімдесят сьомого року, з Ізюма.", "вісімдесят сьомого року"),
        # the century dropped after a cue, a decade in its case
        ("en", "He was born in eighty-seven in a village near Tambov.", "eighty-seven"),
        ("en", "Date of birth, he says, ninety-one, the twelfth of June.", "ninety-one, the twelfth of June"),
        ("ru", "Родился в конце 1980-х в Сызрани.", "1980-х"),
        ("uk", "Народився на початку дев'яностих на Полтавщині.", "дев'яностих"),
        # an English introduction: surname, name and patronymic, then the year read aloud
        ("en", "— Orlov Denis Viktorovich. Eighty-nine, the second of July.", "Eighty-nine, the second of July"),
        ("en", "A: Belov Artyom Igorevich, two thousand and one.", "two thousand and one"),
        ("en", "Gusev Pavel, ninety-four, the tenth of May.", "ninety-four, the tenth of May"),
        # a Russian year of birth translated word for word: the ordinal before "year"
        ("en", "(S): He was twenty-two, dad. Eighty-ninth year.", "Eighty-ninth"),
        ("en", "My Kostya is ninety-sixth year of birth, the youngest.", "ninety-sixth"),
        # a date quoted after its cue
        ("uk", 'На руці татуювання — дата народження сина "03.08.2017".', "03.08.2017"),
        ("ru", "Дата рождения дочери «21.11.2015», вписана в паспорт.", "21.11.2015"),
    ],
)
def test_finds_a_birth_said_in_words(lang: str, text: str, surface: str) -> None:
    """Every letter and digit of the date is withheld (one finding or a year and a day side by side), no more."""
    found = [r for r in _rec(lang).analyze(text, ["DATE_OF_BIRTH"]) if r.score >= 0.35]
    start = text.index(surface)
    assert all(
        any(r.start <= i < r.end for r in found) for i in range(start, start + len(surface)) if text[i].isalnum()
    ), _found(lang, text)
    assert all(start <= r.start and r.end <= start + len(surface) for r in found), _found(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # years of events and of service read aloud
        ("ru", "В девяносто пятом году мы переехали в Липецк."),
        ("ru", "В девяносто пятом году мы переехали в Елец, где родился его отец."),
        ("ru", "Он с девяносто седьмого года служил по контракту."),
        ("ru", "Машина у него девяносто восьмого года, старая."),
        ("ru", "Он девяносто седьмого года выпуска, этот грузовик."),
        ("uk", "З дев'яносто п'ятого працював на шахті."),
        ("uk", "Він з дев'яносто п'ятого року, коли пішов на завод, там і працює."),
        ("uk", "У дев'яносто п'ятому році ми переїхали до Харкова."),
        ("en", "In ninety-three we moved to Yelets."),
        ("en", "He was born ninety days before the war began."),
        ("en", "Born in Kazan, he spent ninety-three days in captivity."),
        ("en", "He was born in a village of eighty-five houses."),
        # ages after a name
        ("en", "Maria Ivanova, ninety-three, said she had not heard from him."),
        ("en", "Lidia Petrovna, eighty-two, lives alone in the village."),
        ("en", "The grandmother, Lidia Petrovna Orlova, eighty-two, lives alone."),
        ("ru", "Девяносто человек родились в этом селе за год."),
        # an ordinal before "year" that counts an age or an era
        ("en", "She died in her ninety-first year."),
        ("en", "The plant was closing in the seventy-fifth year of its work."),
        ("en", "It was the eighty-second year since the factory opened."),
    ],
)
def test_ignores_years_of_events_and_ages(lang: str, text: str) -> None:
    assert _found(lang, text) == []


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a date dictated as figures read aloud, the month an ordinal too, with its year
        (
            "ru",
            "Записывай: Прохоров Никита Олегович, третьего одиннадцатого девяносто девятого.",
            "третьего одиннадцатого девяносто девятого",
        ),
        ("ru", "— Дата рождения? — Седьмое четвёртого двухтысячного.", "Седьмое четвёртого двухтысячного"),
        ("uk", "Народився десятого другого дві тисячі першого року.", "десятого другого дві тисячі першого року"),
    ],
)
def test_finds_a_date_dictated_as_ordinals(lang: str, text: str, surface: str) -> None:
    assert surface in _found(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Родился второго двенадцатого."),
        ("ru", "Встретились второго, двенадцатого уехали."),
    ],
)
def test_two_ordinals_without_a_year_are_no_date(lang: str, text: str) -> None:
    assert _found(lang, text) == []


@pytest.mark.parametrize(
    ("lang", "text", "birth"),
    [
        # a date of the next clause, past a comma, is not the birth's: its subject before it or its verb after it
        ("en", "Born in Bryansk, he was called up on 21 September 2022.", None),
        ("en", "Born in Kazan, she was wounded on 3 March 2023 near Bakhmut.", None),
        ("ru", "Родился в Омске, в 2022 году был призван по мобилизации.", None),
        ("ru", "Родился в Шадринске, 21 сентября 2022 года мобилизован.", None),
        ("uk", "Народився в Ізюмі, у 2022 році пішов добровольцем.", None),
        ("uk", "Народився в селі Кам'янка, у 2011 році закінчив школу.", None),
        # the comma only sets the birth's date off, or a speaker's aside stands between
        ("ru", "Родился в Омске, в 1995 году.", "1995 году"),
        ("uk", "Народився в Ізюмі, 24 лютого 1995 року в родині шахтаря.", "24 лютого 1995 року"),
        ("en", "Born in Omsk, 3 March 1993.", "3 March 1993"),
        ("en", "He was born, he says, in 1993.", "1993"),
        # a town whose name starts as the birth verb does is no cue
        ("uk", "Депутат Народицької селищної ради, 12 березня 1990 року обраний головою.", None),
    ],
)
def test_a_date_of_the_next_clause_is_no_birth(lang: str, text: str, birth: str | None) -> None:
    assert _found(lang, text) == ([birth] if birth else [])


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # the year asked of a person and its answer; "с"/"з" before a year said of a person
        ("ru", "— Вы какого года? — Восемьдесят девятого.", "Восемьдесят девятого"),
        ("ru", "— С какого он года? — С двухтысячного.", "двухтысячного"),
        ("uk", "— З якого ти року? — З вісімдесят восьмого.", "вісімдесят восьмого"),
        ("uk", "— Вона якого року? — 96-го.", "96-го"),
        ("ru", "Брат с восемьдесят пятого, старший.", "восемьдесят пятого"),
    ],
)
def test_the_year_asked_of_a_person(lang: str, text: str, surface: str) -> None:
    assert surface in _found(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "— Машина какого года? — Девяносто восьмого."),
        ("ru", "Он с девяносто седьмого служит в полиции."),
    ],
)
def test_a_thing_s_year_or_a_since_is_no_birth(lang: str, text: str) -> None:
    assert _found(lang, text) == []
