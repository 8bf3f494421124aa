"""SpokenPhoneRecognizer: numbers dictated in English, Russian and Ukrainian words."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from redact.recognizers.nlp.numbers import number_runs, spoken_digits
from redact.recognizers.phone_spoken import SpokenPhoneRecognizer
from tests.assertions import assert_found, assert_not_found

ENTITY = "PHONE_NUMBER"


@pytest.fixture(scope="module")
def rec() -> SpokenPhoneRecognizer:
    return SpokenPhoneRecognizer(supported_language="en")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "His number is eight nine one six, one two three, forty-five, sixty-seven.",
            "eight nine one six, one two three, forty-five, sixty-seven",
        ),
        (
            "Звони на восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь.",
            "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
        ),
        (
            "плюс семь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь, запомнил?",
            "плюс семь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
        ),
        (
            "восьмёрка девятьсот шестнадцать сто двадцать три ноль-ноль шестьдесят семь",
            "восьмёрка девятьсот шестнадцать сто двадцать три ноль-ноль шестьдесят семь",
        ),
        (
            "Call plus three eight oh, six seven, one two three, double four, five six.",
            "plus three eight oh, six seven, one two three, double four, five six",
        ),
        (
            "Набери вісім нуль п'ятдесят сто двадцять три сорок п’ять шістдесят сім",
            "вісім нуль п'ятдесят сто двадцять три сорок п’ять шістдесят сім",
        ),
        ("запиши: восемь 916 123 45 67", "восемь 916 123 45 67"),
        (
            "the number is nine one six, nine hundred, twelve, thirty-four",
            "nine one six, nine hundred, twelve, thirty-four",
        ),
    ],
)
def test_finds(rec: SpokenPhoneRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, [ENTITY]), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Мне двадцать четыре года, у меня два брата и три сестры.", "двадцать четыре"),
        ("one two three four five six, testing the radio", "one two three four five six"),
        ("Двести тысяч обещали, дали сто пятьдесят.", "Двести"),
        ("Two 300s and one 500 in our company today.", "Two"),
        ("call 8 916 123 45 67 now", "8 916 123 45 67"),
        ("one two three four five six seven eight nine ten, ready or not", "one two three"),
    ],
)
def test_ignores(rec: SpokenPhoneRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # Misdictated or misheard numbers (a digit short, an impossible code) after a phone word: still withheld.
        (
            "Запиши номер Оксани: нуль дев'ять сім, сто сорок два, тридцять, вісім.",
            "нуль дев'ять сім, сто сорок два, тридцять, вісім",
        ),
        (
            "Her mobile, write it down: eight nine two one, four four, oh seven, seventy.",
            "eight nine two one, four four, oh seven, seventy",
        ),
        (
            "Набери вот этот: восемь девятьсот двенадцать, сорок четыре, ноль семь, семьдесят.",
            "восемь девятьсот двенадцать, сорок четыре, ноль семь, семьдесят",
        ),
    ],
)
def test_finds_misdictated_after_phone_word(rec: SpokenPhoneRecognizer, text: str, surface: str) -> None:
    found = [r for r in rec.analyze(text, [ENTITY]) if text[r.start : r.end] == surface]
    assert found and found[0].score < SpokenPhoneRecognizer.SCORE, "withheld, with the lower score of a guess"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # A phone word near, but what follows is a count, an age, or too short to be a number.
        ("Номер части? Сорок шесть сто восемь.", "Сорок шесть сто восемь"),
        ("Звонил ей три раза, двадцать пять минут ждал.", "три"),
        ("The number of dead: two hundred forty, three hundred wounded.", "two hundred forty"),
    ],
)
def test_phone_word_alone_does_not_make_a_number(rec: SpokenPhoneRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("eight nine one six, one two three, forty-five, sixty-seven", "89161234567"),
        ("девятьсот шестнадцать сто двадцать три", "916123"),
        ("double five triple oh", "55000"),
        ("сорок, пять", "405"),
        ("сто пять", "105"),
        ("one hundred twenty three", "123"),
    ],
)
def test_group_reading(words: str, digits: str) -> None:
    (run,) = number_runs(words, min_len=1)
    assert spoken_digits(run) == digits


_RU_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_RU_TEENS = [
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
]
_RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
_RU_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"]


def _say_ru(group: str) -> str:
    """A digit group as a Russian speaker dictates it: 916 → девятьсот шестнадцать, 07 → ноль семь."""
    if group[0] == "0":
        return " ".join(_RU_UNITS[int(d)] for d in group[:1]) + (" " + _say_ru(group[1:]) if group[1:] else "")
    n = int(group)
    words = []
    if len(group) == 3:
        words.append(_RU_HUNDREDS[n // 100])
        n %= 100
        if n == 0:
            return " ".join(words)
        if n < 10:
            return " ".join([*words, _RU_UNITS[n]])
    if n < 10:
        words.append(_RU_UNITS[n])
    elif n < 20:
        words.append(_RU_TEENS[n - 10])
    else:
        words.append(_RU_TENS[n // 10])
        if n % 10:
            words.append(_RU_UNITS[n % 10])
    return " ".join(words)


@settings(max_examples=60, deadline=None)
@given(code=st.integers(900, 999), rest=st.text(alphabet="0123456789", min_size=7, max_size=7))
def test_dictated_russian_mobiles_round_trip(rec: SpokenPhoneRecognizer, code: int, rest: str) -> None:
    import phonenumbers

    digits = f"8{code}{rest}"
    assume(phonenumbers.is_valid_number(phonenumbers.parse(digits, "RU")))
    assume("123456789" not in digits and "987654321" not in digits and len(set(digits)) > 2)
    groups = [digits[1:4], digits[4:7], digits[7:9], digits[9:11]]
    spoken = "восемь, " + ", ".join(_say_ru(g) for g in groups)
    text = f"Запиши номер: {spoken}. Перезвони."
    found = [text[r.start : r.end] for r in rec.analyze(text, [ENTITY])]
    assert found == [spoken]
    (run,) = number_runs(spoken)
    assert spoken_digits(run) == digits


_EN_DIGITS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@settings(max_examples=40, deadline=None)
@given(code=st.integers(900, 999), rest=st.text(alphabet="0123456789", min_size=7, max_size=7))
def test_dictated_english_digits_round_trip(rec: SpokenPhoneRecognizer, code: int, rest: str) -> None:
    import phonenumbers

    digits = f"8{code}{rest}"
    assume(phonenumbers.is_valid_number(phonenumbers.parse(digits, "RU")))
    assume("123456789" not in digits and "987654321" not in digits and len(set(digits)) > 2)
    words: list[str] = []
    i = 0
    while i < len(digits):  # "double five" where a digit repeats, as people read numbers out
        if i + 1 < len(digits) and digits[i] == digits[i + 1]:
            words.append("double " + _EN_DIGITS[int(digits[i])])
            i += 2
        else:
            words.append(_EN_DIGITS[int(digits[i])])
            i += 1
    spoken = ", ".join(words)
    text = f"His number is {spoken}. Call after nine."
    assert [text[r.start : r.end] for r in rec.analyze(text, [ENTITY])] == [spoken]
