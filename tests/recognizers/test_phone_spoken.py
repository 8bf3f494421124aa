"""SpokenPhoneRecognizer: numbers dictated in English, Russian and Ukrainian words."""

from __future__ import annotations

import pytest

from recognizers.phone_spoken import SpokenPhoneRecognizer, _runs, spoken_digits
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
    (run,) = _runs(words, min_len=1)
    assert spoken_digits(run) == digits
