"""English record and reporting forms of session 9, each in the shapes real releases, obituaries and news use.

Every private name is invented; real units and places are public.
"""

from __future__ import annotations

import pytest

from redact.recognizers.military_unit import MilitaryUnitRecognizer

UNIT = "MILITARY_UNIT"


@pytest.fixture(scope="module")
def units() -> MilitaryUnitRecognizer:
    return MilitaryUnitRecognizer(supported_language="en")


def _spans(rec: MilitaryUnitRecognizer, text: str, entity: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, [entity]) if r.score >= 0.35]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a numbered sub-unit and the unit it belongs to, named or unnumbered, are one designation
        ("He commanded the 2nd company of the Batyr battalion until May.", "2nd company of the Batyr battalion"),
        (
            "He served in the 3rd platoon of the Kastus Kalinouski regiment.",
            "3rd platoon of the Kastus Kalinouski regiment",
        ),
        (
            "The 2nd battery of the rocket artillery battalion of the 36th brigade was hit.",
            "2nd battery of the rocket artillery battalion of the 36th brigade",
        ),
        (
            "A gunner of the first company of the Alga battalion, he was captured.",
            "first company of the Alga battalion",
        ),
        # a quoted name of several words or with a number, and what the unit does before its noun
        ('He joined the "Bars-13" volunteer detachment in 2023.', '"Bars-13" volunteer detachment'),
        ("They belonged to the «Veterany» assault detachment.", "«Veterany» assault detachment"),
        ("He fought with the “Kholodny Yar” battalion near Bakhmut.", "“Kholodny Yar” battalion"),
        ("He fought in the «Dnipro-1» regiment of the National Guard.", "«Dnipro-1» regiment of the National Guard"),
        # a hyphenated honorific name inside the designation, and a region's territorial defence after it
        (
            "He served in the 74th Separate Guards Motor Rifle Zvenigorod-Berlin Brigade.",
            "74th Separate Guards Motor Rifle Zvenigorod-Berlin Brigade",
        ),
        (
            "He was in the 68th separate battalion of the Zakarpattia TDF.",
            "68th separate battalion of the Zakarpattia TDF",
        ),
        (
            "a rifleman of the 5th battalion of the Kyiv Oblast Territorial Defense Forces",
            "5th battalion of the Kyiv Oblast Territorial Defense Forces",
        ),
    ],
)
def test_unit_forms(units: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert surface in _spans(units, text, UNIT)


@pytest.mark.parametrize(
    ("text", "not_joined"),
    [
        # a count of sub-units is not a numbered one: the count stays out
        ("Two companies of the 155th brigade were moved.", "Two companies of the 155th brigade"),
        # "of the" after a numbered unit joins only a unit that starts right there
        ("The 3rd battalion of the war's first months is gone.", "3rd battalion of the war"),
    ],
)
def test_unit_joins_only_units(units: MilitaryUnitRecognizer, text: str, not_joined: str) -> None:
    assert not any(not_joined in s for s in _spans(units, text, UNIT))
