"""Russian and Ukrainian output an editor can publish (issues 14 and 15): type discipline, by class of form.

- a town's adjective directly before a quoted name is part of that name: the pair is an employer ("работал на
  Новомосковском «Азоте»" → "на [предприятии]"), withheld whole, never "[населённом пункте] «Азоте»"; a club among
  words of sport is public and stays as written ("болел за донецкий «Шахтёр»", "ростовский «СКА»");
- an adjectival surname that never changes (Белых, Черных, Долгих, Кручёных) is a person, never an institution,
  and its pseudonym is one that never changes either (not the plural of another surname).

Every private name, village and plant is invented; public places and clubs are real.
"""

from __future__ import annotations

import pytest
import regex

from tests.assertions import output_of, types_over

# --- 1. a town's adjective and a quoted name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Он работал на Новомосковском «Азоте» слесарем, потом ушёл на фронт.", "ru", "Новомосковском «Азоте»"),
        ("Сварщиком трудился на Сосновском «Металлисте» до мобилизации.", "ru", "Сосновском «Металлисте»"),
        ("До війни він працював на Кедрівському «Титані» електриком.", "uk", "Кедрівському «Титані»"),
    ],
)
def test_town_adjective_and_quoted_name_is_one_employer(withhold, text: str, lang: str, name: str) -> None:
    out = output_of(withhold, text, lang)
    assert name.split()[-1] not in out and name.split()[0] not in out, out
    # the label is an enterprise's, in the case the phrase calls for, after the text's own preposition
    assert regex.search(r"на \[(?:предприятии|підприємстві)\]", out), out


def test_town_adjective_before_a_quoted_name_is_no_place(redactor) -> None:
    text = "Он работал на Новомосковском «Азоте» слесарем."
    assert "LOCATION" not in types_over(text, "Новомосковском", redactor, "ru")
    assert "ORGANIZATION" in types_over(text, "Новомосковском", redactor, "ru")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Всю жизнь болел за донецкий «Шахтёр» и ростовский «СКА».", "ru"),
        ("Полузащитник перешёл в казанский «Рубин» перед началом сезона.", "ru"),
        ("Він уболівав за донецький «Шахтар» і їздив на всі матчі.", "uk"),
    ],
)
def test_club_by_its_town_stays_as_written(withhold, text: str, lang: str) -> None:
    assert output_of(withhold, text, lang) == text


def test_club_clause_does_not_shield_the_employer(withhold) -> None:
    text = "Він працював на Кедрівському «Титані», а вболівав за донецький «Шахтар»."
    out = output_of(withhold, text, "uk")
    assert "Кедрівському" not in out and "«Титані»" not in out, out
    assert "донецький «Шахтар»" in out, out


def test_plain_quoted_title_and_source_untouched(withhold) -> None:
    text = "Об этом сообщает газета «Тульские известия»."
    assert output_of(withhold, text, "ru") == text


# --- 2. an adjectival surname is a person -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Командир попросил включить Белых в списки на награждение.", "Белых"),
        ("Ротный сказал, что Черных на позиции с утра.", "Черных"),
    ],
)
def test_adjectival_surname_before_a_preposition_is_a_person(redactor, text: str, word: str) -> None:
    types = types_over(text, word, redactor, "ru")
    assert types and "ORGANIZATION" not in types and "LOCATION" not in types, types


def test_white_list_adjective_still_heads_its_noun(redactor) -> None:
    # a capitalised adjective before its own inanimate noun still names a thing: not a person
    text = "Делегаты Украинской Гельсинской группы приехали в город."
    assert "PERSON" not in types_over(text, "Гельсинской", redactor, "ru")


@pytest.mark.parametrize("name", ["Белых", "Кручёных", "Долгих"])
def test_indeclinable_surname_gets_an_indeclinable_pseudonym(withhold, name: str) -> None:
    text = f"Награду вручили рядовому Петру {name} на построении."
    out = output_of(withhold, text, "ru")
    m = regex.search(r"рядовому (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+) на", out)
    assert m is not None and name not in out, out
    surname = m.group(2)
    # one man's -ых/-их surname, not the plural of an -ов/-ев/-ин one ("Щавелевых" reads "the Shchavelevs")
    assert regex.search(r"(?:ых|их)$", surname) and not regex.search(r"(?:ов|ев|ин)ых$", surname), out


# --- 3. plain words no recognizer should take (issue 15) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a possessive phrase after "называет её" says what she is to them, not a call sign
        ("Командир роты с позывным «Кедрач» называет её «нашей мамой».", "нашей мамой"),
        # a body's head before a state's name ("Правительства Республики ...") is no nickname
        ("Пресс-служба Главы и Правительства Республики Ингушетия сообщила об этом.", "Правительства"),
        # a common noun's genitive plural opening a question is no surname clipped to its head
        ("– Позывной у вас какой? – «Жигуль». – Командиров как звали? – Ротного – «Бабай».", "Командиров"),
        # a school's memorial project named after the Hero is no person
        ("Сегодня в нашей школе открыли Парту Героя в память о выпускнике 2011 года.", "Парту Героя"),
    ],
)
def test_plain_words_stay_under_strict(strict, text: str, plain: str) -> None:
    assert plain in output_of(strict, text, "ru")


