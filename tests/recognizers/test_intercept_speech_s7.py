"""Speech forms of intercepted calls, prisoners' calls and wives' chats (issue #15), by class: nicknames printed as
chat users write them (no "@"), a brigade's ordinal said with its noun understood, a spelled ordinal as a sentence's
subject in English translations, a four-digit regiment with its abbreviation, Ukrainian endearing forms of names, a
quoted call sign as a subject past an adverb, in apposition after a full name or answering "who", a home place after
a man's name, and a home-town adjective spelt with "ё". Every sentence is invented; each class has its traps."""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from redact.recognizers.ru_location import RuLocationRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from redact.recognizers.social_handle import SocialHandleRecognizer
from tests.assertions import assert_found, assert_not_found, touched


def _ok(results: list) -> list:
    return [r for r in results if r.score >= 0.35]


# --- nicknames shaped as handles --------------------------------------------------------------------------------


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


# --- unit ordinals said with the noun understood ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "хлопці з 128-ї передали привіт 😊 все добре", "128-ї"),
        ("uk", "— Він теж з нашої 93-ї? — Так, з осені.", "нашої 93-ї"),
        ("ru", "Он теперь у них в 336-й, говорит нормально.", "336-й"),
    ],
)
def test_said_ordinals(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Я сьогодні до 18-ї на роботі, з 9-ї ранку.", "18-ї"),  # an hour
        ("uk", "Живуть у 145-й квартирі, на п'ятому поверсі.", "145-й"),  # a flat, its noun after it
        ("ru", "Приходи к 17-й, мы с 12-го числа дома.", "17-й"),
    ],
)
def test_not_said_ordinals(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_not_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Your eighty-third went in first, and nobody came back.", "eighty-third"),
        ("The one hundred and fifth was pulled back yesterday.", "one hundred and fifth"),
        ("she says the ninety-sixth has been thrown at the bridge again", "ninety-sixth"),
    ],
)
def test_spelled_ordinal_subject_en(text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language="en")
    assert_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The seventy-fifth anniversary of the victory was held.", "seventy-fifth"),
        ("The forty-second was a good year for the plant.", "forty-second"),
        ("The sixty-first of them arrived at noon.", "sixty-first"),
    ],
)
def test_not_spelled_ordinal_subject_en(text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language="en")
    assert_not_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "жінки, хто з 1453 мсп, відгукніться", "1453 мсп"),
        ("en", "her husband is in 1435 regiment, 2nd company", "1435 regiment"),
    ],
)
def test_four_digit_regiment(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "the plant built 1500 battalions worth of trucks", "1500"),
        ("en", "in 2023 regiment commanders were replaced", "2023"),
    ],
)
def test_not_four_digit_regiment(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_not_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface)


# --- endearing forms of names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "— Юрічку, синочку, відповідай, ми всі чекаємо.", "Юрічку"),
        ("uk", "Передай Василечку, що тато дзвонив.", "Василечку"),
        ("ru", "Женечка, ты поел? Позвони бабушке.", "Женечка"),
    ],
)
def test_endearing_names(lang: str, text: str, surface: str) -> None:
    rec = RuPersonRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Синочку мій, я так чекала.", "Синочку"),  # a kin word
        ("uk", "Свічечку запали за нього в неділю.", "Свічечку"),  # a candle, no name under it
        ("ru", "Жёнушка моя, не плачь.", "Жёнушка"),
    ],
)
def test_not_endearing_names(lang: str, text: str, surface: str) -> None:
    rec = RuPersonRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)


# --- call signs without a cue ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Рік без брата. Сергій Миколайович Дмитрук, «Дятел», 3 рота, загинув під Курахове.", "Дятел"),
        ("ru", "Тогда «Барсук» сам решил нас отвести, приказа не было.", "Барсук"),
        ("ru", "— А ротный у вас кто теперь?\n— «Татарин», он своих бережёт.", "Татарин"),
        ("uk", "МАТИ: А хто в вас за старшого?\nСИН: «Лелека», як і був.", "Лелека"),
    ],
)
def test_call_signs_without_cue(lang: str, text: str, surface: str) -> None:
    rec = RuCallSignRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "— Хто у вас командир?\n— «Азовсталь» тепер наш дім.", "Азовсталь"),  # a plant, no creature
        ("ru", "— Кто победил?\n— «Динамо», как всегда.", "Динамо"),  # a club
        ("uk", "Пише Олена Коваль, «Укрзалізниця», про нові поїзди.", "Укрзалізниця"),  # her employer
    ],
)
def test_not_call_signs(lang: str, text: str, surface: str) -> None:
    rec = RuCallSignRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["CALL_SIGN"]), surface)


