"""Russian records and reporting, by class (session 7): invented sentences, each class in shapes other than the
tune passages', and a negative per false-positive trap. Every name, number and small place here is made up."""

from __future__ import annotations

import pytest

from redact.recognizers.date_of_birth import DateOfBirthRecognizer
from redact.recognizers.id_number import IdNumberRecognizer
from redact.recognizers.military_unit import MilitaryUnitRecognizer
from redact.recognizers.municipal import MunicipalRecognizer
from redact.recognizers.organization import OrganizationRecognizer
from redact.recognizers.role_initial import RoleInitialRecognizer
from redact.recognizers.ru_person import RuPersonRecognizer
from redact.recognizers.street_address import StreetAddressRecognizer
from tests.assertions import touched


def _found(recognizer, text: str, entity: str) -> list[str]:  # noqa: ANN001
    return [text[r.start : r.end] for r in recognizer.analyze(text, [entity])]


# --- a person named by initials after the word for their role -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Следствие установило, что он ударил ножом соседа Б. и скрылся.", "Б."),
        ("Деньги перевела пенсионерка Ж., поверив звонку.", "Ж."),
        ("Ущерб возмещён потерпевшему Т. в полном объёме.", "Т."),
        ("Обвиняемый угрожал водителю ИП «Колос-Сервис» Ш., требуя выручку.", "Ш."),
        ("Суд допросил свидетеля Р. П. Д. в закрытом заседании.", "Р. П. Д."),
        ("Вирок оголошено обвинуваченому Ф., який визнав провину.", "Ф."),
    ],
)
def test_initials_after_a_role_word_are_a_person(text: str, initials: str) -> None:
    lang = "uk" if "Вирок" in text else "ru"
    assert initials in _found(RoleInitialRecognizer(supported_language=lang), text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "См. пункт Б. и приложение В. к договору.",  # an inanimate noun before a capital letter
        "Участок передан в аренду группе А. по жребию.",
        "Свидетелю Р. Кочетову вручили повестку.",  # the initial of a full name, not a stand-in
    ],
)
def test_initials_after_a_thing_or_before_a_surname_are_not_a_stand_in(text: str) -> None:
    assert _found(RoleInitialRecognizer(supported_language="ru"), text, "PERSON") == []


# --- a list line opening with a surname the dictionary knows as a word -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Список раненых:\n1) Долгих Семён, 29 лет, Сосновоборск;\n2) ...", "Долгих Семён"),
        ("• Рыжих Надежда, 1983 г.р., медсестра", "Рыжих Надежда"),
    ],
)
def test_a_list_line_opens_with_the_surname(text: str, name: str) -> None:
    assert name in _found(RuPersonRecognizer(supported_language="ru"), text, "PERSON")


def test_a_rank_before_a_given_name_in_a_list_line_stays() -> None:
    text = "Погибли:\n— Ефрейтор Семён, 29 лет;\n— Младший Пётр, 40 лет"
    found = _found(RuPersonRecognizer(supported_language="ru"), text, "PERSON")
    assert not any("Ефрейтор" in f or "Младший" in f for f in found)


def test_a_given_names_ka_form_before_a_surname() -> None:
    text = "На видео он зовёт Гришку Левашова и ещё двоих."
    assert "Гришку Левашова" in _found(RuPersonRecognizer(supported_language="ru"), text, "PERSON")


# --- municipal units, addresses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Сообщение опубликовано на странице Великобурлукской поселковой громады.",
        "Прощание прошло в селе Лозовеньки Шевченковской громады.",
        "Глава Смелянской громады выразил соболезнования.",
    ],
)
def test_a_hromada_in_russian_case_forms(text: str) -> None:
    found = _found(MunicipalRecognizer(supported_language="ru"), text, "LOCATION")
    assert any("громад" in f for f in found)


def test_the_unit_noun_alone_is_no_place() -> None:
    assert _found(MunicipalRecognizer(supported_language="ru"), "Громады объединились весной.", "LOCATION") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Посылку оставили у дома 3 на проспекте Полевом.", "дома 3 на проспекте Полевом"),
        ("Сбор у дома 27 на улице Кедровой в девять утра.", "дома 27 на улице Кедровой"),
    ],
)
def test_an_address_with_the_house_first(text: str, address: str) -> None:
    assert address in _found(StreetAddressRecognizer(supported_language="ru"), text, "LOCATION")


