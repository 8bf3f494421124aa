"""PartialPhoneRecognizer: tails of numbers after "ending in" / "заканчивается на" / "останні цифри"."""

from __future__ import annotations

import pytest

from redact.recognizers.phone_partial import PartialPhoneRecognizer
from tests.assertions import assert_found, assert_not_found

ENTITY = "PHONE_NUMBER"


@pytest.fixture(scope="module")
def rec() -> PartialPhoneRecognizer:
    return PartialPhoneRecognizer(supported_language="ru")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Nadya changed her SIM, her phone ends in 45-67.", "45-67"),
        ("the number ending in 45-67 is his", "45-67"),
        ("last four digits 4567, that's all I have", "4567"),
        ("His new number ends in 7-7-1-2.", "7-7-1-2"),
        ("Номер заканчивается на 45-67, остальное не помню.", "45-67"),
        ("последние цифры 4567, остальное стёрлось", "4567"),
        ("Я номер сменил, старый на 38-19 заканчивается.", "38-19"),
        ("номер закінчується на 12 34", "12 34"),
        ("останні чотири цифри 4567", "4567"),
        ("the last digits are 4567, I think", "4567"),
        ("последние 4 цифры 4567", "4567"),
    ],
)
def test_finds(rec: PartialPhoneRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, [ENTITY]), surface, ENTITY)


def test_cue_stays_visible(rec: PartialPhoneRecognizer) -> None:
    text = "Номер заканчивается на 45-67."
    assert [text[r.start : r.end] for r in rec.analyze(text, [ENTITY])] == ["45-67"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The contract ends in 2025.", "2025"),
        ("Звони на 45-67-89 когда хочешь", "45-67-89"),
        ("в 5-й раз заканчивается смена", "5"),
    ],
)
def test_ignores(rec: PartialPhoneRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)
