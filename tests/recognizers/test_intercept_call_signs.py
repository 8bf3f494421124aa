"""Call signs in intercepted calls, radio exchanges and chats, with no cue word before them.

- a call sign as a subject past an adverb, in apposition after a full name or answering "who"; an English call sign
  rendered by its meaning as a bare subject of a transcript line;
- the radio call ("Сатурн, я Макар", "«Гранит», я «Дон-17», приём", "Кедр, это Тамбов") with quoted and numbered
  stations and a radio log's quoted speaker labels; a quoted call sign as the subject of a man's speaking verb;
- a man called by his surname clipped to its head ("Кирилл Бочаров ... Бочар уехал"), a call sign said killed or
  wounded by the number as a word ("Калмык двести."), a quoted word joined to a quoted call sign;
- traps: quoted things speaking, a radio station's name, a clip with no surname before it, plain words.

Every sentence is invented; the call signs are ordinary words used as names.
"""

from __future__ import annotations

import pytest

from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from tests.assertions import assert_found, assert_not_found


def _signs(lang: str, text: str) -> list:
    return RuCallSignRecognizer(supported_language=lang).analyze(text, ["CALL_SIGN"])


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


def test_bare_subject_call_sign_en() -> None:
    from redact.recognizers.call_sign import CallSignRecognizer

    rec = CallSignRecognizer(supported_language="en")
    text = "(K): Heron sent us back at night.\n(M): And who is the new one?\n(K): Nobody knows. Heron decided alone."
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), "Heron", "CALL_SIGN")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # coming or going first, then a man's act
        ("(M): Did you eat?\n(R): Yes. Then Magpie came and took the drone away.", "Magpie"),
        # the bare word said to hold a post, the post closing the clause; an English verb as well as a noun
        ("(W): Who is in charge there?\n(R): Sever is our platoon commander, he's an idiot.", "Sever"),
        ("(W): Who is in charge?\n(R): Ghost is our commander now.", "Ghost"),
        ("(F): And the money?\n(R): Bucket is the company commander, ask him.", "Bucket"),
    ],
)
def test_bare_subject_forms_en(text: str, surface: str) -> None:
    from redact.recognizers.call_sign import CallSignRecognizer

    rec = CallSignRecognizer(supported_language="en")
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    "text",
    [
        "SON: Command said wait.\nMOTHER: Mom said call her. Water ran out, Drones took the road.",  # bodies, kin
        "Heron sent us back at night, the report says.",  # no transcript: a headline's noun stands bare too
        "SON: Russian said nothing.\nMOTHER: Sergeant told you so.",  # a people's adjective, a rank
        "(W): What happened?\n(R): Winter came early. Night came and the drones stopped.",  # seasons come alone
        "(W): What now?\n(R): Money is the chief problem here.",  # a post word that qualifies a noun after it
        "(W): Who leads you?\n(R): Petrov is our commander now.",  # a surname: the name recognisers'
        "(W): Who leads you?\n(R): Russia is our enemy, Mama.",  # no post
    ],
)
def test_not_bare_subject_call_sign_en(text: str) -> None:
    from redact.recognizers.call_sign import CallSignRecognizer

    results = CallSignRecognizer(supported_language="en").analyze(text, ["CALL_SIGN"])
    assert not [r for r in results if r.score >= 0.35], [text[r.start : r.end] for r in results]


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


def test_radio_station_name_is_no_radio_exchange() -> None:
    """A broadcaster's name ("Радио Свобода") makes no radio exchange of an "это" sentence."""
    text = "По словам Радио Свобода, Кедр, это Сосна, и так далее."
    results = [r for r in _signs("ru", text) if r.analysis_explanation.textual_explanation == "call-sign context"]
    assert_not_found(text, results, "Сосна")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "— А Гена Сыромятников где?\n— Сыромят на эвакуации, ногу задело.", "Сыромят"),
        ("ru", "Бочар на Донецк уехал, в госпиталь. Колю Бочарова помнишь?", "Бочар"),
        ("ru", "Мы с Олегом Волковым вместе заходили. У Волка рация села.", "Волка"),
        ("ru", "— Шест погиб, мам.\n— Это Димка Шестаков, что ли?", "Шест"),
        ("uk", "— Калмык двести. Позавчера.\n— Серёжа Калмыков? Господи.", "Калмык"),
        ("uk", "— Бондар на позиції?\n— Так, Олег Бондаренко там, з ранку.", "Бондар"),
        # the number as a word closing the clause after a capitalised word
        ("ru", "— Где Сова?\n— Сова — триста, тяжёлый, вывезли ночью.", "Сова"),
    ],
)
def test_surname_clip_and_spoken_casualty(lang: str, text: str, surface: str) -> None:
    assert_found(text, _signs(lang, text), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a given name is the person's, not a clipped surname
        ("ru", "Иван Петров звонил. Иван сказал, что приедет.", "Иван сказал"),
        # a town is no clip, whatever surname the text names
        ("ru", "Сергей Москвин из Москвы, а Москва далеко.", "Москва далеко"),
        # no surname in the text: a plain capitalised noun opening a sentence
        ("ru", "Шест упал на крышу, а Волк из мультика смеялся.", "Шест"),
        # a sum: the number goes on with its noun
        ("ru", "Кот двести рублей занял и пропал.", "Кот"),
    ],
)
def test_surname_clip_traps(lang: str, text: str, surface: str) -> None:
    assert_not_found(text, _signs(lang, text), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a pronoun opening a sentence is no clip of a name the guesser calls a surname
        ("ru", "Алё, Настюх? Нас двенадцать осталось из сорока.", "Нас"),
        # a town is no surname: "Рост" is not a clip of "Ростов"
        ("ru", "Приметы: Рост 180, лысый. Последний звонок из Ростова.", "Рост"),
    ],
)
def test_surname_clip_needs_a_surname(lang: str, text: str, surface: str) -> None:
    assert_not_found(text, _signs(lang, text), surface)


