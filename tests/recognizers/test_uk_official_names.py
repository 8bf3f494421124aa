"""Ukrainian names of things headed by a capitalised adjective are no person's name.

A treaty or a register ("Женевську конвенцію", "Римський статут"), a public body or a historical region
("Української Гельсінської спілки") is kept under the default policy and never withheld as a PERSON; a village's
institution headed the same way is withheld, but as an institution, not a person.

Every private name and village is invented.
"""

from __future__ import annotations

import pytest

from redact.pipeline import Redactor
from tests.assertions import types_over


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a treaty, a statute, a register: kept as written under every policy
        ("Окупанти грубо порушують Гаазьку конвенцію та звичаї війни.", "Гаазьку"),
        ("Гарантії визначені Женевською Конвенцією про захист цивільного населення.", "Женевською"),
        ("Україна ратифікувала Римський статут минулого року.", "Римський"),
        ("Текст вироку внесено до Єдиного державного реєстру судових рішень.", "Єдиного"),
    ],
)
def test_a_treaty_or_register_is_no_name(text: str, word: str, redactor: Redactor, strict_redactor: Redactor) -> None:
    assert types_over(text, word, redactor) == []
    assert types_over(text, word, strict_redactor) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # public bodies the register lists, whatever case
        ("Правники Української Гельсінської спілки з прав людини подали скаргу.", "Гельсінської"),
        ("Представники Міжнародного Червоного Хреста відвідали табір.", "Червоного"),
        ("Бригади Хмельницькобленерго відновили живлення, повідомили в Укренерго.", "Хмельницькобленерго"),
        ("Вона переїхала до сестри на Галичину, а батьки лишилися на Поділлі.", "Поділлі"),
    ],
)
def test_public_bodies_and_historical_regions_are_kept(text: str, word: str, redactor: Redactor) -> None:
    assert types_over(text, word, redactor) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a private institution named by its village's adjective: withheld, but never as a person
        ("Довгі роки працював лісником у Вербівському лісництві.", "Вербівському"),
        ("Син закінчив Гнилицьку гімназію з відзнакою.", "Гнилицьку"),
    ],
)
def test_a_village_institution_is_withheld_as_no_person(text: str, word: str, strict_redactor: Redactor) -> None:
    types = types_over(text, word, strict_redactor)
    assert types and not {"PERSON", "CALL_SIGN"} & set(types), types
