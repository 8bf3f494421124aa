"""Forms of Russian and Ukrainian intercepts and chats found this release (issue #15), each beside its trap.

- an institution named by an undeclined town in -ово/-ино ("военкомата Кедрово"), a town's commandant's office by its
  town ("комендатуре Кедровки"), a remand prison or lockup by the town it stands in ("в СИЗО в Кедровске", "ИВС
  Кедровска"), a motor convoy by its number ("автоколонне № 1417");
- a call sign quoted after a post and an adjective of its tenure ("Ротный новый, «Хмурый»"), and a quoted thing's name
  after "у" in the genitive, whose a thing is or under whom a man serves ("у «Дизеля»", "ссылка у «Бороды»");
- a regiment's three digits in the masculine after a possessive ("з нашого 503-го"), a compound ordinal of the
  hundreds as the subject ("Тут двести двадцать восьмой весь положили"), a battalion clipped or named without quotes
  ("бат «Тайфун»", "бат Тайфун"), a numeral nickname driven to the front ("нашу «дев'ятку» знову під ... загнали").

Every sentence is invented; villages and towns are invented, big cities and public bodies are real.
"""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.numeral_nickname import NumeralNicknameRecognizer
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.ru_call_sign import RuCallSignRecognizer


def _spans(rec: object, text: str, entity: str) -> list[str]:
    found = rec.analyze(text, [entity])  # type: ignore[attr-defined]
    return sorted({text[r.start : r.end] for r in found if r.score >= 0.35 and r.entity_type == entity})


@pytest.fixture(scope="module")
def org() -> dict[str, OrganizationRecognizer]:
    return {"ru": OrganizationRecognizer("ru"), "uk": OrganizationRecognizer("uk")}


@pytest.fixture(scope="module")
def unit() -> dict[str, MilitaryUnitRecognizer]:
    return {lang: MilitaryUnitRecognizer(supported_language=lang) for lang in ("ru", "uk")}


