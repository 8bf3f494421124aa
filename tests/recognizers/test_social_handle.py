"""SocialHandleRecognizer: @handles, profile links, dictated handles, and nicknames printed as chat users write them
(no "@", underscored)."""

from __future__ import annotations

import pytest

from redact.recognizers.social_handle import SocialHandleRecognizer
from tests.assertions import assert_found, assert_not_found, surfaces

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


_HANDLE = SocialHandleRecognizer("en")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('His Instagram, "kolya_fpv_77", was closed after the raid.', "kolya_fpv_77"),
        ("Messages came from Vova_rus_23 every evening.", "Vova_rus_23"),
    ],
)
def test_underscored_handles_found(text: str, span: str) -> None:
    assert span in surfaces(_HANDLE, text, "SOCIAL_HANDLE")


def test_underscore_traps() -> None:
    # an e-mail's local part (the e-mail recogniser's), a file name, a hashtag (the hashtag recognisers')
    text = "Write to kolya_fpv@mail.example or see photo IMG_2034.jpg and #pamiat_ivanenko."
    assert surfaces(_HANDLE, text, "SOCIAL_HANDLE") == []


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "21:14 dasha_murm: кто-нибудь знает, где сейчас вторая рота?", "dasha_murm"),
        ("ru", "Спросите у Оля_Псков, она в том чате сидит", "Оля_Псков"),
        ("en", "ask sveta_k87 in the group, she had the list", "sveta_k87"),
        ("uk", "Котик1990: дівчата, є новини?\nІра: поки нічого", "Котик1990"),
        ("en", "Kisa_Murmansk_2: girls any news from the unit?", "Kisa_Murmansk_2"),
    ],
)
def test_handle_shaped_nicknames(lang: str, text: str, surface: str) -> None:
    rec = SocialHandleRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["SOCIAL_HANDLE"]), surface, "SOCIAL_HANDLE")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("the photo is IMG_4410.jpg in the attachment", "IMG_4410"),  # a file name
        ("write to anna_p@yandex.ru please", "anna_p"),  # an e-mail's local part is the e-mail recogniser's
        ("#Лебедев_Олег ищем до сих пор", "Лебедев_Олег"),  # a hashtag is the hashtag recognisers'
        ("the value MAX_SPEED was set", "MAX_SPEED"),  # a constant, no lower-case letter
        ("Шаман 12:40: все живы", "Шаман"),  # a name and a time, not a nickname with digits
    ],
)
def test_not_handles(text: str, surface: str) -> None:
    rec = SocialHandleRecognizer(supported_language="en")
    assert_not_found(text, rec.analyze(text, ["SOCIAL_HANDLE"]), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a dot between letters after a network's name: the name-dot-surname most accounts are
        ("uk", "Її інстаграм: marichka.savchuk, там фото з випускного.", "marichka.savchuk"),
        ("ru", "Ник в тиктоке — denis.orlov, он туда видео выкладывал.", "denis.orlov"),
        ("en", "His Instagram is pavlo.hrytsenko, now closed.", "pavlo.hrytsenko"),
        ("uk", "У фейсбуці вона iryna.melnyk.", "iryna.melnyk"),
        # a Latin word in lower case after a network's name in Russian or Ukrainian text
        ("uk", "Пиши мені в телеграм ostapbilyk, я відповім.", "ostapbilyk"),
        ("ru", "В инсте он grishaveter, подписчиков мало.", "grishaveter"),
        # a Cyrillic nickname with a digit or an underscore after any network's name
        ("uk", "В інсті вона Сонечко_2004, там усі фото.", "Сонечко_2004"),
    ],
)
def test_dotted_and_latin_handles_after_a_network(lang: str, text: str, surface: str) -> None:
    assert surface in surfaces(SocialHandleRecognizer(lang), text, ENTITY)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Пише у фейсбуці, що все добре."),
        ("uk", "У фейсбуці Taras Bondar виклав фото."),
        ("ru", "Подпишитесь на наш телеграм-канал."),
        ("en", "He posted on Telegram today."),
        ("en", "He posted on Telegram. Then he left."),
        ("uk", "Нік у грі Shadow, але це не його."),
        ("ru", "В тг 2 дня не заходил."),
    ],
)
def test_network_words_without_a_handle(lang: str, text: str) -> None:
    assert surfaces(SocialHandleRecognizer(lang), text, ENTITY) == []
