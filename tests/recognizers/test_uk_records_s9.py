"""Ukrainian records and reporting (session 9): a surname that does not decline after a given name and patronymic
("солдата Івана Георгійовича Лунгу"), a sub-unit named by its function abbreviation or a noun in -ет before the
unit's number ("роти ударних БпЛА 1152 мотострілецького полку", "батареї протитанкових керованих ракет 128 ОГШБр",
"медроти 5-ї бригади"), and the honorific capitals of memorial notices ("прощання з Героєм", "зустріли Захисника"),
which are no place, name or call sign.

Every private name and number is invented; each positive is in one of the shapes real notices and prosecutors'
releases write, not the tune passage's, and each trap is what a looser rule would take.
"""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.municipal import MunicipalRecognizer
from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from redact.recognizers.ru_location import RuLocationRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer


@pytest.fixture(scope="module")
def person() -> RuPersonRecognizer:
    return RuPersonRecognizer(supported_language="uk")


@pytest.fixture(scope="module")
def unit() -> MilitaryUnitRecognizer:
    return MilitaryUnitRecognizer("uk")


def _spans(rec: object, text: str, entity: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [entity]) if r.score >= 0.35]  # type: ignore[attr-defined]


# --- a surname that does not decline, after a given name and patronymic ----------------------------------------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Завтра о 12:00 зустрічаємо на колінах солдата Івана Георгійовича Лунгу.", "Лунгу"),
        ("Загинув старший сержант Василь Олексійович Гоншу, 1979 р.н., житель Новоселиці.", "Гоншу"),
        ("Прощання з Гіві Зурабовичем Кварацхелія відбудеться в неділю.", "Кварацхелія"),
        ("Громада висловлює співчуття рідним Андрія Петровича Довгих.", "Довгих"),
    ],
)
def test_surname_after_given_name_and_patronymic(person: RuPersonRecognizer, text: str, surname: str) -> None:
    assert any(surname in s for s in _spans(person, text, "PERSON")), surname


def test_a_verb_after_a_patronymic_is_no_surname(person: RuPersonRecognizer) -> None:
    text = "Він сказав: Петро Іванович прийде, а Сказав — то лише слово."
    assert not any("Сказав" in s for s in _spans(person, text, "PERSON"))


# --- a sub-unit named by its function before the unit's number ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Удари завдавав розрахунок роти ударних БпЛА 1152 мотострілецького полку ЗС РФ.",
            "роти ударних БпЛА 1152 мотострілецького полку",
        ),
        ("Оператор взводу ударних БпАК 3 батальйону 47 ОМБр загинув 4 березня.", "взводу ударних БпАК 3 батальйону"),
        (
            "Обіймав посаду навідника батареї протитанкових керованих ракет 128 окремої бригади.",
            "батареї протитанкових керованих ракет 128 окремої бригади",
        ),
        ("Санінструктор медроти 5-ї мотострілецької бригади брав гроші за довідки.", "медроти 5-ї мотострілецької"),
    ],
)
def test_function_sub_unit_opens_the_chain(unit: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    start = text.index(surface)
    found = [r for r in unit.analyze(text, ["MILITARY_UNIT"]) if r.score >= 0.35]
    assert any(r.start <= start and start + len(surface) <= r.end for r in found), surface


@pytest.mark.parametrize(
    "text",
    [
        "Він служив у роті ударних БпЛА, а потім перевівся до штабу.",
        "Поранених доставили до медроти, там уже чекали лікарі.",
        "Роти ударних БПЛА тепер створюють у кожній бригаді.",
    ],
)
def test_a_sub_unit_with_no_number_is_no_unit(unit: MilitaryUnitRecognizer, text: str) -> None:
    assert not [r for r in unit.analyze(text, ["MILITARY_UNIT"]) if r.score >= 0.35]


# --- honorific capitals of memorial notices --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Прощання з Героєм розпочнеться о 12:00 біля будинку культури.",
        "Вічна пам'ять Героєві! Співчуваємо рідним.",
        "Громада на колінах зустріла Захисника, кортеж рухався центральною вулицею.",
        "Шана Героїні, яка рятувала поранених під обстрілами.",
    ],
)
def test_honorific_capital_is_no_place_name_or_call_sign(person: RuPersonRecognizer, text: str) -> None:
    assert not _spans(person, text, "PERSON")
    assert not _spans(RuLocationRecognizer(supported_language="uk"), text, "LOCATION")
    assert not _spans(RuCallSignRecognizer(supported_language="uk"), text, "CALL_SIGN")


def test_the_name_after_the_honorific_is_still_taken(person: RuPersonRecognizer) -> None:
    text = "Прощання з Героєм Андрієм Коваленком відбудеться на подвір'ї школи."
    assert "Андрієм Коваленком" in _spans(person, text, "PERSON")


def test_the_country_after_an_honorific_is_no_name_part(person: RuPersonRecognizer) -> None:
    text = "Завтра громада віддасть шану захиснику України Миколі Махнюку, кортеж прибуде о 10:00."
    assert _spans(person, text, "PERSON") == ["Миколі Махнюку"]


# --- a quoted call sign after a commander's post and the sub-unit he heads --------------------------------------


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
    assert sign in _spans(RuCallSignRecognizer(supported_language=lang), text, "CALL_SIGN")


