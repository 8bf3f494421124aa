"""TrunkPhoneRecognizer: "8 0XX" Belarusian/old Ukrainian forms and satellite numbers without "+"."""

from __future__ import annotations

import pytest

from redact.recognizers.phone import PhoneNumberRecognizer
from redact.recognizers.phone_trunk import TrunkPhoneRecognizer
from tests.assertions import assert_found, assert_not_found

ENTITY = "PHONE_NUMBER"


@pytest.fixture(scope="module")
def rec() -> TrunkPhoneRecognizer:
    return TrunkPhoneRecognizer(supported_language="ru")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Брат в Гомеле, его старый номер 8 029 612-34-56, скажи Саньку.", "8 029 612-34-56"),
        ("Её мобильный был 8 (050) 123 45 67 ещё до войны.", "8 (050) 123 45 67"),
        ("old number 8-067-123-45-67", "8-067-123-45-67"),
        ("The Thuraya is 88216 1234 5678, call at night.", "88216 1234 5678"),
        ("Iridium 008816 2345 6789 works", "008816 2345 6789"),
        ("Inmarsat 870 772 123 456 on the roof", "870 772 123 456"),
    ],
)
def test_finds(rec: TrunkPhoneRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, [ENTITY]), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("код 8 011 123 45 67 не существует", "8 011 123 45 67"),
        ("в/ч 80123, 8 000 000 00 00", "8 000 000 00 00"),
        ("Москва-400, индекс 870123", "870123"),
        ("8 029 612-34-567 too long", "8 029 612-34-567"),
    ],
)
def test_ignores(rec: TrunkPhoneRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)


@pytest.mark.parametrize(
    "surface",
    ["+88216 1234 5678", "+8816 2345 6789", "+870 772 123 456"],
)
def test_satellite_with_plus_is_the_plain_recognizers_job(surface: str) -> None:
    # Thuraya, Iridium and Inmarsat numbers with "+" validate in phonenumbers at leniency 1 for any region.
    text = f"The sat phone is {surface}, call at night."
    assert_found(text, PhoneNumberRecognizer(supported_language="en").analyze(text, [ENTITY]), surface, ENTITY)