@pytest.fixture(scope="module")
def sign() -> dict[str, RuCallSignRecognizer]:
    return {lang: RuCallSignRecognizer(supported_language=lang) for lang in ("ru", "uk")}


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("ru", "Нам из военкомата Иваново сказали: без вести, ждите.", "военкомата Иваново"),
        ("ru", "Он теперь в комендатуре Кедровки сидит, на подвале.", "комендатуре Кедровки"),
        ("ru", "Его отправили в СИЗО в Кедровске, потом на этап.", "СИЗО в Кедровске"),
        ("ru", "Три дня держали в ИВС Кедровска, без адвоката.", "ИВС Кедровска"),
        ("ru", "До контракта работал водителем в автоколонне № 1417.", "автоколонне № 1417"),
        ("uk", "До війни їздив водієм в автоколоні №12, всі його знали.", "автоколоні №12"),
    ],
)
def test_local_institutions_of_speech(org: dict[str, OrganizationRecognizer], lang: str, text: str, span: str) -> None:
    assert span in _spans(org[lang], text, "ORGANIZATION"), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В Кемерово прошло прощание, пришли сотни людей."),  # an undeclined city alone is no institution
        ("ru", "Документы из комендатуры пришли, всё нормально."),  # a bare head names none
        ("ru", "Его держали в СИЗО, потом отпустили."),
        ("ru", "Он в автоколонне работал, водителем."),
        ("uk", "Відправ Новою поштою, я заберу у відділенні."),  # a national carrier stays
    ],
)
def test_heads_without_their_town_stay(org: dict[str, OrganizationRecognizer], lang: str, text: str) -> None:
    assert _spans(org[lang], text, "ORGANIZATION") == [], text


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("ru", "Ротный новый, «Хмурый», вообще не соображает, гонит нас днём.", "Хмурый"),
        ("ru", "Комбат прежний «Седой» нас хоть берёг.", "Седой"),
        ("uk", "Взводний колишній — «Сич», його перевели в штаб.", "Сич"),
        ("ru", "Лёха мой в третьем взводе, у «Дизеля».", "Дизеля"),
        ("ru", "Ссылка у «Бороды», пишите ему в личку.", "Бороды"),
        # a station announcing itself where a turn opens, no comma after it
        ("ru", "— Кедр на связи, приём.\n— Понял тебя.", "Кедр"),
        ("ru", "— «Тундра» на приёме, слушаю.", "Тундра"),
        # contact kept with a man: a quoted thing's name in the instrumental
        ("uk", "Дівчата, хтось має зв'язок з «Тайфуном»? Мій не виходить.", "Тайфуном"),
        ("ru", "Связи нет с «Бураном» третий день.", "Бураном"),
        # a post with its sub-unit's ordinal, the noun understood
        ("ru", "Вот номер ротного 5-й, «Сапсан», он иногда отвечает.", "Сапсан"),
    ],
)
def test_call_signs_of_speech(sign: dict[str, RuCallSignRecognizer], lang: str, text: str, span: str) -> None:
    assert span in _spans(sign[lang], text, "CALL_SIGN"), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Ротный новый, говорят, «зверь»."),  # a lower-case quote is a quality
        ("ru", "Командир новый «Т-72» пригнал."),  # a machine's designation
        ("uk", "Він працює у «Школі» біля ставка."),  # "у" and the locative: a place
        ("ru", "Учились у «Газпрома» работать."),  # a company
        ("ru", "— Москва на связи, слушаем вас."),  # a city on the air is a place
        ("ru", "Связи с «Газпромом» у нас нет."),  # a company contact is kept with
    ],
)
def test_quoted_words_that_name_no_man(sign: dict[str, RuCallSignRecognizer], lang: str, text: str) -> None:
    assert _spans(sign[lang], text, "CALL_SIGN") == [], text


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("uk", "З нашого 503-го половина вже в землі.", "503-го"),
        ("ru", "В нашем 291-м все знают, кто это сделал.", "291-м"),
        ("ru", "Тут двести двадцать восьмой весь положили, нас к ним докинули.", "двести двадцать восьмой"),
        ("ru", "Сто двадцать восьмой опять на штурм пошёл.", "Сто двадцать восьмой"),
        ("ru", "Меня перевели в бат «Тайфун», там полегче.", "бат «Тайфун»"),
        ("ru", "Чат «бат Тайфун — свои»", "бат Тайфун"),
        ("uk", "У загоні Кречет нас було двадцять.", "загоні Кречет"),
        # a drone or compound arm before a named battalion, a Ukrainian bracketed qualifier inside a designation
        ("uk", "В ударно-безпілотному батальйоні «Сокира» з осені.", "ударно-безпілотному батальйоні «Сокира»"),
        ("uk", "Служив у ракетно-артилерійській бригаді «Кедр» до весни.", "ракетно-артилерійській бригаді «Кедр»"),
        ("uk", "в/ч 29760 (55 окрема мотострілецька (гірська) бригада)", "55 окрема мотострілецька (гірська) бригада"),
    ],
)
def test_units_of_speech(unit: dict[str, MilitaryUnitRecognizer], lang: str, text: str, span: str) -> None:
    found = _spans(unit[lang], text, "MILITARY_UNIT")
    assert any(span in f for f in found), (text, found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "С 291-го начинается новая глава."),  # a masculine ordinal after a bare preposition: a page, a date
        ("ru", "Он сто двадцать пятый раз звонит."),  # its own noun after it
        ("ru", "Прошёл сто двадцать пятый километр, потом свернули."),
        ("ru", "Дом сто двадцать пятый, квартира девятая."),  # its noun before it
        ("ru", "Служил в батальоне Мариуполя, потом ушёл."),  # a city's genitive is no name
        ("ru", "Отряд Иванова вышел к реке."),  # a surname or a town: its commander's or its place
    ],
)
def test_numbers_and_names_that_are_no_unit(unit: dict[str, MilitaryUnitRecognizer], lang: str, text: str) -> None:
    found = _spans(unit[lang], text, "MILITARY_UNIT")
    assert not any(w in f for f in found for w in ("291", "сто двадцать", "Мариуполя", "Иванова")), (text, found)


def test_a_hyphenated_institution_is_no_unit(unit: dict[str, MilitaryUnitRecognizer]) -> None:
    text = "Після навчання пішов у науково-дослідний інститут «Кедр»."
    assert _spans(unit["uk"], text, "MILITARY_UNIT") == []


@pytest.mark.parametrize(("lang", "text"), [("ru", "Он был артиллеристом, потом ушёл на завод.")])
def test_a_man_of_an_arm_is_no_unit(unit: dict[str, MilitaryUnitRecognizer], lang: str, text: str) -> None:
    assert _spans(unit[lang], text, "MILITARY_UNIT") == []


def test_numeral_nickname_driven_to_the_front() -> None:
    rec = NumeralNicknameRecognizer(supported_language="uk")
    text = "Нашу «дев'ятку» знову під Кедрівку загнали, від старого складу нікого не лишилось."
    assert "дев'ятку" in _spans(rec, text, "MILITARY_UNIT")
    ru = NumeralNicknameRecognizer(supported_language="ru")
    flat = "Живём в нашей двушке под Тверью, тесно."  # a flat near a town, no verb of driving men to the front
    assert _spans(ru, flat, "MILITARY_UNIT") == []