def test_a_quoted_body_after_a_commander_of_a_brigade_is_no_call_sign() -> None:
    text = "Командир бригади «Азов» дав інтерв'ю."
    assert "Азов" not in _spans(RuCallSignRecognizer(supported_language="uk"), text, "CALL_SIGN")


# --- "Слава" in a memorial's name ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Похований на Алеї Слави міського кладовища поруч із побратимами.",
        "Квіти поклали біля Площі Слави, де стоїть стела.",
        "Похоронен на Аллее Славы городского кладбища.",
    ],
)
def test_glory_in_a_memorial_name_is_no_one(person: RuPersonRecognizer, text: str) -> None:
    lang = "ru" if "Аллее" in text else "uk"
    rec = person if lang == "uk" else RuPersonRecognizer(supported_language="ru")
    assert not _spans(rec, text, "PERSON")
    assert not _spans(RuCallSignRecognizer(supported_language=lang), text, "CALL_SIGN")


def test_slava_as_a_man_is_still_a_name(person: RuPersonRecognizer) -> None:
    assert "Славою" in _spans(person, "Ми зі Славою ходили на рибалку.", "PERSON")


# --- a given name in the instrumental after "з": company, not a town ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ми з Володимиром служили в одній роті з весни.", "Володимиром"),
        ("Прощання з Володимиром відбудеться у суботу біля школи.", "Володимиром"),
        ("Вчора розмовляв із Богданом по телефону.", "Богданом"),
    ],
)
def test_given_name_after_with_is_a_man(person: RuPersonRecognizer, text: str, name: str) -> None:
    assert name in _spans(person, text, "PERSON")
    assert name not in _spans(RuLocationRecognizer(supported_language="uk"), text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Він приїхав з Володимира до Луцька автобусом.", "Володимира"),
        ("Бої тривають під Володимиром, кажуть волонтери.", "Володимиром"),
    ],
)
def test_the_town_in_its_own_cases_stays_a_place(text: str, town: str) -> None:
    assert town in _spans(RuLocationRecognizer(supported_language="uk"), text, "LOCATION")


# --- a village's name ends before a man's given name and patronymic ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "village", "name"),
    [
        (
            "На Донеччині загинув мешканець села Сокиринці Дмитро Андрійович Гончарук.",
            "Сокиринці",
            "Дмитро Андрійович Гончарук",
        ),
        ("Загинув житель с. Вербівка Олег Петрович Мазур, 1985 р.н.", "Вербівка", "Олег Петрович Мазур"),
    ],
)
def test_village_then_full_name(person: RuPersonRecognizer, text: str, village: str, name: str) -> None:
    places = _spans(RuLocationRecognizer(supported_language="uk"), text, "LOCATION")
    assert village in places and not [p for p in places if name.split()[0] in p]
    assert name in _spans(person, text, "PERSON")


def test_a_two_word_village_stays_whole() -> None:
    text = "Народився в селі Нова Ушиця, служив у ЗСУ."
    assert "Нова Ушиця" in _spans(RuLocationRecognizer(supported_language="uk"), text, "LOCATION")


# --- a daughter is no native of Donetsk -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "У Героя залишилися дружина та маленька донечка.",
        "Він встиг подарувати донечці ведмедика на день народження.",
        "Донечка щодня питає, коли тато повернеться.",
    ],
)
def test_daughter_is_no_demonym(text: str) -> None:
    assert not _spans(MunicipalRecognizer(supported_language="uk"), text, "LOCATION")


def test_a_real_demonym_of_donetsk_stays() -> None:
    text = "Загинула донеччанка, яка волонтерила з 2014 року."
    assert "донеччанка" in _spans(MunicipalRecognizer(supported_language="uk"), text, "LOCATION")


# --- award titles in a record that also gives a call sign -------------------------------------------------------


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
    assert _spans(RuCallSignRecognizer(supported_language=lang), text, "CALL_SIGN") == [sign]
    assert not _spans(RuPersonRecognizer(supported_language=lang), text, "PERSON")


def test_a_quoted_nickname_after_the_call_sign_cue_is_still_one() -> None:
    text = "Позивний – «Дід». Його побратим «Лис» загинув того ж дня."
    assert _spans(RuCallSignRecognizer(supported_language="uk"), text, "CALL_SIGN") == ["Дід", "Лис"]


# --- a unit number read aloud after a question with its verb ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "spoken"),
    [
        ("— Номер частини знаєте? — Сорок два триста п'ятнадцять.", "uk", "Сорок два триста п'ятнадцять"),
        ("— Номер части помнишь? — Двадцать три шестьсот сорок.", "ru", "Двадцать три шестьсот сорок"),
    ],
)
def test_spoken_unit_number_after_a_question_verb(text: str, lang: str, spoken: str) -> None:
    assert spoken in _spans(MilitaryUnitRecognizer(lang), text, "MILITARY_UNIT")


def test_a_refusal_after_the_question_is_no_number() -> None:
    text = "— Номер частини пам'ятаєте? — Ні, не пам'ятаю, десь два роки тому змінили."
    assert not _spans(MilitaryUnitRecognizer("uk"), text, "MILITARY_UNIT")