# --- case numbers, two-digit birth years -----------------------------------------------------------------------


def test_a_long_criminal_case_number_after_its_cue() -> None:
    text = "Возбуждено уголовное дело № 12301450077000912 по статье о дезертирстве."
    assert "12301450077000912" in _found(IdNumberRecognizer(supported_language="ru"), text, "ID_NUMBER")


def test_a_long_number_without_a_case_word_is_not_a_case() -> None:
    text = "Тираж составил 12301450077000912 экземпляров."
    assert _found(IdNumberRecognizer(supported_language="ru"), text, "ID_NUMBER") == []


@pytest.mark.parametrize("text", ["Разыскивается Семён Кочетов, 88 г. р., рост 180.", "Ольга, 01 р.н., з Кедрівки"])
def test_a_two_digit_birth_year_with_its_tail(text: str) -> None:
    lang = "uk" if "р.н." in text else "ru"
    found = _found(DateOfBirthRecognizer(supported_language=lang), text, "DATE_OF_BIRTH")
    assert any(f[:2].isdigit() for f in found)


def test_two_digits_before_grams_are_no_birth_year() -> None:
    assert _found(DateOfBirthRecognizer(supported_language="ru"), "Добавьте 95 гр. муки.", "DATE_OF_BIRTH") == []


# --- units: border posts and commands, police units with a name -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Служил на 4-й заставе пограничного отряда.", "4-й заставе"),
        ("Прапорщик 2-й пограничной комендатуры погиб при обстреле.", "2-й пограничной комендатуры"),
        ("Сотрудник СОБР «Кедр» получил ранение.", "СОБР «Кедр»"),
        ("Он был инспектором отдела пограничной службы «Ольховка».", "отдела пограничной службы «Ольховка»"),
    ],
)
def test_border_and_police_units(text: str, unit: str) -> None:
    assert unit in _found(MilitaryUnitRecognizer(supported_language="ru"), text, "MILITARY_UNIT")


def test_a_bail_or_a_commandant_office_without_number_is_no_unit() -> None:
    text = "Суд отказал в заставе. В комендатуре ему ничего не сказали."
    assert _found(MilitaryUnitRecognizer(supported_language="ru"), text, "MILITARY_UNIT") == []


# --- institutions: ОШ, a town adjective in lower case --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Выпускник Ольховской ОШ I-II ст. № 3, затем техникум.", "Ольховской ОШ I-II ст. № 3"),
        ("Повестку ему вручили в кинешемском военкомате.", "кинешемском военкомате"),
        ("Мать пошла в энгельсский военкомат за справкой.", "энгельсский военкомат"),
    ],
)
def test_local_institutions(text: str, org: str) -> None:
    assert org in _found(OrganizationRecognizer(supported_language="ru"), text, "ORGANIZATION")


def test_a_quality_adjective_before_an_office_is_no_town() -> None:
    text = "Он пришёл в гигантском пальто в военкомат."
    assert _found(OrganizationRecognizer(supported_language="ru"), text, "ORGANIZATION") == []


def test_pipeline_withholds_a_role_initial_under_strict(strict_redactor) -> None:  # noqa: ANN001
    text = "По версии следствия, обвиняемый избил охранника З. возле рынка."
    assert touched(text, "З.", "ru", strict_redactor)
    assert not touched(text, "рынка", "ru", strict_redactor)


# --- a settlement named by a common word, after a home cue -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Сын уроженки Горок, он вырос у бабушки.", "Горок"),
        ("Последние годы проживал в Ключах вместе с матерью.", "Ключах"),
        ("После ранения вернулся домой в Горки.", "Горки"),
    ],
)
def test_a_homonym_settlement_after_a_home_cue(text: str, place: str) -> None:
    from redact.recognizers.ru_location import RuLocationRecognizer

    assert place in _found(RuLocationRecognizer(supported_language="ru"), text, "LOCATION")


@pytest.mark.parametrize("text", ["Он вернулся в Строй через месяц.", "Проживал у Петра на даче.", "Вернулся в Семью."])
def test_a_capitalised_common_word_after_a_home_cue_is_no_settlement(text: str) -> None:
    from redact.recognizers.ru_location import RuLocationRecognizer

    assert _found(RuLocationRecognizer(supported_language="ru"), text, "LOCATION") == []


