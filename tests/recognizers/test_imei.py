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
        ("IMEI 352099001761482 (bad check digit)", "352099001761482"),
        ("card 2200 1234 5678 9019", "2200 1234 5678 9019"),
        ("call 89161234567", "89161234567"),
    ],
)
def test_ignores(rec: ImeiRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)
