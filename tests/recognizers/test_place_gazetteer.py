"""PlaceGazetteerRecognizer: settlements and regions from the shipped gazetteer (§8 English 15, 23, 28)."""

from __future__ import annotations

import pytest

from redact.recognizers.place_gazetteer import PlaceGazetteerRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def rec() -> PlaceGazetteerRecognizer:
    return PlaceGazetteerRecognizer()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("She still lives in Sosnovy Log, Zabaykalsky Krai.", "Zabaykalsky Krai"),
        ("I'm from Ulan-Ude, Buryatia, I'm 24 and a gunner.", "Ulan-Ude"),
        ("I'm from Ulan-Ude, Buryatia, I'm 24 and a gunner.", "Buryatia"),
        ("military unit 13579, Pskov Oblast, that's all they had.", "Pskov Oblast"),
        ("recruited in a bar in Naberezhnye Chelny by a man", "Naberezhnye Chelny"),
        ("the 74th, the Yurga one", "Yurga"),
        ("the Kedrovka school was shelled", "Kedrovka"),
        ("they shelled the Kherson region again", "Kherson"),
        ("he lived in Kharkov, his sister in Kharkiv", "Kharkov"),
    ],
)
def test_finds(rec: PlaceGazetteerRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["LOCATION"]), surface, "LOCATION")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Two 300s and one 500 in our company today.", "company"),
        ("Everyone says peace will come.", "peace"),
        ("Send it on the Mir card.", "Mir"),
        ("His name was Sergei.", "Sergei"),
        # a settlement name after an article is a thing of that name (a car): "the Kedrovka" is no village
        ("We sold the Kedrovka, it had no brakes.", "Kedrovka"),
        ("Dad still drives a Kedrovka.", "Kedrovka"),
    ],
)
def test_ignores(rec: PlaceGazetteerRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, ["LOCATION"]), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a town typed in lower case in a chat, after a place cue
        ("mom i'm fine, a guy from salsk lent me his phone", "salsk"),
        ("two more weeks and i'm going home to dolinsk", "dolinsk"),
    ],
)
def test_lowercase_town_after_a_cue(rec: PlaceGazetteerRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["LOCATION"]), surface, "LOCATION")


@pytest.mark.parametrize("word", ["sleep", "work", "order", "pray", "mama"])
def test_lowercase_common_word_after_a_cue_is_no_town(rec: PlaceGazetteerRecognizer, word: str) -> None:
    text = f"i need to {word} now, then back to {word} in {word}"
    assert_not_found(text, rec.analyze(text, ["LOCATION"]), word)


def test_lowercase_big_city_stays_as_written(rec: PlaceGazetteerRecognizer) -> None:
    """A city is public: typed in lower case it is left for the allow list, which keeps it as written."""
    text = "i'm in rostov, in the hospital"
    assert_not_found(text, rec.analyze(text, ["LOCATION"]), "rostov")
