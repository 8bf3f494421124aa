"""English institutions tied to a person: employers, venues, schools, universities and churches by name.

- employers, venues and vocational schools by their brand or abbreviation, and how ``generalize`` names their
  kind; a town's national university; a bare number after an institution noun ("school No. 3"); an employer in
  apposition; workplace nouns with their name; a lower-case church by its dedication; the session 9 shapes of
  releases and obituaries;
- traps: a person in apposition, a workplace noun alone, a church of an era, a plain "national" and the institution
  words alone are no institution.

Every private name and place is invented; each trap is what a looser rule would withhold.
"""

from __future__ import annotations

import pytest

from redact.generalize import generalize_organization
from redact.recognizers.organization_en import EnglishOrganizationRecognizer
from tests.assertions import surfaces

_ORG = EnglishOrganizationRecognizer("en")


def _covered(rec: object, entity: str, text: str, span: str) -> bool:
    i = text.index(span)
    return any(r.start <= i and r.end >= i + len(span) for r in rec.analyze(text, [entity]))  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def orgs():  # noqa: ANN201 - the English organisation recogniser
    from redact.recognizers.organization_en import EnglishOrganizationRecognizer

    return EnglishOrganizationRecognizer(supported_language="en")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Before the war he drove a combine for the Kalyna agricultural firm.", "Kalyna agricultural firm"),
        ("He brewed beer at the Stara Vezha brewery in his town.", "Stara Vezha brewery"),
        ("As a boy he trained at the Yunist boxing club.", "Yunist boxing club"),
        ("He worked as a steward at the Avanhard stadium.", "Avanhard stadium"),
        ("After ninth grade he went to PTU-31 to study welding.", "PTU-31"),
        ("She graduated from VPU No. 8 as a cook.", "VPU No. 8"),
        ("He worked at the Zernotrans grain elevator.", "Zernotrans grain elevator"),
    ],
)
def test_named_employers_and_venues(text: str, span: str) -> None:
    assert span in surfaces(_ORG, text, "ORGANIZATION"), (text, surfaces(_ORG, text, "ORGANIZATION"))


@pytest.mark.parametrize(
    "text",
    [
        "He moved to the town of Horodyshche after school.",  # a preposition between a town and a plain noun
        "She came back to Lozova after university and taught there.",
        "He hired a law firm and went to the gym every day.",  # the nouns alone
        "The Valdai Club met in Sochi.",  # a club that is no sports club
        "He left school at 15 and worked on a farm.",
    ],
)
def test_named_employers_traps(text: str) -> None:
    assert surfaces(_ORG, text, "ORGANIZATION") == [], text


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Avanhard stadium", "a stadium"),
        ("Yunist boxing club", "a sports club"),
        ("PTU-31", "a college"),
        ("Kalyna agricultural firm", "a company"),
        ("Stara Vezha brewery", "a company"),
    ],
)
def test_named_employers_generalised(name: str, kind: str) -> None:
    assert generalize_organization(name, "en") == kind


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He studied at the Uman National Horticultural University.", "Uman National Horticultural University"),
        ("She was held at pre-trial detention centre No. 3 for a year.", "pre-trial detention centre No. 3"),
    ],
)
def test_national_university_of_a_town(text: str, span: str) -> None:
    assert span in surfaces(_ORG, text, "ORGANIZATION"), (text, surfaces(_ORG, text, "ORGANIZATION"))


@pytest.mark.parametrize(
    "text",
    [
        "The National Guard said the Ukrainian National University closed.",
        "Taras Shevchenko National University of Kyiv moved classes online.",  # a country's university
        "Kharkiv National University of Radio Electronics reopened.",
    ],
)
def test_national_traps(text: str) -> None:
    assert surfaces(_ORG, text, "ORGANIZATION") == [], text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He went to school 27 in his home town.", "school 27"),
        ("She was treated in Hospital 4 after the strike.", "Hospital 4"),
        ("He was serving time in prison colony 9.", "prison colony 9"),
        ("Inmates of IK 17 were recruited in the yard.", "IK 17"),
    ],
)
def test_bare_institution_number(text: str, span: str) -> None:
    assert span in surfaces(_ORG, text, "ORGANIZATION"), (text, surfaces(_ORG, text, "ORGANIZATION"))


