"""A relatives' chat, group or channel by its quoted name: the whole name is withheld, not only the unit and the
town inside it ("чату «Жінки 1430 полку»", "телеграм-канале «Жёны 252-го | Россошь»"). Traps: national channels and
movements, a town's news or search group, a family's own chat, a TV channel with a number. Names are invented."""

from __future__ import annotations

import pytest

from redact.recognizers.group_chat import GroupChatRecognizer

ENTITY = "ORGANIZATION"


def _spans(rec: GroupChatRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [ENTITY])]


@pytest.fixture(scope="module")
def recs() -> dict[str, GroupChatRecognizer]:
    return {"ru": GroupChatRecognizer("ru"), "uk": GroupChatRecognizer("uk")}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a leaked screenshot's header: the chat word first, the name quoted
        ("ru", "Чат «Жёны 3-го МСБ 💙 Кедровск» (из переписки, орфография сохранена)", "Жёны 3-го МСБ 💙 Кедровск"),
        # a closed chat, its adjective before the chat word, the unit and the town in the name
        (
            "ru",
            "Скриншоты из закрытого чата «Родные 1412 полка | Сосновск» опубликовал местный канал.",
            "Родные 1412 полка | Сосновск",
        ),
        # a court report names the channel a wife posted in
        ("ru", "Поводом стал её пост в телеграм-канале «Жены 417-го | Кедровка», где она", "Жены 417-го | Кедровка"),
        # the unit's field number in the name
        ("ru", "Скрин из беседы «в/ч 51234 семьи», который прислала читательница", "в/ч 51234 семьи"),
        # two words between the chat word and the name
        (
            "uk",
            "Скріни з чату дружин мобілізованих «Ждём наших 🙏 Кедровск» потрапили до редакції.",
            "Ждём наших 🙏 Кедровск",
        ),
        ("uk", "— Ну Оксана знає, вона з чату «Жінки 1502 полку». Або подзвони.", "Жінки 1502 полку"),
        # a messenger named between
        ("uk", "Група у Viber «Мамочки 155 бригади»\nМарічка: Дівчата, хто знає?", "Мамочки 155 бригади"),
        ("uk", "Чат «Рідні 2 роти» у Viber (опубліковано з дозволу)", "Рідні 2 роти"),
    ],
)
def test_relatives_chat(recs: dict[str, GroupChatRecognizer], language: str, text: str, name: str) -> None:
    assert _spans(recs[language], text) == [name]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a national movement or channel, public
        ("ru", "О телеграм-канале «Путь домой» стало широко известно после акции."),
        ("ru", "Об этом сообщил телеграм-канал «Рыбарь»."),
        # a TV channel with a number: no unit word after it
        ("uk", "Про це розповів телеканал «24 Канал» увечері."),
        # a big city's search group, and a town no gazetteer holds: the town is the place finding's (a listed small
        # town's own public is withheld whole: test_organization_s16.py)
        ("uk", "Телеграм-чат «Дніпро – пошук полонених ЗСУ», березень"),
        ("ru", "Пост в VK-группе «Подслушано Москва»"),  # a capital's gossip public (a town's is its families')
        ("ru", "в группе «Томск — поддержка семей СВО» ответили"),
        # a family's own chat names no unit and no relatives
        ("uk", "Сімейний чат «Наші 💙💛»"),
        # a nationwide relatives' channel names no town and no unit
        ("ru", "Об этом написали в телеграм-канале «Жёны мобилизованных»."),
        # a relatives' word in quotes without a chat word before it
        ("ru", "Она написала: «Жёны 3-го батальона ждут ответа»."),
    ],
)
def test_not_a_relatives_chat(recs: dict[str, GroupChatRecognizer], language: str, text: str) -> None:
    assert _spans(recs[language], text) == []


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Жёны 3-го МСБ 💙 Кедровск", "chat"),
        ("Мамочки 155 бригади", "chat"),
        ("Ждём наших 🙏 Кедровск", "chat"),
        # an institution word decides before the chat grammar
        ("школа № 5", "school"),
        ("Кедровск", ""),
    ],
)
def test_generalised_as_a_chat(name: str, kind: str) -> None:
    from redact.recognizers.nlp.institutions import institution_kind

    assert institution_kind(name, "ru") == kind


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a screenshot's header: the quoted name alone on its first line, the messages under it
        (
            "ru",
            "«Шторм Z – родные | Кедровск»\n\nГалина Ивановна:\nДевочки, кто знает, их вывели?",
            "Шторм Z – родные | Кедровск",
        ),
        ("uk", "«Жінки 1430 полку»\n\nОксана 21:14\nДівчата, хтось має зв'язок?", "Жінки 1430 полку"),
    ],
)
def test_chat_name_as_a_header(recs: dict[str, GroupChatRecognizer], language: str, text: str, name: str) -> None:
    assert _spans(recs[language], text) == [name]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "«Мы вернёмся домой»\n\nОна написала эти стихи весной."),  # a poem's title
        ("ru", "«Путь домой»\n\nКанал жён мобилизованных."),  # a national movement
        ("ru", "«Москва | Чат»\n\nИгорь 08:02\nЛюди, на МКАД пробка."),  # a big city's chat is public
    ],
)
def test_a_quoted_header_of_no_relatives_chat(recs: dict[str, GroupChatRecognizer], language: str, text: str) -> None:
    assert _spans(recs[language], text) == []
