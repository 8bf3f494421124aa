"""Nicknames as chats and search posts give them (issue #15): a Cyrillic nickname with a digit or an underscore
after "ник"/"логин", and a place of use between the cue and the handle. Sentences are invented."""

from __future__ import annotations

import pytest

from redact.recognizers.social_handle import SocialHandleRecognizer
from tests.assertions import assert_found, assert_not_found

ENTITY = "SOCIAL_HANDLE"


@pytest.fixture(scope="module")
def rec() -> SocialHandleRecognizer:
    return SocialHandleRecognizer(supported_language="ru")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("его ник в танках лис_2001, может кто играл с ним", "лис_2001"),
        ("ник в телеге Kedr_74 — пишите туда", "Kedr_74"),
        ("логин на форуме Беркут1985, он там сидел", "Беркут1985"),
    ],
)
def test_nicknames(rec: SocialHandleRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, [ENTITY]), surface, ENTITY)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("ник у него простой, Серёга", "Серёга"),  # a name after the cue, no digit or underscore: the name's
        ("в игре он был первым, ник 2024 года", "2024"),
        ("ник волк, пиши если что", "волк"),
    ],
)
def test_not_nicknames(rec: SocialHandleRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)
