"""A quoted word in a record or obituary is a call sign only where a cue or a comrade's apposition makes it one.

- a quoted call sign after a commander's post and the sub-unit he heads, a quoted comrade after a call sign, a quoted
  nickname after the call-sign cue, a comrade's quoted nickname in a prisoner's account (strict pipeline);
- traps: an award's or an institution's name in quotes, a capital inside an award's name, a quoted body after the
  commander of a brigade.

Every private name and nickname is invented.
"""

from __future__ import annotations

import pytest

from redact.pipeline import Redactor, analyze_text
from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from tests.assertions import surfaces


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Позывной «Кедр». Посмертно награжден медалью «За отвагу».", "За отвагу"),
        ("Позывной «Кедр». Окончил МБОУ «Кедровская СОШ», работал на ферме.", "Кедровская СОШ"),
        ("Позывной «Кедр», награжден знаком «Гвардия» и медалью «За боевые отличия».", "Гвардия"),
        ("Позывной «Кедр». Работал в ООО «Северный Кедр» водителем.", "Северный Кедр"),
    ],
)
def test_an_award_or_an_institution_in_quotes_is_no_call_sign(text: str, plain: str) -> None:
    found = surfaces(RuCallSignRecognizer("ru"), text, "CALL_SIGN")
    assert "Кедр" in found
    assert plain not in found


def test_a_quoted_comrade_after_a_call_sign_still_is_one() -> None:
    text = "Позывной «Кедр». С ним был «Шуруп», тоже из нашего района."
    assert "Шуруп" in surfaces(RuCallSignRecognizer("ru"), text, "CALL_SIGN")


def test_a_capital_inside_an_awards_name_is_no_nickname() -> None:
    text = "Награждён орденом «За заслуги перед Отечеством» IV степени и медалью Суворова."
    assert "Отечеством" not in surfaces(RuCallSignRecognizer("ru"), text, "CALL_SIGN")


def test_comrade_with_a_quoted_nickname(strict_redactor: Redactor) -> None:
    text = "За словами полоненого, його товариша «Пензлика» командир відправив на штурм без зброї."
    found = analyze_text(text, "uk", strict_redactor.engines, strict_redactor.policy)
    i = text.index("Пензлика")
    assert any(f.start <= i < f.end for f in found)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("— Хто командир? — Командир роти — «Шаман», а взводом командував інший.", "Шаман"),
        ("Командир відділення – «Грек», загинув ще взимку.", "Грек"),
        ("Командир расчёта — «Бизон», он из Улан-Удэ.", "Бизон"),
    ],
)
def test_quoted_sign_after_commander_of_a_sub_unit(text: str, sign: str) -> None:
    lang = "ru" if "расчёта" in text else "uk"
    assert sign in surfaces(RuCallSignRecognizer(supported_language=lang), text, "CALL_SIGN", min_score=0.35)


def test_a_quoted_body_after_a_commander_of_a_brigade_is_no_call_sign() -> None:
    text = "Командир бригади «Азов» дав інтерв'ю."
    assert "Азов" not in surfaces(RuCallSignRecognizer(supported_language="uk"), text, "CALL_SIGN", min_score=0.35)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Позивний – «Дід».\nНагороджений орденом «За мужність» III ступеня (посмертно).", "Дід"),
        ("Позивний «Кум». Має медаль «Захиснику Вітчизни» з 2023 року.", "Кум"),
        ("Позывной «Тайга». Награждён медалью «За отвагу» посмертно.", "Тайга"),
    ],
)
def test_award_title_is_no_call_sign(text: str, sign: str) -> None:
    lang = "ru" if "Позывной" in text else "uk"
    assert surfaces(RuCallSignRecognizer(supported_language=lang), text, "CALL_SIGN", min_score=0.35) == [sign]
    assert not surfaces(RuPersonRecognizer(supported_language=lang), text, "PERSON", min_score=0.35)


def test_a_quoted_nickname_after_the_call_sign_cue_is_still_one() -> None:
    text = "Позивний – «Дід». Його побратим «Лис» загинув того ж дня."
    assert surfaces(RuCallSignRecognizer(supported_language="uk"), text, "CALL_SIGN", min_score=0.35) == ["Дід", "Лис"]