@pytest.mark.parametrize(
    "text",
    [
        "He left school 14 years ago.",  # a count of years
        "The hospital 2 km away was shelled.",  # a distance
        "He started school 1 September 2001.",  # a date
        "After school 2 of them left for the city.",
        "He was in hospital 3 times that year.",
    ],
)
def test_bare_institution_number_traps(text: str) -> None:
    assert surfaces(_ORG, text, "ORGANIZATION") == [], text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Prayers were read at the Aginsky datsan on the ninth day.", "Aginsky datsan"),
        ("Relatives gathered at the Tselinny khurul before the burial.", "Tselinny khurul"),
        (
            "He recruited from correctional colony IK-14 of the Tver UFSIN in 2023.",
            "correctional colony IK-14 of the Tver UFSIN",
        ),
        ("For twenty years he worked underground at the Krasnolimanska No. 7 mine.", "Krasnolimanska No. 7 mine"),
        ("She ran the canteen of the Stepova No. 2 colliery.", "Stepova No. 2 colliery"),
    ],
)
def test_institutions_found(text: str, span: str) -> None:
    assert _covered(_ORG, "ORGANIZATION", text, span), surfaces(_ORG, text, "ORGANIZATION")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The team finished No. 3 overall and won the cup.", "No. 3"),
        ("Secondary School No. 10 gym on Lisova 3 was full.", "gym"),  # a school's number, then a plain noun
        ("He visited a datsan once, as a tourist.", "datsan"),  # the noun alone
    ],
)
def test_institution_traps(text: str, word: str) -> None:
    assert not _covered(_ORG, "ORGANIZATION", text, word), surfaces(_ORG, text, "ORGANIZATION")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Before the war he drove for Shyroka Doroha, a logistics company based in Uman.", "Shyroka Doroha"),
        ("She kept the books at Zolotyi Kolos, an agricultural firm.", "Zolotyi Kolos"),
    ],
)
def test_employer_in_apposition(text: str, span: str) -> None:
    assert _covered(_ORG, "ORGANIZATION", text, span), surfaces(_ORG, text, "ORGANIZATION")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Serhii Panchenko, a company commander, was wounded.", "Serhii Panchenko"),  # a post, not a company
        ("Hnatiuk, a farm owner, lost his barn.", "Hnatiuk"),
        ("Oksana, a shop assistant, saw the strike.", "Oksana"),
    ],
)
def test_person_in_apposition_not_an_employer(text: str, word: str) -> None:
    assert not _covered(_ORG, "ORGANIZATION", text, word), surfaces(_ORG, text, "ORGANIZATION")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Colleagues from the Kedrivka aluminium smelter carried the coffin.", "Kedrivka aluminium smelter"),
        ("He was a stoker at the Lisove boiler house for ten years.", "Lisove boiler house"),
    ],
)
def test_workplace_nouns(text: str, span: str) -> None:
    assert _covered(_ORG, "ORGANIZATION", text, span), surfaces(_ORG, text, "ORGANIZATION")


def test_workplace_noun_alone_not_an_institution() -> None:
    assert surfaces(_ORG, "The smelter was shelled twice in May.", "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The parish of St. Barbara in Kedrivka prayed for him.", "parish of St. Barbara in Kedrivka"),
        ("The service was held in the church of the Holy Protection in Lisove.", "church of the Holy Protection"),
    ],
)
def test_lower_case_church_by_dedication(text: str, span: str) -> None:
    assert _covered(_ORG, "ORGANIZATION", text, span), surfaces(_ORG, text, "ORGANIZATION")


def test_lower_case_church_of_an_era_not_an_institution() -> None:
    assert surfaces(_ORG, "The church of the Soviet era was turned into a club.", "ORGANIZATION") == []


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