def test_surname_clip_reads_a_dictionary_word_by_its_lemma() -> None:
    text = "Путин молчит, а жёны из «Пути домой» снова вышли к Минобороны."
    assert_not_found(text, _signs("ru", text), "Пути")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Нас под Торецком взяли втроём, с «Кузей» и «Рыжим».", "Рыжим"),
        ("ru", "Позывной у него «Грач». Вчера «Грач» и «Лесной» ушли на точку.", "Лесной"),
        ("uk", "Його позивний «Бізон». Разом із «Соколом» та «Бізоном» виходили вночі.", "Соколом"),
    ],
)
def test_quoted_conjunct_of_call_sign(lang: str, text: str, surface: str) -> None:
    assert_found(text, _signs(lang, text), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a quoted place or body beside a call sign stays to its own rules
        ("ru", "«Грач» сказал, что уходит. Потом «Грач» и «Газпром» попали в одну сводку.", "Газпром"),
        # a comitative list of quoted things, not men
        ("ru", "Договорились с «Магнитом» и «Светофором» о поставках.", "Светофором"),
        # no quoted call sign in the list: two quoted shops
        ("ru", "Купили в «Магните» и «Пятёрочке» воды.", "Пятёрочке"),
    ],
)
def test_quoted_conjunct_traps(lang: str, text: str, surface: str) -> None:
    assert_not_found(text, _signs(lang, text), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Нас раскидали по штурмам. Туман, ротный, сказал — кто не пойдёт, того в яму.", "Туман"),
        ("ru", "Вчера Бес, командир наш, приказал всем сидеть в блиндаже.", "Бес"),
        ("uk", "Сказав же Грім, командир взводу, — ніхто не йде.", "Грім"),
    ],
)
def test_call_sign_with_a_post_in_apposition(lang: str, text: str, surface: str) -> None:
    rec = RuCallSignRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Он, ротный, сказал, что завтра выходим.", "Он"),  # a pronoun
        ("ru", "Москва, командир, тебе не поможет.", "Москва"),  # a place spoken to
        ("uk", "Командир, ротний, каже інакше.", "Командир"),  # a post beside a post
    ],
)
def test_no_call_sign_before_a_post(lang: str, text: str, surface: str) -> None:
    rec = RuCallSignRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["CALL_SIGN"]), surface)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "— Волга, я Сокол.\n— Слышу. Беркут-21 уже отработал?\n— Нет ещё.", "Беркут-21"),
        ("uk", "Ж: Де ти?\nЧ: На точці. Скажи Зеніту-2, хай не чекає.", "Зеніту-2"),
    ],
)
def test_numbered_station_in_a_dialogue(lang: str, text: str, surface: str) -> None:
    rec = RuCallSignRecognizer(supported_language=lang)
    assert_found(text, rec.analyze(text, ["CALL_SIGN"]), surface, "CALL_SIGN")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "— Где вы?\n— Уходим на Куст-3, потом назад.\n— Принял.", "Куст-3"),  # a numbered position
        ("ru", "— Что над вами?\n— Орлан-10 висит второй час.\n— Ясно.", "Орлан-10"),  # a drone
        ("ru", "Вчера Беркут-21 объявили в розыск.", "Беркут-21"),  # no dialogue
        # a record's bulleted list is no dialogue; a numbered unit keeps its unit noun
        ("ru", "— Иванов Олег, 41 год, Кургана.\n— Петров Иван, доброволец, Сокол-2 в списке.", "Сокол-2"),
        ("ru", "— Куда тебя отправили?\n— В батальон «Тайга-3», потом дальше.", "Тайга-3"),
        # a field-post address: a city and a three-digit station
        ("ru", "— Куда слать посылки?\n— Пиши: 103400, Москва-400, в/ч 64217.\n— Записала.", "Москва-400"),
    ],
)
def test_numbered_position_or_thing_is_no_station(lang: str, text: str, surface: str) -> None:
    rec = RuCallSignRecognizer(supported_language=lang)
    assert_not_found(text, rec.analyze(text, ["CALL_SIGN"]), surface)
