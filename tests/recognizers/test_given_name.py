"""GivenNameRecognizer: Russian/Ukrainian given names and diminutives (§8 English 1, 2, 5, 14, 25)."""

from __future__ import annotations

import pytest

from redact.recognizers.given_name import GivenNameRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def rec() -> GivenNameRecognizer:
    return GivenNameRecognizer()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Mom, it's Sergei, I'm calling from Yura's phone.", "Sergei"),
        ("Mom, it's Sergei, I'm calling from Yura's phone.", "Yura"),
        ("Write down the number, that's Lyokha's wife.", "Lyokha"),
        ("Nadya changed her SIM, her phone ends in 45-67.", "Nadya"),
        ("Tell Tyoma I'll be home in Kedrovka by May.", "Tyoma"),
        ("Transfer it to the card, it's in Masha's name.", "Masha"),
        ("Artem, Artyom and Artiom are one name.", "Artiom"),
        ("Serhii and Oleksandr from Kharkiv", "Serhii"),
        ("ARTYOM: Mom, it's me.", "ARTYOM"),
        ("tell lyokha to call his wife", "lyokha"),
        # the endearing -en'ka of a short name in -sha/-zha, as translations transliterate it
        ("Mom: Lyoshenka, are you eating?", "Lyoshenka"),
        ("give the phone to serezhenka", "serezhenka"),
        ("Hello? Slava? It's me. Listen, Slava, call back.", "Slava"),
        ("Roman's mother keeps calling me.", "Roman"),
        ("Roman says hi to everyone.", "Roman"),
    ],
)
def test_finds(rec: GivenNameRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ('"Slava Ukraini," they shout over the radio.', "Slava"),
        ("The Roman Empire fell long ago.", "Roman"),
        ("Write it in roman numerals.", "roman"),
        ("We're holding a line near Bakhmut, they shelled us all night.", "line"),
        ("Two 300s and one 500 in our company today, don't tell babushka.", "babushka"),
        ("brother, the commander says we rotate", "brother"),
    ],
)
def test_ignores(rec: GivenNameRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, ["PERSON"]), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A year since we buried Roma, and nobody came from the unit.", "Roma"),
        ("We will always remember Slava.", "Slava"),
    ],
)
def test_ambiguous_names_after_verbs_of_loss(rec: GivenNameRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


def test_ambiguous_name_as_a_people_stays(rec: GivenNameRecognizer) -> None:
    text = "The report covered the Roma minority in Slovakia."
    assert_not_found(text, rec.analyze(text, ["PERSON"]), "Roma")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Vovchyk wrote again from the front.", "Vovchyk"),
        ("Tell Mykolka his uncle is proud.", "Mykolka"),
        ("Hena said the shelling never stops.", "Hena"),
    ],
)
def test_diminutives_and_h_spellings(rec: GivenNameRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["PERSON"]), surface, "PERSON")


@pytest.mark.parametrize("word", ["Georgia", "Armenia", "Bishop", "Market"])
def test_countries_and_words_are_no_diminutives(rec: GivenNameRecognizer, word: str) -> None:
    text = f"They talked about {word} all evening."
    assert_not_found(text, rec.analyze(text, ["PERSON"]), word)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("ROLL OF HONOUR: MYKOLA KEDRYK, private, 1990-2023", "MYKOLA KEDRYK"),
        ("Rest in peace, OLENA ZOLOTAR-BIL.", "OLENA ZOLOTAR-BIL"),
    ],
)
def test_a_surname_in_capitals_after_a_given_name_in_capitals(
    rec: GivenNameRecognizer, text: str, surface: str
) -> None:
    assert surface in [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"])]


@pytest.mark.parametrize(
    ("text", "name"),
    [("PETRO DIED ON MONDAY", "PETRO DIED"), ("MYKOLA SBU OFFICER", "MYKOLA SBU"), ("Ivan KEDRYK", "Ivan KEDRYK")],
)
def test_no_surname_from_a_word_an_acronym_or_a_title_case_name(rec: GivenNameRecognizer, text: str, name: str) -> None:
    assert name not in [text[r.start : r.end] for r in rec.analyze(text, ["PERSON"])]
