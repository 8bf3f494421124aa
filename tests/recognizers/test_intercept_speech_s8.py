"""Speech forms of intercepted radio exchanges and calls (session 8), by class: the radio call ("Сатурн, я Макар",
"«Гранит», я «Дон-17», приём", "Кедр, это Тамбов") with quoted and numbered stations and a radio log's quoted speaker
labels; a quoted call sign as the subject of a man's speaking verb ("«Гром» сказал"). Every sentence is invented;
each class has its traps."""

from __future__ import annotations

import pytest

from redact.policy import load_policy
from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from redact.recognizers.id_number import IdNumberRecognizer
from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.numeral_nickname import NumeralNicknameRecognizer
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.phone_normalized import NormalizedPhoneRecognizer
from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from redact.recognizers.street_address import StreetAddressRecognizer
from redact.screen import Screen
from tests.assertions import assert_found, assert_not_found


def _signs(lang: str, text: str) -> list:
    return RuCallSignRecognizer(supported_language=lang).analyze(text, ["CALL_SIGN"])


# --- the radio call: the called station, then the caller naming himself -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        ("ru", "«Вереск», «Вереск», я «Дон-17», приём.\n— На приёме.", ["Вереск", "Дон-17"]),
        ("ru", "— Сатурн, я Каскад-2, как слышишь?", ["Сатурн", "Каскад-2"]),
        ("ru", "Байкал, это Ветла, ответь. Ветла на связи, приём.", ["Байкал", "Ветла"]),
        ("ru", "Радиообмен, 04:10.\n— Тополь, это Курган, прошу огня по квадрату.", ["Тополь", "Курган"]),
        ("uk", "Перехоплення радіообміну.\n— «Сокіл», це «Явір-1», прийом.", ["Сокіл", "Явір-1"]),
        ("uk", "— Грім, я Лис, відповідай. Прийом.", ["Грім", "Лис"]),
    ],
)
def test_radio_calls(lang: str, text: str, surfaces: list[str]) -> None:
    results = _signs(lang, text)
    for surface in surfaces:
        assert_found(text, results, surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Смотри, это Авдеевка, мы там стояли.", "Авдеевка"),  # a photo shown: no radio word, no quotes
        ("ru", "Мам, это Паша. Оля, это я.", "Паша"),  # a son calling home names himself: a name, PERSON's
        ("uk", "Привіт, це Остап з Полтави. Як ви там?", "Привіт"),  # a greeting opening the text, no station
        ("ru", "Привет, это Гром, приём.", "Привет"),  # a greeting before a station naming himself
        ("ru", "На фото: Бахмут, это Соледар рядом. Радиообмен молчит.", "Соледар"),  # two places, a caption
        ("ru", "Друзья, это Покровск. Приём гостей окончен.", "Покровск"),  # the called ones in the plural
        ("uk", "Мамо, це Тарас, чуєш мене? Прийом поганий.", "Тарас"),  # a son names himself: PERSON's
    ],
)
def test_not_radio_calls(lang: str, text: str, surface: str) -> None:
    assert_not_found(text, _signs(lang, text), surface)


def test_radio_log_labels() -> None:
    """A radio log with times and quoted, numbered stations as speakers: every station is a call sign."""
    text = (
        "Перехоплення радіообміну (час київський).\n\n"
        "03:10 «Клен-2»: Клен, я Клен-2, по посадке не могу, птичка.\n"
        "03:11 «Клен»: Работай. Конец связи.\n"
        "03:14 «Клен-2»: Принял.\n"
        "03:20 «Клен»: Клен-2, отбой."
    )
    results = _signs("uk", text)
    assert_found(text, results, "Клен-2", "CALL_SIGN")
    assert_found(text, results, "Клен", "CALL_SIGN")


# --- a quoted call sign speaking ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Да перевели нас. «Туман» сказал — кто не пойдёт, того на подвал.", "Туман"),
        ("ru", "Военный: Короче. «Лом» нам приказал сидеть до утра.", "Лом"),
        ("uk", "Ну і все. «Туман» наказав відходити.", "Туман"),
    ],
)
def test_quoted_sign_speaking(lang: str, text: str, surface: str) -> None:
    assert_found(text, _signs(lang, text), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Мы смотрели. «Телевизор» говорит одно, а тут другое.", "Телевизор"),  # a thing that does speak
        ("ru", "Вот. «Жизнь» сказала своё слово.", "Жизнь"),  # feminine: a figure of speech, not a man
        ("ru", "Потом «Штаб» приказал отходить.", "Штаб"),  # a body giving the order
    ],
)
def test_quoted_things_speaking(lang: str, text: str, surface: str) -> None:
    assert_not_found(text, _signs(lang, text), surface)