def test_honorific_before_a_relatives_name_stays(strict) -> None:
    text = "На церемонии присутствовали мама Героя Татьяна Викторовна и его классный руководитель."
    out = output_of(strict, text, "ru")
    assert "мама Героя <PERSON>" in out, out


def test_call_sign_after_its_introducer_still_found(strict) -> None:
    text = "Командир роты с позывным «Кедрач» называет её «нашей мамой»."
    assert "«Кедрач»" not in output_of(strict, text, "ru")


# --- 4. the words around a label ----------------------------------------------------------------------------------


def test_euphonic_preposition_follows_the_label(withhold) -> None:
    out = output_of(withhold, "Мы с ним служили, он в 3-й роте, а я во 2-й роте.", "ru")
    assert "во [" not in out and "в [роте]" in out, out


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("Кравцов Тимур Янович, 2004, г. Гусев Калининградской обл., в роте звали «Тёма».", "ru", "Калининград"),
        ("Уродженець с. Кедрівка Тернопільської обл., служив у бригаді.", "uk", "Тернопіл"),
    ],
)
def test_abbreviated_region_after_a_place_is_not_said_twice(withhold, text: str, lang: str, region: str) -> None:
    out = output_of(withhold, text, lang)
    # the text goes on with the region itself: the place's label does not name it again
    assert out.count(region) == 1, out


# --- 5. Ukrainian output ------------------------------------------------------------------------------------------


def test_messenger_name_is_no_cue_inside_itself(withhold) -> None:
    text = "Капітан Кедрюк публікував в Instagram (@kedr_yuk_71) під час перебування в Україні."
    out = output_of(withhold, text, "uk")
    assert "Instagram" in out and "kedr_yuk_71" not in out, out


def test_hotline_is_no_street(withhold) -> None:
    text = "Потім на гарячу лінію Коордштабу, 0 800 300 529, там нас і вислухали."
    assert "гарячу лінію Коордштабу" in output_of(withhold, text, "uk")


def test_wife_after_a_quoted_network_is_no_squad(withhold) -> None:
    text = "Фото з весілля виклала в «Одноклассниках» дружина Ксенія."
    out = output_of(withhold, text, "uk")
    assert "«Одноклассниках» дружина" in out and "Ксенія" not in out, out


def test_squad_by_its_quoted_name_still_a_unit(strict) -> None:
    text = "Він воював у складі «Карпатська Січ» дружини з 2014 року."
    assert "Карпатська" not in output_of(strict, text, "uk")


def test_home_place_label_after_native_noun_is_genitive(withhold) -> None:
    text = "Андрій Кедрюк, 1987 р.н., уродженець Бердська Новосибірської області, на той час – заступник командира."
    out = output_of(withhold, text, "uk")
    assert "уродженець [населеного пункту" in out, out


def test_quoted_name_opening_with_a_town_adjective_is_an_employer(withhold) -> None:
    out = output_of(withhold, "До мобилизации работал аппаратчиком на «Кедровском Титане» в посёлке.", "ru")
    assert "на [предприятии]" in out, out


def test_quoted_club_name_opening_with_a_town_adjective_among_sport_stays(withhold) -> None:
    text = "В финале кубка «Кедровский Шахтёр» обыграл гостей со счётом 2:1."
    assert "«Кедровский Шахтёр»" in output_of(withhold, text, "ru")


def test_hunting_enterprise_of_the_north_is_an_employer(withhold) -> None:
    out = output_of(withhold, "Был штатным охотником госпромхоза «Кедровский», кормил семью.", "ru")
    assert "«Кедровский»" not in out and "[предприятия]" in out, out


def test_north_ossetia_abbreviated_is_public(withhold) -> None:
    text = "Он служил в Управлении Росгвардии по РСО–Алания до 2022 года."
    assert "по РСО–Алания" in output_of(withhold, text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Пока дроны висят, никто не пойдёт. Пусть «Тайга» со своими идёт первым.",
        "Связь пропала, «Тайга» говорит, что их двое осталось.",
    ],
)
def test_quoted_town_name_acting_in_speech_is_a_call_sign(withhold, text: str) -> None:
    out = output_of(withhold, text, "ru")
    # a call sign's pseudonym in its quotes, never a town's label
    assert "Тайга" not in out and "[" not in out and "«" in out, out


def test_quoted_place_after_a_preposition_is_not_a_call_sign(redactor) -> None:
    text = "Нас из «Кедровки» перевезли, теперь в «Сосновке» стоим."
    assert "CALL_SIGN" not in types_over(text, "Кедровки", redactor, "ru")


def test_quoted_name_of_a_designation_is_no_call_sign(withhold) -> None:
    text = "Украинское командование ОТУ «Харьков» сообщает об отражении атак."
    assert output_of(withhold, text, "ru") == text
