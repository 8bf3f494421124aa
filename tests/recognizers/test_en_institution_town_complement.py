"""English institutions found with the complement that says where they are (the class found only in part before).

Real shapes (English wire reports, court and prosecutors' releases, translated obituaries): "strict-regime penal colony
IK-4 in Russia's Mari El Republic", "IK-2 in Rostov-on-Don", "Kharkiv cemetery number 18 in Bezliudivka", "the
522nd centre for the reception, processing and dispatch of the dead" on the grounds of "the 1602nd military clinical
hospital", "the military commissariat of the city of X and X district" (военкомат города X и X района). The grammar:

- a town after "in" or "of" of two or three words and with a hyphen number ("in Velikiye Luki", "of Ozyorny Klyuch",
  "Krasny Kholm-2"), never a region, a street word or a date after it;
- an enlistment office, commissariat, draft office or police department "of" its town, its region, or its town and
  district; never a country's or a ministry's;
- "penal colony IK-4 in <town>": the colony noun joins when its town follows, as it does before "of";
- a district's or village's own school, hospital or office "in" its town ("the district hospital in X"); the noun
  alone in a town ("the hospital in Belgorod", "the regional hospital in Kursk") stays war geography;
- a cemetery, mosque or church "of" its village in lower case; not "the Church of England" nor a saint;
- the army's numbered hospitals and the centres that receive the dead, by their ordinal;
- a quoted name with its kind before a legal form ("Agrofirm "X" LLC").

Every private name, town and company is invented or a real town; the ministries and countries are real.
"""

from __future__ import annotations

import pytest

from redact.recognizers.organization_en import EnglishOrganizationRecognizer


@pytest.fixture(scope="module")
def orgs() -> EnglishOrganizationRecognizer:
    return EnglishOrganizationRecognizer(supported_language="en")


def _spans(rec: EnglishOrganizationRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"])]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # an office of its town, its region, its town and district
        (
            "Do not trust the military enlistment office of Kedrovsk, they lie.",
            "military enlistment office of Kedrovsk",
        ),
        ("He was drafted by the enlistment office of Velikiye Luki in October.", "enlistment office of Velikiye Luki"),
        (
            "Mobilised on 3 October 2022 by the military commissariat of the city of Kedrovsk and Kedrovsky District.",
            "military commissariat of the city of Kedrovsk and Kedrovsky District",
        ),
        (
            "A letter came from the Military Commissariat of the Kedrovsk Region yesterday.",
            "Military Commissariat of the Kedrovsk Region",
        ),
        (
            "The draft office of Zarechny and Zarechensky district sent him.",
            "draft office of Zarechny and Zarechensky district",
        ),
        # a colony and its town
        ("He served his term in penal colony IK-4 in Velikiye Luki until 2022.", "penal colony IK-4 in Velikiye Luki"),
        ("Recruiters came to correctional colony IK-9 in Kedrovsk in July.", "correctional colony IK-9 in Kedrovsk"),
        # a district's own institution in its town
        ("Doctor Petrenko at our district hospital in Kedrovsk wrote it down.", "district hospital in Kedrovsk"),
        ("He died in the central district hospital in Velikiye Luki.", "central district hospital in Velikiye Luki"),
        ("She teaches at the village school in Kedrovka.", "village school in Kedrovka"),
        # a settlement's hyphen number, a town of two words
        ("He was buried at the Krasny Kholm-2 village cemetery.", "Krasny Kholm-2 village cemetery"),
        ("Buried at the cemetery of Staroye Kedrovo on Sunday.", "cemetery of Staroye Kedrovo"),
        ("He will be buried in the Muslim cemetery of Ozyorny Kedr.", "Muslim cemetery of Ozyorny Kedr"),
        ("The farewell was held at the old mosque of the village of Kedrovo.", "mosque of the village of Kedrovo"),
        ("He taught at School No. 3 in Nizhnyaya Kedrovka.", "School No. 3 in Nizhnyaya Kedrovka"),
        # ordinal army institutions
        (
            "His body went to the 522nd centre for receiving, processing and dispatching the dead in Rostov.",
            "522nd centre for receiving, processing and dispatching the dead in Rostov",
        ),
        (
            "Relatives queue at the 522nd Center for the Reception, Processing and Dispatch of the Dead.",
            "522nd Center for the Reception, Processing and Dispatch of the Dead",
        ),
        ("He died of wounds in the 1602nd military clinical hospital.", "1602nd military clinical hospital"),
        # a quoted name before its legal form
        ('He was an agronomist at Agrofirm "Kedr-Step" LLC for ten years.', 'Agrofirm "Kedr-Step" LLC'),
        ('He drove a truck for "Kedr-Trans" LLC in Kedrovsk.', '"Kedr-Trans" LLC'),
    ],
)
def test_institution_with_its_town(orgs: EnglishOrganizationRecognizer, text: str, span: str) -> None:
    assert span in _spans(orgs, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The military commissariat of Russia said nothing.", "military commissariat of Russia"),
        ("Officers of the police department of the Interior Ministry came.", "police department of the Interior"),
        ("The enlistment office of the Defence Ministry replied.", "enlistment office of the Defence"),
        ("Tell him I'm in the hospital in Belgorod.", "hospital in Belgorod"),
        ("Wounded were taken to the regional hospital in Kursk.", "regional hospital in Kursk"),
        ("A village school in Kharkiv region was hit overnight.", "village school in Kharkiv"),
        ("The district enlistment office in March sent the papers.", "district enlistment office in March"),
        ("He was held in penal colony IK-3 in March.", "penal colony IK-3 in March"),
        ("the head of the Church of England spoke", "Church of England"),
        ("It was his 2nd hospital this year.", "2nd hospital"),
    ],
)
def test_not_an_institution_or_not_that_far(orgs: EnglishOrganizationRecognizer, text: str, span: str) -> None:
    assert not any(span in found for found in _spans(orgs, text))


