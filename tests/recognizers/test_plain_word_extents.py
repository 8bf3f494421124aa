"""Plain words a finding must not take in, in shapes met on real court verdicts, enlistment-office notices and
regional obituaries (the precision class of the thirteenth release):

- a preposition that opens a phrase of the clause is no container's field: "призванный на военную службу по
  мобилизации военным комиссариатом г. Кедровска" withholds the office, not "службу по мобилизации";
- a number that goes on past a slash or a full stop is a document's or a date, not the institution's: "извещение
  военкомата г. Кедровска № 3/1187", "мобилизован Кедровским военкоматом 29.09.22";
- an office in the genitive after the act or body it issues or runs, in lower case, is no call sign: "по указу
  Президента № 98", "розпорядженням Голови";
- a capitalised noun opening a line before a comma and its participle is a subject, not a call sign spoken to:
  "Некролог, розміщений школою, ...";
- an award's quoted title near a call sign's cue is no call sign: 'order "For Courage" III class', 'the medal
  "Defender of the Fatherland"';
- two capitalised agreeing adjectives mid-sentence are a name whose noun is left out ("ветераном Великой
  Отечественной"), no call sign;
- a sum of money is no phone number: round thousands ("Собрано 214 000 из 390 000"), a grouped figure before its
  currency ("12 500 грн").

Every person, town, number and office is invented; the president and the ministry are public.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.recognizers.call_sign import CallSignRecognizer
from redact.recognizers.phone import PhoneNumberRecognizer
from redact.recognizers.ru_call_sign import RuCallSignRecognizer


def _signs(rec: RuCallSignRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, ["CALL_SIGN"]) if r.score >= 0.35]


@pytest.fixture(scope="module")
def signs() -> dict[str, RuCallSignRecognizer]:
    return {"ru": RuCallSignRecognizer("ru"), "uk": RuCallSignRecognizer("uk")}


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # a verdict's "призванный на военную службу по мобилизации" before the office that called him up
        (
            "ru",
            "Рядовой Лунёв К.С., призванный на военную службу по мобилизации военным комиссариатом г. Кедровска "
            "Сосновской области, не явился в часть.",
            "военным комиссариатом г. Кедровска Сосновской области",
        ),
        (
            "ru",
            "Он был направлен на службу по контракту отделом военного комиссариата по Кедровскому району.",
            "отделом военного комиссариата по Кедровскому району",
        ),
        # a notice's own number after the office that sent it
        (
            "ru",
            "Согласно извещению военного комиссариата г. Кедровска Сосновской области № 4/2291 от 03.03.2024 он "
            "пропал без вести.",
            "военного комиссариата г. Кедровска Сосновской области",
        ),
        # a date written right after the office
        (
            "ru",
            "Мобилизован Кедровским военкоматом 21.09.22, служил в пехоте.",
            "Кедровским военкоматом",
        ),
    ],
)
def test_the_institution_without_the_clauses_words(
    org_spans: Callable[[str, str], list[str]], language: str, text: str, span: str
) -> None:
    assert org_spans(language, text) == [span]


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        # the institution's own number and a container with its genitive field stay inside
        ("ru", "Окончил школу № 12 г. Кедровска в 2008 году.", "школу № 12 г. Кедровска"),
        ("ru", "Работал в Кедровской ЦРБ № 2. Потом уехал.", "Кедровской ЦРБ № 2"),
        (
            "uk",
            "Працювала у відділі освіти Кедрівської міської ради до 2022 року.",
            "відділі освіти Кедрівської міської ради",
        ),
    ],
)
def test_the_institutions_own_number_and_field_stay(
    org_spans: Callable[[str, str], list[str]], language: str, text: str, span: str
) -> None:
    assert span in org_spans(language, text)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("ru", "Выплаты по указу Президента № 98 назначает Минобороны.", "Президента"),
        ("ru", "Распоряжением Губернатора от 12 мая семьям выплатят по миллиону.", "Губернатора"),
        ("uk", "Виплати за розпорядженням Голови громади отримали дванадцять родин.", "Голови"),
        (
            "ru",
            "Позывной «Пасечник». Похоронен на кладбище рядом с дедом — ветераном Великой Отечественной.",
            "Отечественной",
        ),
        (
            "uk",
            "Свій позивний «Бурят» він отримав у 2015-му.\nНекролог, розміщений школою, повідомляє, що він загинув.",
            "Некролог",
        ),
    ],
)
def test_no_call_sign_in_an_office_or_a_subject(
    signs: dict[str, RuCallSignRecognizer], language: str, text: str, word: str
) -> None:
    assert word not in _signs(signs[language], text)


@pytest.mark.parametrize(
    ("language", "text", "sign"),
    [
        # a nickname after a capitalised body, and one spoken to at a turn's opening, stay found
        ("ru", "— Рыжий, ты где?\n— Иду.", "Рыжий"),
        ("uk", "— Грім, чуєш мене?\n— Чую.", "Грім"),
        ("ru", "Командир роты с позывным «Губернатор» вышел на связь.", "Губернатор"),
    ],
)
def test_call_signs_beside_those_offices(
    signs: dict[str, RuCallSignRecognizer], language: str, text: str, sign: str
) -> None:
    assert sign in _signs(signs[language], text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('Call sign "Sych". Awards: order "For Courage" III class (posthumously).', "For Courage"),
        ('His call sign was "Tundra". He was given the medal "Defender of the Fatherland" in 2023.', "Defender"),
    ],
)
def test_an_awards_title_is_no_call_sign(text: str, title: str) -> None:
    found = [text[r.start : r.end] for r in CallSignRecognizer("en").analyze(text, ["CALL_SIGN"]) if r.score >= 0.35]
    assert not any(title in f for f in found), found
    assert any(f in {"Sych", "Tundra"} for f in found), found


@pytest.mark.parametrize(
    ("language", "text", "number"),
    [
        ("ru", "Друзья, сбор на РЭБ продолжается! Собрано 214 000 из 390 000.", None),
        ("uk", "На дрон зібрали 12 500 грн, лишилося небагато.", None),
        # phone numbers beside them stay found
        ("ru", "Собрано 214 000 из 390 000. По номеру +7 921 450-62-18 (Светлана).", "+7 921 450-62-18"),
        ("uk", "Зібрали 12 500 грн. Телефон мами: 067 209 81 53.", "067 209 81 53"),
    ],
)
def test_a_sum_of_money_is_no_phone(language: str, text: str, number: str | None) -> None:
    found = [text[r.start : r.end] for r in PhoneNumberRecognizer(language).analyze(text, ["PHONE_NUMBER"])]
    assert not any("000" in f or "500" in f for f in found), found
    if number is not None:
        assert number in found, found