# --- a year after role fields in a list line, a document's series letters, a card by its last digits -----------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Раненые:\n1. Ольхов Тимур, ефрейтор, механик-водитель, 1994, Кедровск;", "1994"),
        ("• Кедрова Дарья Олеговна, фельдшер, 1987.", "1987"),
    ],
)
def test_a_year_after_role_fields_in_a_list_line(text: str, year: str) -> None:
    assert year in _found(DateOfBirthRecognizer(supported_language="ru"), text, "DATE_OF_BIRTH")


def test_a_year_in_running_text_after_a_name_and_role_is_not_a_birth() -> None:
    text = "Как пишет Семён Ольхов, командир роты, в 1994 году всё было иначе."
    assert _found(DateOfBirthRecognizer(supported_language="ru"), text, "DATE_OF_BIRTH") == []


def test_series_letters_of_a_document() -> None:
    text = "Личность установили: паспорт гражданина серии КМ, выданный в Кедровске."
    assert "КМ" in _found(IdNumberRecognizer(supported_language="ru"), text, "ID_NUMBER")


def test_series_of_a_show_is_no_document() -> None:
    assert _found(IdNumberRecognizer(supported_language="ru"), "Он смотрел серии ТВ до утра.", "ID_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("Помочь можно переводом на карту •• 3319 (Ольга).", "3319"),
        ("Картка ПриватБанку, останні цифри 8802.", "8802"),
    ],
)
def test_a_card_by_its_last_four_digits(text: str, tail: str) -> None:
    from redact.recognizers.credit_card import CreditCardRecognizer

    lang = "uk" if "Картка" in text else "ru"
    found = _found(CreditCardRecognizer(supported_language=lang), text, "CREDIT_CARD")
    assert any(f.endswith(tail) for f in found)


def test_a_sum_near_a_card_word_is_no_card() -> None:
    from redact.recognizers.credit_card import CreditCardRecognizer

    text = "На карту пришло 3319 рублей."
    assert _found(CreditCardRecognizer(supported_language="ru"), text, "CREDIT_CARD") == []


def test_a_town_adjective_on_the_people_it_names() -> None:
    from redact.recognizers.ru_location import RuLocationRecognizer

    text = "На прощание приехали кинешемские мужики, его сослуживцы."
    assert "кинешемские" in _found(RuLocationRecognizer(supported_language="ru"), text, "LOCATION")


@pytest.mark.parametrize("text", ["Там стояли немецкие солдаты.", "Помогли братские народы и русские люди."])
def test_a_nation_or_quality_adjective_on_people_is_no_home_town(text: str) -> None:
    from redact.recognizers.ru_location import RuLocationRecognizer

    assert _found(RuLocationRecognizer(supported_language="ru"), text, "LOCATION") == []


def test_a_place_shaped_surname_opening_a_full_name() -> None:
    text = "Ольшанск Тимофей Ильич (03.02.1990 – 11.11.2023), младший сержант."
    found = _found(RuPersonRecognizer(supported_language="ru"), text, "PERSON")
    assert any(f.startswith("Ольшанск Тимофей") for f in found), found


def test_a_town_after_its_preposition_stays_out_of_the_full_name() -> None:
    text = "Из Кедровска Тимофей Ильич приехал к матери."
    found = _found(RuPersonRecognizer(supported_language="ru"), text, "PERSON")
    assert not any("Кедровска" in f for f in found), found


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ("Прокуратура направила в суд дело в отношении Ф., ранее судимого.", "Ф."),
        ("Суд назначил Ц. наказание в виде штрафа.", "Ц."),
        ("Позже Э. вернулся в часть сам.", "Э."),
    ],
)
def test_one_initial_standing_alone_in_a_release(text: str, initial: str) -> None:
    assert initial in _found(RoleInitialRecognizer(supported_language="ru"), text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Т. е. выплаты задержали. И. о. главы района ответил письменно.",
        "А. общие положения\nБ. порядок выплат",
        "Дорога на Н. Новгород закрыта.",
    ],
)
def test_abbreviations_and_list_letters_are_no_lone_initial(text: str) -> None:
    assert _found(RoleInitialRecognizer(supported_language="ru"), text, "PERSON") == []