def test_region_after_the_town_stays_outside(orgs: EnglishOrganizationRecognizer) -> None:
    text = "He was held in penal colony IK-3 in Tver Oblast."
    assert all("Tver" not in found for found in _spans(orgs, text))
    text = "He studied at School No. 3 in Nizhny Novgorod Oblast."
    assert all("Oblast" not in found for found in _spans(orgs, text))


def test_town_then_date(orgs: EnglishOrganizationRecognizer) -> None:
    text = "He was drafted by the military commissariat of Kedrovsk in October 2022."
    assert "military commissariat of Kedrovsk" in _spans(orgs, text)
    assert all("October" not in found for found in _spans(orgs, text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Mourners gathered at the military section of the 18th Cemetery in Kedrivka.", "18th Cemetery in Kedrivka"),
        ("Kedrovsk reinforced concrete plant hired him in 2015.", "Kedrovsk reinforced concrete plant"),
    ],
)
def test_numbered_cemetery_and_participle_modifier(orgs: EnglishOrganizationRecognizer, text: str, span: str) -> None:
    assert span in _spans(orgs, text)


@pytest.mark.parametrize(
    "text",
    [
        "Recruiters visited the penal colony twice that autumn.",  # a plural subject and its verb
        "He visited the 3rd cemetery that day.",  # an ordinal in lower case counts
    ],
)
def test_no_institution_from_a_subject_or_a_count(orgs: EnglishOrganizationRecognizer, text: str) -> None:
    assert _spans(orgs, text) == []


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ('Tractor driver at Agrofirm "Kedrova-Step" LLC since 2010.', "Kedrova-Step", True),
        ('He worked at the "Lypa" plant before the war.', "Lypa", True),
        ('He joined "Kedr-Agro" LLC as a mechanic.', "Kedr-Agro", True),
        ('His friend "Sokol" died too.', "Sokol", False),
        ('Ask "Tundra", he knows the plant.', "Tundra", False),
    ],
)
def test_quoted_institution_name(text: str, value: str, expected: bool) -> None:
    from redact.recognizers.organization_en import quoted_institution_name

    start = text.index(value)
    assert quoted_institution_name(text, start, start + len(value)) is expected


def test_company_name_near_a_call_sign_cue_is_no_call_sign() -> None:
    from redact.recognizers.call_sign import CallSignRecognizer

    text = 'Call sign "Aidar". Tractor driver at Agrofirm "Kedrova-Step" LLC. His comrade "Tundra" survived.'
    found = [text[r.start : r.end] for r in CallSignRecognizer().analyze(text, ["CALL_SIGN"])]
    assert "Aidar" in found and "Tundra" in found
    assert "Kedrova-Step" not in found


def test_plural_subject_stays_out(orgs: EnglishOrganizationRecognizer) -> None:
    found = _spans(orgs, "Recruiters visited penal colony 54 twice that autumn.")
    assert "penal colony 54" in found
    assert not any(f.startswith("Recruiters") for f in found)


