"""LocationPatternRecognizer: settlements, regions, origins (§8 English 14, 15, 23, 28), numbered towns."""

from __future__ import annotations

import pytest

from redact.recognizers.location_pattern import LocationPatternRecognizer
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def rec() -> LocationPatternRecognizer:
    return LocationPatternRecognizer()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Tell Tyoma I'll be home in Kedrovka by May.", "Kedrovka"),
        ("She still lives in the village of Sosnovy Log, Zabaykalsky Krai.", "Sosnovy Log"),
        ("She still lives in the village of Sosnovy Log, Zabaykalsky Krai.", "Zabaykalsky Krai"),
        ("I'm from Verkhnezarechensk, Buryatia, I'm 24 and a gunner.", "Verkhnezarechensk"),
        ("Born 14.03.1999, military unit 13579, Pskov Oblast, that's all they had.", "Pskov Oblast"),
        ("pardoned from penal colony IK-7 after six months", "IK-7"),
        ("Greetings to my family in Kamyshin!", "Kamyshin"),
        ("back home in Ust-Kamenka we had a cow", "Ust-Kamenka"),
        ("My friend Timur from Urus-Martan will send the letters.", "Urus-Martan"),
        # "a native of X": the place alone (the cue reads on, as "born in" does); "the X native" is one noun phrase
        ("A native of Sosnovka, she taught maths.", "Sosnovka"),
        ("Both natives of the Kedrovy Log, they enlisted together.", "Kedrovy Log"),
        ("the Kedrovka native told the court", "Kedrovka native"),
        # a transliterated settlement type before the name
        ("He was born in stanitsa Starolesskaya, Rostov region.", "Starolesskaya"),
        ("Her parents still live in smt Kedrivka.", "Kedrivka"),
        ("Address: s. Lisove, Zhytomyr oblast.", "Lisove"),
        # a wire story's dateline: the town in capitals, its country or the agency, the dash
        ("KEDROVSK, Russia, Oct 12 (Reuters) - Mourners gathered at the school.", "KEDROVSK"),
        ("UST-SOSNA, Russia (AP) — The coffin arrived by train.", "UST-SOSNA"),
        ("Report from the region\nVERKHNY LOG (AFP) - Three men were buried.", "VERKHNY LOG"),
    ],
)
def test_finds(rec: LocationPatternRecognizer, text: str, surface: str) -> None:
    assert_found(text, rec.analyze(text, ["LOCATION"]), surface, "LOCATION")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("We're holding a line near Bakhmut, they shelled us all night.", "line"),
        ("I got the photos from Telegram yesterday.", "Telegram"),
        ("This transcript was translated from Russian by our team.", "Russian"),
        ("No news from Mom since Monday.", "Mom"),
        # a possessive 's before a full stop is no village abbreviation "s."; an order opening a sentence is no place
        ("The phone is Misha's. Call me on the other one.", "Call"),
        ("Leave it at the neighbours' s. Tell nobody.", "Tell"),
        ("He came back from Monday's shift.", "Monday"),
        ("The Southern Military District sent reserves.", "Southern"),
        ("Two 300s and one 500 in our company today.", "500"),
        ("He is an American native of nowhere in particular.", "American"),  # a nationality, not a home place
        # a heading in capitals has no country or agency before its dash
        ("BOOK OF MEMORY — the fallen of the district", "BOOK"),
        ("TRANSCRIPT (translated from Russian) - part two", "TRANSCRIPT"),
    ],
)
def test_ignores(rec: LocationPatternRecognizer, text: str, surface: str) -> None:
    assert_not_found(text, rec.analyze(text, ["LOCATION"]), surface)


@pytest.mark.parametrize(
    ("text", "surface", "owner"),
    [
        # A country's or region's possessive before a region or district is context, not a word of its name.
        ("The funeral was held in Russia's Kedrovsky region on Friday.", "Kedrovsky region", "Russia"),
        ("Officials of Tuva's Kedro-Khemsky kozhuun confirmed it.", "Kedro-Khemsky kozhuun", "Tuva"),
        ("Ukraine's Kedrivka district was shelled again.", "Kedrivka district", "Ukraine"),
        # a town's possessive after a cue: the town is the place, its "'s" stays in the text
        ("His mother still lives in Kedrovka's old quarter.", "Kedrovka", "quarter"),
    ],
)
def test_a_possessive_owner_is_no_word_of_the_place(
    rec: LocationPatternRecognizer, text: str, surface: str, owner: str
) -> None:
    results = rec.analyze(text, ["LOCATION"])
    assert_found(text, results, surface, "LOCATION")
    assert not [r for r in results if text[r.start : r.end].endswith(("'s", "’s"))]
    assert_not_found(text, results, owner)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a closed town or garrison named with its number is one name
        ("He was born in Krasnoyarsk-26, a closed town.", "Krasnoyarsk-26"),
        ("He lived in Kedrovo-2 near the airfield.", "Kedrovo-2"),
        ("His family still lives in the village of Lesnoye-3.", "Lesnoye-3"),
    ],
)
def test_numbered_town(text: str, surface: str) -> None:
    from redact.recognizers.location_pattern import LocationPatternRecognizer

    rec = LocationPatternRecognizer(supported_language="en")
    assert surface in [text[r.start : r.end] for r in rec.analyze(text, ["LOCATION"])]


def test_numbered_town_not_a_score() -> None:
    from redact.recognizers.location_pattern import LocationPatternRecognizer

    text = "He lives in Kedrovo-2.5 km from the base."
    rec = LocationPatternRecognizer(supported_language="en")
    assert "Kedrovo-2" not in [text[r.start : r.end] for r in rec.analyze(text, ["LOCATION"])]
