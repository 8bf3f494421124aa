"""Hotlines and toll-free lines of public offices stay as written under the default policy (redact/public_phones.py).

Shapes from Ukrainian and Russian public notices for families of the missing and prisoners (a hotline word, then "за
номером", a dash or a colon, sometimes a second number for calls from abroad in brackets) and from English reporting
that quotes them. A private person's number stays withheld, after a hotline word too, and so does a district office's
line whose dialling code names the town. Every private person and number is invented.
"""

from __future__ import annotations

import pytest

from redact.pipeline import Redactor
from redact.public_phones import public_phone
from tests.assertions import touched


def _public(text: str, number: str) -> bool:
    i = text.index(number)
    return public_phone(text, i, i + len(number))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Звертайтеся до Координаційного штабу за номером: 0 800 300 529.", "0 800 300 529"),  # toll-free
        ("Бесплатный номер фонда: 8-800-555-35-35.", "8-800-555-35-35"),
        (
            "НІБ приймає звернення на цілодобову гарячу лінію за номером 16-48 (для дзвінків з-за кордону "
            "+38 (044) 287-81-65).",
            "+38 (044) 287-81-65",
        ),
        ("Горячая линия Минобороны — 122.", "122"),
        (
            "Families can call the National Information Bureau hotline at 1648 or +38 044 287 81 65.",
            "+38 044 287 81 65",
        ),
        ("• Об'єднаного центру з пошуку: гаряча лінія (067) 650-83-32 та (098) 087-36-01;", "(098) 087-36-01"),
        ("Телефон довіри: 0-800-50-12-12", "0-800-50-12-12"),
    ],
)
def test_a_hotline_or_toll_free_number_is_public(text: str, number: str) -> None:
    assert _public(text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Мама просить телефонувати їй: 067 123 45 67.", "067 123 45 67"),
        # a private number after a hotline word, with a word of kin or a possessive between
        ("Гаряча лінія не відповідала, тож телефонуйте його мамі: 067 765 43 21.", "067 765 43 21"),
        ("The hotline was busy, so she gave us her mobile, +7 912 345 67 89.", "+7 912 345 67 89"),
        # the cue in an earlier sentence
        ("Гаряча лінія працює цілодобово. Дружина бійця просить дзвонити за номером 050 111 22 33.", "050 111 22 33"),
        # a district office's line: its dialling code names the town
        ("Телефон довіри управління соцзахисту: (04562) 5-12-34.", "(04562) 5-12-34"),
        ("Дежурная часть ОМВД по району: 8 (35342) 2-11-02.", "8 (35342) 2-11-02"),
    ],
)
def test_a_private_or_local_number_is_not_public(text: str, number: str) -> None:
    assert not _public(text, number)


def test_the_default_keeps_a_hotline_and_strict_withholds_it(redactor: Redactor, strict_redactor: Redactor) -> None:
    text = "Родини можуть звернутися на гарячу лінію Координаційного штабу за номером 0 800 300 529."
    assert not touched(text, "0 800 300 529", "uk", redactor)
    assert touched(text, "0 800 300 529", "uk", strict_redactor)
    private = "Мати бійця Ольга Савчук просить телефонувати їй за номером 067 123 45 67."
    assert touched(private, "067 123 45 67", "uk", redactor)


def test_a_projects_line_with_its_number_is_no_street(redactor: Redactor) -> None:
    """ "лінія" is a street type ("5-я линия"); a quoted project name after it is a hotline, not an address."""
    text = "Полонені можуть подзвонити на лінію «Хочу жить» 1648, кажуть у штабі."
    assert not touched(text, "«Хочу жить»", "uk", redactor)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a national office named before its number, with a phone word between
        (
            "Родини можуть звернутися до Координаційного штабу з питань поводження з військовополоненими, де за "
            "телефоном (044) 555-10-20 дають консультації.",
            "(044) 555-10-20",
        ),
        (
            "Об'єднаний центр з пошуку та звільнення полонених при СБУ приймає дзвінки за телефонами: "
            "(067) 500-11-22 та (098) 500-33-44.",
            "(098) 500-33-44",
        ),
        ("Families can reach the Ministry of Reintegration on its phone line +38 044 555 12 34.", "+38 044 555 12 34"),
        ("Національне інформаційне бюро — 16-48.", "16-48"),
        # the office's line for calls from abroad, before the number or in brackets after it
        (
            "Консультації за номером: 0 800 500 100, для дзвінків з-за кордону: +38 (044) 555-77-88.",
            "+38 (044) 555-77-88",
        ),
        (
            "Звонить можно по короткому номеру 1545 или +38 044 555 66 77 (для звонков из-за границы).",
            "+38 044 555 66 77",
        ),
        # a number listed after a short service number
        ("Звертайтеся за номером 1648 або 380 44 555-81-65.", "380 44 555-81-65"),
    ],
)
def test_a_national_offices_line_is_public(text: str, number: str) -> None:
    assert _public(text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a person between the office and the number
        ("Координаційний штаб: волонтерка Олена, телефон 067 555 12 34.", "067 555 12 34"),
        ("СБУ затримала Івана, його телефон 067 555 12 34.", "067 555 12 34"),
        ("Міністерство оборони повідомило про загибель Олега, телефон родини 067 555 12 34.", "067 555 12 34"),
        # a year or a count before the number is no service number
        ("Мобилизован в 2022, номер 8 912 555 67 89.", "8 912 555 67 89"),
        ("В полку 1200 человек, звоните командиру 8 912 555 67 89.", "8 912 555 67 89"),
        ("Звоните по номеру 8 800 555 35 35, а если нет, то сестре 8 912 555 67 89.", "8 912 555 67 89"),
        # a unit's own headquarters is no national office
        ("Штаб батальйону, телефон чергового 067 555 98 76.", "067 555 98 76"),
    ],
)
def test_a_private_line_near_an_office_is_not_public(text: str, number: str) -> None:
    assert not _public(text, number)
