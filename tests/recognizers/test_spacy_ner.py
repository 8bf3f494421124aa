"""SpacyNerRecognizer: spaCy's PERSON/GPE/LOC/FAC spans, screened for the model's false positives (real model)."""

from __future__ import annotations

import pytest

from redact.recognizers.spacy_ner import dictionary_word, is_demonym, screen_span
from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def analyze(strict_redactor):
    analyzer = strict_redactor.engines.analyzer("en")
    recognizer = next(r for r in analyzer.registry.recognizers if r.name == "SpacyNerRecognizer")

    def run(text: str):
        artifacts = analyzer.nlp_engine.process_text(text, "en")
        return recognizer.analyze(text, ["PERSON", "LOCATION"], artifacts)

    return run


def _screen(text: str, span: str, entity: str) -> str | None:
    start = text.index(span)
    got = screen_span(text, start, start + len(span), entity)
    return None if got is None else text[got[0] : got[1]]


@pytest.mark.parametrize(
    ("text", "span", "entity", "kept"),
    [
        # Edges the model swallows: articles, function words, possessives, words of address and rank.
        ("Their boat sank in the Azov Sea last May.", "the Azov Sea", "LOCATION", "Azov Sea"),
        ("Did Kovalenko call you back?", "Did Kovalenko", "PERSON", "Kovalenko"),
        ("We moved. Because Tambov region is far.", "Because Tambov region", "LOCATION", "Tambov region"),
        ("Pay it to Irina Zh. She knows.", "Irina Zh. She", "PERSON", "Irina Zh."),
        ("It was parked at Verkhovye near Orel.", "Verkhovye near", "LOCATION", "Verkhovye"),
        ("I took Senka's jacket.", "Senka's", "PERSON", "Senka"),
        ("Say hi to Aunt Lyuba for me.", "Aunt Lyuba", "PERSON", "Lyuba"),
        ("Baba Zina baked for the whole street.", "Baba Zina", "PERSON", "Zina"),
        ("Ask Lieutenant Gorshkov.", "Lieutenant Gorshkov", "PERSON", "Gorshkov"),
        ("Hug Marinka from me.", "Hug Marinka", "PERSON", "Marinka"),
        # Recall: a kinship word before a word that is no given name may be a call sign; names that are words stay.
        ("Ded Burlak said to hold.", "Ded Burlak", "PERSON", "Ded Burlak"),
        ("Roman came home.", "Roman", "PERSON", "Roman"),
        ("Koval and Voron were wounded.", "Koval", "PERSON", "Koval"),
        ("Miller was the driver.", "Miller", "PERSON", "Miller"),
        ("Jesus Orlov signed for the parcel.", "Jesus Orlov", "PERSON", "Jesus Orlov"),
        ("He lives in Chornomorsk.", "Chornomorsk", "LOCATION", "Chornomorsk"),
        ("A. V. Hrytsai signed it.", "A. V. Hrytsai", "PERSON", "A. V. Hrytsai"),
        ("Call me. Petro Hrytsai.", "Petro Hrytsai", "PERSON", "Petro Hrytsai"),
    ],
)
def test_trims_edges_and_keeps_names(text: str, span: str, entity: str, kept: str) -> None:
    assert _screen(text, span, entity) == kept


@pytest.mark.parametrize(
    ("text", "span", "entity"),
    [
        ("She lit a candle before Saint Panteleimon.", "Saint Panteleimon", "PERSON"),
        ("Her St. Barbara icon was burnt.", "St. Barbara", "PERSON"),
        ("Write to me on Instagram tonight.", "Instagram", "PERSON"),
        ("They fled in a Hyundai Tucson with no plates.", "Hyundai Tucson", "PERSON"),
        ("The Kamaz burned out.", "Kamaz", "LOCATION"),
        ("Three Georgians and two Moldovans were freed.", "Georgians", "PERSON"),
        ("The Belarusian side said nothing.", "Belarusian", "LOCATION"),
        ("the sim card is moldovan, from the border", "moldovan", "LOCATION"),
        ("Dedushka, is Papa home?", "Dedushka", "PERSON"),
        ("The shelling went on through Orthodox Easter.", "Orthodox Easter", "LOCATION"),
        ("Registration: Vulytsia — Sadova 3.", "Vulytsia", "LOCATION"),
        ("Parcels go to Rostov-150, field post 1234.", "Rostov-150", "LOCATION"),
        ("They dropped a KAB-250 on the school.", "KAB-250", "LOCATION"),
        ("Mom and Dad called.", "Mom", "PERSON"),
        ("The story ran on Ural.Realii first.", "Ural", "PERSON"),
        ("The story ran on Ural.Realii first.", "Realii", "PERSON"),
        ("At 12:40 he rang.", "12:40", "PERSON"),
        # an exclamation or a kin word of address closing its clause
        ("God! They took him too?", "God", "PERSON"),
        ("We're fine, Ma. Don't cry.", "Ma.", "LOCATION"),
        ("I know, Pa, I know.", "Pa", "PERSON"),
    ],
)
def test_drops_what_names_nobody_and_nowhere(text: str, span: str, entity: str) -> None:
    assert _screen(text, span, entity) is None


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Oleksandr Tkachuk was born in Korosten.", "Oleksandr Tkachuk", "PERSON"),
        ("My brother Pavel Smirnov lives in Kineshma.", "Pavel Smirnov", "PERSON"),
    ],
)
def test_model_finds(analyze, text: str, surface: str, entity: str) -> None:
    assert_found(text, analyze(text), surface, entity)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Debris fell into the Black Sea near the coast.", "the "),
        ("Send the money to Zhenya Lisitsyna's card.", "'s"),
        ("His Instagram is private now, his sister says.", "Instagram"),
    ],
)
def test_model_spans_leave_plain_words(analyze, text: str, surface: str) -> None:
    assert_not_found(text, analyze(text), surface)


@pytest.mark.parametrize(
    ("word", "expected"), [("Died", True), ("Buried", True), ("Married", True), ("Service", True), ("Nadya", False)]
)
def test_dictionary_words(word: str, expected: bool) -> None:
    assert dictionary_word(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"), [("Ukrainians", True), ("Polish", True), ("Roman", False), ("Kovalenko", False)]
)
def test_demonyms(word: str, expected: bool) -> None:
    assert is_demonym(word) is expected
