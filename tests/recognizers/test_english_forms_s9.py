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
        ("He joined the Kedr special forces detachment in 2023.", "Kedr special forces detachment"),
        # an honorary name in quotes after a numbered unit's noun
        (
            'He served in the 14th Separate Mechanized Brigade "Kedr" since 2023.',
            '14th Separate Mechanized Brigade "Kedr"',
        ),
        ("He is in the 12th mobile border detachment «Lis».", "12th mobile border detachment «Lis»"),
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


@pytest.fixture(scope="module")
def orgs():  # noqa: ANN201 - the English organisation recogniser
    from redact.recognizers.organization_en import EnglishOrganizationRecognizer

    return EnglishOrganizationRecognizer(supported_language="en")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an enlistment office of a town, an urban district, or a town and its district
        (
            "He was mobilised by the military commissariat of Kedrovo urban district in 2022.",
            "military commissariat of Kedrovo urban district",
        ),
        (
            "The military commissariat of Lesnoy and Lesnovsky district sent the summons.",
            "military commissariat of Lesnoy and Lesnovsky district",
        ),
        ("the enlistment office of Kedrovsky municipal district", "enlistment office of Kedrovsky municipal district"),
        ("He was summoned to the Kedrovsky draft office on Monday.", "Kedrovsky draft office"),
        # a village's club, a district's grid company, a town's branch of a bank
        ("The farewell was held at the Sosnivka village club.", "Sosnivka village club"),
        ("He worked as a lineman at Kedrove district electric networks.", "Kedrove district electric networks"),
        ("She was a cashier at the Lesnoy branch of Sberbank.", "Lesnoy branch of Sberbank"),
        ("He drove for the Kedrove branch of Nova Poshta.", "Kedrove branch of Nova Poshta"),
        ("He worked at Kedr Ltd. in Lesnoy.", "Kedr Ltd"),
        # a school named after a Hero of the Soviet Union or of Russia, the title with the name
        (
            "He finished Kedrovka Secondary School named after Hero of the Soviet Union I. P. Lomov.",
            "Kedrovka Secondary School named after Hero of the Soviet Union I. P. Lomov",
        ),
        (
            "He studied at School No. 2 named after Hero of Russia Pavel Kedrov.",
            "School No. 2 named after Hero of Russia Pavel Kedrov",
        ),
    ],
)
def test_institution_forms(orgs, text: str, surface: str) -> None:  # noqa: ANN001
    assert surface in [text[r.start : r.end] for r in orgs.analyze(text, ["ORGANIZATION"])]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The main branch of the family lived in Kyiv.", "branch of the family"),
        ("The Russian branch of Amnesty closed.", "Russian branch of Amnesty"),
        ("He joined a chess club in the village.", "chess club in the village"),
        ("The club was the heart of the village.", "club"),
    ],
)
def test_institution_forms_not(orgs, text: str, surface: str) -> None:  # noqa: ANN001
    assert not [r for r in orgs.analyze(text, ["ORGANIZATION"]) if surface in text[r.start : r.end]]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an interrogation's answer to "Year of birth?" going on with the birthday
        ("— Year of birth?\n— Two thousand and one, the fourth of March.", "Two thousand and one, the fourth of March"),
        ("Year of birth? — Ninety-six, May 4th. Where from?", "Ninety-six, May 4th"),
    ],
)
def test_year_of_birth_answer_with_birthday(text: str, surface: str) -> None:
    from redact.recognizers.date_of_birth import DateOfBirthRecognizer

    rec = DateOfBirthRecognizer(supported_language="en")
    assert surface in [text[r.start : r.end] for r in rec.analyze(text, ["DATE_OF_BIRTH"])]


def test_year_of_birth_answer_alone() -> None:
    from redact.recognizers.date_of_birth import DateOfBirthRecognizer

    text = "Year of birth? — Eighty-eight. Fourth of March we moved out."
    rec = DateOfBirthRecognizer(supported_language="en")
    assert [text[r.start : r.end] for r in rec.analyze(text, ["DATE_OF_BIRTH"])] == ["Eighty-eight"]


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        # a court's or prosecutor's office title before a name stays in the text; the name is withheld
        ("Judge K. V. Lomova found the excuse unconvincing.", "Judge", "Lomova"),
        ("Prosecutor I. M. Kedrova asked for twelve years.", "Prosecutor", "Kedrova"),
        ("Lawyer Anna Kedrova said she would appeal.", "Lawyer", "Kedrova"),
    ],
)
def test_court_titles_stay(strict_redactor, text: str, title: str, name: str) -> None:  # noqa: ANN001
    from tests.assertions import touched

    assert touched(text, name, "en", strict_redactor)
    assert not touched(text, title, "en", strict_redactor)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a bare ordinal in apposition to a designation: the unit's number said again or corrected
        ("— Which unit?\n— Military unit 12345, the twenty-fifth… no, the other one.", "twenty-fifth"),
        ("He served in military unit 54321 (the 38th) near Kupiansk.", "38th"),
    ],
)
def test_ordinal_in_apposition(units: MilitaryUnitRecognizer, text: str, surface: str) -> None:
    assert surface in _spans(units, text, UNIT)


def test_ordinal_in_apposition_ends_its_phrase(units: MilitaryUnitRecognizer) -> None:
    text = "He was in the 3rd company, the first to go in."
    assert "first" not in " ".join(_spans(units, text, UNIT))


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