# --- home places and home-town words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Слухай, Ільдар з Азнакая поранений, лежить у Ростові.", "Азнакая"),
        ("ru", "он у нас щёкинский парень, все его знают", "щёкинский"),
    ],
)
def test_home_places(lang: str, text: str, surface: str) -> None:
    rec = RuLocationRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["LOCATION"]), surface, "LOCATION")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Дима с Работы пришёл поздно.", "Работы"),  # a common word, capitalised by mistake
        ("uk", "Сашка з Ромою пішли на склад.", "Ромою"),  # company kept, the instrumental
    ],
)
def test_not_home_places(lang: str, text: str, surface: str) -> None:
    rec = RuLocationRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["LOCATION"]), surface)


def test_pipeline_keeps_plain_words(redactor) -> None:  # noqa: ANN001 - the session Redactor
    """Through the default policy: a store answering "who", an animal opening a sentence and an anniversary stay."""
    text = "— Кто вас кормит?\n— «Магнит» рядом, там и берём. Кошка одна живёт."
    assert not touched(text, "Магнит", "ru", redactor)
    assert not touched(text, "Кошка", "ru", redactor)
    text = "She said the seventy-fifth anniversary parade starts at 10."
    assert not touched(text, "seventy-fifth", "en", redactor)


# --- a local office, hospital or school as speech names it ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Мама ходила в военкомат на Ленинградском, там опять ничего.", "военкомат на Ленинградском"),
        ("uk", "Він у травмпункті на Шевченка, зламав руку.", "травмпункті на Шевченка"),
        ("uk", "Сидимо в підвалі школи в Кременівці, світла нема.", "школи в Кременівці"),
        ("ru", "Ночевали в школе в Кедрино, потом увезли.", "школе в Кедрино"),
        ("ru", "ты в каменск-уральский военкомат звонила?", "каменск-уральский военкомат"),
    ],
)
def test_local_institutions_in_speech(lang: str, text: str, surface: str) -> None:
    from redact.recognizers.organization import OrganizationRecognizer

    rec = OrganizationRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["ORGANIZATION"]), surface, "ORGANIZATION")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Он получил травму на Донецком направлении, лежит.", "травму"),  # a front, not a street
        ("ru", "Дочка ходит в школу в Москве, во второй класс.", "школу"),  # a big city has many schools
        ("uk", "Його перевели у військово-морський госпіталь.", "військово-морський"),  # no town in it
        ("uk", "Діти пішли в школу в Київському районі, а не в селі.", "школу"),  # the adjective of a district
    ],
)
def test_not_local_institutions(lang: str, text: str, surface: str) -> None:
    from redact.recognizers.organization import OrganizationRecognizer

    rec = OrganizationRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["ORGANIZATION"]), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "І Петрику з дев'ятої застави передай, хай подзвонить.", "дев'ятої застави"),
        ("ru", "Служил на 3-й заставе под Сумами, потом перевели.", "3-й заставе"),
    ],
)
def test_border_outposts(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), surface, "MILITARY_UNIT")


def test_not_border_outpost() -> None:
    text = "Он заставил нас ждать. Под заставу не брали, только под залог."
    rec = MilitaryUnitRecognizer(supported_language="ru")
    assert_not_found(text, _ok(rec.analyze(text, ["MILITARY_UNIT"])), "заставу")


@pytest.mark.parametrize(
    ("lang", "text", "surface", "found"),
    [
        ("uk", "«Шістнадцяткою» чоловік називає колонію, де сидів до мобілізації.", "Шістнадцяткою", True),
        ("ru", "«Семёрка» у нас была строгая зона, сидел там три года.", "Семёрка", True),
        ("ru", "«Двойка» по математике опять, оценки плохие.", "Двойка", False),  # a school mark
    ],
)
def test_quoted_numeral_nicknames(lang: str, text: str, surface: str, found: bool) -> None:
    from redact.recognizers.numeral_nickname import NumeralNicknameRecognizer

    rec = NumeralNicknameRecognizer(supported_language=lang)
    results = rec.analyze(text, ["ORGANIZATION", "MILITARY_UNIT"])
    if found:
        assert_found(text, results, surface, "ORGANIZATION")
    else:
        assert_not_found(text, results, surface)


