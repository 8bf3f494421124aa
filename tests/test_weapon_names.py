"""A weapon written with a capital is no person: bombs, missiles and strike drones in reports and speech.

Ukrainian and Russian reports write "ракетами, КАБами, РСЗВ", "балістичними ракетами «Іскандер-М»", "3 Шахеди
«Герань-2»", "БпЛА типу Shahed, Гербера", and soldiers call the heavy bomber drone "Баба-Яга". The type discipline
drops such a PERSON finding (``redact.discipline``); a given name that a weapon is named after ("Искандер") stays a
name. Private names are invented.
"""

from __future__ import annotations

import pytest

from tests.assertions import touched


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Ворог уночі вдарив по місту ракетою Іскандер-М, є поранені.", "Іскандер-М", "uk"),
        ("Росіяни скинули на околиці села чотири КАБи, ще два КАБу впали в поле.", "КАБу", "uk"),
        ("Армія РФ регулярно атакує громаду дронами, ракетами, КАБами та артилерією.", "КАБами", "uk"),
        ("Протягом ночі над районом збито шість Шахедів і два Ланцети.", "Шахедів", "uk"),
        ("Над позиціями всю ніч літала Баба-Яга, скинула дві міни.", "Баба-Яга", "uk"),
        ("Опять эти бабы-яги летают, головы не поднять.", "бабы-яги", "ru"),
    ],
)
def test_weapon_is_no_person(strict_redactor, text: str, word: str, language: str) -> None:
    assert not touched(text, word, language, strict_redactor)


@pytest.mark.parametrize(
    ("text", "word", "language"),
    [
        ("Искандер Галиев, мой сосед, тоже ушёл по мобилизации.", "Искандер", "ru"),
        ("Мій побратим Іскандер Мамедов загинув під Бахмутом.", "Іскандер", "uk"),
    ],
)
def test_a_given_name_weapons_share_stays_a_name(strict_redactor, text: str, word: str, language: str) -> None:
    assert touched(text, word, language, strict_redactor)
