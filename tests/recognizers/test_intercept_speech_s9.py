"""Speech forms of intercepted calls and chats (session 9), by class: a local office, shop or workplace named by the
street it stands on with the street's type word left out ("в соцзащиту на Ленина", "в гараже на Садовой", "у будинку
культури на Вічевій"); a man called by his surname clipped to its head ("Кирилл Бочаров ... Бочар уехал"); a call
sign said to be killed or wounded by the number as a word ("Калмык двести."); a unit's numeral nickname with a
possessive after it ("Семёрку нашу всю перемешали"). Every sentence is invented; each class
has its traps."""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.numeral_nickname import NumeralNicknameRecognizer
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.ru_call_sign import RuCallSignRecognizer
from redact.recognizers.speaker_label import SpeakerLabelRecognizer
from tests.assertions import assert_found, assert_not_found


def _signs(lang: str, text: str) -> list:
    return RuCallSignRecognizer(supported_language=lang).analyze(text, ["CALL_SIGN"])


def _orgs(lang: str, text: str) -> list:
    return OrganizationRecognizer(supported_language=lang).analyze(text, ["ORGANIZATION"])


# --- an office, shop or workplace by its street, "улица" left out ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Мам, сходи в соцзащиту на Гагарина, там по детским пересчитают.", "соцзащиту на Гагарина"),
        ("ru", "Она в библиотеке на Космонавтов до вечера сидит.", "библиотеке на Космонавтов"),
        ("ru", "Ключи я в гараже на Заречной оставил, у Петровича.", "гараже на Заречной"),
        ("ru", "Она теперь в собесе на Мира работает, справку даст.", "собесе на Мира"),
        ("uk", "Дівчата, в суботу плетемо сітки в будинку культури на Соборній.", "будинку культури на Соборній"),
        ("uk", "Мама ходила в соцзахист на Шевченка, сказали чекати.", "соцзахист на Шевченка"),
    ],
)
def test_office_by_bare_street(lang: str, text: str, surface: str) -> None:
    assert_found(text, _orgs(lang, text), surface, "ORGANIZATION")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # the adjective's own noun follows: a road or a square, not a street with its type word left out
        ("ru", "Купили воды в магазине на Красной площади и поехали.", "Красной"),
        ("ru", "Склад на Донецкой трассе разбили ещё весной.", "Донецкой"),
        # the head noun alone, with no street
        ("ru", "Гараж у него свой, склад тоже, а библиотека закрыта.", "Гараж"),
        ("uk", "Соцзахист нічого не платить, пишіть скарги.", "Соцзахист"),
        # "у складі": as part of a unit, no depot
        ("uk", "Він воював у складі загону «Шторм Z» під Бахмутом.", "складі"),
    ],
)
def test_office_by_bare_street_traps(lang: str, text: str, surface: str) -> None:
    assert_not_found(text, _orgs(lang, text), surface)


# --- a surname clipped to its head; the casualty number said as a word ----------------------------------------------


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


# --- a unit's numeral nickname with its possessive after it -----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Под Работино опять. Семёрку нашу всю перемешали, половина роты в ямах.", "Семёрку"),
        ("ru", "Двушку нашу расформировали, нас в штурмовую роту кинули.", "Двушку"),
        ("uk", "Трійку нашу перекинули на інший напрямок, батальйон розбитий.", "Трійку"),
    ],
)
def test_numeral_nickname_possessive_after(lang: str, text: str, surface: str) -> None:
    found = NumeralNicknameRecognizer(supported_language=lang).analyze(text, ["MILITARY_UNIT", "ORGANIZATION"])
    assert_found(text, found, surface, "MILITARY_UNIT")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a flat or a car: the vehicle or flat word rules it out, possessive or not
        ("ru", "Двушку нашу продали, квартиру в Туле, а он пошёл служить.", "Двушку"),
        ("ru", "Семёрку свою он продал, теперь на маршрутке ездит, хоть и служит.", "Семёрку"),
        # no military word near it
        ("ru", "Пятёрку свою сын принёс из школы, радовался.", "Пятёрку"),
    ],
)
def test_numeral_nickname_possessive_traps(lang: str, text: str, surface: str) -> None:
    found = NumeralNicknameRecognizer(supported_language=lang).analyze(text, ["MILITARY_UNIT", "ORGANIZATION"])
    assert_not_found(text, found, surface)


# --- the Storm formation quoted after a preposition ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("ru", "Нас с Тамбова сорок человек в «Шторм» закинули, живых пятнадцать.", True),
        ("uk", "Він виїхав до Бєлгорода і пішов добровольцем у «Шторм» при полку.", True),
        ("ru", "Его из «Шторма» перевели в роту связи.", True),
        # a quoted name with no preposition before it: a shop, a film, an operation
        ("ru", "Магазин «Шторм» закрылся, а фильм «Шторм» я не смотрел.", False),
    ],
)
def test_storm_quoted_after_preposition(lang: str, text: str, found: bool) -> None:
    hits = MilitaryUnitRecognizer(supported_language=lang).analyze(text, ["MILITARY_UNIT"])
    if found:
        assert_found(text, hits, "Шторм", "MILITARY_UNIT")
    else:
        assert_not_found(text, hits, "Шторм")


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


# --- a chat member signed by kinship to her man -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Юлия Смирнова 21:14\nДевочки, кто знает?\nМама Вовчика 21:25\nНам опять не пришло.", "Мама Вовчика"),
        ("ru", "Жена Серёжи: мой тоже молчит с субботы", "Жена Серёжи"),
        ("uk", "Галина Возняк: Мій з суботи мовчить\nОксана (мама Богдана): Мій вчора писав", "Оксана (мама Богдана)"),
        ("uk", "[00:12] Дружина Андрія, 21:03: скинула 500", "Дружина Андрія"),
    ],
)
def test_kin_chat_label(lang: str, text: str, surface: str) -> None:
    assert_found(text, SpeakerLabelRecognizer(supported_language=lang).analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # the kin word inside a message, not opening a label
        ("ru", "Вчера в 21:25 мама Даньки написала: пришло.", "мама"),
        # prose: the kin phrase opens a sentence, no colon or time after it
        ("ru", "Мама Даньки звонила в военкомат, ей не ответили.", "Мама"),
    ],
)
def test_kin_chat_label_traps(lang: str, text: str, surface: str) -> None:
    assert_not_found(text, SpeakerLabelRecognizer(supported_language=lang).analyze(text, ["PERSON"]), surface)


# --- a quoted word joined to a quoted call sign --------------------------------------------------------------------


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


def test_kin_title_with_her_own_name_stays_outside() -> None:
    text = "Христя: дякую\nБабуся Галя: а де то Краматорськ?"
    assert_not_found(text, SpeakerLabelRecognizer(supported_language="uk").analyze(text, ["PERSON"]), "Бабуся")


def test_surname_clip_reads_a_dictionary_word_by_its_lemma() -> None:
    text = "Путин молчит, а жёны из «Пути домой» снова вышли к Минобороны."
    assert_not_found(text, _signs("ru", text), "Пути")
