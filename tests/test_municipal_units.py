"""Municipal units (громада, поселение) as places: a unit's place adjective names it; a common adjective that only
opens the sentence, or a region's adjective after the unit noun, does not.

Every sentence is invented; the places are real.
"""

from __future__ import annotations

import pytest

from redact.recognizers.municipal import MunicipalRecognizer


def _found(text: str, language: str) -> list[str]:
    rec = MunicipalRecognizer(supported_language=language)
    return [text[r.start : r.end] for r in rec.analyze(text, ["LOCATION"])]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Прифронтові громади Харківської області отримають генератори.", "uk"),
        ("Підсумки.\nПрикордонні громади Чернігівської області знову під обстрілом.", "uk"),
        ("Приграничные поселения Брянской области остались без света.", "ru"),
        ("Сусідні громади Запорізької області приймають переселенців.", "uk"),
    ],
)
def test_a_common_adjective_opening_the_sentence_names_no_unit(text: str, language: str) -> None:
    assert _found(text, language) == []


@pytest.mark.parametrize(
    ("text", "unit", "language"),
    [
        ("Гайсинська громада оголосила день жалоби.", "Гайсинська громада", "uk"),
        ("Степанківська громада прощається із захисником.", "Степанківська громада", "uk"),
        ("Загинув житель Гайсинської громади.", "Гайсинської громади", "uk"),
    ],
)
def test_a_place_adjective_names_its_unit(text: str, unit: str, language: str) -> None:
    assert unit in _found(text, language)


@pytest.mark.parametrize(
    ("text", "unit", "language"),
    [
        ("Житель с. Озерне Світлицької територіальної громади загинув.", "Світлицької територіальної громади", "uk"),
        ("Уроженец с. Луговое Кедровского сельского поселения погиб.", "Кедровского сельского поселения", "ru"),
    ],
)
def test_a_village_after_its_abbreviation_keeps_its_unit(text: str, unit: str, language: str) -> None:
    assert any(unit in found for found in _found(text, language))
