"""ImeiRecognizer: Luhn-checked 15-digit IMEIs."""

from __future__ import annotations

import pytest

from redact.recognizers.imei import ImeiRecognizer
from tests.assertions import assert_found, assert_not_found

ENTITY = "IMEI"


@pytest.fixture(scope="module")
def rec() -> ImeiRecognizer:
    return ImeiRecognizer(supported_language="en")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Thuraya is +88216 1234 5678, IMEI 352099001761481.", "352099001761481"),
        ("Мам, запиши IMEI, если телефон потеряю: 358955597971145.", "358955597971145"),
        ("IMEI був 35-710497-465075-5, може, знайдуть", "35-710497-465075-5"),
    ],
)
def test_finds(rec: ImeiRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, [ENTITY]), surface, ENTITY)


def test_context_raises_score(rec: ImeiRecognizer) -> None:
    with_cue = rec.analyze("IMEI 352099001761481", [ENTITY])
    bare = rec.analyze("ref 352099001761481", [ENTITY])
    assert with_cue and bare and with_cue[0].score >= bare[0].score


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a bad check digit with no "IMEI" before it: any 15 digits (after its name it is the handset's, see below)
        ("serial 352099001761482 (bad check digit)", "352099001761482"),
        ("card 2200 1234 5678 9019", "2200 1234 5678 9019"),
        ("call 89161234567", "89161234567"),
    ],
)
def test_ignores(rec: ImeiRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # after its name the number is the handset's, its check digit unread and however it is grouped
        ("en", "Investigators logged IMEI 359871026634512 on the seized handset.", "359871026634512"),
        ("uk", "ІМЕІ телефону: 359 871 026 634 512, сім-карта київська.", "359 871 026 634 512"),
        ("ru", "Запиши имей моего телефона — 3598 7102 6634 512, пригодится.", "3598 7102 6634 512"),
        ("ru", "IMEI2: 35-987102-663451-3; второй слот пустой.", "35-987102-663451-3"),
        ("en", "The IMEI-code was 3598710266345127 according to the report.", "3598710266345127"),
        # the name typed with Cyrillic letters that look Latin, six words between, a number without its check digit
        ("uk", "ІМЕІ: 359871026634512", "359871026634512"),
        ("uk", "IМЕI того телефону, що забрали, був 35987102663451.", "35987102663451"),
    ],
)
def test_number_after_its_name_whatever_its_check_digit(lang: str, text: str, surface: str) -> None:
    found = [text[r.start : r.end] for r in ImeiRecognizer(lang).analyze(text, [ENTITY]) if r.score >= 0.8]
    assert surface in found


@pytest.mark.parametrize(
    "text",
    [
        "IMEI 359871026634512 12 pieces in stock",
        "номер справи 359871026634512",
        "IMEI 12345, the rest unreadable",
        "IMEI 12345678901234567 is seventeen digits",
        "IMEI телефону 380671234567",
    ],
)
def test_number_after_its_name_traps(text: str) -> None:
    assert ImeiRecognizer("uk").analyze(text, [ENTITY]) == []