# --- units said as people say them: a spelled ordinal after "по", a numeral nickname in a call about money --------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "— Итого по сто сорок третьему за сутки восемь человек.", "сто сорок третьему"),
        ("ru", "— По двести пятой вчера опять прилетело, весь штаб.", "двести пятой"),
        ("uk", "— По триста тридцять першому нічого не чути, мовчать.", "триста тридцять першому"),
    ],
)
def test_spelled_ordinal_after_po(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["MILITARY_UNIT"]), surface, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Раздали по двести пятьдесят рублей.", "двести пятьдесят"),  # a cardinal, not an ordinal
        ("ru", "Читай с десятой по сто двадцать пятую страницу.", "сто двадцать пятую"),  # its noun after it
        ("ru", "Сидели по двадцать первое число.", "двадцать первое"),  # a date: tens, not feminine
    ],
)
def test_not_ordinal_after_po(lang: str, text: str, surface: str) -> None:
    rec = MilitaryUnitRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["MILITARY_UNIT"]), surface)


def test_numeral_nickname_in_a_call_about_money() -> None:
    """A bank card money is sent to is no playing card: the unit's nickname is still read by the military words."""
    text = (
        "— Бумажку принесли, что ты теперь в «пятёрке», а не в «семёрке».\n"
        "— Ну да, перевели. Денег скину на карту, как дадут."
    )
    results = NumeralNicknameRecognizer(supported_language="ru").analyze(text, ["MILITARY_UNIT"])
    assert_found(text, results, "пятёрке", "MILITARY_UNIT")
    assert_found(text, results, "семёрке", "MILITARY_UNIT")


def test_numeral_nickname_card_still_rules_out() -> None:
    """A playing card near it still rules the nickname out ("семёрка" of a deck)."""
    text = "Перевели нас, сидим, в карты играем, а у меня в руке одна семёрка. Зашла в семёрку карта бубей."
    results = NumeralNicknameRecognizer(supported_language="ru").analyze(text, ["MILITARY_UNIT"])
    assert_not_found(text, results, "семёрку")


# --- a date after a full name dictated or posted -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Пленный: Мам, запиши: Сомов Артём Игоревич, 14 июля 2001, часть 41520.", "14 июля 2001"),
        ("ru", "Ищу брата, Лапин Егор Викторович, 19.11.98 г., позывной Лапа, в/ч 12345!", "19.11.98 г."),
        ("ru", "Родные ищут: Фомин Илья Петрович — 03.02.1994, связь пропала в мае.", "03.02.1994"),
        ("uk", "Полонений: Записуйте: Гуров Павло Олегович, 5 квітня 1999, Курськ.", "5 квітня 1999"),
    ],
)
def test_date_after_full_name(lang: str, text: str, surface: str) -> None:
    rec = DateOfBirthRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["DATE_OF_BIRTH"]), surface, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Осуждён Карпов Олег Сергеевич, 12 марта 2024, в Курске.", "12 марта 2024"),  # a recent date
        ("ru", "Пропал 03.06.24, последний звонок был вечером.", "03.06.24"),  # no name before it
    ],
)
def test_not_date_after_full_name(lang: str, text: str, surface: str) -> None:
    rec = DateOfBirthRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["DATE_OF_BIRTH"]), surface)


# --- an address said or sent in a call: a street, its house and flat ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "— Тока адрес скинь заново, Заречная, 41, квартира 7, да?", "Заречная, 41, квартира 7"),
        ("ru", "— Записывай: Лесная, 4, кв. 9. Это у тёти.", "Лесная, 4, кв. 9"),
        ("uk", "— Пиши адресу: Вишнева, 12, кв. 30, там мама.", "Вишнева, 12, кв. 30"),
    ],
)
def test_street_house_flat(lang: str, text: str, surface: str) -> None:
    rec = StreetAddressRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["LOCATION"]), surface, "LOCATION")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Марина, 34, квартира своя, двое детей.", "Марина, 34"),  # a woman's age, no flat number
        ("ru", "Было 12, квартира 5 пустая.", "12, квартира 5"),  # no street name
    ],
)
def test_not_street_house_flat(lang: str, text: str, surface: str) -> None:
    rec = StreetAddressRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["LOCATION"]), surface)