# --- a prisoner's date of birth said after his name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("uk", "Мам, запиши: Гнатюк Павло Ігорович, дев'ятого жовтня дві тисячі першого.", "дві тисячі першого"),
        ("ru", "Пишите: Лапин Артём Сергеевич, второго июня девяносто девятого года рождения.", "второго июня"),
    ],
)
def test_spoken_birth_date_after_name(lang: str, text: str, surface: str) -> None:
    from redact.recognizers.date_of_birth import DateOfBirthRecognizer

    rec = DateOfBirthRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["DATE_OF_BIRTH"]), surface, "DATE_OF_BIRTH")


def test_not_spoken_birth_date() -> None:
    from redact.recognizers.date_of_birth import DateOfBirthRecognizer

    text = "Олег Кудрик, дві тисячі гривень переказав, а Павло Гнатюк, сьомого травня приїде."
    results = DateOfBirthRecognizer(supported_language="uk").analyze(text, ["DATE_OF_BIRTH"])
    assert_not_found(text, results, "дві тисячі")
    assert_not_found(text, results, "сьомого травня")


@pytest.mark.parametrize(
    ("lang", "text", "surface", "found"),
    [
        ("en", "(B): Same here. Our OMON 'Kuban' does it too.", "OMON 'Kuban'", True),
        ("ru", 'У нас ОМОН «Ратник» так же делает, и СОБР "Гром" тоже.', "ОМОН «Ратник»", True),
        ("en", "OMON officers detained them. The OMON's 'rules' are strict.", "OMON", False),
    ],
)
def test_named_riot_police_units(lang: str, text: str, surface: str, found: bool) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    results = _ok(rec.analyze(text, ["MILITARY_UNIT"]))
    if found:
        assert_found(text, results, surface, "MILITARY_UNIT")
    else:
        assert_not_found(text, results, surface)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("посылку повезет Андрей на газели к 315 мн 152 в субботу, пишите", True),
        ("Ехали на машине в 100 км 30 минут, потом стояли.", False),  # a distance and a time
        ("повезет Андрей к 315 мн 152 в субботу", False),  # no vehicle word near it
    ],
)
def test_spaced_lower_case_plate(text: str, found: bool) -> None:
    from redact.recognizers.vehicle_plate import VehiclePlateRecognizer

    results = VehiclePlateRecognizer(supported_language="ru").analyze(text, ["VEHICLE_PLATE"])
    assert bool(results) == found


# --- an English call sign rendered by its meaning, a bare subject in a transcript --------------------------------


def test_bare_subject_call_sign_en() -> None:
    from redact.recognizers.call_sign import CallSignRecognizer

    rec = CallSignRecognizer(supported_language="en")
    text = "(K): Heron sent us back at night.\n(M): And who is the new one?\n(K): Nobody knows. Heron decided alone."
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), "Heron", "CALL_SIGN")


@pytest.mark.parametrize(
    "text",
    [
        "SON: Command said wait.\nMOTHER: Mom said call her. Water ran out, Drones took the road.",  # bodies, kin
        "Heron sent us back at night, the report says.",  # no transcript: a headline's noun stands bare too
        "SON: Russian said nothing.\nMOTHER: Sergeant told you so.",  # a people's adjective, a rank
    ],
)
def test_not_bare_subject_call_sign_en(text: str) -> None:
    from redact.recognizers.call_sign import CallSignRecognizer

    results = CallSignRecognizer(supported_language="en").analyze(text, ["CALL_SIGN"])
    assert not [r for r in results if r.score >= 0.35], [text[r.start : r.end] for r in results]


# --- a whole name in lower case, as a chat types it --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "девочки, кто видел димку журавлёва? он с нашей роты", "димку журавлёва"),
        ("uk", "передай тарасу бондаренку що я дзвонив", "тарасу бондаренку"),
        ("ru", "передай серёге калинину, что я звонил", "серёге калинину"),
    ],
)
def test_lowercase_full_names(lang: str, text: str, surface: str) -> None:
    rec = RuPersonRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "скажи сашке новости, мы с димкой белым ездили", "димкой белым"),  # an adjective, no surname
        ("uk", "передай тарасу привіт від мами", "тарасу привіт"),  # a greeting
    ],
)
def test_not_lowercase_surnames(lang: str, text: str, surface: str) -> None:
    rec = RuPersonRecognizer(supported_language=lang)
    results = rec.analyze(text, ["PERSON"])
    start = text.index(surface)
    assert not any(r.start <= start and r.end >= start + len(surface) for r in results)