def test_bare_number_before_a_title_case_military_hospital(orgs: EnglishOrganizationRecognizer) -> None:
    text = "He died in the 1602 Military Clinical Hospital in Rostov-on-Don."
    assert "1602 Military Clinical Hospital in Rostov-on-Don" in _spans(orgs, text)
    assert _spans(orgs, "There were 300 military hospital beds.") == []


def test_foreign_state_department_is_no_local_institution(orgs: EnglishOrganizationRecognizer) -> None:
    assert _spans(orgs, "The US Department of Defense said so.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He worked for Kedrstroy-2 LLC as a crane operator.", "Kedrstroy-2 LLC"),  # a hyphen number in the name
        ("He was held at SIZO No. 1 of Kedrovsk.", "SIZO No. 1 of Kedrovsk"),  # the number written with "No."
        ("He spent a year in SIZO No. 2 in Kedrovsk.", "SIZO No. 2 in Kedrovsk"),
    ],
)
def test_numbers_in_names(orgs: EnglishOrganizationRecognizer, text: str, span: str) -> None:
    assert span in _spans(orgs, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He died at the Central District Hospital of Kedrovsk.", "Central District Hospital of Kedrovsk"),
        ("He graduated from the secondary school of Kedrovka in 2005.", "secondary school of Kedrovka"),
        ("He worked at the district hospital of Velikiye Luki.", "district hospital of Velikiye Luki"),
        ("He studied at the agricultural college of Kedrovsk.", "agricultural college of Kedrovsk"),
    ],
)
def test_level_noun_of_its_town(orgs: EnglishOrganizationRecognizer, text: str, span: str) -> None:
    assert span in _spans(orgs, text)


@pytest.mark.parametrize(
    "text",
    [
        "The city hospital of Kherson was shelled.",  # no level word: war geography
        "He was the best pupil of the secondary school of Russia.",
        "He finished the technical school of the Ministry of Railways.",
    ],
)
def test_level_noun_of_no_town(orgs: EnglishOrganizationRecognizer, text: str) -> None:
    assert _spans(orgs, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Unknown people set fire to the enlistment office in Kedrovsk.", "enlistment office in Kedrovsk"),
        ("Then I'll go to the enlistment office in Kedrovsk myself.", "enlistment office in Kedrovsk"),
        (
            "He was received by the local military enlistment office in Kedrovsk.",
            "military enlistment office in Kedrovsk",
        ),
        ("They took him at the TCC in Velikiye Luki.", "TCC in Velikiye Luki"),
        (
            "He was mobilised by the military enlistment office in the Kedrovsky district.",
            "military enlistment office in the Kedrovsky district",
        ),
    ],
)
def test_enlistment_office_in_its_town(orgs: EnglishOrganizationRecognizer, text: str, span: str) -> None:
    assert span in _spans(orgs, text)


@pytest.mark.parametrize(
    "text",
    [
        "He went to the enlistment office in Moscow.",  # a capital's: one of dozens
        "He got his summons at the enlistment office in Belgorod.",  # a city's: where draftees from anywhere pass
        "The enlistment office in Kursk region sent papers.",  # a region
        "He went to the enlistment office in March.",  # a month
    ],
)
def test_enlistment_office_in_no_town(orgs: EnglishOrganizationRecognizer, text: str) -> None:
    assert not [s for s in _spans(orgs, text) if " in " in s]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("I called school number twelve in Kedrovsk.", "school number twelve in Kedrovsk"),
        ('She works at kindergarten No. 5 "Solnyshko" in Kedrovsk.', 'kindergarten No. 5 "Solnyshko" in Kedrovsk'),
        ("He worked at the mine named after Lenin in Kedrovsk.", "mine named after Lenin in Kedrovsk"),
        (
            "He graduated from the secondary school named after Hero of the Soviet Union Ivan Kedrov.",
            "secondary school named after Hero of the Soviet Union Ivan Kedrov",
        ),
    ],
)
def test_spoken_number_quoted_name_and_eponym(orgs: EnglishOrganizationRecognizer, text: str, span: str) -> None:
    assert span in _spans(orgs, text)


def test_a_quotation_after_a_school_number_stays_out(orgs: EnglishOrganizationRecognizer) -> None:
    found = _spans(orgs, 'He said at School No. 5 "We will rebuild" and left.')
    assert "School No. 5" in found
    assert not any("rebuild" in f for f in found)
    assert _spans(orgs, "The company named for its founder closed.") == []
