"""Front-line places in soldiers' speech: in a call or chat that speaks of the army (redact/speech.py,
redact/front.py), a settlement of a front-line region named with no word of the fighting governing it is the place
the speakers fight at and is kept under the default policy; a home ("from", "lived", "our village"), an address and
a settlement in a text that is no conversation are still withheld. Sentences are invented; the places are real
front-line places, the people are not."""

from __future__ import annotations

import pytest

from redact.front import military_words
from redact.home import home_context
from redact.pipeline import Redactor
from redact.public import PublicSpec, public_register
from redact.speech import speech
from tests.assertions import touched

_CALL = (
    "(W): Are you alright?\n(R): {line}\n(W): The battalion commander called the wives.\n(R): Bye, the drones are up."
)
_DASH = "— Where's your battalion now?\n— {line}\n— Take care, the drones are everywhere.\n— Bye."
_CHAT = (
    "Olga K. 21:14\ngirls any news from the regiment?\n\nMarina 21:16\n{line}\n\n"
    "Olga K. 21:20\nok, the soldiers are alive"
)


@pytest.mark.parametrize(
    "text",
    [
        "(R): Hello?\n(W): It's me.\n(R): Where are you?",
        "SOLDIER: Mum.\nMOTHER: Yes?\nSOLDIER: Nothing.",
        "Olga K. 21:14\ngirls?\n\n@marina_b 21:16\nno news",
        "[08:15] Yulia K.: same here\n[08:16] Marina: ok\n[08:17] Yulia K.: bye",
        "— Where are you?\n— Near the river.\n— Stay there.",
        "МАТЬ: Алло?\nСЫН: Мам, это я.\nМАТЬ: Сынок!",
        # a radio exchange: call signs in quotes, with or without a time
        "«Сокіл»: Грім, я Сокіл.\n«Грім»: Чую тебе.\n«Сокіл»: Прийом.",
        "06:10 «Лис-2»: Лис, я Лис-2.\n06:11 «Лис»: Слышу.\n06:12 «Лис-2»: Принял.",
        '"Tor": Anvil, this is Tor.\n"Anvil": Go ahead.\n"Tor": Out.',
    ],
)
def test_transcripts_and_chats_are_speech(text: str) -> None:
    assert speech(text)


@pytest.mark.parametrize(
    "text",
    [
        'Source: the regional administration.\nDetails: two drones were shot down.\nQuote: "Everyone is safe."',
        "The governor said the city was shelled overnight. Three people were injured.",
        "Note: names are changed.\nSOLDIER: I'm fine.",  # one turn is no conversation
        "«Нас тут кинули»: окупант скаржиться матері.\nЗапис оприлюднила розвідка.",  # a quoted headline
    ],
)
def test_reports_are_not_speech(text: str) -> None:
    assert not speech(text)


def test_military_words_need_two() -> None:
    assert military_words("The battalion was sent to the front.")
    assert not military_words("We sold the car and paid the loan.")
    # the soldiers' own words on the radio: the wounded, the dead, the drone, the artillery
    assert military_words("Двое трёхсотых, птичка висит над лесополкой.")
    assert military_words("Арта молчит, у нас двохсотий.")
    assert not military_words("Птичка поёт за окном, мама варит борщ.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (_CALL.format(line="Don't tell mum about Avdiivka, tell her I'm in the rear."), "Avdiivka"),
        (_CALL.format(line="Nobody sleeps, Ukrainsk is all ruins now, the commander says."), "Ukrainsk"),
        (_DASH.format(line="Kurakhove, Ukrainsk, all of it is flattened."), "Ukrainsk"),
        (_CHAT.format(line="mine wrote from Robotyne yesterday, alive"), "Robotyne"),
    ],
)
def test_a_front_place_in_soldiers_speech_stays(redactor: Redactor, text: str, place: str) -> None:
    assert not touched(text, place, "en", redactor)


_RADIO = "«Шмель»: Оса, я Шмель. Где Борода?\n«Оса»: {line}\n«Шмель»: Понял. Всем сидеть в норах."


@pytest.mark.parametrize(
    ("text", "place", "language"),
    [
        # a radio exchange with call signs in quotes: a front-line place the speakers fight at, a preposition in
        # the finding or not
        (_RADIO.format(line="Борода трёхсотый, на Алешки его повезли, птичка висит."), "Алешки", "uk"),
        (_RADIO.format(line="Птичка висит над Васильевкой, двое двухсотых."), "Васильевкой", "ru"),
        (
            "05:40 «Бук»: Ясень, я Бук, по Работино арта работает.\n05:41 «Ясень»: Принял, двое трёхсотых.\n"
            "05:42 «Бук»: Конец связи.",
            "Работино",
            "ru",
        ),
    ],
)
def test_a_front_place_in_a_radio_exchange_stays(redactor: Redactor, text: str, place: str, language: str) -> None:
    assert not touched(text, place, language, redactor)


def test_a_home_in_a_radio_exchange_is_withheld(redactor: Redactor) -> None:
    text = _RADIO.format(line="Борода трёхсотый. Он сам с Алешек, там у него мать живёт.")
    assert touched(text, "Алешек", "ru", redactor)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a home: from, lived, an address
        (_CALL.format(line="Vitya Kolesnik from Ukrainsk is with us, his mother is alone."), "Ukrainsk"),
        (_CHAT.format(line="does anyone know Ihor Savchuk, he lived in Ukrainsk before the war"), "Ukrainsk"),
        (_CALL.format(line="We took a flat in Kurakhove, Shkilna 7, nobody lives there."), "Shkilna"),
    ],
)
def test_homes_and_addresses_in_speech_are_withheld(redactor: Redactor, text: str, place: str) -> None:
    assert touched(text, place, "en", redactor)