@pytest.mark.parametrize("policy", ["strict", "withhold-identities"])
def test_address_on_a_public_named_street_is_withheld(policy: str) -> None:
    """A street named after a public thing ("Героев Украины") with a house number is someone's address."""
    text = "АГЕНТКА: Дома, на Героев Украины, 17. С балкона видно."
    start = text.index("Героев")
    end = text.index("17") + 2
    assert Screen(load_policy(policy).policy).entity(text, start, end, "LOCATION", "ru") == "LOCATION"


def test_public_names_run_together_still_kept() -> None:
    """Public names with no house number run together stay as written ("Президент Украины Владимир Зеленский")."""
    text = "Вчера Президент Украины Владимир Зеленский сказал."
    start = text.index("Президент")
    end = text.index(" сказал")
    assert Screen(load_policy("withhold-identities").policy).entity(text, start, end, "PERSON", "ru") is None


# --- a listed spoken vocative the dictionary also reads as a common plural ----------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Жена: Серёг, позвони маме, она с утра звонит.", "Серёг"),
        ("— Серёг, ты где вообще?", "Серёг"),
        ("Мать: Вер, ну хватит плакать.", "Вер"),
    ],
)
def test_listed_vocative_called(text: str, surface: str) -> None:
    rec = RuPersonRecognizer(supported_language="ru")
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Серёг у неё много, целая шкатулка.", "Серёг"),  # earrings: no comma, no one called
        ("Родом из Кнежи, там и вырос.", "Родом"),  # an oblique common noun opening the sentence
    ],
)
def test_listed_vocative_not_called(text: str, surface: str) -> None:
    rec = RuPersonRecognizer(supported_language="ru")
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)


# --- a chat header line: an unsaved author's phone number, then the hour -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Марина 21:21\nПишем!\n+7 912 448-20-17 21:33\nЭто Таня, мама Ильи.", "+7 912 448-20-17"),
        ("uk", "+380 67 314 22 90 08:05\nДівчата, є новини?", "+380 67 314 22 90"),
        ("ru", "8 916 204 55 71  19:47:02 — скиньте список", "8 916 204 55 71"),
    ],
)
def test_phone_before_a_time(lang: str, text: str, surface: str) -> None:
    results = NormalizedPhoneRecognizer(supported_language=lang).analyze(text, ["PHONE_NUMBER"])
    assert_found(text, results, surface, "PHONE_NUMBER")
    assert not any(":" in text[r.start : r.end] for r in results)  # the hour stays outside


def test_time_alone_is_no_phone() -> None:
    text = "Звонил вчера в 21:33, и 22:40 ещё раз, номер не определился."
    assert NormalizedPhoneRecognizer(supported_language="ru").analyze(text, ["PHONE_NUMBER"]) == []


def test_passport_with_latin_number_sign() -> None:
    """A passport dictated in a call, the number sign typed as the Latin "No": series and number are one span."""
    text = "— Паспорт у тебя остался, на полке. Серия 36 11 No 482913, запиши."
    results = IdNumberRecognizer(supported_language="ru").analyze(text, ["ID_NUMBER"])
    assert_found(text, results, "36 11 No 482913", "ID_NUMBER")


# --- a quoted employer named in speech, the place first -----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "— Он до мобилизации на «Химволокне» работал, аппаратчиком.", "«Химволокне»"),
        ("ru", "— Тебя Игорь с работы спрашивал, с «Стройдетали», звонил два раза.", "«Стройдетали»"),
        ("uk", "— Вона в «Агроспецбуді» бухгалтером працює.", "«Агроспецбуді»"),
    ],
)
def test_employer_named_first(lang: str, text: str, surface: str) -> None:
    rec = OrganizationRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["ORGANIZATION"]), surface, "ORGANIZATION")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "— Мы в «Тайге» стояли, работали по посадке.", "«Тайге»"),  # a verb between: no job, a position
        ("ru", "— Пришёл с работы, смотрел «Время» и уснул.", "«Время»"),  # no "с" before the quoted name
    ],
)
def test_not_employer_named_first(lang: str, text: str, surface: str) -> None:
    rec = OrganizationRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["ORGANIZATION"]), surface)


def test_radio_station_name_is_no_radio_exchange() -> None:
    """A broadcaster's name ("Радио Свобода") makes no radio exchange of an "это" sentence."""
    text = "По словам Радио Свобода, Кедр, это Сосна, и так далее."
    results = [r for r in _signs("ru", text) if r.analysis_explanation.textual_explanation == "call-sign context"]
    assert_not_found(text, results, "Сосна")
