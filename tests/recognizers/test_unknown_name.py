"""UnknownNameRecognizer: Title-case words the English vocabulary lacks or ranks rare (needs the real model)."""

from __future__ import annotations

import pytest

from tests.assertions import assert_found, assert_not_found


@pytest.fixture(scope="module")
def analyze(strict_redactor):
    analyzer = strict_redactor.engines.analyzer("en")
    recognizer = next(r for r in analyzer.registry.recognizers if r.name == "UnknownNameRecognizer")

    def run(text: str):
        artifacts = analyzer.nlp_engine.process_text(text, "en")
        return recognizer.analyze(text, ["PERSON", "LOCATION"], artifacts)

    return run


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("A: Is Starik with you? B: he's a 300.", "Starik", "PERSON"),
        ("Kuznets is guarding them.", "Kuznets", "PERSON"),
        ("I'm in the 74th, the one from Yurga.", "Yurga", "LOCATION"),
        ("tell Choduraa that he is dead", "Choduraa", "PERSON"),
    ],
)
def test_finds(analyze, text: str, surface: str, entity: str) -> None:
    assert_found(text, analyze(text), surface, entity)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Thuraya is off, call on Monday.", "Thuraya"),
        ("The Kamaz took a FAB-500 hit.", "Kamaz"),
        ("Listen, Mom, we held the line near the river.", "Listen"),
        ("They shelled us with HIMARS all night.", "HIMARS"),
        ("Where's the commander?", "Where"),
    ],
)
def test_ignores(analyze, text: str, surface: str) -> None:
    assert_not_found(text, analyze(text), surface)


def test_rare_capitalised_word_mid_sentence(analyze) -> None:
    text = "A: Tell him Orion wants him back."
    assert_found(text, analyze(text), "Orion", "PERSON")
