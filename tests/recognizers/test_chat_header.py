"""A chat member's display name heading his message with its time ("Shaman 06:42", "Старый Лис 07:02"): a call sign
when made of common words and the chat has turns, a person otherwise; a schedule's lines, roles and relatives are no
senders. Every chat is invented."""

from __future__ import annotations

import pytest

from redact.recognizers.chat_header import ChatHeaderRecognizer


def _found(text: str, language: str) -> list[tuple[str, str]]:
    rec = ChatHeaderRecognizer(supported_language=language)
    return sorted({(r.entity_type, text[r.start : r.end]) for r in rec.analyze(text, ["CALL_SIGN", "PERSON"])})


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a screenshot's layout: name and time on a line, the message under it
        (
            "Hunter 06:42\nbird up, moving\n\nGranite 06:44\ncopy\n\nHunter 06:45\nwork it",
            "en",
            [("CALL_SIGN", "Granite"), ("CALL_SIGN", "Hunter")],
        ),
        # two words, one a rank-like word beside a call sign or a given name
        (
            "Old Fox 07:02\nphones off\n\nDed Vasya 07:03\nroger\n\nOld Fox 07:05\ngood",
            "en",
            [("CALL_SIGN", "Old Fox"), ("PERSON", "Ded Vasya")],
        ),
        # the time after a comma or in brackets, a colon and the message on the same line
        ("Тополь, 18:02: выходим\nГена [18:03]: принял\nТополь, 18:05: ждите", "ru", [("CALL_SIGN", "Тополь")]),
        (
            "Старий Лис 07:02\nхлопці, телефони вимкнути\n\nМирослав 07:03\nприйняв",
            "uk",
            [("CALL_SIGN", "Старий Лис"), ("PERSON", "Мирослав")],
        ),
        # a display name with its owner's town or region code: the whole is the name
        (
            "Nadia from Kursk 10:40\nwrite to me in private\n\nKostyan 161 10:42\nme too",
            "en",
            [("PERSON", "Kostyan 161"), ("PERSON", "Nadia from Kursk")],
        ),
        ("Юля из Тамбова, 09:12: кто звонил?\nИрина, 09:15: я звонила", "ru", [("PERSON", "Юля из Тамбова")]),
        # a date before the time
        ("Явір, 12.03.2024 08:15\nде ви?\nЯвір, 12.03.2024 08:20\nвідповідайте", "uk", [("CALL_SIGN", "Явір")]),
    ],
)
def test_chat_senders_are_found(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    found = _found(text, language)
    assert all(e in found for e in expected), found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a schedule: each line once, no sender named
        ("Breakfast 08:00\nin the canteen\nDrill 09:00\non the range\nLunch 13:00\nsoup", "en"),
        ("Подъём 06:00\nвсе на плацу\nЗавтрак 07:00\nв столовой", "ru"),
        # one header alone heads a caption, not a chat
        ("Shaman 06:42\nbird up", "en"),
        # roles, relatives and the anonymous poster
        ("Mom 21:03\nwhere are you\nMom 21:10\nanswer me", "en"),
        ("Аноним, 08:20\nкто знает?\nАноним, 08:25\nответьте", "ru"),
        ("Мамуля 18:02\nты поел?\nМамуля 18:05\nответь", "ru"),
    ],
)
def test_no_sender_in_a_schedule_or_a_role(text: str, language: str) -> None:
    assert _found(text, language) == []


def test_a_quoted_call_sign_heads_its_messages() -> None:
    """A unit's chat writes its members' call signs in quotes over their messages ("«Хмара» 05:41"); the quotes
    stay out of the span. Invented call signs."""
    from redact.recognizers.chat_header import ChatHeaderRecognizer

    text = (
        "«Хмара» 05:41\nМавік на зарядці.\n\n«Дюша» 05:44\nприйняв, там прилітало\n\n«Рейвен» 05:52\nХлопці, заберіть"
    )
    found = {
        text[r.start : r.end]
        for r in ChatHeaderRecognizer(supported_language="uk").analyze(text, ["CALL_SIGN", "PERSON"])
    }
    assert {"Хмара", "Дюша", "Рейвен"} <= found
    assert not any("«" in f or "»" in f for f in found)