def test_the_same_place_outside_speech_keeps_the_older_rule(redactor: Redactor) -> None:
    # a report that names no fighting there: a front-line village may be anyone's home
    text = "Ihor Savchuk, a tractor driver, went to Ukrainsk to collect the papers, his lawyer said."
    assert touched(text, "Ukrainsk", "en", redactor)


# --- a home named in speech by who lives there or by "us" (redact/home.py) ------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # someone close at home, in any case after в/у: where they live
        ("— Позвони бабушке в Обоянь, скажи, что живой.", "Обоянь"),
        ("— Как отпуск дадут, поеду к маме в Курск.", "Курск"),
        ("— Деньги я у тёщи в Копейске оставил.", "Копейске"),
        ("— Передай мамі у Бориспіль, що я на зв'язку.", "Бориспіль"),
        ("— Батьки в Сумах, у них все тихо.", "Сумах"),
        # the speakers' home: "у нас в", "к нам в", "домой в", "додому в"
        ("— У нас в Магнитке снег выпал?", "Магнитке"),
        ("— Приезжай к нам в Тагил, как вернёшься.", "Тагил"),
        ("— Вернусь домой в Кизел и женюсь.", "Кизел"),
        ("— В нас у Борисполі світло дали.", "Борисполі"),
        ("— Коли вже додому в Ніжин?", "Ніжин"),
    ],
)
def test_a_home_said_in_speech_is_a_home(text: str, place: str) -> None:
    i = text.index(place)
    language = "uk" if any(c in text for c in "іїєґ") else "ru"
    assert home_context(text, i, i + len(place), language)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("— У нас в Покровске штурмы каждый день.", "Покровске"),  # the fighting is there: where they fight
        ("— В нас у Часовому Яру обстріл не припиняється.", "Часовому"),
        ("— Сын в Бахмуте, от него ничего.", "Бахмуте"),  # a son or brother may be at the front
        ("— Нас завтра повезут в Ростов.", "Ростов"),  # "нас" as an object, no "у нас в"
        ("— Мы в Курск ехали три часа.", "Курск"),
        ("— Деды в Работино сидят, нас не пускают.", "Работино"),  # slang: old soldiers
        ("— Бабки в Ростов перевёл, проверь.", "Ростов"),  # slang: money
    ],
)
def test_speech_without_a_home_cue_is_no_home(text: str, place: str) -> None:
    i = text.index(place)
    language = "uk" if any(c in text for c in "іїєґ") else "ru"
    assert not home_context(text, i, i + len(place), language)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (_DASH.replace("battalion", "батальон").format(line="Позвони бабушке в Обоянь, скажи, что живой."), "Обоянь"),
        (_DASH.format(line="У нас в Борисполі тихо, мамо."), "Борисполі"),
        (_DASH.format(line="Приеду к маме в Курск на неделю."), "Курск"),
    ],
)
def test_a_home_said_in_speech_is_withheld_under_the_default(redactor: Redactor, text: str, place: str) -> None:
    language = "uk" if "Борисполі" in text else "ru"
    assert touched(text, place, language, redactor)


def test_the_fighting_at_our_place_stays_under_the_default(redactor: Redactor) -> None:
    text = "— Где вы?\n— Мы под Покровском, у нас в Покровске штурмы, дроны летают.\n— Береги себя.\n— Пока."
    assert not touched(text, "Покровске", "ru", redactor)


# A front-line village in Russian spelling that a recognizer took for a call sign, where a unit is sent or stands:
# the place, kept in the soldiers' chat when the fighting governs it (a Russian name that is a front-line village
# only in its Ukrainian spelling may be a village of Russia, someone's home: speech alone does not keep it); a call
# sign after "у"/"к" (at someone's, to someone) stays a call sign.
_RU_CHAT = (
    "Марина Г. 21:14\nДевочки, кто-то дозвонился? Мой с воскресенья молчит\n\nЮлия 21:16\n{line}\n\n"
    "Марина Г. 21:20\nПоняла, слава богу живые, рота на позициях"
)


@pytest.mark.parametrize(
    ("line", "place", "kept"),
    [
        ("Мой писал с чужого, сказал их на Новоэкономическое кинули на штурм, всю роту.", "Новоэкономическое", True),
        ("Мой писал, стоят под Старицей, связи нет.", "Старицей", True),
        ("Мой писал, он теперь у Шамана в расчёте, связи нет.", "Шамана", False),
    ],
)
def test_a_russian_spelt_front_village_after_where_to_is_no_call_sign(
    redactor: Redactor, line: str, place: str, kept: bool
) -> None:
    assert touched(_RU_CHAT.format(line=line), place, "ru", redactor) is not kept


def test_speech_alone_keeps_no_village_known_only_in_its_ukrainian_spelling() -> None:
    register = public_register(PublicSpec())
    line = "Мой писал с чужого, сказал их на Новоэкономическое кинули, всю роту."
    text = _RU_CHAT.format(line=line)
    i = text.index("Новоэкономическое")
    assert register.verdict(text, i, i + len("Новоэкономическое"), "LOCATION", "ru", front=True) is None
    # as written, a front-line village in speech is still the place the speakers fight at
    line = "Мой писал с чужого, сказал их на Работино кинули, всю роту."
    text = _RU_CHAT.format(line=line)
    i = text.index("Работино")
    assert register.verdict(text, i, i + len("Работино"), "LOCATION", "ru", front=True) is not None
