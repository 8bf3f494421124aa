"""PatronymicRecognizer: full patronymics and the informal "Mikhalych" address (§8 English 11, 29)."""

from __future__ import annotations

import pytest

from redact.recognizers.patronymic import PatronymicRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def rec() -> PatronymicRecognizer:
    return PatronymicRecognizer()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Andrei Sergeyevich Lapin from our platoon was a 200 yesterday.", "Sergeyevich Lapin"),
        ("Brother, the commander, Mikhalych, says we rotate out on Friday.", "Mikhalych"),
        ("Vera Pavlovna, is that you?", "Pavlovna"),
        ("Olena Mykolaivna called again.", "Mykolaivna"),
        ("Tell Palych the truck is ready.", "Palych"),
        ("Old Petrovich from across the road died.", "Petrovich"),
        ("Taras Ivanovych Bondarenko signed it.", "Ivanovych Bondarenko"),
        # a memory book's surname in capitals with its other spelling in brackets
        (
            "KEDROVSKIKH (Kedrovskikh) Anton Olegovich, born 1994, Sosnovka.",
            "KEDROVSKIKH (Kedrovskikh) Anton Olegovich",
        ),
        ("3. SOSNIN (Sosnine) Ilya Petrovich — killed 04.05.2023.", "SOSNIN (Sosnine) Ilya Petrovich"),
    ],
)
def test_finds(rec: PatronymicRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Which way to the river?", "Which"),
        ("He flew to Munich in May.", "Munich"),
        ("It is a rich village.", "rich"),
    ],
)
def test_ignores(rec: PatronymicRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The court sentenced Aliyev Rashad Tofig oglu to nine years.", "Tofig oglu"),
        ("Witness Gulnara Amir kyzy, 41, testified.", "Amir kyzy"),
    ],
)
def test_turkic_patronymics(text: str, surface: str) -> None:
    from redact.recognizers.patronymic import PatronymicRecognizer

    found = PatronymicRecognizer(supported_language="en").analyze(text, ["PERSON"])
    start = text.index(surface)
    assert any(r.start <= start and r.end >= start + len(surface) for r in found)
