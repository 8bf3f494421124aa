"""SocialHandleRecognizer: @handles, profile links, dictated handles."""

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
        ("Find me on Telegram, @volk_1990 or t.me/volk_1990.", "@volk_1990"),
        ("Find me on Telegram, @volk_1990 or t.me/volk_1990.", "t.me/volk_1990"),
        ("Пиши в телегу, собака volk_1990, или t.me/volk_1990.", "volk_1990"),
        ("his profile, vk.com/vadim.tsoy.88, listed his home town", "vk.com/vadim.tsoy.88"),
        ("отпишитесь или vk.com/id482019384", "vk.com/id482019384"),
        ("https://www.instagram.com/irka_melnyk_lviv/ — там фото", "https://www.instagram.com/irka_melnyk_lviv/"),
        ("Tell Polina the new tg is dan_rsk_61 and I'll be home", "dan_rsk_61"),
        ("ник у него grom_174, найдёшь", "grom_174"),
        # the messenger named in full, a possessive before the handle, a trailing underscore
        ("инстаграм моя olya.kedr_ закрытый", "olya.kedr_"),
        ("а в тікток його dima_kr_ заходив?", "dima_kr_"),
    ],
)
def test_finds(rec: SocialHandleRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, [ENTITY]), surface, ENTITY)


def test_dictated_cue_stays_visible(rec: SocialHandleRecognizer) -> None:
    text = "собака volk_1990"
    assert [text[r.start : r.end] for r in rec.analyze(text, [ENTITY])] == ["volk_1990"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("почта ivan.k@mail.ru, пиши", "ivan.k@mail.ru"),
        ("my telegram is down again", "down"),
        ("собака лает всю ночь", "лает"),
        ("meet @ 5pm", "5pm"),
        ("инстаграм моя давно закрыт", "давно"),
    ],
)
def test_ignores(rec: SocialHandleRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, [ENTITY]), surface)
